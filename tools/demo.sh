#!/bin/sh
# make demo: the toolkit's main job on the sample corpus in examples/:
# sentences, the chronology, the figures, and the report in Markdown
# and HTML.
cd "$(dirname "$0")/.." || exit 2
out=out/demo
mkdir -p "$out" || exit 3
set -e
bin/splitdoc examples/articles/* > "$out/sentences.tsv"
bin/extractdates -a "$out/sentences.tsv" > "$out/dates.tsv"
bin/mergeevents -H "$out/dates.tsv" > "$out/chronology.tsv"
bin/extractnums "$out/dates.tsv" | bin/mergeevents -F -H > "$out/figures.tsv"
title="U.S. troops in Iraq, 2020-2024: a chronology from the sample articles"
bin/chronoreport -t "$title" "$out/chronology.tsv" "$out/figures.tsv" \
    > "$out/report.md"
bin/chronoreport -w -t "$title" "$out/chronology.tsv" "$out/figures.tsv" \
    > "$out/report.html"
n() {
	grep -vc '^event	date	\|^figure	counted	' "$1" || true
}
echo "sentences:  $out/sentences.tsv ($(wc -l < "$out/sentences.tsv") records)"
echo "chronology: $out/chronology.tsv ($(n "$out/chronology.tsv") events)"
echo "figures:    $out/figures.tsv ($(n "$out/figures.tsv") figure groups)"
echo "report:     $out/report.md"
echo "web page:   $out/report.html (open it in a browser)"
