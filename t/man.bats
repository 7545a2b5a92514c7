#!/usr/bin/env bats
# The man pages: well-formed, and their EXAMPLES run.

load helper

@test "every man page lints clean" {
	for page in "$ROOT"/man/*.[17]; do
		if command -v mandoc >/dev/null; then
			run mandoc -Tlint -Wwarning "$page"
		else
			run groff -mandoc -ww -z "$page"
		fi
		[ "$status" -eq 0 ] || { echo "$page: $output" >&2; return 1; }
		[ -z "$output" ] || { echo "$page: $output" >&2; return 1; }
	done
}

@test "every program has a man page and every man page a program" {
	for prog in "$ROOT"/bin/*; do
		[ -f "$ROOT/man/$(basename "$prog").1" ]
	done
	for page in "$ROOT"/man/*.1; do
		[ -x "$ROOT/bin/$(basename "$page" .1)" ]
	done
}

@test "the usage line of --help matches the SYNOPSIS options" {
	for prog in "$ROOT"/bin/*; do
		name=$(basename "$prog")
		usage=$("$prog" --help | head -1)
		flags=$(sed -n 's/^\.Op Fl \([A-Za-z]*\)$/\1/p' "$ROOT/man/$name.1" | head -1)
		[ -z "$flags" ] || [[ "$usage" == *"-$flags"* ]] ||
		    { echo "$name: '$usage' lacks -$flags" >&2; return 1; }
	done
}

@test "the EXAMPLES of splitdoc(1) run on the sample corpus" {
	cd "$ROOT"
	run bash -c 'splitdoc examples/articles/* > /dev/null'
	[ "$status" -le 1 ]
	run bash -c "splitdoc examples/articles/* | head -3 | cut -f6,7"
	[ "${#lines[@]}" -eq 3 ]
}
