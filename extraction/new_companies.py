"""The company an article introduces as new, mostly the one a merger creates, by the name it is given ("The new
company, to be called Lotus Nordsoja", "du nouvel ensemble, baptisé SK Signalétique"): later references to a new,
combined or merged company ("the merged company", "la nouvelle entité", "das fusionierte Unternehmen") stand for
it, not for one of the firms that merge."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from .lexicon import alternation_of, lexicon
from .names import Entity


@lru_cache(maxsize=8)
def new_company_noun(language: str) -> str:
    """A regular expression for a company noun with an adjective that makes it new or merged ("combined group",
    "nouvel ensemble", "groupe fusionné", "fusionierte Unternehmen"), in any case."""
    words = lexicon(language)
    adjectives = words.alternation("new_company_adjectives")
    nouns = alternation_of(words.words("generic_company_nouns") | words.words("new_company_nouns"))
    ending = words.settings.get("adjective_endings", "")  # German: "das neue Unternehmen", "der fusionierten Gruppe"
    if language == "fr":  # the adjective before its noun or after it
        return rf"(?i:(?:{adjectives}) (?:{nouns})|(?:{nouns}) (?:{adjectives}))(?![\w-])"
    return rf"(?i:(?:{adjectives}){ending} (?:{nouns}))(?![\w-])"


def named_new_company(text: str, *, entities: Sequence[Entity], language: str) -> Entity | None:
    """The organisation the article names right after a noun for a new company, perhaps past a comma and a naming
    word ("The new company, Marisol Leisure,", "The combined group will be called X", "une nouvelle société baptisée
    Vitrea"), else after a naming word later in that sentence ("an der neuen Holding …; sie soll unter dem Namen
    Ambulo Group firmieren"); None where it names none."""
    if not lexicon(language).words("new_company_adjectives"):
        return None
    starts = {span.start: entity for entity in entities if entity.label == "ORG" for span in entity.spans}
    return next((starts[m.end()] for site in (_naming_site(language), _named_later(language))
                 for m in site.finditer(text) if m.end() in starts), None)


def tells_of_a_merger(text: str, *, language: str) -> bool:
    """Whether the article tells of a merger: its new company is then the article's, whose officers a title without
    a firm names ("Pritchard becomes chief commercial officer"); a spin-off's new company is not ("Siemens will put
    its wind unit into a new company called X", then "chief financial officer P said")."""
    return bool(_merger_word(language).search(text))


@lru_cache(maxsize=8)
def _merger_word(language: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-])(?:{lexicon(language).alternation('merger_word_openings')})", re.IGNORECASE)


def gives_a_name(text: str, end: int, *, language: str) -> bool:
    """Whether a name follows the noun ending at ``end``, perhaps past a comma and a naming word: the noun
    introduces the company, it refers to none."""
    return bool(_naming_tail(language).match(text, end))


@lru_cache(maxsize=8)
def _naming_site(language: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-]){new_company_noun(language)}{_naming_tail(language).pattern}")


@lru_cache(maxsize=8)
def _named_later(language: str) -> re.Pattern[str]:
    naming = lexicon(language).alternation("naming_words")
    return re.compile(rf"(?<![\w-]){new_company_noun(language)}[^.!?]{{0,{_NAMING_REACH}}}? (?i:{naming}) "
                      rf"(?=[A-ZÄÖÜÉ0-9])")


_NAMING_REACH = 80  # characters between a new company's noun and the naming word later in its sentence


@lru_cache(maxsize=8)
def _naming_tail(language: str) -> re.Pattern[str]:
    naming = lexicon(language).alternation("naming_words")
    return re.compile(rf",? (?:(?i:{naming}) )?(?=[A-ZÄÖÜÉ0-9])")
