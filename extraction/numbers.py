"""Numbers as news writes them: digit groups in each language's convention, and number words.

"1.234,5" is German or French (dot or space groups thousands, comma marks decimals),
"1,234.5" is English. A lone separator is decided by the language and the digits after it:
in English "1,234" is a thousand and more, in German "1,2" is one point two.
"""

from __future__ import annotations

from collections.abc import Mapping

from .lexicon.amounts import money_words

# Digits with optional group separators; a space groups only in threes (French "1 234 567").
DIGITS = r"\d{1,3}(?:[.,]\d{3})+(?:[.,]\d+)?|\d{1,3}(?:[ ]\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?"


def number_words(language: str) -> Mapping[str, float]:
    """Cardinal words of a language ("eine Milliarde", "a billion", "trois ans"; ``<language>.money.toml``),
    English for languages we do not cover."""
    return money_words(language).number_words


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
