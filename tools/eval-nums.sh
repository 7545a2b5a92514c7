#!/bin/sh
# Dev evaluation of extractnums.  Part 1 runs a peer's number test
# cases (Recognizers-Text, English: number, number range, ordinal,
# percentage, currency), one sentence record per case, and compares
# the values found with the expected ones; the cases whose convention
# we reject by design are listed in tools/nums-disagree.txt and left
# out.  Part 2 scores our own annotated news sentences
# (t/fixtures/extractnums-news.tsv): value F1, value+unit F1 and
# value+counted-noun F1.  -v lists every failing case.
cd "$(dirname "$0")/.." || exit 2
CORPORA=${CORPORA:-../../shared/corpora}
case $CORPORA in /*) ;; *) CORPORA="tools/$CORPORA" ;; esac
PROG=${PROG:-bin/extractnums}
VERBOSE=0
[ "${1:-}" = -v ] && VERBOSE=1
TMP=${TMPDIR:-/tmp}/eval-nums.$$
mkdir -p "$TMP" || exit 3
trap 'rm -rf "$TMP"' EXIT INT TERM

[ -x "$PROG" ] || { echo "eval-nums: $PROG is not built" >&2; exit 2; }

peer() {
	dir="$CORPORA/recognizers-numbers/tsv"
	if [ ! -d "$dir" ]; then
		echo "eval-nums: no peer cases in $dir; skipped"
		return 0
	fi
	for spec in Number/NumberModel Number/NumberRangeModel \
	    Number/OrdinalModel Number/PercentModel \
	    NumberWithUnit/CurrencyModel; do
		name=${spec#*/}
		# one record per case: the input, unescaped, TAB/CR/LF as
		# spaces
		awk -F'\t' -v OFS='\t' -v doc="$name" 'NR > 1 && !seen[$1]++ {
			s = $2; out = ""
			while ((i = index(s, "\\")) > 0) {
				c = substr(s, i + 1, 1)
				out = out substr(s, 1, i - 1) \
				    (c == "\\" ? "\\" : " ")
				s = substr(s, i + 2)
			}
			out = out s
			gsub(/[\t\r\n]/, " ", out)
			print doc, "-", $1 + 1, 1, "text", 0, out
		}' "$dir/$spec.tsv" > "$TMP/$name.in"
		"$PROG" -o "$TMP/$name.in" > "$TMP/$name.out"
		awk -F'\t' -v OFS='\t' -v name="$name" -v verbose=$VERBOSE \
		    -v dis=tools/nums-disagree.txt '
		function num(s) { return sprintf("%.4f", s + 0) }
		FILENAME == dis {
			if ($0 !~ /^#/ && $1 == name) skip[$2] = $3
			next
		}
		FILENAME ~ /\.tsv$/ {
			if (FNR == 1) next
			id = $1; input[id] = $2; cases[id] = 1
			if ($4 == 0) next
			v = $7
			if (!match(v, /"value":"[^"]*"/)) next
			v = substr(v, RSTART + 9, RLENGTH - 10)
			if ($6 == "numberrange") {
				gsub(/[\[\]()]/, "", v)
				split(v, b, ",")
				v = (b[1] == "" ? "-" : num(b[1])) ":" \
				    (b[2] == "" ? "-" : num(b[2]))
			} else {
				sub(/%$/, "", v)
				v = (v ~ /^-?[0-9.Ee+-]+$/) ? num(v) : "rel:" v
			}
			want[id] = want[id] " " v
			next
		}
		{
			# each peer model finds one kind of thing: compare
			# with ours of that kind
			id = $3 - 1
			if (name == "OrdinalModel" && $7 != "ordinal") next
			if (name != "OrdinalModel" && $7 == "ordinal") next
			if (name == "PercentModel" && $7 != "percent") next
			if (name == "CurrencyModel" && $7 != "money") next
			if (name == "NumberModel" && $7 == "measure") next
			if (name == "NumberRangeModel" && $8 == $9 &&
			    ($10 == "=" || $10 == "~")) next
			if (name == "NumberModel" && $8 != $9) {
				got[id] = got[id] " " num($8) " " num($9)
				next
			}
			if (name == "NumberRangeModel") {
				if ($8 != $9) g = num($8) ":" num($9)
				else if ($10 == ">" || $10 == ">=") g = num($8) ":-"
				else if ($10 == "<" || $10 == "<=") g = "-:" num($9)
				else g = num($8) ":" num($9)
			} else
				g = num($8)
			got[id] = got[id] " " g
		}
		function sorted(s,   a, n, i, j, t, r) {
			n = split(s, a, " ")
			for (i = 2; i <= n; i++)
				for (j = i; j > 1 && a[j - 1] > a[j]; j--) {
					t = a[j]; a[j] = a[j - 1]; a[j - 1] = t
				}
			r = ""
			for (i = 1; i <= n; i++) r = r " " a[i]
			return r
		}
		END {
			for (id in cases) {
				if (id in skip) { ndis++; continue }
				n++
				if (sorted(want[id]) == sorted(got[id])) ok++
				else if (verbose)
					printf "FAIL %s %s: %s | want%s | got%s\n",
					    name, id, input[id], want[id],
					    got[id] > "/dev/stderr"
			}
			printf "%-18s %4d applicable %4d passed (%5.1f%%)  %3d disagreed\n",
			    name, n, ok, n ? 100 * ok / n : 0, ndis
		}' tools/nums-disagree.txt "$dir/$spec.tsv" "$TMP/$name.out"
	done > "$TMP/peer.txt"
	cat "$TMP/peer.txt"
	awk '{ n += $2; ok += $4; d += $(NF - 1) }
	    END { printf "peer total         %4d applicable %4d passed (%5.1f%%)  %3d disagreed\n",
	    n, ok, n ? 100 * ok / n : 0, d
	    printf "peer, every case   %4d cases      %4d passed (%5.1f%%)\n",
	    n + d, ok, n + d ? 100 * ok / (n + d) : 0 }' "$TMP/peer.txt"
}

news() {
	fix=$1
	[ -f "$fix" ] || { echo "eval-nums: no $fix; skipped"; return 0; }
	awk -F'\t' -v OFS='\t' '!/^#/ && NF {
		print "news", "-", NR, NR, "text", 0, $1 }' "$fix" > "$TMP/news.in"
	"$PROG" "$TMP/news.in" > "$TMP/news.out"
	awk -F'\t' -v verbose=$VERBOSE -v title="$2" '
	function key(v, h) { v = sprintf("%.6g", v); h = sprintf("%.6g", h)
		return v == h ? v : v ":" h }
	NR == FNR {
		if (/^#/ || NF == 0) next
		sent[FNR] = $1
		n = split($2, f, ";")
		for (i = 1; i <= n; i++) {
			if (f[i] == "") continue
			split(f[i], p, "|")
			split(p[1], r, ":")
			v = key(r[1], r[2] == "" ? r[1] : r[2])
			G1[FNR, v]++; G2[FNR, v "|" p[2]]++
			G3[FNR, v "|" p[3]]++; ng++
			gold[FNR] = gold[FNR] " " v "|" p[2] "|" p[3]
		}
		next
	}
	{
		l = $3; v = key($8, $9)
		S1[l, v]++; S2[l, v "|" $11]++; S3[l, v "|" $12]++; ns++
		sys[l] = sys[l] " " v "|" $11 "|" $12
	}
	function f1(tp,   pr, rc) { pr = ns ? tp / ns : 0; rc = ng ? tp / ng : 0
		return pr + rc ? 2 * pr * rc / (pr + rc) : 0 }
	END {
		for (k in G1) if (k in S1) t1 += G1[k] < S1[k] ? G1[k] : S1[k]
		for (k in G2) if (k in S2) t2 += G2[k] < S2[k] ? G2[k] : S2[k]
		for (k in G3) if (k in S3) t3 += G3[k] < S3[k] ? G3[k] : S3[k]
		if (verbose)
			for (l in sent) if (gold[l] != sys[l])
				printf "NEWS %d: %s\n  want%s\n  got %s\n", l,
				    sent[l], gold[l], sys[l] > "/dev/stderr"
		printf "%s: %d sentences, %d gold figures, %d found\n",
		    title, length(sent), ng, ns
		printf "  value F1         %.3f\n", f1(t1)
		printf "  value+unit F1    %.3f\n", f1(t2)
		printf "  counted-noun F1  %.3f  (value and counted noun both right)\n", f1(t3)
	}' "$fix" "$TMP/news.out"
}

peer
news t/fixtures/extractnums-news.tsv "news sample (dev, tuned on)"
news t/fixtures/extractnums-news-heldout.tsv "news sample (second set; tuned on after its first run)"
news t/fixtures/extractnums-news-blind.tsv "news sample (third set; blind at its first run)"
