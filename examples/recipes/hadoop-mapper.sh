#!/bin/sh
# Hadoop Streaming mapper: articles in, one JSON object per line (so no
# input split ever cuts an article), partial chronology (or figures, with
# MERGEEVENTS_FLAGS=-F) out, each record after its partition key: the
# concept without its place (strike@Iraq and strike may tell one event),
# or the counted noun of a figure.  Running mergeevents here as a
# combiner shrinks the shuffle.
# EXTRACT turns the standard input into records.
set -eu
if [ "${MERGEEVENTS_FLAGS:-}" = -F ]; then
	EXTRACT=${EXTRACT:-'splitdoc -f jsonl - | extractdates -a | extractnums'}
else
	EXTRACT=${EXTRACT:-'splitdoc -f jsonl - | extractdates'}
fi
# shellcheck disable=SC2086
sh -c "$EXTRACT" | mergeevents ${MERGEEVENTS_FLAGS:-} |
    awk -F'\t' -v OFS='\t' '{ k = $1 == "figure" ? $2 : $4
	sub(/@.*/, "", k)
	print k, $0 }'
