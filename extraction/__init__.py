"""NewsLens extraction core: people, organisations, roles and money figures from news articles
in German, English and French. Never imports streamlit.

    >>> from extraction import analyze
    >>> result = analyze(open("article.txt").read())
    >>> result.to_dict()  # the JSON of extraction/contract/analysis.schema.json (schema version 2)

Names are imported on first use, so that ``extraction.result`` or ``extraction.documents`` can be
used (by the article library, for instance) without loading spaCy.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

_EXPORTS = {
    "analyze": "analyzer", "analyze_many": "analyzer", "EmptyTextError": "analyzer",
    "SCHEMA_VERSION": "result", "SUPPORTED_LANGUAGES": "result", "Affiliation": "result", "Analysis": "result",
    "Correction": "result", "Figure": "result", "Mention": "result", "Organization": "result", "Person": "result",
}
__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    if name not in _EXPORTS:
        raise AttributeError(f"module 'extraction' has no attribute {name!r}")
    return getattr(import_module(f".{_EXPORTS[name]}", __name__), name)
