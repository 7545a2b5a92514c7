#!/usr/bin/env bats
# extractnums: figures in sentence records.

load helper

# figs TEXT...: one sentence record per TEXT through extractnums (with
# the options in $OPTS), showing kind value high qualifier unit counted
# and the mention.
figs() {
	local s
	for s in "$@"; do
		printf 'doc\t2020-01-05\t1\t1\ttext\t100\t%s\n' "$s"
	done | extractnums ${OPTS:-} | cut -f7-12,15
}

# row FIELD...: the fields joined by TABs.
row() {
	local IFS=$'\t'
	printf '%s\n' "$*"
}

@test "seed figures: troops, with their qualifiers" {
	run figs "Some 5,200 American troops are stationed there." \
	    "Officials said the 5,000 U.S. troops would stay." \
	    "Around 2,500 American troops remain, and 900 are deployed to Syria." \
	    "The US keeps about 900 troops in eastern Syria." \
	    "Another 3,000 additional troops were sent."
	[ "$status" -eq 0 ]
	diff_out "$(row count 5200 5200 '~' '' troop 'Some 5,200'
	    row count 5000 5000 = '' troop 5,000
	    row count 2500 2500 '~' '' troop 'Around 2,500'
	    row count 900 900 = '' troop 900
	    row count 900 900 '~' '' troop 'about 900'
	    row count 3000 3000 = '' troop 3,000)"
}

@test "seed figures: attacks, sites, fighters, legislators, members, soldiers" {
	run figs "Bases were attacked at least 151 times since Oct. 7." \
	    "He threatened 52 \"high level & important\" Iranian sites." \
	    "There are over 100,000 Iranian-backed militia fighters in the country." \
	    "About 180 legislators attended the session." \
	    "The strikes killed at least two dozen of its members." \
	    "A drone killed three US Army Reserve soldiers at Tower 22 in Jordan."
	[ "$status" -eq 0 ]
	diff_out "$(row count 151 151 '>=' '' time 'at least 151'
	    row count 52 52 = '' site 52
	    row count 100000 100000 '>' '' fighter 'over 100,000'
	    row count 180 180 '~' '' legislator 'About 180'
	    row count 24 24 '>=' '' member 'at least two dozen'
	    row count 3 3 = '' soldier three)"
}

@test "seed figures: a fraction of territory, one officer and four others" {
	run figs "The force controls about one-third of Syria's territory." \
	    "The raid killed one officer and wounded four others." \
	    "The coalition arrived after about a third of the country fell."
	[ "$status" -eq 0 ]
	diff_out "$(row fraction 0.333333 0.333333 '~' '' territory 'about one-third'
	    row count 1 1 = '' officer one
	    row count 4 4 = '' officer four
	    row fraction 0.333333 0.333333 '~' '' country 'about a third')"
}

@test "a sentence ending on a number takes its noun from the next one" {
	printf 'd\t-\t1\t1\ttext\t0\tBig number: 3,000.\n' > "$TMP/in"
	printf 'd\t-\t1\t2\ttext\t19\tThat’s how many extra troops were sent.\n' >> "$TMP/in"
	printf 'e\t-\t1\t1\ttext\t0\tThe tally was 7.\n' >> "$TMP/in"
	run sh -c "extractnums '$TMP/in' | cut -f1,7-15"
	[ "$status" -eq 0 ]
	diff_out "$(row d count 3000 3000 = '' troop 12 17 3,000
	    row e count 7 7 = '' '' 14 15 7)"
}

@test "digits: separators, decimals, spaced thousands" {
	run figs "Troop levels reached 1,234,567.5 and 1 000 000 in the plan." \
	    "The rate was .25 and then 0.08."
	[ "$status" -eq 0 ]
	diff_out "$(row count 1234567.5 1234567.5 = '' '' 1,234,567.5
	    row count 1000000 1000000 = '' '' '1 000 000'
	    row count 0.25 0.25 = '' '' .25
	    row count 0.08 0.08 = '' '' 0.08)"
}

@test "scales: million, bn, k, a billion" {
	run figs 'The fund holds 2.5 million shares, $1.2bn in cash, 3k bonds and a billion coins.'
	[ "$status" -eq 0 ]
	diff_out "$(row count 2500000 2500000 = '' share '2.5 million'
	    row money 1200000000 1200000000 = USD '' '$1.2bn'
	    row count 3000 3000 = '' bond 3k
	    row count 1000000000 1000000000 = '' coin 'a billion')"
}

@test "number words, dozens and scores" {
	run figs "Three, twenty-five, one hundred and twelve soldiers arrived." \
	    "A dozen tanks, two dozen drones and a score of villages were hit." \
	    "Two and a half million people and five thousand two hundred voters."
	[ "$status" -eq 0 ]
	diff_out "$(row count 3 3 = '' '' Three
	    row count 25 25 = '' '' twenty-five
	    row count 112 112 = '' soldier 'one hundred and twelve'
	    row count 12 12 = '' tank 'A dozen'
	    row count 24 24 = '' drone 'two dozen'
	    row count 20 20 = '' village 'a score'
	    row count 2500000 2500000 = '' person 'Two and a half million'
	    row count 5200 5200 = '' voter 'five thousand two hundred')"
}

@test "scientific notation and powers" {
	run figs "The model used 1.3e6 cells, 6.23x10^-4 grams, 1e10 steps and 10^6 runs." \
	    "Growth of 1.1^23 and -2.5^-1 were quoted; a share of 1e-10 as well."
	[ "$status" -eq 0 ]
	diff_out "$(row count 1300000 1300000 = '' cell 1.3e6
	    row measure 0.000623 0.000623 = g '' '6.23x10^-4 grams'
	    row count 10000000000 10000000000 = '' step 1e10
	    row count 1000000 1000000 = '' run 10^6
	    row count 8.954302 8.954302 = '' '' 1.1^23
	    row count -0.4 -0.4 = '' '' -2.5^-1
	    row count 0.0000000001 0.0000000001 = '' '' 1e-10)"
}

@test "scientific notation: codes stay codes" {
	run figs "The Galaxy S10e, part 3e4f, a 5e grade, and 0x1e10 have no figure."
	[ "$status" -eq 0 ]
	diff_out ""
}

@test "vague magnitudes are lower bounds, never invented values" {
	run figs "Thousands of people marched; hundreds of thousands of residents fled; dozens of homes burned; tens of thousands of soldiers massed."
	[ "$status" -eq 0 ]
	diff_out "$(row count 1000 1000 '>' '' person Thousands
	    row count 100000 100000 '>' '' resident 'hundreds of thousands'
	    row count 12 12 '>' '' home dozens
	    row count 10000 10000 '>' '' soldier 'tens of thousands')"
}

@test "fractions" {
	run figs "A third of voters, one-third of homes, two-thirds of the land, half the country, a quarter of the budget and 1/3 of the fleet."
	[ "$status" -eq 0 ]
	diff_out "$(row fraction 0.333333 0.333333 = '' voter 'A third'
	    row fraction 0.333333 0.333333 = '' home one-third
	    row fraction 0.666667 0.666667 = '' land two-thirds
	    row fraction 0.5 0.5 = '' country half
	    row fraction 0.25 0.25 = '' budget 'a quarter'
	    row fraction 0.333333 0.333333 = '' fleet 1/3)"
}

@test "fractions with compound denominators" {
	run figs "One twenty-fifth of the budget and three twenty-firsts of the votes." \
	    "One hundred thirty-fifths and one hundred and thirty fifths are not equal." \
	    "One hundred and three quarters is a mixed number; so is two and three fifths." \
	    "A hundred trillionths of the mass was lost."
	[ "$status" -eq 0 ]
	diff_out "$(row fraction 0.04 0.04 = '' budget 'One twenty-fifth'
	    row fraction 0.142857 0.142857 = '' vote 'three twenty-firsts'
	    row fraction 2.857143 2.857143 = '' '' 'One hundred thirty-fifths'
	    row fraction 26 26 = '' '' 'one hundred and thirty fifths'
	    row count 100.75 100.75 = '' '' 'One hundred and three quarters'
	    row count 2.6 2.6 = '' '' 'two and three fifths'
	    row fraction 0.0000000001 0.0000000001 = '' mass 'A hundred trillionths')"
}

@test "compound ordinals stay ordinals" {
	OPTS=-o run figs "It is a twenty-first century problem." \
	    "He was the two hundredth visitor; a hundred trillionth part; the nineth try."
	[ "$status" -eq 0 ]
	diff_out "$(row ordinal 21 21 = '' century twenty-first
	    row ordinal 200 200 = '' visitor 'two hundredth'
	    row ordinal 100000000000000 100000000000000 = '' part 'a hundred trillionth'
	    row ordinal 9 9 = '' try nineth)"
}

@test "ratios are fractions of what they count" {
	run figs "Two out of three cases were closed." \
	    "One in four adults smokes, and 1 in 10,000 patients reacts." \
	    "The odds were 1 over 20." \
	    "At least 2 in 5 voters stayed home."
	[ "$status" -eq 0 ]
	diff_out "$(row fraction 0.666667 0.666667 = '' case 'Two out of three'
	    row fraction 0.25 0.25 = '' adult 'One in four'
	    row fraction 0.0001 0.0001 = '' patient '1 in 10,000'
	    row fraction 0.05 0.05 = '' '' '1 over 20'
	    row fraction 0.4 0.4 '>=' '' voter 'At least 2 in 5')"
}

@test "ratios: years, durations, approximators and scores stay as they are" {
	run figs "He scored 3 in 2019 and 2 in 5 minutes." \
	    "In 2019 over 300 people died." \
	    "Blood pressure of 120 over 80 is high." \
	    "Police held 5 in 2 raids at one in the morning." \
	    "Lions made 287-3 in 94 overs; 3 in 90.5 is no ratio."
	[ "$status" -eq 0 ]
	diff_out "$(row count 3 3 = '' '' 3
	    row count 2 2 = '' '' 2
	    row count 300 300 '>' '' person 'over 300'
	    row count 120 120 = '' '' 120
	    row count 80 80 '>' '' '' 'over 80'
	    row count 5 5 = '' '' 5
	    row count 2 2 = '' raid 2
	    row count 287 287 = '' '' 287
	    row count 3 3 = '' '' 3
	    row count 94 94 = '' over 94
	    row count 3 3 = '' '' 3
	    row count 90.5 90.5 = '' '' 90.5)"
}

@test "percentages and percentage points" {
	run figs "Prices rose 5%, then 5 percent, then five per cent, then 0.5 percentage points." \
	    "About 60% of the population voted; between 5% and 8% of ballots were spoiled."
	[ "$status" -eq 0 ]
	diff_out "$(row percent 5 5 = % '' 5%
	    row percent 5 5 = % '' '5 percent'
	    row percent 5 5 = % '' 'five per cent'
	    row percent 0.5 0.5 = pp '' '0.5 percentage points'
	    row percent 60 60 '~' % population 'About 60%'
	    row percent 5 8 = % ballot 'between 5% and 8%')"
}

@test "money: signs, codes, currency words, nationalities" {
	run figs 'It cost $27 million, US$1.5 billion, €300, £5 and 5 billion dollars.' \
	    'They paid 420 million Iraqi dinars and USD 40, then 2.3 trillion yen.'
	[ "$status" -eq 0 ]
	diff_out "$(row money 27000000 27000000 = USD '' '$27 million'
	    row money 1500000000 1500000000 = USD '' 'US$1.5 billion'
	    row money 300 300 = EUR '' €300
	    row money 5 5 = GBP '' £5
	    row money 5000000000 5000000000 = USD '' '5 billion dollars'
	    row money 420000000 420000000 = IQD '' '420 million Iraqi dinars'
	    row money 40 40 = USD '' 'USD 40'
	    row money 2300000000000 2300000000000 = JPY '' '2.3 trillion yen')"
}

@test "money: more signs, million codes, subunits" {
	run figs "Fares were 100₾, 100 ₡, 5,000 ₭ and 100元; ₿21,000,000 exist." \
	    "Losses exceeded 30 MUSD; revenue was MAUD 60; a target of US\$ 1MM." \
	    "Tea was one kuai and five mao; a stamp cost 2 pounds 50 pence; 2 satoshis." \
	    "Prices were 10 \$ 30 \$ each; they gave away 3 USD50 cards."
	[ "$status" -eq 0 ]
	diff_out "$(row money 100 100 = GEL '' 100₾
	    row money 100 100 = CRC '' '100 ₡'
	    row money 5000 5000 = LAK '' '5,000 ₭'
	    row money 100 100 = CNY '' 100元
	    row money 21000000 21000000 = BTC '' ₿21,000,000
	    row money 30000000 30000000 '>' USD '' 'exceeded 30 MUSD'
	    row money 60000000 60000000 = AUD '' 'MAUD 60'
	    row money 1000000 1000000 = USD '' 'US$ 1MM'
	    row money 1.5 1.5 = CNY '' 'one kuai and five mao'
	    row money 2.5 2.5 = GBP '' '2 pounds 50 pence'
	    row money 0.00000002 0.00000002 = BTC '' '2 satoshis'
	    row money 10 10 = USD '' '10 $'
	    row money 30 30 = USD '' '30 $'
	    row count 3 3 = '' '' 3
	    row money 50 50 = USD '' USD50)"
}

@test "M is a scale only with money; names and units keep their letters" {
	run figs "The robot is called Maud 60; a 9MM pistol; Win 100 and 5 dozs of eggs."
	[ "$status" -eq 0 ]
	diff_out "$(row measure 9 9 = mm '' 9MM
	    row count 60 60 = '' egg '5 dozs')"
}

@test "and joins a number only to smaller parts" {
	run figs "We saw 3 hundred and 2 hundred; then two million and three million; one thousand and five hundred."
	[ "$status" -eq 0 ]
	diff_out "$(row count 300 300 = '' '' '3 hundred'
	    row count 200 200 = '' '' '2 hundred'
	    row count 2000000 2000000 = '' '' 'two million'
	    row count 3000000 3000000 = '' '' 'three million'
	    row count 1500 1500 = '' '' 'one thousand and five hundred')"
}

@test "ranges" {
	run figs "They sent 2,000 to 3,000 troops, between 2,000 and 3,000 police, 2,000-3,000 guards and up to 3,000 reservists." \
	    "Losses ran from \$2 million to \$3 million; the vote was 52 to 48."
	[ "$status" -eq 0 ]
	diff_out "$(row count 2000 3000 = '' troop '2,000 to 3,000'
	    row count 2000 3000 = '' police 'between 2,000 and 3,000'
	    row count 2000 3000 = '' guard 2,000-3,000
	    row count 3000 3000 '<=' '' reservist 'up to 3,000'
	    row money 2000000 3000000 = USD '' 'from $2 million to $3 million'
	    row count 52 52 = '' '' 52
	    row count 48 48 = '' '' 48)"
}

@test "approximators and qualifiers" {
	run figs "Nearly 40 people, almost 50 homes, more than 60 cars, fewer than 70 trucks, less than 80 boats, as many as 90 tents, roughly 100 men, no more than 5 guns, 200 or more shells."
	[ "$status" -eq 0 ]
	diff_out "$(row count 40 40 '<' '' person 'Nearly 40'
	    row count 50 50 '<' '' home 'almost 50'
	    row count 60 60 '>' '' car 'more than 60'
	    row count 70 70 '<' '' truck 'fewer than 70'
	    row count 80 80 '<' '' boat 'less than 80'
	    row count 90 90 '<=' '' tent 'as many as 90'
	    row count 100 100 '~' '' man 'roughly 100'
	    row count 5 5 '<=' '' gun 'no more than 5'
	    row count 200 200 '>=' '' shell '200 or more')"
}

@test "signs where they are written" {
	run figs "The balance fell to -5 and then to minus 10."
	[ "$status" -eq 0 ]
	diff_out "$(row count -5 -5 = '' '' -5
	    row count -10 -10 = '' '' 'minus 10')"
}

@test "units make measures" {
	run figs "The front runs 1,000 kilometres across 5,000 square kilometres; 60 kg and a 2.5-mile road."
	[ "$status" -eq 0 ]
	diff_out "$(row measure 1000 1000 = km '' '1,000 kilometres'
	    row measure 5000 5000 = km2 '' '5,000 square kilometres'
	    row measure 60 60 = kg '' '60 kg'
	    row measure 2.5 2.5 = mi '' 2.5-mile)"
}

@test "counted nouns: singular, lower case, past names and adjectives" {
	run figs "The 52 casualties, 7 women, 12 children, 30 people and 4 buses." \
	    "Police arrested 27 suspects; 4,000 more soldiers came; 3 aircraft carriers sailed." \
	    "Seven of the nine judges agreed; eight out of ten voters agreed."
	[ "$status" -eq 0 ]
	diff_out "$(row count 52 52 = '' casualty 52
	    row count 7 7 = '' woman 7
	    row count 12 12 = '' child 12
	    row count 30 30 = '' person 30
	    row count 4 4 = '' bus 4
	    row count 27 27 = '' suspect 27
	    row count 4000 4000 = '' soldier 4,000
	    row count 3 3 = '' carrier 3
	    row count 7 7 = '' judge Seven
	    row count 9 9 = '' judge nine
	    row fraction 0.8 0.8 = '' voter 'eight out of ten')"
}

@test "ordinals: left out by default, kind ordinal with -o, never as names" {
	run figs "She came second; it was the first time; the 3rd battalion; the second-most-powerful figure; the Fifth Fleet."
	[ "$status" -eq 0 ]
	diff_out ""
	OPTS=-o run figs "She came second; it was the first time; the 3rd battalion; the second-most-powerful figure; the Fifth Fleet; on October 7th."
	[ "$status" -eq 0 ]
	diff_out "$(row ordinal 2 2 = '' '' second
	    row ordinal 1 1 = '' time first
	    row ordinal 3 3 = '' battalion 3rd)"
}

@test "never a figure: years, dates, times, durations" {
	run figs "Updated 11:51 a.m. ET Sunday, January 5, 2020." \
	    "It began on Oct. 7 and ended Jan. 10, 2024 at 5 pm." \
	    "In 2014 and since 2003 the 2019-20 budget and the 2020-01-05 vote mattered." \
	    "The vote came two days later, more than four years ago, over the last two months."
	[ "$status" -eq 0 ]
	diff_out ""
}

@test "never a figure: names, codes, links, handles, phones, versions" {
	run figs "A drone hit Tower 22 under Section 230 on Route 1 before the G7 met." \
	    "F-35 jets and COVID-19 cases filled pic.twitter.com/1Vamu0fDOy and https://t.co/hLfskzgSvz." \
	    "Follow @news_24 or write to desk7@example.com; call 555-1234 or +1-202-555-0100." \
	    "Install version 2.1.3 or 10.0.19045 from the site; Lisa's Top Ten is out." \
	    "The No. 2 official, a 24-year-old, got a 10-year term for the iPhone 15 theft at 7-Eleven after a one-on-one talk."
	[ "$status" -eq 0 ]
	diff_out ""
}

@test "a group's strength and a price in cents keep their figure" {
	run figs "A 2,000-strong force and a 12-cent dividend."
	[ "$status" -eq 0 ]
	diff_out "$(row count 2000 2000 = '' force 2,000
	    row money 0.12 0.12 = USD '' 12-cent)"
}

@test "the pronoun one is not a count" {
	run figs "One of the officials said no one knew which one was hit, and the one that fell was old."
	[ "$status" -eq 0 ]
	diff_out ""
}

@test "all-caps headlines still give counted nouns" {
	run figs "TRUMP SAYS US HAS TARGETED 52 IRANIAN SITES"
	[ "$status" -eq 0 ]
	diff_out "$(row count 52 52 = '' site 52)"
}

@test "output: upstream fields kept, spans in document bytes" {
	printf 'seed\t2020-01-05\t3\t9\ttext\t1000\tThey sent 5,200 troops.\n' > "$TMP/in"
	run extractnums "$TMP/in"
	[ "$status" -eq 0 ]
	diff_out "$(row seed 2020-01-05 3 9 text 1000 count 5200 5200 = '' troop 1010 1015 5,200 'They sent 5,200 troops.')"
}

@test "output: extractdates -a records keep their date fields (14 in, 23 out)" {
	{
		row seed 2020-01-05 1 1 text 0 DATE 2020-01-05 - dct 14 20 Sunday 'On Sunday 5,200 troops left.'
		row seed 2020-01-05 1 2 text 30 '' '' '' '' '' '' '' 'No figure here.'
	} > "$TMP/in"
	run extractnums "$TMP/in"
	[ "$status" -eq 0 ]
	diff_out "$(row seed 2020-01-05 1 1 text 0 DATE 2020-01-05 - dct 14 20 Sunday count 5200 5200 = '' troop 10 15 5,200 'On Sunday 5,200 troops left.')"
	[ "$(printf '%s\n' "$output" | awk -F'\t' '{ print NF }')" -eq 23 ]
}

@test "-S: standoff lines" {
	printf 'seed\t-\t1\t1\ttext\t40\tAbout 180 legislators and $5 million.\n' > "$TMP/in"
	run extractnums -S "$TMP/in"
	[ "$status" -eq 0 ]
	diff_out "$(row seed 40 49 count 180 180 '~' '' legislator 'About 180'
	    row seed 66 76 money 5000000 5000000 = USD '' '$5 million')"
}

@test "-H: header from the key names, or from the input's header" {
	printf 'd\t-\t1\t1\ttext\t0\tx\t5 cats.\n' > "$TMP/in"
	run extractnums -H "$TMP/in"
	[ "$status" -eq 0 ]
	diff_out "$(row doc dct para sent kind offset f7 nkind nvalue nhigh qualifier unit counted nstart nend mention text
	    row d - 1 1 text 0 x count 5 5 = '' cat 0 1 5 '5 cats.')"
	{ row doc dct para sent kind offset type text; row d - 1 1 text 0 x '5 cats.'; } > "$TMP/in"
	run extractnums -H "$TMP/in"
	[ "$status" -eq 0 ]
	diff_out "$(row doc dct para sent kind offset type nkind nvalue nhigh qualifier unit counted nstart nend mention text
	    row d - 1 1 text 0 x count 5 5 = '' cat 0 1 5 '5 cats.')"
	run extractnums "$TMP/in"
	diff_out "$(row d - 1 1 text 0 x count 5 5 = '' cat 0 1 5 '5 cats.')"
	run extractnums -H /dev/null
	diff_out "$(row doc dct para sent kind offset nkind nvalue nhigh qualifier unit counted nstart nend mention text)"
}

@test "-u: each record is written as soon as it is read" {
	mkfifo "$TMP/fifo"
	extractnums -u < "$TMP/fifo" > "$TMP/out" &
	pid=$!
	exec 4> "$TMP/fifo"
	printf 'd\t-\t1\t1\ttext\t0\t5 cats.\n' >&4
	for i in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20; do
		[ -s "$TMP/out" ] && break
		sleep 0.25
	done
	run cat "$TMP/out"
	exec 4>&-
	wait "$pid"
	diff_out "$(row d - 1 1 text 0 count 5 5 = '' cat 0 1 5 '5 cats.')"
}

@test "-h, --help, --version" {
	run extractnums --help
	[ "$status" -eq 0 ]
	[ "${lines[0]}" = "usage: extractnums [-HoqSu] [file ...]" ]
	run extractnums -h
	[ "$status" -eq 0 ]
	[ "${lines[0]}" = "usage: extractnums [-HoqSu] [file ...]" ]
	run extractnums --version
	[ "$status" -eq 0 ]
	[[ "$output" == "extractnums (chronutils) "* ]]
}

@test "usage errors exit 2" {
	run extractnums -Z
	[ "$status" -eq 2 ]
	[[ "${lines[1]}" == "usage: extractnums [-HoqSu] [file ...]" ]]
	run extractnums --bogus
	[ "$status" -eq 2 ]
}

@test "stdin as -, and -- ends the options" {
	printf 'd\t-\t1\t1\ttext\t0\t5 cats.\n' > "$TMP/-H"
	cd "$TMP"
	run sh -c "printf 'd\t-\t1\t1\ttext\t0\t6 dogs.\n' | extractnums -- - -H | cut -f8,12"
	[ "$status" -eq 0 ]
	diff_out "$(row 6 dog; row 5 cat)"
}

@test "bad input: wrong field count, bad offset, NUL, CR are reported and skipped" {
	{
		printf 'a\tb\tc\n'
		printf 'd\t-\t1\t1\ttext\tx\t5 cats.\n'
		printf 'd\t-\t1\t1\ttext\t0\t5 \000cats.\n'
		printf 'd\t-\t1\t1\ttext\t0\t5 cats.\r\n'
		printf 'd\t-\t1\t1\ttext\t0\t7 dogs.\n'
	} > "$TMP/bad"
	run sh -c "extractnums '$TMP/bad' 2>'$TMP/err'"
	[ "$status" -eq 1 ]
	diff_out "$(row d - 1 1 text 0 count 7 7 = '' dog 0 1 7 '7 dogs.')"
	run cat "$TMP/err"
	diff_out "extractnums: $TMP/bad:1: expected at least 7 fields, found 3
extractnums: $TMP/bad:2: offset is not a number: 'x'
extractnums: $TMP/bad:3: NUL byte in record
extractnums: $TMP/bad:4: carriage return in record (CRLF line ends?)"
	run sh -c "extractnums -q '$TMP/bad' 2>&1 >/dev/null"
	[ "$status" -eq 1 ]
	diff_out ""
}

@test "a missing file among good ones is reported, the rest processed" {
	printf 'd\t-\t1\t1\ttext\t0\t5 cats.\n' > "$TMP/good"
	run sh -c "extractnums '$TMP/good' '$TMP/nope' '$TMP/good' 2>'$TMP/err' | cut -f8"
	diff_out "$(printf '5\n5')"
	run cat "$TMP/err"
	diff_out "extractnums: $TMP/nope: No such file or directory"
	run extractnums "$TMP/good" "$TMP/nope"
	[ "$status" -eq 1 ]
}

@test "empty input and input without figures give nothing" {
	run extractnums /dev/null
	[ "$status" -eq 0 ]
	diff_out ""
	run sh -c "printf 'd\t-\t1\t1\ttext\t0\tNothing to count here.\n' | extractnums"
	[ "$status" -eq 0 ]
	diff_out ""
}

@test "a 100 MB record streams through in bounded time" {
	awk 'BEGIN { printf "d\t-\t1\t1\ttext\t0\tThey sent 5,200 troops"
		s = " and then more words"
		for (i = 0; i < 14; i++) s = s s
		for (i = 0; i < 320; i++) printf "%s", s
		printf " and 7 dogs.\n" }' > "$TMP/big"
	[ "$(wc -c < "$TMP/big")" -gt 100000000 ]
	run sh -c "extractnums '$TMP/big' | cut -f7-12"
	[ "$status" -eq 0 ]
	diff_out "$(row count 5200 5200 = '' troop; row count 7 7 = '' dog)"
}

@test "a closed pipe ends it quietly" {
	awk 'BEGIN { for (i = 0; i < 200000; i++)
		printf "d\t-\t1\t%d\ttext\t0\tThey sent %d troops.\n", i + 1, i }' > "$TMP/many"
	run sh -c "extractnums '$TMP/many' | head -1 | cut -f8"
	[ "$status" -eq 0 ]
	diff_out 0
}

@test "a full disk is an error: exit 3 with a message" {
	printf 'd\t-\t1\t1\ttext\t0\t5 cats.\n' > "$TMP/in"
	run sh -c "extractnums '$TMP/in' > /dev/full"
	[ "$status" -eq 3 ]
	diff_out "extractnums: <stdout>: No space left on device"
}
