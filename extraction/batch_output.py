"""A batch's output folder: JSON Lines shards of a fixed number of articles and the run's manifest.

One record per article: ``id``, ``source``, ``title``, ``metadata`` and either ``analysis`` (the
contract object of ``analysis.schema.json``) or ``error`` (the reason there is none). A shard is
written to a temporary name and renamed when all its articles are in, so a shard on disk is always
whole. Its name carries a fingerprint of its sources (names and contents) and the schema version:
rerunning into the same folder skips every shard whose file is there, and redoes a shard whose
articles changed since.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .batch import Outcome, analyze_chunks
from .batch_inputs import BatchInputError, Source
from .result import SCHEMA_VERSION

if TYPE_CHECKING:
    from distributed import Client

MANIFEST = "manifest.json"
_FORMAT = 1


@dataclass(frozen=True)
class Shard:
    """Consecutive sources whose records go into one file."""

    index: int
    sources: tuple[Source, ...]

    @cached_property
    def filename(self) -> str:
        fingerprint = hashlib.sha256(SCHEMA_VERSION.encode())
        for source in self.sources:
            fingerprint.update(f"\0{source.name}\0{source.stamp}".encode())
        return f"part-{self.index:05d}-{fingerprint.hexdigest()[:12]}.jsonl"


def plan_shards(sources: Sequence[Source], *, size: int) -> list[Shard]:
    """``sources`` in shards of ``size`` (the last one shorter)."""
    return [Shard(number, tuple(sources[start:start + size]))
            for number, start in enumerate(range(0, len(sources), size))]


def record(outcome: Outcome) -> dict[str, Any]:
    """The JSON record of one article."""
    fields = {"id": outcome.id, "source": outcome.source, "title": outcome.title, "metadata": outcome.metadata}
    if outcome.analysis is None:
        return {**fields, "error": outcome.error}
    return {**fields, "analysis": outcome.analysis.to_dict()}


class OutputFolder:
    """The folder a batch writes to. ``run`` (inputs and options) is kept in its manifest: a folder that
    holds another run, or files that are not a batch's, is refused rather than mixed or overwritten."""

    def __init__(self, path: Path, *, run: dict[str, Any]) -> None:
        self.path = path
        manifest = path / MANIFEST
        if path.exists() and not path.is_dir():
            raise BatchInputError(f"{path}: not a folder")
        if manifest.exists():
            kept = self._read_manifest(manifest)
            if kept != run:
                changed = ", ".join(key for key in sorted(set(kept) | set(run)) if kept.get(key) != run.get(key))
                raise BatchInputError(f"{path} holds a batch with other {changed}; choose another --out folder "
                                      "(or rerun with the same inputs and options to resume)")
        elif path.exists() and any(path.iterdir()):
            raise BatchInputError(f"{path} is not empty and holds no batch; choose an empty or new --out folder")
        else:
            path.mkdir(parents=True, exist_ok=True)
            manifest.write_text(json.dumps({"newslens_batch": _FORMAT, "run": run}, indent=2) + "\n", "utf-8")

    @staticmethod
    def _read_manifest(manifest: Path) -> dict[str, Any]:
        try:
            kept = json.loads(manifest.read_text("utf-8"))
            if kept["newslens_batch"] == _FORMAT and isinstance(kept["run"], dict):
                return kept["run"]
        except (OSError, ValueError, KeyError, TypeError):
            pass
        raise BatchInputError(f"{manifest}: not a NewsLens batch manifest; choose another --out folder")

    def finished(self, shard: Shard) -> bool:
        return (self.path / shard.filename).exists()

    def prune(self, shards: Sequence[Shard]) -> int:
        """Removes shards (and unfinished temporary files) that are not in the plan: their articles
        changed or are no longer in the inputs. Returns how many finished shards went."""
        planned = {shard.filename for shard in shards}
        for partial in self.path.glob(".part-*.tmp"):
            partial.unlink()
        stale = [found for found in self.path.glob("part-*.jsonl") if found.name not in planned]
        for found in stale:
            found.unlink()
        return len(stale)

    def write(self, shard: Shard, outcomes: Sequence[Outcome]) -> None:
        """The shard's records, in the order of its sources, written at once."""
        partial = self.path / f".{shard.filename}.tmp"
        with partial.open("w", encoding="utf-8") as out:
            for outcome in outcomes:
                out.write(json.dumps(record(outcome), ensure_ascii=False) + "\n")
        partial.replace(self.path / shard.filename)


def write_shards(client: Client, folder: OutputFolder, shards: Sequence[Shard], *, language: str | None = None,
                 on_outcomes: Callable[[list[Outcome]], None] = lambda outcomes: None) -> None:
    """Analyses the articles of ``shards`` on ``client``'s cluster, one Dask task per shard, and writes
    each shard into ``folder`` once all its articles are in; ``on_outcomes`` sees them as they come."""
    by_index = {shard.index: shard for shard in shards}
    collected: dict[Hashable, dict[str, Outcome]] = {}
    for index, outcomes in analyze_chunks(client, ((s.index, s.sources) for s in shards), language=language):
        got = collected.setdefault(index, {})
        got.update((outcome.source, outcome) for outcome in outcomes)
        shard = by_index[index]
        if len(got) == len(shard.sources):
            folder.write(shard, [got[source.name] for source in shard.sources])
            del collected[index]
        on_outcomes(outcomes)
