/*
 * msg: diagnostics in one shape for every program,
 * "prog: file:line: reason" or "prog: reason", and the exit codes.
 */

enum {
	EXIT_OK = 0,		/* all input processed */
	EXIT_INPUT = 1,		/* some input unreadable, malformed or repaired */
	EXIT_USAGE = 2,		/* bad arguments, nothing read */
	EXIT_SYSTEM = 3		/* out of memory, failed write */
};

extern const char *msg_prog;
extern int msg_quiet;
extern int msg_status;
extern void (*msg_before_exit)(void);

void	 msg_init(const char *);
void	 msg_warn(const char *, unsigned long, const char *, ...);
void	 msg_syswarn(const char *, ...);
void	 msg_die(int, const char *, ...);
void	 msg_sysdie(const char *, ...);

void	*xmalloc(size_t);
void	*xcalloc(size_t, size_t);
void	*xreallocarray(void *, size_t, size_t);
char	*xstrndup(const char *, size_t);
