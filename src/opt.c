/*
 * opt: --help and --version are looked for before getopt runs, so they
 * work in any position ahead of "--", as GNU tools let them.
 */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "msg.h"
#include "opt.h"

#ifndef VERSION
#define VERSION "unknown"
#endif

/* Help goes to stdout with status 0; a closed stdout is still an error. */
void
opt_help(const char *usage, const char *help)
{
	printf("usage: %s %s\n%s", msg_prog, usage, help);
	if (fflush(stdout) == EOF || ferror(stdout))
		msg_sysdie("<stdout>");
	exit(EXIT_OK);
}

void
opt_usage(const char *usage)
{
	fprintf(stderr, "usage: %s %s\n", msg_prog, usage);
	fprintf(stderr, "Try '%s --help' for more information.\n", msg_prog);
	exit(EXIT_USAGE);
}

void
opt_early(int argc, char **argv, const char *usage, const char *help)
{
	int i;

	for (i = 1; i < argc; i++) {
		if (strcmp(argv[i], "--") == 0)
			return;
		if (strcmp(argv[i], "--help") == 0)
			opt_help(usage, help);
		if (strcmp(argv[i], "--version") == 0) {
			printf("%s (chronutils) %s\n", msg_prog, VERSION);
			if (fflush(stdout) == EOF || ferror(stdout))
				msg_sysdie("<stdout>");
			exit(EXIT_OK);
		}
		if (strncmp(argv[i], "--", 2) == 0) {
			fprintf(stderr, "%s: unknown option: %s\n", msg_prog,
			    argv[i]);
			opt_usage(usage);
		}
	}
}

/* A whole decimal number in [min, max], or a usage error naming -c. */
long
opt_number(const char *arg, long min, long max, int c)
{
	char *end;
	long n;

	errno = 0;
	n = strtol(arg, &end, 10);
	if (end == arg || *end != '\0' || errno == ERANGE || n < min ||
	    n > max) {
		fprintf(stderr, "%s: -%c: expected a number from %ld to %ld, "
		    "got '%s'\n", msg_prog, c, min, max, arg);
		exit(EXIT_USAGE);
	}
	return n;
}
