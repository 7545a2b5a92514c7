#!/bin/sh
# Scores extractdates on the TimeML corpora next to the repository:
# each document goes through splitdoc (its DCT from docs/ID.dct) and
# extractdates -S; score-timex.py compares the spans with gold.tsv.
# CORPORA names another corpus directory, SPLITDOC another splitter.
root=$(cd "$(dirname "$0")/.." && pwd) || exit 2
corpora=${CORPORA:-$root/../shared/corpora}
scorer=${SCORER:-$(dirname "$corpora")/eval/score-timex.py}
splitdoc=${SPLITDOC:-$root/bin/splitdoc}
extractdates=$root/bin/extractdates
tmp=${TMPDIR:-/tmp}/eval-dates.$$
trap 'rm -rf "$tmp"' EXIT INT TERM

if [ ! -x "$extractdates" ]; then
	echo "eval-dates: build bin/extractdates first (make)" >&2
	exit 2
fi
if [ ! -f "$scorer" ]; then
	echo "eval-dates: no scorer at $scorer; skipped" >&2
	exit 0
fi
mkdir -p "$tmp" || exit 3
status=0
for c in timebank aquaint; do
	dir=$corpora/$c
	if [ ! -f "$dir/gold.tsv" ] || [ ! -d "$dir/docs" ]; then
		echo "eval-dates: no corpus $c in $corpora; skipped" >&2
		continue
	fi
	sys=$tmp/$c.tsv
	printf 'doc\tstart\tend\ttype\tvalue\ttext\n' > "$sys"
	for f in "$dir"/docs/*.txt; do
		id=${f%.txt}
		$splitdoc -d "$(cat "$id.dct")" "$f" | "$extractdates" -S
	done >> "$sys" || status=1
	python3 "$scorer" --json "$dir/gold.tsv" "$sys" |
	    python3 -c '
import json, sys
r = json.load(sys.stdin)
print("%-9s strict F1 %.3f  relaxed F1 %.3f  value F1 %.3f  type F1 %.3f" %
    (sys.argv[1], r["strict"]["f1"], r["relaxed"]["f1"], r["value"]["f1"],
    r["type"]["f1"]))' "$c" || status=1
done
exit $status
