/*
 * tsv: reading lines with getline into one growing buffer, so memory is
 * bounded by the longest line, and writing records through one large
 * stdout buffer, flushed per record with -u.
 */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>

#include "msg.h"
#include "tsv.h"

#define OUTBUF	(64 * 1024)

static int out_unbuffered;
static char *out_buf;

int
tsv_open(struct tsv_in *in, const char *path)
{
	memset(in, 0, sizeof(*in));
	if (strcmp(path, "-") == 0) {
		in->fp = stdin;
		in->name = "<stdin>";
		return 0;
	}
	in->name = path;
	if ((in->fp = fopen(path, "r")) == NULL) {
		msg_syswarn("%s", path);
		return -1;
	}
	return 0;
}

/* 1: a line is in buf; 0: end of input; -1: read error (reported). */
int
tsv_getline(struct tsv_in *in)
{
	ssize_t n;

	if (in->unread) {
		in->unread = 0;
		in->lineno++;
		return 1;
	}
	errno = 0;
	n = getline(&in->buf, &in->cap, in->fp);
	if (n < 0) {
		if (ferror(in->fp)) {
			if (errno == ENOMEM)
				msg_sysdie("%s", in->name);
			msg_syswarn("%s", in->name);
			return -1;
		}
		return 0;
	}
	in->lineno++;
	in->lf = n > 0 && in->buf[n - 1] == '\n';
	if (in->lf)
		in->buf[--n] = '\0';
	in->len = (size_t)n;
	return 1;
}

/* The next tsv_getline gives the current line again, unchanged. */
void
tsv_unread(struct tsv_in *in)
{
	in->unread = 1;
	in->lineno--;
}

void
tsv_close(struct tsv_in *in)
{
	if (in->fp != NULL && in->fp != stdin)
		fclose(in->fp);
	free(in->buf);
	in->buf = NULL;
	in->fp = NULL;
}

/* Split line[0..len) at TABs in place; returns the number of fields. */
size_t
tsv_split(struct tsv_rec *r, char *line, size_t len)
{
	char *p, *end, *tab;

	r->n = 0;
	p = line;
	end = line + len;
	for (;;) {
		if (r->n == r->cap) {
			r->cap = r->cap ? r->cap * 2 : 16;
			r->f = xreallocarray(r->f, r->cap, sizeof(*r->f));
		}
		tab = memchr(p, '\t', (size_t)(end - p));
		r->f[r->n].s = p;
		r->f[r->n].len = (size_t)((tab ? tab : end) - p);
		r->n++;
		if (tab == NULL)
			break;
		p = tab + 1;
	}
	return r->n;
}

void
tsv_rec_free(struct tsv_rec *r)
{
	free(r->f);
	r->f = NULL;
	r->n = r->cap = 0;
}

int
tsv_eq(const struct tsv_field *f, const char *s)
{
	size_t n = strlen(s);

	return f->len == n && memcmp(f->s, s, n) == 0;
}

/*
 * A closed pipe ends the program quietly through SIGPIPE, as it ends
 * cut and sort; the default action is restored in case a parent
 * ignored the signal.
 */
void
out_init(int unbuffered)
{
	signal(SIGPIPE, SIG_DFL);
	out_unbuffered = unbuffered;
	if (!unbuffered) {
		out_buf = xmalloc(OUTBUF);
		setvbuf(stdout, out_buf, _IOFBF, OUTBUF);
	}
}

static void
out_failed(void)
{
	if (errno == EPIPE)
		exit(msg_status);
	msg_sysdie("<stdout>");
}

void
out_bytes(const char *s, size_t n)
{
	if (n > 0 && fwrite(s, 1, n, stdout) != n)
		out_failed();
}

void
out_str(const char *s)
{
	out_bytes(s, strlen(s));
}

/* Text goes out with TAB, CR and LF as spaces, so it stays one field. */
void
out_text(const char *s, size_t n)
{
	const char *p, *end = s + n;

	for (p = s; p < end; p++) {
		if (*p == '\t' || *p == '\r' || *p == '\n') {
			out_bytes(s, (size_t)(p - s));
			out_char(' ');
			s = p + 1;
		}
	}
	out_bytes(s, (size_t)(end - s));
}

void
out_char(int c)
{
	if (putchar(c) == EOF)
		out_failed();
}

void
out_tab(void)
{
	out_char('\t');
}

void
out_ulong(unsigned long n)
{
	char tmp[24], *p = tmp + sizeof(tmp);

	do
		*--p = (char)('0' + n % 10);
	while ((n /= 10) != 0);
	out_bytes(p, (size_t)(tmp + sizeof(tmp) - p));
}

void
out_long(long n)
{
	if (n < 0) {
		out_char('-');
		out_ulong(-(unsigned long)n);
	} else
		out_ulong((unsigned long)n);
}

void
out_end(void)
{
	out_char('\n');
	if (out_unbuffered && fflush(stdout) == EOF)
		out_failed();
}

/* Flush and close stdout, so a full disk is an error and not a loss. */
void
out_close(void)
{
	if (fflush(stdout) == EOF || ferror(stdout))
		out_failed();
	if (fclose(stdout) == EOF)
		out_failed();
	free(out_buf);
	out_buf = NULL;
}
