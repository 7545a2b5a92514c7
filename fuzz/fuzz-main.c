/*
 * fuzz-main: a libFuzzer target around one program's main, unchanged.
 * The program is compiled with -Dmain=prog_main and linked with this
 * driver; each input is written to a file and the program runs on it
 * with a fixed command line (FUZZ_ARGS, split at spaces, "@" for the
 * file).  Programs keep their state in statics and free, but do not
 * reset, them at the end of main; so tools/fuzz.sh renames the
 * program's writable sections to fuzz_data and fuzz_bss, and the
 * driver puts them back as they were before the first run after every
 * run.  Anything main allocated and did not free is then unreachable,
 * and LeakSanitizer reports it for that input.
 */
#include <errno.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <fcntl.h>
#include <unistd.h>

#include "../src/msg.h"

#ifndef FUZZ_ARGS
#error "FUZZ_ARGS: the command line, e.g. \"splitdoc -q @\""
#endif

int	prog_main(int, char **);
int	LLVMFuzzerInitialize(int *, char ***);
int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

/* Bounds of the program's renamed sections, from the linker. */
extern char __start_fuzz_data[], __stop_fuzz_data[];
extern char __start_fuzz_bss[], __stop_fuzz_bss[];

static char *saved_data;
static size_t data_len, bss_len;
static int infd = -1, nullfd = -1;
static char inpath[64];
static char *argbuf;
static int nargs;

/*
 * The sections hold ASan's poisoned redzones between globals: copy
 * them unchecked, a word at a time (both are aligned to 8 bytes at least),
 * through volatile so the loop does not become a checked memcpy.
 */
__attribute__((no_sanitize("address")))
static void
copy_raw(char *dst, const char *src, size_t n)
{
	volatile uint64_t *d = (volatile uint64_t *)(void *)dst;
	const volatile uint64_t *s = (const volatile uint64_t *)(const void *)src;
	size_t i;

	for (i = 0; i < n / 8; i++)
		d[i] = s[i];
	for (i = n & ~(size_t)7; i < n; i++)
		((volatile char *)dst)[i] = src[i];
}

__attribute__((no_sanitize("address")))
static void
zero_raw(char *dst, size_t n)
{
	volatile uint64_t *d = (volatile uint64_t *)(void *)dst;
	size_t i;

	for (i = 0; i < n / 8; i++)
		d[i] = 0;
	for (i = n & ~(size_t)7; i < n; i++)
		((volatile char *)dst)[i] = 0;
}

static void
cleanup(void)
{
	if (infd != -1)
		unlink(inpath);
}

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	const char *dir;
	char *p;

	(void)argc;
	(void)argv;
	data_len = (size_t)(__stop_fuzz_data - __start_fuzz_data);
	if ((saved_data = malloc(data_len)) == NULL)
		abort();
	copy_raw(saved_data, __start_fuzz_data, data_len);
	bss_len = (size_t)(__stop_fuzz_bss - __start_fuzz_bss);
	/* A memory file system where there is one: no disk I/O per run. */
	dir = access("/dev/shm", W_OK) == 0 ? "/dev/shm" : "/tmp";
	snprintf(inpath, sizeof(inpath), "%s/chronfuzz.XXXXXX", dir);
	if ((infd = mkstemp(inpath)) == -1) {
		perror(inpath);
		exit(1);
	}
	atexit(cleanup);
	if ((nullfd = open("/dev/null", O_WRONLY)) == -1) {
		perror("/dev/null");
		exit(1);
	}
	/* FUZZ_ARGS split at spaces once; argv is rebuilt every run. */
	argbuf = strdup(FUZZ_ARGS);
	nargs = 1;
	for (p = argbuf; *p != '\0'; p++)
		if (*p == ' ') {
			*p = '\0';
			nargs++;
		}
	return 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *argv[16], *p;
	size_t off = 0;
	ssize_t w;
	int i;

	if (ftruncate(infd, 0) == -1 || lseek(infd, 0, SEEK_SET) == -1)
		abort();
	while (off < size) {
		if ((w = write(infd, data + off, size - off)) < 0) {
			if (errno == EINTR)
				continue;
			abort();
		}
		off += (size_t)w;
	}
	/* getopt may permute argv: a fresh one for every run. */
	for (i = 0, p = argbuf; i < nargs && i < 15; i++) {
		argv[i] = strcmp(p, "@") == 0 ? inpath : p;
		p += strlen(p) + 1;
	}
	argv[i] = NULL;
	/* out_close() closed the last run's standard output. */
	if (dup2(nullfd, STDOUT_FILENO) == -1)
		abort();
	optind = 1;
	msg_status = EXIT_OK;
	msg_quiet = 0;
	prog_main(i, argv);
	copy_raw(__start_fuzz_data, saved_data, data_len);
	zero_raw(__start_fuzz_bss, bss_len);
	return 0;
}
