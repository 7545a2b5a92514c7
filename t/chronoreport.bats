#!/usr/bin/env bats
# chronoreport: Markdown against expected files, HTML escaping, options,
# bad input, and the page as a browser renders it.
load helper
bats_require_minimum_version 1.5.0

EV=$FIX/chronoreport-events.tsv
FG=$FIX/chronoreport-figures.tsv

@test "Markdown of hand-made chronology and figures" {
	run chronoreport "$EV" "$FG"
	[ "$status" -eq 0 ]
	diff_out "$(cat "$FIX/chronoreport-hand.md")"
}

@test "Markdown of the sample corpus's pipeline output" {
	run chronoreport -t Demo "$FIX/chronoreport-demo-chronology.tsv" \
	    "$FIX/chronoreport-demo-figures.tsv"
	[ "$status" -eq 0 ]
	diff_out "$(cat "$FIX/chronoreport-demo.md")"
}

@test "years and centuries BC: first, in words" {
	{
		printf 'event\t1990\tyear\tfound\t1\t1\t-\ta:0\t-\t-\t-\ta:0\t1\t-\tThe town was found in 1990.\n'
		printf 'event\tBC14\tcentury\tsettled\t1\t1\t-\tb:0\t-\t-\t-\tb:0\t1\t-\tTraders settled in the 15th century BC.\n'
		printf 'event\tBC1450\tyear\tfounded\t1\t1\t-\tc:0\t-\t-\t-\tc:0\t1\t-\tThe town was founded in 1450 BC.\n'
	} > "$TMP/bc"
	run chronoreport "$TMP/bc"
	[ "$status" -eq 0 ]
	[ "$(printf '%s\n' "$output" | grep '^###' | tr '\n' '|')" = "### 1500–1401 BC|### 1450 BC|### 1990|" ]
	run chronoreport -w "$TMP/bc"
	[ "$status" -eq 0 ]
}

@test "-m is the default" {
	run chronoreport -m "$EV" "$FG"
	[ "$status" -eq 0 ]
	diff_out "$(cat "$FIX/chronoreport-hand.md")"
}

@test "-c, -f, -T and -S choose what is shown" {
	run chronoreport -c troop -f 2021 -T 2024-01 -S "$EV" "$FG"
	[ "$status" -eq 0 ]
	diff_out "$(cat "$FIX/chronoreport-options.md")"
	run chronoreport -S -f 2020-01-05 -T 2020-01-05 "$EV" "$FG"
	[ "$status" -eq 0 ]
	diff_out "$(cat "$FIX/chronoreport-range.md")"
}

@test "chronology and figures mixed in one stream, either order" {
	run chronoreport "$EV" "$FG"
	a=$output
	run sh -c "cat '$FG' '$EV' | chronoreport"
	[ "$status" -eq 0 ]
	diff_out "$a"
}

@test "a header maps moved and added columns" {
	# The same records with an extra column in front of the text and
	# the columns of the header in another order.
	awk -F '\t' -v OFS='\t' '/^#/ { next }
	    $1 == "event" { t = $NF; $NF = ""; print $0 "extra", t }' "$EV" \
	    > "$TMP/extra.tsv"
	sed -i '1s/extra/added/' "$TMP/extra.tsv"
	run chronoreport "$TMP/extra.tsv"
	[ "$status" -eq 0 ]
	a=$output
	run chronoreport "$EV"
	diff_out "$a"
	awk -F '\t' -v OFS='\t' '/^#/ { next }
	    { print $2, $1, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14 }' \
	    "$EV" > "$TMP/moved.tsv"
	run chronoreport "$TMP/moved.tsv"
	[ "$status" -eq 1 ]
}

@test "-t sets the title, escaped" {
	run chronoreport -t 'A <b>*bold*</b> | title' "$EV"
	[ "$status" -eq 0 ]
	[ "${lines[0]}" = '# A &lt;b&gt;\*bold\*&lt;/b&gt; \| title' ]
	run chronoreport -w -t 'A <b>"x"</b>' "$EV"
	[[ "$output" == *'<title>A &lt;b&gt;&quot;x&quot;&lt;/b&gt;</title>'* ]]
}

@test "HTML: hostile strings are escaped everywhere" {
	run chronoreport -w "$FIX/chronoreport-hostile.tsv"
	[ "$status" -eq 0 ]
	! grep -q '<script>' <<<"$output"
	! grep -q '<img' <<<"$output"
	! grep -q '<b>Place' <<<"$output"
	! grep -q 'd<i>oc' <<<"$output"
	grep -q '&lt;script&gt;alert(&quot;pwned&quot;)&lt;/script&gt;' <<<"$output"
	grep -q '&quot;&gt;&lt;img src=x onerror=alert(2)&gt;' <<<"$output"
	grep -q '&quot;&gt;&lt;img src=x onerror=alert(3)&gt;' <<<"$output"
}

@test "Markdown: hostile strings become entities" {
	run chronoreport "$FIX/chronoreport-hostile.tsv"
	[ "$status" -eq 0 ]
	! grep -q '<script\|<img' <<<"$output"
	grep -q '&lt;script&gt;alert("pwned")&lt;/script&gt;' <<<"$output"
}

@test "HTML: self-contained, no script, print CSS, timeline and charts" {
	run chronoreport -w "$EV" "$FG"
	[ "$status" -eq 0 ]
	! grep -qi '<script\|<link\|src="http\|href="http\|@import\|url(' <<<"$output"
	grep -q '@media print' <<<"$output"
	grep -q 'overflow-wrap:anywhere' <<<"$output"
	grep -q '<section id="timeline">' <<<"$output"
	grep -q '<h3 class="year" id="y2020">2020</h3>' <<<"$output"
	grep -q '<h4 class="month" id="m2020-01">January 2020</h4>' <<<"$output"
	grep -q '<a href="#m2020-02">Feb</a>' <<<"$output"
	[ "$(grep -c '<svg class="chart"' <<<"$output")" -eq 1 ]
	grep -q 'badge conflict' <<<"$output"
	grep -q '<b>10 January 2020</b> instead: <span class="doc">gazette</span>' <<<"$output"
	# a month is drawn as a twelfth of the year, a day as a tick
	grep -q 'left:0.00%;width:8.47%' <<<"$output"
	grep -q 'left:1.09%;width:0.27%' <<<"$output"
}

@test "HTML: qualifiers drawn as they are" {
	run chronoreport -w "$FG"
	[ "$status" -eq 0 ]
	# about: a dashed halo; at least: an arrow; a range: a bar
	grep -q 'r="9" fill="none" stroke="#1f5fa8" stroke-dasharray="2 2"' <<<"$output"
	grep -q '<text [^>]*fill="#b3261e">&gt;=2,000</text>' <<<"$output"
	grep -q '<text [^>]*fill="#1f5fa8">2,500–3,000</text>' <<<"$output"
	grep -q '<td>✗ 5,000</td>' <<<"$output"
}

@test "10,000 events and a 5,000-character sentence" {
	awk 'BEGIN { OFS = "\t"
		for (i = 0; i < 10000; i++) {
			d = sprintf("%04d-%02d-%02d", 1990 + int(i * 30 / 10000), 1 + i % 12, 1 + i % 28)
			print "event", d, "day", "vote", 1, 1, "-", "doc" i ":0", "-", "-", "-", "doc" i ":0", 1300, "Event number " i "."
		}
		s = ""; for (i = 0; i < 5000; i++) s = s "x"
		print "event", "2001-02-03", "day", "misc", 1, 1, "-", "long:0", "-", "-", "-", "long:0", 1300, s
	}' > "$TMP/big.tsv"
	run chronoreport -w "$TMP/big.tsv"
	[ "$status" -eq 0 ]
	[ "$(grep -c '<li class="ev' <<<"$output")" -eq 10001 ]
	[ "$(grep -c '<h3 class="year"' <<<"$output")" -eq 30 ]
	[ "$(grep -c '<h4 class="month"' <<<"$output")" -eq 360 ]
}

@test "malformed records are reported and skipped" {
	printf 'event\t2020-13\tmonth\tx\t1\t1\t-\ta:1\t-\t-\t-\ta:1\t1\tt\n' > "$TMP/bad.tsv"
	printf 'event\t2020\n' >> "$TMP/bad.tsv"
	printf 'seed000\t2020-01-05\t1\t1\ttext\t0\tA sentence.\n' >> "$TMP/bad.tsv"
	printf 'figure\tx\tcount\t-\t-\t2020\tmany\t1\t=\t1\t-\ta:1\t-\ta:1\t1\tm\tt\n' >> "$TMP/bad.tsv"
	printf 'event\t2020\tyear\tx\tone\t1\t-\ta:1\t-\t-\t-\ta:1\t1\tt\n' >> "$TMP/bad.tsv"
	printf 'event\t2020\tyear\tx\t1\t1\t-\ta:1\t-\t-\t-\ta:1\t1\tt\r\n' >> "$TMP/bad.tsv"
	printf 'event\t2020\tyear\tx\t1\t1\t-\ta:1\t-\t-\t-\ta:1\t1\tt\0\n' >> "$TMP/bad.tsv"
	printf 'event\t2020\tyear\tgood\t1\t1\t-\ta:1\t-\t-\t-\ta:1\t1\tThe good one.\n' >> "$TMP/bad.tsv"
	cd "$TMP"
	run --separate-stderr chronoreport bad.tsv
	[ "$status" -eq 1 ]
	diff_out "# Chronology

1 event from 1 document. From 2020 to 2020.

## Chronology

### 2020

| Date | Precision | Event | Concept | Sources | Notes |
|---|---|---|---|---|---|
| 2020 | year | The good one. | good | a |  |"
	output=$stderr
	diff_out "chronoreport: bad.tsv:1: bad date: '2020-13'
chronoreport: bad.tsv:2: expected at least 14 fields in an event record, found 2
chronoreport: bad.tsv:3: not a mergeevents record: expected 'event' or 'figure', found 'seed000'
chronoreport: bad.tsv:4: value or high is not a number
chronoreport: bad.tsv:5: ndocs or nment is not a number
chronoreport: bad.tsv:6: carriage return in record (CRLF line ends?)
chronoreport: bad.tsv:7: NUL byte in record"
	run --separate-stderr chronoreport -q bad.tsv
	[ "$status" -eq 1 ]
	[ "$stderr" = "" ]
}

@test "a header that lacks a column is reported" {
	printf 'event\tdate\tprec\ttext\n' > "$TMP/h.tsv"
	run --separate-stderr chronoreport "$TMP/h.tsv"
	[ "$status" -eq 1 ]
	[ "$stderr" = "chronoreport: $TMP/h.tsv:1: header lacks the column 'concept'" ]
}

@test "empty input" {
	run chronoreport /dev/null
	[ "$status" -eq 0 ]
	diff_out "# Chronology

0 events from 0 documents."
	run chronoreport -w < /dev/null
	[ "$status" -eq 0 ]
	[[ "$output" == *'</html>' ]]
}

@test "stdin, - and --" {
	run sh -c "chronoreport < '$EV'"
	a=$output
	run sh -c "chronoreport - < '$EV'"
	diff_out "$a"
	cp "$EV" "$TMP/-t"
	cd "$TMP"
	run chronoreport -- -t
	[ "$status" -eq 0 ]
	diff_out "$a"
}

@test "a missing file among good ones" {
	run --separate-stderr chronoreport "$EV" "$TMP/nope" "$FG"
	[ "$status" -eq 1 ]
	[ "$stderr" = "chronoreport: $TMP/nope: No such file or directory" ]
	grep -q 'troop, Iraq' <<<"$output"
}

@test "closed pipe ends quietly" {
	run bash -c "chronoreport -w '$EV' '$FG' | head -c 10"
	[ "$status" -eq 0 ]
	[ "$output" = '<!DOCTYPE ' ]
	awk 'BEGIN { for (i = 0; i < 20000; i++) print "event\t2020-01-01\tday\tx\t1\t1\t-\ta:1\t-\t-\t-\ta:1\t1\tt" }' > "$TMP/many.tsv"
	run bash -c "chronoreport -w '$TMP/many.tsv' | head -1; echo \${PIPESTATUS[0]}"
	[ "${lines[1]}" = 141 ]
}

@test "/dev/full: exit 3 with a message" {
	run sh -c "chronoreport '$EV' > /dev/full"
	[ "$status" -eq 3 ]
	[ "$output" = "chronoreport: <stdout>: No space left on device" ]
	run sh -c "chronoreport -w -u '$EV' > /dev/full"
	[ "$status" -eq 3 ]
}

@test "-u gives the same output" {
	run chronoreport -u "$EV" "$FG"
	[ "$status" -eq 0 ]
	diff_out "$(cat "$FIX/chronoreport-hand.md")"
}

@test "usage errors" {
	run chronoreport -x
	[ "$status" -eq 2 ]
	[ "${lines[1]}" = "usage: chronoreport [-mqSuw] [-c noun[,noun...]] [-f from] [-T to] [-t title] [file ...]" ]
	run chronoreport -f 2020-02-30
	[ "$status" -eq 2 ]
	[ "${lines[0]}" = "chronoreport: -f: expected a date YYYY, YYYY-MM or YYYY-MM-DD, got '2020-02-30'" ]
	run chronoreport -T 20
	[ "$status" -eq 2 ]
	run chronoreport --bogus
	[ "$status" -eq 2 ]
}

@test "--help, -h and --version" {
	run chronoreport --help
	[ "$status" -eq 0 ]
	[[ "${lines[0]}" == "usage: chronoreport "* ]]
	run chronoreport -h
	[ "$status" -eq 0 ]
	run chronoreport --version
	[ "$status" -eq 0 ]
	[[ "$output" == "chronoreport (chronutils) "* ]]
}

# The page as a browser shows it.  The report has no script; the copy
# measured here gets one at its end that only measures and writes what
# it found into the page, which --dump-dom then prints.
measure_page() {
	cat "$1" - > "$2" <<'JS'
<script>
(function () {
	var w = document.documentElement.clientWidth, bad = [], i, r, e;
	var all = document.body.getElementsByTagName('*');
	for (i = 0; i < all.length; i++) {
		r = all[i].getBoundingClientRect();
		if (r.width > 0 && (r.right > w + 1 || r.left < -1))
			bad.push(all[i].tagName + '.' + all[i].className);
	}
	var charts = document.querySelectorAll('svg.chart'), empty = 0;
	for (i = 0; i < charts.length; i++) {
		r = charts[i].getBoundingClientRect();
		if (r.width < 200 || r.height < 80 ||
		    charts[i].querySelectorAll('circle,path').length == 0)
			empty++;
	}
	var tl = document.getElementById('timeline');
	e = document.createElement('pre');
	e.id = 'measured';
	e.textContent = 'scroll ' + (document.documentElement.scrollWidth > w ?
	    'wide' : 'ok') + '\noverflow ' + bad.length + ' ' +
	    bad.slice(0, 5).join(' ') + '\ncharts ' + charts.length +
	    '\nempty ' + empty + '\ntimeline ' + (tl ?
	    Math.round(tl.getBoundingClientRect().height) : 0) +
	    '\nevents ' + document.querySelectorAll('li.ev').length +
	    '\nimg ' + document.getElementsByTagName('img').length +
	    '\nscripts ' + document.getElementsByTagName('script').length;
	document.body.appendChild(e);
})();
</script>
JS
}

@test "browser: the demo page renders, fits the window, shows hostile text as text" {
	command -v chromium >/dev/null ||
	    skip "chromium is not installed (tools/install-chromium.sh installs it)"
	long=$(awk 'BEGIN { for (i = 0; i < 1000; i++) printf "word "; for (i = 0; i < 5000; i++) printf "x" }')
	{
		cat "$FIX/chronoreport-demo-chronology.tsv" \
		    "$FIX/chronoreport-demo-figures.tsv" \
		    "$FIX/chronoreport-hostile.tsv"
		printf 'event\t2020-01-07\tday\tmisc\t1\t1\t-\t%s:0\t-\t-\t-\ta:0\t1300\t%s\n' \
		    "$(printf 'd%.0s' $(seq 300))" "$long"
	} > "$TMP/in.tsv"
	chronoreport -w -t 'Demo <script>alert(1)</script>' "$TMP/in.tsv" \
	    > "$TMP/report.html"
	n=$(chronoreport -w "$TMP/in.tsv" | grep -c '<svg class="chart"')
	[ "$n" -ge 6 ]
	measure_page "$TMP/report.html" "$TMP/measure.html"
	for width in 1280 420; do
		chromium_run --dump-dom --window-size=$width,2000 \
		    "file://$TMP/measure.html" > "$TMP/dom.$width"
		m=$(sed -n '/<pre id="measured">/,/<\/pre>/p' "$TMP/dom.$width" |
		    sed 's/.*<pre id="measured">//; s/<\/pre>.*//')
		echo "width $width: $m" >&2
		grep -q '^scroll ok' <<<"$m"
		grep -q '^overflow 0 *$' <<<"$m"
		grep -q "charts $n\$" <<<"$m"
		grep -q '^empty 0$' <<<"$m"
		grep -q '^timeline [1-9][0-9]*$' <<<"$m"
		grep -q '^events [1-9]' <<<"$m"
		grep -q '^img 0$' <<<"$m"
		grep -q '^scripts 1$' <<<"$m"	# the measuring one
	done
	# The page itself, script-free, as a reader sees it.
	chromium_run --dump-dom --window-size=1280,2000 \
	    "file://$TMP/report.html" > "$TMP/dom"
	! grep -q '<img\|<script' "$TMP/dom"
	grep -q '&lt;script&gt;alert(&quot;pwned&quot;)&lt;/script&gt;\|&lt;script&gt;alert("pwned")&lt;/script&gt;' "$TMP/dom"
	grep -q '"&gt;&lt;img src=x onerror=alert(2)&gt;' "$TMP/dom"
	grep -q '<title>Demo &lt;script&gt;alert(1)&lt;/script&gt;</title>' "$TMP/dom"
	chromium_run --screenshot="$TMP/shot.png" --window-size=1280,4000 \
	    "file://$TMP/report.html" >/dev/null
	[ -s "$TMP/shot.png" ]
	# a PNG 1280 pixels wide: the page asked for no more than the window
	[ "$(od -An -tx1 -j16 -N4 "$TMP/shot.png" | tr -d ' ')" = 00000500 ]
}
