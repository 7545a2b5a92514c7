#!/usr/bin/env bats
# splitdoc: formats, document dates, sentence cutting, kinds, offsets,
# and bad input.

load helper

# sentences TEXT: the text field of each record for TEXT as one document.
sentences() {
	printf '%s\n' "$1" | splitdoc -d 2020-01-05 | cut -f7
}

@test "--help and -h print usage to stdout and exit 0" {
	run splitdoc --help
	[ "$status" -eq 0 ]
	[[ "${lines[0]}" == "usage: splitdoc "* ]]
	run splitdoc -h
	[ "$status" -eq 0 ]
	[[ "${lines[0]}" == "usage: splitdoc "* ]]
}

@test "--version names the program and the toolkit" {
	run splitdoc --version
	[ "$status" -eq 0 ]
	[[ "$output" == "splitdoc (chronutils) "* ]]
}

@test "a bad option is a usage error, status 2, nothing read" {
	run splitdoc -Z "$FIX/splitdoc-article.txt"
	[ "$status" -eq 2 ]
	[[ "$output" == *"usage: splitdoc "* ]]
	run splitdoc --bogus
	[ "$status" -eq 2 ]
	[[ "${lines[0]}" == "splitdoc: unknown option: --bogus" ]]
}

@test "-d must be a real date" {
	run splitdoc -d 2023-02-30 "$FIX/splitdoc-article.txt"
	[ "$status" -eq 2 ]
	[ "$output" = "splitdoc: -d: expected a date YYYY-MM-DD, got '2023-02-30'" ]
	run splitdoc -f pdf "$FIX/splitdoc-article.txt"
	[ "$status" -eq 2 ]
	[ "$output" = "splitdoc: -f: expected text, html or jsonl, got 'pdf'" ]
	run splitdoc -k colour=x "$FIX/splitdoc-article.txt"
	[ "$status" -eq 2 ]
}

@test "plain text article: sentences, kinds and the date line" {
	run splitdoc "$FIX/splitdoc-article.txt"
	[ "$status" -eq 0 ]
	diff_out "$(cat "$FIX/splitdoc-article.txt.out")"
}

@test "glued sentences, pasted promos and captions are cut apart" {
	run splitdoc "$FIX/splitdoc-glued.txt"
	[ "$status" -eq 0 ]
	diff_out "$(cat "$FIX/splitdoc-glued.txt.out")"
}

@test "wrapped lines join into one paragraph; a dateline dates it" {
	run splitdoc "$FIX/splitdoc-wrapped.txt"
	[ "$status" -eq 0 ]
	diff_out "$(cat "$FIX/splitdoc-wrapped.txt.out")"
}

@test "HTML: title, headings, items, captions; scripts, nav and comments dropped" {
	run splitdoc "$FIX/splitdoc-article.html"
	[ "$status" -eq 0 ]
	diff_out "$(cat "$FIX/splitdoc-article.html.out")"
	[[ "$output" != *"not article text"* ]]
	[[ "$output" != *"comment"* ]]
	[[ "$output" != *"Home"* ]]
	[[ "$output" != *"Copyright"* ]]
}

@test "HTML with unclosed tags, stray '<' and broken entities" {
	run splitdoc "$FIX/splitdoc-broken.html"
	[ "$status" -eq 1 ]
	[ "${lines[0]}" = "splitdoc: $FIX/splitdoc-broken.html: unterminated HTML comment" ]
	run splitdoc -q "$FIX/splitdoc-broken.html"
	diff_out "$(cat "$FIX/splitdoc-broken.html.out")"
}

@test "JSON Lines: fields, escapes, surrogate pairs, a bad line reported and skipped" {
	run splitdoc "$FIX/splitdoc-articles.jsonl"
	[ "$status" -eq 1 ]
	[[ "$output" == *"splitdoc: $FIX/splitdoc-articles.jsonl:4: malformed JSON: unterminated string"* ]]
	[[ "$output" == *"splitdoc: $FIX/splitdoc-articles.jsonl:5: malformed JSON: expected an object"* ]]
	run splitdoc -q "$FIX/splitdoc-articles.jsonl"
	diff_out "$(cat "$FIX/splitdoc-articles.jsonl.out")"
}

@test "JSON Lines: -k names the fields" {
	printf '%s\n' '{"k":"a1","when":"2021-03-04","words":"Short text. Two."}' |
	    splitdoc -f jsonl -k id=k -k date=when -k text=words > "$TMP/out"
	run cat "$TMP/out"
	diff_out "$(printf 'a1\t2021-03-04\t1\t1\ttext\t0\tShort text.\na1\t2021-03-04\t1\t2\ttext\t12\tTwo.')"
}

@test "every offset is exact on every fixture" {
	for f in article.txt glued.txt wrapped.txt crlf.txt bom.txt \
	    no-final-newline.txt nul.txt; do
		check_offsets "$FIX/splitdoc-$f"
	done
	check_offsets "$FIX/splitdoc-article.html"
	check_offsets "$FIX/splitdoc-broken.html"
	check_offsets "$FIX/splitdoc-articles.jsonl"
}

@test "every offset is exact on news written with every hard case" {
	# Invalid UTF-8 is left out: its bytes come out as '?'.
	ls "$FIX"/splitdoc-*.txt | grep -v bad-utf8 | xargs cat > "$TMP/all.txt"
	check_offsets "$TMP/all.txt"
	check_offsets "$TMP/all.txt" -D
}

@test "creation date from the header lines" {
	printf 'date 2020-01-05 Updated 11:51 a.m. ET Sunday\n\nText. More.\n' > "$TMP/a.txt"
	printf 'January 5, 2020\n\nText. More.\n' > "$TMP/b.txt"
	printf 'Posted Sun, 05 Jan 2020 10:00 GMT\nText.\n' > "$TMP/c.txt"
	printf 'Headline\nPublished 27 Sep 2024 10:02\n\nText.\n' > "$TMP/d.txt"
	run splitdoc "$TMP/a.txt" "$TMP/b.txt" "$TMP/c.txt" "$TMP/d.txt"
	[ "$status" -eq 0 ]
	[ "$(cut -f1,2 <<<"$output" | sort -u | tr '\n' ' ')" = \
	    "a	2020-01-05 b	2020-01-05 c	2020-01-05 d	2024-09-27 " ]
}

@test "a date the article talks about is not its creation date" {
	printf '%s\n' "The parliament, which first met on January 10, 2005, voted again on Sunday after a long and bitter debate that ran late into the night." > "$TMP/a.txt"
	run splitdoc "$TMP/a.txt"
	[ "$status" -eq 0 ]
	[ "$(cut -f2 <<<"$output")" = "-" ]
}

@test "a date in the file name is the last resort" {
	printf 'No date line here. None.\n' > "$TMP/2021-07-04-story.txt"
	printf 'Published 27 Sep 2024 10:02\n\nText.\n' > "$TMP/2021-07-04-other.txt"
	printf 'No date.\n' > "$TMP/story-20210704.txt"
	run splitdoc "$TMP/2021-07-04-story.txt" "$TMP/2021-07-04-other.txt" "$TMP/story-20210704.txt"
	[ "$(cut -f1,2 <<<"$output" | sort -u | tr '\n' ' ')" = \
	    "2021-07-04-other	2024-09-27 2021-07-04-story	2021-07-04 story-20210704	- " ]
}

@test "-d sets the date of every document, over what the text says" {
	run splitdoc -d 2021-06-30 "$FIX/splitdoc-article.txt"
	[ "$(cut -f2 <<<"$output" | sort -u)" = "2021-06-30" ]
}

@test "HTML and JSON metadata date the document" {
	run splitdoc -q "$FIX/splitdoc-article.html" "$FIX/splitdoc-articles.jsonl"
	[ "$(grep -c '^splitdoc-article	2020-01-05	' <<<"$output")" -eq 11 ]
	[ "$(grep -c '^wire-1-2	2020-01-05	' <<<"$output")" -eq 1 ]
	[ "$(grep -c '^42	-	' <<<"$output")" -eq 2 ]
	[ "$(grep -c '^g-7	2020-01-05	' <<<"$output")" -eq 2 ]
}

@test "abbreviations, titles and initials do not end sentences" {
	run sentences "Gen. Qassem Soleimani was killed. Sec. Austin and Mr. Lee met Lt. Col. Ray at No. 10 Grove St. in town. John F. Kennedy spoke."
	diff_out "Gen. Qassem Soleimani was killed.
Sec. Austin and Mr. Lee met Lt. Col. Ray at No. 10 Grove St. in town.
John F. Kennedy spoke."
}

@test "U.S., a.m. and month abbreviations end a sentence only before an opener" {
	run sentences "The U.S. military left at 11:51 a.m. ET Sunday. It was in the U.S. The attacks began Oct. 7 and ended in Sept. The next day was calm."
	diff_out "The U.S. military left at 11:51 a.m. ET Sunday.
It was in the U.S.
The attacks began Oct. 7 and ended in Sept.
The next day was calm."
}

@test "company abbreviations end a sentence only before an opener" {
	run sentences "Shares of Acme Inc. fell. He joined Acme Inc. The firm grew."
	diff_out "Shares of Acme Inc. fell.
He joined Acme Inc.
The firm grew."
}

@test "decimals, thousands and ellipses" {
	run sentences "Output grew 3.5 percent to 1,000 units. He paused ... Then he left. Prices rose by 2.5 million dollars."
	diff_out "Output grew 3.5 percent to 1,000 units.
He paused ...
Then he left.
Prices rose by 2.5 million dollars."
}

@test "quotations that end a sentence belong to it" {
	run sentences '"We are leaving," the official said. "Not now." He said it twice. Crowds chanted "Death to America!" in unison. Who knows? Nobody.'
	diff_out '"We are leaving," the official said.
"Not now."
He said it twice.
Crowds chanted "Death to America!" in unison.
Who knows?
Nobody.'
}

@test "curly quotes: closing belongs before, opening after" {
	run sentences '“The US is not withdrawing,” she said. “This is a step.” Then she left.'
	diff_out '“The US is not withdrawing,” she said.
“This is a step.”
Then she left.'
}

@test "glued sentences are cut: period, quote, capitals" {
	run sentences 'The group was formed.The vote came later."It must end," he said."Yes."TRUMP SAYS NO MORE TALKSThere is more.'
	diff_out 'The group was formed.
The vote came later.
"It must end," he said.
"Yes."
TRUMP SAYS NO MORE TALKS
There is more.'
}

@test "glued sentences are cut after a hyphenated word and before U.S." {
	run sentences 'He mourned al-Muhandis.The talks ended.He gave no order.U.S. officials left. The e-mail came from the U.S. at noon.'
	diff_out 'He mourned al-Muhandis.
The talks ended.
He gave no order.
U.S. officials left.
The e-mail came from the U.S. at noon.'
}

@test "URLs, e-mail addresses and handles stay whole" {
	run sentences "See https://example.com/a.B?x=1 now. Write to desk@example.org. Then follow @news.Desk for more. Visit www.example.com. Done."
	diff_out "See https://example.com/a.B?x=1 now.
Write to desk@example.org.
Then follow @news.Desk for more.
Visit www.example.com.
Done."
}

@test "headings, bullets, bylines and furniture get their kinds" {
	printf '%s\n' 'A halt to the fight' 'By Jo Smith' '• First point here.' \
	    '2) Second point here.' 'Sign Up for our newsletter' 'Body text.' |
	    splitdoc -d 2020-01-05 | cut -f5,7 > "$TMP/out"
	run cat "$TMP/out"
	diff_out "head	A halt to the fight
meta	By Jo Smith
item	First point here.
item	Second point here.
furniture	Sign Up for our newsletter
text	Body text."
}

@test "an embedded post with its link is furniture" {
	[ "$(printf '%s\n' 'Crowds filled the streets. pic.twitter.com/AbCd123 — Some One (@someone) January 5, 2020' |
	    splitdoc -d 2020-01-05 | cut -f5 | sort -u)" = "furniture" ]
}

@test "-D drops furniture; sentence numbers stay as without it" {
	run splitdoc -D "$FIX/splitdoc-article.txt"
	[ "$status" -eq 0 ]
	[[ "$output" != *furniture* ]]
	diff_out "$(grep -v '	furniture	' "$FIX/splitdoc-article.txt.out")"
}

@test "standard input: '-' and no operand; a form feed line separates documents" {
	printf 'One doc. Yes.\n\f\nSecond doc.\n\f\r\nThird.\n' > "$TMP/in"
	run splitdoc -d 2020-01-05 < "$TMP/in"
	[ "$status" -eq 0 ]
	diff_out "stdin	2020-01-05	1	1	text	0	One doc.
stdin	2020-01-05	1	2	text	9	Yes.
stdin-2	2020-01-05	1	1	text	0	Second doc.
stdin-3	2020-01-05	1	1	text	0	Third."
	run splitdoc -d 2020-01-05 - < "$TMP/in"
	[ "$(wc -l <<<"$output")" -eq 4 ]
}

@test "ids: -i sets them; the same name twice gets a suffix; '--' ends options" {
	mkdir -p "$TMP/a" "$TMP/b"
	printf 'A.\n' > "$TMP/a/x.txt"
	printf 'B.\n' > "$TMP/b/x.txt"
	printf 'C.\n' > "$TMP/-c.txt"
	run splitdoc -d 2020-01-05 "$TMP/a/x.txt" "$TMP/b/x.txt"
	[ "$(cut -f1 <<<"$output" | tr '\n' ' ')" = "x x-2 " ]
	run splitdoc -d 2020-01-05 -i story "$TMP/a/x.txt" "$TMP/b/x.txt"
	[ "$(cut -f1 <<<"$output" | tr '\n' ' ')" = "story story-2 " ]
	cd "$TMP"
	run splitdoc -d 2020-01-05 -- -c.txt
	[ "$status" -eq 0 ]
	[ "$(cut -f1 <<<"$output")" = "-c" ]
}

@test "-H writes one header line" {
	run splitdoc -H -d 2020-01-05 "$FIX/splitdoc-crlf.txt"
	[ "${lines[0]}" = "doc	dct	para	sent	kind	offset	text" ]
	[ "${#lines[@]}" -eq 5 ]
}

@test "-x writes the text the offsets count" {
	run splitdoc -x "$FIX/splitdoc-articles.jsonl"
	[ "$status" -eq 1 ]
	[[ "$output" == *"Lawmakers vote"* ]]
	[[ "$output" == *"café"* ]]
}

@test "CRLF line ends are read as they are; offsets stay exact" {
	run splitdoc -d 2020-01-05 "$FIX/splitdoc-crlf.txt"
	[ "$status" -eq 0 ]
	diff_out "splitdoc-crlf	2020-01-05	1	1	text	0	First line of a paper.
splitdoc-crlf	2020-01-05	2	2	text	24	It has CRLF ends.
splitdoc-crlf	2020-01-05	2	3	text	42	Two sentences.
splitdoc-crlf	2020-01-05	3	4	text	60	A second paragraph."
}

@test "a byte order mark is no text; offsets count it" {
	run splitdoc -d 2020-01-05 "$FIX/splitdoc-bom.txt"
	[ "$status" -eq 0 ]
	[ "$(cut -f6,7 <<<"${lines[0]}")" = "3	A document with a byte order mark." ]
}

@test "a file without a final newline" {
	run splitdoc -d 2020-01-05 "$FIX/splitdoc-no-final-newline.txt"
	[ "$status" -eq 0 ]
	[ "${#lines[@]}" -eq 2 ]
	[ "$(cut -f7 <<<"${lines[1]}")" = "Still two sentences." ]
}

@test "empty file: reported, status 1" {
	run splitdoc "$FIX/splitdoc-empty.txt"
	[ "$status" -eq 1 ]
	[ "$output" = "splitdoc: $FIX/splitdoc-empty.txt: empty document" ]
}

@test "missing file among good ones: reported, the others processed, status 1" {
	run splitdoc -d 2020-01-05 "$FIX/splitdoc-crlf.txt" "$TMP/nope.txt" "$FIX/splitdoc-bom.txt"
	[ "$status" -eq 1 ]
	[ "$(grep -c '^splitdoc-crlf	' <<<"$output")" -eq 4 ]
	[ "$(grep -c '^splitdoc-bom	' <<<"$output")" -eq 2 ]
	[[ "$output" == *"splitdoc: $TMP/nope.txt: No such file or directory"* ]]
}

@test "unreadable file: reported, status 1" {
	[ "$(id -u)" -ne 0 ] || skip "root reads every file"
	printf 'x.\n' > "$TMP/locked.txt"
	chmod 000 "$TMP/locked.txt"
	run splitdoc "$TMP/locked.txt"
	[ "$status" -eq 1 ]
	[ "$output" = "splitdoc: $TMP/locked.txt: Permission denied" ]
}

@test "a directory is reported, not read" {
	run splitdoc "$TMP"
	[ "$status" -eq 1 ]
	[[ "$output" == "splitdoc: $TMP: "* ]]
}

@test "binary file: reported and skipped, the next file processed" {
	run splitdoc -d 2020-01-05 "$FIX/splitdoc-binary.png" "$FIX/splitdoc-bom.txt"
	[ "$status" -eq 1 ]
	[ "${lines[0]}" = "splitdoc: $FIX/splitdoc-binary.png: binary file, skipped" ]
	[ "${#lines[@]}" -eq 3 ]
}

@test "NUL bytes become spaces, reported with line and byte" {
	run splitdoc -d 2020-01-05 "$FIX/splitdoc-nul.txt"
	[ "$status" -eq 1 ]
	[ "${lines[0]}" = "splitdoc: $FIX/splitdoc-nul.txt:1: NUL byte at byte 9, replaced" ]
	[ "$(cut -f7 <<<"${lines[1]}")" = "The fuel  depot burned." ]
}

@test "invalid UTF-8: each bad byte becomes '?', one for one" {
	run splitdoc -d 2020-01-05 "$FIX/splitdoc-bad-utf8.txt"
	[ "$status" -eq 1 ]
	[ "${lines[0]}" = "splitdoc: $FIX/splitdoc-bad-utf8.txt:1: invalid UTF-8 at byte 8, replaced" ]
	[ "${lines[1]}" = "splitdoc: $FIX/splitdoc-bad-utf8.txt:2: invalid UTF-8 at byte 7, replaced" ]
	run splitdoc -q -d 2020-01-05 "$FIX/splitdoc-bad-utf8.txt"
	diff_out "splitdoc-bad-utf8	2020-01-05	1	1	text	0	The caf? closed on Monday.
splitdoc-bad-utf8	2020-01-05	1	2	text	27	It reopened later.
splitdoc-bad-utf8	2020-01-05	2	3	text	46	A bad ?? overlong form."
}

@test "-q silences reports, not the status" {
	run splitdoc -q "$FIX/splitdoc-empty.txt"
	[ "$status" -eq 1 ]
	[ -z "$output" ]
}

@test "a 100 MB line streams through" {
	awk 'BEGIN { s = "Word and more words here. "; for (i = 0; i < 4000000; i++) printf "%s", s; print "" }' > "$TMP/big.txt"
	[ "$(wc -c < "$TMP/big.txt")" -ge 100000000 ]
	run bash -c "splitdoc -d 2020-01-05 '$TMP/big.txt' | tail -1 | cut -f4,6"
	[ "$status" -eq 0 ]
	[ "$output" = "4000000	103999974" ]
}

@test "a closed pipe ends it quietly" {
	for i in $(seq 2000); do cat "$FIX/splitdoc-article.txt"; done > "$TMP/many.txt"
	run bash -c "splitdoc '$TMP/many.txt' 2>'$TMP/err' | head -1"
	[ "$status" -eq 0 ]
	[ "$(cut -f4 <<<"$output")" = "1" ]
	[ ! -s "$TMP/err" ]
}

@test "a full disk is an error, status 3" {
	[ -w /dev/full ] || skip "no /dev/full here"
	run bash -c "splitdoc '$FIX/splitdoc-article.txt' > /dev/full"
	[ "$status" -eq 3 ]
	[ "$output" = "splitdoc: <stdout>: No space left on device" ]
}

@test "-u writes each record before more input arrives" {
	mkfifo "$TMP/fifo"
	{ printf 'First one. Second one.\n\n'; sleep 3; printf 'Later.\n'; } > "$TMP/fifo" &
	splitdoc -u -d 2020-01-05 "$TMP/fifo" > "$TMP/out" &
	sleep 1.5
	[ "$(wc -l < "$TMP/out")" -eq 2 ]
	wait
	[ "$(wc -l < "$TMP/out")" -eq 3 ]
}

@test "the same output in the C and a UTF-8 locale" {
	run splitdoc "$FIX/splitdoc-article.txt"
	c_out=$output
	utf8=$(locale -a 2>/dev/null | grep -i -m1 'utf-\?8' || true)
	[ -n "$utf8" ] || skip "no UTF-8 locale installed"
	LC_ALL=$utf8 run splitdoc "$FIX/splitdoc-article.txt"
	[ "$output" = "$c_out" ]
}

@test "the five kinds of seed article: every offset exact, the dated one found" {
	seeds="$ROOT/../shared/seeds"
	[ -d "$seeds" ] || skip "no seed articles beside the project"
	for f in "$seeds"/*.txt; do
		check_offsets "$f" -d 2020-01-05
	done
	run splitdoc "$seeds"/000_*.txt
	[ "$(cut -f2 <<<"${lines[0]}")" = "2020-01-05" ]
}
