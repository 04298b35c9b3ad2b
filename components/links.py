"""Person–organisation links with the organisation under its canonical name, shared by the people
cards, the network and the tables."""

from __future__ import annotations

from dataclasses import dataclass

from extraction import Affiliation, Analysis, Person

from .vocabulary import sentence_case


@dataclass(frozen=True)
class Link:
    """One affiliation of one person, its organisation named as in ``Analysis.organizations``."""

    person: Person
    organization: str
    affiliation: Affiliation


def organization_names(analysis: Analysis) -> dict[str, str]:
    """Every name and alias of an organisation mapped to its canonical name."""
    names = {}
    for organization in analysis.organizations:
        for alias in (organization.name, *organization.aliases):
            names.setdefault(alias, organization.name)
    return names


def links(analysis: Analysis) -> list[Link]:
    """All affiliations of all people, in the order of the people and of their affiliations."""
    canonical = organization_names(analysis)
    return [Link(person, canonical.get(a.organization, a.organization), a)
            for person in analysis.people for a in person.affiliations]


_ACRONYMS = {"ceo": "CEO", "cfo": "CFO", "coo": "COO", "cto": "CTO", "cio": "CIO", "ai": "AI"}


def capitalized(role: str) -> str:
    """'Head of AI team' for 'head of AI team', 'Chief AI officer', 'CFO': first letter up, acronyms in capitals."""
    return sentence_case(" ".join(_ACRONYMS.get(word, word) for word in role.split(" ")))
