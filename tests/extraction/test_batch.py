"""``python -m extraction batch`` on real Dask clusters: a local one started by the command, and an
existing one (``--scheduler``) whose workers the tests kill in the middle of a chunk."""

from __future__ import annotations

import contextlib
import json
import logging
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import dask
import psutil
import pytest
from distributed import Client, LocalCluster

from extraction import analyze
from extraction.batch import analyze_chunk, analyze_chunks
from extraction.batch_inputs import Source, find_sources
from tests.conftest import ROOT, own_articles

TIMEOUT = 600


def batch(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "extraction", "batch", *args], cwd=ROOT, capture_output=True,
                          text=True, timeout=TIMEOUT)


def start_batch(*args: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "extraction", "batch", *args], cwd=ROOT,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)


def records(out: Path) -> list[dict]:
    return [json.loads(line) for shard in sorted(out.glob("part-*.jsonl")) for line in shard.open(encoding="utf-8")]


def long_english_feed(path: Path, *, count: int) -> Path:
    """``count`` distinct English articles as JSON Lines, each three of the project's articles long, so that a
    chunk takes seconds and a worker can be killed in the middle of one."""
    english = [p.read_text("utf-8") for p in own_articles() if p.name.startswith("en_")]
    with path.open("w", encoding="utf-8") as feed:
        for number in range(count):
            parts = [english[(number + k) % len(english)] for k in range(3)]
            feed.write(json.dumps({"id": f"en-{number}", "text": f"Report {number}\n\n" + "\n\n".join(parts)}) + "\n")
    return path


# --- the engine -------------------------------------------------------------------------------------------------

def test_a_chunk_keeps_its_order_and_an_article_over_a_limit_costs_only_its_own_result():
    english, french = (next(p for p in own_articles() if p.name.startswith(lang)) for lang in ("en_", "fr_"))
    huge = "Siemens investiert in Forschung. " * 40_000  # over spaCy's 1,000,000 characters
    items = [(Source(str(english)), english.read_bytes()),
             (Source("feed.jsonl", line=1), json.dumps({"id": "huge", "text": huge}).encode()),
             (Source(str(french)), french.read_bytes())]
    outcomes = analyze_chunk(items)
    assert [o.id for o in outcomes] == [str(english), "huge", str(french)]
    assert outcomes[0].analysis == analyze(english.read_text("utf-8"))
    assert outcomes[2].analysis == analyze(french.read_text("utf-8"))
    assert outcomes[1].analysis is None and outcomes[1].error.startswith("analysis failed (ValueError: [E088]")


# --- a local cluster started by the command ----------------------------------------------------------------

@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The project's articles in three languages as files, and a feed with metadata, a bad line and an empty text."""
    folder = tmp_path_factory.mktemp("corpus")
    shutil.copytree(ROOT / "tests" / "data" / "articles", folder / "articles", ignore=shutil.ignore_patterns("*.json"))
    (folder / "articles" / "README.md").unlink()
    (folder / "articles" / "broken.txt").write_bytes(bytes(range(32)) * 4 + b" not text")  # control bytes only
    lines = [json.dumps({"id": "feed-1", "text": "Mistral AI a levé 600 millions d'euros en 2024.", "url": "u1"}),
             "{not json",
             json.dumps({"id": "feed-3", "text": " "}),
             json.dumps({"text": "Siemens hat Jane Doe zur Finanzchefin ernannt.", "desk": "Munich"})]
    (folder / "feed.jsonl").write_text("\n".join(lines) + "\n", "utf-8")
    return folder


@pytest.fixture(scope="module")
def first_run(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, subprocess.CompletedProcess]:
    out = tmp_path_factory.mktemp("batch") / "out"
    done = batch(str(corpus / "articles"), str(corpus / "feed.jsonl"), "--out", str(out), "--workers", "2",
                 "--shard-size", "4")
    return out, done


def test_every_article_gets_its_analysis_or_an_error_record(corpus: Path, first_run):
    out, done = first_run
    assert done.returncode == 0, done.stderr
    found = {r["source"]: r for r in records(out)}
    files = sorted((corpus / "articles").glob("*.txt"))
    feed = corpus / "feed.jsonl"
    assert sorted(found) == sorted([str(f) for f in files] + [f"{feed}:{n}" for n in range(1, 5)])
    for path in files:
        if path.name != "broken.txt":
            assert found[str(path)]["analysis"] == analyze(path.read_text("utf-8")).to_dict(), path.name
    assert found[str(corpus / "articles" / "broken.txt")]["error"] == "binary file, not text"
    assert [found[f"{feed}:{n}"].get("error", "") for n in (2, 3)] == [
        "not valid JSON (Expecting property name enclosed in double quotes: line 1 column 2 (char 1))",
        "the text is empty"]
    assert (found[f"{feed}:1"]["id"], found[f"{feed}:1"]["metadata"]) == ("feed-1", {"url": "u1"})
    assert found[f"{feed}:1"]["analysis"]["language"] == "fr"
    assert (found[f"{feed}:4"]["id"], found[f"{feed}:4"]["metadata"]) == (f"{feed}:4", {"desk": "Munich"})
    assert found[f"{feed}:4"]["analysis"]["language"] == "de"


def test_progress_names_the_rate_the_errors_and_the_dashboard(first_run):
    out, done = first_run
    lines = done.stderr.splitlines()
    assert lines[0] == f"batch: 20 articles in 5 shards, into {out}"
    assert any(line.startswith("batch: dashboard http://") for line in lines)
    assert lines[-1].startswith("batch: 20/20 articles, ")
    assert lines[-1].endswith(f"articles/s, 3 errors; results in {out} (5 shards)")
    assert all(line.startswith("batch: ") for line in lines), done.stderr


def test_a_rerun_resumes_redoing_only_missing_and_changed_shards(corpus: Path, first_run):
    out, _ = first_run
    shards = sorted(out.glob("part-*.jsonl"))
    before = {path.name: (path.stat().st_ino, path.stat().st_mtime_ns) for path in shards}
    missing = shards[2].read_text("utf-8")
    shards[2].unlink()
    changed = corpus / "articles" / "de_01_siemens_sap.txt"  # in the first shard
    changed.write_text(changed.read_text("utf-8") + "\nSAP investiert 2025 rund 1 Mrd. Euro in Forschung.", "utf-8")
    done = batch(str(corpus / "articles"), str(corpus / "feed.jsonl"), "--out", str(out), "--shard-size", "4")
    assert done.returncode == 0, done.stderr
    assert "batch: removed 1 shard whose articles changed or left the inputs" in done.stderr
    assert "batch: resuming: 3 shards (12 articles) finished earlier, 2 to go" in done.stderr
    after = sorted(out.glob("part-*.jsonl"))
    kept = [path for path in after if path.name in before and path.name != shards[2].name]
    assert [p.name for p in kept] == [p.name for p in shards[1:] if p != shards[2]]
    assert all((p.stat().st_ino, p.stat().st_mtime_ns) == before[p.name] for p in kept)
    assert (out / shards[2].name).read_text("utf-8") == missing
    redone = next(r for r in records(out) if r["source"] == str(changed))
    assert redone["analysis"] == analyze(changed.read_text("utf-8")).to_dict()
    assert len(records(out)) == 20

    again = batch(str(corpus / "articles"), str(corpus / "feed.jsonl"), "--out", str(out), "--shard-size", "4")
    assert again.returncode == 0
    assert again.stderr.splitlines()[-1] == f"batch: nothing to do; results in {out}"


@pytest.mark.parametrize(("args", "message"), [
    (["--shard-size", "4"], "holds a batch with other inputs"),
    (["--shard-size", "5"], "holds a batch with other inputs, shard_size"),
])
def test_another_run_into_the_same_folder_is_refused(corpus: Path, first_run, args: list[str], message: str):
    out, _ = first_run
    done = batch(str(corpus / "feed.jsonl"), "--out", str(out), *args)
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and message in done.stderr


@pytest.mark.parametrize(("args", "message"), [
    (["--scheduler", "tcp://127.0.0.1:8786", "--workers", "2"], "--workers sizes the local cluster"),
    (["--language", "english"], "--language english: not an ISO 639-1 code"),
    (["--scheduler", "tcp://127.0.0.1:9"], "cannot reach the Dask scheduler at tcp://127.0.0.1:9"),
])
def test_bad_options_exit_2_with_one_line(tmp_path: Path, args: list[str], message: str):
    article = tmp_path / "a.txt"
    article.write_text("Microsoft hired Jane Doe.", "utf-8")
    done = batch(str(article), "--out", str(tmp_path / "out"), *args)
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and message in done.stderr


def test_an_output_folder_that_cannot_be_made_exits_2_with_one_line(tmp_path: Path):
    article = tmp_path / "a.txt"
    article.write_text("Microsoft hired Jane Doe.", "utf-8")
    done = batch(str(article), "--out", str(article / "out"))
    assert (done.returncode, done.stderr) == (2, f"batch: cannot write into {article / 'out'} (Not a directory)\n")


def test_ctrl_c_stops_the_command_and_its_workers_without_a_traceback_keeping_finished_shards(tmp_path: Path):
    feed = long_english_feed(tmp_path / "feed.jsonl", count=40)
    run = subprocess.Popen([sys.executable, "-m", "extraction", "batch", str(feed), "--out", str(tmp_path / "out"),
                            "--workers", "2", "--language", "en", "--shard-size", "2"], cwd=ROOT,
                           stderr=subprocess.PIPE, text=True, start_new_session=True)  # a terminal's process group
    try:
        for line in run.stderr:
            if "articles/s" in line:  # a shard is finished
                break
        workers = psutil.Process(run.pid).children(recursive=True)
        os.killpg(run.pid, signal.SIGINT)  # what Ctrl-C in a terminal does
        stderr = run.communicate(timeout=TIMEOUT)[1]
    finally:
        run.kill()
    assert run.returncode == 130, stderr
    assert stderr == "batch: interrupted; finished shards are kept, rerun the same command to resume\n"
    shards = list((tmp_path / "out").glob("part-*.jsonl"))
    assert 0 < len(shards) < 20 and all(len(shard.read_text("utf-8").splitlines()) == 2 for shard in shards)
    assert workers and not psutil.wait_procs(workers, timeout=60)[1], "the cluster's processes ended"


def test_a_killed_worker_of_the_local_cluster_is_replaced_and_its_chunk_done_again(tmp_path: Path):
    found, _ = killed_run(tmp_path, "--workers", "2", "--shard-size", "4", count=16, kill=_kill_a_busy_local_worker)
    assert all("analysis" in r for r in found), [r.get("error") for r in found]


def killed_run(tmp_path: Path, *options: str, count: int, kill: Callable[[subprocess.Popen], None]):
    """The batch of a long English feed during which ``kill`` kills a worker; it must finish with one record
    per article. Returns the records and the batch's stderr."""
    feed = long_english_feed(tmp_path / "feed.jsonl", count=count)
    run = start_batch(str(feed), "--out", str(tmp_path / "out"), "--language", "en", *options)
    try:
        kill(run)
        stderr = run.communicate(timeout=TIMEOUT)[1]
    finally:
        run.kill()
    assert run.returncode == 0, stderr
    found = records(tmp_path / "out")
    assert sorted(r["id"] for r in found) == sorted(f"en-{n}" for n in range(count))
    return found, stderr


def _kill_a_busy_local_worker(run: subprocess.Popen) -> None:
    for line in run.stderr:  # the cluster is up and its workers have their pipelines
        if line.startswith("batch: Dask scheduler"):
            break
    _busy_worker(psutil.Process(run.pid)).send_signal(signal.SIGKILL)


def _busy_worker(batch_process: psutil.Process) -> psutil.Process:
    """A worker process of the batch's local cluster that is analysing (using the CPU)."""
    deadline = time.monotonic() + TIMEOUT
    while time.monotonic() < deadline:
        for process in batch_process.children(recursive=True):
            with contextlib.suppress(psutil.Error):  # a process that has just ended
                if "spawn_main" in " ".join(process.cmdline()) and process.cpu_percent(interval=0.3) > 20:
                    return process
    raise AssertionError("no worker of the batch's cluster became busy")


# --- an existing cluster, where any worker death fails the task at once (no silent retries by Dask) -----------

@pytest.fixture(scope="module")
def strict_cluster() -> Iterator[Client]:
    with dask.config.set({"distributed.scheduler.allowed-failures": 0}), \
            LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                         silence_logs=logging.CRITICAL) as cluster, Client(cluster) as client:
        yield client


def test_the_engine_yields_one_outcome_per_source_as_chunks_finish(strict_cluster: Client, tmp_path: Path):
    """The Python API a library import builds on: chunks in, outcomes out as they finish."""
    feed = long_english_feed(tmp_path / "feed.jsonl", count=3)
    gone = tmp_path / "gone.txt"
    sources = [*find_sources([str(feed)]), Source(str(gone))]  # listed, then deleted before it is read
    finished = list(analyze_chunks(strict_cluster, [("first", sources[:2]), ("second", sources[2:])], language="en"))
    assert [(key, [o.id for o in part]) for key, part in finished[:1]] == [("second", [str(gone)])]  # at once
    assert sorted((key, [o.id for o in part]) for key, part in finished[1:]) == [
        ("first", ["en-0", "en-1"]), ("second", ["en-2"])]
    outcomes = {o.id: o for _, part in finished for o in part}
    assert outcomes[str(gone)].error == "cannot read (No such file or directory)"
    assert all(outcomes[f"en-{n}"].analysis.language == "en" for n in range(3))


def _kill_a_worker_mid_chunk(client: Client) -> None:
    deadline = time.monotonic() + TIMEOUT
    while time.monotonic() < deadline:
        executing = {worker: tasks for worker, tasks in client.call_stack().items() if tasks}
        if executing:
            worker = next(iter(executing))
            os.kill(client.run(os.getpid, workers=[worker])[worker], signal.SIGKILL)
            return
        time.sleep(0.1)
    raise AssertionError("no worker started a chunk")


def test_a_chunk_whose_worker_died_is_retried_article_by_article(strict_cluster: Client, tmp_path: Path):
    strict_cluster.wait_for_workers(2, timeout=TIMEOUT)
    found, stderr = killed_run(tmp_path, "--scheduler", strict_cluster.scheduler.address, "--shard-size", "4",
                               count=8, kill=lambda run: _kill_a_worker_mid_chunk(strict_cluster))
    assert "batch: the worker analysing the 4 articles starting at" in stderr
    assert "died once; trying each alone" in stderr
    assert all("analysis" in r for r in found), [r.get("error") for r in found]


def test_an_article_whose_worker_died_is_reported_and_the_run_goes_on(strict_cluster: Client, tmp_path: Path):
    strict_cluster.wait_for_workers(2, timeout=TIMEOUT)
    found, _ = killed_run(tmp_path, "--scheduler", strict_cluster.scheduler.address, "--shard-size", "1",
                          count=8, kill=lambda run: _kill_a_worker_mid_chunk(strict_cluster))
    errors = [r for r in found if "error" in r]
    assert errors, "the killed worker's article has an error record"
    assert all(r["error"] == "the worker analysing it died once (out of memory or a crash)" for r in errors)
    assert len(errors) <= 2  # the article it was analysing, and at most the next one already sent to it
    assert all("analysis" in r for r in found if r not in errors)


def test_a_cluster_that_cannot_import_newslens_is_refused_up_front(tmp_path: Path):
    """A scheduler and worker started where ``extraction`` cannot be imported (README: start them in the
    project's folder and environment)."""
    dask_cli = Path(sys.executable).with_name("dask")
    env = {key: value for key, value in os.environ.items() if key != "PYTHONPATH"}
    file = tmp_path / "scheduler.json"
    started = [subprocess.Popen([str(dask_cli), *args, "--scheduler-file", str(file)], cwd=tmp_path, env=env,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
               for args in (["scheduler", "--port", "0", "--no-dashboard"], ["worker", "--nthreads", "1"])]
    try:
        with Client(scheduler_file=str(file), timeout=TIMEOUT) as client:
            client.wait_for_workers(1, timeout=TIMEOUT)
            address = client.scheduler.address
        article = tmp_path / "a.txt"
        article.write_text("Microsoft hired Jane Doe.", "utf-8")
        done = batch(str(article), "--out", str(tmp_path / "out"), "--scheduler", address)
    finally:
        for process in started:
            process.terminate()
            process.wait(timeout=60)
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1
    assert "the Dask cluster cannot run NewsLens (start its scheduler and workers in the project's" in done.stderr
