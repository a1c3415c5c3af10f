"""What a number in the news measures: currencies, units of measure, and the counted nouns
folded into one name per thing so outlets can be compared ("troops", "soldiers" and
"forces" all count "troop")."""

from __future__ import annotations

import re

# Currency signs and codes written before the number ("US$ 58.24", "€20", "Rs 500").
CURRENCY_SIGNS = {
    "us$": "USD", "us $": "USD", "$us": "USD", "$": "USD", "hk $": "HKD", "usd": "USD",
    "a$": "AUD", "au$": "AUD", "c$": "CAD", "ca$": "CAD", "hk$": "HKD", "nz$": "NZD",
    "s$": "SGD", "r$": "BRL", "€": "EUR",
    "eur": "EUR", "£": "GBP", "gbp": "GBP", "¥": "JPY", "jpy": "JPY", "₹": "INR", "rs": "INR",
    "rs.": "INR", "₽": "RUB", "₪": "ILS", "cny": "CNY", "rmb": "CNY", "rm": "MYR",
}  # fmt: skip
# Currency words written after the number ("15 euros", "3 million yen").
CURRENCY_WORDS = {
    "dollar": "USD", "us dollar": "USD", "euro": "EUR", "pound sterling": "GBP", "yen": "JPY",
    "yuan": "CNY", "renminbi": "CNY", "rupee": "INR", "ruble": "RUB", "rouble": "RUB",
    "swiss franc": "CHF", "franc": "CHF", "ringgit": "MYR", "shekel": "ILS", "rand": "ZAR",
    "peso": "peso", "lira": "TRY", "australian dollar": "AUD", "canadian dollar": "CAD",
    "hong kong dollar": "HKD", "cent": "cent", "penny": "penny", "pence": "penny",
}  # fmt: skip
# Units of measure by their written forms (singular, or abbreviation); the value is the
# normalised unit newsweave reports.
MEASURES = {
    "percent": "percent", "per cent": "percent", "%": "percent", "pct": "percent",
    "percentage point": "percentage point", "basis point": "basis point", "bps": "basis point",
    "point": "point", "second": "second", "minute": "minute", "hour": "hour", "day": "day",
    "week": "week", "month": "month", "year": "year", "decade": "decade", "century": "century",
    "mile": "mile", "km": "kilometre", "kilometre": "kilometre", "kilometer": "kilometre",
    "metre": "metre", "meter": "metre", "foot": "foot", "feet": "foot", "ft": "foot",
    "inch": "inch", "inches": "inch", "yard": "yard", "cm": "centimetre",
    "centimetre": "centimetre", "centimeter": "centimetre", "mm": "millimetre",
    "millimetre": "millimetre", "millimeter": "millimetre", "mph": "mile per hour",
    "miles per hour": "mile per hour", "miles an hour": "mile per hour",
    "km/h": "kilometre per hour", "kph": "kilometre per hour",
    "kilometres per hour": "kilometre per hour", "kilometers per hour": "kilometre per hour",
    "kg": "kilogram", "kilogram": "kilogram", "kilo": "kilogram", "gram": "gram",
    "tonne": "tonne", "ton": "ton", "ounce": "ounce", "oz": "ounce", "pound": "pound",
    "lb": "pound", "lbs": "pound", "litre": "litre", "liter": "litre", "gallon": "gallon",
    "barrel": "barrel",
    "barrels a day": "barrel per day", "barrels per day": "barrel per day",
    "acre": "acre", "hectare": "hectare", "square mile": "square mile",
    "square kilometre": "square kilometre", "square kilometer": "square kilometre",
    "square metre": "square metre", "square meter": "square metre",
    "square foot": "square foot", "square feet": "square foot", "sq ft": "square foot",
    "kw": "kilowatt", "kilowatt": "kilowatt", "mw": "megawatt", "megawatt": "megawatt",
    "gw": "gigawatt", "gigawatt": "gigawatt", "kwh": "kilowatt hour", "watt": "watt",
    "gb": "gigabyte", "gigabyte": "gigabyte", "tb": "terabyte", "terabyte": "terabyte",
    "mb": "megabyte", "megabyte": "megabyte", "ghz": "gigahertz", "mhz": "megahertz",
    "hz": "hertz", "horsepower": "horsepower", "hp": "horsepower", "rpm": "revolution per minute",
    "degree": "degree", "°": "degree", "°c": "celsius", "°f": "fahrenheit",
    "celsius": "celsius", "degrees celsius": "celsius", "degrees fahrenheit": "fahrenheit",
    "fahrenheit": "fahrenheit", "mpg": "mile per gallon",
    "pc": "percent", "bhp": "brake horsepower", "mbps": "megabit per second",
    "kbps": "kilobit per second", "gbps": "gigabit per second", "khz": "kilohertz",
    "min": "minute", "mins": "minute", "hr": "hour", "hrs": "hour", "g": "gram", "l": "litre",
    "year-old": "year of age", "years old": "year of age", "month-old": "month of age",
    "months old": "month of age", "week-old": "week of age", "day-old": "day of age",
}  # fmt: skip
# Units written before the number ("magnitude 7.8", "Category 4").
PREFIX_MEASURES = {"magnitude": "magnitude", "category": "category", "level": "level"}
# Counted nouns folded to one name per thing, so "100,000 troops" and "100,000 soldiers"
# compare equal. Small on purpose: only folds a reader would agree are the same count.
SYNONYMS = {
    "troop": "troop", "soldier": "troop", "force": "troop", "serviceman": "troop",
    "servicemember": "troop", "dead": "death", "death": "death", "killed": "death",
    "fatality": "death",
    # casualties count the dead and the wounded together: not folded into "death"
    "casualty": "casualty", "toll": "death", "injured": "injury",
    "wounded": "injury", "injury": "injury", "person": "person", "people": "person",
    "individual": "person", "resident": "resident", "civilian": "civilian",
}  # fmt: skip
# "people killed", "civilians wounded": the participle says what is counted.
COUNTED_PARTICIPLES = {"killed": "death", "dead": "death", "wounded": "injury",
                       "injured": "injury"}  # fmt: skip
_IRREGULAR = {
    "people": "people", "men": "man", "women": "woman", "children": "child", "feet": "foot",
    "teeth": "tooth", "mice": "mouse", "geese": "goose", "lives": "life", "wives": "wife",
    "servicemen": "serviceman", "police": "police", "news": "news", "series": "series",
    "species": "species", "dead": "dead", "wounded": "wounded", "injured": "injured",
    "killed": "killed", "aircraft": "aircraft", "sheep": "sheep", "staff": "staff",
    "bus": "bus", "gas": "gas", "inches": "inch", "pence": "pence",
}  # fmt: skip
_ES_PLURAL = re.compile(r"(?:ss|sh|ch|x|z|o)es$")


def lemma(word: str) -> str:
    """The singular of a plural English noun ("casualties" -> "casualty"), lower-cased."""
    word = word.lower()
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if _ES_PLURAL.search(word) or word.endswith("uses"):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 3:
        return word[:-1]
    return word


_PLURAL_ONLY = {"people", "police", "staff", "dead", "wounded", "injured", "killed", "aircraft"}


def is_plural(word: str) -> bool:
    """Whether a noun reads as plural ("troops", "people"), the usual shape of a count."""
    lower = word.lower()
    return lower in _PLURAL_ONLY or lemma(lower) != lower


def counted(noun: str) -> str:
    """The normalised counted noun: its lemma, folded through the synonym table."""
    base = lemma(noun)
    return SYNONYMS.get(base, base)
