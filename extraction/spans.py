"""Labelled stretches of an article, and the words that judge what a name is.

Shared by the modules that find, tidy, vote on and group names (``mentions``, ``name_rules``,
``label_votes``, ``names``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .roles import RoleMatch, find_roles

# Acronyms and words of the trade that pipelines like to call organisations.
NOT_NAMES = {
    "ai", "ki", "ia", "it", "os", "gpu", "gpus", "cpu", "cpus", "npu", "ceo", "cfo", "cto", "coo", "r&d",
    "f&e", "fue", "ipo", "usd", "eur", "cny", "rmb", "api", "app", "apps", "llm", "llms", "ev", "evs",
    "moe", "5g", "6g", "soc", "ar", "vr", "esg", "b2b", "saas", "pdg", "dg", "vp", "kpi", "capex",
}
# Words that end (or start) the names of organisations, in any of our languages.
ORG_WORDS = {
    "ag", "se", "gmbh", "kg", "kgaa", "inc", "inc.", "corp", "corp.", "corporation", "co", "co.", "ltd",
    "ltd.", "limited", "llc", "plc", "sa", "s.a.", "sas", "nv", "n.v.", "group", "gruppe", "groupe",
    "holding", "holdings", "technologies", "technology", "labs", "lab", "bank", "banque", "capital",
    "ventures", "partners", "university", "universität", "université", "universite", "academy",
    "akademie", "académie", "institute", "institut", "college", "school", "hochschule", "école",
    "foundation", "stiftung", "fondation", "motors", "systems", "electronics", "semiconductor",
    "pharma", "airlines", "times", "journal", "zeitung", "post", "news", "agency", "agentur", "ministry",
    "ministerium", "ministère", "commission", "kommission", "association", "verband", "council",
    "industries", "industrie", "aerospace", "electric", "energy", "pharmaceuticals", "international",
    "venture", "securities", "research",
}


@dataclass(frozen=True)
class Span:
    """A labelled stretch ``text[start:end]`` of the article."""

    start: int
    end: int
    label: str
    from_rules: bool = False

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end


def title_at(name: str, *, language: str) -> RoleMatch | None:
    """A job title at the very start of ``name`` ("CEO Satya Nadella", "Präsident Lu"), if any."""
    titles = find_roles(name, language=language)
    return titles[0] if titles and titles[0].start == 0 else None


def name_key(name: str) -> str:
    """Comparable form of a name: casefolded, without a possessive or German genitive ending."""
    key = name.casefold().replace("’", "'")
    return re.sub(r"(?:'s|')$", "", key)
