"""Words after a company's name that do not change which company it is: "Xiaomi Corp.",
"Alibaba Group", "Voltaic Systems" are Xiaomi, Alibaba, Voltaic (the lexicon's legal forms). Imports
no NLP library, so the article library can compare names across articles the way the analysis does
within one."""

from __future__ import annotations

from .lexicon import shared_words


def without_legal_form(name: str) -> str:
    """The name without trailing legal forms and generic company words ("Alibaba Group" -> "Alibaba")."""
    legal = shared_words("legal_forms")
    words = name.split()
    while len(words) > 1 and words[-1].lower().rstrip(".,") in legal:
        words.pop()
    return " ".join(words)
