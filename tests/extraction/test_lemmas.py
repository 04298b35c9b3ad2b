"""Lemmas: the pipeline's, and the lookup tables' where the pipeline has none or misses a form."""

from __future__ import annotations

from extraction.lemmas import lemma
from extraction.pipelines import load_pipeline


def test_a_french_first_group_verb_the_pipeline_leaves_as_written_has_its_infinitive():
    doc = load_pipeline("fr")("Le pilote quitte Renault.")
    lemmas = {t.text: lemma(t, language="fr") for t in doc}
    assert lemmas["quitte"] == "quitter"
    assert lemmas["pilote"] == "pilote"  # a noun keeps its own lemma, though "piloter" is a verb


def test_a_german_word_is_lemmatised_by_the_lookup_table():
    doc = load_pipeline("de")("Der Aufsichtsrat berief Claire Morel.")
    assert lemma(doc[2], language="de") == "berufen"


def test_a_preposition_is_its_own_lemma_and_the_verb_it_is_spelt_like_keeps_its_infinitive():
    doc = load_pipeline("fr")("Elle emploie 95 personnes entre Toulouse et Agen. Elle entre chez Renault.")
    lemmas = [(t.text, lemma(t, language="fr")) for t in doc if t.lower_ == "entre"]
    assert lemmas == [("entre", "entre"), ("entre", "entrer")]
