#!/bin/sh
# make demo: the toolkit's main job on the sample corpus in examples/.
cd "$(dirname "$0")/.." || exit 2
out=out/demo
mkdir -p "$out"
bin/splitdoc examples/articles/* > "$out/sentences.tsv"
echo "sentences:  $out/sentences.tsv ($(wc -l < "$out/sentences.tsv") records)"
