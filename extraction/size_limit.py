"""How much of an article one analysis reads, and where a longer one is cut.

spaCy refuses texts over ``nlp.max_length`` and its memory grows with the length of a text, so an
article longer than ``MAX_CHARS`` is analysed up to the last sentence end before the limit. The
command line and the dashboard apply the same limit and say so in the same words
(``over_limit``).
"""

from __future__ import annotations

import re

MAX_CHARS = 300_000
# The most a user may ask for (``--max-chars``): spaCy's default ``nlp.max_length``.
HIGHEST_LIMIT = 1_000_000
# A cut looks this far back for a sentence end, then for a line break or a space.
_LOOK_BACK = 0.2
_SENTENCE_END = re.compile(r"[.!?…][\"'”’»)\]]*\s|\n\s*\n")
_BREAK = re.compile(r"\s")


def over_limit(name: str, *, length: int, limit: int = MAX_CHARS) -> str:
    """'“big.txt” has 5,242,880 characters, more than the 300,000 NewsLens analyses at once.'"""
    return f"“{name}” has {length:,} characters, more than the {limit:,} NewsLens analyses at once."


def first_part(text: str, *, limit: int = MAX_CHARS) -> str:
    """The text if it is within ``limit`` characters, else its beginning up to the last sentence end
    before the limit (else the last line break or space, else exactly ``limit`` characters)."""
    if len(text) <= limit:
        return text
    window = text[:limit + 1]  # a sentence end right at the limit counts
    earliest = int(limit * (1 - _LOOK_BACK))
    for pattern in (_SENTENCE_END, _BREAK):
        ends = [m.end() for m in pattern.finditer(window, earliest)]
        if ends:
            return text[:min(ends[-1], limit)].rstrip()
    return text[:limit]
