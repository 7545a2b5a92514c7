#!/bin/sh
# The toolkit on every core of one machine with GNU parallel: the
# articles are dealt out in batches, each batch is extracted and merged
# by its own job, and one last mergeevents merges the jobs' results.
# Because mergeevents is associative, the result is the one a single
# pipeline gives, whatever the batches and the order the jobs end in.
#
#   usage: parallel.sh [-F] articles-dir > chronology.tsv
#
# EXTRACT is the command that turns article files (named as arguments)
# into records; the default runs the toolkit (with -F: the figures).
set -eu
figures=
if [ "${1:-}" = -F ]; then
	figures=-F
	shift
fi
dir=${1:?usage: parallel.sh [-F] articles-dir}
if [ -n "$figures" ]; then
	EXTRACT=${EXTRACT:-'splitdoc "$@" | extractdates -a | extractnums'}
else
	EXTRACT=${EXTRACT:-'splitdoc "$@" | extractdates'}
fi
export EXTRACT figures
# Each job writes whole mergeevents records; parallel keeps each job's
# output together (--group, its default), and the final merge reads them.
find "$dir" -type f | LC_ALL=C sort |
    parallel -X --group -j "${JOBS:-100%}" \
    'sh -c "$EXTRACT" extract {} | mergeevents $figures' |
    mergeevents $figures
