#!/usr/bin/env bats
# The bad-input matrix: every program against every kind of bad input
# (tools/matrix.sh prints it as a table; `make matrix` runs it).

load helper

@test "bad-input matrix: documented status and message, no good record lost" {
	run bash "$ROOT/tools/matrix.sh"
	echo "$output" >&2
	[ "$status" -eq 0 ]
	[[ "$output" != *"status "* ]]
	[[ "$output" != *"message"* ]]
	[[ "$output" != *"lost"* ]]
}
