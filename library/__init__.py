"""NewsLens article library: every analysed article kept, with an analyst's corrections beside it, in an
SQLite file or on a PostgreSQL server, and its facts combined across articles. Imports neither streamlit
nor spaCy.

    >>> from library import Library
    >>> with Library.open() as lib:   # NEWSLENS_DATABASE_URL, else NEWSLENS_DATA_DIR, else the user's data folder
    ...     stored = lib.save(analysis, title="Xiaomi hires Luo Fuli", source="xiaomi.txt")
"""

from .combine import Combined, CombinedOrganization, CombinedPerson, Source, SourcedAffiliation, SourcedFigure, combine
from .paths import configured_location, data_dir, database_path, database_url
from .store import ImportReport, Library, LibraryError, NewArticle, StoredArticle

__all__ = [
    "Combined",
    "CombinedOrganization",
    "CombinedPerson",
    "ImportReport",
    "Library",
    "LibraryError",
    "NewArticle",
    "Source",
    "SourcedAffiliation",
    "SourcedFigure",
    "StoredArticle",
    "combine",
    "configured_location",
    "data_dir",
    "database_path",
    "database_url",
]
