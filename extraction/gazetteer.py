"""Well-known organisations (``data/organizations.txt``): found wherever they are written,
whatever the pipeline said, and typed as company, education, outlet or institution.

Small pipelines miss or mislabel famous names ("Tencent" as MISC, "Schneider Electric" as a
person); a short list of names nobody would dispute fixes that without touching unknown ones.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files

from .lexicon import alternation_by_initial


@dataclass(frozen=True)
class KnownOrganization:
    start: int
    end: int
    name: str
    kind: str


@lru_cache(maxsize=1)
def known_organizations() -> dict[str, str]:
    """Name -> kind, read once from the package data."""
    kinds, kind = {}, "company"
    for line in files("extraction.data").joinpath("organizations.txt").read_text("utf-8").splitlines():
        line = line.strip()
        if line.startswith("## "):
            kind = line[3:].strip()
        elif line and not line.startswith("#"):
            kinds[line] = kind
    return kinds


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    names = sorted(known_organizations(), key=len, reverse=True)
    # whole words; a hyphen may follow ("Siemens-Chef") unless another name does ("dpa-AFX")
    return re.compile(r"(?<![\w-])(?:" + alternation_by_initial(names) + r")(?![\w]|-[A-Z0-9]{2})")


def find_known_organizations(text: str) -> list[KnownOrganization]:
    """Every occurrence of a listed name, as a whole word, in order."""
    kinds = known_organizations()
    return [KnownOrganization(m.start(), m.end(), m.group(0), kinds[m.group(0)]) for m in _pattern().finditer(text)]


@lru_cache(maxsize=1)
def _folded() -> dict[str, str]:
    return {name.casefold(): kind for name, kind in known_organizations().items()}


def kind_of(name: str) -> str | None:
    """company / education / outlet / institution for a listed name, else None."""
    return _folded().get(name.casefold())
