"""NewsLens extraction core: people, organisations, roles and money figures from news articles
in German, English and French. Never imports streamlit.

    >>> from extraction import analyze
    >>> result = analyze(open("article.txt").read())
    >>> result.to_dict()  # the JSON of ../shared/contract/analysis.schema.json
"""

from .analyzer import EmptyTextError, analyze, analyze_many
from .result import (
    SCHEMA_VERSION,
    SUPPORTED_LANGUAGES,
    Affiliation,
    Analysis,
    Figure,
    Mention,
    Organization,
    Person,
)

__all__ = [
    "SCHEMA_VERSION",
    "SUPPORTED_LANGUAGES",
    "Affiliation",
    "Analysis",
    "EmptyTextError",
    "Figure",
    "Mention",
    "Organization",
    "Person",
    "analyze",
    "analyze_many",
]
