#!/usr/bin/env bats
# extractdates: rule families, false-positive traps, anchors, and the
# behaviour every filter shares on bad input.

load helper

# rec DCT TEXT: one sentence record of document d.
rec() {
	printf 'd\t%s\t1\t1\ttext\t0\t%s\n' "$1" "$2"
}

# dates DCT TEXT: type, value, mod, anchor, start, end, timex per line.
dates() {
	rec "$1" "$2" | extractdates | cut -f7-13
}

# pairs: extractdates output as "timex=value" per expression, on one line.
pairs() {
	awk -F'\t' '{ printf "%s%s=%s", (NR > 1 ? "|" : ""), $13, $8 } END { print "" }'
}

# values DCT TEXT: "timex=value" per expression, on one line.
values() {
	rec "$1" "$2" | extractdates | pairs
}

# story DCT SENTENCE...: one record per sentence of document d, each at
# its offset; "timex=value" per expression, on one line.
story() {
	dct=$1
	shift
	off=0 n=0
	for s in "$@"; do
		n=$((n + 1))
		printf 'd\t%s\t1\t%d\ttext\t%d\t%s\n' "$dct" "$n" "$off" "$s"
		off=$((off + ${#s} + 1))
	done | extractdates | pairs
}

@test "seed: a past-tense Friday before a Sunday DCT" {
	run values 2020-01-05 "Soleimani was killed in a U.S. drone strike Friday."
	[ "$status" -eq 0 ]
	diff_out "Friday=2020-01-03"
}

@test "seed: a future-tense Friday after a Sunday DCT" {
	run values 2020-01-05 "The two leaders will meet Friday."
	diff_out "Friday=2020-01-10"
}

@test "seed: last Tuesday crosses the year boundary" {
	run values 2020-01-05 "The vote took place last Tuesday."
	diff_out "last Tuesday=2019-12-31"
}

@test "seed: a partial date takes the year that makes the sentence true" {
	run dates 2024-01-25 "Militias have attacked bases at least 151 times since Oct. 7."
	diff_out "DATE	2023-10-07	ON_OR_AFTER	dct	54	60	Oct. 7"
}

@test "seed: by September 2025, until September 2026" {
	run values 2024-09-27 "Forces will leave by September 2025 and stay north until September 2026."
	diff_out "September 2025=2025-09|September 2026=2026-09"
}

@test "seed: two weeks ago is the week, this past week the week just ended" {
	run values 2020-01-16 "He landed two weeks ago."
	diff_out "two weeks ago=2020-W01"
	run values 2020-01-05 "Tension grew this past week."
	diff_out "this past week=2020-W01"
	run values 2020-01-08 "Tension grew this past week."
	diff_out "this past week=2020-W01"
}

@test "full record: upstream fields, seven fields, the text last" {
	run sh -c "printf 'seed1\t2020-01-05\t2\t3\ttext\t100\tThey voted on Sunday.\n' | extractdates"
	[ "$status" -eq 0 ]
	diff_out "seed1	2020-01-05	2	3	text	100	DATE	2020-01-05	-	dct	114	120	Sunday	They voted on Sunday."
}

@test "absolute dates in every written form" {
	run values 2020-01-05 "Signed January 5, 2020, or 5 January 2020, or 2020-01-05, or 01/05/2020, in Sept. 2025."
	diff_out "January 5, 2020=2020-01-05|5 January 2020=2020-01-05|2020-01-05=2020-01-05|01/05/2020=2020-01-05|Sept. 2025=2025-09"
}

@test "-d reads numeric dates day first" {
	run sh -c "printf 'd\t2020-01-05\t1\t1\ttext\t0\tOn 05/01/2020 it began.\n' | extractdates -d | cut -f8"
	diff_out "2020-01-05"
	run sh -c "printf 'd\t2020-01-05\t1\t1\ttext\t0\tOn 05/01/2020 it began.\n' | extractdates | cut -f8"
	diff_out "2020-05-01"
}

@test "years, decades, centuries, quarters, fiscal years" {
	run values 2020-01-05 "Founded in 2003, big in the 1990s and the '80s, in the 21st century, in Q3 2024, in fiscal 2025."
	diff_out "2003=2003|the 1990s=199|the '80s=198|the 21st century=20|Q3 2024=2024-Q3|fiscal 2025=2025"
}

@test "modifiers: mid, early, late, the end of" {
	run dates 2020-01-05 "Weak in mid-2019, cold in early January, slow in late 2023 and at the end of 1990."
	diff_out "DATE	2019	MID	-	8	16	mid-2019
DATE	2020-01	START	dct	26	39	early January
DATE	2023	END	-	49	58	late 2023
DATE	1990	END	-	66	81	the end of 1990"
}

@test "seasons and quarters of a report" {
	run values 2020-01-05 "Sales in the fall of 2019 beat last summer; the third quarter was weak."
	diff_out "the fall of 2019=2019-FA|last summer=2019-SU|the third quarter=2019-Q3"
}

@test "relative to the DCT: days, months, years" {
	run values 2020-01-05 "He spoke today and yesterday; last month, next year and this year matter."
	diff_out "today=2020-01-05|yesterday=2020-01-04|last month=2019-12|next year=2021|this year=2020"
}

@test "relative to the DCT across a leap day and a year end" {
	run values 2024-03-01 "The law passed yesterday."
	diff_out "yesterday=2024-02-29"
	run values 2019-12-31 "It starts tomorrow and ends next month."
	diff_out "tomorrow=2020-01-01|next month=2020-01"
	run values 2021-01-01 "Results came last week and on Monday."
	diff_out "last week=2020-W52|Monday=2020-12-28"
}

@test "weekdays on different DCT weekdays follow the tense" {
	run values 2020-01-01 "Markets fell Tuesday and will reopen Thursday."
	diff_out "Tuesday=2019-12-31|Thursday=2020-01-02"
	run values 2023-06-14 "The minister resigned on Wednesday."
	diff_out "Wednesday=2023-06-14"
}

@test "weekdays: deadlines, the pluperfect and the futurate present" {
	run values 2000-04-03 "The agency extended its deadline until Tuesday."
	diff_out "Tuesday=2000-04-04"
	run values 2000-04-03 "They could leave as early as Tuesday, aides said."
	diff_out "Tuesday=2000-04-04"
	run values 1989-10-30 "The offer had been due to expire Friday evening."
	diff_out "Friday evening=1989-10-27TEV"
	run values 1998-05-01 "The two leaders meet separately Monday with the envoy."
	diff_out "Monday=1998-05-04"
	# a semicolon ends the clause: its cues stay on their side
	run values 1998-05-01 "Police arrested him Monday; Bush meets Gorbachev Monday."
	diff_out "Monday=1998-04-27|Monday=1998-05-04"
	run values 1998-05-01 "Police arrested him Monday as Bush met Gorbachev Monday."
	diff_out "Monday=1998-04-27|Monday=1998-04-27"
}

@test "weekdays in times follow the cues before the time; planned to looks ahead" {
	run values 2000-04-03 "The agency extended its deadline until 9 a.m. EST Tuesday."
	diff_out "9 a.m. EST Tuesday=2000-04-04T09:00-05:00"
	run values 2000-03-30 "Officials postponed until Tuesday morning any action on the case."
	diff_out "Tuesday morning=2000-04-04TMO"
	run values 1998-09-30 "The team planned to leave Nairobi on Thursday."
	diff_out "Thursday=1998-10-01"
	run values 1998-09-30 "The team had planned to leave Nairobi on Thursday."
	diff_out "Thursday=1998-09-24"
	run values 1998-09-30 "On Friday, the government planned to pay for the funerals."
	diff_out "Friday=1998-09-25"
	run values 1997-04-11 "The government had been initially scheduled for January 25."
	diff_out "January 25=1997-01-25"
}

@test "tense: the attribution after a closing quote is not the quote's tense" {
	run values 2000-04-05 "''The father will leave at 4 a.m. EDT Thursday,'' Castro said."
	diff_out "4 a.m. EDT Thursday=2000-04-06T04:00-04:00"
}

@test "a month named is the narrative's: the following month, that same day" {
	run sh -c "printf 'd\t1989-10-27\t1\t1\ttext\t0\tIn March, the firm got an offer.\nd\t1989-10-27\t1\t2\ttext\t33\tThe following month, it put itself up for sale, and it signed that same day.\n' | extractdates | cut -f8,10,13"
	diff_out "1989-03	dct	March
1989-04	ref:1989-03	The following month
1989-04-XX	ref:1989-04	that same day"
}

@test "half a year either way is the past; trading days are days" {
	run values 1998-02-06 "The index is near its record high set on Aug. 6."
	diff_out "Aug. 6=1997-08-06"
	run values 1998-02-06 "The talks, after a pause, will end this summer, on Aug. 6."
	diff_out "this summer=1998-SU|Aug. 6=1998-08-06"
	run values 1989-10-20 "The shares fell for eight trading days."
	diff_out "eight trading days=P8D"
}

@test "this, last and next seasons, in winter and out of it" {
	run values 1998-02-06 "This summer, last summer, this winter, last winter and next fall."
	diff_out "This summer=1998-SU|last summer=1997-SU|this winter=1997-WI|last winter=1996-WI|next fall=1998-FA"
	run values 1998-07-10 "This summer, last summer, this winter, last winter and next fall."
	diff_out "This summer=1998-SU|last summer=1997-SU|this winter=1998-WI|last winter=1997-WI|next fall=1998-FA"
}

@test "a part of the day before its day" {
	run values 1989-11-02 "Trading halted in mid-afternoon yesterday."
	diff_out "mid-afternoon yesterday=1989-11-01TAF"
	run values 1989-11-02 "The raid began in the morning on Friday."
	diff_out "the morning on Friday=1989-10-27TMO"
}

@test "holidays: Easter by its moon, Election Day; not Easter Island" {
	run values 2024-01-02 "They will meet at Easter, on Easter Monday and on Election Day."
	diff_out "Easter=2024-03-31|Easter Monday=2024-04-01|Election Day=2024-11-05"
	run values 2000-01-02 "They flew to Easter Island and painted Easter eggs."
	diff_out ""
}

@test "the next morning, that same day, that night; decades-long; annually" {
	run sh -c "printf 'd\t1999-02-06\t1\t1\ttext\t0\tThey met on Oct. 3 and left that same day.\nd\t1999-02-06\t1\t2\ttext\t43\tThe next morning they returned to a decades-long feud.\nd\t1999-02-06\t1\t3\ttext\t96\tThat night fees rose, as they do annually.\n' | extractdates | cut -f8,13"
	diff_out "1998-10-03	Oct. 3
1998-10-03	that same day
1998-10-04TMO	The next morning
PXDE	decades-long
1998-10-04TNI	That night
P1Y	annually"
}

@test "a decades-old dispute is a stretch, a six-year-old an age" {
	run dates 2020-01-05 "The decades-old dispute over a years-old dam outlived a six-year-old law and a 10-year-old boy."
	diff_out "DURATION	PXDE	-	-	4	15	decades-old
DURATION	PXY	-	-	31	40	years-old"
}

@test "recent weeks and recent years are stretches" {
	run dates 2000-01-05 "Tension has grown in recent weeks."
	diff_out "DURATION	PXW	-	-	21	33	recent weeks"
}

@test "a winter goes under the year it begins" {
	run values 2024-01-02 "The ferry runs a winter timetable until March."
	diff_out "winter=2023-WI|March=2024-03"
	run values 2019-04-26 "Cases rose sharply in late winter."
	diff_out "late winter=2018-WI"
	run values 2005-11-12 "Oil fell as fuel stocks eased fears of tight winter supplies."
	diff_out "winter=2005-WI"
	run values 2018-12-29 "The coldest night of the winter came on Thursday."
	diff_out "the winter=2018-WI|Thursday=2018-12-27"
}

@test "bare months: the next month stays ahead, until mid-November looks ahead" {
	run values 1990-08-16 "Oil firms were told of a cut in their supply in September."
	diff_out "September=1990-09"
	run values 2006-12-19 "Hamas trounced his Fatah party in January elections."
	diff_out "January=2006-01"
	run values 2005-12-15 "Attacks killed almost 40 people during January's election."
	diff_out "January=2005-01"
	run values 2006-11-16 "The summit is to be held in December in Cebu."
	diff_out "December=2006-12"
	run values 1989-10-30 "The government gave the bidder until mid-November to answer."
	diff_out "mid-November=1989-11"
	run values 2024-09-27 "A drone hit the base in January, killing three soldiers."
	diff_out "January=2024-01"
	run values 2024-09-27 "The mission will end in August."
	diff_out "August=2025-08"
}

@test "tense: plan is a future cue only before to" {
	run values 1989-10-27 "The thrift announced the plan Aug. 21."
	diff_out "Aug. 21=1989-08-21"
	run values 1998-08-17 "On Friday, when she set aside vacation plans, the agency lifted a warning."
	diff_out "Friday=1998-08-14"
	run values 1998-08-17 "The minister plans to visit Kenya on Friday."
	diff_out "Friday=1998-08-21"
}

@test "partial dates: a participle is not the past, a near day is this year" {
	run values 1989-10-26 "The dividend will be paid Dec. 14 to holders."
	diff_out "Dec. 14=1989-12-14"
	run values 1989-10-30 "The tender offer was extended to Nov. 16."
	diff_out "Nov. 16=1989-11-16"
	run values 1989-10-30 "The tender offer was extended in March to April 3."
	diff_out "March=1989-03|April 3=1989-04-03"
}

@test "partial dates: nearest year, and the previous year in January" {
	run values 2024-01-10 "Troops arrived Dec. 30 after leaving Dec. 28."
	diff_out "Dec. 30=2023-12-30|Dec. 28=2023-12-28"
	run values 2024-11-20 "He will travel Jan. 3."
	diff_out "Jan. 3=2025-01-03"
	run values 2023-03-10 "The talks collapsed on Feb. 29."
	diff_out ""
	run values 2024-03-10 "The talks collapsed on Feb. 29."
	diff_out "Feb. 29=2024-02-29"
}

@test "partial dates: a scheduled event's day lies ahead" {
	run values 2005-11-22 "The tournament starts on June 9."
	diff_out "June 9=2006-06-09"
	run values 2005-11-22 "The tournament started on June 9."
	diff_out "June 9=2005-06-09"
}

@test "partial dates: a range's end takes its start's year" {
	run values 2019-12-31 "The first window closes on Feb. 17; the second runs from Sept. 1 to Oct. 15."
	diff_out "Feb. 17=2020-02-17|Sept. 1=2020-09-01|Oct. 15=2020-10-15"
	run values 2019-06-30 "The exhibition ran from Dec. 20 through Jan. 3."
	diff_out "Dec. 20=2018-12-20|Jan. 3=2019-01-03"
}

@test "partial dates: a date set lies ahead" {
	run values 2025-03-03 "Judge sets October trial; a federal judge on Monday set an Oct. 6 trial date for the former mayor, who was accused of bribery."
	diff_out "October=2025-10|Monday=2025-03-03|Oct. 6=2025-10-06"
}

@test "partial dates: now is the present: the nearest month" {
	run values 2024-02-29 "Futures markets now see the first cut in June, after pricing one for March as recently as early February."
	diff_out "now=PRESENT_REF|June=2024-06|March=2024-03|early February=2024-02"
	run values 2024-02-29 "Futures markets saw the first cut in June."
	diff_out "June=2023-06"
}

@test "partial dates: a sentence that opens with its year gives it" {
	run values 2024-03-02 "In 1993, the river flooded in June and crested on July 12."
	diff_out "1993=1993|June=1993-06|July 12=1993-07-12"
	run values 2024-03-02 "In 2027, the plant will open in June."
	diff_out "2027=2027|June=2027-06"
	# not against the tense, nor after another date
	run values 2024-03-02 "In 1993, the river will flood in June."
	diff_out "1993=1993|June=2024-06"
	run values 2024-03-02 "In 1993, it flooded on June 3, 1992 and crested on July 12."
	diff_out "1993=1993|June 3, 1992=1992-06-03|July 12=2023-07-12"
}

@test "bare months follow the tense" {
	run values 2024-01-25 "In October the attacks began."
	diff_out "October=2023-10"
	run values 2024-01-25 "The review will finish in October."
	diff_out "October=2024-10"
}

@test "tense: a cue past a comma is another clause's; commitments are neutral" {
	run values 1998-03-22 "The talks that are supposed to conclude by May, invited the party to rejoin."
	diff_out "May=1998-05"
	run values 1997-04-21 "A first batch was supposed to be flown out on Friday, but the rebels blocked it."
	diff_out "Friday=1997-04-18"
	run values 1989-10-30 "The firm agreed to purchase the line for \$22 million in February."
	diff_out "February=1990-02"
	run values 2006-12-14 "OPEC decided to cut production in October."
	diff_out "October=2006-10"
	run values 1989-10-26 "Schwarz will succeed Davison Feb. 1, soon after he retires."
	diff_out "Feb. 1=1990-02-01"
	run values 1989-10-26 "It would be paid on a still unspecified date in January."
	diff_out "January=1990-01"
	# an -ed verb after a noun in -ly is told in the past
	run values 2000-04-03 "Over the weekend, lawyers for the family raised accusations."
	diff_out "the weekend=2000-W13-WE"
}

@test "a month after this year, last year or next year is in that year" {
	run values 1989-10-27 "Sales barely changed this year through August."
	diff_out "this year=1989|August=1989-08"
	run values 1989-10-27 "It fell last year in May and will rise next year by March."
	diff_out "last year=1988|May=1988-05|next year=1990|March=1990-03"
}

@test "sets with a period of more than one unit; the 24-hour clock" {
	run values 2024-11-20 "The prize is awarded every two years and the list is checked every other week."
	diff_out "every two years=P2Y|every other week=P2W"
	run values 2024-11-20 "The ceasefire took effect at 0600 GMT on Sunday."
	diff_out "0600 GMT on Sunday=2024-11-17T06:00+00:00"
	run values 2024-11-20 "The quake struck at 1:24 p.m. (0424 GMT) on Wednesday."
	diff_out "1:24 p.m.=2024-11-20T13:24|0424 GMT=2024-11-20T04:24+00:00|Wednesday=2024-11-20"
	run values 2024-11-20 "It sold 1400 cars and 2300 trucks."
	diff_out ""
}

@test "a decade ago is a year; the 2000s are a decade; later that month" {
	run values 2023-07-08 "A decade ago, it was different, and a century ago the city burned."
	diff_out "A decade ago=2013|a century ago=1923"
	run values 2023-07-08 "In the early 2000s and in the 1800s."
	diff_out "the early 2000s=200|the 1800s=18"
	run values 2022-03-16 "He was found guilty in November 2020 of acts from 2014 to 2017 and was sentenced later that month."
	diff_out "November 2020=2020-11|2014=2014|2017=2017|later that month=2020-11"
}

@test "tense: next and last are cues; was set by is no plan" {
	run values 2025-10-26 "Vikings host Leeds on Wednesday night before traveling to Brighton next Sunday."
	diff_out "Wednesday night=2025-10-29TNI|next Sunday=2025-11-02"
	run values 2005-11-02 "China is to compete with its last rival Hong Kong on Thursday."
	diff_out "Thursday=2005-11-03"
	run values 2006-11-19 "The day was set by the United Nations on October 16, but last month's celebration was postponed."
	diff_out "October 16=2006-10-16|last month=2006-10"
}

@test "New Year's Day and Eve; a near day across the year end" {
	run values 2025-01-03 "Mediators had hoped for a truce before New Year's Day."
	diff_out "New Year's Day=2025-01-01"
	run values 2006-12-31 "Police urged people to skip the New Year's party; the New Year's Eve show was cancelled."
	diff_out "New Year's=2007-01-01|New Year's Eve=2006-12-31"
	run values 2006-12-27 "It will come before the Chinese New Year holiday."
	diff_out ""
	run values 2006-12-30 "Bush declared January 2 a national day of mourning."
	diff_out "January 2=2007-01-02"
}

@test "bare months: a stretch through a month ended; expires in looks ahead" {
	run values 2024-02-29 "Prices rose 2.4% in the 12 months through January, as recently as early February."
	diff_out "the 12 months=P12M|January=2024-01|early February=2024-02"
	run values 2023-07-08 "Their mandate expires in January but is expected to be renewed."
	diff_out "January=2024-01"
}

@test "the week of a date, the day before a date; 4 in the morning" {
	run values 2000-02-24 "He spoke the day before last Tuesday and will travel the week of March 6."
	diff_out "the day before last Tuesday=2000-02-21|the week of March 6=2000-W10"
	run values 2000-02-24 "Shops will reopen the day after Christmas."
	diff_out "the day after Christmas=2000-12-26"
	run values 2000-04-06 "The blast came at 4 in the morning, and at 10 at night the troops left."
	diff_out "4 in the morning=2000-04-06T04:00|10 at night=2000-04-06T22:00"
}

@test "halves and weeks of a period: of the year, the final week of March" {
	run values 2024-11-20 "Output should recover in the second half of the year."
	diff_out "the second half of the year=2024-H2"
	run values 2024-11-20 "It began in the final week of March, after the first week of October 2023."
	diff_out "the final week of March=2024-W13|the first week of October 2023=2023-W40"
}

@test "pre- and post- before a year are points before and after it" {
	run dates 2024-11-20 "Output returned to pre-1996 levels under post-2001 rules, unlike pre-war ones."
	diff_out "$(printf 'DATE\t1996\tBEFORE\t-\t19\t27\tpre-1996\nDATE\t2001\tAFTER\t-\t41\t50\tpost-2001')"
}

@test "a scheduled event with a named object before the weekday looks ahead" {
	run values 2025-10-26 "Vikings host Leeds United on Wednesday night."
	diff_out "Wednesday night=2025-10-29TNI"
	run values 2025-10-26 "He told his French hosts Tuesday that more effort was needed."
	diff_out "Tuesday=2025-10-21"
}

@test "last the verb is no relative word; is forecast for looks ahead" {
	run values 2026-01-12 "The trial could last six weeks; the last two weeks were calm."
	diff_out "six weeks=P6W|the last two weeks=P2W"
	run values 2026-01-12 "Snow is forecast for Tuesday night, less than its last forecast in April said."
	diff_out "Tuesday night=2026-01-13TNI|April=2025-04"
}

@test "for centuries is a stretch of unknown length" {
	run values 2024-11-20 "Ukraine was ruled from Moscow for centuries, a centuries-old tie."
	diff_out "centuries=PXCE|centuries-old=PXCE"
}

@test "timestamps: a date and its time, ISO with Z, 11.51am, Sun January 5" {
	run values 2020-01-09 "The statement came out Jan 5, 2020 at 11:51 am ET."
	diff_out "Jan 5, 2020 at 11:51 am ET=2020-01-05T11:51-05:00"
	run values 2020-01-09 "Published: 05/01/2020 14:30. Stamped 2020-01-05T11:51:00Z by the server."
	diff_out "05/01/2020 14:30=2020-05-01T14:30|2020-01-05T11:51:00Z=2020-01-05T11:51+00:00"
	run values 2020-01-09 "Updated 3:45 PM EST, Sun January 5, 2020."
	diff_out "3:45 PM EST, Sun January 5, 2020=2020-01-05T15:45-05:00"
	run values 2020-01-09 "The drone fell at 11.51am; shares rose 11.51 percent."
	diff_out "11.51am=2020-01-09T11:51"
	run values 2020-01-09 "The Sun said so. It was the mass of the Sun."
	diff_out ""
}

@test "a bare time ahead does not fall on a past day of the story" {
	run values 2020-01-05 "Friday's attack killed 12 people. Officials will brief reporters at noon ET."
	diff_out "Friday=2020-01-03|noon ET=2020-01-05T12:00-05:00"
	run values 2020-01-05 "The attack began Friday. The army said it ended at 3 p.m."
	diff_out "Friday=2020-01-03|3 p.m.=2020-01-03T15:00"
}

@test "ranges: Jan. 5 to 7; from Monday to Friday ends after it starts" {
	run values 2024-11-20 "The festival runs Jan. 5 to 7; prices rose from Jan. 5 to 7 percent."
	diff_out "Jan. 5=2025-01-05|7=2025-01-07|Jan. 5=2024-01-05"
	run values 2024-11-20 "Talks ran between Tuesday and Thursday."
	diff_out "Tuesday=2024-11-12|Thursday=2024-11-14"
	run values 2024-11-20 "Talks will run from Thursday to Tuesday."
	diff_out "Thursday=2024-11-21|Tuesday=2024-11-26"
	run values 2005-11-03 "The holiday ran from Thursday through Saturday."
	diff_out "Thursday=2005-11-03|Saturday=2005-11-05"
}

@test "FY2025, FY24 and Q3 FY25 are fiscal years and quarters" {
	run values 2024-11-20 "Revenue rose in FY2025 and FY24, and in Q3 FY25."
	diff_out "FY2025=2025|FY24=2024|Q3 FY25=2025-Q3"
}

@test "over the next decade is a stretch ahead; in the next decade a date" {
	run values 2018-12-31 "Over the next decade, exporters will save billions; in the next decade, cars will be electric."
	diff_out "the next decade=P1DE|the next decade=202"
}

@test "five consecutive months is a length; a quarter point is no time" {
	run values 2024-11-20 "Inflation has fallen for five consecutive months and three straight quarters; the bank cut by a quarter point."
	diff_out "five consecutive months=P5M|three straight quarters=P3Q"
}

@test "zones of Europe, Asia and Australia" {
	run values 2024-11-20 "It starts at 10 a.m. CEST, 5 p.m. AEST Thursday and 9 p.m. JST."
	diff_out "10 a.m. CEST=2024-11-20T10:00+02:00|5 p.m. AEST Thursday=2024-11-14T17:00+10:00|9 p.m. JST=2024-11-14T21:00+09:00"
}

@test "times and zones" {
	run dates 2020-01-05 "The statement came at 11:51 a.m. ET on Friday."
	diff_out "TIME	2020-01-03T11:51-05:00	-	dct	22	45	11:51 a.m. ET on Friday"
	run values 2020-01-05 "Sirens sounded at 5 p.m. and again tonight."
	diff_out "5 p.m.=2020-01-05T17:00|tonight=2020-01-05TNI"
	run values 2020-01-05 "The raid began Friday morning."
	diff_out "Friday morning=2020-01-03TMO"
}

@test "durations" {
	run dates 2020-01-05 "He served four years, the last two months and 24 hours in a row."
	diff_out "DURATION	P4Y	-	-	10	20	four years
DURATION	P2M	-	-	22	41	the last two months
DURATION	PT24H	-	-	46	54	24 hours"
	run values 2020-01-05 "It took several years, a five-year plan and nearly two decades."
	diff_out "several years=PXY|five-year=P5Y|nearly two decades=P2DE"
	run values 2023-02-28 "The first 12-hour strike begins; sales rose in the first nine months."
	diff_out "12-hour=PT12H|the first nine months=P9M"
}

@test "zones in words, and the day told later in the clause" {
	run values 2020-01-08 "The barrage began at about 5:30 p.m. Eastern time on Tuesday, roughly 1:30 a.m. Wednesday in Iraq."
	diff_out "about 5:30 p.m. Eastern time on Tuesday=2020-01-07T17:30-05:00|roughly 1:30 a.m. Wednesday=2020-01-08T01:30"
	run values 2020-01-08 "Officials met at 9 a.m. local time Friday."
	diff_out "9 a.m. local time Friday=2020-01-03T09:00"
}

@test "halves: fractions, and a half, half a" {
	run values 2020-01-05 "He waited 2 1/2 years, then two and a half years, then a year and a half."
	diff_out "2 1/2 years=P2Y6M|two and a half years=P2Y6M|a year and a half=P1Y6M"
	run values 2020-01-05 "The debate lasted two hours and 10 minutes; he served 3 years 6 months, she two days and three hours."
	diff_out "two hours and 10 minutes=PT2H10M|3 years 6 months=P3Y6M|two days and three hours=P2DT3H"
	# a larger unit after a smaller one is another length
	run values 2020-01-05 "It took 5 minutes and 2 hours."
	diff_out "5 minutes=PT5M|2 hours=PT2H"
	run values 2018-07-14 "The event lasts a fortnight; a fortnight ago they met, as they do once a fortnight and every fortnight."
	diff_out "a fortnight=P2W|a fortnight ago=2018-W26|once a fortnight=P2W|every fortnight=P2W"
	run values 2020-01-05 "It lasted a minute and a half, then an hour and a half, then half an hour, then a half-day."
	diff_out "a minute and a half=PT1M30S|an hour and a half=PT1H30M|half an hour=PT30M|a half-day=PT12H"
	run values 2020-01-05 "The talks collapsed two and a half years ago; a decade and a half passed."
	diff_out "two and a half years ago=2017-07|a decade and a half=P15Y"
	run values 2020-01-05 "Half a million people came, a minute and a half later."
	diff_out "a minute and a half=PT1M30S"
}

@test "days of the month in words" {
	run values 2020-01-05 "The vote is set for March eighth and the count for the twenty-first of March."
	diff_out "March eighth=2020-03-08|twenty-first of March=2020-03-21"
	run values 2020-01-05 "It ended on the first of May, not in the final quarter."
	diff_out "first of May=2019-05-01|the final quarter=2019-Q4"
}

@test "approximate lengths before ago become points before or after" {
	run dates 2020-01-05 "Forces went in more than four years ago and left at least two days ago."
	diff_out "DATE	2016	BEFORE	dct	15	39	more than four years ago
DATE	2020-01-03	ON_OR_BEFORE	dct	49	70	at least two days ago"
}

@test "sets" {
	run dates 2020-01-05 "Patrols run daily, every week and twice a year."
	diff_out "SET	P1D	-	-	12	17	daily
SET	P1W	-	-	19	29	every week
SET	P1Y	-	-	34	46	twice a year"
}

@test "vague references" {
	run values 2020-01-05 "Now currently and recently differ from the past and the future."
	diff_out "Now=PRESENT_REF|currently=PRESENT_REF|recently=PAST_REF|the past=PAST_REF|the future=FUTURE_REF"
}

@test "years in words, decades in words, this coming" {
	run values 1998-03-05 "The vote is this coming Sunday; prices rose in nineteen ninety-six and in January nineteen ninety-seven, as through the nineties."
	diff_out "this coming Sunday=1998-03-08|nineteen ninety-six=1996|January nineteen ninety-seven=1997-01|the nineties=199"
}

@test "company reports: the quarter and the year before it" {
	run dates 1989-10-26 "Profit rose in the third quarter from a year earlier, beating the year-earlier quarter."
	diff_out "DATE	1989-Q3	-	dct	15	32	the third quarter
DATE	1988-Q3	-	ref:1989-Q3	38	52	a year earlier
DATE	1988-Q3	-	ref:1989-Q3	62	86	the year-earlier quarter"
	run values 1989-11-02 "Sales for the year fell, but the full year looks better by the end of the year, in the current quarter."
	diff_out "the year=1989|the full year=1989|the end of the year=1989|the current quarter=1989-Q4"
	run dates 1989-11-02 "For the year ended Sept. 30, profit rose; it should grow throughout the fiscal year."
	diff_out "DURATION	P1Y	-	-	4	12	the year
DATE	1989-09-30	-	dct	19	27	Sept. 30
DURATION	P1Y	-	-	68	83	the fiscal year"
	# the latest quarter has ended, whatever coming quarter was named
	run sh -c "printf 'd\t1989-11-02\t1\t1\ttext\t0\tA charge will fall in the fourth quarter.\nd\t1989-11-02\t1\t2\ttext\t42\tEarnings fell in the latest quarter.\n' | extractdates | cut -f8,13"
	diff_out "1989-Q4	the fourth quarter
1989-Q3	the latest quarter"
}

@test "company reports: the same period last year, last year's quarter" {
	run sh -c "printf 'd\t1989-11-02\t1\t1\ttext\t0\tNet income in the third quarter fell from the corresponding period last year and from last year'\''s quarter.\nd\t1989-11-02\t1\t2\ttext\t100\tSales were flat with the quarter a year ago; a year earlier they rose.\n' | extractdates | cut -f8,13"
	diff_out "1989-Q3	the third quarter
1988-Q3	the corresponding period last year
1988-Q3	last year's quarter
1988-Q3	the quarter a year ago
1988-Q3	a year earlier"
	# no period named before: the year before
	run values 2006-12-02 "As of October, sales were down four percent over the same period of last year."
	diff_out "October=2006-10|the same period of last year=2005"
	run values 2005-11-10 "Growth in the first half of 2005 beat the same period last year; the third quarter last year was worse."
	diff_out "the first half of 2005=2005-H1|the same period last year=2004-H1|the third quarter last year=2004-Q3"
}

@test "halves: the last half of 1989, the latter half of the year, of the new year" {
	run values 2006-12-22 "Output fell in the last half of 1989 and the latter half of the year; talks resume in the first half of the new year or the first quarter of the next year."
	diff_out "the last half of 1989=1989-H2|the latter half of the year=2006-H2|the first half of the new year=2007-H1|the first quarter of the next year=2007-Q1"
}

@test "trap: the halves and quarters of a match are no dates" {
	run values 2006-12-10 "Fiore headed the only goal early in the second half; Dallas led by 43 points in the fourth quarter."
	diff_out ""
	run values 2006-12-10 "The first half of the match was dull, and in the first half hour nothing happened."
	diff_out ""
	run values 2006-12-10 "Sales rose in the first half."
	diff_out "the first half=2006-H1"
	run values 2024-01-03 "Minutes published on Wednesday showed bets on easing in the first quarter."
	diff_out "Wednesday=2024-01-03|the first quarter=2024-Q1"
	run values 2006-12-10 "He scored five minutes before the end of the first half."
	diff_out "five minutes=PT5M"
}

@test "a time on a holiday is one time; a US zone without a season follows the date" {
	run values 2019-11-21 "Stores close at 5 p.m. on Thanksgiving; bells ring at midnight on New Year's Eve."
	diff_out "5 p.m. on Thanksgiving=2019-11-28T17:00|midnight on New Year's Eve=2019-12-31T24:00"
	run values 2021-06-08 "The panel will meet at 2 p.m. ET today and at 5 p.m. Eastern time Saturday."
	diff_out "2 p.m. ET today=2021-06-08T14:00-04:00|5 p.m. Eastern time Saturday=2021-06-12T17:00-04:00"
	# a zone that names its season keeps it
	run values 2021-06-08 "The filing was due at 9 a.m. EST on June 11, 2021."
	diff_out "9 a.m. EST on June 11, 2021=2021-06-11T09:00-05:00"
	# daylight time ends on the first Sunday of November
	run values 2021-01-08 "It opens at 2 p.m. ET on Nov. 6, 2021 and at 2 p.m. ET on Nov. 7, 2021."
	diff_out "2 p.m. ET on Nov. 6, 2021=2021-11-06T14:00-04:00|2 p.m. ET on Nov. 7, 2021=2021-11-07T14:00-05:00"
	run values 1998-10-20 "It opened at 9 a.m. ET on Oct. 20 and closes at 9 a.m. ET on Nov. 2."
	diff_out "9 a.m. ET on Oct. 20=1998-10-20T09:00-04:00|9 a.m. ET on Nov. 2=1998-11-02T09:00-05:00"
}

@test "a live blog past midnight moves to the next day" {
	run sh -c "printf 'd\t2026-05-21\t1\t1\ttext\t0\t11:50 p.m. - The vote is close.\nd\t2026-05-21\t1\t2\ttext\t40\t12:40 a.m. - The budget passes.\nd\t2026-05-21\t1\t3\ttext\t80\t1:15 a.m. - Members go home.\n' | extractdates | cut -f8,13"
	diff_out "2026-05-21T23:50	11:50 p.m.
2026-05-22T00:40	12:40 a.m.
2026-05-22T01:15	1:15 a.m."
}

@test "commitments, schedules and coordinated weekdays" {
	# the vote was on Monday; the closing it decided lies nearest
	run values 2023-01-10 "The board voted 5-2 late Monday to close two schools in June."
	diff_out "late Monday=2023-01-09|June=2023-06"
	# a directive too: the travel it asks for lies nearest, tomorrow
	run values 2022-07-19 "Rail operators asked passengers to travel only if necessary through Wednesday."
	diff_out "Wednesday=2022-07-20"
	run values 2022-07-19 "Rail operators said passengers travelled only if necessary through Wednesday."
	diff_out "Wednesday=2022-07-13"
	run values 2025-09-22 "The government told schools to prepare to close from Wednesday; it told reporters on Friday."
	diff_out "Wednesday=2025-09-24|Friday=2025-09-19"
	run values 2025-08-31 "The transfer window closes at 7 p.m. BST on Monday."
	diff_out "7 p.m. BST on Monday=2025-09-01T19:00+01:00"
	run values 2024-03-02 "The river will stay high until Tuesday or Wednesday."
	diff_out "Tuesday=2024-03-05|Wednesday=2024-03-06"
}

@test "seasons follow the tense; spring next year; habits on Sundays" {
	run values 2019-01-02 "The sides had met every week since the summer; routes will be redrawn over the summer."
	diff_out "every week=P1W|the summer=2018-SU|the summer=2019-SU"
	run values 2006-12-12 "The announcement will come in the spring, and the deal by spring next year."
	diff_out "the spring=2007-SP|spring next year=2007-SP"
	run values 2005-11-17 "He said he would fall next year."
	diff_out "next year=2006"
	run values 2026-05-21 "Libraries close on Sundays, and on other days at 5."
	diff_out "Sundays=XXXX-WXX-7"
}

@test "a possessive before a year: her 1968 paper" {
	run values 2018-07-15 "Her 1968 paper changed the field; Flight 1990 landed."
	diff_out "1968=1968"
}

@test "a date told with its year names its event later; the next days follow it" {
	run values 2025-03-12 "Rioters stormed the Capitol on Jan. 6, 2021. The Jan. 6 committee met later, and on Jan. 7 the House voted. The panel will report by Jan. 20."
	diff_out "Jan. 6, 2021=2021-01-06|Jan. 6=2021-01-06|Jan. 7=2021-01-07|Jan. 20=2026-01-20"
	# a day reckoned from the DCT is no story to follow
	run values 2006-11-06 "The dialogue was last scheduled for July 25. But the conflict on July 12 prevented it."
	diff_out "July 25=2007-07-25|July 12=2006-07-12"
}

@test "an indefinite weekday, leap day, past midnight, before the spring" {
	run values 2025-06-02 "It falls on a Thursday this year; they met after a Monday meeting."
	diff_out "a Thursday=XXXX-WXX-4|this year=2025|Monday=2025-06-02"
	run values 2024-03-02 "Leap day brought no relief; the meeting ran past midnight."
	diff_out "Leap day=2024-02-29|midnight=2024-02-29T24:00"
	run values 2025-06-02 "The next leap day is years away; a deal may not come before the spring."
	diff_out "next leap day=2028-02-29|years=PXY|the spring=2026-SP"
}

@test "end-2025 and end-March; the days ahead; weekday ranges with a hyphen" {
	run values 2025-03-12 "A deal is due by end-2025 or end-March; more is expected in the days ahead and the weeks to come, but not in the days ahead of the vote."
	diff_out "end-2025=2025|end-March=2025-03|the days ahead=FUTURE_REF|the weeks to come=FUTURE_REF"
	run values 2025-03-12 "The shop opens Monday-Friday."
	diff_out "Monday=2025-03-17|Friday=2025-03-21"
	run values 2025-03-12 "Talks ran Tuesday-Thursday."
	diff_out "Tuesday=2025-03-04|Thursday=2025-03-06"
}

@test "what was put off lies ahead; the year to March is a year long" {
	run values 2024-06-13 "The hearing was adjourned until Jan. 14, the vote pushed back to March; she moved to Paris in May."
	diff_out "Jan. 14=2025-01-14|March=2025-03|May=2024-05"
	run values 2024-06-13 "The vote, which had been postponed until March, took place on Tuesday."
	diff_out "March=2024-03|Tuesday=2024-06-11"
	run values 2023-06-07 "Officials extended the alert through Thursday night; the board extended the deadline to Friday."
	diff_out "Thursday night=2023-06-08TNI|Friday=2023-06-09"
	run values 2024-06-13 "Prices rose 3.2% in the year to March; the year was hard."
	diff_out "the year=P1Y|March=2024-03|the year=2024"
	run values 2025-06-17 "The council approved a budget for the fiscal year starting July 1."
	diff_out "the fiscal year=P1Y|July 1=2025-07-01"
}

@test "a week or quarter named by its end is the one its end falls in, and the end a date of its own" {
	run values 2022-08-03 "Cases rose 5% in the week to July 24, the agency said."
	diff_out "the week=2022-W29|July 24=2022-07-24"
	run values 2018-10-25 "It forecast a rise in the current quarter. Revenue for the quarter ended Sept. 29 rose."
	diff_out "the current quarter=2018-Q4|the quarter=2018-Q3|Sept. 29=2018-09-29"
	run values 1989-10-26 "Sales rose in the fiscal first quarter. Revenue for the quarter ended Sept. 29 rose."
	diff_out "the fiscal first quarter=1989-Q1|the quarter=1989-Q1|Sept. 29=1989-09-29"
	run values 2019-01-16 "Crude stocks fell in the week ended Friday and in the week ending Jan. 6."
	diff_out "the week=2019-W02|Friday=2019-01-11|the week=2019-W01|Jan. 6=2019-01-06"
}

@test "every summer and every weekend are sets; mid-century, the end of the decade" {
	run values 2024-09-10 "It draws crowds each summer, every January and every weekend."
	diff_out "each summer=XXXX-SU|every January=XXXX-01|every weekend=XXXX-WXX-WE"
	run values 2024-09-10 "Emissions reach net zero by mid-century; it grows by the end of the decade, as in the late 19th century."
	diff_out "mid-century=20|the end of the decade=202|the late 19th century=18"
	run values 2019-09-23 "Grants open until end of year; payments are due at end of month."
	diff_out "end of year=2019|end of month=2019-09"
}

@test "that September, the following spring: the story's months and seasons" {
	run values 2022-03-18 "Yates shot him on Aug. 3, 2019, and was near the store until 11:40 p.m. on Aug. 3. He was arrested that September."
	diff_out "Aug. 3, 2019=2019-08-03|11:40 p.m. on Aug. 3=2019-08-03T23:40|that September=2019-09"
	run values 2019-11-24 "I moved in the summer of 2009. The shop closed the following spring, long after the fall of the Berlin Wall."
	diff_out "the summer of 2009=2009-SU|the following spring=2010-SP"
	# a day within weeks of the DCT stays that one
	run values 2006-12-22 "The mission runs until December 31, 2007. Annan is stepping down on December 31."
	diff_out "December 31, 2007=2007-12-31|December 31=2006-12-31"
	run values 2018-05-05 "Sales fell in the spring, and owners said they feared losing customers over the summer."
	diff_out "the spring=2018-SP|the summer=2018-SU"
}

@test "habits and stretches: every night, on weekends, year-to-date, the decade" {
	run values 2021-06-09 "Teens who sleep in on weekends kept the same bedtime every night; shares are down 14% year-to-date."
	diff_out "weekends=XXXX-WXX-WE|every night=P1D|year-to-date=2021"
	run values 2021-06-09 "He works weekends, and lectures moved to weekends."
	diff_out "weekends=XXXX-WXX-WE|weekends=XXXX-WXX-WE"
	run values 2019-11-24 "The decade brought change, and emissions peak in the mid-2030s, not in one of the busiest weeks of the year."
	diff_out "The decade=201|the mid-2030s=203|the year=2019"
	run values 2026-03-24 "Emissions must fall from 2019 levels by 2030, the 2030 emissions goal; 2020 troops arrived."
	diff_out "2019=2019|2030=2030|2030=2030"
}

@test "an hour later counts from the last clock time; a blog's stamps from the last stamp" {
	run values 2022-04-11 "The first count came at 2:30 a.m., and Ibarra claimed his place an hour later. Branches shut three hours earlier on Sundays."
	diff_out "2:30 a.m.=2022-04-11T02:30|an hour later=2022-04-11T03:30|three hours=PT3H|Sundays=XXXX-WXX-7"
	run sh -c "printf 'd\t2023-03-08\t1\t1\ttext\t0\t4:35 p.m. - The airport stays shut until at least midday Thursday, power not back until Friday.\nd\t2023-03-08\t1\t2\ttext\t100\t8:45 p.m. - A storm tide is coming.\nd\t2023-03-08\t1\t3\ttext\t200\t12:30 a.m. - Stay indoors until at least 6 a.m.\n' | extractdates | cut -f8,13"
	diff_out "2023-03-08T16:35	4:35 p.m.
2023-03-09T12:00	midday Thursday
2023-03-10	Friday
2023-03-08T20:45	8:45 p.m.
2023-03-09T00:30	12:30 a.m.
2023-03-09T06:00	6 a.m."
}

@test "Good Friday, Boxing Day, Valentine's Day; a weekday's date picks the year" {
	run values 2024-09-10 "Shops close on Boxing Day and Good Friday; Valentine's Day is busy; it is good Friday news."
	diff_out "Boxing Day=2024-12-26|Good Friday=2024-03-29|Valentine's Day=2025-02-14|Friday=2024-09-13"
	run values 2024-09-10 "The talks, held on Thursday (Jan. 5), ended; on Monday, Dec. 30, it snowed."
	diff_out "Thursday (Jan. 5)=2023-01-05|Monday, Dec. 30=2024-12-30"
}

@test "dates in numbers: year first, dots day first, dashes like slashes" {
	run values 2020-02-10 "Filed 2020/01/05 and 5.1.2020, amended 01-05-2020; version 1.2.3.4, 10.0.0.1 and 3.5 percent are none."
	diff_out "2020/01/05=2020-01-05|5.1.2020=2020-01-05|01-05-2020=2020-01-05"
	run sh -c "printf 'd\t2020-02-10\t1\t1\ttext\t0\tAmended 01-05-2020.\n' | extractdates -d | cut -f8"
	diff_out "2020-05-01"
}

@test "two to six days: a length for each end; several quarters; the eighth day" {
	run values 2006-12-13 "Symptoms appear after two to six days; men aged 65 to 80 years took part; it lost money for several quarters of losses."
	diff_out "two=P2D|six days=P6D|several quarters=PXQ"
	run values 2006-12-13 "They left their third day-long meeting after a year-long inquiry."
	diff_out "day-long=P1D|a year-long=P1Y"
	run values 1990-08-15 "Today is the eighth day of the blockade; it's the 100th day of the war; three quarters of the vote."
	diff_out "Today=1990-08-15|the eighth day=1990-08-15|the 100th day=1990-08-15"
}

@test "a fiscal fourth quarter ends the fiscal year named for the DCT's" {
	run values 2024-08-01 "Cirrion reported a 31% jump in fiscal fourth-quarter profit; net income for the quarter rose from a year earlier."
	diff_out "fiscal fourth-quarter=2024-Q4|the quarter=2024-Q4|a year earlier=2023-Q4"
	run values 2024-02-01 "Cirrion reported a jump in fiscal fourth-quarter profit."
	diff_out "fiscal fourth-quarter=2023-Q4"
	run values 2024-08-01 "Cirrion reported a jump in fourth-quarter profit."
	diff_out "fourth-quarter=2023-Q4"
}

@test "times after a colon, parts of the day with early and late, the new year, a year before a verb" {
	run values 2024-03-01 "6:38 p.m. - New target time: 6:52 p.m.; the race was won in 1: 16:31."
	diff_out "6:38 p.m.=2024-03-01T18:38|6:52 p.m.=2024-03-01T18:52"
	run values 2019-11-27 "Backups stretched 20 miles by early afternoon; rain fell in the late evening."
	diff_out "early afternoon=2019-11-27TAF|the late evening=2019-11-27TEV"
	run values 2023-10-17 "Closing arguments are expected in the new year, after the new year festival."
	diff_out "the new year=2024"
	run values 2020-12-31 "A plan announced in 2019 commits funds; 2020 troops left."
	diff_out "2019=2019"
	run values 2021-06-30 "The 1998-built tanker broke a 2020-style rule."
	diff_out "1998=1998"
}

@test "a range of times shares the day told after it" {
	run values 2022-03-18 "Records placed the phone near the store from 9 p.m. to 11:40 p.m. on Aug. 3, 2019."
	diff_out "9 p.m.=2019-08-03T21:00|11:40 p.m. on Aug. 3, 2019=2019-08-03T23:40"
	run values 2022-03-06 "Polling day is Thursday, March 17, when polling stations will be open from 7 a.m. to 10 p.m."
	diff_out "Thursday, March 17=2022-03-17|7 a.m.=2022-03-17T07:00|10 p.m.=2022-03-17T22:00"
	run values 2022-03-18 "The polls will be open between 7 a.m. and 8 p.m. on Sunday."
	diff_out "7 a.m.=2022-03-20T07:00|8 p.m. on Sunday=2022-03-20T20:00"
}

@test "the part of a day told with its date is one time" {
	run values 2026-04-14 "Guests arrive on the evening of Thursday, May 21; the vigil will be held on the night of June 20."
	diff_out "the evening of Thursday, May 21=2026-05-21TEV|the night of June 20=2026-06-20TNI"
}

@test "tense: a scheduled verb a few words before the weekday" {
	run values 2022-03-06 "The two leading candidates meet in a televised debate on Tuesday evening."
	diff_out "Tuesday evening=2022-03-08TEV"
	run values 2023-09-12 "Lumora unveils folding phone, opens preorders Friday"
	diff_out "Friday=2023-09-15"
	run values 2022-03-06 "He won 40% of the vote on Tuesday."
	diff_out "Tuesday=2022-03-01"
	run values 2025-12-30 "Ferries to the islands are cancelled for Wednesday."
	diff_out "Wednesday=2025-12-31"
	run values 2024-09-15 "A survey comes out at 8:30 a.m. ET on Monday, and retail sales follow on Tuesday; fireworks are planned for midnight on Wednesday."
	diff_out "8:30 a.m. ET on Monday=2024-09-16T08:30-04:00|Tuesday=2024-09-17|midnight on Wednesday=2024-09-18T24:00"
}

@test "tense: a weekday with no cue follows a day ahead in its sentence" {
	run values 2025-09-22 "It is then forecast to make landfall early Saturday, weakening as it crosses Kyushu on Saturday night and Sunday."
	diff_out "early Saturday=2025-09-27|Saturday night=2025-09-27TNI|Sunday=2025-09-28"
	run values 2025-09-22 "It made landfall early Saturday, weakening as it crossed Kyushu on Saturday night."
	diff_out "early Saturday=2025-09-20|Saturday night=2025-09-20TNI"
}

@test "tense: by a weekday is a deadline" {
	run values 2025-08-24 "Teachers will strike on Friday unless a contract is agreed by midnight on Thursday, their union said on Sunday."
	diff_out "Friday=2025-08-29|midnight on Thursday=2025-08-28T24:00|Sunday=2025-08-24"
	run values 2006-11-28 "The storm is threatening to reach the capital by Friday, the bureau said Tuesday."
	diff_out "Friday=2006-12-01|Tuesday=2006-11-28"
	run values 2006-11-28 "By Friday, the storm had reached the capital."
	diff_out "Friday=2006-11-24"
}

@test "tense: a condition after the date is another clause" {
	run values 2025-08-24 "Churches said they would open their halls to children from 8 a.m. on Friday if schools are closed."
	diff_out "8 a.m. on Friday=2025-08-29T08:00"
	run values 2025-08-24 "Churches opened their halls to children from 8 a.m. on Friday, as schools were closed."
	diff_out "8 a.m. on Friday=2025-08-22T08:00"
}

@test "a list of days: June 14, 15 and 16" {
	run values 2021-03-10 "Judges will hear arguments on June 14, 15 and 16; on June 14, 15 people died."
	diff_out "June 14=2021-06-14|15=2021-06-15|16=2021-06-16|June 14=2021-06-14"
}

@test "April 24 and 25: the other day too; a year after both is both days'" {
	run values 2005-12-10 "The summit met on Nov. 4 and 5; the bombs fell on August 6 and 9, 1945; on July 1 and 2 people died."
	diff_out "Nov. 4=2005-11-04|5=2005-11-05|August 6=1945-08-06|9, 1945=1945-08-09|July 1=2005-07-01"
}

@test "plans and results: planned for, villagers plan, fourth-quarter results, stay closed until" {
	run values 2020-10-07 "Villagers plan a celebration on Saturday; the plan was set on Saturday; a meeting is planned for Tuesday."
	diff_out "Saturday=2020-10-10|Saturday=2020-10-03|Tuesday=2020-10-13"
	run values 2021-01-04 "The company will report fourth-quarter results on Feb. 11; it began emailing guests on Saturday and will keep a center open."
	diff_out "fourth-quarter=2020-Q4|Feb. 11=2021-02-11|Saturday=2021-01-02"
	run values 2025-11-08 "The ministry said the mine would stay closed until January."
	diff_out "January=2026-01"
	run values 2024-03-02 "The river kept rising through Thursday night; trains run through Wednesday."
	diff_out "Thursday night=2024-02-29TNI|Wednesday=2024-03-06"
	run values 2020-01-01 "Talks went on by satellite phone every other day through December; the scheme runs through March."
	diff_out "every other day=P2D|December=2019-12|March=2020-03"
	run values 2023-12-31 "The sequel led the box office again this weekend."
	diff_out "this weekend=2023-W52-WE"
	run values 2022-07-19 "Forecasters expect rain on Thursday; families gathered within hours and waited for hours, not after hours."
	diff_out "Thursday=2022-07-21|hours=PTXH|hours=PTXH"
}

@test "months with a relative year, parts of days, approximate times" {
	run dates 1999-03-12 "It happened June last year and again late yesterday, around 7:15 p.m. on Sunday, April 25."
	diff_out "DATE	1998-06	-	dct	12	26	June last year
DATE	1999-03-11	END	dct	37	51	late yesterday
TIME	1999-04-25T19:15	APPROX	dct	53	89	around 7:15 p.m. on Sunday, April 25"
}

@test "a bare time falls on the day the story tells" {
	run sh -c "printf 'd\t1998-08-08\t1\t1\ttext\t0\tThe bomb went off on Friday.\nd\t1998-08-08\t1\t2\ttext\t29\tIt exploded at 10:35 a.m.\n' | extractdates | cut -f8,10,13"
	diff_out "1998-08-07	dct	Friday
1998-08-07T10:35	ref:1998-08-07	10:35 a.m."
}

@test "tense cues: by a month looks ahead, until with a past perfect looks back" {
	run values 1998-02-13 "Qantas will double its flights by August."
	diff_out "August=1998-08"
	run values 1999-05-07 "Until Thursday, they had not called him a suspect."
	diff_out "Thursday=1999-05-06"
	run values 2020-01-07 "Protesters were planning a march on Saturday."
	diff_out "Saturday=2020-01-11"
}

@test "sets of months, the near future, the past" {
	run values 2020-01-05 "Floods come each July; in the past they were rare, and in the near future they may grow."
	diff_out "each July=XXXX-07|the past=PAST_REF|the near future=FUTURE_REF"
	# a clause may follow the future; a noun after it is a future thing
	run values 1998-02-13 "Strikes could go on well into the future if he keeps building."
	diff_out "the future=FUTURE_REF"
	run values 1998-02-13 "The future king spoke of the future of the country."
	diff_out ""
}

@test "years and centuries before the era" {
	run values 2018-08-26 "The site was settled around 1450 BC, in the 15th century BC, between 2100 and 1900 BC, and by 221 B.C.; about 400 people came in 1990."
	diff_out "around 1450 BC=BC1450|the 15th century BC=BC14|2100=BC2100|1900 BC=BC1900|221 B.C.=BC0221|1990=1990"
}

@test "ranges give both ends" {
	run values 2020-01-05 "The war ran from 2014 to 2017; the summit is Jan. 5-7."
	diff_out "2014=2014|2017=2017|Jan. 5=2020-01-05|7=2020-01-07"
	run values 2020-01-05 "The wars of 2014-2017 and 2003-05 ended; 1990-1980 is no range."
	diff_out "2014=2014|2017=2017|2003=2003|05=2005"
}

@test "invalid calendar dates are no dates" {
	run values 2020-01-05 "Forms dated 2020-02-30, 13/45/2020 and 02/30/2021 were void."
	diff_out ""
}

@test "the same output in the C and a UTF-8 locale" {
	rec 2020-01-05 "Am Freitag, the 5 January 2020 vote, café owners said Friday." > "$TMP/in.tsv"
	LC_ALL=C extractdates "$TMP/in.tsv" > "$TMP/c.out"
	LC_ALL=C.UTF-8 extractdates "$TMP/in.tsv" > "$TMP/u.out"
	run cmp "$TMP/c.out" "$TMP/u.out"
	[ "$status" -eq 0 ]
	run cut -f13 "$TMP/c.out"
	diff_out "5 January 2020
Friday"
}

@test "curly quotes and dashes count as their ASCII forms" {
	run values 2020-01-05 "In the ’90s the war of 2014–2017 began."
	diff_out "the ’90s=199|2014=2014|2017=2017"
}

@test "narrative anchors: the day and the week of the story" {
	run values 2022-09-30 "The currency ended the week slightly firmer; shares rose for the week."
	diff_out "the week=2022-W39|the week=2022-W39"
	run values 2022-09-30 "He finished the day with two wickets."
	diff_out "the day=2022-09-30"
}

@test "narrative anchors: the following decade after a decade told" {
	run values 2018-11-26 "Numbers peaked in the late 1980s before falling in the following decade."
	diff_out "the late 1980s=198|the following decade=199"
	run values 2018-11-26 "The count began in 1985; the following decade it grew."
	diff_out "1985=1985|the following decade=199"
}

@test "narrative anchors: later, the next day, the following year" {
	run sh -c "extractdates '$FIX/extractdates-docs.tsv' | cut -f1,8,10,13"
	[ "$status" -eq 0 ]
	diff_out "a1	2020-01-03	dct	Friday
a1	2020-01-05	ref:2020-01-03	two days later
a1	2019-03-03	-	March 3, 2019
a1	2019-03-04	ref:2019-03-03	the next day
b2	2024-01-26	dct	The next day
b2	2023-10-07	dct	Oct. 7
b2	2023-W41	ref:2023-10-07	a week later
c3	2010-06-01	-	June 1, 2010
c3	2010-06-04	ref:2010-06-01	three days later
c3	XXXX-XX-XX	dct	yesterday
c3	2011	ref:2010-06-04	the following year"
}

@test "the annotated news sample: gold spans are the bytes of the texts" {
	command -v python3 >/dev/null || skip "no python3"
	cd "$FIX/extractdates-news"
	run python3 check-gold.py dev blind heldout dev2 blind2 dev3 dev4 blind3 dev5 dev6 blind4 dev7 blind5 dev8 dev9 blind6 blind7 dev10 dev11 blind8 blind9 dev12 blind10 dev13 blind11 blind12 blind14 dev14 dev15 blind13 blind15 blind16 dev16 dev17 blind18 blind17 dev20 dev18 dev19 blind19 blind20 blind21 blind22 blind23 blind24 blind25 blind27 dev21 dev22 blind26 blind29 blind28 dev23 dev24 dev26 blind30 dev25 blind31 dev27 dev28 blind32 blind33 dev29 dev30 blind34 blind35 dev31 dev32 blind36 blind37
	[ "$status" -eq 0 ]
}

@test "order independence: shuffled documents give the same records" {
	extractdates "$FIX/extractdates-docs.tsv" | sort > "$TMP/a"
	{ grep '^c3' "$FIX/extractdates-docs.tsv"; grep '^a1' "$FIX/extractdates-docs.tsv"; grep '^b2' "$FIX/extractdates-docs.tsv"; } |
	    extractdates | sort > "$TMP/b"
	run cmp "$TMP/a" "$TMP/b"
	[ "$status" -eq 0 ]
	[ -s "$TMP/a" ]
}

@test "unknown DCT: relative expressions stay unresolved" {
	run values - "He left yesterday, returns Friday, on Oct. 7 or next year, in March, at 5 p.m."
	diff_out "yesterday=XXXX-XX-XX|Friday=XXXX-WXX-5|Oct. 7=XXXX-10-07|next year=XXXX|March=XXXX-03|5 p.m.=XXXX-XX-XXT17:00"
	run values - "The treaty of June 1, 2010 still holds."
	diff_out "June 1, 2010=2010-06-01"
}

@test "trap: counts, names and numbers are not dates" {
	run values 2020-01-05 "About 5,200 troops, 2,500 of them near Tower 22, guard the 52 sites."
	diff_out ""
	run values 2020-01-05 "Sunni groups, COVID-19, F-35 jets, call 555-123-4567."
	diff_out ""
	run values 2020-01-05 "It cost \$2020; 2020 troops came; the score was 3-2 and 1,999."
	diff_out ""
}

@test "a month as a noun's modifier; the next fiscal year" {
	run values 2005-11-25 "The March surplus was small, the May elections were calm and the May government fell."
	diff_out "March=2005-03|May=2005-05"
	run values 2006-12-19 "Growth will be faster in the next fiscal year than in the last fiscal year."
	diff_out "the next fiscal year=2007|the last fiscal year=2005"
}

@test "trap: a rate after a figure is the figure's, also as an adverb" {
	run values 1989-11-02 "Revenue should rise 20% annually, about 10,000 units annually, as the fair is held annually."
	diff_out "annually=P1Y"
}

@test "trap: the daily and the weekly are newspapers, and so is the Sunday Mirror" {
	run values 2006-12-19 "The Istanbul daily Hurriyet said flights run daily, according to the daily."
	diff_out "daily=P1D"
	run values 2006-12-19 "Kookmin Daily reported that prices are checked weekly; a party daily wrote so."
	diff_out "weekly=P1W"
	run values 2006-12-19 "He told the Sabah daily and the financial daily that ash lands on the island daily."
	diff_out "daily=P1D"
	run values 2006-12-17 "He told the Sunday Mirror on Sunday that Friday Harbor residents were angry."
	diff_out "Sunday=2006-12-17"
}

@test "sets: fortnightly and biweekly are every two weeks, and the months of such a habit any year's" {
	run values 2024-09-06 "Garden waste collections run fortnightly from March to November; the magazine is published biweekly."
	diff_out "fortnightly=P2W|March=XXXX-03|November=XXXX-11|biweekly=P2W"
}

@test "sets: quarterly after a verb; a rate after a counted noun is the figure's" {
	run values 2020-01-01 "The bureau publishes its figures quarterly and pays a quarterly dividend."
	diff_out "quarterly=P1Q"
	run values 2020-01-01 "The ministry will publish the number of applications weekly; 700 seats a week and 8 billion U.S. dollars a year are figures."
	diff_out "weekly=P1W"
	run values 2020-01-01 "He offered the troops a month to leave."
	diff_out "a month=P1M"
	run values 2025-04-12 "It drew 26,000 people a day last August and vaccinated 300 children a day."
	diff_out "last August=2024-08"
}

@test "trap: Now, at the head of a sentence, turns the argument" {
	run values 1989-11-02 "Now, following the sales, the firm is now smaller."
	diff_out "now=PRESENT_REF"
}

@test "trap: the current account is no time" {
	run values 2006-12-19 "The current account deficit grew under the current government."
	diff_out "current=PRESENT_REF"
}

@test "trap: May and March the verbs, June the name" {
	run values 2020-01-05 "May I ask? We march on. March on, they said. June Carter sang."
	diff_out ""
	run values 2020-01-05 "In May he left; on March 3 he returned."
	diff_out "May=2019-05|March 3=2019-03-03"
}

@test "trap: a rate after an amount is the figure's, not a set" {
	run values 1989-10-26 "It will save \$500 million a year and hire 358,000 a month, twice a year."
	diff_out "twice a year=P1Y"
}

@test "trap: a four-digit number is a year only in year context" {
	run values 2020-01-05 "Flight 1990 landed; in 1990 the wall fell; 1,990 votes."
	diff_out "1990=1990"
	run values 2020-01-05 "Some 2000 veterans and 1500 good men marched on Veterans Day."
	diff_out "Veterans Day=2019-11-11"
}

@test "-a passes sentences without expressions with empty fields" {
	run sh -c "{ printf 'd\t2020-01-05\t1\t1\ttext\t0\tNothing here.\n'; printf 'd\t2020-01-05\t1\t2\ttext\t14\tToday.\n'; } | extractdates -a"
	[ "$status" -eq 0 ]
	diff_out "d	2020-01-05	1	1	text	0								Nothing here.
d	2020-01-05	1	2	text	14	DATE	2020-01-05	-	dct	14	19	Today	Today."
}

@test "-S writes standoff columns like the gold files" {
	run sh -c "printf 'x9\t2020-01-05\t1\t1\ttext\t40\tHe left on Friday for four years.\n' | extractdates -S"
	diff_out "x9	51	57	DATE	2020-01-03	Friday
x9	62	72	DURATION	P4Y	four years"
	run sh -c "printf 'x9\t2020-01-05\t1\t1\ttext\t40\tToday.\n' | extractdates -S -H"
	diff_out "doc	start	end	type	value	text
x9	40	45	DATE	2020-01-05	Today"
}

@test "-H: a header from the key names, or from the input's header" {
	run sh -c "printf 'd\t2020-01-05\t1\t1\ttext\t0\textra\tToday.\n' | extractdates -H"
	diff_out "doc	dct	para	sent	kind	offset	f7	ttype	tvalue	tmod	tanchor	tstart	tend	timex	text
d	2020-01-05	1	1	text	0	extra	DATE	2020-01-05	-	dct	0	5	Today	Today."
	run sh -c "printf 'doc\tdct\tpara\tsent\tkind\toffset\tsrc\ttext\nd\t2020-01-05\t1\t1\ttext\t0\tx\tToday.\n' | extractdates -H"
	diff_out "doc	dct	para	sent	kind	offset	src	ttype	tvalue	tmod	tanchor	tstart	tend	timex	text
d	2020-01-05	1	1	text	0	x	DATE	2020-01-05	-	dct	0	5	Today	Today."
	run sh -c "extractdates -H < /dev/null"
	diff_out "doc	dct	para	sent	kind	offset	ttype	tvalue	tmod	tanchor	tstart	tend	timex	text"
}

@test "-u flushes every record" {
	run sh -c "printf 'd\t2020-01-05\t1\t1\ttext\t0\tToday.\n' | extractdates -u"
	[ "$status" -eq 0 ]
	diff_out "d	2020-01-05	1	1	text	0	DATE	2020-01-05	-	dct	0	5	Today	Today."
}

@test "comments and blank lines are skipped" {
	run sh -c "printf '# note\n\nd\t2020-01-05\t1\t1\ttext\t0\tToday.\n' | extractdates -S"
	diff_out "d	0	5	DATE	2020-01-05	Today"
}

@test "bad input: too few fields, non-numeric offset, NUL, CR" {
	printf 'd\t2020-01-05\tx\n' > "$TMP/few.tsv"
	printf 'd\t2020-01-05\t1\t1\ttext\tzz\tToday.\n' > "$TMP/off.tsv"
	printf 'd\t2020-01-05\t1\t1\ttext\t0\tTo\000day.\n' > "$TMP/nul.tsv"
	printf 'd\t2020-01-05\t1\t1\ttext\t0\tToday.\r\n' > "$TMP/cr.tsv"
	printf 'd\t2020-01-05\t1\t1\ttext\t0\tToday.\n' > "$TMP/ok.tsv"
	cd "$TMP"
	run extractdates -S few.tsv off.tsv nul.tsv cr.tsv ok.tsv
	[ "$status" -eq 1 ]
	diff_out "extractdates: few.tsv:1: expected at least 7 fields, found 3
extractdates: off.tsv:1: offset is not a number: 'zz'
extractdates: nul.tsv:1: NUL byte in record
extractdates: cr.tsv:1: carriage return in record (CRLF line ends?)
d	0	5	DATE	2020-01-05	Today"
	run extractdates -q -S few.tsv ok.tsv
	[ "$status" -eq 1 ]
	diff_out "d	0	5	DATE	2020-01-05	Today"
}

@test "a bad DCT is reported" {
	run sh -c "printf 'd\t2020-13-45\t1\t1\ttext\t0\tToday.\n' | extractdates"
	[ "$status" -eq 1 ]
	diff_out "extractdates: <stdin>:1: bad document date: '2020-13-45'"
}

@test "a missing file among good ones is reported, the rest processed" {
	rec 2020-01-05 "Today." > "$TMP/ok.tsv"
	run extractdates -S "$TMP/nope.tsv" "$TMP/ok.tsv"
	[ "$status" -eq 1 ]
	[ "${lines[0]}" = "extractdates: $TMP/nope.tsv: No such file or directory" ]
	[ "${lines[1]}" = "d	0	5	DATE	2020-01-05	Today" ]
}

@test "- is stdin and -- ends the options" {
	rec 2020-01-05 "Today." > "$TMP/-S"
	run sh -c "cd '$TMP' && rec_out=\$(cat -- -S) && printf '%s\n' \"\$rec_out\" | extractdates -S - && extractdates -- -S | cut -f8"
	[ "$status" -eq 0 ]
	diff_out "d	0	5	DATE	2020-01-05	Today
2020-01-05"
}

@test "a 100 MB record" {
	{ printf 'd\t2020-01-05\t1\t1\ttext\t0\t'; head -c 100000000 /dev/zero | tr '\0' 'a'; printf ' in 2019.\n'; } > "$TMP/big.tsv"
	run sh -c "extractdates -S '$TMP/big.tsv' | cut -f2-"
	[ "$status" -eq 0 ]
	diff_out "100000004	100000008	DATE	2019	2019"
}

@test "closed pipe: quiet exit" {
	for i in $(seq 2000); do rec 2020-01-05 "Today and yesterday."; done > "$TMP/many.tsv"
	run sh -c "extractdates '$TMP/many.tsv' | head -1"
	[ "$status" -eq 0 ]
	diff_out "d	2020-01-05	1	1	text	0	DATE	2020-01-05	-	dct	0	5	Today	Today and yesterday."
}

@test "a full disk is a system error" {
	rec 2020-01-05 "Today." > "$TMP/ok.tsv"
	run sh -c "extractdates '$TMP/ok.tsv' > /dev/full"
	[ "$status" -eq 3 ]
	diff_out "extractdates: <stdout>: No space left on device"
}

@test "--help, -h, --version, usage errors" {
	run extractdates --help
	[ "$status" -eq 0 ]
	[ "${lines[0]}" = "usage: extractdates [-adHqSu] [file ...]" ]
	run extractdates -h
	[ "$status" -eq 0 ]
	[ "${lines[0]}" = "usage: extractdates [-adHqSu] [file ...]" ]
	run extractdates --version
	[ "$status" -eq 0 ]
	[[ "$output" == "extractdates (chronutils) "* ]]
	run extractdates -x
	[ "$status" -eq 2 ]
	run extractdates --bogus
	[ "$status" -eq 2 ]
}

@test "a range of times looks as the verb before its first time; a closing attribution lends no tense" {
	run values 2025-12-30 "The red alert runs from 4 a.m. to 11 a.m. on Wednesday, the weather service said at 1 p.m."
	diff_out "4 a.m.=2025-12-31T04:00|11 a.m. on Wednesday=2025-12-31T11:00|1 p.m.=2025-12-30T13:00"
	run values 2025-12-30 "The storm battered the coast from 4 a.m. to 11 a.m. on Wednesday."
	diff_out "4 a.m.=2025-12-24T04:00|11 a.m. on Wednesday=2025-12-24T11:00"
	run values 2006-12-18 "Nominations are made at the annual meeting in April, the paper said."
	diff_out "annual=P1Y|April=2007-04"
	run values 2006-12-18 "On Tuesday, China announced plans to vaccinate birds. The strike ended in April, the union said."
	diff_out "Tuesday=2006-12-12|April=2006-04"
}

@test "old years between and to; an adjectival century; Jan. 1 next year" {
	run values 2025-06-18 "A 17th-century herbal, written between about 1652 and 1668, was rebound from 1702 to 1704. Between 1200 and 1500 people came."
	diff_out "17th-century=16|about 1652=1652|1668=1668|1702=1702|1704=1704"
	run values 2026-05-21 "The deal enters into force on Jan. 1 next year; prices fell on March 3 last year."
	diff_out "Jan. 1 next year=2027-01-01|March 3 last year=2025-03-03"
}

@test "a full day and the past half hour are lengths; a race time is no clock" {
	run values 2018-08-31 "Districts get water for a full day, then go without for two whole days."
	diff_out "a full day=P1D|two whole days=P2D"
	run values 2024-02-13 "Firefighters freed 60 people in the past half hour."
	diff_out "the past half hour=PT30M"
	run values 2023-07-09 "The pair finished in 6:51.08 and the winner ran 2:05:11.4, before the 7:30 p.m. final."
	diff_out "7:30 p.m.=2023-07-09T19:30"
}

@test "a weekday with no cue of its own is the day the document named by it before" {
	run sh -c "printf 'd\t2006-11-18\t1\t1\ttext\t0\tThe leaders will meet again on Sunday.\nd\t2006-11-18\t1\t2\ttext\t40\tSecurity for the talks on Sunday involves 5,000 police.\ne\t2006-11-18\t1\t1\ttext\t0\tSecurity for the talks on Sunday involves 5,000 police.\n' | extractdates | cut -f1,8,10,13"
	diff_out "d	2006-11-19	dct	Sunday
d	2006-11-19	ref:2006-11-19	Sunday
e	2006-11-12	dct	Sunday"
}

@test "the weekend told on a weekend is that one; a scheduled verb looks ahead over names" {
	run values 2023-10-21 "The weekend of fixtures closes with Millbrook against Carlow on Monday night."
	diff_out "The weekend=2023-W42-WE|Monday night=2023-10-23TNI"
	run values 2006-12-10 "A fire killed eight people Sunday, the second blaze of the weekend."
	diff_out "Sunday=2006-12-10|the weekend=2006-W49-WE"
	run values 2005-11-30 "They flew from the Jiuquan Satellite Launch Center and returned to Earth on Monday."
	diff_out "Monday=2005-11-28"
}

@test "a date after a day ahead looks ahead; since and a participle after a noun lend another date no tense" {
	run values 2025-03-03 "A hearing is scheduled for 9:30 a.m. on July 14, and a final pretrial conference for Sept. 22."
	diff_out "9:30 a.m. on July 14=2025-07-14T09:30|Sept. 22=2025-09-22"
	run values 2023-10-17 "It will hold its first investor day since 2019 on Dec. 5 in Burbank."
	diff_out "2019=2019|Dec. 5=2023-12-05"
	run values 2021-08-31 "Two vessels were taken out of service in June for repairs expected to last four months."
	diff_out "June=2021-06|four months=P4M"
}

@test "half an hour later from a clock time; the same week last year" {
	run values 2024-09-15 "The statement is due at 2 p.m. on Wednesday, with the news conference half an hour later."
	diff_out "2 p.m. on Wednesday=2024-09-18T14:00|half an hour later=2024-09-18T14:30"
	run values 2022-07-27 "Sales rose 4% from the same week last year and 2% from the same month a year earlier."
	diff_out "the same week last year=2021-W30|the same month a year earlier=2021-07"
}

@test "a year earlier after a month or year told in its sentence is that month or year a year back, and no narrative date" {
	run values 2024-06-27 "Assets rose to 1.42 trillion at the end of March from 1.31 trillion a year earlier."
	diff_out "the end of March=2024-03|a year earlier=2023-03"
	run values 1997-04-10 "Orders in February rose 9.9 percent from a year earlier, after growing in the previous month."
	diff_out "February=1997-02|a year earlier=1996-02|the previous month=1997-01"
	run values 1997-04-24 "Acer reported last month that its profit slumped 44 percent from a year earlier."
	diff_out "last month=1997-03|a year earlier=1996"
	run sh -c "printf 'd\t2023-01-04\t1\t1\ttext\t0\tResults for the first quarter are due in April.\nd\t2023-01-04\t1\t2\ttext\t49\tSkylark carried 6.2 million passengers in 2022, up 71 percent from a year earlier.\n' | extractdates | cut -f8,13"
	diff_out "$(printf '2023-Q1\tthe first quarter\n2023-04\tApril\n2022\t2022\n2021\ta year earlier')"
}

@test "the quarter in the past tense is not a coming quarter named before" {
	run sh -c "printf 'd\t2023-10-17\t1\t1\ttext\t0\tIt said it would add more in the fourth quarter.\nd\t2023-10-17\t1\t2\ttext\t50\tRevenue rose 11%% in the quarter, and profit climbed from the same quarter last year.\n' | extractdates | cut -f8,13"
	diff_out "2023-Q4	the fourth quarter
2023-Q3	the quarter
2022-Q3	the same quarter last year"
}

@test "until the evening and through the afternoon are parts of the story's day" {
	run values 2025-12-30 "Conditions should ease through the afternoon, and the alert lasts until the evening."
	diff_out "the afternoon=2025-12-30TAF|the evening=2025-12-30TEV"
}

@test "the new fiscal year and the new week" {
	run values 2020-01-03 "The country began the new fiscal year on Wednesday."
	diff_out "the new fiscal year=2020|Wednesday=2020-01-01"
	run values 2024-09-15 "Investors head into the new week with one question in mind."
	diff_out "the new week=2024-W38"
	run values 2024-09-17 "Investors head into the new week with one question in mind."
	diff_out "the new week=2024-W38"
}

@test "the next morning counts from the last day told, past a month told since" {
	run sh -c "printf 'd\t2022-09-30\t1\t1\ttext\t0\tThe currency was devalued late Sunday.\nd\t2022-09-30\t1\t2\ttext\t40\tThe old rate had cost reserves since January.\nd\t2022-09-30\t1\t3\ttext\t90\tThe next morning, the bank lifted its rate.\n' | extractdates | cut -f8,13"
	diff_out "2022-09-25	late Sunday
2022-01	January
2022-09-26TMO	The next morning"
}

@test "two weeks later counts from the last day told, past a month told since" {
	run sh -c "printf 'd\t2020-01-01\t1\t1\ttext\t0\tOn Dec. 10 the hijackers called the company.\nd\t2020-01-01\t1\t2\ttext\t50\tTalks went on every other day through December.\nd\t2020-01-01\t1\t3\ttext\t100\tTwo weeks later, the navy found the ship.\n' | extractdates | cut -f8,13"
	diff_out "2019-12-10	Dec. 10
P2D	every other day
2019-12	December
2019-W52	Two weeks later"
}

@test "a headline's subject to verb looks ahead, and so does a possessive weekday in a clause ahead" {
	run sh -c "printf 'd\t2018-05-05\t1\t1\thead\t0\tBridge to close for 10 weeks from Monday\nd\t2019-01-03\t1\t1\thead\t0\tBankers saw room to pause after December hike\ne\t2018-05-05\t1\t1\ttext\t0\tThe bridge to close for 10 weeks from Monday was busy.\n' | extractdates | cut -f1,8,13"
	diff_out "d	P10W	10 weeks
d	2018-05-07	Monday
d	2018-12	December
e	P10W	10 weeks
e	2018-04-30	Monday"
	run values 2005-11-25 "Delegates were to launch the new federation at Saturday's session."
	diff_out "Saturday=2005-11-26"
}

@test "the report's day does not replace a story's day within a week" {
	run sh -c "printf 'd\t2019-10-18\t1\t1\ttext\t0\tRoads will be shut on Sunday morning for the marathon, the council said on Friday.\nd\t2019-10-18\t1\t2\ttext\t90\tThe elite races start at 8:45 a.m.\ne\t2019-10-18\t1\t1\ttext\t0\tRoads were shut on Tuesday, the council said on Friday.\ne\t2019-10-18\t1\t2\ttext\t60\tThe race started at 8:45 a.m.\n' | extractdates | cut -f1,8,13"
	diff_out "d	2019-10-20TMO	Sunday morning
d	2019-10-18	Friday
d	2019-10-20T08:45	8:45 a.m.
e	2019-10-15	Tuesday
e	2019-10-18	Friday
e	2019-10-15T08:45	8:45 a.m."
}

@test "a count in thousands is a length, never its last three digits; years ago before the era are BC" {
	run values 2006-11-02 "The comet returns every 6,000 years; the deluge was about 4,000 years ago and the tower rose 1,300 years ago. 5,200 troops paid \$1,500 a year."
	diff_out "every 6,000 years=P6000Y|about 4,000 years ago=BC1995|1,300 years ago=0706"
}

@test "later than planned is a length; a time with seconds after in is a race's" {
	run values 2025-09-13 "The line opened two years later than first planned. He won in 2:11:05. The quake struck at 2:11:05."
	diff_out "two years=P2Y|2:11:05=2025-09-13T02:11"
}

@test "a present perfect after the date tells nothing of it" {
	run values 2023-01-10 "The Lane Valley school board voted 5-2 late Monday to close Cedar Street and Mill Creek elementary schools in June, ending a fight that has divided parents for months."
	diff_out "late Monday=2023-01-09|June=2023-06|months=PXM"
}

@test "a time of day without a day takes a day ahead its sentence or the one before told" {
	run values 2023-12-28 "The debate will open at 10 a.m. on Jan. 10, and the vote is expected in the evening."
	diff_out "10 a.m. on Jan. 10=2024-01-10T10:00|the evening=2024-01-10TEV"
}

@test "a reporting verb after a clause with its own verb lends the date no tense, nor does what it reports" {
	run values 2021-01-04 "The company will report fourth-quarter results on Feb. 11 and said the cost of the breach was covered."
	diff_out "fourth-quarter=2020-Q4|Feb. 11=2021-02-11"
	run values 2006-11-22 "Tadic was feeling well after undergoing surgery at the Military Academy Hospital on Monday, said the office, adding that he would remain at home."
	diff_out "Monday=2006-11-20"
}

@test "a quarter long over is next year's in a clause ahead" {
	run values 2023-12-31 "She expects the slate to be thinner in the first quarter."
	diff_out "the first quarter=2024-Q1"
	run values 2023-12-31 "Profit fell in the first quarter."
	diff_out "the first quarter=2023-Q1"
	run values 2023-11-15 "It will report results for the third quarter."
	diff_out "the third quarter=2023-Q3"
}

@test "the previous week or year counts from the one its sentence told" {
	run values 2005-11-07 "The yield rose last week from the previous week; profit rose last year from the previous year."
	diff_out "last week=2005-W44|the previous week=2005-W43|last year=2004|the previous year=2003"
	run values 1997-04-10 "Orders in February rose 9.9 percent from a year earlier, after growing 14.8 percent in the previous month."
	diff_out "February=1997-02|a year earlier=1996-02|the previous month=1997-01"
}

@test "the end of a fiscal year is one expression" {
	run dates 2020-01-08 "It aims to open 50 stores by the end of fiscal 2020."
	diff_out "DATE	2020	END	-	29	51	the end of fiscal 2020"
}

@test "the rest of a period is in its extent" {
	run dates 2022-07-28 "Heat will persist for the rest of the summer."
	diff_out "DATE	2022-SU	-	dct	22	44	the rest of the summer"
}

@test "the last hour is a length, the last minute an idiom" {
	run values 2021-09-04 "The last hour was the hardest, and the deal came at the last minute."
	diff_out "The last hour=PT1H"
}

@test "weeks earlier than usual is a length; years earlier alone some time back" {
	run dates 2018-08-22 "Picking began weeks earlier than usual. Years earlier, he had left."
	diff_out "DURATION	PXW	-	-	14	19	weeks
DATE	PAST_REF	-	-	40	53	Years earlier"
}

@test "a clause of purpose or reason after an expression keeps its tense to itself" {
	run values 2026-02-23 "Valley Rail will close its line every weekend in March so that engineers can replace equipment."
	diff_out "every weekend=XXXX-WXX-WE|March=2026-03"
	run values 2006-12-14 "Mugabe opens the conference on Friday, although meetings were beginning on Thursday."
	diff_out "Friday=2006-12-15|Thursday=2006-12-14"
}

@test "must looks ahead, but not before a past form" {
	run values 2026-10-14 "The governor must be confirmed before the handover on April 30."
	diff_out "April 30=2027-04-30"
	run values 2026-10-14 "He must have left on Monday."
	diff_out "Monday=2026-10-12"
}

@test "May before a noun of the calendar's kind is the month, not before others" {
	run values 2019-03-21 "Pay rises start with the May payroll; the May government fell."
	diff_out "May=2019-05"
}

@test "the year or month before at a clause's end counts from the one its sentence told" {
	run values 2006-12-12 "At least 83 were put to death in 2005 and 35 the year before."
	diff_out "2005=2005|the year before=2004"
	run values 2005-12-15 "Output rose 0.7 percent in November over the month before as energy rebounded."
	diff_out "November=2005-11|the month before=2005-10"
	run values 2005-12-15 "He left the day before the vote."
	diff_out ""
}

@test "a rate per unit after a figure, or after one and a noun, belongs to the figure" {
	run values 2005-11-10 "Angola produces 1.4 million barrels per day; Olympic will operate one flight a day."
	diff_out ""
	run values 2005-11-10 "Trains run twice per day."
	diff_out "twice per day=P1D"
}

@test "a month after and takes the year of the month before" {
	run values 2025-11-06 "Claims were lower than at this point last year, when storms hit in July and August."
	diff_out "last year=2024|July=2024-07|August=2024-08"
	run dates 2025-11-06 "Sales rise in December and January."
	diff_out "DATE	2025-12	-	dct	14	22	December
DATE	2026-01	-	ref:2025-12	27	34	January"
}

@test "ready or willing to before a weekday looks ahead" {
	run values 2023-05-15 "He said the university was ready to reopen talks on Thursday and willing to meet on Friday."
	diff_out "Thursday=2023-05-18|Friday=2023-05-19"
}

@test "hours or minutes before or after an event are a stretch of unknown length" {
	run dates 2026-02-06 "He became king on Feb. 6, 2001, hours after his father died."
	diff_out "DATE	2001-02-06	-	-	18	30	Feb. 6, 2001
DURATION	PTXH	-	-	32	37	hours"
	run values 2026-02-06 "The law passed hours before lawmakers left; shares rose after hours."
	diff_out "hours=PTXH"
}

@test "a season after an article and adjectives is the season word alone" {
	run values 2022-05-31 "Risk is high after a dry winter and a warm spring, forecasters said."
	diff_out "winter=2021-WI|spring=2022-SP"
	run values 2018-08-22 "A hot, dry summer ripened the fruit."
	diff_out "summer=2018-SU"
	run values 2018-08-22 "They bathed in a hot spring after a sharp fall in prices."
	diff_out ""
}

@test "a time before that day or that night is one time on the day the story told" {
	run values 2025-03-11 "The crush happened on Oct. 19, 2023. Police came at 2 p.m. that day and the gates shut at 7:41 p.m. that night."
	diff_out "Oct. 19, 2023=2023-10-19|2 p.m. that day=2023-10-19T14:00|7:41 p.m. that night=2023-10-19T19:41"
}

@test "the adjective full-year is the year, the one just ended when told in the past in a first quarter" {
	run values 2025-11-06 "The insurer kept its target of a full-year profit; a full year of data is needed."
	diff_out "full-year=2025|a full year=P1Y"
	run values 2024-02-07 "Full-year profit rose 8%."
	diff_out "Full-year=2023"
}

@test "a when clause after a year or a month with its year tells of that year" {
	run values 2025-11-06 "Claims were lower than at this point last year, when storms hit in July."
	diff_out "last year=2024|July=2024-07"
	run values 2024-02-29 "Relief came in January 2023, when the deadline was pushed back to Oct. 16."
	diff_out "January 2023=2023-01|Oct. 16=2023-10-16"
	run values 2019-11-21 "The chain cut its forecast for fiscal 2019, which ends Feb. 1."
	diff_out "fiscal 2019=2019|Feb. 1=2020-02-01"
}

@test "an irregular participle is a past cue, but not after be" {
	run values 2023-06-14 "Backups taken on Tuesday night are clean; samples will be taken on Monday."
	diff_out "Tuesday night=2023-06-13TNI|Monday=2023-06-19"
	run values 2025-03-12 "The inquiry, which is public, sat on Thursday."
	diff_out "Thursday=2025-03-06"
}

@test "overnight as an adverb is the night just past, or tonight ahead" {
	run values 2021-08-24 "Twin panda cubs were born overnight, the zoo said; temperatures will fall overnight."
	diff_out "overnight=2021-08-23TNI|overnight=2021-08-24TNI"
	run values 2021-08-24 "None of this happened overnight, and an overnight stay costs more."
	diff_out ""
}

@test "midmorning and midafternoon are parts of the story's day" {
	run values 2024-05-10 "The recall was announced in midafternoon; it rained by midmorning on Friday."
	diff_out "midafternoon=2024-05-10TAF|midmorning on Friday=2024-05-10TMO"
}

@test "a weekday before or after a date is one expression" {
	run values 2019-12-10 "The Saturday before Christmas is the busiest day; the Monday after Dec. 16 is a holiday."
	diff_out "The Saturday before Christmas=2019-12-21|the Monday after Dec. 16=2019-12-23"
	run values 2019-12-10 "The Friday before the vote was calm."
	diff_out "Friday=2019-12-06"
}

@test "alternate weeks and odd-numbered days are sets of the longer period" {
	run values 2023-03-31 "Bins go out on alternate weeks; gardens are watered on odd-numbered days."
	diff_out "alternate weeks=P2W|odd-numbered days=P2D"
	run dates 2023-03-31 "Houses water on even-numbered days."
	diff_out "SET	P2D	-	-	16	34	even-numbered days"
}

@test "just over a count is more than it, in the extent; not before later or ago" {
	run dates 2022-07-04 "The innings lasted just over five hours."
	diff_out "DURATION	PT5H	MORE_THAN	-	19	39	just over five hours"
	run values 1998-10-25 "Just over an hour later, he was declared dead."
	diff_out "an hour=PT1H"
}

@test "going after a past verb is no plan; a pluperfect keeps a deadline month past" {
	run values 2018-10-16 "Emails began going out at 9 a.m. on Monday; they are going to vote on Monday."
	diff_out "9 a.m. on Monday=2018-10-15T09:00|Monday=2018-10-22"
	run values 2021-06-14 "The firms had hoped to close the deal by the end of March."
	diff_out "the end of March=2021-03"
	run values 2023-06-17 "The agency said it had enough money to feed them beyond August."
	diff_out "August=2023-08"
}

@test "a holiday's weekend is one expression, the weekend before a Monday holiday" {
	run dates 2026-06-04 "Crowds were heavy over the Memorial Day weekend."
	diff_out "DATE	2026-W21-WE	-	dct	23	47	the Memorial Day weekend"
	run values 2019-12-02 "Stores were busy over Thanksgiving weekend, and the Christmas tree went up."
	diff_out "Thanksgiving weekend=2019-W48-WE|Christmas=2019-12-25"
}

@test "several times a decade is one set, every few months one of unknown length" {
	run values 2025-08-12 "The river floods several times a decade, and they meet a few times a year."
	diff_out "several times a decade=P1DE|a few times a year=P1Y"
	run dates 2026-02-23 "The line closes every few months; the comet returns every few centuries."
	diff_out "SET	PXM	-	-	16	32	every few months
SET	PXCE	-	-	52	71	every few centuries"
	run values 2026-02-23 "Checks come every 12 to 18 months."
	diff_out "12=P12M|18 months=P18M"
}

@test "once or twice a year is one set; just under and another are in a length's extent" {
	run values 2020-01-01 "It erupts two or three times a year and floods once or twice a decade."
	diff_out "two or three times a year=P1Y|once or twice a decade=P1DE"
	run dates 2020-01-01 "Voting lasted just under seven hours, and stations stayed open for another three hours."
	diff_out "DURATION	PT7H	LESS_THAN	-	14	36	just under seven hours
DURATION	PT3H	-	-	67	86	another three hours"
}

@test "a weekday in a present-tense clause looks ahead; a commitment's is the nearest" {
	run values 2023-10-21 "Both derby sides are back in action on Tuesday in the League Cup."
	diff_out "Tuesday=2023-10-24"
	run values 2005-11-26 "Sharon officially asked Katsav to dissolve parliament on Monday."
	diff_out "Monday=2005-11-28"
	run values 2005-11-24 "Sharon officially asked Katsav to dissolve parliament on Monday."
	diff_out "Monday=2005-11-21"
	run values 2006-11-17 "The operation on Wednesday, which is said to be the first step, went well."
	diff_out "Wednesday=2006-11-15"
}

@test "a bare month or season told in a habit is any year's; the habit's bounds and a past short habit are not; a range of months runs forward" {
	run values 2022-07-28 "The ministry publishes its heat figures weekly from June to September."
	diff_out "weekly=P1W|June=XXXX-06|September=XXXX-09"
	run values 2023-01-02 "Geese carry the virus south each autumn, and cases usually peak in the winter."
	diff_out "each autumn=XXXX-FA|the winter=XXXX-WI"
	run values 2021-03-10 "The band played on the pier every Sunday in summer."
	diff_out "every Sunday=XXXX-WXX-7|summer=XXXX-SU"
	run values 2023-06-14 "Monitors have patrolled the border daily since February."
	diff_out "daily=P1D|February=2023-02"
	run values 2006-11-06 "An average of 19 million discs were seized each month from July to September."
	diff_out "each month=P1M|July=2006-07|September=2006-09"
	run values 2023-08-18 "The route will run twice a day from December to February."
	diff_out "twice a day=P1D|December=2023-12|February=2024-02"
	run values 2024-06-20 "The board meets every other month, and results for April to June will be published on Aug. 1."
	diff_out "every other month=P2M|April=2024-04|June=2024-06|Aug. 1=2024-08-01"
}

@test "a participle completing an object is no past; a deadline season looks ahead; a date's own verb before its preposition" {
	run values 2026-08-10 "The eclipse will cross Spain on Wednesday evening. Viewers in London will see 90% of the sun covered at 7:12 p.m."
	diff_out "Wednesday evening=2026-08-12TEV|7:12 p.m.=2026-08-12T19:12"
	run values 2024-12-30 "The government will publish its findings by the spring."
	diff_out "the spring=2025-SP"
	run values 2024-12-30 "A trial that started in October will run until June."
	diff_out "October=2024-10|June=2025-06"
}

@test "can and must are present cues; the night of a date takes the tense before it" {
	run values 2019-09-23 "Households can apply from Tuesday for a grant."
	diff_out "Tuesday=2019-09-24"
	run values 2021-12-28 "He was stabbed on the night of Feb. 12."
	diff_out "the night of Feb. 12=2021-02-12TNI"
}

@test "an ordinal weekday or day of a month, quarter or year is one date" {
	run values 2023-08-18 "Its winter schedule starts on the last Sunday of October."
	diff_out "winter=2023-WI|the last Sunday of October=2023-10-29"
	run values 2024-12-30 "Fares rise on the first Sunday of the new year."
	diff_out "the first Sunday of the new year=2025-01-05"
	run values 2026-03-31 "Trading stopped on the last day of the quarter."
	diff_out "the last day of the quarter=2026-03-31"
	run values 2023-08-18 "Voters go to the polls on the first Tuesday in November."
	diff_out "the first Tuesday in November=2023-11-07"
	run values 2024-02-10 "The fair opens on the fifth Friday of next month."
	diff_out "the fifth Friday of next month=2024-03-29"
}

@test "a month before a noun of its figures is the latest up to the DCT's" {
	run values 2022-07-06 "Investors will watch the June jobs report on Friday."
	diff_out "June=2022-06|Friday=2022-07-08"
	run values 2006-12-04 "Releases will be in focus, especially the November employment report."
	diff_out "November=2006-11"
}

@test "a further six weeks keeps its article; five-yearly is a set of five years" {
	run values 2021-03-31 "The deadline was extended for a further six weeks."
	diff_out "a further six weeks=P6W"
	run values 2026-06-09 "The bridge gets a five-yearly inspection and a two-weekly clean."
	diff_out "five-yearly=P5Y|two-weekly=P2W"
}

@test "a weekday after for looks ahead in a past-tense report too" {
	run values 1997-04-13 "The opposition has called a mass strike for Monday."
	diff_out "Monday=1997-04-14"
	run values 2019-06-22 "Tickets for Monday sold out in March."
	diff_out "Monday=2019-06-24|March=2019-03"
}

@test "a season after another and before the clause's end is one too; fall the verb is not" {
	run values 2024-06-13 "The agency will publish a timetable twice a year, in spring and fall."
	diff_out "twice a year=P1Y|spring=XXXX-SP|fall=XXXX-FA"
	run values 2024-06-13 "Prices rise in summer and fall in winter."
	diff_out "summer=2024-SU|winter=2024-WI"
}

@test "summer, winter and autumn are seasons as a subject or an adjective; spring and fall, summer time and names are not" {
	run values 2018-12-31 "The summer was the hottest on record, and the winter has been mild."
	diff_out "The summer=2018-SU|the winter=2018-WI"
	run values 2018-12-31 "The winter schedule runs through March 23, as the summer window closes."
	diff_out "winter=2018-WI|March 23=2019-03-23|summer=2018-SU"
	run values 2018-12-31 "The fall in prices hurt; the spring was wet; summer time began; the Winter Olympics open."
	diff_out ""
	run values 2022-08-13 "It could run into the winter if rains fail."
	diff_out "the winter=2022-WI"
}

@test "a year that opens a clause after as or when is a year; a count is not" {
	run values 2023-12-31 "Fantasy sequel tops box office as 2023 ends on a high"
	diff_out "2023=2023"
	run values 2024-02-27 "The second round of 2024 opens on Sept. 2."
	diff_out "2024=2024|Sept. 2=2024-09-02"
	run values 2023-12-31 "The army sent 2023 troops."
	diff_out ""
}

@test "days of the week and days like these are no length" {
	run values 2022-08-17 "Households may water gardens only on set days of the week from Monday."
	diff_out "Monday=2022-08-22"
	run values 2022-07-19 "Days like these could be normal by 2040."
	diff_out "2040=2040"
}

@test "would after a past form in its clause is a future told from the past: the nearest" {
	run values 2023-01-02 "We hoped the cold weather in December would slow the virus down."
	diff_out "December=2022-12"
	run values 2006-12-01 "Siniora went on television to vow late on Thursday that his cabinet would not be cowed."
	diff_out "Thursday=2006-11-30"
}

@test "a weekday set before a noun looks ahead; set Friday as the deadline does not" {
	run values 2025-08-24 "Teachers set Thursday deadline for contract talks"
	diff_out "Thursday=2025-08-28"
	run values 2000-01-15 "The agency had ruled that the boy be returned to his father, and set Friday as the deadline."
	diff_out "Friday=2000-01-14"
}

@test "a day more than a month off takes its sentence's tense; after effective the nearest" {
	run values 2021-12-28 "Quinn, who was found stabbed in his car on the Crumlin Road on the night of Feb. 12, died later."
	diff_out "the night of Feb. 12=2021-02-12TNI"
	run values 2021-12-28 "The trial was adjourned to Jan. 17."
	diff_out "Jan. 17=2022-01-17"
	run values 1989-10-26 "The bank also created an office of the chairman, effective Feb. 1."
	diff_out "Feb. 1=1990-02-01"
}

@test "a season far ahead with no cue is last year's; the fourth quarter told in the first with no tense too" {
	run values 2026-02-24 "Hearings ran for six weeks in the autumn."
	diff_out "six weeks=P6W|the autumn=2025-FA"
	run values 2026-02-24 "The hearings begin in the spring."
	diff_out "the spring=2026-SP"
	run values 2024-02-29 "Unemployment falls to 10.4 percent in fourth quarter"
	diff_out "fourth quarter=2023-Q4"
}

@test "a bare time that ends a range before its start hour is on the next day" {
	run values 2025-10-25 "The mayor has ordered a curfew from 9 p.m. to 6 a.m. until further notice."
	diff_out "9 p.m.=2025-10-25T21:00|6 a.m.=2025-10-26T06:00"
	run values 2025-10-25 "The shop is open from 9 a.m. to 6 p.m."
	diff_out "9 a.m.=2025-10-25T09:00|6 p.m.=2025-10-25T18:00"
}

@test "a sentence that opens with next year's or last year gives that year to its days, and so does next year's just before" {
	run values 2022-06-18 "Next year's festival is set for June 16 to 18."
	diff_out "Next year=2023|June 16=2023-06-16|18=2023-06-18"
	run values 2006-12-01 "Last year, a show of street power followed the February assassination."
	diff_out "Last year=2005|February=2005-02"
	run values 2019-07-07 "The council will fund the event, and next year's festival is set for July 3."
	diff_out "next year=2020|July 3=2020-07-03"
}

@test "died is a past form though short, and so are upheld and underwent" {
	run values 2006-12-14 "The general died in March."
	diff_out "March=2006-03"
	run values 2006-12-14 "The court upheld the ban in March."
	diff_out "March=2006-03"
}

@test "a weekday with no cue after the coming days looks ahead" {
	run values 2022-01-07 "Forecasters said the coming days would be dry but bitterly cold, with lows near minus 15 degrees on Saturday night."
	diff_out "the coming days=FUTURE_REF|Saturday night=2022-01-08TNI"
}

@test "a month after before looks ahead unless a past cue is near" {
	run values 2023-01-04 "Managers say they cannot go further before April."
	diff_out "April=2023-04"
	run values 2023-01-04 "The talks collapsed before April."
	diff_out "April=2022-04"
}

@test "was planned for a date, or was due, tells a plan since changed: the nearest" {
	run values 2018-06-14 "The meeting was first planned for March 8, but was moved."
	diff_out "March 8=2018-03-08"
	run values 2018-06-14 "The unions planned for March 8."
	diff_out "March 8=2019-03-08"
	run values 2026-01-05 "The satellite was first due to lift off on Nov. 18."
	diff_out "Nov. 18=2025-11-18"
	run values 2005-11-30 "The cases were due to be heard on Thursday."
	diff_out "Thursday=2005-12-01"
}

@test "a weekday's possessive after for, and a weekday after starting on, look ahead" {
	run values 2025-09-04 "Tickets for Saturday's gala screenings sold out on Monday; Monday's ruling was appealed."
	diff_out "Saturday=2025-09-06|Monday=2025-09-01|Monday=2025-09-01"
	run sh -c "printf 'd\t2019-06-22\t1\t1\ttext\t0\tTemperatures are expected to reach 33C on Sunday.\nd\t2019-06-22\t1\t2\ttext\t50\tOrganisers moved Sunday\047s races.\n' | extractdates | cut -f8,13"
	diff_out "$(printf '2019-06-23\tSunday\n2019-06-23\tSunday')"
	run values 2024-05-19 "The Stars swept their series last week, with the conference finals starting on Wednesday."
	diff_out "last week=2024-W19|Wednesday=2024-05-22"
}

@test "a weekday's possessive after ahead of or the run-up to looks ahead unless the past is told" {
	run values 1997-04-07 "Parties are hitting the roads in the run-up to Sunday's elections."
	diff_out "Sunday=1997-04-13"
	run values 2005-12-13 "Iraqis abroad start voting ahead of Thursday's general election."
	diff_out "Thursday=2005-12-15"
	run values 1997-04-07 "Parties campaigned ahead of Sunday's vote."
	diff_out "Sunday=1997-04-06"
	run values 1989-10-30 "Its share before Friday's purchases is far below the leaders'."
	diff_out "Friday=1989-10-27"
}

@test "through a weekday after a participle of closing looks ahead, unless it is a passive" {
	run values 2026-09-16 "The governor ordered schools in 23 parishes closed through Friday; the airport was closed through Monday."
	diff_out "Friday=2026-09-18|Monday=2026-09-14"
}

@test "events continue on Sunday: a scheduled event ahead" {
	run values 2026-05-23 "Events continue on Sunday with a rowing race."
	diff_out "Sunday=2026-05-24"
}

@test "a weekday after from or starting with no cue is the start of a stretch to come; a change from a day is not" {
	run values 2022-08-13 "Shops reopen starting Monday; water is rationed in 41 towns from Tuesday."
	diff_out "Monday=2022-08-15|Tuesday=2022-08-16"
	run values 2022-08-13 "The index gained 307.83 points, or 1.6 percent, from Monday in the first hour."
	diff_out "Monday=2022-08-08"
	run values 2022-08-13 "Water was rationed from Monday."
	diff_out "Monday=2022-08-08"
}

@test "the end of the month told in the past after the story's month is that month" {
	run sh -c "printf 'd\t2024-03-12\t1\t1\ttext\t0\tAn elder reopened the channel on Feb. 16.\nd\t2024-03-12\t1\t2\ttext\t42\tBy the end of the month, the demand had fallen.\nd\t2024-03-12\t1\t3\ttext\t90\tA deal is due by the end of the month.\n' | extractdates | cut -f8,13"
	diff_out "$(printf '2024-02-16\tFeb. 16\n2024-02\tthe end of the month\n2024-03\tthe end of the month')"
}

@test "the full year told in the past in the first quarter is the year just ended" {
	run values 2024-02-29 "The bank reported that profit for the full year rose by a third; it expects profit for the full year to rise."
	diff_out "the full year=2023|the full year=2024"
}

@test "exactly before a length is a modifier in the extent, EQUAL" {
	run dates 2019-06-28 "It lasted exactly two years."
	diff_out "DURATION	P2Y	EQUAL	-	10	27	exactly two years"
}

@test "more or fewer than last year compares and is no modifier; more than a year is" {
	run values 2023-08-17 "Slightly fewer than last year won a place, and it took more than a year."
	diff_out "last year=2022|more than a year=P1Y"
}

@test "an extra hour, an additional year and a further week are lengths" {
	run values 2025-10-25 "Clocks go back, giving an extra hour in bed; he served an additional year and asked for a further week."
	diff_out "an extra hour=PT1H|an additional year=P1Y|a further week=P1W"
	run values 2025-10-25 "They got three extra days, an extra 90 minutes and a further six weeks."
	diff_out "three extra days=P3D|90 minutes=PT90M|a further six weeks=P6W"
}

@test "a counted kind of day is no stretch of days: six rest days, three more strike days" {
	run values 2026-02-27 "Unions call three more strike days; the match has six rest days, and pilots flew 11-hour duty days for days."
	diff_out "11-hour=PT11H|days=PXD"
}

@test "up 5.2% for the month is the story's month; over the following hour is a length" {
	run values 2024-02-29 "The index is up 5.2% for the month and 2% for the week; a month-long rally."
	diff_out "the month=2024-02|the week=2024-W09|a month-long=P1M"
	run values 2024-02-29 "It is best seen over the following hour; rain will fall within the next hour."
	diff_out "the following hour=PT1H|the next hour=PT1H"
}

@test "for the next week is a length; the next year after for, and the next week elsewhere, are dates" {
	run values 2019-11-20 "Miners will be checked daily for the next week; they meet again in the next week."
	diff_out "daily=P1D|the next week=P1W|the next week=2019-W48"
	run values 1997-04-17 "The cabinet approved a budget for the next year."
	diff_out "the next year=1998"
}

@test "the same quarter of a year is that quarter in that year, and no quarter later phrases refer to" {
	run sh -c "printf 'd\t2019-03-13\t1\t1\ttext\t0\tOrders in the fourth quarter fell 14 percent from the same quarter of 2017.\nd\t2019-03-13\t1\t2\ttext\t76\tSales in the quarter rose.\n' | extractdates | cut -f8,13"
	diff_out "$(printf '2018-Q4\tthe fourth quarter\n2017-Q4\tthe same quarter of 2017\n2018-Q4\tthe quarter')"
}

@test "since the morning and through the night are parts of the story's day, the one told just before however far back" {
	run values 2025-07-29 "Wind output has fallen by half since the morning."
	diff_out "the morning=2025-07-29TMO"
	run sh -c "printf 'd\t2023-09-17\t1\t1\ttext\t0\tThe quake struck at 11:52 p.m. on Friday, Sept. 8.\nd\t2023-09-17\t1\t2\ttext\t52\tRescuers dug through the night.\n' | extractdates | cut -f8,13"
	diff_out "$(printf '2023-09-08T23:52\t11:52 p.m. on Friday, Sept. 8\n2023-09-08TNI\tthe night')"
}

@test "dawn and daybreak are mornings, dusk and nightfall evenings, after a preposition or before their day" {
	run values 2024-03-12 "He was handed over at dawn on Monday; rebels left at dawn Sunday and returned after dusk."
	diff_out "dawn on Monday=2024-03-11TMO|dawn Sunday=2024-03-10TMO|dusk=2024-03-10TEV"
	run values 2024-03-12 "It is the dawn of a new era; dawn broke over the city."
	diff_out ""
}

@test "the same evening and that same night are parts of the story's day" {
	run values 2026-04-11 "An opening ceremony is on May 11, and a gala follows the same evening; they leave that same night."
	diff_out "May 11=2026-05-11|the same evening=2026-05-11TEV|that same night=2026-05-11TNI"
}

@test "late in the afternoon and early in the morning are one time each" {
	run values 2021-03-23 "The vote came late in the afternoon on Thursday, and talks had begun early in the morning."
	diff_out "late in the afternoon on Thursday=2021-03-18TAF|early in the morning=2021-03-18TMO"
}

@test "a time before today or tonight is one time on the DCT" {
	run values 2026-05-23 "Doors open at 9 a.m. today, and fireworks are planned for 10 p.m. tonight; rain is due tonight."
	diff_out "9 a.m. today=2026-05-23T09:00|10 p.m. tonight=2026-05-23T22:00|tonight=2026-05-23TNI"
}

@test "the weekend of a date is the weekend of its week" {
	run values 2021-05-23 "The stadium reopens on the weekend of Aug. 14, the week of Aug. 16."
	diff_out "the weekend of Aug. 14=2021-W32-WE|the week of Aug. 16=2021-W33"
}

@test "a weekday after the is the one the story told with its date; a time before it is one time" {
	run values 2025-04-12 "The festival runs from Friday, Aug. 22, to Sunday, Aug. 24. Gates open at 4 p.m. on the Friday, at noon on the Saturday and at 1 p.m. on the Sunday."
	diff_out "Friday, Aug. 22=2025-08-22|Sunday, Aug. 24=2025-08-24|4 p.m. on the Friday=2025-08-22T16:00|noon on the Saturday=2025-08-23T12:00|1 p.m. on the Sunday=2025-08-24T13:00"
}

@test "a participle opening a phrase after a comma is no cue; a verb after an apposition is" {
	run values 2025-04-12 "Tickets go on sale at 9 a.m. on Thursday, priced at 79 euros."
	diff_out "9 a.m. on Thursday=2025-04-17T09:00"
	run values 1998-10-25 "In January, a week after the anniversary, a bombing in Birmingham, Ala., killed a guard."
	diff_out "January=1998-01|a week=P1W"
}

@test "a past's plain form after a modal or to is no past: will hit" {
	run values 2024-01-31 "Rain will hit the region in September; the storm hit the coast in September."
	diff_out "September=2024-09|September=2023-09"
	run values 2026-09-16 "It is a season that forecasters in May had said would be busy."
	diff_out "May=2026-05"
}

@test "last after a modal is the verb; after forecast it is a date" {
	run values 2025-10-16 "The federation forecast last week that sales would grow."
	diff_out "last week=2025-W41"
	run values 2025-10-16 "The strike could last weeks."
	diff_out "weeks=PXW"
}

@test "a month in a clause about a year told just before takes that year, but not a deadline" {
	run values 2026-04-14 "It will be the first royal wedding since 1989, when her parents married on a rainy day in June."
	diff_out "1989=1989|June=1989-06"
	run values 1997-04-11 "Following the 1994 peace accords which ended the war, the government had been scheduled for January 25."
	diff_out "1994=1994|January 25=1997-01-25"
	run values 2023-06-17 "The agency said it had enough money to feed them beyond August."
	diff_out "August=2023-08"
	run values 2021-03-23 "The state budget for 2022, which must be passed by the end of June, is on hold."
	diff_out "2022=2022|the end of June=2021-06"
}

@test "a morning hour after a night in its sentence is the next day's" {
	run values 2022-07-19 "Forecasters said Monday night was the warmest on record, with London above 25C until about 6 a.m."
	diff_out "Monday night=2022-07-18TNI|about 6 a.m.=2022-07-19T06:00"
	run values 2022-07-19 "Forecasters said Monday night was warm, and it cooled at 11 p.m."
	diff_out "Monday night=2022-07-18TNI|11 p.m.=2022-07-18T23:00"
}

@test "a reading that takes place on a weekday looks ahead" {
	run values 2019-12-30 "The first reading takes place on Thursday."
	diff_out "Thursday=2020-01-02"
}

@test "a scheduled verb's day looks ahead before a comma and another clause's verb" {
	run values 2018-12-31 "Britain, which leaves the European Union on March 29, has said it may apply to join."
	diff_out "March 29=2019-03-29"
}

@test "tickets go on sale on a weekday ahead; every Wednesday and Thursday are both sets" {
	run values 2023-08-18 "Tickets for the new routes go on sale at 10 a.m. on Monday."
	diff_out "10 a.m. on Monday=2023-08-21T10:00"
	run values 2020-01-05 "Staff will then strike every Wednesday and Thursday until the end of February."
	diff_out "every Wednesday=XXXX-WXX-3|Thursday=XXXX-WXX-4|the end of February=2020-02"
}

@test "a time before for and a possessive weekday is on that day" {
	run values 2019-10-18 "Roads will close from 5 a.m. for Sunday's Cardiff marathon."
	diff_out "5 a.m.=2019-10-20T05:00|Sunday=2019-10-20"
}

@test "a range of weekdays that began the day before the DCT is the one under way" {
	run values 2025-08-23 "About 14 million journeys are expected between Friday and Monday."
	diff_out "Friday=2025-08-22|Monday=2025-08-25"
	run values 2025-08-20 "The exhibition will run from Monday to Friday."
	diff_out "Monday=2025-08-25|Friday=2025-08-29"
}

@test "a weekday ahead right after a weekday told with its date beyond the coming week is the day after" {
	run dates 2022-03-06 "Polling day is Thursday, March 17, when stations open at 7 a.m. The officer expects to declare the result at about 3 a.m. on Friday."
	[ "$(echo "$output" | awk -F'\t' '$7 ~ /Friday/ { print $2 }')" = "2022-03-18T03:00" ]
	run dates 2023-10-21 "The derby is on Sunday, Oct. 29. The return match is on March 2, 2024. He said they would get back to work on Monday."
	[ "$(echo "$output" | awk -F'\t' '$7 == "Monday" { print $2 }')" = "2023-10-23" ]
}

@test "moved to a month looks ahead; moved to a place in a month does not" {
	run values 2018-06-14 "The summit was postponed a second time and moved to September."
	diff_out "September=2018-09"
	run values 2018-06-14 "The family moved to Paris in March."
	diff_out "March=2018-03"
}

@test "a length counted by a rate is part of the figure: 24 hours a day, seven days a week" {
	run values 2020-01-01 "Guards stand outside every clinic 24 hours a day, seven days a week."
	diff_out ""
	run values 2020-01-01 "The trial lasted two weeks a year ago."
	diff_out "two weeks=P2W|a year ago=2019"
}

@test "since a month keeps it past, also the month after the DCT's" {
	run values 2025-12-30 "Its shares, which have lost a third of their value since January, rose 4 percent."
	diff_out "January=2025-01"
}

@test "the end of a range told after its start takes the start's year" {
	run values 2024-06-09 "The tour was moved to next year. The new dates begin on April 3 in Seattle and end on June 20 in Miami."
	diff_out "next year=2025|April 3=2025-04-03|June 20=2025-06-20"
	run values 2024-06-09 "The auction will be held on June 16 and sign-ups will close on June 14."
	diff_out "June 16=2024-06-16|June 14=2024-06-14"
}

@test "every and a month's day is a set of that day" {
	run values 2019-05-21 "A memorial service is held below the dam every April 11, and a fair every May."
	diff_out "every April 11=XXXX-04-11|every May=XXXX-05"
}

@test "a day a few months back in a sentence that looks ahead is next year's" {
	run values 2005-11-16 "The World Cup will kick off on June 9 in Munich."
	diff_out "June 9=2006-06-09"
	run values 2005-11-16 "The World Cup kicked off on June 9 in Munich."
	diff_out "June 9=2005-06-09"
}

@test "a state reached by a month after was or were is past; a plan after to looks ahead" {
	run values 2025-07-31 "The mine restarted on May 16 and was back at full capacity by mid-June."
	diff_out "May 16=2025-05-16|mid-June=2025-06"
	run values 2025-07-31 "It was due to finish the work by June."
	diff_out "June=2026-06"
}

@test "half-year before a noun is the latest half ended; a year earlier after a half is that half" {
	run values 2025-07-31 "Kestrel warns half-year profit will fall."
	diff_out "half-year=2025-H1"
	run values 2025-02-20 "Its half-year results were strong, but it lasted only a half-year."
	diff_out "half-year=2024-H2|a half-year=P6M"
	run values 2025-07-31 "Profit for the first half of 2025 will be a third lower than a year earlier."
	diff_out "the first half of 2025=2025-H1|a year earlier=2024-H1"
	run values 2005-12-13 "The peso has been hovering at two-and-a-half-year highs."
	diff_out ""
}

@test "a date that names what befell is past whatever the tense" {
	run values 2021-05-31 "A full review of the March 23 incident will be published in July."
	diff_out "March 23=2021-03-23|July=2021-07"
	run values 2021-05-31 "Police will review the November attack before the November election."
	diff_out "November=2020-11|November=2021-11"
}

@test "a weekday after that is the one told with its date, and a time before it is one" {
	run values 2025-12-27 "Ferries will sail from Monday, Jan. 5. The first will leave at 8:30 a.m. that Monday."
	diff_out "Monday, Jan. 5=2026-01-05|8:30 a.m. that Monday=2026-01-05T08:30"
}

@test "a four-day week is a schedule and a day camp a kind of camp: no length" {
	run values 2023-05-15 "Schools will switch to a four-day week in August, and staff to a four-day working week."
	diff_out "August=2023-08"
	run values 2023-05-15 "Parents can sign up for a day camp; the four-day meeting took a day."
	diff_out "four-day=P4D|a day=P1D"
}

@test "annual and quarterly before an occasion are sets; before a measure they are not" {
	run values 2024-01-09 "It holds its annual shareholder meeting in May and will report sales quarterly from this year."
	diff_out "annual=P1Y|May=2024-05|quarterly=P1Q|this year=2024"
	run values 2024-01-09 "Annual sales rose, and it pays a quarterly dividend; crowds joined the annual March for Life."
	diff_out ""
}

@test "Black Friday and Cyber Monday are the Friday and Monday after Thanksgiving" {
	run values 2024-01-09 "Online sales jumped, and Black Friday was the busiest day; the Black Sea fleet sailed on Friday."
	diff_out "Black Friday=2023-11-24|Friday=2024-01-05"
	run values 2019-11-20 "Retailers expect record sales on Black Friday and Cyber Monday."
	diff_out "Black Friday=2019-11-29|Cyber Monday=2019-12-02"
}

@test "the weekly reports before a verb are reports, not a newspaper" {
	run values 2021-05-31 "He said the weekly reports would continue, the weekly reported."
	diff_out "weekly=P1W"
}

@test "in the month is the latest month a report named before the DCT's" {
	run values 2024-02-29 "Minutes of the Feb. 14 meeting came out. Inflation eased to 3.1% in January from 3.6% in December. Core prices rose 0.4% in the month."
	diff_out "Feb. 14=2024-02-14|January=2024-01|December=2023-12|the month=2024-01"
	run values 2024-02-29 "Rain fell in the month before the vote, and in 1999 it rose 4% in the month."
	diff_out "1999=1999"
}

@test "kinds of day are no stretch of days" {
	run values 2022-01-07 "The lost days would be made up in late June; players get rest days."
	diff_out "late June=2022-06"
	run values 2022-01-07 "It took days to fix, and the heady days of growth were over."
	diff_out "days=PXD|days=PXD"
}

@test "the weekend with no cue early in the week is the one just gone" {
	run values 2006-12-19 "Abbas called it a crisis after an explosion of deadly violence at the weekend following his challenge to Hamas."
	diff_out "the weekend=2006-W50-WE"
	run values 2022-07-19 "Forecasters promise relief by the weekend. The weekend should be cooler."
	diff_out "the weekend=2022-W29-WE|The weekend=2022-W29-WE"
	run values 2022-07-21 "Storms are forecast for the weekend."
	diff_out "the weekend=2022-W29-WE"
}

@test "a time with seconds but no clock's preposition, a.m., p.m. or zone is a race time" {
	run values 2025-10-12 "Halfway split for Amina Jelle: 1:11:30. Gebrselassie ran 2:06:20 in Amsterdam."
	diff_out ""
	run values 2025-10-12 "The quake struck at 10:32:15 a.m., and the blast, 10:32:15 GMT, shook the city."
	diff_out "10:32:15 a.m.=2025-10-12T10:32|10:32:15 GMT=2025-10-12T10:32+00:00"
}

@test "the bank holiday weekend and the long weekend are the weekend" {
	run values 2018-05-24 "Skerry Line will run extra sailings over the bank holiday weekend."
	diff_out "the bank holiday weekend=2018-W21-WE"
	run values 2018-05-24 "It was a long weekend."
	diff_out ""
	run values 1997-04-30 "Dealers are wary ahead of the long weekend in Japan."
	diff_out "the long weekend=1997-W18-WE"
}

@test "minutes later after a clock is a time, also before with or and; within days is a stretch" {
	run values 2019-06-21 "He entered the shop at 11:40 p.m. and left six minutes later with the money."
	diff_out "11:40 p.m.=2019-06-21T23:40|six minutes later=2019-06-21T23:46"
	run values 2019-06-21 "Within days, schools closed. Bin days change."
	diff_out "days=PXD"
}

@test "a bare month or season after one ahead in its clause looks ahead; figures for a month look back" {
	run values 2023-11-05 "The tour opens in Phoenix on March 14 and crosses North America through the spring, before 12 shows in Europe in June and July."
	diff_out "March 14=2024-03-14|the spring=2024-SP|June=2024-06|July=2024-07"
	run values 2024-02-29 "Markets open at 9 a.m. on Friday, when retail sales for January are published."
	diff_out "9 a.m. on Friday=2024-03-01T09:00|January=2024-01"
}

@test "through the night told in the past on the DCT's day is the night just past" {
	run values 2021-12-14 "Ministers agreed early Tuesday to cut the quota, after talks that ran through the night."
	diff_out "early Tuesday=2021-12-14|the night=2021-12-13TNI"
	run values 2021-12-14 "Talks will run through the night."
	diff_out "the night=2021-12-14TNI"
	run values 2021-12-14 "Talks went on through the night on Tuesday."
	diff_out "the night on Tuesday=2021-12-14TNI"
}

@test "a part of the day told in the past does not take a day ahead the sentence before told" {
	run values 2020-02-13 "Harbourline will publish results on April 23. Its shares were 2% higher in midafternoon trading."
	diff_out "April 23=2020-04-23|midafternoon=2020-02-13TAF"
}

@test "a year that opens the sentence or a when clause gives its months, past lengths between" {
	run values 2018-12-31 "Residents remember the 1963 freeze, when farmers drove across the lake for almost six weeks, from late January into early March."
	diff_out "1963=1963|almost six weeks=P6W|late January=1963-01|early March=1963-03"
	run values 2019-06-08 "Last year the monsoon arrived on May 29, three days early."
	diff_out "Last year=2018|May 29=2018-05-29|three days=P3D"
}

@test "a blog stamp with its gloss in brackets; a weekday after the DCT's and and follows it" {
	run values 2022-03-07 "Brent crude is up 18% from Friday's close."
	diff_out "Friday=2022-03-04"
	run sh -c "printf 'd\t2022-03-07\t1\t1\ttext\t0\tBrent crude is up 18%% from Friday\047s close.\nd\t2022-03-07\t1\t2\ttext\t44\t9:30 a.m. ET (1430 GMT) - Wall Street opens lower.\n' | extractdates | cut -f8,13"
	[ "$output" = "$(printf '2022-03-04\tFriday\n2022-03-07T09:30-05:00\t9:30 a.m. ET\n2022-03-07T14:30+00:00\t1430 GMT')" ]
	run values 2019-01-08 "Managers had cancelled 1,200 operations for Tuesday and Wednesday."
	diff_out "Tuesday=2019-01-08|Wednesday=2019-01-09"
	run values 1998-02-06 "Following are statements made Friday and Thursday by a lawyer."
	diff_out "Friday=1998-02-06|Thursday=1998-02-05"
}

@test "a time told in the past takes a day past the sentence before named, however far back" {
	run sh -c "printf 'd\t2019-06-21\t1\t1\ttext\t0\tReid killed the grocer on the night of Nov. 3, 2017.\nd\t2019-06-21\t1\t2\ttext\t52\tHe entered the shop at 11:40 p.m. and left six minutes later.\n' | extractdates | cut -f8,13"
	[ "$output" = "$(printf '2017-11-03TNI\tthe night of Nov. 3, 2017\n2017-11-03T23:40\t11:40 p.m.\n2017-11-03T23:46\tsix minutes later')" ]
}

@test "May after into or in a list of months is the month; May the name is not" {
	run values 2019-03-14 "The trial is now likely to run into May."
	diff_out "now=PRESENT_REF|May=2019-05"
	run values 2019-03-14 "It pays every quarter, at the end of February, May, August and November."
	diff_out "every quarter=P1Q|the end of February=XXXX-02|May=XXXX-05|August=XXXX-08|November=XXXX-11"
	run values 2019-03-14 "In February, May said she would go."
	diff_out "February=2019-02"
}

@test "a quarter after a verb of change is a share, not a length" {
	run values 2022-08-15 "Yields could be down by a quarter this autumn, and sales rose a quarter."
	diff_out "this autumn=2022-FA"
	run values 2022-08-15 "The launch was delayed by a quarter."
	diff_out "a quarter=P1Q"
}

@test "an age in years and months is no length" {
	run values 2023-04-03 "The age will rise to 67 and three months in 2031 and 67 and nine months in 2035."
	diff_out "2031=2031|2035=2035"
	run values 2023-04-03 "He served 3 years and six months."
	diff_out "3 years and six months=P3Y6M"
}

@test "the bound of what usually happens is generic; the bound of a habit is a date" {
	run values 2021-08-14 "Officials warned that the fire season, which usually lasts until October, is far from over."
	diff_out "October=XXXX-10"
	run values 2021-08-14 "Troops have patrolled the border daily since February."
	diff_out "daily=P1D|February=2021-02"
}

@test "a modal with have and a participle looks back" {
	run values 2020-12-30 "They could have done this in October without ruining anyone's holiday."
	diff_out "October=2020-10"
}

@test "a sentence that opens with its year gives it to its months past lengths told" {
	run values 2022-09-04 "In 2018, the river stayed too low for nearly four months, from August to early December."
	diff_out "2018=2018|nearly four months=P4M|August=2018-08|early December=2018-12"
}

@test "the year of every night of the year is no year" {
	run values 2018-05-24 "The ferry runs every night of the year, and the shop is open each day of the year."
	diff_out "every night=P1D|each day=P1D"
}

@test "hours before an event after a phrasal past verb is a stretch of hours" {
	run values 2019-01-08 "Manchester hospital strike called off hours before walkout"
	diff_out "hours=PTXH"
}

@test "takes over the next day is the day, not a length" {
	run values 2026-01-02 "The schedule runs to Oct. 24, and the winter timetable takes over the next day."
	diff_out "Oct. 24=2026-10-24|winter=2025-WI|the next day=2026-10-25"
	run values 2026-01-02 "Prices will rise over the next day."
	diff_out "the next day=P1D"
}

@test "summer after for is the season; spring after for needs more" {
	run values 2026-01-02 "Skylark Air adds 14 routes for summer, drops two"
	diff_out "summer=2026-SU"
	run values 2026-01-02 "It will save for spring."
	diff_out ""
}

@test "a participle after to be looks ahead; a season after from the" {
	run values 2021-12-14 "The ministers promised 40 million euros in aid, to be paid from the spring."
	diff_out "the spring=2022-SP"
	run values 1997-04-04 "The poll, to be published in the paper Friday, put Labour on 52 percent."
	diff_out "Friday=1997-04-04"
	run values 1997-04-03 "The poll, to be published in the paper Friday, put Labour on 52 percent."
	diff_out "Friday=1997-04-04"
}

@test "a weekday after a, before a pronoun, is any such weekday, the article in its extent" {
	run dates 2025-04-23 "On a Thursday we might see 300 people."
	[ "$(echo "$output" | cut -f2,7)" = "$(printf 'XXXX-WXX-4\ta Thursday')" ]
	run values 1999-10-24 "About 500 people attended a Sunday night memorial service."
	diff_out "Sunday night=1999-10-24TNI"
}

@test "could not tells a failure: the weekday is past, as after couldn't" {
	run values 2000-01-06 "He could not be reached for comment Wednesday."
	diff_out "Wednesday=2000-01-05"
	run values 2000-01-06 "He couldn't be reached for comment Wednesday."
	diff_out "Wednesday=2000-01-05"
	run values 2000-01-06 "The talks could resume Wednesday."
	diff_out "Wednesday=2000-01-12"
}

@test "a list of months with a modifier, and a month range in hyphens" {
	run values 2025-06-18 "The bank also held in December, March and early May."
	diff_out "December=2024-12|March=2025-03|early May=2025-05"
	run values 2018-11-13 "Vacancies fell to 833,000 in the August-to-October period."
	diff_out "August=2018-08|October=2018-10"
}

@test "a state reached by a weekday is past; a present perfect after the weekday's comma is no cue of it" {
	run values 2023-05-31 "A blaze near the town was 60% contained by Tuesday night."
	diff_out "Tuesday night=2023-05-30TNI"
	run values 2023-05-31 "Crews hope to contain the blaze by Tuesday night."
	diff_out "Tuesday night=2023-06-06TNI"
	run values 2023-07-13 "The city will open the rooms from Friday, and roadworks have been halted until July 24."
	diff_out "Friday=2023-07-14|July 24=2023-07-24"
}

@test "an -ed word between a count and its noun, or before a hyphen, is an adjective, no past" {
	run values 2023-07-13 "The city will open 40 cooled rooms in libraries from Friday."
	diff_out "Friday=2023-07-14"
	run values 2023-07-13 "Police said 40 killed in the blast on Friday were soldiers."
	diff_out "Friday=2023-07-07"
	run values 2022-09-28 "The lender will withdraw its fixed-rate deals from 5 p.m. on Thursday."
	diff_out "5 p.m. on Thursday=2022-09-29T17:00"
}

@test "weekly before hours is a measure, no set" {
	run values 2018-11-13 "Average weekly hours were unchanged at 32.0."
	[ "$output" = "" ]
	run values 2018-11-13 "The figures are published weekly."
	diff_out "weekly=P1W"
	run values 2021-09-14 "It was the first monthly drop in a year, ending the twice-yearly change."
	diff_out "a year=P1Y|yearly=P1Y"
}

@test "a time before next Sunday or the next day is one TIME on that day" {
	run values 2025-10-21 "Clocks will go back one hour at 3 a.m. next Sunday."
	diff_out "one hour=PT1H|3 a.m. next Sunday=2025-10-26T03:00"
	run story 2020-08-09 "On Saturday evening a guide spotted tracks." "Rescuers found him at 7:20 a.m. the next day."
	diff_out "Saturday evening=2020-08-08TEV|7:20 a.m. the next day=2020-08-09T07:20"
}

@test "the report's day in a sentence does not replace a day ahead it told" {
	run story 2024-02-29 "The prince will marry on Saturday, June 15, the palace said on Thursday." "The ceremony will begin at 2 p.m."
	diff_out "Saturday, June 15=2024-06-15|Thursday=2024-02-29|2 p.m.=2024-06-15T14:00"
}

@test "a bare month with no tense after a month ahead the story just told looks ahead" {
	run story 2025-11-18 "The tour reaches North America in April, with two nights in New York on April 24 and 25." "It moves on to Asia in May."
	diff_out "April=2026-04|April 24=2026-04-24|25=2026-04-25|May=2026-05"
	run values 2025-11-18 "It moves on to Asia in May."
	diff_out "May=2025-05"
}

@test "that winter, told of a February, is the winter that began in December" {
	run values 2025-12-31 "The painting was stolen on Feb. 11, 1995, and police questioned a roofer who had worked there that winter."
	diff_out "Feb. 11, 1995=1995-02-11|that winter=1994-WI"
}

@test "a relative clause between commas keeps its tense; a main verb after one is not a weekday's" {
	run values 2018-05-20 "On Monday he will open the terminal, which took 26 months to build, and on Tuesday he tours a boatyard."
	diff_out "Monday=2018-05-21|26 months=P26M|Tuesday=2018-05-22"
	run values 1989-11-02 "He succeeds Mr. Taylor, who stepped down as chairman, president and chief executive in March."
	diff_out "March=1989-03"
	run values 2025-01-04 "People who left home on Friday afternoon are asked to wait."
	diff_out "Friday afternoon=2025-01-03TAF"
	run values 2025-01-04 "Flights on Friday afternoon are cancelled."
	diff_out "Friday afternoon=2025-01-10TAF"
}

@test "a season after for is what it is for; fiscal years and planning after a past" {
	run values 2024-02-29 "Applications for the fall are up 8%."
	diff_out "the fall=2024-FA"
	run values 2019-02-15 "Bookings for the summer were 9% ahead."
	diff_out "the summer=2019-SU"
	run values 2019-02-15 "He worked there for the summer."
	diff_out "the summer=2018-SU"
	run values 2024-02-29 "The university ran a deficit in each of the past three fiscal years."
	diff_out "the past three fiscal years=P3Y"
	run values 1989-11-02 "It budgets for a fiscal year."
	[ "$output" = "" ]
	run values 2022-08-29 "This time we started planning in May."
	diff_out "May=2022-05"
}

@test "a weekday a day or two after today's weekday in its clause looks ahead" {
	run values 2019-04-12 "Runners can collect their numbers until 8 p.m. on Friday and from 10 a.m. to 6 p.m. on Saturday."
	diff_out "8 p.m. on Friday=2019-04-12T20:00|10 a.m.=2019-04-13T10:00|6 p.m. on Saturday=2019-04-13T18:00"
	run values 2022-11-08 "Polls close at 8 p.m. PT (0400 GMT on Wednesday)."
	diff_out "8 p.m. PT=2022-11-08T20:00-08:00|0400 GMT on Wednesday=2022-11-09T04:00+00:00"
	run values 1997-04-01 "Rights groups said in Beijing Tuesday that a report on Monday was wrong."
	diff_out "Tuesday=1997-04-01|Monday=1997-03-31"
}

@test "a commitment or an invitation takes the nearest weekday; the Fed is no past; testifies looks ahead" {
	run values 2023-01-03 "The minister invited union leaders to new talks on Wednesday morning."
	diff_out "Wednesday morning=2023-01-04TMO"
	run values 2023-01-03 "The minister invited union leaders to talks on Saturday."
	diff_out "Saturday=2022-12-31"
	run values 2022-06-17 "Fed Chair Jerome Powell testifies before Congress on Wednesday and Thursday."
	diff_out "Wednesday=2022-06-22|Thursday=2022-06-23"
	run values 2022-06-17 "He appears in court on Monday, and the minister speaks on Tuesday."
	diff_out "Monday=2022-06-20|Tuesday=2022-06-21"
}

@test "beat and quit are past forms, not after get; was scheduled for tells a plan since changed" {
	run values 2024-01-31 "He could debut at home to Ashgrove, who beat City 3-1 in September."
	diff_out "September=2023-09"
	run values 2024-01-31 "The coach quit in September."
	diff_out "September=2023-09"
	run values 1998-02-06 "Factories are going to start getting beat up in the spring."
	diff_out "the spring=1998-SP"
	run values 2018-12-29 "The bout was first scheduled for Oct. 20, but it was called off."
	diff_out "Oct. 20=2018-10-20"
	run values 2018-12-29 "The bout is scheduled for Oct. 20."
	diff_out "Oct. 20=2019-10-20"
}

@test "most recently is an ordinal of the events, no time" {
	run values 2022-09-24 "The constitution has been amended three times, most recently in 2004."
	diff_out "2004=2004"
	run values 2022-09-24 "The constitution was recently amended."
	diff_out "recently=PAST_REF"
}

@test "overnight after a day ahead its sentence told is that day's night" {
	run values 2025-12-29 "Snow should begin around 8 p.m. ET on Tuesday and spread east overnight."
	diff_out "around 8 p.m. ET on Tuesday=2025-12-30T20:00-05:00|overnight=2025-12-30TNI"
	run values 2025-12-29 "Snow fell overnight."
	diff_out "overnight=2025-12-28TNI"
}

@test "a clause after after or before has its own tense" {
	run values 2018-09-13 "Serbia will face Spain in the final on Sunday evening after both won their semi-finals."
	diff_out "Sunday evening=2018-09-16TEV"
	run values 2019-12-30 "The dispute goes back to March, when the union rejected a pay offer."
	diff_out "March=2019-03"
}

@test "a range from a day to a weekday ahead starts on or before that weekday" {
	run values 2023-07-13 "The agency issued a red alert from noon on Friday until 9 p.m. on Sunday."
	diff_out "noon on Friday=2023-07-14T12:00|9 p.m. on Sunday=2023-07-16T21:00"
	run values 2019-08-24 "A warning runs from noon on Friday until 9 p.m. on Monday."
	diff_out "noon on Friday=2019-08-23T12:00|9 p.m. on Monday=2019-08-26T21:00"
}

@test "second is an ordinal too: second-quarter results" {
	run values 2023-04-27 "It will report second-quarter results on July 19."
	diff_out "second-quarter=2023-Q2|July 19=2023-07-19"
	run values 2023-04-27 "Second-quarter results are due."
	diff_out "Second-quarter=2023-Q2"
}

@test "a holiday with a part of the day is one TIME" {
	run values 2023-12-24 "The choir sings on Christmas morning and on Christmas Eve night."
	diff_out "Christmas morning=2023-12-25TMO|Christmas Eve night=2023-12-24TNI"
}

@test "a season that runs from one month to another is each year's" {
	run values 2024-12-31 "The tourist season runs from May to October."
	diff_out "May=XXXX-05|October=XXXX-10"
	run values 2024-12-31 "The season ended in May."
	diff_out "May=2024-05"
}

@test "every half hour is a set of thirty minutes" {
	run values 2019-10-28 "It will run buses every half hour, and trams every half-hour."
	diff_out "every half hour=PT30M|every half-hour=PT30M"
}

@test "a record's since after a weekday is no past cue" {
	run values 2019-09-30 "Soldiers will take part in the national day parade on Thursday, the largest since the country marked its independence."
	diff_out "Thursday=2019-10-03"
	run values 2019-09-30 "Prices have risen since Thursday."
	diff_out "Thursday=2019-09-26"
}

@test "what was adjourned or postponed to a date, its object between, lies ahead" {
	run values 2020-11-25 "A judge adjourned the trial of three former executives to March 16."
	diff_out "March 16=2021-03-16"
	run values 2020-11-25 "The council postponed the vote until March."
	diff_out "March=2021-03"
}

@test "a morning after a midnight that ended a day is the next day's; since midnight is the one just past" {
	run story 2026-01-05 "The strike began at midnight on Sunday." "Pickets stood at the gates by 6 a.m. By noon, 23 ships were waiting."
	diff_out "midnight on Sunday=2026-01-04T24:00|6 a.m.=2026-01-05T06:00|noon=2026-01-05T12:00"
	run values 2023-09-16 "Visibility has been poor since midnight, and a fog warning runs until 11 a.m."
	diff_out "midnight=2023-09-15T24:00|11 a.m.=2023-09-16T11:00"
}

@test "a scheduled event's present right before on and a weekday looks ahead over a participle before it" {
	run values 2026-05-21 "A show of 50 works bought over five decades opens on Friday."
	diff_out "five decades=P5DE|Friday=2026-05-22"
	run values 2026-05-21 "Works bought over five decades were shown on Friday."
	diff_out "five decades=P5DE|Friday=2026-05-15"
}

@test "a year earlier beside a change in the month is the report's month a year back" {
	run story 2025-01-10 "The December report showed 256,000 new jobs." "Earnings rose 0.3% in the month and 3.9% from a year earlier."
	diff_out "December=2024-12|the month=2024-12|a year earlier=2023-12"
}

@test "a season takes the year its sentence opens with or tells just before it" {
	run values 2021-09-14 "In 2020, the market reopened after the spring lockdown."
	diff_out "2020=2020|the spring=2020-SP"
	run values 2021-09-14 "Prices were higher than in August 2020, when the market reopened after the spring lockdown."
	diff_out "August 2020=2020-08|the spring=2020-SP"
}

@test "as planned or than expected after the date is a comparison, no past" {
	run values 2023-04-27 "Results will come in the second half, rather than in June as planned."
	diff_out "the second half=2023-H2|June=2023-06"
}

@test "a time with no day, not in the past, after a sentence that told a day ahead and last a day past, is on the day ahead" {
	run story 2018-09-13 "Serbia will face Spain in the final on Sunday evening after both won on Wednesday night." "The final starts at 8:30 p.m."
	diff_out "Sunday evening=2018-09-16TEV|Wednesday night=2018-09-12TNI|8:30 p.m.=2018-09-16T20:30"
}

@test "a sentence that ends in late the at the edge of the token array is read safely" {
	text="$(printf 'x %.0s' $(seq 249))4 p.m. late the"
	run sh -c "printf 'd\t2020-01-05\t1\t1\ttext\t0\t%s\n' '$text' | extractdates | cut -f8,13"
	[ "$status" -eq 0 ]
	[ "$output" = "$(printf '2020-01-05T16:00\t4 p.m.')" ]
}
