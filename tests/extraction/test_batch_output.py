"""A batch's output folder: shards named by their content, written whole, a manifest that refuses to mix
runs, and stale shards removed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from extraction.batch import Outcome
from extraction.batch_inputs import BatchInputError, Source
from extraction.batch_output import MANIFEST, OutputFolder, plan_shards, record

RUN = {"inputs": ["/data/feed.jsonl"], "language": None, "shard_size": 2}


def _sources(*stamps: str) -> list[Source]:
    return [Source("feed.jsonl", line=number, stamp=stamp) for number, stamp in enumerate(stamps, 1)]


def test_shards_hold_consecutive_sources_and_their_names_follow_the_content():
    shards = plan_shards(_sources("a", "b", "c", "d", "e"), size=2)
    assert [[s.line for s in shard.sources] for shard in shards] == [[1, 2], [3, 4], [5]]
    again = plan_shards(_sources("a", "b", "c", "X", "e"), size=2)
    assert [s.filename for s in again] != [s.filename for s in shards]
    assert again[0].filename == shards[0].filename and again[2].filename == shards[2].filename
    assert again[1].filename.startswith("part-00001-") and again[1].filename.endswith(".jsonl")


def test_a_shard_is_written_whole_in_source_order_and_then_counts_as_finished(tmp_path: Path):
    folder = OutputFolder(tmp_path / "out", run=RUN)
    shard = plan_shards(_sources("a", "b"), size=2)[0]
    assert not folder.finished(shard)
    folder.write(shard, [Outcome("x1", "feed.jsonl:1", "T", {"url": "u"}, error="the text is empty"),
                         Outcome("x2", "feed.jsonl:2", error="not valid JSON")])
    assert folder.finished(shard)
    lines = (tmp_path / "out" / shard.filename).read_text("utf-8").splitlines()
    assert [json.loads(line) for line in lines] == [
        {"id": "x1", "source": "feed.jsonl:1", "title": "T", "metadata": {"url": "u"}, "error": "the text is empty"},
        {"id": "x2", "source": "feed.jsonl:2", "title": "", "metadata": {}, "error": "not valid JSON"},
    ]
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [MANIFEST, shard.filename]


def test_an_analysis_record_holds_the_contract_object():
    from extraction import analyze

    analysis = analyze("Microsoft hired Jane Doe in 2024.", language="en")
    line = record(Outcome("a1", "feed.jsonl:1", "Microsoft hires", {}, analysis=analysis))
    assert line["analysis"] == analysis.to_dict() and "error" not in line


def test_the_same_run_resumes_and_another_run_is_refused(tmp_path: Path):
    OutputFolder(tmp_path, run=RUN)
    OutputFolder(tmp_path, run=dict(RUN))  # the same inputs and options: resume
    with pytest.raises(BatchInputError, match="other inputs") as raised:
        OutputFolder(tmp_path, run={**RUN, "inputs": ["/data/other.jsonl"]})
    assert str(tmp_path) in str(raised.value)
    with pytest.raises(BatchInputError, match="other language, shard_size"):
        OutputFolder(tmp_path, run={**RUN, "language": "de", "shard_size": 5})


def test_a_folder_with_other_files_or_a_file_is_refused(tmp_path: Path):
    (tmp_path / "notes.txt").write_text("mine", "utf-8")
    with pytest.raises(BatchInputError, match="not empty and holds no batch"):
        OutputFolder(tmp_path, run=RUN)
    with pytest.raises(BatchInputError, match="not a folder"):
        OutputFolder(tmp_path / "notes.txt", run=RUN)
    (tmp_path / "other").mkdir()
    (tmp_path / "other" / MANIFEST).write_text("{}", "utf-8")
    with pytest.raises(BatchInputError, match="not a NewsLens batch manifest"):
        OutputFolder(tmp_path / "other", run=RUN)
    assert (tmp_path / "notes.txt").read_text("utf-8") == "mine"


def test_prune_removes_shards_not_in_the_plan_and_unfinished_files(tmp_path: Path):
    folder = OutputFolder(tmp_path, run=RUN)
    old = plan_shards(_sources("a", "b", "c", "d", "e"), size=2)
    for shard in old:
        folder.write(shard, [Outcome(s.name, s.name, error="x") for s in shard.sources])
    (tmp_path / f".{old[0].filename}.tmp").write_text("half a shard", "utf-8")
    new = plan_shards(_sources("a", "b", "c", "CHANGED"), size=2)
    assert folder.prune(new) == 2  # shard 1 changed, shard 2 left the inputs
    assert [folder.finished(s) for s in new] == [True, False]
    assert sorted(p.name for p in tmp_path.iterdir()) == [MANIFEST, new[0].filename]
