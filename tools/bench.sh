#!/bin/sh
# make bench: throughput (MB/s of input) and peak memory of each filter
# on a generated corpus of about 100 MB, beside cat, wc -l and grep on
# the same file in the same run.  The corpus repeats the project's own
# sample articles and test fixtures; BENCH_MB sets its size.
cd "$(dirname "$0")/.." || exit 2
dir=${BENCH_DIR:-out/bench}
mb=${BENCH_MB:-100}
mkdir -p "$dir"
cc -O2 -o "$dir/runstat" tools/runstat.c || exit 3

# The corpus: plain-text articles, each ended by a blank line.
corpus=$dir/corpus.txt
if [ ! -s "$corpus" ] || [ "$(wc -c < "$corpus")" -lt $((mb * 1000000)) ]; then
	for f in examples/articles/*.txt t/fixtures/splitdoc-article.txt \
	    t/fixtures/splitdoc-glued.txt t/fixtures/splitdoc-wrapped.txt; do
		[ -f "$f" ] && { cat "$f"; printf '\n\n'; }
	done > "$dir/unit.txt"
	unit=$(wc -c < "$dir/unit.txt")
	n=$((mb * 1000000 / unit + 1))
	awk -v n="$n" -v f="$dir/unit.txt" 'BEGIN {
		while ((getline line < f) > 0) u = u line "\n"
		for (i = 0; i < n; i++) printf "%s", u
	}' > "$corpus"
fi
size=$(wc -c < "$corpus")

printf '%-34s %9s %8s %9s %9s\n' "command (same input)" "input MB" "seconds" "MB/s" "peak MB"
row() {	# name input output command...
	name=$1 in=$2 outf=$3
	shift 3
	set -- $("$dir/runstat" "$in" "$outf" "$@") || true
	insize=$(wc -c < "$in")
	awk -v n="$name" -v b="$insize" -v s="$1" -v k="$2" 'BEGIN {
		printf "%-34s %9.1f %8.2f %9.1f %9.1f\n", n, b / 1e6, s,
		    (s > 0 ? b / 1e6 / s : 0), k / 1024 }'
}
# Output goes to a file: GNU grep stops at the first match when its
# output is /dev/null.
row "cat" "$corpus" "$dir/cat.out" cat
row "wc -l" "$corpus" "$dir/wc.out" wc -l
row "grep -cE (month names)" "$corpus" "$dir/grep.out" grep -cE \
    '(January|February|March|April|May|June|July|August|September|October|November|December)'
row "splitdoc -d DATE" "$corpus" "$dir/sentences.tsv" bin/splitdoc -d 2020-01-05

# On a shared machine the wall clock counts other work too: the best of
# five runs, in wall time and in CPU time (user and system).
best5() {	# name input output command...
	name=$1 in=$2 outf=$3
	shift 3
	insize=$(wc -c < "$in")
	for k in 1 2 3 4 5; do
		"$dir/runstat" "$in" "$outf" "$@" || true
	done | awk -v n="$name" -v b="$insize" '{
		if (NR == 1 || $1 < w) w = $1
		if (NR == 1 || $3 < c) c = $3
		if ($2 > k) k = $2 }
	    END {
		printf "%-34s %9.1f %8.2f %9.1f %9.1f\n", n " (wall, best of 5)",
		    b / 1e6, w, (w > 0 ? b / 1e6 / w : 0), k / 1024
		printf "%-34s %9.1f %8.2f %9.1f %9.1f\n", n " (CPU, best of 5)",
		    b / 1e6, c, (c > 0 ? b / 1e6 / c : 0), k / 1024 }'
}
best5 "splitdoc -d DATE" "$corpus" "$dir/sentences.tsv" bin/splitdoc -d 2020-01-05

# Flat memory: a tenth of the corpus needs no less than all of it.
head -c $((size / 10)) "$corpus" > "$dir/tenth.txt"
row "splitdoc -d DATE (a tenth)" "$dir/tenth.txt" "$dir/tenth.tsv" bin/splitdoc -d 2020-01-05

for p in extractdates extractnums; do
	[ -x bin/$p ] || continue
	row "$p (on splitdoc output)" "$dir/sentences.tsv" "$dir/$p.tsv" bin/$p
	best5 "$p" "$dir/sentences.tsv" "$dir/$p.tsv" bin/$p
done
if [ -x bin/mergeevents ] && [ -s "$dir/extractdates.tsv" ]; then
	recs=$(wc -l < "$dir/extractdates.tsv")
	for k in 1 2 3 4 5; do
		"$dir/runstat" "$dir/extractdates.tsv" /dev/null bin/mergeevents ||
		    true
	done | awk -v r="$recs" '{
		if (NR == 1) { s = $1; k = $2 }
		if (NR == 1 || $1 < w) w = $1
		if (NR == 1 || $3 < c) c = $3 }
	    END {
		f = "%-34s %9d records %6.2f s %9.0f records/s %6.1f peak MB\n"
		printf f, "mergeevents", r, s, (s > 0 ? r / s : 0), k / 1024
		printf f, "mergeevents (wall, best of 5)", r, w,
		    (w > 0 ? r / w : 0), k / 1024
		printf f, "mergeevents (CPU, best of 5)", r, c,
		    (c > 0 ? r / c : 0), k / 1024 }'
fi
