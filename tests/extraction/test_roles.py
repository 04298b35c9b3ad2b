"""Job titles and the English role they stand for, German compounds included."""

from __future__ import annotations

import pytest

from extraction.roles import find_roles, title_owning, unit_in_english


@pytest.mark.parametrize(("language", "text", "role", "modifier"), [
    ("de", "Xiaomi-Präsident", "president", "Xiaomi"),
    ("de", "Firmenchef", "ceo", ""),
    ("de", "Vorstandsvorsitzender", "ceo", ""),
    ("de", "Finanzchefin", "cfo", ""),
    ("de", "KI-Chefin", "head of AI", "KI"),
    ("de", "Controlling-Chef", "head of controlling", "Controlling"),
    ("de", "Mitgründerin", "co-founder", ""),
    ("de", "Audi-Designer", "designer", "Audi"),
    ("de", "Aufsichtsratsvorsitzende", "chair", ""),
    # English titles of several words in German text: found as phrases, not word by word
    ("de", "Managing Director", "managing director", ""),
    ("de", "Chief Operating Officer", "coo", ""),
    ("de", "Chief Content Officer", "executive", ""),
    ("de", "Xiaomi-CEO", "ceo", "Xiaomi"),
    ("de", "Produktionsvorständin", "coo", ""),  # a feminine whose stem takes an umlaut
    ("de", "IG-BAU-Regionalleiterin", "regional head", "IG-BAU"),  # a region's head: the compound names the union
    ("de", "Verdi-Verhandlungsführerin", "union representative", "Verdi"),
    ("fr", "secrétaire fédérale", "union secretary", ""),  # a union's officer, not its general secretary
    ("fr", "secrétaire générale", "general secretary", ""),
    ("en", "chief executive", "ceo", ""),
    ("en", "chief technology officer", "cto", ""),
    ("en", "co-founder", "co-founder", ""),
    ("en", "chairman", "chair", ""),
    ("en", "chief AI officer", "chief ai officer", ""),
    # any field between "chief" and "officer": a C-level executive; the listed forms keep their own role
    ("en", "chief underwriting officer", "executive", ""),
    ("en", "chief risk officer", "executive", ""),
    ("en", "chief financial officer", "cfo", ""),
    ("fr", "PDG", "ceo", ""),
    ("fr", "directrice financière", "cfo", ""),
    ("fr", "président-directeur général", "ceo", ""),
    ("fr", "cofondatrice", "co-founder", ""),
    ("fr", "chercheuse", "researcher", ""),
    # the longest form wins whatever title it belongs to: a "directrice associée" is no "directrice"
    ("fr", "directrice associée", "partner", ""),
    ("fr", "directeur général délégué", "deputy ceo", ""),
    ("de", "Oberärztin", "physician", "Ober"),  # the umlaut of the feminine is a form of its own
    ("de", "Controllerin", "controller", ""),
    ("en", "nephrologist", "physician", ""),
    ("fr", "contrôleuse de gestion", "controller", ""),
    ("fr", "doyenne", "dean", ""),
    ("de", "Dekanin", "dean", ""),
    ("de", "Justiziarin", "lawyer", ""),
    ("de", "Referentin", "officer", ""),
])
def test_title(language, text, role, modifier):
    found = find_roles(text, language=language)
    assert [(text[r.start:r.end], r.role, r.modifier) for r in found] == [(text, role, modifier)]


@pytest.mark.parametrize("word", ["Director", "Tacoo", "Kinderchor", "Ärztekammer", "Arztpraxis"])
def test_a_short_title_form_ends_no_german_word_it_is_not_hyphenated_to(word):
    assert find_roles(word, language="de") == []


def test_field_qualifies_the_title():
    match = find_roles("Deep-Learning-Forscherin", language="de")[0]
    assert match.described(modifier_is_org=False) == "deep-learning researcher"


@pytest.mark.parametrize(("word", "role"), [
    ("Bereichsleiter", "head of unit"),  # the glossary's field, past the linking "s"
    ("Vertriebschefin", "head of sales"),
    ("Werksleiter", "head"),  # a German first part the glossary does not know is left out, not kept in German
    ("Betriebsratsvorsitzende", "chair"),
])
def test_a_german_compound_gives_its_field_in_english_or_none(word, role):
    assert find_roles(word, language="de")[0].described(modifier_is_org=False) == role


def test_organisation_head_is_its_ceo():
    match = find_roles("Xiaomi-Chef", language="de")[0]
    assert match.described(modifier_is_org=True) == "ceo"


@pytest.mark.parametrize(("german", "english"), [
    ("AI-Großmodellteam", "AI large-model team"),
    ("AI-Plattform-Abteilung", "AI platform department"),
    ("Forschungsabteilung", "research department"),
])
def test_unit_in_english(german, english):
    assert unit_in_english(german) == english


@pytest.mark.parametrize(("language", "text", "title"), [("fr", "l'ex-patron de Vinci", "patron"),
                                                         ("en", "the ex-CEO of Arm", "CEO"),
                                                         ("en", "the index-CEO ratio", None)])
def test_a_title_may_carry_ex(language, text, title):
    found = find_roles(text, language=language)
    assert (text[found[0].start:found[0].end] if found else None) == title


@pytest.mark.parametrize(("text", "title", "role"), [
    # a qualifier that keeps the role is part of the title
    ("Ravi Kumar is interim chief executive.", "interim chief executive", "ceo"),
    ("Ravi Kumar is joint managing director.", "joint managing director", "managing director"),
    # "deputy" is a post of its own: no part of the title it stands before
    ("Ravi Kumar is deputy chief executive.", "chief executive", "ceo"),
])
def test_a_title_may_carry_a_qualifier_that_keeps_its_role(text, title, role):
    found = find_roles(text, language="en")
    assert [(text[r.start:r.end], r.role) for r in found] == [(title, role)]


@pytest.mark.parametrize(("language", "text", "title", "role"), [
    # French adjectives in a title agree in number with its noun, "-al" making "-aux" ...
    ("fr", "trois directeurs généraux délégués : A, B et C", "directeurs généraux délégués", "deputy ceo"),
    ("fr", "les deux directrices générales", "directrices générales", "ceo"),
    # ... English titles are plural in their last word only
    ("en", "two chiefs executive", "chiefs", "head"),
])
def test_every_word_of_a_title_may_be_plural_where_the_language_says_so(language, text, title, role):
    found = find_roles(text, language=language)
    assert [(text[r.start:r.end], r.role) for r in found][:1] == [(title, role)]


def test_a_wildcard_form_takes_one_word_only():
    text = "chief of staff and officer"
    assert [text[r.start:r.end] for r in find_roles(text, language="en")] == ["chief"]


@pytest.mark.parametrize(("language", "text", "name", "owned"), [
    ("fr", "L'ex-patron de Vinci prend la tête de Bâtiroc.", "Vinci", True),
    ("en", "Nikhil Rao, chief executive of Sundaram Renewables, joined.", "Sundaram Renewables", True),
    # a verb between the title and the name: the name is no firm of the title
    ("fr", "Le patron a parlé avec Vinci.", "Vinci", False),
    # a few lower-case words of the title's field before the last word of belonging
    ("fr", "La responsable de la vape chez BAT prend les rênes de Brumea.", "BAT", True),
    ("fr", "La responsable de la vape a signé un contrat chez BAT.", "BAT", False),
    ("en", "The head of Asia Pacific at Nomura left.", "Nomura", False),
])
def test_a_title_owns_the_name_only_words_of_belonging_separate_from_it(language, text, name, owned):
    assert (title_owning(text, text.index(name), start=0, language=language) is not None) is owned
