/*
 * Forced into a program built for fuzzing: main is renamed prog_main,
 * and one object in each of .data and .bss makes sure both sections
 * (renamed fuzz_data and fuzz_bss) exist for the driver to restore.
 */
int	prog_main(int, char **);
__attribute__((used)) static int fuzz_data_anchor = 1;
__attribute__((used)) static int fuzz_bss_anchor;
