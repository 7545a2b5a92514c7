#!/usr/bin/env bats
# Regressions from fuzzing (make fuzz): each input a fuzz target failed
# on, rewritten by hand as a small fixture, with the clean run the
# program now makes of it.  Run under make sanitize they catch the bug
# itself, not only its symptoms.
load helper

@test "mergeevents: a DATE value with a 23-digit year is malformed, no overflow" {
	run mergeevents "$FIX/mergeevents-long-year.tsv"
	[ "$status" -eq 1 ]
	diff_out "mergeevents: $FIX/mergeevents-long-year.tsv:3: malformed date value: '77777777777777777777709'
event	2024-09-27	day	left	1	1	-	wire:0	-	-	-	wire:0	1504	-	Troops left the base on Friday.
event	2024-09-28	day	scheduled	1	1	future	wire:90	-	-	-	wire:90	1503	-	Talks resumed on Saturday."
}

@test "chronoreport -w: a 29-digit figure draws no chart axis past a long" {
	# Found by the fuzzer: the axis labels cast a huge value to long.
	run chronoreport -q -w "$FIX/chronoreport-huge-value.tsv"
	[ "$status" -eq 1 ]
	[[ "$output" == *'</html>'* ]]
}

@test "extractnums: a ratio of counts past a long is no ratio, no overflow" {
	# Found by the fuzzer: the whole-count test of a ratio cast a
	# 21-digit count to long.
	run extractnums "$FIX/extractnums-huge-ratio.tsv"
	[ "$status" -eq 0 ]
	# a huge count, then the ratio after it as before
	[ "$(printf '%s\n' "$output" | cut -f7,15 | tr '\n' '|')" = "count	Some 163333333333333 million|fraction	7 in 10|" ]
}

@test "extractnums: a tiny power with a negative exponent is no figure, no overflow" {
	# Found by the fuzzer: .2^-2023 underflowed to 0, and its inverse,
	# infinity, was cast to an integer.
	run extractnums "$FIX/extractnums-tiny-power.tsv"
	[ "$status" -eq 0 ]
	[ "$(printf '%s\n' "$output" | cut -f8,15 | tr '\n' '|')" = "0.2	.2|0.125	2^-3|1099511627776	0.5^-40|" ]
}
