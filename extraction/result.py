"""Typed result of one analysis, and its JSON form (``contract/analysis.schema.json``, schema version 2).

Every field of the contract has a home here; ``Analysis.to_dict()`` is the only place
that knows the JSON layout, and ``Analysis.from_dict()`` reads it back (the library
stores and re-imports analyses through it). ``from_dict`` reads every earlier schema version
(``upgrade``) and ignores fields it does not know, so an optional field added to a dataclass is
written and read without further code.

Version 2 adds what an analyst corrected: the ``corrections`` list, and on each fact a correction
changed or added, ``correction`` (that correction's id); and on figures, ``conversion_of`` (the
figure an amount restates in another currency), ``part_of`` (the figure an amount is part of) and
``as_of`` (the year an open-ended figure is stated in).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields, replace
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any, Literal

SCHEMA_VERSION = "2"
SCHEMA_PATH = Path(__file__).parent / "contract" / "analysis.schema.json"  # the contract of SCHEMA_VERSION
SUPPORTED_LANGUAGES = ("de", "en", "fr")

EntityLabel = Literal["PERSON", "ORG", "LOC", "PRODUCT", "EVENT", "MONEY", "DATE", "PERCENT", "MISC"]
Status = Literal["current", "former", "unknown"]
FigureKind = Literal[
    "rd_spending", "investment", "funding", "revenue", "profit", "salary", "valuation", "other"
]
FigureStatus = Literal["actual", "planned", "unknown"]
Qualifier = Literal["exact", "about", "over", "under"]
CorrectionTarget = Literal["affiliation", "figure", "entity", "person", "organization"]
CorrectionAction = Literal["change", "remove", "add", "merge", "rename"]


@dataclass(frozen=True)
class Mention:
    """One entity mention: ``text == article[start:end]``."""

    text: str
    label: EntityLabel
    start: int
    end: int
    entity_id: str | None = None
    correction: str | None = None  # id of the correction that changed or added it


@dataclass(frozen=True)
class Affiliation:
    """A person's tie to an organisation, with the sentence that states it."""

    organization: str
    role: str
    status: Status
    evidence: str
    pattern: str = ""  # id of the relation pattern that decided it
    inferred: bool = False  # the organisation is the article's, not named with the person
    correction: str | None = None


@dataclass(frozen=True)
class Person:
    id: str
    name: str
    aliases: tuple[str, ...]
    mentions: int
    affiliations: tuple[Affiliation, ...] = ()
    correction: str | None = None

    @property
    def current(self) -> Affiliation | None:
        """The first current affiliation, the one a card headline shows."""
        return next((a for a in self.affiliations if a.status == "current"), None)


@dataclass(frozen=True)
class Organization:
    id: str
    name: str
    aliases: tuple[str, ...]
    mentions: int
    correction: str | None = None


@dataclass(frozen=True)
class Figure:
    """A money amount with the year(s) it covers, what it is for and who spends or receives it."""

    text: str
    amount: float
    currency: str
    qualifier: Qualifier
    period_start: int | None
    period_end: int | None
    kind: FigureKind
    status: FigureStatus
    organization: str | None
    sentence: str
    start: int
    end: int
    # The same money restated in another currency ("12 Mrd. Yuan (1,6 Mrd. Euro)"): the original's ``start``.
    conversion_of: int | None = None
    # Part of another figure's money ("5 Mrd. Euro, davon 3 Mrd. Euro in Reinräume"): the whole's ``start``.
    part_of: int | None = None
    # Where the period has no start ("bis 2030"): the year the article states it in, from which a chart draws it.
    as_of: int | None = None
    correction: str | None = None

    @property
    def derived(self) -> bool:
        """A restatement or a part of another figure: shown with it, never drawn, added or compared on its own."""
        return self.conversion_of is not None or self.part_of is not None


@dataclass(frozen=True)
class Correction:
    """An analyst's correction of one fact, kept beside the machine's analysis and never merged into it.

    ``fact`` names the machine's fact by its content (a person's name and an organisation; a figure's
    text, offsets, amount, currency and period; a mention's offsets and label), never by its position,
    so that the correction finds its fact again in a newer extractor's analysis of the same text.
    ``values`` are the fields as corrected (empty for a removal). ``applied`` is False when the
    analysis no longer holds the fact.
    """

    id: str
    target: CorrectionTarget
    action: CorrectionAction
    fact: dict[str, Any]
    values: dict[str, Any]
    author: str
    created: str  # ISO 8601, UTC
    note: str = ""
    applied: bool = True


@dataclass(frozen=True)
class Analysis:
    """Everything NewsLens finds in one article."""

    text: str
    language: str
    text_sha256: str
    entities: tuple[Mention, ...] = ()
    people: tuple[Person, ...] = ()
    organizations: tuple[Organization, ...] = ()
    figures: tuple[Figure, ...] = ()
    corrections: tuple[Correction, ...] = ()
    notes: tuple[str, ...] = field(default=(), compare=False)
    published: date | None = field(default=None, compare=False)  # the date the text gives, if any

    @property
    def language_supported(self) -> bool:
        """False for languages without entity models: only money and dates were extracted."""
        return self.language in SUPPORTED_LANGUAGES

    @property
    def corrected(self) -> bool:
        """True when an analyst's correction changed a fact of this analysis."""
        return any(c.applied for c in self.corrections)

    def correction(self, correction_id: str | None) -> Correction | None:
        """The correction with this id (a fact's ``correction``), if any."""
        return next((c for c in self.corrections if c.id == correction_id), None) if correction_id else None

    def to_dict(self) -> dict[str, Any]:
        """The contract's JSON object (the analysed text, notes and date are not part of it)."""
        data = _lists(asdict(self))
        del data["text"], data["notes"], data["published"]
        return {"schema_version": SCHEMA_VERSION, **data}

    @classmethod
    def from_dict(cls, data: dict[str, Any], *, text: str) -> Analysis:
        """Rebuild an analysis from its contract form (any schema version up to this one) and the text
        it was made from."""
        from .periods import find_dateline  # the date is not in the contract: read it from the text again

        data = upgrade(data)
        published = find_dateline(text)
        analysis = _build(cls, {**data, "text": text, "notes": language_notes(data["language"]),
                                "published": published})
        return replace(analysis, figures=with_statement_year(analysis.figures,
                                                             dateline=published.year if published else None))


def with_statement_year(figures: tuple[Figure, ...] | list[Figure], *, dateline: int | None) -> tuple[Figure, ...]:
    """The figures, each open-ended one ("bis 2030") with the year the article states it in where it has
    none: the year of the article's date (``dateline``), else of its latest actual figure (an analysis
    stored before ``as_of`` existed gets it when read)."""
    actual = [f.period_end for f in figures if f.status == "actual" and f.period_end is not None]
    year = dateline if dateline is not None else max(actual, default=None)
    return tuple(replace(f, as_of=year) if f.period_start is None and f.period_end is not None and f.as_of is None
                 else f for f in figures)


def upgrade(data: dict[str, Any]) -> dict[str, Any]:
    """A contract object of an earlier schema version as the current version writes it (a new dict).
    Raises ValueError for a version newer than this code or one it never wrote."""
    version = str(data.get("schema_version"))
    if version == SCHEMA_VERSION:
        return data
    if version == "1":  # version 2 only adds optional fields, and the (then empty) corrections list
        return {**data, "schema_version": SCHEMA_VERSION, "corrections": data.get("corrections", [])}
    raise ValueError(f"schema version {data.get('schema_version')!r}: this NewsLens reads versions 1 to "
                     f"{SCHEMA_VERSION}")


# Fields that hold lists of other contract objects, and defaults older writers left out.
_NESTED: dict[tuple[type, str], type] = {
    (Analysis, "entities"): Mention, (Analysis, "people"): Person, (Analysis, "organizations"): Organization,
    (Analysis, "figures"): Figure, (Analysis, "corrections"): Correction, (Person, "affiliations"): Affiliation,
}
_DEFAULTS: dict[type, dict[str, Any]] = {Figure: {"qualifier": "exact"}}


def _build(cls: type, data: dict[str, Any]) -> Any:
    """A contract dataclass from its JSON object: nested objects built, arrays as tuples, fields this
    code does not know ignored (an optional field another version added)."""
    known = _field_names(cls)
    values = dict(_DEFAULTS.get(cls, {}))
    for name, value in data.items():
        if name not in known:
            continue
        nested = _NESTED.get((cls, name))
        if nested is not None:
            value = tuple(_build(nested, item) for item in value)
        elif isinstance(value, list):
            value = tuple(value)
        values[name] = value
    return cls(**values)


@cache
def _field_names(cls: type) -> frozenset[str]:
    return frozenset(f.name for f in fields(cls))


def language_notes(language: str) -> tuple[str, ...]:
    """What a user should know about an analysis in ``language``: nothing for the languages we cover."""
    if language in SUPPORTED_LANGUAGES:
        return ()
    return (f"Language '{language}' is not covered: only money and dates were extracted.",)


def _lists(value: Any) -> Any:
    """JSON arrays are lists: turn the dataclasses' tuples into lists, recursively."""
    if isinstance(value, dict):
        return {k: _lists(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_lists(v) for v in value]
    return value

