#!/usr/bin/env bats
# valgrind --leak-check=full over a pipeline on the sample corpus: no
# leaks and no memory errors in any program.

load helper

vg() {
	valgrind -q --leak-check=full --errors-for-leak-kinds=definite,indirect \
	    --error-exitcode=99 "$@"
}

@test "valgrind: the whole pipeline, no leaks, no errors" {
	command -v valgrind >/dev/null || skip "valgrind is not installed"
	[ -z "${SANITIZED:-}" ] || skip "valgrind does not run sanitized programs"
	cd "$ROOT"
	vg splitdoc examples/articles/* > "$TMP/s" 2> "$TMP/e1" ||
	    { [ $? -ne 99 ] || { cat "$TMP/e1" >&2; return 1; }; }
	vg extractdates -a "$TMP/s" > "$TMP/d" 2> "$TMP/e2"
	vg extractnums "$TMP/d" > "$TMP/n" 2> "$TMP/e3"
	vg mergeevents "$TMP/d" > "$TMP/c" 2> "$TMP/e4"
	vg mergeevents -F "$TMP/n" > "$TMP/f" 2> "$TMP/e5"
	vg chronoreport -w "$TMP/c" "$TMP/f" > "$TMP/r" 2> "$TMP/e6"
	for e in "$TMP"/e[2-6]; do
		[ ! -s "$e" ] || { cat "$e" >&2; return 1; }
	done
	[ -s "$TMP/r" ]
}
