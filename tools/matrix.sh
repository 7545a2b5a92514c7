#!/bin/bash
# make matrix: every program against every kind of bad input.  A bad
# input stands between good ones; a cell passes when the program exits
# with the documented status, says what it documents on standard error,
# and writes for the good input exactly what it writes without the bad.
# Prints the matrix as a table; exits 1 if any cell fails.
cd "$(dirname "$0")/.." || exit 2
export LC_ALL=C
PATH="$PWD/bin:$PATH"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail=0

# The good input: two short articles, and the records each stage makes.
printf '%s\n' 'Published 5 Jan 2020' '' \
    'Lawmakers voted on Sunday to expel 5,200 troops. The strike came on Friday.' \
    > "$work/good1.txt"
printf '%s\n' 'The coalition said on Monday that about 2,500 troops remain.' \
    'Talks resume in September 2025.' > "$work/good2.txt"
splitdoc -d 2020-01-05 "$work/good1.txt" > "$work/s1.tsv"
splitdoc -d 2020-01-05 "$work/good2.txt" > "$work/s2.tsv"
for s in 1 2; do
	extractdates "$work/s$s.tsv" > "$work/d$s.tsv"
	extractdates -a "$work/s$s.tsv" | extractnums > "$work/n$s.tsv"
	{ mergeevents "$work/d$s.tsv"; mergeevents -F "$work/n$s.tsv"; } \
	    > "$work/m$s.tsv"
done

# The input a program reads, from good part 1, the bad bytes, good part 2.
stage_input() {	# prog part
	case $1 in
	extractdates|extractnums) cat "$work/s$2.tsv" ;;
	mergeevents) cat "$work/d$2.tsv" ;;
	chronoreport) cat "$work/m$2.tsv" ;;
	esac
}

# Bad inputs for the record filters, one file each.
make_bad() {	# name file
	case $1 in
	empty) : > "$2" ;;
	whitespace) printf '   \n\t\n' > "$2" ;;
	binary) head -c 2048 "$(command -v sh)" > "$2" ;;
	nul) printf 'x\t2020-01-05\t1\t1\ttext\t0\tA NUL\0 here on Sunday.\n' > "$2" ;;
	bad-utf8) printf 'x\t2020-01-05\t1\t1\ttext\t0\tCaf\xe9 on Sunday.\n' > "$2" ;;
	overlong) printf 'x\t2020-01-05\t1\t1\ttext\t0\tA \xc0\xaf slash on Sunday.\n' > "$2" ;;
	bom) printf '\xef\xbb\xbf# a comment after a byte order mark\n' > "$2" ;;
	crlf) printf 'x\t2020-01-05\t1\t1\ttext\t0\tOn Sunday.\r\n' > "$2" ;;
	long-line) awk 'BEGIN { printf "x\t2020-01-05\t1\t1\ttext\t0\t"; for (i = 0; i < 4000000; i++) printf "Words go on and on here. "; print "" }' > "$2" ;;
	few-fields) printf 'x\t2020-01-05\t1\n' > "$2" ;;
	bad-offset) printf 'x\t2020-01-05\t1\t1\ttext\tten\tOn Sunday.\n' > "$2" ;;
	past-end) printf 'x\t2020-01-05\t1\t1\ttext\t99999999999\tOn Sunday.\n' > "$2" ;;
	bad-date) printf 'x\t2023-02-30\t1\t1\ttext\t0\tOn Sunday.\n' > "$2" ;;
	dct-unknown) printf 'x\t-\t1\t1\ttext\t0\tIt happened on Sunday, two days later.\n' > "$2" ;;
	header-comment) printf 'doc\tdct\tpara\tsent\tkind\toffset\ttext\n# a comment\n' > "$2" ;;
	other-program) printf '#\tnot\ta\trecord\n2020-01-05\tDATE\t1\tx\n' > "$2" ;;
	esac
}

# What each bad input must give: status and a pattern for stderr
# ("" for silence).  The same for every record filter.
expect() {	# name -> "status|pattern"
	case $1 in
	empty|bom|header-comment|dct-unknown|past-end) echo '0|' ;;
	whitespace) echo '1|:1: expected at least 7 fields' ;;
	long-line) echo '0|' ;;
	bad-utf8|overlong) echo '0|' ;;
	binary) echo '1|:[0-9]*: ' ;;
	nul) echo '1|:[0-9]*: NUL byte in record' ;;
	crlf) echo '1|:[0-9]*: carriage return in record' ;;
	few-fields|other-program) echo '1|:[0-9]*: expected at least 7 fields' ;;
	bad-offset) echo '1|:[0-9]*: offset is not a number' ;;
	bad-date) echo '1|:[0-9]*: bad document date' ;;
	esac
}

# chronoreport reads mergeevents records: a sentence record is not one.
report_expect() {	# name expect-for-record-filters
	case $1 in
	whitespace|few-fields|bad-offset|bad-date|other-program)
		echo '1|:[0-9]*: not a mergeevents record' ;;
	*) echo "$2" ;;
	esac
}

bads="empty whitespace binary nul bad-utf8 overlong bom crlf long-line few-fields bad-offset past-end bad-date dct-unknown header-comment other-program"

# Good records must be what the program gives for the good input alone.
# mergeevents merges across inputs, so its good output is compared with
# a run over good part 1 and good part 2 together.
cell() {	# prog bad
	local prog=$1 bad=$2 exp st pat out err gout
	make_bad "$bad" "$work/bad"
	# mergeevents reads date records: content cases go through
	# extractdates first, so only the content is bad, not the shape.
	case $prog:$bad in
	mergeevents:bad-utf8|mergeevents:overlong|mergeevents:past-end|\
	mergeevents:dct-unknown|mergeevents:long-line)
		extractdates -a "$work/bad" > "$work/bad.d" 2>/dev/null
		mv "$work/bad.d" "$work/bad" ;;
	chronoreport:bad-utf8|chronoreport:overlong|chronoreport:past-end|\
	chronoreport:dct-unknown|chronoreport:long-line)
		extractdates -a "$work/bad" | mergeevents > "$work/bad.d" 2>/dev/null
		mv "$work/bad.d" "$work/bad" ;;
	esac
	stage_input "$prog" 1 > "$work/in1"
	stage_input "$prog" 2 > "$work/in2"
	"$prog" "$work/in1" "$work/in2" > "$work/want" 2>/dev/null
	"$prog" "$work/in1" "$work/bad" "$work/in2" > "$work/out" 2> "$work/err"
	st=$?
	exp=$(expect "$bad")
	[ "$prog" != chronoreport ] || exp=$(report_expect "$bad" "$exp")
	pat=${exp#*|}
	if [ "$st" -ne "${exp%%|*}" ]; then
		echo "status $st"
		return 1
	fi
	if [ -n "$pat" ]; then
		grep -q "^$prog: $work/bad$pat" "$work/err" || { echo "message"; return 1; }
	elif [ -s "$work/err" ]; then
		echo "unexpected message"
		return 1
	fi
	# Good records survive: every line of the good run is in the bad run.
	# mergeevents and chronoreport merge everything they read: a bad
	# input that is well-formed adds its own event, so only inputs that
	# must be skipped leave the output as it was without them.
	if [ "$prog" = mergeevents ] || [ "$prog" = chronoreport ]; then
		case $bad in
		empty|whitespace|bom|header-comment|binary|nul|crlf|few-fields|bad-offset|bad-date|other-program)
			cmp -s "$work/want" "$work/out" || { echo "good records changed"; return 1; } ;;
		esac
	else
		grep -v "^x	" "$work/out" | cmp -s "$work/want" - ||
		    { echo "good records lost"; return 1; }
	fi
	echo ok
}

# splitdoc reads documents, not records: its own bad inputs.
split_bad() {	# name file
	case $1 in
	empty) : > "$2" ;;
	whitespace) printf '   \n\t\n' > "$2" ;;
	binary) head -c 2048 "$(command -v sh)" > "$2" ;;
	nul) printf 'A NUL\0 here. Then more.\n' > "$2" ;;
	bad-utf8) printf 'Caf\xe9 text. More.\n' > "$2" ;;
	overlong) printf 'A \xc0\xaf slash. More.\n' > "$2" ;;
	bom) printf '\xef\xbb\xbfA byte order mark. More.\n' > "$2" ;;
	crlf) printf 'Line one.\r\nLine two.\r\n' > "$2" ;;
	long-line) awk 'BEGIN { for (i = 0; i < 4000000; i++) printf "Words go on and on here. "; print "" }' > "$2" ;;
	tiny-docs) awk 'BEGIN { for (i = 0; i < 10000; i++) printf "Doc %d. Short.\n\f\n", i }' > "$2" ;;
	huge-doc) awk 'BEGIN { for (i = 0; i < 200000; i++) printf "Paragraph %d has a sentence. And another one here.\n\n", i }' > "$2" ;;
	html-broken) printf '<html><p>Unclosed <b>tag &bogus; <!-- never ends\n' > "$2" ;;
	json-broken) printf '{"text": "ok one."}\n{"text": broken\n{"text": "ok two."}\n' > "$2" ;;
	esac
}

split_expect() {
	case $1 in
	whitespace|bom|crlf|long-line|tiny-docs|huge-doc) echo '0|' ;;
	empty) echo '1|: empty document' ;;
	binary) echo '1|: binary file, skipped' ;;
	nul) echo '1|:1: NUL byte' ;;
	bad-utf8|overlong) echo '1|:1: invalid UTF-8' ;;
	html-broken) echo '1|: unterminated HTML comment' ;;
	json-broken) echo '1|:2: malformed JSON' ;;
	esac
}

split_cell() {	# bad
	local bad=$1 exp st pat f=$work/bad.txt
	case $bad in
	html-broken) f=$work/bad.html ;;
	json-broken) f=$work/bad.jsonl ;;
	tiny-docs) f=- ;;
	esac
	if [ "$f" = - ]; then
		split_bad "$bad" "$work/stdin"
		splitdoc -d 2020-01-05 < "$work/stdin" > "$work/out" 2> "$work/err"
		st=$?
		[ "$st" -eq 0 ] && [ "$(cut -f1 "$work/out" | sort -u | wc -l)" -eq 10000 ] &&
		    [ ! -s "$work/err" ] && { echo ok; return 0; }
		echo "status $st"
		return 1
	fi
	split_bad "$bad" "$f"
	splitdoc -d 2020-01-05 "$work/good1.txt" "$work/good2.txt" > "$work/want"
	splitdoc -d 2020-01-05 "$work/good1.txt" "$f" "$work/good2.txt" > "$work/out" 2> "$work/err"
	st=$?
	exp=$(split_expect "$bad")
	pat=${exp#*|}
	[ "$st" -eq "${exp%%|*}" ] || { echo "status $st"; return 1; }
	if [ -n "$pat" ]; then
		grep -q "^splitdoc: $f$pat" "$work/err" || { echo "message"; return 1; }
	elif [ -s "$work/err" ]; then
		echo "unexpected message"
		return 1
	fi
	grep -E '^good[12]	' "$work/out" | cmp -s "$work/want" - ||
	    { echo "good records lost"; return 1; }
	echo ok
}

printf '%-16s' "input"
progs="splitdoc extractdates extractnums mergeevents chronoreport"
for p in $progs; do printf ' %-14s' "$p"; done
printf '\n'
for bad in empty whitespace binary nul bad-utf8 overlong bom crlf long-line \
    few-fields bad-offset past-end bad-date dct-unknown header-comment \
    other-program tiny-docs huge-doc html-broken json-broken; do
	printf '%-16s' "$bad"
	for p in $progs; do
		if [ "$p" = splitdoc ]; then
			case $bad in
			few-fields|bad-offset|past-end|bad-date|dct-unknown|header-comment|other-program)
				r="-" ;;
			*) r=$(split_cell "$bad") || fail=1 ;;
			esac
		else
			case " $bads " in
			*" $bad "*) r=$(cell "$p" "$bad") || fail=1 ;;
			*) r="-" ;;
			esac
		fi
		printf ' %-14s' "$r"
	done
	printf '\n'
done
exit $fail
