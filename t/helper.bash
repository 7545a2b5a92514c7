# Shared by every t/*.bats: the built programs first on PATH, fixtures,
# and a scratch directory per test.
ROOT="$(cd "$BATS_TEST_DIRNAME/.." && pwd)"
FIX="$ROOT/t/fixtures"
PATH="$ROOT/bin:$PATH"
export PATH LC_ALL=C

setup() {
	TMP="$BATS_TEST_TMPDIR"
}

# diff_out EXPECTED: compare $output with the expected text, showing both.
diff_out() {
	if [ "$output" != "$1" ]; then
		printf '%s\n' "--- expected" "$1" "--- got" "$output" >&2
		return 1
	fi
}

# check_offsets DOC [OPTIONS...]: every record splitdoc writes for DOC
# holds the document's bytes at its offset (TAB, CR, LF read as spaces).
# For HTML and JSON the document is the text `splitdoc -x` prints, one
# document after another, each ended by a form feed line.
check_offsets() {
	local doc=$1 text=$TMP/offsets.1 n=0 bad=0 part=0 prev=
	shift
	case $doc in
	*.html|*.jsonl)
		splitdoc -q -x "$@" "$doc" |
		    awk -v dir="$TMP" 'BEGIN { RS = "\n\f\n" }
			{ f = dir "/offsets." NR; printf "%s", $0 > f; close(f) }'
		;;
	*) cp "$doc" "$text" ;;
	esac
	while IFS=$'\t' read -r id dct para sent kind off sentence; do
		case $doc in
		*.html|*.jsonl)
			[ "$id" = "$prev" ] || part=$((part + 1))
			text=$TMP/offsets.$part
			prev=$id
			;;
		esac
		got=$(tail -c +"$((off + 1))" "$text" | head -c "${#sentence}" |
		    tr '\t\r\n\000' '    ')
		n=$((n + 1))
		if [ "$got" != "$sentence" ]; then
			echo "offset $off of $id: expected '$sentence', found '$got'" >&2
			bad=$((bad + 1))
		fi
	done < <(splitdoc -q "$@" "$doc")
	[ "$n" -gt 0 ] && [ "$bad" -eq 0 ]
}

# chromium_run ARGS...: headless Chromium with no network, no profile
# and no first-run work; ARGS are the action (--dump-dom,
# --screenshot=FILE) and the window and the URL.
chromium_run() {
	local prof
	prof=$(mktemp -d "$TMP/chromium.XXXXXX")
	chromium --headless --no-sandbox --disable-gpu \
	    --disable-background-networking --disable-component-update \
	    --disable-sync --no-first-run --user-data-dir="$prof" \
	    "$@" 2>/dev/null
}
