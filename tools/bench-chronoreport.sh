#!/bin/sh
# Timing of chronoreport on generated mergeevents output: N events
# (default 10000) over 30 years, one in ten a month, one in twenty a
# conflict, and 20 series of 50 figures; then the time headless
# Chromium takes to lay out and screenshot the page, beside an empty
# page.
#   usage: tools/bench-chronoreport.sh [events]
cd "$(dirname "$0")/.." || exit 2
n=${1:-10000}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
keep=${KEEP:-}
awk -v n="$n" 'BEGIN {
	OFS = "\t"; srand(7)
	for (i = 0; i < n; i++) {
		y = 1995 + int(i * 30 / n); m = 1 + int(rand() * 12)
		d = 1 + int(rand() * 28)
		date = sprintf("%04d-%02d-%02d", y, m, d); prec = "day"
		flags = "-"; alt = "-"
		if (i % 10 == 3) { date = substr(date, 1, 7); prec = "month" }
		if (i % 20 == 7) {
			flags = "conflict"
			alt = sprintf("%04d-%02d-%02d=wire%d:%d", y, m,
			    d % 28 + 1, i % 97, i)
		}
		print "event", date, prec, "vote", 2, 3, flags,
		    "ledger" i % 53 ":" i ",gazette" i % 31 ":" i * 2, "-",
		    alt, "-", "ledger:" i, 1300,
		    "Lawmakers in the assembly voted on the measure number " i \
		    " after a long debate about the budget and the troops."
	}
	for (s = 0; s < 20; s++)
		for (k = 0; k < 50; k++)
			print "figure", "troop", "count", "-", "Place" s,
			    sprintf("%04d-%02d-%02d", 1995 + int(k * 30 / 50),
			    1 + k % 12, 1 + k % 28), 1000 + k * 37 + s,
			    1000 + k * 37 + s, k % 3 ? "~" : ">=", 1, "-",
			    "doc" k ":" s, "-", "doc" k ":" s, 1000,
			    "about " k, "About " k " troops."
}' > "$tmp/in.tsv"

now() {
	date +%s.%N
}

t0=$(now)
bin/chronoreport -w "$tmp/in.tsv" > "$tmp/report.html"
t1=$(now)
bin/chronoreport "$tmp/in.tsv" > "$tmp/report.md"
t2=$(now)
echo "input:        $n events, 1000 figures, $(wc -c < "$tmp/in.tsv") bytes"
echo "$t0 $t1 $t2" | awk '{ printf "chronoreport: HTML %.3f s, Markdown %.3f s\n", $2 - $1, $3 - $2 }'
echo "page:         $(wc -c < "$tmp/report.html") bytes HTML, $(wc -c < "$tmp/report.md") bytes Markdown"
if ! command -v chromium > /dev/null 2>&1; then
	echo "chromium:     not installed, render time not measured"
	exit 0
fi
printf '<!DOCTYPE html><title>x</title><p>x\n' > "$tmp/empty.html"
shot() {
	prof=$(mktemp -d "$tmp/prof.XXXXXX")
	s=$(now)
	chromium --headless --no-sandbox --disable-gpu \
	    --disable-background-networking --disable-component-update \
	    --disable-sync --no-first-run --user-data-dir="$prof" \
	    --screenshot="$tmp/shot.png" --window-size=1280,4000 \
	    "file://$1" > /dev/null 2>&1
	e=$(now)
	echo "$s $e" | awk '{ printf "%.3f", $2 - $1 }'
}
base=$(shot "$tmp/empty.html")
full=$(shot "$tmp/report.html")
[ -z "$keep" ] || cp "$tmp/report.html" "$tmp/shot.png" "$keep"
echo "$base $full" | awk '{ printf "chromium:     empty page %.3f s, report %.3f s (layout and paint of the report: %.3f s)\n", $1, $2, $2 - $1 }'
