"""``python -m extraction batch``: files, folders and JSON Lines analysed on Dask into JSON Lines shards.

    python -m extraction batch articles/ feed.jsonl --out results/ [--workers 2]
    python -m extraction batch feed.jsonl --out results/ --scheduler tcp://10.0.0.5:8786

By default a local cluster of one worker process per core; with ``--scheduler`` an existing Dask
cluster whose workers run in NewsLens's environment. Progress goes to stderr; rerunning the same
command resumes where it stopped.
"""

from __future__ import annotations

import argparse
import logging
import os
import re
import signal
import sys
import threading
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from .batch_inputs import BatchInputError, find_sources

if TYPE_CHECKING:
    from distributed import Client

    from .batch import Outcome
    from .batch_output import Shard

EXIT_FAILED = 1
EXIT_BAD_INPUT = 2
EXIT_INTERRUPTED = 130
DEFAULT_SHARD_SIZE = 50


def add_parser(commands: argparse._SubParsersAction) -> None:
    """The ``batch`` subcommand, added to ``python -m extraction``'s subcommands."""
    batch = commands.add_parser("batch", help="analyse many articles on Dask into JSON Lines shards",
                                description=__doc__.split("\n\n")[0])
    batch.add_argument("inputs", nargs="+", metavar="INPUT",
                       help="article file, folder (searched recursively) or JSON Lines file (a 'text' per line)")
    batch.add_argument("--out", required=True, type=Path, metavar="DIR",
                       help="folder for the shards; rerunning into it resumes")
    batch.add_argument("--workers", type=_positive, metavar="N",
                       help=f"worker processes of the local cluster (default: one per core, {os.cpu_count()})")
    batch.add_argument("--scheduler", metavar="ADDRESS", help="an existing Dask cluster, e.g. tcp://host:8786")
    batch.add_argument("--language", metavar="CODE", help="ISO 639-1 code to use instead of detection, e.g. de")
    batch.add_argument("--shard-size", type=_positive, default=DEFAULT_SHARD_SIZE, metavar="N",
                       help=f"articles per shard and per Dask task (default {DEFAULT_SHARD_SIZE})")


def _positive(value: str) -> int:
    if not value.isdigit() or int(value) < 1:
        raise argparse.ArgumentTypeError(f"not a positive whole number: {value!r}")
    return int(value)


def main(args: argparse.Namespace) -> int:
    """Runs the batch that ``args`` describe; 0 when every article has a record (analysis or error).
    Meant to end the process: it leaves Ctrl-C ignored."""
    from .batch import ClusterError, open_cluster  # Dask loads only for a batch
    from .batch_output import OutputFolder, plan_shards, write_shards

    progress = Progress(stream=sys.stderr)
    _report_engine_warnings(sys.stderr)
    try:
        _check_options(args)
        sources = find_sources(args.inputs)
        shards = plan_shards(sources, size=args.shard_size)
        folder = OutputFolder(args.out, run={"inputs": [os.path.realpath(i) for i in args.inputs],
                                             "language": args.language, "shard_size": args.shard_size})
        removed = folder.prune(shards)
        todo = [shard for shard in shards if not folder.finished(shard)]
        progress.plan(total=len(sources), shards=len(shards), todo=todo, removed=removed, out=args.out)
        if not todo:
            progress.nothing_to_do()
            return 0
        with open_cluster(workers=args.workers, scheduler=args.scheduler, language=args.language) as client:
            progress.start(client)
            interrupted = _remember_interrupts()
            write_shards(client, folder, todo, language=args.language,
                         on_outcomes=lambda outcomes: (progress.add(outcomes), _stop_if(interrupted)))
            _stop_if(interrupted)
        progress.finish()
    except (BatchInputError, ClusterError) as error:
        if progress.running:
            progress.say(f"stopped: {error}; finished shards are kept, rerun the same command to resume")
            return EXIT_FAILED
        progress.say(str(error))
        return EXIT_BAD_INPUT
    except OSError as error:  # the output folder cannot be written (permissions, disk full)
        progress.say(f"cannot write into {args.out} ({error.strerror or error})")
        return EXIT_FAILED if progress.running else EXIT_BAD_INPUT
    except KeyboardInterrupt:
        progress.say("interrupted; finished shards are kept, rerun the same command to resume")
        return EXIT_INTERRUPTED
    finally:
        # The run is over: another Ctrl-C could only break Dask's threads as Python shuts them down.
        signal.signal(signal.SIGINT, signal.SIG_IGN)
    return 0


def _remember_interrupts() -> threading.Event:
    """Once the cluster runs, Ctrl-C is remembered and acted on as the next results come in: raised at once,
    a KeyboardInterrupt may land in a finaliser (Dask's ``Future.__del__``), where Python prints a traceback,
    drops it and lets the run go on to the end."""
    interrupted = threading.Event()
    signal.signal(signal.SIGINT, lambda signum, frame: interrupted.set())
    return interrupted


def _stop_if(interrupted: threading.Event) -> None:
    if interrupted.is_set():
        raise KeyboardInterrupt


def _report_engine_warnings(stream: TextIO) -> None:
    """The engine's warnings (a chunk tried again article by article) as progress lines."""
    handler = logging.StreamHandler(stream)
    handler.setFormatter(logging.Formatter("batch: %(message)s"))
    logging.getLogger("extraction.batch").addHandler(handler)


def _check_options(args: argparse.Namespace) -> None:
    if args.scheduler and args.workers:
        raise BatchInputError("--workers sizes the local cluster; an existing cluster (--scheduler) has its own")
    if args.language is not None and not re.fullmatch(r"[a-z]{2}", args.language):
        raise BatchInputError(f"--language {args.language}: not an ISO 639-1 code such as de, en or fr")


class Progress:
    """Progress lines on stderr: articles done, articles per second, errors; at most one line every
    ``every`` seconds, and one at the end."""

    def __init__(self, *, stream: TextIO, every: float = 2.0) -> None:
        self.stream = stream
        self.every = every
        self.total = self.shards = self.todo = self.removed = self.done = self.errors = self.analysed = 0
        self.out: Path | None = None
        self.started = self.said = 0.0
        self.running = False

    def say(self, line: str) -> None:
        print(f"batch: {line}", file=self.stream, flush=True)

    def plan(self, *, total: int, shards: int, todo: Sequence[Shard], removed: int, out: Path) -> None:
        """What the run will do; said once the cluster is up (so that an error is the only line before)."""
        self.total, self.shards, self.out, self.removed = total, shards, out, removed
        self.todo = len(todo)
        self.done = total - sum(len(shard.sources) for shard in todo)

    def _say_plan(self) -> None:
        self.say(f"{_count(self.total, 'article')} in {_count(self.shards, 'shard')}, into {self.out}")
        if self.removed:
            self.say(f"removed {_count(self.removed, 'shard')} whose articles changed or left the inputs")
        if self.done:
            finished = _count(self.shards - self.todo, "shard")
            self.say(f"resuming: {finished} ({_count(self.done, 'article')}) finished earlier, {self.todo} to go")

    def nothing_to_do(self) -> None:
        self._say_plan()
        self.say(f"nothing to do; results in {self.out}")

    def start(self, client: Client) -> None:
        self._say_plan()
        workers = client.nthreads()
        self.say(f"Dask scheduler {client.scheduler.address}, {len(workers)} workers, "
                 f"{sum(workers.values())} threads" + ("" if workers else "; waiting for workers to join"))
        if client.dashboard_link:
            self.say(f"dashboard {client.dashboard_link}")
        self.started = self.said = time.perf_counter()
        self.running = True

    def add(self, outcomes: list[Outcome]) -> None:
        self.done += len(outcomes)
        self.analysed += len(outcomes)
        self.errors += sum(outcome.error is not None for outcome in outcomes)
        if self.done < self.total and time.perf_counter() - self.said >= self.every:
            self.say(self._line())
            self.said = time.perf_counter()

    def finish(self) -> None:
        if self.running:
            self.say(f"{self._line()}; results in {self.out} ({_count(self.shards, 'shard')})")

    def _line(self) -> str:
        rate = self.analysed / max(time.perf_counter() - self.started, 1e-9)
        return f"{self.done}/{self.total} articles, {rate:.1f} articles/s, {_count(self.errors, 'error')}"


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}" + ("" if number == 1 else "s")
