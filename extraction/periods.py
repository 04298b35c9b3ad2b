"""Years and periods in text: "im Jahr 2024", "FY2024", "zwischen 2022 und 2026", "by 2030",
"d'ici 2026", "over the next three years", "im Vorjahr", and the article's dateline.

Each expression becomes a ``Period`` with its character span and the first and last year it
covers. Open ends ("bis 2030") have no first year. Expressions relative to the article's date
("next year") need the dateline; those relative to another year ("a year earlier") use the
latest year named before them in the same or the previous sentence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from .numbers import word_value


@dataclass(frozen=True)
class Period:
    """A year or span of years written at ``text == source[start:end]``."""

    start: int
    end: int
    text: str
    first: int | None
    last: int

    @property
    def is_date(self) -> bool:
        """A day of a month ("12. März 2025", "March 3, 2025", "03.02.2025"), not a year or period."""
        return any(pattern.search(self.text) for pattern in _FULL_DATES)


_YEAR = r"(?:19|20)\d\d"
_MONTHS = {
    "de": "Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember",
    "en": "January|February|March|April|May|June|July|August|September|October|November|December"
          r"|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?",
    "fr": "janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre",
}
_ALL_MONTHS = "|".join(_MONTHS.values())

# How a pattern's groups become years. "a"/"b" are absolute years, "n" a count of years,
# "yy" a two-digit year closing a range ("2022-26").
Rule = tuple[str, str]  # (regex with named groups, kind)

# Kinds: year (a..a), range (a..b), open (..a), next_n (dateline..dateline+n-1),
# last_n (dateline-n..dateline-1), offset_<k> (dateline+k), ref_<k> (reference year+k),
# last_month (the latest such month before the dateline).
_RULES: dict[str, list[Rule]] = {
    "de": [
        (rf"zwischen (?:den Jahren )?(?P<a>{_YEAR}) und (?P<b>{_YEAR})", "range"),
        (rf"(?:von |vom Jahr )?(?P<a>{_YEAR}) bis (?:einschließlich )?(?P<b>{_YEAR})", "range"),
        (r"bis (?:zum Jahr |Ende |Anfang |Mitte )?(?P<a>" + _YEAR + ")", "open"),
        (r"(?:in den|in den kommenden|in den nächsten|über die nächsten|innerhalb der nächsten) "
         r"(?P<n>\w+) Jahren?", "next_n"),
        (r"(?:in den|während der|über die) (?:letzten|vergangenen) (?P<n>\w+) Jahren?", "last_n"),
        (r"(?:in diesem|dieses|diesen|im laufenden) Jahr(?:es)?(?! \d)", "offset_0"),
        (r"(?:im|in den) (?:kommenden|nächsten|folgenden) Jahr(?:en)?(?! \d)|nächstes Jahr", "offset_1"),
        (r"(?:im|in dem) (?:vergangenen|letzten|abgelaufenen) (?:Geschäfts)?jahr|letztes Jahr", "offset_-1"),
        (r"(?:im |des |dem )?Vorjahr(?:es|eszeitraum)?|ein Jahr (?:zuvor|davor|früher)|im Jahr (?:davor|zuvor)",
         "ref_-1"),
        (r"im (?:selben|gleichen) (?:Geschäfts)?[Jj]ahr|im abgelaufenen Geschäftsjahr", "ref_0"),
        (r"(?:im |des )?Folgejahr(?:es)?|ein Jahr später", "ref_1"),
        (rf"im (?:vergangenen|letzten) (?P<month>{_MONTHS['de']})", "last_month"),
        (rf"(?:Geschäftsjahr(?:es)?|GJ) ?(?P<a>{_YEAR})(?:[/-](?:20)?(?P<yy>\d\d))?", "year"),
    ],
    "en": [
        (rf"between (?:fiscal (?:year )?|FY ?)?(?P<a>{_YEAR}) and (?:fiscal (?:year )?|FY ?)?(?P<b>{_YEAR})", "range"),
        (rf"(?:from )?(?:fiscal (?:year )?|FY ?)?(?P<a>{_YEAR}) (?:to|through|until|and) (?:fiscal (?:year )?|FY ?)?"
         rf"(?P<b>{_YEAR})", "range"),
        (rf"(?:by|until|till|through|up to) (?:the end of |end-)?(?P<a>{_YEAR})", "open"),
        (r"(?:over|in|during|within) the (?:next|coming|following) (?P<n>\w+) years", "next_n"),
        (r"(?:over|in|during) the (?:last|past|previous) (?P<n>\w+) years", "last_n"),
        (r"this year|the current year", "offset_0"),
        (r"next year|the coming year", "offset_1"),
        (r"last year|the past year", "offset_-1"),
        (rf"last (?P<month>{_MONTHS['en']})", "last_month"),
        (r"a year (?:earlier|before|ago)|the (?:previous|prior|preceding) year|the year before", "ref_-1"),
        (r"the same (?:fiscal )?year", "ref_0"),
        (r"a year later|the following year", "ref_1"),
        (rf"(?:fiscal(?: year)?|financial year|FY) ?(?P<a>{_YEAR})(?:[/-](?:20)?(?P<yy>\d\d))?", "year"),
        (r"FY ?(?P<yy>\d\d)\b", "year"),
    ],
    "fr": [
        (rf"entre (?P<a>{_YEAR}) et (?P<b>{_YEAR})", "range"),
        (rf"(?:de |sur la période )?(?P<a>{_YEAR}) (?:à|au) (?P<b>{_YEAR})", "range"),
        (rf"(?:d'ici|d’ici|jusqu'en|jusqu’en|jusqu'à|à l'horizon|à l’horizon) (?:à |fin |la fin )?(?P<a>{_YEAR})",
         "open"),
        (r"(?:au cours des|dans les|pour les|sur les) (?P<n>\w+) (?:prochaines|années à venir)(?: années)?"
         r"|sur (?P<n2>\w+) ans", "next_n"),
        (r"(?:au cours des|lors des|sur les) (?P<n>\w+) dernières années", "last_n"),
        (r"cette année", "offset_0"),
        (r"l'(?:année|an) prochaine?|l’(?:année|an) prochaine?", "offset_1"),
        (r"l'(?:année|an) derni(?:è|e)re?|l’(?:année|an) derni(?:è|e)re?", "offset_-1"),
        (r"l'année précédente|l’année précédente|un an plus tôt|un an auparavant", "ref_-1"),
        (r"la même année|l['’]exercice écoulé", "ref_0"),
        (r"l'année suivante|l’année suivante|un an plus tard", "ref_1"),
        (rf"en (?P<month>{_MONTHS['fr']}) derni(?:er|ère)", "last_month"),
        (rf"(?:exercice|l'exercice|l’exercice) (?P<a>{_YEAR})(?:[/-](?:20)?(?P<yy>\d\d))?", "year"),
    ],
}
# In every language: full dates ("12. März 2025", "March 3, 2025", "2025-03-12"), months, ranges
# written with a dash ("2022-2026", "2022–26"), quarters and halves, and bare years.
_COMMON: list[Rule] = [
    (rf"(?P<a>{_YEAR})\s?[-–]\s?(?P<b>{_YEAR})", "range"),
    (rf"(?P<a>{_YEAR})[-–/](?P<yy>\d\d)(?!\d)", "range"),
    (rf"\d{{1,2}}(?:er|\.)? ?(?:{_ALL_MONTHS}) (?P<a>{_YEAR})", "year"),
    (rf"(?:{_ALL_MONTHS}) \d{{1,2}}(?:st|nd|rd|th)?,? (?P<a>{_YEAR})", "year"),
    (rf"\d{{1,2}}\.\d{{1,2}}\.(?P<a>{_YEAR})|(?P<a2>{_YEAR})-\d\d-\d\d", "year"),
    (rf"(?:Q[1-4]|H[12]|[1-4]Q) ?(?P<a>{_YEAR})", "year"),
    (rf"(?:{_ALL_MONTHS}) (?P<a>{_YEAR})", "year"),
    (rf"(?:im Jahr(?:e)? |in the year |en |in |année )?(?P<a>{_YEAR})", "year"),
    # a year in a programme's name is no period: "plan France 2030", "Vision 2030"
    (rf"(?:[Pp]lan|[Pp]rogramme|Programm|Vision|Agenda|Horizon|Strateg\w+)(?: [A-Z][\w-]+)? {_YEAR}", "name"),
]


def _month_numbers() -> dict[str, int]:
    """Month name (any of our languages, English abbreviations) -> 1..12."""
    numbers = {"jänner": 1, "jan": 1, "feb": 2, "mar": 3, "apr": 4, "aug": 8, "sep": 9, "sept": 9, "oct": 10,
               "nov": 11, "dec": 12}
    for names in _MONTHS.values():
        twelve = [n for n in names.split("|") if n.isalpha() and n != "Jänner"][:12]
        numbers.update({name.lower(): index for index, name in enumerate(twelve, 1)})
    return numbers


_MONTH_NUMBERS = _month_numbers()
_FULL_DATES = [
    re.compile(rf"(?<!\d)(?P<d>\d{{1,2}})(?:er|\.)? ?(?P<m>{_ALL_MONTHS}) (?P<y>{_YEAR})", re.IGNORECASE),
    re.compile(rf"(?P<m>{_ALL_MONTHS}) (?P<d>\d{{1,2}})(?:st|nd|rd|th)?,? (?P<y>{_YEAR})", re.IGNORECASE),
    re.compile(rf"(?<!\d)(?P<d>\d{{1,2}})\.(?P<m>\d{{1,2}})\.(?P<y>{_YEAR})"),
    re.compile(rf"(?P<y>{_YEAR})-(?P<m>\d\d)-(?P<d>\d\d)"),
]


@lru_cache(maxsize=8)
def _compiled(language: str) -> list[tuple[re.Pattern[str], str]]:
    rules = _RULES.get(language, _RULES["en"]) + _COMMON
    return [(re.compile(rf"(?<![\w.,]){regex}(?![\w])", re.IGNORECASE), kind) for regex, kind in rules]


def find_periods(
    text: str,
    *,
    language: str,
    dateline: date | None = None,
    sentences: Sequence[tuple[int, int]] = (),
) -> list[Period]:
    """Every year or period in ``text``, in order, non-overlapping (the longest reading wins).

    ``dateline`` is the article's date ("next year", "last December"); ``sentences`` (character
    spans) limit how far back an expression like "a year earlier" looks for its year.
    """
    candidates = []
    for pattern, kind in _compiled(language):
        for match in pattern.finditer(text):
            candidates.append((match, kind))
    chosen = _longest_first(candidates)
    periods: list[Period] = []
    for match, kind in chosen:
        reference = _reference(periods, position=match.start(), sentences=sentences)
        years = _years(match, kind=kind, dateline=dateline, reference=reference, language=language)
        if years is not None:
            periods.append(Period(match.start(), match.end(), match.group(0), *years))
    return periods


def find_dateline(text: str) -> date | None:
    """The article's own date, when its opening lines give one ("MÜNCHEN, 12. März 2025",
    "September 16, 2024", "le 5 juin 2024", "2025-03-12")."""
    found = [(m.start(), m) for pattern in _FULL_DATES for m in pattern.finditer(text[:400])]
    for _, match in sorted(found, key=lambda pair: pair[0]):
        parts = match.groupdict()
        month = int(parts["m"]) if parts["m"].isdigit() else _MONTH_NUMBERS.get(parts["m"].lower().rstrip("."))
        try:
            return date(int(parts["y"]), month or 0, int(parts["d"]))
        except (TypeError, ValueError):  # "31. Februar", or a month we do not know
            continue
    return None


def _longest_first(candidates: list[tuple[re.Match[str], str]]) -> list[tuple[re.Match[str], str]]:
    taken: list[tuple[re.Match[str], str]] = []
    for match, kind in sorted(candidates, key=lambda c: (-(c[0].end() - c[0].start()), c[0].start())):
        if all(match.end() <= m.start() or match.start() >= m.end() for m, _ in taken):
            taken.append((match, kind))
    return sorted(taken, key=lambda c: c[0].start())


def _reference(periods: list[Period], *, position: int, sentences: Sequence[tuple[int, int]]) -> Period | None:
    """The latest year or period written out in figures before ``position``, in the same or the
    previous sentence: what "a year earlier" counts from."""
    floor = 0
    if sentences:
        index = next((i for i, (s, e) in enumerate(sentences) if s <= position < e), None)
        if index is not None:
            floor = sentences[max(index - 1, 0)][0]
    earlier = [p for p in periods if floor <= p.start < position and not _COUNTS_FROM_ANOTHER.search(p.text)]
    return earlier[-1] if earlier else None


# Expressions that count from another year themselves, so never are one to count from.
_COUNTS_FROM_ANOTHER = re.compile(r"Vorjahr|Folgejahr|davor|zuvor|earlier|before|previous|prior|following|later"
                                  r"|précédente|suivante|plus tôt|plus tard|auparavant|même|same|selben|gleichen"
                                  r"|écoulé|abgelaufenen", re.IGNORECASE)
_Years = tuple[int | None, int]


def _years(match: re.Match[str], *, kind: str, dateline: date | None, reference: Period | None,
           language: str) -> _Years | None:
    groups = {k: v for k, v in match.groupdict().items() if v}
    if kind == "last_month":  # "last December", written in November 2025, is December 2024
        month = _MONTH_NUMBERS.get(groups["month"].lower().rstrip("."))
        if dateline is None or month is None:
            return None
        year = dateline.year if month < dateline.month else dateline.year - 1
        return year, year
    a = int(groups.get("a") or groups.get("a2") or 0) or None
    b = int(groups["b"]) if "b" in groups else None
    if "yy" in groups:
        century = (a or (dateline.year if dateline else 2000)) // 100 * 100
        b = century + int(groups["yy"])
        if kind == "year" and a is None:  # "FY24"
            return b, b
        if a is not None and b < a:
            return None
    if kind == "name":
        return None
    if kind == "year":
        return (a, b) if b is not None else (a, a) if a else None
    if kind == "range":
        return (a, b) if a and b and a < b else None
    if kind == "open":
        return (None, a) if a else None
    if kind in ("next_n", "last_n"):
        count = word_value(groups.get("n") or groups.get("n2") or "", language=language)
        if dateline is None or not count or count > 30:
            return None
        if kind == "last_n":
            return dateline.year - int(count), dateline.year - 1
        return dateline.year, dateline.year + int(count) - 1
    offset = int(kind.split("_")[1])
    if kind.startswith("ref"):  # a whole fiscal year moves: "2024-2025 ... un an plus tôt" is 2023-2024
        if reference is None or reference.first is None or reference.last - reference.first > 1:
            # no year nearby, or a plan over several years or up to one ("bis 2026"): "im Vorjahr" is the
            # year before the article's
            return (dateline.year + offset, dateline.year + offset) if dateline and offset < 0 else None
        first = reference.first if reference.first is not None else reference.last
        return first + offset, reference.last + offset
    return (dateline.year + offset, dateline.year + offset) if dateline else None
