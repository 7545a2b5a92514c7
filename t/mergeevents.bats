#!/usr/bin/env bats
# mergeevents: grouping, conflicts, figures, the merge properties, the
# recipes, bad input.
load helper

SEEDS="$FIX/mergeevents-seeds.tsv"
NUMS="$FIX/mergeevents-seeds-nums.tsv"
BOTH="$FIX/mergeevents-seeds-both.tsv"
GEN="$FIX/mergeevents-gen.awk"
RECIPES="$ROOT/examples/recipes"
T=$(printf '\t')

# drec DOC DCT OFFSET KIND TYPE VALUE TIMEX TEXT [MOD]: one extractdates
# record, the expression's span computed from where TIMEX is in TEXT.
drec() {
	local pre="${8%%"$7"*}"
	printf '%s\t%s\t1\t1\t%s\t%s\t%s\t%s\t%s\tdct\t%s\t%s\t%s\t%s\n' \
	    "$1" "$2" "$4" "$3" "$5" "$6" "${9:--}" "$(($3 + ${#pre}))" \
	    "$(($3 + ${#pre} + ${#7}))" "$7" "$8"
}

# units FILE: one line per sentence (its records joined by \001), so
# that shuf and split move whole sentences.
units() {
	awk -F'\t' '{ k = $1 FS $6
		if (NR > 1 && k == p) b = b "\001" $0
		else { if (NR > 1) print b; b = $0 }
		p = k }
	    END { if (NR) print b }' "$@"
}

gen() {
	awk -v seed="$1" -v docs="$2" -v sents="$3" -v nums="${4:-}" -f "$GEN"
}

# --- the seed articles ---

@test "seeds: the chronology an analyst would sign" {
	run mergeevents "$SEEDS"
	[ "$status" -eq 0 ]
	diff_out "$(cat "$FIX/mergeevents-seeds.out")"
}

@test "seeds: the vote is one event from three documents, January 10 a conflict" {
	run mergeevents "$SEEDS"
	[ "$status" -eq 0 ]
	line=$(printf '%s\n' "$output" | awk -F'\t' '$4 == "vote"')
	[ "$(printf '%s\n' "$line" | wc -l)" -eq 1 ]
	[ "$(printf '%s' "$line" | cut -f2,3,5,7)" = "2020-01-05${T}day${T}3${T}conflict" ]
	[ "$(printf '%s' "$line" | cut -f10)" = "2020-01-10=seed002:189" ]
	[ "$(printf '%s' "$line" | cut -f8)" = "seed000:94,seed000:529,seed001:0" ]
}

@test "seeds: the drone strike of 2020-01-03 is told by two documents" {
	run mergeevents "$SEEDS"
	line=$(printf '%s\n' "$output" | awk -F'\t' '$4 ~ /^strike/ && $2 ~ /^2020/')
	[ "$(printf '%s' "$line" | cut -f2,4,5,9)" = "2020-01-03${T}strike@Iraq${T}2${T}2020-01=seed004:452" ]
}

@test "seeds: no event from headlines, captions, furniture or metadata" {
	run mergeevents "$SEEDS"
	# the caption's Saturday, the meta line's time, the furniture's date
	! printf '%s\n' "$output" | grep -q '2020-01-04'
	! printf '%s\n' "$output" | cut -f8-10 | grep -q 'seed000:46\b'
	for off in $(awk -F'\t' '$5 != "text" && $5 != "item" { print $1 ":" $6 }' "$SEEDS"); do
		! printf '%s\n' "$output" | cut -f8-10 | tr ',;=' '\n\n\n' | grep -qx "$off"
	done
}

@test "seeds: since, deadlines after the document date, context" {
	run mergeevents "$SEEDS"
	[ "$(printf '%s\n' "$output" | awk -F'\t' '$2 == "2014" { print $4, $7 }')" = "train since" ]
	[ "$(printf '%s\n' "$output" | awk -F'\t' '$2 == "2025-09" { print $4, $7, $11 }')" = "scheduled by,future 2026-09" ]
	[ "$(printf '%s\n' "$output" | awk -F'\t' '$2 == "2026-09" { print $4, $7, $11 }')" = "scheduled until,future 2025-09" ]
}

@test "seeds: figures show 5,200 vs 5,000 troops and the series to 2,500" {
	run mergeevents -F "$NUMS"
	[ "$status" -eq 0 ]
	diff_out "$(cat "$FIX/mergeevents-seeds-nums.out")"
	run sh -c "mergeevents -F '$NUMS' | awk -F'\t' '\$2 == \"troop\" && \$5 == \"Iraq\"' | cut -f6-9,11,13"
	diff_out "2020-01-05${T}5000${T}5000${T}=${T}disagree${T}5200=seed000:389
2024-01-25${T}2500${T}2500${T}~${T}-${T}-
2024-09-27${T}2500${T}2500${T}=${T}-${T}-"
}

@test "seeds: figures after extractdates -a take their sentence's date" {
	run mergeevents -F "$BOTH"
	[ "$status" -eq 0 ]
	diff_out "$(cat "$FIX/mergeevents-seeds-both.out")"
	# "In January ... killing three soldiers": the sentence's date
	[ "$(printf '%s\n' "$output" | awk -F'\t' '$2 == "soldier" { print $6 }')" = 2024-01 ]
	# "at least 151 times since Oct. 7": a bound, so the report's date
	[ "$(printf '%s\n' "$output" | awk -F'\t' '$2 == "time" { print $6 }')" = 2024-01-25 ]
}

@test "the chronology reads figure records with dates (23 fields) too" {
	drec a 2020-01-05 0 text DATE 2020-01-03 Friday "Rebels attacked the post on Friday." > "$TMP/d"
	cut -f1-13 "$TMP/d" | tr -d '\n' > "$TMP/both"
	printf '\tcount\t3\t3\t=\t\tpost\t0\t1\tx\tRebels attacked the post on Friday.\n' >> "$TMP/both"
	run mergeevents "$TMP/both"
	[ "$status" -eq 0 ]
	[ "$(printf '%s' "$output" | cut -f2,4,8)" = "2020-01-03${T}attack${T}a:0" ]
}

# --- grouping rules ---

@test "compatible dates join: a month and its day, a year and its month" {
	{
		drec a 2020-02-01 0 text DATE 2020-01-05 "January 5" "The senate voted on the budget on January 5."
		drec b 2020-02-01 0 text DATE 2020-01 January "The senate voted on the budget in January."
		drec c 2020-02-01 0 text DATE 2020 2020 "The senate voted on the budget in 2020."
	} > "$TMP/in"
	run mergeevents "$TMP/in"
	[ "$status" -eq 0 ]
	diff_out "event${T}2020-01-05${T}day${T}vote${T}3${T}3${T}-${T}a:0${T}2020=c:0;2020-01=b:0${T}-${T}-${T}a:0${T}1504${T}-${T}The senate voted on the budget on January 5."
}

@test "a recurring kind joins at another precision only where the place agrees" {
	{
		drec a 2024-01-30 0 text DATE 2024-01-28 Sunday "A drone struck a desert outpost in Jordan on Sunday, killing three soldiers."
		drec b 2024-09-27 0 text DATE 2024-01 January "In January a drone struck an outpost in Jordan."
		drec c 2024-01-05 0 text DATE 2024-01-04 Thursday "Jets struck a depot in eastern Baghdad on Thursday."
		drec d 2024-02-01 0 text DATE 2024-01 January "Jets struck militia depots several times in January."
		drec e 2024-01-05 0 text DATE 2024-01-04 Thursday "The jets struck on Thursday before dawn."
	} > "$TMP/in"
	run mergeevents "$TMP/in"
	[ "$status" -eq 0 ]
	# the month with Jordan joins the day in Jordan; the month without a
	# place stays alone instead of pulling both days into one event
	[ "$(printf '%s\n' "$output" | cut -f2,4,8,9 | tr '\n' ' ')" = "2024-01${T}strike${T}d:0${T}- 2024-01-04${T}strike${T}e:0${T}- 2024-01-04${T}strike@Iraq${T}c:0${T}- 2024-01-28${T}strike@Jordan${T}a:0${T}2024-01=b:0 " ]
	# a kind that happens once needs no place
	drec f 2020-02-01 0 text DATE 2020-01 January "Lawmakers voted in January to expel the troops." > "$TMP/v"
	drec g 2020-01-06 0 text DATE 2020-01-05 Sunday "Parliament in Baghdad voted on Sunday to expel the troops." >> "$TMP/v"
	run mergeevents "$TMP/v"
	[ "$(printf '%s' "$output" | cut -f2,4,9)" = "2020-01-05${T}vote${T}2020-01=f:0" ]
}

@test "a person named by both joins a recurring kind told with and without its place" {
	{
		drec a 2021-03-07 0 text DATE 2021-03-05 Friday "Okonkwo was wounded in a rocket attack on the convoy on Friday."
		drec b 2021-06-01 0 text DATE 2021-03 March "A rocket attack in Mosul wounded the envoy Okonkwo in March."
	} > "$TMP/in"
	run mergeevents "$TMP/in"
	[ "$status" -eq 0 ]
	# one event: the day is its date, the month with its place fits it
	[ "$(printf '%s\n' "$output" | cut -f2,4,5,8,9,14)" = "2021-03-05${T}attack${T}2${T}a:0${T}2021-03@Iraq=b:0${T}2021-03@Iraq=Okonkwo;2021-03-05=#a,Okonkwo" ]
	# read back, alone or with new records, the event stays one
	mergeevents "$TMP/in" > "$TMP/once"
	run mergeevents "$TMP/once"
	diff_out "$(cat "$TMP/once")"
	head -1 "$TMP/in" > "$TMP/a"
	tail -1 "$TMP/in" > "$TMP/b"
	mergeevents "$TMP/a" > "$TMP/ma"
	mergeevents "$TMP/b" > "$TMP/mb"
	mergeevents "$TMP/ma" "$TMP/mb" | cmp - "$TMP/once"
	mergeevents "$TMP/mb" "$TMP/a" | cmp - "$TMP/once"
}

@test "one article tells one strike of a day, with its place and without" {
	{
		drec a 2021-03-06 0 text DATE 2021-03-05 Friday "A drone strike in Mosul hit a convoy on Friday."
		drec a 2021-03-06 60 text DATE 2021-03-05 Friday "The strike on Friday destroyed two cars."
		drec c 2021-03-06 0 text DATE 2021-03-05 Friday "Rebels have struck again and again since Friday." since
		drec c 2021-03-06 60 text DATE 2021-03-05 Friday "A drone strike in Aleppo hit a depot on Friday."
	} > "$TMP/in"
	run mergeevents "$TMP/in"
	[ "$status" -eq 0 ]
	# a's two sentences are one strike; c's span start names no
	# document, so the strike in Syria stays apart
	[ "$(printf '%s\n' "$output" | cut -f4,5,14 | tr '\n' ' ')" = "strike${T}2${T}2021-03-05=#a;2021-03-05@Iraq=#a strike@Syria${T}1${T}2021-03-05=#c " ]
	# read back whole or in parts, the same
	mergeevents "$TMP/in" > "$TMP/once"
	head -2 "$TMP/in" | mergeevents > "$TMP/ma"
	tail -2 "$TMP/in" | mergeevents > "$TMP/mb"
	mergeevents "$TMP/mb" "$TMP/ma" | cmp - "$TMP/once"
	mergeevents "$TMP/ma" "$TMP/in" | cmp - "$TMP/once"
}

@test "no shared person, another place, or a speaker: no join" {
	# nobody named by both
	{
		drec a 2021-03-07 0 text DATE 2021-03-05 Friday "Okonkwo was wounded in a rocket attack on the convoy on Friday."
		drec b 2021-06-01 0 text DATE 2021-03 March "A rocket attack in Mosul wounded the envoy Farrow in March."
	} > "$TMP/in"
	run mergeevents "$TMP/in"
	[ "$status" -eq 0 ]
	[ "${#lines[@]}" -eq 2 ]
	# one person, but two places that contradict
	{
		drec a 2021-03-07 0 text DATE 2021-03-05 Friday "A rocket attack in Syria wounded Okonkwo on Friday."
		drec b 2021-06-01 0 text DATE 2021-03 March "A rocket attack in Mosul wounded the envoy Okonkwo in March."
	} > "$TMP/in"
	run mergeevents "$TMP/in"
	[ "$status" -eq 0 ]
	[ "$(printf '%s\n' "$output" | cut -f2,4 | tr '\n' ' ')" = "2021-03${T}attack@Iraq 2021-03-05${T}attack@Syria " ]
	# who spoke, a body after "the", a title, a word that starts the
	# sentence: none names a person who took part
	{
		drec a 2021-03-07 0 text DATE 2021-03-05 Friday "Rockets hit the convoy in an attack on Friday, Farrow said."
		drec b 2021-06-01 0 text DATE 2021-03 March "Farrow said a rocket attack in Mosul hit a convoy in March."
		drec c 2021-03-07 0 text DATE 2021-03-06 Saturday "An attack on the Northern Command hit the President on Saturday."
		drec d 2021-06-01 0 text DATE 2021-03 March "An attack in Mosul hit the Northern Command and the President in March."
	} > "$TMP/in"
	run mergeevents "$TMP/in"
	[ "$status" -eq 0 ]
	[ "${#lines[@]}" -eq 3 ]
	# (a day's mention names its document, "#" and the id, and no one)
	[ "$(printf '%s\n' "$output" | cut -f14 | tr '\n' ' ')" = "- 2021-03-05=#a 2021-03-06=#c " ]
	# a kind that is not recurring, or saying, keeps no names
	drec e 2021-06-01 0 text DATE 2021-03 March "Lawmakers voted in March to thank Okonkwo." > "$TMP/v"
	run mergeevents "$TMP/v"
	[ "$(printf '%s' "$output" | cut -f14)" = "-" ]
}

@test "names in our own records: checked, and records without them still read" {
	T2="event${T}2021-03-05${T}day${T}attack${T}2${T}2${T}-${T}a:0${T}2021-03@Iraq=b:0${T}-${T}-${T}a:0${T}1500"
	printf '%s\t%s\tText.\n' "$T2" '2021-03@Iraq=Okonkwo;2021-03-05=Okonkwo' > "$TMP/ok"
	run mergeevents "$TMP/ok"
	[ "$status" -eq 0 ]
	diff_out "$(cat "$TMP/ok")"
	# a 14-field record of an older chronology: no names
	printf '%s\tText.\n' "$T2" > "$TMP/old"
	run mergeevents "$TMP/old"
	[ "$status" -eq 0 ]
	diff_out "$T2${T}-${T}Text."
	for bad in '2021-03-05=' '2021-03-05' 'x=Okonkwo' '2021=Okonkwo' '2021-03@a@b=Okonkwo' '2021-03-05=Ok,,nkwo'; do
		printf '%s\t%s\tText.\n' "$T2" "$bad" > "$TMP/bad"
		run mergeevents "$TMP/bad"
		[ "$status" -eq 1 ]
		[ "$output" = "mergeevents: $TMP/bad:1: malformed event record" ]
	done
}

@test "the place: a country or city after in, at, near or a concept's verb, names before adjectives" {
	{
		drec a 2023-10-10 0 text DATE 2023-10-07 Saturday "Gunmen attacked Israel on Saturday."
		drec b 2023-12-26 0 text DATE 2023-12-25 Monday "Militias attacked U.S. forces at a base in Syria on Monday."
		drec c 2020-01-09 0 text DATE 2020-01-08 Wednesday "Missiles hit two Iraqi bases on Wednesday."
		drec d 2020-01-09 0 text DATE 2020-01-07 Tuesday "Iranian-backed militias attacked on Tuesday."
		drec e 2020-01-09 0 text DATE 2020-01-06 Monday "Officials in Washington said on Monday that talks went well."
		drec f 2020-01-09 0 text DATE 2020-01-05 Sunday "The general died in a U.S. drone strike on Sunday."
	} > "$TMP/in"
	run mergeevents "$TMP/in"
	[ "$(printf '%s\n' "$output" | cut -f2,4 | tr '\n' ' ')" = "2020-01-05${T}strike 2020-01-06${T}say 2020-01-07${T}attack 2020-01-08${T}strike@Iraq 2023-10-07${T}attack@Israel 2023-12-25${T}attack@Syria " ]
}

@test "a year does not join a day directly" {
	{
		drec a 2020-02-01 0 text DATE 2020-01-05 "January 5" "Rebels attacked the post on January 5."
		drec c 2020-02-01 0 text DATE 2020 2020 "Rebels attacked the post in 2020."
	} > "$TMP/in"
	run mergeevents "$TMP/in"
	[ "$(printf '%s\n' "$output" | cut -f2 | tr '\n' ' ')" = "2020 2020-01-05 " ]
}

@test "different dates from different documents within the window: one event, a conflict" {
	{
		drec a 2020-01-06 0 text DATE 2020-01-05 Sunday "Parliament voted on Sunday."
		drec b 2020-01-06 0 text DATE 2020-01-05 Sunday "Lawmakers voted Sunday to expel troops."
		drec c 2020-01-16 0 item DATE 2020-01-10 "January 10" "Parliament voted January 10."
	} > "$TMP/in"
	run mergeevents "$TMP/in"
	[ "$status" -eq 0 ]
	[ "${#lines[@]}" -eq 1 ]
	[ "$(printf '%s' "$output" | cut -f2,5,7,8,10)" = "2020-01-05${T}3${T}conflict${T}a:0,b:0${T}2020-01-10=c:0" ]
	run mergeevents -w 4 "$TMP/in"
	[ "${#lines[@]}" -eq 2 ]
	run mergeevents -w 0 "$TMP/in"
	[ "${#lines[@]}" -eq 2 ]
	! printf '%s\n' "$output" | grep -q conflict
}

@test "one document telling two dates tells two events" {
	{
		drec a 2020-01-16 0 text DATE 2020-01-13 Monday "Rebels attacked the post on Monday."
		drec a 2020-01-16 50 text DATE 2020-01-15 Wednesday "Rebels attacked the bridge on Wednesday."
	} > "$TMP/in"
	run mergeevents "$TMP/in"
	[ "${#lines[@]}" -eq 2 ]
	! printf '%s\n' "$output" | grep -q conflict
}

@test "a second document bridges two days into a conflict" {
	{
		drec a 2020-01-16 0 text DATE 2020-01-13 Monday "Parliament voted on Monday."
		drec b 2020-01-16 0 text DATE 2020-01-15 Wednesday "Parliament voted on Wednesday."
	} > "$TMP/in"
	run mergeevents "$TMP/in"
	[ "${#lines[@]}" -eq 1 ]
	[ "$(printf '%s' "$output" | cut -f2,7)" = "2020-01-13${T}conflict" ]
}

@test "recurring kinds of events on nearby days are different events" {
	{
		drec a 2020-01-16 0 text DATE 2020-01-13 Monday "Rebels attacked the post on Monday."
		drec b 2020-01-16 0 text DATE 2020-01-15 Wednesday "Rebels attacked the post on Wednesday."
		drec c 2020-01-16 0 text DATE 2020-01-14 Tuesday "The minister said on Tuesday that talks would go on."
		drec d 2020-01-16 0 text DATE 2020-01-15 Wednesday "The minister said on Wednesday that talks would go on."
	} > "$TMP/in"
	run mergeevents "$TMP/in"
	[ "$(printf '%s\n' "$output" | cut -f2,4,7 | tr '\n' ' ')" = "2020-01-13${T}attack${T}- 2020-01-14${T}say${T}- 2020-01-15${T}attack${T}- 2020-01-15${T}say${T}- " ]
}

@test "what is dated after its document is scheduled, whatever the wording" {
	{
		drec a 2024-09-27 0 text DATE 2025-09 "September 2025" "Under the plan the mission ends by September 2025."
		drec b 2024-09-28 0 text DATE 2025-09 "September 2025" "Coalition troops are to leave by September 2025."
		drec c 2026-01-01 0 text DATE 2025-09 "September 2025" "Coalition troops left in September 2025."
	} > "$TMP/in"
	run mergeevents "$TMP/in"
	[ "$(printf '%s\n' "$output" | cut -f2,4,5,7 | tr '\n' ' ')" = "2025-09${T}left${T}1${T}- 2025-09${T}scheduled${T}2${T}by,future " ]
}

@test "different concepts on one date are different events" {
	{
		drec a 2020-01-06 0 text DATE 2020-01-05 Sunday "Parliament voted on Sunday."
		drec b 2020-01-06 0 text DATE 2020-01-05 Sunday "Mourners filled the streets for the funeral on Sunday."
		drec c 2020-01-06 0 text DATE 2020-01-05 Sunday "The minister resigned on Sunday after the vote."
	} > "$TMP/in"
	run mergeevents "$TMP/in"
	[ "$(printf '%s\n' "$output" | cut -f4 | tr '\n' ' ')" = "funeral resign vote " ]
}

@test "concept fallback: the clause's verb in the past, else its first lower-case content word, else misc" {
	{
		drec a 2020-01-06 0 text DATE 2020-01-05 Sunday "Crowds gathered in Baghdad on Sunday."
		drec b 2020-03-06 0 text DATE 2020-03-04 Wednesday "On Wednesday."
		drec c 2020-05-06 0 text DATE 2020-05 May "The dinar slump in May."
		drec d 2020-06-06 0 text DATE 2020-06-02 Tuesday "Prices, which rose on Tuesday, hurt the poor."
		drec e 2020-07-06 0 text DATE 2020-07 July "The raid ended a feud that started in July."
	} > "$TMP/in"
	run mergeevents "$TMP/in"
	# "started" heads the clause of July, and tells of the feud
	[ "$(printf '%s\n' "$output" | cut -f4 | tr '\n' ' ')" = "gathered@Iraq misc dinar rose feud " ]
}

@test "the concept comes from the clause of the governing date" {
	{
		# a relative clause: the strike is not what began that week
		drec a 2020-01-03 0 text DATE 2019-W52 "a week ago" "The raid crowned a feud that began a week ago."
		# the clause with the date names the resignation
		drec b 2020-01-05 0 text DATE 2019-11 November "The premier, who has led a caretaker cabinet since stepping down in November, told lawmakers that the strike broke the law."
		# what a verb of saying reports: a verb tells the event, a modal
		# or a noun does not
		drec c 2020-01-06 0 text DATE 2020-01-05 Sunday "Officials said on Sunday that the mission was halted."
		drec d 2020-01-16 0 text DATE 2020-01-15 Wednesday "The premier told his ministers on Wednesday that rebels were planning new attacks."
		drec e 2024-01-06 0 text DATE 2024-01-05 Friday "The premier said on Friday that his cabinet would begin talks, a day after a drone strike."
		# ", when": the clause that follows tells what the date saw
		drec f 2024-01-06 0 text DATE 2023-10-07 "Oct. 7" "Tension has grown since Oct. 7, when gunmen attacked Israel."
		# a relative clause that tells no event leaves the date to the
		# clause around it
		drec g 2020-01-09 0 text DATE 2020-01-08 "early Wednesday" "Iran fired missiles at bases that host foreign troops early Wednesday."
		# a dateline holds no clause: the sentence's concept
		drec h 2020-01-04 0 text DATE 2020-01-03 "Jan. 3, 2020" "KABUL, Jan. 3, 2020 (Wire) — Militants attacked a school."
		# "due to" is no infinitive: what was said runs on
		drec i 2020-02-06 0 text DATE 2020-02-05 Wednesday "On Wednesday, officials said that due to threats the mission was being paused."
		# a clause without a concept: the relative clause after it
		drec j 2020-03-02 0 text DATE 2020-03-01 Sunday "Crowds filled the streets on Sunday, whose mourning lasted a week."
		# the date's part tells a saying: a noun elsewhere is what was
		# talked about
		drec k 2020-04-02 0 text DATE 2020-04-01 Wednesday "Speaking on the radio on Wednesday, the envoy called the bombing a crime."
	} > "$TMP/in"
	run mergeevents "$TMP/in"
	[ "$status" -eq 0 ]
	[ "$(printf '%s\n' "$output" | cut -f2,4,8 | tr '\n' ' ')" = "2019-11${T}resign${T}b:0 2019-12${T}feud${T}a:0 2020-01-03${T}attack${T}h:0 2020-01-05${T}suspend${T}c:0 2020-01-08${T}attack${T}g:0 2020-01-15${T}say${T}d:0 2020-02-05${T}suspend${T}i:0 2020-03-01${T}funeral${T}j:0 2020-04-01${T}say${T}k:0 2023-10-07${T}attack@Israel${T}f:0 2024-01-05${T}say${T}e:0 " ]
}

@test "of several expressions of the governing date, the one whose clause names a concept" {
	t="Since 2014 the troops have trained local units to retake land that the rebels seized that year."
	{
		drec a 2020-01-20 0 text DATE 2014 "that year" "$t"
		drec a 2020-01-20 0 text DATE 2014 2014 "$t" ON_OR_AFTER
	} > "$TMP/in"
	run mergeevents "$TMP/in"
	[ "$(printf '%s' "$output" | cut -f2,4,7)" = "2014${T}train${T}since,on_or_after" ]
}

@test "dates inside quotation marks make no event" {
	{
		drec a 2024-02-03 0 text DATE 2024-02-03 today '"Our answer began today," the general said.'
		drec b 2020-01-08 0 text DATE 2020-01-09 "the next day" "“It ends in the next day or two.”"
		drec c 2020-01-08 0 text DATE 2020-01-07 Tuesday '"We will reply," the minister said on Tuesday.'
		drec d 2020-01-08 0 text DATE 2003 2003 '"We saw this in 2003," he said on Tuesday.'
		drec d 2020-01-08 0 text DATE 2020-01-07 Tuesday '"We saw this in 2003," he said on Tuesday.'
	} > "$TMP/in"
	run mergeevents "$TMP/in"
	[ "$status" -eq 0 ]
	[ "$(printf '%s\n' "$output" | cut -f2,4,5,11 | tr '\n' ' ')" = "2020-01-07${T}say${T}2${T}- " ]
	# more quotation marks than are kept while scanning
	q=$(printf '"so" %.0s' $(seq 80))
	drec e 2020-01-08 0 text DATE 2020-01-07 Tuesday "$q \"we voted on Tuesday" > "$TMP/many"
	drec f 2020-01-08 0 text DATE 2020-01-07 Tuesday "$q parliament voted on Tuesday." >> "$TMP/many"
	run mergeevents "$TMP/many"
	[ "$(printf '%s\n' "$output" | cut -f2,4,8)" = "2020-01-07${T}vote${T}f:0" ]
}

@test "the governing date: after on or in, not after since or until" {
	drec a 2020-01-20 0 text DATE 2014 2014 "Since 2014 the troops trained local forces, and on January 10 the program was suspended." > "$TMP/in"
	drec a 2020-01-20 0 text DATE 2020-01-10 "January 10" "Since 2014 the troops trained local forces, and on January 10 the program was suspended." >> "$TMP/in"
	run mergeevents "$TMP/in"
	[ "${#lines[@]}" -eq 1 ]
	[ "$(printf '%s' "$output" | cut -f2,4,7,11)" = "2020-01-10${T}suspend${T}-${T}2014" ]
	# the order of a sentence's records does not matter
	tac "$TMP/in" > "$TMP/rev"
	run mergeevents "$TMP/rev"
	[ "$(printf '%s' "$output" | cut -f2,4,7,11)" = "2020-01-10${T}suspend${T}-${T}2014" ]
}

@test "a date next to the concept's word governs, before one after on elsewhere" {
	t="Parliament voted Sunday to expel the troops, two days after a drone strike on Friday."
	{
		drec a 2020-01-06 0 text DATE 2020-01-05 Sunday "$t"
		drec a 2020-01-06 0 text DATE 2020-01-03 Friday "$t"
	} > "$TMP/in"
	run mergeevents "$TMP/in"
	[ "$(printf '%s' "$output" | cut -f2,4,11)" = "2020-01-05${T}vote${T}2020-01-03" ]
}

@test "a bare date governs before a bounding one; a modifier bounds too" {
	t="Talks that began after 2019 ended Friday."
	{
		drec a 2020-01-06 0 text DATE 2019 2019 "$t"
		drec a 2020-01-06 0 text DATE 2020-01-03 Friday "$t"
		drec b 2020-03-06 0 text DATE 2020-02-20 "February 20" "Talks were held on February 20." BEFORE
	} > "$TMP/in"
	run mergeevents "$TMP/in"
	[ "$(printf '%s\n' "$output" | cut -f2,7 | tr '\n' ' ')" = "2020-01-03${T}- 2020-02-20${T}before " ]
}

@test "durations, sets, vague and yearless values are no event dates" {
	{
		drec a 2020-01-06 0 text DURATION P2M "two months" "Rebels attacked bases for two months."
		drec a 2020-01-06 50 text SET P1W weekly "Rebels attacked bases weekly."
		drec a 2020-01-06 100 text DATE PRESENT_REF now "Rebels attack bases now."
		drec a 2020-01-06 150 text DATE XXXX-10-07 "Oct. 7" "Rebels attacked bases on Oct. 7."
		drec a 2020-01-06 200 text TIME T11:51 "11:51" "Rebels attacked at 11:51."
	} > "$TMP/in"
	run mergeevents "$TMP/in"
	[ "$status" -eq 0 ]
	[ -z "$output" ]
}

@test "values truncate: times to days, weeks to months, quarters to years, decades" {
	{
		drec a 2020-01-06 0 text TIME 2020-01-05T11:51-05:00 "11:51" "Parliament voted at 11:51."
		drec b 2020-01-06 0 text DATE 2020-W01 "this week" "Parliament voted this week."
		drec c 2024-09-06 0 text DATE 2024-Q3 "the third quarter" "Exports fell in the third quarter."
		drec d 2024-09-06 0 text DATE 199 "the 1990s" "The sanctions hurt in the 1990s."
	} > "$TMP/in"
	run mergeevents "$TMP/in"
	[ "$status" -eq 0 ]
	[ "$(printf '%s\n' "$output" | cut -f2,3 | tr '\n' ' ')" = "199${T}decade 2020-01-05${T}day 2024${T}year " ]
	[ "$(printf '%s\n' "$output" | awk -F'\t' '$2 == "2020-01-05" { print $9 }')" = "2020-01=b:0" ]
}

@test "years and centuries BC are kept and come first, the earliest first" {
	{
		drec a 2018-08-26 0 text DATE 1990 1990 "The town was found in 1990."
		drec b 2018-08-26 0 text DATE BC1450 "1450 BC" "The town was founded in 1450 BC."
		drec c 2018-08-26 0 text DATE BC14 "the 15th century BC" "Traders settled in the 15th century BC."
		drec d 2018-08-26 0 text DATE BC0300 "300 BC" "The town was burned in 300 BC."
	} > "$TMP/in"
	run mergeevents "$TMP/in"
	[ "$status" -eq 0 ]
	[ "$(printf '%s\n' "$output" | cut -f2,3 | tr '\n' ' ')" = "BC14${T}century BC1450${T}year BC0300${T}year 1990${T}year " ]
}

@test "unknown digits truncate the value: 19XX, 201X, 2020-XX, seasons" {
	{
		drec a 2020-01-06 0 text DATE 19XX "the 1900s" "Empires fell in the 1900s."
		drec b 2020-01-06 0 text DATE 201X "the 2010s" "Prices rose in the 2010s."
		drec c 2020-01-06 0 text DATE 2020-WI "this winter" "Floods struck this winter."
		drec d 2020-01-06 0 text DATE 2020-1 "January" "Floods struck in January."
	} > "$TMP/in"
	run mergeevents "$TMP/in"
	[ "$status" -eq 1 ]
	diff_out "mergeevents: $TMP/in:4: malformed date value: '2020-1'
event${T}19${T}century${T}fell${T}1${T}1${T}-${T}a:0${T}-${T}-${T}-${T}a:0${T}1102${T}-${T}Empires fell in the 1900s.
event${T}201${T}decade${T}rose${T}1${T}1${T}-${T}b:0${T}-${T}-${T}-${T}b:0${T}1202${T}-${T}Prices rose in the 2010s.
event${T}2020${T}year${T}strike${T}1${T}1${T}-${T}c:0${T}-${T}-${T}-${T}c:0${T}1303${T}-${T}Floods struck this winter."
}

@test "the sentence that speaks for an event: most informative, ties by document" {
	{
		drec b 2020-01-06 0 text DATE 2020-01-05 Sunday "Parliament voted Sunday."
		drec a 2020-01-06 0 text DATE 2020-01-05 Sunday "Parliament voted Sunday."
		drec c 2020-01-06 0 text DATE 2020-01-05 Sunday "Iraqi lawmakers voted on Sunday to expel foreign troops from the country."
	} > "$TMP/in"
	run mergeevents "$TMP/in"
	[ "$(printf '%s' "$output" | cut -f12)" = c:0 ]
	grep -v '^c' "$TMP/in" > "$TMP/ab"
	run mergeevents "$TMP/ab"
	[ "$(printf '%s' "$output" | cut -f12)" = a:0 ]
}

@test "figures: place from the sentence, not from the counted noun's modifier" {
	printf 'a\t2020-01-05\t1\t1\ttext\t0\tcount\t5000\t5000\t=\t\ttroop\t4\t9\t5,000\tThe 5,000 U.S. troops are in Iraq.\n' > "$TMP/in"
	printf 'b\t2020-01-05\t1\t1\ttext\t0\tcount\t100000\t100000\t>\t\tfighter\t0\t12\tOver 100,000\tOver 100,000 Iranian-backed fighters operate in Syria.\n' >> "$TMP/in"
	printf 'c\t2020-01-05\t1\t1\ttext\t0\tcount\t52\t52\t=\t\tsite\t15\t17\t52\tThe U.S. named 52 sites.\n' >> "$TMP/in"
	run mergeevents -F "$TMP/in"
	[ "$status" -eq 0 ]
	[ "$(printf '%s\n' "$output" | cut -f2,5 | tr '\n' ' ')" = "fighter${T}Syria site${T}US troop${T}Iraq " ]
}

@test "figures: one document giving two numbers is no disagreement" {
	printf 'a\t2020-01-05\t1\t1\ttext\t0\tcount\t5000\t5000\t=\t\ttroop\t4\t9\t5,000\tThe 5,000 troops are in Iraq.\n' > "$TMP/in"
	printf 'a\t2020-01-05\t1\t2\ttext\t40\tcount\t5200\t5200\t=\t\ttroop\t44\t49\t5,200\tThe 5,200 troops are in Iraq.\n' >> "$TMP/in"
	run mergeevents -F "$TMP/in"
	[ "$(printf '%s' "$output" | cut -f7,10,11,13)" = "5000${T}1${T}-${T}5200=a:44" ]
}

@test "figures: qualifiers widen a figure; only figures no number fits disagree" {
	{
		printf 'a\t2020-01-05\t1\t1\ttext\t0\tcount\t5000\t5000\t=\t\ttroop\t4\t9\t5,000\tThe 5,000 troops are in Iraq.\n'
		printf 'b\t2020-01-05\t1\t1\ttext\t0\tcount\t1000\t1000\t>\t\ttroop\t4\t13\tthousands\tThe thousands of troops in Iraq stay.\n'
		printf 'c\t2020-01-05\t1\t1\ttext\t0\tcount\t4600\t4600\t~\t\ttroop\t4\t15\tabout 4,600\tSome about 4,600 troops are in Iraq.\n'
	} > "$TMP/in"
	run mergeevents -F "$TMP/in"
	[ "$(printf '%s' "$output" | cut -f7,9,10,11,13)" = "5000${T}=${T}3${T}-${T}>1000=b:4;~4600=c:4" ]
	printf 'd\t2020-01-05\t1\t1\ttext\t0\tcount\t4000\t4000\t=\t\ttroop\t4\t9\t4,000\tThe 4,000 troops are in Iraq.\n' >> "$TMP/in"
	run mergeevents -F "$TMP/in"
	[ "$(printf '%s' "$output" | cut -f11)" = disagree ]
	# without a date nothing says they held at the same time
	sed 's/2020-01-05/-/' "$TMP/in" > "$TMP/undated"
	run mergeevents -F "$TMP/undated"
	[ "$(printf '%s' "$output" | cut -f6,11)" = "-${T}-" ]
	# nor without a counted noun
	sed 's/\ttroop\t/\t\t/' "$TMP/in" > "$TMP/uncounted"
	run mergeevents -F "$TMP/uncounted"
	[ "$(printf '%s' "$output" | cut -f2,11)" = "-${T}-" ]
}

@test "figures: the nearest date in the same clause, else the document's date" {
	t1="Abdul-Mahdi, who quit in November, said that the 5,200 troops must go."
	t2="In January a drone hit the base, killing three soldiers."
	{
		printf 'a\t2020-01-05\t1\t1\ttext\t0\tDATE\t2019-11\t-\tdct\t24\t32\tNovember\tcount\t5200\t5200\t=\t\ttroop\t48\t53\t5,200\t%s\n' "$t1"
		printf 'b\t2024-09-27\t1\t1\ttext\t0\tDATE\t2024-01\t-\tdct\t3\t10\tJanuary\tcount\t3\t3\t=\t\tsoldier\t42\t47\tthree\t%s\n' "$t2"
	} > "$TMP/in"
	run mergeevents -F "$TMP/in"
	[ "$status" -eq 0 ]
	[ "$(printf '%s\n' "$output" | cut -f2,6 | tr '\n' ' ')" = "soldier${T}2024-01 troop${T}2020-01-05 " ]
}

# --- properties ---

@test "property: the order of sentences never changes the output" {
	gen 7 150 12 > "$TMP/in"
	mergeevents "$TMP/in" > "$TMP/one"
	[ -s "$TMP/one" ]
	for s in 1 2 3; do
		units "$TMP/in" | shuf --random-source=<(yes "$s") |
		    tr '\001' '\n' > "$TMP/sh$s"
		! cmp -s "$TMP/in" "$TMP/sh$s"
		mergeevents "$TMP/sh$s" > "$TMP/out$s"
		cmp "$TMP/one" "$TMP/out$s"
	done
}

@test "property: merge(A u B u C) == merge(merge(A) u merge(B) u merge(C)), any grouping" {
	gen 9 150 12 > "$TMP/in"
	mergeevents "$TMP/in" > "$TMP/one"
	units "$TMP/in" | shuf --random-source=<(yes 9) > "$TMP/u"
	split -n l/3 "$TMP/u" "$TMP/p."
	for f in "$TMP"/p.a?; do
		tr '\001' '\n' < "$f" > "$f.tsv"
		mergeevents "$f.tsv" > "$f.out"
	done
	mergeevents "$TMP"/p.a?.out > "$TMP/flat"
	cmp "$TMP/one" "$TMP/flat"
	mergeevents "$TMP/p.aa.out" "$TMP/p.ab.tsv" | mergeevents - "$TMP/p.ac.out" > "$TMP/nest"
	cmp "$TMP/one" "$TMP/nest"
	mergeevents "$TMP/p.ac.out" "$TMP/p.aa.tsv" "$TMP/p.ab.out" > "$TMP/mix"
	cmp "$TMP/one" "$TMP/mix"
}

@test "property: merging is idempotent and incremental (old chronology + new records)" {
	gen 4 100 10 > "$TMP/in"
	mergeevents "$TMP/in" > "$TMP/one"
	mergeevents "$TMP/one" "$TMP/one" > "$TMP/twice"
	cmp "$TMP/one" "$TMP/twice"
	mergeevents "$TMP/one" "$TMP/in" > "$TMP/again"
	cmp "$TMP/one" "$TMP/again"
	head -n 600 "$TMP/in" > "$TMP/old"
	tail -n +601 "$TMP/in" > "$TMP/new"
	# cut between sentences
	while [ "$(tail -n 1 "$TMP/old" | cut -f1,6)" = "$(head -n 1 "$TMP/new" | cut -f1,6)" ]; do
		head -n 1 "$TMP/new" >> "$TMP/old"
		tail -n +2 "$TMP/new" > "$TMP/n2" && mv "$TMP/n2" "$TMP/new"
	done
	mergeevents "$TMP/old" > "$TMP/chron"
	mergeevents "$TMP/chron" - < "$TMP/new" > "$TMP/updated"
	cmp "$TMP/one" "$TMP/updated"
}

@test "property: figures are order independent and associative" {
	gen 5 120 10 1 > "$TMP/in"
	mergeevents -F "$TMP/in" > "$TMP/one"
	grep -q disagree "$TMP/one"
	shuf --random-source=<(yes 5) "$TMP/in" > "$TMP/sh"
	mergeevents -F "$TMP/sh" | cmp "$TMP/one" -
	split -n l/3 "$TMP/sh" "$TMP/p."
	for f in "$TMP"/p.a?; do mergeevents -F "$f" > "$f.out"; done
	mergeevents -F "$TMP"/p.a?.out | cmp "$TMP/one" -
	mergeevents -F "$TMP/one" "$TMP/p.ab" | cmp "$TMP/one" -
}

@test "map-shuffle-reduce: split, sort by concept, three reducers == one run" {
	gen 11 200 12 > "$TMP/in"
	mergeevents "$TMP/in" > "$TMP/single"
	# map: whole sentences go to four mappers (hadoop-mapper.sh)
	units "$TMP/in" > "$TMP/u"
	split -n l/4 "$TMP/u" "$TMP/split."
	for f in "$TMP"/split.a?; do
		tr '\001' '\n' < "$f" | EXTRACT=cat "$RECIPES/hadoop-mapper.sh" > "$f.map"
	done
	# shuffle: sort by the key the mapper writes first (the concept
	# without its place: strike and strike@Iraq may tell one event) and
	# deal the keys out to three reducers, each key to one
	touch "$TMP/part0" "$TMP/part1" "$TMP/part2"
	cat "$TMP"/split.a?.map | sort -t "$T" -k1,1 -k2 |
	    awk -F'\t' -v dir="$TMP" '$1 != p { n++; p = $1 }
	    { print > (dir "/part" (n % 3)) }'
	[ -s "$TMP/part0" ] && [ -s "$TMP/part1" ] && [ -s "$TMP/part2" ]
	# reduce: three processes at once (hadoop-reducer.sh)
	for i in 0 1 2; do
		"$RECIPES/hadoop-reducer.sh" < "$TMP/part$i" > "$TMP/red$i" &
	done
	wait
	sort "$TMP"/red? > "$TMP/reduced"
	cmp "$TMP/single" "$TMP/reduced"
}

@test "map-shuffle-reduce for figures, keyed by the counted noun" {
	gen 12 200 10 1 > "$TMP/in"
	mergeevents -F "$TMP/in" > "$TMP/single"
	split -n l/3 "$TMP/in" "$TMP/split."
	for f in "$TMP"/split.a?; do
		EXTRACT=cat MERGEEVENTS_FLAGS=-F "$RECIPES/hadoop-mapper.sh" < "$f" > "$f.map"
	done
	touch "$TMP/part0" "$TMP/part1"
	cat "$TMP"/split.a?.map | sort -t "$T" -k1,1 -k2 |
	    awk -F'\t' -v dir="$TMP" '$1 != p { n++; p = $1 } { print > (dir "/part" (n % 2)) }'
	for i in 0 1; do
		MERGEEVENTS_FLAGS=-F "$RECIPES/hadoop-reducer.sh" < "$TMP/part$i" > "$TMP/red$i" &
	done
	wait
	sort "$TMP"/red? | cmp "$TMP/single" -
}

# --- recipes ---

@test "recipe: the daily cron job keeps the chronology equal to one run" {
	mkdir "$TMP/articles"
	grep -E "^seed00[01]$T" "$SEEDS" > "$TMP/articles/day1.tsv"
	EXTRACT='cat "$@"' "$RECIPES/cron-daily.sh" "$TMP/articles" "$TMP/chron.tsv"
	mergeevents "$TMP/articles/day1.tsv" | cmp - "$TMP/chron.tsv"
	sleep 1
	grep -E "^seed00[234]$T" "$SEEDS" > "$TMP/articles/day2.tsv"
	EXTRACT='cat "$@"' "$RECIPES/cron-daily.sh" "$TMP/articles" "$TMP/chron.tsv"
	cmp "$FIX/mergeevents-seeds.out" "$TMP/chron.tsv"
	# a day without news changes nothing
	sleep 1
	EXTRACT='cat "$@"' "$RECIPES/cron-daily.sh" "$TMP/articles" "$TMP/chron.tsv"
	cmp "$FIX/mergeevents-seeds.out" "$TMP/chron.tsv"
}

@test "recipe: GNU parallel on one machine gives the single run" {
	if ! command -v parallel >/dev/null; then
		skip "GNU parallel is not installed"
	fi
	mkdir "$TMP/articles" "$TMP/figs"
	gen 13 120 10 > "$TMP/in"
	units "$TMP/in" > "$TMP/u"
	split -n l/7 "$TMP/u" "$TMP/s."
	for f in "$TMP"/s.a?; do tr '\001' '\n' < "$f" > "$TMP/articles/${f##*.}"; done
	EXTRACT='cat "$@"' JOBS=3 "$RECIPES/parallel.sh" "$TMP/articles" > "$TMP/par"
	mergeevents "$TMP/in" | cmp - "$TMP/par"
	cp "$NUMS" "$TMP/figs/a"
	gen 14 50 10 1 > "$TMP/figs/b"
	EXTRACT='cat "$@"' "$RECIPES/parallel.sh" -F "$TMP/figs" > "$TMP/fpar"
	mergeevents -F "$TMP/figs/a" "$TMP/figs/b" | cmp - "$TMP/fpar"
}

@test "recipe: the Hadoop mapper runs the toolkit when it is built" {
	if [ ! -x "$ROOT/bin/splitdoc" ] || [ ! -x "$ROOT/bin/extractdates" ]; then
		skip "splitdoc or extractdates not built yet"
	fi
	printf '{"id":"x","date":"2020-01-05","text":"Parliament voted on Sunday to expel the troops."}\n' |
	    "$RECIPES/hadoop-mapper.sh" > "$TMP/map"
	run "$RECIPES/hadoop-reducer.sh" < "$TMP/map"
	[ "$status" -eq 0 ]
	[ "$(printf '%s' "$output" | cut -f2,4)" = "2020-01-05${T}vote" ]
	if [ ! -x "$ROOT/bin/extractnums" ]; then
		return 0
	fi
	printf '{"id":"y","date":"2020-01-05","text":"The 5,000 U.S. troops are in Iraq."}\n' |
	    MERGEEVENTS_FLAGS=-F "$RECIPES/hadoop-mapper.sh" |
	    MERGEEVENTS_FLAGS=-F "$RECIPES/hadoop-reducer.sh" > "$TMP/fig"
	[ "$(cut -f2,5-7 "$TMP/fig")" = "troop${T}Iraq${T}2020-01-05${T}5000" ]
}

# --- own records, headers, options ---

@test "-H writes a header, and reading it back skips it" {
	run mergeevents -H "$SEEDS"
	[ "$status" -eq 0 ]
	[ "${lines[0]}" = "event${T}date${T}prec${T}concept${T}ndocs${T}nment${T}flags${T}sources${T}compat${T}alt${T}context${T}rep${T}score${T}names${T}text" ]
	mergeevents -H "$SEEDS" > "$TMP/h"
	run mergeevents "$TMP/h"
	[ "$status" -eq 0 ]
	diff_out "$(cat "$FIX/mergeevents-seeds.out")"
	run mergeevents -F -H "$NUMS"
	[ "${lines[0]}" = "figure${T}counted${T}kind${T}unit${T}place${T}date${T}value${T}high${T}qual${T}ndocs${T}flags${T}sources${T}alt${T}rep${T}score${T}mention${T}text" ]
	mergeevents -F -H "$NUMS" | mergeevents -F | cmp - "$FIX/mergeevents-seeds-nums.out"
}

@test "an upstream header and comments are passed over" {
	{
		printf 'doc\tdct\tpara\tsent\tkind\toffset\ttype\tvalue\tmod\tanchor\tstart\tend\ttimex\ttext\n'
		printf '# a comment\n'
		cat "$SEEDS"
	} > "$TMP/in"
	run mergeevents "$TMP/in"
	[ "$status" -eq 0 ]
	diff_out "$(cat "$FIX/mergeevents-seeds.out")"
}

@test "a document named event is still a document" {
	drec event 2020-01-06 0 text DATE 2020-01-05 Sunday "Parliament voted on Sunday." > "$TMP/in"
	run mergeevents "$TMP/in"
	[ "$status" -eq 0 ]
	[ "$(printf '%s' "$output" | cut -f2,8)" = "2020-01-05${T}event:0" ]
}

@test "- reads standard input, -- ends the options" {
	run sh -c "mergeevents - < '$SEEDS'"
	[ "$status" -eq 0 ]
	diff_out "$(cat "$FIX/mergeevents-seeds.out")"
	cp "$SEEDS" "$TMP/-F"
	cd "$TMP"
	run mergeevents -- -F
	[ "$status" -eq 0 ]
	diff_out "$(cat "$FIX/mergeevents-seeds.out")"
}

@test "-u flushes every record" {
	run mergeevents -u "$SEEDS"
	[ "$status" -eq 0 ]
	diff_out "$(cat "$FIX/mergeevents-seeds.out")"
}

@test "--help, -h, --version" {
	run mergeevents --help
	[ "$status" -eq 0 ]
	[ "${lines[0]}" = "usage: mergeevents [-FHqu] [-w days] [file ...]" ]
	run mergeevents -h
	[ "$status" -eq 0 ]
	[ "${lines[0]}" = "usage: mergeevents [-FHqu] [-w days] [file ...]" ]
	run mergeevents --version
	[ "$status" -eq 0 ]
	[[ "$output" == "mergeevents (chronutils) "* ]]
}

@test "usage errors exit 2" {
	run mergeevents -x
	[ "$status" -eq 2 ]
	run mergeevents -w
	[ "$status" -eq 2 ]
	run mergeevents -w 400 "$SEEDS"
	[ "$status" -eq 2 ]
	[ "${lines[0]}" = "mergeevents: -w: expected a number from 0 to 366, got '400'" ]
	run mergeevents --frobnicate
	[ "$status" -eq 2 ]
}

# --- bad input ---

@test "empty input: no output, success" {
	run mergeevents < /dev/null
	[ "$status" -eq 0 ]
	[ -z "$output" ]
	: > "$TMP/empty"
	run mergeevents -F "$TMP/empty"
	[ "$status" -eq 0 ]
	[ -z "$output" ]
}

@test "records of the wrong kind are reported once and skipped" {
	run mergeevents -F "$SEEDS"
	[ "$status" -eq 1 ]
	diff_out "mergeevents: $SEEDS:1: date record in figures mode
mergeevents: $SEEDS: 30 records of the wrong kind skipped"
	run mergeevents "$NUMS"
	[ "$status" -eq 1 ]
	[ "${lines[0]}" = "mergeevents: $NUMS:1: figure record in chronology mode" ]
	mergeevents "$SEEDS" > "$TMP/chron"
	run mergeevents -F "$TMP/chron"
	[ "$status" -eq 1 ]
	[ "${lines[0]}" = "mergeevents: $TMP/chron:1: event record in figures mode" ]
}

@test "mixed kinds: the mode's records are merged, the others reported" {
	cat "$NUMS" "$SEEDS" > "$TMP/mixed"
	run mergeevents "$TMP/mixed"
	[ "$status" -eq 1 ]
	mergeevents -q "$TMP/mixed" | cmp - "$FIX/mergeevents-seeds.out"
	mergeevents -q -F "$TMP/mixed" | cmp - "$FIX/mergeevents-seeds-nums.out"
	run mergeevents -q "$TMP/mixed"
	[ "$status" -eq 1 ]
}

@test "splitdoc records (7 fields) are the wrong layout" {
	printf 'a\t2020-01-05\t1\t1\ttext\t0\tParliament voted.\n' > "$TMP/in"
	run mergeevents "$TMP/in"
	[ "$status" -eq 1 ]
	diff_out "mergeevents: $TMP/in:1: expected extractdates records (14 or 23 fields), found 7 fields"
}

@test "wrong field count, non-numeric offset, bad DCT" {
	printf 'a\tb\tc\n' > "$TMP/in"
	printf 'a\t2020-01-05\t1\t1\ttext\tx\tDATE\t2020\t-\tdct\t0\t4\t2020\tIn 2020 it voted.\n' >> "$TMP/in"
	printf 'a\t2020-13-05\t1\t1\ttext\t0\tDATE\t2020\t-\tdct\t0\t4\t2020\tIn 2020 it voted.\n' >> "$TMP/in"
	cat "$SEEDS" >> "$TMP/in"
	run mergeevents "$TMP/in"
	[ "$status" -eq 1 ]
	[ "${lines[0]}" = "mergeevents: $TMP/in:1: expected at least 7 fields, found 3" ]
	[ "${lines[1]}" = "mergeevents: $TMP/in:2: offset is not a number: 'x'" ]
	[ "${lines[2]}" = "mergeevents: $TMP/in:3: bad document date: '2020-13-05'" ]
	[ "${#lines[@]}" -eq $((3 + 18)) ]
}

@test "malformed date values, types and spans are reported, the rest merged" {
	{
		drec a 2020-01-06 0 text DATE 2020-13-45 Sunday "Parliament voted on Sunday."
		drec a 2020-01-06 40 text DATE 20x0 Sunday "Parliament voted on Sunday."
		drec a 2020-01-06 80 text DATE 2019-02-29 Sunday "Parliament voted on Sunday."
		drec a 2020-01-06 120 text BOGUS 2020 Sunday "Parliament voted on Sunday."
		printf 'a\t2020-01-06\t1\t1\ttext\t160\tDATE\t2020\t-\tdct\tzz\t4\t2020\tIn 2020 it voted.\n'
		drec b 2020-01-06 0 text DATE 2020-01-05 Sunday "Parliament voted on Sunday."
	} > "$TMP/in"
	run mergeevents "$TMP/in"
	[ "$status" -eq 1 ]
	diff_out "mergeevents: $TMP/in:1: malformed date value: '2020-13-45'
mergeevents: $TMP/in:2: malformed date value: '20x0'
mergeevents: $TMP/in:3: malformed date value: '2019-02-29'
mergeevents: $TMP/in:4: unknown expression type: 'BOGUS'
mergeevents: $TMP/in:5: start is not a number: 'zz'
event${T}2020-01-05${T}day${T}vote${T}1${T}1${T}-${T}b:0${T}-${T}-${T}-${T}b:0${T}1503${T}-${T}Parliament voted on Sunday."
}

@test "malformed own records are reported and skipped" {
	mergeevents "$SEEDS" > "$TMP/chron"
	{
		printf 'event\t2020\tyear\tvote\n'
		printf 'event\t2020-01-05\tyear\tvote\t1\t1\t-\ta:0\t-\t-\t-\ta:0\t1000\tx\n'
		printf 'event\t2020-01-05\tday\tvote\t1\t1\t-\ta0\t-\t-\t-\ta:0\t1000\tx\n'
		printf 'event\t2020-01-05\tday\tvote\t1\t1\t-\ta:0\t2020=\t-\t-\ta:0\t1000\tx\n'
		printf 'figure\ttroop\tcount\t-\tIraq\t2020\t5\t5\t=\t1\t-\ta:0\tjunk\ta:0\t1000\t5\tx\n'
		cat "$TMP/chron"
	} > "$TMP/in"
	run mergeevents "$TMP/in"
	[ "$status" -eq 1 ]
	[ "${lines[0]}" = "mergeevents: $TMP/in:1: malformed event record: expected 15 fields, found 4" ]
	[ "${lines[1]}" = "mergeevents: $TMP/in:2: malformed event record" ]
	[ "${lines[2]}" = "mergeevents: $TMP/in:3: malformed event record" ]
	[ "${lines[3]}" = "mergeevents: $TMP/in:4: malformed event record" ]
	[ "${lines[4]}" = "mergeevents: $TMP/in:5: figure record in chronology mode" ]
	mergeevents -q "$TMP/in" | cmp - "$FIX/mergeevents-seeds.out"
	run mergeevents -F "$TMP/in"
	[ "$status" -eq 1 ]
	printf '%s\n' "$output" | grep -qx "mergeevents: $TMP/in:5: malformed figure record"
}

@test "NUL and CR in a record are reported" {
	printf 'a\t2020-01-06\t1\t1\ttext\t0\tDATE\t2020\t-\tdct\t3\t7\t2020\tIn \0002020.\n' > "$TMP/in"
	printf 'a\t2020-01-06\t1\t1\ttext\t0\tDATE\t2020\t-\tdct\t3\t7\t2020\tIn 2020.\r\n' >> "$TMP/in"
	printf 'event\t2020\tyear\tvote\t1\t1\t-\ta:0\t-\t-\t-\ta:0\t1000\tx\r\n' >> "$TMP/in"
	run mergeevents "$TMP/in"
	[ "$status" -eq 1 ]
	diff_out "mergeevents: $TMP/in:1: NUL byte in record
mergeevents: $TMP/in:2: carriage return in record (CRLF line ends?)
mergeevents: $TMP/in:3: carriage return in record (CRLF line ends?)"
}

@test "a missing file among good ones is reported, the others merged" {
	run mergeevents "$TMP/nonexistent" "$SEEDS"
	[ "$status" -eq 1 ]
	[ "${lines[0]}" = "mergeevents: $TMP/nonexistent: No such file or directory" ]
	[ "${#lines[@]}" -eq 19 ]
}

@test "a 100 MB record" {
	head -c 100000000 /dev/zero | tr '\0' 'a' > "$TMP/big"
	{
		printf 'a\t2020-01-06\t1\t1\ttext\t0\tDATE\t2020-01-05\t-\tdct\t10\t16\tSunday\tThey voted Sunday '
		cat "$TMP/big"
		printf '.\n'
	} > "$TMP/in"
	rm "$TMP/big"
	run sh -c "mergeevents '$TMP/in' | cut -f1-8"
	[ "$status" -eq 0 ]
	[ "$output" = "event${T}2020-01-05${T}day${T}vote${T}1${T}1${T}-${T}a:0" ]
}

@test "a closed pipe ends quietly" {
	gen 2 2000 20 > "$TMP/in"
	run sh -c "mergeevents '$TMP/in' | head -1"
	[ "$status" -eq 0 ]
	[ "${#lines[@]}" -eq 1 ]
	run sh -c "mergeevents '$TMP/in' 2>&1 >/dev/null | head -1; exit 0"
	[ -z "$output" ]
}

@test "a full disk is an error" {
	run sh -c "mergeevents '$SEEDS' > /dev/full"
	[ "$status" -eq 3 ]
	diff_out "mergeevents: <stdout>: No space left on device"
}

@test "memory grows with distinct sources, not with input: 16x the input, same peak as 4x" {
	if [ ! -x /usr/bin/time ]; then
		skip "GNU time is not installed"
	fi
	[ -z "${SANITIZED:-}" ] || skip "the sanitizers' own memory hides the program's"
	gen 8 1000 50 > "$TMP/one"
	for i in 1 2 3 4; do cat "$TMP/one"; done > "$TMP/x4"
	for i in 1 2 3 4; do cat "$TMP/x4"; done > "$TMP/x16"
	# AddressSanitizer's quarantine would keep freed memory and hide it
	export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}quarantine_size_mb=0"
	m4=$(/usr/bin/time -f %M mergeevents "$TMP/x4" 2>&1 >"$TMP/o4" | tail -n 1)
	m16=$(/usr/bin/time -f %M mergeevents "$TMP/x16" 2>&1 >"$TMP/o16" | tail -n 1)
	mergeevents "$TMP/one" | cmp - "$TMP/o16"
	cmp "$TMP/o4" "$TMP/o16"
	[ "$m16" -le $((m4 + m4 / 5)) ]
}

@test "the EXAMPLES of mergeevents(1) run on the sample corpus" {
	if [ ! -x "$ROOT/bin/splitdoc" ] || [ ! -x "$ROOT/bin/extractdates" ]; then
		skip "splitdoc or extractdates not built yet"
	fi
	cd "$ROOT"
	splitdoc examples/articles/* | extractdates | mergeevents > "$TMP/chronology.tsv"
	[ -s "$TMP/chronology.tsv" ]
	# the sample corpus tells the vote on two dates
	run awk -F '\t' '$7 ~ /conflict/ { print $2, $4, $10 }' "$TMP/chronology.tsv"
	[[ "$output" == *"2020-01-05 vote 2020-01-10="* ]]
	: > "$TMP/new"
	mergeevents "$TMP/chronology.tsv" - < "$TMP/new" | cmp - "$TMP/chronology.tsv"
	if command -v parallel >/dev/null; then
		examples/recipes/parallel.sh examples/articles | cmp - "$TMP/chronology.tsv"
	fi
}
