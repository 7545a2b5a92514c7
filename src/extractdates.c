/*
 * extractdates: find the temporal expressions of each sentence record
 * (TimeML TIMEX3 DATE, TIME, DURATION, SET) and normalize them against
 * the document creation date, the tense of the sentence and the last
 * date the document mentioned.  The sentence is cut into tokens once;
 * each word is looked up once in a const lexicon; the rules below walk
 * the token array, so there is no regex and no allocation per token.
 */
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

static const char usage[] = "[-adHqSu] [file ...]";
static const char help[] =
    "Find temporal expressions in sentence records and normalize them.\n"
    "  -a  also pass sentences without an expression (date fields empty)\n"
    "  -d  numeric dates are day first (05/01/2020 = 5 January)\n"
    "  -H  write a header line\n"
    "  -q  quiet: no messages about malformed records\n"
    "  -S  standoff output: doc start end type value text\n"
    "  -u  unbuffered: flush after every record\n";

/* Token kinds. */
enum { T_WORD, T_NUM, T_PUNCT };

/* Suffixes glued to a number: 1990s, 21st, 10am. */
enum { X_NONE, X_S, X_ORD, X_AM, X_PM, X_OTHER };

struct tok {
	uint32_t	 s, e;		/* byte span in the text */
	int16_t		 lx;		/* lexicon entry or -1 */
	uint8_t		 k;		/* T_WORD, T_NUM, T_PUNCT */
	uint8_t		 sp;		/* white space before */
	uint8_t		 cap;		/* capital first letter */
	uint8_t		 nd;		/* digits in a number */
	uint8_t		 sfx;		/* X_* after a number */
	uint8_t		 c;		/* a mark's byte */
	uint32_t	 n;		/* the value of a number */
};

/* Lexicon classes. */
enum {
	L_NONE, L_MONTH, L_WDAY, L_UNIT, L_NUM, L_ORD, L_SEASON, L_POD,
	L_DAYREF, L_REL, L_AGO, L_MODW, L_VAGUE, L_SETW, L_APPROX, L_FUT,
	L_PAST, L_ZONE, L_W, L_TENS, L_HOLI, L_PRES, L_WDAYS
};

/* Units, in the order of unitc[]. */
enum {
	U_SEC, U_MIN, U_HOUR, U_DAY, U_WEEK, U_MONTH, U_QUARTER, U_YEAR,
	U_DECADE, U_CENT, U_WEEKEND, U_NIGHT
};
/* Each unit's letter in a TIMEX3 length: PT5M, P5M. */
static const char unitc[] = "SMHDWMQYYYDD";

/* L_REL values. */
enum { R_LAST, R_NEXT, R_THIS, R_PAST, R_COMING, R_PREV, R_FOLLOW,
	R_CURRENT, R_THAT, R_SAME, R_RECENT,
	R_THISPAST,		/* "this past": the period just ended */
	R_EACH			/* every, each, per: a set */
};

/* L_AGO values. */
enum { A_AGO, A_EARLIER, A_LATER, A_BEFORE, A_AFTER, A_HENCE };

/* L_VAGUE values. */
enum { V_PRESENT, V_PAST, V_FUTURE };

/* Miscellaneous words, L_W values. */
enum {
	W_THE, W_A, W_OF, W_IN, W_ON, W_AT, W_SINCE, W_UNTIL, W_BY, W_FROM,
	W_TO, W_DURING, W_FOR, W_EVERY, W_EACH, W_PER, W_TIMES, W_TWICE,
	W_ONCE, W_FISCAL, W_HALF, W_NOON, W_MIDNIGHT, W_MIDDAY, W_AND,
	W_OR, W_AM, W_PM, W_THROUGH, W_OVER, W_MORE, W_LESS, W_THAN,
	W_LEAST, W_UP, W_NO, W_OVERNIGHT, W_SO, W_COUPLE, W_DOZEN, W_FEW,
	W_SEVERAL, W_MANY, W_HUNDRED, W_THOUSAND, W_FUTURE, W_LONG, W_OLD,
	W_BETWEEN, W_THESE, W_AD, W_BC, W_UNDER, W_OTHER, W_LATEST, W_INTO,
	W_DECADE, W_RIGHT, W_TERM, W_LATTER, W_COMMIT, W_BUT
};

struct lexent {
	const char	*w;
	uint8_t		 c1;
	int16_t		 v1;
	uint8_t		 c2;
	int16_t		 v2;
};

/* Holidays, L_HOLI values: month*100+day, or the negative rules below. */
enum {
	H_THANKS = -1, H_LABOR = -2, H_MEMORIAL = -3, H_EASTER = -4,
	H_ELECTION = -5, H_NEWYEAR = -6, H_LEAP = -7, H_GOODFRI = -8,
	H_BLACKFRI = -9, H_CYBERMON = -10
};

/*
 * Every word the rules know, with one or two roles.  Months are 1..12,
 * plus 100 for an abbreviation that needs a period, a day or a year
 * (Jan, Sept), plus 200 for a month that is also a verb (March, May);
 * weekdays are 0 (Monday)..6, plus 100 for Tues. and Thurs.; units
 * carry 16 when plural.
 */
static const struct lexent lexicon[] = {
	{ "january", L_MONTH, 1, 0, 0 }, { "jan", L_MONTH, 101, 0, 0 },
	{ "february", L_MONTH, 2, 0, 0 }, { "feb", L_MONTH, 102, 0, 0 },
	{ "march", L_MONTH, 203, 0, 0 }, { "mar", L_MONTH, 103, 0, 0 },
	{ "april", L_MONTH, 4, 0, 0 }, { "apr", L_MONTH, 104, 0, 0 },
	{ "may", L_MONTH, 205, L_FUT, 0 },
	{ "june", L_MONTH, 6, 0, 0 }, { "jun", L_MONTH, 106, 0, 0 },
	{ "july", L_MONTH, 7, 0, 0 }, { "jul", L_MONTH, 107, 0, 0 },
	{ "august", L_MONTH, 8, 0, 0 }, { "aug", L_MONTH, 108, 0, 0 },
	{ "september", L_MONTH, 9, 0, 0 }, { "sept", L_MONTH, 109, 0, 0 },
	{ "sep", L_MONTH, 109, 0, 0 },
	{ "october", L_MONTH, 10, 0, 0 }, { "oct", L_MONTH, 110, 0, 0 },
	{ "november", L_MONTH, 11, 0, 0 }, { "nov", L_MONTH, 111, 0, 0 },
	{ "december", L_MONTH, 12, 0, 0 }, { "dec", L_MONTH, 112, 0, 0 },
	{ "monday", L_WDAY, 0, 0, 0 }, { "tuesday", L_WDAY, 1, 0, 0 },
	{ "tues", L_WDAY, 101, 0, 0 }, { "wednesday", L_WDAY, 2, 0, 0 },
	{ "thursday", L_WDAY, 3, 0, 0 }, { "thurs", L_WDAY, 103, 0, 0 },
	{ "friday", L_WDAY, 4, 0, 0 }, { "saturday", L_WDAY, 5, 0, 0 },
	{ "sunday", L_WDAY, 6, 0, 0 },
	{ "tue", L_WDAY, 101, 0, 0 }, { "thu", L_WDAY, 103, 0, 0 },
	{ "fri", L_WDAY, 104, 0, 0 },
	/* also words and names: weekdays only before a date */
	{ "mon", L_WDAY, 200, 0, 0 }, { "wed", L_WDAY, 202, 0, 0 },
	{ "sat", L_WDAY, 205, L_PAST, 0 }, { "sun", L_WDAY, 206, 0, 0 },
	/* a habit: closed on Sundays */
	{ "mondays", L_WDAYS, 0, 0, 0 }, { "tuesdays", L_WDAYS, 1, 0, 0 },
	{ "wednesdays", L_WDAYS, 2, 0, 0 }, { "thursdays", L_WDAYS, 3, 0, 0 },
	{ "fridays", L_WDAYS, 4, 0, 0 }, { "saturdays", L_WDAYS, 5, 0, 0 },
	{ "sundays", L_WDAYS, 6, 0, 0 },
	{ "second", L_UNIT, U_SEC, L_ORD, 2 },
	{ "seconds", L_UNIT, U_SEC | 16, 0, 0 },
	{ "minute", L_UNIT, U_MIN, 0, 0 },
	{ "minutes", L_UNIT, U_MIN | 16, 0, 0 },
	{ "hour", L_UNIT, U_HOUR, 0, 0 },
	{ "hours", L_UNIT, U_HOUR | 16, 0, 0 },
	{ "day", L_UNIT, U_DAY, 0, 0 }, { "days", L_UNIT, U_DAY | 16, 0, 0 },
	{ "week", L_UNIT, U_WEEK, 0, 0 },
	{ "weeks", L_UNIT, U_WEEK | 16, 0, 0 },
	{ "month", L_UNIT, U_MONTH, 0, 0 },
	{ "months", L_UNIT, U_MONTH | 16, 0, 0 },
	{ "quarter", L_UNIT, U_QUARTER, 0, 0 },
	{ "quarters", L_UNIT, U_QUARTER | 16, 0, 0 },
	{ "year", L_UNIT, U_YEAR, 0, 0 },
	{ "years", L_UNIT, U_YEAR | 16, 0, 0 },
	{ "decade", L_UNIT, U_DECADE, 0, 0 },
	{ "decades", L_UNIT, U_DECADE | 16, 0, 0 },
	{ "century", L_UNIT, U_CENT, 0, 0 },
	{ "centuries", L_UNIT, U_CENT | 16, 0, 0 },
	{ "weekend", L_UNIT, U_WEEKEND, 0, 0 },
	{ "fortnight", L_UNIT, U_WEEK | 32, 0, 0 },
	{ "fortnights", L_UNIT, U_WEEK | 16 | 32, 0, 0 },
	{ "weekends", L_UNIT, U_WEEKEND | 16, 0, 0 },
	{ "a", L_W, W_A, 0, 0 }, { "an", L_W, W_A, 0, 0 },
	{ "one", L_NUM, 1, 0, 0 }, { "two", L_NUM, 2, 0, 0 },
	{ "three", L_NUM, 3, 0, 0 }, { "four", L_NUM, 4, 0, 0 },
	{ "five", L_NUM, 5, 0, 0 }, { "six", L_NUM, 6, 0, 0 },
	{ "seven", L_NUM, 7, 0, 0 }, { "eight", L_NUM, 8, 0, 0 },
	{ "nine", L_NUM, 9, 0, 0 }, { "ten", L_NUM, 10, 0, 0 },
	{ "eleven", L_NUM, 11, 0, 0 }, { "twelve", L_NUM, 12, 0, 0 },
	{ "thirteen", L_NUM, 13, 0, 0 }, { "fourteen", L_NUM, 14, 0, 0 },
	{ "fifteen", L_NUM, 15, 0, 0 }, { "sixteen", L_NUM, 16, 0, 0 },
	{ "seventeen", L_NUM, 17, 0, 0 }, { "eighteen", L_NUM, 18, 0, 0 },
	{ "nineteen", L_NUM, 19, 0, 0 }, { "twenty", L_TENS, 20, 0, 0 },
	{ "thirty", L_TENS, 30, 0, 0 }, { "forty", L_TENS, 40, 0, 0 },
	{ "fifty", L_TENS, 50, 0, 0 }, { "sixty", L_TENS, 60, 0, 0 },
	{ "seventy", L_TENS, 70, 0, 0 }, { "eighty", L_TENS, 80, 0, 0 },
	{ "ninety", L_TENS, 90, 0, 0 },
	{ "hundred", L_W, W_HUNDRED, 0, 0 },
	{ "thousand", L_W, W_THOUSAND, 0, 0 },
	{ "dozen", L_W, W_DOZEN, 0, 0 }, { "couple", L_W, W_COUPLE, 0, 0 },
	{ "few", L_W, W_FEW, 0, 0 }, { "several", L_W, W_SEVERAL, 0, 0 },
	{ "many", L_W, W_MANY, 0, 0 },
	{ "first", L_ORD, 1, 0, 0 }, { "third", L_ORD, 3, 0, 0 },
	{ "fourth", L_ORD, 4, 0, 0 }, { "fifth", L_ORD, 5, 0, 0 },
	{ "sixth", L_ORD, 6, 0, 0 }, { "seventh", L_ORD, 7, 0, 0 },
	{ "eighth", L_ORD, 8, 0, 0 }, { "ninth", L_ORD, 9, 0, 0 },
	{ "tenth", L_ORD, 10, 0, 0 }, { "eleventh", L_ORD, 11, 0, 0 },
	{ "twelfth", L_ORD, 12, 0, 0 }, { "thirteenth", L_ORD, 13, 0, 0 },
	{ "fourteenth", L_ORD, 14, 0, 0 }, { "fifteenth", L_ORD, 15, 0, 0 },
	{ "sixteenth", L_ORD, 16, 0, 0 }, { "seventeenth", L_ORD, 17, 0, 0 },
	{ "eighteenth", L_ORD, 18, 0, 0 }, { "nineteenth", L_ORD, 19, 0, 0 },
	{ "twentieth", L_ORD, 20, 0, 0 }, { "thirtieth", L_ORD, 30, 0, 0 },
	{ "final", L_ORD, 4, 0, 0 },
	{ "spring", L_SEASON, 0, 0, 0 }, { "summer", L_SEASON, 1, 0, 0 },
	{ "fall", L_SEASON, 2, 0, 0 }, { "autumn", L_SEASON, 2, 0, 0 },
	{ "winter", L_SEASON, 3, 0, 0 },
	{ "morning", L_POD, 0, 0, 0 }, { "afternoon", L_POD, 1, 0, 0 },
	{ "evening", L_POD, 2, 0, 0 }, { "night", L_POD, 3, 0, 0 },
	{ "dawn", L_POD, 0, 0, 0 }, { "daybreak", L_POD, 0, 0, 0 },
	{ "dusk", L_POD, 2, 0, 0 }, { "nightfall", L_POD, 2, 0, 0 },
	{ "midmorning", L_POD, 0, 0, 0 }, { "midafternoon", L_POD, 1, 0, 0 },
	{ "today", L_DAYREF, 0, 0, 0 },
	{ "yesterday", L_DAYREF, -1, L_PAST, 0 },
	{ "tomorrow", L_DAYREF, 1, L_FUT, 0 }, { "tonight", L_DAYREF, 2, 0, 0 },
	{ "last", L_REL, R_LAST, 0, 0 }, { "next", L_REL, R_NEXT, 0, 0 },
	{ "this", L_REL, R_THIS, 0, 0 }, { "past", L_REL, R_PAST, 0, 0 },
	{ "coming", L_REL, R_COMING, 0, 0 },
	{ "upcoming", L_REL, R_COMING, L_FUT, 0 },
	{ "previous", L_REL, R_PREV, 0, 0 }, { "prior", L_REL, R_PREV, 0, 0 },
	{ "preceding", L_REL, R_PREV, 0, 0 },
	{ "following", L_REL, R_FOLLOW, 0, 0 },
	{ "current", L_REL, R_CURRENT, 0, 0 }, { "that", L_REL, R_THAT, 0, 0 },
	{ "same", L_REL, R_SAME, 0, 0 }, { "recent", L_REL, R_RECENT, 0, 0 },
	{ "ago", L_AGO, A_AGO, L_PAST, 0 },
	{ "earlier", L_AGO, A_EARLIER, 0, 0 },
	{ "later", L_AGO, A_LATER, 0, 0 }, { "before", L_AGO, A_BEFORE, 0, 0 },
	{ "after", L_AGO, A_AFTER, 0, 0 }, { "hence", L_AGO, A_HENCE, 0, 0 },
	{ "early", L_MODW, 1, 0, 0 }, { "mid", L_MODW, 2, 0, 0 },
	{ "late", L_MODW, 3, 0, 0 }, { "end", L_MODW, 13, 0, 0 },
	{ "beginning", L_MODW, 11, 0, 0 }, { "start", L_MODW, 11, 0, 0 },
	{ "middle", L_MODW, 12, 0, 0 }, { "close", L_MODW, 13, 0, 0 },
	{ "now", L_VAGUE, V_PRESENT, 0, 0 },
	{ "currently", L_VAGUE, V_PRESENT, 0, 0 },
	{ "nowadays", L_VAGUE, V_PRESENT, 0, 0 },
	{ "presently", L_VAGUE, V_PRESENT, 0, 0 },
	{ "recently", L_VAGUE, V_PAST, L_PAST, 0 },
	{ "previously", L_PAST, 0, 0, 0 },
	{ "formerly", L_PAST, 0, 0, 0 },
	{ "lately", L_VAGUE, V_PAST, 0, 0 },
	{ "soon", L_FUT, 0, 0, 0 },
	{ "future", L_W, W_FUTURE, 0, 0 },
	{ "daily", L_SETW, U_DAY, 0, 0 }, { "annually", L_SETW, U_YEAR, 0, 0 },
	{ "nightly", L_SETW, U_NIGHT, 0, 0 },
	{ "weekly", L_SETW, U_WEEK, 0, 0 },
	{ "monthly", L_SETW, U_MONTH, 0, 0 },
	{ "yearly", L_SETW, U_YEAR, 0, 0 },
	{ "annual", L_SETW, 100 + U_YEAR, 0, 0 },
	{ "hourly", L_SETW, U_HOUR, 0, 0 },
	{ "fortnightly", L_SETW, U_WEEK | 32, 0, 0 },
	{ "biweekly", L_SETW, U_WEEK | 32, 0, 0 },
	{ "quarterly", L_SETW, 200 + U_QUARTER, 0, 0 },
	{ "about", L_APPROX, 1, 0, 0 }, { "around", L_APPROX, 1, 0, 0 },
	{ "approximately", L_APPROX, 1, 0, 0 },
	{ "roughly", L_APPROX, 1, 0, 0 },
	{ "some", L_APPROX, 1, 0, 0 }, { "nearly", L_APPROX, 2, 0, 0 },
	{ "almost", L_APPROX, 2, 0, 0 }, { "just", L_APPROX, 0, 0, 0 },
	{ "only", L_APPROX, 0, 0, 0 }, { "barely", L_APPROX, 2, 0, 0 },
	{ "exactly", L_APPROX, 3, 0, 0 }, { "precisely", L_APPROX, 3, 0, 0 },
	{ "will", L_FUT, 0, 0, 0 }, { "could", L_FUT, 0, 0, 0 },
	{ "might", L_FUT, 0, 0, 0 },
	{ "set", L_FUT, 0, 0, 0 },
	{ "shall", L_FUT, 0, 0, 0 },
	{ "ll", L_FUT, 0, 0, 0 }, { "would", L_FUT, 0, 0, 0 },
	{ "scheduled", L_FUT, 0, 0, 0 }, { "expected", L_FUT, 0, 0, 0 },
	{ "expect", L_FUT, 0, 0, 0 }, { "expects", L_FUT, 0, 0, 0 },
	{ "predict", L_FUT, 0, 0, 0 }, { "predicts", L_FUT, 0, 0, 0 },
	{ "plans", L_FUT, 0, 0, 0 }, { "forecast", L_FUT, 0, 0, 0 },
	{ "plan", L_FUT, 0, 0, 0 },
	{ "going", L_FUT, 0, 0, 0 }, { "due", L_FUT, 0, 0, 0 },
	{ "until", L_W, W_UNTIL, 0, 0 }, { "till", L_W, W_UNTIL, 0, 0 },
	{ "is", L_PRES, 0, 0, 0 }, { "are", L_PRES, 0, 0, 0 },
	{ "can", L_PRES, 0, 0, 0 }, { "must", L_FUT, 0, 0, 0 },
	{ "planning", L_FUT, 0, 0, 0 }, { "intends", L_FUT, 0, 0, 0 },
	{ "shot", L_PAST, 0, 0, 0 }, { "hit", L_PAST, 0, 0, 0 },
	{ "died", L_PAST, 0, 0, 0 },
	{ "slid", L_PAST, 0, 0, 0 }, { "spun", L_PAST, 0, 0, 0 },
	{ "swung", L_PAST, 0, 0, 0 }, { "fed", L_PAST, 0, 0, 0 },
	{ "beat", L_PAST, 0, 0, 0 }, { "quit", L_PAST, 0, 0, 0 },
	{ "bled", L_PAST, 0, 0, 0 }, { "dug", L_PAST, 0, 0, 0 },
	{ "stuck", L_PAST, 0, 0, 0 }, { "wept", L_PAST, 0, 0, 0 },
	{ "crept", L_PAST, 0, 0, 0 }, { "leapt", L_PAST, 0, 0, 0 },
	{ "underwent", L_PAST, 0, 0, 0 }, { "oversaw", L_PAST, 0, 0, 0 },
	{ "upheld", L_PAST, 0, 0, 0 }, { "withheld", L_PAST, 0, 0, 0 },
	{ "overcame", L_PAST, 0, 0, 0 }, { "overthrew", L_PAST, 0, 0, 0 },
	{ "undertook", L_PAST, 0, 0, 0 }, { "forgave", L_PAST, 0, 0, 0 },
	{ "rebuilt", L_PAST, 0, 0, 0 },
	{ "led", L_PAST, 0, 0, 0 }, { "fled", L_PAST, 0, 0, 0 },
	{ "fought", L_PAST, 0, 0, 0 }, { "bought", L_PAST, 0, 0, 0 },
	{ "sold", L_PAST, 0, 0, 0 }, { "stood", L_PAST, 0, 0, 0 },
	{ "knew", L_PAST, 0, 0, 0 }, { "grew", L_PAST, 0, 0, 0 },
	{ "flew", L_PAST, 0, 0, 0 }, { "chose", L_PAST, 0, 0, 0 },
	{ "was", L_PAST, 0, 0, 0 }, { "were", L_PAST, 0, 0, 0 },
	{ "had", L_PAST, 0, 0, 0 }, { "did", L_PAST, 0, 0, 0 },
	{ "said", L_PAST, 0, 0, 0 },
	{ "since", L_W, W_SINCE, L_PAST, 0 }, { "took", L_PAST, 0, 0, 0 },
	{ "began", L_PAST, 0, 0, 0 }, { "came", L_PAST, 0, 0, 0 },
	{ "went", L_PAST, 0, 0, 0 }, { "made", L_PAST, 0, 0, 0 },
	{ "met", L_PAST, 0, 0, 0 }, { "won", L_PAST, 0, 0, 0 },
	{ "lost", L_PAST, 0, 0, 0 }, { "rose", L_PAST, 0, 0, 0 },
	{ "fell", L_PAST, 0, 0, 0 }, { "left", L_PAST, 0, 0, 0 },
	{ "held", L_PAST, 0, 0, 0 }, { "struck", L_PAST, 0, 0, 0 },
	{ "gave", L_PAST, 0, 0, 0 }, { "got", L_PAST, 0, 0, 0 },
	{ "saw", L_PAST, 0, 0, 0 }, { "sent", L_PAST, 0, 0, 0 },
	{ "paid", L_PAST, 0, 0, 0 }, { "spent", L_PAST, 0, 0, 0 },
	{ "became", L_PAST, 0, 0, 0 }, { "found", L_PAST, 0, 0, 0 },
	{ "brought", L_PAST, 0, 0, 0 }, { "thought", L_PAST, 0, 0, 0 },
	{ "wrote", L_PAST, 0, 0, 0 }, { "spoke", L_PAST, 0, 0, 0 },
	{ "broke", L_PAST, 0, 0, 0 }, { "ran", L_PAST, 0, 0, 0 },
	{ "kept", L_PAST, 0, 0, 0 }, { "built", L_PAST, 0, 0, 0 },
	{ "drew", L_PAST, 0, 0, 0 }, { "drove", L_PAST, 0, 0, 0 },
	{ "felt", L_PAST, 0, 0, 0 }, { "heard", L_PAST, 0, 0, 0 },
	{ "hung", L_PAST, 0, 0, 0 }, { "laid", L_PAST, 0, 0, 0 },
	{ "meant", L_PAST, 0, 0, 0 }, { "rode", L_PAST, 0, 0, 0 },
	{ "rang", L_PAST, 0, 0, 0 }, { "sang", L_PAST, 0, 0, 0 },
	{ "sank", L_PAST, 0, 0, 0 }, { "shook", L_PAST, 0, 0, 0 },
	{ "slept", L_PAST, 0, 0, 0 }, { "stole", L_PAST, 0, 0, 0 },
	{ "swore", L_PAST, 0, 0, 0 }, { "threw", L_PAST, 0, 0, 0 },
	{ "tore", L_PAST, 0, 0, 0 }, { "understood", L_PAST, 0, 0, 0 },
	{ "woke", L_PAST, 0, 0, 0 }, { "wore", L_PAST, 0, 0, 0 },
	{ "withdrew", L_PAST, 0, 0, 0 }, { "froze", L_PAST, 0, 0, 0 },
	{ "caught", L_PAST, 0, 0, 0 }, { "taught", L_PAST, 0, 0, 0 },
	/* participles alone: backups taken on Tuesday night */
	{ "taken", L_PAST, 0, 0, 0 }, { "seen", L_PAST, 0, 0, 0 },
	{ "done", L_PAST, 0, 0, 0 }, { "gone", L_PAST, 0, 0, 0 },
	{ "written", L_PAST, 0, 0, 0 }, { "stolen", L_PAST, 0, 0, 0 },
	{ "shown", L_PAST, 0, 0, 0 }, { "chosen", L_PAST, 0, 0, 0 },
	{ "broken", L_PAST, 0, 0, 0 }, { "driven", L_PAST, 0, 0, 0 },
	{ "spoken", L_PAST, 0, 0, 0 }, { "drawn", L_PAST, 0, 0, 0 },
	{ "thrown", L_PAST, 0, 0, 0 }, { "grown", L_PAST, 0, 0, 0 },
	{ "flown", L_PAST, 0, 0, 0 }, { "hidden", L_PAST, 0, 0, 0 },
	{ "risen", L_PAST, 0, 0, 0 }, { "fallen", L_PAST, 0, 0, 0 },
	{ "beaten", L_PAST, 0, 0, 0 }, { "sworn", L_PAST, 0, 0, 0 },
	{ "sought", L_PAST, 0, 0, 0 }, { "dealt", L_PAST, 0, 0, 0 },
	{ "swept", L_PAST, 0, 0, 0 }, { "arose", L_PAST, 0, 0, 0 },
	{ "forgot", L_PAST, 0, 0, 0 }, { "overtook", L_PAST, 0, 0, 0 },
	{ "et", L_ZONE, -300, 0, 0 }, { "est", L_ZONE, -300, 0, 0 },
	{ "edt", L_ZONE, -240, 0, 0 }, { "ct", L_ZONE, -360, 0, 0 },
	{ "cst", L_ZONE, -360, 0, 0 }, { "cdt", L_ZONE, -300, 0, 0 },
	{ "mt", L_ZONE, -420, 0, 0 }, { "mst", L_ZONE, -420, 0, 0 },
	{ "mdt", L_ZONE, -360, 0, 0 }, { "pt", L_ZONE, -480, 0, 0 },
	{ "pst", L_ZONE, -480, 0, 0 }, { "pdt", L_ZONE, -420, 0, 0 },
	{ "gmt", L_ZONE, 0, 0, 0 }, { "utc", L_ZONE, 0, 0, 0 },
	{ "bst", L_ZONE, 60, 0, 0 }, { "cet", L_ZONE, 60, 0, 0 },
	{ "cest", L_ZONE, 120, 0, 0 }, { "eet", L_ZONE, 120, 0, 0 },
	{ "eest", L_ZONE, 180, 0, 0 }, { "msk", L_ZONE, 180, 0, 0 },
	{ "sast", L_ZONE, 120, 0, 0 }, { "pkt", L_ZONE, 300, 0, 0 },
	{ "wib", L_ZONE, 420, 0, 0 }, { "hkt", L_ZONE, 480, 0, 0 },
	{ "sgt", L_ZONE, 480, 0, 0 }, { "awst", L_ZONE, 480, 0, 0 },
	{ "jst", L_ZONE, 540, 0, 0 }, { "kst", L_ZONE, 540, 0, 0 },
	{ "aest", L_ZONE, 600, 0, 0 }, { "aedt", L_ZONE, 660, 0, 0 },
	{ "nzst", L_ZONE, 720, 0, 0 }, { "nzdt", L_ZONE, 780, 0, 0 },
	{ "hst", L_ZONE, -600, 0, 0 }, { "akst", L_ZONE, -540, 0, 0 },
	{ "the", L_W, W_THE, 0, 0 }, { "of", L_W, W_OF, 0, 0 },
	{ "in", L_W, W_IN, 0, 0 }, { "on", L_W, W_ON, 0, 0 },
	{ "at", L_W, W_AT, 0, 0 }, { "by", L_W, W_BY, 0, 0 },
	{ "from", L_W, W_FROM, 0, 0 }, { "to", L_W, W_TO, 0, 0 },
	{ "during", L_W, W_DURING, 0, 0 }, { "for", L_W, W_FOR, 0, 0 },
	{ "every", L_W, W_EVERY, 0, 0 }, { "each", L_W, W_EACH, 0, 0 },
	{ "per", L_W, W_PER, 0, 0 }, { "times", L_W, W_TIMES, 0, 0 },
	{ "twice", L_W, W_TWICE, 0, 0 }, { "once", L_W, W_ONCE, 0, 0 },
	{ "fiscal", L_W, W_FISCAL, 0, 0 }, { "half", L_W, W_HALF, 0, 0 },
	{ "fy", L_W, W_FISCAL, 0, 0 }, { "latter", L_W, W_LATTER, 0, 0 },
	/* commitments: agreed to, an agreement to (see intent()) */
	{ "agreed", L_W, W_COMMIT, 0, 0 }, { "decided", L_W, W_COMMIT, 0, 0 },
	{ "voted", L_W, W_COMMIT, 0, 0 }, { "pledged", L_W, W_COMMIT, 0, 0 },
	{ "promised", L_W, W_COMMIT, 0, 0 }, { "vowed", L_W, W_COMMIT, 0, 0 },
	{ "agreement", L_W, W_COMMIT, 0, 0 },
	/* directives: asked them to, urged, ordered (see intent()) */
	{ "asked", L_W, W_COMMIT, 0, 0 }, { "urged", L_W, W_COMMIT, 0, 0 },
	{ "ordered", L_W, W_COMMIT, 0, 0 },
	{ "told", L_W, W_COMMIT, L_PAST, 0 },
	{ "instructed", L_W, W_COMMIT, 0, 0 },
	{ "advised", L_W, W_COMMIT, 0, 0 },
	{ "noon", L_W, W_NOON, 0, 0 }, { "midnight", L_W, W_MIDNIGHT, 0, 0 },
	{ "midday", L_W, W_MIDDAY, 0, 0 }, { "and", L_W, W_AND, 0, 0 },
	{ "or", L_W, W_OR, 0, 0 }, { "but", L_W, W_BUT, 0, 0 },
	{ "through", L_W, W_THROUGH, 0, 0 },
	{ "over", L_W, W_OVER, 0, 0 },
	{ "more", L_W, W_MORE, 0, 0 }, { "less", L_W, W_LESS, 0, 0 },
	{ "fewer", L_W, W_LESS, 0, 0 },
	{ "than", L_W, W_THAN, 0, 0 }, { "least", L_W, W_LEAST, 0, 0 },
	{ "up", L_W, W_UP, 0, 0 }, { "no", L_W, W_NO, 0, 0 },
	{ "overnight", L_W, W_OVERNIGHT, 0, 0 }, { "so", L_W, W_SO, 0, 0 },
	{ "long", L_W, W_LONG, 0, 0 },
	{ "old", L_W, W_OLD, 0, 0 }, { "between", L_W, W_BETWEEN, 0, 0 },
	{ "these", L_W, W_THESE, 0, 0 }, { "ad", L_W, W_AD, 0, 0 },
	{ "bc", L_W, W_BC, 0, 0 }, { "under", L_W, W_UNDER, 0, 0 },
	{ "other", L_W, W_OTHER, 0, 0 },
	{ "am", L_W, W_AM, 0, 0 }, { "pm", L_W, W_PM, 0, 0 },
	{ "christmas", L_HOLI, 1225, 0, 0 },
	{ "new", L_HOLI, H_NEWYEAR, 0, 0 },
	{ "halloween", L_HOLI, 1031, 0, 0 },
	{ "thanksgiving", L_HOLI, H_THANKS, 0, 0 },
	{ "independence", L_HOLI, 704, 0, 0 },
	{ "labor", L_HOLI, H_LABOR, 0, 0 },
	{ "memorial", L_HOLI, H_MEMORIAL, 0, 0 },
	{ "easter", L_HOLI, H_EASTER, 0, 0 },
	{ "election", L_HOLI, H_ELECTION, 0, 0 },
	{ "leap", L_HOLI, H_LEAP, 0, 0 }, { "good", L_HOLI, H_GOODFRI, 0, 0 },
	{ "black", L_HOLI, H_BLACKFRI, 0, 0 },
	{ "cyber", L_HOLI, H_CYBERMON, 0, 0 },
	{ "boxing", L_HOLI, 1226, 0, 0 }, { "valentine", L_HOLI, 214, 0, 0 },
	{ "veterans", L_HOLI, 1111, 0, 0 },
	{ "latest", L_W, W_LATEST, 0, 0 },
	{ "most", L_W, W_LATEST, 0, 0 }, { "comparable", L_W, W_LATEST, 0, 0 },
	{ "corresponding", L_W, W_LATEST, 0, 0 },
	{ "full", L_W, W_LATEST, 0, 0 },
	{ "entire", L_W, W_LATEST, 0, 0 }, { "whole", L_W, W_LATEST, 0, 0 },
	{ "near", L_W, W_LATEST, 0, 0 }, { "short", L_W, W_LATEST, 0, 0 },
	{ "right", L_W, W_RIGHT, 0, 0 }, { "term", L_W, W_TERM, 0, 0 },
	{ "distant", L_W, W_LATEST, 0, 0 }, { "into", L_W, W_INTO, 0, 0 },
	{ "twenties", L_W, W_DECADE, 0, 0 },
	{ "thirties", L_W, W_DECADE, 0, 0 },
	{ "forties", L_W, W_DECADE, 0, 0 }, { "fifties", L_W, W_DECADE, 0, 0 },
	{ "sixties", L_W, W_DECADE, 0, 0 },
	{ "seventies", L_W, W_DECADE, 0, 0 },
	{ "eighties", L_W, W_DECADE, 0, 0 }, { "nineties", L_W, W_DECADE, 0, 0 }
};

#define NLEX	(sizeof(lexicon) / sizeof(lexicon[0]))
#define HBITS	12
#define HSIZE	(1 << HBITS)
#define NEARDAYS 31
#define MAXW	16

static int16_t htab[HSIZE];

/* The expression found. */
enum { TY_DATE, TY_TIME, TY_DURATION, TY_SET };
static const char *types[] = { "DATE", "TIME", "DURATION", "SET" };

enum {
	M_NONE, M_START, M_MID, M_END, M_APPROX, M_MORE, M_LESS,
	M_EQMORE, M_EQLESS, M_BEFORE, M_AFTER, M_ONAFTER, M_ONBEFORE, M_EQUAL
};
static const char *mods[] = { "-", "START", "MID", "END", "APPROX",
	"MORE_THAN", "LESS_THAN", "EQUAL_OR_MORE", "EQUAL_OR_LESS", "BEFORE",
	"AFTER", "ON_OR_AFTER", "ON_OR_BEFORE", "EQUAL" };

enum { AN_NONE, AN_DCT, AN_REF };

struct tx {
	int	 a, b;		/* tokens [a, b) */
	int	 type, mod, anchor;
	char	 val[48];
	char	 ref[24];	/* the narrative date used, for AN_REF */
	int	 base;		/* compared with: the same period last year */
	int	 stamp;		/* a live blog's stamp: "8:45 p.m. - ..." */
};

/* A date of some precision, for arithmetic and the narrative anchor. */
enum { G_NONE, G_CENT, G_DEC, G_YEAR, G_HALF, G_QUARTER, G_SEASON,
	G_MONTH, G_WEEK, G_DAY };

struct date {
	int	 g;
	int	 y, m, d;	/* m: month, or quarter, half, season */
};

static struct tok *toks;
static size_t ntok, captok;
static uint32_t *cands;		/* the tokens that may start an expression */
static size_t ncand;
static const char *text;	/* the sentence */
static struct date dct;		/* g == G_NONE when unknown */
static struct date ref;		/* last date of the document */
static struct date lastq;	/* last quarter of the document */
static int lastq_ahead;		/* told in a clause that looks ahead */
static struct date lastdec;	/* a decade told since the last date */
static struct date lastclock;	/* the day of its last clock time */
static int lastclock_h, lastclock_mi;	/* and that time's clock */
static struct date laststamp;	/* the day of a live blog's last stamp */
static int laststamp_h;
static struct date lastm;	/* last date told to the month or finer */
static struct date reportm;	/* the latest month named before the DCT's */
static struct date dayref;	/* last day told */
static struct date told[8];	/* full dates told, as Jan. 6, 2021 */
static int reftold;		/* ref is one of them, not from the DCT */
static int refage;		/* sentences since ref was told */
static struct date aheadnow, aheadprev;	/* a day after the DCT this
				 * sentence or the one before told */
static struct date wdtold[7];	/* the day each weekday named last meant */
static struct date wddated[7];	/* the day each weekday told with a date */
static size_t ntold;
static char *curdoc;
static size_t curdoclen, curdoccap;

static int aflag, dflag, Hflag, Sflag, uflag;
static int headline;		/* the record is a headline */
static struct tx *found;
static size_t nfound, capfound;
static size_t habit_at;		/* first cue of a habit, SIZE_MAX: none yet */
static size_t habit_from;	/* the sentence is read for it up to here */
static int habit_kind;		/* its kind, as habit_cue() says */

/* The classes that can carry an expression on their own. */
static const uint8_t strong[] = {
	[L_MONTH] = 1, [L_WDAY] = 1, [L_UNIT] = 1, [L_SEASON] = 1,
	[L_POD] = 1, [L_DAYREF] = 1, [L_VAGUE] = 1, [L_SETW] = 1,
	[L_REL] = 1, [L_W] = 1, [L_HOLI] = 1, [L_ORD] = 1, [L_NUM] = 1,
	[L_TENS] = 0, [L_MODW] = 0, [L_AGO] = 0, [L_APPROX] = 0,
	[L_FUT] = 0, [L_PAST] = 0, [L_ZONE] = 0, [L_PRES] = 0, [L_WDAYS] = 1
};

/* Byte classes for the tokenizer. */
enum { B_SPACE, B_DIGIT, B_ALPHA, B_HIGH, B_PUNCT };
static uint8_t bclass[256];
/* A word of the lexicon or of the text, zero-padded, compared at once. */
union word {
	uint64_t q[MAXW / 8];
	char	 c[MAXW];
};
static union word lexword[NLEX];
static union word preword, postword;	/* pre-1996, post-2001 */
static uint8_t lexstrong[NLEX];	/* can carry an expression alone */

/*
 * The word of len ASCII letters at s, in lower case and zero-padded;
 * avail bytes may be read from s.  Whole words at a time, not letters.
 */
static void
word_key(union word *w, const char *s, size_t len, size_t avail)
{
	static const unsigned char keep[2 * MAXW] = {
		0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff,
		0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff
	};
	const uint64_t lowercase = 0x2020202020202020ULL;
	union word m;

	if (avail >= MAXW)
		memcpy(w->c, s, MAXW);
	else {
		memset(w, 0, sizeof(*w));
		memcpy(w->c, s, len);
	}
	memcpy(m.c, keep + MAXW - len, MAXW);
	w->q[0] = (w->q[0] | lowercase) & m.q[0];
	w->q[1] = (w->q[1] | lowercase) & m.q[1];
}

/* The 8 bytes at s, the first the lowest, in any byte order. */
static uint64_t
load8(const char *s)
{
	const unsigned char *u = (const unsigned char *)s;

	return (uint64_t)u[0] | (uint64_t)u[1] << 8 | (uint64_t)u[2] << 16 |
	    (uint64_t)u[3] << 24 | (uint64_t)u[4] << 32 |
	    (uint64_t)u[5] << 40 | (uint64_t)u[6] << 48 | (uint64_t)u[7] << 56;
}

/*
 * The end of the ASCII letters from i on.  Eight bytes are tested at
 * once, so that a word's end is found without a branch per letter: in
 * each byte, lowered and without its top bit, an add sets the top bit
 * from 'a' up and another from past 'z' up; a byte of 0x80 and more is
 * no letter either.
 */
static size_t
letters_end(const char *s, size_t i, size_t n)
{
	const uint64_t ones = 0x0101010101010101ULL, high = ones * 0x80;
	uint64_t x, y, other;

	for (; n - i >= 8; i += 8) {
		x = load8(s + i);
		y = (x | ones * 0x20) & ~high;
		other = (~(y + ones * (0x80 - 'a')) |
		    (y + ones * (0x80 - 'z' - 1)) | x) & high;
		if (other != 0) {
			/* the lowest such byte's index, by a multiply */
			other = (other & (~other + 1)) >> 7;
			return i + (size_t)((other * 0x0001020304050607ULL) >>
			    56);
		}
	}
	while (i < n && bclass[(unsigned char)s[i]] == B_ALPHA)
		i++;
	return i;
}

static int
word_eq(const union word *a, const union word *b)
{
	return a->q[0] == b->q[0] && a->q[1] == b->q[1];
}

static unsigned
word_hash(const union word *w)
{
	return (unsigned)((w->q[0] * 0x9e3779b97f4a7c15ULL ^
	    w->q[1] * 0xc2b2ae3d27d4eb4fULL) >> (64 - HBITS));
}

static void
lex_build(void)
{
	size_t i;
	unsigned h;
	int c;

	for (c = 0; c < 256; c++)
		bclass[c] = c >= 0x80 ? B_HIGH : B_PUNCT;
	for (c = '0'; c <= '9'; c++)
		bclass[c] = B_DIGIT;
	for (c = 'a'; c <= 'z'; c++)
		bclass[c] = bclass[c - 'a' + 'A'] = B_ALPHA;
	bclass[' '] = bclass['\t'] = B_SPACE;
	word_key(&preword, "pre", 3, 3);
	word_key(&postword, "post", 4, 4);
	memset(htab, 0xff, sizeof(htab));
	for (i = 0; i < NLEX; i++) {
		word_key(&lexword[i], lexicon[i].w, strlen(lexicon[i].w),
		    strlen(lexicon[i].w));
		lexstrong[i] = strong[lexicon[i].c1];
		if (lexicon[i].c1 == L_REL)
			lexstrong[i] = lexicon[i].v1 == R_PAST ||
			    lexicon[i].v1 == R_CURRENT;
		/* a number word needs a unit, save nineteen in a year */
		if (lexicon[i].c1 == L_NUM)
			lexstrong[i] = lexicon[i].v1 >= 11;
		if (lexicon[i].c1 == L_W)
			switch (lexicon[i].v1) {
			case W_NOON: case W_MIDNIGHT: case W_MIDDAY:
			case W_FUTURE: case W_FISCAL: case W_TWICE: case W_ONCE:
			case W_OVERNIGHT: case W_FEW: case W_SEVERAL:
			case W_MANY: case W_DOZEN: case W_TERM: case W_DECADE:
				break;
			default:
				lexstrong[i] = 0;
			}
		/* a word twice would hide its second entry for good */
		h = word_hash(&lexword[i]);
		for (; htab[h] >= 0; h = (h + 1) & (HSIZE - 1))
			if (word_eq(&lexword[htab[h]], &lexword[i]))
				msg_die(EXIT_SYSTEM, "lexicon: %s twice",
				    lexicon[i].w);
		htab[h] = (int16_t)i;
	}
}

static int
lex_find(const union word *w)
{
	int16_t i;
	unsigned k = word_hash(w);

	while ((i = htab[k]) >= 0) {
		if (word_eq(&lexword[i], w))
			return i;
		k = (k + 1) & (HSIZE - 1);
	}
	return -1;
}

static struct tok *
tok_new(void)
{
	struct tok *t;

	if (ntok == captok) {
		captok = captok ? captok * 2 : 256;
		toks = xreallocarray(toks, captok, sizeof(*toks));
		cands = xreallocarray(cands, captok, sizeof(*cands));
	}
	t = &toks[ntok++];
	t->lx = -1;
	t->k = t->cap = t->nd = t->sfx = t->c = 0;
	t->n = 0;
	return t;
}

#define ISAL(c)	(((c) | 0x20) >= 'a' && ((c) | 0x20) <= 'z')
#define ISDG(c)	((c) >= '0' && (c) <= '9')

/*
 * Cut the text into words, numbers (with a glued suffix) and single
 * punctuation marks; UTF-8 punctuation (U+2000..U+206F) is one mark.
 * Lists the tokens that may start an expression, so that the scan
 * passes over the others at no cost: numbers, words of the lexicon, and
 * the words that start Q3, H1, pre-1996 and post-2001.
 * Returns whether anything could start an expression.
 */
static int
tokenize(const char *s, size_t n)
{
	size_t i = 0, j;
	int sp = 1, any = 0;
	unsigned char c;
	struct tok *t;
	union word lw;

	ntok = ncand = 0;
	while (i < n) {
		c = (unsigned char)s[i];
		if (bclass[c] == B_SPACE) {
			sp = 1;
			i++;
			continue;
		}
		t = tok_new();
		t->s = (uint32_t)i;
		t->sp = (uint8_t)sp;
		sp = 0;
		if (ISDG(c)) {
			long v = 0;

			for (j = i; j < n && ISDG(s[j]); j++)
				if (j - i < 9)
					v = v * 10 + (s[j] - '0');
			t->k = T_NUM;
			cands[ncand++] = (uint32_t)(ntok - 1);
			t->nd = (uint8_t)(j - i > 9 ? 9 : j - i);
			t->n = (uint32_t)v;
			any = 1;
			if (j < n && ISAL(s[j])) {
				size_t k = j;

				while (k < n && ISAL(s[k]))
					k++;
				if (k - j == 1 && (s[j] | 0x20) == 's')
					t->sfx = X_S;
				else if (k - j == 2 &&
				    (lex_ieq(s + j, 2, "st") ||
				    lex_ieq(s + j, 2, "nd") ||
				    lex_ieq(s + j, 2, "rd") ||
				    lex_ieq(s + j, 2, "th")))
					t->sfx = X_ORD;
				else if (k - j == 2 && lex_ieq(s + j, 2, "am"))
					t->sfx = X_AM;
				else if (k - j == 2 && lex_ieq(s + j, 2, "pm"))
					t->sfx = X_PM;
				else
					t->sfx = X_OTHER;
				j = k;
			}
			t->e = (uint32_t)j;
			i = j;
		} else if (bclass[c] == B_ALPHA || (c >= 0x80 && !(c == 0xe2 &&
		    i + 2 < n && (unsigned char)s[i + 1] == 0x80))) {
			int ascii = 1;
			size_t k;

			for (k = j = letters_end(s, i, n); j < n; j++) {
				c = (unsigned char)s[j];
				if (bclass[c] == B_ALPHA)
					continue;
				if (c >= 0x80 && !(c == 0xe2 && j + 2 < n &&
				    (unsigned char)s[j + 1] == 0x80)) {
					ascii = 0;
					continue;
				}
				break;
			}
			t->k = T_WORD;
			t->e = (uint32_t)j;
			t->cap = s[i] >= 'A' && s[i] <= 'Z';
			if (ascii && j == k && j - i <= MAXW) {
				word_key(&lw, s + i, j - i, n - i);
				t->lx = (int16_t)lex_find(&lw);
				if (t->lx >= 0 && lexstrong[t->lx])
					any = 1;
				cands[ncand] = (uint32_t)(ntok - 1);
				ncand += t->lx >= 0 || (j - i == 1 &&
				    (s[i] == 'Q' || s[i] == 'H')) ||
				    word_eq(&lw, &preword) || word_eq(&lw, &postword);
			}
			i = j;
		} else {
			t->k = T_PUNCT;
			t->c = c;
			if (c == 0xe2 && i + 2 < n) {
				/* dashes, quotes: the last byte names them */
				c = (unsigned char)s[i + 2];
				t->c = (c >= 0x90 && c <= 0x95) ? '-' :
				    (c >= 0x98 && c <= 0x9b) ? '\'' : '"';
				i += 3;
			} else
				i++;
			t->e = (uint32_t)i;
		}
	}
	return any;
}

/* Token helpers; an index past the end is never anything. */
static int
cls(size_t i, int c)
{
	const struct lexent *l;

	if (i >= ntok || toks[i].lx < 0)
		return 0;
	l = &lexicon[toks[i].lx];
	return l->c1 == c || (l->c2 == c && c != 0);
}

static int
val(size_t i, int c)
{
	const struct lexent *l = &lexicon[toks[i].lx];

	return l->c1 == c ? l->v1 : l->v2;
}

static int
isw(size_t i, int w)
{
	return i < ntok && toks[i].lx >= 0 &&
	    lexicon[toks[i].lx].c1 == L_W && lexicon[toks[i].lx].v1 == w;
}

static int
ispn(size_t i, int c)
{
	return i < ntok && toks[i].k == T_PUNCT && toks[i].c == c;
}

static int
isnum(size_t i)
{
	return i < ntok && toks[i].k == T_NUM;
}

/* A plain number glued to nothing on either side that would make it a name. */
static int
isbarenum(size_t i)
{
	return isnum(i) && toks[i].sfx == X_NONE;
}

static int
glued(size_t i)
{
	return i < ntok && !toks[i].sp;
}

/* The end of the text, or a mark other than a hyphen: a phrase ends. */
static int
phrase_end(size_t i)
{
	return i >= ntok || (toks[i].k == T_PUNCT && toks[i].c != '-');
}

/* The word "that" at i, as in that day, that Monday. */
static int
isthat(size_t i)
{
	return cls(i, L_REL) && val(i, L_REL) == R_THAT;
}

/* Lower-case word compare. */
static int
isword(size_t i, const char *w)
{
	/* the first letter inline: most calls end there */
	return i < ntok && toks[i].k == T_WORD &&
	    (text[toks[i].s] | 0x20) == w[0] &&
	    lex_ieq(text + toks[i].s, toks[i].e - toks[i].s, w);
}

/* A number whose letters after the digits are just c: 05T, 00Z. */
static int
suffix_is(size_t i, char c)
{
	return isnum(i) && toks[i].sfx == X_OTHER && toks[i].nd < 9 &&
	    toks[i].e - toks[i].s == (uint32_t)toks[i].nd + 1 &&
	    (text[toks[i].e - 1] | 0x20) == (c | 0x20);
}

/* A word of five letters or more in -ed: expected, closed. */
static int
suffix_ed(size_t i)
{
	return toks[i].k == T_WORD && toks[i].e - toks[i].s > 4 &&
	    text[toks[i].e - 1] == 'd' && text[toks[i].e - 2] == 'e';
}

#define NELEM(a)	(sizeof(a) / sizeof((a)[0]))

/* The word at i is one of the n words of list. */
static int
word_in(size_t i, const char *const *list, size_t n)
{
	size_t k;

	for (k = 0; k < n; k++)
		if (isword(i, list[k]))
			return 1;
	return 0;
}

/* An apostrophe and s at i: "Sunday's", "next year's". */
static int
genitive(size_t i)
{
	return ispn(i, '\'') && isword(i + 1, "s");
}

/* A subject pronoun: "in the future they" starts a clause, not a noun. */
static int
pronoun(size_t i)
{
	static const char *const p[] = {
		"i", "you", "he", "she", "it", "we", "they"
	};

	return word_in(i, p, NELEM(p));
}

/* A word that opens a clause after a noun phrase: "the future if ...". */
static int
clause_opener(size_t i)
{
	static const char *const words[] = {
		"if", "unless", "when", "whenever", "while", "because", "as",
		"where", "whether", "though", "although"
	};

	return word_in(i, words, NELEM(words));
}

/* A possessive before a noun: its March outlook, its last rival. */
static int
possessive(size_t i)
{
	static const char *const words[] = {
		"its", "their", "his", "her", "our", "my", "your"
	};

	return word_in(i, words, NELEM(words));
}

/*
 * An adverb in -ly of four letters or more: separately, initially; not
 * a noun, verb or adjective that only ends so (the family raised).
 */
static int
adverb(size_t i)
{
	static const char *const not_adverbs[] = {
		"family", "supply", "rally", "assembly", "reply", "ally",
		"monopoly", "anomaly", "apply", "rely", "comply", "imply",
		"multiply", "july", "italy", "sicily", "elderly", "deadly",
		"costly", "likely", "friendly", "holy", "ugly"
	};

	return toks[i].k == T_WORD && toks[i].e - toks[i].s > 3 &&
	    text[toks[i].e - 1] == 'y' && text[toks[i].e - 2] == 'l' &&
	    !word_in(i, not_adverbs, NELEM(not_adverbs));
}

/*
 * A number in digits or words at i: "24", "twenty four", "twenty-four",
 * "a couple of", "a dozen", "several" (-1: unknown, X in TIMEX3).
 * Returns the token after it, or 0.
 */
static size_t
number(size_t i, long *v)
{
	/* half an hour, half a day */
	if (isw(i, W_HALF) && isw(i + 1, W_A) && !isw(i + 2, W_HALF)) {
		*v = -2;
		return i + 2;
	}
	/* the past half hour, a half-day strike, every half hour */
	if (isw(i, W_HALF) && i > 0 && (cls(i - 1, L_REL) || isw(i - 1, W_A) ||
	    isw(i - 1, W_EVERY)) &&
	    (cls(i + 1, L_UNIT) || (ispn(i + 1, '-') && glued(i + 1) &&
	    glued(i + 2) && cls(i + 2, L_UNIT)))) {
		*v = -2;
		return ispn(i + 1, '-') ? i + 2 : i + 1;
	}
	/* 6,000 years: a count in groups of three; not its "000" alone */
	if (isbarenum(i) && i > 1 && ispn(i - 1, ',') && glued(i - 1) &&
	    glued(i) && isnum(i - 2))
		return 0;
	if (isbarenum(i) && toks[i].nd <= 3 && ispn(i + 1, ',') &&
	    glued(i + 1) && isbarenum(i + 2) && glued(i + 2) &&
	    toks[i + 2].nd == 3 && !(ispn(i + 3, ',') && isnum(i + 4)) &&
	    !(ispn(i + 3, '.') && isnum(i + 4) && glued(i + 4)) &&
	    !(i > 0 && ispn(i - 1, '$'))) {
		*v = toks[i].n * 1000 + toks[i + 2].n;
		return i + 3;
	}
	if (isbarenum(i) && toks[i].nd <= 4 && toks[i].n < 1000 &&
	    !ispn(i + 1, ':') &&
	    !(ispn(i + 1, ',') && isnum(i + 2) && glued(i + 2)) &&
	    !(ispn(i + 1, '.') && isnum(i + 2) && glued(i + 2)) &&
	    !(i > 0 && ispn(i - 1, '$'))) {
		*v = toks[i].n;
		return i + 1;
	}
	if (cls(i, L_TENS)) {
		*v = val(i, L_TENS);
		if (ispn(i + 1, '-') && glued(i + 1) && glued(i + 2) &&
		    cls(i + 2, L_NUM) && val(i + 2, L_NUM) < 10) {
			*v += val(i + 2, L_NUM);
			return i + 3;
		}
		if (cls(i + 1, L_NUM) && val(i + 1, L_NUM) < 10) {
			*v += val(i + 1, L_NUM);
			return i + 2;
		}
		return i + 1;
	}
	if (cls(i, L_NUM)) {
		*v = val(i, L_NUM);
		if (isw(i + 1, W_HUNDRED)) {
			*v *= 100;
			return i + 2;
		}
		if (isw(i + 1, W_THOUSAND)) {
			*v *= 1000;
			return i + 2;
		}
		return i + 1;
	}
	if (isw(i, W_COUPLE) && isw(i + 1, W_OF)) {
		*v = 2;
		return i + 2;
	}
	if (isw(i, W_A)) {
		if (isw(i + 1, W_HUNDRED) || isw(i + 1, W_THOUSAND)) {
			*v = isw(i + 1, W_HUNDRED) ? 100 : 1000;
			return i + 2;
		}
		if (isw(i + 1, W_COUPLE)) {
			*v = 2;
			return isw(i + 2, W_OF) ? i + 3 : i + 2;
		}
		if (isw(i + 1, W_FEW)) {
			*v = -1;
			return i + 2;
		}
		if (isw(i + 1, W_DOZEN)) {
			*v = 12;
			return i + 2;
		}
		if (isw(i + 1, W_HALF)) {
			*v = -2;
			return i + 2;
		}
		*v = 1;
		return i + 1;
	}
	if (isw(i, W_SEVERAL) || isw(i, W_FEW) || isw(i, W_MANY)) {
		*v = -1;
		return i + 1;
	}
	if (isw(i, W_DOZEN) && i > 0 && !isw(i - 1, W_A)) {
		*v = 12;
		return i + 1;
	}
	return 0;
}

/* A word that adds to a length: an extra hour, a further week. */
static int
added(size_t i)
{
	return isword(i, "extra") || isword(i, "additional") ||
	    isword(i, "further");
}

/* The unit word at i: unit in *u, plural in *pl. */
static int
unit(size_t i, int *u, int *pl)
{
	int v;

	if (!cls(i, L_UNIT))
		return 0;
	v = val(i, L_UNIT);
	*u = v & 15;
	*pl = (v & 16) != 0;
	return 1;
}

/* Cheaper than clearing the whole struct for every rule tried. */
static void
tx_init(struct tx *x)
{
	x->a = x->b = 0;
	x->type = TY_DATE;
	x->mod = M_NONE;
	x->anchor = AN_NONE;
	x->val[0] = x->ref[0] = '\0';
	x->base = x->stamp = 0;
}

/* ---- dates ---- */

static long
days(int y, int m, int d)
{
	return cal_days_from_civil(y, m, d);
}

static void
from_days(long z, struct date *dt)
{
	cal_civil_from_days(z, &dt->y, &dt->m, &dt->d);
	dt->g = G_DAY;
}

static void
add_months(struct date *dt, long n)
{
	long k = (long)dt->y * 12 + dt->m - 1 + n;

	dt->y = (int)(k >= 0 ? k / 12 : -((11 - k) / 12));
	dt->m = (int)(k - (long)dt->y * 12) + 1;
	if (dt->g == G_DAY && dt->d > cal_days_in_month(dt->y, dt->m))
		dt->d = cal_days_in_month(dt->y, dt->m);
}

/* ISO 8601 week of a day number. */
static void
iso_week(long z, int *wy, int *wn)
{
	long th = z - cal_weekday(z) + 3;	/* the Thursday of its week */
	int y, m, d;

	cal_civil_from_days(th, &y, &m, &d);
	*wy = y;
	*wn = (int)((th - days(y, 1, 1)) / 7 + 1);
}

static const char *seasons[] = { "SP", "SU", "FA", "WI" };
static const char *pods[] = { "MO", "AF", "EV", "NI" };

static void
put2(char *b, int v)
{
	b[0] = (char)('0' + v / 10 % 10);
	b[1] = (char)('0' + v % 10);
}

static void
put4(char *b, int v)
{
	put2(b, v / 100);
	put2(b + 2, v % 100);
}

/* The TIMEX3 value of dt at its precision. */
static void
fmt_date(char *b, size_t n, const struct date *dt)
{
	int wy, wn;

	switch (dt->g) {
	case G_CENT:
		snprintf(b, n, "%02d", dt->y / 100);
		break;
	case G_DEC:
		snprintf(b, n, "%03d", dt->y / 10);
		break;
	case G_YEAR:
		if (dt->y >= 1000 && dt->y <= 9999 && n > 4) {
			put4(b, dt->y);
			b[4] = '\0';
		} else if (dt->y <= 0)	/* 4,000 years ago: astronomical 0 is 1 BC */
			snprintf(b, n, "BC%04d", 1 - dt->y);
		else
			snprintf(b, n, "%04d", dt->y);
		break;
	case G_HALF:
	case G_QUARTER:
		if (dt->y >= 1000 && dt->y <= 9999 && dt->m >= 0 &&
		    dt->m <= 9 && n > 7) {
			put4(b, dt->y);
			b[4] = '-';
			b[5] = dt->g == G_HALF ? 'H' : 'Q';
			b[6] = (char)('0' + dt->m);
			b[7] = '\0';
		} else
			snprintf(b, n, "%04d-%c%d", dt->y, dt->g == G_HALF ?
			    'H' : 'Q', dt->m);
		break;
	case G_SEASON:
		snprintf(b, n, "%04d-%s", dt->y, seasons[dt->m & 3]);
		break;
	case G_MONTH:
		if (dt->y >= 1000 && dt->y <= 9999 && n > 7) {
			put4(b, dt->y);
			b[4] = '-';
			put2(b + 5, dt->m);
			b[7] = '\0';
		} else
			snprintf(b, n, "%04d-%02d", dt->y, dt->m);
		break;
	case G_WEEK:
		iso_week(days(dt->y, dt->m, dt->d), &wy, &wn);
		if (wy >= 1000 && wy <= 9999 && n > 8) {
			put4(b, wy);
			b[4] = '-';
			b[5] = 'W';
			put2(b + 6, wn);
			b[8] = '\0';
		} else
			snprintf(b, n, "%04d-W%02d", wy, wn);
		break;
	case G_DAY:
		/* the common case without printf: this is the hot path */
		if (dt->y >= 1000 && dt->y <= 9999 && n > 10) {
			put4(b, dt->y);
			b[4] = '-';
			put2(b + 5, dt->m);
			b[7] = '-';
			put2(b + 8, dt->d);
			b[10] = '\0';
		} else
			snprintf(b, n, "%04d-%02d-%02d", dt->y, dt->m, dt->d);
		break;
	default:
		snprintf(b, n, "XXXX");
	}
}

/* The unresolved form of a value relative to an unknown date. */
static void
fmt_unknown(char *b, size_t n, int g)
{
	static const char *forms[] = { "XXXX", "XX", "XXX", "XXXX",
		"XXXX-HX", "XXXX-QX", "XXXX-XX", "XXXX-XX", "XXXX-WXX",
		"XXXX-XX-XX" };

	snprintf(b, n, "%s", forms[g]);
}

static void
set_date(struct tx *x, const struct date *dt, int anchor)
{
	fmt_date(x->val, sizeof(x->val), dt);
	x->anchor = anchor;
	x->type = TY_DATE;
}

/* x is reckoned from d, a date the document told: its anchor shows it. */
static void
anchor_ref(struct tx *x, const struct date *d)
{
	x->anchor = AN_REF;
	fmt_date(x->ref, sizeof(x->ref), d);
}

/* The day a date expression names, if it names one: 2020-01-05. */
static int
day_of(const struct tx *x, struct date *dt)
{
	memset(dt, 0, sizeof(*dt));
	dt->g = G_DAY;
	return x->type == TY_DATE && strlen(x->val) == 10 &&
	    cal_parse_iso(x->val, 10, &dt->y, &dt->m, &dt->d);
}

/* Move dt by n units at the unit's precision. */
static void
shift(struct date *dt, int u, long n)
{
	switch (u) {
	case U_DAY:
		from_days(days(dt->y, dt->m, dt->d) + n, dt);
		break;
	case U_WEEK:
	case U_WEEKEND:
		from_days(days(dt->y, dt->m, dt->d) + 7 * n, dt);
		dt->g = G_WEEK;
		break;
	case U_MONTH:
		add_months(dt, n);
		dt->g = G_MONTH;
		break;
	case U_QUARTER:
		dt->m = (dt->m - 1) / 3 + 1;
		{
			long k = (long)dt->y * 4 + dt->m - 1 + n;

			dt->y = (int)(k / 4);
			dt->m = (int)(k % 4) + 1;
		}
		dt->g = G_QUARTER;
		break;
	case U_YEAR:
		dt->y += (int)n;
		dt->g = G_YEAR;
		break;
	case U_DECADE:
		dt->y += (int)(10 * n);
		dt->g = G_DEC;
		break;
	case U_CENT:
		dt->y += (int)(100 * n);
		dt->g = G_CENT;
		break;
	default:
		from_days(days(dt->y, dt->m, dt->d) + (n < 0 ? -1 : n > 0 ?
		    1 : 0), dt);
	}
}

/* The precision a unit names. */
static int
unit_gran(int u)
{
	static const int g[] = { G_DAY, G_DAY, G_DAY, G_DAY, G_WEEK, G_MONTH,
		G_QUARTER, G_YEAR, G_DEC, G_CENT, G_WEEK, G_DAY };

	return g[u];
}

/* ---- tense ---- */

#define PRESENT 2	/* no direction of its own: a verb in the present */
#define NEAREST 3	/* no direction: a commitment, "now"; the nearest */
#define CLAUSEGAP 4	/* how much farther a cue after a comma lies */

/* A form of "be" or a present auxiliary: is, are, be, been, being. */
static int
be_form(size_t i)
{
	return cls(i, L_PRES) || isword(i, "be") || isword(i, "been") ||
	    isword(i, "being");
}

/* Verbs after which an -ed form is a state: stay closed, remain shut. */
static const char *const linking[] = {
	"stay", "stays", "stayed", "remain", "remains", "remained", "seem",
	"seems", "seemed", "become", "becomes", "became", "get", "gets", "got"
};

/*
 * A verb in -ed told in the past: not a participle after "be" or "is",
 * not an adjective after "the", "a" or "a still" (a still unspecified
 * date), not a word that only ends so (succeed, hundred).
 */
static int
past_ed(size_t i)
{
	static const char *const not_past[] = {
		"succeed", "proceed", "exceed", "indeed", "speed", "breed",
		"bleed", "hundred", "sacred", "naked", "wicked", "hatred",
		"rugged", "ragged", "kindred", "embed"
	};
	size_t k = i;

	/* not the first half of a compound: fixed-rate deals */
	if (!suffix_ed(i) || toks[i].cap || (toks[i].lx >= 0 &&
	    !isw(i, W_COMMIT)) || word_in(i, not_past, NELEM(not_past)) ||
	    (ispn(i + 1, '-') && glued(i + 1) && glued(i + 2)))
		return 0;
	while (k > 0 && (adverb(k - 1) || isword(k - 1, "still")))
		k--;
	/*
	 * "40 cooled rooms": a count's adjective; not "40 killed in", "on
	 * July 12 prevented it"
	 */
	if (k > 0 && (isnum(k - 1) || cls(k - 1, L_NUM)) &&
	    !(k > 1 && cls(k - 2, L_MONTH)) && i + 1 < ntok &&
	    toks[i + 1].k == T_WORD && !toks[i + 1].cap &&
	    toks[i + 1].lx < 0 && !pronoun(i + 1) &&
	    !isword(i + 1, "with") && !isword(i + 1, "when") &&
	    !isword(i + 1, "as"))
		return 0;
	return !(k > 0 && (isw(k - 1, W_THE) || isw(k - 1, W_A))) &&
	    !(i > 0 && (be_form(i - 1) ||
	    word_in(i - 1, linking, NELEM(linking))));
}

/*
 * A past form of intention before "to" and a verb: planned to, slated to
 * look ahead (1), but "was supposed to" back (-1).  A commitment (agreed
 * to, an agreement to, voted 5-2 late Monday to) was made in the past for
 * a time after it, which may be past or ahead: no direction (NEAREST),
 * so the nearest date wins; so does a directive's (asked passengers to
 * travel only if necessary through Wednesday).  Else 0.  The expression
 * starts at token a: the "to" comes before it, else the expression is the
 * commitment's time.
 */
static int
intent(size_t i, size_t a)
{
	static const char *const plans[] = {
		"planned", "scheduled", "intended", "slated", "poised",
		"prepared", "supposed", "ready", "willing"
	};

	size_t t = i + 1;

	if (isw(i, W_COMMIT))
		while (t < i + 7 && t < a && !isw(t, W_TO) &&
		    !(toks[t].k == T_PUNCT && toks[t].c != '-'))
			t++;
	/* a verb after "to": not a name, a month or "the"; "to close" is */
	if (!isw(t, W_TO) || t >= a || t + 1 >= ntok ||
	    toks[t + 1].k != T_WORD || toks[t + 1].cap ||
	    (toks[t + 1].lx >= 0 && !(cls(t + 1, L_MODW) &&
	    val(t + 1, L_MODW) >= 11 && val(t + 1, L_MODW) != 12)))
		return 0;
	/* "was supposed to" tells a plan that failed */
	if (isword(i, "supposed") && i > 0 && (isword(i - 1, "was") ||
	    isword(i - 1, "were")))
		return -1;
	if (word_in(i, plans, NELEM(plans)))
		return 1;
	return isw(i, W_COMMIT) ? NEAREST : 0;
}

/* Verbs of putting off; the first three take an object before "to". */
static const char *const put_off[] = {
	"postponed", "adjourned", "deferred", "delayed", "rescheduled",
	"pushed", "put"
};

/*
 * A date a thing was put off to lies ahead, though the putting off is
 * past: adjourned until Jan. 14, postponed to March, pushed back to May.
 */
static int
postponed(size_t i)
{
	size_t j = i + 1;

	/* all end in "d" but "put": the cheap test first */
	if (toks[i].k != T_WORD || toks[i].lx >= 0 ||
	    (text[toks[i].e - 1] != 'd' && text[toks[i].e - 1] != 't'))
		return 0;
	if ((isw(j + 1, W_UNTIL) || isw(j + 1, W_TO)) &&
	    (isword(j, "back") || isword(j, "off")))
		j++;
	return (isw(j, W_UNTIL) || isw(j, W_TO)) &&
	    word_in(i, put_off, NELEM(put_off)) && (j == i + 1 ||
	    isword(i, "pushed") || isword(i, "put"));
}

/*
 * The end of what was extended or put off lies ahead: "extended an air
 * quality alert through Thursday night", "extended the deadline to
 * Friday", "adjourned the trial of three executives to March 16",
 * unless a date told between says when.  The expression starts at a.
 */
static int
extended_to(size_t i, size_t a)
{
	/* not past a date of the extending: "was extended in March to" */
	return a > i + 1 && (isw(a - 1, W_UNTIL) || isw(a - 1, W_THROUGH) ||
	    isw(a - 1, W_TO)) && (isword(i, "extended") ||
	    isword(i, "prolonged") || word_in(i, put_off, 3)) &&
	    !(nfound > 0 && (size_t)found[nfound - 1].a > i);
}

/*
 * "had" or "had been" right before token i, adverbs aside ("had been
 * initially scheduled"): a plan told in the pluperfect is over.
 */
static int
had_before(size_t i)
{
	while (i > 0 && adverb(i - 1))
		i--;
	if (i > 0 && isword(i - 1, "been"))
		i--;
	return i > 0 && isword(i - 1, "had");
}

/*
 * A verb in the pluperfect within eight words before i: "had hoped to
 * close it by", not "had enough money to feed them beyond".
 */
static int
had_done(size_t i)
{
	size_t t;

	for (t = i > 8 ? i - 8 : 0; t + 1 < i; t++)
		if (isword(t, "had") && (suffix_ed(t + 1) ||
		    cls(t + 1, L_PAST) || isword(t + 1, "been")))
			return 1;
	return 0;
}

/*
 * "was" or "were" shortly before "by" at i, with no infinitive between:
 * a state reached by a time past ("was back at full capacity by
 * mid-June"), not a plan ("was due to finish by June").
 */
static int
was_by(size_t i)
{
	size_t t;

	for (t = i; t > 0 && i - t < 7; t--) {
		/* "was 60% contained by", not "was, by" */
		if (isw(t - 1, W_TO) || (toks[t - 1].k == T_PUNCT &&
		    !ispn(t - 1, '%')))
			return 0;
		if (isword(t - 1, "was") || isword(t - 1, "were"))
			return 1;
	}
	return 0;
}

/*
 * A word after an expression that opens a clause with a tense of its own:
 * "close every weekend in March so that engineers can replace", "chose
 * March because demand is lower".
 */
static int
clause_own(size_t i)
{
	size_t k;

	if ((isword(i, "so") && isword(i + 1, "that")) ||
	    isword(i, "because") || isword(i, "although") ||
	    isword(i, "though"))
		return 1;
	/* "on Sunday evening after both won their semi-finals" */
	if (!isword(i, "after") && !isword(i, "before"))
		return 0;
	for (k = i + 1; k < ntok && k < i + 4 && toks[k].k == T_WORD; k++)
		if (cls(k, L_PAST) || cls(k, L_PRES) || past_ed(k))
			return 1;
	return 0;
}

/* A tensed verb before token i: "saw room to pause", not "Bridge to". */
static int
verb_before(size_t i)
{
	size_t k;

	for (k = 0; k < i; k++)
		if (cls(k, L_PAST) || cls(k, L_PRES) || cls(k, L_FUT) ||
		    past_ed(k))
			return 1;
	return 0;
}

/* A past form in the clause a few words before token a: hoped, said. */
static int
said_before(size_t a)
{
	size_t k;

	for (k = a; k > 0 && a - k < 8 && !ispn(k - 1, ',') &&
	    !ispn(k - 1, ';'); k--)
		if (cls(k - 1, L_PAST) || past_ed(k - 1))
			return 1;
	return 0;
}

/*
 * Whether the -ed form at i completes the object of a verb of seeing,
 * keeping or wanting a few words before: "see the sun covered", "want
 * the work finished".
 */
static int
complement(size_t i)
{
	static const char *const verbs[] = {
		"see", "sees", "watch", "watches", "find", "finds", "get",
		"gets", "keep", "keeps", "leave", "leaves", "want", "wants",
		"need", "needs"
	};
	size_t k;

	for (k = i - 1; k + 7 > i && k > 0 && !ispn(k, ',') && !ispn(k, ';') &&
	    !ispn(k, '"'); k--)
		if (k + 1 < i && word_in(k, verbs, NELEM(verbs)))
			return 1;
	return 0;
}

/* Modals, and the negation after one: a verb after them is no past. */
static const char *const modals[] = {
	"will", "would", "could", "might", "shall", "ll", "may", "can",
	"should", "must", "not", "t"
};

/*
 * A present perfect's participle at i, active or passive: has closed,
 * have been halted.
 */
static int
perfect(size_t i)
{
	if (i > 1 && isword(i - 1, "been") && (isword(i - 2, "has") ||
	    isword(i - 2, "have")) && past_ed(i))
		return 1;
	return isword(i - 1, "has") || isword(i - 1, "have") ?
	    past_ed(i) || isword(i, "been") : 0;
}

/* "was" or "were" before i, an adverb or "first" between: was first */
static int
was_before(size_t i)
{
	size_t k = i;

	while (k > 1 && adverb(k - 1))
		k--;
	if (k > 1 && isword(k - 1, "first"))
		k--;
	return k > 0 && (isword(k - 1, "was") || isword(k - 1, "were"));
}

/*
 * The tense cue of token i, before the expression starting at a or after
 * it: 1 future, -1 past, PRESENT or NEAREST no direction, 0 none.
 */
static int
tense_cue(size_t i, size_t a, int before)
{
	int r;

	if (cls(i, L_PRES))
		return PRESENT;
	/* "Fed Chair Jerome Powell testifies": the Federal Reserve */
	if (toks[i].cap && isword(i, "fed"))
		return 0;
	/*
	 * "invited union leaders to new talks on Wednesday": what one is
	 * invited to follows the invitation, on either side of the DCT
	 */
	if (before && toks[i].lx < 0 && isword(i, "invited")) {
		size_t t;

		for (t = i + 1; t < a && t < i + 6; t++)
			if (isw(t, W_TO))
				return NEAREST;
	}
	/* "markets now see a cut in June": the clause's own present */
	if (before && isword(i, "now"))
		return NEAREST;
	/*
	 * "planned a rally on Saturday" looks ahead, like "planned for"; "was
	 * first planned for March 8" tells a plan since changed: the nearest
	 */
	if (before && toks[i].lx < 0 && toks[i].e - toks[i].s == 7 &&
	    isword(i, "planned") && !isw(i + 1, W_TO) &&
	    !(i > 0 && (isw(i - 1, W_THE) || isw(i - 1, W_A) ||
	    possessive(i - 1)))) {
		if (was_before(i))
			return NEAREST;
		return had_before(i) ? -1 : 1;
	}
	/*
	 * "was first due to lift off on Nov. 18": a plan told since, too;
	 * but "were due to be heard on Thursday" is this week's
	 */
	if (before && (isword(i, "due") || isword(i, "scheduled")) &&
	    was_before(i) && !cls(a, L_WDAY))
		return NEAREST;
	/*
	 * "set to", "set for" look ahead, and so does a date set ("set an
	 * Oct. 6 trial date", "sets October trial", "set Thursday
	 * deadline"); "set Friday" not
	 */
	if (before && (isword(i, "set") || isword(i, "sets")) &&
	    (a == i + 1 || (a == i + 2 && (isw(i + 1, W_A) ||
	    isw(i + 1, W_THE)))) && (cls(a, L_MONTH) || (cls(a, L_WDAY) &&
	    a + 1 < ntok && toks[a + 1].k == T_WORD && !toks[a + 1].cap &&
	    toks[a + 1].lx < 0 && !isword(a + 1, "as"))))
		return had_before(i) ? -1 : 1;
	if (cls(i, L_FUT) && isword(i, "set") && !isw(i + 1, W_TO) &&
	    !isw(i + 1, W_FOR))
		return 0;
	/*
	 * "plans to" and "villagers plan a celebration" look ahead; "the
	 * plan", "his plans", "a peace plan" not
	 */
	if (cls(i, L_FUT) && (isword(i, "plan") || isword(i, "plans")) &&
	    !isw(i + 1, W_TO) && !(i > 0 && toks[i - 1].k == T_WORD &&
	    (pronoun(i - 1) || (toks[i - 1].lx < 0 && (toks[i - 1].cap ||
	    text[toks[i - 1].e - 1] == 's')))))
		return 0;
	/*
	 * "is forecast for Tuesday", "is then forecast to"; not "its last
	 * forecast"
	 */
	if (cls(i, L_FUT) && isword(i, "forecast")) {
		size_t k = i;

		while (k > 1 && (adverb(k - 1) || isword(k - 1, "then") ||
		    isword(k - 1, "also") || isword(k - 1, "still")))
			k--;
		if (!(k > 0 && (cls(k - 1, L_PRES) || cls(k - 1, L_PAST) ||
		    isword(k - 1, "be") || isword(k - 1, "been"))))
			return 0;
	}
	/*
	 * "hoped the cold weather in December would slow the virus": a
	 * future told from a past, so the nearest
	 */
	if (!before && isword(i, "would") && said_before(a))
		return NEAREST;
	/*
	 * "began going out on Monday", "started planning in May": no plan
	 * after a past
	 */
	if (cls(i, L_FUT) && i > 0 && (isword(i, "going") ||
	    (isword(i, "planning") && !isword(i - 1, "was") &&
	    !isword(i - 1, "were"))) &&
	    (cls(i - 1, L_PAST) || past_ed(i - 1)) && !isw(i + 1, W_TO))
		return -1;
	/*
	 * "could not be reached for comment Wednesday": a failure told,
	 * like "couldn't"
	 */
	if (isword(i, "could") && isword(i + 1, "not"))
		return -1;
	/* "had been due to": the plan is over */
	if (cls(i, L_FUT) && !(cls(i, L_MONTH) && toks[i].cap))
		return had_before(i) ? -1 : 1;
	/*
	 * a headline's "Bridge to close from Monday": a plan ahead; not
	 * "tributes to victims"
	 */
	if (before && headline && isw(i, W_TO) && i > 0 &&
	    toks[i - 1].k == T_WORD && i + 1 < ntok &&
	    toks[i + 1].k == T_WORD && !toks[i + 1].cap &&
	    text[toks[i + 1].e - 1] != 's' && !cls(i + 1, L_MONTH) &&
	    !isw(i + 1, W_THE) && !isw(i + 1, W_A) && !verb_before(i))
		return 1;
	/* "is to resume": a plan ahead */
	if (before && isw(i, W_TO) && i > 0 && (cls(i - 1, L_PRES) ||
	    isword(i - 1, "was") || isword(i - 1, "were")) && i + 1 < ntok &&
	    toks[i + 1].k == T_WORD && toks[i + 1].lx < 0 && !toks[i + 1].cap)
		return 1;
	/*
	 * "aid to be paid from the spring": a plan ahead (not "was supposed
	 * to be finished")
	 */
	if (before && (cls(i, L_PAST) || suffix_ed(i)) && i > 2 &&
	    isword(i - 1, "be") && isw(i - 2, W_TO) &&
	    !isword(i - 3, "supposed"))
		return 1;
	/* "will be paid", "getting beat up": a participle */
	if (cls(i, L_PAST) && i > 0 && (be_form(i - 1) ||
	    isword(i - 1, "get") || isword(i - 1, "gets") ||
	    isword(i - 1, "getting")))
		return 0;
	/*
	 * "planned to leave Thursday" looks ahead, "told schools to prepare
	 * to close from Wednesday" has no direction; "had planned" and
	 * "Friday, they planned to" not
	 */
	if (before && (r = intent(i, a)) != 0)
		return had_before(i) ? -1 : r;
	/* "will hit", "to hit": the plain form a past shares */
	if (cls(i, L_PAST) && i > 0 && (isw(i - 1, W_TO) ||
	    (!toks[i - 1].cap && word_in(i - 1, modals, NELEM(modals)))))
		return 0;
	/* "was expected to", "was set to"; not "was set by the UN" */
	if (cls(i, L_PAST))
		return cls(i + 1, L_FUT) && !(isword(i + 1, "set") &&
		    !isw(i + 2, W_TO) && !isw(i + 2, W_FOR)) ? 1 : -1;
	/* "moved to September" but not "moved to Paris in June" */
	if (before && (postponed(i) || extended_to(i, a) ||
	    (isword(i, "moved") && isw(i + 1, W_TO) && a == i + 2)))
		return had_before(i) ? -1 : 1;
	/*
	 * "will see 90% of the sun covered at 7:12 p.m.", "keep the road
	 * closed until Friday": a participle the verb before its object
	 * governs, no past
	 */
	if (past_ed(i))
		return before && complement(i) ? 0 : -1;
	/* "host Leeds on Wednesday before Brighton next Sunday" */
	if (cls(i, L_REL) && (val(i, L_REL) == R_NEXT ||
	    val(i, L_REL) == R_LAST) && !(i > 0 && (isw(i - 1, W_THE) ||
	    isw(i - 1, W_AT) || isw(i - 1, W_TO) || possessive(i - 1))) &&
	    !isw(i + 1, W_TO))
		return val(i, L_REL) == R_NEXT ? 1 : -1;
	return 0;
}

/* A verb that reports what was said: said, added, announced. */
static int
reporting(size_t i)
{
	static const char *const verbs[] = {
		"said", "says", "added", "adds", "announced", "reported",
		"stated", "wrote", "noted", "explained", "confirmed"
	};
	char c;

	return toks[i].k == T_WORD && !toks[i].cap &&
	    ((c = text[toks[i].e - 1]) == 'd' || c == 's' || c == 'e') &&
	    word_in(i, verbs, NELEM(verbs));
}

/*
 * A reporting verb that closes its sentence: "..., the service said.",
 * "..., he said on Monday"; not "..., China announced plans", "...,
 * Thaksin said that".
 */
static int
attribution(size_t i)
{
	if (!reporting(i))
		return 0;
	return i + 1 >= ntok || toks[i + 1].k == T_PUNCT || isw(i + 1, W_ON) ||
	    isw(i + 1, W_IN) || isw(i + 1, W_AT) || cls(i + 1, L_WDAY) ||
	    isword(i + 1, "last") || isword(i + 1, "this") ||
	    isword(i + 1, "late") || isword(i + 1, "early") ||
	    isword(i + 1, "yesterday") || isword(i + 1, "today");
}

/* A past verb just after who, which or that, a few words before a. */
static int
relative_past(size_t a)
{
	size_t t;

	for (t = a; t > 1 && a - t < 6 && toks[t - 1].k == T_WORD; t--)
		if ((cls(t - 1, L_PAST) || past_ed(t - 1)) &&
		    (isword(t - 2, "who") || isword(t - 2, "which") ||
		    isword(t - 2, "that")))
			return 1;
	return 0;
}

/*
 * The comma that opens a relative clause the comma at i closes (", which
 * took 26 months to build,"), else i.
 */
static size_t
relative_before(size_t i)
{
	size_t t;

	/*
	 * the main clause goes on after it with a conjunction or a
	 * preposition; not "who stepped down as chairman, president and
	 * chief executive in March", a list
	 */
	if (!(isw(i + 1, W_AND) || isw(i + 1, W_BUT) || isw(i + 1, W_ON) ||
	    isw(i + 1, W_IN) || isw(i + 1, W_AT) || isw(i + 1, W_BY) ||
	    isw(i + 1, W_FROM) || isw(i + 1, W_UNTIL) ||
	    isw(i + 1, W_DURING)))
		return i;
	for (t = i; t > 1 && i - t < 20; t--) {
		if (ispn(t - 1, ';') || ispn(t - 1, '"'))
			return i;
		if (ispn(t - 1, ','))
			return isword(t, "which") || isword(t, "who") ?
			    t - 1 : i;
	}
	return i;
}

/*
 * The tense around tokens [a, b): the nearest cue wins, past words and
 * -ed forms against will, would, going to, plans and the like.  A cue
 * after a comma that follows the expression yields to one up to
 * CLAUSEGAP tokens farther back: "talks supposed to end by May, invited"
 * is the talks' tense.
 * 1 future, -1 past, the nearest cue's PRESENT or NEAREST, 0 none; a cue
 * of no direction after a comma is none.
 */
static int
tense_cues(size_t a, size_t b, size_t far)
{
	size_t c, d, i, held_at = 0, skip = 0;
	int k, r, r2, quote = 0, comma = 0, held = 0, semi = 0;

	for (d = 1; d <= far + CLAUSEGAP; d++) {
		if (held && d > held_at + CLAUSEGAP)
			break;
		for (k = 0; k < 2; k++) {
			if (k == 0) {
				if (a < d + skip || (d > far && !held) || semi)
					continue;
				i = a - d - skip;
				/* "...; trains run through Wednesday" */
				if (ispn(i, ';')) {
					semi = 1;
					continue;
				}
				/*
				 * "open the terminal, which took 26 months to
				 * build, and on Tuesday": the relative clause's
				 * tense is its own
				 */
				if (ispn(i, ',') &&
				    (c = relative_before(i)) < i) {
					skip += i - c;
					continue;
				}
				/* "the first since 2019 on Dec. 5": 2019's */
				if (isw(i, W_SINCE) && i + 1 < a &&
				    (isnum(i + 1) || cls(i + 1, L_MONTH)))
					continue;
			} else {
				i = b - 1 + d;
				if (i >= ntok || quote || held || d > far)
					continue;
				/* "Thursday,'' Castro said": not the quote's */
				if (ispn(i, '"') || (ispn(i, '\'') &&
				    ispn(i + 1, '\''))) {
					quote = 1;
					continue;
				}
				/*
				 * "on Saturday and will keep": the next verb's
				 * clause yields like one after a comma; not in
				 * "Friday and Saturday will", "the Abortion and
				 * Rights League plans"
				 */
				if ((isw(i, W_AND) || isw(i, W_OR) ||
				    isw(i, W_BUT)) && i + 1 < ntok &&
				    !toks[i + 1].cap && !isnum(i + 1))
					comma = 1;
				if (ispn(i, ','))
					comma = 1;
				/*
				 * "on Feb. 11; it began", "on Friday if schools
				 * are closed": another clause, a condition's
				 * present being no present time
				 */
				if (ispn(i, ';') || isword(i, "if") ||
				    isword(i, "unless") || clause_own(i)) {
					quote = 1;
					continue;
				}
			}
			if (ispn(i, ':'))
				continue;
			/*
			 * "rather than in June as planned", "later than
			 * expected": a comparison with a plan, no tense
			 */
			if (k == 1 && i > 0 && (isword(i - 1, "as") ||
			    isword(i - 1, "than")) && (isword(i, "planned") ||
			    isword(i, "scheduled") || isword(i, "expected") ||
			    isword(i, "forecast") || isword(i, "hoped")))
				continue;
			/*
			 * "on Thursday, the largest since 1994": a record's
			 * since, not the date's past
			 */
			if (k == 1 && isw(i, W_SINCE) && i > 0 &&
			    toks[i - 1].k == T_WORD && (isword(i - 1, "first") ||
			    (toks[i - 1].e - toks[i - 1].s > 4 &&
			    text[toks[i - 1].e - 1] == 't' &&
			    text[toks[i - 1].e - 2] == 's' &&
			    text[toks[i - 1].e - 3] == 'e')))
				continue;
			/*
			 * "..., the service said", "will report on Feb. 11 and
			 * said": the report's tense, not the date's; but "On
			 * Tuesday, China announced plans" is the date's own
			 */
			if (k == 1 && comma && (attribution(i) ||
			    (reporting(i) && verb_before(a)))) {
				quote = 1;	/* the rest is the report's */
				continue;
			}
			/*
			 * "on Thursday, priced at 79 euros": a participle that
			 * opens a phrase with its preposition is no verb of
			 * the date's ("Ala., killed a guard" is)
			 */
			if (k == 1 && i > 0 && ispn(i - 1, ',') && past_ed(i) &&
			    (isw(i + 1, W_AT) || isw(i + 1, W_IN) ||
			    isw(i + 1, W_ON) || isw(i + 1, W_BY) ||
			    isw(i + 1, W_FOR) || isw(i + 1, W_FROM)))
				continue;
			/*
			 * "in June, ending a fight that has divided parents":
			 * a present perfect after the date tells nothing of it
			 */
			if (k == 1 && i > 0 && perfect(i))
				continue;
			/*
			 * "taken out of service in June for repairs expected to
			 * last": the noun's, not the clause's
			 */
			if (k == 1 && cls(i, L_FUT) && suffix_ed(i) && i > b &&
			    toks[i - 1].k == T_WORD && !toks[i - 1].cap &&
			    toks[i - 1].lx < 0)
				continue;
			r = tense_cue(i, a, k == 0);
			/*
			 * "people who left home on Friday are asked": the
			 * main verb after a relative clause is not its tense
			 */
			if (r == PRESENT && k == 1 && relative_past(a))
				continue;
			/*
			 * "a trial that started in October will run": the verb
			 * the date's preposition follows is its own, before a
			 * verb after it
			 */
			if (r && k == 1 && d == 1 && a > 1 &&
			    (isw(a - 1, W_IN) || isw(a - 1, W_ON) ||
			    isw(a - 1, W_SINCE) || isw(a - 1, W_DURING)) &&
			    ((r2 = tense_cue(a - 2, a, 1)) == 1 || r2 == -1))
				return r2;
			if (r && k == 1 && comma) {
				held = r;
				held_at = d;
			} else if (r)
				return r;
		}
	}
	return held == PRESENT || held == NEAREST ? 0 : held;
}

/* The tense around tokens [a, b): 1 future, -1 past, 0 none. */
static int
tense_within(size_t a, size_t b, size_t far)
{
	int r = tense_cues(a, b, far);

	return r == PRESENT || r == NEAREST ? 0 : r;
}

/* "had" near i: the sentence looks back from a past time. */
static int
pluperfect(size_t i)
{
	size_t k;

	for (k = 1; k <= 12; k++)
		if ((k <= i && isword(i - k, "had")) || isword(i + k, "had"))
			return 1;
	return 0;
}

/*
 * A deadline or earliest time before i: until Tuesday, by Tuesday, as
 * early as Tuesday, as soon as Tuesday.  It lies ahead even in a
 * past-tense report ("extended the deadline until Tuesday"): 1.
 * "through Wednesday" lies ahead only where no tense says otherwise
 * ("kept rising through Thursday night" looks back): 2.  "for Monday" is
 * what a plan or ticket is for, ahead in a past-tense report too
 * ("called a mass strike for Monday", "tickets for Monday sold out"): 3.
 */
static int
deadline(size_t i)
{
	if (i > 0 && isw(i - 1, W_AT))
		i--;	/* until 9 a.m. Tuesday is a time, not this */
	if (i > 1 && isw(i - 2, W_AT) && isw(i - 1, W_LEAST))
		i -= 2;	/* until at least Thursday */
	if (i > 0 && (isw(i - 1, W_UNTIL) || isw(i - 1, W_BY)))
		return 1;
	if (i > 0 && isw(i - 1, W_THROUGH))
		return 2;
	if (i > 0 && isw(i - 1, W_FOR))
		return 3;
	return i > 2 && isword(i - 3, "as") && isword(i - 1, "as") &&
	    (isword(i - 2, "early") || isword(i - 2, "soon"));
}

/*
 * Verbs of a scheduled event: in the present they tell what is to come
 * ("closes on Monday"), and after a year they make it the subject (the
 * second round of 2024 opens).
 */
static const char *const schedule_verbs[] = {
	"meet", "meets", "begin", "begins", "start", "starts", "open",
	"opens", "resume", "resumes", "arrive", "arrives", "leave", "leaves",
	"return", "returns", "visit", "visits", "vote", "votes", "travel",
	"travels", "close", "closes", "end", "ends", "host", "hosts", "face",
	"faces", "play", "plays", "launch", "launches", "expire", "expires",
	"convene", "convenes", "run", "runs", "come", "comes", "follow",
	"follows", "take", "takes", "go", "goes", "continue", "continues",
	"testify", "testifies", "speak", "speaks", "appear", "appears"
};
#define NSCHEDULE NELEM(schedule_verbs)

/*
 * A present-tense verb of a scheduled event just before i, with no
 * other cue: "they meet Monday", "the trial opens on Tuesday".
 */
static int
futurate(size_t i)
{
	size_t k;

	/* "closes on Monday", "closes at 7 p.m. on Monday", "runs from" */
	if (i > 0 && (isw(i - 1, W_ON) || isw(i - 1, W_AT) ||
	    isw(i - 1, W_FROM)))
		i--;
	if (i > 0 && adverb(i - 1))
		i--;	/* meet separately Monday */
	if (i > 0 && !toks[i - 1].cap &&
	    word_in(i - 1, schedule_verbs, NSCHEDULE))
		return 1;
	/*
	 * a named object between: "host Leeds United on Wednesday", "leaves
	 * the European Union on March 29"
	 */
	for (k = i; k > 0 && i - k < 3 && toks[k - 1].cap &&
	    toks[k - 1].k == T_WORD && toks[k - 1].lx < 0; k--)
		;
	if (k < i && k > 1 && isw(k - 1, W_THE) && !toks[k - 1].cap)
		k--;
	if (k < i && k > 0 && !toks[k - 1].cap &&
	    word_in(k - 1, schedule_verbs, NSCHEDULE))
		return 1;
	/*
	 * a few plain words between: "meet in a televised debate on Tuesday
	 * evening"; not the verb's noun ("of the vote on Tuesday")
	 */
	for (k = i; k > 0 && i - k < 6 && toks[k - 1].k == T_WORD &&
	    !(toks[k - 1].cap && toks[k - 1].lx >= 0) &&
	    !cls(k - 1, L_PAST) && !cls(k - 1, L_FUT) &&
	    !cls(k - 1, L_PRES) && !past_ed(k - 1); k--)
		if (!toks[k - 1].cap &&
		    word_in(k - 1, schedule_verbs, NSCHEDULE))
			return !(k > 1 && (isw(k - 2, W_THE) || isw(k - 2, W_A) ||
			    possessive(k - 2)));
	return 0;
}

static int
tense(size_t a, size_t b)
{
	return tense_within(a, b, 12);
}

/*
 * The day of the sentence's last expression, a date's or a time's, when it
 * lies after the DCT.
 */
static int
day_ahead_told(struct date *dt)
{
	const char *v;

	if (nfound == 0 || dct.g == G_NONE)
		return 0;
	v = found[nfound - 1].val;
	memset(dt, 0, sizeof(*dt));
	dt->g = G_DAY;
	return strlen(v) >= 10 && cal_parse_iso(v, 10, &dt->y, &dt->m,
	    &dt->d) && days(dt->y, dt->m, dt->d) > days(dct.y, dct.m, dct.d);
}

/*
 * Whether the day the sentence told last lies after the DCT, or it told
 * the future: a weekday with no cue of its own then looks ahead too
 * ("make landfall early Saturday, weakening as it crosses Kyushu on
 * Saturday night").
 */
static int
ahead_told(size_t s)
{
	struct date dt;
	size_t k;

	/* "said the coming days would be dry, with lows ... on Saturday" */
	if (!day_ahead_told(&dt) && !(nfound > 0 &&
	    strcmp(found[nfound - 1].val, "FUTURE_REF") == 0))
		return 0;
	/* in the same clause: "good Friday news" after "; Valentine's Day" */
	for (k = (size_t)found[nfound - 1].b; k < s; k++)
		if (ispn(k, ';'))
			return 0;
	return 1;
}

/* Days from the DCT on to weekday w (0 = Monday): 0 to 6. */
static int
days_to(int w)
{
	return (w - cal_weekday(days(dct.y, dct.m, dct.d)) + 7) % 7;
}

/*
 * Weekday w, a day or two after the DCT's, follows the sentence's last
 * expression before s, in the same clause, when that names the DCT's
 * weekday ("from noon to 8 p.m. on Friday and from 10 a.m. to 6 p.m. on
 * Saturday", told on a Friday) or is a time of the DCT it glosses ("at
 * 8 p.m. PT (0400 GMT on Wednesday)").
 */
static int
today_told(size_t s, int w)
{
	const struct tx *p;
	struct date dt;
	size_t k;
	int named = 0, on;

	/* not "said Tuesday ... a report on Monday" */
	if (nfound == 0 || dct.g != G_DAY || (on = days_to(w)) < 1 || on > 2)
		return 0;
	p = &found[nfound - 1];
	if (strlen(p->val) < 10 || !cal_parse_iso(p->val, 10, &dt.y, &dt.m,
	    &dt.d) || dt.y != dct.y || dt.m != dct.m || dt.d != dct.d)
		return 0;
	for (k = (size_t)p->a; k < (size_t)p->b; k++)
		named |= cls(k, L_WDAY);
	named |= s > 0 && ispn(s - 1, '(') && (size_t)p->b + 1 == s;
	for (k = (size_t)p->b; k < s; k++)
		if (ispn(k, ';'))
			return 0;
	return named;
}

/*
 * A month or season after the DCT's, or a year after it, as the last
 * expression of the clause before s: "through the spring, before 12
 * shows in June", told in November.
 */
static int
later_told(size_t s)
{
	static const char *const clause_words[] = {
		"as", "while", "although", "though", "because", "but", "when",
		"which", "who", "where", "whereas"
	};
	const char *v;
	size_t k;
	int y;

	if (nfound == 0 || dct.g == G_NONE || found[nfound - 1].type !=
	    TY_DATE)
		return 0;
	v = found[nfound - 1].val;
	if (strlen(v) < 7 || !ISDG(v[0]) || !ISDG(v[1]) || !ISDG(v[2]) ||
	    !ISDG(v[3]) || v[4] != '-')
		return 0;
	/* not in another clause: "..., as the summer window closes" */
	for (k = (size_t)found[nfound - 1].b; k < s; k++)
		if (ispn(k, ';') || word_in(k, clause_words,
		    NELEM(clause_words)))
			return 0;
	y = atoi(v);
	return y > dct.y || (y == dct.y && ISDG(v[5]) && ISDG(v[6]) &&
	    atoi(v + 5) > dct.m);
}

/*
 * The story's last date, told in this sentence or the one before, lies
 * in a month after the DCT's: "reaches North America in April. It
 * moves on to Asia in May".
 */
static int
ref_ahead(void)
{
	return refage <= 1 && ref.g >= G_MONTH && ref.g != G_WEEK &&
	    dct.g != G_NONE && ref.y * 12 + ref.m > dct.y * 12 + dct.m;
}

static size_t clock_at(size_t, int *, int *, int *, int *);
static size_t match(size_t, struct tx *);
static size_t m_relname(size_t, struct tx *);
static int habitual(size_t, size_t, size_t);

/*
 * The first token of a range whose end starts at s ("from 4 a.m. to
 * 11 a.m. on Wednesday"), or s.
 */
static size_t
range_start(size_t s)
{
	size_t k;
	int h, mi, zone, hasz;

	if (s < 3 || !(isw(s - 1, W_TO) || isw(s - 1, W_UNTIL) ||
	    isw(s - 1, W_THROUGH)))
		return s;
	for (k = s - 2; k + 8 > s && k > 0; k--)
		if (clock_at(k, &h, &mi, &zone, &hasz) == s - 1)
			return k;
	return s;
}

/* "starting Monday", "beginning on Monday": the start of a stretch */
static int
start_word(size_t i)
{
	return isword(i, "starting") || isword(i, "beginning");
}

/* A participle of closing: closed, shut, suspended, banned. */
static int
shut_word(size_t i)
{
	static const char *const words[] = {
		"closed", "shut", "suspended", "banned", "halted", "cancelled",
		"canceled", "grounded"
	};

	return word_in(i, words, NELEM(words));
}

/* A figure within six words before i: "up 3% from", "rose to 12 from" */
static int
compared(size_t i)
{
	size_t k;

	for (k = i; k > 0 && i - k < 6; k--)
		if (isnum(k - 1) || isword(k - 1, "up") ||
		    isword(k - 1, "down"))
			return 1;
	return 0;
}

/*
 * A verb told in the past acts right before "in" or "during" at i - 1,
 * with only its object between: "trounced his party in January
 * elections", "killed 40 people during January's election".  Not a
 * report, a form of be or have, a participle after be (to be held in
 * December), nor a verb across "to", "of" or a mark (told companies of a
 * cutback in September).
 */
static int
acted_in(size_t i)
{
	static const char *const stops[] = {
		"to", "of", "for", "about", "that", "which", "and", "or",
		"was", "were", "had", "did", "said", "since"
	};
	size_t j;

	if (i < 2 || !(isw(i - 1, W_IN) || isw(i - 1, W_DURING)))
		return 0;
	for (j = i - 2; j + 6 > i && j > 0; j--) {
		if (phrase_end(j) || word_in(j, stops, NELEM(stops)))
			return 0;
		if (past_ed(j) || (cls(j, L_PAST) && !be_form(j - 1) &&
		    !isw(j - 1, W_TO)))
			return 1;
	}
	return 0;
}

/*
 * The words before i tell the time before an event: "ahead of", "on the
 * eve of", "in the run-up to" (or lead-up, build-up).  Not "before": "the
 * share before Friday's purchases" is a state since changed.
 */
static int
lead_up(size_t i)
{
	if (i < 2)
		return 0;
	if (isw(i - 1, W_OF))
		return isword(i - 2, "ahead") || isword(i - 2, "eve");
	return isw(i - 1, W_TO) && (isword(i - 2, "runup") ||
	    (i > 3 && isword(i - 2, "up") && ispn(i - 3, '-') &&
	    (isword(i - 4, "run") || isword(i - 4, "lead") ||
	    isword(i - 4, "build"))));
}

static int wday_dir(size_t, size_t, int);

/*
 * The start of a range whose end is a weekday that looks ahead: "a red
 * alert from noon on Friday until 9 p.m. on Sunday", told on a Thursday,
 * starts on the Friday before that Sunday, which may be past.  Sets *dir
 * for weekday w at [s, e).
 */
static int
range_from(size_t s, size_t e, int w, int *dir)
{
	size_t t;
	int end, ahead;

	if (s == 0 || !isw(s - 1, W_FROM) || dct.g != G_DAY ||
	    !(isw(e, W_UNTIL) || isw(e, W_TO) || isw(e, W_THROUGH)))
		return 0;
	for (t = e + 1; t < ntok && t < e + 8 && !(cls(t, L_WDAY) &&
	    toks[t].cap && val(t, L_WDAY) < 200); t++)
		if (toks[t].k == T_PUNCT && !ispn(t, '.') && !ispn(t, ':'))
			return 0;
	/* "from Friday to Sunday": the end looks the start's way instead */
	if (t >= ntok || t >= e + 8 || t == e + 1)
		return 0;
	end = val(t, L_WDAY) % 100;
	if (wday_dir(e + 1, t + 1, end) <= 0)
		return 0;
	/* the end's day ahead, then the start's on or before it */
	ahead = days_to(end) - (end - w + 7) % 7;
	*dir = ahead > 0 ? 1 : ahead < 0 ? -1 : 0;
	return 1;
}

/*
 * Which way weekday w in the expression from token s to e looks: 1 ahead,
 * -1 back, 0 where no cue says (back, unless the document named that
 * weekday before).  The cues before the expression count, not those
 * before the weekday: "until 9 a.m. Tuesday" looks ahead.
 */
static int
wday_dir(size_t s, size_t e, int w)
{
	size_t p, r;
	int cue, dir, dl;

	/*
	 * "until Tuesday or Wednesday", "opens Monday-Friday": the second
	 * looks the first's way, by the first's cues
	 */
	p = s > 0 && cls(s - 1, L_MODW) ? s - 1 : s;	/* early Thursday */
	if (p > 1 && (isw(p - 1, W_OR) || isw(p - 1, W_AND) ||
	    isw(p - 1, W_TO) || isw(p - 1, W_THROUGH) || (ispn(p - 1, '-') &&
	    glued(p - 1) && glued(p))) && cls(p - 2, L_WDAY) && toks[p - 2].cap)
		return wday_dir(p - 2, p - 1, w);
	if (range_from(s, e, w, &dir))
		return dir;
	/*
	 * "a show of works bought over five decades opens on Friday": the
	 * present of a scheduled event right before the date wins
	 */
	if (p > 1 && isw(p - 1, W_ON) && !toks[p - 2].cap &&
	    text[toks[p - 2].e - 1] == 's' &&
	    word_in(p - 2, schedule_verbs, NSCHEDULE))
		return 1;
	cue = tense_cues(s, e, 12);
	dir = cue == PRESENT || cue == NEAREST ? 0 : cue;
	dl = deadline(s);

	/*
	 * "Wednesday's ruling" looks back, but "tickets for Saturday's
	 * gala sold out" ahead, and so does "parties are campaigning in the
	 * run-up to Sunday's vote" where no past tense says otherwise
	 */
	if (genitive(e) && dir == 0 && lead_up(p))
		return 1;
	if (genitive(e) && dir <= 0 && dl != 3)
		return dir;
	/*
	 * "with the conference finals starting on Wednesday": the start of
	 * what is to come, unless a past cue stands right before
	 */
	if (p > 1 && isw(p - 1, W_ON) && start_word(p - 2) &&
	    tense_within(p - 2, e, 3) >= 0)
		return 1;
	/*
	 * "ordered schools closed through Friday": what a closing's
	 * participle keeps shut runs ahead, like until; not "was closed
	 * through Monday"
	 */
	if (dl == 2 && dir < 0 && p > 2 && shut_word(p - 2) &&
	    !cls(p - 3, L_PAST) && !be_form(p - 3))
		return 1;
	/* "was 60% contained by Tuesday night": a state reached */
	if (dl == 1 && dir < 0 && isw(p - 1, W_BY) && was_by(p - 1))
		return dir;
	if (((dir <= 0 && dl == 1) || (dir <= 0 && dl == 3) ||
	    (dir == 0 && dl == 2)) &&
	    !pluperfect(s))
		return 1;
	if (dir == 0 && (futurate(s) || ((r = range_start(s)) != s &&
	    futurate(r))))
		return 1;
	if (dir == 0 && (ahead_told(s) || today_told(s, w)))
		return 1;
	/*
	 * "shops reopen from Monday", "starting Monday": a stretch to come;
	 * not a change from a day ("gained 1.6 percent from Monday")
	 */
	if (dir == 0 && p > 0 && ((isw(p - 1, W_FROM) && !compared(p - 1)) ||
	    start_word(p - 1)))
		return 1;
	if (cue == PRESENT)
		return 1;	/* "both sides are back in action on Tuesday" */
	/* a commitment or an invitation: the nearest such weekday */
	if (cue == NEAREST && dct.g == G_DAY) {
		int on = days_to(w);

		return on == 0 ? 0 : on <= 3 ? 1 : -1;
	}
	return dir;
}

/* ---- the rules ---- */

static int
need_dct(struct tx *x, int g)
{
	if (dct.g != G_NONE)
		return 1;
	fmt_unknown(x->val, sizeof(x->val), g);
	x->anchor = AN_DCT;
	x->type = TY_DATE;
	return 0;
}

/* A year told (2019, or next year's 2027), not a decade or a day. */
static int
is_year(const struct tx *p)
{
	return p->type == TY_DATE && strlen(p->val) == 4 &&
	    ISDG(p->val[0]) && ISDG(p->val[3]);
}

/* A month with its year (2024-07), not a quarter, a half or a season. */
static int
is_month(const struct tx *p)
{
	return p->type == TY_DATE && strlen(p->val) == 7 &&
	    ISDG(p->val[0]) && ISDG(p->val[5]) && ISDG(p->val[6]);
}

/*
 * A year, month or week the sentence told before, of granularity g: "rose
 * last week from the previous week" counts from last week, though a date
 * reckoned from the DCT is no narrative reference.  Fills dt (its first
 * day) and x's anchor.
 */
static int
same_unit_told(int g, struct tx *x, struct date *dt)
{
	const struct tx *p;
	const char *v;
	size_t k;

	for (k = nfound; k-- > 0;) {
		p = &found[k];
		v = p->val;
		/* not a base of comparison: from a year earlier */
		if (p->base)
			continue;
		memset(dt, 0, sizeof(*dt));
		dt->y = atoi(v);
		dt->m = dt->d = 1;
		if (g == G_YEAR && is_year(p))
			dt->g = G_YEAR;
		else if (g == G_MONTH && is_month(p)) {
			dt->g = G_MONTH;
			dt->m = atoi(v + 5);
		} else if (g == G_WEEK && p->type == TY_DATE &&
		    strlen(v) == 8 && ISDG(v[0]) && v[5] == 'W') {
			/* the Monday of ISO week w: the week of Jan. 4 on */
			long jan4 = days(dt->y, 1, 4);

			from_days(jan4 - cal_weekday(jan4) + 7L *
			    (atoi(v + 6) - 1), dt);
			dt->g = G_WEEK;
		} else
			continue;
		x->anchor = AN_REF;
		memcpy(x->ref, v, strlen(v) + 1);
		return 1;
	}
	return 0;
}

/* The base of a narrative expression: the last date, else the DCT. */
static int
base_ref(struct tx *x, struct date *dt, int g)
{
	if (g == G_DEC && lastdec.g == G_DEC) {
		*dt = lastdec;
		anchor_ref(x, dt);
		return 1;
	}
	if (ref.g != G_NONE && ref.g >= (g > G_YEAR ? G_MONTH : G_YEAR) &&
	    !((g == G_DAY || (g == G_WEEK && dayref.g == G_DAY)) &&
	    ref.g < G_WEEK)) {
		*dt = ref;
		anchor_ref(x, &ref);
		if (dt->g != G_DAY) {
			if (dt->g == G_QUARTER) {
				dt->m = dt->m * 3 - 2;
				dt->d = 1;
			} else if (dt->g < G_MONTH) {
				dt->m = 1;
				dt->d = 1;
			} else if (dt->g == G_MONTH)
				dt->d = 1;
		}
		return 1;
	}
	/*
	 * "late Sunday ... since January. The next morning": Monday; two
	 * weeks later counts from a day, too
	 */
	if ((g == G_DAY || g == G_WEEK) && dayref.g == G_DAY) {
		*dt = dayref;
		anchor_ref(x, dt);
		return 1;
	}
	if (!need_dct(x, g))
		return 0;
	*dt = dct;
	x->anchor = AN_DCT;
	return 1;
}

/* Weekday w (0 = Monday) before or after the DCT. */
static int
r_weekday(struct tx *x, int w, int dir, int strict)
{
	long z;
	int off;

	if (!need_dct(x, G_DAY)) {
		snprintf(x->val, sizeof(x->val), "XXXX-WXX-%d", w + 1);
		return 1;
	}
	z = days(dct.y, dct.m, dct.d);
	if (dir > 0) {
		off = (w - cal_weekday(z) + 7) % 7;
		if (off == 0 && strict)
			off = 7;
	} else {
		off = -((cal_weekday(z) - w + 7) % 7);
		if (off == 0 && strict)
			off = -7;
	}
	{
		struct date dt;

		from_days(z + off, &dt);
		set_date(x, &dt, AN_DCT);
	}
	return 1;
}

/*
 * The day of weekday w in the expression from s to e: by its cues, or,
 * with none, the day the document named by that weekday before ("organisers
 * moved Sunday's races" after "33C on Sunday").
 */
static void
weekday_day(struct tx *x, int w, size_t s, size_t e)
{
	int dir = wday_dir(s, e, w);
	const struct date *eve = &wddated[(w + 6) % 7];
	size_t t = ispn(e - 1, '.') ? e - 2 : e - 1;
	long z;

	/*
	 * "runs from Friday, Aug. 22 ... gates open at 4 p.m. on the
	 * Friday", "that Monday": the one the story told with its date
	 */
	if (t > 0 && (isw(t - 1, W_THE) || isthat(t - 1)) &&
	    wddated[w].g == G_DAY) {
		set_date(x, &wddated[w], AN_REF);
		anchor_ref(x, &wddated[w]);
		return;
	}

	/*
	 * the day after a weekday the story last told with its date, beyond
	 * the coming week: "Polling day is Thursday, March 17 ... declare the
	 * result at 3 a.m. on Friday"
	 */
	if (dir > 0 && eve->g == G_DAY && dct.g != G_NONE && ref.g == G_DAY &&
	    (z = days(eve->y, eve->m, eve->d)) == days(ref.y, ref.m, ref.d) &&
	    z > days(dct.y, dct.m, dct.d) + 6) {
		struct date dt;

		from_days(z + 1, &dt);
		set_date(x, &dt, AN_REF);
		anchor_ref(x, eve);
		wdtold[w] = dt;
		return;
	}
	/*
	 * "expected to reach 33C on Sunday, organisers moved Sunday's
	 * races": a possessive weekday in the past is the one told ahead
	 */
	if (wdtold[w].g == G_DAY && dct.g != G_NONE && (dir == 0 ||
	    (dir < 0 && genitive(e) && days(wdtold[w].y, wdtold[w].m,
	    wdtold[w].d) > days(dct.y, dct.m, dct.d)))) {
		set_date(x, &wdtold[w], AN_REF);
		anchor_ref(x, &wdtold[w]);
		return;
	}
	r_weekday(x, w, dir, 0);
	if (dct.g == G_NONE || !day_of(x, &wdtold[w]))
		wdtold[w].g = G_NONE;
}

/* The year that puts month m, day d within weeks of the DCT, or 0. */
static int
near_dct(int m, int d)
{
	long z;
	int y;

	for (y = dct.y - 1; y <= dct.y + 1; y++) {
		z = days(y, m, cal_valid(y, m, d) ? d : 1) -
		    days(dct.y, dct.m, dct.d);
		if (z > -NEARDAYS && z < NEARDAYS)
			return y;
	}
	return 0;
}

/*
 * A year for month m (day d or 0) that fits the tense dir; with no tense
 * near, the nearest, and half a year either way leans as the sentence
 * does (lean), else to the past, which news tells more often.
 */
static int
year_for(int m, int d, int dir, int lean)
{
	int diff, y;

	/*
	 * A day within a few weeks of the DCT is that one, whatever the
	 * tense: "was extended to Nov. 16" written on Oct. 30.
	 */
	if (d && dir && (y = near_dct(m, d)) != 0)
		return y;
	if (dir < 0) {
		if (m > dct.m || (m == dct.m && d > dct.d))
			return dct.y - 1;
		return dct.y;
	}
	if (dir > 0) {
		if (m < dct.m || (m == dct.m && d && d < dct.d))
			return dct.y + 1;
		return dct.y;
	}
	/*
	 * Farther off, a sentence's lean beats the nearer year: "was found
	 * stabbed on the night of Feb. 12", told in December, is last
	 * February
	 */
	if (d && lean && (y = near_dct(m, d)) != 0)
		return y;
	diff = m - dct.m;
	if (diff >= 6 && lean <= 0)
		return dct.y - 1;
	if ((diff < -6 && lean >= 0) || (diff <= -4 && lean > 0))
		return dct.y + 1;
	return dct.y;
}

/*
 * A clause about the year p opens before token at: "in 2007, when",
 * "the 1993 flood, which".
 */
static int
relative_to(const struct tx *p, size_t at)
{
	size_t k;

	for (k = (size_t)p->b; k + 1 < at && k < (size_t)p->b + 3; k++)
		if (ispn(k, ',') && (isword(k + 1, "when") ||
		    isword(k + 1, "which")))
			return 1;
	return 0;
}

/*
 * The year a sentence opens with ("In 1993, the river flooded in June",
 * "Next year's festival is set for June 16") or tells just before the
 * month at token at, for a month without one, when the month's clause
 * agrees with it: a past year where the clause does not look ahead, a
 * year ahead where it does not look back; not once the sentence has
 * told another date.  0: none.
 */
static int
sentence_year(int dir, size_t at, struct tx *x)
{
	const struct tx *p;
	size_t k;
	int y;

	if (nfound == 0)
		return 0;
	/*
	 * "and next year's festival is set for July 3", "since 1989, when
	 * the princess's parents married in June": the year just told
	 */
	p = &found[nfound - 1];
	if (is_year(p) && p->anchor == AN_DCT && genitive((size_t)p->b))
		goto told;
	/*
	 * "at this point last year, when hailstorms hit in July", "in
	 * January 2023, when the deadline was pushed back to Oct. 16": the
	 * clause tells of that year, whichever way its verb looks; not a
	 * fiscal year's ("fiscal 2019, which ends Feb. 1")
	 */
	/* past lengths told in the clause: "for almost six weeks" */
	for (k = nfound - 1; k > 0 && p->type != TY_DATE; k--)
		p = &found[k - 1];
	if ((is_year(p) || is_month(p)) && (p->anchor == AN_NONE ||
	    p->anchor == AN_DCT) && relative_to(p, at) &&
	    !isw((size_t)p->a, W_FISCAL)) {
		y = atoi(p->val);
		x->anchor = AN_REF;
		memcpy(x->ref, p->val, 4);
		x->ref[4] = 0;
		return y;
	}
	for (k = 1; k < nfound; k++)
		if (found[k].anchor == AN_NONE && found[k].type != TY_DURATION)
			return 0;
	p = &found[0];
	/* "In 1993, ...", or "Next year's festival", "Last year, ..." */
	if (!is_year(p) || (!(p->anchor == AN_NONE && p->a == 1 &&
	    isw(0, W_IN) && p->b == 2 && ispn(2, ',')) &&
	    !(p->anchor == AN_DCT && p->a == 0 &&
	    (ispn((size_t)p->b, ',') || genitive((size_t)p->b) ||
	    isw((size_t)p->b, W_THE)))))
		return 0;
told:
	y = atoi(p->val);
	if (!((y < dct.y && dir <= 0) || (y > dct.y && dir >= 0)))
		return 0;
	x->anchor = AN_REF;
	memcpy(x->ref, p->val, 5);	/* four digits and the NUL */
	return y;
}

/*
 * The end of a range of days takes the year of its start, or the next
 * one if it would come before it: "from Sept. 1 to Oct. 15", "Dec. 20
 * through Jan. 3", and a sentence's end after its start: "the dates
 * begin on April 3 in Seattle and end on June 20 in Miami".  The month
 * of the end is at token i.  0: none.
 */
static int
range_year(size_t i, int m, int d, struct tx *x)
{
	static const char *const ends[] = {
		"end", "ends", "ending", "close", "closes", "closing",
		"finish", "finishes", "finishing"
	};
	static const char *const starts[] = {
		"begin", "begins", "beginning", "start", "starts", "starting",
		"open", "opens", "opening", "off"	/* kick off */
	};
	const struct tx *p;
	struct date s;

	if (nfound == 0 || i < 2)
		return 0;
	p = &found[nfound - 1];
	if (isw(i - 1, W_ON) && word_in(i - 2, ends, NELEM(ends))) {
		if (p->type != TY_DATE || !day_of(p, &s) || p->a < 2 ||
		    !isw((size_t)p->a - 1, W_ON) ||
		    !word_in((size_t)p->a - 2, starts, NELEM(starts)))
			return 0;
	} else if (!(isw(i - 1, W_TO) || isw(i - 1, W_THROUGH) ||
	    isw(i - 1, W_UNTIL)) || (size_t)p->b != i - 1 ||
	    p->type != TY_DATE || !day_of(p, &s))
		return 0;
	anchor_ref(x, &s);
	return m < s.m || (m == s.m && d < s.d) ? s.y + 1 : s.y;
}

/* Plural nouns a year names rather than counts: 2019 levels, 2030 goals. */
static const char *const of_a_year[] = {
	"levels", "emissions", "targets", "goals", "figures", "prices",
	"elections", "results", "games", "olympics", "standards", "rates",
	"estimates", "forecasts", "projections", "budgets", "earnings",
	"sales", "polls", "talks", "protests", "attacks", "floods"
};

/* Words that open a clause whose subject may be a year: as 2023 ends. */
static const char *const subordinators[] = {
	"as", "when", "while", "once", "before", "after"
};

/* A number at i that counts a plain noun after it: 1500 people. */
static int
counted(size_t i)
{
	return i + 1 < ntok && toks[i + 1].k == T_WORD && !toks[i + 1].cap &&
	    toks[i + 1].lx < 0;
}

/*
 * A preposition before i that makes an old year a year: in 1652, between
 * 1652 and 1668, not between 1200 and 1500 people.
 */
static int
year_prep(size_t i)
{
	if (i > 0 && isw(i - 1, W_BETWEEN))
		return !(isw(i + 1, W_AND) && isnum(i + 2) && counted(i + 2));
	return i > 0 && (isw(i - 1, W_IN) || isw(i - 1, W_SINCE) ||
	    isw(i - 1, W_UNTIL) || isw(i - 1, W_BY) || isw(i - 1, W_DURING) ||
	    isw(i - 1, W_FROM) ||
	    (cls(i - 1, L_AGO) && val(i - 1, L_AGO) >= A_BEFORE));
}

/* The end of a range whose start was a year: from 1652 to 1668. */
static int
range_second(size_t i)
{
	const struct tx *p;

	if (nfound == 0 || i < 2 || !(isw(i - 1, W_AND) || isw(i - 1, W_TO) ||
	    isw(i - 1, W_UNTIL) || isw(i - 1, W_THROUGH)) || counted(i))
		return 0;
	p = &found[nfound - 1];
	return (size_t)p->b == i - 1 && p->type == TY_DATE &&
	    strlen(p->val) == 4 && isnum((size_t)p->b - 1);
}

/* A 4-digit year at i that the context allows, or 0. */
static int
year_at(size_t i, int ctx)
{
	int y;

	if (!isbarenum(i) || toks[i].nd != 4)
		return 0;
	y = (int)toks[i].n;
	if (y < 1000 || y > 2199)
		return 0;
	if ((ispn(i + 1, '/') && glued(i + 1)) || (i > 0 && ispn(i - 1, '/') &&
	    glued(i)))
		return 0;
	if (i > 0 && (ispn(i - 1, '$') || ispn(i - 1, '#') ||
	    (ispn(i - 1, '-') && glued(i) && !isword(i - 2, "mid") &&
	    !isword(i - 2, "end") &&
	    !isword(i - 2, "post") && !isword(i - 2, "pre")) ||
	    (ispn(i - 1, '.') &&
	    glued(i) && i > 1 && glued(i - 1) && isnum(i - 2))))
		return 0;
	/* 2020-style, but the 1998-built tanker and a 1990-era law */
	if (ispn(i + 1, '%') || isword(i + 1, "percent") ||
	    (ispn(i + 1, '-') && glued(i + 1) && !(glued(i + 2) &&
	    (isword(i + 2, "built") || isword(i + 2, "era") ||
	    isword(i + 2, "vintage")))) ||
	    (ispn(i + 1, ':') && isnum(i + 2)) ||
	    ((ispn(i + 1, '.') || ispn(i + 1, ',')) && isnum(i + 2) &&
	    glued(i + 2)))
		return 0;
	if (ctx)
		return y;
	/* a bare year: not a count of things, not a name's number */
	if ((y < 1900 || y > 2099) && !year_prep(i) &&
	    !(i > 1 && cls(i - 1, L_APPROX) && year_prep(i - 1)) &&
	    !range_second(i))
		return 0;
	/*
	 * "2020 troops" counts; "pre-1996 levels" and "2019 levels" are
	 * years, and so are "announced in 2019 commits" and "as 2023 ends"
	 */
	if (i + 1 < ntok && toks[i + 1].k == T_WORD && !toks[i + 1].cap &&
	    !(i > 0 && (isw(i - 1, W_IN) || isw(i - 1, W_SINCE) ||
	    isw(i - 1, W_UNTIL) || isw(i - 1, W_DURING) ||
	    word_in(i - 1, subordinators, NELEM(subordinators)))) &&
	    (toks[i + 1].lx < 0 || cls(i + 1, L_HOLI)) &&
	    text[toks[i + 1].e - 1] == 's' &&
	    toks[i + 1].e - toks[i + 1].s > 3 && !(i > 1 && ispn(i - 1, '-') &&
	    glued(i) && (isword(i - 2, "pre") || isword(i - 2, "post") ||
	    isword(i - 2, "mid"))) && !word_in(i + 1, of_a_year,
	    NELEM(of_a_year)) && !word_in(i + 1, schedule_verbs, NSCHEDULE))
		return 0;
	/* "Flight 1990" is a name; "Her 1968 paper" a year */
	if (i > 0 && toks[i - 1].k == T_WORD && toks[i - 1].cap &&
	    toks[i - 1].lx < 0 && !possessive(i - 1))
		return 0;
	if (i > 0 && (cls(i - 1, L_NUM) || cls(i - 1, L_TENS)))
		return 0;
	return y;
}

/*
 * A year said in words: nineteen ninety-six, two thousand (and) one.
 * Returns the token after it, or 0.
 */
static size_t
spoken_year(size_t i, int *y)
{
	size_t j;
	long n;

	if (cls(i, L_NUM) && val(i, L_NUM) >= 11 && val(i, L_NUM) <= 20 &&
	    (cls(i + 1, L_TENS) || (cls(i + 1, L_NUM) &&
	    val(i + 1, L_NUM) >= 10))) {
		if ((j = number(i + 1, &n)) == 0)
			return 0;
		*y = val(i, L_NUM) * 100 + (int)n;
		return j;
	}
	if (cls(i, L_NUM) && val(i, L_NUM) == 2 && isw(i + 1, W_THOUSAND)) {
		*y = 2000;
		j = i + 2;
		if (isw(j, W_AND) && (cls(j + 1, L_NUM) || cls(j + 1, L_TENS)))
			j++;
		if ((cls(j, L_NUM) || cls(j, L_TENS)) && number(j, &n)) {
			j = number(j, &n);
			*y += (int)n;
		}
		return j;
	}
	return 0;
}

/*
 * A range of years at i, 2014-2017 or 2003-05: the first year, the
 * last in *last; 0 if none.
 */
static int
range_years(size_t i, size_t *last)
{
	int a, b;

	if (!isbarenum(i) || toks[i].nd != 4 || !ispn(i + 1, '-') ||
	    !glued(i + 1) || !isbarenum(i + 2) || !glued(i + 2) ||
	    (toks[i + 2].nd != 4 && toks[i + 2].nd != 2) ||
	    ispn(i + 3, '-') || (i > 0 && ispn(i - 1, '-')) ||
	    (i > 0 && ispn(i - 1, '$')))
		return 0;
	a = (int)toks[i].n;
	b = (int)toks[i + 2].n;
	if (toks[i + 2].nd == 2)
		b += a / 100 * 100;
	if (a < 1800 || a > 2100 || b <= a || b > 2100)
		return 0;
	*last = (size_t)b;
	return a;
}

/* A day of the month at i: 7, 7th. */
static int
mday_at(size_t i)
{
	if (!isnum(i) || toks[i].nd > 2 || toks[i].n < 1 || toks[i].n > 31)
		return 0;
	if (toks[i].sfx != X_NONE && toks[i].sfx != X_ORD)
		return 0;
	if ((ispn(i + 1, ':') && glued(i + 1) && isnum(i + 2) &&
	    glued(i + 2)) || ispn(i + 1, '%') ||
	    (ispn(i + 1, '.') && isnum(i + 2) && glued(i + 2)) ||
	    (ispn(i + 1, ',') && isnum(i + 2) && glued(i + 2) &&
	    toks[i + 2].nd == 3))
		return 0;
	return (int)toks[i].n;
}

/* A day of the month in words: eighth, twenty-first, thirtieth. */
static int
mday_word(size_t i, size_t *end)
{
	int d = 0;

	if (cls(i, L_TENS) && ispn(i + 1, '-') && glued(i + 1) &&
	    glued(i + 2) && cls(i + 2, L_ORD)) {
		d = val(i, L_TENS) + val(i + 2, L_ORD);
		*end = i + 3;
	} else if (cls(i, L_ORD) && !isword(i, "final")) {
		d = val(i, L_ORD);
		*end = i + 1;
	}
	return d >= 1 && d <= 31 ? d : 0;
}

/* "since", "last" or "ago" shortly before i: the date is past. */
static int
looks_back(size_t i)
{
	size_t k;

	/* not "the first since 2019 on Dec. 5": since is the year's */
	for (k = 1; k <= 4 && k <= i && !isnum(i - k); k++)
		if (isw(i - k, W_SINCE))
			return 1;
	return i > 0 && cls(i - 1, L_REL) && val(i - 1, L_REL) == R_LAST;
}

/* A word that makes the month after it a deadline: by, until, before. */
static int
by_until(size_t i)
{
	return isw(i, W_BY) || isw(i, W_UNTIL) || isword(i, "before") ||
	    isword(i, "beyond");
}

/*
 * A noun of something that befell at i, after a date that names it: "the
 * March 23 incident", "the November attack" have happened, whatever the
 * sentence's tense.
 */
static int
mishap(size_t i)
{
	static const char *const nouns[] = {
		"attack", "attacks", "bombing", "bombings", "shooting",
		"shootings", "crash", "collapse", "failure", "outage",
		"incident", "accident", "fire", "blaze", "flood", "floods",
		"earthquake", "quake", "explosion", "blast", "raid", "raids",
		"killing", "killings", "massacre", "riot", "riots", "breach",
		"hack", "cyberattack", "leak", "spill", "derailment",
		"disaster", "blackout", "coup", "invasion", "uprising",
		"clashes", "murder", "murders", "stabbing", "kidnapping",
		"eruption", "landslide", "avalanche", "stampede", "crush",
		"sinking", "ambush", "assassination"
	};

	return word_in(i, nouns, NELEM(nouns));
}

/* The words after which a bare month name is a month. */
static int
month_ctx(size_t i)
{
	if (i == 0)
		return 0;
	/*
	 * a list of months: February, May, August and November; December,
	 * March and early May
	 */
	if (i > 1 && ispn(i - 1, ',') && cls(i - 2, L_MONTH) &&
	    toks[i - 2].cap && (ispn(i + 1, ',') || isw(i + 1, W_AND)) &&
	    ((cls(i + 2, L_MONTH) && toks[i + 2].cap) ||
	    (cls(i + 2, L_MODW) && cls(i + 3, L_MONTH) && toks[i + 3].cap)))
		return 1;
	i--;
	return isw(i, W_IN) || isw(i, W_INTO) || isw(i, W_SINCE) ||
	    isw(i, W_UNTIL) ||
	    isw(i, W_BY) || isw(i, W_FROM) || isw(i, W_TO) ||
	    isw(i, W_DURING) || isw(i, W_OF) || isw(i, W_THROUGH) ||
	    isw(i, W_BETWEEN) || isw(i, W_AND) || isw(i, W_OR) ||
	    isw(i, W_FOR) || isw(i, W_ON) || isw(i, W_EVERY) ||
	    isw(i, W_EACH) ||
	    cls(i, L_AGO) || cls(i, L_MODW) || cls(i, L_REL) ||
	    ispn(i, '-');
}

/*
 * A month name as a noun's modifier after a determiner: the March
 * talks, a March election, its March outlook.  "May" only before a noun
 * of the calendar's kind: "the May elections", not "the May government".
 */
static int
month_mod(size_t i)
{
	static const char *const events[] = {
		"meeting", "meetings", "election", "elections", "vote", "poll",
		"polls", "ballot", "summit", "talks", "deadline", "agreement",
		"accord", "deal", "session", "report", "figures", "data",
		"survey", "outlook", "budget", "referendum", "primary", "visit",
		"attack", "attacks", "offensive", "ceasefire", "truce",
		"uprising", "protests", "issue", "edition", "holiday",
		"payroll", "payrolls", "jobs", "sales", "inflation"
	};

	if (i == 0 || i + 1 >= ntok || toks[i + 1].k != T_WORD ||
	    toks[i + 1].cap)
		return 0;
	if (!isw(i - 1, W_THE) && !isw(i - 1, W_A) &&
	    !possessive(i - 1))
		return 0;
	return val(i, L_MONTH) % 100 != 5 ||
	    word_in(i + 1, events, NELEM(events));
}

/* The expression names a month: March, early March, mid-March. */
static int
names_month(const struct tx *x)
{
	int i;

	for (i = x->a; i < x->b; i++)
		if (cls((size_t)i, L_MONTH))
			return 1;
	return 0;
}

/* The precision of the value string, to keep the narrative anchor. */
static void
remember(const struct tx *x)
{
	const char *v = x->val;
	size_t n = strlen(v);
	struct date dt;

	if (x->type != TY_DATE && x->type != TY_TIME)
		return;
	/* the late 1980s ... the following decade */
	if (n == 3 && ISDG(v[0]) && ISDG(v[1]) && ISDG(v[2]) &&
	    x->anchor == AN_NONE) {
		lastdec.g = G_DEC;
		lastdec.y = atoi(v) * 10;
		lastdec.m = lastdec.d = 1;
		return;
	}
	if (n < 4 || !ISDG(v[0]) || !ISDG(v[1]) || !ISDG(v[2]) ||
	    !ISDG(v[3]))
		return;
	lastdec.g = G_NONE;
	memset(&dt, 0, sizeof(dt));
	dt.y = (v[0] - '0') * 1000 + (v[1] - '0') * 100 + (v[2] - '0') * 10 +
	    (v[3] - '0');
	dt.g = G_YEAR;
	dt.m = dt.d = 1;
	if (n >= 7 && v[4] == '-' && ISDG(v[5]) && ISDG(v[6])) {
		dt.m = (v[5] - '0') * 10 + (v[6] - '0');
		dt.g = G_MONTH;
		if (n >= 10 && v[7] == '-' && ISDG(v[8]) && ISDG(v[9])) {
			dt.d = (v[8] - '0') * 10 + (v[9] - '0');
			dt.g = G_DAY;
			if (n >= 13 && v[10] == 'T' && ISDG(v[11]) &&
			    ISDG(v[12])) {
				lastclock = dt;
				lastclock_h = (v[11] - '0') * 10 +
				    (v[12] - '0');
				if (x->stamp) {
					laststamp = dt;
					laststamp_h = lastclock_h;
				}
				lastclock_mi = n >= 16 && v[13] == ':' &&
				    ISDG(v[14]) && ISDG(v[15]) ? (v[14] - '0') *
				    10 + (v[15] - '0') : 0;
			}
		}
	} else if (n >= 7 && v[4] == '-' && (v[5] == 'Q' || v[5] == 'H') &&
	    ISDG(v[6])) {
		dt.m = v[6] - '0';
		dt.g = v[5] == 'Q' ? G_QUARTER : G_HALF;
		if (x->anchor != AN_REF && !x->base) {
			lastq = dt;
			lastq_ahead = tense((size_t)x->a, (size_t)x->b) > 0;
		}
	} else if (n >= 8 && v[4] == '-' && v[5] == 'W')
		return;		/* a week keeps the day it came from */
	/*
	 * Vague dates and the DCT itself (this year, last month) say
	 * nothing of the narrative; a month named ("In March") does.
	 */
	if (x->anchor == AN_NONE && dt.g == G_DAY)
		told[ntold++ % NELEM(told)] = dt;
	if (dt.g == G_DAY && dct.g != G_NONE && days(dt.y, dt.m, dt.d) >
	    days(dct.y, dct.m, dct.d))
		aheadnow = dt;
	if ((dt.g == G_MONTH || dt.g == G_DAY) && names_month(x) &&
	    dct.g != G_NONE && dt.y * 12 + dt.m < dct.y * 12 + dct.m &&
	    (reportm.g == G_NONE || dt.y * 12 + dt.m > reportm.y * 12 +
	    reportm.m)) {
		reportm = dt;
		reportm.g = G_MONTH;
		reportm.d = 1;
	}
	if ((x->anchor == AN_DCT && dt.g >= G_YEAR && dt.g != G_DAY &&
	    !names_month(x)) || x->base)
		return;		/* nor does a base of comparison */
	/*
	 * "roads will be shut on Sunday ..., the council said on Friday",
	 * "admitted 1,214 in the week to July 24, the ministry said on
	 * Thursday": the report's day does not replace the story's day
	 */
	if (x->anchor == AN_DCT && ref.g == G_DAY && dct.g == G_DAY &&
	    days(ref.y, ref.m, ref.d) != days(dct.y, dct.m, dct.d) &&
	    (labs(days(ref.y, ref.m, ref.d) - days(dct.y, dct.m, dct.d)) <=
	    7 || refage == 0) &&
	    x->a > 0 && (attribution((size_t)x->a - 1) || (x->a > 1 &&
	    isw((size_t)x->a - 1, W_ON) && attribution((size_t)x->a - 2))))
		return;
	ref = dt;
	refage = 0;
	/* told, or reckoned from a day told */
	reftold = x->anchor == AN_NONE || (x->anchor == AN_REF && reftold);
	if (dt.g >= G_MONTH && dt.g != G_QUARTER)
		lastm = dt;
	if (dt.g == G_DAY)
		dayref = dt;
}

/* Extent modifiers before a date: early, mid-, late, the end of... */
static size_t
modifier(size_t i, int *mod)
{
	size_t j = i, k;
	int v;

	if (isw(j, W_THE))
		j++;
	if (!cls(j, L_MODW))
		return 0;
	v = val(j, L_MODW);
	/* end-2025, end-March: the end of it */
	if (v == 13 && j == i && ispn(j + 1, '-') && glued(j + 1) &&
	    glued(j + 2)) {
		*mod = M_END;
		return j + 2;
	}
	if (v < 10) {
		*mod = v == 1 ? M_START : v == 2 ? M_MID : M_END;
		/* the late 1980s, the early 19th century, the late summer */
		k = ispn(j + 1, '-') && glued(j + 1) && glued(j + 2) ? j + 2 :
		    j + 1;	/* the mid-2030s */
		if (j != i && !(isnum(k) && (toks[k].sfx == X_S ||
		    toks[k].sfx == X_ORD)) && !isw(j + 1, W_THE) &&
		    !cls(j + 1, L_SEASON))
			return 0;
		if (ispn(j + 1, '-') && glued(j + 1))
			return j + 2;
		return j + 1;
	}
	if (!isw(j + 1, W_OF))
		return 0;
	*mod = v == 11 ? M_START : v == 12 ? M_MID : M_END;
	return j + 2;
}

static int dayfirst;

/*
 * A month and day the document told with its year before: "the Jan. 6
 * committee" after "Jan. 6, 2021" is that day, and so is "at 11:40 p.m.
 * on Aug. 3" after "on Aug. 3, 2019" -- unless, naming no event, the day
 * lies within weeks of the DCT, which it then is.  The expression is
 * tokens [a, b).  Fills dt and x's anchor.
 */
static int
told_before(size_t a, size_t b, int m, int d, struct date *dt,
    struct tx *x)
{
	size_t k;

	if (ntold == 0)
		return 0;
	if (!(a > 0 && (isw(a - 1, W_THE) || possessive(a - 1)) && b < ntok &&
	    toks[b].k == T_WORD && !toks[b].cap && toks[b].lx < 0) &&
	    near_dct(m, d))
		return 0;
	for (k = 0; k < ntold && k < NELEM(told); k++)
		if (told[k].m == m && told[k].d == d) {
			*dt = told[k];
			anchor_ref(x, dt);
			return 1;
		}
	return 0;
}

/*
 * A month and day close to the day the narrative told, in a clause that
 * does not look ahead: "stormed the Capitol on Jan. 6, 2021 ... on Jan. 7
 * the House voted" is the next day, not this year's.
 */
static int
near_story(int m, int d, int dir, struct date *dt, struct tx *x)
{
	long z;
	int y;

	if (dir > 0 || ref.g != G_DAY || !reftold || ref.y == dct.y ||
	    near_dct(m, d))
		return 0;
	for (y = ref.y - 1; y <= ref.y + 1; y++) {
		if (!cal_valid(y, m, d))
			continue;
		z = days(y, m, d) - days(ref.y, ref.m, ref.d);
		if (z >= -NEARDAYS && z <= NEARDAYS) {
			memset(dt, 0, sizeof(*dt));
			dt->y = y;
			anchor_ref(x, &ref);
			return 1;
		}
	}
	return 0;
}

/* "last year", "this year", "next year" at j: the years from the DCT's. */
static int
year_rel(size_t j, int *y)
{
	int r;

	if (!cls(j, L_REL) || !cls(j + 1, L_UNIT) ||
	    val(j + 1, L_UNIT) != U_YEAR)
		return 0;
	r = val(j, L_REL);
	if (r != R_LAST && r != R_THIS && r != R_NEXT)
		return 0;
	*y = r == R_LAST ? -1 : r == R_NEXT;
	return 1;
}

/*
 * A date in numbers at i: 01/05/2020 and 01-05-20 month first (day first
 * with -d), 5.1.2020 always day first, 2020/01/05 year first.  The three
 * parts are glued by one separator, with no more parts around them.
 * Fills dt; returns the token after it, or 0.
 */
static size_t
numeric_date(size_t i, struct date *dt)
{
	int a, b, y, m, d;
	char sep;

	if (!isbarenum(i) || i + 4 >= ntok || toks[i + 1].k != T_PUNCT)
		return 0;
	sep = toks[i + 1].c;
	if ((sep != '/' && sep != '-' && sep != '.') || !glued(i + 1) ||
	    !isbarenum(i + 2) || !glued(i + 2) || toks[i + 2].nd > 2 ||
	    !ispn(i + 3, sep) || !glued(i + 3) || !isbarenum(i + 4) ||
	    !glued(i + 4) || (ispn(i + 5, sep) && isnum(i + 6)) ||
	    (i > 0 && ispn(i - 1, sep) && glued(i)))
		return 0;
	a = (int)toks[i].n;
	b = (int)toks[i + 2].n;
	if (toks[i].nd == 4) {
		/* year first: 2020/01/05; ISO dashes are the caller's */
		if (sep == '-' || toks[i + 4].nd > 2)
			return 0;
		y = a;
		m = b;
		d = (int)toks[i + 4].n;
	} else {
		if (toks[i].nd > 2 || (toks[i + 4].nd != 4 &&
		    toks[i + 4].nd != 2))
			return 0;
		y = (int)toks[i + 4].n;
		if (toks[i + 4].nd == 2)
			y += y < 50 ? 2000 : 1900;
		m = dayfirst || sep == '.' ? b : a;
		d = dayfirst || sep == '.' ? a : b;
	}
	if (!cal_valid(y, m, d))
		return 0;
	memset(dt, 0, sizeof(*dt));
	dt->g = G_DAY;
	dt->y = y;
	dt->m = m;
	dt->d = d;
	return i + 5;
}

/* BC, BCE, B.C. or B.C.E. at i: the token after it, or 0. */
static size_t
bc_at(size_t i)
{
	if (isw(i, W_BC) || isword(i, "bce"))
		return toks[i].cap ? i + 1 : 0;
	if (isword(i, "b") && toks[i].cap && ispn(i + 1, '.') &&
	    isword(i + 2, "c") && toks[i + 2].cap && ispn(i + 3, '.')) {
		if (isword(i + 4, "e") && toks[i + 4].cap && ispn(i + 5, '.'))
			return i + 6;
		return i + 4;
	}
	return 0;
}

/*
 * A year before the era at i, written BC and four digits: 1450 BC, the
 * first of "2100 and 1900 BC", "around 1250 B.C." (APPROX).  Returns the
 * token after it, or 0.
 */
static size_t
bc_year(size_t i, struct tx *x)
{
	size_t j = i, k;

	if (cls(j, L_APPROX) && val(j, L_APPROX) == 1)
		j++;
	if (!isbarenum(j) || toks[j].nd > 4 || toks[j].n == 0)
		return 0;
	if ((k = bc_at(j + 1)) == 0) {
		if (j > i || !(isw(j + 1, W_AND) || isw(j + 1, W_TO) ||
		    (ispn(j + 1, '-') && glued(j + 1) && glued(j + 2))) ||
		    !isbarenum(j + 2) || toks[j + 2].nd > 4 ||
		    bc_at(j + 3) == 0)
			return 0;
		k = j + 1;
	}
	snprintf(x->val, sizeof(x->val), "BC%04u", (unsigned)toks[j].n);
	x->type = TY_DATE;
	if (j > i)
		x->mod = M_APPROX;
	return k;
}

/*
 * Absolute and partial calendar dates at i: month-day-year orders,
 * numeric dates, years, decades, centuries.  Returns the end token.
 */
static size_t
m_calendar(size_t i, struct tx *x, int ctx)
{
	/* nouns of a month's statistics: the June jobs report */
	static const char *const figures[] = {
		"report", "figures", "data", "numbers", "reading", "index",
		"payrolls", "jobs", "sales", "inflation", "employment",
		"unemployment", "retail", "trade", "output", "exports",
		"imports", "statistics"
	};
	size_t j, k, de, st;
	int m, d, y, dir, lean, anchor, since;
	struct date dt;

	memset(&dt, 0, sizeof(dt));
	/* ISO 2020-01-05, also before T11:51, and 01/05/2020 */
	if (isbarenum(i) && toks[i].nd == 4 && ispn(i + 1, '-') &&
	    glued(i + 1) && isbarenum(i + 2) && glued(i + 2) &&
	    toks[i + 2].nd == 2 && ispn(i + 3, '-') && glued(i + 3) &&
	    (isbarenum(i + 4) || (isnum(i + 4) && suffix_is(i + 4, 'T') &&
	    isnum(i + 5) && glued(i + 5))) && glued(i + 4) &&
	    toks[i + 4].nd == 2 && !(i > 0 && ispn(i - 1, '-') && glued(i))) {
		y = (int)toks[i].n;
		m = (int)toks[i + 2].n;
		d = (int)toks[i + 4].n;
		if (!cal_valid(y, m, d) || ispn(i + 5, '-'))
			return 0;
		dt.g = G_DAY;
		dt.y = y;
		dt.m = m;
		dt.d = d;
		set_date(x, &dt, AN_NONE);
		return i + 5;
	}
	if (ispn(i + 1, '/') || ispn(i + 1, '-') || ispn(i + 1, '.')) {
		if ((k = numeric_date(i, &dt)) != 0) {
			set_date(x, &dt, AN_NONE);
			return k;
		}
	}
	/* Month [day] [, year] | Month of year */
	if ((isw(i, W_EVERY) || isw(i, W_EACH)) && cls(i + 1, L_MONTH) &&
	    toks[i + 1].cap && val(i + 1, L_MONTH) % 100 > 0) {
		/* every May; every April 11, each Sept. 11 */
		m = val(i + 1, L_MONTH) % 100;
		j = i + 2 + (ispn(i + 2, '.') && glued(i + 2));
		x->type = TY_SET;
		if ((d = mday_at(j)) == 0 || !cal_valid(2000, m, d)) {
			snprintf(x->val, sizeof(x->val), "XXXX-%02d", m);
			return i + 2;
		}
		if (!(ispn(j + 1, ',') && year_at(j + 2, 1))) {
			snprintf(x->val, sizeof(x->val), "XXXX-%02d-%02d", m,
			    d);
			return j + 1;
		}
		x->type = TY_DATE;
	}
	if (cls(i, L_MONTH) && toks[i].cap) {
		int mv = val(i, L_MONTH);

		m = mv % 100;
		j = i + 1;
		if (mv >= 100 && mv < 200 && ispn(j, '.') && glued(j))
			j++;
		else if (mv >= 100 && mv < 200 && !mday_at(j) &&
		    !year_at(j, 1))
			return 0;
		de = j + 1;
		if ((d = mday_at(j)) == 0)
			d = mday_word(j, &de);
		if (d != 0 && !(de < ntok && cls(de, L_UNIT))) {
			k = de;

			if (ispn(k, ',') && (y = year_at(k + 1, 1)) != 0)
				k += 2;
			else if ((y = year_at(k, 1)) != 0 && toks[j].sfx ==
			    X_NONE)
				k++;
			else
				y = 0;
			if (y) {
				if (!cal_valid(y, m, d))
					return 0;
				dt.g = G_DAY;
				dt.y = y;
				dt.m = m;
				dt.d = d;
				set_date(x, &dt, AN_NONE);
				return k;
			}
			if (d > 31)
				return 0;
			x->type = TY_DATE;
			/* Jan. 1 next year, March 3 last year */
			if (dct.g != G_NONE && year_rel(de, &y)) {
				dt.y = dct.y + y;
				x->anchor = AN_DCT;
				de += 2;
				goto partial;
			}
			if (dct.g == G_NONE) {
				if (ref.g >= G_YEAR) {
					dt.y = ref.y;
					goto partial;
				}
				snprintf(x->val, sizeof(x->val),
				    "XXXX-%02d-%02d", m, d);
				x->anchor = AN_DCT;
				return de;
			}
			if (told_before(i, de, m, d, &dt, x))
				goto partial;
			/* "stabbed on the night of Feb. 12": from "the" */
			st = i;
			if (ctx && st > 1 && isw(st - 1, W_OF) &&
			    cls(st - 2, L_POD))
				st -= isw(st - 3, W_THE) ? 3 : 2;
			dir = tense_within(st, de, 3);
			if (looks_back(i) || mishap(de))
				dir = -1;
			/*
			 * "which leaves the European Union on March 29", also
			 * before ", has said": the verb before is its own
			 */
			else if ((dir == 0 || ispn(de, ',')) && futurate(i))
				dir = 1;
			lean = dir ? dir : tense(i, de);
			/* "created an office, effective Feb. 1": the nearest */
			if (dir == 0 && isword(st - 1, "effective"))
				lean = 0;
			/*
			 * "a hearing on July 14, and a conference for Sept. 22":
			 * with no tense, after a day ahead
			 */
			if (lean == 0 && ahead_told(i))
				lean = 1;
			if (near_story(m, d, lean, &dt, x))
				goto partial;
			if ((dt.y = sentence_year(lean, i, x)) != 0 ||
			    (dt.y = range_year(i, m, d, x)) != 0)
				goto partial;
			dt.y = year_for(m, d, dir, lean);
			x->anchor = AN_DCT;
partial:
			if (!cal_valid(dt.y, m, d))
				return 0;
			dt.g = G_DAY;
			dt.m = m;
			dt.d = d;
			fmt_date(x->val, sizeof(x->val), &dt);
			if (dct.g == G_NONE)
				anchor_ref(x, &ref);
			return de;
		}
		if (ispn(j, ',') && year_at(j + 1, 1))
			j++;
		else if (isw(j, W_OF) && year_at(j + 1, 1))
			j++;
		if ((y = year_at(j, 1)) != 0) {
			dt.g = G_MONTH;
			dt.y = y;
			dt.m = m;
			set_date(x, &dt, AN_NONE);
			return j + 1;
		}
		if ((k = spoken_year(j, &y)) != 0) {
			dt.g = G_MONTH;
			dt.y = y;
			dt.m = m;
			set_date(x, &dt, AN_NONE);
			return k;
		}
		/* June last year, January this year */
		if (year_rel(j, &y)) {
			if (!need_dct(x, G_MONTH)) {
				snprintf(x->val, sizeof(x->val), "XXXX-%02d",
				    m);
				return j + 2;
			}
			dt.g = G_MONTH;
			dt.y = dct.y + y;
			dt.m = m;
			set_date(x, &dt, AN_DCT);
			return j + 2;
		}
		/* a bare month: not May the verb, not June the name */
		if (mv >= 100 && mv < 200 && j == i + 1)
			return 0;
		if (mv >= 200 && !month_ctx(i) && !ctx && !month_mod(i))
			return 0;
		if (i + 1 < ntok && toks[i + 1].k == T_WORD &&
		    toks[i + 1].cap && !cls(i + 1, L_WDAY) && !ctx &&
		    !month_ctx(i))
			return 0;
		/* not "a March-born", but "the August-to-October period" */
		if (ispn(i + 1, '-') && glued(i + 1) && !isnum(i + 2) &&
		    !(isw(i + 2, W_TO) && ispn(i + 3, '-') &&
		    cls(i + 4, L_MONTH)))
			return 0;
		/* the word before "mid-November", "the end of November" */
		for (k = i; k > 0 && (ispn(k - 1, '-') || cls(k - 1, L_MODW) ||
		    isw(k - 1, W_THE) || isw(k - 1, W_OF)); k--)
			;
		if (!need_dct(x, G_MONTH) || habitual(k, i, j)) {
			snprintf(x->val, sizeof(x->val), "XXXX-%02d", m);
			x->type = TY_DATE;
			return j;
		}
		dir = tense_within(i, j, 30);
		since = k > 0 && isw(k - 1, W_SINCE);
		if (since || mishap(j))
			dir = -1;
		/* "in the 12 months through January": a stretch that ended */
		else if (k > 1 && (isw(k - 1, W_THROUGH) || isw(k - 1, W_TO)) &&
		    cls(k - 2, L_UNIT) && toks[k - 2].e - toks[k - 2].s > 1 &&
		    text[toks[k - 2].e - 1] == 's' && dir <= 0)
			dir = -1;
		/*
		 * not "had hoped to close it by March", nor "was back at full
		 * capacity by mid-June"
		 */
		else if (k > 0 && by_until(k - 1) && tense_within(i, j, 3) >= 0 &&
		    !had_done(k) && !(isw(k - 1, W_BY) && was_by(k - 1)))
			dir = 1;
		/* "talks went on every other day through December": as told */
		else if (k > 0 && isw(k - 1, W_THROUGH) && dir >= 0)
			dir = 1;
		/* "the mandate expires in January" */
		else if (dir == 0 && k > 0 && isw(k - 1, W_IN) &&
		    futurate(k - 1))
			dir = 1;
		/*
		 * "the tour opens on March 14 ... before 12 shows in June":
		 * with no tense, after a day ahead its sentence told
		 */
		else if (dir == 0 && (later_told(k) || ref_ahead()))
			dir = 1;
		/*
		 * The month after the DCT's in a past-tense report is a plan
		 * told ("a cut in supply in September"): a month that far
		 * back would be "last September".  Not after "since".
		 */
		if (dir < 0 && m == dct.m % 12 + 1 && !since && !acted_in(k))
			dir = 0;
		dt.g = G_MONTH;
		dt.y = year_for(m, 0, dir, 0);
		/*
		 * "will watch the June jobs report", "when retail sales for
		 * January are published": figures for a month are told after
		 * it, so the month is the latest up to the DCT's
		 */
		if ((word_in(j, figures, NELEM(figures)) &&
		    !isword(j + 1, "of")) || (i > 1 && isw(i - 1, W_FOR) &&
		    word_in(i - 2, figures, NELEM(figures))))
			dt.y = m <= dct.m ? dct.y : dct.y - 1;
		anchor = AN_DCT;
		/*
		 * "the budget for 2022, which must be passed by the end of
		 * June": a deadline counts from the DCT, not the year told
		 */
		if (!(k > 0 && by_until(k - 1)) &&
		    (y = sentence_year(dir, i, x)) != 0) {
			dt.y = y;
			anchor = AN_REF;
		}
		/* "this year through August", "last year in May" */
		if (k > 2 && (isw(k - 1, W_IN) || isw(k - 1, W_THROUGH) ||
		    isw(k - 1, W_UNTIL) || isw(k - 1, W_BY) ||
		    isw(k - 1, W_DURING)))
			k--;
		if (k > 1 && year_rel(k - 2, &y)) {
			dt.y = dct.y + y;
			anchor = AN_DCT;
		}
		/*
		 * "in July and August", "from late January into early
		 * March": the year of the month just before
		 */
		if (k > 1 && (isw(k - 1, W_AND) || isw(k - 1, W_OR) ||
		    isw(k - 1, W_INTO)) &&
		    nfound > 0 && (size_t)found[nfound - 1].b == k - 1 &&
		    is_month(&found[nfound - 1])) {
			const char *v = found[nfound - 1].val;

			dt.y = atoi(v) + (m < atoi(v + 5));
			anchor = AN_REF;
			memcpy(x->ref, v, 8);	/* 2024-07 and its NUL */
		}
		dt.m = m;
		set_date(x, &dt, anchor);
		return j;
	}
	/* day Month [year]: 5 January 2020, the 5th of January */
	de = i + 1;
	if ((d = mday_at(i)) != 0 || ((d = mday_word(i, &de)) != 0 &&
	    isw(de, W_OF))) {
		j = de;
		if (isw(j, W_OF))
			j++;
		if (cls(j, L_MONTH) && toks[j].cap &&
		    (val(j, L_MONTH) < 100 || (ispn(j + 1, '.') &&
		    glued(j + 1)) || val(j, L_MONTH) >= 200)) {
			int abbr = val(j, L_MONTH) / 100 == 1;

			m = val(j, L_MONTH) % 100;
			j++;
			if (abbr && ispn(j, '.') && glued(j))
				j++;
			if (ispn(j, ',') && year_at(j + 1, 1))
				j++;
			if ((y = year_at(j, 1)) != 0) {
				if (!cal_valid(y, m, d))
					return 0;
				dt.g = G_DAY;
				dt.y = y;
				dt.m = m;
				dt.d = d;
				set_date(x, &dt, AN_NONE);
				return j + 1;
			}
			if (!need_dct(x, G_DAY)) {
				snprintf(x->val, sizeof(x->val),
				    "XXXX-%02d-%02d", m, d);
				return j;
			}
			if (told_before(i, j, m, d, &dt, x)) {
				set_date(x, &dt, AN_REF);
				return j;
			}
			dir = tense_within(i, j, 3);
			lean = dir ? dir : tense(i, j);
			if (near_story(m, d, lean, &dt, x)) {
				dt.g = G_DAY;
				dt.m = m;
				dt.d = d;
				set_date(x, &dt, AN_REF);
				return j;
			}
			dt.y = year_for(m, d, dir, lean);
			if (!cal_valid(dt.y, m, d))
				return 0;
			dt.g = G_DAY;
			dt.m = m;
			dt.d = d;
			set_date(x, &dt, AN_DCT);
			return j;
		}
	}
	/* 2014-2017, 2003-05: the range's first year; scan() adds the last */
	if ((y = range_years(i, &k)) != 0) {
		dt.g = G_YEAR;
		dt.y = y;
		set_date(x, &dt, AN_NONE);
		return i + 1;
	}
	/* decades: 1990s, the '90s, mid-1990s */
	if (isnum(i) && toks[i].sfx == X_S && (toks[i].nd == 4 ||
	    (toks[i].nd == 2 && i > 0 && ispn(i - 1, '\''))) &&
	    toks[i].n % 10 == 0) {
		y = (int)toks[i].n;
		if (toks[i].nd == 2)
			y += 1900;
		if (toks[i].nd == 4 && y % 100 == 0 && y != 2000) {
			/*
			 * the 1900s: a century, as news uses it; the 2000s
			 * are the decade, the century being the 21st
			 */
			dt.g = G_CENT;
		} else
			dt.g = G_DEC;
		dt.y = y;
		set_date(x, &dt, AN_NONE);
		return i + 1;
	}
	/* the 21st century; the 15th century BC; a 17th-century herbal */
	k = ispn(i + 1, '-') && glued(i + 1) && glued(i + 2) ? i + 2 : i + 1;
	if (isnum(i) && toks[i].sfx == X_ORD && toks[i].nd <= 2 &&
	    cls(k, L_UNIT) && val(k, L_UNIT) == U_CENT) {
		if ((j = bc_at(k + 1)) != 0 && toks[i].n > 0) {
			snprintf(x->val, sizeof(x->val), "BC%02d",
			    (int)toks[i].n - 1);
			return j;
		}
		dt.g = G_CENT;
		dt.y = (int)(toks[i].n - 1) * 100;
		set_date(x, &dt, AN_NONE);
		return k + 1;
	}
	/* 1450 BC, around 1250 B.C., between 2100 and 1900 BC */
	if ((k = bc_year(i, x)) != 0)
		return k;
	/* years, also in words */
	if ((k = spoken_year(i, &y)) != 0 && (y < 2000 || ctx ||
	    (i > 0 && (isw(i - 1, W_IN) || isw(i - 1, W_SINCE))))) {
		dt.g = G_YEAR;
		dt.y = y;
		set_date(x, &dt, AN_NONE);
		return k;
	}
	if ((y = year_at(i, ctx)) != 0) {
		if (isw(i + 1, W_BC))
			return 0;
		dt.g = G_YEAR;
		dt.y = y;
		set_date(x, &dt, AN_NONE);
		return isw(i + 1, W_AD) ? i + 2 : i + 1;
	}
	return 0;
}

/* What a company reports of a quarter. */
static const char *const results[] = {
	"results", "earnings", "profit", "profits", "loss", "losses", "sales",
	"revenue", "revenues", "report", "figures", "numbers", "income"
};

/*
 * A period "last year", "of last year", "a year ago", "a year earlier" or
 * "of the previous year" is the same period a year back.  Returns the
 * tokens the phrase takes; *dctyear is set when the year is the DCT's
 * last year, not the year before the period's own.
 */
static size_t
year_back(size_t j, int *dctyear)
{
	size_t k = isw(j, W_OF) ? j + 1 : j;

	*dctyear = 0;
	if (cls(k, L_REL) && val(k, L_REL) == R_LAST && isword(k + 1, "year")) {
		*dctyear = 1;
		return k + 2 - j;
	}
	if (isw(k, W_THE) && cls(k + 1, L_REL) && val(k + 1, L_REL) == R_PREV &&
	    isword(k + 2, "year"))
		return k + 3 - j;
	if (k == j && isw(j, W_A) && isword(j + 1, "year") &&
	    cls(j + 2, L_AGO) && (val(j + 2, L_AGO) == A_AGO ||
	    val(j + 2, L_AGO) == A_EARLIER || val(j + 2, L_AGO) == A_BEFORE))
		return 3;
	return 0;
}

/*
 * After "of the": the year, the current fiscal year, the new year.
 * Returns the token after it, 0 if there is none; *yrel is the year's
 * distance from the DCT's.
 */
static size_t
the_year(size_t j, int *yrel)
{
	*yrel = 0;
	if (isword(j, "new") || cls(j, L_REL)) {
		if (isword(j, "new") || val(j, L_REL) == R_NEXT ||
		    val(j, L_REL) == R_COMING || val(j, L_REL) == R_FOLLOW)
			*yrel = 1;
		else if (val(j, L_REL) == R_PREV || val(j, L_REL) == R_LAST ||
		    val(j, L_REL) == R_PAST)
			*yrel = -1;
		else if (val(j, L_REL) != R_CURRENT)
			return 0;
		j++;
	} else if (isword(j, "calendar"))
		j++;
	if (isw(j, W_FISCAL))
		j++;
	if (!cls(j, L_UNIT) || val(j, L_UNIT) != U_YEAR || toks[j].cap)
		return 0;
	return j + 1;
}

/*
 * A sentence about a match: its first half and fourth quarter are the
 * game's, not the year's.  Minutes count the play only with a number (87
 * minutes), not a meeting's (minutes published on Wednesday).
 */
static int
about_play(void)
{
	static const char *const words[] = {
		"match", "game", "goal", "goals", "scored", "halftime",
		"whistle", "kickoff", "touchdown", "innings", "inning",
		"penalty", "striker", "goalkeeper", "quarterback", "rebounds",
		"equalized", "equalised", "equaliser", "equalizer", "referee"
	};
	size_t k;

	for (k = 0; k < ntok; k++)
		if (toks[k].k == T_WORD && (word_in(k, words, NELEM(words)) ||
		    (isword(k, "minutes") && k > 0 && (isnum(k - 1) ||
		    cls(k - 1, L_NUM) || cls(k - 1, L_TENS)))))
			return 1;
	return 0;
}

/* Quarters and halves: the third quarter (of 1989), Q3 2024, third-quarter. */
static size_t
m_quarter(size_t i, struct tx *x)
{
	size_t j = i;
	int q = 0, y = 0, half = 0, back = 0, hy = 0;
	int yrel = 0, hasyrel = 0;	/* this (0), last (-1), next year's */
	int dctyear;
	size_t k;
	struct date dt;
	int rel = -1, fiscal = 0;

	if (isw(j, W_THE))
		j++;
	if (isword(j, "comparable") || isword(j, "corresponding"))
		j++;
	if (isw(j, W_FISCAL)) {
		fiscal = 1;
		j++;
	}
	/* this year's third quarter, the year-earlier third quarter */
	if (cls(j, L_REL) && cls(j + 1, L_UNIT) && val(j + 1, L_UNIT) ==
	    U_YEAR && genitive(j + 2) &&
	    (val(j, L_REL) == R_THIS || val(j, L_REL) == R_LAST ||
	    val(j, L_REL) == R_NEXT)) {
		yrel = val(j, L_REL) == R_LAST ? -1 :
		    val(j, L_REL) == R_NEXT ? 1 : 0;
		hasyrel = 1;
		j += 4;
	} else if (isword(j, "year") && ispn(j + 1, '-') && glued(j + 1) &&
	    (isword(j + 2, "earlier") || isword(j + 2, "ago"))) {
		back = 1;
		j += 3;
	}
	if (cls(j, L_REL) && !hasyrel && !back && !isw(j + 1, W_HALF)) {
		rel = val(j, L_REL);
		j++;
	} else if (year_at(j, 1) && genitive(j + 1)) {
		y = year_at(j, 1);
		j += 3;
	} else if (j > i && year_at(j, 1) && (cls(j + 1, L_ORD) ||
	    isw(j + 1, W_FISCAL))) {
		y = year_at(j, 1);
		j++;
	}
	if (isw(j, W_FISCAL)) {
		fiscal = 1;
		j++;
	}
	if (cls(j, L_ORD))
		q = val(j, L_ORD);
	else if ((isword(j, "last") || isw(j, W_LATTER)) &&
	    isw(j + 1, W_HALF))
		q = 2;
	else if (isnum(j) && toks[j].sfx == X_ORD && toks[j].nd == 1)
		q = (int)toks[j].n;
	if (j < ntok && toks[j].k == T_WORD && toks[j].e - toks[j].s == 1 &&
	    (text[toks[j].s] == 'Q' || text[toks[j].s] == 'H') &&
	    isbarenum(j + 1) && glued(j + 1) && toks[j + 1].nd == 1 &&
	    rel < 0) {
		/* Q3 2024, H1 */
		half = text[toks[j].s] == 'H';
		q = (int)toks[j + 1].n;
		if (q < 1 || q > (half ? 2 : 4))
			return 0;
		j += 2;
		if (isw(j, W_OF))
			j++;
		/* Q3 FY25, Q3 fiscal 2025 */
		if (isw(j, W_FISCAL) && (year_at(j + 1, 1) ||
		    (isword(j, "fy") && isbarenum(j + 1) && glued(j + 1) &&
		    toks[j + 1].nd == 2)))
			j++;
		y = year_at(j, 1);
		if (!y && isword(j - 1, "fy") && isbarenum(j) &&
		    toks[j].nd == 2)
			y = 2000 + (int)toks[j].n;
		if (y)
			j++;
		else if (isnum(j) && toks[j].nd == 2 && i == j - 2 &&
		    ispn(j, '\''))
			return 0;
		goto resolve;
	}
	if (q) {
		if (q > 4 && q != 20)
			return 0;
		j++;
		if (ispn(j, '-') && glued(j)) {
			hy = 1;
			j++;
		}
		if (isw(j, W_HALF) && q <= 2 && !cls(j + 1, L_UNIT))
			half = 1;
		else if (!cls(j, L_UNIT) || val(j, L_UNIT) != U_QUARTER)
			return 0;
		/* "the third-quarter loss": the article is the noun's */
		if (hy && j > 1 && isw(i, W_THE) && j - 2 == i + 1)
			return 0;
		j++;
		if (!y && !hasyrel && (k = year_back(j, &dctyear)) != 0) {
			/* the third quarter last year, the half a year ago */
			j += k;
			if (dctyear) {
				hasyrel = 1;
				yrel = -1;
			} else
				back = 1;
			x->base = 1;
			goto resolve;
		}
		if (isw(j, W_OF) && (year_at(j + 1, 1) || (isw(j + 1,
		    W_FISCAL) && year_at(j + 2, 1)))) {
			j++;
			if (isw(j, W_FISCAL))
				j++;
			y = year_at(j, 1);
			j++;
		} else if ((year_at(j, 1)) && !ispn(j - 1, '-')) {
			y = year_at(j, 1);
			j++;
		} else if (isw(j, W_OF) && cls(j + 1, L_REL) &&
		    cls(j + 2, L_UNIT) && val(j + 2, L_UNIT) == U_YEAR) {
			if (!need_dct(x, G_QUARTER))
				return j + 3;
			y = dct.y + (val(j + 1, L_REL) == R_LAST ? -1 :
			    val(j + 1, L_REL) == R_NEXT ? 1 : 0);
			j += 3;
		} else if (isw(j, W_OF) && isw(j + 1, W_THE) &&
		    (k = the_year(j + 2, &yrel)) != 0) {
			/* the second half of the (current fiscal) year */
			hasyrel = yrel != 0;
			j = k;
		} else if ((isw(j, W_OF) && (isw(j + 1, W_THE) ||
		    possessive(j + 1))) || (!y && !hasyrel && !back &&
		    about_play()))
			return 0;	/* of the match, of its season */
		goto resolve;
	}
	return 0;
resolve:
	if (rel >= 0 && rel != R_THIS && rel != R_CURRENT)
		return 0;
	if (!y && (hasyrel || back) && dct.g != G_NONE)
		y = dct.y + yrel - back;
	if (!y) {
		if (!need_dct(x, half ? G_HALF : G_QUARTER)) {
			snprintf(x->val, sizeof(x->val), "XXXX-%c%d",
			    half ? 'H' : 'Q', q);
			return j;
		}
		y = dct.y;
		/*
		 * a quarter not yet begun is last year's in a past clause,
		 * and whenever it names results: "will report fourth-quarter
		 * results", written in January; so is the fourth quarter told
		 * in the first with no tense ("unemployment falls in fourth
		 * quarter"), the nearer by far; but a fiscal fourth quarter
		 * told after March ends the fiscal year named for the DCT's
		 * ("reported fiscal fourth-quarter profit" in August, of the
		 * year that ended in June)
		 */
		if (!half && q > (dct.m - 1) / 3 + 1 && (tense(i, j) < 0 ||
		    word_in(j, results, NELEM(results)) ||
		    (q == 4 && dct.m <= 3 && tense(i, j) == 0)) &&
		    !(fiscal && q == 4 && dct.m > 3))
			y--;
		/*
		 * and one over half a year before, next year's in a clause
		 * ahead ("expects a thinner first quarter", in December); the
		 * quarter just ended is still the one a report is about
		 */
		else if (!half && !fiscal && q + 1 < (dct.m - 1) / 3 + 1 &&
		    tense(i, j) > 0 && !word_in(j, results, NELEM(results)))
			y++;
		x->anchor = AN_DCT;
	} else
		x->anchor = hasyrel || back ? AN_DCT : AN_NONE;
	memset(&dt, 0, sizeof(dt));
	dt.g = half ? G_HALF : G_QUARTER;
	dt.y = y;
	dt.m = q;
	fmt_date(x->val, sizeof(x->val), &dt);
	x->type = TY_DATE;
	return j;
}

/*
 * The quarter a report is about: "the quarter", "the latest quarter",
 * "the year-earlier period", "the 1988 quarter".  It is the last quarter
 * the document named, else the last one that ended before the DCT.
 */
static size_t
m_thequarter(size_t i, struct tx *x)
{
	size_t j = i + 1, k;
	int back = 0, y = 0, latest = 0, period, dctyear;
	struct date dt;

	/* last year's quarter, last year's period */
	if (cls(i, L_REL) && val(i, L_REL) == R_LAST &&
	    isword(i + 1, "year") && genitive(i + 2) &&
	    (isword(i + 4, "period") || (cls(i + 4, L_UNIT) &&
	    val(i + 4, L_UNIT) == U_QUARTER))) {
		back = 1;
		j = i + 4;
	} else if (!isw(i, W_THE))
		return 0;
	if ((isword(j, "current") || isword(j, "present")) &&
	    cls(j + 1, L_UNIT) && val(j + 1, L_UNIT) == U_QUARTER) {
		if (!need_dct(x, G_QUARTER))
			return j + 2;
		dt = dct;
		shift(&dt, U_QUARTER, 0);
		set_date(x, &dt, AN_DCT);
		return j + 2;
	}
	if (isword(j, "latest") || isword(j, "current") ||
	    isword(j, "same") || isword(j, "comparable") ||
	    isword(j, "corresponding")) {
		latest = isword(j, "latest");
		j++;
	} else if (isword(j, "most") && isword(j + 1, "recent")) {
		latest = 1;
		j += 2;
	}
	else if (isword(j, "year") && ispn(j + 1, '-') && glued(j + 1) &&
	    (isword(j + 2, "earlier") || isword(j + 2, "ago")) &&
	    glued(j + 2)) {
		back = 1;
		j += 3;
	} else if ((y = year_at(j, 1)) != 0)
		j++;
	if (!(cls(j, L_UNIT) && val(j, L_UNIT) == U_QUARTER) &&
	    !((back || y || j > i + 1) && isword(j, "period")))
		return 0;
	period = isword(j, "period");
	/*
	 * the same period last year, the quarter a year ago: the period's
	 * own year back, whichever phrase says it
	 */
	if (!back && !y && (k = year_back(j + 1, &dctyear)) != 0) {
		back = 1;
		j += k;
	} else
		k = 0;
	x->base = back;
	/* the same quarter of 2017: that year's, a base of comparison too */
	if (!back && !y && isw(j + 1, W_OF) && (y = year_at(j + 2, 1)) != 0) {
		j += 2;
		x->base = 1;
	}
	/*
	 * A period is the last quarter or half the document named; the
	 * latest quarter, or one told in the past tense, has ended: not a
	 * coming one named before ("would add more in the fourth quarter
	 * ... rose 11% in the quarter").
	 */
	if ((lastq.g == G_QUARTER || (lastq.g == G_HALF && period)) &&
	    !((latest || (lastq_ahead && tense(i, j + 1) < 0)) &&
	    lastq.g == G_QUARTER && dct.g != G_NONE &&
	    lastq.y * 4 + lastq.m >= dct.y * 4 + (dct.m - 1) / 3 + 1)) {
		dt = lastq;
		anchor_ref(x, &lastq);
	} else if (dct.g != G_NONE) {
		dt = dct;
		shift(&dt, U_QUARTER, -1);
		/* no period named: "the same period last year" is that year */
		if (period && k)
			dt.g = G_YEAR;
		x->anchor = AN_DCT;
	} else
		return 0;
	if (y)
		dt.y = y;
	dt.y -= back;
	fmt_date(x->val, sizeof(x->val), &dt);
	x->type = TY_DATE;
	return j + 1;
}

/* "year-earlier" and "year-ago" as adjectives: the year before. */
static size_t
m_yearago(size_t i, struct tx *x)
{
	struct date dt;

	if (!(isword(i, "year") && ispn(i + 1, '-') && glued(i + 1) &&
	    (isword(i + 2, "earlier") || isword(i + 2, "ago")) &&
	    glued(i + 2)))
		return 0;
	if (lastq.g == G_QUARTER) {
		dt = lastq;
		anchor_ref(x, &lastq);
	} else if (dct.g != G_NONE) {
		dt = dct;
		dt.g = G_YEAR;
		x->anchor = AN_DCT;
	} else
		return 0;
	dt.y--;
	set_date(x, &dt, x->anchor);
	return i + 3;
}

/*
 * n and a half units, in the next smaller unit where the half is whole:
 * P2Y6M, PT5H30M, PT1M30S, P3DT12H; a decade and a half is P15Y.
 */
static void
fmt_half(char *b, size_t sz, long n, int u)
{
	switch (u) {
	case U_YEAR:
		snprintf(b, sz, n ? "P%ldY6M" : "P6M", n);
		break;
	case U_DECADE:
		snprintf(b, sz, "P%ldY", n * 10 + 5);
		break;
	case U_CENT:
		snprintf(b, sz, "P%ldY", n * 100 + 50);
		break;
	case U_QUARTER:
		snprintf(b, sz, "P%ldM15D", n * 3 + 1);
		break;
	case U_MONTH:
		snprintf(b, sz, n ? "P%ldM15D" : "P15D", n);
		break;
	case U_WEEK:
		snprintf(b, sz, "P%ldDT12H", n * 7 + 3);
		break;
	case U_DAY:
		snprintf(b, sz, n ? "P%ldDT12H" : "PT12H", n);
		break;
	case U_HOUR:
		snprintf(b, sz, n ? "PT%ldH30M" : "PT30M", n);
		break;
	case U_MIN:
		snprintf(b, sz, n ? "PT%ldM30S" : "PT30S", n);
		break;
	default:
		snprintf(b, sz, "P%s%ld.5%c", u == U_SEC ? "T" : "", n, unitc[u]);
		break;
	}
}

/* A half told in this sentence: "the first half of 2025". */
static int
half_here(void)
{
	size_t k;

	for (k = 0; k < nfound; k++)
		if (strlen(found[k].val) == 7 && found[k].val[5] == 'H')
			return 1;
	return 0;
}

/*
 * The sentence compares over the month: "rose 0.3% in the month and 3.9%
 * from a year earlier", "on the month".
 */
static int
month_change_here(void)
{
	size_t k;

	for (k = 2; k < ntok; k++)
		if (isword(k, "month") && isw(k - 1, W_THE) &&
		    (isw(k - 2, W_IN) || isw(k - 2, W_ON)) &&
		    !isw(k + 1, W_OF))
			return 1;
	return 0;
}

/*
 * The last date of this sentence, when it names a month, to the month or
 * the day, or is a year told in figures, and no quarter was told: fills
 * dt.
 */
static int
told_here(struct date *dt)
{
	const struct tx *p;
	const char *v;
	size_t k;
	int named = 0;

	for (k = 0; k < nfound; k++)
		if (strlen(found[k].val) >= 7 && found[k].val[4] == '-' &&
		    found[k].val[5] == 'Q')
			return 0;	/* results: the quarter's */
	if (nfound == 0 || found[nfound - 1].type != TY_DATE)
		return 0;
	p = &found[nfound - 1];
	/* "carried 6.2 million in 2022, up from a year earlier": 2021 */
	if (is_year(p) && p->anchor == AN_NONE) {
		memset(dt, 0, sizeof(*dt));
		dt->g = G_YEAR;
		dt->y = atoi(p->val);
		dt->m = 1;
		return 1;
	}
	for (k = (size_t)p->a; k < (size_t)p->b; k++)
		named |= cls(k, L_MONTH) && toks[k].cap;
	if (!named)
		return 0;	/* "reported last month that": no base */
	if (day_of(p, dt))
		return 1;
	v = p->val;
	if (strlen(v) != 7 || v[4] != '-' || !ISDG(v[0]) || !ISDG(v[1]) ||
	    !ISDG(v[2]) || !ISDG(v[3]) || !ISDG(v[5]) || !ISDG(v[6]))
		return 0;
	dt->g = G_MONTH;
	dt->y = atoi(v);
	dt->m = (v[5] - '0') * 10 + (v[6] - '0');
	dt->d = 1;
	return 1;
}

/* The value of a duration of n units; n < 0 is unknown, -2 a half. */
static void
fmt_dur(char *b, size_t sz, long n, int u)
{
	int t = u <= U_HOUR;

	if (n == -2) {
		fmt_half(b, sz, 0, u);
		return;
	}
	if (n < 0) {
		snprintf(b, sz, "P%sX%s", t ? "T" : "",
		    u == U_DECADE ? "DE" : u == U_CENT ? "CE" :
		    (char[2]){ unitc[u], 0 });
		return;
	}
	/* decades and centuries keep their unit, as PXDE does: P2DE */
	if (u == U_DECADE || u == U_CENT) {
		snprintf(b, sz, "P%ld%s", n, u == U_DECADE ? "DE" : "CE");
		return;
	}
	if (u == U_WEEKEND)
		n *= 2;
	/* by hand, not snprintf: the common case */
	if (sz >= 24) {
		char d[20];
		size_t k = 0, p = 0;

		b[p++] = 'P';
		if (t)
			b[p++] = 'T';
		do
			d[k++] = (char)('0' + n % 10);
		while ((n /= 10) > 0 && k < sizeof(d));
		while (k > 0)
			b[p++] = d[--k];
		b[p++] = unitc[u];
		b[p] = '\0';
		return;
	}
	snprintf(b, sz, "P%s%ld%c", t ? "T" : "", n, unitc[u]);
}

/*
 * "two hours and 10 minutes", "3 years 6 months": a count of a smaller
 * unit at j after n of unit u makes one length.  Returns the token after
 * it, or j.
 */
static size_t
smaller_unit(size_t j, long n, int u, struct tx *x)
{
	size_t k = isw(j, W_AND) ? j + 1 : j, e;
	long n2;
	int u2, t, t2;

	if (u == U_WEEK || u == U_QUARTER || u > U_YEAR)
		return j;
	if ((e = number(k, &n2)) == 0 || n2 < 1 || !cls(e, L_UNIT))
		return j;
	u2 = val(e, L_UNIT) & 15;
	/* the next unit down, or days after years: not months and hours */
	if (!(u2 == u - 1 || (u == U_YEAR && (u2 == U_MONTH ||
	    u2 == U_DAY)) || (u == U_MONTH && u2 == U_DAY)) ||
	    u2 == U_WEEK || u2 == U_QUARTER ||
	    (n2 == 1) != !(val(e, L_UNIT) & 16))
		return j;
	t = u <= U_HOUR;
	t2 = u2 <= U_HOUR;
	snprintf(x->val, sizeof(x->val), "P%s%ld%c%s%ld%c", t ? "T" : "", n,
	    unitc[u], t2 && !t ? "T" : "", n2, unitc[u2]);
	return e + 1;
}

/* A SET value for every n-th unit. */
static void
fmt_set(char *b, size_t sz, int u)
{
	if (u & 32)
		fmt_dur(b, sz, 2, u & 15);	/* fortnightly */
	else if (u == U_NIGHT)
		snprintf(b, sz, "P1D");
	else if (u == U_WEEKEND)
		snprintf(b, sz, "XXXX-WXX-WE");
	else
		fmt_dur(b, sz, 1, u);
}

/* A count at i: 700, seven, 2 million, hundreds, 20%. */
static int
count_at(size_t i)
{
	return isnum(i) || cls(i, L_NUM) || isw(i, W_HUNDRED) ||
	    isw(i, W_THOUSAND) || isword(i, "million") ||
	    isword(i, "billion") || isword(i, "hundreds") ||
	    isword(i, "thousands") || isword(i, "millions") ||
	    isword(i, "billions") || isword(i, "dozens") || ispn(i, '%');
}

/*
 * "$2 million a year", "700 seats a week", "24 hours a day", "20%
 * annually", "10,000 units annually", "one flight a day": a rate after a
 * figure, or after a noun counted, belongs to the figure, not to the
 * calendar; "publishes its figures quarterly" is a set.
 */
static int
figure_rate(size_t i)
{
	static const char *const plurals[] = {
		"people", "men", "women", "children", "police", "staff",
		"cattle", "sheep", "fish"
	};

	if (i == 0)
		return 0;
	i--;
	if (toks[i].k == T_WORD && toks[i].lx < 0 && !toks[i].cap &&
	    ((toks[i].e - toks[i].s > 3 && text[toks[i].e - 1] == 's') ||
	    word_in(i, plurals, NELEM(plurals)) || (i > 0 &&
	    isword(i - 1, "one")))) {
		/* within a few words: 8 billion U.S. dollars, hundreds of */
		size_t k;

		for (k = i; k > 0 && i - k < 5 && !ispn(k - 1, ','); k--)
			if (count_at(k - 1))
				return 1;
		return 0;
	}
	return (cls(i, L_UNIT) && (val(i, L_UNIT) & 16)) || count_at(i);
}

/*
 * The weekend after a word of its kind at i, "long weekend", "holiday
 * weekend", "bank holiday weekend": the weekend's token, or 0.
 */
static size_t
kind_weekend(size_t i)
{
	/* after every "the": the unit's class first, the words after */
	if (i >= ntok || toks[i].cap)
		return 0;
	if (cls(i + 1, L_UNIT) && val(i + 1, L_UNIT) == U_WEEKEND)
		return isw(i, W_LONG) || isword(i, "holiday") ? i + 1 : 0;
	return cls(i + 2, L_UNIT) && val(i + 2, L_UNIT) == U_WEEKEND &&
	    isword(i, "bank") && isword(i + 1, "holiday") ? i + 2 : 0;
}

/*
 * Relative and durational expressions built on a unit: last year, the
 * past two weeks, three days ago, two years later, the next day, each
 * month, the coming days, a five-year plan.
 */
static size_t
m_unit(size_t i, struct tx *x)
{
	/* "the winter timetable takes over the next day": no length */
	static const char *const takers[] = {
		"take", "takes", "took", "taken", "taking", "hand", "hands",
		"handed", "handing"
	};
	/* verbs of a change by a share */
	static const char *const moves[] = {
		"down", "up", "fell", "rose", "fall", "rise", "falls", "rises",
		"cut", "cuts", "dropped", "drop", "grew", "grow", "increased",
		"reduced", "slashed", "shrank", "jumped", "climbed", "slumped"
	};
	static const char *const maybes[] = {
		"should", "could", "may", "might", "looks", "promises"
	};
	static const char *const daykinds[] = {
		"camp", "care", "centre", "center", "job", "school",
		"nursery", "pass", "ticket", "patient", "patients",
		"rest", "set", "sick", "snow", "match", "polling", "training",
		"bin"
	};
	size_t j = i, k;
	long n = 1;
	int u, pl, rel = -1, the = 0, approx = M_NONE, hasnum = 0, half = 0;
	int vague = 0;	/* few, several, many */
	int other = 0, dctyear;
	struct date dt;

	if (cls(i, L_UNIT)) {
		int v = val(i, L_UNIT);

		/*
		 * "on other days", "some other years", "the busiest weeks of
		 * the year", "on set days of the week", "days like these":
		 * not lengths
		 */
		if ((v & 16) && ((isw(i + 1, W_OF) && isw(i + 2, W_THE) &&
		    cls(i + 3, L_UNIT) && !(val(i + 3, L_UNIT) & 16)) ||
		    isword(i + 1, "like")))
			return 0;
		if (i > 0 && (isw(i - 1, W_OTHER) || ((v & 16) &&
		    toks[i - 1].k == T_WORD && toks[i - 1].lx < 0 &&
		    toks[i - 1].e - toks[i - 1].s > 4 &&
		    text[toks[i - 1].e - 1] == 't' &&
		    lex_ieq(text + toks[i - 1].e - 3, 3, "est"))))
			return 0;
		/*
		 * on weekends, works weekends, moved lectures to weekends: a
		 * habit, like on Sundays
		 */
		if (i > 0 && v == (U_WEEKEND | 16) && (isw(i - 1, W_ON) ||
		    isw(i - 1, W_AT) || isw(i - 1, W_DURING) ||
		    isw(i - 1, W_TO) || (toks[i - 1].k == T_WORD &&
		    !toks[i - 1].cap && toks[i - 1].lx < 0))) {
			x->type = TY_SET;
			fmt_set(x->val, sizeof(x->val), U_WEEKEND);
			return i + 1;
		}
	}
	if (isw(j, W_THE)) {
		the = 1;
		j++;
	}
	/* approximations before a count */
	if (!the) {
		if (cls(j, L_APPROX) && val(j, L_APPROX)) {
			approx = val(j, L_APPROX) == 1 ? M_APPROX :
			    val(j, L_APPROX) == 3 ? M_EQUAL : M_LESS;
			j++;
		} else if ((isw(j, W_MORE) || isw(j, W_LESS)) &&
		    isw(j + 1, W_THAN)) {
			/* "fewer than last year": a comparison, not a bound */
			if (cls(j + 2, L_REL) && (val(j + 2, L_REL) == R_LAST ||
			    val(j + 2, L_REL) == R_THIS ||
			    val(j + 2, L_REL) == R_NEXT))
				return 0;
			approx = isw(j, W_MORE) ? M_MORE : M_LESS;
			j += 2;
		} else if (isw(j, W_AT) && isw(j + 1, W_LEAST)) {
			approx = M_EQMORE;
			j += 2;
		} else if ((isw(j, W_UP) && isw(j + 1, W_TO)) ||
		    (isw(j, W_NO) && isw(j + 1, W_MORE) &&
		    isw(j + 2, W_THAN))) {
			approx = M_EQLESS;
			j += isw(j, W_UP) ? 2 : 3;
		} else if (isw(j, W_UNDER) && number(j + 1, &n)) {
			approx = M_LESS;
			j++;
		} else if (isw(j, W_OVER) && j > 0 && isword(j - 1, "just") &&
		    (k = number(j + 1, &n)) != 0 && !cls(k + 1, L_AGO)) {
			approx = M_MORE;	/* just over five hours */
			j++;
		}
	}
	/*
	 * "could last six weeks", "to last a year": the verb; but "the
	 * federation forecast last week"
	 */
	if (j == i && cls(j, L_REL) && val(j, L_REL) == R_LAST && j > 0 &&
	    (isw(j - 1, W_TO) || word_in(j - 1, modals, NELEM(modals))))
		return 0;
	if (cls(j, L_REL) || (isw(j, W_EVERY) || isw(j, W_EACH) ||
	    isw(j, W_PER))) {
		if (cls(j, L_REL))
			rel = val(j, L_REL);
		else
			rel = R_EACH;
		j++;
		if (rel == R_THIS && cls(j, L_REL) &&
		    (val(j, L_REL) == R_PAST || val(j, L_REL) == R_COMING)) {
			rel = val(j, L_REL) == R_PAST ? R_THISPAST : R_COMING;
			j++;
		}
		if (rel == R_EACH && isw(j, W_OTHER)) {
			other = 1;
			j++;
		}
		if (rel == R_THAT && isword(j, "same"))
			j++;	/* that same day */
		/* next fiscal year, the last fiscal year */
		if (isw(j, W_FISCAL) && cls(j + 1, L_UNIT) &&
		    val(j + 1, L_UNIT) == U_YEAR)
			j++;
		/* the first/last/past N units */
	}
	if (rel < 0 && the && cls(j, L_ORD) && val(j, L_ORD) == 1 &&
	    (k = number(j + 1, &n)) != 0 && !(ispn(k, '-') && glued(k))) {
		j++;	/* the first nine months; not the first 12-hour strike */
		rel = R_PAST;
	}
	k = j;
	if ((k = number(j, &n)) != 0) {
		size_t kk = k, k2;
		long n2;

		/* men aged 65 to 80 years: ages, both ends */
		vague = isw(j, W_FEW) || isw(j, W_SEVERAL) || isw(j, W_MANY) ||
		    (isw(j, W_A) && isw(j + 1, W_FEW));
		k2 = j > 1 && isw(j - 1, W_TO) && (isnum(j - 2) ||
		    cls(j - 2, L_NUM)) ? j - 2 : j;
		if (k2 > 0 && toks[k2 - 1].k == T_WORD &&
		    toks[k2 - 1].lx < 0 && (text[toks[k2 - 1].s] | 0x20) ==
		    'a' && (isword(k2 - 1, "age") ||
		    isword(k2 - 1, "aged") || isword(k2 - 1, "ages")))
			return 0;
		hasnum = 1;
		/* 2 1/2 years, two and a half years */
		if (n >= 0 && isbarenum(kk) && toks[kk].n == 1 &&
		    ispn(kk + 1, '/') && glued(kk + 1) && isnum(kk + 2) &&
		    glued(kk + 2) && toks[kk + 2].n == 2) {
			half = 1;
			kk += 3;
		} else if (n >= 0 && isw(kk, W_AND) && isw(kk + 1, W_A) &&
		    isw(kk + 2, W_HALF)) {
			half = 1;
			kk += 3;
		}
		/* two to six days: a length for each end, as ranges are */
		if (isw(kk, W_TO) && n > 0 && !half && !the && rel < 0 &&
		    (k2 = number(kk + 1, &n2)) != 0 && n2 > n &&
		    unit(k2, &u, &pl) && !isw(k2 + 1, W_OLD) &&
		    !(ispn(k2 + 1, '-') && isw(k2 + 2, W_OLD))) {
			x->type = TY_DURATION;
			x->mod = approx;
			fmt_dur(x->val, sizeof(x->val), n, u);
			return kk;
		}
		/* twenty four, 12 or 18, 12 - 18 */
		if ((isw(kk, W_TO) || isw(kk, W_OR) || ispn(kk, '-')) &&
		    number(kk + 1, &n) && !(ispn(kk, '-') && glued(kk))) {
			kk = number(kk + 1, &n);
			n = -1;
		}
		if (isw(kk, W_MORE) || (cls(kk, L_REL) && val(kk, L_REL) ==
		    R_FOLLOW))
			kk++;
		if (ispn(kk, '-') && glued(kk) && glued(kk + 1) &&
		    cls(kk + 1, L_UNIT))
			kk++;
		/* three fiscal years, two financial years */
		if ((isw(kk, W_FISCAL) || isword(kk, "financial") ||
		    isword(kk, "calendar") || isword(kk, "academic")) &&
		    cls(kk + 1, L_UNIT) && val(kk + 1, L_UNIT) == (U_YEAR | 16))
			kk++;
		/* eight trading days, ten business days */
		if ((isword(kk, "trading") || isword(kk, "business") ||
		    isword(kk, "working") || isword(kk, "school")) &&
		    cls(kk + 1, L_UNIT) && (val(kk + 1, L_UNIT) & 15) == U_DAY)
			kk++;
		/*
		 * five consecutive months, three straight weeks, an extra
		 * hour, a further week
		 */
		else if ((isword(kk, "consecutive") || isword(kk, "straight") ||
		    isword(kk, "successive") || isword(kk, "full") ||
		    isword(kk, "whole") || isword(kk, "entire") ||
		    added(kk)) && cls(kk + 1, L_UNIT))
			kk++;
		k = kk;
	} else {
		size_t w;

		k = j;
		/* the bank holiday weekend, the long weekend: the weekend */
		if (the && rel < 0 && (w = kind_weekend(k)) != 0)
			k = w;
	}
	if (!unit(k, &u, &pl))
		return 0;
	/*
	 * a fortnight, two fortnights: counted, two weeks each; every
	 * fortnight is every other week
	 */
	if (val(k, L_UNIT) & 32) {
		if (rel == R_EACH && !hasnum)
			other = 1;
		else if (!hasnum || half || n < 1 || rel >= 0 || the)
			return 0;
		else
			n *= 2;
	}
	/*
	 * three-quarters, a quarter of the market, quarter-to-quarter, a
	 * quarter point, down by a quarter, rose a quarter; but several
	 * quarters of losses, delayed by a quarter
	 */
	if (u == U_QUARTER && ((pl && ispn(k - 1, '-') && glued(k)) ||
	    (k > 1 && isw(k - 1, W_A) && (word_in(k - 2, moves,
	    NELEM(moves)) || (k > 2 && isw(k - 2, W_BY) &&
	    word_in(k - 3, moves, NELEM(moves))))) ||
	    (isw(k + 1, W_OF) && !year_at(k + 2, 1) &&
	    !isw(k + 2, W_FISCAL) && !(isw(j, W_SEVERAL) || isw(j, W_FEW) ||
	    isw(j, W_MANY))) || (ispn(k + 1, '-') && glued(k + 1)) ||
	    (k > 0 && isw(k - 1, W_A) && k + 1 < ntok &&
	    toks[k + 1].k == T_WORD && !toks[k + 1].cap &&
	    toks[k + 1].lx < 0)))
		return 0;
	/* ABC's "This Week": a title */
	if (toks[k].cap && k > i && toks[k - 1].cap && !isw(k - 1, W_A) &&
	    i > 0 && !ispn(i - 1, '.'))
		return 0;
	/* "60 Minutes", "Three Days of the Condor": a title */
	if (toks[k].cap && k > 0 && hasnum && !toks[i].cap)
		return 0;
	/* "the five-year plan": the article is the noun's */
	if (the && rel < 0 && hasnum && ispn(k - 1, '-') && glued(k))
		return 0;
	/* "a second" is an ordinal more often than a duration */
	if (hasnum && u == U_SEC && !pl && isw(j, W_A))
		return 0;
	/* "a" alone counts only before a singular unit */
	if (hasnum && isw(j, W_A) && n == 1 && pl)
		return 0;
	j = k + 1;
	/* a year and a half, an hour and a half */
	if (hasnum && n == 1 && !pl && !half && isw(j, W_AND) &&
	    isw(j + 1, W_A) && isw(j + 2, W_HALF)) {
		half = 1;
		j += 3;
	}
	/* "the days ahead of the vote" is no time of its own */
	if (!hasnum && rel < 0 && pl && isword(j, "ahead") && isw(j + 1, W_OF))
		return 0;
	/* the days ahead, the weeks to come: the coming days */
	if (the && !hasnum && rel < 0 && pl && (isword(j, "ahead") ||
	    (isw(j, W_TO) && isword(j + 1, "come")))) {
		x->type = TY_DATE;
		snprintf(x->val, sizeof(x->val), "FUTURE_REF");
		return j + 1 + isw(j, W_TO);
	}
	memset(&dt, 0, sizeof(dt));
	x->mod = approx;
	/*
	 * every day, each week, per year; every other week and every four
	 * years are sets with a longer period
	 */
	if (rel == R_EACH) {
		/* 1.4 million barrels per day: the figure's rate */
		if (isw(i, W_PER) && figure_rate(i))
			return 0;
		/*
		 * every few years: a set of unknown length, PXY; every half
		 * hour: PT30M
		 */
		if (hasnum && ((n < 1 && !(vague && pl) && !(n == -2 && !pl)) ||
		    half || (n > 1 && !pl)))
			return 0;
		x->type = TY_SET;
		if ((hasnum && (n > 1 || n == -2 || vague)) || other)
			fmt_dur(x->val, sizeof(x->val), other ? 2 : n, u);
		else
			fmt_set(x->val, sizeof(x->val), u);
		return j;
	}
	/* "a year-earlier figure": the adjective is its own expression */
	if (ispn(j, '-') && glued(j) && cls(j + 1, L_AGO) && glued(j + 1))
		return 0;
	/* a week or so ago */
	if (hasnum && isw(j, W_OR) && isw(j + 1, W_SO) && cls(j + 2, L_AGO))
		j += 2;
	/*
	 * "an hour later, police arrived": from the last clock time told;
	 * not "shut three hours earlier on Sundays", a change of hours
	 */
	if (hasnum && (n > 0 || n == -2) && rel < 0 && !the &&
	    (u == U_HOUR || (u == U_MIN && n > 0 && !half)) &&
	    cls(j, L_AGO) &&
	    (val(j, L_AGO) == A_LATER || val(j, L_AGO) == A_EARLIER) &&
	    lastclock.g == G_DAY && (j + 1 >= ntok || ispn(j + 1, ',') ||
	    ispn(j + 1, '.') || ispn(j + 1, ';') || isw(j + 1, W_AND) ||
	    isword(j + 1, "with") || isword(j + 1, "when") ||
	    isword(j + 1, "as") || isw(j + 1, W_BUT))) {
		/* half an hour later, two and a half hours later */
		long mins = u == U_MIN ? n : n == -2 ? 30 : n * 60 +
		    (half ? 30 : 0);
		long t = days(lastclock.y, lastclock.m, lastclock.d) * 1440 +
		    lastclock_h * 60 + lastclock_mi + (val(j, L_AGO) ==
		    A_LATER ? 1 : -1) * mins;

		from_days(t / 1440, &dt);
		fmt_date(x->val, sizeof(x->val), &dt);
		snprintf(x->val + 10, sizeof(x->val) - 10, "T%02d:%02d",
		    (int)(t % 1440 / 60), (int)(t % 60));
		x->type = TY_TIME;
		anchor_ref(x, &lastclock);
		x->mod = approx;
		return j + 1;
	}
	/*
	 * N units ago / earlier / later / before / after / from now; "two
	 * years later than planned" is a length
	 */
	if (hasnum && n != -2 && rel < 0 && cls(j, L_AGO) && !the &&
	    !isword(j + 1, "than") &&
	    u > U_MIN && !(u == U_HOUR && n < 24) &&
	    !((val(j, L_AGO) == A_BEFORE || val(j, L_AGO) == A_AFTER) &&
	    !(j + 1 >= ntok || toks[j + 1].k == T_PUNCT ||
	    isw(j + 1, W_AND)))) {
		int a = val(j, L_AGO);
		int dir = (a == A_AGO || a == A_EARLIER || a == A_BEFORE) ?
		    -1 : 1;

		if (n < 0) {
			/* years ago, several weeks earlier: the past */
			x->type = TY_DATE;
			snprintf(x->val, sizeof(x->val), "%s",
			    dir < 0 ? "PAST_REF" : "FUTURE_REF");
			return j + 1;
		}
		if (a == A_AGO || a == A_HENCE) {
			if (!need_dct(x, unit_gran(u)))
				return j + 1;
			dt = dct;
			x->anchor = AN_DCT;
		} else if (!base_ref(x, &dt, unit_gran(u)))
			return j + 1;
		if (u <= U_HOUR) {
			x->type = TY_DATE;
			if (u == U_HOUR && n >= 24)
				shift(&dt, U_DAY, dir * (n / 24));
			fmt_date(x->val, sizeof(x->val), &dt);
			if (u != U_HOUR || n < 24)
				return 0;
			return j + 1;
		}
		shift(&dt, u, dir * n);
		/* a decade ago is the year ten years back, not the 2010s */
		if (u == U_DECADE || u == U_CENT)
			dt.g = G_YEAR;
		/* two and a half years ago: the month it was */
		if (half && u == U_YEAR) {
			shift(&dt, U_MONTH, dir * 6);
			dt.g = G_MONTH;
		}
		/*
		 * "more than four years ago" is a point before the date;
		 * the length's modifier becomes the point's.
		 */
		if (x->mod == M_MORE || x->mod == M_EQMORE)
			x->mod = dir < 0 ? (x->mod == M_MORE ? M_BEFORE :
			    M_ONBEFORE) : (x->mod == M_MORE ? M_AFTER :
			    M_ONAFTER);
		else if (x->mod == M_LESS || x->mod == M_EQLESS)
			x->mod = dir < 0 ? (x->mod == M_LESS ? M_AFTER :
			    M_ONAFTER) : (x->mod == M_LESS ? M_BEFORE :
			    M_ONBEFORE);
		/*
		 * "at the end of March, from 1.31 trillion a year earlier":
		 * the month or day its sentence told; else results compare
		 * with the same quarter
		 */
		if (u == U_YEAR && n == 1 && a == A_EARLIER && told_here(&dt)) {
			anchor_ref(x, &dt);
			x->base = 1;
			add_months(&dt, -12);
		} else if (u == U_YEAR && n == 1 && dir < 0 &&
		    reportm.g == G_MONTH && dct.g != G_NONE &&
		    (dct.y - reportm.y) * 12 + dct.m - reportm.m <= 3 &&
		    month_change_here()) {
			/* a monthly report's month, a year back */
			dt = reportm;
			anchor_ref(x, &reportm);
			dt.y--;
		} else if (u == U_YEAR && n == 1 && dir < 0 &&
		    (lastq.g == G_QUARTER || (lastq.g == G_HALF &&
		    half_here())) &&
		    (dct.g == G_NONE || lastq.y >= dct.y - 1)) {
			dt = lastq;
			dt.y--;
			anchor_ref(x, &lastq);
		}
		x->type = TY_DATE;
		fmt_date(x->val, sizeof(x->val), &dt);
		return j + 1;
	}
	/*
	 * "in November over the month before", "the year before, it had
	 * lost money": one unit before or after the one its sentence told,
	 * else the last date told
	 */
	if (the && !hasnum && !pl && rel < 0 && u >= U_DAY && u <= U_YEAR &&
	    cls(j, L_AGO) && (val(j, L_AGO) == A_BEFORE ||
	    val(j, L_AGO) == A_AFTER) && (phrase_end(j + 1) ||
	    isw(j + 1, W_AND) || isword(j + 1, "but") ||
	    isword(j + 1, "as") || isword(j + 1, "when"))) {
		if (!same_unit_told(unit_gran(u), x, &dt) &&
		    !base_ref(x, &dt, unit_gran(u)))
			return j + 1;
		shift(&dt, u, val(j, L_AGO) == A_BEFORE ? -1 : 1);
		x->type = TY_DATE;
		fmt_date(x->val, sizeof(x->val), &dt);
		return j + 1;
	}
	if (hasnum && isw(j, W_FROM) && isword(j + 1, "now")) {
		if (!need_dct(x, unit_gran(u)))
			return j + 2;
		dt = dct;
		shift(&dt, u, n < 0 ? 1 : n);
		x->anchor = AN_DCT;
		x->type = TY_DATE;
		fmt_date(x->val, sizeof(x->val), &dt);
		return j + 2;
	}
	/*
	 * months ago, years earlier: some time back; "weeks earlier than in
	 * past decades" is a length, as "two years later than planned" is
	 */
	if (!hasnum && pl && rel < 0 && !the && cls(j, L_AGO) &&
	    (val(j, L_AGO) == A_AGO || val(j, L_AGO) == A_EARLIER) &&
	    !isword(j + 1, "than")) {
		x->type = TY_DATE;
		snprintf(x->val, sizeof(x->val), "PAST_REF");
		return j + 1;
	}
	/* a day-long meeting, a year-long inquiry */
	if (!hasnum && rel < 0 && !pl && !the && ispn(j, '-') && glued(j) &&
	    isw(j + 1, W_LONG) && glued(j + 1)) {
		x->type = TY_DURATION;
		fmt_dur(x->val, sizeof(x->val), 1, u);
		return j + 2;
	}
	/* durations: two weeks, the past three months, a five-year plan */
	if (hasnum || (rel >= 0 && pl) || (rel < 0 && pl && !the)) {
		if (!hasnum)
			n = -1;
		/* recent weeks: a stretch of weeks of unknown length */
		if (rel == R_RECENT && !hasnum) {
			x->type = TY_DURATION;
			fmt_dur(x->val, sizeof(x->val), -1, u);
			return j;
		}
		if (rel == R_COMING && !hasnum) {
			x->type = TY_DATE;
			snprintf(x->val, sizeof(x->val), "FUTURE_REF");
			return j;
		}
		if (rel == R_THIS || rel == R_THAT || rel == R_SAME ||
		    rel == R_CURRENT)
			return 0;
		/*
		 * "for centuries" is a stretch, "the century" alone not;
		 * "within hours", "for hours" and "hours after his father
		 * died" are, "after hours" not
		 */
		if (!hasnum && rel < 0 && (u == U_SEC || u == U_MIN ||
		    u == U_HOUR || u == U_WEEKEND || u == U_QUARTER ||
		    (u == U_CENT && !pl)) && !((u == U_HOUR || u == U_MIN) &&
		    k == i && ((i > 0 && (isword(i - 1, "within") ||
		    isw(i - 1, W_FOR))) || ((i == 0 || ispn(i - 1, ',') ||
		    toks[i - 1].cap || past_ed(i - 1) ||
		    cls(i - 1, L_PAST) || (i > 1 && (isword(i - 1, "off") ||
		    isword(i - 1, "out") || isword(i - 1, "up")) &&
		    (past_ed(i - 2) || cls(i - 2, L_PAST)))) &&
		    (isword(j, "after") ||
		    isword(j, "before"))))))
			return 0;
		if (!hasnum && rel < 0 && i > 0 && (cls(i - 1, L_NUM) ||
		    isnum(i - 1)))
			return 0;
		/*
		 * six rest days, three more strike days, 11-hour duty days:
		 * counted kinds of day, no stretch
		 */
		if (!hasnum && rel < 0 && u == U_DAY && k == i && i > 1 &&
		    toks[i - 1].k == T_WORD && !toks[i - 1].cap &&
		    toks[i - 1].lx < 0 && (isnum(i - 2) ||
		    cls(i - 2, L_NUM) || isw(i - 2, W_MORE) ||
		    cls(i - 2, L_UNIT)))
			return 0;
		/*
		 * the lost days, their rest days, set days, bin days at a
		 * headline's start: kinds of day, no stretch (but "took
		 * days", "for days", "the heady days of")
		 */
		if (!hasnum && rel < 0 && u == U_DAY && pl && k == i &&
		    i > 0 && toks[i - 1].k == T_WORD && !isw(j, W_OF) &&
		    (toks[i - 1].lx < 0 || cls(i - 1, L_PAST)) &&
		    (word_in(i - 1, daykinds, NELEM(daykinds)) ||
		    (!toks[i - 1].cap && i > 1 && (isw(i - 2, W_THE) ||
		    possessive(i - 2)))))
			return 0;
		if (!hasnum && rel < 0 && ispn(j, '-') && glued(j) &&
		    (isw(j + 1, W_LONG) || isw(j + 1, W_OLD)) && !the) {
			/*
			 * decades-long, a months-long siege, a years-old
			 * slump: a stretch, where "six-year-old" is an age
			 */
			x->type = TY_DURATION;
			fmt_dur(x->val, sizeof(x->val), -1, u);
			return j + 2;
		}
		if (!hasnum && rel < 0 && ispn(j, '-'))
			return 0;
		x->type = TY_DURATION;
		if (half)
			fmt_half(x->val, sizeof(x->val), n, u);
		else
			fmt_dur(x->val, sizeof(x->val), n, u);
		/* N years old is an age */
		if (hasnum && ispn(j, '-') && glued(j) && isw(j + 1, W_OLD))
			return 0;
		if (hasnum && isw(j, W_OLD))
			return 0;
		/* a pension age of 67 and three months: an age */
		if (hasnum && u == U_MONTH && n < 12 && i > 1 &&
		    isw(i - 1, W_AND) && isbarenum(i - 2) &&
		    toks[i - 2].nd <= 2 && toks[i - 2].n >= 16 &&
		    !(i > 2 && isw(i - 3, W_BETWEEN)))
			return 0;
		/*
		 * a four-day week, a four-day working week: a schedule, no
		 * length; a day camp, a day pass: kinds of thing
		 */
		if (hasnum && u == U_DAY && j > 1 && ispn(j - 2, '-') &&
		    (isword(j, "week") || ((isword(j, "working") ||
		    isword(j, "work") || isword(j, "school")) &&
		    isword(j + 1, "week"))))
			return 0;
		if (isw(i, W_A) && n == 1 && u == U_DAY &&
		    word_in(j, daykinds, NELEM(daykinds)))
			return 0;
		if (hasnum && isw(j, W_OR) && isw(j + 1, W_SO))
			j += 2;
		if (hasnum && ispn(j, '-') && glued(j) && isw(j + 1, W_LONG))
			j += 2;
		if (hasnum && n > 0 && !half)
			j = smaller_unit(j, n, u, x);
		if (isw(i, W_A) && n == 1 && figure_rate(i))
			return 0;
		/* twice a year, three times a week: a set */
		if (isw(i, W_A) && n == 1 && i > 0 && (isw(i - 1, W_TIMES) ||
		    isw(i - 1, W_TWICE) || isw(i - 1, W_ONCE))) {
			x->type = TY_SET;
			fmt_set(x->val, sizeof(x->val), u);
		}
		return j;
	}
	if (rel < 0 && !the)
		return 0;
	/* last year, next month, this week, the following day */
	if (the && rel < 0 && !(u == U_WEEKEND && !pl))
		return 0;
	/*
	 * over the next decade: ten years ahead, not the calendar's next
	 * decade (over the next year stays the year); for the next week,
	 * over the following hour: a length (but a budget for the next
	 * year is that year)
	 */
	if (the && !hasnum && !pl && (rel == R_NEXT || rel == R_COMING ||
	    rel == R_FOLLOW) && i > 0 && !ispn(j, '\'') &&
	    ((((isw(i - 1, W_OVER) && !(i > 1 && word_in(i - 2, takers,
	    NELEM(takers)))) || isword(i - 1, "within") ||
	    isword(i - 1, "throughout")) && (u == U_DECADE || u == U_CENT ||
	    u <= U_DAY)) || (isw(i - 1, W_FOR) && u <= U_MONTH))) {
		x->type = TY_DURATION;
		fmt_dur(x->val, sizeof(x->val), 1, u);
		if (isw(j, W_OR) && isw(j + 1, W_SO)) {
			x->mod = M_APPROX;
			j += 2;
		}
		return j;
	}
	if (u == U_WEEKEND) {
		if (!need_dct(x, G_WEEK))
			return j;
		dt = dct;
		{
			long z = days(dt.y, dt.m, dt.d);
			int wd = cal_weekday(z), t;

			if (rel == R_LAST || rel == R_PAST ||
			    rel == R_THISPAST)
				z -= wd + 2;
			else if (rel == R_NEXT || rel == R_COMING)
				z += 7 - wd;
			else if (wd == 6)
				z--;	/* written on a Sunday: this weekend */
			/*
			 * told in the past, or with no cue early in the
			 * week: the one just gone (not "relief by the
			 * weekend", "the weekend should be cooler")
			 */
			else if (wd < 5 && ((t = tense(i, j)) < 0 ||
			    (wd <= 1 && t == 0 &&
			    !(i > 0 && by_until(i - 1)) &&
			    !word_in(j, maybes, NELEM(maybes)))))
				z -= wd + 2;
			from_days(z + (5 - cal_weekday(z) + 7) % 7, &dt);
			{
				int wy, wn;

				iso_week(days(dt.y, dt.m, dt.d), &wy, &wn);
				snprintf(x->val, sizeof(x->val),
				    "%04d-W%02d-WE", wy, wn);
			}
		}
		x->anchor = AN_DCT;
		x->type = TY_DATE;
		return j;
	}
	switch (rel) {
	case R_LAST:
	case R_PAST:
	case R_PREV:
	case R_THISPAST:
		if (the && (rel == R_PAST || (rel == R_LAST &&
		    u == U_HOUR))) {
			/*
			 * the past year, the last hour: a duration; not "at
			 * the last minute", which is "late"
			 */
			x->type = TY_DURATION;
			fmt_dur(x->val, sizeof(x->val), 1, u);
			return j;
		}
		if (rel == R_PREV && same_unit_told(unit_gran(u), x, &dt))
			shift(&dt, u, -1);
		else if (the || rel == R_PREV) {
			if (!base_ref(x, &dt, unit_gran(u)))
				return j;
			shift(&dt, u, -1);
		} else {
			if (!need_dct(x, unit_gran(u)))
				return j;
			dt = dct;
			x->anchor = AN_DCT;
			/* this past week on a weekend is the week ending */
			if (rel == R_THISPAST && u == U_WEEK &&
			    cal_weekday(days(dt.y, dt.m, dt.d)) >= 5)
				shift(&dt, u, 0);
			else
				shift(&dt, u, -1);
		}
		break;
	case R_NEXT:
	case R_COMING:
	case R_FOLLOW:
		if (rel == R_FOLLOW && same_unit_told(unit_gran(u), x, &dt)) {
			/* the following year after 2019 in its sentence */
		} else if (rel == R_FOLLOW || (the && rel == R_NEXT)) {
			if (!base_ref(x, &dt, unit_gran(u)))
				return j;
		} else {
			if (!need_dct(x, unit_gran(u)))
				return j;
			dt = dct;
			x->anchor = AN_DCT;
		}
		shift(&dt, u, 1);
		break;
	case R_THIS:
	case R_CURRENT:
		if (the)
			return 0;
		if (!need_dct(x, unit_gran(u)))
			return j;
		dt = dct;
		x->anchor = AN_DCT;
		shift(&dt, u, 0);
		if (u <= U_DAY)
			dt.g = G_DAY;
		break;
	case R_THAT:
	case R_SAME:
		if (rel == R_SAME && !the)
			return 0;
		/*
		 * "found guilty in November 2020 of acts from 2014 to 2017
		 * and sentenced later that month": the month told last
		 */
		if (ref.g != G_NONE && ref.g < unit_gran(u) &&
		    unit_gran(u) == G_MONTH && lastm.g >= G_MONTH) {
			dt = lastm;
			dt.g = G_MONTH;
			anchor_ref(x, &lastm);
			break;
		}
		if (ref.g == G_NONE || ref.g < unit_gran(u) ||
		    unit_gran(u) == G_WEEK) {
			/*
			 * No date that precise yet: "that year" with no year
			 * told is the DCT's; "that day" after a mere year is
			 * no date at all.
			 */
			/* that day, in a month told: a day of that month */
			if (ref.g == G_MONTH && u == U_DAY) {
				snprintf(x->val, sizeof(x->val),
				    "%04d-%02d-XX", ref.y, ref.m);
				anchor_ref(x, &ref);
				x->type = TY_DATE;
				return j;
			}
			if (ref.g != G_NONE && ref.g < unit_gran(u))
				return 0;
			if (u == U_DAY || u == U_WEEK || u == U_MONTH ||
			    u == U_YEAR) {
				if (!base_ref(x, &dt, G_YEAR))
					return j;
				shift(&dt, u, 0);
				break;
			}
			return 0;
		}
		dt = ref;
		anchor_ref(x, &ref);
		if (unit_gran(u) < dt.g) {
			if (unit_gran(u) == G_QUARTER && dt.g >= G_MONTH)
				dt.m = (dt.m - 1) / 3 + 1;
			dt.g = unit_gran(u);
		}
		break;
	default:
		return 0;
	}
	if (u <= U_HOUR)
		return 0;
	/*
	 * the same week last year: 52 weeks back, the same week number;
	 * the same month, the same day a year back
	 */
	if (rel == R_SAME && (u == U_WEEK || u == U_MONTH || u == U_DAY) &&
	    (k = year_back(j, &dctyear)) != 0) {
		int g = dt.g;

		if (g == G_WEEK) {
			from_days(days(dt.y, dt.m, dt.d) - 364, &dt);
			dt.g = g;
		} else
			add_months(&dt, -12);	/* Feb. 29 is Feb. 28 */
		j += k;
	}
	set_date(x, &dt, x->anchor);
	if (isw(j, W_OR) && isw(j + 1, W_SO))
		j += 2;		/* the next year or so */
	return j;
}

/*
 * A month or season of the story: that September, the following spring,
 * the previous summer count from the last date told, else the DCT.
 */
static size_t
story_month(size_t j, struct tx *x)
{
	struct date dt;
	int rel, pos, refpos = 0, season;
	size_t k = isw(j, W_THE) ? j + 1 : j;

	if (!cls(k, L_REL))
		return 0;
	rel = val(k, L_REL);
	if (k == j ? rel != R_THAT : rel != R_PREV && rel != R_FOLLOW)
		return 0;
	k++;
	season = cls(k, L_SEASON);
	if (!season && !(cls(k, L_MONTH) && toks[k].cap &&
	    val(k, L_MONTH) % 200 < 100))
		return 0;
	/* where in its year it lies, by the month it starts */
	pos = season ? (val(k, L_SEASON) == 3 ? 12 : 3 + 3 * val(k, L_SEASON)) :
	    val(k, L_MONTH) % 100;
	if (!base_ref(x, &dt, G_YEAR)) {
		if (season)
			snprintf(x->val, sizeof(x->val), "XXXX-%s",
			    seasons[val(k, L_SEASON)]);
		else
			snprintf(x->val, sizeof(x->val), "XXXX-%02d", pos);
		return k + 1;
	}
	if (x->anchor == AN_DCT || ref.g >= G_MONTH)
		refpos = dt.m;
	else if (ref.g == G_SEASON)
		refpos = ref.m == 3 ? 12 : 3 + 3 * ref.m;
	if (rel == R_FOLLOW && (!refpos || pos <= refpos))
		dt.y++;
	else if (rel == R_PREV && (!refpos || pos >= refpos))
		dt.y--;
	/* that winter, told of a February: the one that began in December */
	else if (rel == R_THAT && pos == 12 && season && refpos &&
	    refpos <= 2)
		dt.y--;
	dt.g = season ? G_SEASON : G_MONTH;
	dt.m = season ? val(k, L_SEASON) : pos;
	set_date(x, &dt, x->anchor);
	return k + 1;
}

/* Relative month, season or weekday: last Tuesday, next March, this fall. */
static size_t
m_relname(size_t i, struct tx *x)
{
	size_t j = i, k;
	int rel, y;
	struct date dt;

	if (isw(j, W_THE) && cls(j + 1, L_REL) &&
	    (val(j + 1, L_REL) == R_PREV || val(j + 1, L_REL) == R_FOLLOW) &&
	    cls(j + 2, L_WDAY) && toks[j + 2].cap && val(j + 2, L_WDAY) < 200) {
		/* the previous Friday, the following Monday: from the story */
		int w = val(j + 2, L_WDAY) % 100, dir;
		long z;

		dir = val(j + 1, L_REL) == R_PREV ? -1 : 1;
		if (!base_ref(x, &dt, G_DAY)) {
			snprintf(x->val, sizeof(x->val), "XXXX-WXX-%d", w + 1);
			return j + 3;
		}
		z = days(dt.y, dt.m, dt.d);
		if (dir < 0)
			z -= (cal_weekday(z) - w + 6) % 7 + 1;
		else
			z += (w - cal_weekday(z) + 6) % 7 + 1;
		from_days(z, &dt);
		set_date(x, &dt, x->anchor);
		return j + 3;
	}
	if (!cls(j, L_REL) && !isw(j, W_THE))
		return 0;
	if ((k = story_month(j, x)) != 0)
		return k;
	if (!cls(j, L_REL))
		return 0;
	rel = val(j, L_REL);
	if (rel != R_LAST && rel != R_NEXT && rel != R_THIS &&
	    rel != R_PAST && rel != R_COMING)
		return 0;
	j++;
	if (rel == R_THIS && cls(j, L_REL) && val(j, L_REL) == R_PAST) {
		rel = R_LAST;
		j++;
	} else if (rel == R_THIS && cls(j, L_REL) &&
	    val(j, L_REL) == R_COMING) {
		rel = R_NEXT;
		j++;
	}
	if (cls(j, L_WDAY) && toks[j].cap && val(j, L_WDAY) < 200) {
		int w = val(j, L_WDAY) % 100;

		if (rel == R_PAST || rel == R_COMING)
			return 0;
		r_weekday(x, w, rel == R_LAST ? -1 : 1, rel != R_THIS);
		return j + 1;
	}
	if (cls(j, L_MONTH) && toks[j].cap && val(j, L_MONTH) % 200 < 100) {
		int m = val(j, L_MONTH) % 100;

		if (!need_dct(x, G_MONTH)) {
			snprintf(x->val, sizeof(x->val), "XXXX-%02d", m);
			return j + 1;
		}
		y = dct.y;
		if (rel == R_LAST || rel == R_PAST)
			y = m < dct.m ? dct.y : dct.y - 1;
		else if (rel == R_NEXT || rel == R_COMING)
			y = m > dct.m ? dct.y : dct.y + 1;
		memset(&dt, 0, sizeof(dt));
		dt.g = G_MONTH;
		dt.y = y;
		dt.m = m;
		set_date(x, &dt, AN_DCT);
		return j + 1;
	}
	if (cls(j, L_SEASON)) {
		int s = val(j, L_SEASON);
		int cur = dct.m <= 2 ? 3 : dct.m <= 5 ? 0 : dct.m <= 8 ? 1 :
		    dct.m <= 11 ? 2 : 3;
		long z;

		if (!need_dct(x, G_SEASON)) {
			snprintf(x->val, sizeof(x->val), "XXXX-%s", seasons[s]);
			return j + 1;
		}
		/*
		 * Seasons counted in order, a winter under the year it
		 * begins (January's winter began last year): this summer
		 * is this year's, this winter the current or coming one.
		 */
		z = (long)(dct.m <= 2 ? dct.y - 1 : dct.y) * 4 + cur;
		if (rel == R_LAST || rel == R_PAST)
			z -= (cur - s + 3) % 4 + 1;
		else if (rel == R_NEXT || rel == R_COMING)
			z += (s - cur + 3) % 4 + 1;
		else
			z = (s == 3 ? z / 4 : dct.y) * 4L + s;
		y = (int)(z / 4);
		memset(&dt, 0, sizeof(dt));
		dt.g = G_SEASON;
		dt.y = y;
		dt.m = s;
		set_date(x, &dt, AN_DCT);
		return j + 1;
	}
	return 0;
}

/*
 * Did the winter told from i to j begin in the year before the DCT's?  A
 * winter goes under the year it begins: the one under way in January,
 * or told in the past from March to August, began last year; in the
 * autumn the past tense tells of the coming one (fears of tight winter
 * supplies).
 */
static int
winter_before(size_t i, size_t j)
{
	size_t k = i;

	/* since or after the winter, after a dry winter */
	while (k > 0 && (isw(k - 1, W_A) || isw(k - 1, W_THE) ||
	    (toks[k - 1].k == T_WORD && toks[k - 1].lx < 0 &&
	    !toks[k - 1].cap)) && k + 3 > i)
		k--;
	return dct.m <= 2 || (dct.m <= 8 && ((k > 0 && (isw(k - 1, W_SINCE) ||
	    isword(k - 1, "after"))) || tense(i, j) < 0));
}

/* Seasons: summer, the fall of 2019, summer 2020. */
/*
 * Summer, winter and autumn are seasons whatever stands around them, as
 * spring and fall are not: the subject (the winter was mild) and the
 * adjective (the summer window, as winter schedule starts) count; not
 * in a name (the Winter Olympics).
 */
/*
 * The word at j a plain noun that a season before it modifies (the
 * summer window, winter rains): not a clause's opener, a verb or
 * "time" (summer time is the clock's).
 */
static int
season_noun(size_t j)
{
	static const char *const not_nouns[] = {
		"time", "without", "with", "that", "which", "than", "but",
		"so", "there", "was", "were", "has", "have", "had", "will",
		"would", "could", "can", "may", "might", "should", "did",
		"does", "begins", "ends", "starts", "arrives", "approaches",
		"comes", "came", "brings", "brought", "sets", "returns",
		"hits", "lasts", "saw", "went"
	};

	return j < ntok && toks[j].k == T_WORD && !toks[j].cap &&
	    toks[j].lx < 0 && !clause_opener(j) && !suffix_ed(j) &&
	    !adverb(j) && !word_in(j, not_nouns, NELEM(not_nouns));
}

static int
plain_season(size_t i)
{
	return (isword(i, "summer") || isword(i, "winter") ||
	    isword(i, "autumn")) && !(i + 1 < ntok &&
	    toks[i + 1].k == T_WORD && toks[i + 1].cap);
}

/*
 * A season after an article or a possessive and adjectives: after a dry
 * winter and a warm spring, a hot, dry summer, the coldest winter.  Not
 * fall (a sharp fall), nor a hot spring, which is water.
 */
static int
adj_season(size_t i)
{
	size_t k = i;

	if (isword(i, "fall") || (isword(i, "spring") &&
	    isword(i - 1, "hot")))
		return 0;
	while (k > 1 && toks[k - 1].k == T_WORD && !toks[k - 1].cap &&
	    toks[k - 1].lx < 0 && !suffix_ed(k - 1)) {
		k--;
		if (ispn(k - 1, ',') && toks[k - 2].k == T_WORD &&
		    toks[k - 2].lx < 0)
			k--;	/* a hot, dry summer */
	}
	return k < i && k > 0 && (isw(k - 1, W_A) || isw(k - 1, W_THE) ||
	    possessive(k - 1));
}

static size_t
m_season(size_t i, struct tx *x)
{
	size_t j = i, k;
	int s, y;
	struct date dt;

	/* every summer, each winter: a set; every night is daily */
	if ((isw(i, W_EVERY) || isw(i, W_EACH)) && (cls(i + 1, L_SEASON) ||
	    cls(i + 1, L_POD))) {
		x->type = TY_SET;
		if (cls(i + 1, L_POD))
			snprintf(x->val, sizeof(x->val), "P1D");
		else
			snprintf(x->val, sizeof(x->val), "XXXX-%s",
			    seasons[val(i + 1, L_SEASON)]);
		return i + 2;
	}
	if (isw(j, W_THE))
		j++;
	if (!cls(j, L_SEASON))
		return 0;
	s = val(j, L_SEASON);
	j++;
	memset(&dt, 0, sizeof(dt));
	dt.g = G_SEASON;
	dt.m = s;
	if (isw(j, W_OF) && spoken_year(j + 1, &y)) {
		dt.y = y;
		set_date(x, &dt, AN_NONE);
		return spoken_year(j + 1, &y);
	}
	if (isw(j, W_OF) && year_at(j + 1, 1))
		j++;
	if ((y = year_at(j, 1)) != 0) {
		dt.y = y;
		set_date(x, &dt, AN_NONE);
		return j + 1;
	}
	/*
	 * spring next year, the summer last year, the fall of this year;
	 * not "fall next year"
	 */
	k = isw(j, W_OF) ? j + 1 : j;
	if (cls(k, L_REL) && (val(k, L_REL) == R_NEXT ||
	    val(k, L_REL) == R_LAST || val(k, L_REL) == R_THIS) &&
	    isword(k + 1, "year") && dct.g != G_NONE && (j == i + 2 ||
	    (i > 0 && (isw(i - 1, W_IN) || isw(i - 1, W_BY) ||
	    isw(i - 1, W_UNTIL) || isw(i - 1, W_SINCE) ||
	    isw(i - 1, W_DURING))))) {
		dt.y = dct.y + (val(k, L_REL) == R_NEXT) -
		    (val(k, L_REL) == R_LAST);
		set_date(x, &dt, AN_DCT);
		return k + 2;
	}
	/* the fall of the Berlin Wall, the spring of discontent */
	if (isw(j, W_OF))
		return 0;
	/*
	 * "fall" the verb, "spring" the noun: need "the" or "in", or a
	 * season before and the clause's end after ("in spring and fall,")
	 */
	if (j == i + 1 && !(i > 1 && (isw(i - 1, W_AND) || isw(i - 1, W_OR)) &&
	    cls(i - 2, L_SEASON) && (j >= ntok || toks[j].k == T_PUNCT)) &&
	    !(plain_season(i) && (season_noun(j) ||
	    (i > 0 && isw(i - 1, W_FOR)))) && !adj_season(i) &&
	    !(i > 0 && (isw(i - 1, W_IN) ||
	    (cls(i - 1, L_REL) && val(i - 1, L_REL) == R_THIS) ||
	    isw(i - 1, W_DURING) || isw(i - 1, W_UNTIL) ||
	    isw(i - 1, W_SINCE) || isw(i - 1, W_BY))))
		return 0;
	/* the summer window: "the" is the noun's */
	if (j == i + 2 && plain_season(i + 1) && season_noun(j))
		return 0;
	if (j == i + 2 && !plain_season(i + 1) && !(i > 0 && (isw(i - 1, W_IN) ||
	    isw(i - 1, W_INTO) || isw(i - 1, W_FROM) ||
	    isw(i - 1, W_DURING) || isw(i - 1, W_UNTIL) ||
	    isw(i - 1, W_SINCE) || isw(i - 1, W_BY) || isw(i - 1, W_OF) ||
	    isw(i - 1, W_ON) || isw(i - 1, W_THROUGH) ||
	    isw(i - 1, W_OVER) || (cls(i - 1, L_AGO) &&
	    val(i - 1, L_AGO) >= A_BEFORE) ||
	    /* applications for the fall; not for the fall of the city */
	    (isw(i - 1, W_FOR) && !isw(j, W_OF) && !isw(j, W_IN)))))
		return 0;
	if (!need_dct(x, G_SEASON) || habitual(i, i, j)) {
		snprintf(x->val, sizeof(x->val), "XXXX-%s", seasons[s]);
		x->type = TY_DATE;
		return j;
	}
	dt.y = dct.y;
	/*
	 * The tense picks the season told: "met since the summer" in
	 * January is last year's, "will reopen in the fall" in November
	 * next year's.
	 */
	if (s == 3 && winter_before(i, j))
		dt.y--;
	if (s != 3) {
		int since = i > 0 && isw(i - 1, W_SINCE);
		int dir = since ? -1 : tense(i, j);

		/*
		 * "opens on March 14 and crosses the country through the
		 * spring": with no tense, after a day ahead
		 */
		if (dir == 0 && later_told(i))
			dir = 1;
		/*
		 * "applications for the fall are up", "bookings for the
		 * summer were 9% ahead": what they are for
		 */
		if (dir <= 0 && i > 1 && isw(i - 1, W_FOR) &&
		    (dir == 0 || (toks[i - 2].k == T_WORD &&
		    toks[i - 2].lx < 0 && (!toks[i - 2].cap || i == 2) &&
		    text[toks[i - 2].e - 1] == 's' && !suffix_ed(i - 2))))
			dir = 1;

		/* "feared losing trade over the summer": a past cue far off */
		if (dir < 0 && !since && tense_within(i, j, 3) >= 0)
			dir = 0;
		/* "publish its findings by the spring": a deadline ahead */
		if (i > 0 && (isw(i - 1, W_BY) || isw(i - 1, W_UNTIL)) &&
		    tense_within(i, j, 3) >= 0)
			dir = 1;

		if (dir < 0 && dct.m < 3 + 3 * s)
			dt.y--;
		else if (dir > 0 && dct.m > 5 + 3 * s)
			dt.y++;
		/*
		 * with no cue, one far ahead is last year's: "hearings ran for
		 * six weeks in the autumn", told in February (but spring, told
		 * in November, is this year's: news looks back)
		 */
		else if (dir == 0 && dct.m < 3 + 3 * s &&
		    3 + 3 * s - dct.m > dct.m + 12 - (5 + 3 * s))
			dt.y--;
	}
	/* "In 2020, the market reopened after the spring lockdown" */
	if ((y = sentence_year(tense(i, j), i, x)) != 0)
		dt.y = y;
	set_date(x, &dt, y != 0 ? AN_REF : AN_DCT);
	return j;
}

/* US zones named without a season: standard or daylight by the date */
static const char *const seasonless[] = { "et", "ct", "mt", "pt" };

/*
 * A zone in words after a clock: "Eastern time", "Pacific Standard
 * Time" (offsets of the standard time), "local time" and "Baghdad time"
 * (no offset told).  Returns the token after it, or i.
 */
static size_t
zone_name(size_t i, int *zone, int *hasz)
{
	static const struct {
		const char *name;
		int off;
	} us[] = {
		{ "eastern", -300 }, { "central", -360 },
		{ "mountain", -420 }, { "pacific", -480 }
	};
	size_t j = i + 1, k;

	if (isword(j, "standard"))
		j++;
	if (!isword(j, "time") || toks[i].k != T_WORD)
		return i;
	if (isword(i, "local"))
		return j + 1;
	if (!toks[i].cap)
		return i;
	for (k = 0; k < sizeof(us) / sizeof(us[0]); k++)
		if (isword(i, us[k].name)) {
			*zone = us[k].off;
			*hasz = j == i + 1 ? 2 : 1;
			return j + 1;
		}
	return j == i + 1 ? j + 1 : i;
}

/*
 * The day a time without one falls on: the last day the document told,
 * when it is within a week of the DCT.  A past day is not one for a time
 * ahead (dir 1), nor a day ahead for a past time (dir -1).  0: the DCT's.
 */
static int
story_day(int dir, struct date *dt, struct tx *x)
{
	long z;

	if (ref.g != G_DAY)
		return 0;
	/*
	 * within a week of the DCT; or a day ahead the sentence before
	 * told ("the debate will open on Jan. 10, and the vote is
	 * expected in the evening")
	 */
	if (dct.g != G_NONE) {
		z = days(ref.y, ref.m, ref.d) - days(dct.y, dct.m, dct.d);
		if ((labs(z) > 7 && !(z > 0 && dir >= 0 && refage <= 1) &&
		    !(z < 0 && dir < 0 && refage == 1 && reftold)) ||
		    (dir > 0 && z < 0) || (dir < 0 && z > 0))
			return 0;
	}
	*dt = ref;
	anchor_ref(x, &ref);
	return 1;
}

/* The first Sunday on or after day z. */
static long
sunday_from(long z)
{
	return z + (6 - cal_weekday(z) + 7) % 7;
}

/*
 * Whether US daylight saving time is in force on a day: from the second
 * Sunday of March to the first Sunday of November since 2007, from the
 * first Sunday of April to the last Sunday of October before.
 */
static int
us_summer(int y, int m, int d)
{
	long z = days(y, m, d);

	/* the first Sunday on or after the day that can be the rule's */
	if (y >= 2007)
		return z >= sunday_from(days(y, 3, 8)) &&
		    z < sunday_from(days(y, 11, 1));
	return z >= sunday_from(days(y, 4, 1)) &&
	    z < sunday_from(days(y, 10, 25));
}

/*
 * Appends a clock and its zone to the day in x's value: a time.  A zone
 * that names no season (ET, Eastern time: hasz 2) is daylight time on a
 * summer day.
 */
static void
put_clock(struct tx *x, int h, int mi, int zone, int hasz)
{
	size_t n = strlen(x->val);
	struct date dt;

	if (hasz == 2 && n == 10 && day_of(x, &dt) &&
	    us_summer(dt.y, dt.m, dt.d))
		zone += 60;

	/* by hand, not snprintf: this is on every time found */
	if (n + 13 >= sizeof(x->val))
		return;
	x->val[n++] = 'T';
	put2(x->val + n, h);
	n += 2;
	if (mi >= 0) {
		x->val[n++] = ':';
		put2(x->val + n, mi);
		n += 2;
	}
	/* GMT and UTC too: every offset in one form, for sort and awk */
	if (hasz) {
		x->val[n++] = zone < 0 ? '-' : '+';
		put2(x->val + n, abs(zone) / 60);
		x->val[n + 2] = ':';
		put2(x->val + n + 3, abs(zone) % 60);
		n += 5;
	}
	x->val[n] = '\0';
	x->type = TY_TIME;
}

/* A word that puts a clock time after it: at, about, until, before, past. */
static int
clock_prep(size_t i)
{
	return i > 0 && (isw(i - 1, W_AT) || cls(i - 1, L_APPROX) ||
	    isw(i - 1, W_UNTIL) || isw(i - 1, W_BY) || isw(i - 1, W_SINCE) ||
	    isw(i - 1, W_FOR) ||
	    isw(i - 1, W_FROM) || isw(i - 1, W_TO) || cls(i - 1, L_AGO) ||
	    (cls(i - 1, L_REL) && val(i - 1, L_REL) == R_PAST));
}

/*
 * A clock time at i: 11:51 a.m., 5 p.m., noon, midnight, with its zone.
 * Returns the token after it, or 0.
 */
static size_t
clock_at(size_t i, int *h, int *mi, int *zone, int *hasz)
{
	size_t j = i;
	int ampm = 0;

	*mi = -1;
	*hasz = 0;
	/* noon and midnight alone need a preposition: not "High Noon" */
	if ((isw(j, W_NOON) || isw(j, W_MIDDAY) || isw(j, W_MIDNIGHT)) &&
	    !clock_prep(j) && !cls(j + 1, L_WDAY) && !cls(j + 1, L_DAYREF))
		return 0;
	if (isw(j, W_NOON) || isw(j, W_MIDDAY)) {
		*h = 12;
		*mi = 0;
		j++;
		goto zone;
	}
	if (isw(j, W_MIDNIGHT)) {
		*h = 24;
		*mi = 0;
		j++;
		goto zone;
	}
	/*
	 * $6.52, 10:35's minutes, a race's 1: 16:31; but "target time:
	 * 6:52 p.m."
	 */
	if (i > 0 && (ispn(i - 1, '$') || ((ispn(i - 1, ':') ||
	    ispn(i - 1, '.')) && (glued(i) || (i > 1 && isnum(i - 2))))))
		return 0;
	/* the 24-hour clock: 0600 GMT, 2300 hours, 1400 local time */
	if (isbarenum(j) && toks[j].nd == 4 && toks[j].n / 100 < 24 &&
	    toks[j].n % 100 < 60) {
		*h = (int)(toks[j].n / 100);
		*mi = (int)(toks[j].n % 100);
		if (isword(j + 1, "hours") || isword(j + 1, "hrs"))
			j++;
		else if (!(cls(j + 1, L_ZONE) && toks[j + 1].cap) &&
		    zone_name(j + 1, zone, hasz) == j + 1)
			return 0;
		j++;
		goto zone;
	}
	if (!isnum(j) || toks[j].nd > 2 || toks[j].n > 24)
		return 0;
	*h = (int)toks[j].n;
	if (toks[j].sfx == X_AM || toks[j].sfx == X_PM) {
		ampm = toks[j].sfx == X_AM ? 1 : 2;
		j++;
		goto ap;
	}
	if (toks[j].sfx != X_NONE)
		return 0;
	j++;
	if (ispn(j, ':') && glued(j) && isnum(j + 1) && glued(j + 1) &&
	    toks[j + 1].nd == 2 && toks[j + 1].n < 60) {
		*mi = (int)toks[j + 1].n;
		if (toks[j + 1].sfx == X_AM || toks[j + 1].sfx == X_PM)
			ampm = toks[j + 1].sfx == X_AM ? 1 : 2;
		else if (toks[j + 1].sfx != X_NONE && !suffix_is(j + 1, 'Z'))
			return 0;
		j += 2;
		if (!suffix_is(j - 1, 'Z') && ispn(j, ':') && isnum(j + 1) &&
		    glued(j + 1)) {
			j += 2;	/* seconds */
			/*
			 * "finished in 2:11:05.", "halfway split: 1:11:30": a
			 * race time, with no preposition of a clock nor an
			 * a.m., p.m. or zone after it
			 */
			if (i > 0 && (isw(i - 1, W_IN) || isw(i - 1, W_OF)) &&
			    !(j < ntok && toks[j].k == T_WORD))
				return 0;
			if (!clock_prep(i) && !suffix_is(j - 1, 'Z') &&
			    !(i > 0 && glued(i)) && !(j < ntok &&
			    toks[j].k == T_WORD && (isw(j, W_AM) ||
			    isw(j, W_PM) || cls(j, L_ZONE) ||
			    isword(j, "local") || isword(j, "a") ||
			    isword(j, "p"))))
				return 0;
		}
		/* a race time, 6:51.08 or 2:05:11.4: not a clock */
		if (ispn(j, '.') && glued(j) && isnum(j + 1) && glued(j + 1))
			return 0;
		/* 11:51:00Z, the ISO mark of UTC */
		if (suffix_is(j - 1, 'Z')) {
			*zone = 0;
			*hasz = 1;
			return j;
		}
	} else if (ispn(j, '.') && glued(j) && isnum(j + 1) && glued(j + 1) &&
	    toks[j + 1].nd == 2 && toks[j + 1].n < 60 &&
	    (toks[j + 1].sfx == X_AM || toks[j + 1].sfx == X_PM)) {
		/* 11.51am, the British way */
		*mi = (int)toks[j + 1].n;
		ampm = toks[j + 1].sfx == X_AM ? 1 : 2;
		j += 2;
	}
	if (!ampm) {
		/* a.m. p.m. am pm */
		if (j < ntok && toks[j].k == T_WORD &&
		    toks[j].e - toks[j].s == 1 && ((text[toks[j].s] | 0x20) ==
		    'a' || (text[toks[j].s] | 0x20) == 'p') &&
		    ispn(j + 1, '.') && glued(j + 1) &&
		    isword(j + 2, "m") && glued(j + 2)) {
			ampm = (text[toks[j].s] | 0x20) == 'a' ? 1 : 2;
			j += 3;
			if (ispn(j, '.') && glued(j))
				j++;
		} else if (isw(j, W_AM) || isw(j, W_PM)) {
			ampm = isw(j, W_AM) ? 1 : 2;
			j++;
		} else if (clock_prep(i) && isw(j, W_IN) && isw(j + 1, W_THE) &&
		    (isword(j + 2, "morning") || isword(j + 2, "afternoon") ||
		    isword(j + 2, "evening"))) {
			/* at 4 in the morning, until 6 in the evening */
			ampm = isword(j + 2, "morning") ? 1 : 2;
			j += 3;
		} else if (clock_prep(i) && isw(j, W_AT) &&
		    isword(j + 1, "night") && *h >= 6) {
			ampm = 2;	/* at 10 at night; not 2 at night */
			j += 2;
		} else if (*mi < 0)
			return 0;
		else if (*h > 23)
			return 0;
	}
ap:
	if (ampm && (*h < 1 || *h > 12))
		return 0;
	if (ampm == 2 && *h < 12)
		*h += 12;
	if (ampm == 1 && *h == 12)
		*h = 0;
	if (*mi < 0 && ampm)
		*mi = 0;
zone:
	if (cls(j, L_ZONE) && toks[j].e - toks[j].s >= 2 &&
	    (toks[j].cap || text[toks[j].s + 1] <= 'Z')) {
		*zone = val(j, L_ZONE);
		*hasz = word_in(j, seasonless, NELEM(seasonless)) ? 2 : 1;
		j++;
	} else
		j = zone_name(j, zone, hasz);
	return j;
}

/*
 * Easter Sunday of year y in the Gregorian calendar, as a day number:
 * the first Sunday after the ecclesiastical full moon on or after
 * March 21, by the usual arithmetic on the Metonic cycle.
 */
static long
easter(int y)
{
	int golden = y % 19, century = y / 100, yc = y % 100;
	int skipped = century / 4, lunar = (century + 8) / 25;
	int moon = (19 * golden + century - skipped -
	    (century - lunar + 1) / 3 + 15) % 30;
	int week = (32 + 2 * (century % 4) + 2 * (yc / 4) - moon -
	    yc % 4) % 7;
	int late = (golden + 11 * moon + 22 * week) / 451;
	int m = (moon + week - 7 * late + 114) / 31;
	int d = (moon + week - 7 * late + 114) % 31 + 1;

	return days(y, m, d);
}

/* Holidays: Christmas, Thanksgiving Day, Labor Day. */
static size_t
m_holiday(size_t i, struct tx *x)
{
	int v, y, m, d;
	size_t j = i + 1;
	struct date dt;
	long z;
	int rel = 0, dir, the = 0;

	/* the Memorial Day weekend: "the" only before a holiday's weekend */
	if (isw(i, W_THE) && cls(i + 1, L_HOLI)) {
		the = 1;
		i++;
		j++;
	}
	if (cls(i, L_REL) && (val(i, L_REL) == R_LAST ||
	    val(i, L_REL) == R_NEXT || val(i, L_REL) == R_THIS) &&
	    cls(i + 1, L_HOLI)) {
		rel = val(i, L_REL) == R_LAST ? -1 : val(i, L_REL) == R_NEXT;
		i++;
		j++;
	}
	if (!cls(i, L_HOLI) || (!toks[i].cap && !(val(i, L_HOLI) == H_LEAP &&
	    isword(j, "day"))))
		return 0;
	v = val(i, L_HOLI);
	if (v == H_NEWYEAR) {
		/* New Year's Day, New Year's Eve; not the Lunar New Year */
		if (!isword(j, "year") || !toks[j].cap || (i > 0 &&
		    (isword(i - 1, "lunar") || isword(i - 1, "chinese"))))
			return 0;
		j++;
		if (genitive(j) && glued(j + 1))
			j += 2;
		v = isword(j, "eve") ? 1231 : 101;
		if (isword(j, "day") || isword(j, "eve"))
			j++;
	} else if (v == H_EASTER) {
		if (cls(j, L_WDAY) && toks[j].cap && (val(j, L_WDAY) == 6 ||
		    val(j, L_WDAY) == 0))
			j++;	/* Easter Sunday, Easter Monday */
		else if (j < ntok && toks[j].k == T_WORD && (toks[j].cap ||
		    isword(j, "egg") || isword(j, "eggs")))
			return 0;	/* Easter Island, Easter eggs */
	} else if (v == H_GOODFRI || v == H_BLACKFRI || v == H_CYBERMON) {
		/* Good Friday, Black Friday, Cyber Monday */
		if (!cls(j, L_WDAY) || !toks[j].cap ||
		    val(j, L_WDAY) != (v == H_CYBERMON ? 0 : 4))
			return 0;
		j++;
	} else if ((v < 0 && v != H_THANKS) || v == 704 || v == 1226 ||
	    v == 214 || v == 1111) {
		/* Independence Day, Boxing Day, Valentine's Day */
		if (genitive(j) && glued(j + 1))
			j += 2;
		if (!isword(j, "day"))
			return 0;
		j++;
	} else if (isword(j, "day") || isword(j, "eve"))
		j++;
	if (v == 1225 && isword(j - 1, "eve"))
		v = 1224;
	m = v > 0 ? v / 100 : v == H_THANKS || v == H_ELECTION ||
	    v == H_BLACKFRI || v == H_CYBERMON ? 11 :
	    v == H_LABOR ? 9 : v == H_EASTER || v == H_GOODFRI ? 4 :
	    v == H_LEAP ? 2 : 5;
	if ((y = year_at(j, 1)) != 0)
		j++;
	else {
		if (!need_dct(x, G_DAY)) {
			if (v > 0)
				snprintf(x->val, sizeof(x->val),
				    "XXXX-%02d-%02d", m, v % 100);
			return j;
		}
		dir = rel ? rel : tense(i, j);
		y = year_for(m, v > 0 ? v % 100 : 20, dir, 0);
		/* leap day: the leap year the tense points to, or nearest */
		while (v == H_LEAP && !cal_valid(y, 2, 29))
			y += dir < 0 || (dir == 0 && y % 4 == 1) ? -1 : 1;
		x->anchor = AN_DCT;
	}
	if (v > 0)
		d = v % 100;
	else if (v == H_LEAP)
		d = 29;
	else if (v == H_THANKS || v == H_BLACKFRI || v == H_CYBERMON) {
		/* the fourth Thursday of November, and the days after it */
		z = days(y, 11, 1);
		z += (3 - cal_weekday(z) + 7) % 7 + 21 +
		    (v == H_BLACKFRI ? 1 : v == H_CYBERMON ? 4 : 0);
		from_days(z, &dt);
		m = dt.m;
		d = dt.d;
	} else if (v == H_LABOR) {
		z = days(y, 9, 1);
		d = 1 + (7 - cal_weekday(z)) % 7;
	} else if (v == H_ELECTION) {
		/* the Tuesday after the first Monday of November */
		z = days(y, 11, 2);
		d = 2 + (1 - cal_weekday(z) + 7) % 7;
	} else if (v == H_EASTER || v == H_GOODFRI) {
		z = easter(y) + (v == H_GOODFRI ? -2 : cls(j - 1, L_WDAY) &&
		    val(j - 1, L_WDAY) == 0);
		from_days(z, &dt);
		m = dt.m;
		d = dt.d;
	} else {
		z = days(y, 5, 31);
		d = 31 - cal_weekday(z);
	}
	memset(&dt, 0, sizeof(dt));
	dt.g = G_DAY;
	dt.y = y;
	dt.m = m;
	dt.d = d;
	/*
	 * a holiday's weekend: the one before a Monday or Tuesday holiday,
	 * else the one it falls in or that follows it (Thanksgiving weekend)
	 */
	if (isword(j, "weekend") && !(ispn(j + 1, '-') && glued(j + 1))) {
		z = days(y, m, d);
		z += cal_weekday(z) <= 1 ? -2 - cal_weekday(z) :
		    5 - cal_weekday(z);
		from_days(z, &dt);
		dt.g = G_WEEK;
		fmt_date(x->val, sizeof(x->val), &dt);
		strcat(x->val, "-WE");
		x->type = TY_DATE;
		return j + 1;
	}
	if (the)
		return 0;
	set_date(x, &dt, x->anchor);
	return j;
}

/*
 * Saturday, April 25; Thursday (Jan. 5); Sun January 5, 2020: the date at
 * j of weekday w.  A year not told is the one near the DCT in which the
 * day is that weekday.
 */
static size_t
wday_date(size_t j, int w, struct tx *z)
{
	static const int near[] = { 0, 1, -1 };
	size_t k = ispn(j, ',') || ispn(j, '(') ? j + 1 : j, n;
	struct date dt;
	int y;

	tx_init(z);
	if (!cls(k, L_MONTH) || (k = m_calendar(k, z, 1)) == 0 ||
	    !day_of(z, &dt))
		return 0;
	if (ispn(j, '(')) {
		if (!ispn(k, ')'))
			return 0;
		k++;
	}
	if (z->anchor == AN_DCT && cal_weekday(days(dt.y, dt.m, dt.d)) != w)
		for (n = 0; n < NELEM(near); n++) {
			y = dct.y + near[n];
			if (cal_valid(y, dt.m, dt.d) &&
			    cal_weekday(days(y, dt.m, dt.d)) == w) {
				dt.y = y;
				fmt_date(z->val, sizeof(z->val), &dt);
				break;
			}
		}
	return k;
}

/*
 * A day named at i: today, yesterday, Friday, Jan. 5.  Fills dt.  The
 * expression starts at s, and its cues decide a weekday's direction.
 */
static size_t
day_at(size_t s, size_t i, struct date *dt, struct tx *x)
{
	struct tx y;
	size_t j;

	tx_init(&y);
	/* today, yesterday; tonight after an hour (10 p.m. tonight) */
	if (cls(i, L_DAYREF) && (val(i, L_DAYREF) != 2 || s < i)) {
		if (dct.g == G_NONE)
			return 0;
		from_days(days(dct.y, dct.m, dct.d) + (val(i, L_DAYREF) ==
		    2 ? 0 : val(i, L_DAYREF)), dt);
		x->anchor = AN_DCT;
		return i + 1;
	}
	/* 2 p.m. that day, 7:41 p.m. that night: the day the story told */
	if (s < i && isthat(i) &&
	    (isword(i + 1, "day") || cls(i + 1, L_POD)) && ref.g == G_DAY) {
		*dt = ref;
		anchor_ref(x, &ref);
		return i + 2;
	}
	/* 7:20 a.m. the next day: the day after the one the story told */
	if (s < i && isw(i, W_THE) && cls(i + 1, L_REL) &&
	    (val(i + 1, L_REL) == R_NEXT || val(i + 1, L_REL) == R_FOLLOW) &&
	    isword(i + 2, "day")) {
		if (!base_ref(x, dt, G_DAY) || dt->g != G_DAY)
			return 0;
		from_days(days(dt->y, dt->m, dt->d) + 1, dt);
		return i + 3;
	}
	/* 3 a.m. next Sunday, 9 p.m. last Friday */
	if (s < i && cls(i, L_REL) && (val(i, L_REL) == R_NEXT ||
	    val(i, L_REL) == R_LAST || val(i, L_REL) == R_THIS) &&
	    cls(i + 1, L_WDAY) && toks[i + 1].cap && val(i + 1, L_WDAY) < 200 &&
	    dct.g != G_NONE && (j = m_relname(i, &y)) != 0 && day_of(&y, dt)) {
		x->anchor = y.anchor;
		return j;
	}
	/*
	 * at noon on the Saturday, 8:30 a.m. that Monday: the weekday the
	 * story tells
	 */
	if ((isw(i, W_THE) || (s < i && isthat(i))) && cls(i + 1, L_WDAY) &&
	    toks[i + 1].cap && val(i + 1, L_WDAY) < 100)
		i++;
	if (cls(i, L_WDAY) && toks[i].cap) {
		int abbr = val(i, L_WDAY) >= 100;
		struct tx z;
		size_t k;

		j = i + 1;
		if (abbr && ispn(j, '.') && glued(j))
			j++;
		/* Tuesday, Jan. 7: the date says */
		if ((k = wday_date(j, val(i, L_WDAY) % 100, &z)) != 0 &&
		    day_of(&z, dt)) {
			wddated[val(i, L_WDAY) % 100] = *dt;
			x->anchor = z.anchor;
			memcpy(x->ref, z.ref, sizeof(x->ref));
			return k;
		}
		if (dct.g == G_NONE || (abbr && j == i + 1) ||
		    val(i, L_WDAY) >= 200)
			return 0;
		weekday_day(&y, val(i, L_WDAY) % 100, s, i + 1);
		x->anchor = y.anchor;
		memcpy(x->ref, y.ref, sizeof(x->ref));
		day_of(&y, dt);
		return j;
	}
	if ((cls(i, L_MONTH) || cls(i, L_HOLI)) && toks[i].cap) {
		struct tx z;

		tx_init(&z);
		if ((j = cls(i, L_MONTH) ? m_calendar(i, &z, 1) :
		    m_holiday(i, &z)) != 0 && day_of(&z, dt)) {
			x->anchor = z.anchor;
			memcpy(x->ref, z.ref, sizeof(x->ref));
			return j;
		}
	}
	return 0;
}

/*
 * A bare time at hour h told after an evening one (the day lastday,
 * hour lasth), in the small hours: a live blog or a narrative past
 * midnight (11:50 p.m., then 12:40 a.m.) has moved to the next day, and
 * stays there.
 */
static void
past_midnight(struct date *dt, int h, const struct date *lastday, int lasth)
{
	long d, last;

	if (dt->g != G_DAY || lastday->g != G_DAY)
		return;
	d = days(dt->y, dt->m, dt->d);
	last = days(lastday->y, lastday->m, lastday->d);
	/* "began at midnight on Sunday ... by 6 a.m.": Monday morning */
	if ((last == d && lasth >= 18 && (h < 6 || (lasth == 24 && h < 12))) ||
	    (last == d + 1 && lasth < 6 && h >= lasth && h < 12))
		from_days(d + 1, dt);
}

/*
 * A morning hour told after a night in its sentence is the next day's:
 * "Monday night was the warmest, with London above 25C until about 6
 * a.m."
 */
static void
after_night(struct date *dt, int h)
{
	const char *v;
	struct date night;

	if (nfound == 0 || h >= 12 || dt->g != G_DAY)
		return;
	v = found[nfound - 1].val;
	if (strlen(v) != 13 || strcmp(v + 10, "TNI") != 0 ||
	    !cal_parse_iso(v, 10, &night.y, &night.m, &night.d) ||
	    night.y != dt->y || night.m != dt->m || night.d != dt->d)
		return;
	from_days(days(dt->y, dt->m, dt->d) + 1, dt);
}

/*
 * The day of a range of times told after its end: "from 9 p.m. to 11:40
 * p.m. on Aug. 3" is all Aug. 3.  The first time ends before token j.
 */
static int
range_day(size_t j, struct date *dt, struct tx *x)
{
	size_t k;
	int h, mi, zone = 0, hasz;

	if (!(isw(j, W_TO) || isw(j, W_UNTIL) || isw(j, W_AND) ||
	    (ispn(j, '-') && glued(j))) ||
	    (k = clock_at(j + 1, &h, &mi, &zone, &hasz)) == 0)
		return 0;
	if (ispn(k, ','))
		k++;
	if (isw(k, W_ON))
		k++;
	return day_at(j + 1, k, dt, x) != 0;
}

/*
 * The day ahead the sentence told before a time without one, in a
 * clause that does not look back: "Polling day is Thursday, March 17,
 * when polling stations will be open from 7 a.m."  The time is [i, j).
 */
static int
sentence_day(size_t i, size_t j, struct date *dt, struct tx *x)
{
	if (!day_ahead_told(dt) || tense(i, j) < 0)
		return 0;
	anchor_ref(x, dt);
	return 1;
}

/*
 * "Overnight" at i as an adverb of time: before a mark or a preposition
 * (born overnight, in 14 hours), not before a noun (an overnight stay),
 * a day it names the night of (overnight Tuesday), nor after a verb of
 * sudden change (none of it happened overnight).
 */
static int
overnight(size_t i)
{
	static const char *const after[] = {
		"in", "and", "but", "as", "after", "before", "while", "when",
		"with", "from", "at", "to", "amid", "despite", "near", "across",
		"off", "for", "by", "because", "so"
	};
	static const char *const sudden[] = {
		"happen", "happens", "happened", "change", "changes",
		"changed", "not", "overnight"
	};

	if (!phrase_end(i + 1) && !word_in(i + 1, after, NELEM(after)))
		return 0;
	return !(i > 0 && word_in(i - 1, sudden, NELEM(sudden)));
}

/*
 * The day of a part of the day that ends before token j: the day told
 * after it (mid-afternoon yesterday, in the morning on Friday), else the
 * story's (by the tense of [i, j) if by_tense), else the DCT.  Fills dt;
 * returns the end of the expression.
 */
static size_t
pod_day(size_t i, size_t j, int by_tense, struct date *dt, struct tx *x)
{
	size_t k;

	if ((k = day_at(i, isw(j, W_ON) ? j + 1 : j, dt, x)) != 0)
		return k;
	/*
	 * "struck at 11:52 p.m. on Friday, Sept. 8. Rescuers dug through
	 * the night": the day the sentence before told, however far back
	 */
	/* not a day ahead for "shares were higher in midafternoon" */
	if (!by_tense && ref.g == G_DAY && dct.g != G_NONE &&
	    tense(i, j) * (days(ref.y, ref.m, ref.d) -
	    days(dct.y, dct.m, dct.d)) < 0)
		by_tense = 1;
	if (!by_tense && ref.g == G_DAY && refage <= 1) {
		*dt = ref;
		anchor_ref(x, &ref);
		return j;
	}
	if (!story_day(by_tense ? tense(i, j) : 0, dt, x)) {
		*dt = dct;
		x->anchor = AN_DCT;
	}
	return j;
}

/*
 * A blog stamp's gloss in brackets before its dash, at i: "9:30 a.m. ET
 * (1430 GMT) - Wall Street opens".
 */
static int
stamp_gloss(size_t i)
{
	size_t k;

	if (!ispn(i, '('))
		return 0;
	for (k = i + 1; k < ntok && k < i + 6; k++)
		if (ispn(k, ')'))
			return ispn(k + 1, '-');
	return 0;
}

/* Times: 11:51 a.m. ET, 5 p.m. Friday, Friday morning, last night, tonight. */
static size_t
m_time(size_t i, struct tx *x)
{
	size_t j, k;
	int h, mi, zone = 0, hasz, pod = -1;
	struct date dt;

	memset(&dt, 0, sizeof(dt));
	if ((j = clock_at(i, &h, &mi, &zone, &hasz)) != 0) {
		k = j;
		if (ispn(k, ','))
			k++;
		if (isw(k, W_ON))
			k++;
		x->anchor = AN_DCT;
		if ((k = day_at(i, k, &dt, x)) != 0)
			j = k;
		/*
		 * "roads close from 5 a.m. for Sunday's marathon": that day,
		 * but not in the time's extent
		 */
		else if (isw(j, W_FOR) && cls(j + 1, L_WDAY) &&
		    genitive(j + 2) &&
		    day_at(i, j + 1, &dt, x) != 0)
			;
		else if (i == 0 && dct.g != G_NONE && (ispn(j, '-') ||
		    stamp_gloss(j))) {
			/*
			 * "8:45 p.m. - The bureau warns...": a live blog's
			 * stamp follows the stamps before it, not the story's
			 * days
			 */
			x->stamp = 1;
			dt = dct;
			if (laststamp.g == G_DAY) {
				dt = laststamp;
				anchor_ref(x, &laststamp);
				past_midnight(&dt, h, &laststamp, laststamp_h);
			}
		} else if (!range_day(j, &dt, x) && !sentence_day(i, j, &dt, x)) {
			int dir = tense(i, j);

			/*
			 * "will face Spain on Sunday evening after both won on
			 * Wednesday night. The final starts at 8:30 p.m.": the
			 * day ahead the sentence before told
			 */
			if (dir >= 0 && aheadprev.g == G_DAY &&
			    ref.g == G_DAY && days(ref.y, ref.m, ref.d) <
			    days(dct.y, dct.m, dct.d)) {
				dt = aheadprev;
				anchor_ref(x, &dt);
			} else if (!story_day(dir, &dt, x)) {
				if (dct.g != G_NONE)
					dt = dct;
				else
					dt.g = G_NONE;
			}
			past_midnight(&dt, h, &lastclock, lastclock_h);
			after_night(&dt, h);
			/* "since midnight": the one just past */
			if (h == 24 && i > 0 && isw(i - 1, W_SINCE) &&
			    dt.g == G_DAY)
				from_days(days(dt.y, dt.m, dt.d) - 1, &dt);
		}
		if (dt.g == G_NONE)
			snprintf(x->val, sizeof(x->val), "XXXX-XX-XX");
		else
			fmt_date(x->val, sizeof(x->val), &dt);
		put_clock(x, h, mi, zone, hasz);
		return j;
	}
	/* [Friday|yesterday|this|last|tomorrow] morning/afternoon/night */
	j = i;
	if (cls(j, L_DAYREF) && val(j, L_DAYREF) == 2) {
		pod = 3;
		j++;
		dt = dct;
		x->anchor = AN_DCT;
		goto pod;
	}
	/*
	 * "twin cubs were born overnight", told the next morning: the night
	 * just past; "temperatures will fall overnight": the coming one
	 */
	if (isw(j, W_OVERNIGHT) && overnight(j)) {
		pod = 3;
		j++;
		dt = dct;
		x->anchor = AN_DCT;
		/* "begin at 8 p.m. on Tuesday and spread east overnight" */
		if (day_ahead_told(&dt))
			anchor_ref(x, &dt);
		else if (dct.g != G_NONE && tense(i, j) <= 0)
			from_days(days(dct.y, dct.m, dct.d) - 1, &dt);
		else
			dt = dct;
		goto pod;
	}
	/*
	 * at dawn, before daybreak, after dusk, dawn on Monday, in
	 * midafternoon: a morning, an afternoon or an evening of the story's
	 * day or the day told after it
	 */
	if (cls(j, L_POD) && (isword(j, "dawn") || isword(j, "daybreak") ||
	    isword(j, "dusk") || isword(j, "nightfall") ||
	    isword(j, "midmorning") || isword(j, "midafternoon")) && j > 0 &&
	    (isw(j - 1, W_AT) || isw(j - 1, W_BY) || isw(j - 1, W_UNTIL) ||
	    isw(j - 1, W_IN) || isw(j - 1, W_DURING) ||
	    isw(j - 1, W_FROM) || isword(j - 1, "before") ||
	    isword(j - 1, "after") || isword(j - 1, "around"))) {
		pod = val(j, L_POD);
		j = pod_day(i, j + 1, 0, &dt, x);
		goto pod;
	}
	/*
	 * in the morning, until the evening, mid-afternoon, by early
	 * afternoon, in the late evening: a part of the story's day
	 */
	if (isw(j, W_THE) && cls(j + 1, L_MODW) && cls(j + 2, L_POD) &&
	    j > 0 && (isw(j - 1, W_IN) || isw(j - 1, W_DURING)))
		j++;
	if (cls(j, L_MODW) && (val(j, L_MODW) == 1 || val(j, L_MODW) == 3) &&
	    cls(j + 1, L_POD) && !isw(j + 2, W_OF)) {
		x->mod = val(j, L_MODW) == 1 ? M_START : M_END;
		pod = val(j + 1, L_POD);
		j = pod_day(i, j + 2, 1, &dt, x);
		goto pod;
	}
	/* late in the afternoon, early in the morning: the same */
	if (cls(j, L_MODW) && (val(j, L_MODW) == 1 || val(j, L_MODW) == 3) &&
	    isw(j + 1, W_IN) && isw(j + 2, W_THE) && cls(j + 3, L_POD) &&
	    val(j + 3, L_POD) < 3 && !isw(j + 4, W_OF)) {
		x->mod = val(j, L_MODW) == 1 ? M_START : M_END;
		pod = val(j + 3, L_POD);
		j = pod_day(i, j + 4, 1, &dt, x);
		goto pod;
	}
	if ((isw(j, W_THE) && cls(j + 1, L_POD) && j > 0 &&
	    ((val(j + 1, L_POD) < 3 && (isw(j - 1, W_IN) ||
	    isw(j - 1, W_DURING) || isw(j - 1, W_UNTIL) ||
	    isw(j - 1, W_THROUGH) || isw(j - 1, W_SINCE))) ||
	    (val(j + 1, L_POD) == 3 && isw(j - 1, W_THROUGH))) &&
	    !isw(j + 2, W_OF)) || (isword(j, "mid") && (cls(j + 1, L_POD) ||
	    (ispn(j + 1, '-') && glued(j + 1) && cls(j + 2, L_POD))))) {
		j += ispn(j + 1, '-') ? 2 : 1;
		pod = val(j, L_POD);
		k = j + 1;
		j = pod_day(i, j + 1, 0, &dt, x);
		/*
		 * "after talks that ran through the night", told that day:
		 * the night just past (not "the night on Tuesday")
		 */
		if (pod == 3 && j == k && dct.g != G_NONE && dt.g == G_DAY &&
		    days(dt.y, dt.m, dt.d) == days(dct.y, dct.m, dct.d) &&
		    tense(i, j) < 0)
			from_days(days(dct.y, dct.m, dct.d) - 1, &dt);
		goto pod;
	}
	/* the evening of Thursday, May 21; the night of June 20 */
	if (isw(j, W_THE) && cls(j + 1, L_POD) && isw(j + 2, W_OF) &&
	    (k = day_at(i, j + 3, &dt, x)) != 0) {
		pod = val(j + 1, L_POD);
		j = k;
		goto pod;
	}
	/*
	 * the next morning, the following night, that evening, the same
	 * evening, that same night
	 */
	if ((isw(j, W_THE) || isthat(j)) &&
	    isword(j + 1, "same") && cls(j + 2, L_POD)) {
		pod = val(j + 2, L_POD);
		j += 3;
		if (!base_ref(x, &dt, G_DAY) || dt.g != G_DAY)
			return 0;
		goto pod;
	}
	if ((isw(j, W_THE) && cls(j + 1, L_REL) && (val(j + 1, L_REL) ==
	    R_NEXT || val(j + 1, L_REL) == R_FOLLOW) && cls(j + 2, L_POD)) ||
	    (cls(j, L_REL) && val(j, L_REL) == R_THAT && cls(j + 1, L_POD))) {
		int next = isw(j, W_THE);

		j += next ? 2 : 1;
		pod = val(j, L_POD);
		j++;
		if (!base_ref(x, &dt, G_DAY) || dt.g != G_DAY)
			return 0;
		if (next)
			from_days(days(dt.y, dt.m, dt.d) + 1, &dt);
		goto pod;
	}
	if (cls(j, L_REL) && (val(j, L_REL) == R_THIS ||
	    val(j, L_REL) == R_LAST) && cls(j + 1, L_POD)) {
		pod = val(j + 1, L_POD);
		if (val(j, L_REL) == R_LAST && pod != 3)
			return 0;
		if (dct.g != G_NONE)
			from_days(days(dct.y, dct.m, dct.d) -
			    (val(j, L_REL) == R_LAST), &dt);
		x->anchor = AN_DCT;
		j += 2;
		goto pod;
	}
	/* Friday morning: only worth the weekday's tense if a part follows */
	if (!cls(j, L_WDAY) && !cls(j, L_MONTH) && !cls(j, L_HOLI) &&
	    !cls(j, L_DAYREF))
		return 0;
	for (k = j + 1; k < ntok && k < j + 8 && !cls(k, L_POD); k++)
		;
	if (k < ntok && k < j + 8 && (k = day_at(j, j, &dt, x)) != 0 &&
	    cls(k, L_POD)) {
		pod = val(k, L_POD);
		j = k + 1;
		goto pod;
	}
	return 0;
pod:
	if (dct.g == G_NONE && x->anchor == AN_DCT)
		snprintf(x->val, sizeof(x->val), "XXXX-XX-XXT%s", pods[pod]);
	else {
		fmt_date(x->val, sizeof(x->val), &dt);
		strncat(x->val, "T", sizeof(x->val) - strlen(x->val) - 1);
		strncat(x->val, pods[pod], sizeof(x->val) - strlen(x->val) - 1);
	}
	x->type = TY_TIME;
	return j;
}

/* Nouns of a change measured over a period: the first monthly drop. */
static const char *const measures[] = {
	"drop", "rise", "fall", "gain", "loss", "decline", "increase",
	"change"
};

/*
 * "daily" and "weekly" as nouns are newspapers: the daily said, the
 * Istanbul daily Hurriyet, Kookmin Daily, according to the daily.
 */
static int
periodical(size_t i)
{
	static const char *const says[] = {
		"said", "says", "reported", "reports", "wrote", "writes",
		"quoted", "published", "added", "cited", "claimed", "carried"
	};
	static const char *const papers[] = {
		"business", "news", "financial", "economic", "sports",
		"party", "official", "local", "regional", "national",
		"leading", "popular", "influential", "tabloid", "evening",
		"morning", "conservative", "liberal", "independent"
	};
	static const char *const auxes[] = {
		"will", "would", "are", "were", "have", "had", "can", "could",
		"should", "may", "might", "must", "show", "showed"
	};
	size_t k;
	int name = 0;

	if (toks[i].cap && i > 0 && !ispn(i - 1, '.') && !ispn(i - 1, '"'))
		return 1;
	if (toks[i + 1].k == T_WORD && toks[i + 1].cap &&
	    !cls(i + 1, L_WDAY) && !cls(i + 1, L_MONTH))
		return 1;
	/* not "the weekly reports would continue": a noun before its verb */
	if (word_in(i + 1, says, NELEM(says)) && !(isword(i + 1, "reports") &&
	    word_in(i + 2, auxes, NELEM(auxes))))
		return 1;
	if (!(i + 1 >= ntok || (toks[i + 1].k == T_PUNCT &&
	    strchr(".,;:)", toks[i + 1].c) != NULL) || isw(i + 1, W_IN) ||
	    isw(i + 1, W_AND) || isw(i + 1, W_OR) || isword(i + 1, "that")))
		return 0;
	/*
	 * the daily; the Mainichi Shimbun daily, a leading business daily,
	 * the national news weekly: after an article, a name or words that
	 * say what paper it is (not "land on the island daily")
	 */
	for (k = i; k > 0 && i - k < 4; k--) {
		if (isw(k - 1, W_THE) || isw(k - 1, W_A))
			return k == i || name;
		if (toks[k - 1].k != T_WORD || toks[k - 1].lx >= 0)
			return 0;
		name |= toks[k - 1].cap || word_in(k - 1, papers,
		    NELEM(papers));
	}
	return 0;
}

/* Adverbs of a habit; the first four say what usually happens. */
static const char *const habit_adverbs[] = {
	"usually", "typically", "normally", "generally", "traditionally",
	"customarily", "ordinarily", "routinely", "regularly", "rarely",
	"seldom"
};

/*
 * Where the sentence first tells a habit, and of what kind: 2 for one
 * of a year or more or in words ("twice a year", "every three years",
 * "each autumn", "cases usually peak"), 1 for a shorter one ("weekly",
 * "every other day").  The first in [from, to), or to.
 */
static size_t
habit_cue(size_t from, size_t to, int *kind)
{
	size_t i, j, k;
	long n;
	int u = U_YEAR, pl;

	for (i = from; i < to; i++) {
		if (toks[i].k != T_WORD)
			continue;
		/* not "rarely-used"; all but "seldom" end in -ly */
		if (toks[i].lx < 0 && (text[toks[i].e - 1] == 'y' ||
		    text[toks[i].e - 1] == 'm') &&
		    word_in(i, habit_adverbs, NELEM(habit_adverbs)) &&
		    !(ispn(i + 1, '-') &&
		    glued(i + 1)))
			break;
		/* every year, each autumn, every other day, every three years */
		if (isw(i, W_EVERY) || isw(i, W_EACH)) {
			j = isword(i + 1, "other") ? i + 2 : i + 1;
			if ((k = number(j, &n)) != 0 && unit(k, &u, &pl))
				break;
			if (unit(j, &u, &pl) || cls(j, L_WDAY)) {
				if (cls(j, L_WDAY))
					u = U_DAY;
				break;
			}
			if (cls(j, L_MONTH) || cls(j, L_SEASON) ||
			    isword(j, "season")) {
				u = U_YEAR;
				break;
			}
		}
		/* "the tourist season runs from May to October": each year's */
		if (isword(i, "season") && (isword(i + 1, "runs") ||
		    isword(i + 1, "lasts") || isword(i + 1, "starts") ||
		    isword(i + 1, "begins") || isword(i + 1, "ends")))
			break;
		/* twice a year, three times a week */
		if ((isw(i, W_A) || isw(i, W_PER)) && i > 0 &&
		    (isw(i - 1, W_TWICE) || isw(i - 1, W_ONCE) ||
		    isw(i - 1, W_TIMES)) && unit(i + 1, &u, &pl) && !pl)
			break;
		/* weekly from June, annually: not a daily paper, daily flights */
		if (cls(i, L_SETW) && val(i, L_SETW) % 200 < 100 &&
		    !periodical(i) && !(i + 1 < ntok &&
		    toks[i + 1].k == T_WORD && !toks[i + 1].cap &&
		    toks[i + 1].lx < 0)) {
			u = val(i, L_SETW) % 200 & 15;
			break;
		}
		u = U_YEAR;
	}
	*kind = unit_gran(u) <= G_YEAR ? 2 : 1;
	return i;
}

/*
 * Is the bare month or season at [i, j) any year's, told in a habit:
 * "publishes figures weekly from June to September", "cases usually
 * peak in the winter"?  k is where its words start (the end of, early).
 * Not a bound of the habit ("daily since February", "every other week
 * from September", "until the end of June"), nor after a shorter habit
 * told in the past or ahead ("seized each month from July to
 * September"), nor past a report's verb ("..., the company said, after
 * the driest July") or the end of the habit's clause ("meets every other
 * month, and results for April to June will be published").
 */
static int
habitual(size_t k, size_t i, size_t j)
{
	size_t c, t;
	int kind;

	/* the sentence is read for cues only as far as needed */
	if (habit_at == SIZE_MAX && habit_from < k) {
		if ((c = habit_cue(habit_from, k, &habit_kind)) < k)
			habit_at = c;
		habit_from = k;
	}
	if (habit_at >= k)
		return 0;
	/*
	 * a bound of a habit is a date (patrolled daily since February),
	 * but not of what usually happens (the season usually lasts until
	 * October)
	 */
	if (k > 0 && !word_in(habit_at, habit_adverbs, 4) &&
	    (isw(k - 1, W_SINCE) ||
	    isw(k - 1, W_UNTIL) ||
	    isw(k - 1, W_THROUGH) || isw(k - 1, W_BY) ||
	    isw(k - 1, W_INTO) || isw(k - 1, W_FROM)) &&
	    !(isw(k - 1, W_FROM) && (isw(j, W_TO) || isw(j, W_THROUGH) ||
	    isw(j, W_UNTIL))) &&
	    !(k > 1 && (cls(k - 2, L_MONTH) || cls(k - 2, L_SEASON))))
		return 0;
	/* the last cue before k whose clause reaches it */
	kind = habit_kind;
	for (c = habit_at, t = c + 1; t < k; t++)
		if (reporting(t) || ispn(t, ';') || (ispn(t, ',') &&
		    (isw(t + 1, W_AND) || isword(t + 1, "but")))) {
			if ((c = habit_cue(t + 1, k, &kind)) >= k)
				return 0;
			t = c;
		}
	/*
	 * "in summer", "in winter": any year's by its form; a shorter habit
	 * told ahead is a plan ("will run twice a day from December to
	 * February")
	 */
	return kind == 2 || cls(i, L_SEASON) || tense_within(i, j, 30) == 0;
}

/* "Full-year" at i, the adjective: a full-year profit. */
static int
full_year(size_t i)
{
	return isword(i, "full") && ispn(i + 1, '-') && glued(i + 1) &&
	    glued(i + 2) && cls(i + 2, L_UNIT) && val(i + 2, L_UNIT) == U_YEAR;
}

/*
 * "Half-year" at i, the adjective before a noun: half-year profit; not a
 * length (a half-year, the half-year to June 30).
 */
static int
half_year(size_t i)
{
	return isw(i, W_HALF) && ispn(i + 1, '-') && glued(i + 1) &&
	    glued(i + 2) && cls(i + 2, L_UNIT) &&
	    val(i + 2, L_UNIT) == U_YEAR && !(i > 0 && (isw(i - 1, W_A) ||
	    isw(i - 1, W_THE) || isnum(i - 1) || ispn(i - 1, '-'))) &&
	    i + 3 < ntok &&
	    toks[i + 3].k == T_WORD && toks[i + 3].lx < 0;
}

/*
 * A noun of an occasion after the adjective at i, maybe after one word
 * that says whose: the annual meeting, the annual shareholder meeting,
 * quarterly support payments; not a measure (annual sales, a quarterly
 * dividend) nor a name (the annual March for Life).
 */
static int
occasion_after(size_t i)
{
	static const char *const nouns[] = {
		"meeting", "meetings", "conference", "convention", "congress",
		"summit", "session", "sitting", "gathering", "forum",
		"assembly", "report", "reports", "review", "reviews",
		"revision", "survey", "audit", "inspection", "festival",
		"fair", "parade", "parades", "pilgrimage", "visit", "event",
		"celebration", "ceremony", "exhibition", "address", "speech",
		"briefing", "lecture", "payment", "payments", "update",
		"updates", "statement", "day", "checkup", "exam"
	};
	size_t k = i + 1;

	if (k + 1 < ntok && toks[k].k == T_WORD && !toks[k].cap &&
	    toks[k].lx < 0 && !word_in(k, nouns, NELEM(nouns)))
		k++;
	return k < ntok && toks[k].k == T_WORD && !toks[k].cap &&
	    word_in(k, nouns, NELEM(nouns));
}

/* Everything else at one token: now, recently, daily, tonight, today. */
static size_t
m_word(size_t i, struct tx *x)
{
	/* verbs of a market's day or week: ended the week firmer */
	static const char *const ends[] = {
		"ended", "ends", "ending", "closed", "closes", "finished",
		"began", "begins", "started", "starts", "opened", "opens"
	};
	size_t j = i, e;
	struct date dt;

	if (cls(i, L_VAGUE)) {
		static const char *v[] = { "PRESENT_REF", "PAST_REF",
			"FUTURE_REF" };

		/* "for now", "until now", "from now on": no point in time */
		if (i > 0 && (isw(i - 1, W_FROM) || isword(i - 1, "than")))
			return 0;
		/*
		 * "as recently as early February", "most recently in 2004":
		 * the date's, not a time
		 */
		if (i > 0 && ((isword(i - 1, "as") && isword(i + 1, "as")) ||
		    (isword(i - 1, "most") && val(i, L_VAGUE) == V_PAST)))
			return 0;
		/* "Now, he says, ...": a turn of the argument, not a time */
		if (isword(i, "now") && ispn(i + 1, ',') && (i == 0 ||
		    ispn(i - 1, '"') || ispn(i - 1, '\'')))
			return 0;
		/* a constant shorter than val: no snprintf on this path */
		memcpy(x->val, v[val(i, L_VAGUE)],
		    strlen(v[val(i, L_VAGUE)]) + 1);
		x->type = TY_DATE;
		return i + 1;
	}
	if (isword(i, "right") && isword(i + 1, "now")) {
		snprintf(x->val, sizeof(x->val), "PRESENT_REF");
		x->type = TY_DATE;
		return i + 2;
	}
	if (cls(i, L_SETW)) {
		int u = val(i, L_SETW);

		/*
		 * "annual" is an adjective of kind, and so is "quarterly"
		 * before a noun (a quarterly dividend, annual sales); after a
		 * verb it is a set (publishes its figures quarterly, reports
		 * sales quarterly from this year), and so are both before an
		 * occasion (the annual meeting, quarterly payments)
		 */
		if (u >= 200 && (i + 1 >= ntok || toks[i + 1].k == T_PUNCT ||
		    isw(i + 1, W_AND) || isw(i + 1, W_OR) ||
		    isw(i + 1, W_FROM) || isw(i + 1, W_SINCE) ||
		    isw(i + 1, W_UNTIL) || isword(i + 1, "instead")))
			u -= 200;
		if (u >= 100 && occasion_after(i))
			u %= 100;
		if (u >= 100)
			return 0;
		if (periodical(i) || figure_rate(i))
			return 0;
		/*
		 * "average weekly hours", "the first monthly drop": a
		 * measure, not how often; but "the twice-yearly change"
		 */
		if (i + 1 < ntok && ((cls(i + 1, L_UNIT) &&
		    (val(i + 1, L_UNIT) & 16) &&
		    ((val(i + 1, L_UNIT) & 15) == U_HOUR ||
		    (val(i + 1, L_UNIT) & 15) == U_MIN)) ||
		    (word_in(i + 1, measures, NELEM(measures)) &&
		    !(ispn(i - 1, '-') && glued(i - 1)))))
			return 0;
		x->type = TY_SET;
		fmt_set(x->val, sizeof(x->val), u);
		return i + 1;
	}
	if (cls(i, L_DAYREF)) {
		int v = val(i, L_DAYREF);

		if (v == 2)
			return 0;
		if (!need_dct(x, G_DAY))
			return i + 1;
		from_days(days(dct.y, dct.m, dct.d) + v, &dt);
		set_date(x, &dt, AN_DCT);
		return i + 1;
	}
	/* the past, the future, in future */
	if (isw(j, W_THE))
		j++;
	/* the near future, the future; not the future king */
	if (j > i && (isword(j, "near") ||
	    isword(j, "distant")) && isw(j + 1, W_FUTURE))
		j++;
	if (isw(j, W_FUTURE) && !cls(j + 1, L_UNIT) && !isw(j + 1, W_OF) &&
	    (j > i || (i > 0 && (isw(i - 1, W_IN) || isw(i - 1, W_FOR)))) &&
	    !(j + 1 < ntok && toks[j + 1].k == T_WORD && toks[j + 1].lx < 0 &&
	    !toks[j + 1].cap && !pronoun(j + 1) && !clause_opener(j + 1))) {
		snprintf(x->val, sizeof(x->val), "FUTURE_REF");
		x->type = TY_DATE;
		return j + 1;
	}
	if (j > i && cls(j, L_REL) && val(j, L_REL) == R_PAST &&
	    (j + 1 >= ntok || toks[j + 1].k == T_PUNCT || isw(j + 1, W_AND) ||
	    isw(j + 1, W_OR) || cls(j + 1, L_FUT) || cls(j + 1, L_PAST) ||
	    cls(j + 1, L_PRES) || (i > 0 && isw(i - 1, W_IN)))) {
		snprintf(x->val, sizeof(x->val), "PAST_REF");
		x->type = TY_DATE;
		return j + 1;
	}
	/* not the accountant's "current account", "current assets" */
	if (j == i && cls(j, L_REL) && val(j, L_REL) == R_CURRENT &&
	    j + 1 < ntok && toks[j + 1].k == T_WORD && !cls(j + 1, L_UNIT) &&
	    !cls(j + 1, L_W) && !isword(j + 1, "account") &&
	    !isword(j + 1, "accounts") && !isword(j + 1, "assets") &&
	    !isword(j + 1, "liabilities")) {
		snprintf(x->val, sizeof(x->val), "PRESENT_REF");
		x->type = TY_DATE;
		return j + 1;
	}
	if (isw(i, W_THESE) && isword(i + 1, "days")) {
		snprintf(x->val, sizeof(x->val), "PRESENT_REF");
		x->type = TY_DATE;
		return i + 2;
	}
	/* the nineties: the decade of the twentieth century */
	if (isw(i, W_THE) && isw(i + 1, W_DECADE)) {
		static const char *tens[] = { "twenties", "thirties",
			"forties", "fifties", "sixties", "seventies",
			"eighties", "nineties" };
		int t;

		for (t = 0; t < 8; t++)
			if (isword(i + 1, tens[t]))
				break;
		memset(&dt, 0, sizeof(dt));
		dt.g = G_DEC;
		dt.y = 1920 + 10 * t;
		set_date(x, &dt, AN_NONE);
		return i + 2;
	}
	/*
	 * in the day, for the week, ended the week firmer, up 5.2% for the
	 * month, rose 0.4% in the month, or on the month, at a clause's end:
	 * the day, week or month of the story
	 */
	if (isw(i, W_THE) && cls(i + 1, L_UNIT) && !(val(i + 1, L_UNIT) & 16) &&
	    (val(i + 1, L_UNIT) == U_DAY || val(i + 1, L_UNIT) == U_WEEK ||
	    (val(i + 1, L_UNIT) == U_MONTH && (!isw(i - 1, W_IN) ||
	    phrase_end(i + 2) || isw(i + 2, W_AND)))) &&
	    !(ispn(i + 2, '-') && glued(i + 2)) &&
	    i > 0 && (isw(i - 1, W_IN) || isw(i - 1, W_FOR) ||
	    (isw(i - 1, W_ON) && val(i + 1, L_UNIT) == U_MONTH &&
	    (phrase_end(i + 2) || isw(i + 2, W_AND))) ||
	    isw(i - 1, W_DURING) || word_in(i - 1, ends, NELEM(ends)) ||
	    genitive(i + 2)) &&
	    !isw(i + 2, W_OF) && !cls(i + 2, L_AGO)) {
		int u = val(i + 1, L_UNIT);
		long back = (long)(dct.y - reportm.y) * 12 + dct.m - reportm.m;

		/*
		 * "inflation eased to 3.1% in January from 3.6% in December;
		 * core prices rose 0.4% in the month": in or on the month is
		 * the latest month named before the DCT's, the report's, when
		 * it is one of the three before
		 */
		if (u == U_MONTH && (isw(i - 1, W_IN) || isw(i - 1, W_ON))) {
			if (reportm.g == G_NONE || back > 3)
				return 0;
			set_date(x, &reportm, AN_REF);
			anchor_ref(x, &reportm);
			return i + 2;
		}
		if (!base_ref(x, &dt, unit_gran(u)))
			return i + 2;
		if (u == U_WEEK)
			dt.g = G_WEEK;
		else if (u == U_MONTH)
			dt.g = G_MONTH;
		set_date(x, &dt, x->anchor);
		return i + 2;
	}
	/* fiscal 1989, fiscal year 1989, FY2025, FY25 */
	if (isw(i, W_FISCAL)) {
		int y;

		j = i + 1;
		if (cls(j, L_UNIT) && val(j, L_UNIT) == U_YEAR)
			j++;
		y = year_at(j, 1);
		if (!y && isword(i, "fy") && isbarenum(j) && glued(j) &&
		    toks[j].nd == 2)
			y = 2000 + (int)toks[j].n;
		if (y != 0) {
			memset(&dt, 0, sizeof(dt));
			dt.g = G_YEAR;
			dt.y = y;
			set_date(x, &dt, AN_NONE);
			return j + 1;
		}
	}
	/*
	 * the new (fiscal) year: the coming one told in the second half of a
	 * year, else the DCT's ("the new year began with ..." in January)
	 */
	e = isw(i + 2, W_FISCAL) ? i + 3 : i + 2;
	if (isw(i, W_THE) && isword(i + 1, "new") && !toks[i + 1].cap &&
	    cls(e, L_UNIT) && (val(e, L_UNIT) == U_YEAR ||
	    (val(e, L_UNIT) == U_WEEK && e == i + 2)) &&
	    !isw(e + 1, W_OF) && !ispn(e + 1, '\'') && !(e + 1 < ntok &&
	    toks[e + 1].k == T_WORD && !toks[e + 1].cap &&
	    toks[e + 1].lx < 0 && !isword(e + 1, "with") &&
	    !clause_opener(e + 1))) {
		if (!need_dct(x, val(e, L_UNIT) == U_YEAR ? G_YEAR : G_WEEK))
			return e + 1;
		dt = dct;
		if (val(e, L_UNIT) == U_WEEK) {
			/* the new week: the coming one, told at a weekend */
			long z = days(dct.y, dct.m, dct.d);

			if (cal_weekday(z) >= 5)
				from_days(z + 7 - cal_weekday(z), &dt);
			dt.g = G_WEEK;
		} else {
			memset(&dt, 0, sizeof(dt));
			dt.g = G_YEAR;
			dt.y = dct.y + (dct.m >= 7);
		}
		set_date(x, &dt, AN_DCT);
		return e + 1;
	}
	/* the year 2000, the year two thousand */
	if (isw(i, W_THE) && cls(i + 1, L_UNIT) && val(i + 1, L_UNIT) ==
	    U_YEAR) {
		int y;

		size_t k;

		if ((y = year_at(i + 2, 1)) != 0) {
			memset(&dt, 0, sizeof(dt));
			dt.g = G_YEAR;
			dt.y = y;
			set_date(x, &dt, AN_NONE);
			return i + 3;
		}
		if ((k = spoken_year(i + 2, &y)) != 0) {
			memset(&dt, 0, sizeof(dt));
			dt.g = G_YEAR;
			dt.y = y;
			set_date(x, &dt, AN_NONE);
			return k;
		}
	}
	/*
	 * the year ended March 31, the year to March, the fiscal year
	 * starting July 1: a year long; the
	 * year, the fiscal year, the full year alone: this one ("a high
	 * for the year")
	 */
	/* a full-year profit: the year, as the full year is */
	if (full_year(i)) {
		if (!need_dct(x, G_YEAR))
			return i + 3;
		memset(&dt, 0, sizeof(dt));
		dt.g = G_YEAR;
		dt.y = dct.y - (dct.m <= 3 && tense(i, i + 3) < 0);
		set_date(x, &dt, AN_DCT);
		return i + 3;
	}
	/* the latest half ended by the DCT: reported after it ends */
	if (half_year(i)) {
		if (!need_dct(x, G_HALF))
			return i + 3;
		memset(&dt, 0, sizeof(dt));
		dt.g = G_HALF;
		dt.y = dct.m >= 7 ? dct.y : dct.y - 1;
		dt.m = dct.m >= 7 ? 1 : 2;
		set_date(x, &dt, AN_DCT);
		return i + 3;
	}
	j = i + 1;
	if (isw(i, W_THE) && (isw(j, W_FISCAL) || isword(j, "full") ||
	    isword(j, "current") || isword(j, "entire") || isword(j, "whole")))
		j++;
	if (isword(j - 1, "current") && isw(j, W_FISCAL))
		j++;
	/* every night of the year, each day of the year: no year told */
	if (isw(i, W_THE) && i > 2 && isw(i - 1, W_OF) && (cls(i - 2, L_UNIT) ||
	    cls(i - 2, L_POD)) &&
	    (isw(i - 3, W_EVERY) || isw(i - 3, W_EACH)))
		return 0;
	if (isw(i, W_THE) && cls(j, L_UNIT) && val(j, L_UNIT) == U_YEAR &&
	    !ispn(j + 1, '-') && !ispn(j + 1, '\'') && !isnum(j + 1) &&
	    !cls(j + 1, L_AGO)) {
		if (!isword(j + 1, "ended") && !isword(j + 1, "ending") &&
		    !((isword(j + 1, "starting") ||
		    isword(j + 1, "beginning")) && cls(j + 2, L_MONTH)) &&
		    !isword(i - 1, "throughout") && !((isw(j + 1, W_TO) ||
		    isw(j + 1, W_THROUGH)) && cls(j + 2, L_MONTH) &&
		    toks[j + 2].cap)) {
			if (!need_dct(x, G_YEAR))
				return j + 1;
			memset(&dt, 0, sizeof(dt));
			dt.g = G_YEAR;
			dt.y = dct.y;
			/*
			 * "reported that profit for the full year rose", told
			 * in the first quarter: the year just ended
			 */
			if (isword(i + 1, "full") && dct.m <= 3 &&
			    tense(i, j + 1) < 0)
				dt.y--;
			set_date(x, &dt, AN_DCT);
			return j + 1;
		}
		x->type = TY_DURATION;
		snprintf(x->val, sizeof(x->val), "P1Y");
		return j + 1;
	}
	/* "today is the eighth day of the siege", "it's the second day": now */
	if (isw(i, W_THE) && (cls(i + 1, L_ORD) || (isnum(i + 1) &&
	    toks[i + 1].sfx == X_ORD)) && isword(i + 2, "day") &&
	    i > 0 && (isword(i - 1, "is") || (isword(i - 1, "s") &&
	    ispn(i - 2, '\''))) && dct.g != G_NONE) {
		set_date(x, &dct, AN_DCT);
		return i + 3;
	}
	/* "the best film of the decade": this one */
	if (isw(i, W_THE) && cls(i + 1, L_UNIT) &&
	    val(i + 1, L_UNIT) == U_DECADE && !ispn(i + 2, '-') &&
	    !ispn(i + 2, '\'') && !isnum(i + 2) && !cls(i + 2, L_AGO) &&
	    !isw(i + 2, W_SINCE) && !isw(i + 2, W_OF) && dct.g != G_NONE) {
		memset(&dt, 0, sizeof(dt));
		dt.g = G_DEC;
		dt.y = dct.y;
		set_date(x, &dt, AN_DCT);
		return i + 2;
	}
	/* year-end, year end, year's end */
	j = 0;
	if (isword(i, "year") && ispn(i + 1, '-') && glued(i + 1) &&
	    isword(i + 2, "end") && glued(i + 2))
		j = i + 3;
	else if (isword(i, "year") && isword(i + 1, "end"))
		j = i + 2;
	else if (isword(i, "year") && genitive(i + 1) && isword(i + 3, "end"))
		j = i + 4;
	/* year-to-date, year to date: this year so far */
	else if (isword(i, "year") && isw(i + 1 + ispn(i + 1, '-'), W_TO) &&
	    isword(i + 2 + 2 * ispn(i + 1, '-'), "date"))
		j = i + 3 + 2 * ispn(i + 1, '-');
	if (j) {
		if (!need_dct(x, G_YEAR))
			return j;
		memset(&dt, 0, sizeof(dt));
		dt.g = G_YEAR;
		dt.y = dct.y;
		set_date(x, &dt, AN_DCT);
		if (!isword(j - 1, "date"))
			x->mod = M_END;
		return j;
	}
	/* the near term, the short term, the long term: ahead */
	if (isw(i, W_THE) && (isword(i + 1, "near") || isword(i + 1, "short") ||
	    isword(i + 1, "long")) && isword(i + 2, "term")) {
		snprintf(x->val, sizeof(x->val), "FUTURE_REF");
		x->type = TY_DATE;
		return i + 3;
	}
	return 0;
}

/* Weekdays alone, after "on", with "every", plural as a set. */
/*
 * A capitalized word at j that makes the word before it part of a name:
 * a newspaper's (the Sunday Times, the Mail on Sunday is not one) or a
 * town's (Friday Harbor).
 */
static int
in_name(size_t j)
{
	static const char *const names[] = {
		"times", "telegraph", "mirror", "mail", "post", "express",
		"herald", "tribune", "independent", "observer", "star",
		"sport", "people", "punch", "harbor", "harbour"
	};

	return j < ntok && toks[j].cap && word_in(j, names, NELEM(names));
}

static size_t
m_weekday(size_t i, struct tx *x)
{
	size_t j = i, e;
	int w, every = 0;
	struct tx z;

	if (isw(j, W_EVERY) || isw(j, W_EACH)) {
		every = 1;
		j++;
	}
	if (!cls(j, L_WDAY) || !toks[j].cap)
		return 0;
	w = val(j, L_WDAY);
	if (w >= 100) {
		if (!(ispn(j + 1, '.') && glued(j + 1)) && w < 200)
			return 0;
		j += ispn(j + 1, '.') && glued(j + 1);
	}
	j++;
	/* Saturday, April 25: the date says which Saturday */
	if ((e = wday_date(j, w % 100, &z)) != 0) {
		*x = z;
		if (!day_of(&z, &wddated[w % 100]))
			wddated[w % 100].g = G_NONE;
		return e;
	}
	if (w >= 200 || (w >= 100 && every))
		return 0;	/* the Sun., every Sat. */
	if (in_name(j))
		return 0;	/* the Sunday Times, Friday Harbor */
	/*
	 * every Sunday; "falls on a Thursday" is no Thursday in particular,
	 * but "after a Monday meeting" is that meeting's
	 */
	/* every Wednesday and Thursday: both */
	if (!every && i > 2 && (isw(i - 1, W_AND) || isw(i - 1, W_OR)) &&
	    cls(i - 2, L_WDAY) && (isw(i - 3, W_EVERY) || isw(i - 3, W_EACH)))
		every = 1;
	if (every || (i > 0 && isw(i - 1, W_A) && !(j < ntok &&
	    toks[j].k == T_WORD && !toks[j].cap && toks[j].lx < 0 &&
	    !pronoun(j)))) {
		x->type = every ? TY_SET : TY_DATE;
		snprintf(x->val, sizeof(x->val), "XXXX-WXX-%d", w % 100 + 1);
		return j;
	}
	weekday_day(x, w % 100, i, j);
	return j;
}

/* Sets: twice a year, once a month, three times a week. */
static size_t
m_freq(size_t i, struct tx *x)
{
	size_t j = i, k;
	long n;
	int u, pl;

	/* on Sundays: every Sunday */
	if (cls(i, L_WDAYS) && toks[i].cap) {
		x->type = TY_SET;
		snprintf(x->val, sizeof(x->val), "XXXX-WXX-%d",
		    val(i, L_WDAYS) + 1);
		return i + 1;
	}
	/* once or twice a year, two or three times a week: from the first */
	if ((isw(j, W_TWICE) || isw(j, W_ONCE)) && isw(j + 1, W_OR))
		j += 2;
	else if ((k = number(j, &n)) != 0 && isw(k, W_OR) &&
	    !isw(k + 1, W_SO))
		j = k + 1;
	if (isw(j, W_TWICE) || isw(j, W_ONCE))
		j++;
	else if ((j = number(j, &n)) != 0 && isw(j, W_TIMES))
		j++;
	else if (j != 0 && n > 1 && ispn(j, '-') && glued(j) &&
	    cls(j + 1, L_SETW) && val(j + 1, L_SETW) < 32) {
		/* five-yearly, two-weekly */
		x->type = TY_SET;
		fmt_dur(x->val, sizeof(x->val), n, val(j + 1, L_SETW));
		return j + 2;
	} else
		return 0;
	if ((isw(j, W_A) || isw(j, W_PER) || isw(j, W_EVERY) ||
	    isw(j, W_EACH)) && unit(j + 1, &u, &pl) && !pl) {
		x->type = TY_SET;
		if (val(j + 1, L_UNIT) & 32)
			fmt_dur(x->val, sizeof(x->val), 2, U_WEEK);
		else
			fmt_set(x->val, sizeof(x->val), u);
		return j + 2;
	}
	return 0;
}

/* The rules worth trying at i, by what the token is: bits of match(). */
enum {
	R_TIME = 1, R_UNIT = 2, R_RELN = 4, R_QUAR = 8, R_SEAS = 16,
	R_HOLI = 32, R_WDAY = 64, R_WORD = 128, R_FREQ = 256, R_THEQ = 512,
	R_YAGO = 1024, R_CAL = 2048
};

static unsigned
rulemask(size_t i)
{
	const struct lexent *l;

	if (toks[i].k == T_NUM)
		return R_TIME | R_UNIT | R_FREQ | R_CAL;
	if (toks[i].lx < 0)
		return R_QUAR;
	l = &lexicon[toks[i].lx];
	switch (l->c1) {
	case L_MONTH:
		return R_CAL;
	case L_WDAY:
		return R_TIME | R_WDAY;
	case L_UNIT:
		/* "second" is an ordinal too: second-quarter results */
		return R_UNIT | R_WORD | R_YAGO |
		    (l->c2 == L_ORD ? R_QUAR | R_CAL : 0);
	case L_NUM: case L_TENS:
		return R_UNIT | R_FREQ | R_CAL;
	case L_ORD:
		return R_QUAR | R_UNIT | R_CAL;
	case L_SEASON:
		return R_SEAS;
	case L_WDAYS:
		return R_FREQ;
	case L_DAYREF:
		return R_TIME | R_WORD;
	case L_REL:
		/* last year's quarter */
		return R_UNIT | R_RELN | R_TIME | R_QUAR | R_WORD | R_HOLI |
		    (l->v1 == R_LAST ? R_THEQ : 0);
	case L_VAGUE: case L_SETW:
		return R_WORD;
	case L_APPROX:
		/* around 1450 BC */
		return R_UNIT | (isnum(i + 1) ? R_CAL : 0);
	case L_HOLI:
		return R_HOLI | R_TIME;	/* Christmas morning */
	case L_AGO:
		return 0;
	case L_POD:	/* at dawn; other parts of the day need a word before */
		return R_TIME;
	case L_MODW:
		return R_TIME;
	case L_W:
		switch (l->v1) {
		case W_THE:
			return R_UNIT | R_QUAR | R_SEAS | R_WORD | R_THEQ |
			    R_TIME | R_RELN;
		case W_FEW: case W_SEVERAL: case W_MANY:
			return R_UNIT | R_FREQ;	/* several times a year */
		case W_A:
			return isw(i + 1, W_FEW) ? R_UNIT | R_FREQ : R_UNIT;
		case W_PER: case W_DOZEN: case W_MORE: case W_LESS: case W_AT:
		case W_UP: case W_NO: case W_UNDER: case W_OVER:
			return R_UNIT;
		case W_EVERY: case W_EACH:
			return R_UNIT | R_WDAY | R_CAL | R_SEAS;
		case W_NOON: case W_MIDNIGHT: case W_MIDDAY: case W_OVERNIGHT:
			return R_TIME;
		case W_FISCAL:
			return R_WORD | R_QUAR;
		case W_TWICE: case W_ONCE:
			return R_FREQ;
		case W_THESE: case W_FUTURE: case W_RIGHT: case W_LATEST:
			return R_WORD;
		case W_COUPLE:
			return R_UNIT;
		}
		break;
	}
	return ~0U;
}

/*
 * The day an ordinal at o names in the period x holds (a year, half,
 * quarter or month): "first Sunday" or "last day" when w is the weekday
 * or "day".  Rewrites x's value; 0 when x is no such period or the day
 * falls outside it.
 */
static int
nth_day(size_t o, size_t w, struct tx *x)
{
	const char *v = x->val;
	size_t n = strlen(v);
	int y, m0 = 1, m1 = 12, nth;
	long first, last, z;
	struct date dt;

	if (n < 4 || !ISDG(v[0]) || !ISDG(v[1]) || !ISDG(v[2]) ||
	    !ISDG(v[3]))
		return 0;
	y = atoi(v);
	if (n == 7 && ISDG(v[5]) && ISDG(v[6]))
		m0 = m1 = atoi(v + 5);
	else if (n == 7 && v[5] == 'Q' && v[6] >= '1' && v[6] <= '4')
		m1 = (m0 = (v[6] - '1') * 3 + 1) + 2;
	else if (n == 7 && v[5] == 'H' && (v[6] == '1' || v[6] == '2'))
		m1 = (m0 = (v[6] - '1') * 6 + 1) + 5;
	else if (n != 4)
		return 0;
	nth = cls(o, L_ORD) && !isword(o, "final") ? val(o, L_ORD) : 0;
	first = days(y, m0, 1);
	last = days(y, m1, cal_days_in_month(y, m1));
	if (cls(w, L_WDAY)) {
		int wd = val(w, L_WDAY) % 100;

		z = nth ? first + (wd - cal_weekday(first) + 7) % 7 +
		    7 * (nth - 1) : last - (cal_weekday(last) - wd + 7) % 7;
	} else
		z = nth ? first + nth - 1 : last;
	if (z > last)
		return 0;
	from_days(z, &dt);
	fmt_date(x->val, sizeof(x->val), &dt);
	return 1;
}

/*
 * A quarter the story named that had ended by the DCT: the one "the
 * quarter" means, a fiscal one by its number ("the fiscal first quarter
 * ... the quarter ended Sept. 29"); not the current quarter.
 */
static int
quarter_told(void)
{
	return lastq.g == G_QUARTER && dct.g != G_NONE &&
	    lastq.y * 4 + lastq.m < dct.y * 4 + (dct.m - 1) / 3 + 1;
}

/*
 * "the week to July 24", "the week ended Friday", "the quarter ended
 * Sept. 29": the week or calendar quarter its end falls in, a quarter
 * only when it ends in a calendar quarter's last month and the story
 * named no quarter that had ended.  The end is an
 * expression of its own, as TimeML has it ("the year ended Sept. 30":
 * the year, P1Y, and Sept. 30).
 */
static size_t
m_week_to(size_t i, struct tx *x)
{
	size_t k = i + 2;
	int u, pl;
	struct tx end;
	struct date dt;

	if (!isw(i, W_THE) || !unit(i + 1, &u, &pl) || pl ||
	    (u != U_WEEK && u != U_QUARTER) || !(isw(k, W_TO) ||
	    isword(k, "ending") || isword(k, "ended")))
		return 0;
	k++;
	if (isw(k, W_ON))
		k++;
	tx_init(&end);
	if (match(k, &end) == 0 || end.mod || !day_of(&end, &dt) ||
	    (u == U_QUARTER && (dt.m % 3 != 0 || quarter_told())))
		return 0;
	*x = end;
	if (u == U_WEEK)
		dt.g = G_WEEK;
	else
		shift(&dt, U_QUARTER, 0);
	fmt_date(x->val, sizeof(x->val), &dt);
	return i + 2;
}

/* Try rule at i: if it ends past e, it is the best so far. */
static size_t
try_rule(size_t (*rule)(size_t, struct tx *), size_t i, size_t e,
    struct tx *best)
{
	struct tx x;
	size_t k;

	tx_init(&x);
	if ((k = rule(i, &x)) > e) {
		*best = x;
		return k;
	}
	return e;
}

/*
 * Try every rule at i; keep the longest, the first of equals.  Called
 * one by one, not from a table, so that each call is a direct one.
 */
static size_t
match(size_t i, struct tx *best)
{
	struct tx x;
	size_t e = 0, k, m;
	int mod = M_NONE, u, pl;
	unsigned mask = rulemask(i);
	struct date day;

	/* before the week alone, which it refines */
	if (isw(i, W_THE))
		e = try_rule(m_week_to, i, e, best);
	if (isw(i, W_THE) && cls(i + 1, L_HOLI))
		e = try_rule(m_holiday, i, e, best);
	if (mask & R_TIME)
		e = try_rule(m_time, i, e, best);
	if (mask & R_UNIT)
		e = try_rule(m_unit, i, e, best);
	if (mask & R_RELN)
		e = try_rule(m_relname, i, e, best);
	if (mask & R_QUAR)
		e = try_rule(m_quarter, i, e, best);
	if (mask & R_SEAS)
		e = try_rule(m_season, i, e, best);
	if (mask & R_HOLI)
		e = try_rule(m_holiday, i, e, best);
	if (mask & R_WDAY)
		e = try_rule(m_weekday, i, e, best);
	if (mask & R_WORD)
		e = try_rule(m_word, i, e, best);
	if (mask & R_FREQ)
		e = try_rule(m_freq, i, e, best);
	if (mask & R_THEQ)
		e = try_rule(m_thequarter, i, e, best);
	if (mask & R_YAGO)
		e = try_rule(m_yearago, i, e, best);
	tx_init(&x);
	if ((mask & R_CAL) && (k = m_calendar(i, &x, 0)) > e) {
		e = k;
		*best = x;
	}
	/* early January, mid-2019, the end of 1990, late this year */
	if ((m = modifier(i, &mod)) != 0) {
		tx_init(&x);
		if ((k = m_calendar(m, &x, 1)) == 0) {
			tx_init(&x);
			if ((k = m_unit(m, &x)) != 0 && x.type != TY_DATE)
				k = 0;
		}
		if (k == 0) {
			tx_init(&x);
			k = m_relname(m, &x);
		}
		/*
		 * the end of the year, the middle of the month, the end of
		 * the decade, a headline's end of year: the DCT's
		 */
		u = isw(m, W_THE) ? (int)m + 1 : m > 0 && isw(m - 1, W_OF) ?
		    (int)m : -1;
		if (k == 0 && u >= 0 && cls((size_t)u, L_UNIT) &&
		    (val((size_t)u, L_UNIT) == U_YEAR ||
		    val((size_t)u, L_UNIT) == U_MONTH ||
		    val((size_t)u, L_UNIT) == U_WEEK ||
		    val((size_t)u, L_UNIT) == U_DECADE ||
		    val((size_t)u, L_UNIT) == U_CENT) && dct.g != G_NONE) {
			struct date dt = dct;

			tx_init(&x);
			shift(&dt, val((size_t)u, L_UNIT), 0);
			set_date(&x, &dt, AN_DCT);
			/*
			 * "reopened the channel on Feb. 16 ... by the end of
			 * the month, the demand had fallen", told in March:
			 * in the past, the month the story told
			 */
			if (val((size_t)u, L_UNIT) == U_MONTH &&
			    lastm.g >= G_MONTH && lastm.y * 12 + lastm.m <
			    dct.y * 12 + dct.m && tense(i, (size_t)u + 1) < 0) {
				dt = lastm;
				dt.g = G_MONTH;
				set_date(&x, &dt, AN_REF);
				anchor_ref(&x, &lastm);
			}
			k = (size_t)u + 1;
		}
		/* mid-century: the DCT's */
		if (k == 0 && cls(m, L_UNIT) && val(m, L_UNIT) == U_CENT &&
		    dct.g != G_NONE) {
			struct date dt = dct;

			tx_init(&x);
			dt.g = G_CENT;
			dt.y = dct.y / 100 * 100;
			set_date(&x, &dt, AN_DCT);
			k = m + 1;
		}
		if (k == 0) {
			tx_init(&x);
			k = m_season(m, &x);
		}
		if (k == 0 && cls(m, L_SEASON) && dct.g != G_NONE) {
			/* early summer: this year's; late winter by its tense */
			struct date dt;

			memset(&dt, 0, sizeof(dt));
			tx_init(&x);
			dt.g = G_SEASON;
			dt.m = val(m, L_SEASON);
			dt.y = dct.y - (dt.m == 3 && winter_before(i, m + 1));
			set_date(&x, &dt, AN_DCT);
			k = m + 1;
		}
		if (k == 0) {
			tx_init(&x);
			k = m_quarter(m, &x);
		}
		/* the end of fiscal 2020 */
		if (k == 0 && isw(m, W_FISCAL)) {
			tx_init(&x);
			k = m_word(m, &x);
		}
		if (k > e && x.type == TY_DATE && x.val[0] != 'P') {
			e = k;
			x.mod = mod;
			*best = x;
		}
	}
	/* earlier this year, later this month, later that year */
	if (e == 0 && cls(i, L_AGO) && (val(i, L_AGO) == A_EARLIER ||
	    val(i, L_AGO) == A_LATER) && cls(i + 1, L_REL) &&
	    (val(i + 1, L_REL) == R_THIS || val(i + 1, L_REL) == R_THAT)) {
		tx_init(&x);
		if ((k = m_unit(i + 1, &x)) != 0 && x.type == TY_DATE) {
			e = k;
			*best = x;
		}
	}
	/* "on a Thursday we might see 300": any Thursday, "a" and all */
	if (e == 0 && isw(i, W_A) && cls(i + 1, L_WDAY) && !cls(i + 2, L_POD)) {
		tx_init(&x);
		if ((k = m_weekday(i + 1, &x)) != 0 &&
		    strncmp(x.val, "XXXX-WXX-", 9) == 0) {
			e = k;
			*best = x;
		}
	}
	/* late yesterday, early Tuesday, earlier Sunday */
	if (e == 0 && (cls(i, L_MODW) || cls(i, L_AGO)) &&
	    (cls(i + 1, L_DAYREF) || (cls(i + 1, L_WDAY) && toks[i + 1].cap &&
	    cls(i, L_MODW)))) {
		int v = cls(i, L_MODW) ? val(i, L_MODW) : 0;

		tx_init(&x);
		if ((k = m_time(i + 1, &x)) == 0) {
			tx_init(&x);
			if ((k = m_word(i + 1, &x)) == 0) {
				tx_init(&x);
				k = m_weekday(i + 1, &x);
			}
		}
		if (k != 0 && (cls(i, L_AGO) ? val(i, L_AGO) == A_EARLIER ||
		    val(i, L_AGO) == A_LATER : v == 1 || v == 3)) {
			e = k;
			x.mod = v == 1 ? M_START : v == 3 ? M_END : M_NONE;
			*best = x;
		}
	}
	/* around 7:15 p.m., about Nov. 1 */
	if (e == 0 && cls(i, L_APPROX) && val(i, L_APPROX) == 1 &&
	    !isword(i, "some") && !cls(i + 1, L_WDAY)) {
		tx_init(&x);
		if ((k = match(i + 1, &x)) != 0 && (x.type == TY_DATE ||
		    x.type == TY_TIME) && ISDG(x.val[0])) {
			e = k;
			x.mod = M_APPROX;
			*best = x;
		}
	}
	/* the 1990s, the 21st century, the 15th century BC */
	if (e == 0 && isw(i, W_THE) && (isnum(i + 1) || ispn(i + 1, '\''))) {
		tx_init(&x);
		k = ispn(i + 1, '\'') ? i + 2 : i + 1;
		if ((k = m_calendar(k, &x, 1)) != 0 && (strlen(x.val) <= 3 ||
		    (x.val[0] == 'B' && strlen(x.val) == 4))) {
			e = k;
			*best = x;
		}
	}
	/* pre-1996 levels, post-2001 rules: before or after the year */
	if (e == 0 && (isword(i, "pre") || isword(i, "post")) &&
	    ispn(i + 1, '-') && glued(i + 1) && glued(i + 2)) {
		tx_init(&x);
		if ((k = m_calendar(i + 2, &x, 1)) != 0 &&
		    x.type == TY_DATE && ISDG(x.val[0])) {
			x.mod = isword(i, "pre") ? M_BEFORE : M_AFTER;
			e = k;
			*best = x;
		}
	}
	/* the Saturday before Christmas, the Monday after Easter */
	if (isw(i, W_THE) && cls(i + 1, L_WDAY) && toks[i + 1].cap &&
	    val(i + 1, L_WDAY) < 7 && cls(i + 2, L_AGO) &&
	    (val(i + 2, L_AGO) == A_BEFORE || val(i + 2, L_AGO) == A_AFTER)) {
		struct date dt;
		long z;
		int w = val(i + 1, L_WDAY), after = val(i + 2, L_AGO) == A_AFTER;

		tx_init(&x);
		if ((k = match(i + 3, &x)) > e && x.mod == M_NONE &&
		    day_of(&x, &dt) && dt.g == G_DAY) {
			z = days(dt.y, dt.m, dt.d);
			z += after ? (w - cal_weekday(z) + 6) % 7 + 1 :
			    -((cal_weekday(z) - w + 6) % 7 + 1);
			from_days(z, &dt);
			fmt_date(x.val, sizeof(x.val), &dt);
			e = k;
			*best = x;
		}
	}
	/* the week of March 6, the weekend of Aug. 14; the day before */
	if (isw(i, W_THE) && unit(i + 1, &u, &pl) && !pl &&
	    (isw(i + 2, W_OF) || (cls(i + 2, L_AGO) && (val(i + 2, L_AGO) ==
	    A_BEFORE || val(i + 2, L_AGO) == A_AFTER))) && (u == U_WEEK ||
	    (u == U_WEEKEND && isw(i + 2, W_OF)) ||
	    (u == U_DAY && !isw(i + 2, W_OF)))) {
		struct date dt;

		tx_init(&x);
		if ((k = match(i + 3, &x)) > e && day_of(&x, &dt)) {
			if (isw(i + 2, W_OF))
				dt.g = G_WEEK;
			else
				from_days(days(dt.y, dt.m, dt.d) + (val(i + 2,
				    L_AGO) == A_BEFORE ? -1 : 1), &dt);
			fmt_date(x.val, sizeof(x.val), &dt);
			if (u == U_WEEKEND)
				strcat(x.val, "-WE");
			e = k;
			*best = x;
		}
	}
	/* the first week of October, the last week of March */
	if (isw(i, W_THE) && (cls(i + 1, L_ORD) || (cls(i + 1, L_REL) &&
	    val(i + 1, L_REL) == R_LAST)) && isword(i + 2, "week") &&
	    isw(i + 3, W_OF) && cls(i + 4, L_MONTH) && toks[i + 4].cap) {
		const char *v = x.val;

		tx_init(&x);
		if ((k = match(i + 4, &x)) > e && x.type == TY_DATE &&
		    strlen(v) == 7 && ISDG(v[0]) && v[4] == '-' &&
		    (!cls(i + 1, L_ORD) || val(i + 1, L_ORD) <= 4)) {
			struct date dt;
			int n = cls(i + 1, L_ORD) && !isword(i + 1, "final") ?
			    val(i + 1, L_ORD) : 0;

			memset(&dt, 0, sizeof(dt));
			dt.y = atoi(v);
			dt.m = atoi(v + 5);
			/* the week that holds the month's 4th, 11th... day */
			dt.d = n ? 7 * n - 3 : cal_days_in_month(dt.y, dt.m) -
			    3;
			dt.g = G_WEEK;
			fmt_date(x.val, sizeof(x.val), &dt);
			e = k;
			*best = x;
		}
	}
	/*
	 * the last Sunday of October, the first Monday in May, the first
	 * Sunday of the new year, the last day of the quarter
	 */
	if (isw(i, W_THE) && (cls(i + 1, L_ORD) || (cls(i + 1, L_REL) &&
	    val(i + 1, L_REL) == R_LAST)) && ((cls(i + 2, L_WDAY) &&
	    toks[i + 2].cap && val(i + 2, L_WDAY) < 100) ||
	    isword(i + 2, "day")) && (isw(i + 3, W_OF) || isw(i + 3, W_IN))) {
		tx_init(&x);
		if (isw(i + 4, W_THE) && unit(i + 5, &u, &pl) && !pl &&
		    (u == U_MONTH || u == U_QUARTER || u == U_YEAR) &&
		    dct.g != G_NONE) {
			/* of the month, of the quarter: the DCT's */
			day = dct;
			shift(&day, u, 0);
			set_date(&x, &day, AN_DCT);
			k = i + 6;
		} else
			k = match(i + 4, &x);
		if (k > e && x.type == TY_DATE && nth_day(i + 1, i + 2, &x)) {
			e = k;
			*best = x;
		}
	}
	/* Jan. 5, 2020 at 11:51 a.m. ET; 05/01/2020 14:30: a time that day */
	if (e && best->type == TY_DATE && day_of(best, &day)) {
		int h, mi, zone = 0, hasz;

		k = e;
		if (isw(k, W_AT) || (ispn(k, ',') && !isw(k + 1, W_AT)))
			k++;
		else if (ispn(k, ',') && isw(k + 1, W_AT))
			k += 2;
		if (k < ntok && (k = clock_at(k, &h, &mi, &zone, &hasz)) != 0 &&
		    (mi >= 0 || hasz || h == 12 || h == 24)) {
			put_clock(best, h, mi, zone, hasz);
			e = k;
		}
	}
	if (e) {
		best->a = (int)i;
		best->b = (int)e;
	}
	return e;
}

/*
 * "results for April to June", told in June: of two months whose years
 * were reckoned, the first lies before the second.  When the end is not
 * ahead of the DCT the start moves back a year, else the end ahead.
 */
static void
month_range(struct tx *p, struct tx *x)
{
	size_t k = (size_t)x->a;
	int a, b;

	if (strlen(p->val) != 7 || strlen(x->val) != 7 ||
	    !ISDG(p->val[0]) || !ISDG(x->val[0]) || !ISDG(p->val[5]) ||
	    !ISDG(x->val[5]) || p->anchor != AN_DCT ||
	    x->anchor != AN_DCT || (size_t)p->b + 1 != k ||
	    !(isw(k - 1, W_TO) || isw(k - 1, W_THROUGH) ||
	    isw(k - 1, W_UNTIL) || ispn(k - 1, '-')))
		return;
	a = atoi(p->val) * 12 + atoi(p->val + 5);
	b = atoi(x->val) * 12 + atoi(x->val + 5);
	if (a <= b)
		return;
	if (b <= dct.y * 12 + dct.m)
		put4(p->val, atoi(p->val) - 1);
	else
		put4(x->val, atoi(x->val) + 1);
}

/*
 * "a curfew from 9 p.m. to 6 a.m.": a bare clock time that ends a range
 * before the hour it starts at falls on the next day.
 */
static void
night_range(struct tx *p, struct tx *x)
{
	size_t k = (size_t)x->a, t;
	struct date dt;

	if (p->type != TY_TIME || (size_t)p->b + 1 != k ||
	    !(isw(k - 1, W_TO) || isw(k - 1, W_UNTIL) ||
	    (ispn(k - 1, '-') && glued(k - 1))) ||
	    strlen(p->val) < 16 || strlen(x->val) < 16 ||
	    memcmp(p->val, x->val, 11) != 0 || p->val[13] != ':' ||
	    x->val[13] != ':' || memcmp(x->val + 11, p->val + 11, 5) >= 0)
		return;
	for (t = k; t < (size_t)x->b; t++)
		if (cls(t, L_WDAY) || cls(t, L_MONTH) || cls(t, L_DAYREF))
			return;
	if (!cal_parse_iso(x->val, 10, &dt.y, &dt.m, &dt.d))
		return;
	from_days(days(dt.y, dt.m, dt.d) + 1, &dt);
	put4(x->val, dt.y);
	put2(x->val + 5, dt.m);
	put2(x->val + 8, dt.d);
}

/*
 * From Monday to Friday: a weekday that ends a range lies after the one
 * that starts it.  When the end is past the start moves back a week,
 * unless it is the DCT's day; else the end moves ahead.
 */
static void
range_end(struct tx *x)
{
	struct tx *p;
	struct date a, b;
	size_t k = (size_t)x->a;

	if (nfound == 0)
		return;
	p = &found[nfound - 1];
	if (cls(k, L_MONTH)) {
		month_range(p, x);
		return;
	}
	if (x->type == TY_TIME) {
		night_range(p, x);
		return;
	}
	if (!cls(k, L_WDAY) || !day_of(x, &b))
		return;
	/*
	 * "cancelled operations for Tuesday and Wednesday", told on the
	 * Tuesday: the second of two days, the first the DCT's, follows it
	 * when they are a plan's or no past is told ("statements made Friday
	 * and Thursday" are both past)
	 */
	if (day_of(p, &a) && (size_t)p->b + 1 == k && isw(k - 1, W_AND) &&
	    ((p->a > 0 && isw((size_t)p->a - 1, W_FOR)) ||
	    tense((size_t)p->a, (size_t)x->b) >= 0) &&
	    dct.g != G_NONE && days(a.y, a.m, a.d) == days(dct.y, dct.m,
	    dct.d) && days(b.y, b.m, b.d) < days(a.y, a.m, a.d)) {
		from_days(days(b.y, b.m, b.d) + 7, &b);
		fmt_date(x->val, sizeof(x->val), &b);
		return;
	}
	/* from Monday to Friday, between Tuesday and Thursday, Monday-Friday */
	if (!day_of(p, &a) || (size_t)p->b + 1 != k ||
	    !(isw(k - 1, W_TO) || isw(k - 1, W_THROUGH) ||
	    isw(k - 1, W_UNTIL) || ispn(k - 1, '-') || isw(k - 1, W_AND)) ||
	    !((p->a > 0 && (isw((size_t)p->a - 1, W_FROM) ||
	    isw((size_t)p->a - 1, W_BETWEEN))) || (ispn(k - 1, '-') &&
	    glued(k - 1) && glued(k))))
		return;
	if (days(b.y, b.m, b.d) <= days(a.y, a.m, a.d)) {
		if (dct.g != G_NONE && days(b.y, b.m, b.d) <= days(dct.y,
		    dct.m, dct.d) && days(a.y, a.m, a.d) != days(dct.y, dct.m,
		    dct.d)) {
			while (days(a.y, a.m, a.d) >= days(b.y, b.m, b.d))
				from_days(days(a.y, a.m, a.d) - 7, &a);
			fmt_date(p->val, sizeof(p->val), &a);
		} else {
			while (days(b.y, b.m, b.d) <= days(a.y, a.m, a.d))
				from_days(days(b.y, b.m, b.d) + 7, &b);
			fmt_date(x->val, sizeof(x->val), &b);
		}
	}
	/*
	 * "journeys are expected between Friday and Monday", told on the
	 * Saturday: the range that began the day before
	 */
	if (dct.g != G_NONE) {
		long z = days(dct.y, dct.m, dct.d), za = days(a.y, a.m, a.d);
		long zb = days(b.y, b.m, b.d);

		if (za > z && za - 7 <= z && za - 7 >= z - 1 && zb - 7 >= z) {
			from_days(za - 7, &a);
			from_days(zb - 7, &b);
			fmt_date(p->val, sizeof(p->val), &a);
			fmt_date(x->val, sizeof(x->val), &b);
		}
	}
}

static void
add_found(const struct tx *x)
{
	if (nfound == capfound) {
		capfound = capfound ? capfound * 2 : 16;
		found = xreallocarray(found, capfound, sizeof(*found));
	}
	found[nfound++] = *x;
}

/*
 * Whether an expression can begin at token i: the cheap test that keeps
 * the rules away from the common words.
 */
static int
starter(size_t i)
{
	const struct lexent *l, *first;
	const struct tok *n;
	struct date dt;

	if (toks[i].k == T_NUM) {
		/*
		 * money, percentages, decimals and thousands are figures;
		 * 11.51am is a time, 5.1.2020 a date
		 */
		if ((i > 0 && ispn(i - 1, '$')) || ispn(i + 1, '%') ||
		    ((ispn(i + 1, '.') || ispn(i + 1, ',')) &&
		    glued(i + 1) && isnum(i + 2) && glued(i + 2) &&
		    toks[i + 2].sfx != X_AM && toks[i + 2].sfx != X_PM &&
		    !(ispn(i + 1, '.') && numeric_date(i, &dt)) &&
		    !(ispn(i + 1, ',') && cls(i + 3, L_UNIT))))
			return 0;	/* but 6,000 years is a length */
		return 1;
	}
	if (toks[i].lx < 0) {
		/* Q3, H1; pre-1996, post-2001 */
		return (toks[i].e - toks[i].s == 1 && (text[toks[i].s] ==
		    'Q' || text[toks[i].s] == 'H') && isnum(i + 1) &&
		    glued(i + 1)) || (ispn(i + 1, '-') && isnum(i + 2) &&
		    glued(i + 2) && (isword(i, "pre") || isword(i, "post")));
	}
	l = &lexicon[toks[i].lx];
	switch (l->c1) {
	case L_MONTH: case L_WDAY: case L_UNIT: case L_DAYREF: case L_VAGUE:
	case L_SETW: case L_SEASON: case L_HOLI: case L_MODW: case L_NUM:
	case L_TENS: case L_ORD: case L_WDAYS: case L_POD:
		return 1;
	case L_W:
		switch (l->v1) {
		case W_NOON: case W_MIDNIGHT: case W_MIDDAY: case W_FUTURE:
		case W_FISCAL: case W_TWICE: case W_ONCE: case W_OVERNIGHT:
		case W_FEW: case W_SEVERAL: case W_MANY: case W_DOZEN:
			return 1;
		case W_LATEST:
			return full_year(i);
		case W_HALF:
			if (half_year(i))
				return 1;
			break;
		case W_THE: case W_A: case W_EVERY: case W_EACH: case W_PER:
		case W_MORE: case W_LESS: case W_AT: case W_UP: case W_NO:
		case W_OVER: case W_UNDER: case W_THESE: case W_RIGHT:
		case W_COUPLE:
			break;
		default:
			return 0;
		}
		break;
	case L_REL:
		if (l->v1 == R_CURRENT)
			return 1;
		break;
	case L_AGO: case L_APPROX:
		break;
	default:
		return 0;
	}
	/* a function word: only before a word of the lexicon or a number */
	if (i + 1 >= ntok)
		return 0;
	n = &toks[i + 1];
	if (n->k == T_NUM || (n->k == T_PUNCT && n->c == '\'' &&
	    isnum(i + 2)))
		return 1;
	if (n->lx < 0)
		return l->c1 == L_W && ((l->v1 == W_A && added(i + 1)) ||
		    (l->v1 == W_THE && kind_weekend(i + 1)));
	first = l;
	l = &lexicon[n->lx];
	switch (l->c1) {
	case L_PAST: case L_FUT: case L_ZONE: case L_PRES:
		return 0;
	case L_W:
		/* "that the", "this is": no expression starts so */
		switch (l->v1) {
		case W_A:
			return first->c1 == L_APPROX || first->c1 == L_W;
		case W_FUTURE: case W_LATEST: case W_DECADE: case W_TERM:
		case W_FISCAL: case W_NOON: case W_MIDNIGHT: case W_MIDDAY:
		case W_COUPLE: case W_FEW: case W_DOZEN: case W_HUNDRED:
		case W_THOUSAND: case W_LEAST: case W_MORE: case W_THAN:
		case W_TO: case W_OTHER: case W_SEVERAL: case W_MANY:
		case W_HALF: case W_LATTER:
			return 1;
		case W_LONG:
			return first->c1 == L_W && first->v1 == W_THE &&
			    kind_weekend(i + 1);
		default:
			return 0;
		}
	default:
		return 1;
	}
}

/*
 * The words of every other unit before a plural unit at i: "alternate"
 * (alternate weeks), "odd-" or "even-numbered" (days of the month).
 * Returns how many tokens they take, or 0.
 */
static size_t
alternate(size_t i)
{
	if (i > 0 && isword(i - 1, "alternate"))
		return 1;
	if (i > 2 && isword(i - 1, "numbered") && ispn(i - 2, '-') &&
	    (isword(i - 3, "odd") || isword(i - 3, "even")) &&
	    cls(i, L_UNIT) && (val(i, L_UNIT) & 15) == U_DAY)
		return 3;
	return 0;
}

/* Find the expressions of one sentence. */
static void
scan(const char *s, size_t n)
{
	size_t c, i, e, e2, next = 0;
	struct tx x;

	nfound = 0;
	habit_at = SIZE_MAX;
	habit_from = 0;
	text = s;
	if (!tokenize(s, n))
		return;
	for (c = 0; c < ncand; c++) {
		const struct tok *t = &toks[i = cands[c]];

		/* within an expression found, or no start */
		if (i < next || !starter(i))
			continue;
		/* numbers glued to letters by a hyphen are names: F-35 */
		if (t->k == T_NUM && i > 0 && !t->sp &&
		    (ispn(i - 1, '-') && i > 1 && glued(i - 1) &&
		    toks[i - 2].k == T_WORD && !isword(i - 2, "mid") &&
		    !isword(i - 2, "post") && !isword(i - 2, "pre")))
			continue;
		tx_init(&x);
		if ((e = match(i, &x)) != 0) {
			/*
			 * "24 hours a day", "seven days a week": a rate, part
			 * of the figure; not "a week a year ago"
			 */
			if (x.type == TY_DURATION && (isnum(i) || cls(i, L_NUM) ||
			    cls(i, L_TENS)) && (isw(e, W_A) || isw(e, W_PER)) &&
			    cls(e + 1, L_UNIT) && !(val(e + 1, L_UNIT) & 16) &&
			    !cls(e + 2, L_AGO)) {
				next = e;
				continue;
			}
			if (i > 0 && x.mod == M_NONE && x.type == TY_DATE &&
			    x.anchor != AN_REF) {
				int a = cls(i - 1, L_AGO) ? val(i - 1, L_AGO) :
				    -1;

				if (isw(i - 1, W_SINCE))
					x.mod = M_ONAFTER;
				else if (a == A_BEFORE)
					x.mod = M_BEFORE;
				else if (a == A_AFTER)
					x.mod = M_AFTER;
			}
			/* the rest of the summer: what is left of it */
			if (x.type == TY_DATE && i > 2 && isw(i, W_THE) &&
			    isw(i - 1, W_OF) && isword(i - 2, "rest") &&
			    isw(i - 3, W_THE))
				x.a -= 3;
			/* alternate days, odd-numbered days: every other day */
			if (x.type == TY_DURATION && x.val[1] == 'X' &&
			    x.val[3] == 0 && (size_t)x.b == i + 1 &&
			    (e2 = alternate(i)) != 0) {
				x.a -= (int)e2;
				x.type = TY_SET;
				x.val[1] = '2';
			}
			/*
			 * just under seven hours, another three hours, a
			 * further six weeks
			 */
			if (x.type == TY_DURATION && i > 0 &&
			    ((isword(i - 1, "just") && x.mod != M_NONE) ||
			    (isword(i - 1, "another") && (isnum(i) ||
			    cls(i, L_NUM) || cls(i, L_TENS)))))
				x.a--;
			else if (x.type == TY_DURATION && i > 1 &&
			    isword(i - 1, "further") && isw(i - 2, W_A) &&
			    (isnum(i) || cls(i, L_NUM) || cls(i, L_TENS)))
				x.a -= 2;
			range_end(&x);
			add_found(&x);
			remember(&x);
			next = e;
			/* 2014-2017: the last year too */
			if (x.type == TY_DATE && (size_t)x.a + 1 == e &&
			    strlen(x.val) == 4 &&
			    range_years(e - 1, &e2) != 0) {
				x.a = (int)e + 1;
				x.b = (int)e + 2;
				snprintf(x.val, sizeof(x.val), "%04d", (int)e2);
				add_found(&x);
				next = e + 2;
				continue;
			}
			/*
			 * Jan. 5-7, Jan. 5 to 7, April 24 and 25: the other
			 * day too, and each of a list
			 */
			while (x.type == TY_DATE && strlen(x.val) == 10 &&
			    ISDG(x.val[0]) && isnum(e - 1) &&
			    ((ispn(e, '-') && glued(e) && glued(e + 1)) ||
			    /* June 14, 15 and 16: a list of days */
			    (ispn(e, ',') && isbarenum(e + 1) &&
			    (ispn(e + 2, ',') || isw(e + 2, W_AND) ||
			    isw(e + 2, W_OR))) ||
			    ((isw(e, W_TO) || isw(e, W_THROUGH) ||
			    isw(e, W_AND) || isw(e, W_OR)) &&
			    !cls(e + 2, L_UNIT) && !(e + 2 < ntok &&
			    toks[e + 2].k == T_WORD && !toks[e + 2].cap &&
			    toks[e + 2].lx < 0))) && mday_at(e + 1) >
			    (x.val[8] - '0') * 10 + x.val[9] - '0' &&
			    !cls(e + 2, L_MONTH)) {
				int d = mday_at(e + 1), y;
				struct date first, last;

				x.a = (int)e + 1;
				x.b = (int)e + 2;
				x.val[8] = (char)('0' + d / 10);
				x.val[9] = (char)('0' + d % 10);
				/* August 6 and 9, 1945: both days' year */
				e2 = ispn(e + 2, ',') ? e + 3 : e + 2;
				if ((y = year_at(e2, 1)) != 0 &&
				    x.anchor != AN_NONE &&
				    day_of(&found[nfound - 1], &first) &&
				    day_of(&x, &last) &&
				    cal_valid(y, first.m, first.d) &&
				    cal_valid(y, last.m, last.d)) {
					first.y = last.y = y;
					set_date(&found[nfound - 1], &first,
					    AN_NONE);
					remember(&found[nfound - 1]);
					set_date(&x, &last, AN_NONE);
					x.b = (int)e2 + 1;
				}
				add_found(&x);
				next = e = (size_t)x.b;
			}
		}
	}
}

/* Append s to the line being built at *p. */
static char *
put(char *p, const char *s)
{
	while (*s != '\0')
		*p++ = *s++;
	return p;
}

static char *
put_ulong(char *p, unsigned long n)
{
	char tmp[24], *q = tmp + sizeof(tmp);

	do
		*--q = (char)('0' + n % 10);
	while ((n /= 10) != 0);
	while (q < tmp + sizeof(tmp))
		*p++ = *q++;
	return p;
}

/*
 * The fields of one expression, each followed by a TAB, built in one
 * buffer and written at once: the output is as large as the input.
 */
static void
out_fields(const struct tx *x, unsigned long off)
{
	char b[160], *p = b;
	size_t s = toks[x->a].s, e = toks[x->b - 1].e;

	p = put(p, types[x->type]);
	*p++ = '\t';
	p = put(p, x->val);
	*p++ = '\t';
	p = put(p, mods[x->mod]);
	*p++ = '\t';
	if (x->anchor == AN_NONE)
		*p++ = '-';
	else if (x->anchor == AN_DCT)
		p = put(p, "dct");
	else {
		p = put(p, "ref:");
		p = put(p, x->ref);
	}
	*p++ = '\t';
	p = put_ulong(p, off + s);
	*p++ = '\t';
	p = put_ulong(p, off + e);
	*p++ = '\t';
	out_bytes(b, (size_t)(p - b));
	/* a split field holds no TAB, and CR and LF never reach here */
	out_bytes(text + s, e - s);
	out_char('\t');
}

/* Header names unique along a pipeline: t for time expressions. */
static const char *ownnames = "ttype\ttvalue\ttmod\ttanchor\ttstart\ttend\ttimex";
static int header_done;

static void
header(const struct tsv_rec *r, int fromhead)
{
	size_t i;

	if (header_done || !Hflag)
		return;
	header_done = 1;
	if (Sflag) {
		out_str("doc\tstart\tend\ttype\tvalue\ttext");
		out_end();
		return;
	}
	if (fromhead) {
		for (i = 0; i + 1 < r->n; i++) {
			out_bytes(r->f[i].s, r->f[i].len);
			out_tab();
		}
	} else {
		out_str(REC_HEADER_KEY);
		out_tab();
		for (i = REC_NKEY; r != NULL && i + 1 < r->n; i++) {
			out_char('f');
			out_ulong(i + 1);
			out_tab();
		}
	}
	out_str(ownnames);
	out_str("\ttext");
	out_end();
}

static void
record(const struct tsv_rec *r, const struct rec_key *k)
{
	const struct tsv_field *doc = &r->f[REC_DOC];
	const struct tsv_field *kind = &r->f[REC_KIND];
	const struct tsv_field *t = rec_text(r);
	size_t i;

	headline = kind->len == 4 && memcmp(kind->s, "head", 4) == 0;

	/* the narrative anchor never crosses a document */
	if (doc->len != curdoclen || memcmp(doc->s, curdoc, doc->len) != 0) {
		if (doc->len + 1 > curdoccap) {
			curdoccap = doc->len + 1;
			curdoc = xreallocarray(curdoc, curdoccap, 1);
		}
		memcpy(curdoc, doc->s, doc->len);
		curdoclen = doc->len;
		ref.g = lastdec.g = aheadnow.g = G_NONE;
		lastq.g = G_NONE;
		lastm.g = reportm.g = G_NONE;
		lastclock.g = G_NONE;
		laststamp.g = G_NONE;
		dayref.g = G_NONE;
		ntold = 0;
		memset(wdtold, 0, sizeof(wdtold));
		memset(wddated, 0, sizeof(wddated));
	}
	memset(&dct, 0, sizeof(dct));
	if (k->year) {
		dct.g = G_DAY;
		dct.y = k->year;
		dct.m = k->month;
		dct.d = k->day;
	}
	refage++;
	aheadprev = aheadnow;
	aheadnow.g = G_NONE;
	scan(t->s, t->len);
	if (nfound == 0) {
		if (aflag && !Sflag) {
			rec_out_upstream(r);
			for (i = 0; i < 7; i++)
				out_tab();
			rec_out_text(r);
			out_end();
		}
		return;
	}
	for (i = 0; i < nfound; i++) {
		const struct tx *x = &found[i];

		if (Sflag) {
			char b[120], *p = b;
			size_t s = toks[x->a].s, e = toks[x->b - 1].e;

			out_bytes(doc->s, doc->len);
			*p++ = '\t';
			p = put_ulong(p, k->offset + s);
			*p++ = '\t';
			p = put_ulong(p, k->offset + e);
			*p++ = '\t';
			p = put(p, types[x->type]);
			*p++ = '\t';
			p = put(p, x->val);
			*p++ = '\t';
			out_bytes(b, (size_t)(p - b));
			out_bytes(t->s + s, e - s);
			out_end();
			continue;
		}
		/* the upstream fields are one run of the line, TABs included */
		out_bytes(r->f[0].s, (size_t)(t->s - r->f[0].s));
		out_fields(x, k->offset);
		out_bytes(t->s, t->len);
		out_end();
	}
}

int
main(int argc, char *argv[])
{
	struct tsv_in in;
	struct tsv_rec r;
	struct rec_key k;
	int c, i, st;

	msg_init("extractdates");
	opt_early(argc, argv, usage, help);
	while ((c = getopt(argc, argv, "adhHqSu")) != -1) {
		switch (c) {
		case 'a':
			aflag = 1;
			break;
		case 'd':
			dflag = 1;
			break;
		case 'h':
			opt_help(usage, help);
			break;
		case 'H':
			Hflag = 1;
			break;
		case 'q':
			msg_quiet = 1;
			break;
		case 'S':
			Sflag = 1;
			break;
		case 'u':
			uflag = 1;
			break;
		default:
			opt_usage(usage);
		}
	}
	argc -= optind;
	argv += optind;
	dayfirst = dflag;
	lex_build();
	out_init(uflag);
	memset(&r, 0, sizeof(r));
	i = 0;
	do {
		if (tsv_open(&in, argc ? argv[i] : "-") == -1)
			continue;
		while ((st = rec_read(&in, &r, &k)) != REC_EOF) {
			if (st == REC_HEAD) {
				header(&r, 1);
				continue;
			}
			header(&r, 0);
			record(&r, &k);
		}
		tsv_close(&in);
	} while (++i < argc);
	if (!header_done)
		header(NULL, 0);
	out_close();
	tsv_rec_free(&r);
	free(toks);
	free(cands);
	free(found);
	free(curdoc);
	return msg_status;
}
