"""Family firms: the company named for a person's family ("Chiara Serio" of Bottonificio Serio SpA), which a title
with no organisation ("Chief executive Chiara Serio") and a family noun ("the family firm", "le moulin familial")
stand for."""

from __future__ import annotations

import re
from collections.abc import Iterable

from .names import Entity

_NAME_WORDS = re.compile(r"[\s-]+")  # "Kaltenbach-Gruppe" holds "Kaltenbach"


def family_firms(entities: Iterable[Entity]) -> dict[str, Entity]:
    """The firm named for each person's family, by person id: the first company whose name holds the words of the
    person's name after the given name ("Franziska Mühlbacher" of "Knopffabrik Mühlbacher", "Karim Ben Salah" of
    "Huilerie Ben Salah"), in a name of more words than the family's. Someone named by one word alone has no family
    name to go by."""
    entities = list(entities)
    companies = sorted((e for e in entities if e.label == "ORG" and e.kind == "company"),
                       key=lambda e: min((s.start for s in e.spans), default=0))
    firms = {}
    for person in (e for e in entities if e.label == "PERSON"):
        families = _family_names(person.name)
        # a firm called by the family name alone may be the family itself: "the founding Ellison family"
        firm = next((c for c in companies if any(
            _holds(words, family) and len(words) > len(family)
            for words in map(_NAME_WORDS.split, c.forms) for family in families)), None)
        if firm is not None:
            firms[person.id] = firm
    return firms


def _family_names(name: str) -> list[list[str]]:
    """The words of a person's family name after the given name, which may be hyphenated ("Anne-Sophie Delorme":
    Delorme); a double-barrelled family name also each of its parts ("Hélène Vidal-Marchetti" of "Marquoirs
    Vidal")."""
    family = name.split()[1:]
    if not family:
        return []
    parts = _NAME_WORDS.split(" ".join(family))
    return [parts, *([part] for part in parts if len(parts) > 1 and len(family) == 1)]


def _holds(words: list[str], part: list[str]) -> bool:
    """Whether ``part`` runs in ``words``, in any case: a particle is capitalised where it opens the firm's name
    ("Joost van Os" of "Stempelfabriek Van Os")."""
    words, part = [w.casefold() for w in words], [w.casefold() for w in part]
    return any(words[i:i + len(part)] == part for i in range(len(words) - len(part) + 1))
