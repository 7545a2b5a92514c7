/*
 * cal: proleptic Gregorian calendar arithmetic on day numbers
 * (days since 1970-01-01), weekdays Monday = 0 .. Sunday = 6 as ISO 8601.
 */

long	 cal_days_from_civil(int, int, int);
void	 cal_civil_from_days(long, int *, int *, int *);
int	 cal_weekday(long);
int	 cal_days_in_month(int, int);
int	 cal_valid(int, int, int);
int	 cal_digits(const char *, size_t, long *);
int	 cal_parse_iso(const char *, size_t, int *, int *, int *);
void	 cal_format_iso(char *, int, int, int);
