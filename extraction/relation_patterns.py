"""The relation patterns of a language (``lexicon/<language>.relations.toml``): each an id, a unit
pattern (``unit_patterns``) over the words of a sentence ("seq") or over the dependency path
between a person and an organisation ("dep"), the tier of evidence it gives (``decide``), the
status and role it states, and a positive and a negative example that the tests run.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files

from .lexicon import LANGUAGES
from .unit_patterns import compile_pattern

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

KINDS = ("seq", "dep")
STATUSES = ("current", "former", "cue")


@dataclass(frozen=True)
class RelationPattern:
    """One pattern. ``status`` "cue" takes the status of the cue it captured ("left": former; "led": former
    when past); ``role`` "title" the captured title's, "cue" the cue's, anything else is the role itself."""

    id: str
    kind: str
    match: str
    tier: str
    status: str
    role: str
    example: str
    expect: tuple[str, str, str]
    counter: str


@lru_cache(maxsize=8)
def relation_patterns(language: str) -> tuple[RelationPattern, ...]:
    """The patterns of ``language`` in file order (none for languages without a file)."""
    if language not in LANGUAGES:
        return ()
    data = tomllib.loads(files("extraction.lexicon").joinpath(f"{language}.relations.toml").read_text("utf-8"))
    patterns = tuple(
        RelationPattern(id=f"{language}.{p['id']}", kind=p.get("kind", "seq"), match=p["match"], tier=p["tier"],
                        status=p.get("status", "current"), role=p.get("role", "title"), example=p["example"],
                        expect=tuple(p["expect"]), counter=p["counter"])
        for p in data["pattern"]
    )
    for pattern in patterns:
        compile_pattern(pattern.match)  # fail at load, naming the pattern, not at the first article
    return patterns
