"""Years and periods in text: "im Jahr 2024", "FY2024", "zwischen 2022 und 2026", "by 2030",
"d'ici 2026", "over the next three years", "im Vorjahr", and the article's dateline.

Each expression becomes a ``Period`` with its character span and the first and last year it
covers. Open ends ("bis 2030") have no first year. Expressions relative to the article's date
("next year") need the dateline; those relative to another year ("a year earlier") use the
latest year named before them in the same sentence or the two before it. The month names and rules are
in ``lexicon/<language>.periods.toml`` and ``lexicon/common.periods.toml``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from .lexicon import alternation_by_initial
from .lexicon.amounts import all_months, all_quarters, month_abbreviations, period_words
from .numbers import word_value


@dataclass(frozen=True)
class Period:
    """A year or span of years written at ``text == source[start:end]``."""

    start: int
    end: int
    text: str
    first: int | None
    last: int
    kind: str = "year"  # the kind of the rule that read it (``lexicon/common.periods.toml``)

    @property
    def is_date(self) -> bool:
        """A day of a month ("12. März 2025", "March 3, 2025", "03.02.2025"), not a year or period."""
        return any(pattern.search(self.text) for pattern in _full_dates())

    @property
    def counts_from_another(self) -> bool:
        """Counted from another year ("a year earlier", "im selben Jahr"), so never one to count from."""
        return self.kind.startswith("ref")


_YEAR = r"(?:19|20)\d\d"
# What the placeholders of a rule stand for (``lexicon/common.periods.toml``).
_PLACEHOLDERS = {
    "@a2": rf"(?P<a2>{_YEAR})", "@a": rf"(?P<a>{_YEAR})", "@b": rf"(?P<b>{_YEAR})", "@yy": r"(?P<yy>\d\d)",
    "@n2": r"(?P<n2>\w+)", "@n": r"(?P<n>\w+)", "@year": _YEAR,
}


def _months_regex(names: Iterable[str]) -> str:
    """Month names, longest first, an abbreviation with or without its full stop; grouped by first letter,
    which spares a search trying every name of every language at every word."""
    abbreviations = month_abbreviations()
    return alternation_by_initial(sorted(names, key=lambda n: (-len(n), n)), flags=re.IGNORECASE,
                                  suffix=lambda n: r"\.?" if n in abbreviations else "")


def _expand(pattern: str, *, language: str) -> str:
    """A lexicon pattern with its placeholders filled in, apostrophes straight or curly."""
    pattern = pattern.replace("@months", _months_regex(all_months()))
    pattern = pattern.replace("@month", f"(?P<month>{_months_regex(period_words(language).months)})")
    quarters = "|".join(sorted(period_words(language).quarters, key=len, reverse=True))
    pattern = pattern.replace("@quarter", rf"(?P<q>{quarters}|[1-4]\.)")
    for placeholder, regex in _PLACEHOLDERS.items():
        pattern = pattern.replace(placeholder, regex)
    return pattern.replace("'", "['’]")


@lru_cache(maxsize=8)
def _compiled(language: str) -> list[tuple[re.Pattern[str], str, re.Pattern[str] | None]]:
    """Each rule's patterns, with the words every match of one holds (if it has such words)."""
    # a match never ends inside a split or short range of years: "in 2023/24" is no "in 2023"
    return [(re.compile(rf"(?<![\w.,]){_expand(pattern, language=language)}(?![\w]|[/–-]\d)", re.IGNORECASE), rule.kind,
             _required(pattern)) for rule in period_words(language).rules for pattern in rule.patterns]


# A lexicon pattern's pieces: an escape, a character class, a placeholder or one character.
_PIECE = re.compile(r"\\.|\[(?:\\.|[^\\\]])*\]|@[a-z]+\d?|.", re.DOTALL)
_SHORTEST_REQUIRED = 4  # letters; shorter words ("en ", "im ") are in every article


def _required(pattern: str) -> re.Pattern[str] | None:
    """The longest run of plain letters and spaces that every match of a lexicon pattern holds: outside its
    groups, classes and placeholders, and under no quantifier. A text without it needs no search for the
    pattern: a search that starts with a look-behind tries every character (0.15 ms over an article), one
    for a word skips ahead to its letters. None where a ``|`` outside groups gives the pattern alternatives."""
    runs, run, depth = [], "", 0
    for piece in _PIECE.findall(pattern):
        if depth == 0 and (piece == " " or (len(piece) == 1 and piece.isalpha())):
            run += piece
            continue
        runs.append(run[:-1] if piece in ("?", "*", "+", "{") else run)  # "prochaine?": "prochain"
        run = ""
        depth += {"(": 1, ")": -1}.get(piece, 0)
        if piece == "|" and depth == 0:
            return None
    longest = max([*runs, run], key=len)
    return re.compile(re.escape(longest), re.IGNORECASE) if len(longest.strip()) >= _SHORTEST_REQUIRED else None


@lru_cache(maxsize=1)
def _full_dates() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(_expand(p, language="en"), re.IGNORECASE) for p in period_words("en").dates)


def find_periods(
    text: str,
    *,
    language: str,
    dateline: date | None = None,
    sentences: Sequence[tuple[int, int]] = (),
) -> list[Period]:
    """Every year or period in ``text``, in order, non-overlapping (the longest reading wins).

    ``dateline`` is the article's date ("next year", "last December", "im zweiten Quartal", "seit 2015");
    ``sentences`` (character spans) limit how far back an expression like "a year earlier" looks for its
    year and how far "the past fiscal year" looks for the fiscal year it is.
    """
    candidates = []
    for pattern, kind, required in _compiled(language):
        if required is None or required.search(text):
            candidates.extend((match, kind) for match in pattern.finditer(text) if not _backwards(match, kind=kind))
    chosen = _longest_first(candidates)
    periods: list[Period] = []
    for match, kind in chosen:
        reference = _reference(periods, position=match.start(), sentences=sentences, span=kind == "ref_span")
        years = _years(match, kind=kind, dateline=dateline, reference=reference, language=language)
        if years is not None:
            periods.append(Period(match.start(), match.end(), match.group(0), *years, kind=kind))
    in_context = [_in_context(match, kind=kind, periods=periods, dateline=dateline, sentences=sentences)
                  for match, kind in chosen if kind in _CONTEXTUAL]
    found = sorted(periods + [p for p in in_context if p is not None], key=lambda p: p.start)
    return [p for p in found if not _restated_by_years(p, found=found, text=text)
            and not _end_of_a_fiscal_year(p, found=found, text=text)]


_COUNTED_SPANS = ("next_n", "last_n")  # spans counted from the article's date: "sur trois ans", "over the past decade"


def _restated_by_years(period: Period, *, found: Sequence[Period], text: str) -> bool:
    """Whether a span counted from the article's date is restated right after by the years it covers, which say them
    better: "sur trois ans, de 2026 à 2028" (a contract signed in 2025 that runs from 2026)."""
    return period.kind in _COUNTED_SPANS and period.first is not None and any(
        other.kind == "range" and other.first is not None and other.last - other.first == period.last - period.first
        and re.fullmatch(r",?\s*", text[period.end:other.start]) for other in found if other.start >= period.end)


def _end_of_a_fiscal_year(period: Period, *, found: Sequence[Period], text: str) -> bool:
    """Whether a month in brackets right after a fiscal year says when that year ends, no period of its own: "im
    Geschäftsjahr 2024/25 (Ende März)"."""
    return period.kind == "month" and any(
        other.kind == "fiscal" and re.fullmatch(r"\s*\(\s*", text[other.end:period.start])
        and re.match(r"\s*\)", text[period.end:]) for other in found if other.end <= period.start)


_REFERENCE_REACH = 2  # sentences back where "a year earlier" finds the year it counts from
# Kinds whose years come from the rest of the article: the fiscal year named nearby, the founding year.
_CONTEXTUAL = ("last_fiscal", "since_founding")
_APPOSITION = 20  # characters between a fiscal year and the end that restates it: "fiscal 2025, the year ending"


def _in_context(match: re.Match[str], *, kind: str, periods: Sequence[Period], dateline: date | None,
                sentences: Sequence[tuple[int, int]]) -> Period | None:
    """ "Im abgelaufenen Geschäftsjahr" is the fiscal year named in its or a neighbouring sentence, else the
    earliest the article names that ends in its year or the one before (one that ended in September 2025 in a
    December 2025 article), else the year before the article's; "depuis sa création (en 2020)" runs from the
    founding year it or the article gives to the article's year."""
    if kind == "since_founding":
        founded = match.group("a") or next((p.last for p in periods if p.kind == "founding"), None)
        if founded is None or dateline is None or int(founded) > dateline.year:
            return None
        years: _Years = (int(founded), dateline.year)
    else:
        near = _neighbourhood(match.start(), sentences=sentences)
        fiscal = [p for p in periods if p.kind == "fiscal" and near[0] <= p.start < near[1]]
        # a fiscal year named anywhere that ended in the article's year or the one before (not a history's)
        ended = [p for p in periods if p.kind == "fiscal" and dateline is not None
                 and dateline.year - 1 <= p.last <= dateline.year]
        if fiscal:
            nearest = min(fiscal, key=lambda p: abs(p.start - match.start()))
            years = (nearest.first, nearest.last)
        elif ended:  # the earliest: a later one may be the year under way ("das laufende Geschäftsjahr 2025/26")
            earliest = min(ended, key=lambda p: p.last)
            years = (earliest.first, earliest.last)
        elif dateline is not None:
            years = (dateline.year - 1, dateline.year - 1)
        else:
            return None
    return Period(match.start(), match.end(), match.group(0), *years, kind=kind)


def _neighbourhood(position: int, *, sentences: Sequence[tuple[int, int]]) -> tuple[int, int]:
    """From the start of the sentence before ``position``'s to the end of the one after it."""
    index = next((i for i, (s, e) in enumerate(sentences) if s <= position < e), None)
    if index is None:
        return position, position + 1
    return sentences[max(index - 1, 0)][0], sentences[min(index + 1, len(sentences) - 1)][1]


def find_ages(text: str, *, language: str) -> list[tuple[int, int]]:
    """Where ``text`` gives a person's age ("52", "the 52-year-old", "52 ans", "die 52-Jährige"): numbers of
    years that are no date."""
    return sorted(m.span() for pattern in _age_patterns(language) for m in pattern.finditer(text))


@lru_cache(maxsize=8)
def _age_patterns(language: str) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(rf"(?<![\w.,]){p}(?!\w)", re.IGNORECASE) for p in period_words(language).ages)


def find_dateline(text: str) -> date | None:
    """The article's own date, when its opening lines give one ("MÜNCHEN, 12. März 2025",
    "September 16, 2024", "le 5 juin 2024", "2025-03-12")."""
    found = [(m.start(), m) for pattern in _full_dates() for m in pattern.finditer(text[:400])]
    for _, match in sorted(found, key=lambda pair: pair[0]):
        parts = match.groupdict()
        month = int(parts["m"]) if parts["m"].isdigit() else all_months().get(parts["m"].lower().rstrip("."))
        try:
            return date(int(parts["y"]), month or 0, int(parts["d"]))
        except (TypeError, ValueError):  # "31. Februar", or a month we do not know
            continue
    return None


def _backwards(match: re.Match[str], *, kind: str) -> bool:
    """Whether a span's years run backwards ("2027 und 2025", "2027-2025"): no span, so it does not hide the
    readings of each year on its own."""
    a, b = match.groupdict().get("a"), match.groupdict().get("b")
    return kind in ("range", "fiscal_range") and bool(a and b) and int(a or 0) >= int(b or 0)


def _longest_first(candidates: list[tuple[re.Match[str], str]]) -> list[tuple[re.Match[str], str]]:
    taken: list[tuple[re.Match[str], str]] = []
    for match, kind in sorted(candidates, key=lambda c: (-(c[0].end() - c[0].start()), c[0].start())):
        if all(match.end() <= m.start() or match.start() >= m.end() for m, _ in taken):
            taken.append((match, kind))
    return sorted(taken, key=lambda c: c[0].start())


def _reference(periods: list[Period], *, position: int, sentences: Sequence[tuple[int, int]],
               span: bool = False) -> Period | None:
    """The latest year or period before ``position``, in the same sentence or the two before it (a report goes on:
    "Im Geschäftsjahr 2024 ... Das Ergebnis ... Im selben Zeitraum ..."; "im vergangenen Jahr ... im Jahr davor"):
    what "a year earlier" counts from; never a founding year, a month or season, or one that dates one thing
    ("valued at $3.9 billion in a 2024 round"). With ``span``, the latest span of years a few more sentences back comes
    first: "the same period" is the plan's, not the year someone joined in between."""
    floor = _floor(position, sentences=sentences, reach=_REFERENCE_REACH)
    earlier = [p for p in periods if floor <= p.start < position and not p.counts_from_another
               and p.kind not in _NO_REFERENCE]
    if span:
        span_floor = _floor(position, sentences=sentences, reach=_SPAN_REACH)
        spans = [p for p in periods if span_floor <= p.start < position and p.first is not None and p.first < p.last
                 and not p.counts_from_another]
        earlier = spans or earlier
    return earlier[-1] if earlier else None


# a founding year, a career's year, an event's, a month or season ("helmets from last winter") and a state's start
# ("contrôlé depuis 2021") date one thing, not the year a report goes on about
_NO_REFERENCE = frozenset({"founding", "career", "event", "month", "last_month", "since", "record"})
_SPAN_REACH = 5  # sentences back where "the same period" finds its span of years


def _floor(position: int, *, sentences: Sequence[tuple[int, int]], reach: int) -> int:
    """Where the sentence ``reach`` sentences before the one at ``position`` starts (0 without sentences)."""
    index = next((i for i, (s, e) in enumerate(sentences) if s <= position < e), None)
    return sentences[max(index - reach, 0)][0] if index is not None else 0


_Years = tuple[int | None, int]


def _years(match: re.Match[str], *, kind: str, dateline: date | None, reference: Period | None,
           language: str) -> _Years | None:
    """The first and last year of a match of a rule of ``kind`` (None where it gives no years or they
    cannot be known)."""
    groups = {k: v for k, v in match.groupdict().items() if v}
    if kind in ("name", *_CONTEXTUAL):
        return None
    if kind in ("month", "last_month", "quarter"):
        return _recent(groups, kind=kind, dateline=dateline)
    a = int(groups.get("a") or groups.get("a2") or 0) or None
    b = int(groups["b"]) if "b" in groups else None
    if "yy" in groups:
        century = (a or (dateline.year if dateline else 2000)) // 100 * 100
        b = century + int(groups["yy"])
        if kind in ("year", "fiscal") and a is None:  # "FY24"
            return b, b
        if a is not None and b < a:
            return None
    if kind == "fiscal" and a is not None and b == a + 1:  # "Geschäftsjahr 2025/26" ends in 2026
        return b, b
    if kind in ("year", "fiscal", "founding", "career", "event", "record"):
        return (a, b) if b is not None else (a, a) if a else None
    if kind == "fiscal_range":  # "2026/27 bis 2028/29": the fiscal years ending in 2027 to 2029
        return (a + 1, b + 1) if a and b and a < b else None
    if kind == "fiscal_end":  # "the fiscal year ended March 31, 2025", but "fiscal 2025, the year ending" restates
        restates = reference is not None and reference.kind == "fiscal" \
            and 0 <= match.start() - reference.end <= _APPOSITION \
            and not re.search(r"[.;\n]", match.string[reference.end:match.start()])  # not across sentences
        return None if restates or a is None else (a, a)
    if kind == "range":
        return (a, b) if a and b and a < b else None
    if kind == "open":
        return (None, a) if a else None
    if kind == "since":  # "seit 2015", in 2025: 2015-2025
        return (a, dateline.year) if a and dateline and a < dateline.year else None
    if kind in ("next_n", "last_n", "n_to", "n_from"):
        count = word_value(groups.get("n") or groups.get("n2") or "", language=language)
        if kind == "n_to":  # "over the three years to 2028": 2026-2028, whatever the article's date
            return (a - int(count) + 1, a) if a and count and count <= 30 else None
        if kind == "n_from":  # "over ten years from 2027": 2027-2036
            return (a, a + int(count) - 1) if a and count and count <= 30 else None
        if dateline is None or not count or count > 30:
            return None
        if kind == "last_n":
            return dateline.year - int(count), dateline.year - 1
        return dateline.year, dateline.year + int(count) - 1
    if kind == "ref_span":
        return (reference.first, reference.last) if reference is not None else None
    if kind == "ref_end":  # "by then": no start, the end of the period named last
        return (None, reference.last) if reference is not None else None
    offset = int(kind.split("_")[1])
    if kind.startswith("ref"):  # a span moves as a whole: "2022-23 ... un an plus tôt" is 2021-2022
        if reference is None or reference.first is None or reference.last - reference.first > 1:
            # no year nearby, or a plan over several years or up to one ("bis 2026"): "im Vorjahr" is the
            # year before the article's
            return (dateline.year + offset, dateline.year + offset) if dateline and offset < 0 else None
        first = reference.first if reference.first is not None else reference.last
        return first + offset, reference.last + offset
    return (dateline.year + offset, dateline.year + offset) if dateline else None


def _recent(groups: dict[str, str], *, kind: str, dateline: date | None) -> _Years | None:
    """The latest such month, season or quarter up to the article's date: "In July" or "im Herbst" in a
    September 2025 article is 2025, "en décembre" in January 2025 is 2024; "last March" is never the
    article's own month."""
    if dateline is None:
        return None
    if kind == "quarter":
        quarter = groups["q"].lower().rstrip(".")
        month = 3 * (all_quarters().get(quarter) or int(quarter if quarter.isdigit() else 0)) - 2
    else:
        month = all_months().get(groups["month"].lower().rstrip("."), 0)
    if month <= 0:
        return None
    recent = month < dateline.month if kind == "last_month" else month <= dateline.month
    year = dateline.year if recent else dateline.year - 1
    return year, year
