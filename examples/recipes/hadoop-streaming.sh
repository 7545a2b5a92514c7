#!/bin/sh
# The toolkit as a Hadoop Streaming job.
#
#   usage: hadoop-streaming.sh hdfs-input-dir hdfs-output-dir [reducers]
#
# Map: splitdoc | extractdates | mergeevents on each input split (JSON
# Lines articles, one per line).  Shuffle: partitioned and sorted by the
# key the mapper writes first: the concept of an event without its place
# ("strike" for strike@Iraq).  Reduce: mergeevents.
#
# Why the concept: mergeevents groups mentions of one concept only, and
# an event can hold several dates (a conflict) and many documents, so
# neither the date nor the document can be the key: a conflict would be
# cut in two.  The concept is independent of document and date, so each
# event is whole in one reducer and the reducers' outputs, concatenated
# and sorted, are the single-process result.  The price: there are no
# more useful reducers than concepts, and a frequent concept (say) makes
# one reducer the slowest.  For figures (MERGEEVENTS_FLAGS=-F) the key is
# the counted noun.
# Generic options (-D, -files) come before the streaming ones.
set -eu
in=${1:?usage: hadoop-streaming.sh input output [reducers]}
out=${2:?usage: hadoop-streaming.sh input output [reducers]}
here=$(cd "$(dirname "$0")" && pwd)
key=1
hadoop jar "${HADOOP_STREAMING_JAR:?set HADOOP_STREAMING_JAR}" \
    -D mapreduce.job.reduces="${3:-8}" \
    -D stream.num.map.output.key.fields="$key" \
    -D mapreduce.partition.keypartitioner.options="-k$key,$key" \
    -D mapreduce.map.output.key.field.separator='	' \
    -files "$here/hadoop-mapper.sh,$here/hadoop-reducer.sh" \
    -partitioner org.apache.hadoop.mapred.lib.KeyFieldBasedPartitioner \
    -cmdenv MERGEEVENTS_FLAGS="${MERGEEVENTS_FLAGS:-}" \
    -mapper hadoop-mapper.sh -reducer hadoop-reducer.sh \
    -input "$in" -output "$out"
echo "merge the parts: hdfs dfs -cat $out/part-* | sort > chronology.tsv"
