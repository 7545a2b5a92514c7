/*
 * msg: diagnostics and allocation wrappers that die with a message.
 * Every warning about input raises the exit status to EXIT_INPUT.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "msg.h"

const char *msg_prog = "chronutils";
int msg_quiet;
int msg_status = EXIT_OK;
void (*msg_before_exit)(void);	/* called before an error exit */

void
msg_init(const char *prog)
{
	msg_prog = prog;
}

static void
vmsg(const char *file, unsigned long line, const char *fmt, va_list ap,
    int errnum)
{
	fflush(stdout);
	fprintf(stderr, "%s: ", msg_prog);
	if (file != NULL) {
		if (line > 0)
			fprintf(stderr, "%s:%lu: ", file, line);
		else
			fprintf(stderr, "%s: ", file);
	}
	vfprintf(stderr, fmt, ap);
	if (errnum)
		fprintf(stderr, ": %s", strerror(errnum));
	fputc('\n', stderr);
}

/*
 * A problem with the input at file:line (line 0: the whole file): it
 * raises the exit status, and -q silences it.
 */
void
msg_warn(const char *file, unsigned long line, const char *fmt, ...)
{
	va_list ap;

	if (msg_status < EXIT_INPUT)
		msg_status = EXIT_INPUT;
	if (msg_quiet)
		return;
	va_start(ap, fmt);
	vmsg(file, line, fmt, ap, 0);
	va_end(ap);
}

/* A system error about the input, with strerror(errno); never silenced. */
void
msg_syswarn(const char *fmt, ...)
{
	va_list ap;
	int errnum = errno;

	if (msg_status < EXIT_INPUT)
		msg_status = EXIT_INPUT;
	va_start(ap, fmt);
	vmsg(NULL, 0, fmt, ap, errnum);
	va_end(ap);
}

/* An error exit: what the program finished is written first. */
static void
leave(int status)
{
	if (msg_before_exit != NULL)
		msg_before_exit();
	exit(status);
}

void
msg_die(int status, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vmsg(NULL, 0, fmt, ap, 0);
	va_end(ap);
	leave(status);
}

void
msg_sysdie(const char *fmt, ...)
{
	va_list ap;
	int errnum = errno;

	va_start(ap, fmt);
	vmsg(NULL, 0, fmt, ap, errnum);
	va_end(ap);
	leave(EXIT_SYSTEM);
}

void *
xmalloc(size_t n)
{
	void *p;

	if ((p = malloc(n ? n : 1)) == NULL)
		msg_sysdie("malloc");
	return p;
}

void *
xcalloc(size_t n, size_t size)
{
	void *p;

	if ((p = calloc(n ? n : 1, size ? size : 1)) == NULL)
		msg_sysdie("calloc");
	return p;
}

void *
xreallocarray(void *old, size_t n, size_t size)
{
	void *p;

	if (size != 0 && n > SIZE_MAX / size) {
		errno = ENOMEM;
		msg_sysdie("reallocarray");
	}
	if ((p = realloc(old, n * size != 0 ? n * size : 1)) == NULL)
		msg_sysdie("realloc");
	return p;
}

char *
xstrndup(const char *s, size_t n)
{
	char *p;

	p = xmalloc(n + 1);
	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}
