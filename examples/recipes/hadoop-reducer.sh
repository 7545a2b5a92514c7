#!/bin/sh
# Hadoop Streaming reducer: the records of some concepts (figure
# nouns), sorted by key, in; their events (figure groups) out.  The
# key, the mapper's first field, is cut off.
cut -f2- | mergeevents ${MERGEEVENTS_FLAGS:-}
