#!/bin/sh
# Hadoop Streaming mapper: articles in, one JSON object per line (so no
# input split ever cuts an article), partial chronology out.  Running
# mergeevents here as a combiner shrinks the shuffle and puts the
# partition key, the concept, in field 4.
# EXTRACT turns the standard input into extractdates records.
set -eu
EXTRACT=${EXTRACT:-'splitdoc -f jsonl - | extractdates'}
sh -c "$EXTRACT" | mergeevents ${MERGEEVENTS_FLAGS:-}
