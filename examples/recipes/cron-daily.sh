#!/bin/sh
# Update a chronology with the articles that arrived since the last run.
# The chronology is mergeevents output, and mergeevents merges its own
# output with new records, so each day only the new articles are read.
#
#   usage: cron-daily.sh articles-dir chronology.tsv
#   crontab: 15 6 * * * /usr/local/share/chronutils/cron-daily.sh \
#	/data/articles /data/chronology.tsv
#
# EXTRACT is the command that turns article files (named as arguments)
# into extractdates records; the default runs the toolkit.
set -eu
dir=${1:?usage: cron-daily.sh articles-dir chronology.tsv}
chron=${2:?usage: cron-daily.sh articles-dir chronology.tsv}
EXTRACT=${EXTRACT:-'splitdoc "$@" | extractdates'}
stamp=$chron.stamp
list=$(mktemp)
trap 'rm -f "$list" "$chron.tmp" "$stamp.next"' EXIT

# The new stamp is taken before the files are listed: an article that
# arrives during the run is read now or tomorrow, never lost.
touch "$stamp.next"
if [ -f "$stamp" ]; then
	find "$dir" -type f -newer "$stamp"
else
	find "$dir" -type f
fi | LC_ALL=C sort > "$list"
if [ -s "$list" ]; then
	[ -f "$chron" ] || : > "$chron"
	# shellcheck disable=SC2086
	tr '\n' '\0' < "$list" | xargs -0 sh -c "$EXTRACT" extract |
	    mergeevents "$chron" - > "$chron.tmp"
	mv "$chron.tmp" "$chron"
fi
mv "$stamp.next" "$stamp"
