"""Money expressions in German, English and French text: where they are and what they are worth.

Finds "24 Milliarden Yuan", "$29.5 billion", "RMB64.1bn", "1,2 milliard d'euros", "eine Milliarde
Euro", "5 Mrd. €", "100-Millionen-Euro" and the like, and returns the amount in units of an ISO 4217
currency with the qualifier written before it ("rund" -> about, "mehr als" -> over) or, failing that,
after it ("or more" -> over); a sign word before it makes it negative ("minus 18 Millionen Euro", a loss).

Scale words depend on the language: German "Billion" and French "billion" are 10^12 (the long
scale), English "billion" is 10^9 (the short scale). The words are in ``lexicon/<language>.money.toml``
and ``lexicon/common.money.toml``. The finder never raises on any input.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import lru_cache

from .lexicon import alternation_by_initial, lexicon
from .lexicon.amounts import cue_regex, figure_words, money_words
from .numbers import DIGITS, number_words, parse_digits
from .result import Qualifier


@dataclass(frozen=True)
class Money:
    """One money expression: ``text == source[start:end]``."""

    start: int
    end: int
    text: str
    amount: float
    currency: str
    qualifier: Qualifier = "exact"


def _alternation(words: Iterable[str], *, ignore_case: bool) -> str:
    """The words as an alternation, longest first, grouped by first letter (``alternation_by_initial``) as the
    place they go into reads them: ignoring case or not."""
    return alternation_by_initial(sorted(words, key=len, reverse=True), flags=re.IGNORECASE if ignore_case else 0)


@lru_cache(maxsize=8)
def _pattern(language: str) -> re.Pattern[str]:
    words = money_words(language)
    # A range "5 bis 6", "5-6" (never from a year: "in 2023 to 5 billion" is no range).
    number = rf"(?:(?!(?:19|20)\d\d\b)(?:{DIGITS})\s?(?:-|–|bis|to|à)\s?)?(?:{DIGITS})"
    word = _alternation(number_words(language), ignore_case=True)
    scale = rf"(?i:{_alternation(words.scales, ignore_case=True)})(?!\w)"
    currency = rf"(?i:{_alternation(words.currencies, ignore_case=True)})(?![\w$])"
    symbols = [b for b in words.before if not b[:1].isalpha()]
    codes = [b for b in words.before if b[:1].isalpha()]
    # "RMB64bn", "Rmb50bn"
    prefix = f"(?:{_alternation(symbols, ignore_case=False)}|(?i:{_alternation(codes, ignore_case=True)}))"
    # "64.1bn": an abbreviation may touch a number in figures, never a number word ("said ABN AMRO" is no "a bn")
    touching = _alternation(words.abbreviations, ignore_case=True)
    letters = "".join(sorted({c for k in words.letter_scales for c in (k.lower(), k.upper())}))
    shorthand = _alternation(words.euro_shorthand, ignore_case=False)
    # French writes "d'euros", "de dollars"; German joins compounds with hyphens ("100-Millionen-Euro").
    joint = r"(?:\s|-)?(?:de\s|d['’]|di\s|van\s)?"
    return re.compile(
        rf"""
        (?<![\w$€£¥.,])
        (?:
          (?P<prefix>{prefix})\s?(?P<pnum>{number})
              (?:(?P<pletter>[{letters}])(?!\w)|\s?(?P<pscale>{scale}))?
              (?:\s(?P<psuffix>{currency}))?
        | (?P<num>{number}(?=(?i:{touching})\b)|(?:{number}|(?i:{word}))(?=[\s-]))[\s-]?(?P<scale>{scale})
              (?:{joint}(?P<suffix>{currency}))?
        | (?P<eur>{number})\s?(?P<escale>{shorthand})\s?€  # French "12 M€", "1,5 Md€"
        | (?P<bare>{number})(?:\s|-)?(?P<bsuffix>{currency})
        )
        """,
        re.VERBOSE,
    )


@lru_cache(maxsize=8)
def _qualifier_pattern(language: str) -> re.Pattern[str]:
    words = money_words(language).qualifiers
    return re.compile(rf"(?i)(?<!\w)({cue_regex(words)})\s*$")


@lru_cache(maxsize=8)
def _qualifier_words(language: str) -> re.Pattern[str]:
    return re.compile(rf"(?i)(?<!\w)(?:{cue_regex(money_words(language).qualifiers)})(?!\w)")


@lru_cache(maxsize=8)
def _qualifier_after_pattern(language: str) -> re.Pattern[str]:
    words = money_words(language).qualifiers_after
    return re.compile(rf"(?i)\s*({cue_regex(words)})(?!\w)")


def find_money(text: str, *, language: str) -> list[Money]:
    """Every money expression in ``text``, in order; amounts whose currency is unknown are skipped.

    A scaled amount without a currency borrows it from a neighbour in the same phrase:
    "24 Milliarden und 30 Milliarden Yuan", "between $24bn and 30bn", or, after a part word, from the nearest
    amount before it in its sentence ("40 millions d'euros d'ici 2028 dans une nouvelle ligne …, dont 12 millions").
    """
    found = [m for m in map(lambda m: _interpret(m, text=text, language=language),
                            _pattern(language).finditer(text)) if m is not None]
    # in text order, so that a chain borrows along: "96 millions d'euros, dont 32 millions ... et 64 millions"
    for index, money in enumerate(found):
        if not money.currency:
            found[index] = _borrow_currency(money, found, text=text, language=language)
    return [m for m in found if m.currency]


_ELLIPSIS_GAP = 45  # characters between an amount and the one whose currency it shares


def _borrow_currency(money: Money, found: list[Money], *, text: str, language: str) -> Money:
    """The currency of the nearest amount in the same phrase: one before it ("96 millions d'euros, dont 32
    millions"), or one after it with no comma between ("24 Milliarden und 30 Milliarden Yuan"; not "vier Millionen
    aktive Spieler, ein Abo kostet 9,99 Euro", where the number counts players). After a part word the phrase is the
    sentence: a part names its whole's money however far back the whole stands, never that of the whole's conversion
    in brackets ("180 millions d'euros (soit 195 millions de dollars), dont 40 millions")."""
    if _part_word_before(text, at=money.start, language=language):
        for other in reversed([m for m in found if m.end <= money.start]):
            between = text[other.end:money.start]
            if re.search(r"[.;:!?]\s", between):
                break
            # a conversion in brackets is no whole: "(soit 195 M$), dont"
            if other.currency and between.count(")") <= between.count("("):
                return replace(money, currency=other.currency)
    for other in found:
        after = other.start >= money.end
        gap = text[money.end:other.start] if after else text[other.end:money.start]
        if (other.currency and len(gap) <= _ELLIPSIS_GAP and not re.search(r"[.;:!?]\s", gap)
                and not (after and ("," in gap or _counted_noun(gap, language=language)))):
            return replace(money, currency=other.currency)
    return money


def _counted_noun(gap: str, *, language: str) -> bool:
    """Whether the word right after a scaled number is a noun it counts ("9.4 million handsets in 2025 and
    revenue of 14.6 billion yuan"), not a word of grammar before the amount that names the currency ("24 Milliarden
    und 30 Milliarden Yuan")."""
    first = re.match(r"\s*([^\W\d_]+)", gap)
    return first is not None and first.group(1).lower() not in lexicon(language).grammar_words


def _part_word_before(text: str, *, at: int, language: str) -> bool:
    """Whether a part word ("dont", "davon", "of which") stands right before ``at``, a qualifier allowed between."""
    return bool(_part_pattern(language).search(text, max(0, at - 40), at))


@lru_cache(maxsize=8)
def _part_pattern(language: str) -> re.Pattern[str]:
    parts = figure_words(language).parts.get("before", ())
    qualifiers = money_words(language).qualifiers
    return re.compile(rf"(?i)(?<!\w)(?:{cue_regex(parts)})\s+(?:(?:{cue_regex(qualifiers)})\s+)?$" if parts
                      else r"(?!)")


def _interpret(match: re.Match[str], *, text: str, language: str) -> Money | None:
    groups = match.groupdict()
    words = money_words(language)
    scales = words.scales
    if groups["prefix"]:
        currency = _currency_code(groups["psuffix"] or groups["prefix"], text=text, at=match.start())
        number = groups["pnum"]
        letter, word = (groups["pletter"] or "").lower(), (groups["pscale"] or "").lower()
        scale = words.letter_scales.get(letter) or scales.get(word, 1)
    elif groups["num"]:
        if not groups["suffix"] and _counts_things(text, at=match.end(), language=language):
            return None
        currency = _currency_code(groups["suffix"], text=text, at=match.start()) if groups["suffix"] else ""
        number, scale = groups["num"], scales.get(groups["scale"].lower(), 1)
    elif groups["eur"]:
        currency, number = "EUR", groups["eur"]
        scale = words.euro_shorthand[groups["escale"]]
    else:
        number, suffix = groups["bare"], groups["bsuffix"]
        if suffix == "won" and re.fullmatch(r"(?:19|20)\d\d", number):  # "in 2023 won the tender"
            return None
        currency, scale = _currency_code(suffix, text=text, at=match.start()), 1
    value = _number_value(number, language=language)
    if value is None or currency is None:
        return None
    before = text[max(0, match.start() - 30):match.start()]
    qualifier = _qualifier(before, text[match.end():match.end() + 30], language=language)
    if re.search(r"\d\s?(?:-|–|bis|to|à)\s?\d", number):  # a range "5 bis 6 Mrd." reads as about its middle
        qualifier = "about"
    sign = -1 if _negative(before, language=language) else 1
    start, end = match.span()
    return Money(start, end, text[start:end], sign * round(value * scale, 2), currency, qualifier)


def _negative(before: str, *, language: str) -> bool:
    """Whether a sign word stands right before the amount ("minus 18 Millionen Euro"), not as part of a
    qualifier ("au moins 18 millions")."""
    negative = _negative_pattern(language)
    return negative is not None and bool(negative.search(before)) and not _qualifier_pattern(language).search(before)


@lru_cache(maxsize=8)
def _negative_pattern(language: str) -> re.Pattern[str] | None:
    words = money_words(language).negative
    return re.compile(rf"(?i)(?<!\w)(?:{cue_regex(words)})\s+$") if words else None


def _counts_things(text: str, *, at: int, language: str) -> bool:
    """Whether a scale word ending at ``at`` counts the noun its language joins to it ("1,4 million de
    membres"): a currency there would have been read with the amount, so the noun is no currency."""
    pattern = _count_pattern(language)
    return pattern is not None and bool(pattern.match(text, at))


@lru_cache(maxsize=8)
def _count_pattern(language: str) -> re.Pattern[str] | None:
    joints = money_words(language).count_joints
    return re.compile(rf"(?i)\s+(?:{cue_regex(joints)})(?:\s+|(?<=['’]))[^\W\d_]") if joints else None


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


def _currency_code(token: str, *, text: str, at: int) -> str | None:
    """The ISO code of a currency word or sign; a sign or word several currencies share ("¥": yuan or yen,
    "crowns") is the one the article first writes out in full ("2.3 billion Swedish crowns", then "4.1 billion
    crowns"), else the one whose country the amount's sentence names most ("vom Kopenhagener Investor X, der 120
    Millionen Kronen beisteuert" in a story of Norwegians), else the article."""
    token = token.strip()
    words = money_words("en")
    shared = words.shared_symbols.get(token) or words.shared_symbols.get(token.lower())
    if shared:
        written = {code: match.start() for code in shared if (match := _written_out(code).search(text))}
        if written:
            return min(written, key=written.get)
        for scope in (_sentence_around(text, at=at), text):
            counts = {code: len(_country_pattern(code).findall(scope)) for code in shared}
            if any(counts.values()):
                return max(shared, key=lambda code: (counts[code], -shared.index(code)))
        return shared[0]
    return words.currencies.get(token.lower())


def _sentence_around(text: str, *, at: int) -> str:
    """The sentence (roughly: between full stops or line breaks) that ``text[at]`` stands in."""
    start = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at), 0)
    end = min((i for i in (text.find(". ", at), text.find("\n", at)) if i >= 0), default=len(text))
    return text[start:end]


@lru_cache(maxsize=32)
def _written_out(code: str) -> re.Pattern[str]:
    """The currency's own words of more than one word, after a number and up to two words: "Swedish crowns",
    "dänische Kronen", "1,1 milliard de couronnes norvégiennes"."""
    forms = [form for form, own in money_words("en").currencies.items() if own == code and " " in form]
    return re.compile(rf"(?i)\d\S*\s+(?:\S+\s+){{0,2}}(?:{cue_regex(forms)})\b" if forms else r"(?!)")


@lru_cache(maxsize=16)
def _country_pattern(code: str) -> re.Pattern[str]:
    return re.compile(rf"(?i)\b(?:{cue_regex(money_words('en').country_words.get(code, ()))})\b")


def _qualifier(before: str, after: str, *, language: str) -> Qualifier:
    """The qualifier written before the amount ("mehr als"), else after it ("oder mehr"), else exact."""
    words = money_words(language)
    match = _qualifier_pattern(language).search(before)
    if match:
        return words.qualifiers[_written(match.group(1))]
    match = _qualifier_after_pattern(language).match(after)
    if not match or any(m.start() < match.end() < m.end() for m in _qualifier_words(language).finditer(after)):
        return "exact"  # "$4 million or more than €3.5 million": a floor of what follows, not of this amount
    return words.qualifiers_after[_written(match.group(1))]


def _written(word: str) -> str:
    return " ".join(word.lower().replace("’", "'").split())
