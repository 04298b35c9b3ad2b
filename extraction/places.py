"""Well-known places (``data/places.txt``: countries and towns from GeoNames; ``data/country_names.txt``: countries as
German, English and French name them; ``data/regions.txt``: states, Länder, cantons and regions): small pipelines
take a town for a company ("a production line near Valence", "a start-up from Rosenheim"); ``label_votes`` makes such
a name a place where nothing in the article shows it to be a firm."""

from __future__ import annotations

from functools import lru_cache

from .data import listed_lines
from .lexicon import lexicon


@lru_cache(maxsize=1)
def _places() -> frozenset[str]:
    return frozenset(name.casefold() for file in ("places.txt", "country_names.txt", "regions.txt")
                     for name in listed_lines(file))


def is_known_place(name: str) -> bool:
    """Whether the name (any case) is a listed country or town."""
    return name.strip().casefold() in _places()


def is_place_genitive(name: str, *, language: str) -> bool:
    """Whether the name is a listed place in the genitive the language's lexicon knows, not a place itself:
    "Deutschlands", "Bayerns" ("einer der größten Hersteller Deutschlands": no firm, though a company noun is
    before it)."""
    key = name.strip().casefold()
    return key not in _places() and any(key.endswith(ending) and key[:-len(ending)] in _places()
                                        for ending in lexicon(language).classes.get("gen", ()))
