/*
 * mergeevents: merge the dated sentence records of many documents into
 * one chronology, or with -F their figure records into a figures
 * report.  Mentions of one event are grouped, every source is kept and
 * disagreements are flagged.  It reads its own output too, and the
 * result depends neither on how the input was split nor on its order,
 * so it serves as a reducer.
 */
#include <math.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cal.h"
#include "lex.h"
#include "msg.h"
#include "opt.h"
#include "tsv.h"
#include "rec.h"

#define USAGE	"[-FHqu] [-w days] [file ...]"
#define HELP \
"Merge extractdates records into a chronology, one record per event;\n" \
"with -F, merge extractnums records into a figures report.  Reads its\n" \
"own output as well, so old results and new records merge.\n" \
"  -F       figures mode\n" \
"  -H       write a header line\n" \
"  -q       quiet: no messages about malformed input\n" \
"  -u       unbuffered: flush every record\n" \
"  -w days  sources up to this many days apart still tell one event\n" \
"           (a conflict); default 7, 0 turns conflicts off\n" \
"  -h, --help, --version\n"

#define HEAD_EVENT	"event\tdate\tprec\tconcept\tndocs\tnment\tflags\t" \
			"sources\tcompat\talt\tcontext\trep\tscore\tnames\ttext"
#define HEAD_FIGURE	"figure\tcounted\tkind\tunit\tplace\tdate\tvalue\t" \
			"high\tqual\tndocs\tflags\tsources\talt\trep\tscore\t" \
			"mention\ttext"
#define NF_EVENT	15
#define NF_EVENT0	14	/* without names */
#define NF_FIGURE	17
#define NF_DATES	14	/* key, 7 date fields, text */
#define NF_NUMS		16	/* key, 9 figure fields, text */
#define NF_BOTH		23	/* key, date fields, figure fields, text */
#define F_DATES		6	/* first date field */

enum { P_NONE, P_CENTURY, P_DECADE, P_YEAR, P_MONTH, P_DAY };

static const char *precname[] = {
	"-", "century", "decade", "year", "month", "day"
};

struct date {
	int	 prec;
	long	 code;		/* by prec: yy, yyy, yyyy, months, days */
};

struct buf {
	char	*s;
	size_t	 len, cap;
};

/* Interned strings: document ids, concepts, figure group keys. */
struct strtab {
	char		**s;
	size_t		 *len;
	size_t		  n, cap;
	uint32_t	 *slot;		/* index + 1, 0 empty */
	size_t		  nslot;
};

struct ment {
	uint32_t	 doc;
	unsigned long	 off;
};

/* The sentence that speaks for an event or a figure group. */
struct rep {
	long		 score;
	uint32_t	 doc;
	unsigned long	 off;
	char		*text, *flags, *ctx, *mention;
	size_t		 len;
};

/* All mentions of one concept on one date; components are events. */
struct node {
	uint32_t	 group;
	int		 prec;
	long		 code;
	size_t		 parent;
	uint32_t	 firstdoc;
	int		 multi;		/* mentions from two documents or more */
	struct ment	*m;
	size_t		 nm, cm;
	uint32_t	*names;		/* who took part, for G_NAMED */
	size_t		 nnames, cnames;
	struct rep	*rep;		/* at the root of a component */
};

struct variant {
	char		*value, *high, *qual;
	size_t		 lv, lh, lq;
	struct ment	*m;
	size_t		 nm, cm;
};

struct fgroup {
	struct variant	*v;
	size_t		 nv;
	struct rep	*rep;
};

struct cand {
	struct date	 d;
	int		 rank;		/* from the word before, 1 to 3 */
	int		 near;		/* next to a word of the concept: 3 */
	int		 quoted;	/* inside quotation marks */
	unsigned long	 start, end;
	char		 flags[40];
};

struct fig {
	size_t		 kind, value, high, qual, unit, counted, mention;
	size_t		 lkind, lvalue, lhigh, lqual, lunit, lcounted, lmention;
	unsigned long	 start, end;
};

/* The sentence being read: its records arrive one after another. */
struct unit {
	int		 active;
	uint32_t	 doc;
	unsigned long	 off;
	int		 body;
	long		 dct;		/* day number, or -1 */
	struct buf	 text;
	struct cand	*c;
	size_t		 nc, cc;
	struct fig	*f;
	size_t		 nf, cf;
	struct buf	 fbuf;		/* the figures' strings */
};

static int figures, header, window = 7;
static struct strtab docs, groups;
static struct node *nodes;
static size_t nnodes, cnodes;
static size_t *nodeslot;		/* index + 1 */
static size_t nnodeslot;
static struct fgroup *fgroups;
static size_t nfgroups;
static struct unit u;
static struct buf scratch, scratch2, dname;
static uint32_t dname_doc, dname_id;	/* doc_name's last answer */
static int dname_ok;
static char *goneoff;			/* by group: its G_ kind */
static uint32_t *gbase;			/* by group: the concept without place */
static struct strtab bases, pnames;
static uint32_t gsched = (uint32_t)-1;
static size_t ngoneoff;

/* Growing buffers. */

static void
buf_add(struct buf *b, const char *s, size_t n)
{
	if (b->len + n + 1 > b->cap) {
		while (b->len + n + 1 > b->cap)
			b->cap = b->cap ? b->cap * 2 : 256;
		b->s = xreallocarray(b->s, b->cap, 1);
	}
	memcpy(b->s + b->len, s, n);
	b->len += n;
	b->s[b->len] = '\0';
}

static void
buf_str(struct buf *b, const char *s)
{
	buf_add(b, s, strlen(s));
}

static void
buf_char(struct buf *b, char c)
{
	buf_add(b, &c, 1);
}

static void
buf_ulong(struct buf *b, unsigned long n)
{
	char tmp[24], *p = tmp + sizeof(tmp);

	do
		*--p = (char)('0' + n % 10);
	while ((n /= 10) != 0);
	buf_add(b, p, (size_t)(tmp + sizeof(tmp) - p));
}

static void
buf_free(struct buf *b)
{
	free(b->s);
	b->s = NULL;
	b->len = b->cap = 0;
}

static uint64_t
hash_bytes(const char *s, size_t n, uint64_t h)
{
	size_t i;

	for (i = 0; i < n; i++) {
		h ^= (unsigned char)s[i];
		h *= 0x100000001b3ULL;
	}
	return h;
}

static void
strtab_grow(struct strtab *t)
{
	size_t i, j;

	free(t->slot);
	t->nslot = t->nslot ? t->nslot * 2 : 1024;
	t->slot = xcalloc(t->nslot, sizeof(*t->slot));
	for (i = 0; i < t->n; i++) {
		j = hash_bytes(t->s[i], t->len[i], 0xcbf29ce484222325ULL) &
		    (t->nslot - 1);
		while (t->slot[j] != 0)
			j = (j + 1) & (t->nslot - 1);
		t->slot[j] = (uint32_t)(i + 1);
	}
}

static uint32_t
strtab_intern(struct strtab *t, const char *s, size_t n)
{
	size_t j;
	uint32_t k;

	if (2 * (t->n + 1) > t->nslot)
		strtab_grow(t);
	j = hash_bytes(s, n, 0xcbf29ce484222325ULL) & (t->nslot - 1);
	while ((k = t->slot[j]) != 0) {
		if (t->len[k - 1] == n && memcmp(t->s[k - 1], s, n) == 0)
			return k - 1;
		j = (j + 1) & (t->nslot - 1);
	}
	if (t->n == t->cap) {
		t->cap = t->cap ? t->cap * 2 : 256;
		t->s = xreallocarray(t->s, t->cap, sizeof(*t->s));
		t->len = xreallocarray(t->len, t->cap, sizeof(*t->len));
	}
	t->s[t->n] = xstrndup(s, n);
	t->len[t->n] = n;
	t->slot[j] = (uint32_t)(t->n + 1);
	return (uint32_t)t->n++;
}

static void
strtab_free(struct strtab *t)
{
	size_t i;

	for (i = 0; i < t->n; i++)
		free(t->s[i]);
	free(t->s);
	free(t->len);
	free(t->slot);
	memset(t, 0, sizeof(*t));
}

/* Dates: TIMEX3 values in, sortable ISO prefixes out. */

/* Nothing, or only unknown digits: the X of 19XX, 201X, 2020-XX. */
static int
unknown(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (s[i] != 'X' && s[i] != '-')
			return 0;
	return 1;
}

/*
 * 1 and the date for a value that names a period of the calendar,
 * truncated to century, decade, year, month or day (a week counts for
 * the month of its Thursday, a quarter or season for its year, a time
 * for its day); 0 for values that are no event date (PRESENT_REF,
 * XXXX-10-07, T11:51); -1 for a malformed value.  A year BC (BC1450) is
 * numbered as astronomers do, 1 BC being year 0, so that it sorts
 * first; a century BC (BC14, the 15th) is -15.
 */
static int
date_parse(const char *s, size_t n, struct date *d)
{
	long y, m, dd, w, mon1;
	size_t i;
	int yy, mm, ddd;

	if (n > 2 && s[0] == 'B' && s[1] == 'C') {
		if ((n != 4 && n != 6) || !cal_digits(s + 2, n - 2, &y) ||
		    (n == 6 && y < 1))
			return -1;
		d->prec = n == 4 ? P_CENTURY : P_YEAR;
		d->code = n == 4 ? -(y + 1) : 1 - y;
		return 1;
	}
	for (i = 0; i < n && s[i] >= '0' && s[i] <= '9'; i++)
		;
	if (i == 0) {
		if (n > 0 && (s[0] == 'X' || s[0] == 'T'))
			return 0;
		if (n >= 4 && memcmp(s + n - 4, "_REF", 4) == 0)
			return 0;
		return -1;
	}
	if (i > 4)		/* no year of ours, and too long for a long */
		return -1;
	cal_digits(s, i, &y);
	if (i == 2 || i == 3) {
		if (!unknown(s + i, n - i))
			return -1;
		d->prec = i == 2 ? P_CENTURY : P_DECADE;
		d->code = y;
		return 1;
	}
	if (i != 4 || y < 1)
		return -1;
	d->prec = P_YEAR;
	d->code = y;
	if (unknown(s + 4, n - 4))
		return 1;
	if (s[4] != '-' || n < 7)
		return -1;
	if (s[5] == 'W' && s[6] >= '0' && s[6] <= '9') {
		if (!cal_digits(s + 6, 2, &w) || w < 1 || w > 53 ||
		    (n > 8 && s[8] != '-'))
			return -1;
		mon1 = cal_days_from_civil((int)y, 1, 4);
		mon1 -= cal_weekday(mon1);
		cal_civil_from_days(mon1 + 7 * (w - 1) + 3, &yy, &mm, &ddd);
		d->prec = P_MONTH;
		d->code = yy * 12L + mm - 1;
		return 1;
	}
	if (!cal_digits(s + 5, 2, &m)) {
		/* Quarters, halves, seasons: kept at their year. */
		if (n == 7 && (s[5] == 'Q' || s[5] == 'H' || s[5] == 'S' ||
		    s[5] == 'F' || s[5] == 'W'))
			return 1;
		return -1;
	}
	if (m < 1 || m > 12)
		return -1;
	d->prec = P_MONTH;
	d->code = y * 12 + m - 1;
	if (unknown(s + 7, n - 7))
		return 1;
	if (s[7] != '-' || n < 10)
		return -1;
	if (!cal_digits(s + 8, 2, &dd) || !cal_valid((int)y, (int)m, (int)dd))
		return -1;
	if (n > 10 && s[10] != 'T')
		return -1;
	d->prec = P_DAY;
	d->code = cal_days_from_civil((int)y, (int)m, (int)dd);
	return 1;
}

static long
floordiv(long a, long b)
{
	return a >= 0 ? a / b : -((-a + b - 1) / b);
}

/* The code of d at a coarser precision p. */
static long
date_coarsen(const struct date *d, int p)
{
	long c = d->code;
	int prec = d->prec, y, m, dd;

	if (prec == P_DAY && p < P_DAY) {
		cal_civil_from_days(c, &y, &m, &dd);
		c = y * 12L + m - 1;
		prec = P_MONTH;
	}
	if (prec == P_MONTH && p < P_MONTH) {
		c = floordiv(c, 12);
		prec = P_YEAR;
	}
	for (; prec > p; prec--)
		c = floordiv(c, 10);
	return c;
}

/* One date is the other or a part of it: 2020-01 and 2020-01-05. */
static int
date_compat(const struct date *a, const struct date *b)
{
	if (a->prec <= b->prec)
		return date_coarsen(b, a->prec) == a->code;
	return date_coarsen(a, b->prec) == b->code;
}

static long
date_firstday(const struct date *d)
{
	long y;

	switch (d->prec) {
	case P_DAY:
		return d->code;
	case P_MONTH:
		return cal_days_from_civil((int)floordiv(d->code, 12),
		    (int)(d->code - floordiv(d->code, 12) * 12) + 1, 1);
	case P_YEAR:
		y = d->code;
		break;
	case P_DECADE:
		y = d->code * 10;
		break;
	default:
		y = d->code * 100;
		break;
	}
	return cal_days_from_civil((int)y, 1, 1);
}

static char *
put_digits(char *p, long v, int n)
{
	int i;

	for (i = n - 1; i >= 0; i--) {
		p[i] = (char)('0' + v % 10);
		v /= 10;
	}
	return p + n;
}

/* Writes the ISO form into b (16 bytes, NUL-terminated); returns its length. */
static size_t
date_format(const struct date *d, char *b)
{
	char *p = b;
	int y, m, dd;
	long c = d->code < 0 ? 0 : d->code;

	/* years and centuries BC, as they were read */
	if (d->code < 0 && (d->prec == P_YEAR || d->prec == P_CENTURY)) {
		*p++ = 'B';
		*p++ = 'C';
		p = d->prec == P_YEAR ? put_digits(p, 1 - d->code, 4) :
		    put_digits(p, -d->code - 1, 2);
		*p = '\0';
		return (size_t)(p - b);
	}
	switch (d->prec) {
	case P_DAY:
		cal_civil_from_days(d->code, &y, &m, &dd);
		p = put_digits(p, y, 4);
		*p++ = '-';
		p = put_digits(p, m, 2);
		*p++ = '-';
		p = put_digits(p, dd, 2);
		break;
	case P_MONTH:
		p = put_digits(p, c / 12, 4);
		*p++ = '-';
		p = put_digits(p, c % 12 + 1, 2);
		break;
	case P_YEAR:
		p = put_digits(p, c, 4);
		break;
	case P_DECADE:
		p = put_digits(p, c, 3);
		break;
	default:
		p = put_digits(p, c, 2);
		break;
	}
	*p = '\0';
	return (size_t)(p - b);
}

/*
 * Words: the event concepts, the stoplist, irregular past tenses and the
 * words that play a part in a clause (see roles), in one table.
 */

/*
 * W_STOP: function words, auxiliaries and time words; W_PAST: irregular
 * past tenses, which head a clause like the regular ones in -ed; W_WORD:
 * other words, here for their role in a clause.
 */
enum { W_STOP = -1, W_WORD = -2, W_PAST = -3 };

/* In priority order: the first concept found in a sentence wins. */
static const char *concepts[] = {
	"resign", "elect", "vote", "invasion", "strike", "suspend", "resume",
	"train", "plan", "withdraw", "attack", "kill", "deploy", "protest",
	"funeral", "meet", "say"
};

/*
 * Events of these kinds happen once: told on two days a few days apart
 * by two documents, they are one event told two ways (a conflict).
 * Strikes, attacks, meetings, statements recur within days, so there
 * two dates are two events.
 */
static const char *oneoff[] = {
	"resign", "elect", "vote", "invasion", "suspend", "resume", "train",
	"plan", "withdraw", "funeral"
};

/* What is dated after its document was written: all one concept. */
#define SCHEDULED	"scheduled"

struct word {
	const char	*w;
	int		 v;
};

static const struct word words[] = {
	{ "resign", 0 }, { "resigned", 0 }, { "resigns", 0 },
	{ "resigning", 0 }, { "resignation", 0 }, { "resignations", 0 },
	{ "quit", 0 },
	{ "elect", 1 }, { "elected", 1 }, { "election", 1 },
	{ "elections", 1 }, { "reelected", 1 }, { "inaugurated", 1 },
	{ "vote", 2 }, { "voted", 2 }, { "votes", 2 }, { "voting", 2 },
	{ "resolution", 2 }, { "referendum", 2 }, { "ballot", 2 },
	{ "invade", 3 }, { "invaded", 3 }, { "invades", 3 },
	{ "invading", 3 }, { "invasion", 3 }, { "invasions", 3 },
	{ "strike", 4 }, { "strikes", 4 }, { "struck", 4 },
	{ "airstrike", 4 }, { "airstrikes", 4 }, { "bombed", 4 },
	{ "bombing", 4 }, { "drone", 4 }, { "drones", 4 }, { "hit", 4 },
	{ "suspend", 5 }, { "suspended", 5 }, { "suspends", 5 },
	{ "suspension", 5 }, { "pause", 5 }, { "paused", 5 },
	{ "pauses", 5 }, { "halt", 5 }, { "halted", 5 },
	{ "suspending", 5 }, { "pausing", 5 }, { "halting", 5 },
	{ "resume", 6 }, { "resumed", 6 }, { "resumes", 6 },
	{ "resumption", 6 }, { "restart", 6 }, { "restarted", 6 },
	{ "reinstated", 6 }, { "reinstatement", 6 }, { "resuming", 6 },
	{ "restarting", 6 },
	{ "train", 7 }, { "trained", 7 }, { "training", 7 },
	{ "plan", 8 }, { "plans", 8 }, { "planned", 8 }, { "agreement", 8 },
	{ "agreed", 8 }, { "agreements", 8 }, { "deal", 8 },
	{ "deals", 8 }, { "treaty", 8 }, { "accord", 8 },
	{ "signed", 8 },
	{ "withdraw", 9 }, { "withdrawal", 9 }, { "withdrawals", 9 },
	{ "withdrawing", 9 },
	{ "withdrew", 9 }, { "withdrawn", 9 }, { "expel", 9 },
	{ "expelled", 9 }, { "expulsion", 9 }, { "oust", 9 },
	{ "ousted", 9 }, { "eject", 9 }, { "ejected", 9 },
	{ "attack", 10 }, { "attacked", 10 }, { "attacks", 10 },
	{ "attacking", 10 }, { "massacre", 10 }, { "raid", 10 },
	{ "raided", 10 }, { "stormed", 10 }, { "assault", 10 },
	{ "shelling", 10 }, { "barrage", 10 }, { "targeted", 10 },
	{ "missile", 10 }, { "missiles", 10 }, { "rocket", 10 },
	{ "rockets", 10 },
	{ "kill", 11 }, { "killed", 11 }, { "killing", 11 }, { "kills", 11 },
	{ "assassinate", 11 }, { "assassinated", 11 },
	{ "assassination", 11 }, { "killings", 11 }, { "shot", 11 },
	{ "deploy", 12 }, { "deployed", 12 }, { "deployment", 12 },
	{ "deployments", 12 },
	{ "protest", 13 }, { "protests", 13 }, { "protested", 13 },
	{ "demonstration", 13 },
	{ "funeral", 14 }, { "mourning", 14 }, { "procession", 14 },
	{ "buried", 14 }, { "burial", 14 },
	{ "meet", 15 }, { "met", 15 }, { "meeting", 15 }, { "meetings", 15 },
	{ "talks", 15 }, { "negotiations", 15 }, { "summit", 15 },
	{ "visit", 15 }, { "visited", 15 },
	{ "said", 16 }, { "say", 16 }, { "says", 16 }, { "told", 16 },
	{ "statement", 16 }, { "announced", 16 }, { "announce", 16 },
	{ "stated", 16 }, { "tweeted", 16 }, { "signaled", 16 },
	{ "signalled", 16 }, { "warned", 16 }, { "interview", 16 },
	{ "declared", 16 }, { "wrote", 16 }, { "spoke", 16 },
	{ "speaking", 16 },
	{ "announcement", 16 },
	{ "about", W_STOP }, { "according", W_STOP }, { "after", W_STOP },
	{ "again", W_STOP }, { "against", W_STOP }, { "ago", W_STOP },
	{ "all", W_STOP }, { "also", W_STOP }, { "although", W_STOP },
	{ "among", W_STOP }, { "and", W_STOP }, { "another", W_STOP },
	{ "any", W_STOP }, { "are", W_STOP }, { "around", W_STOP },
	{ "because", W_STOP }, { "been", W_STOP }, { "before", W_STOP },
	{ "being", W_STOP }, { "between", W_STOP }, { "both", W_STOP },
	{ "but", W_STOP }, { "can", W_STOP }, { "could", W_STOP },
	{ "day", W_STOP }, { "days", W_STOP }, { "did", W_STOP },
	{ "does", W_STOP }, { "during", W_STOP }, { "each", W_STOP },
	{ "earlier", W_STOP }, { "either", W_STOP }, { "even", W_STOP },
	{ "ever", W_STOP }, { "every", W_STOP }, { "few", W_STOP },
	{ "for", W_STOP }, { "from", W_STOP }, { "further", W_STOP },
	{ "had", W_STOP }, { "has", W_STOP }, { "have", W_STOP },
	{ "having", W_STOP }, { "her", W_STOP }, { "here", W_STOP },
	{ "hers", W_STOP }, { "him", W_STOP }, { "his", W_STOP },
	{ "how", W_STOP }, { "however", W_STOP }, { "into", W_STOP },
	{ "its", W_STOP }, { "itself", W_STOP }, { "just", W_STOP },
	{ "last", W_STOP }, { "later", W_STOP }, { "least", W_STOP },
	{ "less", W_STOP }, { "many", W_STOP }, { "may", W_STOP },
	{ "might", W_STOP }, { "month", W_STOP }, { "months", W_STOP },
	{ "more", W_STOP }, { "most", W_STOP }, { "much", W_STOP },
	{ "must", W_STOP }, { "near", W_STOP }, { "neither", W_STOP },
	{ "new", W_STOP }, { "next", W_STOP }, { "nor", W_STOP },
	{ "not", W_STOP }, { "now", W_STOP }, { "off", W_STOP },
	{ "once", W_STOP }, { "one", W_STOP }, { "only", W_STOP },
	{ "other", W_STOP }, { "our", W_STOP }, { "out", W_STOP },
	{ "over", W_STOP }, { "own", W_STOP }, { "per", W_STOP },
	{ "rather", W_STOP }, { "same", W_STOP }, { "several", W_STOP },
	{ "she", W_STOP }, { "should", W_STOP }, { "since", W_STOP },
	{ "some", W_STOP }, { "soon", W_STOP }, { "still", W_STOP },
	{ "such", W_STOP }, { "than", W_STOP }, { "that", W_STOP },
	{ "the", W_STOP }, { "their", W_STOP }, { "them", W_STOP },
	{ "then", W_STOP }, { "there", W_STOP }, { "these", W_STOP },
	{ "they", W_STOP }, { "this", W_STOP }, { "those", W_STOP },
	{ "though", W_STOP }, { "through", W_STOP }, { "thus", W_STOP },
	{ "today", W_STOP }, { "too", W_STOP }, { "toward", W_STOP },
	{ "under", W_STOP }, { "until", W_STOP }, { "upon", W_STOP },
	{ "very", W_STOP }, { "was", W_STOP }, { "week", W_STOP },
	{ "weeks", W_STOP }, { "were", W_STOP }, { "what", W_STOP },
	{ "when", W_STOP }, { "where", W_STOP }, { "whether", W_STOP },
	{ "which", W_STOP }, { "while", W_STOP }, { "who", W_STOP },
	{ "whom", W_STOP }, { "whose", W_STOP }, { "why", W_STOP },
	{ "will", W_STOP }, { "with", W_STOP }, { "within", W_STOP },
	{ "without", W_STOP }, { "would", W_STOP }, { "year", W_STOP },
	{ "years", W_STOP }, { "yesterday", W_STOP }, { "yet", W_STOP },
	{ "you", W_STOP }, { "your", W_STOP },
	{ "a", W_STOP }, { "an", W_STOP }, { "is", W_STOP }, { "be", W_STOP },
	{ "as", W_STOP }, { "at", W_STOP }, { "if", W_STOP }, { "in", W_STOP },
	{ "on", W_STOP }, { "to", W_STOP },
	{ "unless", W_WORD }, { "whereas", W_WORD }, { "outside", W_WORD },
	{ "inside", W_WORD }, { "across", W_WORD }, { "down", W_WORD },
	{ "step", W_WORD }, { "steps", W_WORD }, { "stepped", W_WORD },
	{ "stepping", W_WORD }, { "hundred", W_WORD }, { "indeed", W_WORD },
	{ "speed", W_WORD }, { "embed", W_WORD }, { "due", W_WORD },
	{ "owing", W_WORD }, { "close", W_WORD }, { "prior", W_WORD },
	{ "thanks", W_WORD },
	{ "began", W_PAST }, { "brought", W_PAST }, { "came", W_PAST },
	{ "went", W_PAST }, { "took", W_PAST }, { "gave", W_PAST },
	{ "made", W_PAST }, { "left", W_PAST }, { "sent", W_PAST },
	{ "held", W_PAST }, { "fell", W_PAST }, { "rose", W_PAST },
	{ "lost", W_PAST }, { "found", W_PAST }, { "built", W_PAST },
	{ "fought", W_PAST }, { "kept", W_PAST }, { "became", W_PAST },
	{ "drove", W_PAST }, { "flew", W_PAST }, { "broke", W_PAST },
	{ "chose", W_PAST }, { "grew", W_PAST }, { "paid", W_PAST },
	{ "sold", W_PAST }, { "spent", W_PAST }, { "stood", W_PAST },
	{ "swept", W_PAST }, { "sought", W_PAST }, { "caught", W_PAST },
	{ "won", W_PAST }, { "led", W_PAST }, { "ran", W_PAST },
	{ "started", W_WORD }, { "ended", W_WORD }, { "continued", W_WORD }
};

#define NWORDS	(sizeof(words) / sizeof(words[0]))

/*
 * Countries and their adjectives, by the name a figure is placed in; an
 * adjective ("Iraqi") places a figure less surely than a name.  Cities
 * and regions (adj 2) place events, not figures.  Sorted by name.
 */
static const struct place {
	const char	*name, *canon;
	int		 adj;
} places[] = {
	{ "Afghan", "Afghanistan", 1 }, { "Afghanistan", "Afghanistan", 0 },
	{ "Aleppo", "Syria", 2 }, { "America", "US", 0 },
	{ "American", "US", 1 }, { "Americans", "US", 1 },
	{ "Amman", "Jordan", 2 }, { "Ankara", "Turkey", 2 },
	{ "Australia", "Australia", 0 }, { "Australian", "Australia", 1 },
	{ "Baghdad", "Iraq", 2 }, { "Bahrain", "Bahrain", 0 },
	{ "Basra", "Iraq", 2 }, { "Beirut", "Lebanon", 2 },
	{ "Brazil", "Brazil", 0 }, { "Brazilian", "Brazil", 1 },
	{ "Britain", "UK", 0 }, { "British", "UK", 1 },
	{ "Cairo", "Egypt", 2 }, { "Canada", "Canada", 0 },
	{ "Canadian", "Canada", 1 }, { "China", "China", 0 },
	{ "Chinese", "China", 1 }, { "Damascus", "Syria", 2 },
	{ "Egypt", "Egypt", 0 }, { "Egyptian", "Egypt", 1 },
	{ "Erbil", "Iraq", 2 }, { "Fallujah", "Iraq", 2 },
	{ "France", "France", 0 }, { "French", "France", 1 },
	{ "Gaza", "Gaza", 0 }, { "German", "Germany", 1 },
	{ "Germany", "Germany", 0 }, { "India", "India", 0 },
	{ "Indian", "India", 1 }, { "Iran", "Iran", 0 },
	{ "Iranian", "Iran", 1 }, { "Iraq", "Iraq", 0 },
	{ "Iraqi", "Iraq", 1 }, { "Israel", "Israel", 0 },
	{ "Israeli", "Israel", 1 }, { "Italian", "Italy", 1 },
	{ "Italy", "Italy", 0 }, { "Japan", "Japan", 0 },
	{ "Japanese", "Japan", 1 }, { "Jerusalem", "Israel", 2 },
	{ "Jordan", "Jordan", 0 }, { "Jordanian", "Jordan", 1 },
	{ "Kabul", "Afghanistan", 2 }, { "Karbala", "Iraq", 2 },
	{ "Kirkuk", "Iraq", 2 }, { "Kurdistan", "Iraq", 2 },
	{ "Kuwait", "Kuwait", 0 }, { "Kyiv", "Ukraine", 2 },
	{ "Lebanese", "Lebanon", 1 }, { "Lebanon", "Lebanon", 0 },
	{ "Libya", "Libya", 0 }, { "Libyan", "Libya", 1 },
	{ "Mexican", "Mexico", 1 }, { "Mexico", "Mexico", 0 },
	{ "Moscow", "Russia", 2 }, { "Mosul", "Iraq", 2 },
	{ "Najaf", "Iraq", 2 }, { "Pakistan", "Pakistan", 0 },
	{ "Pakistani", "Pakistan", 1 }, { "Qatar", "Qatar", 0 },
	{ "Riyadh", "Saudi Arabia", 2 }, { "Russia", "Russia", 0 },
	{ "Russian", "Russia", 1 }, { "Sanaa", "Yemen", 2 },
	{ "Saudi", "Saudi Arabia", 1 }, { "Somalia", "Somalia", 0 },
	{ "Spain", "Spain", 0 }, { "Spanish", "Spain", 1 },
	{ "Sudan", "Sudan", 0 }, { "Syria", "Syria", 0 },
	{ "Syrian", "Syria", 1 }, { "Tehran", "Iran", 2 },
	{ "Tikrit", "Iraq", 2 }, { "Turkey", "Turkey", 0 },
	{ "Turkish", "Turkey", 1 }, { "U.K.", "UK", 0 }, { "U.S.", "US", 0 },
	{ "UK", "UK", 0 }, { "US", "US", 0 }, { "USA", "US", 0 },
	{ "Ukraine", "Ukraine", 0 }, { "Ukrainian", "Ukraine", 1 },
	{ "Yemen", "Yemen", 0 }, { "Yemeni", "Yemen", 1 }
};

#define NPLACES	(sizeof(places) / sizeof(places[0]))

static size_t
place_word(const char *s, size_t n)
{
	size_t lo = 0, hi = NPLACES, mid;
	int c;

	while (lo < hi) {
		mid = (lo + hi) / 2;
		if ((c = strncmp(places[mid].name, s, n)) == 0)
			c = places[mid].name[n] != '\0';
		if (c == 0)
			return mid;
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NPLACES;
}

/* "U.S.", "UK": an abbreviation, which serves as an adjective too. */
static int
upper_name(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (!(s[i] >= 'A' && s[i] <= 'Z') && s[i] != '.')
			return 0;
	return 1;
}

#define WORDSLOTS	1024

static short wordslot[WORDSLOTS];	/* index + 1 into words */
static short shortword[26 * 27];	/* the same for one or two letters */
static unsigned char wordlen[NWORDS];

#define HASH_INIT	5381u
#define HASH_STEP(h, c)	((h) * 33 + (unsigned char)(c))

static unsigned
word_hash(const char *lw, size_t n)
{
	unsigned h = HASH_INIT;
	size_t i;

	for (i = 0; i < n; i++)
		h = HASH_STEP(h, lw[i]);
	return h & (WORDSLOTS - 1);
}

static void
word_init(void)
{
	size_t i;
	unsigned j;

	for (i = 0; i < NWORDS; i++) {
		wordlen[i] = (unsigned char)strlen(words[i].w);
		if (wordlen[i] <= 2)
			shortword[(words[i].w[0] - 'a') * 27 + (wordlen[i] == 1 ?
			    26 : words[i].w[1] - 'a')] = (short)(i + 1);
		for (j = word_hash(words[i].w, wordlen[i]); wordslot[j] != 0;
		    j = (j + 1) & (WORDSLOTS - 1))
			;
		wordslot[j] = (short)(i + 1);
	}
}

/* The index in words of a lower-case word of hash h, or -1. */
static inline int
word_findh(const char *lw, size_t n, unsigned h)
{
	const char *w;
	size_t i;
	unsigned j;
	int k;

	for (j = h & (WORDSLOTS - 1); (k = wordslot[j]) != 0;
	    j = (j + 1) & (WORDSLOTS - 1)) {
		if (wordlen[k - 1] != n)
			continue;
		/* Short words: a loop beats a call to memcmp. */
		for (w = words[k - 1].w, i = 0; i < n && w[i] == lw[i]; i++)
			;
		if (i == n)
			return k - 1;
	}
	return -1;
}

static int
word_find(const char *lw, size_t n)
{
	return word_findh(lw, n, word_hash(lw, n));
}

static inline int
isalpha_c(int c)
{
	return ((unsigned)c | 0x20) - 'a' < 26;
}

#define NCONCEPTS	(sizeof(concepts) / sizeof(concepts[0]))
#define C_SAY		((int)NCONCEPTS - 1)	/* reports an event */
#define MAXSPAN		64
#define MAXTOK		256

/* Where the words of the sentence's concept are, for date_near. */
static struct span {
	int	 v;
	size_t	 start, end;
} span[MAXSPAN];
static size_t nspan;

/* What a small word does to the clauses of a sentence. */
enum {
	R_OPEN = 1,		/* opens a clause: that, when, since, after */
	R_ANTE = 2,		/* its clause tells of the word before it */
	R_WHEN = 4,		/* ", when" after a date: what the date saw */
	R_THAT = 8,		/* after a verb of saying: what was said */
	R_MODAL = 16,		/* would, will: what follows has not happened */
	R_TO = 32,		/* an infinitive when a verb follows */
	R_AND = 64,		/* after a comma, a new clause */
	R_AS = 128,		/* "as officers began talks" */
	R_PREP = 256,		/* in, at, near: a place may follow */
	R_DET = 512,		/* the, a: a noun follows */
	R_STEP = 1024,		/* step down: resign */
	R_ASPECT = 2048,	/* began, ended: the event is the subject */
	R_AUX = 4096,		/* was, had: a verb follows */
	R_NOVERB = 8192,	/* "hundred": in -ed, but no verb */
	R_PREPTO = 16384	/* due to, according to: a preposition */
};

static const struct role {
	const char	*w;
	int		 r;
} roles[] = {
	{ "that", R_OPEN | R_ANTE | R_THAT }, { "which", R_OPEN | R_ANTE },
	{ "who", R_OPEN | R_ANTE }, { "whom", R_OPEN | R_ANTE },
	{ "whose", R_OPEN | R_ANTE }, { "when", R_OPEN | R_WHEN },
	{ "where", R_OPEN | R_WHEN }, { "while", R_OPEN },
	{ "whereas", R_OPEN }, { "although", R_OPEN }, { "though", R_OPEN },
	{ "because", R_OPEN }, { "since", R_OPEN }, { "after", R_OPEN },
	{ "before", R_OPEN }, { "until", R_OPEN }, { "if", R_OPEN },
	{ "unless", R_OPEN }, { "would", R_MODAL }, { "will", R_MODAL },
	{ "could", R_MODAL }, { "should", R_MODAL }, { "may", R_MODAL },
	{ "might", R_MODAL }, { "must", R_MODAL }, { "can", R_MODAL },
	{ "to", R_TO | R_PREP }, { "and", R_AND }, { "but", R_AND },
	{ "as", R_AS }, { "in", R_PREP }, { "at", R_PREP },
	{ "near", R_PREP }, { "on", R_PREP }, { "into", R_PREP },
	{ "outside", R_PREP }, { "inside", R_PREP }, { "across", R_PREP },
	{ "the", R_DET }, { "a", R_DET }, { "an", R_DET }, { "its", R_DET },
	{ "their", R_DET }, { "his", R_DET }, { "her", R_DET },
	{ "this", R_DET }, { "these", R_DET }, { "those", R_DET },
	{ "our", R_DET }, { "step", R_STEP }, { "steps", R_STEP },
	{ "stepped", R_STEP }, { "stepping", R_STEP }, { "began", R_ASPECT },
	{ "started", R_ASPECT }, { "ended", R_ASPECT },
	{ "continued", R_ASPECT }, { "is", R_AUX }, { "was", R_AUX },
	{ "were", R_AUX }, { "are", R_AUX }, { "be", R_AUX },
	{ "been", R_AUX }, { "had", R_AUX }, { "has", R_AUX },
	{ "have", R_AUX }, { "hundred", R_NOVERB }, { "indeed", R_NOVERB },
	{ "speed", R_NOVERB }, { "embed", R_NOVERB }, { "due", R_PREPTO },
	{ "according", R_PREPTO }, { "owing", R_PREPTO }, { "next", R_PREPTO },
	{ "close", R_PREPTO }, { "prior", R_PREPTO }, { "thanks", R_PREPTO }
};

static short wordrole[NWORDS];

/* Bytes: letters, and those that may stop a clause or quote. */
#define B_ALPHA		1
#define B_MARK		2
static unsigned char bclass[256];

/* Where quotation marks open (1) or close (0) a quotation. */
#define MAXQUOTE	64
static struct quote {
	size_t	 at;
	int	 in;
} quote[MAXQUOTE];
static size_t nquote;
static int quotemany;		/* more than MAXQUOTE */

/* Every word of roles is in words too. */
static void
role_init(void)
{
	static const char marks[] = ",:;()?!.-\"\xe2";
	size_t i;
	int w;

	for (i = 0; i < 256; i++)
		bclass[i] = isalpha_c((int)i) ? B_ALPHA : 0;
	for (i = 0; marks[i] != '\0'; i++)
		bclass[(unsigned char)marks[i]] = B_MARK;
	for (i = 0; i < sizeof(roles) / sizeof(roles[0]); i++)
		if ((w = word_find(roles[i].w, strlen(roles[i].w))) >= 0)
			wordrole[w] = (short)roles[i].r;
}

enum { T_WORD, T_COMMA, T_HARD };

/* The words and stops of the sentence, for the clause of a date. */
static int sentbest;		/* the priority of the sentence's concept */

static struct tok {
	size_t	 start, end;
	int	 type, v, role;
	int	 lower, timex;
} tok[MAXTOK];
static size_t ntok;

static void
tok_add(int type, size_t start, size_t end, int v, int role, int lower)
{
	if (ntok == MAXTOK)
		return;
	tok[ntok].type = type;
	tok[ntok].start = start;
	tok[ntok].end = end;
	tok[ntok].v = v;
	tok[ntok].role = role;
	tok[ntok].lower = lower;
	tok[ntok++].timex = 0;
}

/* A stop between clauses: ; ( ) ? ! a dash, a colon between words. */
static int
hard_stop(const char *s, size_t n, size_t i)
{
	unsigned char c = (unsigned char)s[i];

	if (c == ';' || c == '(' || c == ')' || c == '?' || c == '!')
		return 1;
	/* Sentences glued together: "al-Muhandis.The coalition". */
	if (c == '.')
		return i > 0 && i + 1 < n && s[i - 1] >= 'a' &&
		    s[i - 1] <= 'z' && s[i + 1] >= 'A' && s[i + 1] <= 'Z';
	if (c == '-')
		return i + 1 < n && s[i + 1] == '-';
	/* An em or en dash. */
	return c == 0xe2 && i + 2 < n && (unsigned char)s[i + 1] == 0x80 &&
	    ((unsigned char)s[i + 2] == 0x94 ||
	    (unsigned char)s[i + 2] == 0x93);
}

/*
 * The concept of a sentence: the first in priority order among its
 * words; else its first content word that starts in lower case (not a
 * name) and has four letters or more; else "misc".  Also counts the
 * content words (three letters or more, not in the stoplist) and, for
 * a concept, keeps the sentence's words and stops in tok.
 */
static void
text_scan(const char *s, size_t n, char *concept, size_t csz, long *ncontent)
{
	char lw[32], fallback[32];
	const char *src;
	size_t i, j, k;
	unsigned h;
	int best = -1, v, w, r, steps = 0;

	fallback[0] = '\0';
	*ncontent = 0;
	nspan = 0;
	ntok = nquote = 0;
	quotemany = 0;
	for (i = 0; i < n; i = j) {
		if (!(bclass[(unsigned char)s[i]] & B_ALPHA)) {
			j = i + 1;
			if (concept == NULL || !(bclass[(unsigned char)s[i]] &
			    B_MARK))
				continue;
			if (s[i] == '"' || ((unsigned char)s[i] == 0xe2 &&
			    i + 2 < n && (unsigned char)s[i + 1] == 0x80 &&
			    ((unsigned char)s[i + 2] == 0x9c ||
			    (unsigned char)s[i + 2] == 0x9d))) {
				if (nquote == MAXQUOTE) {
					quotemany = 1;
					continue;
				}
				quote[nquote].at = i;
				quote[nquote].in = s[i] == '"' ? !(nquote > 0 &&
				    quote[nquote - 1].in) :
				    (unsigned char)s[i + 2] == 0x9c;
				nquote++;
				continue;
			}
			/* A colon after a label parts it like a comma. */
			if (s[i] == ',' || (s[i] == ':' && !(i > 0 && j < n &&
			    s[i - 1] >= '0' && s[i - 1] <= '9' &&
			    s[j] >= '0' && s[j] <= '9')))
				tok_add(T_COMMA, i, j, W_WORD, 0, 0);
			else if (hard_stop(s, n, i))
				tok_add(T_HARD, i, j, W_WORD, 0, 0);
			continue;
		}
		for (j = i + 1; j < n && (bclass[(unsigned char)s[j]] &
		    B_ALPHA); j++)
			;
		if (j - i >= sizeof(lw) || (concept == NULL && j - i < 3))
			continue;
		if (j - i <= 2) {
			/* Short words from a table of letter pairs. */
			k = (size_t)((s[i] | 0x20) - 'a') * 27 + (j - i == 1 ? 26 :
			    (size_t)((s[i + 1] | 0x20) - 'a'));
			w = (int)shortword[k] - 1;
			lw[0] = '\0';
		} else {
			for (h = HASH_INIT, k = 0; k < j - i; k++) {
				lw[k] = (char)(s[i + k] | 0x20);
				h = HASH_STEP(h, lw[k]);
			}
			lw[k] = '\0';
			w = word_findh(lw, k, h);
		}
		v = w < 0 ? W_WORD : words[w].v;
		r = w < 0 ? 0 : wordrole[w];
		if (concept != NULL)
			tok_add(T_WORD, i, j, v, r, s[i] >= 'a' && s[i] <= 'z');
		steps |= r & R_STEP;
		if (v == W_STOP || j - i < 3)
			continue;
		(*ncontent)++;
		if (concept == NULL)
			continue;
		if (v >= 0 && (best < 0 || v < best))
			best = v;
		/* Words for the fallback, checked only if it is needed. */
		if ((v == W_WORD || v == W_PAST) && best < 0 && j - i >= 4 &&
		    s[i] >= 'a' && s[i] <= 'z')
			v = NCONCEPTS;
		if (v >= 0 && nspan < MAXSPAN) {
			span[nspan].v = v;
			span[nspan].start = i;
			span[nspan++].end = j;
		}
	}
	if (concept == NULL)
		return;
	/* "stepped down": a resignation. */
	for (i = 0; steps && i + 1 < ntok; i++)
		if ((tok[i].role & R_STEP) && tok[i].lower &&
		    tok[i + 1].type == T_WORD &&
		    lex_ieq(s + tok[i + 1].start, tok[i + 1].end -
		    tok[i + 1].start, "down")) {
			tok[i].v = 0;
			best = 0;
			if (nspan < MAXSPAN) {
				span[nspan].v = 0;
				span[nspan].start = tok[i].start;
				span[nspan++].end = tok[i + 1].end;
			}
		}
	for (i = 0; best < 0 && i < nspan && fallback[0] == '\0'; i++) {
		k = span[i].end - span[i].start;
		if (span[i].v != (int)NCONCEPTS || k >= sizeof(lw))
			continue;
		for (j = 0; j < k; j++)
			lw[j] = (char)(s[span[i].start + j] | 0x20);
		lw[k] = '\0';
		if (lex_month(lw, k) == 0 && lex_weekday(lw, k) < 0)
			memcpy(fallback, lw, k + 1);
		else
			span[i].v = -1;
	}
	/* Keep the places of the words that name the concept. */
	for (i = 0, k = 0; i < nspan; i++)
		if (best >= 0 ? span[i].v == best : (span[i].v ==
		    (int)NCONCEPTS && lex_ieq(s + span[i].start,
		    span[i].end - span[i].start, fallback)))
			span[k++] = span[i];
	nspan = k;
	sentbest = best >= 0 ? best : (int)NCONCEPTS;
	src = best >= 0 ? concepts[best] : fallback[0] != '\0' ? fallback :
	    "misc";
	k = strlen(src);
	if (k >= csz)
		k = csz - 1;
	memcpy(concept, src, k);
	concept[k] = '\0';
}

/* Does the word tok[i] open a clause? */
static int
tok_opens(const char *s, size_t i)
{
	const struct tok *t = &tok[i], *nx = i + 1 < ntok ? &tok[i + 1] : NULL;

	if (t->type != T_WORD || !t->lower)
		return 0;
	if (t->role & R_OPEN)
		return 1;
	if (t->role & R_AND)
		return i > 0 && tok[i - 1].type == T_COMMA;
	if (t->role & R_AS)
		/* "as officers began", not "such as the" */
		return nx != NULL && nx->type == T_WORD && (!nx->lower ||
		    (nx->role & R_DET)) && !(i > 0 && tok[i - 1].type ==
		    T_WORD && lex_ieq(s + tok[i - 1].start, tok[i - 1].end -
		    tok[i - 1].start, "such"));
	return 0;
}

/*
 * "to" before a verb ("to ask the government"), not "to Iraq", "to the
 * base", "due to attacks", "according to officials": a plural in -s
 * after it is a noun.
 */
static int
tok_infinitive(const char *s, size_t n, size_t i)
{
	const struct tok *t = &tok[i], *nx = &tok[i + 1];

	if (!(t->role & R_TO) || !t->lower || t->end + 1 >= n ||
	    s[t->end] != ' ' || s[t->end + 1] < 'a' || s[t->end + 1] > 'z' ||
	    i + 1 >= ntok || nx->type != T_WORD || (nx->role & R_DET))
		return 0;
	if (i > 0 && (tok[i - 1].role & R_PREPTO))
		return 0;
	return !(nx->end - nx->start > 3 && s[nx->end - 1] == 's' &&
	    s[nx->end - 2] != 's');
}

/*
 * A content word in lower case outside the dates: a head for a clause
 * (months and weekdays start in upper case).
 */
static int
tok_plain(size_t i, size_t minlen)
{
	const struct tok *t = &tok[i];

	return t->type == T_WORD && t->lower && !t->timex &&
	    t->end - t->start >= minlen && (t->v == W_WORD || t->v == W_PAST);
}

/* A verb in the past: an irregular one, or a word in -ed. */
static int
tok_past(const char *s, size_t i)
{
	const struct tok *t = &tok[i];

	if (t->type != T_WORD || (t->role & R_NOVERB) || !(t->v == W_PAST ||
	    (t->end - t->start >= 5 && s[t->end - 2] == 'e' &&
	    s[t->end - 1] == 'd')))
		return 0;
	return tok_plain(i, 4);
}

/* A concept word used as a verb: "had halted", "is suspended", "voting". */
static int
tok_verbal(const char *s, size_t i)
{
	const struct tok *t = &tok[i];
	size_t k = t->end - t->start;

	return (i > 0 && (tok[i - 1].role & R_AUX)) || (k >= 5 &&
	    ((s[t->end - 2] == 'e' && s[t->end - 1] == 'd') ||
	    (s[t->end - 3] == 'i' && s[t->end - 2] == 'n' &&
	    s[t->end - 1] == 'g')));
}

/*
 * Where what a verb of saying reports starts ("said on Sunday that the
 * mission is suspended"), or -1: there only verbs name the concept,
 * since a noun there ("planning new attacks") tells no event of the
 * date.
 */
static size_t said;

/* The clause of the date chron_concept looked at last, [clause0, clause1). */
static size_t clause0, clause1;

/* The relative clause that follows the date's clause, [rel0, rel1). */
static size_t rel0, rel1;

/*
 * The clause of the date in tok[a..b): [*c0, *c1) runs to the stops,
 * the words that open clauses (that, which, when, since, after...), a
 * comma before "and" or "but", and after the date a modal ("would")
 * and an infinitive; [*s0, *s1) stops at commas too.  The word right
 * before the date is its preposition ("since Oct. 7"), not a clause's
 * start.  A clause opened by "that" or "which" holds the word it tells
 * of ("talks that began"), if it tells of an event (a verb in the
 * past, a concept): "bases that host troops early Wednesday" tells of
 * the clause around it.  ", when" after the date tells what happened on
 * it; "that" a few words after a verb of saying opens what was said,
 * which stays in.
 */
static void
tok_clause(const char *s, size_t n, size_t a, size_t b, size_t *s0,
    size_t *s1, size_t *c0, size_t *c1)
{
	size_t i, k, none = (size_t)-1, lastsay = none;
	int ev;

	*s0 = *s1 = *c0 = *c1 = none;
	said = rel0 = rel1 = none;
	for (i = a; i-- > 0; ) {
		if (tok[i].type == T_HARD) {
			*c0 = i + 1;
			break;
		}
		if (tok[i].type == T_COMMA) {
			if (*s0 == none)
				*s0 = i + 1;
			continue;
		}
		if (i + 1 == a || !tok_opens(s, i))
			continue;
		if (tok[i].role & R_ANTE) {
			for (ev = 0, k = i + 1; k < a && !ev; k++)
				ev = tok_past(s, k) || (tok[k].type == T_WORD &&
				    tok[k].v >= 0);
			if (!ev)
				continue;
		}
		*c0 = i;
		if ((tok[i].role & R_ANTE) && i > 0)
			*c0 = tok[i - 1].type == T_WORD ? i - 1 :
			    i > 1 && tok[i - 1].type == T_COMMA &&
			    tok[i - 2].type == T_WORD ? i - 2 : i;
		break;
	}
	if (*c0 == none)
		*c0 = 0;
	if (*s0 == none || *s0 < *c0)
		*s0 = *c0;
	for (i = *c0; i < a; i++)
		if (tok[i].type == T_COMMA)
			lastsay = none;
		else if (tok[i].v == C_SAY)
			lastsay = i;
	for (i = b; i < ntok; i++) {
		if (tok[i].type == T_HARD)
			break;
		if (tok[i].type == T_COMMA) {
			if (i == b && i + 1 < ntok &&
			    (tok[i + 1].role & R_WHEN)) {
				i++;
				continue;
			}
			if (i + 1 < ntok && (tok[i + 1].role & R_AND))
				break;
			if (*s1 == none)
				*s1 = i;
			lastsay = none;
			continue;
		}
		if (tok[i].v == C_SAY)
			lastsay = i;
		if (!tok[i].lower)
			continue;
		if ((tok[i].role & R_MODAL) || tok_infinitive(s, n, i))
			break;
		if ((tok[i].role & R_THAT) && lastsay != none &&
		    i - lastsay <= 5 && said == none) {
			said = i;
			continue;
		}
		if (tok_opens(s, i)) {
			if (tok[i].role & R_ANTE) {
				rel0 = i;
				for (rel1 = i + 1; rel1 < ntok &&
				    tok[rel1].type == T_WORD; rel1++)
					;
			}
			break;
		}
	}
	*c1 = i;
	if (*s1 == none || *s1 > *c1)
		*s1 = *c1;
}

/* A word of a concept that counts: what was said counts by its verbs. */
static int
tok_counts(const char *s, size_t a)
{
	return tok[a].type == T_WORD && !tok[a].timex && tok[a].v >= 0 &&
	    (said == (size_t)-1 || a < said || tok_verbal(s, a));
}

/* The concept other than saying of best priority in tok[a..b), or -1. */
static int
tok_best(const char *s, size_t a, size_t b)
{
	int best = -1;

	for (; a < b; a++)
		if (tok_counts(s, a) && tok[a].v != C_SAY && (best < 0 ||
		    tok[a].v < best))
			best = tok[a].v;
	return best;
}

/*
 * In one pass over the clause [c0, c1) and its part [s0, s1): the
 * concept other than saying of best priority in the part, else in the
 * clause (only a verb there, not a word after "the", "a", if the part
 * names a saying: "speaking on Sunday, he called the killing
 * important"), else saying if the clause names it; -1 if none, -2 if
 * the clause holds no content word in lower case (a dateline).
 */
static int
tok_concept(const char *s, size_t s0, size_t s1, size_t c0, size_t c1)
{
	size_t a;
	int part = -1, all = -1, verb = -1, say = 0, saypart = 0, plain = 0, v;

	for (a = c0; a < c1; a++) {
		if (tok[a].type != T_WORD || tok[a].timex)
			continue;
		if (tok[a].lower && tok[a].v != W_STOP &&
		    tok[a].end - tok[a].start >= 3)
			plain = 1;
		if (!tok_counts(s, a))
			continue;
		if ((v = tok[a].v) == C_SAY) {
			say = 1;
			saypart |= a >= s0 && a < s1;
			continue;
		}
		if (a >= s0 && a < s1 && (part < 0 || v < part))
			part = v;
		if (all < 0 || v < all)
			all = v;
		if (!(a > 0 && (tok[a - 1].role & R_DET)) && (verb < 0 ||
		    v < verb))
			verb = v;
	}
	if (!plain)
		return -2;
	if (part >= 0)
		return part;
	if ((v = saypart ? verb : all) >= 0)
		return v;
	return say ? C_SAY : -1;
}

/*
 * The clause's head when it names no concept: its verb in the past
 * nearest the date ("militias formed in 2014"), or for "began" and the
 * like the word the clause tells of ("an escalation that began"); else
 * its first content word in lower case; else -1.
 */
static size_t
tok_head(const char *s, size_t c0, size_t c1, size_t a, size_t b)
{
	size_t i, best = (size_t)-1, d, bestd = (size_t)-1;

	for (i = c0; i < c1; i++) {
		if (!tok_past(s, i))
			continue;
		d = i < a ? a - i : i - b;
		if (d < bestd) {
			bestd = d;
			best = i;
		}
	}
	if (best != (size_t)-1 && (tok[best].role & R_ASPECT) &&
	    best > c0 && best >= 2 && (tok[best - 1].role & R_ANTE) &&
	    tok_plain(best - 2, 4))
		return best - 2;
	for (i = c0; best == (size_t)-1 && i < c1; i++)
		if (tok_plain(i, 4))
			best = i;
	return best;
}

/*
 * The country of the first place named in tok[a..b) after in, at,
 * near... or after a word of the event's concept v ("attacked Israel"),
 * up to two words between ("in eastern Baghdad", "near the Baghdad
 * airport"); a country used as an adjective ("U.S. forces", "Iraqi
 * bases") only when no name does, and not before a concept's word ("a
 * U.S. drone strike": whose it is); NULL if none.
 */
static const char *
tok_place(const char *s, size_t n, size_t a, size_t b, int v)
{
	const char *best = NULL;
	size_t i, j, k, e, p;
	int cls, bestcls = 99, skip;

	for (i = a; i < b && bestcls > 0; i++) {
		if (tok[i].type != T_WORD || tok[i].lower || i == a)
			continue;
		for (j = i, skip = 0; j > a && skip <= 2; skip++) {
			j--;
			if (tok[j].type != T_WORD || (tok[j].role & R_PREP) ||
			    tok[j].v >= 0 || !tok[j].lower)
				break;
		}
		if (tok[j].type != T_WORD || !((tok[j].role & R_PREP) ||
		    tok[j].v == v))
			continue;
		for (e = tok[i].end; e < n && (isalpha_c((unsigned char)s[e]) ||
		    s[e] == '.'); e++)
			;
		k = e;
		if (s[k - 1] == '.' && memchr(s + tok[i].start, '.',
		    k - tok[i].start - 1) == NULL)
			k--;
		if ((p = place_word(s + tok[i].start, k - tok[i].start)) ==
		    NPLACES || (k < n && s[k] == '-'))
			continue;
		cls = places[p].adj == 1 || (places[p].adj == 0 &&
		    upper_name(s + tok[i].start, k - tok[i].start) &&
		    k + 1 < n && s[k] == ' ' && s[k + 1] >= 'a' &&
		    s[k + 1] <= 'z') ? 2 : 0;
		/* "a U.S. drone strike": whose it is, not where. */
		for (j = i + 1; cls == 2 && j < ntok && tok[j].start < k; j++)
			;
		if (cls == 2 && j < ntok && tok[j].type == T_WORD &&
		    tok[j].v >= 0)
			continue;
		if (cls < bestcls) {
			bestcls = cls;
			best = places[p].canon;
		}
	}
	return best;
}

/* Capitalized words that are titles, bodies or capitals, not persons. */
static const char *titles[] = {
	"army", "coalition", "congress", "department", "forces", "general",
	"government", "guard", "islamic", "minister", "ministry", "militia",
	"national", "parliament", "pentagon", "president", "prime", "reserve",
	"republic", "resistance", "revolutionary", "secretary", "senate",
	"spokesman", "spokeswoman", "state", "united", "washington"
};

#define NONAME		((uint32_t)-1)
static char *pword;		/* by entry of pnames: 1 a person, 2 not */
static size_t npword;

/*
 * The capitalized word tok[i] as a person's name, or NONAME.  What the
 * word is (a month, a place, a title) is looked up once per word.
 */
static uint32_t
tok_person(const char *s, size_t n, size_t i)
{
	size_t k = tok[i].end - tok[i].start, j;
	const char *w = s + tok[i].start;
	uint32_t id;

	if (tok[i].v != W_WORD || k < 3 || (w[1] >= 'A' && w[1] <= 'Z') ||
	    (tok[i].end < n && (s[tok[i].end] == '.' ||
	    s[tok[i].end] == '-') && k <= 4))
		return NONAME;
	/* First in the sentence: only "Soleimani was", "Qasem Soleimani". */
	if ((i == 0 || tok[i - 1].type == T_HARD) && (w[k - 1] == 's' ||
	    i + 1 >= ntok || tok[i + 1].type != T_WORD || (tok[i + 1].lower &&
	    !(tok[i + 1].role & R_AUX) && tok[i + 1].v != W_PAST)))
		return NONAME;
	id = strtab_intern(&pnames, w, k);
	if (id >= npword) {
		pword = xreallocarray(pword, pnames.n, sizeof(*pword));
		memset(pword + npword, 0, pnames.n - npword);
		npword = pnames.n;
	}
	if (pword[id] == 0) {
		pword[id] = lex_month(w, k) != 0 || lex_weekday(w, k) >= 0 ||
		    place_word(w, k) != NPLACES ? 2 : 1;
		for (j = 0; j < sizeof(titles) / sizeof(titles[0]); j++)
			if (lex_ieq(w, k, titles[j]))
				pword[id] = 2;
	}
	return pword[id] == 1 ? id : NONAME;
}

/*
 * The persons named in the clause tok[c0..c1): its capitalized words
 * but places, months, days, titles, words that start a sentence, runs
 * after "the" (a body: "the Islamic Resistance") and runs before a verb
 * of saying (who spoke is not who took part).  Into out, at most max.
 */
static size_t
tok_names(const char *s, size_t n, size_t c0, size_t c1, uint32_t *out,
    size_t max)
{
	size_t i, j, k, nout = 0;

	for (i = c0; i < c1 && nout < max; i = j) {
		if (tok[i].type != T_WORD || tok[i].lower) {
			j = i + 1;
			continue;
		}
		for (j = i; j < c1 && tok[j].type == T_WORD && !tok[j].lower;
		    j++)
			;
		if ((i > 0 && (tok[i - 1].role & R_DET)) || (j < ntok &&
		    tok[j].type == T_WORD && tok[j].v == C_SAY))
			continue;
		for (k = i; k < j && nout < max; k++)
			if ((out[nout] = tok_person(s, n, k)) != NONAME)
				nout++;
	}
	return nout;
}

/*
 * How strongly a date governs its sentence, from the word before it:
 * 3 after on, in, at, during; 1 after since, until, by, before, after,
 * from, through (the date bounds the event, it is not its date); 2
 * otherwise ("voted Sunday").  The relation word goes into the flags.
 */
static int
date_rank(const char *s, size_t n, size_t i, char *flags, size_t fsz)
{
	static const char *weak[] = {
		"since", "until", "till", "by", "before", "after", "from",
		"through"
	};
	size_t j, k;
	char lw[16];

	flags[0] = '\0';
	if (i > n)
		return 2;
	j = i;
	while (j > 0 && s[j - 1] == ' ')
		j--;
	for (k = j; k > 0 && isalpha_c((unsigned char)s[k - 1]); k--)
		;
	if (j - k == 0 || j - k >= sizeof(lw))
		return 2;
	for (i = 0; i < j - k; i++)
		lw[i] = (char)(s[k + i] | 0x20);
	lw[i] = '\0';
	if (strcmp(lw, "on") == 0 || strcmp(lw, "in") == 0 ||
	    strcmp(lw, "at") == 0 || strcmp(lw, "during") == 0)
		return 3;
	for (i = 0; i < sizeof(weak) / sizeof(weak[0]); i++)
		if (strcmp(lw, weak[i]) == 0) {
			snprintf(flags, fsz, "%s", strcmp(lw, "till") == 0 ?
			    "until" : lw);
			return 1;
		}
	return 2;
}

/* Chronology: nodes, their components, and the sentence for each. */

static size_t
node_find(size_t i)
{
	size_t r = i, next;

	while (nodes[r].parent != r)
		r = nodes[r].parent;
	while (nodes[i].parent != r) {
		next = nodes[i].parent;
		nodes[i].parent = r;
		i = next;
	}
	return r;
}

static void
rep_free(struct rep *r)
{
	if (r == NULL)
		return;
	free(r->text);
	free(r->flags);
	free(r->ctx);
	free(r->mention);
	free(r);
}

/*
 * The order that picks the sentence for an event or figure group: the
 * higher score, then the shorter text, then the document id, the
 * offset, the bytes, the flags and context; a total order, so the pick
 * never depends on the order of the input.  Negative if c comes first.
 */
static int
rep_cmp(const struct rep *c, const struct rep *r)
{
	int k;

	if (c->score != r->score)
		return c->score > r->score ? -1 : 1;
	if (c->len != r->len)
		return c->len < r->len ? -1 : 1;
	if (c->doc != r->doc &&
	    (k = strcmp(docs.s[c->doc], docs.s[r->doc])) != 0)
		return k;
	if (c->off != r->off)
		return c->off < r->off ? -1 : 1;
	if ((k = memcmp(c->text, r->text, c->len)) != 0)
		return k;
	if ((k = strcmp(c->flags, r->flags)) != 0)
		return k;
	return strcmp(c->ctx, r->ctx);
}

/* Offer a sentence to *slot; it is kept if it comes first. */
static void
rep_offer(struct rep **slot, long score, uint32_t doc, unsigned long off,
    const char *text, size_t len, const char *flags, const char *ctx,
    const char *mention)
{
	struct rep c, *r;

	c.score = score;
	c.doc = doc;
	c.off = off;
	c.text = (char *)text;
	c.len = len;
	c.flags = (char *)flags;
	c.ctx = (char *)ctx;
	if (*slot != NULL && rep_cmp(&c, *slot) >= 0)
		return;
	rep_free(*slot);
	r = xcalloc(1, sizeof(*r));
	r->score = score;
	r->doc = doc;
	r->off = off;
	r->text = xstrndup(text, len);
	r->len = len;
	r->flags = xstrndup(flags, strlen(flags));
	r->ctx = xstrndup(ctx, strlen(ctx));
	r->mention = xstrndup(mention, strlen(mention));
	*slot = r;
}

/* Joins two components; the root keeps the sentence that comes first. */
static void
unite(size_t a, size_t b)
{
	struct rep *ra, *rb;
	size_t t;

	a = node_find(a);
	b = node_find(b);
	if (a == b)
		return;
	if (b < a) {
		t = a;
		a = b;
		b = t;
	}
	nodes[b].parent = a;
	ra = nodes[a].rep;
	rb = nodes[b].rep;
	nodes[b].rep = NULL;
	if (rb == NULL)
		return;
	if (ra == NULL || rep_cmp(rb, ra) < 0) {
		nodes[a].rep = rb;
		rep_free(ra);
	} else
		rep_free(rb);
}

static size_t
node_hash(uint32_t g, int prec, long code)
{
	uint64_t h = 0xcbf29ce484222325ULL;

	h = (h ^ g) * 0x100000001b3ULL;
	h = (h ^ (uint64_t)prec) * 0x100000001b3ULL;
	h = (h ^ (uint64_t)code) * 0x100000001b3ULL;
	h ^= h >> 29;
	return (size_t)h;
}

/* The node for (group, date), or (size_t)-1. */
static size_t
node_lookup(uint32_t g, int prec, long code)
{
	size_t j, k;

	if (nnodeslot == 0)
		return (size_t)-1;
	j = node_hash(g, prec, code) & (nnodeslot - 1);
	while ((k = nodeslot[j]) != 0) {
		k--;
		if (nodes[k].group == g && nodes[k].prec == prec &&
		    nodes[k].code == code)
			return k;
		j = (j + 1) & (nnodeslot - 1);
	}
	return (size_t)-1;
}

static void
node_slot(size_t i)
{
	size_t j;

	j = node_hash(nodes[i].group, nodes[i].prec, nodes[i].code) &
	    (nnodeslot - 1);
	while (nodeslot[j] != 0)
		j = (j + 1) & (nnodeslot - 1);
	nodeslot[j] = i + 1;
}

/* Two day nodes told by two documents or more. */
static int
cross_doc(size_t a, size_t b)
{
	return nodes[a].multi || nodes[b].multi ||
	    nodes[a].firstdoc != nodes[b].firstdoc;
}

static int
concept_oneoff(const char *c)
{
	size_t i;

	for (i = 0; i < sizeof(oneoff) / sizeof(oneoff[0]); i++)
		if (strcmp(c, oneoff[i]) == 0)
			return 1;
	return 0;
}

/*
 * G_ONEOFF: an event that happens once; G_COARSE: its mentions at other
 * precisions tell the same event (a month and its days): a kind that
 * happens once, the scheduled, and a kind that recurs told with its
 * place ("strike@Jordan").  A recurring kind without a place says too
 * little to tell which of a month's events a month mention is.
 */
#define G_ONEOFF	1
#define G_COARSE	2
#define G_NAMED		4	/* a recurring kind: joined by who took part */
#define G_PLACED	8

static int
group_kind(uint32_t g)
{
	const char *c, *at;
	size_t i, k;
	int kind;

	if (g >= ngoneoff) {
		goneoff = xreallocarray(goneoff, groups.n, sizeof(*goneoff));
		gbase = xreallocarray(gbase, groups.n, sizeof(*gbase));
		for (; ngoneoff < groups.n; ngoneoff++) {
			c = groups.s[ngoneoff];
			at = strchr(c, '@');
			k = at != NULL ? (size_t)(at - c) : strlen(c);
			kind = concept_oneoff(c) ? G_ONEOFF | G_COARSE :
			    strcmp(c, SCHEDULED) == 0 || at != NULL ?
			    G_COARSE : 0;
			if (at != NULL)
				kind |= G_PLACED;
			for (i = 0; i + 1 < NCONCEPTS && !(kind & G_ONEOFF);
			    i++)
				if (strlen(concepts[i]) == k &&
				    memcmp(c, concepts[i], k) == 0)
					kind |= G_NAMED;
			goneoff[ngoneoff] = (char)kind;
			gbase[ngoneoff] = strtab_intern(&bases, c, k);
		}
	}
	return goneoff[g];
}

static int
group_oneoff(uint32_t g)
{
	return group_kind(g) & G_ONEOFF;
}

static void
link_days(size_t i)
{
	long k;
	size_t o;

	if (!group_oneoff(nodes[i].group))
		return;

	for (k = -window; k <= window; k++) {
		if (k == 0)
			continue;
		o = node_lookup(nodes[i].group, P_DAY, nodes[i].code + k);
		if (o != (size_t)-1 && cross_doc(i, o))
			unite(i, o);
	}
}

static void
link_if(size_t i, int prec, long code)
{
	size_t o;

	if ((o = node_lookup(nodes[i].group, prec, code)) != (size_t)-1)
		unite(i, o);
}

/*
 * A new node joins its neighbours: the next coarser period that holds
 * it and the next finer periods it holds (a month and its days, a year
 * and its months, never a year and its days), and for a day the days
 * up to -w days away when two documents tell them.  The relation only
 * grows as mentions arrive, so its components do not depend on their
 * order.
 */
static void
link_new(size_t i)
{
	struct date d;
	long c, first, last;
	int p;

	d.prec = p = nodes[i].prec;
	d.code = c = nodes[i].code;
	if (!(group_kind(nodes[i].group) & G_COARSE))
		return;
	if (p > P_CENTURY)
		link_if(i, p - 1, date_coarsen(&d, p - 1));
	switch (p) {
	case P_DAY:
		link_days(i);
		break;
	case P_MONTH:
		first = date_firstday(&d);
		last = first + cal_days_in_month((int)floordiv(c, 12),
		    (int)(c - floordiv(c, 12) * 12) + 1);
		for (; first < last; first++)
			link_if(i, P_DAY, first);
		break;
	case P_YEAR:
		for (first = c * 12; first < c * 12 + 12; first++)
			link_if(i, P_MONTH, first);
		break;
	default:
		for (first = c * 10; first < c * 10 + 10; first++)
			link_if(i, p + 1, first);
		break;
	}
}

/*
 * Who took part: the nodes of a recurring kind that name a person,
 * by (concept without place, name, precision, date).  Two such nodes
 * of one concept join when they share a name, their dates fit (the
 * same day or month, a day and its month) and their places do not
 * contradict (one has none, or both the same): "Soleimani was killed
 * in a drone strike Friday" and "a drone strike in Baghdad killed
 * Soleimani in January".  A pair joins on what the two nodes hold, and
 * names are only added, so the relation still only grows.
 */
struct nkey {
	uint32_t	 base, name;
	int		 prec;
	long		 code;
	size_t		 head;		/* index + 1 into nlist */
};

static struct nkey *nkeys;
static size_t nnkeys, cnkeys;		/* used, slots (a power of two) */
static struct nlist {
	size_t		 node, next;	/* next: index + 1 */
} *nlist;
static size_t nnlist, cnlist;

static size_t
nkey_hash(uint32_t base, uint32_t name, int prec, long code)
{
	uint64_t h = 0xcbf29ce484222325ULL;

	h = (h ^ base) * 0x100000001b3ULL;
	h = (h ^ name) * 0x100000001b3ULL;
	h = (h ^ (uint64_t)prec) * 0x100000001b3ULL;
	h = (h ^ (uint64_t)code) * 0x100000001b3ULL;
	h ^= h >> 29;
	return (size_t)h;
}

/* The slot of a key; an empty one (head 0) if it is not there. */
static struct nkey *
nkey_find(uint32_t base, uint32_t name, int prec, long code)
{
	size_t j;

	j = nkey_hash(base, name, prec, code) & (cnkeys - 1);
	while (nkeys[j].head != 0 && !(nkeys[j].base == base &&
	    nkeys[j].name == name && nkeys[j].prec == prec &&
	    nkeys[j].code == code))
		j = (j + 1) & (cnkeys - 1);
	return &nkeys[j];
}

static void
nkey_grow(void)
{
	struct nkey *old = nkeys, *k;
	size_t i, n = cnkeys;

	cnkeys = cnkeys ? cnkeys * 2 : 1024;
	nkeys = xcalloc(cnkeys, sizeof(*nkeys));
	for (i = 0; i < n; i++)
		if (old[i].head != 0) {
			k = nkey_find(old[i].base, old[i].name, old[i].prec,
			    old[i].code);
			*k = old[i];
		}
	free(old);
}

static void
name_link(size_t i, uint32_t name, int prec, long code)
{
	struct nkey *k;
	size_t j, o;
	uint32_t g = nodes[i].group;

	if (cnkeys == 0)
		return;
	k = nkey_find(gbase[g], name, prec, code);
	for (j = k->head; j != 0; j = nlist[j - 1].next) {
		o = nlist[j - 1].node;
		if (o != i && (nodes[o].group == g ||
		    !(group_kind(nodes[o].group) & G_PLACED) ||
		    !(group_kind(g) & G_PLACED)))
			unite(i, o);
	}
}

/* Node i names a person; it joins the nodes that name them too. */
static void
node_name(size_t i, uint32_t name)
{
	struct node *n = &nodes[i];
	struct nkey *k;
	struct date d;
	long c, first, last;
	size_t j;

	for (j = 0; j < n->nnames; j++)
		if (n->names[j] == name)
			return;
	if (n->nnames == n->cnames) {
		n->cnames = n->cnames ? n->cnames * 2 : 4;
		n->names = xreallocarray(n->names, n->cnames,
		    sizeof(*n->names));
	}
	n->names[n->nnames++] = name;
	d.prec = n->prec;
	d.code = c = n->code;
	name_link(i, name, d.prec, c);
	if (d.prec == P_DAY)
		name_link(i, name, P_MONTH, date_coarsen(&d, P_MONTH));
	else {
		first = date_firstday(&d);
		last = first + cal_days_in_month((int)floordiv(c, 12),
		    (int)(c - floordiv(c, 12) * 12) + 1);
		for (; first < last; first++)
			name_link(i, name, P_DAY, first);
	}
	if (2 * (nnkeys + 1) > cnkeys)
		nkey_grow();
	k = nkey_find(gbase[n->group], name, d.prec, c);
	if (k->head == 0) {
		k->base = gbase[n->group];
		k->name = name;
		k->prec = d.prec;
		k->code = c;
		nnkeys++;
	}
	if (nnlist == cnlist) {
		cnlist = cnlist ? cnlist * 2 : 1024;
		nlist = xreallocarray(nlist, cnlist, sizeof(*nlist));
	}
	nlist[nnlist].node = i;
	nlist[nnlist].next = k->head;
	k->head = ++nnlist;
}

static int
ment_idcmp(const void *a, const void *b)
{
	const struct ment *x = a, *y = b;

	if (x->doc != y->doc)
		return x->doc < y->doc ? -1 : 1;
	if (x->off != y->off)
		return x->off < y->off ? -1 : 1;
	return 0;
}

/* The name that stands for a document among the names: "#" and its id. */
static uint32_t
doc_name(uint32_t doc)
{
	/* sentences of one document come together: intern once */
	if (dname_ok && dname_doc == doc)
		return dname_id;
	dname_ok = 1;
	dname_doc = doc;
	dname.len = 0;
	buf_char(&dname, '#');
	buf_str(&dname, docs.s[doc]);
	return dname_id = strtab_intern(&pnames, dname.s, dname.len);
}

/*
 * Adds a source.  A full list drops its duplicates before it grows, so
 * sources read twice (a chronology merged again with its own records)
 * cost no memory: it stays within twice the distinct sources.
 */
static void
ment_push(struct ment **m, size_t *nm, size_t *cm, uint32_t doc,
    unsigned long off)
{
	size_t i, k;

	if (*nm == *cm) {
		if (*nm > 0) {
			qsort(*m, *nm, sizeof(**m), ment_idcmp);
			for (i = 1, k = 1; i < *nm; i++)
				if (ment_idcmp(&(*m)[i], &(*m)[k - 1]) != 0)
					(*m)[k++] = (*m)[i];
			*nm = k;
		}
		if (*cm == 0 || *nm * 2 > *cm) {
			*cm = *cm ? *cm * 2 : 2;
			*m = xreallocarray(*m, *cm, sizeof(**m));
		}
	}
	(*m)[*nm].doc = doc;
	(*m)[*nm].off = off;
	(*nm)++;
}

static size_t
node_mention(uint32_t g, const struct date *d, uint32_t doc,
    unsigned long off)
{
	struct node *n;
	size_t i, j;

	i = node_lookup(g, d->prec, d->code);
	if (i == (size_t)-1) {
		if (2 * (nnodes + 1) > nnodeslot) {
			free(nodeslot);
			nnodeslot = nnodeslot ? nnodeslot * 2 : 4096;
			nodeslot = xcalloc(nnodeslot, sizeof(*nodeslot));
			for (j = 0; j < nnodes; j++)
				node_slot(j);
		}
		if (nnodes == cnodes) {
			cnodes = cnodes ? cnodes * 2 : 1024;
			nodes = xreallocarray(nodes, cnodes, sizeof(*nodes));
		}
		i = nnodes++;
		n = &nodes[i];
		memset(n, 0, sizeof(*n));
		n->group = g;
		n->prec = d->prec;
		n->code = d->code;
		n->parent = i;
		n->firstdoc = doc;
		node_slot(i);
	}
	n = &nodes[i];
	ment_push(&n->m, &n->nm, &n->cm, doc, off);
	if (n->nm == 1)
		link_new(i);
	else if (!n->multi && doc != n->firstdoc) {
		n->multi = 1;
		if (n->prec == P_DAY)
			link_days(i);
	}
	return i;
}

/* The sentence being read. */

static int
kind_body(const struct tsv_field *f)
{
	return !(tsv_eq(f, "head") || tsv_eq(f, "caption") ||
	    tsv_eq(f, "meta") || tsv_eq(f, "furniture"));
}

static long
dct_day(const struct rec_key *k)
{
	if (k->year == 0)
		return -1;
	return cal_days_from_civil(k->year, k->month, k->day);
}

static int
cand_cmp(const struct cand *a, const struct cand *b)
{
	if (a->quoted != b->quoted)
		return a->quoted ? 1 : -1;
	if (a->rank + a->near != b->rank + b->near)
		return a->rank + a->near > b->rank + b->near ? -1 : 1;
	if (a->start != b->start)
		return a->start < b->start ? -1 : 1;
	if (a->d.prec != b->d.prec)
		return a->d.prec > b->d.prec ? -1 : 1;
	if (a->d.code != b->d.code)
		return a->d.code < b->d.code ? -1 : 1;
	return strcmp(a->flags, b->flags);
}

static int
cand_qcmp(const void *a, const void *b)
{
	return cand_cmp(a, b);
}

static int
str_cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The other dates of the sentence, sorted, comma separated. */
static void
context(const struct cand *self, struct buf *b)
{
	char tmp[64][32], *p[64];
	size_t i, n = 0, k;

	b->len = 0;
	buf_add(b, "", 0);
	for (i = 0; i < u.nc && n < 64; i++) {
		if (u.c[i].d.prec == self->d.prec &&
		    u.c[i].d.code == self->d.code)
			continue;
		date_format(&u.c[i].d, tmp[n]);
		p[n] = tmp[n];
		n++;
	}
	qsort(p, n, sizeof(p[0]), str_cmp);
	for (i = 0, k = 0; i < n; i++) {
		if (i > 0 && strcmp(p[i], p[i - 1]) == 0)
			continue;
		if (k++ > 0)
			buf_char(b, ',');
		buf_str(b, p[i]);
	}
}

/* The words in s[a..b), counted up to max. */
static size_t
count_words(const char *s, size_t a, size_t b, size_t max)
{
	size_t n = 0;

	for (; a < b && n < max; a++)
		if (isalpha_c((unsigned char)s[a]) && (a == 0 ||
		    !isalpha_c((unsigned char)s[a - 1])))
			n++;
	return n;
}

/*
 * 3 for a date at most two words from a word that names the sentence's
 * concept ("voted Sunday", "on Sunday, parliament voted"): that date
 * governs the event more surely than a date after "on" in another
 * clause.
 */
static int
date_near(const struct cand *c)
{
	size_t i, a, b;

	if (c->start < u.off || c->end < c->start ||
	    c->end - u.off > u.text.len)
		return 0;
	a = c->start - u.off;
	b = c->end - u.off;
	for (i = 0; i < nspan; i++) {
		if (span[i].end <= a && count_words(u.text.s, span[i].end, a,
		    3) <= 2)
			return 3;
		if (span[i].start >= b && count_words(u.text.s, b,
		    span[i].start, 3) <= 2)
			return 3;
	}
	return 0;
}

/*
 * Dates inside quotation marks: what someone said, dated from when they
 * said it ("today", "the next day"), which the text does not tell.
 */
static void
mark_quoted(void)
{
	const char *s = u.text.s;
	size_t i, k, at;
	int in;

	for (k = 0; k < u.nc && nquote > 0; k++) {
		if (u.c[k].start < u.off || u.c[k].start - u.off > u.text.len)
			continue;
		at = u.c[k].start - u.off;
		for (in = 0, i = 0; i < nquote && quote[i].at < at; i++)
			in = quote[i].in;
		/* Beyond the marks kept: read the text. */
		if (quotemany && i == nquote) {
			for (i = quote[nquote - 1].at + 1; i < at; i++) {
				if (s[i] == '"')
					in = !in;
				else if ((unsigned char)s[i] == 0xe2 &&
				    i + 2 < at &&
				    (unsigned char)s[i + 1] == 0x80 &&
				    ((unsigned char)s[i + 2] == 0x9c ||
				    (unsigned char)s[i + 2] == 0x9d))
					in = (unsigned char)s[i + 2] == 0x9c;
			}
		}
		u.c[k].quoted = in;
	}
}

/* Marks the words of the sentence's date expressions. */
static void
mark_timex(void)
{
	size_t i, k, a, b;

	for (k = 0; k < u.nc; k++) {
		if (u.c[k].start < u.off || u.c[k].end < u.c[k].start)
			continue;
		a = u.c[k].start - u.off;
		b = u.c[k].end - u.off;
		for (i = 0; i < ntok && tok[i].start < b; i++)
			if (tok[i].start >= a && tok[i].end <= b)
				tok[i].timex = 1;
	}
}

static void
concept_set(char *concept, size_t csz, const char *c)
{
	size_t k = strlen(c);

	if (k >= csz)
		k = csz - 1;
	memcpy(concept, c, k);
	concept[k] = '\0';
}

/*
 * The concept of the event of date c, into concept; returns its
 * priority (the concept's index, NCONCEPTS for a head word).  First a
 * concept other than saying in the date's part between commas, then in
 * its clause (only verbs, if the part names a saying: the rest is what
 * was said), then a verb of saying in the clause, then a concept in the
 * relative clause right after it ("filled the streets on Sunday, whose
 * mourning..."); a clause that names none takes its head (tok_head); a
 * clause of names and dates only (a
 * dateline) takes the sentence's concept (sent).  A kind of event that
 * recurs gets the country where it happened, if the clause names one.
 */
static int
chron_concept(const struct cand *c, const char *sent, int sentv,
    char *concept, size_t csz)
{
	const char *s = u.text.s, *place = NULL;
	size_t n = u.text.len, a, b, s0, s1, c0, c1, h, k;
	int v = -1;

	concept_set(concept, csz, sent);
	clause0 = clause1 = 0;
	if (c->start < u.off || c->end < c->start || c->end - u.off > n)
		return sentv;
	for (a = 0; a < ntok && tok[a].start < c->start - u.off; a++)
		;
	for (b = a; b < ntok && tok[b].start < c->end - u.off; b++)
		;
	if (a == ntok)
		return sentv;
	tok_clause(s, n, a, b, &s0, &s1, &c0, &c1);
	clause0 = c0;
	clause1 = c1;
	if ((v = tok_concept(s, s0, s1, c0, c1)) == -2) {
		v = sentv;
		s0 = clause0 = c0 = 0;
		s1 = clause1 = c1 = ntok;
	} else if (v >= 0 || (rel0 != (size_t)-1 &&
	    (v = tok_best(s, rel0, rel1)) >= 0)) {
		concept_set(concept, csz, concepts[v]);
	} else if ((h = tok_head(s, c0, c1, a, b)) != (size_t)-1) {
		v = NCONCEPTS;
		k = tok[h].end - tok[h].start;
		if (k >= csz)
			k = csz - 1;
		for (a = 0; a < k; a++)
			concept[a] = (char)(s[tok[h].start + a] | 0x20);
		concept[k] = '\0';
	} else {
		v = NCONCEPTS;
		concept_set(concept, csz, "misc");
	}
	if (concept_oneoff(concept) || v == C_SAY)
		return v;
	if ((place = tok_place(s, n, s0, s1, v)) == NULL)
		place = tok_place(s, n, c0, c1, v);
	if (place != NULL && (k = strlen(concept)) + 1 < csz) {
		concept[k] = '@';
		concept_set(concept + k + 1, csz - k - 1, place);
	}
	return v;
}

/*
 * A sentence gives the event of its governing date (the best rank,
 * then the first), and one more event for each other date after the
 * document's date (a deadline, a scheduled event); its other dates are
 * context.  Dates inside quotation marks make no event.
 */
static void
flush_chron(void)
{
	char sent[64], concept[64], other[64], fl[64];
	struct cand *gov, tmp;
	uint32_t who[8];
	size_t i, j, n, cl0, cl1, nwho = 0;
	long ncontent, score;
	uint32_t g;
	int dup, v, w;

	text_scan(u.text.s, u.text.len, sent, sizeof(sent), &ncontent);
	mark_quoted();
	if (u.nc > 1) {
		for (i = 0; i < u.nc; i++)
			u.c[i].near = date_near(&u.c[i]);
		/*
		 * In order, so that the records' order does not matter;
		 * a sentence has few dates, which sort best by insertion.
		 */
		if (u.nc > 16)
			qsort(u.c, u.nc, sizeof(*u.c), cand_qcmp);
		for (i = 1; i < u.nc && u.nc <= 16; i++) {
			tmp = u.c[i];
			for (j = i; j > 0 && cand_cmp(&tmp, &u.c[j - 1]) < 0; j--)
				u.c[j] = u.c[j - 1];
			u.c[j] = tmp;
		}
	}
	gov = &u.c[0];
	if (gov->quoted)
		return;
	mark_timex();
	v = chron_concept(gov, sent, sentbest, concept, sizeof(concept));
	cl0 = clause0;
	cl1 = clause1;
	/*
	 * "Since 2014, troops trained forces that the militants seized that
	 * year": of the expressions of the governing date, the one whose
	 * clause names the concept of best priority tells the event.
	 */
	for (i = 1; i < u.nc && v > 0; i++) {
		if (u.c[i].quoted || u.c[i].d.prec != gov->d.prec ||
		    u.c[i].d.code != gov->d.code)
			continue;
		if ((w = chron_concept(&u.c[i], sent, sentbest, other,
		    sizeof(other))) < v) {
			v = w;
			memcpy(concept, other, sizeof(concept));
			gov = &u.c[i];
			cl0 = clause0;
			cl1 = clause1;
		}
	}
	g = strtab_intern(&groups, concept, strlen(concept));
	if ((group_kind(g) & G_NAMED) && (gov->d.prec == P_DAY ||
	    gov->d.prec == P_MONTH))
		nwho = tok_names(u.text.s, u.text.len, cl0, cl1, who,
		    sizeof(who) / sizeof(who[0]));
	for (i = 0; i < u.nc; i++) {
		if (&u.c[i] != gov && (u.dct < 0 || u.c[i].quoted ||
		    date_firstday(&u.c[i].d) <= u.dct))
			continue;
		for (dup = 0, j = 0; j < i; j++)
			if ((&u.c[j] == gov || (u.dct >= 0 &&
			    date_firstday(&u.c[j].d) > u.dct)) &&
			    u.c[j].d.prec == u.c[i].d.prec &&
			    u.c[j].d.code == u.c[i].d.code)
				dup = 1;
		if (dup)
			continue;
		snprintf(fl, sizeof(fl), "%s", u.c[i].flags);
		if (u.dct >= 0 && date_firstday(&u.c[i].d) > u.dct) {
			n = strlen(fl);
			snprintf(fl + n, sizeof(fl) - n, "%sfuture",
			    n ? "," : "");
		}
		context(&u.c[i], &scratch);
		if (u.dct >= 0 && date_firstday(&u.c[i].d) > u.dct) {
			if (gsched == (uint32_t)-1)
				gsched = strtab_intern(&groups, SCHEDULED,
				    strlen(SCHEDULED));
			n = node_mention(gsched, &u.c[i].d, u.doc, u.off);
		} else {
			n = node_mention(g, &u.c[i].d, u.doc, u.off);
			for (j = 0; &u.c[i] == gov && j < nwho; j++)
				node_name(n, who[j]);
			/*
			 * An article tells one strike of a day, with its place
			 * or without: the document joins the day's mentions
			 * like a name ("#" and its id).  Not a span's end
			 * ("attacks since Oct. 7").
			 */
			if (&u.c[i] == gov && (group_kind(g) & G_NAMED) &&
			    u.c[i].d.prec == P_DAY && strstr(fl, "since") ==
			    NULL && strstr(fl, "until") == NULL)
				node_name(n, doc_name(u.doc));
		}
		n = node_find(n);
		score = 1000 + 100 * u.c[i].d.prec +
		    (ncontent > 50 ? 50 : ncontent);
		rep_offer(&nodes[n].rep, score, u.doc, u.off, u.text.s,
		    u.text.len, fl, scratch.s, "");
	}
}

/* Figures: where a figure holds, from the countries in its sentence. */

/* The word before s[i], lower-cased into w (16 bytes); its start. */
static size_t
word_before(const char *s, size_t i, char *w)
{
	size_t j, k;

	w[0] = '\0';
	while (i > 0 && s[i - 1] == ' ')
		i--;
	for (j = i; j > 0 && isalpha_c((unsigned char)s[j - 1]); j--)
		;
	if (i - j == 0 || i - j >= 16)
		return j;
	for (k = 0; k < i - j; k++)
		w[k] = (char)(s[j + k] | 0x20);
	w[k] = '\0';
	return j;
}

static int
is_prep(const char *w)
{
	static const char *preps[] = {
		"in", "into", "to", "from", "across", "inside", "throughout",
		"near", "within", "of"
	};
	size_t i;

	for (i = 0; i < sizeof(preps) / sizeof(preps[0]); i++)
		if (strcmp(w, preps[i]) == 0)
			return 1;
	return 0;
}

/* "in Iraq", "in eastern Syria": a place named after a preposition. */
static int
after_prep(const char *s, size_t i)
{
	char w[16];
	size_t j;

	j = word_before(s, i, w);
	if (is_prep(w))
		return 1;
	if (w[0] == '\0' || s[j] < 'a' || s[j] > 'z')
		return 0;
	word_before(s, j, w);
	return is_prep(w);
}

/*
 * The counted noun among the next three words before n: "U.S. Army
 * troops".
 */
static int
modifies(const char *s, size_t n, size_t k, const char *counted,
    size_t clen)
{
	int nw;

	if (clen == 0)
		return 0;
	/* "Syria's territory": the possessive names the place. */
	if ((k + 1 < n && s[k] == '\'' && s[k + 1] == 's') ||
	    (k + 3 < n && memcmp(s + k, "\xe2\x80\x99s", 4) == 0))
		return 0;
	for (nw = 0; nw < 3 && k < n; nw++) {
		while (k < n && !isalpha_c((unsigned char)s[k]))
			k++;
		if (k + clen <= n && strncmp(s + k, counted, clen) == 0)
			return 1;
		while (k < n && isalpha_c((unsigned char)s[k]))
			k++;
	}
	return 0;
}

/*
 * The place of a figure: a country's name before its adjective
 * ("Iraqi"); then a name after the figure before one before it; then
 * one after a preposition ("in Iraq") before a bare one; after the
 * figure the nearest, before it the first.  A country that modifies
 * the counted noun ("5,000 U.S. troops") or starts a compound
 * ("Iranian-backed") is the counted thing's, not the place.
 */
static const char *
place_of(const char *s, size_t n, size_t ms, size_t me, const char *counted,
    size_t clen)
{
	const char *best = NULL;
	size_t i, j, k, p;
	int cls, bestcls = 99;

	for (i = 0; i < n; i = j) {
		if (s[i] < 'A' || s[i] > 'Z' || (i > 0 &&
		    isalpha_c((unsigned char)s[i - 1]))) {
			j = i + 1;
			continue;
		}
		for (j = i; j < n && (isalpha_c((unsigned char)s[j]) ||
		    s[j] == '.'); j++)
			;
		k = j;
		if (k > i && s[k - 1] == '.' && memchr(s + i, '.', k - i - 1)
		    == NULL)
			k--;
		if ((p = place_word(s + i, k - i)) == NPLACES ||
		    places[p].adj == 2)
			continue;
		if ((i >= ms && i < me) || (k < n && s[k] == '-') ||
		    modifies(s, i < ms ? ms : n, k, counted, clen))
			continue;
		cls = (places[p].adj ? 4 : 0) + (i >= me ? 0 : 2) +
		    !after_prep(s, i);
		if (cls < bestcls) {
			bestcls = cls;
			best = places[p].canon;
		}
	}
	return best;
}

static const char *
ufield(size_t at, size_t len)
{
	scratch2.len = 0;
	buf_add(&scratch2, u.fbuf.s + at, len);
	return scratch2.s;
}

static struct variant *
variant_get(struct fgroup *fg, const char *value, size_t lv,
    const char *high, size_t lh, const char *qual, size_t lq)
{
	struct variant *v;
	size_t i;

	for (i = 0; i < fg->nv; i++) {
		v = &fg->v[i];
		if (v->lv == lv && v->lh == lh && v->lq == lq &&
		    memcmp(v->value, value, lv) == 0 &&
		    memcmp(v->high, high, lh) == 0 &&
		    memcmp(v->qual, qual, lq) == 0)
			return v;
	}
	fg->v = xreallocarray(fg->v, fg->nv + 1, sizeof(*fg->v));
	v = &fg->v[fg->nv++];
	memset(v, 0, sizeof(*v));
	v->value = xstrndup(value, lv);
	v->high = xstrndup(high, lh);
	v->qual = xstrndup(qual, lq);
	v->lv = lv;
	v->lh = lh;
	v->lq = lq;
	return v;
}

static void
variant_add(struct variant *v, uint32_t doc, unsigned long off)
{
	ment_push(&v->m, &v->nm, &v->cm, doc, off);
}

static struct fgroup *
fgroup_get(const char *key, size_t n)
{
	uint32_t g;

	g = strtab_intern(&groups, key, n);
	if (g >= nfgroups) {
		fgroups = xreallocarray(fgroups, g + 1, sizeof(*fgroups));
		memset(fgroups + nfgroups, 0, (g + 1 - nfgroups) *
		    sizeof(*fgroups));
		nfgroups = g + 1;
	}
	return &fgroups[g];
}

static void
key_field(struct buf *b, const char *s, size_t n)
{
	if (n == 0)
		buf_char(b, '-');
	else
		buf_add(b, s, n);
}

/* A word in s[a..b) that opens another clause: "told them that 5,200". */
static int
clause_break(const char *s, size_t a, size_t b)
{
	static const char *opens[] = {
		"that", "which", "who", "whom", "whose", "while", "whereas",
		"although", "because"
	};
	char lw[16];
	size_t i, j, k;

	for (i = a; i < b; i = j) {
		if (!isalpha_c((unsigned char)s[i])) {
			j = i + 1;
			continue;
		}
		for (j = i; j < b && isalpha_c((unsigned char)s[j]); j++)
			;
		if (j - i >= sizeof(lw) || (i > 0 &&
		    isalpha_c((unsigned char)s[i - 1])))
			continue;
		for (k = 0; k < j - i; k++)
			lw[k] = (char)(s[i + k] | 0x20);
		lw[k] = '\0';
		for (k = 0; k < sizeof(opens) / sizeof(opens[0]); k++)
			if (strcmp(lw, opens[k]) == 0)
				return 1;
	}
	return 0;
}

/*
 * A figure's date: the nearest date of its sentence that is no bound
 * (not after since, until, ...) and not in another clause ("in
 * November, told the session that the 5,200 troops"): "5,200 troops on
 * Jan. 5", "in January, killing three soldiers"; else the document's
 * date, for a report gives what held when it was published; else "-".
 */
static void
fig_date(const struct fig *f, char *date)
{
	struct cand *best = NULL;
	size_t i, w, bestw = (size_t)-1, a, b;

	for (i = 0; i < u.nc; i++) {
		if (u.c[i].rank < 2 || u.c[i].start < u.off ||
		    u.c[i].end < u.c[i].start || f->start < u.off ||
		    u.c[i].end - u.off > u.text.len ||
		    f->end - u.off > u.text.len)
			continue;
		a = u.c[i].start - u.off;
		b = u.c[i].end - u.off;
		if (b <= f->start - u.off) {
			if (clause_break(u.text.s, b, f->start - u.off))
				continue;
			w = count_words(u.text.s, b, f->start - u.off,
			    (size_t)-1);
		} else if (a >= f->end - u.off) {
			if (clause_break(u.text.s, f->end - u.off, a))
				continue;
			w = count_words(u.text.s, f->end - u.off, a,
			    (size_t)-1);
		} else
			continue;
		if (w < bestw || (w == bestw && best != NULL &&
		    cand_cmp(&u.c[i], best) < 0)) {
			bestw = w;
			best = &u.c[i];
		}
	}
	if (best != NULL)
		date_format(&best->d, date);
	else if (u.dct >= 0) {
		struct date d = { P_DAY, u.dct };

		date_format(&d, date);
	} else
		memcpy(date, "-", 2);
}

static void
flush_fig(void)
{
	char date[32];
	struct fig *f;
	struct fgroup *fg;
	struct variant *v;
	const char *place;
	long ncontent;
	size_t i, j;

	text_scan(u.text.s, u.text.len, NULL, 0, &ncontent);
	for (i = 0; i < u.nf; i++) {
		f = &u.f[i];
		for (j = 0; j < i; j++)
			if (u.f[j].start == f->start)
				break;
		if (j < i)
			continue;
		place = NULL;
		if (f->start >= u.off)
			place = place_of(u.text.s, u.text.len,
			    f->start - u.off, f->end - u.off,
			    u.fbuf.s + f->counted, f->lcounted);
		fig_date(f, date);
		scratch.len = 0;
		key_field(&scratch, u.fbuf.s + f->counted, f->lcounted);
		buf_char(&scratch, '\t');
		key_field(&scratch, u.fbuf.s + f->kind, f->lkind);
		buf_char(&scratch, '\t');
		key_field(&scratch, u.fbuf.s + f->unit, f->lunit);
		buf_char(&scratch, '\t');
		key_field(&scratch, place, place ? strlen(place) : 0);
		buf_char(&scratch, '\t');
		buf_str(&scratch, date);
		fg = fgroup_get(scratch.s, scratch.len);
		v = variant_get(fg, u.fbuf.s + f->value, f->lvalue,
		    u.fbuf.s + f->high, f->lhigh, u.fbuf.s + f->qual,
		    f->lqual);
		variant_add(v, u.doc, f->start);
		rep_offer(&fg->rep, 1000 + (ncontent > 50 ? 50 : ncontent),
		    u.doc, f->start, u.text.s, u.text.len, "", "",
		    ufield(f->mention, f->lmention));
	}
}

static void
unit_flush(void)
{
	if (u.active && u.body) {
		if (figures && u.nf > 0)
			flush_fig();
		else if (!figures && u.nc > 0)
			flush_chron();
	}
	u.active = 0;
	u.nc = u.nf = 0;
	u.fbuf.len = 0;
}

static void
unit_start(uint32_t doc, const struct rec_key *k, const struct tsv_rec *r)
{
	const struct tsv_field *t = rec_text(r);

	if (u.active && u.doc == doc && u.off == k->offset)
		return;
	unit_flush();
	u.active = 1;
	u.doc = doc;
	u.off = k->offset;
	u.body = kind_body(&r->f[REC_KIND]);
	u.dct = dct_day(k);
	u.text.len = 0;
	buf_add(&u.text, t->s, t->len);
}

/* Reads the date fields at r->f[F_DATES]; 0 if malformed (reported). */
static int
add_date(struct tsv_in *in, const struct tsv_rec *r)
{
	const struct tsv_field *type = &r->f[F_DATES],
	    *value = &r->f[F_DATES + 1], *mod = &r->f[F_DATES + 2];
	struct cand c;
	unsigned long start;
	size_t i, k, n;
	int rc;

	if (type->len == 0)
		return 1;
	if (tsv_eq(type, "DURATION") || tsv_eq(type, "SET"))
		return 1;
	if (!tsv_eq(type, "DATE") && !tsv_eq(type, "TIME")) {
		msg_warn(in->name, in->lineno, "unknown expression type: '%.*s'",
		    (int)type->len, type->s);
		return 0;
	}
	if (!rec_ulong(&r->f[F_DATES + 4], &start)) {
		msg_warn(in->name, in->lineno, "start is not a number: '%.*s'",
		    (int)r->f[F_DATES + 4].len, r->f[F_DATES + 4].s);
		return 0;
	}
	rc = date_parse(value->s, value->len, &c.d);
	if (rc < 0) {
		msg_warn(in->name, in->lineno, "malformed date value: '%.*s'",
		    (int)value->len, value->s);
		return 0;
	}
	if (rc == 0)
		return 1;
	c.start = start;
	c.near = 0;
	c.quoted = 0;
	if (!rec_ulong(&r->f[F_DATES + 5], &c.end))
		c.end = start;
	c.rank = date_rank(u.text.s, u.text.len, start >= u.off ?
	    start - u.off : u.text.len + 1, c.flags, sizeof(c.flags));
	if (mod->len > 0 && mod->len < 16 && !tsv_eq(mod, "-")) {
		if (tsv_eq(mod, "BEFORE") || tsv_eq(mod, "AFTER") ||
		    tsv_eq(mod, "ON_OR_BEFORE") || tsv_eq(mod, "ON_OR_AFTER"))
			c.rank = 1;
		/* The modifier in lower case, unless the word said it. */
		i = n = strlen(c.flags);
		if (i > 0)
			c.flags[i++] = ',';
		memcpy(c.flags + i, mod->s, mod->len);
		c.flags[i + mod->len] = '\0';
		for (k = i; c.flags[k] != '\0'; k++)
			if (c.flags[k] >= 'A' && c.flags[k] <= 'Z')
				c.flags[k] |= 0x20;
		if (n > 0 && n == mod->len && memcmp(c.flags, c.flags + i, n) == 0)
			c.flags[n] = '\0';
	}
	if (u.nc == u.cc) {
		u.cc = u.cc ? u.cc * 2 : 8;
		u.c = xreallocarray(u.c, u.cc, sizeof(*u.c));
	}
	u.c[u.nc++] = c;
	return 1;
}

static size_t
fbuf_put(const struct tsv_field *f, size_t *len)
{
	size_t at = u.fbuf.len;

	buf_add(&u.fbuf, f->s, f->len);
	*len = f->len;
	return at;
}

static int
add_figure(struct tsv_in *in, const struct tsv_rec *r, size_t at)
{
	struct fig f;

	if (r->f[at].len == 0)
		return 1;
	if (!rec_ulong(&r->f[at + 6], &f.start) ||
	    !rec_ulong(&r->f[at + 7], &f.end) || f.end < f.start) {
		msg_warn(in->name, in->lineno, "bad figure span: '%.*s' '%.*s'",
		    (int)r->f[at + 6].len, r->f[at + 6].s,
		    (int)r->f[at + 7].len, r->f[at + 7].s);
		return 0;
	}
	if (r->f[at + 1].len == 0) {
		msg_warn(in->name, in->lineno, "figure without a value");
		return 0;
	}
	f.kind = fbuf_put(&r->f[at], &f.lkind);
	f.value = fbuf_put(&r->f[at + 1], &f.lvalue);
	f.high = fbuf_put(&r->f[at + 2], &f.lhigh);
	f.qual = fbuf_put(&r->f[at + 3], &f.lqual);
	f.unit = fbuf_put(&r->f[at + 4], &f.lunit);
	f.counted = fbuf_put(&r->f[at + 5], &f.lcounted);
	f.mention = fbuf_put(&r->f[at + 8], &f.lmention);
	if (f.lqual == 0) {
		f.qual = u.fbuf.len;
		buf_add(&u.fbuf, "=", 1);
		f.lqual = 1;
	}
	if (f.lhigh == 0) {
		f.high = f.value;
		f.lhigh = f.lvalue;
	}
	if (u.nf == u.cf) {
		u.cf = u.cf ? u.cf * 2 : 8;
		u.f = xreallocarray(u.f, u.cf, sizeof(*u.f));
	}
	u.f[u.nf++] = f;
	return 1;
}

/* Reading our own output. */

/* "doc:offset" in s[0..n); the document id may hold ':'. */
static int
parse_src(const char *s, size_t n, uint32_t *doc, unsigned long *off,
    int apply)
{
	struct tsv_field f;
	size_t i;

	for (i = n; i > 0 && s[i - 1] != ':'; i--)
		;
	if (i <= 1)
		return 0;
	f.s = (char *)(s + i);
	f.len = n - i;
	if (!rec_ulong(&f, off))
		return 0;
	if (apply)
		*doc = strtab_intern(&docs, s, i - 1);
	return 1;
}

/*
 * Calls back for each source of a list "doc:off,doc:off"; the list is
 * checked first with apply 0, then used with apply 1.
 */
static int
each_src(const char *s, size_t n, int apply, void (*fn)(void *, uint32_t,
    unsigned long), void *arg)
{
	size_t i, j;
	uint32_t doc = 0;
	unsigned long off;

	if (n == 0)
		return 0;
	for (i = 0; i < n; i = j + 1) {
		for (j = i; j < n && s[j] != ','; j++)
			;
		if (!parse_src(s + i, j - i, &doc, &off, apply))
			return 0;
		if (apply)
			fn(arg, doc, off);
	}
	return 1;
}

struct evctx {
	uint32_t	 g, gmain;
	struct date	 d;
	size_t		 node;
	const char	*concept;	/* the event's */
	size_t		 clen;
};

/*
 * A key "date" or "date@place" (out_key) in s[0..n): its date into
 * e->d and, with apply, the node's concept into e->g.
 */
static int
ev_key(const char *s, size_t n, struct evctx *e, int apply)
{
	const char *at;
	char c[128];
	size_t k, b;

	if ((at = memchr(s, '@', n)) == NULL) {
		e->g = e->gmain;
		return date_parse(s, n, &e->d) == 1;
	}
	k = (size_t)(at - s);
	if (date_parse(s, k, &e->d) != 1 || n - k - 1 >= 64 ||
	    memchr(at + 1, '@', n - k - 1) != NULL)
		return 0;
	if (!apply)
		return 1;
	for (b = 0; b < e->clen && e->concept[b] != '@'; b++)
		;
	memcpy(c, e->concept, b);
	if (n - k - 1 > 0) {
		c[b] = '@';
		memcpy(c + b + 1, at + 1, n - k - 1);
		b += n - k;
	}
	e->g = strtab_intern(&groups, c, b);
	return 1;
}

static void
ev_src(void *arg, uint32_t doc, unsigned long off)
{
	struct evctx *e = arg;

	e->node = node_mention(e->g, &e->d, doc, off);
}

/*
 * One "key=rest" item of a ";" list from f->s[i]: its end in *j, its
 * "=" in *k, its key parsed into e.  0 if it is malformed.
 */
static int
ev_item(const struct tsv_field *f, size_t i, size_t *j, size_t *k,
    struct evctx *e, int apply)
{
	for (*j = i; *j < f->len && f->s[*j] != ';'; (*j)++)
		;
	for (*k = i; *k < *j && f->s[*k] != '='; (*k)++)
		;
	return *k < *j && ev_key(f->s + i, *k - i, e, apply);
}

/* "date=srcs;date=srcs" or "-"; each date joins the event's component. */
static int
ev_dates(const struct tsv_field *f, struct evctx *e, size_t main,
    int apply)
{
	size_t i, j, k;

	if (tsv_eq(f, "-"))
		return 1;
	for (i = 0; i < f->len; i = j + 1) {
		if (!ev_item(f, i, &j, &k, e, apply))
			return 0;
		if (!each_src(f->s + k + 1, j - k - 1, apply, ev_src, e))
			return 0;
		if (apply)
			unite(main, e->node);
	}
	return 1;
}

/* "key=Name,Name;..." or "-": the persons each node names. */
static int
ev_names(const struct tsv_field *f, struct evctx *e, int apply)
{
	size_t i, j, k, a, b, node;

	if (tsv_eq(f, "-"))
		return 1;
	for (i = 0; i < f->len; i = j + 1) {
		if (!ev_item(f, i, &j, &k, e, apply))
			return 0;
		if (e->d.prec != P_DAY && e->d.prec != P_MONTH)
			return 0;
		/* A name of a date without sources is passed over. */
		node = apply ? node_lookup(e->g, e->d.prec, e->d.code) : 0;
		for (a = k + 1; a <= j; a = b + 1) {
			for (b = a; b < j && f->s[b] != ','; b++)
				;
			/* a name, or "#" and the id of a document */
			if (b == a || (b - a >= 64 && f->s[a] != '#'))
				return 0;
			if (apply && node != (size_t)-1)
				node_name(node, strtab_intern(&pnames,
				    f->s + a, b - a));
		}
	}
	return 1;
}

static int
own_event(const struct tsv_rec *r, int apply)
{
	struct evctx e;
	struct date d;
	uint32_t doc = 0;
	unsigned long off, score;
	size_t main, i, n;
	const struct tsv_field *fl = &r->f[6];
	char *flags;

	if (date_parse(r->f[1].s, r->f[1].len, &d) != 1 ||
	    !tsv_eq(&r->f[2], precname[d.prec]) || r->f[3].len == 0 ||
	    r->f[3].len >= 64 || !rec_ulong(&r->f[12], &score) ||
	    !parse_src(r->f[11].s, r->f[11].len, &doc, &off, apply))
		return 0;
	e.node = 0;
	e.g = e.gmain = apply ? strtab_intern(&groups, r->f[3].s,
	    r->f[3].len) : 0;
	e.concept = r->f[3].s;
	e.clen = r->f[3].len;
	e.d = d;
	if (!each_src(r->f[7].s, r->f[7].len, apply, ev_src, &e))
		return 0;
	main = e.node;
	if (!ev_dates(&r->f[8], &e, main, apply) ||
	    !ev_dates(&r->f[9], &e, main, apply))
		return 0;
	if (r->n == NF_EVENT && !ev_names(&r->f[13], &e, apply))
		return 0;
	if (!apply)
		return 1;
	/* The flags without "conflict", which is worked out again. */
	flags = xmalloc(fl->len + 1);
	for (n = 0, i = 0; i < fl->len; ) {
		size_t j;

		for (j = i; j < fl->len && fl->s[j] != ','; j++)
			;
		if (!(j - i == 8 && memcmp(fl->s + i, "conflict", 8) == 0) &&
		    !(j - i == 1 && fl->s[i] == '-')) {
			if (n > 0)
				flags[n++] = ',';
			memcpy(flags + n, fl->s + i, j - i);
			n += j - i;
		}
		i = j + 1;
	}
	flags[n] = '\0';
	scratch.len = 0;
	if (!tsv_eq(&r->f[10], "-"))
		buf_add(&scratch, r->f[10].s, r->f[10].len);
	else
		buf_add(&scratch, "", 0);
	main = node_find(main);
	rep_offer(&nodes[main].rep, (long)score, doc, off, r->f[r->n - 1].s,
	    r->f[r->n - 1].len, flags, scratch.s, "");
	free(flags);
	return 1;
}

struct figctx {
	struct variant	*v;
};

static void
fig_src(void *arg, uint32_t doc, unsigned long off)
{
	variant_add(((struct figctx *)arg)->v, doc, off);
}

/* An alternative "[qual]value[..high]=srcs". */
static int
fig_alt(struct fgroup *fg, const char *s, size_t n, int apply)
{
	struct figctx c;
	size_t q, k, h, hl, vl;

	for (q = 0; q < n && strchr("<>=~", s[q]) != NULL; q++)
		;
	for (k = q; k < n && s[k] != '='; k++)
		;
	if (k == n || k == q)
		return 0;
	for (h = q; h + 1 < k && !(s[h] == '.' && s[h + 1] == '.'); h++)
		;
	if (h + 1 < k) {
		vl = h - q;
		h += 2;
		hl = k - h;
	} else {
		vl = k - q;
		h = q;
		hl = vl;
	}
	if (vl == 0 || hl == 0)
		return 0;
	c.v = apply ? variant_get(fg, s + q, vl, s + h, hl, q ? s : "=",
	    q ? q : 1) : NULL;
	return each_src(s + k + 1, n - k - 1, apply, fig_src, &c);
}

static int
own_figure(const struct tsv_rec *r, int apply)
{
	struct fgroup *fg = NULL;
	struct figctx c = { NULL };
	uint32_t doc = 0;
	unsigned long off, score;
	size_t i, j;

	for (i = 1; i <= 9; i++)
		if (r->f[i].len == 0)
			return 0;
	if (!rec_ulong(&r->f[14], &score) ||
	    !parse_src(r->f[13].s, r->f[13].len, &doc, &off, apply))
		return 0;
	if (apply) {
		scratch.len = 0;
		for (i = 1; i <= 5; i++) {
			if (i > 1)
				buf_char(&scratch, '\t');
			buf_add(&scratch, r->f[i].s, r->f[i].len);
		}
		fg = fgroup_get(scratch.s, scratch.len);
		c.v = variant_get(fg, r->f[6].s, r->f[6].len, r->f[7].s,
		    r->f[7].len, r->f[8].s, r->f[8].len);
	}
	if (!each_src(r->f[11].s, r->f[11].len, apply, fig_src, &c))
		return 0;
	if (!tsv_eq(&r->f[12], "-"))
		for (i = 0; i < r->f[12].len; i = j + 1) {
			for (j = i; j < r->f[12].len && r->f[12].s[j] != ';';
			    j++)
				;
			if (!fig_alt(fg, r->f[12].s + i, j - i, apply))
				return 0;
		}
	if (apply) {
		scratch2.len = 0;
		buf_add(&scratch2, r->f[15].s, r->f[15].len);
		rep_offer(&fg->rep, (long)score, doc, off, r->f[16].s,
		    r->f[16].len, "", "", scratch2.s);
	}
	return 1;
}

/* The input loop: every record by its layout. */

static void
wrong_kind(struct tsv_in *in, int *wrong, const char *what)
{
	if (!(*wrong)++)
		msg_warn(in->name, in->lineno, "%s record in %s mode", what,
		    figures ? "figures" : "chronology");
}

/*
 * Our own records start with "event" or "figure" where a sentence
 * record has its document id, and hold a word where that has its
 * paragraph number.  Returns 1 if the line was ours (used, or
 * reported).
 */
static int
read_own(struct tsv_in *in, struct tsv_rec *r, int *wrong)
{
	unsigned long n;
	int ev;

	if (in->len >= 6 && memcmp(in->buf, "event\t", 6) == 0)
		ev = 1;
	else if (in->len >= 7 && memcmp(in->buf, "figure\t", 7) == 0)
		ev = 0;
	else
		return 0;
	if (memchr(in->buf, '\0', in->len) != NULL ||
	    memchr(in->buf, '\r', in->len) != NULL)
		return 0;	/* rec_parse says what is wrong */
	tsv_split(r, in->buf, in->len);
	if (r->n < 3 || rec_ulong(&r->f[2], &n))
		return 0;
	if (tsv_eq(&r->f[1], ev ? "date" : "counted"))
		return 1;	/* our header */
	unit_flush();
	if (ev == figures) {
		wrong_kind(in, wrong, ev ? "event" : "figure");
		return 1;
	}
	if (ev ? r->n != NF_EVENT && r->n != NF_EVENT0 : r->n != NF_FIGURE) {
		msg_warn(in->name, in->lineno, "malformed %s record: expected "
		    "%d fields, found %zu", ev ? "event" : "figure",
		    ev ? NF_EVENT : NF_FIGURE, r->n);
		return 1;
	}
	if (ev ? !own_event(r, 0) : !own_figure(r, 0)) {
		msg_warn(in->name, in->lineno, "malformed %s record",
		    ev ? "event" : "figure");
		return 1;
	}
	if (ev)
		own_event(r, 1);
	else
		own_figure(r, 1);
	return 1;
}


static void
read_input(struct tsv_in *in)
{
	struct tsv_rec r = { NULL, 0, 0 };
	struct rec_key k;
	uint32_t doc;
	int wrong = 0;

	while (tsv_getline(in) > 0) {
		if (read_own(in, &r, &wrong))
			continue;
		if (rec_parse(in, &r, &k) != REC_DATA)
			continue;
		if (r.n != NF_DATES && r.n != NF_NUMS && r.n != NF_BOTH) {
			msg_warn(in->name, in->lineno, "expected %s records "
			    "(%s fields), found %zu fields", figures ?
			    "extractnums" : "extractdates", figures ?
			    "16 or 23" : "14 or 23", r.n);
			continue;
		}
		if ((figures && r.n == NF_DATES) ||
		    (!figures && r.n == NF_NUMS)) {
			wrong_kind(in, &wrong, figures ? "date" : "figure");
			continue;
		}
		doc = strtab_intern(&docs, r.f[REC_DOC].s, r.f[REC_DOC].len);
		unit_start(doc, &k, &r);
		if (r.n != NF_NUMS)
			add_date(in, &r);
		if (figures)
			add_figure(in, &r, r.n == NF_NUMS ? 6 : 13);
	}
	unit_flush();
	if (wrong > 1)
		msg_warn(in->name, 0, "%d records of the wrong kind skipped",
		    wrong);
	tsv_rec_free(&r);
}

/* Output: each event or figure group as one line, the lines sorted. */

static struct buf outb;
static size_t *lines;
static size_t nlines, clines;
static uint32_t *docrank;

static void
line_end(void)
{
	buf_add(&outb, "", 0);
	outb.len++;		/* keep the NUL as the line's end */
}

static void
line_start(void)
{
	if (nlines == clines) {
		clines = clines ? clines * 2 : 1024;
		lines = xreallocarray(lines, clines, sizeof(*lines));
	}
	lines[nlines++] = outb.len;
}

/* The first day of a date BC at s (BC1450, BC14), else LONG_MAX. */
static long
bc_first(const char *s)
{
	struct date d;

	if (s[0] != 'B' || date_parse(s, strcspn(s, "\t"), &d) != 1)
		return LONG_MAX;
	return date_firstday(&d);
}

/*
 * Records in the order of sort(1), but for dates BC: those come first,
 * the earliest first.
 */
static int
line_cmp(const void *a, const void *b)
{
	const char *x = outb.s + *(const size_t *)a,
	    *y = outb.s + *(const size_t *)b, *tx, *ty;
	long bx, by;

	if ((tx = strchr(x, '\t')) != NULL && (ty = strchr(y, '\t')) != NULL &&
	    (bx = bc_first(tx + 1)) != (by = bc_first(ty + 1)))
		return bx < by ? -1 : 1;
	return strcmp(x, y);
}

static int
docid_cmp(const void *a, const void *b)
{
	return strcmp(docs.s[*(const uint32_t *)a], docs.s[*(const uint32_t *)b]);
}

static int
ment_cmp(const void *a, const void *b)
{
	const struct ment *x = a, *y = b;

	if (x->doc != y->doc)
		return docrank[x->doc] < docrank[y->doc] ? -1 : 1;
	if (x->off != y->off)
		return x->off < y->off ? -1 : 1;
	return 0;
}

/* Sorts and deduplicates; returns the number of distinct documents. */
static size_t
ment_norm(struct ment *m, size_t *nm)
{
	size_t i, k, nd = 0;

	if (*nm == 0)
		return 0;
	qsort(m, *nm, sizeof(*m), ment_cmp);
	for (i = 1, k = 1; i < *nm; i++)
		if (ment_cmp(&m[i], &m[k - 1]) != 0)
			m[k++] = m[i];
	*nm = k;
	for (i = 0; i < k; i++)
		if (i == 0 || m[i].doc != m[i - 1].doc)
			nd++;
	return nd;
}

static void
out_srcs(const struct ment *m, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		if (i > 0)
			buf_char(&outb, ',');
		buf_str(&outb, docs.s[m[i].doc]);
		buf_char(&outb, ':');
		buf_ulong(&outb, m[i].off);
	}
}

static size_t *order;

static int
order_cmp(const void *a, const void *b)
{
	const struct node *x = &nodes[*(const size_t *)a],
	    *y = &nodes[*(const size_t *)b];

	if (x->parent != y->parent)
		return x->parent < y->parent ? -1 : 1;
	if (x->prec != y->prec)
		return x->prec < y->prec ? -1 : 1;
	if (x->code != y->code)
		return x->code < y->code ? -1 : 1;
	return strcmp(groups.s[x->group], groups.s[y->group]);
}

/*
 * A node's date, and its place where its concept is not the event's:
 * "2020-01@Iraq", "2020-01-03@" (no place).
 */
static void
out_key(size_t i, size_t main)
{
	struct date d;
	const char *at;
	char b[32];

	d.prec = nodes[i].prec;
	d.code = nodes[i].code;
	date_format(&d, b);
	buf_str(&outb, b);
	if (nodes[i].group == nodes[main].group)
		return;
	buf_char(&outb, '@');
	if ((at = strchr(groups.s[nodes[i].group], '@')) != NULL)
		buf_str(&outb, at + 1);
}

static int
pname_cmp(const void *a, const void *b)
{
	return strcmp(pnames.s[*(const uint32_t *)a],
	    pnames.s[*(const uint32_t *)b]);
}

/* "key=Name,Name;key=Name" for the nodes that name persons, or "-". */
static void
out_names(const size_t *idx, size_t n, size_t main)
{
	struct node *x;
	size_t i, j;
	int any = 0;

	for (i = 0; i < n; i++) {
		x = &nodes[idx[i]];
		if (x->nnames == 0)
			continue;
		if (any++)
			buf_char(&outb, ';');
		out_key(idx[i], main);
		buf_char(&outb, '=');
		qsort(x->names, x->nnames, sizeof(*x->names), pname_cmp);
		for (j = 0; j < x->nnames; j++) {
			if (j > 0)
				buf_char(&outb, ',');
			buf_str(&outb, pnames.s[x->names[j]]);
		}
	}
	if (!any)
		buf_char(&outb, '-');
}

static void
out_dates(const size_t *idx, size_t n, size_t main, int compat, int *any)
{
	struct date dm, d;
	size_t i;

	dm.prec = nodes[main].prec;
	dm.code = nodes[main].code;
	*any = 0;
	for (i = 0; i < n; i++) {
		if (idx[i] == main)
			continue;
		d.prec = nodes[idx[i]].prec;
		d.code = nodes[idx[i]].code;
		if (date_compat(&d, &dm) != compat)
			continue;
		if ((*any)++)
			buf_char(&outb, ';');
		out_key(idx[i], main);
		buf_char(&outb, '=');
		out_srcs(nodes[idx[i]].m, nodes[idx[i]].nm);
	}
	if (!*any)
		buf_char(&outb, '-');
}

/*
 * One event: its date is the date told by the most documents, then the
 * most precise, then the earliest; the dates compatible with it and
 * those that contradict it (a conflict when another document tells
 * them) follow with their sources.
 */
static void
out_event(const size_t *idx, size_t n)
{
	struct rep *rep = nodes[nodes[idx[0]].parent].rep;
	struct ment *all;
	struct date dm, d;
	char b[32];
	size_t i, main = idx[0], nall = 0, nd, best = 0, *nd_node;
	int conflict = 0, any;

	nd_node = xreallocarray(NULL, n, sizeof(*nd_node));
	for (i = 0; i < n; i++) {
		nd_node[i] = ment_norm(nodes[idx[i]].m, &nodes[idx[i]].nm);
		nall += nodes[idx[i]].nm;
		if (i == 0 || nd_node[i] > best || (nd_node[i] == best &&
		    nodes[idx[i]].prec > nodes[main].prec)) {
			best = nd_node[i];
			main = idx[i];
		}
	}
	all = xreallocarray(NULL, nall, sizeof(*all));
	for (nall = 0, i = 0; i < n; i++) {
		memcpy(all + nall, nodes[idx[i]].m, nodes[idx[i]].nm *
		    sizeof(*all));
		nall += nodes[idx[i]].nm;
	}
	nd = ment_norm(all, &nall);
	dm.prec = nodes[main].prec;
	dm.code = nodes[main].code;
	for (i = 0; i < n; i++) {
		d.prec = nodes[idx[i]].prec;
		d.code = nodes[idx[i]].code;
		if (!date_compat(&d, &dm) && cross_doc(idx[i], main) &&
		    group_oneoff(nodes[main].group))
			conflict = 1;
	}
	line_start();
	buf_str(&outb, "event\t");
	date_format(&dm, b);
	buf_str(&outb, b);
	buf_char(&outb, '\t');
	buf_str(&outb, precname[dm.prec]);
	buf_char(&outb, '\t');
	buf_str(&outb, groups.s[nodes[main].group]);
	buf_char(&outb, '\t');
	buf_ulong(&outb, nd);
	buf_char(&outb, '\t');
	buf_ulong(&outb, nall);
	buf_char(&outb, '\t');
	if (conflict)
		buf_str(&outb, rep->flags[0] ? "conflict," : "conflict");
	buf_str(&outb, rep->flags);
	if (!conflict && rep->flags[0] == '\0')
		buf_char(&outb, '-');
	buf_char(&outb, '\t');
	out_srcs(nodes[main].m, nodes[main].nm);
	buf_char(&outb, '\t');
	out_dates(idx, n, main, 1, &any);
	buf_char(&outb, '\t');
	out_dates(idx, n, main, 0, &any);
	buf_char(&outb, '\t');
	buf_str(&outb, rep->ctx[0] ? rep->ctx : "-");
	buf_char(&outb, '\t');
	buf_str(&outb, docs.s[rep->doc]);
	buf_char(&outb, ':');
	buf_ulong(&outb, rep->off);
	buf_char(&outb, '\t');
	buf_ulong(&outb, (unsigned long)rep->score);
	buf_char(&outb, '\t');
	out_names(idx, n, main);
	buf_char(&outb, '\t');
	buf_add(&outb, rep->text, rep->len);
	line_end();
	free(all);
	free(nd_node);
}

static void
out_chron(void)
{
	size_t i, j;

	order = xreallocarray(NULL, nnodes ? nnodes : 1, sizeof(*order));
	for (i = 0; i < nnodes; i++) {
		nodes[i].parent = node_find(i);
		order[i] = i;
	}
	qsort(order, nnodes, sizeof(*order), order_cmp);
	for (i = 0; i < nnodes; i = j) {
		for (j = i + 1; j < nnodes &&
		    nodes[order[j]].parent == nodes[order[i]].parent; j++)
			;
		if (nodes[nodes[order[i]].parent].rep != NULL)
			out_event(order + i, j - i);
	}
	free(order);
}

static double
num(const char *s)
{
	return strtod(s, NULL);
}

static void
out_value(const struct variant *v)
{
	if (strcmp(v->qual, "=") != 0)
		buf_str(&outb, v->qual);
	buf_str(&outb, v->value);
	if (strcmp(v->high, v->value) != 0) {
		buf_str(&outb, "..");
		buf_str(&outb, v->high);
	}
}

/* The numbers a figure allows: "about" is within a tenth. */
static void
variant_span(const struct variant *v, double *lo, double *hi)
{
	*lo = num(v->value);
	*hi = num(v->high);
	if (v->qual[0] == '~') {
		*lo -= *lo / 10;
		*hi += *hi / 10;
	} else if (v->qual[0] == '>')
		*hi = HUGE_VAL;
	else if (v->qual[0] == '<') {
		*hi = *lo;
		*lo = -HUGE_VAL;
	}
}

/* Two figures agree when some number fits both ("over 1,000", 5,000). */
static int
variant_agree(const struct variant *a, const struct variant *b)
{
	double alo, ahi, blo, bhi;

	variant_span(a, &alo, &ahi);
	variant_span(b, &blo, &bhi);
	return alo <= bhi && blo <= ahi;
}

static int
variant_cmp(const struct variant *a, size_t na, const struct variant *b,
    size_t nb)
{
	int c;

	if (na != nb)
		return na > nb ? -1 : 1;
	if ((strcmp(a->qual, "=") == 0) != (strcmp(b->qual, "=") == 0))
		return strcmp(a->qual, "=") == 0 ? -1 : 1;
	if (num(a->value) != num(b->value))
		return num(a->value) < num(b->value) ? -1 : 1;
	if ((c = strcmp(a->value, b->value)) != 0)
		return c;
	if ((c = strcmp(a->high, b->high)) != 0)
		return c;
	return strcmp(a->qual, b->qual);
}

static struct variant *sortv;

static int
vidx_cmp(const void *a, const void *b)
{
	return variant_cmp(&sortv[*(const size_t *)a], 0,
	    &sortv[*(const size_t *)b], 0);
}

/*
 * One figure group: the number told by the most documents, whatever
 * their qualifiers, in its most told form (then exact before qualified,
 * then the smaller), and the other values; they disagree when another
 * document gives a different number.
 */
static void
out_figure(uint32_t g)
{
	struct fgroup *fg = &fgroups[g];
	struct variant *mv;
	struct ment *all;
	size_t i, j, main = 0, *nd, *vd, nall = 0, *idx, any = 0;
	int disagree = 0, undated;

	nd = xreallocarray(NULL, 2 * fg->nv, sizeof(*nd));
	vd = nd + fg->nv;
	idx = xreallocarray(NULL, fg->nv, sizeof(*idx));
	for (i = 0; i < fg->nv; i++) {
		nd[i] = ment_norm(fg->v[i].m, &fg->v[i].nm);
		nall += fg->v[i].nm;
		idx[i] = i;
	}
	/* The documents behind a number, whatever its qualifier. */
	for (i = 0; i < fg->nv; i++)
		for (vd[i] = 0, j = 0; j < fg->nv; j++)
			if (strcmp(fg->v[i].value, fg->v[j].value) == 0 &&
			    strcmp(fg->v[i].high, fg->v[j].high) == 0)
				vd[i] += nd[j];
	for (i = 1; i < fg->nv; i++)
		if (vd[i] > vd[main] || (vd[i] == vd[main] &&
		    variant_cmp(&fg->v[i], nd[i], &fg->v[main], nd[main]) < 0))
			main = i;
	all = xreallocarray(NULL, nall, sizeof(*all));
	for (nall = 0, i = 0; i < fg->nv; i++) {
		memcpy(all + nall, fg->v[i].m, fg->v[i].nm * sizeof(*all));
		nall += fg->v[i].nm;
	}
	mv = &fg->v[main];
	/*
	 * Without a date or a counted noun, nothing says two figures are
	 * about one thing at one time, so they cannot contradict.
	 */
	undated = (groups.len[g] >= 2 &&
	    strcmp(groups.s[g] + groups.len[g] - 2, "\t-") == 0) ||
	    strncmp(groups.s[g], "-\t", 2) == 0;
	for (i = 0; i < fg->nv && !undated; i++) {
		if (i == main || variant_agree(&fg->v[i], mv))
			continue;
		if (nd[i] > 1 || nd[main] > 1 || fg->v[i].m[0].doc !=
		    mv->m[0].doc)
			disagree = 1;
	}
	line_start();
	buf_str(&outb, "figure\t");
	buf_str(&outb, groups.s[g]);
	buf_char(&outb, '\t');
	buf_str(&outb, mv->value);
	buf_char(&outb, '\t');
	buf_str(&outb, mv->high);
	buf_char(&outb, '\t');
	buf_str(&outb, mv->qual);
	buf_char(&outb, '\t');
	buf_ulong(&outb, ment_norm(all, &nall));
	buf_str(&outb, disagree ? "\tdisagree\t" : "\t-\t");
	out_srcs(mv->m, mv->nm);
	buf_char(&outb, '\t');
	sortv = fg->v;
	qsort(idx, fg->nv, sizeof(*idx), vidx_cmp);
	for (i = 0; i < fg->nv; i++) {
		if (idx[i] == main)
			continue;
		if (any++)
			buf_char(&outb, ';');
		out_value(&fg->v[idx[i]]);
		buf_char(&outb, '=');
		out_srcs(fg->v[idx[i]].m, fg->v[idx[i]].nm);
	}
	if (!any)
		buf_char(&outb, '-');
	buf_char(&outb, '\t');
	buf_str(&outb, docs.s[fg->rep->doc]);
	buf_char(&outb, ':');
	buf_ulong(&outb, fg->rep->off);
	buf_char(&outb, '\t');
	buf_ulong(&outb, (unsigned long)fg->rep->score);
	buf_char(&outb, '\t');
	buf_str(&outb, fg->rep->mention[0] ? fg->rep->mention : "-");
	buf_char(&outb, '\t');
	buf_add(&outb, fg->rep->text, fg->rep->len);
	line_end();
	free(all);
	free(nd);
	free(idx);
}

static void
output(void)
{
	uint32_t *ids;
	size_t i;

	ids = xreallocarray(NULL, docs.n ? docs.n : 1, sizeof(*ids));
	docrank = xreallocarray(NULL, docs.n ? docs.n : 1, sizeof(*docrank));
	for (i = 0; i < docs.n; i++)
		ids[i] = (uint32_t)i;
	qsort(ids, docs.n, sizeof(*ids), docid_cmp);
	for (i = 0; i < docs.n; i++)
		docrank[ids[i]] = (uint32_t)i;
	free(ids);
	if (figures) {
		for (i = 0; i < nfgroups; i++)
			if (fgroups[i].rep != NULL)
				out_figure((uint32_t)i);
	} else
		out_chron();
	if (nlines > 0)
		qsort(lines, nlines, sizeof(*lines), line_cmp);
	if (header) {
		out_str(figures ? HEAD_FIGURE : HEAD_EVENT);
		out_end();
	}
	for (i = 0; i < nlines; i++) {
		out_str(outb.s + lines[i]);
		out_end();
	}
}

static void
free_all(void)
{
	size_t i, j;

	for (i = 0; i < nnodes; i++) {
		free(nodes[i].m);
		free(nodes[i].names);
		rep_free(nodes[i].rep);
	}
	free(nodes);
	free(nodeslot);
	for (i = 0; i < nfgroups; i++) {
		for (j = 0; j < fgroups[i].nv; j++) {
			free(fgroups[i].v[j].value);
			free(fgroups[i].v[j].high);
			free(fgroups[i].v[j].qual);
			free(fgroups[i].v[j].m);
		}
		free(fgroups[i].v);
		rep_free(fgroups[i].rep);
	}
	free(fgroups);
	strtab_free(&docs);
	strtab_free(&groups);
	free(goneoff);
	free(gbase);
	strtab_free(&bases);
	strtab_free(&pnames);
	free(pword);
	free(nkeys);
	free(nlist);
	buf_free(&u.text);
	buf_free(&u.fbuf);
	free(u.c);
	free(u.f);
	buf_free(&scratch);
	buf_free(&dname);
	buf_free(&scratch2);
	buf_free(&outb);
	free(lines);
	free(docrank);
}

int
main(int argc, char *argv[])
{
	struct tsv_in in;
	int c, unbuffered = 0;

	msg_init("mergeevents");
	opt_early(argc, argv, USAGE, HELP);
	while ((c = getopt(argc, argv, "FHhquw:")) != -1) {
		switch (c) {
		case 'F':
			figures = 1;
			break;
		case 'H':
			header = 1;
			break;
		case 'h':
			opt_help(USAGE, HELP);
			break;
		case 'q':
			msg_quiet = 1;
			break;
		case 'u':
			unbuffered = 1;
			break;
		case 'w':
			window = (int)opt_number(optarg, 0, 366, 'w');
			break;
		default:
			opt_usage(USAGE);
		}
	}
	argc -= optind;
	argv += optind;
	word_init();
	role_init();
	out_init(unbuffered);
	if (argc == 0) {
		if (tsv_open(&in, "-") == 0) {
			read_input(&in);
			tsv_close(&in);
		}
	}
	for (; argc > 0; argc--, argv++) {
		if (tsv_open(&in, *argv) != 0)
			continue;
		read_input(&in);
		tsv_close(&in);
	}
	output();
	out_close();
	free_all();
	return msg_status;
}
