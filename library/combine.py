"""Facts of many articles combined: one spending timeline, people with every affiliation and its
source, organisations with their people.

Nothing is averaged or overwritten: when two articles give different amounts for the same
organisation, kind and period, both figures stay, each with its source, and ``conflicts`` says so.
People are the same person when their full names match (case and accents aside); organisations
when a name or alias of one is a name or alias of the other ("Alibaba" and "Alibaba Group").
"""

from __future__ import annotations

import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from extraction.legal_forms import without_legal_form
from extraction.result import Affiliation, Correction, Figure

from .store import StoredArticle


@dataclass(frozen=True)
class Source:
    """Where a fact comes from."""

    article_id: int
    title: str
    date: date


@dataclass(frozen=True)
class SourcedFigure:
    figure: Figure
    source: Source
    organization: str | None  # the combined organisation's name


@dataclass(frozen=True)
class SourcedAffiliation:
    affiliation: Affiliation
    source: Source
    organization: str  # the combined organisation's name


@dataclass
class CombinedPerson:
    name: str
    aliases: set[str] = field(default_factory=set)
    affiliations: list[SourcedAffiliation] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)

    @property
    def current(self) -> list[SourcedAffiliation]:
        """The current roles the latest article that gives any states: a job a later article
        replaces, or calls former, is not current any more."""
        latest: dict[str, SourcedAffiliation] = {}
        for item in sorted(self.affiliations, key=lambda a: (a.source.date, a.source.article_id)):
            latest[item.organization] = item
        current = [a for a in latest.values() if a.affiliation.status == "current"]
        if not current:
            return []
        newest = max((a.source.date, a.source.article_id) for a in current)
        return [a for a in current if (a.source.date, a.source.article_id) == newest]


@dataclass
class CombinedOrganization:
    name: str
    aliases: set[str] = field(default_factory=set)
    people: set[str] = field(default_factory=set)
    sources: list[Source] = field(default_factory=list)
    mentions: int = 0


@dataclass(frozen=True)
class Combined:
    figures: tuple[SourcedFigure, ...]
    people: tuple[CombinedPerson, ...]
    organizations: tuple[CombinedOrganization, ...]
    corrections: Mapping[str, Correction] = field(default_factory=dict)  # the articles' corrections, by id

    def conflicts(self) -> list[tuple[SourcedFigure, ...]]:
        """Groups of figures for one organisation, kind and period whose amounts differ."""
        groups: dict[tuple, list[SourcedFigure]] = defaultdict(list)
        for item in self.figures:
            if item.organization is None or item.figure.derived:  # two articles' unattributed amounts may be
                continue  # about anything; a restatement is its original's money
            f = item.figure
            groups[(item.organization, f.kind, f.period_start, f.period_end, f.currency)].append(item)
        return [tuple(g) for g in groups.values() if len({round(i.figure.amount, 2) for i in g}) > 1]


def combine(articles: Sequence[StoredArticle]) -> Combined:
    """The combined facts of ``articles`` (oldest first in every list)."""
    articles = sorted(articles, key=lambda a: (a.date, a.id))
    org_names = _organization_names(articles)
    figures, people, organizations = [], {}, {}
    for article in articles:
        source = Source(article.id, article.title, article.date)
        analysis = article.analysis
        for figure in analysis.figures:
            name = org_names.get(_org_key(figure.organization), figure.organization) if figure.organization else None
            figures.append(SourcedFigure(figure, source, name))
        for org in analysis.organizations:
            combined = organizations.setdefault(org_names[_org_key(org.name)], CombinedOrganization(
                org_names[_org_key(org.name)]))
            combined.aliases.update({org.name, *org.aliases} - {combined.name})
            combined.sources.append(source)
            combined.mentions += org.mentions
        for person in analysis.people:
            combined = people.setdefault(_key(person.name), CombinedPerson(person.name))
            combined.aliases.update(set(person.aliases) - {combined.name})
            combined.sources.append(source)
            for affiliation in person.affiliations:
                org = org_names.get(_org_key(affiliation.organization), affiliation.organization)
                combined.affiliations.append(SourcedAffiliation(affiliation, source, org))
                organizations.setdefault(org, CombinedOrganization(org)).people.add(combined.name)
    return Combined(
        figures=tuple(figures),
        people=tuple(sorted(people.values(), key=lambda p: (-len(p.sources), p.name))),
        organizations=tuple(sorted(organizations.values(), key=lambda o: (-len(o.sources), o.name))),
        corrections={c.id: c for article in articles for c in article.analysis.corrections},
    )


def _organization_names(articles: Iterable[StoredArticle]) -> dict[str, str]:
    """Every organisation name and alias (as a key) -> the combined organisation's name: of the
    names its articles use, the most used (the shorter on a tie)."""
    parent: dict[str, str] = {}

    def find(key: str) -> str:
        while parent.setdefault(key, key) != key:
            key = parent[key]
        return key

    spellings: dict[str, Counter[str]] = defaultdict(Counter)
    for article in articles:
        for org in article.analysis.organizations:
            # "Alibaba Group" here and "Alibaba" there are one organisation
            keys = [_org_key(n) for n in (org.name, *org.aliases)]
            for key in keys:
                parent[find(key)] = find(keys[0])
            spellings[keys[0]][org.name] += 1
    groups: dict[str, Counter[str]] = defaultdict(Counter)
    for key in list(parent):
        groups[find(key)].update(spellings.get(key, Counter()))
    return {key: min(groups[find(key)], key=lambda n: (-groups[find(key)][n], len(n)))
            for key in parent if groups[find(key)]}


def _org_key(name: str) -> str:
    return _key(without_legal_form(name))


def _key(name: str | None) -> str:
    """Name compared without case and accents: "Dassault Systèmes" = "dassault systemes"."""
    decomposed = unicodedata.normalize("NFKD", name or "")
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).casefold().split())
