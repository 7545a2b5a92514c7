/*
 * rec: the sentence record that splitdoc writes and every later filter
 * reads: the key fields below, any fields added upstream, the text last.
 */

enum {
	REC_DOC,		/* document id */
	REC_DCT,		/* document creation date, YYYY-MM-DD or - */
	REC_PARA,		/* paragraph number in the document, from 1 */
	REC_SENT,		/* sentence number in the document, from 1 */
	REC_KIND,		/* text, head, item, caption, meta, furniture */
	REC_OFFSET,		/* byte offset of the text in the document */
	REC_NKEY		/* the number of key fields */
};

struct tsv_field;
struct tsv_in;
struct tsv_rec;

#define REC_HEADER_KEY	"doc\tdct\tpara\tsent\tkind\toffset"

enum { REC_EOF, REC_DATA, REC_HEAD };

struct rec_key {
	unsigned long	 para, sent, offset;
	int		 year, month, day;	/* DCT; year 0 if unknown */
};

int	 rec_read(struct tsv_in *, struct tsv_rec *, struct rec_key *);
int	 rec_parse(struct tsv_in *, struct tsv_rec *, struct rec_key *);
void	 rec_out_upstream(const struct tsv_rec *);
void	 rec_out_text(const struct tsv_rec *);
const struct tsv_field *rec_text(const struct tsv_rec *);
int	 rec_ulong(const struct tsv_field *, unsigned long *);
