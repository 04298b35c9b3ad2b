"""Articles per second of the batch engine with 1 and 2 Dask workers on the same corpus, measured in one
run, and the memory of each worker.

    python bench/batch_scale.py [--articles 900] [--shard-size 50] [--rounds 2]

The corpus is made here, in a temporary folder: JSON Lines of German, English and French articles in
turn, variations of the project's own articles (tests/data/articles, tests/data/check, bench/dev): each
copy has a numbered headline and its paragraphs rotated, every other one without its last paragraph, so
no two texts are the same.

What is timed is what ``python -m extraction batch`` does once its cluster is up: sources read, one Dask
task per shard of articles (two in flight per worker, so neither idles and the scheduler's cost is per
shard, not per article), shards written. Not timed: starting the clusters, each worker loading its
pipelines (the command's worker plugin) and a warm-up chunk on each worker. Both clusters stay up and the
rounds alternate between them, so both see the same machine; the best round of each counts (other
processes only ever slow a round down). Each run is checked: one record per article, no errors.

Each run also reports the CPU seconds each worker used and their share of a core: on a shared machine a
share under 100% is time other processes took, and the busiest worker's CPU time, 1 worker against 2, is
the speed-up a machine with a free core per worker would show.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from collections import Counter
from contextlib import ExitStack
from dataclasses import dataclass
from itertools import cycle
from pathlib import Path

import psutil
from distributed import Client

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extraction.batch import analyze_chunk, open_cluster  # noqa: E402
from extraction.batch_inputs import Source, find_sources  # noqa: E402
from extraction.batch_output import OutputFolder, plan_shards, write_shards  # noqa: E402

ORIGINALS = ("tests/data/articles", "tests/data/check", "bench/dev")
WORKER_COUNTS = (1, 2)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=900, help="articles in the corpus (default 900)")
    parser.add_argument("--shard-size", type=int, default=50, help="articles per shard and task (default 50)")
    parser.add_argument("--rounds", type=int, default=2, help="timed runs per worker count (default 2)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder, ExitStack() as clusters:
        sources = find_sources([str(make_corpus(Path(folder) / "corpus.jsonl", count=args.articles))])
        languages = Counter(json.loads(source.read())["origin_language"] for source in sources)
        mix = ", ".join(f"{language} {number}" for language, number in sorted(languages.items()))
        print(f"corpus: {len(sources)} articles as JSON Lines ({mix}), "
              f"variations of {len(originals())} of the project's articles; shards of {args.shard_size}")
        clients = {}
        for count in WORKER_COUNTS:
            clients[count] = clusters.enter_context(open_cluster(workers=count))
            warm_up(clients[count], sources)
        load_before = os.getloadavg()[0]
        runs = rounds(clients, sources, folder=Path(folder), rounds=args.rounds, shard_size=args.shard_size)
        report(clients, runs, articles=len(sources))
        print(f"machine: {os.cpu_count()} cores; load average {load_before:.1f} before the runs, "
              f"{os.getloadavg()[0]:.1f} after (other processes share the cores)")
    return 0


@dataclass(frozen=True)
class Run:
    """One timed run: wall-clock seconds, the CPU seconds each worker used meanwhile, and this process's
    (client and schedulers). On a shared machine, workers that got less than a core each show here."""

    seconds: float
    worker_cpu: tuple[float, ...]
    client_cpu: float

    def line(self, *, number: int | str, articles: int) -> str:
        share = sum(self.worker_cpu) / (self.seconds * len(self.worker_cpu))
        cpu = " + ".join(f"{seconds:.1f}" for seconds in self.worker_cpu)
        return (f"{number:>5} {len(self.worker_cpu):>7} {self.seconds:8.1f} {articles / self.seconds:10.1f} "
                f"{cpu:>12} {share:11.0%} {self.client_cpu:10.1f}")


def rounds(clients: dict[int, Client], sources: list[Source], *, folder: Path, rounds: int,
           shard_size: int) -> dict[int, list[Run]]:
    """Each timed run per worker count, the counts taking turns."""
    print(f"{'round':>5} {'workers':>7} {'seconds':>8} {'articles/s':>10} {'worker CPU s':>12} "
          f"{'core share':>11} {'client CPU':>10}")
    runs: dict[int, list[Run]] = {count: [] for count in clients}
    for number in range(1, rounds + 1):
        for count, client in clients.items():
            runs[count].append(timed_run(client, sources, out=folder / f"out-{count}-{number}", shard_size=shard_size))
            print(runs[count][-1].line(number=number, articles=len(sources)))
    return runs


def report(clients: dict[int, Client], runs: dict[int, list[Run]], *, articles: int) -> None:
    best = {count: min(done, key=lambda run: run.seconds) for count, done in runs.items()}
    for run in best.values():
        print(run.line(number="best", articles=articles))
    per_round = ", ".join(f"{one.seconds / two.seconds:.2f}x" for one, two in zip(runs[1], runs[2], strict=True))
    print(f"2 workers are {best[1].seconds / best[2].seconds:.2f}x faster than 1 (best rounds; per round: {per_round})")
    # With a core each, a run lasts as long as its busiest worker computes: the ratio a quiet machine shows at most.
    quiet = max(best[1].worker_cpu) / max(best[2].worker_cpu)
    cost = {count: sum(run.worker_cpu) / articles * 1000 for count, run in best.items()}
    print(f"CPU: {cost[1]:.0f} ms per article with 1 worker, {cost[2]:.0f} ms with 2; busiest worker's CPU time, "
          f"1 worker against 2: {quiet:.2f}x (the speed-up with a free core per worker)")
    for count, client in clients.items():
        memory = ", ".join(f"{rss / 2**20:.0f} MB" for rss in client.run(resident_memory).values())
        print(f"memory per worker, {count} worker{'s' if count > 1 else ''} (resident, after the runs): {memory}")


def originals() -> list[Path]:
    return sorted(path for folder in ORIGINALS for path in (ROOT / folder).glob("*.txt"))


def make_corpus(path: Path, *, count: int) -> Path:
    """``count`` distinct articles as JSON Lines, German, English and French in turn."""
    by_language: dict[str, list[Path]] = {}
    for original in originals():
        by_language.setdefault(original.name[:2], []).append(original)
    turns = cycle(sorted(by_language))
    taken = Counter()
    with path.open("w", encoding="utf-8") as corpus:
        for number in range(count):
            language = next(turns)
            round_, index = divmod(taken[language], len(by_language[language]))
            taken[language] += 1
            original = by_language[language][index]
            text = variation(original.read_text("utf-8"), round_=round_, number=number)
            record = {"id": f"bench-{number:04d}", "text": text, "origin": original.name, "origin_language": language}
            corpus.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


def variation(text: str, *, round_: int, number: int) -> str:
    """The article with its headline numbered and its paragraphs rotated by ``round_``; odd rounds drop
    the last paragraph when there are more than two."""
    headline, _, body = text.strip().partition("\n")
    paragraphs = [p for p in body.split("\n\n") if p.strip()]
    if round_ % 2 and len(paragraphs) > 2:
        paragraphs = paragraphs[:-1]
    shift = round_ % len(paragraphs) if paragraphs else 0
    return f"{headline} ({number})\n\n" + "\n\n".join(paragraphs[shift:] + paragraphs[:shift])


def warm_up(client: Client, sources: list[Source]) -> None:
    """One chunk of real articles (each language) on every worker, untimed."""
    items = [(source, source.read()) for source in sources[:6]]
    futures = [client.submit(analyze_chunk, items, workers=[worker], pure=False) for worker in client.nthreads()]
    client.gather(futures)


def timed_run(client: Client, sources: list[Source], *, out: Path, shard_size: int) -> Run:
    """The batch of ``sources`` into ``out``, timed, after checking one good record per article."""
    folder = OutputFolder(out, run={"inputs": ["bench"], "language": None, "shard_size": shard_size})
    shards = plan_shards(sources, size=shard_size)
    cpu_before, client_before = client.run(cpu_seconds), time.process_time()
    started = time.perf_counter()
    write_shards(client, folder, shards)
    seconds = time.perf_counter() - started
    cpu_after = client.run(cpu_seconds)
    run = Run(seconds, tuple(cpu_after[worker] - cpu_before[worker] for worker in sorted(cpu_before)),
              time.process_time() - client_before)
    records = [json.loads(line) for shard in out.glob("part-*.jsonl") for line in shard.open(encoding="utf-8")]
    errors = [r["error"] for r in records if "error" in r]
    if sorted(r["id"] for r in records) != sorted(json.loads(s.read())["id"] for s in sources) or errors:
        raise SystemExit(f"{out}: {len(records)} records for {len(sources)} articles, errors: {errors[:3]}")
    return run


def cpu_seconds() -> float:
    times = psutil.Process().cpu_times()
    return times.user + times.system


def resident_memory() -> int:
    return psutil.Process().memory_info().rss


if __name__ == "__main__":
    sys.exit(main())
