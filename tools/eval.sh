#!/bin/sh
# make eval: accuracy against the annotated corpora beside the project.
cd "$(dirname "$0")/.." || exit 2
status=0
for e in tools/eval-dates.sh tools/eval-nums.sh; do
	[ -f "$e" ] && { sh "$e" || status=1; }
done
exit $status
