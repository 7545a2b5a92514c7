/*
 * cal: civil dates to day numbers and back, after the well-known
 * era-based algorithm: exact for every year, no tables, no locale.
 */
#include <stddef.h>
#include <stdio.h>

#include "cal.h"

long
cal_days_from_civil(int y, int m, int d)
{
	long era, yoe, doy, doe;

	y -= m <= 2;
	era = (y >= 0 ? y : y - 399) / 400;
	yoe = y - era * 400;
	doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

void
cal_civil_from_days(long z, int *y, int *m, int *d)
{
	long era, doe, yoe, doy, mp;

	z += 719468;
	era = (z >= 0 ? z : z - 146096) / 146097;
	doe = z - era * 146097;
	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	mp = (5 * doy + 2) / 153;
	*d = (int)(doy - (153 * mp + 2) / 5 + 1);
	*m = (int)(mp < 10 ? mp + 3 : mp - 9);
	*y = (int)(yoe + era * 400 + (*m <= 2));
}

/* 1970-01-01 was a Thursday (3). */
int
cal_weekday(long days)
{
	long w = (days + 3) % 7;

	return (int)(w < 0 ? w + 7 : w);
}

int
cal_days_in_month(int y, int m)
{
	static const int mdays[12] =
	    { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };

	if (m == 2 && y % 4 == 0 && (y % 100 != 0 || y % 400 == 0))
		return 29;
	return mdays[m - 1];
}

int
cal_valid(int y, int m, int d)
{
	return y >= 1 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 &&
	    d <= cal_days_in_month(y, m);
}

/*
 * s[0..n) is a number of 1 to 9 decimal digits, the parts of a date:
 * returns 1 and its value, else 0.  Longer runs are refused, so no
 * value can overflow.
 */
int
cal_digits(const char *s, size_t n, long *v)
{
	size_t i;

	*v = 0;
	if (n == 0 || n > 9)
		return 0;
	for (i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			return 0;
		*v = *v * 10 + (s[i] - '0');
	}
	return 1;
}

/* Exactly YYYY-MM-DD, a real date; returns 1 and the parts, else 0. */
int
cal_parse_iso(const char *s, size_t n, int *y, int *m, int *d)
{
	long yy, mm, dd;

	if (n != 10 || s[4] != '-' || s[7] != '-' || !cal_digits(s, 4, &yy) ||
	    !cal_digits(s + 5, 2, &mm) || !cal_digits(s + 8, 2, &dd))
		return 0;
	*y = (int)yy;
	*m = (int)mm;
	*d = (int)dd;
	return cal_valid(*y, *m, *d);
}

/* buf needs 11 bytes. */
void
cal_format_iso(char *buf, int y, int m, int d)
{
	snprintf(buf, 11, "%04d-%02d-%02d", y, m, d);
}
