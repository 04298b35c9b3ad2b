"""Lemmas of words: what the pipeline's lemmatizer says, and the lookup tables of
``spacy-lookups-data`` where a pipeline has none (German) or where its rules miss a form the
tagger misread (French "quittent" tagged as a noun keeps "quittent").

A table is read once, as a plain dictionary, on first use (0.2 s for German); spaCy's own lookup
lemmatizer would hash every key into a Table first (0.8 s).
"""

from __future__ import annotations

import gzip
import json
from functools import lru_cache
from importlib.resources import files

from spacy.tokens import Token

from .data import listed_lines

_TABLES = ("de", "en", "fr")
_FIRST_GROUP_PRESENT = ("ent", "es", "e", "ons", "ez")  # longest first: "quittent" is "quitt-ent"


def lemma(token: Token, *, language: str) -> str:
    """The lemma of a token, lowercased."""
    if language == "de":
        return lookup_lemma(token.text, language=language)
    if _preposition(token):
        return token.lower_
    found = (token.lemma_ or token.text).lower()
    if language == "fr" and token.pos_ == "VERB" and found == token.lower_:
        return _first_group_infinitive(found) or found
    return found


def _preposition(token: Token) -> bool:
    """A preposition before its noun phrase, which is no form of another word (the lookup table reads "entre" as
    "entrer", "sous" as "sou"); one right before another preposition is the verb it is spelt like ("elle entre chez
    Renault"), whatever the tagger says."""
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return token.pos_ == "ADP" and not (following is not None and following.pos_ == "ADP")


def _first_group_infinitive(form: str) -> str | None:
    """The infinitive of a present form of a French "-er" verb that the pipeline left as it is ("quitte"), when the
    lookup table knows that infinitive ("quitter")."""
    for ending in _FIRST_GROUP_PRESENT:
        if form.endswith(ending) and (infinitive := form[:-len(ending)] + "er") in _lemmas("fr"):
            return infinitive
    return None


def lookup_lemma(word: str, *, language: str) -> str:
    """The lemma the language's lookup table gives a word form, lowercased; the form itself when the
    table has none."""
    table = _table(language)
    found = table.get(word) or table.get(word.lower()) or table.get(word.capitalize()) or word
    return (found[0] if isinstance(found, list) else found).lower()  # French entries may list several


def lookup_known(word: str, *, language: str) -> bool:
    """Whether the language's lookup table knows the word form (as a form or as a lemma); in German also
    the common nouns of ``data/de_nouns.txt``, which the table misses ("Physik")."""
    table = _table(language)
    return (word in table or word.lower() in table or word.lower() in _lemmas(language)
            or (language == "de" and german_common_noun(word)))


def german_common_noun(word: str) -> bool:
    """Whether GermEval 2014 writes the capitalised word only outside names (``data/de_nouns.txt``): "Netz",
    "Physik", but not "Allianz" or "Bahn", which also name firms."""
    return word in _german_nouns()


def german_compound_noun(word: str) -> bool:
    """Whether the capitalised word is, or ends in, such a common noun of at least five letters: "Künstlerin",
    "Glaskünstlerin"."""
    return any(word[i:].capitalize() in _german_nouns() for i in range(len(word) - _SHORTEST_HEAD + 1))


_SHORTEST_HEAD = 5  # letters; shorter tails are too often a word's mere ending ("-rin", "-ung")


@lru_cache(maxsize=1)
def _german_nouns() -> frozenset[str]:
    return frozenset(listed_lines("de_nouns.txt"))


@lru_cache(maxsize=len(_TABLES))
def _lemmas(language: str) -> frozenset[str]:
    values = _table(language).values()  # French entries may list several lemmas
    return frozenset(v.lower() for value in values for v in ([value] if isinstance(value, str) else value))


@lru_cache(maxsize=len(_TABLES))
def _table(language: str) -> dict[str, str]:
    if language not in _TABLES:
        return {}
    data = files("spacy_lookups_data").joinpath("data", f"{language}_lemma_lookup.json.gz").read_bytes()
    return json.loads(gzip.decompress(data))
