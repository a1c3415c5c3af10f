"""What a number in the news measures: currencies, units of measure, and the counted nouns
folded into one name per thing so outlets can be compared ("troops", "soldiers" and
"forces" all count "troop")."""

from __future__ import annotations

import re
from functools import lru_cache

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


@lru_cache(maxsize=65536)
def lemma(word: str) -> str:
    """The singular of a plural English noun ("casualties" -> "casualty"), lower-cased.
    Cached: the words after numbers come back again and again (82,000 calls on 1,000
    generated articles)."""
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


# Units of one dimension, each with its factor to the dimension's base unit: outlets state a
# distance in miles or kilometres ("12 miles (19 kilometers)"), and a figure converted to the
# base unit can be compared with another outlet's. Tons are left out: a "ton" may be short,
# long or metric, so it converts to nothing.
CONVERSIONS = {
    "kilometre": ("kilometre", 1.0), "mile": ("kilometre", 1.609344),
    "metre": ("kilometre", 1e-3), "foot": ("kilometre", 3.048e-4),
    "yard": ("kilometre", 9.144e-4), "inch": ("kilometre", 2.54e-5),
    "centimetre": ("kilometre", 1e-5), "millimetre": ("kilometre", 1e-6),
    "kilometre per hour": ("kilometre per hour", 1.0),
    "mile per hour": ("kilometre per hour", 1.609344),
    "kilogram": ("kilogram", 1.0), "gram": ("kilogram", 1e-3),
    "pound": ("kilogram", 0.45359237), "ounce": ("kilogram", 0.028349523),
    "square kilometre": ("square kilometre", 1.0), "square mile": ("square kilometre", 2.589988),
    "hectare": ("square kilometre", 0.01), "acre": ("square kilometre", 4.0468564e-3),
    "square metre": ("square kilometre", 1e-6), "square foot": ("square kilometre", 9.290304e-8),
    "litre": ("litre", 1.0), "gallon": ("litre", 3.785411784),
}  # fmt: skip
_TEMPERATURES = {"celsius", "fahrenheit"}
# "raised rates by 75 basis points, or 0.75%": one change said in two units.
_RATES = {"percent", "percentage point", "basis point"}


def base_unit(unit: str | None) -> str | None:
    """The unit a figure is compared in ("mile" -> "kilometre"); other units as they are."""
    if unit in CONVERSIONS:
        return CONVERSIONS[unit][0]
    return "celsius" if unit in _TEMPERATURES else unit


def dimension(unit: str | None) -> str | None:
    """What a unit measures, for telling a conversion of a figure ("8 mph (13 kph)", "€20m
    ($22m)", "75 bp, or 0.75%") from a second figure: its base unit, "money" for a
    currency, "rate" for a percentage or points, else None."""
    if unit in CONVERSIONS or unit in _TEMPERATURES:
        return base_unit(unit)
    if unit in _RATES:
        return "rate"
    if unit in CURRENCY_SIGNS.values() or unit in CURRENCY_WORDS.values():
        return "money"
    return None


def in_base_unit(value: float, unit: str | None) -> float:
    """`value` in its base unit (12 miles -> 19.3 km); other figures as they are."""
    if unit in CONVERSIONS:
        return value * CONVERSIONS[unit][1]
    return (value - 32) * 5 / 9 if unit == "fahrenheit" else value
