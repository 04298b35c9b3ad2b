"""Given names and East Asian family names (``data/person_names.txt``): a name that starts with one
("Katrin Wollenweber", "Rainer Ostendorf", "Park Ji-hoon") is a person's, whatever the pipeline said."""

from __future__ import annotations

from functools import lru_cache
from importlib.resources import files


@lru_cache(maxsize=1)
def _names() -> dict[str, frozenset[str]]:
    sections: dict[str, set[str]] = {}
    section = "given"
    for line in files("extraction.data").joinpath("person_names.txt").read_text("utf-8").splitlines():
        if line.startswith("## "):
            section = line[3:].strip()
        elif line.strip() and not line.startswith("#"):
            sections.setdefault(section, set()).update(line.split())
    return {name: frozenset(words) for name, words in sections.items()}


def is_given_name(word: str) -> bool:
    return word in _names()["given"]


def is_family_name(word: str) -> bool:
    """East Asian family names, which come first: "Park" in "Park Ji-hoon"."""
    return word in _names()["family"]


def starts_like_a_person(name: str) -> bool:
    """Two or three capitalised words, the first a given name or an East Asian family name."""
    words = name.split()
    return 2 <= len(words) <= 3 and all(w[:1].isupper() for w in words) and (
        is_given_name(words[0]) or is_family_name(words[0]))
