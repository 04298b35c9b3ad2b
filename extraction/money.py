"""Money expressions in German, English and French text: where they are and what they are worth.

Finds "24 Milliarden Yuan", "$29.5 billion", "RMB64.1bn", "1,2 milliard d'euros", "eine Milliarde
Euro", "5 Mrd. €", "100-Millionen-Euro" and the like, and returns the amount in units of an ISO 4217
currency with the qualifier written before it ("rund" -> about, "mehr als" -> over).

Scale words depend on the language: German "Billion" and French "billion" are 10^12 (the long
scale), English "billion" is 10^9 (the short scale). The finder never raises on any input.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from .numbers import DIGITS, number_words, parse_digits
from .result import Qualifier

# Scale words, longest first within each language. Multipliers per language (see module docstring).
_SCALES: dict[str, dict[str, float]] = {
    "de": {
        "tausend": 1e3, "tsd.": 1e3, "tsd": 1e3,
        "millionen": 1e6, "million": 1e6, "mio.": 1e6, "mio": 1e6,
        "milliarden": 1e9, "milliarde": 1e9, "mrd.": 1e9, "mrd": 1e9,
        "billionen": 1e12, "billion": 1e12, "bio.": 1e12,
    },
    "en": {
        "thousand": 1e3, "million": 1e6, "millions": 1e6, "mln": 1e6, "mn": 1e6, "mio": 1e6,
        "billion": 1e9, "billions": 1e9, "trillion": 1e12,
        "lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7,  # Indian: 1 crore = 10 million
    },
    "fr": {
        "mille": 1e3, "millions": 1e6, "million": 1e6, "mio": 1e6,
        "milliards": 1e9, "milliard": 1e9, "mds": 1e9, "md": 1e9, "mrd": 1e9,
        "billions": 1e12, "billion": 1e12,
    },
}
# Other languages: the scale words of the larger European ones, so that money is still found.
_SCALES["xx"] = {
    **_SCALES["en"], "millones": 1e6, "millón": 1e6, "mil millones": 1e9, "milioni": 1e6, "milione": 1e6,
    "miliardi": 1e9, "miliardo": 1e9, "miljoen": 1e6, "miljard": 1e9, "miljarden": 1e9, "milhões": 1e6,
    "milhão": 1e6, "mld": 1e9,
}
# English abbreviations turn up in every language ("RMB64.1bn" in a German text).
_ABBREVIATIONS = {"mn": 1e6, "mln": 1e6, "bn": 1e9, "bln": 1e9, "tn": 1e12, "trn": 1e12}
# One-letter scales only directly after a number in a currency context: "$3m", "£2b", "€40k".
_LETTER_SCALES = {"k": 1e3, "m": 1e6, "b": 1e9}

# Currency words and symbols -> ISO 4217. Order matters only for the regex (longest first).
_CURRENCIES: dict[str, str] = {
    "us-dollar": "USD", "us dollar": "USD", "us dollars": "USD", "u.s. dollars": "USD", "dollars": "USD",
    "dollar": "USD", "dollar américain": "USD", "dollars américains": "USD", "usd": "USD",
    "us$": "USD", "$": "USD", "euro": "EUR", "euros": "EUR", "eur": "EUR", "€": "EUR",
    "yuan": "CNY", "renminbi": "CNY", "rmb": "CNY", "cny": "CNY", "元": "CNY", "yuans": "CNY",
    "won": "KRW", "wons": "KRW", "krw": "KRW", "₩": "KRW",
    "yen": "JPY", "yens": "JPY", "jpy": "JPY",
    "pfund": "GBP", "pfund sterling": "GBP", "pound": "GBP", "pounds": "GBP", "pounds sterling": "GBP",
    "livres sterling": "GBP", "livres": "GBP", "gbp": "GBP", "£": "GBP",
    "franken": "CHF", "francs": "CHF", "franc": "CHF", "schweizer franken": "CHF", "swiss francs": "CHF",
    "francs suisses": "CHF",
    "chf": "CHF", "hongkong-dollar": "HKD", "hong kong dollars": "HKD", "hk$": "HKD", "hkd": "HKD",
    "dollars de hong kong": "HKD", "dollars hongkongais": "HKD",
    "rupien": "INR", "rupees": "INR", "roupies": "INR", "inr": "INR", "₹": "INR",
    "a$": "AUD", "aud": "AUD", "c$": "CAD", "cad": "CAD", "s$": "SGD", "sgd": "SGD",
    "nt$": "TWD", "twd": "TWD", "r$": "BRL", "brl": "BRL", "sek": "SEK", "nok": "NOK", "dkk": "DKK",
    "kronen": "SEK", "schwedische kronen": "SEK", "swedish kronor": "SEK", "kronor": "SEK",
    "couronnes suédoises": "SEK", "couronnes": "SEK", "norwegische kronen": "NOK", "dänische kronen": "DKK",
    "fr.": "CHF", "sfr.": "CHF", "sfr": "CHF", "rs": "INR", "rs.": "INR", "rupee": "INR",
    "rubel": "RUB", "roubles": "RUB", "rubles": "RUB", "rub": "RUB",
}
# Symbols and codes that are written before the number ("$5", "RMB64.1bn", "CHF 3 Mio.").
_SYMBOLS = ("US$", "HK$", "NT$", "A$", "C$", "S$", "R$", "$", "€", "£", "¥", "₩", "₹")
_CODES = ("USD", "EUR", "RMB", "CNY", "GBP", "JPY", "KRW", "CHF", "HKD", "INR", "AUD", "CAD", "SGD", "SEK", "Rs.",
          "Rs")
_PREFIXES = _SYMBOLS + _CODES
# "¥" is the yen and the yuan: decided by which country the article is about.
_YUAN_CUES = re.compile(r"(?i)\b(?:yuan|rmb|renminbi|chin\w*|beijing|peking|shanghai|shenzhen|hangzhou)\b")
_YEN_CUES = re.compile(r"(?i)\b(?:yen|japan\w*|japon\w*|tokyo|tokio|osaka)\b")

_QUALIFIERS: dict[str, dict[str, Qualifier]] = {
    "de": {
        "rund": "about", "etwa": "about", "ca.": "about", "circa": "about", "zirka": "about",
        "knapp": "about", "fast": "about", "beinahe": "about", "annähernd": "about", "ungefähr": "about",
        "gut": "over", "über": "over", "mehr als": "over", "weit über": "over", "mindestens": "over",
        "unter": "under", "weniger als": "under", "bis zu": "under", "höchstens": "under",
    },
    "en": {
        "about": "about", "around": "about", "approximately": "about", "roughly": "about",
        "nearly": "about", "almost": "about", "some": "about", "close to": "about", "an estimated": "about",
        "more than": "over", "over": "over", "above": "over", "upwards of": "over", "at least": "over",
        "less than": "under", "under": "under", "below": "under", "up to": "under", "at most": "under",
    },
    "fr": {
        "environ": "about", "près de": "about", "quelque": "about", "quelques": "about",
        "autour de": "about", "presque": "about", "approximativement": "about", "plus de": "over",
        "au moins": "over", "au-delà de": "over", "moins de": "under", "jusqu'à": "under",
    },
}


@dataclass(frozen=True)
class Money:
    """One money expression: ``text == source[start:end]``."""

    start: int
    end: int
    text: str
    amount: float
    currency: str
    qualifier: Qualifier = "exact"


def _scales(language: str) -> dict[str, float]:
    return {**_ABBREVIATIONS, **_SCALES.get(language, _SCALES["xx"])}


def _alternation(words: object) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=8)
def _pattern(language: str) -> re.Pattern[str]:
    scales = _scales(language)
    # A range "5 bis 6", "5-6" (never from a year: "in 2023 to 5 billion" is no range).
    number = rf"(?:(?!(?:19|20)\d\d\b)(?:{DIGITS})\s?(?:-|–|bis|to|à)\s?)?(?:{DIGITS})"
    word = _alternation(number_words(language))
    scale = rf"(?i:{_alternation(scales)})(?!\w)"
    currency = rf"(?i:{_alternation(_CURRENCIES)})(?![\w$])"
    prefix = f"(?:{_alternation(_SYMBOLS)}|(?i:{_alternation(_CODES)}))"  # "RMB64bn", "Rmb50bn"
    # French writes "d'euros", "de dollars"; German joins compounds with hyphens ("100-Millionen-Euro").
    joint = r"(?:\s|-)?(?:de\s|d['’]|di\s|van\s)?"
    return re.compile(
        rf"""
        (?<![\w$€£¥.,])
        (?:
          (?P<prefix>{prefix})\s?(?P<pnum>{number})
              (?:(?P<pletter>[kmbKMB])(?!\w)|\s?(?P<pscale>{scale}))?
              (?:\s(?P<psuffix>{currency}))?
        | (?P<num>{number}|(?i:{word}))(?:\s|-|(?=(?i:bn|mn|mln|bln|tn|trn)\b))(?P<scale>{scale})
              (?:{joint}(?P<suffix>{currency}))?
        | (?P<eur>{number})\s?(?P<escale>k|M|Md|Mds|Mrd)\s?€  # French "12 M€", "1,5 Md€"
        | (?P<bare>{number})(?:\s|-)?(?P<bsuffix>{currency})
        )
        """,
        re.VERBOSE,
    )


@lru_cache(maxsize=8)
def _qualifier_pattern(language: str) -> re.Pattern[str]:
    words = _QUALIFIERS.get(language, _QUALIFIERS["en"])
    return re.compile(rf"(?i)(?<!\w)({_alternation(words)})\s*$")


def find_money(text: str, *, language: str) -> list[Money]:
    """Every money expression in ``text``, in order; amounts whose currency is unknown are skipped.

    A scaled amount without a currency borrows it from a neighbour in the same phrase:
    "24 Milliarden und 30 Milliarden Yuan", "between $24bn and 30bn".
    """
    found = [m for m in map(lambda m: _interpret(m, text=text, language=language),
                            _pattern(language).finditer(text)) if m is not None]
    return [m if m.currency else _borrow_currency(m, found, text=text) for m in found
            if m.currency or _borrow_currency(m, found, text=text).currency]


_ELLIPSIS_GAP = 45  # characters between an amount and the one whose currency it shares


def _borrow_currency(money: Money, found: list[Money], *, text: str) -> Money:
    for other in found:
        gap = text[money.end:other.start] if other.start >= money.end else text[other.end:money.start]
        if other.currency and len(gap) <= _ELLIPSIS_GAP and not re.search(r"[.;:!?]\s", gap):
            return replace(money, currency=other.currency)
    return money


def _interpret(match: re.Match[str], *, text: str, language: str) -> Money | None:
    groups = match.groupdict()
    scales = _scales(language)
    if groups["prefix"]:
        currency = _currency_code(groups["psuffix"] or groups["prefix"], text=text)
        number = groups["pnum"]
        scale = _LETTER_SCALES.get((groups["pletter"] or "").lower()) or scales.get((groups["pscale"] or "").lower(), 1)
    elif groups["num"]:
        currency = _currency_code(groups["suffix"], text=text) if groups["suffix"] else ""
        number, scale = groups["num"], scales.get(groups["scale"].lower(), 1)
    elif groups["eur"]:
        currency, number = "EUR", groups["eur"]
        scale = {"k": 1e3, "M": 1e6}.get(groups["escale"], 1e9)
    else:
        number, suffix = groups["bare"], groups["bsuffix"]
        if suffix == "won" and re.fullmatch(r"(?:19|20)\d\d", number):  # "in 2023 won the tender"
            return None
        currency, scale = _currency_code(suffix, text=text), 1
    value = _number_value(number, language=language)
    if value is None or currency is None:
        return None
    qualifier = _qualifier(text[: match.start()], language=language)
    if re.search(r"\d\s?(?:-|–|bis|to|à)\s?\d", number):  # a range "5 bis 6 Mrd." reads as about its middle
        qualifier = "about"
    start, end = match.span()
    return Money(start, end, text[start:end], round(value * scale, 2), currency, qualifier)


def _number_value(number: str, *, language: str) -> float | None:
    words = number_words(language)
    if number.lower() in words:
        return float(words[number.lower()])
    bounds = re.split(r"\s?(?:-|–|bis|to|à)\s?(?=\d)", number)
    try:
        values = [parse_digits(b, language=language) for b in bounds]
    except ValueError:
        return None
    return sum(values) / len(values)


def _currency_code(token: str, *, text: str) -> str | None:
    token = token.strip().lower()
    if token == "¥":
        yuan, yen = len(_YUAN_CUES.findall(text)), len(_YEN_CUES.findall(text))
        return "CNY" if yuan > yen else "JPY"
    return _CURRENCIES.get(token) or (token.upper() if token.upper() in _PREFIXES else None)


def _qualifier(before: str, *, language: str) -> Qualifier:
    match = _qualifier_pattern(language).search(before[-30:])
    if not match:
        return "exact"
    return _QUALIFIERS.get(language, _QUALIFIERS["en"])[match.group(1).lower()]
