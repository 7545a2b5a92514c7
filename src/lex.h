/*
 * lex: the word tables the programs share: month and weekday names
 * with their abbreviations, matched without regard to case.
 */

int	 lex_month(const char *, size_t);
int	 lex_weekday(const char *, size_t);
int	 lex_ieq(const char *, size_t, const char *);
