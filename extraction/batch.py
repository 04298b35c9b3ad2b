"""Many articles analysed on a Dask cluster: a local one of N worker processes, or an existing one.

Articles travel in chunks, one Dask task each, so the scheduler's cost is paid per chunk, not per
article, and a chunk goes through each language's pipeline in one pass. Every worker loads its
pipelines once, when it joins (``PreloadPipelines``). ``analyze_chunks`` yields each chunk's outcomes
as it finishes; anything that saves results (the batch's shards, the library) consumes that stream.

A worker that dies while analysing a chunk (out of memory, a crash, killed) is replaced by the local
cluster's nanny and Dask runs the chunk again elsewhere; a chunk that keeps killing workers is split
and each of its articles tried alone, and an article that still kills its worker gets an error outcome.
A failing article never fails its chunk: it gets an error outcome with the reason and the batch goes on.
"""

from __future__ import annotations

import logging
import signal
import threading
import warnings
from collections.abc import Hashable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from distributed import Client, KilledWorker, LocalCluster, as_completed
from distributed.diagnostics.plugin import WorkerPlugin

from .analyzer import EmptyTextError, analyze, analyze_many
from .batch_inputs import Article, ArticleError, Source, parse_article
from .result import SUPPORTED_LANGUAGES, Analysis

if TYPE_CHECKING:
    from distributed import Future

log = logging.getLogger(__name__)

Item = tuple[Source, bytes]  # a source and its bytes, as they travel to a worker


class ClusterError(Exception):
    """The cluster cannot be started or reached, or stopped answering; the message says which."""


@dataclass(frozen=True)
class Outcome:
    """One article's result: its analysis, or the reason it has none."""

    id: str
    source: str
    title: str = ""
    metadata: dict[str, Any] = field(default_factory=dict)
    analysis: Analysis | None = None
    error: str | None = None


class PreloadPipelines(WorkerPlugin):
    """Loads the pipelines (and the rule lexicons, through one tiny analysis per language) on every
    worker as it joins the cluster, so no chunk pays for it and a replaced worker reloads them."""

    name = "newslens-pipelines"
    _WARM_UP = "NewsLens"  # any text: what matters is that every step of the analysis runs once

    def __init__(self, languages: Sequence[str]) -> None:
        self.languages = tuple(languages)

    def setup(self, worker: Any) -> None:
        for language in self.languages:
            analyze(self._WARM_UP, language=language)


class LeaveInterruptsToTheClient(WorkerPlugin):
    """Workers of the command's own local cluster ignore Ctrl-C: a terminal sends it to them too, each would
    print a traceback, and the command closes its cluster anyway. (Not for an existing cluster's workers.)"""

    name = "newslens-local-interrupts"

    def setup(self, worker: Any) -> None:
        if threading.current_thread() is threading.main_thread():  # where signal handlers can be set
            signal.signal(signal.SIGINT, signal.SIG_IGN)


@contextmanager
def open_cluster(*, workers: int | None = None, scheduler: str | None = None,
                 language: str | None = None) -> Iterator[Client]:
    """A client of an existing cluster (``scheduler``, e.g. ``tcp://host:8786``) or of a local cluster of
    ``workers`` single-threaded processes (default: one per core), whose workers have loaded the pipelines
    of ``language`` (default: every supported language)."""
    cluster = None
    try:
        if scheduler:
            client = Client(scheduler, timeout="10s")
        else:
            with warnings.catch_warnings():  # a busy dashboard port: Dask takes another, and we print the link
                warnings.filterwarnings("ignore", message="Port .* is already in use")
                cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                       dashboard_address=":8787", silence_logs=logging.CRITICAL)
            client = Client(cluster)
    except (OSError, TimeoutError, ValueError, RuntimeError) as error:  # RuntimeError: a worker did not start
        problem = f"reach the Dask scheduler at {scheduler}" if scheduler else "start a local Dask cluster"
        raise ClusterError(f"cannot {problem} ({_one_line(error)})") from None
    try:
        if cluster is not None:
            client.register_plugin(LeaveInterruptsToTheClient())
        _prepare(client, languages=(language,) if language else SUPPORTED_LANGUAGES)
        yield client
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _prepare(client: Client, *, languages: Sequence[str]) -> None:
    """Every worker loads the pipelines, and an empty chunk goes through the scheduler and back: a cluster
    that does not run in NewsLens's environment is found here, not at the first chunk."""
    try:
        client.register_plugin(PreloadPipelines(languages))
        if client.nthreads():
            client.submit(analyze_chunk, [], pure=False).result()
    except Exception as error:  # whatever the cluster raises, it cannot analyse anything
        raise ClusterError("the Dask cluster cannot run NewsLens (start its scheduler and workers in the project's "
                           f"folder and environment): {_one_line(error)}") from None


def _one_line(error: Exception) -> str:
    return " ".join(f"{type(error).__name__}: {error}".split())


def analyze_chunks(client: Client, chunks: Iterable[tuple[Hashable, Sequence[Source]]], *,
                   language: str | None = None) -> Iterator[tuple[Hashable, list[Outcome]]]:
    """``(key, outcomes)`` for each chunk of ``(key, sources)`` as it finishes, in any order. A chunk's
    outcomes may come in parts (a source that cannot be read at once, the articles of a chunk that
    killed its worker one by one); together they are one outcome per source. Sources are read here,
    a few chunks ahead of the workers, so memory stays bounded however long the batch."""
    pending = iter(chunks)
    running = as_completed()
    submitted: dict[Future, tuple[Hashable, list[Item]]] = {}

    def submit(key: Hashable, items: list[Item]) -> None:
        future = client.submit(analyze_chunk, items, language=language, pure=False)
        submitted[future] = (key, items)
        running.add(future)

    def refill() -> Iterator[tuple[Hashable, list[Outcome]]]:
        # Two chunks per worker thread: one running, one waiting, so no worker idles between chunks.
        ahead = max(2, 2 * sum(client.nthreads().values()))
        while len(submitted) < ahead:
            key, sources = next(pending, (None, None))
            if sources is None:
                return
            items, unreadable = _read(sources)
            if items:
                submit(key, items)
            if unreadable:
                yield key, unreadable

    yield from refill()
    for future in running:
        key, items = submitted.pop(future)
        try:
            outcomes = future.result()
        except KilledWorker as died:
            tries = died.allowed_failures + 1
            if len(items) == 1:
                outcomes = [_killed(items[0], tries=tries)]
            else:
                log.warning("the worker analysing the %d articles starting at %s died %s; trying each alone",
                            len(items), items[0][0].name, _how_often(tries))
                for item in items:
                    submit(key, [item])
                outcomes = []
        except Exception as error:  # not an article's failure (those are outcomes): the cluster's
            raise ClusterError(f"the chunk starting at {items[0][0].name} failed on the Dask cluster "
                               f"({_one_line(error)})") from None
        if outcomes:
            yield key, outcomes
        yield from refill()


def _read(sources: Sequence[Source]) -> tuple[list[Item], list[Outcome]]:
    items, unreadable = [], []
    for source in sources:
        try:
            items.append((source, source.read()))
        except OSError as error:
            unreadable.append(Outcome(source.name, source.name, error=f"cannot read ({error.strerror or error})"))
    return items, unreadable


def _killed(item: Item, *, tries: int) -> Outcome:
    source, data = item
    try:
        id_ = parse_article(source, data).id
    except ArticleError as error:
        id_ = error.id
    reason = f"the worker analysing it died {_how_often(tries)} (out of memory or a crash)"
    return Outcome(id_, source.name, error=reason)


def _how_often(tries: int) -> str:
    return "once" if tries == 1 else f"on each of {tries} tries"


def analyze_chunk(items: Sequence[Item], *, language: str | None = None) -> list[Outcome]:
    """A chunk's outcomes in order (runs on a worker): every readable article analysed, each language's
    articles in one pass through its pipeline."""
    outcomes: dict[int, Outcome] = {}
    articles: dict[int, Article] = {}
    for index, (source, data) in enumerate(items):
        try:
            articles[index] = parse_article(source, data)
        except ArticleError as error:
            outcomes[index] = Outcome(error.id, source.name, error=error.reason)
    results = _analyses([a.text for a in articles.values()], language=language)
    for (index, article), result in zip(articles.items(), results, strict=True):
        found = {"analysis": result} if isinstance(result, Analysis) else {"error": result}
        outcomes[index] = Outcome(article.id, article.source, article.title, article.metadata, **found)
    return [outcomes[index] for index in range(len(items))]


def _analyses(texts: list[str], *, language: str | None) -> list[Analysis | str]:
    """Each text's analysis, or the reason it failed: all texts in one pass, and only if one of them
    fails, each on its own, so that a bad article costs no more than its own result."""
    try:
        return list(analyze_many(texts, language=language))
    except Exception:  # any article's failure, found again below
        return [_analysis_or_reason(text, language=language) for text in texts]


def _analysis_or_reason(text: str, *, language: str | None) -> Analysis | str:
    try:
        return analyze(text, language=language)
    except EmptyTextError:
        return "the text is empty"
    except Exception as error:  # a bug or a limit hit by this article alone: reported, the batch goes on
        return f"analysis failed ({type(error).__name__}: {error})"
