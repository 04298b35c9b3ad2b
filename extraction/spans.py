"""Labelled stretches of an article, and the words that judge what a name is.

Shared by the modules that find, tidy, vote on and group names (``mentions``, ``name_rules``,
``label_votes``, ``names``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .roles import RoleMatch, find_roles


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


_POSSESSIVE = re.compile(r"(?:'s|')$")
NAME_AFTER = re.compile(r" [A-ZÄÖÜ]")  # a capitalised word right after a name: the name goes on, or another follows


def name_key(name: str) -> str:
    """Comparable form of a name: casefolded, without a possessive or German genitive ending."""
    key = name.casefold().replace("’", "'")
    return _POSSESSIVE.sub("", key)
