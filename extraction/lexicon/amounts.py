"""The words of money, years and figures: typed views of ``<language>.money.toml``,
``<language>.periods.toml`` and ``<language>.figures.toml`` (with ``common.money.toml`` and
``common.periods.toml``), loaded once per process. ``money``, ``periods`` and ``figures`` name
cues by id and kind; the words live only in these files.

Cue words are written plainly: matched whole and case-insensitively, ``*`` for any letters
("Umsatz*", "*gewinn"), spaces for phrases, and a straight apostrophe for either apostrophe
(``cue_regex``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from types import MappingProxyType

from . import LANGUAGES, _read

_FALLBACK = "en"  # languages without a lexicon read English words (and every language's scales)


def _own(language: str) -> str:
    return language if language in LANGUAGES else _FALLBACK


def cue_regex(words: Iterable[str]) -> str:
    """The words as one regular-expression alternation, longest first (each as ``cue_word_regex`` writes it)."""
    return "|".join(cue_word_regex(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


def cue_word_regex(word: str) -> str:
    """A cue word as a pattern: ``*`` is any letters (and hyphens: "*fabriken" is "KI-Gigafabriken"), a space any
    run of spaces, an apostrophe a straight or curly one."""
    pieces = (re.escape(part).replace(r"\ ", r"\s+").replace("'", "['’]") for part in word.split("*"))
    return r"[\w-]*".join(pieces)


# ---------------------------------------------------------------------------------------------
# Money
# ---------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class MoneyWords:
    """A language's scale, qualifier and number words, and every language's currencies."""

    scales: Mapping[str, float]  # lowercase scale word (the language's and the shared abbreviations) -> factor
    abbreviations: Mapping[str, float]  # scales a number may touch: "64.1bn"
    letter_scales: Mapping[str, float]  # "$3m": only right after a number with a currency sign
    euro_shorthand: Mapping[str, float]  # "12 M€"
    currencies: Mapping[str, str]  # lowercase form written after a number -> ISO 4217 code
    before: tuple[str, ...]  # symbols and codes written before a number ("$", "RMB")
    shared_symbols: Mapping[str, tuple[str, ...]]  # "¥" -> ("CNY", "JPY"); words too: "crowns" -> ("SEK", ...)
    country_words: Mapping[str, tuple[str, ...]]  # ISO code -> words naming its country
    qualifiers: Mapping[str, str]  # lowercase word -> about | over | under
    qualifiers_after: Mapping[str, str]  # lowercase word after an amount ("or more") -> over | under
    number_words: Mapping[str, float]
    count_joints: tuple[str, ...]  # between a scale and a noun it counts: "1,4 million de membres"
    negative: tuple[str, ...]  # a sign word right before an amount: "minus 18 Millionen Euro"


@lru_cache(maxsize=8)
def money_words(language: str) -> MoneyWords:
    """The money words of ``language`` (English ones, and other languages' scales, for the rest)."""
    common, own = _read("common.money"), _read(f"{_own(language)}.money")
    scales = dict(own.get("scales", {}))
    if language not in LANGUAGES:
        scales.update(common.get("other_scales", {}))
    abbreviations = common["abbreviations"]
    currencies, before, country = {}, [], {}
    for code, entry in common["currencies"].items():
        before += entry["before"]
        currencies.update({form.lower(): code for word in entry["before"] + entry.get("words", [])
                           for form in _declined(word)})
        if entry.get("country"):
            country[code] = tuple(entry["country"])
    shared = {symbol: tuple(codes) for symbol, codes in common.get("shared_symbols", {}).items()}
    shared_words = {word: tuple(codes) for word, codes in common.get("shared_words", {}).items()}
    currencies.update({word: codes[0] for word, codes in shared_words.items()})  # read after a number
    return MoneyWords(
        scales=MappingProxyType({**abbreviations, **scales}),
        abbreviations=MappingProxyType(dict(abbreviations)),
        letter_scales=MappingProxyType(dict(common["letter_scales"])),
        euro_shorthand=MappingProxyType(dict(common["euro_shorthand"])),
        currencies=MappingProxyType(currencies),
        before=tuple(before) + tuple(shared),
        shared_symbols=MappingProxyType({**shared, **shared_words}),
        country_words=MappingProxyType(country),
        qualifiers=_by_word(own.get("qualifiers", {})),
        qualifiers_after=_by_word(own.get("qualifiers_after", {})),
        number_words=MappingProxyType(dict(own.get("number_words", {}))),
        count_joints=tuple(own.get("counts", {}).get("joints", ())),
        negative=tuple(own.get("signs", {}).get("negative", ())),
    )


def _declined(word: str) -> tuple[str, ...]:
    """A currency's name, and, where a German adjective opens it, its declined form too: "schwedische Kronen" is
    "schwedischen Kronen" after "bei" or "mit" (the lexicon lists the nominative only)."""
    first, _, rest = word.partition(" ")
    return (word, f"{first}n {rest}") if rest and first.endswith("ische") else (word,)


def _by_word(named: Mapping[str, list[str]]) -> Mapping[str, str]:
    """``{name: [word, ...]}`` as ``{word: name}``."""
    return MappingProxyType({word: name for name, words in named.items() for word in words})


# ---------------------------------------------------------------------------------------------
# Years and periods
# ---------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class PeriodRule:
    """Patterns (with ``@a``-style placeholders, see ``common.periods.toml``) and the kind of period
    they write."""

    id: str
    kind: str
    patterns: tuple[str, ...]


@dataclass(frozen=True)
class PeriodWords:
    """A language's month names and period rules, with the rules and date formats all languages share."""

    months: Mapping[str, int]  # month and season name (lowercase) -> 1..12, this language
    abbreviations: frozenset[str]  # month names that may end in a full stop ("Oct.")
    rules: tuple[PeriodRule, ...]
    dates: tuple[str, ...]  # full-date patterns with groups d, m, y
    quarters: Mapping[str, int]  # a quarter's ordinal (lowercase) -> 1..4
    weekdays: frozenset[str]  # lowercase
    ages: tuple[str, ...]  # patterns of a person's age, this language's and every language's


@lru_cache(maxsize=8)
def period_words(language: str) -> PeriodWords:
    common, own = _read("common.periods"), _read(f"{_own(language)}.periods")
    months = {name.lower(): number for number, name in enumerate(own["months"], start=1)}
    variants = {name.lower(): number for name, number in own.get("month_variants", {}).items()}
    seasons = {name.lower(): number for name, number in own.get("seasons", {}).items()}
    rules = tuple(PeriodRule(r["id"], r["kind"], tuple(r["patterns"])) for r in own.get("rules", []) + common["rules"])
    quarters = {name.lower(): number for name, number in own.get("quarters", {}).items()}
    return PeriodWords(MappingProxyType({**months, **variants, **seasons}), frozenset(variants), rules,
                       tuple(common["dates"]), MappingProxyType(quarters),
                       frozenset(w.lower() for w in own.get("weekdays", ())),
                       tuple(own.get("ages", [])) + tuple(common.get("ages", [])))


@lru_cache(maxsize=1)
def all_months() -> Mapping[str, int]:
    """Every language's month names (lowercase) -> 1..12: dates are written in any of them."""
    return MappingProxyType({name: number for language in LANGUAGES
                             for name, number in period_words(language).months.items()})


@lru_cache(maxsize=1)
def all_quarters() -> Mapping[str, int]:
    """Every language's quarter ordinals (lowercase) -> 1..4."""
    return MappingProxyType({name: number for language in LANGUAGES
                             for name, number in period_words(language).quarters.items()})


@lru_cache(maxsize=1)
def month_abbreviations() -> frozenset[str]:
    return frozenset().union(*(period_words(language).abbreviations for language in LANGUAGES))


# ---------------------------------------------------------------------------------------------
# Figures
# ---------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class KindCue:
    """Words that say what an amount is for; ``general`` cues (spending in general) yield to a
    specific one nearby."""

    id: str
    kind: str
    words: tuple[str, ...]
    general: bool = False


@dataclass(frozen=True)
class FigureWords:
    """A language's cue words of money figures (``<language>.figures.toml``)."""

    kinds: tuple[KindCue, ...]
    targets: tuple[str, ...]  # "spend ... on X": X's kind
    kind_links: tuple[str, ...]  # "Umsatz von X", "valued at X": the noun's kind is X's
    status: Mapping[str, tuple[str, ...]]  # planned | actual -> words
    clauses: Mapping[str, tuple[str, ...]]  # after_comma | and | verbs_after_and | relative
    years: Mapping[str, tuple[str, ...]]  # topic_openers | topic_verbs | bound_after | measured_against | …
    organisations: Mapping[str, tuple[str, ...]]  # not_spender_before | owner_before | prepositions
    conversions: tuple[str, ...]
    parts: Mapping[str, tuple[str, ...]]  # before | after: words that make an amount part of the one before;
    # further: words that join an amount to a part before it across a longer clause
    comparisons: tuple[str, ...]  # before a comparison base: "up from", "nach"
    comparatives: tuple[str, ...]  # after an amount, before what it is compared with: "so hoch wie", "twice"
    definitions: Mapping[str, tuple[str, ...]]  # words | thresholds | markets | client_money | class_nouns | ...
    prices: Mapping[str, tuple[str, ...]]  # per | per_article | per_before | per_not | single | words: prices
    passive: Mapping[str, tuple[str, ...]]  # auxiliaries | participles (regexes): the passive is no plan


@lru_cache(maxsize=8)
def figure_words(language: str) -> FigureWords:
    data = _read(f"{_own(language)}.figures")
    kinds = data.get("kinds", {})
    return FigureWords(
        kinds=tuple(KindCue(key, v["kind"], tuple(v["words"]), v.get("general", False)) for key, v in kinds.items()
                    if "kind" in v),
        targets=tuple(kinds.get("targets", {}).get("words", ())),
        kind_links=tuple(kinds.get("links", {}).get("words", ())),
        status=_lists(data.get("status", {})),
        clauses=_lists(data.get("clauses", {})),
        years=_lists(data.get("years", {})),
        organisations=_lists(data.get("organisations", {})),
        conversions=tuple(data.get("conversions", {}).get("words", ())),
        parts=_lists(data.get("parts", {})),
        comparisons=tuple(data.get("comparisons", {}).get("words", ())),
        comparatives=tuple(data.get("comparisons", {}).get("comparatives", ())),
        definitions=_lists(data.get("definitions", {})),
        prices=_lists(data.get("prices", {})),
        passive=_lists(data.get("passive", {})),
    )


def _lists(section: dict) -> Mapping[str, tuple[str, ...]]:
    return MappingProxyType({name: tuple(words) for name, words in section.items()})
