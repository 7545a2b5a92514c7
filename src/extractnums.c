/*
 * extractnums: the figures in sentence records.  Each record's text is
 * cut into tokens once, into a small window that slides along it; a
 * figure starts at a number, a number word, a currency sign or a vague
 * magnitude, and grows outwards: approximators and currency before it,
 * scales, ranges, percent signs, currencies and units after it, then
 * the noun it counts.  Every word table is const data below.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "lex.h"
#include "msg.h"
#include "opt.h"
#include "rec.h"
#include "tsv.h"

static const char usage_str[] = "[-HoqSu] [file ...]";
static const char help_str[] =
"Find figures (counts, money, percentages, fractions) in sentence\n"
"records and write one record per figure.\n"
"\n"
"  -H  write a header line\n"
"  -o  also report ordinals (kind ordinal)\n"
"  -q  quiet: no messages about malformed records\n"
"  -S  standoff output: doc start end kind value high qualifier unit\n"
"      counted mention\n"
"  -u  unbuffered: flush after every record\n"
"\n"
"Fields appended: kind value high qualifier unit counted start end\n"
"mention; the sentence text stays last.\n";

/* Token types. */
enum { TK_END, TK_WORD, TK_NUM, TK_PUNCT, TK_CODE, TK_VFRAC };

/* Token flags. */
enum {
	TF_SP = 1,		/* whitespace before it */
	TF_CAP = 2,		/* starts with a capital */
	TF_ALLCAP = 4,		/* two or more letters, all capitals */
	TF_POSS = 8,		/* ends in 's: a possessor */
	TF_COMMA = 16,		/* NUM: thousands separators */
	TF_DIGIT = 32		/* WORD: has a digit in it (G7) */
};

/*
 * Punctuation in tok.sym: an ASCII mark is its own byte, any quote is
 * S_QUOTE, and the multi-byte signs get codes above 127.
 */
enum {
	S_QUOTE = '"',
	S_EURO = 128, S_POUND, S_YEN, S_RUPEE, S_DASH, S_MINUS, S_LE, S_GE,
	S_VFRAC, S_OTHER, S_LARI, S_KIP, S_COLON, S_BTC
};

struct tok {
	size_t		 s, e;		/* byte span in the text */
	uint64_t	 mant;		/* NUM: the digits, separators dropped */
	short		 dec;		/* NUM: digits after the point */
	short		 ndig;		/* NUM: digits before the point */
	short		 lx;		/* lexicon entry, or -1 */
	short		 sfx;		/* NUM: lexicon entry of a glued suffix */
	unsigned char	 type, fl, sym;
};

/* Word classes. */
enum {
	L_NONE, L_NUM, L_TENS, L_HUNDRED, L_SCALE, L_DOZEN, L_SCORE,
	L_VAGUE, L_HALF, L_FRACPL, L_ORD, L_ORDSFX, L_APPROX, L_CUR,
	L_PCT, L_PER, L_CENT, L_POINT, L_UNIT, L_TIMEMK, L_A, L_AND,
	L_TO, L_BETWEEN, L_FROM, L_OF, L_OR, L_FEW, L_THAT, L_HOW,
	L_MANY, L_VERSION, L_SQUARE, L_ISO, L_OTHERS, L_MINUS, L_POST,
	L_WORD
};

/* Word flags. */
enum {
	W_STOP = 1,		/* a function word: ends a noun phrase */
	W_DET = 2,		/* makes a following "one" a pronoun */
	W_TPREP = 4		/* in, since, by...: a year may follow */
};

struct lexent {
	const char	*w;
	unsigned char	 cls, fl;
	char		 q;		/* qualifier of an approximator */
	double		 v;
	const char	*unit;
};

/*
 * The lexicon.  Numbers, scales and fractions carry their value;
 * approximators their qualifier; currencies and units their code.
 */
static const struct lexent lexicon[] = {
	{ "zero", L_NUM, 0, 0, 0, 0 }, { "one", L_NUM, 0, 0, 1, 0 },
	{ "nought", L_NUM, 0, 0, 0, 0 }, { "naught", L_NUM, 0, 0, 0, 0 },
	{ "two", L_NUM, 0, 0, 2, 0 }, { "three", L_NUM, 0, 0, 3, 0 },
	{ "four", L_NUM, 0, 0, 4, 0 }, { "five", L_NUM, 0, 0, 5, 0 },
	{ "six", L_NUM, 0, 0, 6, 0 }, { "seven", L_NUM, 0, 0, 7, 0 },
	{ "eight", L_NUM, 0, 0, 8, 0 }, { "nine", L_NUM, 0, 0, 9, 0 },
	{ "ten", L_NUM, 0, 0, 10, 0 }, { "eleven", L_NUM, 0, 0, 11, 0 },
	{ "twelve", L_NUM, 0, 0, 12, 0 },
	{ "thirteen", L_NUM, 0, 0, 13, 0 },
	{ "fourteen", L_NUM, 0, 0, 14, 0 },
	{ "fifteen", L_NUM, 0, 0, 15, 0 },
	{ "sixteen", L_NUM, 0, 0, 16, 0 },
	{ "seventeen", L_NUM, 0, 0, 17, 0 },
	{ "eighteen", L_NUM, 0, 0, 18, 0 },
	{ "nineteen", L_NUM, 0, 0, 19, 0 },
	{ "twenty", L_TENS, 0, 0, 20, 0 }, { "thirty", L_TENS, 0, 0, 30, 0 },
	{ "forty", L_TENS, 0, 0, 40, 0 }, { "fifty", L_TENS, 0, 0, 50, 0 },
	{ "sixty", L_TENS, 0, 0, 60, 0 }, { "seventy", L_TENS, 0, 0, 70, 0 },
	{ "eighty", L_TENS, 0, 0, 80, 0 }, { "ninety", L_TENS, 0, 0, 90, 0 },
	{ "hundred", L_HUNDRED, 0, 0, 100, 0 },
	{ "thousand", L_SCALE, 0, 0, 1e3, 0 },
	{ "million", L_SCALE, 0, 0, 1e6, 0 },
	{ "billion", L_SCALE, 0, 0, 1e9, 0 },
	{ "trillion", L_SCALE, 0, 0, 1e12, 0 },
	{ "k", L_SCALE, 0, 0, 1e3, 0 }, { "m", L_SCALE, 0, 0, 1e6, 0 },
	{ "mn", L_SCALE, 0, 0, 1e6, 0 }, { "mln", L_SCALE, 0, 0, 1e6, 0 },
	{ "bn", L_SCALE, 0, 0, 1e9, 0 }, { "b", L_SCALE, 0, 0, 1e9, 0 },
	{ "bln", L_SCALE, 0, 0, 1e9, 0 }, { "mil", L_SCALE, 0, 0, 1e6, 0 },
	{ "tln", L_SCALE, 0, 0, 1e12, 0 },
	{ "tn", L_SCALE, 0, 0, 1e12, 0 }, { "trn", L_SCALE, 0, 0, 1e12, 0 },
	{ "lakh", L_SCALE, 0, 0, 1e5, 0 }, { "crore", L_SCALE, 0, 0, 1e7, 0 },
	{ "dozen", L_DOZEN, 0, 0, 12, 0 }, { "score", L_SCORE, 0, 0, 20, 0 },
	{ "doz", L_DOZEN, 0, 0, 12, 0 }, { "dozs", L_DOZEN, 0, 0, 12, 0 },
	{ "dz", L_DOZEN, 0, 0, 12, 0 }, { "dzs", L_DOZEN, 0, 0, 12, 0 },
	{ "tens", L_VAGUE, 0, 0, 10, 0 }, { "dozens", L_VAGUE, 0, 0, 12, 0 },
	{ "scores", L_VAGUE, 0, 0, 20, 0 },
	{ "hundreds", L_VAGUE, 0, 0, 100, 0 },
	{ "thousands", L_VAGUE, 0, 0, 1e3, 0 },
	{ "millions", L_VAGUE, 0, 0, 1e6, 0 },
	{ "billions", L_VAGUE, 0, 0, 1e9, 0 },
	{ "trillions", L_VAGUE, 0, 0, 1e12, 0 },
	{ "half", L_HALF, 0, 0, 2, 0 }, { "quarter", L_HALF, 0, 0, 4, 0 },
	{ "halves", L_FRACPL, 0, 0, 2, 0 },
	{ "quarters", L_FRACPL, 0, 0, 4, 0 },
	{ "thirds", L_FRACPL, 0, 0, 3, 0 },
	{ "fourths", L_FRACPL, 0, 0, 4, 0 },
	{ "fifths", L_FRACPL, 0, 0, 5, 0 },
	{ "sixths", L_FRACPL, 0, 0, 6, 0 },
	{ "sevenths", L_FRACPL, 0, 0, 7, 0 },
	{ "eighths", L_FRACPL, 0, 0, 8, 0 },
	{ "ninths", L_FRACPL, 0, 0, 9, 0 },
	{ "tenths", L_FRACPL, 0, 0, 10, 0 },
	/* the denominators of twenty-firsts, thirty-fifths, ... */
	{ "firsts", L_FRACPL, 0, 0, 1, 0 },
	{ "elevenths", L_FRACPL, 0, 0, 11, 0 },
	{ "twelfths", L_FRACPL, 0, 0, 12, 0 },
	{ "thirteenths", L_FRACPL, 0, 0, 13, 0 },
	{ "fourteenths", L_FRACPL, 0, 0, 14, 0 },
	{ "fifteenths", L_FRACPL, 0, 0, 15, 0 },
	{ "sixteenths", L_FRACPL, 0, 0, 16, 0 },
	{ "seventeenths", L_FRACPL, 0, 0, 17, 0 },
	{ "eighteenths", L_FRACPL, 0, 0, 18, 0 },
	{ "nineteenths", L_FRACPL, 0, 0, 19, 0 },
	{ "twentieths", L_FRACPL, 0, 0, 20, 0 },
	{ "thirtieths", L_FRACPL, 0, 0, 30, 0 },
	{ "fortieths", L_FRACPL, 0, 0, 40, 0 },
	{ "fiftieths", L_FRACPL, 0, 0, 50, 0 },
	{ "sixtieths", L_FRACPL, 0, 0, 60, 0 },
	{ "seventieths", L_FRACPL, 0, 0, 70, 0 },
	{ "eightieths", L_FRACPL, 0, 0, 80, 0 },
	{ "ninetieths", L_FRACPL, 0, 0, 90, 0 },
	{ "hundredths", L_FRACPL, 0, 0, 100, 0 },
	{ "thousandths", L_FRACPL, 0, 0, 1000, 0 },
	{ "first", L_ORD, 0, 0, 1, 0 }, { "second", L_ORD, 0, 0, 2, 0 },
	{ "third", L_ORD, 0, 0, 3, 0 }, { "fourth", L_ORD, 0, 0, 4, 0 },
	{ "fifth", L_ORD, 0, 0, 5, 0 }, { "sixth", L_ORD, 0, 0, 6, 0 },
	{ "seventh", L_ORD, 0, 0, 7, 0 }, { "eighth", L_ORD, 0, 0, 8, 0 },
	{ "ninth", L_ORD, 0, 0, 9, 0 }, { "tenth", L_ORD, 0, 0, 10, 0 },
	{ "nineth", L_ORD, 0, 0, 9, 0 },	/* a frequent misspelling */
	{ "eleventh", L_ORD, 0, 0, 11, 0 },
	{ "twelfth", L_ORD, 0, 0, 12, 0 },
	{ "thirteenth", L_ORD, 0, 0, 13, 0 },
	{ "fourteenth", L_ORD, 0, 0, 14, 0 },
	{ "fifteenth", L_ORD, 0, 0, 15, 0 },
	{ "sixteenth", L_ORD, 0, 0, 16, 0 },
	{ "seventeenth", L_ORD, 0, 0, 17, 0 },
	{ "eighteenth", L_ORD, 0, 0, 18, 0 },
	{ "nineteenth", L_ORD, 0, 0, 19, 0 },
	{ "twentieth", L_ORD, 0, 0, 20, 0 },
	{ "thirtieth", L_ORD, 0, 0, 30, 0 },
	{ "fortieth", L_ORD, 0, 0, 40, 0 },
	{ "fiftieth", L_ORD, 0, 0, 50, 0 },
	{ "sixtieth", L_ORD, 0, 0, 60, 0 },
	{ "seventieth", L_ORD, 0, 0, 70, 0 },
	{ "eightieth", L_ORD, 0, 0, 80, 0 },
	{ "ninetieth", L_ORD, 0, 0, 90, 0 },
	{ "hundredth", L_ORD, 0, 0, 100, 0 },
	{ "thousandth", L_ORD, 0, 0, 1000, 0 },
	{ "millionth", L_ORD, 0, 0, 1e6, 0 },
	{ "billionth", L_ORD, 0, 0, 1e9, 0 },
	{ "trillionth", L_ORD, 0, 0, 1e12, 0 },
	{ "millionths", L_FRACPL, 0, 0, 1e6, 0 },
	{ "billionths", L_FRACPL, 0, 0, 1e9, 0 },
	{ "trillionths", L_FRACPL, 0, 0, 1e12, 0 },
	{ "st", L_ORDSFX, 0, 0, 0, 0 }, { "nd", L_ORDSFX, 0, 0, 0, 0 },
	{ "rd", L_ORDSFX, 0, 0, 0, 0 }, { "th", L_ORDSFX, 0, 0, 0, 0 },
	{ "about", L_APPROX, W_STOP, '~', 0, 0 },
	{ "around", L_APPROX, W_STOP, '~', 0, 0 },
	{ "roughly", L_APPROX, W_STOP, '~', 0, 0 },
	{ "approximately", L_APPROX, W_STOP, '~', 0, 0 },
	{ "approx", L_APPROX, W_STOP, '~', 0, 0 },
	{ "circa", L_APPROX, W_STOP, '~', 0, 0 },
	{ "some", L_APPROX, W_STOP | W_DET, '~', 0, 0 },
	{ "estimated", L_APPROX, W_STOP, '~', 0, 0 },
	{ "nearly", L_APPROX, W_STOP, '<', 0, 0 },
	{ "almost", L_APPROX, W_STOP, '<', 0, 0 },
	{ "over", L_APPROX, W_STOP, '>', 0, 0 },
	{ "above", L_APPROX, W_STOP, '>', 0, 0 },
	{ "exceeding", L_APPROX, W_STOP, '>', 0, 0 },
	{ "under", L_APPROX, W_STOP, '<', 0, 0 },
	{ "below", L_APPROX, W_STOP, '<', 0, 0 },
	{ "exceed", L_APPROX, W_STOP, '>', 0, 0 },
	{ "exceeds", L_APPROX, W_STOP, '>', 0, 0 },
	{ "exceeded", L_APPROX, W_STOP, '>', 0, 0 },
	{ "surpass", L_APPROX, W_STOP, '>', 0, 0 },
	{ "surpasses", L_APPROX, W_STOP, '>', 0, 0 },
	{ "surpassed", L_APPROX, W_STOP, '>', 0, 0 },
	{ "topped", L_APPROX, W_STOP, '>', 0, 0 },
	{ "minus", L_MINUS, W_STOP, 0, 0, 0 },
	{ "negative", L_MINUS, 0, 0, 0, 0 },
	{ "greater", L_POST, W_STOP, 'G', 0, 0 },
	{ "higher", L_POST, W_STOP, 'G', 0, 0 },
	{ "lower", L_POST, W_STOP, 'L', 0, 0 },
	{ "a", L_A, W_STOP | W_DET, 0, 0, 0 },
	{ "an", L_A, W_STOP | W_DET, 0, 0, 0 },
	{ "and", L_AND, W_STOP, 0, 0, 0 }, { "to", L_TO, W_STOP, 0, 0, 0 },
	{ "through", L_TO, W_STOP, 0, 0, 0 },
	{ "between", L_BETWEEN, W_STOP, 0, 0, 0 },
	{ "from", L_FROM, W_STOP | W_TPREP, 0, 0, 0 },
	{ "of", L_OF, W_STOP, 0, 0, 0 }, { "or", L_OR, W_STOP, 0, 0, 0 },
	{ "several", L_FEW, W_STOP, 0, 0, 0 },
	{ "few", L_FEW, W_STOP, 0, 0, 0 }, { "many", L_MANY, W_STOP, 0, 0, 0 },
	{ "that's", L_THAT, W_STOP, 0, 0, 0 },
	{ "that\xe2\x80\x99s", L_THAT, W_STOP, 0, 0, 0 },
	{ "that", L_THAT, W_STOP | W_DET, 0, 0, 0 },
	{ "how", L_HOW, W_STOP, 0, 0, 0 },
	{ "version", L_VERSION, 0, 0, 0, 0 },
	{ "v", L_VERSION, 0, 0, 0, 0 },
	{ "others", L_OTHERS, W_STOP, 0, 0, 0 },
	{ "more", L_OTHERS, W_STOP, 'G', 0, 0 },
	{ "percent", L_PCT, 0, 0, 0, "%" }, { "pct", L_PCT, 0, 0, 0, "%" },
	{ "percentage", L_PCT, 0, 0, 0, "%" },
	{ "percents", L_PCT, 0, 0, 0, "%" },
	{ "per", L_PER, W_STOP, 0, 0, 0 }, { "cent", L_CENT, 0, 0, 0, 0 },
	{ "point", L_POINT, 0, 0, 0, 0 }, { "points", L_POINT, 0, 0, 0, 0 },
	{ "dollar", L_CUR, 0, 0, 0, "USD" },
	{ "dollars", L_CUR, 0, 0, 0, "USD" },
	{ "euro", L_CUR, 0, 0, 0, "EUR" }, { "euros", L_CUR, 0, 0, 0, "EUR" },
	{ "pound", L_CUR, 0, 0, 0, "GBP" }, { "pounds", L_CUR, 0, 0, 0, "GBP" },
	{ "sterling", L_CUR, 0, 0, 0, "GBP" },
	{ "yen", L_CUR, 0, 0, 0, "JPY" }, { "yuan", L_CUR, 0, 0, 0, "CNY" },
	{ "renminbi", L_CUR, 0, 0, 0, "CNY" },
	{ "rupee", L_CUR, 0, 0, 0, "INR" }, { "rupees", L_CUR, 0, 0, 0, "INR" },
	{ "dinar", L_CUR, 0, 0, 0, "IQD" }, { "dinars", L_CUR, 0, 0, 0, "IQD" },
	{ "rial", L_CUR, 0, 0, 0, "IRR" }, { "rials", L_CUR, 0, 0, 0, "IRR" },
	{ "riyal", L_CUR, 0, 0, 0, "SAR" }, { "riyals", L_CUR, 0, 0, 0, "SAR" },
	{ "ruble", L_CUR, 0, 0, 0, "RUB" }, { "rubles", L_CUR, 0, 0, 0, "RUB" },
	{ "rouble", L_CUR, 0, 0, 0, "RUB" },
	{ "roubles", L_CUR, 0, 0, 0, "RUB" },
	{ "lira", L_CUR, 0, 0, 0, "TRY" }, { "liras", L_CUR, 0, 0, 0, "TRY" },
	{ "franc", L_CUR, 0, 0, 0, "CHF" }, { "francs", L_CUR, 0, 0, 0, "CHF" },
	{ "peso", L_CUR, 0, 0, 0, "MXN" }, { "pesos", L_CUR, 0, 0, 0, "MXN" },
	{ "shekel", L_CUR, 0, 0, 0, "ILS" },
	{ "shekels", L_CUR, 0, 0, 0, "ILS" },
	{ "won", L_CUR, 0, 0, 0, "KRW" },
	{ "markka", L_CUR, 0, 0, 0, "FIM" }, { "markkaa", L_CUR, 0, 0, 0, "FIM" },
	{ "guilder", L_CUR, 0, 0, 0, "NLG" },
	{ "guilders", L_CUR, 0, 0, 0, "NLG" },
	{ "peseta", L_CUR, 0, 0, 0, "ESP" }, { "pesetas", L_CUR, 0, 0, 0, "ESP" },
	{ "mark", L_CUR, 0, 0, 0, "DEM" }, { "marks", L_CUR, 0, 0, 0, "DEM" },
	{ "bitcoin", L_CUR, 0, 0, 0, "BTC" },
	{ "satoshi", L_CUR, 0, 0, 1e-8, "BTC" },
	{ "satoshis", L_CUR, 0, 0, 1e-8, "BTC" },
	{ "kuai", L_CUR, 0, 0, 0, "CNY" }, { "mao", L_CUR, 0, 0, 0.1, "CNY" },
	{ "jiao", L_CUR, 0, 0, 0.1, "CNY" },
	{ "\xe5\x85\x83", L_CUR, 0, 0, 0, "CNY" },		/* yuan sign */
	{ "\xe0\xae\xb0\xe0\xaf\x82", L_CUR, 0, 0, 0, "INR" },	/* Tamil rupee */
	{ "lari", L_CUR, 0, 0, 0, "GEL" },
	{ "bitcoins", L_CUR, 0, 0, 0, "BTC" },
	{ "pence", L_CUR, 0, 0, 0.01, "GBP" }, { "penny", L_CUR, 0, 0, 0.01, "GBP" },
	{ "cent", L_CUR, 0, 0, 0.01, "USD" },
	{ "hryvnia", L_CUR, 0, 0, 0, "UAH" },
	{ "hryvnias", L_CUR, 0, 0, 0, "UAH" },
	{ "cents", L_CUR, 0, 0, 0.01, "USD" },
	{ "usd", L_ISO, 0, 0, 0, "USD" }, { "eur", L_ISO, 0, 0, 0, "EUR" },
	{ "gbp", L_ISO, 0, 0, 0, "GBP" }, { "jpy", L_ISO, 0, 0, 0, "JPY" },
	{ "cny", L_ISO, 0, 0, 0, "CNY" }, { "inr", L_ISO, 0, 0, 0, "INR" },
	{ "chf", L_ISO, 0, 0, 0, "CHF" }, { "cad", L_ISO, 0, 0, 0, "CAD" },
	{ "aud", L_ISO, 0, 0, 0, "AUD" }, { "rmb", L_ISO, 0, 0, 0, "CNY" },
	{ "btc", L_ISO, 0, 0, 0, "BTC" }, { "iqd", L_ISO, 0, 0, 0, "IQD" },
	{ "irr", L_ISO, 0, 0, 0, "IRR" }, { "rub", L_ISO, 0, 0, 0, "RUB" },
	/* millions in a code: 120 MEUR, MUSD 30 (capitals only) */
	{ "meur", L_ISO, 0, 0, 1e6, "EUR" }, { "musd", L_ISO, 0, 0, 1e6, "USD" },
	{ "mgbp", L_ISO, 0, 0, 1e6, "GBP" }, { "maud", L_ISO, 0, 0, 1e6, "AUD" },
	{ "km", L_UNIT, 0, 0, 0, "km" }, { "kms", L_UNIT, 0, 0, 0, "km" },
	{ "kilometer", L_UNIT, 0, 0, 0, "km" },
	{ "kilometers", L_UNIT, 0, 0, 0, "km" },
	{ "kilometre", L_UNIT, 0, 0, 0, "km" },
	{ "kilometres", L_UNIT, 0, 0, 0, "km" },
	{ "meter", L_UNIT, 0, 0, 0, "m" }, { "meters", L_UNIT, 0, 0, 0, "m" },
	{ "metre", L_UNIT, 0, 0, 0, "m" }, { "metres", L_UNIT, 0, 0, 0, "m" },
	{ "cm", L_UNIT, 0, 0, 0, "cm" }, { "mm", L_UNIT, 0, 0, 0, "mm" },
	{ "mile", L_UNIT, 0, 0, 0, "mi" }, { "miles", L_UNIT, 0, 0, 0, "mi" },
	{ "mi", L_UNIT, 0, 0, 0, "mi" }, { "ft", L_UNIT, 0, 0, 0, "ft" },
	{ "foot", L_UNIT, 0, 0, 0, "ft" }, { "feet", L_UNIT, 0, 0, 0, "ft" },
	{ "inch", L_UNIT, 0, 0, 0, "in" }, { "inches", L_UNIT, 0, 0, 0, "in" },
	{ "yard", L_UNIT, 0, 0, 0, "yd" }, { "yards", L_UNIT, 0, 0, 0, "yd" },
	{ "hectare", L_UNIT, 0, 0, 0, "ha" },
	{ "hectares", L_UNIT, 0, 0, 0, "ha" },
	{ "acre", L_UNIT, 0, 0, 0, "acre" },
	{ "acres", L_UNIT, 0, 0, 0, "acre" },
	{ "kg", L_UNIT, 0, 0, 0, "kg" }, { "kgs", L_UNIT, 0, 0, 0, "kg" },
	{ "kilogram", L_UNIT, 0, 0, 0, "kg" },
	{ "kilograms", L_UNIT, 0, 0, 0, "kg" },
	{ "gram", L_UNIT, 0, 0, 0, "g" }, { "grams", L_UNIT, 0, 0, 0, "g" },
	{ "ton", L_UNIT, 0, 0, 0, "t" }, { "tons", L_UNIT, 0, 0, 0, "t" },
	{ "tonne", L_UNIT, 0, 0, 0, "t" }, { "tonnes", L_UNIT, 0, 0, 0, "t" },
	{ "lb", L_UNIT, 0, 0, 0, "lb" }, { "lbs", L_UNIT, 0, 0, 0, "lb" },
	{ "liter", L_UNIT, 0, 0, 0, "l" }, { "liters", L_UNIT, 0, 0, 0, "l" },
	{ "litre", L_UNIT, 0, 0, 0, "l" }, { "litres", L_UNIT, 0, 0, 0, "l" },
	{ "ml", L_UNIT, 0, 0, 0, "ml" },
	{ "gallon", L_UNIT, 0, 0, 0, "gal" },
	{ "gallons", L_UNIT, 0, 0, 0, "gal" },
	{ "mph", L_UNIT, 0, 0, 0, "mph" },
	{ "degree", L_UNIT, 0, 0, 0, "deg" },
	{ "degrees", L_UNIT, 0, 0, 0, "deg" },
	{ "mw", L_UNIT, 0, 0, 0, "MW" }, { "gw", L_UNIT, 0, 0, 0, "GW" },
	{ "megawatts", L_UNIT, 0, 0, 0, "MW" },
	{ "gigawatts", L_UNIT, 0, 0, 0, "GW" },
	{ "square", L_SQUARE, 0, 0, 0, 0 }, { "sq", L_SQUARE, 0, 0, 0, 0 },
	{ "a.m.", L_TIMEMK, 0, 0, 0, 0 }, { "p.m.", L_TIMEMK, 0, 0, 0, 0 },
	{ "am", L_TIMEMK, 0, 0, 0, 0 }, { "pm", L_TIMEMK, 0, 0, 0, 0 },
	{ "o'clock", L_TIMEMK, 0, 0, 0, 0 }, { "gmt", L_TIMEMK, 0, 0, 0, 0 },
	{ "utc", L_TIMEMK, 0, 0, 0, 0 }, { "et", L_TIMEMK, 0, 0, 0, 0 },
	{ "est", L_TIMEMK, 0, 0, 0, 0 }, { "edt", L_TIMEMK, 0, 0, 0, 0 },
	{ "bst", L_TIMEMK, 0, 0, 0, 0 }, { "pst", L_TIMEMK, 0, 0, 0, 0 },
	{ "hrs", L_TIMEMK, 0, 0, 0, 0 },
	/* function words: a noun phrase ends before them */
	{ "the", L_WORD, W_STOP | W_DET, 0, 0, 0 },
	{ "this", L_WORD, W_STOP | W_DET, 0, 0, 0 },
	{ "these", L_WORD, W_STOP | W_DET, 0, 0, 0 },
	{ "those", L_WORD, W_STOP | W_DET, 0, 0, 0 },
	{ "any", L_WORD, W_STOP | W_DET, 0, 0, 0 },
	{ "no", L_WORD, W_STOP | W_DET, 0, 0, 0 },
	{ "every", L_WORD, W_STOP | W_DET, 0, 0, 0 },
	{ "each", L_WORD, W_STOP | W_DET, 0, 0, 0 },
	{ "which", L_WORD, W_STOP | W_DET, 0, 0, 0 },
	{ "only", L_WORD, W_STOP | W_DET, 0, 0, 0 },
	{ "another", L_WORD, W_STOP | W_DET, 0, 0, 0 },
	{ "its", L_WORD, W_STOP | W_DET, 0, 0, 0 },
	{ "their", L_WORD, W_STOP | W_DET, 0, 0, 0 },
	{ "his", L_WORD, W_STOP | W_DET, 0, 0, 0 },
	{ "her", L_WORD, W_STOP | W_DET, 0, 0, 0 },
	{ "our", L_WORD, W_STOP | W_DET, 0, 0, 0 },
	{ "my", L_WORD, W_STOP | W_DET, 0, 0, 0 },
	{ "your", L_WORD, W_STOP | W_DET, 0, 0, 0 },
	{ "all", L_WORD, W_STOP | W_DET, 0, 0, 0 },
	{ "in", L_WORD, W_STOP | W_TPREP, 0, 0, 0 },
	{ "since", L_WORD, W_STOP | W_TPREP, 0, 0, 0 },
	{ "by", L_WORD, W_STOP | W_TPREP, 0, 0, 0 },
	{ "until", L_WORD, W_STOP | W_TPREP, 0, 0, 0 },
	{ "till", L_WORD, W_STOP | W_TPREP, 0, 0, 0 },
	{ "during", L_WORD, W_STOP | W_TPREP, 0, 0, 0 },
	{ "before", L_WORD, W_STOP | W_TPREP, 0, 0, 0 },
	{ "after", L_WORD, W_STOP | W_TPREP, 0, 0, 0 },
	{ "on", L_WORD, W_STOP | W_TPREP, 0, 0, 0 },
	{ "at", L_WORD, W_STOP, 0, 0, 0 }, { "for", L_WORD, W_STOP, 0, 0, 0 },
	{ "with", L_WORD, W_STOP, 0, 0, 0 },
	{ "without", L_WORD, W_STOP, 0, 0, 0 },
	{ "into", L_WORD, W_STOP, 0, 0, 0 }, { "onto", L_WORD, W_STOP, 0, 0, 0 },
	{ "across", L_WORD, W_STOP, 0, 0, 0 },
	{ "against", L_WORD, W_STOP, 0, 0, 0 },
	{ "among", L_WORD, W_STOP, 0, 0, 0 },
	{ "near", L_WORD, W_STOP, 0, 0, 0 },
	{ "than", L_WORD, W_STOP, 0, 0, 0 }, { "as", L_WORD, W_STOP, 0, 0, 0 },
	{ "like", L_WORD, W_STOP, 0, 0, 0 }, { "via", L_WORD, W_STOP, 0, 0, 0 },
	{ "within", L_WORD, W_STOP, 0, 0, 0 },
	{ "per", L_WORD, W_STOP, 0, 0, 0 },
	{ "but", L_WORD, W_STOP, 0, 0, 0 }, { "nor", L_WORD, W_STOP, 0, 0, 0 },
	{ "if", L_WORD, W_STOP, 0, 0, 0 }, { "so", L_WORD, W_STOP, 0, 0, 0 },
	{ "who", L_WORD, W_STOP, 0, 0, 0 }, { "whom", L_WORD, W_STOP, 0, 0, 0 },
	{ "whose", L_WORD, W_STOP, 0, 0, 0 },
	{ "what", L_WORD, W_STOP, 0, 0, 0 },
	{ "when", L_WORD, W_STOP, 0, 0, 0 },
	{ "where", L_WORD, W_STOP, 0, 0, 0 },
	{ "while", L_WORD, W_STOP, 0, 0, 0 },
	{ "is", L_WORD, W_STOP, 0, 0, 0 }, { "are", L_WORD, W_STOP, 0, 0, 0 },
	{ "was", L_WORD, W_STOP, 0, 0, 0 }, { "were", L_WORD, W_STOP, 0, 0, 0 },
	{ "be", L_WORD, W_STOP, 0, 0, 0 }, { "been", L_WORD, W_STOP, 0, 0, 0 },
	{ "being", L_WORD, W_STOP, 0, 0, 0 },
	{ "have", L_WORD, W_STOP, 0, 0, 0 }, { "has", L_WORD, W_STOP, 0, 0, 0 },
	{ "had", L_WORD, W_STOP, 0, 0, 0 }, { "will", L_WORD, W_STOP, 0, 0, 0 },
	{ "would", L_WORD, W_STOP, 0, 0, 0 },
	{ "could", L_WORD, W_STOP, 0, 0, 0 },
	{ "should", L_WORD, W_STOP, 0, 0, 0 },
	{ "may", L_WORD, W_STOP, 0, 0, 0 }, { "might", L_WORD, W_STOP, 0, 0, 0 },
	{ "can", L_WORD, W_STOP, 0, 0, 0 }, { "must", L_WORD, W_STOP, 0, 0, 0 },
	{ "do", L_WORD, W_STOP, 0, 0, 0 }, { "does", L_WORD, W_STOP, 0, 0, 0 },
	{ "did", L_WORD, W_STOP, 0, 0, 0 }, { "not", L_WORD, W_STOP, 0, 0, 0 },
	{ "they", L_WORD, W_STOP, 0, 0, 0 }, { "it", L_WORD, W_STOP, 0, 0, 0 },
	{ "he", L_WORD, W_STOP, 0, 0, 0 }, { "she", L_WORD, W_STOP, 0, 0, 0 },
	{ "we", L_WORD, W_STOP, 0, 0, 0 }, { "them", L_WORD, W_STOP, 0, 0, 0 },
	{ "us", L_WORD, W_STOP, 0, 0, 0 }, { "you", L_WORD, W_STOP, 0, 0, 0 },
	{ "i", L_WORD, W_STOP, 0, 0, 0 }, { "there", L_WORD, W_STOP, 0, 0, 0 },
	{ "then", L_WORD, W_STOP, 0, 0, 0 }, { "also", L_WORD, W_STOP, 0, 0, 0 },
	{ "out", L_WORD, W_STOP, 0, 0, 0 }, { "up", L_WORD, W_STOP, 0, 0, 0 },
	{ "down", L_WORD, W_STOP, 0, 0, 0 }, { "off", L_WORD, W_STOP, 0, 0, 0 },
	{ "ago", L_WORD, W_STOP, 0, 0, 0 }, { "each", L_WORD, W_STOP, 0, 0, 0 },
	{ "apiece", L_WORD, W_STOP, 0, 0, 0 },
	{ "respectively", L_WORD, W_STOP, 0, 0, 0 },
	{ "just", L_WORD, W_STOP, 0, 0, 0 }, { "least", L_WORD, W_STOP, 0, 0, 0 },
	{ "most", L_WORD, W_STOP, 0, 0, 0 },
	{ "less", L_POST, W_STOP, 'L', 0, 0 },
	{ "fewer", L_POST, W_STOP, 'L', 0, 0 },
	{ "times", L_WORD, 0, 0, 0, 0 },
	/* frequent verbs in -s: "the population lacks", "the budget goes" */
	{ "goes", L_WORD, W_STOP, 0, 0, 0 }, { "lacks", L_WORD, W_STOP, 0, 0, 0 },
	{ "remains", L_WORD, W_STOP, 0, 0, 0 },
	{ "needs", L_WORD, W_STOP, 0, 0, 0 }, { "says", L_WORD, W_STOP, 0, 0, 0 },
	{ "makes", L_WORD, W_STOP, 0, 0, 0 }, { "gets", L_WORD, W_STOP, 0, 0, 0 },
	{ "comes", L_WORD, W_STOP, 0, 0, 0 }, { "seems", L_WORD, W_STOP, 0, 0, 0 },
	{ "means", L_WORD, W_STOP, 0, 0, 0 }, { "takes", L_WORD, W_STOP, 0, 0, 0 },
	{ "gives", L_WORD, W_STOP, 0, 0, 0 }, { "holds", L_WORD, W_STOP, 0, 0, 0 },
	{ "keeps", L_WORD, W_STOP, 0, 0, 0 }, { "wants", L_WORD, W_STOP, 0, 0, 0 },
	{ "faces", L_WORD, W_STOP, 0, 0, 0 }, { "depends", L_WORD, W_STOP, 0, 0, 0 },
	{ "includes", L_WORD, W_STOP, 0, 0, 0 },
	{ "contains", L_WORD, W_STOP, 0, 0, 0 },
	{ "accounts", L_WORD, W_STOP, 0, 0, 0 },
	{ "continues", L_WORD, W_STOP, 0, 0, 0 },
	{ "receives", L_WORD, W_STOP, 0, 0, 0 },
	{ "requires", L_WORD, W_STOP, 0, 0, 0 },
	{ "suffers", L_WORD, W_STOP, 0, 0, 0 },
	{ "belongs", L_WORD, W_STOP, 0, 0, 0 },
	{ NULL, 0, 0, 0, 0, 0 }
};

/* Multi-word approximators, matched backwards from the number. */
struct phrase {
	const char	*w[5];
	char		 q;
};

static const struct phrase approx[] = {
	{ { "at", "least", NULL, NULL, NULL }, 'G' },
	{ { "no", "fewer", "than", NULL, NULL }, 'G' },
	{ { "no", "less", "than", NULL, NULL }, 'G' },
	{ { "not", "less", "than", NULL, NULL }, 'G' },
	{ { "as", "few", "as", NULL, NULL }, 'G' },
	{ { "a", "minimum", "of", NULL, NULL }, 'G' },
	{ { "upwards", "of", NULL, NULL, NULL }, '>' },
	{ { "upward", "of", NULL, NULL, NULL }, '>' },
	{ { "in", "excess", "of", NULL, NULL }, '>' },
	{ { "more", "than", NULL, NULL, NULL }, '>' },
	{ { "greater", "than", NULL, NULL, NULL }, '>' },
	{ { "larger", "than", NULL, NULL, NULL }, '>' },
	{ { "higher", "than", NULL, NULL, NULL }, '>' },
	{ { "bigger", "than", NULL, NULL, NULL }, '>' },
	{ { "fewer", "than", NULL, NULL, NULL }, '<' },
	{ { "less", "than", NULL, NULL, NULL }, '<' },
	{ { "lower", "than", NULL, NULL, NULL }, '<' },
	{ { "smaller", "than", NULL, NULL, NULL }, '<' },
	{ { "no", "more", "than", NULL, NULL }, 'L' },
	{ { "not", "more", "than", NULL, NULL }, 'L' },
	{ { "as", "many", "as", NULL, NULL }, 'L' },
	{ { "as", "much", "as", NULL, NULL }, 'L' },
	{ { "at", "most", NULL, NULL, NULL }, 'L' },
	{ { "a", "maximum", "of", NULL, NULL }, 'L' },
	{ { "up", "to", NULL, NULL, NULL }, 'L' },
	{ { "close", "to", NULL, NULL, NULL }, '~' },
	{ { "an", "estimated", NULL, NULL, NULL }, '~' },
	{ { "in", "the", "region", "of", NULL }, '~' },
	{ { "on", "the", "order", "of", NULL }, '~' },
	{ { "the", "better", "part", "of", NULL }, '<' },
	{ { "less", "than", "or", "equal", "to" }, 'L' },
	{ { "fewer", "than", "or", "equal", "to" }, 'L' },
	{ { "greater", "than", "or", "equal", "to" }, 'G' },
	{ { "more", "than", "or", "equal", "to" }, 'G' },
	{ { "larger", "than", "or", "equal", "to" }, 'G' },
	{ { "at", "least", "or", "equal", "to" }, 'G' },
	{ { "less", "or", "equal", "than", NULL }, 'L' },
	{ { "smaller", "or", "equal", "than", NULL }, 'L' },
	{ { "lower", "or", "equal", "than", NULL }, 'L' },
	{ { "greater", "or", "equal", "than", NULL }, 'G' },
	{ { "higher", "or", "equal", "than", NULL }, 'G' },
	{ { "bigger", "or", "equal", "than", NULL }, 'G' },
	{ { "larger", "or", "equal", "than", NULL }, 'G' },
	{ { "more", "or", "equal", "than", NULL }, 'G' },
	{ { NULL, NULL, NULL, NULL, NULL }, 0 }
};

/* Irregular plurals and their singulars. */
static const char *const irregular[][2] = {
	{ "people", "person" }, { "men", "man" }, { "women", "woman" },
	{ "children", "child" }, { "feet", "foot" }, { "teeth", "tooth" },
	{ "mice", "mouse" }, { "geese", "goose" }, { "lives", "life" },
	{ "wives", "wife" }, { "knives", "knife" }, { "wolves", "wolf" },
	{ "halves", "half" }, { "thieves", "thief" }, { "leaves", "leaf" },
	{ "crises", "crisis" }, { "analyses", "analysis" },
	{ "sorties", "sortie" }, { "movies", "movie" }, { "ties", "tie" },
	{ "lies", "lie" }, { "calories", "calorie" }, { "zombies", "zombie" },
	{ "cookies", "cookie" }, { "rookies", "rookie" },
	{ "buses", "bus" },
	{ "gases", "gas" }, { "statuses", "status" }, { "series", "series" },
	{ "species", "species" }, { "news", "news" },
	{ "headquarters", "headquarters" }, { "police", "police" },
	{ "personnel", "personnel" }, { "staff", "staff" },
	{ "aircraft", "aircraft" }, { "crew", "crew" },
	{ "data", "data" }, { "media", "media" }, { "sheep", "sheep" },
	{ "deer", "deer" }, { "fish", "fish" }, { "cattle", "cattle" },
	{ "clergy", "clergy" }, { "infantry", "infantry" },
	{ NULL, NULL }
};

/* Counted nouns that make a figure a duration or a time of day. */
static const char *const timeunits[] = {
	"second", "minute", "hour", "day", "week", "month", "year",
	"decade", "century", "fortnight", "night", "weekend", "millennium",
	"yr", "min", "sec", "hr", NULL
};

/* The currency a nationality gives to a currency word. */
struct natcur {
	const char	*nat, *cur, *code;
};

static const struct natcur natcurs[] = {
	{ "us", "dollar", "USD" }, { "american", "dollar", "USD" },
	{ "canadian", "dollar", "CAD" }, { "australian", "dollar", "AUD" },
	{ "singapore", "dollar", "SGD" }, { "taiwan", "dollar", "TWD" },
	{ "taiwanese", "dollar", "TWD" }, { "zimbabwean", "dollar", "ZWL" },
	{ "jamaican", "dollar", "JMD" }, { "iraqi", "dinar", "IQD" },
	{ "jordanian", "dinar", "JOD" }, { "kuwaiti", "dinar", "KWD" },
	{ "bahraini", "dinar", "BHD" }, { "libyan", "dinar", "LYD" },
	{ "algerian", "dinar", "DZD" }, { "tunisian", "dinar", "TND" },
	{ "serbian", "dinar", "RSD" }, { "iranian", "rial", "IRR" },
	{ "omani", "rial", "OMR" }, { "yemeni", "rial", "YER" },
	{ "saudi", "riyal", "SAR" }, { "qatari", "riyal", "QAR" },
	{ "egyptian", "pound", "EGP" }, { "lebanese", "pound", "LBP" },
	{ "syrian", "pound", "SYP" }, { "british", "pound", "GBP" },
	{ "sudanese", "pound", "SDG" }, { "indian", "rupee", "INR" },
	{ "pakistani", "rupee", "PKR" }, { "nepalese", "rupee", "NPR" },
	{ "swiss", "franc", "CHF" }, { "japanese", "yen", "JPY" },
	{ "french", "franc", "FRF" }, { "belgian", "franc", "BEF" },
	{ "german", "mark", "DEM" }, { "hong", "dollar", "HKD" },
	{ "chinese", "yuan", "CNY" }, { "russian", "ruble", "RUB" },
	{ "russian", "rouble", "RUB" }, { "turkish", "lira", "TRY" },
	{ "mexican", "peso", "MXN" }, { "philippine", "peso", "PHP" },
	{ "argentine", "peso", "ARS" }, { "israeli", "shekel", "ILS" },
	{ "south", "won", "KRW" }, { "ukrainian", "hryvnia", "UAH" },
	{ NULL, NULL, NULL }
};

/* Prefixes glued to "$": US$, C$, A$ ... */
static const char *const dollarpfx[][2] = {
	{ "us", "USD" }, { "u.s.", "USD" }, { "c", "CAD" }, { "ca", "CAD" },
	{ "a", "AUD" }, { "au", "AUD" }, { "hk", "HKD" }, { "nz", "NZD" },
	{ "s", "SGD" }, { "nt", "TWD" }, { "r", "BRL" }, { "mx", "MXN" },
	{ NULL, NULL }
};

/* The approximator phrases, longest first, and their lengths. */
static size_t approx_ord[64], approx_len[64], napprox;

#define HSIZE	1024
static short htab[HSIZE];
static unsigned char hlen[HSIZE];

/* The token window: filled from the text, slid along it. */
#define TOKCAP	512
#define BEHIND	12
#define AHEAD	64
static struct tok toks[TOKCAP];
static struct tok endtok;
static size_t ntok;
static const char *txt;
static size_t tlen, tpos;
static int teof, tsp;
static size_t chunk_tok, chunk_pos;
static int chunk_ok;

/* A figure as it is built. */
struct fig {
	const char	*kind;
	double		 v, hi;
	char		 q;
	const char	*unit;
	size_t		 t0, t1;	/* tokens [t0, t1) */
	int		 plural;	/* the counted noun should be plural;
					   2: after "one in" */
	int		 scaled;	/* a scale word was used */
	double		 scale;
	char		 counted[64];
};

static int Hflag, oflag, Sflag, uflag;

static int	is_cursym(size_t);
static int	is_dash(size_t);
static int	starts_num(size_t);
static size_t	not_figure(size_t);
static int header_done;
static char last_counted[64];

/* A record held back by ends_on_number(), and what the next one said. */
static char *held;
static size_t heldcap;
static struct tsv_rec hrec;
static unsigned long held_offset;
static int have_held;
static char hint[64];

#define ISDIGIT(c)	((c) >= '0' && (c) <= '9')
#define ISUPPER(c)	((c) >= 'A' && (c) <= 'Z')
#define ISLOWER(c)	((c) >= 'a' && (c) <= 'z')
#define ISALPHA(c)	(ISUPPER(c) || ISLOWER(c))

/* Byte classes for the tokenizer, and lower case without a locale. */
enum { C_UPPER = 1, C_LOWER = 2, C_DIGIT = 4 };
static unsigned char cclass[256], lower_of[256];

/* Lengths of starter words by their first two letters, as bits. */
static unsigned short prefix_lens[32][32];

/* Word classes that can begin a number, or follow "a" in one. */
static const unsigned char starter[L_WORD + 1] = {
	[L_NUM] = 1, [L_TENS] = 1, [L_HUNDRED] = 1, [L_SCALE] = 1,
	[L_DOZEN] = 1, [L_SCORE] = 1, [L_VAGUE] = 1, [L_HALF] = 1,
	[L_FRACPL] = 1, [L_ORD] = 1, [L_FEW] = 1, [L_MANY] = 1
};

/*
 * A hash from the length and the outer letters: constant time, so the
 * tokenizer need not hash every byte of every word.
 */
static unsigned
hash(const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *)s;
	unsigned h;

	if (n == 0)
		return 0;
	h = (unsigned)n * 0x9E3779B1u;
	h ^= lower_of[u[0]] * 0x85EBCA77u;
	h ^= lower_of[u[n - 1]] * 0xC2B2AE3Du;
	if (n > 2) {
		h ^= lower_of[u[1]] * 0x27D4EB2Fu;
		h ^= lower_of[u[n - 2]] * 0x165667B1u;
	}
	return h ^ (h >> 15) ^ (h >> 7);
}

static void
lexicon_init(void)
{
	size_t i, n, len;
	unsigned h;

	for (len = 5; len >= 2; len--)
		for (i = 0; approx[i].w[0] != NULL && napprox < 64; i++) {
			for (n = 0; n < 5 && approx[i].w[n] != NULL; n++)
				;
			if (n == len) {
				approx_len[i] = n;
				approx_ord[napprox++] = i;
			}
		}

	for (i = 0; i < 256; i++) {
		lower_of[i] = (unsigned char)(ISUPPER(i) ? i + 'a' - 'A' : i);
		cclass[i] = ISUPPER(i) ? C_UPPER : ISLOWER(i) ? C_LOWER :
		    ISDIGIT(i) ? C_DIGIT : 0;
	}
	for (i = 0; lexicon[i].w != NULL; i++) {
		const char *w = lexicon[i].w;

		len = strlen(w);
		if (starter[lexicon[i].cls] && len >= 3 && len <= 11 &&
		    ISLOWER(w[0]) && ISLOWER(w[1]))
			prefix_lens[w[0] & 31][w[1] & 31] |= 1u << len;
	}
	/* the lexicon is hashed with the tables just made */
	for (i = 0; i < HSIZE; i++)
		htab[i] = -1;
	for (i = 0; lexicon[i].w != NULL; i++) {
		h = hash(lexicon[i].w, strlen(lexicon[i].w)) & (HSIZE - 1);
		while (htab[h] >= 0) {
			/* a repeated word keeps its first entry */
			if (strcmp(lexicon[htab[h]].w, lexicon[i].w) == 0)
				break;
			h = (h + 1) & (HSIZE - 1);
		}
		if (htab[h] < 0) {
			htab[h] = (short)i;
			hlen[h] = (unsigned char)strlen(lexicon[i].w);
		}
	}
}

/* s[0..n) equals the lower-case word w, ignoring ASCII case. */
static int
ieq_any(const char *s, size_t n, const char *w)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (w[i] == '\0' || lower_of[(unsigned char)s[i]] !=
		    (unsigned char)w[i])
			return 0;
	return w[n] == '\0';
}

/* s[0..n) equals the lower-case w of the same length, ignoring case. */
static int
ieq(const char *s, size_t n, const char *w)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (lower_of[(unsigned char)s[i]] != (unsigned char)w[i])
			return 0;
	return 1;
}

/* The lexicon entry for s[0..n) whose hash (before masking) is h. */
static int
lookup_h(const char *s, size_t n, unsigned h)
{
	int i;

	if (n == 0 || n > 16)
		return -1;
	h &= HSIZE - 1;
	while ((i = htab[h]) >= 0) {
		if (hlen[h] == n && ieq(s, n, lexicon[i].w))
			return i;
		h = (h + 1) & (HSIZE - 1);
	}
	return -1;
}

static int
lookup(const char *s, size_t n)
{
	return lookup_h(s, n, hash(s, n));
}


/* The symbol a multi-byte sequence stands for, with its length. */
static int
symbol(const unsigned char *p, size_t n, int *len)
{
	/* E2 xx yy: currency signs, minus, less or greater or equal */
	static const struct {
		unsigned char	 b1, b2;
		int		 sym;
	} sym3[] = {
		{ 0x82, 0xAC, S_EURO }, { 0x82, 0xB9, S_RUPEE },
		{ 0x82, 0xBE, S_LARI }, { 0x82, 0xAD, S_KIP },
		{ 0x82, 0xA1, S_COLON }, { 0x82, 0xBF, S_BTC },
		{ 0x88, 0x92, S_MINUS }, { 0x89, 0xA4, S_LE },
		{ 0x89, 0xA5, S_GE }
	};
	size_t k;

	if (n >= 2 && p[0] == 0xC2) {
		*len = 2;
		switch (p[1]) {
		case 0xA3:
			return S_POUND;
		case 0xA5:
			return S_YEN;
		case 0xA0:
			return ' ';
		case 0xAB:
		case 0xBB:
			return S_QUOTE;
		case 0xB0:
			return S_OTHER;
		case 0xBC:
		case 0xBD:
		case 0xBE:
			return S_VFRAC;
		}
		return 0;
	}
	if (n >= 3 && p[0] == 0xE2) {
		*len = 3;
		for (k = 0; k < sizeof(sym3) / sizeof(sym3[0]); k++)
			if (p[1] == sym3[k].b1 && p[2] == sym3[k].b2)
				return sym3[k].sym;
		if (p[1] == 0x85 && p[2] >= 0x93 && p[2] <= 0x9E)
			return S_VFRAC;
		if (p[1] == 0x80) {
			switch (p[2]) {
			case 0x98:
			case 0x99:
			case 0x9C:
			case 0x9D:
				return S_QUOTE;
			case 0x93:
			case 0x94:
				return S_DASH;
			case 0xA6:
			case 0xA2:
				return S_OTHER;
			case 0x89:
			case 0xAF:
				return ' ';
			}
		}
		return 0;
	}
	return 0;
}

/* The length of a space between digit groups at p[i], or 0. */
static size_t
group_sep(const unsigned char *p, size_t i, size_t n)
{
	if (i < n && p[i] == ' ')
		return 1;
	if (i + 1 < n && p[i] == 0xC2 && p[i + 1] == 0xA0)
		return 2;
	if (i + 2 < n && p[i] == 0xE2 && p[i + 1] == 0x80 &&
	    (p[i + 2] == 0x89 || p[i + 2] == 0xAF))
		return 3;
	return 0;
}

/* The value of a vulgar fraction sign: ½ ⅓ ¾ ... */
static void
vfrac(struct tok *t, const unsigned char *p)
{
	static const unsigned char pos[][2] = {
		{ 1, 3 }, { 2, 3 }, { 1, 5 }, { 2, 5 }, { 3, 5 }, { 4, 5 },
		{ 1, 6 }, { 5, 6 }, { 1, 8 }, { 3, 8 }, { 5, 8 }, { 7, 8 }
	};

	t->type = TK_VFRAC;
	if (p[0] == 0xC2) {
		t->mant = p[1] == 0xBE ? 3 : 1;
		t->ndig = p[1] == 0xBC ? 4 : p[1] == 0xBD ? 2 : 4;
	} else {
		t->mant = pos[p[2] - 0x93][0];
		t->ndig = pos[p[2] - 0x93][1];
	}
}

/*
 * Scientific notation after the digits at p[i]: 1e10, 1.3e-6,
 * 6.23x10^-4, 1.1^23.  The value goes back into *m and *dec (digits
 * after the point, so m / 10^dec); returns the end, or 0 if there is
 * none or the value does not fit.
 */
static size_t
scan_exp(const unsigned char *p, size_t i, size_t n, uint64_t *m, int *dec)
{
	int pw = 0, neg = 0, ex = 0, nd = 0;
	double b, r;

	if (p[i] == 'e' || p[i] == 'E') {
		i++;
		if (i < n && (p[i] == '+' || p[i] == '-'))
			neg = p[i++] == '-';
	} else {
		if (p[i] == 'x' || p[i] == 0xC3) {
			/* x10^ or ×10^ */
			i += p[i] == 'x' ? 1 : 2;
			if (p[i - 1] != 'x' && p[i - 1] != 0x97)
				return 0;
			if (i + 3 > n || p[i] != '1' || p[i + 1] != '0' ||
			    p[i + 2] != '^')
				return 0;
			i += 2;
		} else
			pw = 1;
		i++;
		/* -1.1^--23: each minus turns the sign */
		while (i < n && (p[i] == '+' || p[i] == '-'))
			neg ^= p[i++] == '-';
	}
	while (i < n && ISDIGIT(p[i]) && nd < 4) {
		ex = ex * 10 + (p[i++] - '0');
		nd++;
	}
	if (nd == 0 || (i < n && (ISALPHA(p[i]) || ISDIGIT(p[i]) ||
	    p[i] == '^' || p[i] == '_')))
		return 0;
	if (!pw) {
		/* move the point: exact while the digits fit */
		if (neg)
			*dec += ex;
		else {
			while (ex > 0 && *dec > 0) {
				(*dec)--;
				ex--;
			}
			for (; ex > 0; ex--) {
				if (*m > UINT64_MAX / 100)
					return 0;
				*m *= 10;
			}
		}
		return *dec > 300 ? 0 : i;
	}
	b = (double)*m;
	for (nd = 0; nd < *dec; nd++)
		b /= 10;
	if (b == 0 && neg)
		return 0;
	for (r = 1; ex > 0 && r < 1e18; ex--)
		r *= b;
	/* too large, or a tiny power whose inverse would be (.2^-2023) */
	if (r >= 1e18 || (r == 0 && b != 0) || (neg && r < 1e-18))
		return 0;
	if (neg)
		r = 1 / r;
	/* keep about 17 digits of the power */
	for (*dec = 0; r * 10 < 1e17 && *dec < 40 && r != (double)(uint64_t)r;
	    (*dec)++)
		r *= 10;
	*m = (uint64_t)(r + 0.5);
	return i;
}

/* Digits with thousands separators, a decimal part, a glued suffix. */
static size_t
scan_num(struct tok *t, const unsigned char *p, size_t i, size_t n)
{
	uint64_t m = 0;
	int nd = 0, dec = 0, code = 0, k;
	size_t j;

	while (i < n && ISDIGIT(p[i])) {
		m = m * 10 + (uint64_t)(p[i++] - '0');
		nd++;
		if (nd > 18)
			code = 1;
	}
	/* 5,200 and 1,000,000: groups of exactly three */
	while (!code && i + 3 < n + 0 && p[i] == ',' && ISDIGIT(p[i + 1]) &&
	    ISDIGIT(p[i + 2]) && ISDIGIT(p[i + 3]) &&
	    (i + 4 >= n || !ISDIGIT(p[i + 4]))) {
		for (k = 1; k <= 3; k++)
			m = m * 10 + (uint64_t)(p[i + k] - '0');
		nd += 3;
		i += 4;
		t->fl |= TF_COMMA;
		if (nd > 15)
			code = 1;
	}
	/*
	 * 1 000 000: a head of one to three digits, then triples after a
	 * space, a no-break space or a thin space
	 */
	if (!code && nd <= 3 && !(t->fl & TF_COMMA)) {
		size_t g;

		while ((g = group_sep(p, i, n)) != 0 && i + g + 2 < n &&
		    ISDIGIT(p[i + g]) && ISDIGIT(p[i + g + 1]) &&
		    ISDIGIT(p[i + g + 2]) && (i + g + 3 >= n ||
		    (!ISDIGIT(p[i + g + 3]) && p[i + g + 3] != ',' &&
		    p[i + g + 3] != '/' && p[i + g + 3] != ':' &&
		    p[i + g + 3] != '-'))) {
			for (k = 0; k < 3; k++)
				m = m * 10 + (uint64_t)(p[i + g + k] - '0');
			nd += 3;
			i += g + 3;
			t->fl |= TF_COMMA;
			if (nd > 15) {
				code = 1;
				break;
			}
		}
	}
	if (i + 1 < n && p[i] == '.' && ISDIGIT(p[i + 1])) {
		i++;
		while (i < n && ISDIGIT(p[i])) {
			if (nd + dec < 18) {
				m = m * 10 + (uint64_t)(p[i] - '0');
				dec++;
			}
			i++;
		}
		/* 1.2.3, 192.168.1.2: versions and addresses */
		if (i + 1 < n && p[i] == '.' && ISDIGIT(p[i + 1])) {
			code = 1;
			while (i < n && (ISDIGIT(p[i]) || (p[i] == '.' &&
			    i + 1 < n && ISDIGIT(p[i + 1]))))
				i++;
		}
	}
	t->sfx = -1;
	if (!code && i + 1 < n && (p[i] == 'e' || p[i] == 'E' || p[i] == '^' ||
	    (p[i] == 'x' && p[i + 1] == '1') || p[i] == 0xC3) &&
	    (j = scan_exp(p, i, n, &m, &dec)) != 0) {
		/* never a year, a date or a time */
		i = j;
		nd = 19;
	}
	if (i < n && ISALPHA(p[i])) {
		j = i;
		while (j < n && ISALPHA(p[j]))
			j++;
		k = lookup((const char *)p + i, j - i);
		if (!code && k >= 0 && (j >= n || !ISDIGIT(p[j])) &&
		    (lexicon[k].cls == L_SCALE || lexicon[k].cls == L_ORDSFX ||
		    lexicon[k].cls == L_UNIT || lexicon[k].cls == L_PCT ||
		    lexicon[k].cls == L_TIMEMK || lexicon[k].cls == L_ISO))
			t->sfx = (short)k;
		else
			code = 1;
		i = j;
		if (code)
			while (i < n && (ISALPHA(p[i]) || ISDIGIT(p[i]) ||
			    p[i] == '_'))
				i++;
	}
	t->type = code ? TK_CODE : TK_NUM;
	t->mant = m;
	t->dec = (short)dec;
	t->ndig = (short)nd;
	return i;
}

/* A word: letters, digits, inner apostrophes, dots of U.S. and a.m. */
static size_t
scan_word(struct tok *t, const unsigned char *p, size_t i, size_t n)
{
	size_t j = i, seg = i;
	int dotted = 0, upper = 0, lower = 0, sl, k;
	unsigned acc = 0;

	/* the common case: ASCII letters only */
	while (j < n && (cclass[p[j]] & (C_UPPER | C_LOWER)))
		acc |= cclass[p[j++]];
	if (acc & C_LOWER) {
		lower = 1;
		upper = (acc & C_UPPER) != 0;
	} else
		upper = (int)(j - i);
	while (j < n) {
		unsigned char c = p[j];

		if (ISUPPER(c)) {
			upper++;
			j++;
		} else if (ISLOWER(c)) {
			lower++;
			j++;
		} else if (ISDIGIT(c) || c == '_') {
			/* USD115: a currency code glued to its amount */
			if (j - i == 3 && upper == 3 && ISDIGIT(c) && (k =
			    lookup((const char *)p + i, 3)) >= 0 &&
			    lexicon[k].cls == L_ISO)
				break;
			t->fl |= TF_DIGIT;
			j++;
		} else if (c >= 0x80) {
			if (symbol(p + j, n - j, &sl) != 0) {
				/* ’ between letters is an apostrophe */
				if (sl == 3 && p[j + 2] == 0x99 && j > i &&
				    j + 3 < n && ISALPHA(p[j + 3])) {
					j += 3;
					continue;
				}
				break;
			}
			j++;
		} else if (c == '\'' && j > i && j + 1 < n &&
		    ISALPHA(p[j + 1])) {
			j++;
		} else if (c == '.' && j - seg <= 2 && j + 1 < n &&
		    ISALPHA(p[j + 1]) && (j + 2 >= n || !ISALPHA(p[j + 2]) ||
		    (j + 3 < n && p[j + 3] == '.' && ISALPHA(p[j + 2])))) {
			j++;
			seg = j;
			dotted = 1;
		} else
			break;
	}
	if (dotted && j < n && p[j] == '.')
		j++;
	/* iPhone, eBay: a capital inside a word makes a name too */
	if (ISUPPER(p[i]) || (upper > 0 && lower > 0))
		t->fl |= TF_CAP;
	if (upper >= 2 && lower == 0)
		t->fl |= TF_ALLCAP;
	if (j - i > 2 && (p[j - 1] == 's' || p[j - 1] == 'S') &&
	    (p[j - 2] == '\'' || (j - i > 4 && p[j - 2] == 0x99 &&
	    p[j - 3] == 0x80 && p[j - 4] == 0xE2)))
		t->fl |= TF_POSS;
	t->type = (t->fl & TF_DIGIT) ? TK_CODE : TK_WORD;
	if (t->type != TK_WORD)
		t->lx = -1;
	else
		t->lx = (short)lookup((const char *)p + i, j - i);
	return j;
}

/*
 * A chunk between spaces that holds a URL, an address or a handle is
 * one code token: pic.twitter.com/1Vamu0fDOy has no figure in it.
 */
static size_t
url_chunk(const unsigned char *p, size_t i, size_t n)
{
	while (i < n && p[i] != ' ' && p[i] != '\t')
		i++;
	return i;
}

static void
fill(void)
{
	const unsigned char *p = (const unsigned char *)txt;
	size_t i = tpos, n = tlen;
	struct tok *t;
	int sym, sl;

	while (ntok < TOKCAP && i < n) {
		unsigned char c = p[i];

		if (c == ' ' || c == '\t') {
			tsp = 1;
			i++;
			chunk_tok = ntok;
			chunk_pos = i;
			chunk_ok = 1;
			continue;
		}
		if (ntok >= TOKCAP - AHEAD && tsp)
			break;
		sym = 0;
		if (c >= 0x80)
			sym = symbol(p + i, n - i, &sl);
		if (sym == ' ') {
			tsp = 1;
			i += (size_t)sl;
			chunk_tok = ntok;
			chunk_pos = i;
			chunk_ok = 1;
			continue;
		}
		t = &toks[ntok];
		t->s = i;
		t->fl = tsp ? TF_SP : 0;
		t->lx = t->sfx = -1;
		t->sym = 0;
		tsp = 0;
		if (ISDIGIT(c) || (c == '.' && i + 1 < n &&
		    ISDIGIT(p[i + 1]) && t->fl & TF_SP))
			i = scan_num(t, p, i, n);
		else if (sym == S_VFRAC) {
			vfrac(t, p + i);
			i += (size_t)sl;
		}
		else if (ISALPHA(c) || (c >= 0x80 && sym == 0))
			i = scan_word(t, p, i, n);
		else {
			t->type = TK_PUNCT;
			if (sym != 0) {
				t->sym = (unsigned char)sym;
				i += (size_t)sl;
			} else {
				t->sym = c == '\'' || c == '`' ? S_QUOTE : c;
				i++;
			}
			if (chunk_ok && (c == '@' || (c == '/' && ((i < n &&
			    ISALPHA(p[i])) || (i >= 2 && ISALPHA(p[i - 2])))) ||
			    (c == ':' && i + 1 < n && p[i] == '/' &&
			    p[i + 1] == '/'))) {
				ntok = chunk_tok;
				t = &toks[ntok];
				t->s = chunk_pos;
				t->fl = TF_SP;
				t->type = TK_CODE;
				t->lx = t->sfx = -1;
				i = url_chunk(p, i, n);
			}
		}
		t->e = i;
		ntok++;
	}
	tpos = i;
	teof = i >= n;
}

static const struct tok *
tk(size_t j)
{
	return j < ntok ? &toks[j] : &endtok;
}

static int
cls(size_t j)
{
	const struct tok *t = tk(j);

	return t->type == TK_WORD && t->lx >= 0 ? lexicon[t->lx].cls : L_NONE;
}

static int
wfl(size_t j)
{
	const struct tok *t = tk(j);

	return t->type == TK_WORD && t->lx >= 0 ? lexicon[t->lx].fl : 0;
}

static int
is_sym(size_t j, int s)
{
	const struct tok *t = tk(j);

	return t->type == TK_PUNCT && t->sym == s;
}

/* Token j is glued to the one before it. */
static int
glued(size_t j)
{
	return j < ntok && !(toks[j].fl & TF_SP);
}

static int
word_is(size_t j, const char *w)
{
	const struct tok *t = tk(j);

	return t->type == TK_WORD && ieq_any(txt + t->s, t->e - t->s, w);
}

static double
pow10i(int e)
{
	double r = 1;

	while (e-- > 0)
		r *= 10;
	return r;
}

static double
numval(const struct tok *t)
{
	return (double)t->mant / pow10i(t->dec);
}

/* mant * scale, exact for whole results. */
static double
scaled(const struct tok *t, double scale)
{
	int e = 0;
	double s = scale;

	while (s >= 10 && e < 15) {
		s /= 10;
		e++;
	}
	if (s == 1 && e >= t->dec)
		return (double)t->mant * pow10i(e - t->dec);
	return numval(t) * scale;
}

static double
lexv(size_t j)
{
	const struct tok *t = tk(j);

	return t->type == TK_WORD && t->lx >= 0 ? lexicon[t->lx].v : 0;
}

static int
is_dash(size_t j)
{
	return is_sym(j, '-') || is_sym(j, S_DASH);
}

/* "three fifths", "one half" from j: a fraction, not more units. */
static int
frac_follows(size_t j)
{
	size_t k;
	int c;

	for (k = j; k < j + 4; k++) {
		c = cls(k);
		if (c == L_FRACPL || c == L_HALF || (c == L_ORD &&
		    lexv(k) >= 3))
			return 1;
		if (c != L_NUM && c != L_TENS && !is_dash(k))
			return 0;
	}
	return 0;
}

/*
 * Number words, and digits between them, from j up to lim: "one
 * hundred and twelve", "twenty-five", "4 thousand 3 hundred and 21",
 * "three dozens", "two hundred point zero three".  *sc gets the last
 * scale.
 */
/*
 * Does the number at j continue the one before "and"?  Not when it is
 * zero or names a scale as large as one already used: "3 hundred and
 * 2 hundred", "4 thousand 3 hundred and 0" are two numbers each.
 */
static int
and_joins(size_t j, int last, double scale)
{
	size_t k = j;
	int c;

	if ((tk(j)->type == TK_NUM && tk(j)->mant == 0) ||
	    (cls(j) == L_NUM && lexv(j) == 0))
		return 0;
	if (cls(j) == L_TENS && is_dash(j + 1) && cls(j + 2) == L_NUM)
		k = j + 2;
	c = cls(k + 1);
	return !((c == L_HUNDRED && last == L_HUNDRED) ||
	    (c == L_SCALE && scale > 1 && lexv(k + 1) >= scale));
}

static size_t
words_upto(size_t j, size_t lim, double *out, double *sc)
{
	double total = 0, cur = 0, v, scale = 1, fv, grp = 0;
	int last = 0, big = 0, c, nd;
	size_t k = j;
	const struct tok *t;

	for (;; k++) {
		if (k >= lim)
			break;
		t = tk(k);
		c = cls(k);
		v = lexv(k);
		if (k == j && t->type == TK_NUM) {
			cur = grp = numval(t);
			last = L_NONE + 100;
		} else if (t->type == TK_NUM && t->sfx < 0 && t->dec == 0 &&
		    !(t->fl & TF_COMMA) && (last == L_SCALE ||
		    last == L_HUNDRED || last == L_AND) &&
		    numval(t) < (last == L_SCALE ? scale : 100)) {
			cur += numval(t);
			grp = numval(t);
			last = L_NUM;
		} else if (c == L_NUM && (last == 0 || last == L_HUNDRED ||
		    last == L_SCALE || last == L_AND ||
		    (last == L_TENS && v > 0 && v < 10))) {
			cur += v;
			grp = last == L_TENS ? grp + v : v;
			last = L_NUM;
		} else if (last == L_TENS && is_dash(k) && cls(k + 1) ==
		    L_NUM && lexv(k + 1) > 0 && lexv(k + 1) < 10) {
			cur += lexv(++k);
			grp += lexv(k);
			last = L_NUM;
		} else if (c == L_TENS && (last == 0 || last == L_HUNDRED ||
		    last == L_SCALE || last == L_AND)) {
			cur += v;
			grp = v;
			last = L_TENS;
		} else if (c == L_HUNDRED && last == 0 && cls(k + 1) == L_SCALE) {
			/* hundred thousand */
			cur = 100;
			last = L_HUNDRED;
			big = 1;
		} else if (c == L_HUNDRED && last != 0 && last != L_HUNDRED &&
		    last != L_AND && last != L_SCALE && cur > 0 &&
		    (cur < 100 || last == L_NONE + 100)) {
			cur *= 100;
			grp = 0;
			last = L_HUNDRED;
			big = 1;
		} else if (c == L_SCALE && last != 0 && last != L_AND &&
		    (t->e - t->s > 3 || (last == L_NONE + 100 &&
		    t->e - t->s > 1) || word_is(k, "k")) &&
		    (cur > 0 || (last == L_SCALE && v > scale))) {
			if (cur > 0)
				total += cur * v;
			else
				total *= v;
			scale = v;
			cur = grp = 0;
			last = L_SCALE;
			big = 1;
		} else if ((c == L_DOZEN || (c == L_VAGUE && v == 12)) &&
		    last != 0 && last != L_AND && last != L_SCALE && grp > 0) {
			cur += grp * 11;
			grp = 0;
			last = L_DOZEN;
		} else if (c == L_AND && big && last != L_AND &&
		    (cls(k + 1) == L_NUM || cls(k + 1) == L_TENS ||
		    (tk(k + 1)->type == TK_NUM && tk(k + 1)->sfx < 0)) &&
		    (lim != (size_t)-1 || !frac_follows(k + 1)) &&
		    and_joins(k + 1, last, scale)) {
			last = L_AND;
		} else if (c == L_POINT && last != 0 && last != L_AND &&
		    last != L_NONE + 100 && (cls(k + 1) == L_NUM ||
		    cls(k + 1) == L_TENS)) {
			/* two hundred point zero three */
			fv = 0;
			nd = 0;
			for (k++; nd < 9; k++) {
				if (cls(k) == L_NUM && lexv(k) < 10) {
					fv = fv * 10 + lexv(k);
					nd++;
				} else if (cls(k) == L_NUM) {
					fv = fv * 100 + lexv(k);
					nd += 2;
				} else if (cls(k) == L_TENS) {
					v = lexv(k);
					if (is_dash(k + 1) && cls(k + 2) == L_NUM &&
					    lexv(k + 2) < 10) {
						v += lexv(k + 2);
						k += 2;
					}
					fv = fv * 100 + v;
					nd += 2;
				} else
					break;
			}
			cur += fv / pow10i(nd);
			break;
		} else
			break;
	}
	if (last == L_AND)
		k--;
	*out = total + cur;
	*sc = scale;
	return k;
}

static size_t
words_num(size_t j, double *out, double *sc)
{
	return words_upto(j, (size_t)-1, out, sc);
}

/*
 * A word that could be the noun after an ordinal: "a third attack" is
 * an ordinal, "a third of" and "a third." are fractions.
 */
static int
content_word(size_t j)
{
	const struct tok *t = tk(j);

	if (t->type != TK_WORD)
		return t->type == TK_NUM;
	return !(wfl(j) & W_STOP) && cls(j) != L_SCALE;
}

/* A fraction from j: a half, three quarters, one-fifth, 1/4, ½. */
static int
frac_at(size_t j, double *f, size_t *end)
{
	const struct tok *t = tk(j);
	double n, d, sc;
	size_t k;
	int c;

	if (t->type == TK_VFRAC) {
		*f = (double)t->mant / t->ndig;
		*end = j + 1;
		return 1;
	}
	if (t->type == TK_NUM && t->dec == 0 && t->sfx < 0 &&
	    is_sym(j + 1, '/') && glued(j + 1) && glued(j + 2) &&
	    tk(j + 2)->type == TK_NUM && tk(j + 2)->dec == 0 &&
	    tk(j + 2)->sfx < 0 && t->mant < tk(j + 2)->mant &&
	    tk(j + 2)->mant <= 100) {
		*f = (double)t->mant / (double)tk(j + 2)->mant;
		*end = j + 3;
		return 1;
	}
	if (cls(j) == L_A) {
		n = 1;
		k = j + 1;
	} else if (cls(j) == L_NUM || cls(j) == L_TENS)
		k = words_num(j, &n, &sc);
	else
		return 0;
	if (is_dash(k) && glued(k) && glued(k + 1))
		k++;
	c = cls(k);
	d = lexv(k);
	if (c == L_HALF || (c == L_FRACPL && n > 1 && d > 1) ||
	    (c == L_ORD && d >= 3 && n == 1)) {
		*f = n / d;
		*end = k + 1;
		return 1;
	}
	return 0;
}

/*
 * The words j..lim-1 (a dash before lim left out) are exactly one
 * number, > 0, into *v.
 */
static int
words_exact(size_t j, size_t lim, double *v)
{
	double sc;

	if (is_dash(lim - 1) && glued(lim - 1) && glued(lim))
		lim--;
	if (lim <= j || cls(j) == L_AND || cls(j) == L_SCALE)
		return 0;
	return words_upto(j, lim, v, &sc) == lim && *v > 0;
}

/* A whole number a long holds: only then may it be cast to one. */
static int
whole(double v)
{
	return v > -1e15 && v < 1e15 && v == (double)(long)v;
}

/*
 * A fraction whose denominator is a compound ordinal: one twenty-fifth,
 * three twenty-firsts, a hundred trillionths.  The numerator is the
 * shortest that leaves a whole ordinal after it, so one hundred
 * thirty-fifths is 100/35 and one hundred and thirty fifths 130/5; a
 * singular ordinal needs the numerator one, and a noun after it makes
 * it an ordinal (a twenty-first century).
 */
static int
compound_frac(size_t j, double *f, size_t *end)
{
	size_t d, s, t;
	double num, w, ov, den;
	int a = cls(j) == L_A, k;

	for (d = j + 1; d < j + 12; d++) {
		k = cls(d);
		if (k != L_NUM && k != L_TENS && k != L_HUNDRED &&
		    k != L_SCALE && k != L_AND && !(is_dash(d) && glued(d) &&
		    glued(d + 1)))
			break;
	}
	k = cls(d);
	ov = lexv(d);
	if ((k != L_ORD && k != L_FRACPL) || d < j + 2 || (k == L_ORD &&
	    content_word(d + 1) && !is_sym(d + 1, '-')))
		return 0;
	for (s = j + 1; s <= d; s++) {
		/* the numerator j..s-1 */
		if (a && s == j + 1)
			num = 1;
		else if (a && s == j + 2 && cls(j + 1) == L_HUNDRED)
			num = 100;
		else if (!words_exact(j + a, s, &num))
			continue;
		/* the denominator s..d */
		if (s == d) {
			/* one-third, a two-thirds: simpler cases */
			if (d - j - (size_t)a - (is_dash(d - 1) ? 1 : 0) < 2 &&
			    !(a && cls(j + 1) == L_HUNDRED))
				continue;
			den = ov;
		} else {
			/* one hundred and fifth */
			if ((cls(s) != L_NUM && cls(s) != L_TENS) ||
			    !words_exact(s, d - (cls(d - 1) == L_AND), &w))
				continue;
			if (ov >= 100 && w < 1000)
				den = w * ov;
			else if (whole(w) && ((ov < 10 && (long)w % 10 == 0) ||
			    (ov >= 10 && ov < 100 && (long)w % 100 == 0)))
				den = w + ov;
			else
				continue;
		}
		if (den < 3 || (k == L_ORD && num != 1))
			return 0;
		/*
		 * a hundred and three quarters is a mixed number; a
		 * hundred and thirty fifths is not, 30/5 being no fraction
		 */
		for (t = s; t > j && cls(t - 1) != L_AND; t--)
			;
		if (t > j && words_exact(t, s, &w) && w < den)
			return 0;
		*f = num / den;
		*end = d + 1;
		return 1;
	}
	return 0;
}

/* The core number at j: digits or words, with a scale. */
struct core {
	double		 v, scale;
	size_t		 end;
	int		 words, frac, vague, ord;
};

static int	core_at(size_t, struct core *);


/* 2 1/4, two and a half, 3 million and a half, five and a half million */
static void
mixed(struct core *c)
{
	size_t e = c->end, fe;
	double f, s2;

	if (c->frac || c->ord || c->vague)
		return;
	if (tk(e - 1)->type == TK_NUM && tk(e - 1)->dec == 0 &&
	    (tk(e)->type == TK_VFRAC || (tk(e)->type == TK_NUM &&
	    is_sym(e + 1, '/') && glued(e + 1))) && frac_at(e, &f, &fe) &&
	    f < 1 && c->scale == 1) {
		c->v += f;
		c->end = fe;
		return;
	}
	if (cls(e) != L_AND || !frac_at(e + 1, &f, &fe))
		return;
	if (cls(fe) == L_SCALE && tk(fe)->e - tk(fe)->s > 3) {
		s2 = lexv(fe++);
		if (c->scale > 1)
			c->v += f * s2;
		else
			c->v = (c->v + f) * s2;
		c->scale = s2;
	} else
		c->v += f * c->scale;
	c->end = fe;
}

static int
is_timeunit(const char *w)
{
	size_t i;

	for (i = 0; timeunits[i] != NULL; i++)
		if (w[0] == timeunits[i][0] && strcmp(w, timeunits[i]) == 0)
			return 1;
	return 0;
}

/* The singular, lower-case form of token j's word into buf. */
static void
singular(const struct tok *t, char *buf, size_t cap, int plural)
{
	size_t n = t->e - t->s, i;
	const char *s = txt + t->s;

	if (t->fl & TF_POSS)
		n -= (s[n - 2] == '\'') ? 2 : 4;
	if (n >= cap)
		n = cap - 1;
	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];

		buf[i] = (char)(ISUPPER(c) ? c + 'a' - 'A' : c);
	}
	buf[n] = '\0';
	if (!plural)
		return;
	for (i = 0; irregular[i][0] != NULL; i++)
		if (buf[0] == irregular[i][0][0] &&
		    strcmp(buf, irregular[i][0]) == 0) {
			if (strlen(irregular[i][1]) < cap)
				strcpy(buf, irregular[i][1]);
			return;
		}
	if (n > 3 && strcmp(buf + n - 3, "ies") == 0)
		strcpy(buf + n - 3, "y");
	else if (n > 4 && (strcmp(buf + n - 4, "ches") == 0 ||
	    strcmp(buf + n - 4, "shes") == 0 ||
	    strcmp(buf + n - 4, "sses") == 0))
		buf[n - 2] = '\0';
	else if (n > 3 && (strcmp(buf + n - 3, "xes") == 0 ||
	    strcmp(buf + n - 3, "zes") == 0 || strcmp(buf + n - 3, "oes") == 0))
		buf[n - 2] = '\0';
	else if (n > 2 && buf[n - 1] == 's' && buf[n - 2] != 's' &&
	    buf[n - 2] != 'u' && buf[n - 2] != 'i')
		buf[n - 1] = '\0';
}

static int
plural_look(const struct tok *t)
{
	const char *s = txt + t->s;
	size_t n = t->e - t->s, i;
	char c, d;

	if (t->fl & TF_POSS)
		return 0;
	c = s[n - 1];
	d = n > 1 ? s[n - 2] : 0;
	if ((c == 's' || c == 'S') && n > 2 && d != 's' && d != 'S' &&
	    d != 'u' && d != 'i' && d != '\'' && !(n > 3 && (d == 'u' ||
	    d == 'U') && (s[n - 3] == 'o' || s[n - 3] == 'O')))
		return 1;
	for (i = 0; irregular[i][0] != NULL; i++)
		if (lower_of[(unsigned char)s[0]] == irregular[i][0][0] &&
		    ieq_any(s, n, irregular[i][0]))
			return 1;
	return 0;
}

/*
 * A word that reads as a modifier before the noun: displaced,
 * fighting, global, military, dangerous, effective.
 */
static int
modifier_look(const struct tok *t)
{
	static const char *const sfx[] = { "ed", "ing", "al", "ary", "ous",
	    "ive", "ic", "ful", "less", "ish", "ian", "ese", "ern", NULL };
	const char *s = txt + t->s;
	size_t n = t->e - t->s, m, i;

	if (n < 5)
		return 0;
	for (i = 0; sfx[i] != NULL; i++) {
		m = strlen(sfx[i]);
		if (ieq_any(s + n - m, m, sfx[i]))
			return 1;
	}
	return 0;
}

static int
ends_with(const struct tok *t, const char *sfx)
{
	size_t n = t->e - t->s, m = strlen(sfx);

	return n > m + 2 && ieq_any(txt + t->e - m, m, sfx);
}

/* Is case in this stretch of text telling (not an all-caps headline)? */
static int
case_tells(size_t j)
{
	size_t a = tk(j)->s, b, up = 0, lo = 0, i;

	b = a + 48 < tlen ? a + 48 : tlen;
	a = a > 24 ? a - 24 : 0;
	for (i = a; i < b; i++) {
		unsigned char c = (unsigned char)txt[i];

		if (ISUPPER(c))
			up++;
		else if (ISLOWER(c))
			lo++;
	}
	return lo >= up;
}

/*
 * The noun a figure counts, from token j on: adjectives, names and
 * nationalities are passed over ("5,200 American troops"), a quoted
 * stretch too; a plural figure takes the first plural-looking word,
 * a singular one the first lower-case word.
 */
static void
find_counted(struct fig *f, size_t j)
{
	size_t k, n, fallback = (size_t)-1;
	int tells, first = 1;
	const struct tok *t;

	f->counted[0] = '\0';
	/* 2 million-strong: the rest of a compound adjective */
	if (is_dash(j) && glued(j) && glued(j + 1) && tk(j + 1)->type == TK_WORD)
		j += 2;
	/* eight out of ten voters: both count voters */
	if (word_is(j, "out") && cls(j + 1) == L_OF && starts_num(j + 2)) {
		struct core c;

		if (core_at(j + 2, &c) && !c.frac && !c.ord) {
			find_counted(f, c.end);
			return;
		}
	}
	if (cls(j) == L_OF) {
		j++;
		while (wfl(j) & W_DET || (tk(j)->type == TK_WORD &&
		    (tk(j)->fl & TF_POSS)))
			j++;
		if (cls(j) == L_VAGUE)
			return;
		/* seven of the nine judges */
		if (tk(j)->type == TK_NUM || cls(j) == L_NUM ||
		    cls(j) == L_TENS) {
			struct core c;

			if (core_at(j, &c) && !c.frac && !c.ord)
				find_counted(f, c.end);
			return;
		}
	} else if (f->kind[0] == 'f' && (wfl(j) & W_DET))
		j++;
	tells = case_tells(j);
	for (k = j, n = 0; n < 7; k++) {
		t = tk(k);
		if (t->type == TK_PUNCT && t->sym == S_QUOTE) {
			/* skip a quoted stretch: 52 "high level" sites */
			size_t q = k + 1;

			while (q < k + 10 && tk(q)->type != TK_END &&
			    !is_sym(q, S_QUOTE))
				q++;
			if (!is_sym(q, S_QUOTE))
				break;
			k = q;
			continue;
		}
		if (t->type == TK_PUNCT && (t->sym == '-' || t->sym == '&' ||
		    t->sym == '/') && !(t->fl & TF_SP))
			continue;
		if (t->type != TK_WORD)
			break;
		/* four others: the noun counted before; 4,000 more soldiers */
		if (cls(k) == L_OTHERS && first) {
			if (tk(k + 1)->type == TK_WORD && !(wfl(k + 1) &
			    W_STOP) && cls(k + 1) == L_NONE) {
				first = 0;
				continue;
			}
			if (f->plural && last_counted[0] != '\0')
				memcpy(f->counted, last_counted,
				    sizeof(f->counted));
			return;
		}
		if (((wfl(k) & W_STOP) && !(tells && (t->fl & TF_ALLCAP))) ||
		    (t->lx >= 0 && (cls(k) == L_NUM ||
		    cls(k) == L_TENS || cls(k) == L_CUR || cls(k) == L_PCT)))
			break;
		/* a compound's first part carries its capital */
		if (is_sym(k + 1, '-') && glued(k + 1) && glued(k + 2) &&
		    tk(k + 2)->type == TK_WORD) {
			if (tells && (t->fl & TF_CAP)) {
				k += 2;
				n++;
				first = 0;
				continue;
			}
			first = 0;
			continue;
		}
		n++;
		if (t->fl & TF_POSS) {
			first = 0;
			continue;
		}
		if (tells && (t->fl & (TF_CAP | TF_ALLCAP))) {
			first = 0;
			continue;
		}
		/* displaced families, global revenue: a modifier first */
		if (modifier_look(t) && tk(k + 1)->type == TK_WORD &&
		    !(wfl(k + 1) & W_STOP) && cls(k + 1) == L_NONE &&
		    !ends_with(tk(k + 1), "ed")) {
			first = 0;
			continue;
		}
		if (!f->plural || plural_look(t)) {
			/*
			 * aircraft carriers, police officers, aid trucks;
			 * but "one in four adults smokes" has a verb
			 */
			if (f->plural != 2 && tk(k + 1)->type == TK_WORD &&
			    !(wfl(k + 1) &
			    W_STOP) && cls(k + 1) == L_NONE &&
			    !(tk(k + 1)->fl & (TF_CAP | TF_ALLCAP)) &&
			    plural_look(tk(k + 1)) && !(!f->plural &&
			    plural_look(t)))
				t = tk(k + 1);
			singular(t, f->counted, sizeof(f->counted), 1);
			return;
		}
		if (fallback == (size_t)-1 && !modifier_look(t))
			fallback = k;
		first = 0;
	}
	if (fallback != (size_t)-1)
		singular(tk(fallback), f->counted, sizeof(f->counted), 1);
	else if (tells && f->plural && k > j) {
		/* 3.6 million Syrians, three Marines and: a proper noun */
		t = tk(k - 1);
		if (t->type == TK_WORD && (t->fl & TF_CAP) &&
		    !(t->fl & (TF_ALLCAP | TF_POSS)) && plural_look(t) &&
		    t->lx < 0)
			singular(t, f->counted, sizeof(f->counted), 1);
	}
}

/* Approximator phrases ending at token j-1; returns the first token. */
static size_t
approx_before(size_t j, char *q)
{
	size_t i, n, k;

	if (j > 0 && cls(j - 1) == L_APPROX) {
		/* "over" needs no "the", "some" no "for" before it */
		*q = lexicon[tk(j - 1)->lx].q;
		if (*q == '~' && word_is(j - 1, "estimated") && j - 1 > 0 &&
		    cls(j - 2) == L_A) {
			return j - 2;
		}
		if (word_is(j - 1, "over") && j - 1 > 0 &&
		    (word_is(j - 2, "just") || word_is(j - 2, "well"))) {
			return j - 2;
		}
		if (word_is(j - 1, "under") && j - 1 > 0 &&
		    word_is(j - 2, "just"))
			return j - 2;
		return j - 1;
	}
	/* every phrase ends in a lexicon word; the longest one wins */
	if (j > 0 && tk(j - 1)->type == TK_WORD && tk(j - 1)->lx >= 0) {
		for (i = 0; i < napprox; i++) {
			n = approx_len[approx_ord[i]];
			if (j < n)
				continue;
			for (k = 0; k < n; k++)
				if (!word_is(j - n + k,
				    approx[approx_ord[i]].w[k]))
					break;
			if (k == n) {
				*q = approx[approx_ord[i]].q;
				return j - n;
			}
		}
	}
	/* <, >, <=, >=, < =, ≤, ≥ */
	if (j > 0 && tk(j - 1)->type == TK_PUNCT) {
		int a = tk(j - 1)->sym, b = j - 1 > 0 &&
		    tk(j - 2)->type == TK_PUNCT ? tk(j - 2)->sym : 0;

		if (a == S_LE || a == S_GE) {
			*q = a == S_LE ? 'L' : 'G';
			return j - 1;
		}
		if (a == '=' && (b == '<' || b == '>')) {
			*q = b == '<' ? 'L' : 'G';
			return j - 2;
		}
		if ((a == '<' || a == '>') && b != '=' && b != '<' &&
		    b != '>' && !is_sym(j, '>')) {
			*q = (char)a;
			return j - 1;
		}
	}
	return j;
}

/* MAUD, MEUR in lower case are names (Maud) or nothing */
static int
mcode_lower(size_t j)
{
	return lexv(j) > 1 && !(tk(j)->fl & TF_ALLCAP);
}

static int
is_cursym(size_t j)
{
	const struct tok *t = tk(j);

	return t->type == TK_PUNCT && (t->sym == '$' || t->sym == S_EURO ||
	    t->sym == S_POUND || t->sym == S_YEN || t->sym == S_RUPEE ||
	    t->sym >= S_LARI);
}

static const char *
cursym_code(size_t j)
{
	size_t i;

	switch (tk(j)->sym) {
	case S_EURO:
		return "EUR";
	case S_POUND:
		return "GBP";
	case S_YEN:
		return "JPY";
	case S_RUPEE:
		return "INR";
	case S_LARI:
		return "GEL";
	case S_KIP:
		return "LAK";
	case S_COLON:
		return "CRC";
	case S_BTC:
		return "BTC";
	}
	if (j > 0 && glued(j) && tk(j - 1)->type == TK_WORD)
		for (i = 0; dollarpfx[i][0] != NULL; i++)
			if (word_is(j - 1, dollarpfx[i][0]))
				return dollarpfx[i][1];
	return "USD";
}

/* a quarter of a million, two thirds of a billion */
static void
of_scale(struct core *c)
{
	size_t e = c->end;

	if (cls(e) == L_OF && cls(e + 1) == L_A && cls(e + 2) == L_SCALE &&
	    tk(e + 2)->e - tk(e + 2)->s > 3) {
		c->v *= lexv(e + 2);
		c->end = e + 3;
		c->frac = 0;
	}
}

/*
 * A ratio: 2 out of 5, one in four adults, 1 over 3 is one fraction.
 * The counts must be in order (2 in 5, never 5 in 2); "in" must not
 * lead to a year or a duration (3 in 2019, 2 in 5 minutes), and "over"
 * must end the phrase, since "over 300 people" is an approximator and
 * "120 over 80" no fraction.
 */
static int
ratio(size_t j, struct core *c)
{
	struct core d;
	size_t e = c->end, k;
	const struct tok *t;
	char w[64];
	int over;

	/* whole counts, and not the end of a score such as 287-3 */
	if (c->frac || c->ord || c->vague || c->v <= 0 || !whole(c->v) ||
	    (j > 0 && is_dash(j - 1) &&
	    glued(j)))
		return 0;
	if (word_is(e, "out") && cls(e + 1) == L_OF)
		k = e + 2;
	else if (word_is(e, "in") || word_is(e, "over"))
		k = e + 1;
	else
		return 0;
	over = word_is(e, "over");
	if ((tk(k)->type != TK_NUM && cls(k) != L_NUM && cls(k) != L_TENS) ||
	    not_figure(k) || !core_at(k, &d) || d.frac || d.ord || d.vague ||
	    d.v < c->v || (d.v == c->v && k == e + 1) || !whole(d.v))
		return 0;
	t = tk(d.end);
	if (t->type == TK_WORD) {
		singular(t, w, sizeof(w), 1);
		if (is_timeunit(w))
			return 0;
	}
	if (over && t->type == TK_WORD && !(wfl(d.end) & W_STOP))
		return 0;
	over = c->v == 1 ? 2 : 1;
	c->v /= d.v;
	c->end = d.end;
	c->frac = 1;
	return over;
}

static int
core_at(size_t j, struct core *c)
{
	const struct tok *t = tk(j);
	int k = cls(j);
	double v;
	size_t e;

	memset(c, 0, sizeof(*c));
	c->scale = 1;
	if (t->type == TK_VFRAC) {
		c->v = (double)t->mant / t->ndig;
		c->end = j + 1;
		c->frac = 1;
		return 1;
	}
	if (t->type == TK_NUM) {
		if (t->sfx >= 0 && lexicon[t->sfx].cls == L_ORDSFX) {
			c->v = numval(t);
			c->end = j + 1;
			c->ord = 1;
			return 1;
		}
		/* 1/3: a fraction when small and not a date */
		if (is_sym(j + 1, '/') && glued(j + 1) && glued(j + 2) &&
		    tk(j + 2)->type == TK_NUM && t->dec == 0 &&
		    tk(j + 2)->dec == 0 && !(is_sym(j + 3, '/') &&
		    glued(j + 3)) && tk(j + 2)->mant >= 2 &&
		    tk(j + 2)->mant <= 10 && t->mant < tk(j + 2)->mant &&
		    t->sfx < 0 && tk(j + 2)->sfx < 0) {
			c->v = (double)t->mant / (double)tk(j + 2)->mant;
			c->end = j + 3;
			c->frac = 1;
			return 1;
		}
		if (t->sfx >= 0 && lexicon[t->sfx].cls == L_SCALE) {
			c->scale = lexicon[t->sfx].v;
			c->v = scaled(t, c->scale);
			c->end = j + 1;
			return 1;
		}
		c->v = numval(t);
		c->end = j + 1;
		if (t->sfx >= 0)
			return 1;
		k = cls(j + 1);
		if (k == L_SCALE || k == L_HUNDRED || k == L_DOZEN ||
		    (k == L_VAGUE && lexv(j + 1) == 12))
			c->end = words_num(j, &c->v, &c->scale);
		mixed(c);
		return 1;
	}
	if (t->type != TK_WORD || t->lx < 0)
		return 0;
	if ((k == L_NUM || k == L_TENS || (k == L_A && (cls(j + 1) ==
	    L_NUM || cls(j + 1) == L_TENS || cls(j + 1) == L_HUNDRED))) &&
	    compound_frac(j, &c->v, &c->end)) {
		c->frac = 1;
		c->words = 1;
		return 1;
	}
	/* a dozen, a hundred, a million, a third, a quarter, a half */
	if (k == L_A) {
		k = cls(j + 1);
		v = lexv(j + 1);
		if (k == L_DOZEN || k == L_HUNDRED ||
		    (k == L_SCALE && tk(j + 1)->e - tk(j + 1)->s > 3) ||
		    (k == L_SCORE && cls(j + 2) == L_OF)) {
			c->v = v;
			c->end = j + 2;
			c->words = 1;
			if (k == L_HUNDRED || k == L_DOZEN || k == L_SCALE) {
				/* a hundred and twelve, a hundred thousand */
				e = words_num(j + 1, &v, &c->scale);
				if (e > c->end && cls(j + 1) != L_SCALE) {
					c->v = v;
					c->end = e;
				}
				if (k == L_SCALE)
					c->scale = c->v;
				/* a hundred trillionth */
				if (k != L_DOZEN && cls(c->end) == L_ORD &&
				    lexv(c->end) >= 100) {
					c->v *= lexv(c->end++);
					c->ord = 1;
					return 1;
				}
			}
			mixed(c);
			return 1;
		}
		if (k == L_HALF && cls(j + 2) == L_SCALE &&
		    tk(j + 2)->e - tk(j + 2)->s > 3) {
			c->v = lexv(j + 2) / v;
			c->end = j + 3;
			c->words = 1;
			return 1;
		}
		if ((k == L_HALF || (k == L_ORD && v >= 3)) &&
		    !content_word(j + 2)) {
			c->v = 1 / v;
			c->end = j + 2;
			c->frac = 1;
			c->words = 1;
			of_scale(c);
			return 1;
		}
		return 0;
	}
	/* half the country, half of them, half a million, half a dozen */
	if (k == L_HALF) {
		v = lexv(j);
		e = cls(j + 1) == L_A && v == 2 ? j + 2 : j + 1;
		if ((cls(e) == L_SCALE && tk(e)->e - tk(e)->s > 3) ||
		    (cls(e) == L_DOZEN && e == j + 2)) {
			c->v = lexv(e) / v;
			c->end = e + 1;
			c->words = 1;
			return 1;
		}
		if (v == 2 && (cls(j + 1) == L_OF || (wfl(j + 1) & W_DET))) {
			c->v = 0.5;
			c->end = j + 1;
			c->frac = 1;
			c->words = 1;
			return 1;
		}
		return 0;
	}
	/* thousands, hundreds of thousands, tens of millions; scores of */
	if (k == L_VAGUE) {
		c->v = lexicon[t->lx].v;
		if ((c->v == 10 || c->v == 20) && cls(j + 1) != L_OF)
			return 0;
		c->end = j + 1;
		if (cls(j + 1) == L_OF && cls(j + 2) == L_VAGUE) {
			c->v *= lexv(j + 2);
			c->end = j + 3;
		}
		c->vague = 1;
		c->words = 1;
		return 1;
	}
	/* several hundred, a few thousand, many thousands */
	if (k == L_FEW || k == L_MANY) {
		e = j + 1;
		k = cls(e);
		if (k == L_HUNDRED || (k == L_SCALE && tk(e)->e - tk(e)->s > 3) ||
		    (k == L_VAGUE && cls(j) == L_MANY)) {
			c->v = lexv(e);
			c->end = e + 1;
			c->vague = 1;
			c->words = 1;
			return 1;
		}
		return 0;
	}
	if (k == L_ORD) {
		c->v = lexicon[t->lx].v;
		c->end = j + 1;
		c->ord = 1;
		c->words = 1;
		return 1;
	}
	if (k == L_HUNDRED && cls(j + 1) == L_SCALE) {
		c->end = words_num(j, &c->v, &c->scale);
		c->words = 1;
		return c->end > j + 1;
	}
	if (k != L_NUM && k != L_TENS)
		return 0;
	c->end = words_num(j, &c->v, &c->scale);
	c->words = 1;
	e = c->end;
	/* twenty-first, one hundred twenty fifth, two hundredth */
	if (is_dash(e) && glued(e) && glued(e + 1) && cls(e + 1) == L_ORD)
		e++;
	v = lexv(e);
	if (cls(e) == L_ORD && ((v < 10 && c->v >= 20 && whole(c->v) &&
	    (long)c->v % 10 == 0) || (v >= 100 && c->v > 1))) {
		c->v = v < 10 ? c->v + v : c->v * v;
		c->end = e + 1;
		c->ord = 1;
		return 1;
	}
	/* one-third, two thirds, three quarters, one half */
	{
		int hy;

		e = c->end;
		hy = is_dash(e) && cls(e + 1) != L_NUM && cls(e + 1) != L_TENS;
		if (hy)
			e++;
		k = cls(e);
		v = lexv(e);
		if ((k == L_FRACPL && c->v > 1 && v > 1) || ((k == L_HALF ||
		    (k == L_ORD && v >= 3)) && c->v == 1 && (hy ||
		    !content_word(e + 1)))) {
			c->v /= v;
			c->end = e + 1;
			c->frac = 1;
			of_scale(c);
			/* three quarters billion */
			if (cls(c->end) == L_SCALE &&
			    tk(c->end)->e - tk(c->end)->s > 3) {
				c->v *= lexv(c->end);
				c->end++;
				c->frac = 0;
			}
			return 1;
		}
	}
	mixed(c);
	return 1;
}

/*
 * A figure record is put together in one buffer and written with one
 * call: many small writes cost more than the scanning.
 */
static char *obuf;
static size_t olen, ocap;

static void
ob_add(const char *p, size_t n)
{
	if (olen + n > ocap) {
		ocap = olen + n + 256;
		obuf = xreallocarray(obuf, ocap, 1);
	}
	memcpy(obuf + olen, p, n);
	olen += n;
}

static void
ob_str(const char *p)
{
	ob_add(p, strlen(p));
}

static void
ob_ulong(unsigned long n)
{
	char tmp[24], *p = tmp + sizeof(tmp);

	do
		*--p = (char)('0' + n % 10);
	while ((n /= 10) != 0);
	ob_add(p, (size_t)(tmp + sizeof(tmp) - p));
}

/*
 * A value as a plain decimal, no trailing zeros: six places, or six
 * significant digits below 0.1 (1e-10 is not 0).
 */
static void
ob_value(double v)
{
	char buf[64];
	size_t n;
	int places = 6;
	double a = v < 0 ? -v : v;

	if (whole(v)) {
		if (v < 0) {
			ob_add("-", 1);
			v = -v;
		}
		ob_ulong((unsigned long)v);
		return;
	}
	if (v >= 1e15 || v <= -1e15)
		snprintf(buf, sizeof(buf), "%.0f", v);
	else {
		while (a != 0 && a < 0.1 && places < 24) {
			a *= 10;
			places++;
		}
		snprintf(buf, sizeof(buf), "%.*f", places, v);
		n = strlen(buf);
		while (n > 0 && buf[n - 1] == '0')
			buf[--n] = '\0';
		if (n > 0 && buf[n - 1] == '.')
			buf[--n] = '\0';
		if (strcmp(buf, "-0") == 0)
			strcpy(buf, "0");
	}
	ob_str(buf);
}

static const char *
qual_str(char q)
{
	switch (q) {
	case '~':
		return "~";
	case '>':
		return ">";
	case '<':
		return "<";
	case 'G':
		return ">=";
	case 'L':
		return "<=";
	}
	return "=";
}

static void
emit(const struct tsv_rec *r, unsigned long offset, const struct fig *f)
{
	size_t s = tk(f->t0)->s, e = tk(f->t1 - 1)->e, i;

	olen = 0;
	if (Sflag) {
		ob_add(r->f[REC_DOC].s, r->f[REC_DOC].len);
		ob_add("\t", 1);
		ob_ulong(offset + s);
		ob_add("\t", 1);
		ob_ulong(offset + e);
		ob_add("\t", 1);
	} else
		for (i = 0; i + 1 < r->n; i++) {
			ob_add(r->f[i].s, r->f[i].len);
			ob_add("\t", 1);
		}
	ob_str(f->kind);
	ob_add("\t", 1);
	ob_value(f->v);
	ob_add("\t", 1);
	ob_value(f->hi);
	ob_add("\t", 1);
	ob_str(qual_str(f->q));
	ob_add("\t", 1);
	ob_str(f->unit);
	ob_add("\t", 1);
	ob_str(f->counted);
	ob_add("\t", 1);
	if (!Sflag) {
		ob_ulong(offset + s);
		ob_add("\t", 1);
		ob_ulong(offset + e);
		ob_add("\t", 1);
	}
	ob_add(txt + s, e - s);
	if (!Sflag) {
		ob_add("\t", 1);
		ob_add(rec_text(r)->s, rec_text(r)->len);
	}
	out_bytes(obuf, olen);
	out_end();
}

/*
 * Four digits without a separator from 1900 to 2099 are a year (news
 * style writes counts from 1,000 up with a comma); from 1000 to 2199
 * after "in", "since", "by" and the like.
 */
static int
is_year(const struct tok *t)
{
	return t->type == TK_NUM && t->ndig == 4 && t->dec == 0 &&
	    !(t->fl & TF_COMMA) && t->sfx < 0 && t->mant >= 1000 &&
	    t->mant <= 2199;
}

static int
is_plain_year(const struct tok *t)
{
	return is_year(t) && t->mant >= 1900 && t->mant <= 2099;
}

static int
is_month(size_t j)
{
	const struct tok *t = tk(j);

	return t->type == TK_WORD && (t->fl & TF_CAP) &&
	    lex_month(txt + t->s, t->e - t->s) > 0 &&
	    !(cls(j) == L_WORD && !(t->fl & TF_CAP));
}

/*
 * Digits that are not a figure: times, dates, years, codes glued to
 * letters (F-35, COVID-19), names (Tower 22), phone numbers.  Returns
 * the token after the stretch to skip, or 0 if j starts a figure.
 */
static size_t
not_figure(size_t j)
{
	const struct tok *t = tk(j), *p;
	size_t k;

	if (t->type != TK_NUM)
		return 0;
	if (t->sfx >= 0 && lexicon[t->sfx].cls == L_TIMEMK)
		return j + 1;
	/* 11:51 */
	if (is_sym(j + 1, ':') && glued(j + 1) && glued(j + 2) &&
	    tk(j + 2)->type == TK_NUM)
		return j + 3;
	/* 10 a.m., 5 pm */
	if (cls(j + 1) == L_TIMEMK)
		return j + 2;
	if (j > 0) {
		p = tk(j - 1);
		/* F-35, COVID-19, Tower-22, 2019-20's second half */
		if (glued(j) && (p->type == TK_WORD || p->type == TK_CODE ||
		    p->type == TK_NUM))
			return j + 1;
		if (glued(j) && p->type == TK_PUNCT && (p->sym == '-' ||
		    p->sym == '/' || p->sym == '.' || p->sym == ':' ||
		    p->sym == '#' || p->sym == '_') && j - 1 > 0 &&
		    glued(j - 1) && (tk(j - 2)->type == TK_WORD ||
		    tk(j - 2)->type == TK_CODE))
			return j + 1;
		/* the third group of 1-222-2222 */
		if (glued(j) && is_dash(j - 1) && j - 2 > 0 &&
		    glued(j - 1) && tk(j - 2)->type == TK_NUM &&
		    ((is_dash(j - 3) && glued(j - 2)) ||
		    (is_dash(j + 1) && glued(j + 1))))
			return j + 1;
		if (p->type == TK_PUNCT && p->sym == '#')
			return j + 1;
		/* No. 2, no. 10: a rank */
		if (p->type == TK_PUNCT && p->sym == '.' && j > 1 &&
		    glued(j - 1) && (word_is(j - 2, "no") ||
		    word_is(j - 2, "nos")))
			return j + 1;
	}
	/* 2019-20, 2020-01-05, 1/5/2020, 555-1234 */
	if ((is_sym(j + 1, '-') || is_sym(j + 1, '/') || is_sym(j + 1, '.')) &&
	    glued(j + 1) && glued(j + 2) && tk(j + 2)->type == TK_NUM) {
		const struct tok *b = tk(j + 2);

		if (is_sym(j + 3, tk(j + 1)->sym) && glued(j + 3) &&
		    glued(j + 4) && tk(j + 4)->type == TK_NUM)
			return j + 5;
		if (is_year(t) && (b->ndig == 2 || is_year(b) ||
		    tk(j + 1)->sym != '-'))
			return j + 3;
		if (tk(j + 1)->sym == '-' && t->ndig == 3 && b->ndig == 4 &&
		    !(t->fl & TF_COMMA) && !(b->fl & TF_COMMA) &&
		    t->dec == 0 && b->dec == 0)
			return j + 3;
		if (tk(j + 1)->sym == '/' && (b->mant > 10 || b->mant < 2 ||
		    t->mant >= b->mant))
			return j + 3;
	}
	/* Oct. 7, January 5, 7 October */
	k = j;
	if (k > 0 && is_sym(k - 1, '.') && glued(k - 1))
		k--;
	if (k > 0 && is_month(k - 1))
		return j + 1;
	if (is_month(j + 1) && t->dec == 0 && t->ndig <= 2)
		return j + 1;
	if (is_month(j + 1) && is_year(t))
		return j + 1;
	/* Tower 22, Section 230, Route 1: a number after a name */
	if (j > 0 && tk(j - 1)->type == TK_WORD &&
	    (tk(j - 1)->fl & (TF_CAP | TF_ALLCAP)) && (tk(j - 1)->lx < 0 ||
	    mcode_lower(j - 1)) &&
	    !(tk(j - 1)->fl & TF_POSS) && t->sfx < 0 && !is_sym(j + 1, '%') &&
	    lex_weekday(txt + tk(j - 1)->s, tk(j - 1)->e - tk(j - 1)->s) < 0 &&
	    cls(j + 1) != L_SCALE && cls(j + 1) != L_PCT &&
	    cls(j + 1) != L_CUR && cls(j + 1) != L_HUNDRED && !is_cursym(j + 1) &&
	    case_tells(j))
		return j + 1;
	if (j > 0 && cls(j - 1) == L_VERSION)
		return j + 1;
	/* a year: 2014, in 1990; "about 2000", "2000%" stay figures */
	if (is_year(t) && !(j > 0 && (cls(j - 1) == L_APPROX ||
	    is_cursym(j - 1) || cls(j - 1) == L_ISO || word_is(j - 1, "than") ||
	    word_is(j - 1, "least"))) && !is_sym(j + 1, '%') &&
	    cls(j + 1) != L_PCT && cls(j + 1) != L_SCALE &&
	    cls(j + 1) != L_CUR && !(is_dash(j + 1) && tk(j + 2)->type ==
	    TK_NUM && !is_year(tk(j + 2)))) {
		if (is_plain_year(t) || (j > 0 && ((wfl(j - 1) & W_TPREP) ||
		    cls(j - 1) == L_FROM || is_month(j - 1))))
			return j + 1;
	}
	return 0;
}

/*
 * "rose from 5% to 10%" is a change, two figures; "from 5 to 10"
 * without such a verb is a range.
 */
static int
changed_from(size_t j)
{
	static const char *const verbs[] = { "rose", "fell", "grew",
	    "rise", "rises", "fall", "falls", "grow", "grows", "went",
	    "jumped", "dropped", "climbed", "slid", "sank", "shrank",
	    "increased", "decreased", "declined", "surged", "soared",
	    "plunged", "plummeted", "rising", "falling", "growing", NULL };
	const struct tok *t;
	size_t i;

	if (j < 2 || cls(j - 1) != L_FROM)
		return 0;
	t = tk(j - 2);
	if (t->type != TK_WORD)
		return 0;
	for (i = 0; verbs[i] != NULL; i++)
		if (word_is(j - 2, verbs[i]))
			return 1;
	return 0;
}

/*
 * A currency after the number: a word (with a nationality before it),
 * an ISO code, a sign; then cents: "15 dollars 50".  Returns the end.
 */
static size_t
money_after(struct fig *fg, size_t e)
{
	const struct tok *t = tk(e - 1);
	const char *u = NULL;
	size_t cu = e, n;
	char w[64];
	double sub = 0;

	if (t->type == TK_NUM && t->sfx >= 0 &&
	    (lexicon[t->sfx].cls == L_ISO || lexicon[t->sfx].cls == L_CUR)) {
		u = lexicon[t->sfx].unit;
		sub = lexicon[t->sfx].v;
		cu = e - 1;
	} else if (is_cursym(e) && fg->kind[0] == 'c' && (!starts_num(e + 1) ||
	    (tk(e + 1)->type == TK_NUM && tk(e + 2)->type == TK_PUNCT &&
	    tk(e + 2)->sym == tk(e)->sym))) {
		/* 10 $, and 10 $ 30 $: the sign written after each */
		u = cursym_code(e);
	} else {
		if (tk(e)->type == TK_WORD && cls(e) != L_CUR &&
		    (!(wfl(e) & W_STOP) || word_is(e, "us")) &&
		    cls(e + 1) == L_CUR)
			cu = e + 1;
		else if (is_dash(e) && glued(e) && glued(e + 1) &&
		    (cls(e + 1) == L_CUR || cls(e + 1) == L_CENT))
			cu = e + 1;
		if (cls(cu) == L_CENT && cu != e) {
			/* a 12-cent dividend */
			u = "USD";
			sub = 0.01;
		} else if (cls(cu) != L_CUR && !(cls(cu) == L_ISO && cu == e &&
		    !mcode_lower(cu) && !(tk(cu + 1)->type == TK_NUM &&
		    glued(cu + 1))))
			return e;	/* 3 USD50 cards: the code is the 50's */
		else {
			u = lexicon[tk(cu)->lx].unit;
			sub = lexicon[tk(cu)->lx].v;
		}
		if (cu != e) {
			singular(tk(cu), w, sizeof(w), 1);
			for (n = 0; natcurs[n].nat != NULL; n++)
				if (word_is(e, natcurs[n].nat) &&
				    strcmp(w, natcurs[n].cur) == 0) {
					u = natcurs[n].code;
					break;
				}
		}
	}
	/* "$5 million dollars" says the currency twice */
	if (fg->kind[0] == 'm' && cu != e - 1 && strcmp(fg->unit, u) != 0)
		return e;
	if (sub != 0) {
		fg->v *= sub;
		fg->hi *= sub;
	}
	fg->kind = "money";
	fg->unit = u;
	e = cu + 1;
	if (word_is(e, "sterling"))
		e++;
	/* 75 USD million */
	if (cls(e) == L_SCALE && tk(e)->e - tk(e)->s > 3 && fg->v == fg->hi) {
		fg->v *= lexv(e);
		fg->hi = fg->v;
		e++;
	}
	/* 15 dollars 50, thirteen dollars and forty-five cents */
	if (sub == 0 && fg->v == fg->hi && whole(fg->v) &&
	    cls(cu) != L_NONE) {
		size_t k = cls(e) == L_AND ? e + 1 : e;
		struct core c;

		if ((tk(k)->type == TK_NUM || cls(k) == L_NUM ||
		    cls(k) == L_TENS) && core_at(k, &c) && !c.frac &&
		    !c.ord && !c.vague && c.v < 100 && c.v == (long)c.v &&
		    cls(c.end) == L_CUR && lexv(c.end) > 0 &&
		    strcmp(lexicon[tk(c.end)->lx].unit, u) == 0) {
			/* one kuai and five mao (five): a named subunit */
			sub = lexv(c.end);
			fg->v += c.v * sub;
			e = c.end + 1;
			if ((tk(e)->type == TK_NUM || cls(e) == L_NUM) &&
			    core_at(e, &c) && c.v < 10 && c.v == (long)c.v &&
			    (tk(c.end)->type == TK_END ||
			    tk(c.end)->type == TK_PUNCT)) {
				fg->v += c.v * sub / 10;
				e = c.end;
			}
			fg->hi = fg->v;
		} else if ((tk(k)->type == TK_NUM || cls(k) == L_NUM ||
		    cls(k) == L_TENS) && core_at(k, &c) && !c.frac &&
		    !c.ord && !c.vague && c.v < 100 && c.v == (long)c.v &&
		    (tk(c.end)->type == TK_END || (tk(c.end)->type ==
		    TK_PUNCT && !is_sym(c.end, '%')) ||
		    word_is(c.end, "cents") || word_is(c.end, "cent"))) {
			fg->v += c.v / 100;
			fg->hi = fg->v;
			e = c.end;
			if (word_is(e, "cents") || word_is(e, "cent"))
				e++;
		}
	}
	return e;
}

/* Token j could start a number. */
static int
starts_num(size_t j)
{
	int c = cls(j);

	return tk(j)->type == TK_NUM || tk(j)->type == TK_VFRAC ||
	    c == L_NUM || c == L_TENS || c == L_A || c == L_HALF ||
	    is_cursym(j) || c == L_MINUS;
}

static int
can_start(size_t j)
{
	const struct tok *t = &toks[j];

	switch (t->type) {
	case TK_NUM:
	case TK_VFRAC:
		return 1;
	case TK_PUNCT:
		return is_cursym(j);
	case TK_WORD:
		if (t->lx < 0)
			return 0;
		switch (lexicon[t->lx].cls) {
		case L_NUM:
		case L_TENS:
		case L_A:
		case L_HALF:
		case L_VAGUE:
		case L_FEW:
		case L_MANY:
		case L_ORD:
		case L_ISO:
		case L_HUNDRED:
			return 1;
		}
	}
	return 0;
}

/*
 * Could the text hold a figure at all?  A quick pass over its bytes
 * looks for a digit, a currency or fraction sign, or a word that can
 * begin a number; most sentences have none and are not tokenized.
 */
static int
may_hold_figure(const unsigned char *p, size_t n)
{
	size_t i = 0, w;
	int k, sl, sym;

	while (i < n) {
		unsigned cc = cclass[p[i]];

		if (cc & (C_UPPER | C_LOWER)) {
			w = i;
			while (i < n && (cclass[p[i]] & (C_UPPER | C_LOWER)))
				i++;
			if (i - w >= 3 && i - w <= 11 &&
			    (prefix_lens[lower_of[p[w]] & 31][lower_of[p[w +
			    1]] & 31] >> (i - w) & 1) &&
			    (k = lookup((const char *)p + w, i - w)) >= 0 &&
			    starter[lexicon[k].cls])
				return 1;
			continue;
		}
		if (cc & C_DIGIT || p[i] == '$')
			return 1;
		if (p[i] >= 0x80 && (sym = symbol(p + i, n - i, &sl)) != 0) {
			if (sym == S_EURO || sym == S_POUND || sym == S_YEN ||
			    sym == S_RUPEE || sym == S_VFRAC || sym >= S_LARI)
				return 1;
			i += (size_t)sl;
			continue;
		}
		i++;
	}
	return 0;
}

/*
 * Ranges: between 2,000 and 3,000; 2,000 to 3,000; 2,000-3,000;
 * $2 million to $3 million; 5% to 8%.  Returns the end.
 */
static size_t
range_after(struct fig *fg, const struct core *c, size_t e)
{
	struct core c2;
	size_t b;
	int neg;

	/* 5% to 8%: the sign comes again after the second number */
	if ((is_sym(e, '%') || (cls(e) == L_PCT && !word_is(e,
	    "percentage"))) && (cls(e + 1) == L_AND || cls(e + 1) == L_TO ||
	    is_dash(e + 1)) && core_at(e + 2, &c2) &&
	    (is_sym(c2.end, '%') || cls(c2.end) == L_PCT))
		e++;
	/* between 2,000 and 3,000; between minus ten and fifteen */
	neg = fg->t0 > 0 && cls(fg->t0 - 1) == L_MINUS;
	b = fg->t0 - (size_t)neg;
	if (b > 0 && cls(b - 1) == L_BETWEEN && cls(e) == L_AND) {
		size_t k2 = e + 1;

		if (is_cursym(k2))
			k2++;
		if (core_at(k2, &c2) && !c2.ord && !c2.vague &&
		    !not_figure(k2)) {
			if (neg)
				fg->v = -fg->v;
			fg->t0 = b - 1;
			fg->hi = c2.v;
			if (fg->scale == 1 && c2.scale > 1 && fg->v < c2.v)
				fg->v *= c2.scale;
			e = c2.end;
		}
	} else if (!c->ord && !c->vague && (cls(e) == L_TO ||
	    (is_dash(e) && ((glued(e) && glued(e + 1)) ||
	    (tk(e - 1)->type == TK_NUM && tk(e + 1)->type ==
	    TK_NUM))) || (is_sym(e, '~') && glued(e) &&
	    glued(e + 1))) && !changed_from(fg->t0)) {
		size_t k2 = e + 1;

		if (is_cursym(k2))
			k2++;
		if (core_at(k2, &c2) && !c2.ord && !c2.vague &&
		    !c2.frac && !not_figure(k2) &&
		    !(c2.words && (tk(k2)->fl & TF_CAP) && glued(k2)) &&
		    c2.v > fg->v * (fg->scale == 1 && c2.scale > 1 ?
		    c2.scale : 1)) {
			fg->hi = c2.v;
			if (fg->scale == 1 && c2.scale > 1 &&
			    fg->v * c2.scale < c2.v)
				fg->v *= c2.scale;
			if (fg->t0 > 0 && cls(fg->t0 - 1) == L_FROM)
				fg->t0--;
			e = c2.end;
		}
	}
	return e;
}

/* 5%, 5 percent, five per cent, 0.5 percentage points. */
static size_t
percent_after(struct fig *fg, size_t e)
{
	if (is_sym(e, '%') || (tk(e - 1)->type == TK_NUM &&
	    tk(e - 1)->sfx >= 0 &&
	    lexicon[tk(e - 1)->sfx].cls == L_PCT)) {
		if (is_sym(e, '%'))
			e++;
		fg->kind = "percent";
		fg->unit = "%";
	} else if (cls(e) == L_PCT) {
		fg->kind = "percent";
		fg->unit = "%";
		if (word_is(e, "percentage") && cls(e + 1) == L_POINT) {
			fg->unit = "pp";
			e++;
		}
		e++;
	} else if (cls(e) == L_PER && cls(e + 1) == L_CENT) {
		fg->kind = "percent";
		fg->unit = "%";
		e += 2;
	}
	if (fg->kind[0] == 'p' && cls(e) == L_POINT && fg->unit[0] == '%' &&
	    word_is(e - 1, "percentage")) {
		fg->unit = "pp";
		e++;
	}
	return e;
}

/* Units: 5 km, 3-inch, 200 square miles, 200lbs. */
static size_t
unit_after(struct fig *fg, size_t e)
{
	static char sqbuf[16];
	size_t u = e;
	int sq = 0;

	if (tk(e - 1)->type == TK_NUM && tk(e - 1)->sfx >= 0 &&
	    lexicon[tk(e - 1)->sfx].cls == L_UNIT) {
		fg->kind = "measure";
		fg->unit = lexicon[tk(e - 1)->sfx].unit;
		return e;
	}
	if (is_sym(u, '-') && glued(u) && glued(u + 1))
		u++;
	if (cls(u) == L_SQUARE) {
		sq = 1;
		u++;
	}
	/* "5 m" and "5 in" are too often not metres and inches */
	if (cls(u) != L_UNIT || word_is(u, "m") || word_is(u, "in"))
		return e;
	fg->kind = "measure";
	fg->unit = lexicon[tk(u)->lx].unit;
	if (sq) {
		snprintf(sqbuf, sizeof(sqbuf), "%s2", fg->unit);
		fg->unit = sqbuf;
	}
	return u + 1;
}

/* 100 or more, 20 or so, 500 and above, 30 or fewer. */
static size_t
postfix_after(struct fig *fg, size_t e)
{
	if (cls(e) == L_OR || cls(e) == L_AND) {
		int pc = cls(e + 1);
		char pq = tk(e + 1)->lx >= 0 ?
		    lexicon[tk(e + 1)->lx].q : 0;

		if ((pc == L_OTHERS || pc == L_POST ||
		    pc == L_APPROX) && (pq == '>' || pq == 'G' ||
		    pq == '<' || pq == 'L') && !word_is(e + 1, "about") &&
		    (cls(e) == L_OR || pc == L_OTHERS ||
		    word_is(e + 1, "above") || word_is(e + 1, "over")) &&
		    !starts_num(e + 2) && !(word_is(e + 2, "than") &&
		    starts_num(e + 3)) && !word_is(e + 2, "or")) {
			fg->q = pq == '>' || pq == 'G' ? 'G' : 'L';
			e += 2;
			if (word_is(e, "than") && tk(e + 1)->type != TK_NUM)
				e++;
		} else if (cls(e) == L_OR && word_is(e + 1, "so")) {
			fg->q = '~';
			e += 2;
		}
	}
	return e;
}

/*
 * The figure that starts at token i, if any, into fg (fg->t1 is then
 * past its last token).  Returns the token to go on from.
 */
static size_t
figure_at(size_t i, struct fig *fg)
{
	struct core c;
	size_t e, k, skip;
	int rat;

	fg->t1 = 0;
	if ((skip = not_figure(i)) != 0)
		return skip;
	memset(fg, 0, sizeof(*fg));
	fg->q = '=';
	fg->unit = "";
	fg->kind = "count";
	fg->t0 = i;
	k = i;
	/* currency before the number: $, US$, €, USD */
	if (is_cursym(i) || (cls(i) == L_ISO &&
	    (tk(i + 1)->type == TK_NUM) && !mcode_lower(i))) {
		fg->unit = is_cursym(i) ? cursym_code(i) :
		    lexicon[tk(i)->lx].unit;
		fg->kind = "money";
		if (is_cursym(i) && i > 0 && glued(i) &&
		    tk(i - 1)->type == TK_WORD &&
		    strcmp(fg->unit, "USD") != 0)
			fg->t0 = i - 1;
		else if (is_cursym(i) && i > 0 && glued(i) &&
		    (word_is(i - 1, "us") || word_is(i - 1, "u.s.")))
			fg->t0 = i - 1;
		k = i + 1;
		if (tk(k)->type != TK_NUM && cls(k) != L_NUM &&
		    cls(k) != L_TENS && cls(k) != L_A)
			return i + 1;
	}
	if (!core_at(k, &c))
		return i + 1;
	if (fg->kind[0] == 'm' && (c.frac || c.vague || c.ord))
		return i + 1;
	if (k != i) {
		const struct tok *t = tk(k);

		/* MAUD 60; US$ 1MM, where MM is a million, not mm */
		if (cls(i) == L_ISO && lexv(i) > 1)
			c.v *= lexv(i);
		else if (t->type == TK_NUM && t->sfx >= 0 &&
		    strcmp(lexicon[t->sfx].w, "mm") == 0 && txt[t->e - 1] == 'M' &&
		    txt[t->e - 2] == 'M') {
			c.v *= 1e6;
			c.scale = 1e6;
		}
	}
	rat = fg->kind[0] == 'c' ? ratio(k, &c) : 0;
	if (k != i && (skip = not_figure(k)) != 0 &&
	    tk(k)->type == TK_NUM && !is_year(tk(k)) &&
	    tk(k)->fl & TF_SP)
		return skip;
	e = c.end;
	fg->v = fg->hi = c.v;
	fg->scale = c.scale;
	fg->plural = c.v != 1 || c.vague;
	if (c.ord) {
		/* second-most-powerful, Fifth Fleet, 7th of October */
		if (!oflag || (is_sym(e, '-') && glued(e)) ||
		    (c.words && (tk(k)->fl & TF_CAP) && k > 0 &&
		    !is_sym(k - 1, '"') && !is_sym(k - 1, '.')) ||
		    is_month(e) || (cls(e) == L_OF && is_month(e + 1)) ||
		    (k > 0 && is_month(k - 1)))
			return e;
		fg->kind = "ordinal";
		fg->plural = 0;
	}
	if (c.frac) {
		fg->kind = "fraction";
		/* 2 out of 5 voters counts voters; see find_counted */
		fg->plural = rat;
	}
	if (c.vague)
		fg->q = '>';
	/* the pronoun one: one of the officials, the one that */
	if (c.words && !c.frac && !c.ord && c.v == 1 && e == k + 1 &&
	    cls(k) == L_NUM) {
		if (cls(e) == L_OF || (k > 0 && (wfl(k - 1) & W_DET)) ||
		    (wfl(e) & W_STOP && cls(e) != L_PCT) ||
		    word_is(e, "another") || tk(e)->type == TK_END ||
		    (tk(e)->type == TK_PUNCT && !is_sym(e, '%') &&
		    !(is_dash(e) && glued(e) && glued(e + 1)))) {
			if (!(k > 0 && (cls(k - 1) == L_APPROX ||
			    cls(k - 1) == L_MINUS)))
				return e;
		}
	}
	/*
	 * a number glued to a word makes an adjective, not a figure:
	 * one-sided, two-state, 24-year-old, a 10-year sentence; but
	 * 3-inch and one-yen keep their unit
	 */
	if (!c.frac && is_sym(e, '-') && glued(e) && glued(e + 1) &&
	    tk(e + 1)->type == TK_WORD && cls(e + 1) != L_UNIT &&
	    cls(e + 1) != L_CUR && cls(e + 1) != L_CENT &&
	    cls(e + 1) != L_PCT && tk(e - 1)->sfx < 0 &&
	    !word_is(e + 1, "strong"))
		return e + 2;
	/* one-on-one, face-to-face: a number word inside a compound */
	if (c.words && k > 0 && is_dash(k - 1) && glued(k) &&
	    tk(k - 2)->type == TK_WORD && glued(k - 1))
		return e;
	/* capitalised number words mid-sentence are names: Top Ten */
	if (c.words && k > 0 && (tk(k)->fl & TF_CAP) &&
	    tk(k - 1)->type == TK_WORD && tk(k - 1)->lx < 0 &&
	    (tk(k - 1)->fl & TF_CAP) && case_tells(k))
		return e;
	/* a sign written before it: -5, <= -30 */
	if (fg->t0 == k && k > 0 && (is_sym(k - 1, '-') ||
	    is_sym(k - 1, S_MINUS)) && glued(k) &&
	    (k == 1 || (tk(k - 1)->fl & TF_SP) ||
	    tk(k - 2)->type == TK_PUNCT) && tk(k)->type == TK_NUM) {
		fg->t0 = k - 1;
		fg->v = fg->hi = -fg->v;
	}
	/* approximators and ranges before it */
	{
		char q = 0;
		size_t a = approx_before(fg->t0, &q);

		if (a < fg->t0 && !c.ord) {
			fg->t0 = a;
			if (!c.vague)
				fg->q = q;
		}
	}
	e = range_after(fg, &c, e);
	e = percent_after(fg, e);
	/* 5 billion dollars, 420 million Iraqi dinars, 5m USD, 10 € */
	if (fg->kind[0] == 'c' || fg->kind[0] == 'm')
		e = money_after(fg, e);
	if (fg->kind[0] == 'c' && !c.vague && !c.frac)
		e = unit_after(fg, e);
	if (!c.vague)
		e = postfix_after(fg, e);
	/* minus five, negative one */
	if (fg->t0 > 0 && cls(fg->t0 - 1) == L_MINUS) {
		fg->t0--;
		fg->v = -fg->v;
		fg->hi = -fg->hi;
		if (fg->hi < fg->v) {
			double x = fg->hi;

			fg->hi = fg->v;
			fg->v = x;
		}
	}
	fg->t1 = e;
	if (fg->kind[0] == 'c' || fg->kind[0] == 'f' || fg->kind[0] == 'o' ||
	    (fg->kind[0] == 'p' && cls(e) == L_OF)) {
		find_counted(fg, e);
		if (fg->counted[0] == '\0' && fg->kind[0] == 'c' &&
		    is_sym(e, '.') && cls(e + 1) == L_THAT &&
		    cls(e + 2) == L_HOW && cls(e + 3) == L_MANY)
			find_counted(fg, e + 4);
		if (fg->counted[0] == '\0' && fg->kind[0] == 'c' &&
		    cls(e) == L_THAT && cls(e + 1) == L_HOW)
			find_counted(fg, e + 3);
	}
	/* Big number: 3,000.  That's how many troops ... */
	if (fg->counted[0] == '\0' && fg->kind[0] == 'c' &&
	    hint[0] != '\0' && (tk(e)->type == TK_END ||
	    (tk(e)->type == TK_PUNCT && tk(e + 1)->type == TK_END)))
		memcpy(fg->counted, hint, sizeof(fg->counted));
	/* 2,500 troops in Iraq and 900 in Syria */
	if (fg->counted[0] == '\0' && fg->kind[0] == 'c' &&
	    last_counted[0] != '\0' && fg->t0 > 0 &&
	    (cls(fg->t0 - 1) == L_AND || is_sym(fg->t0 - 1, ',')) &&
	    (wfl(e) & W_STOP || tk(e)->type == TK_PUNCT ||
	    tk(e)->type == TK_END))
		memcpy(fg->counted, last_counted, sizeof(fg->counted));
	/* two days, four years: durations are not figures */
	if (fg->kind[0] != 'o' && is_timeunit(fg->counted)) {
		fg->t1 = 0;
		return e;
	}
	if (fg->counted[0] != '\0' && fg->kind[0] == 'c')
		memcpy(last_counted, fg->counted, sizeof(last_counted));
	return e;
}

/* Figures of one record. */
static void
scan_text(const struct tsv_rec *r, unsigned long offset)
{
	const struct tsv_field *f = rec_text(r);
	size_t i = 0, sh;
	struct fig fg;

	if (!may_hold_figure((const unsigned char *)f->s, f->len))
		return;
	txt = f->s;
	tlen = f->len;
	tpos = 0;
	ntok = 0;
	tsp = 1;
	chunk_tok = 0;
	chunk_pos = 0;
	chunk_ok = 1;
	last_counted[0] = '\0';
	fill();
	while (i < ntok) {
		if (!teof && i + AHEAD > ntok) {
			sh = i > BEHIND ? i - BEHIND : 0;
			memmove(toks, toks + sh, (ntok - sh) * sizeof(*toks));
			ntok -= sh;
			i -= sh;
			chunk_tok = chunk_tok >= sh ? chunk_tok - sh : 0;
			if (chunk_tok == 0 && sh > 0)
				chunk_ok = 0;
			fill();
		}
		/* most tokens cannot start a figure: pass them at once */
		if (!can_start(i)) {
			i++;
			continue;
		}
		i = figure_at(i, &fg);
		if (fg.t1 != 0)
			emit(r, offset, &fg);
	}
}

static void
write_header(const struct tsv_rec *h, size_t nfields)
{
	size_t i;

	/* standoff lines never have a header */
	if (header_done || !Hflag || Sflag)
		return;
	header_done = 1;
	if (h != NULL) {
		for (i = 0; i + 1 < h->n; i++) {
			out_bytes(h->f[i].s, h->f[i].len);
			out_tab();
		}
	} else {
		out_str(REC_HEADER_KEY);
		out_tab();
		for (i = REC_NKEY + 1; i < nfields; i++) {
			out_char('f');
			out_ulong(i);
			out_tab();
		}
	}
	/* Header names unique along a pipeline: n for numbers. */
	out_str("nkind\tnvalue\tnhigh\tqualifier\tunit\tcounted\tnstart\tnend\t"
	    "mention\ttext");
	out_end();
}

/*
 * "Big number: 3,000." then "That's how many troops were sent.": a
 * sentence that ends on a bare number is held until the next one of
 * the same document is read, which may say what the number counts.
 */
static int
ends_on_number(const struct tsv_field *f)
{
	size_t n = f->len;

	while (n > 0 && (f->s[n - 1] == ' ' || f->s[n - 1] == '.' ||
	    f->s[n - 1] == '!'))
		n--;
	return n > 0 && ISDIGIT(f->s[n - 1]);
}

static void
release_held(const struct tsv_rec *next)
{
	const struct tsv_field *f;
	struct fig fg;

	if (!have_held)
		return;
	have_held = 0;
	hint[0] = '\0';
	if (next != NULL && next->f[REC_DOC].len == hrec.f[REC_DOC].len &&
	    memcmp(next->f[REC_DOC].s, hrec.f[REC_DOC].s,
	    next->f[REC_DOC].len) == 0) {
		f = rec_text(next);
		txt = f->s;
		tlen = f->len;
		tpos = ntok = 0;
		tsp = chunk_ok = 1;
		chunk_tok = chunk_pos = 0;
		fill();
		if (cls(0) == L_THAT && cls(1) == L_HOW && cls(2) == L_MANY) {
			memset(&fg, 0, sizeof(fg));
			fg.kind = "count";
			fg.plural = 1;
			last_counted[0] = '\0';
			find_counted(&fg, 3);
			memcpy(hint, fg.counted, sizeof(hint));
		}
	}
	scan_text(&hrec, held_offset);
	hint[0] = '\0';
}

static void
process(struct tsv_in *in, struct tsv_rec *r)
{
	struct rec_key key;
	int k;

	while ((k = rec_read(in, r, &key)) != REC_EOF) {
		if (k == REC_HEAD) {
			write_header(r, 0);
			continue;
		}
		write_header(NULL, r->n);
		release_held(r);
		if (ends_on_number(rec_text(r))) {
			if (in->len + 1 > heldcap) {
				heldcap = in->len + 1;
				held = xreallocarray(held, heldcap, 1);
			}
			memcpy(held, in->buf, in->len);
			held[in->len] = '\0';
			tsv_split(&hrec, held, in->len);
			held_offset = key.offset;
			have_held = 1;
		} else
			scan_text(r, key.offset);
		if (uflag && fflush(stdout) == EOF)
			msg_sysdie("<stdout>");
	}
	release_held(NULL);
}

int
main(int argc, char *argv[])
{
	struct tsv_in in;
	struct tsv_rec r;
	int ch;

	msg_init("extractnums");
	opt_early(argc, argv, usage_str, help_str);
	while ((ch = getopt(argc, argv, "hHoqSu")) != -1) {
		switch (ch) {
		case 'h':
			opt_help(usage_str, help_str);
			break;
		case 'H':
			Hflag = 1;
			break;
		case 'o':
			oflag = 1;
			break;
		case 'q':
			msg_quiet = 1;
			break;
		case 'S':
			Sflag = 1;
			break;
		case 'u':
			uflag = 1;
			break;
		default:
			opt_usage(usage_str);
		}
	}
	argc -= optind;
	argv += optind;
	lexicon_init();
	endtok.type = TK_END;
	endtok.lx = endtok.sfx = -1;
	out_init(uflag);
	memset(&r, 0, sizeof(r));
	if (argc == 0) {
		if (tsv_open(&in, "-") == 0) {
			process(&in, &r);
			tsv_close(&in);
		}
	}
	for (; argc > 0; argc--, argv++) {
		if (tsv_open(&in, *argv) != 0)
			continue;
		process(&in, &r);
		tsv_close(&in);
	}
	if (Hflag && !header_done)
		write_header(NULL, REC_NKEY + 1);
	out_close();
	tsv_rec_free(&r);
	tsv_rec_free(&hrec);
	free(held);
	free(obuf);
	return msg_status;
}
