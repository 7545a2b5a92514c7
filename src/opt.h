/*
 * opt: the options every program shares: --help, --version, -h,
 * usage errors, and strict parsing of numeric arguments.
 */

void	 opt_early(int, char **, const char *, const char *);
void	 opt_help(const char *, const char *);
void	 opt_usage(const char *);
long	 opt_number(const char *, long, long, int);
