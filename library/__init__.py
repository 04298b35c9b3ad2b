"""NewsLens article library: every analysed article kept in an SQLite file with an analyst's
corrections beside it, and its facts combined across articles. Imports neither streamlit nor spaCy.

    >>> from library import Library
    >>> with Library.open() as lib:            # NEWSLENS_DATA_DIR, else the user's data folder
    ...     stored = lib.save(analysis, title="Xiaomi hires Luo Fuli", source="xiaomi.txt")
"""

from .combine import Combined, CombinedOrganization, CombinedPerson, Source, SourcedAffiliation, SourcedFigure, combine
from .paths import data_dir, database_path
from .store import ImportReport, Library, LibraryError, StoredArticle

__all__ = [
    "Combined",
    "CombinedOrganization",
    "CombinedPerson",
    "ImportReport",
    "Library",
    "LibraryError",
    "Source",
    "SourcedAffiliation",
    "SourcedFigure",
    "StoredArticle",
    "combine",
    "data_dir",
    "database_path",
]
