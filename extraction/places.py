"""Well-known places (``data/places.txt``: countries and towns from GeoNames): small pipelines take a town for a
company ("a production line near Valence", "a start-up from Rosenheim"); ``label_votes`` makes such a name a place
where nothing in the article shows it to be a firm."""

from __future__ import annotations

from functools import lru_cache

from .data import listed_lines


@lru_cache(maxsize=1)
def _places() -> frozenset[str]:
    return frozenset(name.casefold() for name in listed_lines("places.txt"))


def is_known_place(name: str) -> bool:
    """Whether the name (any case) is a listed country or town."""
    return name.strip().casefold() in _places()
