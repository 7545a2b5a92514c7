/*
 * chronoreport: the last filter of the pipeline.  It reads the
 * chronology and figures records of mergeevents and writes a report
 * for people: Markdown, or one self-contained HTML page with a
 * timeline grouped by year and month and an SVG chart per series of
 * figures.  The page needs no script, no network and no other file.
 */
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cal.h"
#include "msg.h"
#include "opt.h"
#include "tsv.h"

#define USAGE	"[-mqSuw] [-c noun[,noun...]] [-f from] [-T to] [-t title] " \
		"[file ...]"
#define HELP \
"Write the chronology and figures records of mergeevents as a report:\n" \
"Markdown (the default) or one self-contained HTML page.\n" \
"  -c nouns  chart and list only these counted nouns (comma separated)\n" \
"  -f from   leave out what ends before this date (YYYY[-MM[-DD]])\n" \
"  -m        Markdown output (the default)\n" \
"  -q        quiet: no messages about malformed input\n" \
"  -S        no source lists in the Markdown chronology\n" \
"  -T to     leave out what starts after this date (YYYY[-MM[-DD]])\n" \
"  -t title  the report's title\n" \
"  -u        unbuffered: flush the output after every event\n" \
"  -w        HTML output: one page with a timeline and charts\n" \
"  -h, --help, --version\n"

enum { P_NONE, P_CENTURY, P_DECADE, P_YEAR, P_MONTH, P_DAY };

/* The fields read, in the order mergeevents writes them. */
enum { E_EVENT, E_DATE, E_PREC, E_CONCEPT, E_NDOCS, E_NMENT, E_FLAGS,
	E_SOURCES, E_COMPAT, E_ALT, E_CONTEXT, E_REP, E_SCORE, E_N };
enum { G_FIGURE, G_COUNTED, G_KIND, G_UNIT, G_PLACE, G_DATE, G_VALUE,
	G_HIGH, G_QUAL, G_NDOCS, G_FLAGS, G_SOURCES, G_ALT, G_REP, G_SCORE,
	G_MENTION, G_N };
#define NF_EVENT	(E_N + 1)	/* with the text */
#define NF_FIGURE	(G_N + 1)

static const char *ename[E_N] = {
	"event", "date", "prec", "concept", "ndocs", "nment", "flags",
	"sources", "compat", "alt", "context", "rep", "score"
};
static const char *gname[G_N] = {
	"figure", "counted", "kind", "unit", "place", "date", "value",
	"high", "qual", "ndocs", "flags", "sources", "alt", "rep", "score",
	"mention"
};

static const char *monthname[12] = {
	"January", "February", "March", "April", "May", "June", "July",
	"August", "September", "October", "November", "December"
};

/* A calendar period: days [d0, d1) since 1970-01-01. */
struct period {
	int	 prec;
	int	 year, month, day;
	long	 d0, d1;
};

struct event {
	char			*line;
	struct tsv_field	 f[E_N], text;
	struct period		 per;
	size_t			 seq;
};

struct figure {
	char			*line;
	struct tsv_field	 f[G_N], text;
	struct period		 per;		/* prec P_NONE: undated */
	double			 v, h;
	size_t			 seq;
};

/* One value of a figure group with the sources that gave it. */
struct item {
	struct tsv_field	 qual, value, high, src;
	double			 v, h;
	int			 alt;
};

static struct event *ev;
static size_t nev, cev;
static struct figure *fig;
static size_t nfig, cfig;
static size_t nseq;

static int html, nosrc;
static const char *title;
static struct period from, to;
static int have_from, have_to;
static char **nouns;
static size_t nnouns;

/* Column positions of the input being read, from its header if any. */
static size_t emap[E_N], gmap[G_N];
static size_t emin, gmin;

static void
outf(const char *fmt, ...)
{
	char buf[256];
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(buf, sizeof(buf), fmt, ap);
	va_end(ap);
	if (n > 0)
		out_bytes(buf, (size_t)n < sizeof(buf) ? (size_t)n :
		    sizeof(buf) - 1);
}

static int
feq(const struct tsv_field *f, const char *s)
{
	return tsv_eq(f, s);
}

static int
empty(const struct tsv_field *f)
{
	return f->len == 0 || feq(f, "-");
}

/*
 * Escaping, one table per output language: the bytes that would start
 * markup and what they become.  HTML text and attribute values get
 * every markup character as an entity.  Markdown gets a backslash
 * before characters that start markup, and <, > and & as entities, so
 * no text turns into HTML where a renderer lets HTML through; a pipe
 * would end a table cell.
 */
static const char *const html_rep[256] = {
	['&'] = "&amp;", ['<'] = "&lt;", ['>'] = "&gt;", ['"'] = "&quot;",
	['\''] = "&#39;"
};

static const char *const md_rep[256] = {
	['&'] = "&amp;", ['<'] = "&lt;", ['>'] = "&gt;", ['\\'] = "\\\\",
	['`'] = "\\`", ['*'] = "\\*", ['_'] = "\\_", ['['] = "\\[",
	[']'] = "\\]", ['|'] = "\\|", ['#'] = "\\#", ['!'] = "\\!",
	['~'] = "\\~"
};

static void
escape(const char *s, size_t n, const char *const *rep)
{
	const char *p, *end = s + n;

	for (p = s; p < end; p++) {
		if (rep[(unsigned char)*p] == NULL)
			continue;
		out_bytes(s, (size_t)(p - s));
		out_str(rep[(unsigned char)*p]);
		s = p + 1;
	}
	out_bytes(s, (size_t)(end - s));
}

static void
html_esc(const char *s, size_t n)
{
	escape(s, n, html_rep);
}

static void
html_f(const struct tsv_field *f)
{
	html_esc(f->s, f->len);
}

static void
md_esc(const char *s, size_t n)
{
	escape(s, n, md_rep);
}

static void
md_f(const struct tsv_field *f)
{
	md_esc(f->s, f->len);
}

/*
 * A date as mergeevents writes it: 20, 202, 2020, 2020-01, 2020-01-05;
 * BC1450 and BC14 (the 15th century BC) numbered as astronomers do, 1 BC
 * being year 0.
 */
static int
period_parse(const char *s, size_t n, struct period *p)
{
	long v, m;

	memset(p, 0, sizeof(*p));
	p->month = p->day = 1;
	if (n > 2 && s[0] == 'B' && s[1] == 'C') {
		if ((n != 4 && n != 6) || !cal_digits(s + 2, n - 2, &v) ||
		    (n == 6 && v < 1))
			return 0;
		p->prec = n == 4 ? P_CENTURY : P_YEAR;
		p->year = n == 4 ? (int)(-100 * v - 99) : (int)(1 - v);
		p->d0 = cal_days_from_civil(p->year, 1, 1);
		p->d1 = cal_days_from_civil(p->year + (n == 4 ? 100 : 1), 1, 1);
		return 1;
	}
	switch (n) {
	case 2:
	case 3:
		if (!cal_digits(s, n, &v))
			return 0;
		p->prec = n == 2 ? P_CENTURY : P_DECADE;
		p->year = (int)(n == 2 ? v * 100 : v * 10);
		p->d0 = cal_days_from_civil(p->year, 1, 1);
		p->d1 = cal_days_from_civil(p->year + (n == 2 ? 100 : 10),
		    1, 1);
		return 1;
	case 4:
		if (!cal_digits(s, 4, &v))
			return 0;
		p->year = (int)v;
		p->prec = P_YEAR;
		p->d0 = cal_days_from_civil(p->year, 1, 1);
		p->d1 = cal_days_from_civil(p->year + 1, 1, 1);
		return 1;
	case 7:
		if (!cal_digits(s, 4, &v) || s[4] != '-' ||
		    !cal_digits(s + 5, 2, &m) || m < 1 || m > 12)
			return 0;
		p->year = (int)v;
		p->month = (int)m;
		p->prec = P_MONTH;
		p->d0 = cal_days_from_civil(p->year, p->month, 1);
		p->d1 = p->d0 + cal_days_in_month(p->year, p->month);
		return 1;
	case 10:
		if (!cal_parse_iso(s, n, &p->year, &p->month, &p->day))
			return 0;
		p->prec = P_DAY;
		p->d0 = cal_days_from_civil(p->year, p->month, p->day);
		p->d1 = p->d0 + 1;
		return 1;
	}
	return 0;
}

/* A plain decimal as mergeevents writes it; no locale, no strtod. */
static int
number_parse(const struct tsv_field *f, double *v)
{
	size_t i = 0;
	double scale = 1;
	int neg = 0, dot = 0, nd = 0;

	*v = 0;
	if (f->len > 0 && f->s[0] == '-')
		neg = i = 1;
	for (; i < f->len; i++) {
		if (f->s[i] == '.' && !dot) {
			dot = 1;
			continue;
		}
		if (f->s[i] < '0' || f->s[i] > '9')
			return 0;
		nd++;
		if (dot)
			scale /= 10;
		*v = *v * 10 + (f->s[i] - '0');
	}
	*v *= scale;
	if (neg)
		*v = -*v;
	return nd > 0 && nd <= 30;
}

static int
count_parse(const struct tsv_field *f)
{
	size_t i;

	for (i = 0; i < f->len; i++)
		if (f->s[i] < '0' || f->s[i] > '9')
			return 0;
	return f->len > 0 && f->len < 19;
}

static int
in_range(const struct period *p)
{
	if (have_from && p->d1 <= from.d0)
		return 0;
	if (have_to && p->d0 >= to.d1)
		return 0;
	return 1;
}

static int
noun_wanted(const struct tsv_field *f)
{
	size_t i;

	if (nnouns == 0)
		return 1;
	for (i = 0; i < nnouns; i++)
		if (tsv_eq(f, nouns[i]))
			return 1;
	return 0;
}

static void
map_reset(void)
{
	size_t i;

	for (i = 0; i < E_N; i++)
		emap[i] = i;
	for (i = 0; i < G_N; i++)
		gmap[i] = i;
	emin = NF_EVENT;
	gmin = NF_FIGURE;
}

/* A header names the columns; later records are read through it. */
static void
map_header(struct tsv_in *in, struct tsv_rec *r, const char **names,
    size_t n, size_t *map, size_t *min)
{
	size_t i, j, tmp[G_N];

	for (i = 0; i < n; i++) {
		for (j = 0; j + 1 < r->n; j++)
			if (tsv_eq(&r->f[j], names[i]))
				break;
		if (j + 1 >= r->n) {
			msg_warn(in->name, in->lineno, "header lacks the "
			    "column '%s'", names[i]);
			return;
		}
		tmp[i] = j;
	}
	*min = 0;
	for (i = 0; i < n; i++) {
		map[i] = tmp[i];
		if (tmp[i] + 2 > *min)
			*min = tmp[i] + 2;
	}
}

static char *
keep_line(struct tsv_in *in, struct tsv_rec *r)
{
	char *copy;
	size_t i;

	copy = xmalloc(in->len + 1);
	memcpy(copy, in->buf, in->len + 1);
	for (i = 0; i < r->n; i++)
		r->f[i].s = copy + (r->f[i].s - in->buf);
	return copy;
}

static void
read_event(struct tsv_in *in, struct tsv_rec *r)
{
	struct event e;
	size_t i;

	if (r->n < emin) {
		msg_warn(in->name, in->lineno, "expected at least %zu fields "
		    "in an event record, found %zu", emin, r->n);
		return;
	}
	memset(&e, 0, sizeof(e));
	for (i = 0; i < E_N; i++)
		e.f[i] = r->f[emap[i]];
	e.text = r->f[r->n - 1];
	if (!period_parse(e.f[E_DATE].s, e.f[E_DATE].len, &e.per)) {
		msg_warn(in->name, in->lineno, "bad date: '%.*s'",
		    (int)e.f[E_DATE].len, e.f[E_DATE].s);
		return;
	}
	if (!count_parse(&e.f[E_NDOCS]) || !count_parse(&e.f[E_NMENT])) {
		msg_warn(in->name, in->lineno, "ndocs or nment is not a "
		    "number");
		return;
	}
	if (!in_range(&e.per))
		return;
	if (nev == cev) {
		cev = cev ? cev * 2 : 64;
		ev = xreallocarray(ev, cev, sizeof(*ev));
	}
	e.line = keep_line(in, r);
	for (i = 0; i < E_N; i++)
		e.f[i] = r->f[emap[i]];
	e.text = r->f[r->n - 1];
	e.seq = nseq++;
	ev[nev++] = e;
}

static void
read_figure(struct tsv_in *in, struct tsv_rec *r)
{
	struct figure g;
	size_t i;

	if (r->n < gmin) {
		msg_warn(in->name, in->lineno, "expected at least %zu fields "
		    "in a figure record, found %zu", gmin, r->n);
		return;
	}
	memset(&g, 0, sizeof(g));
	for (i = 0; i < G_N; i++)
		g.f[i] = r->f[gmap[i]];
	if (!empty(&g.f[G_DATE]) &&
	    !period_parse(g.f[G_DATE].s, g.f[G_DATE].len, &g.per)) {
		msg_warn(in->name, in->lineno, "bad date: '%.*s'",
		    (int)g.f[G_DATE].len, g.f[G_DATE].s);
		return;
	}
	if (!number_parse(&g.f[G_VALUE], &g.v) ||
	    !number_parse(&g.f[G_HIGH], &g.h)) {
		msg_warn(in->name, in->lineno, "value or high is not a "
		    "number");
		return;
	}
	if (!count_parse(&g.f[G_NDOCS])) {
		msg_warn(in->name, in->lineno, "ndocs is not a number");
		return;
	}
	if ((have_from || have_to) &&
	    (g.per.prec == P_NONE || !in_range(&g.per)))
		return;
	if (!noun_wanted(&g.f[G_COUNTED]))
		return;
	if (nfig == cfig) {
		cfig = cfig ? cfig * 2 : 64;
		fig = xreallocarray(fig, cfig, sizeof(*fig));
	}
	g.line = keep_line(in, r);
	for (i = 0; i < G_N; i++)
		g.f[i] = r->f[gmap[i]];
	g.text = r->f[r->n - 1];
	g.seq = nseq++;
	fig[nfig++] = g;
}

static void
read_input(struct tsv_in *in)
{
	struct tsv_rec r = { NULL, 0, 0 };
	int st;

	map_reset();
	while ((st = tsv_getline(in)) > 0) {
		tsv_drop_bom(in);
		if (in->len == 0 || in->buf[0] == '#')
			continue;
		if (memchr(in->buf, '\0', in->len) != NULL) {
			msg_warn(in->name, in->lineno, "NUL byte in record");
			continue;
		}
		if (memchr(in->buf, '\r', in->len) != NULL) {
			msg_warn(in->name, in->lineno,
			    "carriage return in record (CRLF line ends?)");
			continue;
		}
		tsv_split(&r, in->buf, in->len);
		if (tsv_eq(&r.f[0], "event")) {
			if (r.n > 1 && tsv_eq(&r.f[1], "date"))
				map_header(in, &r, ename, E_N, emap, &emin);
			else
				read_event(in, &r);
		} else if (tsv_eq(&r.f[0], "figure")) {
			if (r.n > 2 && tsv_eq(&r.f[1], "counted") &&
			    tsv_eq(&r.f[2], "kind"))
				map_header(in, &r, gname, G_N, gmap, &gmin);
			else
				read_figure(in, &r);
		} else if (r.n > 1 && tsv_eq(&r.f[0], "doc") &&
		    tsv_eq(&r.f[1], "dct"))
			continue;	/* another program's header */
		else
			msg_warn(in->name, in->lineno, "not a mergeevents "
			    "record: expected 'event' or 'figure', found "
			    "'%.*s'", (int)(r.f[0].len > 40 ? 40 : r.f[0].len),
			    r.f[0].s);
	}
	tsv_rec_free(&r);
}

static int
fcmp(const struct tsv_field *a, const struct tsv_field *b)
{
	int c;

	c = memcmp(a->s, b->s, a->len < b->len ? a->len : b->len);
	if (c != 0)
		return c;
	return (a->len > b->len) - (a->len < b->len);
}

static int
field_cmp(const void *a, const void *b)
{
	return fcmp(a, b);
}

/* Date strings sort as mergeevents sorts them: coarser first. */
static int
event_cmp(const void *pa, const void *pb)
{
	const struct event *a = pa, *b = pb;
	int ab = a->f[E_DATE].len > 0 && a->f[E_DATE].s[0] == 'B',
	    bb = b->f[E_DATE].len > 0 && b->f[E_DATE].s[0] == 'B';
	int c;

	/* dates BC first, the earliest first, as mergeevents writes them */
	if (ab != bb)
		return ab ? -1 : 1;
	if (ab && a->per.d0 != b->per.d0)
		return a->per.d0 < b->per.d0 ? -1 : 1;
	if ((c = fcmp(&a->f[E_DATE], &b->f[E_DATE])) != 0)
		return c;
	return (a->seq > b->seq) - (a->seq < b->seq);
}

static int
series_cmp(const struct figure *a, const struct figure *b)
{
	static const int key[] = { G_COUNTED, G_KIND, G_UNIT, G_PLACE };
	size_t i;
	int c;

	/* Figures of nothing named come last. */
	if (empty(&a->f[G_COUNTED]) != empty(&b->f[G_COUNTED]))
		return empty(&a->f[G_COUNTED]) ? 1 : -1;
	for (i = 0; i < sizeof(key) / sizeof(key[0]); i++)
		if ((c = fcmp(&a->f[key[i]], &b->f[key[i]])) != 0)
			return c;
	return 0;
}

static int
figure_cmp(const void *pa, const void *pb)
{
	const struct figure *a = pa, *b = pb;
	int c;

	if ((c = series_cmp(a, b)) != 0)
		return c;
	if ((a->per.prec == P_NONE) != (b->per.prec == P_NONE))
		return a->per.prec == P_NONE ? 1 : -1;
	if (a->per.d0 != b->per.d0)
		return a->per.d0 < b->per.d0 ? -1 : 1;
	if ((c = fcmp(&a->f[G_DATE], &b->f[G_DATE])) != 0)
		return c;
	return (a->seq > b->seq) - (a->seq < b->seq);
}

/* Walk a list "a,b,c" or "a;b": *it is the next item, 0 at the end. */
static int
list_next(const struct tsv_field *list, size_t *pos, int sep,
    struct tsv_field *it)
{
	const char *s, *end, *p;

	if (empty(list) || *pos > list->len)
		return 0;
	s = list->s + *pos;
	end = list->s + list->len;
	p = memchr(s, sep, (size_t)(end - s));
	if (p == NULL)
		p = end;
	it->s = (char *)s;
	it->len = (size_t)(p - s);
	*pos = (size_t)(p - list->s) + 1;
	return 1;
}

/* The document id of "doc:offset". */
static struct tsv_field
src_doc(const struct tsv_field *src)
{
	struct tsv_field d = *src;

	while (d.len > 0 && d.s[d.len - 1] != ':')
		d.len--;
	if (d.len > 0)
		d.len--;
	else
		d = *src;
	return d;
}

/* Split "date=sources" or "[qual]value[..high]=sources" at its '='. */
static int
split_eq(const struct tsv_field *it, struct tsv_field *key,
    struct tsv_field *src)
{
	const char *eq;
	size_t skip = 0;

	/* A qualifier may itself hold '=' (>=, <=, =). */
	while (skip < it->len && skip < 2 &&
	    strchr("<>=~", it->s[skip]) != NULL)
		skip++;
	eq = memchr(it->s + skip, '=', it->len - skip);
	if (eq == NULL)
		return 0;
	key->s = it->s;
	key->len = (size_t)(eq - it->s);
	src->s = (char *)eq + 1;
	src->len = it->len - key->len - 1;
	return 1;
}

static size_t
count_docs(void)
{
	struct tsv_field *d = NULL, it;
	size_t n = 0, c = 0, i, pos, u;
	int k;

	for (i = 0; i < nev; i++) {
		for (k = 0; k < 3; k++) {
			const struct tsv_field *l = &ev[i].f[k == 0 ?
			    E_SOURCES : k == 1 ? E_COMPAT : E_ALT];
			struct tsv_field one, key, src;
			size_t p2;

			pos = 0;
			while (list_next(l, &pos, k == 0 ? ',' : ';', &one)) {
				if (k == 0)
					src = one;
				else if (!split_eq(&one, &key, &src))
					continue;
				p2 = 0;
				while (list_next(&src, &p2, ',', &it)) {
					if (n == c) {
						c = c ? c * 2 : 64;
						d = xreallocarray(d, c,
						    sizeof(*d));
					}
					d[n++] = src_doc(&it);
				}
			}
		}
	}
	for (i = 0; i < nfig; i++) {
		pos = 0;
		while (list_next(&fig[i].f[G_SOURCES], &pos, ',', &it)) {
			if (n == c) {
				c = c ? c * 2 : 64;
				d = xreallocarray(d, c, sizeof(*d));
			}
			d[n++] = src_doc(&it);
		}
	}
	if (n > 0)
		qsort(d, n, sizeof(*d), field_cmp);
	for (u = 0, i = 0; i < n; i++)
		if (i == 0 || fcmp(&d[i], &d[i - 1]) != 0)
			u++;
	free(d);
	return u;
}

static int
has_flag(const struct tsv_field *flags, const char *name)
{
	struct tsv_field it;
	size_t pos = 0;

	while (list_next(flags, &pos, ',', &it))
		if (tsv_eq(&it, name))
			return 1;
	return 0;
}

/* The year an event is filed under, or -1 for a decade or century. */
/* The year an event is grouped by, or -1: coarser, or before the era. */
static int
event_year(const struct event *e)
{
	return e->per.prec >= P_YEAR && e->per.year > 0 ? e->per.year : -1;
}

static void
period_words(const struct period *p)
{
	if (p->year <= 0 && p->prec == P_YEAR) {
		outf("%d BC", 1 - p->year);
		return;
	}
	if (p->year <= 0 && p->prec == P_CENTURY) {
		outf("%d\xe2\x80\x93%d BC", 1 - p->year, 1 - (p->year + 99));
		return;
	}
	switch (p->prec) {
	case P_CENTURY:
		outf("%d\xe2\x80\x93%d", p->year, p->year + 99);
		break;
	case P_DECADE:
		outf("the %ds", p->year);
		break;
	case P_YEAR:
		outf("%d", p->year);
		break;
	case P_MONTH:
		outf("%s %d", monthname[p->month - 1], p->year);
		break;
	case P_DAY:
		outf("%d %s %d", p->day, monthname[p->month - 1], p->year);
		break;
	default:
		out_str("undated");
	}
}

static const char *
prec_word(int prec)
{
	static const char *w[] = { "undated", "century", "decade", "year",
	    "month", "day" };

	return w[prec];
}

/* 5200 -> 5,200; a decimal keeps its fraction as written. */
static void
number_words(const struct tsv_field *v)
{
	size_t i, intlen = 0, start = 0;

	if (v->len > 0 && v->s[0] == '-') {
		out_char('-');
		start = 1;
	}
	while (start + intlen < v->len && v->s[start + intlen] != '.')
		intlen++;
	for (i = 0; i < intlen; i++) {
		if (i > 0 && (intlen - i) % 3 == 0 && intlen > 3)
			out_char(',');
		out_char(v->s[start + i]);
	}
	out_bytes(v->s + start + intlen, v->len - start - intlen);
}

static const char *
qual_words(const struct tsv_field *q)
{
	if (tsv_eq(q, "~"))
		return "about ";
	if (tsv_eq(q, ">"))
		return "more than ";
	if (tsv_eq(q, ">="))
		return "at least ";
	if (tsv_eq(q, "<"))
		return "less than ";
	if (tsv_eq(q, "<="))
		return "at most ";
	return "";
}

/* "about 5,200", "10..15 %", "USD 1,500,000,000" */
static void
value_words(const struct item *it, const struct tsv_field *unit)
{
	int money = !empty(unit) && unit->len == 3 && unit->s[0] >= 'A' &&
	    unit->s[0] <= 'Z';

	out_str(qual_words(&it->qual));
	if (money) {
		html ? html_f(unit) : md_f(unit);
		out_char(' ');
	}
	number_words(&it->value);
	if (it->high.len > 0 && !tsv_eq(&it->high, "-") &&
	    fcmp(&it->high, &it->value) != 0) {
		out_str("\xe2\x80\x93");
		number_words(&it->high);
	}
	if (!money && !empty(unit)) {
		if (!tsv_eq(unit, "%"))
			out_char(' ');
		html ? html_f(unit) : md_f(unit);
	}
}

/* The values of a figure group: the winner first, then the others. */
static size_t
figure_items(const struct figure *g, struct item **items, size_t *cap)
{
	struct tsv_field one, key;
	size_t n = 0, pos = 0, q;
	const char *dots;
	struct item *it;

	for (;;) {
		if (n == *cap) {
			*cap = *cap ? *cap * 2 : 8;
			*items = xreallocarray(*items, *cap, sizeof(**items));
		}
		it = &(*items)[n];
		if (n == 0) {
			it->qual = g->f[G_QUAL];
			it->value = g->f[G_VALUE];
			it->high = g->f[G_HIGH];
			it->src = g->f[G_SOURCES];
			it->v = g->v;
			it->h = g->h;
			it->alt = 0;
			n++;
			continue;
		}
		if (!list_next(&g->f[G_ALT], &pos, ';', &one))
			break;
		if (!split_eq(&one, &key, &it->src))
			continue;
		for (q = 0; q < key.len && q < 2 &&
		    strchr("<>=~", key.s[q]) != NULL; q++)
			;
		it->qual.s = key.s;
		it->qual.len = q;
		if (q == 0) {
			it->qual.s = (char *)"=";
			it->qual.len = 1;
		}
		it->value.s = key.s + q;
		it->value.len = key.len - q;
		for (dots = it->value.s; dots + 1 < key.s + key.len; dots++)
			if (dots[0] == '.' && dots[1] == '.')
				break;
		if (dots + 1 < key.s + key.len) {
			it->high.s = (char *)dots + 2;
			it->high.len = (size_t)(key.s + key.len - dots - 2);
			it->value.len = (size_t)(dots - it->value.s);
		} else
			it->high = it->value;
		if (!number_parse(&it->value, &it->v) ||
		    !number_parse(&it->high, &it->h))
			continue;
		it->alt = 1;
		n++;
	}
	return n;
}

/* Unique document ids of a source list, with how often each appears. */
static void
docs_out(const struct tsv_field *list, const char *sep)
{
	struct tsv_field it, d, prev = { NULL, 0 };
	size_t pos = 0, times = 0;
	int first = 1;

	for (;;) {
		int more = list_next(list, &pos, ',', &it);

		if (more)
			d = src_doc(&it);
		if (times > 0 && (!more || fcmp(&d, &prev) != 0)) {
			if (!first)
				out_str(sep);
			first = 0;
			if (html) {
				out_str("<span class=\"doc\">");
				html_f(&prev);
				out_str("</span>");
			} else
				md_f(&prev);
			if (times > 1)
				outf(" \xc3\x97%zu", times);
			times = 0;
		}
		if (!more)
			break;
		prev = d;
		times++;
	}
	if (first)
		out_str(html ? "<span class=\"doc\">none</span>" : "none");
}

/* ---- Markdown ---- */

/* "; 2020-01-10 according to gazette" for each date of a list. */
static void
md_dates(const struct tsv_field *list, const char *what)
{
	struct tsv_field it, key, src;
	size_t pos = 0;

	while (list_next(list, &pos, ';', &it)) {
		if (!split_eq(&it, &key, &src))
			continue;
		out_str("; ");
		md_f(&key);
		out_str(what);
		out_str(" according to ");
		docs_out(&src, ", ");
	}
}

static void
md_event(const struct event *e)
{
	struct tsv_field flag;
	size_t pos;

	out_str("| ");
	md_f(&e->f[E_DATE]);
	out_str(" | ");
	out_str(prec_word(e->per.prec));
	out_str(" | ");
	md_f(&e->text);
	out_str(" | ");
	md_f(&e->f[E_CONCEPT]);
	if (!nosrc) {
		out_str(" | ");
		docs_out(&e->f[E_SOURCES], ", ");
	}
	out_str(" | ");
	pos = 0;
	while (list_next(&e->f[E_FLAGS], &pos, ',', &flag)) {
		if (pos > flag.len + 1)
			out_str(", ");
		if (tsv_eq(&flag, "conflict"))
			out_str("**conflict**");
		else
			md_f(&flag);
	}
	md_dates(&e->f[E_ALT], "");
	md_dates(&e->f[E_COMPAT], " (fits)");
	out_str(" |");
	out_end();
}

static void
md_table_head(void)
{
	out_str(nosrc ? "| Date | Precision | Event | Concept | Notes |\n"
	    "|---|---|---|---|---|\n" : "| Date | Precision | Event | "
	    "Concept | Sources | Notes |\n|---|---|---|---|---|---|\n");
}

static void
md_chronology(void)
{
	size_t i;
	int y, prev = -2;

	out_str("## Chronology\n");
	for (i = 0; i < nev; i++) {
		y = event_year(&ev[i]);
		if (i == 0 || y != prev || (y < 0 &&
		    fcmp(&ev[i].f[E_DATE], &ev[i - 1].f[E_DATE]) != 0)) {
			out_str("\n### ");
			period_words(y < 0 ? &ev[i].per : &(struct period){
			    P_YEAR, y, 1, 1, 0, 0 });
			out_str("\n\n");
			md_table_head();
		}
		prev = y;
		md_event(&ev[i]);
	}
}

static void
series_title(const struct figure *g)
{
	void (*esc)(const struct tsv_field *) = html ? html_f : md_f;

	if (empty(&g->f[G_COUNTED]))
		out_str("(nothing named)");
	else
		esc(&g->f[G_COUNTED]);
	if (!empty(&g->f[G_PLACE])) {
		out_str(", ");
		esc(&g->f[G_PLACE]);
	}
	out_str(" (");
	esc(&g->f[G_KIND]);
	if (!empty(&g->f[G_UNIT])) {
		out_str(", ");
		esc(&g->f[G_UNIT]);
	}
	out_char(')');
}

static size_t
series_end(size_t i)
{
	size_t j;

	for (j = i + 1; j < nfig && series_cmp(&fig[i], &fig[j]) == 0; j++)
		;
	return j;
}

static size_t
series_dated(size_t i, size_t j)
{
	size_t k, n = 0;

	for (k = i; k < j; k++)
		if (fig[k].per.prec != P_NONE)
			n++;
	return n;
}

/*
 * A series is charted when it has two dated figures, or was asked for;
 * figures that count nothing named are no series.
 */
static int
series_charted(size_t i, size_t j)
{
	size_t d = series_dated(i, j);

	if (empty(&fig[i].f[G_COUNTED]))
		return 0;
	return d >= 2 || (nnouns > 0 && d >= 1);
}

static void
md_date(const struct figure *g)
{
	if (g->per.prec == P_NONE)
		out_str("undated");
	else
		md_f(&g->f[G_DATE]);
}

static void
md_figures(void)
{
	struct item *items = NULL;
	size_t cap = 0, i, j, k, n, m;
	int other = 0;

	out_str(nev > 0 ? "\n## Figures\n" : "## Figures\n");
	for (i = 0; i < nfig; i = j) {
		j = series_end(i);
		if (!series_charted(i, j))
			continue;
		out_str("\n### ");
		series_title(&fig[i]);
		out_str("\n\n| Date | Value | Said by |\n|---|---|---|\n");
		for (k = i; k < j; k++) {
			n = figure_items(&fig[k], &items, &cap);
			for (m = 0; m < n; m++) {
				out_str("| ");
				if (m == 0)
					md_date(&fig[k]);
				out_str(" | ");
				if (items[m].alt)
					out_str("disagreeing: ");
				value_words(&items[m], &fig[k].f[G_UNIT]);
				out_str(" | ");
				docs_out(&items[m].src, ", ");
				out_str(" |");
				out_end();
			}
		}
	}
	for (i = 0; i < nfig; i = j) {
		j = series_end(i);
		if (series_charted(i, j))
			continue;
		if (!other)
			out_str("\n### Other figures\n\n| Counted | Date | "
			    "Value | Said by | Mention |\n|---|---|---|---|"
			    "---|\n");
		other = 1;
		for (k = i; k < j; k++) {
			n = figure_items(&fig[k], &items, &cap);
			for (m = 0; m < n; m++) {
				out_str("| ");
				series_title(&fig[k]);
				out_str(" | ");
				if (m == 0)
					md_date(&fig[k]);
				out_str(" | ");
				if (items[m].alt)
					out_str("disagreeing: ");
				value_words(&items[m], &fig[k].f[G_UNIT]);
				out_str(" | ");
				docs_out(&items[m].src, ", ");
				out_str(" | ");
				if (m == 0)
					md_f(&fig[k].f[G_MENTION]);
				out_str(" |");
				out_end();
			}
		}
	}
	free(items);
}

static void
summary(void)
{
	size_t i, nconf = 0, ncharts = 0, j, ndocs = count_docs();

	for (i = 0; i < nev; i++)
		if (has_flag(&ev[i].f[E_FLAGS], "conflict"))
			nconf++;
	for (i = 0; i < nfig; i = j) {
		j = series_end(i);
		if (series_charted(i, j))
			ncharts++;
	}
	if (nev > 0 || nfig == 0)
		outf("%zu event%s", nev, nev == 1 ? "" : "s");
	if (nev > 0 && nfig > 0)
		out_str(" and ");
	if (nfig > 0)
		outf("%zu figure group%s (%zu charted series)", nfig,
		    nfig == 1 ? "" : "s", ncharts);
	outf(" from %zu document%s", ndocs, ndocs == 1 ? "" : "s");
	if (nconf > 0)
		outf("; sources disagree on the date of %zu event%s", nconf,
		    nconf == 1 ? "" : "s");
	if (nev > 0) {
		out_str(". From ");
		period_words(&ev[0].per);
		out_str(" to ");
		period_words(&ev[nev - 1].per);
	}
	out_char('.');
}

static void
md_report(void)
{
	out_str("# ");
	md_esc(title, strlen(title));
	out_str("\n\n");
	summary();
	out_str("\n\n");
	if (nev > 0)
		md_chronology();
	if (nfig > 0)
		md_figures();
}

/* ---- HTML ---- */

static const char css[] =
"*{box-sizing:border-box}\n"
"html{-webkit-print-color-adjust:exact;print-color-adjust:exact}\n"
"body{font:15px/1.45 Georgia,'DejaVu Serif',serif;color:#1d1d1f;"
"background:#fff;margin:0 auto;padding:1em 1.5em;max-width:74em;"
"overflow-wrap:anywhere;word-wrap:break-word}\n"
"h1{font-size:1.9em;margin:.2em 0}\n"
"h2{font-size:1.45em;border-bottom:2px solid #1d1d1f;margin:1.4em 0 .5em}\n"
"h3.year{font-size:1.3em;margin:1.2em 0 .3em;padding:.2em .4em;"
"background:#eef1f5;border-left:6px solid #1f5fa8}\n"
"h4.month{font-size:1.05em;margin:.9em 0 .3em;color:#1f5fa8}\n"
"a{color:#1f5fa8}\n"
".sum{color:#444;font-size:1.05em}\n"
"nav.index ul{list-style:none;padding:0;margin:0;columns:18em auto}\n"
"nav.index li{break-inside:avoid;margin:.15em 0}\n"
"nav.index .n{color:#666;font-size:.85em}\n"
".legend{font-size:.88em;color:#333;display:flex;flex-wrap:wrap;"
"gap:.4em 1.4em;align-items:center;margin:.4em 0 .8em}\n"
".legend svg{vertical-align:middle}\n"
"ol.events{list-style:none;padding:0;margin:0}\n"
"li.ev{display:flex;flex-wrap:wrap;gap:.2em 1em;padding:.45em 0;"
"border-top:1px solid #ddd;break-inside:avoid}\n"
"li.ev .when{flex:0 0 11em;min-width:0}\n"
".when .track{display:block}\n"
"li.ev .what{flex:1 1 24em;min-width:0}\n"
".date{font-weight:bold;display:block}\n"
".prec{font-size:.75em;text-transform:uppercase;letter-spacing:.05em;"
"color:#555}\n"
".track{display:inline-block;vertical-align:middle;position:relative;width:9.6em;height:.7em;"
"margin:.25em 0;border:1px solid #999;background:repeating-linear-gradient("
"to right,#fff 0,#fff calc(100%/12 - 1px),#ccc calc(100%/12 - 1px),"
"#ccc calc(100%/12))}\n"
".track span{position:absolute;top:0;bottom:0;min-width:3px;"
"background:#1f5fa8}\n"
".track.vague span{background:repeating-linear-gradient(45deg,#1f5fa8 0,"
"#1f5fa8 3px,#9db7d6 3px,#9db7d6 6px)}\n"
".text{margin:0 0 .2em}\n"
".meta,.srcs{font-size:.85em;color:#444;margin:.1em 0}\n"
".doc{font-family:'DejaVu Sans Mono',monospace;font-size:.92em;"
"background:#f3f3f3;padding:0 .25em;border-radius:3px}\n"
".badge{display:inline-block;font:bold .72em/1.6 sans-serif;"
"text-transform:uppercase;padding:0 .45em;border-radius:3px;"
"background:#e5e5e5;color:#333;margin-right:.3em}\n"
".badge.conflict{background:#b3261e;color:#fff}\n"
".badge.future{background:#6a4c93;color:#fff}\n"
"li.conflict{background:#fff6f5}\n"
".alts{font-size:.88em;margin:.3em 0 0;padding:.3em .6em;"
"border-left:4px solid #b3261e;background:#fff}\n"
".alts ul{margin:.1em 0;padding-left:1.2em}\n"
".fig{display:flex;flex-wrap:wrap;gap:1em;align-items:flex-start;"
"break-inside:avoid;margin-bottom:1.5em}\n"
".fig .chart{flex:1 1 34em;min-width:0}\n"
".fig svg.chart{width:100%;height:auto;max-width:46em;display:block}\n"
".fig .tab{flex:1 1 18em;min-width:0}\n"
"table{border-collapse:collapse;width:100%;table-layout:fixed;"
"font-size:.85em}\n"
"th,td{border:1px solid #ccc;padding:.2em .4em;text-align:left;"
"vertical-align:top}\n"
"th{background:#eef1f5}\n"
"td.v{white-space:nowrap}\n"
"tr.alt td{color:#b3261e}\n"
"svg text{font:11px sans-serif}\n"
"footer{margin-top:2em;font-size:.8em;color:#666}\n"
"@media print{body{font-size:10pt;max-width:none;padding:0}"
"nav.index{break-after:page}a{color:inherit;text-decoration:none}"
"h3.year{break-after:avoid}h4.month{break-after:avoid}}\n";

static void
html_track(const struct period *p)
{
	long y0, y1;
	double left, width;

	if (p->prec < P_YEAR) {
		out_str("<span class=\"track vague\" title=\"");
		out_str(prec_word(p->prec));
		out_str("\"><span style=\"left:0;width:100%\"></span></span>");
		return;
	}
	y0 = cal_days_from_civil(p->year, 1, 1);
	y1 = cal_days_from_civil(p->year + 1, 1, 1);
	left = 100.0 * (double)(p->d0 - y0) / (double)(y1 - y0);
	width = 100.0 * (double)(p->d1 - p->d0) / (double)(y1 - y0);
	out_str("<span class=\"track\" title=\"");
	period_words(p);
	out_str(" within the year\">");
	outf("<span style=\"left:%.2f%%;width:%.2f%%\"></span></span>", left,
	    width);
}

static void
html_date_list(const struct tsv_field *list, const char *cls,
    const char *what)
{
	struct tsv_field it, key, src;
	struct period p;
	size_t pos = 0;

	while (list_next(list, &pos, ';', &it)) {
		if (!split_eq(&it, &key, &src))
			continue;
		outf("<li class=\"%s\"><b>", cls);
		if (period_parse(key.s, key.len, &p))
			period_words(&p);
		else
			html_f(&key);
		out_str("</b> ");
		out_str(what);
		out_str(": ");
		docs_out(&src, " ");
		out_str("</li>");
	}
}

static void
html_event(const struct event *e)
{
	struct tsv_field flag;
	size_t pos = 0;
	int conflict = has_flag(&e->f[E_FLAGS], "conflict");

	out_str(conflict ? "<li class=\"ev conflict\">" : "<li class=\"ev\">");
	out_str("<div class=\"when\"><span class=\"date\">");
	period_words(&e->per);
	out_str("</span><span class=\"prec\">");
	out_str(prec_word(e->per.prec));
	out_str("</span>");
	html_track(&e->per);
	out_str("</div><div class=\"what\"><p class=\"text\">");
	html_f(&e->text);
	out_str("</p><p class=\"meta\">");
	while (list_next(&e->f[E_FLAGS], &pos, ',', &flag)) {
		out_str("<span class=\"badge");
		if (tsv_eq(&flag, "conflict") || tsv_eq(&flag, "future")) {
			out_char(' ');
			html_f(&flag);
		}
		out_str("\">");
		html_f(&flag);
		out_str("</span>");
	}
	html_f(&e->f[E_CONCEPT]);
	out_str(" \xc2\xb7 told by ");
	html_f(&e->f[E_NDOCS]);
	out_str(tsv_eq(&e->f[E_NDOCS], "1") ? " document" : " documents");
	if (!tsv_eq(&e->f[E_NMENT], "1") &&
	    fcmp(&e->f[E_NMENT], &e->f[E_NDOCS]) != 0) {
		out_str(" in ");
		html_f(&e->f[E_NMENT]);
		out_str(" sentences");
	}
	if (!empty(&e->f[E_CONTEXT])) {
		out_str(" \xc2\xb7 also mentions ");
		pos = 0;
		while (list_next(&e->f[E_CONTEXT], &pos, ',', &flag)) {
			if (pos > flag.len + 1)
				out_str(", ");
			html_f(&flag);
		}
	}
	out_str("</p><p class=\"srcs\">Sources: ");
	docs_out(&e->f[E_SOURCES], " ");
	out_str("</p>");
	if (!empty(&e->f[E_ALT]) || !empty(&e->f[E_COMPAT])) {
		out_str("<div class=\"alts\">");
		if (conflict)
			out_str("Sources disagree on the date:");
		else
			out_str("Other dates given:");
		out_str("<ul><li><b>");
		period_words(&e->per);
		out_str("</b> (shown): ");
		docs_out(&e->f[E_SOURCES], " ");
		out_str("</li>");
		html_date_list(&e->f[E_COMPAT], "compat", "(fits)");
		html_date_list(&e->f[E_ALT], "alt", "instead");
		out_str("</ul></div>");
	}
	out_str("</div></li>\n");
	out_end();
}

/* Events of one year (or decade, century) with its months. */
static size_t
html_year(size_t i)
{
	size_t j;
	int y = event_year(&ev[i]), m = -1;

	out_str("<h3 class=\"year\" id=\"");
	if (y < 0) {
		out_char('d');
		html_f(&ev[i].f[E_DATE]);
	} else
		outf("y%d", y);
	out_str("\">");
	period_words(y < 0 ? &ev[i].per :
	    &(struct period){ P_YEAR, y, 1, 1, 0, 0 });
	out_str("</h3>\n<ol class=\"events\">\n");
	for (j = i; j < nev; j++) {
		if (event_year(&ev[j]) != y || (y < 0 &&
		    fcmp(&ev[j].f[E_DATE], &ev[i].f[E_DATE]) != 0))
			break;
		if (ev[j].per.prec >= P_MONTH && ev[j].per.month != m) {
			m = ev[j].per.month;
			outf("</ol>\n<h4 class=\"month\" id=\"m%d-%02d\">%s "
			    "%d</h4>\n<ol class=\"events\">\n", y, m,
			    monthname[m - 1], y);
		}
		html_event(&ev[j]);
	}
	out_str("</ol>\n");
	return j;
}

static void
html_index(void)
{
	size_t i, j, n, cm[13];
	int y, m;

	out_str("<nav class=\"index\"><h2>Index</h2><ul>\n");
	for (i = 0; i < nev; i = j) {
		y = event_year(&ev[i]);
		memset(cm, 0, sizeof(cm));
		for (j = i; j < nev && event_year(&ev[j]) == y && (y >= 0 ||
		    fcmp(&ev[j].f[E_DATE], &ev[i].f[E_DATE]) == 0); j++)
			cm[ev[j].per.prec >= P_MONTH ? ev[j].per.month : 0]++;
		n = j - i;
		out_str("<li><a href=\"#");
		if (y < 0) {
			out_char('d');
			html_f(&ev[i].f[E_DATE]);
		} else
			outf("y%d", y);
		out_str("\"><b>");
		period_words(y < 0 ? &ev[i].per :
		    &(struct period){ P_YEAR, y, 1, 1, 0, 0 });
		outf("</b></a> <span class=\"n\">(%zu)</span> ", n);
		for (m = 1; m <= 12; m++)
			if (cm[m] > 0)
				outf(" <a href=\"#m%d-%02d\">%.3s</a>"
				    "<span class=\"n\">\xc2\xa0%zu</span>",
				    y, m, monthname[m - 1], cm[m]);
		out_str("</li>\n");
	}
	if (nfig > 0)
		out_str("<li><a href=\"#figures\"><b>Figures</b></a></li>\n");
	out_str("</ul></nav>\n");
}

static void
svg_marker(double x, double y, double ytop, const struct item *it,
    const char *color)
{
	const char *q = it->qual.s;
	size_t ql = it->qual.len;

	if (ytop < y - 1) {		/* a range */
		outf("<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" "
		    "stroke=\"%s\" stroke-width=\"3\"/>", x, ytop, x, y,
		    color);
		outf("<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" "
		    "stroke=\"%s\" stroke-width=\"2\"/>", x - 5, ytop, x + 5,
		    ytop, color);
	}
	if (ql >= 1 && (q[0] == '>' || q[0] == '<')) {
		int up = q[0] == '>';
		double tip = up ? y - 26 : y + 26;

		outf("<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" "
		    "stroke=\"%s\" stroke-width=\"2\"%s/>", x, y, x, tip,
		    color, ql == 1 ? " stroke-dasharray=\"3 2\"" : "");
		outf("<path d=\"M%.1f %.1fl-5 %d h10z\" fill=\"%s\"/>", x,
		    tip, up ? 8 : -8, color);
		outf("<rect x=\"%.1f\" y=\"%.1f\" width=\"10\" height=\"4\" "
		    "fill=\"%s\"/>", x - 5, y - 2, color);
	} else if (ql == 1 && q[0] == '~') {
		outf("<circle cx=\"%.1f\" cy=\"%.1f\" r=\"9\" fill=\"none\" "
		    "stroke=\"%s\" stroke-dasharray=\"2 2\"/>", x, y, color);
		outf("<circle cx=\"%.1f\" cy=\"%.1f\" r=\"4\" fill=\"#fff\" "
		    "stroke=\"%s\" stroke-width=\"2\"/>", x, y, color);
	} else
		outf("<circle cx=\"%.1f\" cy=\"%.1f\" r=\"4.5\" fill=\"%s\"/>",
		    x, y, color);
}

static double
nice_step(double span, int n)
{
	double step = 1, r;

	while (step * 10 <= span / n)
		step *= 10;
	while (step > span / n && step > 1e-9)
		step /= 10;
	r = span / n / step;
	if (r > 5)
		step *= 10;
	else if (r > 2)
		step *= 5;
	else if (r > 1)
		step *= 2;
	return step;
}

#define CW	680.0
#define CH	300.0
#define ML	70.0
#define MR	60.0
#define MT	34.0
#define MB	40.0

/* A box on the chart: a marker, or a value's label. */
struct box {
	double		 x0, x1, y0, y1;
	struct item	 it;		/* a label's value */
	const char	*color;
	int		 label;
};

/*
 * x without its fraction, toward zero.  Past 2^53 a double holds no
 * fraction, and a cast to an integer type could overflow.
 */
static double
whole(double x)
{
	if (x >= 9007199254740992.0 || x <= -9007199254740992.0)
		return x;
	return (double)(long long)x;
}

static int
box_overlap(const struct box *a, const struct box *b)
{
	return a->x0 < b->x1 && b->x0 < a->x1 && a->y0 < b->y1 &&
	    b->y0 < a->y1;
}

static int
same_value(const struct item *a, const struct item *b)
{
	return a->alt == b->alt && fcmp(&a->qual, &b->qual) == 0 &&
	    fcmp(&a->value, &b->value) == 0 && fcmp(&a->high, &b->high) == 0;
}

/*
 * Label each value beside its marker where the label covers no marker
 * and no other label, trying above and below.  A value already
 * labelled close by is not labelled again: the table has every one.
 */
static void
labels_out(struct box *b, size_t n)
{
	static const double shift[] = { 0, -13, 13, -26, 26 };
	struct box l;
	size_t i, k, s;

	for (i = 0; i < n; i++) {
		if (b[i].label != 1)
			continue;
		for (k = 0; k < n; k++)
			if (b[k].label == 2 && same_value(&b[k].it, &b[i].it) &&
			    b[k].x0 > b[i].x0 - 90 && b[k].x0 < b[i].x0 + 90 &&
			    b[k].y0 > b[i].y0 - 40 && b[k].y0 < b[i].y0 + 40)
				break;
		if (k < n)
			continue;
		for (s = 0; s < sizeof(shift) / sizeof(shift[0]); s++) {
			l = b[i];
			l.y0 += shift[s];
			l.y1 += shift[s];
			for (k = 0; k < n; k++)
				if (k != i && b[k].label != 1 &&
				    box_overlap(&l, &b[k]))
					break;
			if (k == n && l.y0 > 0 && l.x1 < CW)
				break;
		}
		if (s == sizeof(shift) / sizeof(shift[0]))
			continue;
		b[i] = l;
		b[i].label = 2;
		outf("<text x=\"%.1f\" y=\"%.1f\" fill=\"%s\">", l.x0,
		    l.y1 - 2, l.color);
		if (l.it.qual.len > 0 && !tsv_eq(&l.it.qual, "="))
			html_f(&l.it.qual);
		number_words(&l.it.value);
		if (fcmp(&l.it.high, &l.it.value)) {
			out_str("\xe2\x80\x93");
			number_words(&l.it.high);
		}
		out_str("</text>\n");
	}
}

static void
html_chart(size_t i, size_t j)
{
	struct item *items = NULL;
	struct box *boxes = NULL;
	size_t cap = 0, k, m, n, nb = 0, cb = 0, grid;
	long t0 = 0, t1 = 0;
	double vmin = 0, vmax = 0, step, v, xa, xb, x, y, yh;
	int first = 1, y0, y1, yy, mm, ystep;
	const char *color;

	for (k = i; k < j; k++) {
		if (fig[k].per.prec == P_NONE)
			continue;
		if (first || fig[k].per.d0 < t0)
			t0 = fig[k].per.d0;
		if (first || fig[k].per.d1 > t1)
			t1 = fig[k].per.d1;
		n = figure_items(&fig[k], &items, &cap);
		for (m = 0; m < n; m++) {
			if (items[m].h > vmax)
				vmax = items[m].h;
			if (items[m].v < vmin)
				vmin = items[m].v;
		}
		first = 0;
	}
	if (t1 - t0 < 60) {
		t0 -= 30;
		t1 += 30;
	} else {
		long pad = (t1 - t0) / 25;

		t0 -= pad;
		t1 += pad;
	}
	if (vmax <= vmin)
		vmax = vmin + 1;
	step = nice_step((vmax - vmin) * 1.15, 4);
	vmax = step * whole((vmax * 1.15) / step + 0.999);
	if (vmin < 0)
		vmin = -step * whole(-vmin / step + 0.999);
#define XP(t)	(ML + (CW - ML - MR) * (double)((t) - t0) / (double)(t1 - t0))
#define YP(val)	(CH - MB - (CH - MT - MB) * ((val) - vmin) / (vmax - vmin))
	outf("<svg class=\"chart\" viewBox=\"0 0 %.0f %.0f\" width=\"%.0f\" "
	    "height=\"%.0f\" role=\"img\" xmlns=\"http://www.w3.org/2000/svg\">"
	    "<title>", CW, CH, CW, CH);
	series_title(&fig[i]);
	out_str(" over time</title>\n");
	/* value grid */
	/* At most a few dozen lines, whatever the values (huge, infinite). */
	for (v = vmin, grid = 0; v <= vmax + step / 2 && grid < 40;
	    v += step, grid++) {
		y = YP(v);
		outf("<line x1=\"%.0f\" y1=\"%.1f\" x2=\"%.0f\" y2=\"%.1f\" "
		    "stroke=\"#ddd\"/>", ML, y, CW - MR, y);
		if (v >= 1e6 && whole(v / 1e6) * 1e6 == v)
			outf("<text x=\"%.0f\" y=\"%.1f\" text-anchor=\"end\">"
			    "%gM</text>", ML - 6, y + 4, v / 1e6);
		else
			outf("<text x=\"%.0f\" y=\"%.1f\" text-anchor=\"end\">"
			    "%.10g</text>", ML - 6, y + 4, v);
	}
	/* time axis: years, or months for a short span */
	cal_civil_from_days(t0, &y0, &mm, &yy);
	cal_civil_from_days(t1, &y1, &mm, &yy);
	outf("<line x1=\"%.0f\" y1=\"%.0f\" x2=\"%.0f\" y2=\"%.0f\" "
	    "stroke=\"#333\"/>", ML, CH - MB, CW - MR, CH - MB);
	if (y1 - y0 >= 2) {
		ystep = (y1 - y0) / 8 + 1;
		for (yy = y0 + 1; yy <= y1; yy += ystep) {
			x = XP(cal_days_from_civil(yy, 1, 1));
			outf("<line x1=\"%.1f\" y1=\"%.0f\" x2=\"%.1f\" "
			    "y2=\"%.0f\" stroke=\"#eee\"/><text x=\"%.1f\" "
			    "y=\"%.0f\" text-anchor=\"middle\">%d</text>",
			    x, MT, x, CH - MB + 5, x, CH - MB + 18, yy);
		}
	} else {
		long d, months = (t1 - t0) / 30;
		int every = (int)(months / 8) + 1, y2, m2, d2, c = 0;

		for (d = t0; d < t1; d++) {
			cal_civil_from_days(d, &y2, &m2, &d2);
			if (d2 != 1 || c++ % every != 0)
				continue;
			x = XP(d);
			outf("<line x1=\"%.1f\" y1=\"%.0f\" x2=\"%.1f\" "
			    "y2=\"%.0f\" stroke=\"#eee\"/><text x=\"%.1f\" "
			    "y=\"%.0f\" text-anchor=\"middle\">%.3s %d</text>",
			    x, MT, x, CH - MB + 5, x, CH - MB + 18,
			    monthname[m2 - 1], y2);
		}
	}
	/* the series' line through the figure told by the most sources */
	out_str("<polyline fill=\"none\" stroke=\"#9db7d6\" "
	    "stroke-width=\"1.5\" points=\"");
	for (k = i; k < j; k++) {
		if (fig[k].per.prec == P_NONE)
			continue;
		outf("%.1f,%.1f ", (XP(fig[k].per.d0) + XP(fig[k].per.d1)) / 2,
		    YP(fig[k].v));
	}
	out_str("\"/>\n");
	for (k = i; k < j; k++) {
		if (fig[k].per.prec == P_NONE)
			continue;
		n = figure_items(&fig[k], &items, &cap);
		xa = XP(fig[k].per.d0);
		xb = XP(fig[k].per.d1);
		x = (xa + xb) / 2;
		for (m = 0; m < n; m++) {
			color = items[m].alt ? "#b3261e" : "#1f5fa8";
			y = YP(items[m].v);
			yh = YP(items[m].h);
			out_str("<g><title>");
			period_words(&fig[k].per);
			out_str(": ");
			value_words(&items[m], &fig[k].f[G_UNIT]);
			out_str(" \xe2\x80\x94 ");
			docs_out(&items[m].src, ", ");
			out_str("</title>");
			/* a month or a year is drawn across its span */
			if (xb - xa >= 3)
				outf("<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" "
				    "y2=\"%.1f\" stroke=\"%s\" "
				    "stroke-width=\"3\" opacity=\".55\"/>",
				    xa, y, xb, y, color);
			svg_marker(x, y, yh, &items[m], color);
			if (nb + 2 > cb) {
				cb = cb ? cb * 2 : 32;
				boxes = xreallocarray(boxes, cb,
				    sizeof(*boxes));
			}
			memset(&boxes[nb], 0, 2 * sizeof(*boxes));
			boxes[nb].x0 = x - 7;
			boxes[nb].x1 = x + 7;
			boxes[nb].y0 = (yh < y ? yh : y) - 7;
			boxes[nb].y1 = y + 7;
			nb++;
			boxes[nb].x0 = x + 11;
			boxes[nb].x1 = x + 11 + 7.0 * (double)(items[m].qual.len +
			    items[m].value.len + items[m].value.len / 3 + 1);
			boxes[nb].y0 = y - 6;
			boxes[nb].y1 = y + 6;
			boxes[nb].it = items[m];
			boxes[nb].color = color;
			boxes[nb].label = 1;
			nb++;
			out_str("</g>\n");
		}
	}
	labels_out(boxes, nb);
	out_str("</svg>\n");
#undef XP
#undef YP
	free(items);
	free(boxes);
}

static void
html_fig_table(size_t i, size_t j, int counted)
{
	struct item *items = NULL;
	size_t cap = 0, k, m, n;

	out_str("<table><thead><tr>");
	if (counted)
		out_str("<th>Counted</th>");
	out_str("<th style=\"width:26%\">Date</th><th style=\"width:30%\">"
	    "Value</th><th>Said by</th></tr></thead><tbody>\n");
	for (k = i; k < j; k++) {
		n = figure_items(&fig[k], &items, &cap);
		for (m = 0; m < n; m++) {
			out_str(items[m].alt ? "<tr class=\"alt\">" : "<tr>");
			if (counted) {
				out_str("<td>");
				if (m == 0)
					series_title(&fig[k]);
				out_str("</td>");
			}
			out_str("<td>");
			if (m == 0)
				period_words(&fig[k].per);
			out_str("</td><td>");
			if (items[m].alt)
				out_str("\xe2\x9c\x97 ");
			value_words(&items[m], &fig[k].f[G_UNIT]);
			out_str("</td><td>");
			docs_out(&items[m].src, " ");
			out_str("</td></tr>\n");
		}
	}
	out_str("</tbody></table>\n");
	free(items);
}

static void
html_legend(void)
{
	out_str("<div class=\"legend\">"
	    "<span><svg width=\"18\" height=\"18\"><circle cx=\"9\" cy=\"9\" "
	    "r=\"4.5\" fill=\"#1f5fa8\"/></svg> exact</span>"
	    "<span><svg width=\"22\" height=\"22\"><circle cx=\"11\" cy=\"11\" "
	    "r=\"9\" fill=\"none\" stroke=\"#1f5fa8\" stroke-dasharray=\"2 2\"/>"
	    "<circle cx=\"11\" cy=\"11\" r=\"4\" fill=\"#fff\" "
	    "stroke=\"#1f5fa8\" stroke-width=\"2\"/></svg> about (~)</span>"
	    "<span><svg width=\"14\" height=\"30\"><line x1=\"7\" y1=\"27\" "
	    "x2=\"7\" y2=\"6\" stroke=\"#1f5fa8\" stroke-width=\"2\"/><path "
	    "d=\"M7 2l-5 8h10z\" fill=\"#1f5fa8\"/><rect x=\"2\" y=\"25\" "
	    "width=\"10\" height=\"4\" fill=\"#1f5fa8\"/></svg> at least (solid)"
	    ", more than (dashed); down for at most, less than</span>"
	    "<span><svg width=\"34\" height=\"12\"><line x1=\"2\" y1=\"6\" "
	    "x2=\"32\" y2=\"6\" stroke=\"#1f5fa8\" stroke-width=\"3\" "
	    "opacity=\".55\"/></svg> figure dated to a month or year, "
	    "drawn across it</span>"
	    "<span><svg width=\"18\" height=\"18\"><circle cx=\"9\" cy=\"9\" "
	    "r=\"4.5\" fill=\"#b3261e\"/></svg> a value other sources gave "
	    "(disagreement)</span></div>\n");
}

static void
html_figures(void)
{
	size_t i, j, nother = 0, d;

	out_str("<section id=\"figures\"><h2>Figures over time</h2>\n");
	html_legend();
	for (i = 0; i < nfig; i = j) {
		j = series_end(i);
		if (!series_charted(i, j)) {
			nother++;
			continue;
		}
		out_str("<h3>");
		series_title(&fig[i]);
		out_str("</h3>\n<div class=\"fig\"><div class=\"chart\">");
		html_chart(i, j);
		d = series_dated(i, j);
		if (d < j - i)
			outf("<p class=\"meta\">%zu undated figure%s in the "
			    "table only.</p>", j - i - d, j - i - d == 1 ?
			    "" : "s");
		out_str("</div><div class=\"tab\">");
		html_fig_table(i, j, 0);
		out_str("</div></div>\n");
		out_end();
	}
	if (nother > 0) {
		out_str("<h3>Other figures</h3>\n");
		for (i = 0; i < nfig; i = j) {
			j = series_end(i);
			if (!series_charted(i, j)) {
				html_fig_table(i, j, 1);
				out_end();
			}
		}
	}
	out_str("</section>\n");
}

static void
html_report(void)
{
	size_t i;

	out_str("<!DOCTYPE html>\n<html lang=\"en\"><head>"
	    "<meta charset=\"utf-8\">\n<meta name=\"viewport\" "
	    "content=\"width=device-width,initial-scale=1\">\n<title>");
	html_esc(title, strlen(title));
	out_str("</title>\n<style>\n");
	out_str(css);
	out_str("</style></head>\n<body>\n<header><h1>");
	html_esc(title, strlen(title));
	out_str("</h1><p class=\"sum\">");
	summary();
	out_str("</p></header>\n");
	if (nev > 0 || nfig > 0)
		html_index();
	if (nev > 0) {
		out_str("<section id=\"timeline\"><h2>Timeline</h2>\n"
		    "<div class=\"legend\"><span><span class=\"track\"><span "
		    "style=\"left:41.67%;width:8.33%\"></span></span> where the "
		    "date falls in its year: a day is a tick, a month a "
		    "twelfth, a year the whole bar</span><span><span "
		    "class=\"badge conflict\">conflict</span> sources give "
		    "other dates</span><span><span class=\"badge future\">"
		    "future</span> after the article was written</span>"
		    "</div>\n");
		for (i = 0; i < nev; )
			i = html_year(i);
		out_str("</section>\n");
	}
	if (nfig > 0)
		html_figures();
	out_str("<footer>Made by chronoreport from the records of "
	    "mergeevents. Sources are document ids.</footer>\n"
	    "</body></html>\n");
}

static void
nouns_parse(const char *arg)
{
	const char *p = arg, *comma;

	for (;;) {
		comma = strchr(p, ',');
		nouns = xreallocarray(nouns, nnouns + 1, sizeof(*nouns));
		nouns[nnouns++] = xstrndup(p, comma ? (size_t)(comma - p) :
		    strlen(p));
		if (comma == NULL)
			break;
		p = comma + 1;
	}
}

static void
date_opt(const char *arg, struct period *p, int c)
{
	if (!period_parse(arg, strlen(arg), p) || p->prec < P_YEAR) {
		fprintf(stderr, "%s: -%c: expected a date YYYY, YYYY-MM or "
		    "YYYY-MM-DD, got '%s'\n", msg_prog, c, arg);
		opt_usage(USAGE);
	}
}

int
main(int argc, char *argv[])
{
	struct tsv_in in;
	size_t i;
	int c, unbuffered = 0;

	msg_init("chronoreport");
	opt_early(argc, argv, USAGE, HELP);
	while ((c = getopt(argc, argv, "c:f:hmqSt:T:uw")) != -1) {
		switch (c) {
		case 'c':
			nouns_parse(optarg);
			break;
		case 'f':
			date_opt(optarg, &from, c);
			have_from = 1;
			break;
		case 'h':
			opt_help(USAGE, HELP);
			break;
		case 'm':
			html = 0;
			break;
		case 'q':
			msg_quiet = 1;
			break;
		case 'S':
			nosrc = 1;
			break;
		case 't':
			title = optarg;
			break;
		case 'T':
			date_opt(optarg, &to, c);
			have_to = 1;
			break;
		case 'u':
			unbuffered = 1;
			break;
		case 'w':
			html = 1;
			break;
		default:
			opt_usage(USAGE);
		}
	}
	argc -= optind;
	argv += optind;
	out_init(unbuffered);
	if (argc == 0 && tsv_open(&in, "-") == 0) {
		read_input(&in);
		tsv_close(&in);
	}
	for (; argc > 0; argc--, argv++) {
		if (tsv_open(&in, *argv) != 0)
			continue;
		read_input(&in);
		tsv_close(&in);
	}
	if (nev > 0)
		qsort(ev, nev, sizeof(*ev), event_cmp);
	if (nfig > 0)
		qsort(fig, nfig, sizeof(*fig), figure_cmp);
	if (title == NULL)
		title = nfig == 0 ? "Chronology" : nev == 0 ? "Figures" :
		    "Chronology and figures";
	if (html)
		html_report();
	else
		md_report();
	out_close();
	for (i = 0; i < nev; i++)
		free(ev[i].line);
	for (i = 0; i < nfig; i++)
		free(fig[i].line);
	free(ev);
	free(fig);
	for (i = 0; i < nnouns; i++)
		free(nouns[i]);
	free(nouns);
	return msg_status;
}
