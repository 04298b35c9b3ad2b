"""Typed result of one analysis, and its JSON form (``analysis.schema.json``, schema version 1).

Every field of the contract has a home here; ``Analysis.to_dict()`` is the only place
that knows the JSON layout, and ``Analysis.from_dict()`` reads it back (the library
stores and re-imports analyses through it).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any, Literal

SCHEMA_VERSION = "1"
SUPPORTED_LANGUAGES = ("de", "en", "fr")

EntityLabel = Literal["PERSON", "ORG", "LOC", "PRODUCT", "EVENT", "MONEY", "DATE", "PERCENT", "MISC"]
Status = Literal["current", "former", "unknown"]
FigureKind = Literal[
    "rd_spending", "investment", "funding", "revenue", "profit", "salary", "valuation", "other"
]
FigureStatus = Literal["actual", "planned", "unknown"]
Qualifier = Literal["exact", "about", "over", "under"]


@dataclass(frozen=True)
class Mention:
    """One entity mention: ``text == article[start:end]``."""

    text: str
    label: EntityLabel
    start: int
    end: int
    entity_id: str | None = None


@dataclass(frozen=True)
class Affiliation:
    """A person's tie to an organisation, with the sentence that states it."""

    organization: str
    role: str
    status: Status
    evidence: str
    pattern: str = ""  # id of the relation pattern that decided it
    inferred: bool = False  # the organisation is the article's, not named with the person


@dataclass(frozen=True)
class Person:
    id: str
    name: str
    aliases: tuple[str, ...]
    mentions: int
    affiliations: tuple[Affiliation, ...] = ()

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
    notes: tuple[str, ...] = field(default=(), compare=False)
    published: date | None = field(default=None, compare=False)  # the date the text gives, if any

    @property
    def language_supported(self) -> bool:
        """False for languages without entity models: only money and dates were extracted."""
        return self.language in SUPPORTED_LANGUAGES

    def to_dict(self) -> dict[str, Any]:
        """The contract's JSON object (the analysed text, notes and date are not part of it)."""
        data = _lists(asdict(self))
        del data["text"], data["notes"], data["published"]
        return {"schema_version": SCHEMA_VERSION, **data}

    @classmethod
    def from_dict(cls, data: dict[str, Any], *, text: str) -> Analysis:
        """Rebuild an analysis from its contract form and the text it was made from."""
        from .periods import find_dateline  # the date is not in the contract: read it from the text again

        return cls(
            published=find_dateline(text),
            notes=language_notes(data["language"]),
            text=text,
            language=data["language"],
            text_sha256=data["text_sha256"],
            entities=tuple(Mention(**m) for m in data["entities"]),
            people=tuple(
                Person(
                    id=p["id"],
                    name=p["name"],
                    aliases=tuple(p["aliases"]),
                    mentions=p["mentions"],
                    affiliations=tuple(Affiliation(**a) for a in p["affiliations"]),
                )
                for p in data["people"]
            ),
            organizations=tuple(
                Organization(id=o["id"], name=o["name"], aliases=tuple(o["aliases"]), mentions=o["mentions"])
                for o in data["organizations"]
            ),
            figures=tuple(Figure(**{"qualifier": "exact", **f}) for f in data["figures"]),
        )


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
