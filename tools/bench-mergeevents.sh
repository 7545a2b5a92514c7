#!/bin/sh
# Benchmark of mergeevents: records per second and peak memory on
# generated extractdates records (chronology) and extractnums records
# (figures), beside cat and wc -l on the same files in the same run.
#   usage: tools/bench-mergeevents.sh [documents]   (default 20000)
cd "$(dirname "$0")/.." || exit 2
docs=${1:-20000}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
gen=t/fixtures/mergeevents-gen.awk
awk -v seed=5 -v docs="$docs" -v sents=50 -f "$gen" > "$tmp/dates.tsv"
awk -v seed=6 -v docs="$docs" -v sents=50 -v nums=1 -f "$gen" > "$tmp/nums.tsv"

# stat CMD...: "wall cpu peak-KiB" of CMD, output thrown away; GNU time
# gives CPU time and memory, which a loaded machine does not skew.
stat() {
	if [ -x /usr/bin/time ]; then
		/usr/bin/time -f '%e %U %S %M' "$@" 2>&1 > /dev/null |
		    tail -n 1 | awk '{ print $1, $2 + $3, $4 }'
	else
		s=$(date +%s.%N)
		"$@" > /dev/null
		e=$(date +%s.%N)
		echo "$s $e" | awk '{ print $2 - $1, $2 - $1, "?" }'
	fi
}

for mode in dates nums; do
	f=$tmp/$mode.tsv
	flag=
	[ "$mode" = nums ] && flag=-F
	n=$(wc -l < "$f")
	mb=$(wc -c < "$f" | awk '{ printf "%.1f", $1 / 1e6 }')
	out=$(bin/mergeevents $flag "$f" | wc -l)
	echo "$mode: $n records, $mb MB, $out output records"
	for cmd in cat "wc -l" "bin/mergeevents $flag"; do
		# shellcheck disable=SC2086
		echo "$cmd|$(stat $cmd "$f")"
	done | awk -F'|' -v n="$n" -v mb="$mb" '{
		split($2, t, " ")
		cpu = t[2] > 0 ? t[2] : 1e-9
		printf "  %-18s wall %6.3f s  cpu %6.3f s  %5.2f M records/s  " \
		    "%5.0f MB/s  peak %s KiB\n", $1, t[1], t[2], n / cpu / 1e6,
		    mb / cpu, t[3]
	}'
done
