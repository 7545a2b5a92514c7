/*
 * tsv: reading lines with getline into one growing buffer, so memory is
 * bounded by the longest line, and writing records through one large
 * stdout buffer, flushed per record with -u.
 */
#include <errno.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <unistd.h>

#include "msg.h"
#include "tsv.h"

#define OUTBUF	(64 * 1024)

static int out_unbuffered;

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
		/*
		 * A line too long for memory: getline says ENOMEM but need
		 * not set the stream's error flag, and it is no end of input.
		 */
		if (errno == ENOMEM)
			msg_sysdie("%s:%lu", in->name, in->lineno + 1);
		if (ferror(in->fp)) {
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

/* A byte order mark opening a file is no part of its first record. */
void
tsv_drop_bom(struct tsv_in *in)
{
	if (in->lineno == 1 && in->len >= 3 &&
	    memcmp(in->buf, "\xef\xbb\xbf", 3) == 0) {
		memmove(in->buf, in->buf + 3, in->len - 2);
		in->len -= 3;
	}
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
 * Output is collected in one buffer and written with write(2) only up
 * to the end of a complete record, so that whatever stops the program
 * (SIGTERM, a full disk) leaves no half-written record behind.  The
 * buffer holds at least one whole record: memory is bounded by the
 * longest one.
 */
static char *ob;
static size_t ob_len, ob_cap, ob_done;	/* ob_done: end of the last record */
static volatile sig_atomic_t out_stop, out_busy;
static int out_broken;			/* stdout failed: write no more */

/* Writes ob[0..ob_done); safe in a signal handler. */
static int
write_done(void)
{
	size_t off = 0;
	ssize_t w;

	while (off < ob_done) {
		w = write(STDOUT_FILENO, ob + off, ob_done - off);
		if (w < 0 && errno != EINTR)
			return -1;
		if (w > 0)
			off += (size_t)w;
	}
	return 0;
}

/*
 * A stop request: where the buffer is not being changed, the complete
 * records go out and the signal takes its default course at once (a
 * program blocked on its input ends too); else at the next record end.
 */
static void
on_term(int sig)
{
	int saved = errno;

	if (!out_busy) {
		write_done();
		signal(sig, SIG_DFL);
		raise(sig);
	}
	out_stop = sig;
	errno = saved;
}

/*
 * A closed pipe ends the program quietly through SIGPIPE, as it ends
 * cut and sort; the default action is restored in case a parent
 * ignored the signal.  SIGTERM and SIGINT end it at the next record
 * boundary, after the complete records are written.
 */
/*
 * A program that dies of an error (out of memory, say) still writes
 * the records it completed: no good record is lost.
 */
static void
out_before_exit(void)
{
	if (ob != NULL && !out_broken)
		write_done();
}

void
out_init(int unbuffered)
{
	struct sigaction sa;

	signal(SIGPIPE, SIG_DFL);
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_term;
	sigemptyset(&sa.sa_mask);
	sa.sa_flags = SA_RESTART;
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGINT, &sa, NULL);
	out_unbuffered = unbuffered;
	ob_cap = OUTBUF * 2;
	ob = xmalloc(ob_cap);
	ob_len = ob_done = 0;
	msg_before_exit = out_before_exit;
}

static void
out_failed(void)
{
	out_broken = 1;
	if (errno == EPIPE)
		exit(msg_status);
	msg_sysdie("<stdout>");
}

/* Writes the complete records in the buffer. */
static void
out_flush(void)
{
	out_busy = 1;
	if (write_done() < 0)
		out_failed();
	memmove(ob, ob + ob_done, ob_len - ob_done);
	ob_len -= ob_done;
	ob_done = 0;
	out_busy = 0;
}

void
out_bytes(const char *s, size_t n)
{
	out_busy = 1;
	if (n > ob_cap - ob_len) {
		while (n > ob_cap - ob_len)
			ob_cap = ob_cap > SIZE_MAX / 2 ? SIZE_MAX : ob_cap * 2;
		ob = xreallocarray(ob, ob_cap, 1);
	}
	memcpy(ob + ob_len, s, n);
	ob_len += n;
	out_busy = 0;
}

void
out_str(const char *s)
{
	out_bytes(s, strlen(s));
}

void
out_char(int c)
{
	char ch = (char)c;

	out_bytes(&ch, 1);
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

/* Ends a record: it may now be written, and a stop may now be obeyed. */
void
out_end(void)
{
	out_char('\n');
	ob_done = ob_len;
	if (out_unbuffered || ob_done >= OUTBUF)
		out_flush();
	if (out_stop) {
		out_flush();
		signal(out_stop, SIG_DFL);
		raise(out_stop);
	}
}

/*
 * Writes what is left (a report is one document, not records), and
 * closes standard output: a full disk is an error and not a loss.
 */
void
out_close(void)
{
	ob_done = ob_len;
	out_flush();
	free(ob);
	ob = NULL;
	ob_len = ob_cap = 0;
	if (close(STDOUT_FILENO) < 0 && errno != EBADF)
		out_failed();
}
