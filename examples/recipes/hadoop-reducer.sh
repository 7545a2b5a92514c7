#!/bin/sh
# Hadoop Streaming reducer: the records of some concepts (figure
# nouns), sorted by key, in; their events (figure groups) out.
exec mergeevents ${MERGEEVENTS_FLAGS:-}
