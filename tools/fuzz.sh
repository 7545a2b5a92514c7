#!/bin/sh
# make fuzz: builds a libFuzzer target (ASan and UBSan) for each
# program's input path into out/fuzz/, runs each in turn for
# FUZZ_SECONDS (default 60) at low priority, and prints a table:
# target, executions, crashes.  Each program is compiled unchanged
# with -Dmain=prog_main and linked with fuzz/fuzz-main.c; see there.
# New inputs go to out/fuzz/corpus/TARGET, crashes to out/fuzz/crash/.
# out/fuzz/runs.tsv keeps every run; the table's last column is the
# executions of all runs so far.  Exits 1 if any target crashed.  Usage: tools/fuzz.sh [target ...]
cd "$(dirname "$0")/.." || exit 2
CC=${FUZZ_CC:-clang-14}
OBJCOPY=${FUZZ_OBJCOPY:-objcopy}
SECONDS_EACH=${FUZZ_SECONDS:-60}
MAX_LEN=${FUZZ_MAX_LEN:-65536}
OUT=out/fuzz
VERSION=$(sed -n 's/^VERSION = //p' Makefile)
# -Wno-string-concatenation: clang alone warns on the JSON field lists.
CFLAGS="-g -O1 -fno-omit-frame-pointer -fsanitize=address,undefined \
 -fno-sanitize-recover=all -std=c99 -D_POSIX_C_SOURCE=200809L -Wall \
 -Wextra -Wshadow -Wpointer-arith -Wstrict-prototypes \
 -Wmissing-prototypes -Wno-string-concatenation -DVERSION=\"$VERSION\""

# target, program, the program's arguments ("@" is the input file)
TARGETS='splitdoc splitdoc -q @
splitdoc-html splitdoc -q -f html @
splitdoc-jsonl splitdoc -q -f jsonl @
extractdates extractdates -q @
extractnums extractnums -q @
mergeevents mergeevents -q @
chronoreport chronoreport -q @
chronoreport-html chronoreport -q -w @'

die() {
	echo "fuzz: $*" >&2
	exit 3
}

command -v "$CC" >/dev/null || die "$CC not found (clang with libFuzzer)"
mkdir -p "$OUT/lib" "$OUT/crash" "$OUT/log" "$OUT/corpus" || exit 3

# The core, instrumented like the programs.
lib=
for c in src/cal.c src/lex.c src/msg.c src/opt.c src/rec.c src/tsv.c \
    src/utf8.c; do
	o=$OUT/lib/$(basename "$c" .c).o
	$CC $CFLAGS -fsanitize=fuzzer-no-link -c -o "$o" "$c" || exit 3
	lib="$lib $o"
done

# Each program once: main renamed, its writable sections renamed so
# the driver can find them (__start_fuzz_data and so on) and restore
# them between runs.
build_prog() {	# prog
	$CC $CFLAGS -fsanitize=fuzzer-no-link -Dmain=prog_main \
	    -include fuzz/prog-main.h -c -o "$OUT/$1.o" "src/$1.c" || exit 3
	$OBJCOPY --rename-section .data=fuzz_data \
	    --rename-section .data.rel=fuzz_data \
	    --rename-section .data.rel.local=fuzz_data \
	    --rename-section .bss=fuzz_bss "$OUT/$1.o" || exit 3
}

WANT="$*"
list=$OUT/targets
echo "$TARGETS" >"$list"
built=
while read -r target prog args; do
	[ -z "$WANT" ] || case " $WANT " in *" $target "*) ;; *) continue ;; esac
	case " $built " in
	*" $prog "*) ;;
	*) build_prog "$prog"; built="$built $prog" ;;
	esac
	# The driver itself without coverage: it is not what is explored.
	$CC $CFLAGS -DFUZZ_ARGS="\"$prog $args\"" -c -o "$OUT/$target-main.o" \
	    fuzz/fuzz-main.c || exit 3
	$CC $CFLAGS -fsanitize=fuzzer -o "$OUT/$target" "$OUT/$target-main.o" \
	    "$OUT/$prog.o" $lib || exit 3
done <"$list"

[ "${FUZZ_BUILD_ONLY:-0}" = 1 ] && exit 0

# Seeds, made afresh from the test fixtures and sample articles: the
# documents themselves for splitdoc, then what each program makes of
# them for the next one, so every target starts from real records.
seeds() {
	S=$OUT/seed
	rm -rf "$S"
	mkdir -p "$S/splitdoc" "$S/extractdates" "$S/extractnums" \
	    "$S/mergeevents" "$S/chronoreport" || exit 3
	for f in t/fixtures/splitdoc-*; do
		case $f in *.out) continue ;; esac
		cp "$f" "$S/splitdoc/"
	done
	for f in examples/articles/2020-01-08-* examples/articles/2020-01-16-* \
	    examples/articles/2020-2023-* examples/articles/2024-02-03-*; do
		cp "$f" "$S/splitdoc/"
	done
	cp t/fixtures/extractdates-docs.tsv "$S/extractdates/"
	cp t/fixtures/mergeevents-seeds*.tsv "$S/mergeevents/"
	cp t/fixtures/chronoreport-*.tsv "$S/chronoreport/"
	for f in "$S"/splitdoc/*; do
		b=$(basename "$f")
		bin/splitdoc -q "$f" >"$S/extractdates/$b.tsv"
		bin/splitdoc -q -H "$f" >"$S/extractdates/$b.H.tsv"
		cp "$S/extractdates/$b.tsv" "$S/extractnums/"
		bin/extractdates -q -a "$S/extractdates/$b.tsv" \
		    >"$S/extractnums/$b.dates.tsv"
		bin/extractdates -q "$S/extractdates/$b.tsv" \
		    >"$S/mergeevents/$b.dates.tsv"
		bin/extractnums -q "$S/extractnums/$b.dates.tsv" \
		    >"$S/mergeevents/$b.both.tsv"
	done
	for f in "$S"/mergeevents/*; do
		b=$(basename "$f" .tsv)
		bin/mergeevents -q "$f" >"$S/chronoreport/$b.ev.tsv"
		bin/mergeevents -q -F "$f" >"$S/chronoreport/$b.fig.tsv"
	done
	# Empty results are no seeds.
	find "$S" -type f -size 0 -exec rm -f {} + || exit 3
}
seeds

# Artifacts that are failures: crash, leak, timeout and oom.
crashes() {	# target
	ls "$OUT/crash" | grep -Ec "^$1-(crash|leak|timeout|oom)-"
}

status=0
printf '%-18s %12s %8s %14s\n' target executions crashes "all runs"
while read -r target prog args; do
	[ -z "$WANT" ] || case " $WANT " in *" $target "*) ;; *) continue ;; esac
	mkdir -p "$OUT/corpus/$target"
	log=$OUT/log/$target.log
	before=$(crashes "$target")
	nice -n 19 "./$OUT/$target" -max_total_time="$SECONDS_EACH" \
	    -max_len="$MAX_LEN" -timeout=10 -rss_limit_mb=2048 \
	    -print_final_stats=1 -artifact_prefix="$OUT/crash/$target-" \
	    "$OUT/corpus/$target" "$OUT/seed/$prog" >"$log" 2>&1
	execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
	after=$(crashes "$target")
	printf '%s\t%s\t%s\n' "$target" "${execs:-0}" $((after - before)) \
	    >>"$OUT/runs.tsv"
	total=$(awk -v t="$target" '$1 == t { n += $2 } END { print n }' \
	    "$OUT/runs.tsv")
	printf '%-18s %12s %8s %14s\n' "$target" "${execs:-?}" \
	    $((after - before)) "$total"
	[ "$after" -eq "$before" ] && [ -n "$execs" ] || status=1
done <"$list"
[ $status -eq 0 ] || echo "fuzz: crashes or failed runs: see $OUT/crash and $OUT/log" >&2
exit $status
