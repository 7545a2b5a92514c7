/*
 * rec: reading sentence records.  A malformed record is reported with
 * its file and line and skipped, and the exit status says so; the
 * records around it come out as they would without it.
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "cal.h"
#include "msg.h"
#include "tsv.h"
#include "rec.h"

/* A decimal number of at most 18 digits, so it cannot overflow. */
int
rec_ulong(const struct tsv_field *f, unsigned long *v)
{
	size_t i;
	unsigned long n = 0;

	if (f->len == 0 || f->len > 18)
		return 0;
	for (i = 0; i < f->len; i++) {
		if (f->s[i] < '0' || f->s[i] > '9')
			return 0;
		n = n * 10 + (unsigned long)(f->s[i] - '0');
	}
	*v = n;
	return 1;
}

/* The last document date parsed, and its parts. */
static char lastdct[10];
static int lasty, lastm, lastd;

static int
check(struct tsv_in *in, struct tsv_rec *r, struct rec_key *k)
{
	static const char *names[] = { "paragraph", "sentence", "offset" };
	static const int fields[] = { REC_PARA, REC_SENT, REC_OFFSET };
	unsigned long *nums[3];
	int i;

	if (memchr(in->buf, '\0', in->len) != NULL) {
		msg_warn(in->name, in->lineno, "NUL byte in record");
		return 0;
	}
	if (memchr(in->buf, '\r', in->len) != NULL) {
		msg_warn(in->name, in->lineno,
		    "carriage return in record (CRLF line ends?)");
		return 0;
	}
	tsv_split(r, in->buf, in->len);
	if (r->n < REC_NKEY + 1) {
		msg_warn(in->name, in->lineno,
		    "expected at least %d fields, found %zu", REC_NKEY + 1,
		    r->n);
		return 0;
	}
	if (r->f[REC_DOC].len == 0) {
		msg_warn(in->name, in->lineno, "empty document id");
		return 0;
	}
	nums[0] = &k->para;
	nums[1] = &k->sent;
	nums[2] = &k->offset;
	for (i = 0; i < 3; i++) {
		if (!rec_ulong(&r->f[fields[i]], nums[i])) {
			msg_warn(in->name, in->lineno, "%s is not a number: "
			    "'%.*s'", names[i], (int)r->f[fields[i]].len,
			    r->f[fields[i]].s);
			return 0;
		}
	}
	k->year = k->month = k->day = 0;
	if (tsv_eq(&r->f[REC_DCT], "-"))
		return 1;
	/* a document's records share its date: parse it once */
	if (r->f[REC_DCT].len == sizeof(lastdct) &&
	    memcmp(r->f[REC_DCT].s, lastdct, sizeof(lastdct)) == 0) {
		k->year = lasty;
		k->month = lastm;
		k->day = lastd;
		return 1;
	}
	if (!cal_parse_iso(r->f[REC_DCT].s, r->f[REC_DCT].len, &k->year,
	    &k->month, &k->day)) {
		msg_warn(in->name, in->lineno, "bad document date: '%.*s'",
		    (int)r->f[REC_DCT].len, r->f[REC_DCT].s);
		return 0;
	}
	memcpy(lastdct, r->f[REC_DCT].s, sizeof(lastdct));
	lasty = k->year;
	lastm = k->month;
	lastd = k->day;
	return 1;
}

/*
 * The next record of in: REC_DATA, REC_HEAD for a header line (its
 * fields in r), or REC_EOF.  Comments, blank lines and malformed
 * records are passed over.
 */
int
rec_read(struct tsv_in *in, struct tsv_rec *r, struct rec_key *k)
{
	int t;

	for (;;) {
		if (tsv_getline(in) <= 0)
			return REC_EOF;
		if ((t = rec_parse(in, r, k)) >= 0)
			return t;
	}
}

/* Every field but the text, each followed by a TAB. */
void
rec_out_upstream(const struct tsv_rec *r)
{
	size_t i;

	for (i = 0; i + 1 < r->n; i++) {
		out_bytes(r->f[i].s, r->f[i].len);
		out_tab();
	}
}

const struct tsv_field *
rec_text(const struct tsv_rec *r)
{
	return &r->f[r->n - 1];
}

void
rec_out_text(const struct tsv_rec *r)
{
	out_bytes(r->f[r->n - 1].s, r->f[r->n - 1].len);
}

/*
 * The line already in in->buf, for programs that read other records in
 * the same stream: REC_DATA, REC_HEAD, or -1 for a comment, a blank
 * line or a malformed record (reported), to be passed over.
 */
int
rec_parse(struct tsv_in *in, struct tsv_rec *r, struct rec_key *k)
{
	tsv_drop_bom(in);
	if (in->len == 0 || in->buf[0] == '#')
		return -1;
	if (strncmp(in->buf, "doc\tdct\t", 8) == 0) {
		tsv_split(r, in->buf, in->len);
		return REC_HEAD;
	}
	return check(in, r, k) ? REC_DATA : -1;
}
