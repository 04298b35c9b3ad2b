"""A spaCy pipeline loaded from its folder, with what makes loading slow kept in the user's cache
folder in a form that loads fast.

Where the time goes (``fr_core_news_sm`` on a two-core machine, profiled with cProfile): 1.9 s
compiling the French tokenizer's ``token_match``, one 1.4 MB regular expression of Unicode letter
classes (spaCy compiles it when it imports its French language data, and the tokenizer finds it in
``re``'s cache); 0.6-0.9 s building the lemmatizer's lookup tables, 217,000 entries hashed one at a
time; 0.25 s for everything else. So the cache keeps

* each tokenizer expression as CPython's compiled pattern code, rebuilt in milliseconds and put
  where ``re.compile`` finds it before spaCy asks for it;
* each lemmatizer's lookup tables as marshalled keys and values, filled into spaCy's tables
  without hashing a string again.

Entries are keyed by what they were made from (the pattern; the table file's path, size and
time) inside a folder named for the Python, regex engine and spaCy versions, so nothing stale
is ever read. The first load of a pipeline writes its entries; a cache folder that cannot be
written or read only makes loading slower, never different. Nothing is downloaded.
"""

from __future__ import annotations

import gc
import hashlib
import logging
import marshal
import os
import re
import sys
import tempfile
from array import array
from collections import OrderedDict, deque
from collections.abc import Iterator
from contextlib import contextmanager
from itertools import repeat
from pathlib import Path

import spacy
import srsly
from spacy import util
from spacy.language import Language
from spacy.lookups import Lookups, Table
from spacy.pipeline import Lemmatizer

log = logging.getLogger(__name__)

CACHE_ENV = "NEWSLENS_CACHE_DIR"
# The tokenizer's expressions, as spaCy serialises them in a pipeline's ``tokenizer`` file.
_PATTERN_FIELDS = ("prefix_search", "suffix_search", "infix_finditer", "token_match", "url_match")
_FORMAT = 1  # of the files below; a change makes a new folder


def load(source: str | Path) -> Language:
    """The pipeline of an installed package (by name) or a folder, as ``spacy.load`` gives it."""
    path = _model_folder(source)
    if path is None:
        return spacy.load(source)
    _preload_patterns(path / "tokenizer")
    config = util.load_config(path / "config.cfg")
    nlp = util.load_model_from_config(config, meta=util.get_model_meta(path))
    tabled = {name: component for name, component in nlp.components
              if isinstance(component, Lemmatizer) and (path / name / "lookups" / "lookups.bin").is_file()}
    nlp.from_disk(path, exclude=list(tabled))
    for name, lemmatizer in tabled.items():
        lemmatizer.lookups = lookups(path / name / "lookups")
        lemmatizer.from_disk(path / name, exclude=["vocab", "lookups"])  # the rest, and the tables' check
    return nlp


def _model_folder(source: str | Path) -> Path | None:
    """The folder holding ``config.cfg``: ``source`` itself, or an installed package's data folder
    (as its ``load()`` finds it); None where that is not how the package is laid out."""
    if isinstance(source, Path):
        return source
    try:
        package = util.get_package_path(source)
        meta = util.get_model_meta(package)
    except (ImportError, OSError, ValueError):
        return None
    folder = package / f"{meta['lang']}_{meta['name']}-{meta['version']}"
    return folder if (folder / "config.cfg").is_file() else None


def cache_folder() -> Path:
    """Where entries live: ``NEWSLENS_CACHE_DIR``, else the user's cache folder (e.g.
    ``~/.cache/newslens``), in a subfolder for this Python, regex engine and spaCy."""
    base = os.environ.get(CACHE_ENV)
    if not base:
        import platformdirs

        base = platformdirs.user_cache_dir("newslens", appauthor=False)
    engine = _sre_magic()
    version = f"{sys.implementation.cache_tag}-{sys.version_info.releaselevel}{sys.version_info.micro}"
    return Path(base) / "pipelines" / f"{version}-sre{engine}-spacy{spacy.__version__}-v{_FORMAT}"


# --- the tokenizer's regular expressions ------------------------------------------------------


def _preload_patterns(tokenizer_file: Path) -> None:
    """Compile (or rebuild from the cache) the expressions of a pipeline's tokenizer, so that spaCy's
    own ``re.compile`` of the same strings returns them at once."""
    try:
        fields = srsly.msgpack_loads(tokenizer_file.read_bytes())
    except (OSError, ValueError):
        return
    for field in _PATTERN_FIELDS:
        pattern = fields.get(field)
        if isinstance(pattern, str):
            _remember(pattern, compiled(pattern))


def compiled(pattern: str) -> re.Pattern:
    """``re.compile(pattern)``, from the cache when it holds the pattern's code (else compiled and kept)."""
    entry = cache_folder() / "patterns" / f"{_digest(pattern)}.marshal"
    try:
        return _rebuilt(pattern, marshal.loads(entry.read_bytes()))
    except (OSError, ValueError, EOFError, TypeError, RuntimeError):  # not cached yet, or unreadable
        pass
    try:
        parts = _compiled_parts(pattern)
    except Exception:  # the interpreter's compiler is not laid out as expected: compile as usual
        log.debug("compiled pattern code unavailable on this Python", exc_info=True)
        return re.compile(pattern)
    _write(entry, marshal.dumps(parts))
    return _rebuilt(pattern, parts)


def _compiled_parts(pattern: str) -> tuple:
    """What ``re.compile`` makes of a pattern before it becomes a ``Pattern``: flags, groups, the
    group names both ways and the engine's code (as ``re._compiler.compile`` does it)."""
    try:
        from re import _compiler, _parser
    except ImportError:  # Python 3.10
        import sre_compile as _compiler  # type: ignore[no-redef]
        import sre_parse as _parser  # type: ignore[no-redef]
    parsed = _parser.parse(pattern, 0)
    code = _compiler._code(parsed, 0)
    names = dict(parsed.state.groupdict)
    index = [None] * parsed.state.groups
    for name, number in names.items():
        index[number] = name
    # The code holds the compiler's named opcodes (ints with a name): kept as plain ints.
    return int(parsed.state.flags), parsed.state.groups - 1, names, tuple(index), [int(c) for c in code]


def _rebuilt(pattern: str, parts: tuple) -> re.Pattern:
    """A ``Pattern`` from its compiled parts; the engine checks the code (``RuntimeError`` if bad)."""
    import _sre

    flags, groups, names, index, code = parts
    return _sre.compile(pattern, flags, list(code), groups, names, index)


def _remember(pattern: str, compiled_pattern: re.Pattern) -> None:
    """Put a compiled pattern where ``re.compile(pattern)`` looks first (``re``'s own cache; if this
    Python has none, spaCy simply compiles it again)."""
    cache = getattr(re, "_cache", None)
    if isinstance(cache, dict):
        cache[type(pattern), pattern, 0] = compiled_pattern


def _sre_magic() -> int:
    import _sre

    return _sre.MAGIC


# --- the lemmatizers' lookup tables -----------------------------------------------------------


def lookups(folder: Path) -> Lookups:
    """The lookup tables of ``folder/lookups.bin``, as ``Lookups().from_disk(folder)`` reads them."""
    source = folder / "lookups.bin"
    stat = source.stat()
    entry = cache_folder() / "lookups" / f"{_digest(f'{source.resolve()}|{stat.st_size}|{stat.st_mtime_ns}')}.marshal"
    try:
        with _no_garbage_collection():  # a quarter of a million new objects would trigger it again and again
            return _filled(marshal.loads(entry.read_bytes()))
    except (OSError, ValueError, EOFError, TypeError):  # not cached yet, or unreadable
        pass
    tables = Lookups().from_disk(folder)
    try:
        _write(entry, marshal.dumps([(name, *_columns(tables.get_table(name))) for name in tables.tables]))
    except ValueError:  # a table holds values marshal cannot keep: it is read the slow way each time
        log.debug("lookup tables of %s not cached", folder, exc_info=True)
    return tables


def _columns(table: Table) -> tuple[bytes, bytes, list]:
    """A table's Bloom filter, hashed keys (64-bit, as an array: marshalled one by one they load
    slowly) and values."""
    one_of: dict[bytes, object] = {}
    return table.bloom.to_bytes(), array("Q", table.keys()).tobytes(), [_shared(v, one_of) for v in table.values()]


def _shared(value: object, one_of: dict[bytes, object]) -> object:
    """``value`` with every equal part (at any depth) one object, which marshal then writes and reads
    once: the French lemma lists are 217,000, of which 36,000 differ. spaCy only reads lookups."""
    if isinstance(value, dict):
        value = {key: _shared(item, one_of) for key, item in value.items()}
    elif isinstance(value, list):
        value = [_shared(item, one_of) for item in value]
    return one_of.setdefault(marshal.dumps(value), value)


def _filled(columns: list) -> Lookups:
    """Tables from their columns: the keys are hashes already, so they go in as they are."""
    from preshed.bloom import BloomFilter

    tables = Lookups()
    for name, bloom, key_bytes, values in columns:
        keys = array("Q")
        keys.frombytes(key_bytes)
        table = Table(name=name)
        table.bloom = BloomFilter().from_bytes(bloom)
        deque(map(OrderedDict.__setitem__, repeat(table), keys.tolist(), values), maxlen=0)  # no rehashing
        tables.set_table(name, table)
    return tables


@contextmanager
def _no_garbage_collection() -> Iterator[None]:
    """The cyclic garbage collector paused (these objects hold no cycles), as it was afterwards."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


# --- files ------------------------------------------------------------------------------------


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:32]


def _write(path: Path, data: bytes) -> None:
    """Write a cache entry whole or not at all (another process may be reading it)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path.parent, delete=False, suffix=".tmp") as out:
            out.write(data)
        os.replace(out.name, path)
    except OSError:
        log.debug("cache entry %s not written", path, exc_info=True)
