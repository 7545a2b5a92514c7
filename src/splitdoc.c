/*
 * splitdoc: news documents in (plain text, HTML, JSON Lines), one
 * record per sentence out, each traceable to its document and byte
 * offset, with the document's creation date where it can be found.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

#include "cal.h"
#include "lex.h"
#include "msg.h"
#include "opt.h"
#include "rec.h"
#include "tsv.h"
#include "utf8.h"

static const char usage_line[] =
    "[-DHqux] [-d date] [-f format] [-i id] [-k name=field[,field...]] "
    "[file ...]";

static const char help_text[] =
    "Split news documents into sentence records:\n"
    "doc, dct, para, sent, kind, offset, text (see chronutils(7)).\n"
    "\n"
    "  -D          drop page furniture (default: keep it, kind furniture)\n"
    "  -d date     document creation date YYYY-MM-DD for every document\n"
    "  -f format   input format: text, html or jsonl (default: guessed)\n"
    "  -H          write a header line\n"
    "  -i id       document id (default: the file name without its\n"
    "              directory and extension, or the JSON id field)\n"
    "  -k name=field[,field...]\n"
    "              JSON field holding the id, date, title or text\n"
    "  -q          do not report repaired input\n"
    "  -u          flush every record (for live pipelines)\n"
    "  -x          write each document's text, as the offsets count it,\n"
    "              instead of records; documents end with a form feed line\n"
    "  -h, --help  this help;  --version  the version\n";

enum format { FMT_AUTO, FMT_TEXT, FMT_HTML, FMT_JSONL };

enum kind { K_TEXT, K_HEAD, K_ITEM, K_CAPTION, K_META, K_FURNITURE };

static const char *const kind_names[] = {
	"text", "head", "item", "caption", "meta", "furniture"
};

/* JSON fields looked for, in order; -k replaces a list. */
enum { JF_ID, JF_DATE, JF_TITLE, JF_TEXT, JF_N };

static const char *const jf_names[JF_N] = { "id", "date", "title", "text" };

static const char *jf_default[JF_N] = {
	"id,doc_id,docid,guid,uuid,_id",
	"date,dct,published,published_at,publishedAt,pubdate,pub_date,"
	    "datePublished,date_published,publish_date,created_at,timestamp",
	"title,headline",
	"text,body,content,article,maintext,story"
};

static char *jf_lists[JF_N];

static int opt_drop, opt_extract, opt_header;
static const char *opt_dct, *opt_id;
static enum format opt_format = FMT_AUTO;

/* A growing byte buffer. */
struct buf {
	char	*s;
	size_t	 len, cap;
};

static void
buf_grow(struct buf *b, size_t more)
{
	size_t need = b->len + more + 1;

	if (need < more)
		msg_die(EXIT_SYSTEM, "buffer too large");
	if (need > b->cap) {
		b->cap = b->cap ? b->cap : 256;
		while (b->cap < need)
			b->cap = b->cap > SIZE_MAX / 2 ? need : b->cap * 2;
		b->s = xreallocarray(b->s, b->cap, 1);
	}
}

static void
buf_add(struct buf *b, const char *s, size_t n)
{
	buf_grow(b, n);
	memcpy(b->s + b->len, s, n);
	b->len += n;
	b->s[b->len] = '\0';
}

static void
buf_addc(struct buf *b, int c)
{
	buf_grow(b, 1);
	b->s[b->len++] = (char)c;
	b->s[b->len] = '\0';
}

static void
buf_free(struct buf *b)
{
	free(b->s);
	memset(b, 0, sizeof(*b));
}

/* The document being split. */
struct doc {
	char		*id;
	char		 dct[11];	/* YYYY-MM-DD, or "-" */
	const char	*file;		/* for messages */
	unsigned long	 line;		/* first line of the document */
	unsigned long	 para, sent;
	unsigned long	 meta_off;	/* offset of the dateline, or -1 */
	size_t		 meta_len;	/* and its length */
	unsigned long	 serial;	/* documents so far, this one too */
};

/* Document ids used so far, so that every id is unique in a run. */
static char **ids;
static size_t nids, capids;

/*
 * The slot of id in the table: where it is, or the empty slot where
 * it belongs (FNV-1a hash, linear probing).
 */
static size_t
id_slot(const char *id)
{
	size_t i;
	uint32_t h = 2166136261u;
	const char *p;

	for (p = id; *p; p++)
		h = (h ^ (unsigned char)*p) * 16777619u;
	for (i = h & (capids - 1); ids[i] != NULL; i = (i + 1) & (capids - 1))
		if (strcmp(ids[i], id) == 0)
			break;
	return i;
}

static int
id_seen(const char *id)
{
	return ids[id_slot(id)] != NULL;
}

static void
id_insert(char *id)
{
	size_t i, oldcap = capids;
	char **old = ids;

	if (2 * (nids + 1) > capids) {
		capids = capids ? capids * 2 : 64;
		ids = xcalloc(capids, sizeof(*ids));
		nids = 0;
		for (i = 0; i < oldcap; i++)
			if (old[i] != NULL)
				id_insert(old[i]);
		free(old);
	}
	ids[id_slot(id)] = id;
	nids++;
}

/*
 * A field-safe, unique id: TAB, CR, LF and spaces become '_', a
 * leading '#' (which would make the record a comment) too, and a
 * repeated id gets "-2", "-3", ...
 */
static char *
id_make(const char *s, size_t n)
{
	char *id, *p;
	size_t len;
	unsigned long dup;

	if (n == 0) {
		s = "doc";
		n = 3;
	}
	id = xstrndup(s, n);
	for (p = id; *p; p++)
		if (*p == '\t' || *p == '\r' || *p == '\n' || *p == ' ')
			*p = '_';
	if (id[0] == '#')
		id[0] = '_';
	if (capids == 0 || !id_seen(id)) {
		id_insert(id);
		return xstrndup(id, strlen(id));
	}
	len = strlen(id);
	for (dup = 2;; dup++) {
		char *cand = xmalloc(len + 24);

		memcpy(cand, id, len);
		snprintf(cand + len, 24, "-%lu", dup);
		if (!id_seen(cand)) {
			free(id);
			id_insert(cand);
			return xstrndup(cand, strlen(cand));
		}
		free(cand);
	}
}

static void
ids_free(void)
{
	size_t i;

	for (i = 0; i < capids; i++)
		free(ids[i]);
	free(ids);
}

/* The id a file gives its documents: no directory, no extension. */
static char *
id_from_path(const char *path)
{
	const char *base, *dot;

	if (opt_id != NULL)
		return id_make(opt_id, strlen(opt_id));
	if (strcmp(path, "-") == 0)
		return id_make("stdin", 5);
	base = strrchr(path, '/');
	base = base ? base + 1 : path;
	dot = strrchr(base, '.');
	if (dot == NULL || dot == base)
		dot = base + strlen(base);
	return id_make(base, (size_t)(dot - base));
}

/* Character classes, ASCII only: the rules below are for English. */
#define IS_UPPER(c)	((c) >= 'A' && (c) <= 'Z')
#define IS_LOWER(c)	((c) >= 'a' && (c) <= 'z')
#define IS_ALPHA(c)	(IS_UPPER(c) || IS_LOWER(c))
#define IS_DIGIT(c)	((c) >= '0' && (c) <= '9')
#define TO_LOWER(c)	(IS_UPPER(c) ? (c) + ('a' - 'A') : (c))
#define TO_UPPER(c)	(IS_LOWER(c) ? (c) - ('a' - 'A') : (c))

/* No byte of the eight at p is a control byte, DEL or above ASCII. */
static int
plain8(const char *p)
{
	uint64_t w, high = 0x8080808080808080ull, ones = 0x0101010101010101ull;

	memcpy(&w, p, 8);
	/* A byte below 0x20, or of 0x7F and up once 0x01 is added. */
	return ((w - ones * 0x20) & ~w & high) == 0 &&
	    (((w + ones) | w) & high) == 0;
}

/*
 * Makes one line of input safe to write as a field: NUL and other
 * control bytes become spaces and each byte of an invalid UTF-8
 * sequence becomes '?', one for one, so offsets stay exact.  The first
 * problem on a line is reported.
 */
static void
sanitize(char *s, size_t n, const char *file, unsigned long line)
{
	size_t i, k, col = 0;
	const char *what = NULL;

	for (i = 0; i < n; i += k) {
		unsigned char c;

		/*
		 * Eight bytes at a time while all are printable ASCII; the
		 * last eight, which may overlap bytes already seen, too.
		 */
		while (n - i >= 8 && plain8(s + i))
			i += 8;
		if (i >= n || (n - i < 8 && n >= 8 && plain8(s + n - 8)))
			break;
		c = (unsigned char)s[i];
		k = 1;
		if (c >= 0x20 && c < 0x7F)
			continue;
		if (c < 0x80) {
			if (c == '\0' && what == NULL) {
				what = "NUL byte";
				col = i + 1;
			}
			if (c < 0x20 || c == 0x7F)
				s[i] = ' ';
			continue;
		}
		if ((k = utf8_valid((unsigned char *)s + i, n - i)) == 0) {
			if (what == NULL) {
				what = "invalid UTF-8";
				col = i + 1;
			}
			s[i] = '?';
			k = 1;
		} else if (k == 3 && c == 0xEF && (unsigned char)s[i + 1] ==
		    0xBB && (unsigned char)s[i + 2] == 0xBF) {
			/* A byte order mark is no text. */
			memset(s + i, ' ', 3);
		}
	}
	if (what != NULL)
		msg_warn(file, line, "%s at byte %zu, replaced", what, col);
}

/*
 * Binary data: control bytes and invalid UTF-8 in more than a tenth of
 * the first 4 KiB (and at least four of them) make no document.
 */
static int
looks_binary(const char *s, size_t n)
{
	size_t i, k, bad = 0;

	if (n > 4096)
		n = 4096;
	for (i = 0; i < n; i += k) {
		unsigned char c = (unsigned char)s[i];

		k = 1;
		if (c < 0x20 && c != '\t' && c != '\r' && c != '\n' &&
		    c != '\f')
			bad++;
		else if (c >= 0x80 &&
		    (k = utf8_valid((const unsigned char *)s + i, n - i)) == 0) {
			bad++;
			k = 1;
		}
	}
	return bad >= 4 && bad * 10 > n;
}

/*
 * Dates for the document creation date: "2020-01-05", "January 5,
 * 2020", "Jan. 5 2020", "5 January 2020", "Sun, 05 Jan 2020", and in
 * metadata also "01/05/2020" (month first).  The first complete date
 * in s[0..n) wins; *at and *end give its place.
 */
static int
num_at(const char *s, size_t n, size_t i, size_t maxd, int *v, size_t *end)
{
	size_t j = i;
	int x = 0;

	while (j < n && j - i < maxd && IS_DIGIT(s[j]))
		x = x * 10 + (s[j++] - '0');
	if (j == i || (j < n && IS_DIGIT(s[j])))
		return 0;
	*v = x;
	*end = j;
	return 1;
}

static size_t
skip_sp(const char *s, size_t n, size_t i)
{
	while (i < n && (s[i] == ' ' || s[i] == ','))
		i++;
	return i;
}

static int
month_at(const char *s, size_t n, size_t i, int *m, size_t *end)
{
	size_t j = i;

	while (j < n && IS_ALPHA(s[j]))
		j++;
	if (j == i || (i > 0 && IS_ALPHA(s[i - 1])))
		return 0;
	if ((*m = lex_month(s + i, j - i)) == 0)
		return 0;
	if (j < n && s[j] == '.')
		j++;
	*end = j;
	return 1;
}

static int
find_date(const char *s, size_t n, int numeric, int *y, int *m, int *d,
    size_t *at, size_t *end)
{
	size_t i, j, k;
	int a, b, c;

	for (i = 0; i < n; i++) {
		if (i > 0 && (IS_ALPHA(s[i - 1]) || IS_DIGIT(s[i - 1])))
			continue;
		if (IS_DIGIT(s[i]) && num_at(s, n, i, 4, &a, &j)) {
			/* 2020-01-05, 2020/01/05 */
			if (j - i == 4 && j < n && (s[j] == '-' || s[j] == '/') &&
			    num_at(s, n, j + 1, 2, &b, &k) && k < n &&
			    s[k] == s[j] && num_at(s, n, k + 1, 2, &c, &k) &&
			    cal_valid(a, b, c)) {
				*y = a, *m = b, *d = c, *at = i, *end = k;
				return 1;
			}
			/* 01/05/2020 */
			if (numeric && j - i <= 2 && j < n && s[j] == '/' &&
			    num_at(s, n, j + 1, 2, &b, &k) && k < n &&
			    s[k] == '/' && num_at(s, n, k + 1, 4, &c, &k) &&
			    cal_valid(c, a, b)) {
				*y = c, *m = a, *d = b, *at = i, *end = k;
				return 1;
			}
			/* 5 January 2020 */
			if (j - i <= 2 && month_at(s, n, skip_sp(s, n, j), &b,
			    &k) && num_at(s, n, skip_sp(s, n, k), 4, &c, &k) &&
			    c >= 1000 && cal_valid(c, b, a)) {
				*y = c, *m = b, *d = a, *at = i, *end = k;
				return 1;
			}
		}
		/* January 5, 2020 */
		if (IS_ALPHA(s[i]) && month_at(s, n, i, &b, &j) &&
		    num_at(s, n, skip_sp(s, n, j), 2, &a, &k)) {
			k += (k + 1 < n && IS_ALPHA(s[k]) && IS_ALPHA(s[k + 1]) &&
			    (lex_ieq(s + k, 2, "st") || lex_ieq(s + k, 2, "nd") ||
			    lex_ieq(s + k, 2, "rd") || lex_ieq(s + k, 2, "th")))
			    ? 2 : 0;
			if (num_at(s, n, skip_sp(s, n, k), 4, &c, &k) &&
			    c >= 1000 && cal_valid(c, b, a)) {
				*y = c, *m = b, *d = a, *at = i, *end = k;
				return 1;
			}
		}
	}
	return 0;
}

/* A date from metadata: a date as above, or seconds since the epoch. */
static int
meta_date(const char *s, size_t n, char *dct)
{
	int y, m, d;
	size_t at, end, i;
	long long secs = 0;

	if (find_date(s, n, 1, &y, &m, &d, &at, &end)) {
		cal_format_iso(dct, y, m, d);
		return 1;
	}
	for (i = 0; i < n && IS_DIGIT(s[i]) && i < 13; i++)
		secs = secs * 10 + (s[i] - '0');
	if (i == n && n >= 9) {
		if (n >= 13)
			secs /= 1000;	/* milliseconds */
		cal_civil_from_days((long)(secs / 86400), &y, &m, &d);
		if (cal_valid(y, m, d)) {
			cal_format_iso(dct, y, m, d);
			return 1;
		}
	}
	return 0;
}

static int
starts_with_word(const char *s, size_t n, const char *w)
{
	size_t k = strlen(w);

	return n >= k && lex_ieq(s, k, w) && (n == k || !IS_ALPHA(s[k]));
}

/*
 * A line near the top that dates the document: short and holding a
 * full date ("date 2020-01-05 Updated 11:51 a.m. ET Sunday", "January
 * 5, 2020"), a "Published"/"Updated"/"Posted" line, or a dateline
 * ("WASHINGTON, Jan. 5, 2020 (AP) -- ...") whose date comes early.
 * A date further into a sentence is one the article talks about.
 */
static int
dateline(const char *s, size_t n, char *dct, int *whole)
{
	static const char *const keys[] = {
		"date", "dated", "published", "updated", "posted",
		"last updated", "first published", "filed", NULL
	};
	size_t i, at, end;
	int y, m, d, keyed = 0;

	while (n > 0 && s[0] == ' ')
		s++, n--;
	while (n > 0 && s[n - 1] == ' ')
		n--;
	for (i = 0; keys[i] != NULL; i++)
		if (starts_with_word(s, n, keys[i]))
			keyed = 1;
	if (!find_date(s, n < 400 ? n : 400, 0, &y, &m, &d, &at, &end))
		return 0;
	*whole = 0;
	if (n <= 100 || (keyed && at < 40)) {
		*whole = n <= 160;
		cal_format_iso(dct, y, m, d);
		return 1;
	}
	/* A dateline: capitals, then the date within the first words. */
	if (at < 40 && n > 1 && IS_UPPER(s[0]) && IS_UPPER(s[1])) {
		cal_format_iso(dct, y, m, d);
		return 1;
	}
	return 0;
}

/* --- Sentences ---------------------------------------------------- */

struct span {
	size_t	 start, end;
	int	 kind;
};

static void sentence(const char *, size_t, size_t, int);

/*
 * A sentence is t[start..end) without the spaces around it; phrased
 * says whether the scan saw one of the inside phrases in it.
 */
static void
span_push(const char *t, size_t start, size_t end, int phrased)
{
	while (end > start && t[end - 1] == ' ')
		end--;
	while (start < end && t[start] == ' ')
		start++;
	if (start < end)
		sentence(t, start, end, phrased);
}

/*
 * A word list as a small hash table, built once: the abbreviation and
 * opener lists are looked up at every period.
 */
#define WS_SLOTS	512

struct wordset {
	const char *const	*list;
	short			 slot[WS_SLOTS];	/* list index + 1 */
};

static unsigned
ws_hash(const char *s, size_t n)
{
	unsigned h = 2166136261u;

	while (n-- > 0)
		h = (h ^ (unsigned char)*s++) * 16777619u;
	return h & (WS_SLOTS - 1);
}

static void
ws_init(struct wordset *ws, const char *const *list)
{
	size_t i;
	unsigned h;

	ws->list = list;
	for (i = 0; list[i] != NULL; i++) {
		for (h = ws_hash(list[i], strlen(list[i])); ws->slot[h] != 0;
		    h = (h + 1) & (WS_SLOTS - 1))
			;
		ws->slot[h] = (short)(i + 1);
	}
}

static int
ws_has(const struct wordset *ws, const char *s, size_t n)
{
	unsigned h;
	const char *w;

	if (n == 0 || n > 16)
		return 0;
	for (h = ws_hash(s, n); ws->slot[h] != 0; h = (h + 1) & (WS_SLOTS - 1)) {
		w = ws->list[ws->slot[h] - 1];
		if (strncmp(w, s, n) == 0 && w[n] == '\0')
			return 1;
	}
	return 0;
}

static int
in_list(const char *s, size_t n, const char *const *list)
{
	if (n == 0)
		return 0;
	for (; *list != NULL; list++)
		if ((*list)[0] == s[0] && strncmp(*list, s, n) == 0 &&
		    (*list)[n] == '\0')
			return 1;
	return 0;
}

static struct wordset ws_titles, ws_enders, ws_openers, ws_joiners;

/* Abbreviations before a name: never the end of a sentence. */
static const char *const titles[] = {
	"Mr", "Mrs", "Ms", "Messrs", "Mme", "Dr", "Prof", "Rev", "Hon",
	"Gen", "Lt", "Col", "Maj", "Capt", "Cpt", "Sgt", "Cpl", "Pvt", "Adm",
	"Cmdr", "Cdr", "Brig", "Gov", "Sen", "Rep", "Sec", "Pres", "Amb",
	"Supt", "Insp", "Det", "Atty", "Fr", "St", "Ste", "Mt", "Ft", "Sgt",
	"vs", "v", "Nos", "No", "Vol", "Fig", "Art", "Ch", "Op", "pp", "Ref",
	"approx", "ca", "cf", NULL
};

/* Abbreviations that may end a sentence: only before a sentence opener. */
static const char *const enders[] = {
	"Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept",
	"Oct", "Nov", "Dec", "Mon", "Tue", "Tues", "Wed", "Thu", "Thur",
	"Thurs", "Fri", "Sat", "Sun", "Inc", "Ltd", "Corp", "Co", "Cos",
	"Bros", "Jr", "Sr", "Esq", "PhD", "etc", "al", "Dept", "Univ",
	"Assn", "Ave", "Blvd", "Rd", "Hwy", "est", "min", "max", "Ky", "Va",
	"Ga", "Pa", "Fla", "Calif", "Mass", "Conn", "Wash", "Ariz", "Colo",
	"Ill", "Ind", "Kan", "Mich", "Minn", "Miss", "Mo", "Neb", "Nev",
	"Okla", "Ore", "Tenn", "Tex", "Wis", "Wyo", "Ala", "Ark", "Del",
	"Md", "Mont", "Vt", NULL
};

/* Words that open sentences; after "U.S." or "Inc." they mean a cut. */
static const char *const openers[] = {
	"The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "In",
	"On", "At", "But", "And", "Or", "So", "This", "That", "These",
	"Those", "There", "Then", "Here", "His", "Her", "Its", "Their", "Our",
	"My", "Your", "After", "Before", "When", "While", "As", "If", "For",
	"Some", "Many", "Most", "No", "Not", "Now", "Yet", "Still", "Also",
	"Meanwhile", "However", "Although", "Though", "Since", "Because",
	"Once", "What", "Who", "Why", "How", "Where", "Which", "According",
	"Both", "Each", "Every", "All", "Such", "Other", "Another", "Last",
	"Earlier", "Later", "Officials", "Instead", "Under", "With", "By",
	"From", "To", "Despite", "During", "Over", "That's", "It's", "There's",
	NULL
};

/* A closing quote or bracket at t[i]; its length in *len. */
static int
closer_at(const char *t, size_t n, size_t i, size_t *len)
{
	unsigned char c = (unsigned char)t[i];

	*len = 1;
	if (c == '"' || c == '\'' || c == ')' || c == ']')
		return 1;
	if (c == 0xE2 && i + 2 < n && (unsigned char)t[i + 1] == 0x80 &&
	    ((unsigned char)t[i + 2] == 0x9D || (unsigned char)t[i + 2] == 0x99)) {
		*len = 3;		/* ” ’ */
		return 1;
	}
	if (c == 0xC2 && i + 1 < n && (unsigned char)t[i + 1] == 0xBB) {
		*len = 2;		/* » */
		return 1;
	}
	return 0;
}

/* An opening quote or bracket at t[i]: “ ‘ « " ' ( [ */
static int
opener_at(const char *t, size_t n, size_t i)
{
	unsigned char c = (unsigned char)t[i];

	if (c == '"' || c == '\'' || c == '(' || c == '[')
		return 1;
	if (c == 0xE2 && i + 2 < n && (unsigned char)t[i + 1] == 0x80 &&
	    ((unsigned char)t[i + 2] == 0x9C || (unsigned char)t[i + 2] == 0x98))
		return 1;
	return c == 0xC2 && i + 1 < n && (unsigned char)t[i + 1] == 0xAB;
}

static int
ellipsis_at(const char *t, size_t n, size_t i)
{
	return i + 2 < n && (unsigned char)t[i] == 0xE2 &&
	    (unsigned char)t[i + 1] == 0x80 && (unsigned char)t[i + 2] == 0xA6;
}

/* The word before a period: t[ws..we), leading quotes and brackets off. */
static void
word_before(const char *t, size_t tok, size_t end, size_t *ws, size_t *we)
{
	size_t s = tok;

	while (s < end && !IS_ALPHA(t[s]) && !IS_DIGIT(t[s]))
		s++;
	*ws = s;
	*we = end;
}

static int
is_initial(const char *t, size_t ws, size_t we)
{
	return we - ws == 1 && IS_UPPER(t[ws]);
}

/* "U.S", "a.m", "e.g", "D.C": letters in groups of one or two, dotted. */
static int
is_dotted(const char *t, size_t ws, size_t we)
{
	size_t i, run = 0, dots = 0;

	for (i = ws; i < we; i++) {
		if (t[i] == '.') {
			if (run == 0)
				return 0;
			dots++;
			run = 0;
		} else if (IS_ALPHA(t[i])) {
			if (++run > 2)
				return 0;
		} else
			return 0;
	}
	return dots > 0 && run > 0;
}

static int
opener_word(const char *t, size_t n, size_t i)
{
	size_t j = i;

	while (j < n && (IS_ALPHA(t[j]) || t[j] == '\''))
		j++;
	return ws_has(&ws_openers, t + i, j - i);
}

/*
 * After ". " (or "! ", "? "), is there a new sentence?  c is the mark,
 * [ws, we) the word before it, m the first byte after the spaces.
 */
static int
cut_after(const char *t, size_t n, int c, int quoted, size_t ws, size_t we,
    size_t m)
{
	unsigned char nc = (unsigned char)t[m];

	if (IS_LOWER(nc))
		return 0;
	if (c != '.' || quoted)
		return 1;
	if (we == ws)
		return 1;
	if (ws_has(&ws_titles, t + ws, we - ws))
		return 0;
	if (IS_DIGIT(nc) && lex_month(t + ws, we - ws) != 0)
		return 0;
	if (is_initial(t, ws, we))
		return 0;
	if (is_dotted(t, ws, we) || ws_has(&ws_enders, t + ws, we - ws))
		return opener_word(t, n, m);
	return 1;
}

/*
 * "Soleimani.The", "al-Muhandis.The", "death.Meanwhile", "order.U.S.",
 * "Sunday.CLICK": a period with a capital right after it (or a capital
 * initialism such as U.S.), where the word before is a lower-case word
 * of three letters or more, hyphens inside, that no abbreviation list
 * holds.
 */
static int
glued_after_period(const char *t, size_t n, size_t ws, size_t we, size_t k)
{
	if (k + 1 >= n || !IS_UPPER(t[k]) || (t[k + 1] == '.' &&
	    !(k + 3 < n && IS_UPPER(t[k + 2]) && t[k + 3] == '.')))
		return 0;
	if (we - ws < 3 || !IS_LOWER(t[we - 1]) || !IS_ALPHA(t[ws]))
		return 0;
	for (size_t i = ws; i < we; i++)
		if (!IS_ALPHA(t[i]) && t[i] != '-')
			return 0;
	return !ws_has(&ws_titles, t + ws, we - ws) &&
	    !ws_has(&ws_enders, t + ws, we - ws);
}

/* Where the token holding t[i] starts, no further back than s. */
static size_t
token_start(const char *t, size_t s, size_t i)
{
	while (i > s && t[i - 1] != ' ')
		i--;
	return i;
}

/* Letters of t[s..e) are all capitals (at least two). */
static int
all_caps_word(const char *t, size_t s, size_t e)
{
	size_t i, letters = 0;

	for (i = s; i < e; i++) {
		if (IS_LOWER(t[i]))
			return 0;
		if (IS_UPPER(t[i]))
			letters++;
	}
	return letters >= 2;
}

/*
 * "REPORTThe", "APPThe": a run of capitals glued to a capitalized word,
 * inside a run of all-capital words (a promo headline pasted into the
 * text).  Returns 1 if t[p] starts the glued word.
 */
static int
glued_caps(const char *t, size_t n, size_t s, size_t p)
{
	size_t pe, ps, tok;

	if (p + 1 >= n || !IS_LOWER(t[p + 1]) || p < s + 2 ||
	    !IS_UPPER(t[p - 1]) || !IS_UPPER(t[p - 2]))
		return 0;
	tok = token_start(t, s, p);
	if (p < tok + 2)
		return 0;
	if (!all_caps_word(t, tok, p))
		return 0;
	/* The word before must be capitals too. */
	pe = tok;
	while (pe > 0 && t[pe - 1] == ' ')
		pe--;
	ps = pe;
	while (ps > 0 && t[ps - 1] != ' ')
		ps--;
	return pe > ps && all_caps_word(t, ps, pe);
}

/* URLs, e-mail addresses and handles are kept whole. */
static int
urlish(const char *t, size_t n)
{
	size_t i;
	int at = 0;

	if (n >= 4 && memcmp(t, "www.", 4) == 0)
		return 1;
	if (n > 1 && t[0] == '@')
		return 1;
	for (i = 0; i + 2 < n; i++) {
		if (t[i] == ':' && t[i + 1] == '/' && t[i + 2] == '/')
			return 1;
		if (t[i] == '@' && i > 0)
			at = 1;
		if (t[i] == '.' && at)
			return 1;
		if (t[i] == '.' && IS_LOWER(t[i + 1]) && i > 0 &&
		    IS_LOWER(t[i - 1]) && memchr(t + i, '/', n - i) != NULL)
			return 1;
	}
	return 0;
}

/*
 * Phrases that make a short segment page furniture, or a byline or
 * credit (metadata, not events), wherever they stand in it.  Each has
 * an anchor, a byte of it that with the byte before it is rare in text:
 * the search looks at anchors only, not at every word start.
 */
static const struct phrase {
	const char	*text;
	int		 kind;
	char		 anchor;
} inside[] = {
	{ "pic.twitter.com/", K_FURNITURE, '/' },
	{ "all rights reserved", K_FURNITURE, 'v' },
	{ "newsletter", K_FURNITURE, 's' },
	{ "in your inbox", K_FURNITURE, 'x' },
	{ "daily email", K_FURNITURE, 'y' },
	{ "licensing questions", K_FURNITURE, 'u' },
	{ "contributed to this report", K_META, 'b' },
	{ "contributed reporting", K_META, 'b' },
	{ NULL, 0, 0 }
};

#define NPHRASES	(sizeof(inside) / sizeof(inside[0]) - 1)

/*
 * The first phrase a byte is the anchor of, and the next with the same
 * anchor (index + 1, 0 for none); where the anchor is, how long it is.
 */
static unsigned char anchor_of[256], anchor_next[NPHRASES];
static size_t anchor_off[NPHRASES], phrase_len[NPHRASES];

/* w (lower case) occurs in s[0..n), ignoring case. */
static int
has_ci(const char *s, size_t n, const char *w)
{
	size_t k = strlen(w);
	const char *p, *end = s + n;
	int pass;

	if (n < k)
		return 0;
	/* A last byte without case, the '/' of a link, is rarer still. */
	if (!IS_ALPHA(w[k - 1])) {
		for (p = s + k - 1; p < end &&
		    (p = memchr(p, w[k - 1], (size_t)(end - p))) != NULL; p++)
			if (lex_ieq(p - (k - 1), k, w))
				return 1;
		return 0;
	}
	/* memchr finds the first letter fast, in either case. */
	for (pass = 0; pass < 2; pass++) {
		int c = pass ? TO_UPPER(w[0]) : w[0];

		if (pass && c == w[0])
			break;
		for (p = s; (size_t)(end - p) >= k &&
		    (p = memchr(p, c, (size_t)(end - p) - k + 1)) != NULL; p++)
			if (lex_ieq(p, k, w))
				return 1;
	}
	return 0;
}

/*
 * What the sentence scanner stops at, by a byte and the byte before
 * it: . ! ? quotes, brackets and the lead byte of an ellipsis or curly
 * quote after anything (STOP_MARK); an inside phrase's anchor after
 * the byte before it in the phrase (STOP_ANCHOR); two spaces, which
 * may begin a wide gap (STOP_GAP); two capitals, which may begin a
 * glued word (STOP_CAPS).  A pair of bytes is looked at, not one, as
 * single capitals and anchor letters are too common to stop at.
 */
#define STOP_MARK	1
#define STOP_ANCHOR	2
#define STOP_GAP	4
#define STOP_CAPS	8

static unsigned char pair_stop[256][256];

/* Letters and digits. */
static unsigned char alnum[256];

static void
scan_init(void)
{
	static const char marks[] = ".!?\"'([\xE2\xC2";
	const char *m;
	size_t i;
	int a, b, c;

	for (i = NPHRASES; i-- > 0;) {
		c = (unsigned char)inside[i].anchor;
		anchor_next[i] = anchor_of[c];
		anchor_of[c] = anchor_of[TO_UPPER(c)] = (unsigned char)(i + 1);
		anchor_off[i] = (size_t)(strchr(inside[i].text, c) -
		    inside[i].text);
		phrase_len[i] = strlen(inside[i].text);
		/* Both bytes of the pair in either case. */
		b = (unsigned char)inside[i].text[anchor_off[i] - 1];
		pair_stop[b][c] |= STOP_ANCHOR;
		pair_stop[TO_UPPER(b)][c] |= STOP_ANCHOR;
		pair_stop[b][TO_UPPER(c)] |= STOP_ANCHOR;
		pair_stop[TO_UPPER(b)][TO_UPPER(c)] |= STOP_ANCHOR;
	}
	for (c = 0; c < 256; c++)
		alnum[c] = IS_ALPHA(c) || IS_DIGIT(c);

	for (a = 0; a < 256; a++)
		for (m = marks; *m != '\0'; m++)
			pair_stop[a][(unsigned char)*m] |= STOP_MARK;
	pair_stop[' '][' '] |= STOP_GAP;
	for (a = 'A'; a <= 'Z'; a++)
		for (c = 'A'; c <= 'Z'; c++)
			pair_stop[a][c] |= STOP_CAPS;
}

/*
 * An inside phrase whose anchor is t[i] is spelled out in full, from
 * no earlier than s (where the sentence starts).  Where it stands in
 * its sentence is left to phrase_kind().
 */
static int
phrase_at(const char *t, size_t n, size_t s, size_t i)
{
	size_t k, at;

	for (k = anchor_of[(unsigned char)t[i]]; k-- != 0; k = anchor_next[k]) {
		if (i - s < anchor_off[k])
			continue;
		at = i - anchor_off[k];
		if (TO_LOWER(t[at]) == inside[k].text[0] &&
		    n - at >= phrase_len[k] &&
		    lex_ieq(t + at, phrase_len[k], inside[k].text))
			return 1;
	}
	return 0;
}

/*
 * Straight double quotes in t[0..upto), counted as the scan moves on:
 * an even count means a quote at upto opens a quotation.
 */
struct quotes {
	size_t	 pos, count;
};

static int
quote_opens(struct quotes *q, const char *t, size_t upto)
{
	for (; q->pos < upto; q->pos++)
		q->count += t[q->pos] == '"';
	return q->count % 2 == 0;
}

/* If a URL, address or handle starts at t[i], where it ends; else i. */
static size_t
url_at(const char *t, size_t n, size_t i)
{
	size_t te = i;
	int maybe = 0;

	/* Only a token with '/', '@' or "www." can be one. */
	for (; te < n && t[te] != ' '; te++)
		maybe |= t[te] == '/' || t[te] == '@';
	if (!(maybe || (te - i > 4 && memcmp(t + i, "www.", 4) == 0)) ||
	    !urlish(t + i, te - i))
		return i;
	/* Trailing punctuation is not part of it. */
	while (te > i + 1 && strchr(".,;:!?)\"'", t[te - 1]))
		te--;
	return te;
}

/*
 * The bytes that may make a token a URL, '/', '@' and the '.' of
 * "www.", where they are next in a paragraph: found with memchr, and
 * each kept until the scan passes it, so no byte is searched twice.
 */
struct url_marks {
	size_t	 slash, at, www;
};

/* Where c is at or after t[p]; n if nowhere. */
static size_t
byte_next(const char *t, size_t n, size_t p, int c)
{
	const char *q = p < n ? memchr(t + p, c, n - p) : NULL;

	return q != NULL ? (size_t)(q - t) : n;
}

/* The first of the marks at or after t[p]; n if none. */
static size_t
url_mark_next(struct url_marks *u, const char *t, size_t n, size_t p)
{
	size_t m;

	if (u->slash < p)
		u->slash = byte_next(t, n, p, '/');
	if (u->at < p)
		u->at = byte_next(t, n, p, '@');
	while (u->www < n && (u->www < p || u->www < 3 ||
	    memcmp(t + u->www - 3, "www", 3) != 0))
		u->www = byte_next(t, n, u->www < p ? p : u->www + 1, '.');
	m = u->slash < u->at ? u->slash : u->at;
	return m < u->www ? m : u->www;
}

/*
 * The first URL, address or handle that starts a token at or after
 * t[i]: its start, and its end in *end; n if there is none.
 */
static size_t
url_next(struct url_marks *u, const char *t, size_t n, size_t i,
    size_t *end)
{
	size_t p, ts;

	for (p = i; (p = url_mark_next(u, t, n, p)) < n; p++) {
		/* A token that began before i was looked at before. */
		ts = token_start(t, i, p);
		if ((ts > i || i == 0 || t[i - 1] == ' ') &&
		    (*end = url_at(t, n, ts)) != ts)
			return ts;
		while (p < n && t[p] != ' ')
			p++;
	}
	return n;
}

/*
 * Cuts t[0..n) into sentences, each passed to sentence().  Returns
 * whether t holds a '/', which the caller's link check needs.
 */
static int
split_sentences(const char *t, size_t n)
{
	size_t i, j, k, m, e, g, s, cl, ws, we, url, url_end;
	int c, x, prev, quoted, dots, slash, phrased = 0;
	struct quotes q = { 0, 0 };
	struct url_marks um;
	const unsigned char *u = (const unsigned char *)t;

	/*
	 * The scan jumps over the next URL when it gets to it.  Without
	 * '/' or '@' no token needs the URL checks: the periods of
	 * "www.example.com" are followed by lower case and cut nothing.
	 */
	url = n;
	um.slash = byte_next(t, n, 0, '/');
	um.at = byte_next(t, n, 0, '@');
	slash = um.slash < n;
	if (slash || um.at < n) {
		um.www = byte_next(t, n, 0, '.');
		url = url_next(&um, t, n, 0, &url_end);
	}

	s = i = 0;
	while (i < n) {
		/*
		 * Most bytes, with the byte before them, can neither end a
		 * sentence nor matter to one: four pairs are tested a step,
		 * then one.  The first byte is taken as if after a space.
		 */
		if (i > 0)
			while (i + 4 <= url && (pair_stop[u[i - 1]][u[i]] |
			    pair_stop[u[i]][u[i + 1]] |
			    pair_stop[u[i + 1]][u[i + 2]] |
			    pair_stop[u[i + 2]][u[i + 3]]) == 0)
				i += 4;
		prev = i > 0 ? u[i - 1] : ' ';
		while (i < url && !pair_stop[prev][u[i]])
			prev = u[i++];
		if (i >= n)
			break;
		if (i == url) {
			/* A URL's bytes are not scanned: phrase_kind() looks. */
			phrased = 1;
			i = url_end;
			url = url_next(&um, t, n, i, &url_end);
			continue;
		}
		c = (unsigned char)t[i];
		x = pair_stop[prev][c];
		/*
		 * A wide gap of three spaces or more before a capital or a
		 * quote: pasted blocks.  The scan goes on after the spaces
		 * (a URL there is jumped, as ever, with no gap looked for).
		 */
		if (x & STOP_GAP) {
			for (e = i; e < url && t[e] == ' '; e++)
				;
			if (e < url && e >= s + 3 && t[e - 3] == ' ' &&
			    (IS_UPPER(t[e]) || opener_at(t, n, e))) {
				for (g = e; g > s && t[g - 1] == ' '; g--)
					;
				if (g > s) {
					span_push(t, s, g, phrased);
					s = e;
					phrased = 0;
				}
			}
			i = e;
			continue;
		}
		if ((x & STOP_CAPS) && glued_caps(t, n, s, i)) {
			span_push(t, s, i, phrased);
			s = i;
			phrased = 0;
		}
		if ((x & STOP_ANCHOR) && phrase_at(t, n, s, i))
			phrased = 1;
		if (c != '.' && c != '!' && c != '?' && !ellipsis_at(t, n, i)) {
			i++;
			continue;
		}
		word_before(t, token_start(t, s, i), i, &ws, &we);
		dots = 0;
		j = i;
		while (j < n) {
			if (t[j] == '.')
				dots++, j++;
			else if (t[j] == '!' || t[j] == '?')
				j++;
			else if (ellipsis_at(t, n, j))
				dots += 3, j += 3;
			else
				break;
		}
		k = j;
		quoted = 0;
		while (k < n && closer_at(t, n, k, &cl)) {
			k += cl;
			quoted = 1;
		}
		if (k >= n)
			break;
		if (t[k] == ' ') {
			for (m = k; m < n && t[m] == ' '; m++)
				;
			if (m >= n)
				break;
			if (dots >= 3 ? IS_UPPER(t[m]) || opener_at(t, n, m) :
			    cut_after(t, n, dots ? '.' : c, quoted, ws, we, m)) {
				span_push(t, s, k, phrased);
				s = i = m;
				phrased = 0;
				continue;
			}
			i = k;
			continue;
		}
		/*
		 * Glued: 'group."The' (where the quote opens the next
		 * sentence if no quotation is open), 'Soleimani.The'.
		 */
		if (quoted && k == j + 1 && t[j] == '"' &&
		    quote_opens(&q, t, j) && IS_UPPER(t[k])) {
			span_push(t, s, j, phrased);
			s = i = j;
			phrased = 0;
			q.pos = j + 1;
			q.count++;
			continue;
		}
		if ((quoted && (IS_UPPER(t[k]) || opener_at(t, n, k))) ||
		    (!quoted && dots <= 1 &&
		    glued_after_period(t, n, ws, we, k))) {
			span_push(t, s, k, phrased);
			s = i = k;
			phrased = 0;
			continue;
		}
		i = j;
	}
	span_push(t, s, n, phrased);
	return slash;
}

/* --- Kinds of segments ---------------------------------------------- */

/* Page furniture, by how its segment begins. */
static const char *const furniture_starts[] = {
	"sign up for", "sign up to", "sign up now", "subscribe to",
	"subscribe now", "subscribe", "related posts", "related story",
	"related stories", "related articles", "related content", "related",
	"read more", "read next", "read also", "also read", "see also",
	"click here", "advertisement", "share this", "share on", "follow us",
	"newyou can now listen", "you can now listen", "listen to this article",
	"copyright ©", "copyright (c)", "©", "all rights reserved",
	"this article was written by", "please direct all", "skip to",
	"sponsored", "recommended for you", "most read", "most popular",
	"sign in", "log in", "download the", "get the app", "watch:",
	"watch live", "loading", "do you have a tip", "send us a tip",
	"more:", "more from", "print this", "email this", "back to top",
	"this story has been updated", "get our", NULL
};


static int
starts_ci(const char *s, size_t n, const char *w)
{
	size_t k;

	/* Most segments differ from w in their first two bytes. */
	if (n == 0 || TO_LOWER(s[0]) != w[0] || (w[1] != '\0' &&
	    (n < 2 || TO_LOWER(s[1]) != w[1])))
		return 0;
	k = strlen(w);
	if (n < k || !lex_ieq(s, k, w))
		return 0;
	return !IS_ALPHA(w[k - 1]) || n == k || !IS_ALPHA(s[k]);
}

/*
 * The kind an inside phrase gives s[0..n), or K_TEXT: the phrase that
 * starts first, at a word start, wins.
 */
static int
phrase_kind(const char *s, size_t n)
{
	size_t i, k, at, best = n;
	int kind = K_TEXT;

	for (i = 0; i < n; i++) {
		/* k counts from 1 in the tables: 0 ends the chain. */
		for (k = anchor_of[(unsigned char)s[i]]; k-- != 0;
		    k = anchor_next[k]) {
			if (i < anchor_off[k])
				continue;
			at = i - anchor_off[k];
			if (TO_LOWER(s[at]) == inside[k].text[0] && at < best &&
			    n - at >= phrase_len[k] &&
			    (at == 0 || !alnum[(unsigned char)s[at - 1]]) &&
			    lex_ieq(s + at, phrase_len[k], inside[k].text)) {
				best = at;
				kind = inside[k].kind;
			}
		}
	}
	return kind;
}

/* furniture_starts by first byte: a chain of indexes, -1 ends it. */
static short fs_head[256], fs_next[128];

static void
furniture_index(void)
{
	size_t i;

	for (i = 0; i < 256; i++)
		fs_head[i] = -1;
	for (i = sizeof(furniture_starts) / sizeof(furniture_starts[0]) - 1;
	    i-- > 0;) {
		unsigned char c = (unsigned char)furniture_starts[i][0];

		fs_next[i] = fs_head[c];
		fs_head[c] = (short)i;
	}
}

static int
furniture_start(const char *s, size_t n)
{
	int i, c;

	/* Every phrase has two bytes: most fail at the second. */
	if (n < 2)
		return 0;
	c = TO_LOWER(s[1]);
	for (i = fs_head[(unsigned char)TO_LOWER(s[0])]; i >= 0; i = fs_next[i])
		if (furniture_starts[i][1] == c &&
		    starts_ci(s, n, furniture_starts[i]))
			return 1;
	return 0;
}

/*
 * The kind of a sentence by its words: furniture, meta, or K_TEXT.
 * Only a sentence the scan saw a phrase in can hold one.
 */
static int
sentence_kind(const char *s, size_t n, int phrased)
{
	if (furniture_start(s, n))
		return K_FURNITURE;
	if (n <= 200)
		return phrased ? phrase_kind(s, n) : K_TEXT;
	return has_ci(s, n, "pic.twitter.com/") ? K_FURNITURE : K_TEXT;
}

/* A photo credit: "(AP Photo/Anmar Khalil)", "(Photo: Reuters)". */
static int
is_credit(const char *s, size_t n)
{
	int c = n > 0 ? TO_LOWER(s[0]) : 0;

	/* Most sentences start with none of p, i, c and '('. */
	if (c == 'p' || c == 'i' || c == 'c')
		return starts_ci(s, n, "photo:") || starts_ci(s, n, "image:") ||
		    starts_ci(s, n, "credit:") || starts_ci(s, n, "photograph:");
	return c == '(' && n >= 6 && n <= 120 && s[n - 1] == ')' &&
	    (has_ci(s, n, "photo") || has_ci(s, n, "getty") ||
	    has_ci(s, n, "reuters") || has_ci(s, n, "images") ||
	    has_ci(s, n, "credit") || has_ci(s, n, "file"));
}

/* Words, and how many of them start with a capital or a digit. */
static void
count_words(const char *s, size_t n, size_t *words, size_t *caps,
    size_t *letters, size_t *upper)
{
	size_t i;
	int inword = 0;

	*words = *caps = *letters = *upper = 0;
	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];

		if (IS_ALPHA(c)) {
			(*letters)++;
			*upper += IS_UPPER(c);
		}
		if (c == ' ') {
			inword = 0;
		} else if (!inword) {
			inword = 1;
			(*words)++;
			if (IS_UPPER(c) || IS_DIGIT(c) || c >= 0x80)
				(*caps)++;
			else if (!IS_ALPHA(c) && i + 1 < n &&
			    IS_UPPER(s[i + 1]))
				(*caps)++;
		}
	}
}

/*
 * A heading: a short paragraph that does not end like a sentence, or a
 * title-case one ending in '?' or '!'.
 */
static int
is_heading(const char *s, size_t n)
{
	size_t words, caps, letters, upper;
	unsigned char last;

	if (n == 0 || n > 200)
		return 0;
	last = (unsigned char)s[n - 1];
	if (strchr(".:;,\"')", last) || last == 0x9D || last == 0x99)
		return 0;
	count_words(s, n, &words, &caps, &letters, &upper);
	if (words > 25 || letters == 0)
		return 0;
	if (last != '?' && last != '!')
		return 1;
	return words >= 3 && caps * 10 >= words * 7;
}

static int
is_shouting(const char *s, size_t n)
{
	size_t words, caps, letters, upper = 0, i, lower = 0;

	/* Most sentences show lower case within a few letters. */
	for (i = 0; i < n && i < 24; i++)
		if (IS_LOWER(s[i]) && ++lower >= 3)
			return 0;
	/*
	 * Nine capitals or more to each lower-case letter: give up as
	 * soon as the bytes left cannot make up for the lower case.
	 */
	for (lower = 0, i = 0; i < n; i++) {
		lower += IS_LOWER(s[i]);
		upper += IS_UPPER(s[i]);
		if (9 * lower > upper + (n - i - 1))
			return 0;
	}
	count_words(s, n, &words, &caps, &letters, &upper);
	return words >= 2 && letters >= 6 && upper * 10 >= letters * 9;
}

/* "By Jane Doe", "By Jane Doe and John Roe, Reuters": a byline. */
static int
is_byline(const char *s, size_t n)
{
	size_t words, caps, letters, upper;

	if (n > 100 || !starts_ci(s, n, "by") || n < 4 || !IS_UPPER(s[3]))
		return 0;
	count_words(s, n, &words, &caps, &letters, &upper);
	return words <= 10 && s[n - 1] != '.';
}

/* A bullet at the start of a paragraph: its length, or 0. */
static size_t
bullet_len(const char *s, size_t n)
{
	static const char *const marks[] = {
		"\xe2\x80\xa2", "\xc2\xb7", "\xe2\x80\x93", "\xe2\x80\x94",
		"\xe2\x96\xaa", "\xe2\x97\x8f", "-", "*", "+", NULL
	};
	const char *const *p;
	size_t i, k;

	if (n < 2 || !(strchr("-*+", s[0]) || IS_DIGIT(s[0]) ||
	    (unsigned char)s[0] == 0xE2 || (unsigned char)s[0] == 0xC2))
		return 0;
	for (p = marks; *p != NULL; p++) {
		k = strlen(*p);
		if (n > k && memcmp(s, *p, k) == 0 && s[k] == ' ')
			return k + 1;
	}
	/* "1. " or "2) " */
	for (i = 0; i < n && i < 3 && IS_DIGIT(s[i]); i++)
		;
	if (i > 0 && i + 1 < n && (s[i] == '.' || s[i] == ')') &&
	    s[i + 1] == ' ' && i + 2 < n && IS_UPPER(s[i + 2]))
		return i + 2;
	return 0;
}

/* --- Output ------------------------------------------------------- */

/*
 * The key fields of a record, built in one buffer: the id and date
 * once per document, then written in place behind them.
 */
static struct buf keybuf;
static size_t key_prefix;
static unsigned long key_serial, doc_serial;

/* Room for the rest of a key: three numbers, a kind and four TABs. */
#define KEY_TAIL	(3 * 20 + 9 + 4)

/* The numbers 00 to 99: keys are written two digits a step. */
static const char pairs[] =
	    "000102030405060708091011121314151617181920212223242526272829"
	    "303132333435363738394041424344454647484950515253545556575859"
	    "606162636465666768697071727374757677787980818283848586878889"
	    "90919293949596979899";

/* v in decimal and a TAB at p; returns the end. */
static char *
key_num(char *p, unsigned long v)
{
	unsigned long t;
	char *e = p + 1;

	for (t = v; t >= 100; t /= 100)
		e += 2;
	if (t >= 10)
		e++;
	for (p = e; v >= 100; v /= 100) {
		p -= 2;
		memcpy(p, pairs + 2 * (v % 100), 2);
	}
	if (v >= 10)
		memcpy(p - 2, pairs + 2 * v, 2);
	else
		p[-1] = (char)('0' + v);
	*e++ = '\t';
	return e;
}

static void
emit(struct doc *d, int kind, const char *s, size_t n, unsigned long off)
{
	const char *k;
	char *p;

	d->sent++;
	if (kind == K_FURNITURE && opt_drop)
		return;
	/* The id and date are the same for the whole document. */
	if (key_serial != d->serial) {
		keybuf.len = 0;
		buf_add(&keybuf, d->id, strlen(d->id));
		buf_addc(&keybuf, '\t');
		buf_add(&keybuf, d->dct, strlen(d->dct));
		buf_addc(&keybuf, '\t');
		buf_grow(&keybuf, KEY_TAIL);
		key_prefix = keybuf.len;
		key_serial = d->serial;
	}
	p = key_num(keybuf.s + key_prefix, d->para);
	p = key_num(p, d->sent);
	for (k = kind_names[kind]; *k != '\0'; k++)
		*p++ = *k;
	*p++ = '\t';
	p = key_num(p, off);
	out_bytes(keybuf.s, (size_t)(p - keybuf.s));
	out_bytes(s, n);
	out_end();
}

/*
 * The sentences of a paragraph pass through a small window, so that
 * a caption's credit can mark the sentence before it and a post's
 * link the post, while memory stays bounded for any paragraph.
 */
#define WINDOW	8

static struct {
	struct doc	*d;
	const char	*text;
	unsigned long	 off;
	int		 kind;
	struct span	 w[WINDOW];
	size_t		 n;
} par;

static void
window_emit(const struct span *sp)
{
	emit(par.d, sp->kind, par.text + sp->start, sp->end - sp->start,
	    par.off + sp->start);
}

static void
sentence(const char *t, size_t start, size_t end, int phrased)
{
	const char *s = t + start;
	size_t b = end - start;
	struct span sp;
	int k;

	sp.start = start;
	sp.end = end;
	sp.kind = par.kind;
	if ((k = sentence_kind(s, b, phrased)) != K_TEXT)
		sp.kind = k;
	else if (is_credit(s, b)) {
		sp.kind = K_CAPTION;
		/* The sentence a credit follows is the caption. */
		if (par.n > 0 && par.w[par.n - 1].kind == par.kind)
			par.w[par.n - 1].kind = K_CAPTION;
	} else if (par.kind == K_TEXT && is_shouting(s, b))
		sp.kind = K_HEAD;
	if (par.n == WINDOW) {
		window_emit(&par.w[0]);
		memmove(par.w, par.w + 1, (WINDOW - 1) * sizeof(par.w[0]));
		par.n--;
	}
	par.w[par.n++] = sp;
}

/*
 * One paragraph: text[0..n) sits at document offset off and holds no
 * TAB, CR, LF or NUL.  hint is the kind the markup gave it.
 */
static void
paragraph(struct doc *d, const char *text, size_t n, unsigned long off,
    int hint)
{
	size_t i, b;
	int kind = hint, slash;

	while (n > 0 && text[0] == ' ')
		text++, n--, off++;
	while (n > 0 && text[n - 1] == ' ')
		n--;
	if (n == 0)
		return;
	d->para++;
	if ((b = bullet_len(text, n)) != 0) {
		text += b, n -= b, off += b;
		while (n > 0 && text[0] == ' ')
			text++, n--, off++;
		if (kind == K_TEXT)
			kind = K_ITEM;
	}
	if (off == d->meta_off && n <= d->meta_len && hint == K_TEXT) {
		emit(d, K_META, text, n, off);
		return;
	}
	if (kind == K_TEXT && is_byline(text, n)) {
		emit(d, K_META, text, n, off);
		return;
	}
	if (n <= 300 && furniture_start(text, n)) {
		emit(d, K_FURNITURE, text, n, off);
		return;
	}
	if (kind == K_HEAD || (kind == K_TEXT && is_heading(text, n) &&
	    !has_ci(text, n, "pic.twitter.com/"))) {
		emit(d, K_HEAD, text, n, off);
		return;
	}
	par.d = d;
	par.text = text;
	par.off = off;
	par.kind = kind;
	par.n = 0;
	slash = split_sentences(text, n);
	/* An embedded post ends with its link: all of it is furniture. */
	if (par.n > 0 && slash && has_ci(text + par.w[par.n - 1].start,
	    par.w[par.n - 1].end - par.w[par.n - 1].start, "pic.twitter.com/"))
		for (i = 0; i < par.n; i++)
			par.w[i].kind = K_FURNITURE;
	for (i = 0; i < par.n; i++)
		window_emit(&par.w[i]);
}

/* --- Plain text ------------------------------------------------------ */

/*
 * Lines join into paragraphs.  A blank line ends one.  A single line
 * break ends one too, since most news copy puts a paragraph on a line,
 * unless the text is wrapped: the next line starts in lower case, or
 * this one ends in a comma or a word that cannot end a sentence.
 */
static const char *const joiners[] = {
	"the", "a", "an", "of", "and", "or", "to", "in", "on", "for", "with",
	"by", "at", "from", "that", "as", "his", "her", "their", "its", NULL
};

static int
wraps(const char *prev, size_t pn, const char *next, size_t nn)
{
	size_t ws;

	while (nn > 0 && next[0] == ' ')
		next++, nn--;
	while (pn > 0 && prev[pn - 1] == ' ')
		pn--;
	if (nn == 0 || pn == 0 || bullet_len(next, nn) != 0)
		return 0;
	if (IS_LOWER(next[0]))
		return 1;
	if (prev[pn - 1] == ',' || prev[pn - 1] == ';')
		return 1;
	for (ws = pn; ws > 0 && IS_ALPHA(prev[ws - 1]); ws--)
		;
	return pn - ws > 0 && ws_has(&ws_joiners, prev + ws, pn - ws);
}

/* The paragraph being built: bytes at document offset off. */
struct para {
	struct buf	 b;
	unsigned long	 off;
	size_t		 last;		/* where its last line starts */
	int		 open;
};

static void
para_flush(struct doc *d, struct para *p)
{
	if (p->open)
		paragraph(d, p->b.s, p->b.len, p->off, K_TEXT);
	p->b.len = 0;
	p->open = 0;
}

/* One line (n bytes, its line end already a space) at offset off. */
static void
para_line(struct doc *d, struct para *p, const char *s, size_t n,
    unsigned long off)
{
	size_t i;

	for (i = 0; i < n && s[i] == ' '; i++)
		;
	if (i == n) {
		para_flush(d, p);
		return;
	}
	if (p->open && wraps(p->b.s + p->last, p->b.len - p->last, s, n)) {
		p->last = p->b.len;
		buf_add(&p->b, s, n);
		return;
	}
	para_flush(d, p);
	p->open = 1;
	p->off = off;
	p->last = 0;
	buf_add(&p->b, s, n);
}

/* The first lines, held until the creation date is known. */
#define HEAD_LINES	12
#define HEAD_NONBLANK	5

struct held {
	char		*s;
	size_t		 n;
	unsigned long	 off;
};

/* The date in the current file's name, or "". */
static char name_dct[11];

/*
 * Looks for the creation date in the first non-blank lines; the line
 * it comes from, if it says nothing else, becomes a meta segment.
 * Failing that, the file name may hold one.
 */
static void
dct_from_lines(struct doc *d, struct held *h, size_t nh)
{
	size_t i;
	int whole;

	for (i = 0; i < nh; i++) {
		if (dateline(h[i].s, h[i].n, d->dct, &whole)) {
			if (whole) {
				size_t k = 0;

				while (k < h[i].n && h[i].s[k] == ' ')
					k++;
				d->meta_off = h[i].off + k;
				d->meta_len = h[i].n - k;
			}
			return;
		}
	}
	/* Last, a date in the file name: archives are often named so. */
	if (name_dct[0] != '\0')
		memcpy(d->dct, name_dct, sizeof(name_dct));
}

static void
doc_begin(struct doc *d, char *id, const char *file, unsigned long line)
{
	memset(d, 0, sizeof(*d));
	d->id = id;
	d->file = file;
	d->line = line;
	d->meta_off = (unsigned long)-1;
	d->serial = ++doc_serial;
	strcpy(d->dct, opt_dct ? opt_dct : "-");
}

/*
 * Plain text from in: to the end, or on standard input to a line that
 * holds only a form feed.  Returns 1 if a form feed ended it.
 */
static int
text_doc(struct tsv_in *in, struct doc *d, int ff_splits)
{
	struct para p;
	struct held h[HEAD_LINES];
	size_t nh = 0, i, nonblank = 0;
	unsigned long off = 0, first = in->lineno + 1;
	int r, ended = 0, searching = opt_dct == NULL, any = 0;

	memset(&p, 0, sizeof(p));
	while ((r = tsv_getline(in)) > 0) {
		size_t n = in->len;

		if (ff_splits && (n == 1 || (n == 2 && in->buf[1] == '\r')) &&
		    in->buf[0] == '\f') {
			ended = 1;
			break;
		}
		if (!any && looks_binary(in->buf, n)) {
			msg_warn(in->name, in->lineno,
			    "binary data, document skipped");
			while (!ff_splits && tsv_getline(in) > 0)
				;
			if (ff_splits) {
				while (tsv_getline(in) > 0)
					if (in->len >= 1 && in->buf[0] == '\f' &&
					    (in->len == 1 || (in->len == 2 &&
					    in->buf[1] == '\r')))
						return 1;
			}
			free(p.b.s);
			return 0;
		}
		any = 1;
		sanitize(in->buf, n, in->name, in->lineno);
		if (in->lf) {
			in->buf[n] = ' ';	/* the line end counts as a space */
			n++;
		}
		if (searching) {
			h[nh].s = xstrndup(in->buf, n);
			h[nh].n = n;
			h[nh].off = off;
			nh++;
			for (i = 0; i < n && in->buf[i] == ' '; i++)
				;
			nonblank += i < n;
			if (nonblank >= HEAD_NONBLANK || nh == HEAD_LINES) {
				dct_from_lines(d, h, nh);
				for (i = 0; i < nh; i++) {
					para_line(d, &p, h[i].s, h[i].n, h[i].off);
					free(h[i].s);
				}
				nh = 0;
				searching = 0;
			}
		} else
			para_line(d, &p, in->buf, n, off);
		off += n;
	}
	if (searching) {
		dct_from_lines(d, h, nh);
		for (i = 0; i < nh; i++) {
			para_line(d, &p, h[i].s, h[i].n, h[i].off);
			free(h[i].s);
		}
	}
	para_flush(d, &p);
	buf_free(&p.b);
	if (!any && r == 0 && !ended && first == 1)
		msg_warn(in->name, 0, "empty document");
	return ended;
}

/* --- HTML ------------------------------------------------------------ */

/* Elements whose content is no article text. */
static const char *const html_skip[] = {
	"script", "style", "noscript", "nav", "aside", "footer", "template",
	"svg", "iframe", "form", "button", "select", "object", "canvas",
	NULL
};

/* Elements that end a paragraph where they open or close. */
static const char *const html_block[] = {
	"p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul",
	"ol", "dl", "dt", "dd", "tr", "td", "th", "table", "blockquote",
	"pre", "section", "article", "header", "main", "figure",
	"figcaption", "hr", "title", "address", "caption", "center",
	"details", "summary", "hgroup", NULL
};

/* class or id words that mark page furniture. */
static const char *const html_furniture[] = {
	"related", "share", "social", "newsletter", "promo", "advert",
	"cookie", "subscribe", "comments", "sidebar", "breadcrumb", "menu",
	"signup", "recirc", "sponsor", NULL
};

struct entity {
	const char	*name;
	const char	*utf8;
};

static const struct entity entities[] = {
	{ "amp", "&" }, { "lt", "<" }, { "gt", ">" }, { "quot", "\"" },
	{ "apos", "'" }, { "nbsp", " " }, { "ndash", "\xe2\x80\x93" },
	{ "mdash", "\xe2\x80\x94" }, { "hellip", "\xe2\x80\xa6" },
	{ "lsquo", "\xe2\x80\x98" }, { "rsquo", "\xe2\x80\x99" },
	{ "ldquo", "\xe2\x80\x9c" }, { "rdquo", "\xe2\x80\x9d" },
	{ "laquo", "\xc2\xab" }, { "raquo", "\xc2\xbb" },
	{ "copy", "\xc2\xa9" }, { "reg", "\xc2\xae" },
	{ "trade", "\xe2\x84\xa2" }, { "euro", "\xe2\x82\xac" },
	{ "pound", "\xc2\xa3" }, { "yen", "\xc2\xa5" }, { "cent", "\xc2\xa2" },
	{ "deg", "\xc2\xb0" }, { "middot", "\xc2\xb7" }, { "bull", "\xe2\x80\xa2" },
	{ "eacute", "\xc3\xa9" }, { "egrave", "\xc3\xa8" },
	{ "aacute", "\xc3\xa1" }, { "agrave", "\xc3\xa0" },
	{ "iacute", "\xc3\xad" }, { "oacute", "\xc3\xb3" },
	{ "uacute", "\xc3\xba" }, { "ntilde", "\xc3\xb1" },
	{ "ccedil", "\xc3\xa7" }, { "uuml", "\xc3\xbc" }, { "ouml", "\xc3\xb6" },
	{ "auml", "\xc3\xa4" }, { "szlig", "\xc3\x9f" }, { "shy", "" },
	{ "zwj", "" }, { "zwnj", "" }, { "thinsp", " " }, { "ensp", " " },
	{ "emsp", " " }, { "times", "\xc3\x97" }, { "frac12", "\xc2\xbd" },
	{ "frac14", "\xc2\xbc" }, { "frac34", "\xc2\xbe" },
	{ "percnt", "%" }, { "dollar", "$" }, { "num", "#" },
	{ NULL, NULL }
};

/*
 * An entity at s[0] == '&': its text appended to out, the bytes it
 * takes returned; 0 if it is not one (the '&' is then kept as is).
 */
static size_t
html_entity(const char *s, size_t n, struct buf *out)
{
	size_t i, k;
	uint32_t cp = 0;
	char u[4];
	const struct entity *e;

	if (n < 3)
		return 0;
	if (s[1] == '#') {
		int hex = s[2] == 'x' || s[2] == 'X';

		for (i = hex ? 3 : 2; i < n && i < 12; i++) {
			int c = (unsigned char)s[i], v;

			if (IS_DIGIT(c))
				v = c - '0';
			else if (hex && c >= 'a' && c <= 'f')
				v = c - 'a' + 10;
			else if (hex && c >= 'A' && c <= 'F')
				v = c - 'A' + 10;
			else
				break;
			cp = cp * (hex ? 16 : 10) + (uint32_t)v;
		}
		if (i == (hex ? 3u : 2u) || i >= n || s[i] != ';')
			return 0;
		if (cp == 0 || cp > 0x10FFFF)
			cp = 0xFFFD;
		if (cp < 0x20 || (cp >= 0x7F && cp < 0xA0))
			cp = ' ';
		k = utf8_encode(cp == 0xA0 ? ' ' : cp, u);
		buf_add(out, u, k);
		return i + 1;
	}
	for (i = 1; i < n && i < 10 && IS_ALPHA(s[i]); i++)
		;
	if (i >= n || s[i] != ';')
		return 0;
	for (e = entities; e->name != NULL; e++)
		if (strlen(e->name) == i - 1 && memcmp(e->name, s + 1, i - 1) == 0) {
			buf_add(out, e->utf8, strlen(e->utf8));
			return i + 1;
		}
	return 0;
}

struct attr {
	const char	*name, *val;
	size_t		 nlen, vlen;
};

/* The tag at s[0] == '<': name, attributes, and where it ends. */
struct tag {
	char		 name[16];
	int		 closing;
	struct attr	 attrs[16];
	size_t		 nattrs;
	size_t		 end;		/* bytes the tag takes */
};

static int
parse_tag(const char *s, size_t n, struct tag *t)
{
	size_t i = 1, k;
	char q;

	memset(t, 0, sizeof(*t));
	if (i < n && s[i] == '/') {
		t->closing = 1;
		i++;
	}
	if (i >= n || !IS_ALPHA(s[i]))
		return 0;
	for (k = 0; i < n && (IS_ALPHA(s[i]) || IS_DIGIT(s[i]) ||
	    s[i] == '-' || s[i] == ':'); i++)
		if (k + 1 < sizeof(t->name))
			t->name[k++] = (char)TO_LOWER(s[i]);
	for (;;) {
		struct attr *a = &t->attrs[t->nattrs < 16 ? t->nattrs : 15];

		while (i < n && (s[i] == ' ' || s[i] == '/' || s[i] == '\n' ||
		    s[i] == '\t' || s[i] == '\r'))
			i++;
		if (i >= n) {
			t->end = n;
			return 1;
		}
		if (s[i] == '>') {
			t->end = i + 1;
			return 1;
		}
		a->name = s + i;
		while (i < n && s[i] != '=' && s[i] != '>' && s[i] != ' ' &&
		    s[i] != '\n' && s[i] != '\t' && s[i] != '/')
			i++;
		a->nlen = (size_t)(s + i - a->name);
		a->val = "";
		a->vlen = 0;
		if (i < n && s[i] == '=') {
			i++;
			if (i < n && (s[i] == '"' || s[i] == '\'')) {
				q = s[i++];
				a->val = s + i;
				while (i < n && s[i] != q)
					i++;
				a->vlen = (size_t)(s + i - a->val);
				if (i < n)
					i++;
			} else {
				a->val = s + i;
				while (i < n && s[i] != ' ' && s[i] != '>' &&
				    s[i] != '\n' && s[i] != '\t')
					i++;
				a->vlen = (size_t)(s + i - a->val);
			}
		}
		if (t->nattrs < 16)
			t->nattrs++;
	}
}

static const struct attr *
tag_attr(const struct tag *t, const char *name)
{
	size_t i;

	for (i = 0; i < t->nattrs; i++)
		if (lex_ieq(t->attrs[i].name, t->attrs[i].nlen, name))
			return &t->attrs[i];
	return NULL;
}

/* A meta or time element that dates the document. */
static int
html_dct(const struct tag *t, char *dct)
{
	static const char *const names[] = {
		"article:published_time", "og:published_time",
		"datepublished", "date", "pubdate", "publishdate",
		"publish-date", "publish_date", "dc.date", "dc.date.issued",
		"dcterms.created", "dcterms.date", "sailthru.date",
		"parsely-pub-date", "article.published", "citation_date", NULL
	};
	const struct attr *a, *c;
	size_t i;

	if (strcmp(t->name, "meta") == 0) {
		if ((c = tag_attr(t, "content")) == NULL)
			return 0;
		if ((a = tag_attr(t, "property")) == NULL &&
		    (a = tag_attr(t, "name")) == NULL &&
		    (a = tag_attr(t, "itemprop")) == NULL)
			return 0;
		for (i = 0; names[i] != NULL; i++)
			if (lex_ieq(a->val, a->vlen, names[i]))
				return meta_date(c->val, c->vlen, dct);
		return 0;
	}
	if (strcmp(t->name, "time") == 0 &&
	    (a = tag_attr(t, "datetime")) != NULL &&
	    (tag_attr(t, "pubdate") != NULL ||
	    ((c = tag_attr(t, "itemprop")) != NULL &&
	    lex_ieq(c->val, c->vlen, "datepublished"))))
		return meta_date(a->val, a->vlen, dct);
	return 0;
}

/* The element's class or id holds the word w. */
static int
html_class_has(const struct tag *t, const char *w)
{
	const struct attr *a;

	return ((a = tag_attr(t, "class")) != NULL &&
	    has_ci(a->val, a->vlen, w)) ||
	    ((a = tag_attr(t, "id")) != NULL && has_ci(a->val, a->vlen, w));
}

static int
html_is_furniture(const struct tag *t)
{
	const char *const *w;

	for (w = html_furniture; *w != NULL; w++)
		if (html_class_has(t, *w))
			return 1;
	return 0;
}

/* Blocks of extracted text, each with the kind its markup gives. */
struct block {
	size_t	 start, end;
	int	 kind;
};

/* HTML elements that are never closed. */
static const char *const html_void[] = {
	"br", "hr", "img", "meta", "link", "input", "area", "base", "col",
	"embed", "param", "source", "track", "wbr", NULL
};

#define STACK_MAX	256

/*
 * Extracts the text of an HTML document into out: blocks separated by
 * a blank line, the title first, whitespace collapsed, entities
 * decoded.  Markup that lies (unclosed tags, stray '<', broken
 * entities) is read as a browser would, as far as it matters here.
 */
static void
html_extract(const char *s, size_t n, struct buf *out, struct block **bv,
    size_t *nb, char *dct, const char *file)
{
	struct tag t;
	struct {
		char	 name[16];
		int	 furniture;
	} stack[STACK_MAX];
	size_t depth = 0, i = 0, capb = 0, bstart = 0, k;
	int kind = K_TEXT, furn = 0, space = 0, found_dct = 0;
	const char *const *p;

	*bv = NULL;
	*nb = 0;
	out->len = 0;
#define END_BLOCK() do {						\
	while (out->len > bstart && out->s[out->len - 1] == ' ')	\
		out->len--;						\
	if (out->len > bstart) {					\
		if (*nb == capb) {					\
			capb = capb ? capb * 2 : 32;			\
			*bv = xreallocarray(*bv, capb, sizeof(**bv));	\
		}							\
		(*bv)[*nb].start = bstart;				\
		(*bv)[*nb].end = out->len;				\
		(*bv)[*nb].kind = furn ? K_FURNITURE : kind;		\
		(*nb)++;						\
		buf_add(out, "\n\n", 2);				\
	}								\
	bstart = out->len;						\
	space = 0;							\
} while (0)

	buf_grow(out, 0);
	while (i < n) {
		if (s[i] == '<' && i + 3 < n && memcmp(s + i, "<!--", 4) == 0) {
			const char *e = NULL;

			for (k = i + 4; k + 2 < n; k++)
				if (s[k] == '-' && s[k + 1] == '-' && s[k + 2] == '>') {
					e = s + k + 3;
					break;
				}
			if (e == NULL) {
				msg_warn(file, 0, "unterminated HTML comment");
				break;
			}
			i = (size_t)(e - s);
			continue;
		}
		if (s[i] == '<' && i + 1 < n && (s[i + 1] == '!' || s[i + 1] == '?')) {
			const char *e = memchr(s + i, '>', n - i);

			i = e ? (size_t)(e - s) + 1 : n;
			continue;
		}
		if (s[i] == '<' && parse_tag(s + i, n - i, &t)) {
			i += t.end;
			if (!found_dct && !t.closing && html_dct(&t, dct))
				found_dct = 1;
			if (!t.closing && in_list(t.name, strlen(t.name), html_skip)) {
				/* Skip to the matching end tag. */
				size_t nl = strlen(t.name);
				int nest = 1;

				while (i < n && nest > 0) {
					const char *lt = memchr(s + i, '<', n - i);

					if (lt == NULL) {
						i = n;
						break;
					}
					i = (size_t)(lt - s) + 1;
					if (i + nl < n && s[i] == '/' &&
					    lex_ieq(s + i + 1, nl, t.name) &&
					    !IS_ALPHA(s[i + 1 + nl]))
						nest--;
					else if (lex_ieq(s + i, nl <= n - i ? nl :
					    n - i, t.name) && i + nl < n &&
					    !IS_ALPHA(s[i + nl]) &&
					    strcmp(t.name, "script") != 0 &&
					    strcmp(t.name, "style") != 0)
						nest++;
				}
				if (i < n) {
					const char *gt = memchr(s + i, '>', n - i);

					i = gt ? (size_t)(gt - s) + 1 : n;
				}
				continue;
			}
			if (in_list(t.name, strlen(t.name), html_block))
				END_BLOCK();
			if (t.closing) {
				/* Pop to the matching element, if it is open. */
				for (k = depth; k > 0; k--)
					if (strcmp(stack[k - 1].name, t.name) == 0)
						break;
				if (k > 0) {
					depth = k - 1;
					furn = depth > 0 && stack[depth - 1].furniture;
				}
				if (in_list(t.name, strlen(t.name), html_block))
					kind = K_TEXT;
				continue;
			}
			if (t.name[0] == 'h' && t.name[1] >= '1' && t.name[1] <= '6' &&
			    t.name[2] == '\0')
				kind = K_HEAD;
			else if (strcmp(t.name, "title") == 0)
				kind = K_HEAD;
			else if (strcmp(t.name, "li") == 0)
				kind = K_ITEM;
			else if (strcmp(t.name, "figcaption") == 0 ||
			    strcmp(t.name, "caption") == 0)
				kind = K_CAPTION;
			else if (strcmp(t.name, "address") == 0)
				kind = K_META;
			else if (in_list(t.name, strlen(t.name), html_block) &&
			    html_class_has(&t, "byline"))
				kind = K_META;
			for (p = html_void; *p != NULL; p++)
				if (strcmp(*p, t.name) == 0)
					break;
			if (*p == NULL && depth < STACK_MAX) {
				memcpy(stack[depth].name, t.name, sizeof(t.name));
				stack[depth].furniture = furn || html_is_furniture(&t);
				furn = stack[depth].furniture;
				depth++;
			}
			continue;
		}
		if (s[i] == '&' && (k = html_entity(s + i, n - i, out)) > 0) {
			/* Entities that decode to spaces collapse as spaces. */
			if (out->len > 0 && out->s[out->len - 1] == ' ') {
				out->len--;
				if (!space && out->len > bstart)
					buf_addc(out, ' ');
				space = 1;
			} else
				space = 0;
			i += k;
			continue;
		}
		if (s[i] == ' ' || s[i] == '\n' || s[i] == '\t' || s[i] == '\r' ||
		    s[i] == '\f') {
			if (!space && out->len > bstart)
				buf_addc(out, ' ');
			space = 1;
			i++;
			continue;
		}
		buf_addc(out, s[i]);
		space = 0;
		i++;
	}
	END_BLOCK();
#undef END_BLOCK
}

/* Reads all of in into b: HTML is taken a document at a time. */
static int
slurp(struct tsv_in *in, struct buf *b, int ff_splits)
{
	int r;

	while ((r = tsv_getline(in)) > 0) {
		if (ff_splits && in->len >= 1 && in->buf[0] == '\f' &&
		    (in->len == 1 || (in->len == 2 && in->buf[1] == '\r')))
			return 1;
		buf_add(b, in->buf, in->len);
		if (in->lf)
			buf_addc(b, '\n');
	}
	return 0;
}

static void
extracted_out(const char *s, size_t n)
{
	while (n > 0 && s[n - 1] == '\n')
		n--;
	out_bytes(s, n);
	out_str("\n\f");
	out_end();
}

/* Emits the blocks of an extracted document, the date looked for first. */
static void
blocks_out(struct doc *d, struct buf *text, struct block *bv, size_t nb)
{
	struct held h[HEAD_LINES];
	size_t i, nh = 0;

	if (strcmp(d->dct, "-") == 0) {
		for (i = 0; i < nb && nh < HEAD_LINES; i++) {
			h[nh].s = text->s + bv[i].start;
			h[nh].n = bv[i].end - bv[i].start;
			h[nh].off = bv[i].start;
			nh++;
		}
		dct_from_lines(d, h, nh);
	}
	for (i = 0; i < nb; i++)
		paragraph(d, text->s + bv[i].start, bv[i].end - bv[i].start,
		    bv[i].start, bv[i].kind);
}

static int
html_doc(struct tsv_in *in, struct doc *d, int ff_splits)
{
	struct buf raw, text;
	struct block *bv;
	size_t nb;
	char dct[11] = "-";
	int ended;

	memset(&raw, 0, sizeof(raw));
	memset(&text, 0, sizeof(text));
	ended = slurp(in, &raw, ff_splits);
	if (raw.len == 0) {
		msg_warn(in->name, 0, "empty document");
		return ended;
	}
	if (looks_binary(raw.s, raw.len)) {
		msg_warn(in->name, d->line, "binary data, document skipped");
		buf_free(&raw);
		return ended;
	}
	sanitize(raw.s, raw.len, in->name, d->line);
	html_extract(raw.s, raw.len, &text, &bv, &nb, dct, in->name);
	if (opt_dct == NULL && strcmp(dct, "-") != 0)
		memcpy(d->dct, dct, sizeof(dct));
	/* Block texts hold no control bytes: sanitize made them spaces. */
	if (opt_extract)
		extracted_out(text.s, text.len);
	else
		blocks_out(d, &text, bv, nb);
	free(bv);
	buf_free(&raw);
	buf_free(&text);
	return ended;
}

/* --- JSON Lines ------------------------------------------------------ */

struct json {
	const char	*s, *end;
	const char	*err;
	int		 depth;
};

static void
json_ws(struct json *j)
{
	while (j->s < j->end && (*j->s == ' ' || *j->s == '\t' ||
	    *j->s == '\r' || *j->s == '\n'))
		j->s++;
}

static int
hex4(const char *s, uint32_t *v)
{
	int i;

	*v = 0;
	for (i = 0; i < 4; i++) {
		int c = (unsigned char)s[i], x;

		if (IS_DIGIT(c))
			x = c - '0';
		else if (c >= 'a' && c <= 'f')
			x = c - 'a' + 10;
		else if (c >= 'A' && c <= 'F')
			x = c - 'A' + 10;
		else
			return 0;
		*v = *v << 4 | (uint32_t)x;
	}
	return 1;
}

/* A string at j->s (past the quote); decoded into out if out != NULL. */
static int
json_string(struct json *j, struct buf *out)
{
	uint32_t cp, lo;
	char u[4];

	while (j->s < j->end) {
		unsigned char c = (unsigned char)*j->s++;

		if (c == '"')
			return 1;
		if (c < 0x20) {
			j->err = "control character in string";
			return 0;
		}
		if (c != '\\') {
			if (out)
				buf_addc(out, c);
			continue;
		}
		if (j->s >= j->end)
			break;
		c = (unsigned char)*j->s++;
		switch (c) {
		case '"': case '\\': case '/':
			break;
		case 'b': case 'f': case 'n': case 'r': case 't':
			c = c == 'n' ? '\n' : c == 't' ? '\t' : c == 'r' ? '\r' :
			    c == 'b' ? '\b' : '\f';
			break;
		case 'u':
			if (j->end - j->s < 4 || !hex4(j->s, &cp)) {
				j->err = "bad \\u escape";
				return 0;
			}
			j->s += 4;
			if (cp >= 0xD800 && cp <= 0xDBFF && j->end - j->s >= 6 &&
			    j->s[0] == '\\' && j->s[1] == 'u' &&
			    hex4(j->s + 2, &lo) && lo >= 0xDC00 && lo <= 0xDFFF) {
				cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
				j->s += 6;
			}
			/* A lone surrogate becomes U+FFFD in utf8_encode. */
			if (out) {
				if (cp == 0)
					cp = ' ';
				buf_add(out, u, utf8_encode(cp, u));
			}
			continue;
		default:
			j->err = "bad escape in string";
			return 0;
		}
		if (out)
			buf_addc(out, c);
	}
	j->err = "unterminated string";
	return 0;
}

#define JSON_DEPTH	512

/* Any value; a string or number is copied (decoded) into out. */
static int
json_value(struct json *j, struct buf *out)
{
	const char *start;

	json_ws(j);
	if (j->s >= j->end) {
		j->err = "unexpected end of line";
		return 0;
	}
	switch (*j->s) {
	case '"':
		j->s++;
		return json_string(j, out);
	case '{': case '[': {
		char close = *j->s == '{' ? '}' : ']';
		int obj = close == '}';

		if (++j->depth > JSON_DEPTH) {
			j->err = "nested too deeply";
			return 0;
		}
		j->s++;
		json_ws(j);
		if (j->s < j->end && *j->s == close) {
			j->s++;
			j->depth--;
			return 1;
		}
		for (;;) {
			json_ws(j);
			if (obj) {
				if (j->s >= j->end || *j->s != '"') {
					j->err = "expected a name";
					return 0;
				}
				j->s++;
				if (!json_string(j, NULL))
					return 0;
				json_ws(j);
				if (j->s >= j->end || *j->s != ':') {
					j->err = "expected ':'";
					return 0;
				}
				j->s++;
			}
			if (!json_value(j, NULL))
				return 0;
			json_ws(j);
			if (j->s < j->end && *j->s == ',') {
				j->s++;
				continue;
			}
			if (j->s < j->end && *j->s == close) {
				j->s++;
				j->depth--;
				return 1;
			}
			j->err = obj ? "expected ',' or '}'" : "expected ',' or ']'";
			return 0;
		}
	}
	default:
		start = j->s;
		while (j->s < j->end && (IS_ALPHA(*j->s) || IS_DIGIT(*j->s) ||
		    *j->s == '-' || *j->s == '+' || *j->s == '.'))
			j->s++;
		if (j->s == start || !(IS_DIGIT(*start) || *start == '-' ||
		    (j->s - start == 4 && (memcmp(start, "true", 4) == 0 ||
		    memcmp(start, "null", 4) == 0)) ||
		    (j->s - start == 5 && memcmp(start, "false", 5) == 0))) {
			j->err = "unexpected character";
			return 0;
		}
		if (out && (IS_DIGIT(*start) || *start == '-'))
			buf_add(out, start, (size_t)(j->s - start));
		return 1;
	}
}

/* Is name[0..n) in the comma-separated list?  Its rank, or -1. */
static int
list_rank(const char *list, const char *name, size_t n)
{
	const char *p = list, *c;
	int rank = 0;

	for (;;) {
		c = strchr(p, ',');
		if ((size_t)((c ? c : p + strlen(p)) - p) == n &&
		    memcmp(p, name, n) == 0)
			return rank;
		if (c == NULL)
			return -1;
		p = c + 1;
		rank++;
	}
}

/*
 * One JSON Lines record: a top-level object whose fields give id, date,
 * title and text.  Of several candidate fields, the first in the list
 * that is present wins.
 */
static void
json_doc(struct tsv_in *in, char *line, size_t n, const char *fileid)
{
	struct json j;
	struct buf key, val[JF_N];
	int rank[JF_N], f, r;
	struct doc d;
	char idbuf[64];
	struct buf text;

	memset(&key, 0, sizeof(key));
	memset(val, 0, sizeof(val));
	memset(&text, 0, sizeof(text));
	for (f = 0; f < JF_N; f++)
		rank[f] = -1;
	j.s = line;
	j.end = line + n;
	j.err = NULL;
	j.depth = 0;
	json_ws(&j);
	if (j.s >= j.end)
		return;			/* a blank line */
	if (*j.s != '{') {
		msg_warn(in->name, in->lineno, "malformed JSON: expected an "
		    "object");
		return;
	}
	j.s++;
	json_ws(&j);
	if (j.s < j.end && *j.s == '}')
		j.s++;
	else
		for (;;) {
			struct buf v;

			json_ws(&j);
			if (j.s >= j.end || *j.s != '"') {
				j.err = "expected a name";
				break;
			}
			j.s++;
			key.len = 0;
			if (!json_string(&j, &key))
				break;
			json_ws(&j);
			if (j.s >= j.end || *j.s != ':') {
				j.err = "expected ':'";
				break;
			}
			j.s++;
			memset(&v, 0, sizeof(v));
			if (!json_value(&j, &v)) {
				buf_free(&v);
				break;
			}
			for (f = 0; f < JF_N; f++) {
				r = list_rank(jf_lists[f], key.s ? key.s : "",
				    key.len);
				if (r >= 0 && v.len > 0 &&
				    (rank[f] < 0 || r < rank[f])) {
					buf_free(&val[f]);
					val[f] = v;
					rank[f] = r;
					memset(&v, 0, sizeof(v));
				}
			}
			buf_free(&v);
			json_ws(&j);
			if (j.s < j.end && *j.s == ',') {
				j.s++;
				continue;
			}
			if (j.s < j.end && *j.s == '}') {
				j.s++;
				break;
			}
			j.err = "expected ',' or '}'";
			break;
		}
	if (j.err == NULL) {
		json_ws(&j);
		if (j.s != j.end)
			j.err = "text after the object";
	}
	if (j.err != NULL) {
		msg_warn(in->name, in->lineno, "malformed JSON: %s", j.err);
		goto done;
	}
	if (rank[JF_TEXT] < 0 && rank[JF_TITLE] < 0) {
		msg_warn(in->name, in->lineno, "no text field (looked for %s)",
		    jf_lists[JF_TEXT]);
		goto done;
	}
	if (rank[JF_ID] >= 0)
		doc_begin(&d, id_make(val[JF_ID].s, val[JF_ID].len), in->name,
		    in->lineno);
	else {
		snprintf(idbuf, sizeof(idbuf), "-%lu", in->lineno);
		{
			size_t fl = strlen(fileid), il = strlen(idbuf);
			char *tmp = xmalloc(fl + il + 1);

			memcpy(tmp, fileid, fl);
			memcpy(tmp + fl, idbuf, il + 1);
			doc_begin(&d, id_make(tmp, fl + il), in->name, in->lineno);
			free(tmp);
		}
	}
	if (opt_dct == NULL && rank[JF_DATE] >= 0 &&
	    !meta_date(val[JF_DATE].s, val[JF_DATE].len, d.dct))
		strcpy(d.dct, "-");
	/* The text: the title as a heading, a blank line, the body. */
	{
		struct para p;
		size_t i, ls, tlen = 0;
		unsigned long off;

		if (rank[JF_TITLE] >= 0) {
			for (i = 0; i < val[JF_TITLE].len; i++)
				if (val[JF_TITLE].s[i] == '\n' ||
				    val[JF_TITLE].s[i] == '\r')
					val[JF_TITLE].s[i] = ' ';
			buf_add(&text, val[JF_TITLE].s, val[JF_TITLE].len);
			tlen = text.len;
			if (rank[JF_TEXT] >= 0)
				buf_add(&text, "\n\n", 2);
		}
		if (rank[JF_TEXT] >= 0)
			buf_add(&text, val[JF_TEXT].s, val[JF_TEXT].len);
		{
			/* Control bytes from escapes are spaces; lines stay. */
			size_t bad = 0;

			for (i = 0; i < text.len; i++) {
				unsigned char c = (unsigned char)text.s[i];
				size_t k;

				if (c == '\n')
					continue;
				if (c < 0x20 || c == 0x7F)
					text.s[i] = ' ';
				else if (c >= 0x80) {
					k = utf8_valid((unsigned char *)text.s + i,
					    text.len - i);
					if (k == 0) {
						text.s[i] = '?';
						bad++;
					} else
						i += k - 1;
				}
			}
			if (bad)
				msg_warn(in->name, in->lineno, "invalid UTF-8 "
				    "in JSON string, replaced");
		}
		if (opt_extract) {
			extracted_out(text.s, text.len);
			goto done_doc;
		}
		if (strcmp(d.dct, "-") == 0 && opt_dct == NULL) {
			/* No date field: look at the first lines. */
			struct held h[HEAD_LINES];
			size_t nh = 0;

			for (ls = 0, i = 0; i <= text.len && nh < HEAD_LINES; i++)
				if (i == text.len || text.s[i] == '\n') {
					if (i > ls) {
						h[nh].s = text.s + ls;
						h[nh].n = i - ls;
						h[nh].off = ls;
						nh++;
					}
					ls = i + 1;
				}
			dct_from_lines(&d, h, nh);
		}
		if (tlen > 0)
			paragraph(&d, text.s, tlen, 0, K_HEAD);
		memset(&p, 0, sizeof(p));
		off = tlen > 0 ? tlen + 2 : 0;
		for (ls = off, i = off; i <= text.len; i++) {
			if (i == text.len || text.s[i] == '\n') {
				if (i < text.len)
					text.s[i] = ' ';
				para_line(&d, &p, text.s + ls,
				    i - ls + (i < text.len), ls);
				ls = i + 1;
			}
		}
		para_flush(&d, &p);
		buf_free(&p.b);
	}
done_doc:
	free(d.id);
done:
	buf_free(&key);
	buf_free(&text);
	for (f = 0; f < JF_N; f++)
		buf_free(&val[f]);
}

/* --- Inputs ------------------------------------------------------------ */

static enum format
format_from_name(const char *path)
{
	const char *dot = strrchr(path, '.');

	if (dot == NULL || strchr(dot, '/') != NULL)
		return FMT_AUTO;
	dot++;
	if (lex_ieq(dot, strlen(dot), "html") || lex_ieq(dot, strlen(dot), "htm") ||
	    lex_ieq(dot, strlen(dot), "xhtml"))
		return FMT_HTML;
	if (lex_ieq(dot, strlen(dot), "jsonl") || lex_ieq(dot, strlen(dot), "ndjson") ||
	    lex_ieq(dot, strlen(dot), "json"))
		return FMT_JSONL;
	if (lex_ieq(dot, strlen(dot), "txt") || lex_ieq(dot, strlen(dot), "text"))
		return FMT_TEXT;
	return FMT_AUTO;
}

/* Guess from the first line: '<' starts HTML, '{' JSON Lines. */
static enum format
format_from_content(struct tsv_in *in)
{
	size_t i = 0;
	enum format f = FMT_TEXT;

	if (tsv_getline(in) <= 0)
		return FMT_TEXT;
	if (in->len >= 3 && memcmp(in->buf, "\xef\xbb\xbf", 3) == 0)
		i = 3;
	while (i < in->len && (in->buf[i] == ' ' || in->buf[i] == '\t' ||
	    in->buf[i] == '\r'))
		i++;
	if (i < in->len && in->buf[i] == '<')
		f = FMT_HTML;
	else if (i < in->len && in->buf[i] == '{')
		f = FMT_JSONL;
	tsv_unread(in);
	return f;
}

/* A file that starts with binary data is skipped whole. */
static int
binary_file(struct tsv_in *in)
{
	char head[4096];
	size_t n;
	struct stat st;

	/* Only a regular file can be read ahead and rewound. */
	if (in->fp == stdin || fstat(fileno(in->fp), &st) < 0 ||
	    !S_ISREG(st.st_mode))
		return 0;
	n = fread(head, 1, sizeof(head), in->fp);
	rewind(in->fp);
	if (n > 0 && looks_binary(head, n)) {
		msg_warn(in->name, 0, "binary file, skipped");
		return 1;
	}
	return 0;
}

/* "2020-01-05-vote.txt", "news_2020-01-05.html": ISO dates only. */
static void
name_date(const char *path)
{
	const char *base = strrchr(path, '/');
	size_t i, n;
	int y, m, d;

	name_dct[0] = '\0';
	base = base ? base + 1 : path;
	n = strlen(base);
	for (i = 0; i + 10 <= n; i++)
		if ((i == 0 || !IS_DIGIT(base[i - 1])) &&
		    (i + 10 == n || !IS_DIGIT(base[i + 10])) &&
		    cal_parse_iso(base + i, 10, &y, &m, &d)) {
			memcpy(name_dct, base + i, 10);
			name_dct[10] = '\0';
			return;
		}
}

static void
process(const char *path)
{
	struct tsv_in in;
	struct doc d;
	enum format f;
	char *fileid;
	int ff = strcmp(path, "-") == 0, more;

	if (tsv_open(&in, path) < 0)
		return;
	if (binary_file(&in)) {
		tsv_close(&in);
		return;
	}
	name_date(path);
	f = opt_format != FMT_AUTO ? opt_format : format_from_name(path);
	if (f == FMT_AUTO)
		f = format_from_content(&in);
	if (f == FMT_JSONL) {
		fileid = id_from_path(path);
		while (tsv_getline(&in) > 0)
			json_doc(&in, in.buf, in.len, fileid);
		free(fileid);
		tsv_close(&in);
		return;
	}
	do {
		doc_begin(&d, id_from_path(path), in.name, in.lineno + 1);
		if (f == FMT_HTML)
			more = html_doc(&in, &d, ff);
		else if (opt_extract) {
			struct buf b;

			memset(&b, 0, sizeof(b));
			more = slurp(&in, &b, ff);
			if (b.len > 0)
				sanitize(b.s, b.len, in.name, d.line);
			extracted_out(b.s ? b.s : "", b.len);
			buf_free(&b);
		} else
			more = text_doc(&in, &d, ff);
		free(d.id);
	} while (more);
	tsv_close(&in);
}

/* "-k text=body,content" */
static void
set_fields(const char *arg)
{
	const char *eq = strchr(arg, '=');
	int f;

	if (eq != NULL && eq[1] != '\0')
		for (f = 0; f < JF_N; f++)
			if ((size_t)(eq - arg) == strlen(jf_names[f]) &&
			    memcmp(arg, jf_names[f], (size_t)(eq - arg)) == 0) {
				free(jf_lists[f]);
				jf_lists[f] = xstrndup(eq + 1, strlen(eq + 1));
				return;
			}
	fprintf(stderr, "%s: -k: expected id, date, title or text=FIELD, "
	    "got '%s'\n", msg_prog, arg);
	exit(EXIT_USAGE);
}

int
main(int argc, char *argv[])
{
	int c, f, y, m, d, unbuffered = 0;

	msg_init("splitdoc");
	scan_init();
	furniture_index();
	ws_init(&ws_titles, titles);
	ws_init(&ws_enders, enders);
	ws_init(&ws_openers, openers);
	ws_init(&ws_joiners, joiners);
	opt_early(argc, argv, usage_line, help_text);
	for (f = 0; f < JF_N; f++)
		jf_lists[f] = xstrndup(jf_default[f], strlen(jf_default[f]));
	while ((c = getopt(argc, argv, "DHd:f:hi:k:qux")) != -1) {
		switch (c) {
		case 'D':
			opt_drop = 1;
			break;
		case 'H':
			opt_header = 1;
			break;
		case 'd':
			if (!cal_parse_iso(optarg, strlen(optarg), &y, &m, &d)) {
				fprintf(stderr, "%s: -d: expected a date "
				    "YYYY-MM-DD, got '%s'\n", msg_prog, optarg);
				exit(EXIT_USAGE);
			}
			opt_dct = optarg;
			break;
		case 'f':
			if (strcmp(optarg, "text") == 0)
				opt_format = FMT_TEXT;
			else if (strcmp(optarg, "html") == 0)
				opt_format = FMT_HTML;
			else if (strcmp(optarg, "jsonl") == 0 ||
			    strcmp(optarg, "json") == 0)
				opt_format = FMT_JSONL;
			else {
				fprintf(stderr, "%s: -f: expected text, html or "
				    "jsonl, got '%s'\n", msg_prog, optarg);
				exit(EXIT_USAGE);
			}
			break;
		case 'h':
			opt_help(usage_line, help_text);
			break;
		case 'i':
			opt_id = optarg;
			break;
		case 'k':
			set_fields(optarg);
			break;
		case 'q':
			msg_quiet = 1;
			break;
		case 'u':
			unbuffered = 1;
			break;
		case 'x':
			opt_extract = 1;
			break;
		default:
			opt_usage(usage_line);
		}
	}
	argc -= optind;
	argv += optind;
	out_init(unbuffered);
	if (opt_header && !opt_extract) {
		out_str(REC_HEADER_KEY "\ttext");
		out_end();
	}
	if (argc == 0)
		process("-");
	for (; argc > 0; argc--, argv++)
		process(*argv);
	out_close();
	for (f = 0; f < JF_N; f++)
		free(jf_lists[f]);
	ids_free();
	buf_free(&keybuf);
	return msg_status;
}
