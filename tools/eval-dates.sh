#!/bin/sh
# Scores extractdates on the TimeML corpora next to the repository and on
# the hand-annotated news samples in t/fixtures/extractdates-news: each
# document goes through splitdoc (its DCT from docs/ID.dct) and
# extractdates -S; score-timex.py compares the spans with gold.tsv.
# CORPORA names another corpus directory, SCORER another scorer,
# SPLITDOC another splitter, EXTRACTDATES another tagger.
root=$(cd "$(dirname "$0")/.." && pwd) || exit 2
corpora=${CORPORA:-$root/../shared/corpora}
scorer=${SCORER:-$(dirname "$corpora")/eval/score-timex.py}
splitdoc=${SPLITDOC:-$root/bin/splitdoc}
extractdates=${EXTRACTDATES:-$root/bin/extractdates}
news=$root/t/fixtures/extractdates-news
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

# score NAME DIR: one line of figures for the corpus in DIR
score() {
	if [ ! -f "$2/gold.tsv" ] || [ ! -d "$2/docs" ]; then
		echo "eval-dates: no corpus $1 in $2; skipped" >&2
		return
	fi
	sys=$tmp/$1.tsv
	printf 'doc\tstart\tend\ttype\tvalue\ttext\n' > "$sys"
	for f in "$2"/docs/*.txt; do
		id=${f%.txt}
		$splitdoc -d "$(cat "$id.dct")" "$f" | "$extractdates" -S
	done >> "$sys" || status=1
	python3 "$scorer" --json "$2/gold.tsv" "$sys" |
	    python3 -c '
import json, sys
r = json.load(sys.stdin)
print("%-12s strict F1 %.3f  relaxed F1 %.3f  value F1 %.3f  type F1 %.3f" %
    (sys.argv[1], r["strict"]["f1"], r["relaxed"]["f1"], r["value"]["f1"],
    r["type"]["f1"]))' "$1" || status=1
}

for c in timebank aquaint; do
	score "$c" "$corpora/$c"
done
# our own news sets, annotated by hand;
# blind, heldout and blind2 to blind37 are never tuned on: only their
# scores are read
for c in dev dev2 dev3 dev4 dev5 dev6 dev7 dev8 dev9 dev10 dev11 dev12 dev13 dev14 dev15 dev16 dev17 dev20 dev18 dev19 dev21 dev22 dev23 dev24 dev26 dev25 dev27 dev28 dev29 dev30 dev31 dev32 blind heldout blind2 blind3 blind4 blind5 blind6 blind7 blind8 blind9 blind10 blind11 blind12 blind13 blind14 blind15 blind16 blind18 blind17 blind19 blind20 blind21 blind22 blind23 blind24 blind25 blind27 blind26 blind29 blind28 blind30 blind31 blind32 blind33 blind34 blind35 blind36 blind37; do
	score "news-$c" "$news/$c"
done
exit $status
