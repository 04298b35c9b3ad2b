"""Given names and East Asian family names (``lexicon/names.toml``): a name that starts with one
("Katrin Wollenweber", "Rainer Ostendorf", "Park Ji-hoon") is a person's, whatever the pipeline said."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from .lexicon import alternation_of, shared_words

_GIVEN = ("given_names_female", "given_names_male", "given_names_unisex")


def is_given_name(word: str) -> bool:
    """A listed given name, or given names joined by hyphens ("Sven-Ole", "Marie-Claire"), accents aside: the
    lists hold a name as one language writes it, and "Inés" is the Spanish "Ines"."""
    return _folded(word) in _given_folded() or ("-" in word and all(
        _folded(part) in _given_folded() for part in word.split("-")))


@lru_cache(maxsize=1)
def _given_folded() -> frozenset[str]:
    return frozenset(_folded(word) for name in _GIVEN for word in shared_words(name))


def _folded(word: str) -> str:
    """The word without its accents: "Inés" -> "Ines", "Zoë" -> "Zoe"."""
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


def is_family_name(word: str) -> bool:
    """East Asian family names, which come first: "Park" in "Park Ji-hoon"."""
    return word in shared_words("family_names_first")


@lru_cache(maxsize=1)
def particles_before_a_family_name() -> re.Pattern[str]:
    """Lower-case particles inside a name, before its capitalised family name (" van der " of "Joost van der
    Meulen")."""
    return re.compile(rf"(?<=\S) (?:{alternation_of(shared_words('name_particles'))}) (?=[A-ZÄÖÜ])")


_FULL_NAME = re.compile(r"\s*((?:[A-ZÄÖÜÉ][\w'’-]+ ?){2,3})")


def opens_with_a_full_name(text: str) -> bool:
    """Whether ``text`` opens with a person's full name: "Hélène Marchetti said ..."."""
    match = _FULL_NAME.match(text)
    return match is not None and starts_like_a_person(match.group(1))


def starts_like_a_person(name: str) -> bool:
    """Two or three capitalised words, the first a given name or an East Asian family name; particles between them
    do not count ("Anouk de Vries", "Ursula von der Leyen")."""
    words = particles_before_a_family_name().sub(" ", name).split()
    return 2 <= len(words) <= 3 and all(w[:1].isupper() for w in words) and (
        is_given_name(words[0]) or is_family_name(words[0]))
