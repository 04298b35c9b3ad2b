"""The gold export: a corrected article's facts in the shared gold format, which the shared scorer reads."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from extraction import analyze
from library import Library
from library.corrections import affiliation_fact, correction, figure_fact
from library.gold import gold_file, write_gold
from tests.conftest import ROOT


@pytest.fixture(scope="module")
def corrected_seed(seed_text: str, backend):
    """The seed kept in a library and corrected the ways an analyst would: a role, a missing tie to a
    typed organisation, a removed tie, a figure's period and status, a removed figure, a renamed person."""
    library = Library.open(backend.new())
    stored = library.save(analyze(seed_text), title="Xiaomi hires Luo Fuli", source="000_seed.txt")
    luo = next(p for p in stored.analysis.people if p.name == "Luo Fuli")
    alibaba = next(a for a in luo.affiliations if a.organization.startswith("Alibaba"))
    quant = next(a for a in luo.affiliations if a.organization == "QuantConnect")
    first, *_, last = stored.analysis.figures
    for item in (
        correction(target="affiliation", action="change", fact=affiliation_fact(luo, alibaba),
                   values={"role": "technical staff"}, author="ana"),
        correction(target="affiliation", action="remove", fact=affiliation_fact(luo, quant), author="ana"),
        correction(target="affiliation", action="add", author="ana", values={
            "person": "Luo Fuli", "organization": "Peking University Alumni Club", "role": "member",
            "status": "current", "evidence": ""}),
        correction(target="figure", action="change", fact=figure_fact(first),
                   values={"period_start": 2023, "period_end": 2023, "status": "actual"}, author="ana"),
        correction(target="figure", action="remove", fact=figure_fact(last), author="ana"),
        correction(target="person", action="rename", fact={"name": "Lei Jun"}, values={"name": "Lei Jun (雷军)"},
                   author="ana"),
    ):
        stored = library.correct(stored.id, item)
    yield stored
    library.close()


def test_a_corrected_article_scores_1_against_its_own_gold_export(corrected_seed, scorer):
    assert all(c.applied for c in corrected_seed.corrections)
    gold = gold_file([corrected_seed])["000_seed.txt"]
    counts = scorer.score_article(corrected_seed.analysis.to_dict(), gold)
    for category, (tp, predicted, expected) in counts.items():
        assert scorer.prf(tp, predicted, expected) == (1.0, 1.0, 1.0), category
    assert {"amount": first_amount(corrected_seed), "currency": "CNY", "start": 2023, "end": 2023,
            "kind": "rd_spending", "status": "actual"} in gold["figures"]
    assert "Lei Jun (雷军)" in [p["name"] for p in gold["people"]]
    assert len(gold["figures"]) == 2


def first_amount(article) -> float:
    return next(f.amount for f in article.analysis.figures if f.period_start == 2023)


def test_the_gold_export_and_texts_run_through_the_scorer(corrected_seed, shared: Path, tmp_path: Path):
    """Written with its text beside it, the gold file is what ``score_articles.py`` measures the extractor
    on: it runs, and the uncorrected extractor no longer scores 1.00 on figures."""
    write_gold([corrected_seed], out=tmp_path / "corrected.gold.json")
    assert json.loads((tmp_path / "corrected.gold.json").read_text("utf-8")).keys() == {"000_seed.txt"}
    assert (tmp_path / "000_seed.txt").read_text("utf-8") == corrected_seed.analysis.text
    run = subprocess.run([sys.executable, str(shared / "tools" / "score_articles.py"), "--gold",
                          str(tmp_path / "corrected.gold.json"), "--texts", str(tmp_path), "--quiet"],
                         cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert "figures" in run.stdout and "figures F1 1.00" not in run.stdout, run.stdout + run.stderr
