"""Who holds which role where, and who moved from where: relations between people and
organisations, each with the sentence that states it.

Relation patterns (``relation_patterns``, data per language) give evidence over the units of each
sentence (``units``) and, where the pipeline parses, over the dependency path between a person and
an organisation (``evidence``); ``decide`` turns the evidence into affiliations by a named
precedence.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from .decide import decide
from .evidence import collect
from .names import Entity
from .result import Affiliation
from .topics import paragraph_topics
from .units import Sentence


def find_affiliations(sentences: Sequence[Sentence], *, language: str, main_company: Entity | None,
                      families: Mapping[str, Entity]) -> dict[str, list[Affiliation]]:
    """Affiliations per person id: current ones first, then former ones, in the order the article gives;
    ``families`` (``family_firms``) says which firm is named for each person's family."""
    return decide(collect(sentences, language=language), main_company=main_company,
                  topics=paragraph_topics(sentences), families=families)
