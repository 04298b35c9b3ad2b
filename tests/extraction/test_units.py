"""A sentence as units: its own tokens, each once and in order, a hyphen compound as one word."""

from __future__ import annotations

from extraction.pipelines import load_pipeline
from extraction.units import build_sentences


def test_each_sentence_is_made_of_its_own_tokens_once():
    text = "  Siemens hired a co-founder. She leads the lab in Munich."  # white space before the first word
    doc = load_pipeline("en")(text)
    second = text.index("She")
    sentences = build_sentences(doc, sentences=[(0, second - 1), (second, len(text))], entities=[], references=[],
                                language="en")
    units = [[(text[u.start:u.end], [doc[i].text for i in u.tokens]) for u in s.units if text[u.start:u.end].strip()]
             for s in sentences]
    assert units == [
        [("Siemens", ["Siemens"]), ("hired", ["hired"]), ("a", ["a"]), ("co-founder", ["co", "-", "founder"]),
         (".", ["."])],
        [(word, [word]) for word in ("She", "leads", "the", "lab", "in", "Munich", ".")],
    ]


def test_nouns_of_a_company_its_units_and_schools_are_tagged_by_class_but_verbs_are_not():
    text = "The carmaker funded the research unit of the university."
    doc = load_pipeline("en")(text)
    [sentence] = build_sentences(doc, sentences=[(0, len(text))], entities=[], references=[], language="en")
    tags = {text[u.start:u.end]: u.tags for u in sentence.units}
    assert "COMPANY_NOUN" in tags["carmaker"]
    assert "UNIT_NOUN" in tags["unit"]
    assert "EDUCATION_NOUN" in tags["university"]
    assert not {"COMPANY_NOUN", "UNIT_NOUN", "EDUCATION_NOUN"} & tags["funded"]


def test_a_german_past_form_the_table_reads_as_a_participle_is_its_verb_s_cue():
    text = "Der Aufsichtsrat ernannte Claire Morel."
    doc = load_pipeline("de")(text)
    [sentence] = build_sentences(doc, sentences=[(0, len(text))], entities=[], references=[], language="de")
    tags = {text[u.start:u.end]: u.tags for u in sentence.units}
    assert "CUE:hire" in tags["ernannte"]  # the table: "ernannte" -> "ernannt" -> "ernennen"
    assert "CUE" not in tags["Aufsichtsrat"]


def test_a_preposition_is_no_cue_though_a_verb_of_moving_is_spelt_like_it():
    text = "Elle emploie 95 personnes entre Toulouse et Agen. Elle entre chez Renault."
    doc = load_pipeline("fr")(text)
    second = text.index("Elle entre")
    sentences = build_sentences(doc, sentences=[(0, second - 1), (second, len(text))], entities=[], references=[],
                                language="fr")
    tags = [u.tags for s in sentences for u in s.units if text[u.start:u.end] == "entre"]
    assert ["CUE:join" in t for t in tags] == [False, True]
