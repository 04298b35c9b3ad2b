"""Normalisation of article text before analysis; offsets in a result index the normalised text.

Unicode is composed (NFC) so that "é" is one character whatever the source; soft hyphens,
zero-width and control characters (NUL, BEL, ESC, ...) are dropped, form feeds and vertical tabs
end a line, exotic spaces become plain spaces, runs of spaces shrink to one and runs of blank
lines to one blank line. ``text_sha256`` pins the result.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

_INVISIBLE = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
# C1 controls: what Windows-1252 punctuation becomes when mis-decoded as Latin-1.
_C1 = {0x91: "‘", 0x92: "’", 0x93: "“", 0x94: "”", 0x96: "–", 0x97: "—", 0x85: "…"}
# Control characters other than tab, line feed and carriage return say nothing in an article.
_CONTROLS = [c for c in (*range(0x20), 0x7F, *range(0x80, 0xA0)) if chr(c) not in "\t\n\r" and c not in _C1]
_TRANSLATION = str.maketrans({
    **dict.fromkeys(map(ord, _INVISIBLE)), **dict.fromkeys(_CONTROLS), **_C1,
    "\f": "\n", "\v": "\n",  # page and line breaks of old documents and PDFs
})
_SPACES = re.compile(r"[^\S\n]+")  # any whitespace but newline (tabs, NBSP, narrow NBSP, ...)
_BLANK_LINES = re.compile(r"\n(?:[^\S\n]*\n)+")


def normalize(text: str) -> str:
    """The text NewsLens analyses: NFC, tidy whitespace, no invisible or control characters."""
    text = without_controls(unicodedata.normalize("NFC", text))
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _SPACES.sub(" ", text)
    text = "\n".join(line.strip() for line in text.split("\n"))
    return _BLANK_LINES.sub("\n\n", text).strip()


def without_controls(text: str) -> str:
    """``text`` without control and invisible characters (form feeds become line breaks); what is
    left of a file that holds nothing else is empty."""
    return text.translate(_TRANSLATION)


# Typographic apostrophes read as the straight one ("Arm’s", "qu’il", "l’équipementier"); one character for
# one, so that offsets into the view are offsets into the text.
_APOSTROPHES = {ord("’"): "'", ord("ʼ"): "'"}


def analysis_view(text: str) -> str:
    """The text as the pipeline and the rules read it: curly apostrophes straight, same length."""
    return text.translate(_APOSTROPHES)


def sha256(text: str) -> str:
    """Hex digest of the UTF-8 text; the contract's ``text_sha256``."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


_TEXT_KEY = "newslens_text"


def doc_text(doc: Doc) -> str:
    """``doc``'s text, joined once per doc: spaCy's ``Doc.text`` joins every token again on each access,
    and a token is a new Python object each time, so seven readings cost a tenth of an analysis."""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text


def keep_text(doc: Doc, text: str) -> Doc:
    """``doc`` remembering ``text``, the string it was made from (spaCy keeps every character, so it equals
    ``doc.text``), so that not even the first reading joins the tokens."""
    doc.user_data[_TEXT_KEY] = text
    return doc
