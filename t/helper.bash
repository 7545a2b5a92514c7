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
