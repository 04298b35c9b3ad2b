"""How a corrected fact says so: the words of its mark (who corrected it, when, and the machine's
value), shared by the tables, the people cards and the highlighted article."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime

from extraction.result import Analysis, Correction
from library.corrections import described

from . import templates
from .highlight import escape


def by_id(analysis: Analysis) -> dict[str, Correction]:
    """An analysis's corrections by id (what a fact's ``correction`` names)."""
    return {c.id: c for c in analysis.corrections}


def correction_words(correction_id: str | None, corrections: Mapping[str, Correction]) -> str:
    """'Corrected by ana on 2 Dec 2026: status “planned” → “actual” (annual report)'; '' for a machine fact."""
    item = corrections.get(correction_id or "")
    if item is None:
        return "Corrected" if correction_id else ""
    when = datetime.fromisoformat(item.created)
    note = f" ({item.note})" if item.note else ""
    return f"Corrected by {item.author} on {when.day} {when:%b %Y}: {described(item)}{note}"


def mark_html(correction_id: str | None, corrections: Mapping[str, Correction]) -> str:
    """The small 'corrected' mark, the machine's value on hover; '' for a machine fact."""
    words = correction_words(correction_id, corrections)
    return templates.CORRECTED.format(title=escape(words)) if words else ""
