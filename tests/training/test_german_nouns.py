"""The German common-noun list: words GermEval uses only outside names, counted inside sentences."""

from training.german_nouns import OUTPUT, common_nouns


def _sentence(*tokens: tuple[str, str]) -> list[str]:
    return [f"{word}\t{tag}\tO" for word, tag in tokens] + [""]


def test_a_word_seen_twice_inside_sentences_and_never_in_a_name_is_a_noun():
    lines = (_sentence(("Die", "O"), ("Physik", "O"), ("lebt", "O"))
             + _sentence(("Er", "O"), ("mag", "O"), ("Physik", "O"))
             + _sentence(("Wir", "O"), ("loben", "O"), ("Apple", "B-ORG"))
             + _sentence(("Die", "O"), ("Apple", "O"), ("fällt", "O"))
             + _sentence(("Die", "O"), ("Apple", "O"), ("fällt", "O")))
    assert common_nouns(lines) == ["Physik"]  # "Apple" is also a name; "Die", "Er", "Wir" open a sentence


def test_a_word_seen_once_or_only_first_in_a_sentence_is_no_noun():
    lines = _sentence(("Chemie", "O"), ("hilft", "O")) * 3 + _sentence(("Er", "O"), ("lernt", "O"), ("Chemie", "O"))
    assert common_nouns(lines) == []


def test_the_shipped_list_is_built_and_names_its_source():
    header = OUTPUT.read_text("utf-8").splitlines()[:2]
    assert "GermEval 2014" in header[0] and "CC BY 4.0" in header[0]
