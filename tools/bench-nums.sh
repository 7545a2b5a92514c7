#!/bin/sh
# Speed of extractnums on about 100 MB of sentence records: the news
# sample sentences repeated under many document ids.  Prints MB/s of
# input and the peak memory.  SIZE (bytes) and PROG override.
cd "$(dirname "$0")/.." || exit 2
PROG=${PROG:-bin/extractnums}
SIZE=${SIZE:-100000000}
TMP=${TMPDIR:-/tmp}/bench-nums.$$
trap 'rm -f "$TMP"' EXIT INT TERM
[ -x "$PROG" ] || { echo "bench-nums: $PROG is not built" >&2; exit 2; }
grep -hv '^#' t/fixtures/extractnums-news.tsv \
    t/fixtures/extractnums-news-heldout.tsv | cut -f1 |
awk -v size="$SIZE" 'BEGIN { OFS = "\t" }
	{ s[n++] = $0 }
	END {
		# mostly sentences without figures, as in news copy
		filler[0] = "The minister said talks would continue next week."
		filler[1] = "Officials declined to comment on the report."
		filler[2] = "The statement was issued late on Sunday evening."
		while (bytes < size) {
			for (i = 0; i < n && bytes < size; i++) {
				t = (k % 3 == 0) ? s[i] : filler[k % 3]
				line = sprintf("doc%d\t2020-01-05\t1\t%d\ttext\t%d\t%s",
				    int(k / 40), k % 40 + 1, off, t)
				print line
				bytes += length(line) + 1
				off += length(t) + 1
				k++
			}
		}
	}' > "$TMP"
bytes=$(wc -c < "$TMP")
if command -v /usr/bin/time >/dev/null 2>&1; then
	/usr/bin/time -f '%e %U %M' -o "$TMP.t" "$PROG" "$TMP" > /dev/null
	read -r real user kb < "$TMP.t"
	rm -f "$TMP.t"
else
	start=$(date +%s.%N)
	"$PROG" "$TMP" > /dev/null
	real=$(echo "$(date +%s.%N) - $start" | bc)
	user=$real
	kb=-
fi
awk -v b="$bytes" -v r="$real" -v u="$user" -v kb="$kb" 'BEGIN {
	printf "extractnums: %.1f MB in %.2f s (%.2f s user): %.0f MB/s wall, %.0f MB/s cpu; peak memory %s KB\n",
	    b / 1e6, r, u, b / 1e6 / r, b / 1e6 / u, kb }'
