"""Where clauses begin and end inside a sentence, for reading money: the clause around an amount ends
at a semicolon, at a conjunction after a comma (", and", ", nachdem", ", tandis que"), at a complement
clause after a comma (", betting that") and at "and" before a verb of its own ("spent X and plans to
invest Y"); relative clauses between commas (", das seit 2017 zu Midea gehört,", ", qui sera le premier
client") hold their own years, verbs and organisations. The words are in ``lexicon/<language>.figures.toml``
(``[clauses]``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .lexicon.amounts import cue_regex, figure_words


@dataclass(frozen=True)
class _Patterns:
    breaks: re.Pattern[str]
    relative: re.Pattern[str]


@lru_cache(maxsize=8)
def _patterns(language: str) -> _Patterns:
    words = figure_words(language).clauses
    after_comma, conjunction = cue_regex(words.get("after_comma", ())), cue_regex(words.get("and", ()))
    verbs = cue_regex(words.get("verbs_after_and", ()))
    complement = cue_regex(words.get("complement", ())) or "(?!)"
    return _Patterns(
        breaks=re.compile(rf";|, (?:{after_comma})\b| (?:{conjunction}) (?:{verbs})\b"
                          rf"|, (?:\w+ )?(?:{complement})(?:(?<=')|(?!\w))"),
        relative=re.compile(rf",\s+(?:{cue_regex(words.get('relative', ()))})\s[^,;]*(?=,|$)", re.IGNORECASE),
    )


def clause_around(start: int, end: int, *, sentence: tuple[int, int], text: str, language: str) -> tuple[int, int]:
    """The clause of ``sentence`` (character span) that holds ``text[start:end]``."""
    first, last = sentence
    for brk in _patterns(language).breaks.finditer(text, *sentence):
        if brk.start() < start:
            first = brk.start()
        elif brk.start() >= end:
            last = min(last, brk.start())
    return first, last


def embedded(span: tuple[int, int], *, text: str, language: str) -> list[tuple[int, int]]:
    """The relative clauses between commas in ``text[span]``."""
    return [m.span() for m in _patterns(language).relative.finditer(text, *span)]


def outside(position: int, *, of: int, clauses: list[tuple[int, int]]) -> bool:
    """Whether ``position`` lies in a relative clause that does not hold ``of``."""
    return any(s <= position < e and not s <= of < e for s, e in clauses)
