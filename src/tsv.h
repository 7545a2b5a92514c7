/*
 * tsv: line input with file and line numbers for messages, fields
 * split in place, and the buffered record writer every program uses.
 */

struct tsv_in {
	FILE		*fp;
	const char	*name;		/* "<stdin>" for "-" */
	unsigned long	 lineno;
	char		*buf;		/* current line, NUL-terminated, no LF */
	size_t		 cap;
	size_t		 len;		/* bytes in buf, without the LF */
	int		 lf;		/* the line ended with LF */
	int		 unread;	/* serve buf again */
};

struct tsv_field {
	char	*s;
	size_t	 len;
};

struct tsv_rec {
	struct tsv_field	*f;
	size_t			 n, cap;
};

int	 tsv_open(struct tsv_in *, const char *);
int	 tsv_getline(struct tsv_in *);
void	 tsv_unread(struct tsv_in *);
void	 tsv_drop_bom(struct tsv_in *);
void	 tsv_close(struct tsv_in *);
size_t	 tsv_split(struct tsv_rec *, char *, size_t);
void	 tsv_rec_free(struct tsv_rec *);
int	 tsv_eq(const struct tsv_field *, const char *);

void	 out_init(int);
void	 out_bytes(const char *, size_t);
void	 out_str(const char *);
void	 out_char(int);
void	 out_tab(void);
void	 out_ulong(unsigned long);
void	 out_end(void);
void	 out_close(void);
