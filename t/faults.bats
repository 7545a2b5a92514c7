#!/usr/bin/env bats
# Faults from outside: a stop signal in mid-run, a slow reader, a slow
# writer.  Output never ends in half a record.

load helper

# whole_records FILE NF: every line ends with LF and has NF fields.
whole_records() {
	[ ! -s "$1" ] || [ "$(tail -c 1 "$1" | od -An -c | tr -d ' ')" = '\n' ]
	[ "$(awk -F '\t' -v nf="$2" 'NF != nf' "$1" | wc -l)" -eq 0 ]
}

big_article() {
	awk 'BEGIN { for (i = 0; i < 300000; i++)
		printf "On Sunday, %d troops left the base near the river. The vote came two days later.\n\n", i }'
}

@test "SIGTERM while blocked writing: only whole records, killed by the signal" {
	big_article | head -c 4000000 > "$TMP/big.txt"
	mkfifo "$TMP/fifo"
	# The reader opens the pipe at once but reads only later, so the
	# writer fills it and is blocked in mid-write when the signal comes.
	{ exec 3< "$TMP/fifo"; sleep 2; cat <&3 > "$TMP/out"; } &
	reader=$!
	splitdoc -d 2020-01-05 "$TMP/big.txt" > "$TMP/fifo" &
	pid=$!
	sleep 1
	kill -TERM "$pid"
	wait "$pid" && st=0 || st=$?
	wait "$reader"
	[ "$st" -eq 143 ]
	[ -s "$TMP/out" ]
	whole_records "$TMP/out" 7
	[ "$(wc -l < "$TMP/out")" -lt "$(splitdoc -d 2020-01-05 "$TMP/big.txt" | wc -l)" ]
}

@test "SIGTERM while waiting for input ends it at once, whole records out" {
	mkfifo "$TMP/fifo"
	{ printf 'First one. Second one.\n\n'; sleep 5; printf 'Late.\n'; } > "$TMP/fifo" &
	writer=$!
	splitdoc -d 2020-01-05 "$TMP/fifo" > "$TMP/out" &
	pid=$!
	sleep 1
	kill -TERM "$pid"
	wait "$pid" && st=0 || st=$?
	[ "$st" -eq 143 ]
	[ "$(wc -l < "$TMP/out")" -eq 2 ]
	whole_records "$TMP/out" 7
	kill "$writer" 2>/dev/null || true
}

@test "SIGTERM in mid-pipeline: every stage leaves whole records" {
	big_article > "$TMP/big.txt"
	# $! is the last process of the pipeline: this test's extractdates.
	splitdoc -d 2020-01-05 "$TMP/big.txt" | extractdates -a > "$TMP/dates" &
	pid=$!
	sleep 0.5
	kill -TERM "$pid" 2>/dev/null || true
	wait || true
	whole_records "$TMP/dates" 14
}

@test "a slow reader: -u output arrives record by record through every stage" {
	mkfifo "$TMP/fifo"
	{ printf 'It happened on Sunday. About 5,200 troops left.\n\n'; sleep 3; printf 'Later.\n'; } > "$TMP/fifo" &
	splitdoc -u -d 2020-01-05 "$TMP/fifo" | extractdates -u -a | extractnums -u > "$TMP/out" &
	sleep 1.5
	[ "$(wc -l < "$TMP/out")" -ge 1 ]
	wait
	whole_records "$TMP/out" 23
}

@test "a slow writer downstream: nothing lost" {
	big_article | head -c 2000000 > "$TMP/in.txt"
	splitdoc -d 2020-01-05 "$TMP/in.txt" > "$TMP/want"
	splitdoc -d 2020-01-05 "$TMP/in.txt" | { sleep 1; cat; } > "$TMP/got"
	cmp "$TMP/want" "$TMP/got"
}

@test "out of memory: a clear message, status 3, the records done before it kept" {
	[ -z "${SANITIZED:-}" ] || skip "the sanitizers need more address space than the limit leaves"
	awk 'BEGIN { printf "big\t2020-01-05\t1\t2\ttext\t30\t"
		for (i = 0; i < 3000000; i++) printf "Words go on and on here. "
		print "" }' > "$TMP/big.tsv"
	printf 'good\t2020-01-05\t1\t1\ttext\t0\tIt happened on Sunday, said 5,200 troops.\n' > "$TMP/good.tsv"
	cat "$TMP/good.tsv" "$TMP/big.tsv" > "$TMP/in.tsv"
	tr '\t' ' ' < "$TMP/big.tsv" > "$TMP/big.txt"
	for prog in splitdoc extractdates extractnums mergeevents chronoreport; do
		in=$TMP/in.tsv line=2
		[ "$prog" != splitdoc ] || { in=$TMP/big.txt; line=1; }
		run bash -c "ulimit -v 40000; $prog '$in' 2>'$TMP/err' > '$TMP/out'"
		[ "$status" -eq 3 ] || { echo "$prog: status $status" >&2; return 1; }
		# (mergeevents and chronoreport also report the sentence record.)
		[ "$(tail -1 "$TMP/err")" = "$prog: $in:$line: Cannot allocate memory" ]
		case $prog in
		extractdates|extractnums)
			[ "$(cut -f1 "$TMP/out" | sort -u)" = good ] ;;
		esac
	done
}
