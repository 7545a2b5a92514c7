#!/bin/sh
# Hadoop Streaming mapper: articles in, one JSON object per line (so no
# input split ever cuts an article), partial chronology (or figures, with
# MERGEEVENTS_FLAGS=-F) out.  Running mergeevents here as a combiner
# shrinks the shuffle and puts the partition key in a field of its own.
# EXTRACT turns the standard input into records.
set -eu
if [ "${MERGEEVENTS_FLAGS:-}" = -F ]; then
	EXTRACT=${EXTRACT:-'splitdoc -f jsonl - | extractdates -a | extractnums'}
else
	EXTRACT=${EXTRACT:-'splitdoc -f jsonl - | extractdates'}
fi
# shellcheck disable=SC2086
sh -c "$EXTRACT" | mergeevents ${MERGEEVENTS_FLAGS:-}
