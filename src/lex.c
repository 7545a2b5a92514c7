/*
 * lex: months 1..12 and weekdays 0 (Monday)..6, from full names and
 * the abbreviations news copy uses (Sept, Tues, Thurs); a trailing
 * period is the caller's to strip.
 */
#include <stddef.h>
#include <string.h>

#include "lex.h"

struct word {
	const char	*name;
	int		 value;
};

static const struct word months[] = {
	{ "january", 1 }, { "jan", 1 },
	{ "february", 2 }, { "feb", 2 },
	{ "march", 3 }, { "mar", 3 },
	{ "april", 4 }, { "apr", 4 },
	{ "may", 5 },
	{ "june", 6 }, { "jun", 6 },
	{ "july", 7 }, { "jul", 7 },
	{ "august", 8 }, { "aug", 8 },
	{ "september", 9 }, { "sept", 9 }, { "sep", 9 },
	{ "october", 10 }, { "oct", 10 },
	{ "november", 11 }, { "nov", 11 },
	{ "december", 12 }, { "dec", 12 },
	{ NULL, 0 }
};

static const struct word weekdays[] = {
	{ "monday", 0 }, { "mon", 0 },
	{ "tuesday", 1 }, { "tues", 1 }, { "tue", 1 },
	{ "wednesday", 2 }, { "wed", 2 },
	{ "thursday", 3 }, { "thurs", 3 }, { "thu", 3 }, { "thur", 3 },
	{ "friday", 4 }, { "fri", 4 },
	{ "saturday", 5 }, { "sat", 5 },
	{ "sunday", 6 }, { "sun", 6 },
	{ NULL, 0 }
};

/* s[0..n) equals the lower-case word w, ignoring ASCII case. */
int
lex_ieq(const char *s, size_t n, const char *w)
{
	size_t i;

	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];

		if (c >= 'A' && c <= 'Z')
			c += 'a' - 'A';
		if (w[i] == '\0' || c != (unsigned char)w[i])
			return 0;
	}
	return w[n] == '\0';
}

static int
lookup(const struct word *t, const char *s, size_t n)
{
	for (; t->name != NULL; t++)
		if (lex_ieq(s, n, t->name))
			return t->value;
	return -1;
}

int
lex_month(const char *s, size_t n)
{
	int m = lookup(months, s, n);

	return m < 0 ? 0 : m;
}

int
lex_weekday(const char *s, size_t n)
{
	return lookup(weekdays, s, n);
}
