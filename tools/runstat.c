/*
 * runstat: runs a command with stdin and stdout redirected and prints
 * its wall-clock seconds, peak resident memory in KiB and CPU seconds
 * (user and system), so that the benchmark needs nothing beyond a C
 * compiler.
 *
 * usage: runstat infile outfile command [arg ...]
 */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

int
main(int argc, char *argv[])
{
	struct timespec t0, t1;
	struct rusage ru;
	pid_t pid;
	int status, in, out;

	if (argc < 4) {
		fprintf(stderr, "usage: runstat infile outfile command [arg ...]\n");
		return 2;
	}
	clock_gettime(CLOCK_MONOTONIC, &t0);
	if ((pid = fork()) < 0) {
		perror("runstat: fork");
		return 3;
	}
	if (pid == 0) {
		if ((in = open(argv[1], O_RDONLY)) < 0 ||
		    (out = open(argv[2], O_WRONLY | O_CREAT | O_TRUNC, 0644)) < 0) {
			perror("runstat: open");
			_exit(127);
		}
		dup2(in, 0);
		dup2(out, 1);
		execvp(argv[3], argv + 3);
		perror("runstat: exec");
		_exit(127);
	}
	if (waitpid(pid, &status, 0) < 0) {
		perror("runstat: waitpid");
		return 3;
	}
	clock_gettime(CLOCK_MONOTONIC, &t1);
	getrusage(RUSAGE_CHILDREN, &ru);
	printf("%.3f %ld %.3f\n", (double)(t1.tv_sec - t0.tv_sec) +
	    (double)(t1.tv_nsec - t0.tv_nsec) / 1e9, ru.ru_maxrss,
	    (double)(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) +
	    (double)(ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e6);
	return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}
