"""Words after a company's name that do not change which company it is: "Xiaomi Corp.",
"Alibaba Group", "Voltaic Systems" are Xiaomi, Alibaba, Voltaic. Imports no NLP library, so the
article library can compare names across articles the way the analysis does within one."""

from __future__ import annotations

LEGAL_SUFFIXES = frozenset({
    "ag", "se", "gmbh", "kg", "kgaa", "inc", "corp", "corporation", "co", "ltd", "limited", "llc", "plc",
    "sa", "sas", "nv", "group", "gruppe", "groupe", "holding", "holdings", "konzern", "company", "&",
    "technology", "technologies", "systems", "labs", "ai", "s.a.", "n.v.", "electronics", "capital", "ventures",
    "partners",
})


def without_legal_form(name: str) -> str:
    """The name without trailing legal forms and generic company words ("Alibaba Group" -> "Alibaba")."""
    words = name.split()
    while len(words) > 1 and words[-1].lower().rstrip(".,") in LEGAL_SUFFIXES:
        words.pop()
    return " ".join(words)
