"""Numbers as news writes them: digit groups in each language's convention, and number words.

"1.234,5" is German or French (dot or space groups thousands, comma marks decimals),
"1,234.5" is English. A lone separator is decided by the language and the digits after it:
in English "1,234" is a thousand and more, in German "1,2" is one point two.
"""

from __future__ import annotations

# Digits with optional group separators; a space groups only in threes (French "1 234 567").
DIGITS = r"\d{1,3}(?:[.,]\d{3})+(?:[.,]\d+)?|\d{1,3}(?:[ ]\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?"

# Cardinal words that precede a scale word ("eine Milliarde", "a billion", "un milliard").
NUMBER_WORDS: dict[str, dict[str, float]] = {
    "de": {
        "ein": 1, "eine": 1, "einer": 1, "einen": 1, "einem": 1, "zwei": 2, "drei": 3, "vier": 4,
        "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9, "zehn": 10, "elf": 11, "zwölf": 12,
        "fünfzehn": 15, "zwanzig": 20, "dreißig": 30, "fünfzig": 50, "hundert": 100,
        "anderthalb": 1.5, "eineinhalb": 1.5, "zweieinhalb": 2.5, "halbe": 0.5,
    },
    "en": {
        "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
        "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
        "thirty": 30, "fifty": 50, "hundred": 100, "half a": 0.5,
    },
    "fr": {
        "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7,
        "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "quinze": 15, "vingt": 20,
        "trente": 30, "cinquante": 50, "cent": 100, "demi": 0.5,
    },
}


def number_words(language: str) -> dict[str, float]:
    """Number words of a language; English for languages we do not cover."""
    return NUMBER_WORDS.get(language, NUMBER_WORDS["en"])


def word_value(word: str, *, language: str) -> float | None:
    """Value of a number word ("drei" -> 3) or of digits ("3"), else None."""
    word = word.lower()
    if word.isdigit():
        return float(word)
    return number_words(language).get(word)


def parse_digits(raw: str, *, language: str) -> float:
    """Value of a digit string like "1.234,5", "1,234.5", "24,5", "1 234" (raises ValueError if none)."""
    s = raw.replace(" ", "")
    dots, commas = s.count("."), s.count(",")
    if dots and commas:  # both present: whichever comes last marks the decimals
        decimal = "," if s.rfind(",") > s.rfind(".") else "."
        group = "." if decimal == "," else ","
        return float(s.replace(group, "").replace(decimal, "."))
    if not dots and not commas:
        return float(s)
    sep = "." if dots else ","
    head, *groups = s.split(sep)
    if len(groups) > 1:  # "1.234.567": several separators are always groups
        return float(head + "".join(groups))
    tail = groups[0]
    english = language not in ("de", "fr")
    if len(tail) == 3 and (english == (sep == ",")):  # en "1,234" / de "1.234" group thousands
        return float(head + tail)
    return float(f"{head}.{tail}")
