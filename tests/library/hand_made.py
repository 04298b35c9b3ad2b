"""Hand-made analyses for the store's tests of many articles (exact facts, no NLP, fast)."""

from __future__ import annotations

from extraction.result import Analysis, Organization, Person
from extraction.text import sha256


def numbered(number: int) -> Analysis:
    """Article ``number``: one person (``Ada Lovelace-007``) joining one organisation (``Acme-007``)."""
    person, organization = f"Ada Lovelace-{number:03d}", f"Acme-{number:03d}"
    text = f"{person} joined {organization} as head of research (article {number})."
    return Analysis(text=text, language="en", text_sha256=sha256(text),
                    people=(Person("P1", person, (), 1),), organizations=(Organization("O1", organization, (), 1),))
