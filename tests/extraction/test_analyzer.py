"""``analyze()`` end to end: the contract on every test article, the seed, languages we do not cover."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

from extraction import Analysis, EmptyTextError, analyze
from extraction.result import SCHEMA_PATH
from tests.conftest import own_articles


@pytest.fixture(scope="session")
def schema() -> dict:
    """The contract this version writes (``extraction/contract``, schema version 2)."""
    return json.loads(SCHEMA_PATH.read_text("utf-8"))


@pytest.mark.parametrize("path", own_articles(), ids=lambda p: p.name)
def test_every_article_conforms_to_the_contract(path, schema):
    result = analyze(path.read_text("utf-8"))
    data = result.to_dict()
    jsonschema.validate(data, schema)
    assert data["language"] == path.name[:2]
    for mention in data["entities"]:
        assert result.text[mention["start"]:mention["end"]] == mention["text"]
    starts = [m["start"] for m in data["entities"]]
    ends = [m["end"] for m in data["entities"]]
    assert starts == sorted(starts)
    assert all(end <= nxt for end, nxt in zip(ends, starts[1:], strict=False))  # non-overlapping
    for figure in data["figures"]:
        assert result.text[figure["start"]:figure["end"]] == figure["text"]


def test_seed_conforms_to_the_contract(seed_text, schema):
    jsonschema.validate(analyze(seed_text).to_dict(), schema)


def test_round_trip_through_the_contract():
    result = analyze((own_articles()[5]).read_text("utf-8"))
    again = Analysis.from_dict(json.loads(json.dumps(result.to_dict())), text=result.text)
    assert again == result


def test_language_override():
    assert analyze("Xiaomi", language="fr").language == "fr"


def test_language_we_do_not_cover_still_gives_money_and_dates():
    text = ("Il presidente della società ha annunciato che nel 2025 l'azienda investirà 2 miliardi di euro "
            "nella ricerca, dopo 1,5 miliardi di euro nel 2024.")
    result = analyze(text)
    assert result.language == "it"
    assert not result.language_supported
    assert result.notes
    assert {m.label for m in result.entities} >= {"DATE", "MONEY"}


def test_a_language_we_do_not_cover_names_no_one_even_a_listed_company():
    text = ("Telefónica invertirá 2.000 millones de euros en 2025 en inteligencia artificial, según anunció la "
            "compañía en Madrid.")
    result = analyze(text)
    assert result.language == "es"
    assert {m.label for m in result.entities} == {"DATE", "MONEY"}
    assert not result.organizations and not result.people


def test_empty_text_is_refused():
    with pytest.raises(EmptyTextError):
        analyze(" \n\t ")


def test_text_is_normalised_and_hashed():
    result = analyze("Microsoft\u00a0hired  Jane Doe.\r\n", language="en")
    assert result.text == "Microsoft hired Jane Doe."
    assert len(result.text_sha256) == 64


def test_text_that_writes_the_engines_own_brackets_is_read_as_text():
    text = "‹ P › ⟦O0⟧ Satya Nadella, Microsoft's CEO, said ‹ O › Microsoft will grow."
    result = analyze(text, language="en")
    assert result.text == text
    assert ("Satya Nadella", ["Microsoft"]) in [(p.name, [a.organization for a in p.affiliations])
                                                for p in result.people]


@pytest.mark.parametrize(("language", "text", "role"), [
    ("de", "Die Informatikerin Katharina Lindqvist hat an der ETH Zürich promoviert.", "alumna"),
    ("de", "Finanzchefin Karin Lindström studierte an der Universität Uppsala.", "alumna"),
    ("fr", "Claire Dubosc, directrice de la stratégie, est diplômée de Grenoble INP.", "alumna"),
    # the title after a word that dates it
    ("fr", "Chen Wei-Lin, jusqu'ici directrice financière adjointe, a étudié à l'université de Lyon.", "alumna"),
    ("de", "Jonas Petersen, Gründer von Kalyx, studierte an der TU München.", "alumnus"),
])
def test_alumna_from_a_feminine_title_beside_the_name(language, text, role):
    people = analyze(text, language=language).people
    assert role in {a.role for p in people for a in p.affiliations}


def test_the_contract_is_version_1_plus_optional_fields(shared: Path, schema: dict):
    """Schema version 2 keeps every field of version 1 as it was and adds only optional ones."""
    first = json.loads((shared / "contract" / "analysis.schema.json").read_text("utf-8"))
    assert first["properties"]["schema_version"]["const"] == "1"
    assert schema["required"] == first["required"]
    for name, definition in first["properties"].items():
        if name == "schema_version":
            continue
        assert _without(schema["properties"][name], VERSION_2_FIELDS) == definition, name


VERSION_2_FIELDS = ("correction", "conversion_of", "part_of", "as_of")


def _without(definition: dict, names: tuple[str, ...]) -> dict:
    """A schema definition without the optional (nullable) fields ``names`` in any object's properties."""
    if isinstance(definition, dict):
        return {k: _without(v, names) for k, v in definition.items()
                if not (k in names and isinstance(v, dict) and "type" in v and "null" in v["type"])}
    return definition


def test_a_version_1_object_is_read_and_unknown_fields_are_ignored():
    text = "Satya Nadella, Microsoft's CEO, said Microsoft will invest $80 billion in 2025."
    current = analyze(text, language="en")
    old = {**current.to_dict(), "schema_version": "1"}
    del old["corrections"]
    old["figures"][0]["exchange_rate"] = {"CNY": 7.2}  # an optional field of another version
    old["people"][0]["affiliations"][0]["confidence"] = 0.9
    assert Analysis.from_dict(old, text=text) == current
    with pytest.raises(ValueError, match="schema version"):
        Analysis.from_dict({**old, "schema_version": "9"}, text=text)


def test_the_analysis_is_the_same_in_every_process_whatever_its_hash_seed(tmp_path):
    # word lists are sets, whose order a process's hash seed decides: no result may depend on it
    article = tmp_path / "article.txt"
    article.write_text("Die Leitung der Fabrik übernimmt Sandra Okafor. Die 46-jährige Ingenieurin wechselt von "
                       "Globalfoundries zu Infineon.", encoding="utf-8")
    outputs = {subprocess.run([sys.executable, "-m", "extraction", "analyze", str(article), "--language", "de"],
                              capture_output=True, text=True, check=True,
                              env={**os.environ, "PYTHONHASHSEED": seed}).stdout for seed in ("1", "2", "3")}
    assert len(outputs) == 1


def organisations_of_people(text: str, language: str) -> dict[str, set[str]]:
    return {p.name: {a.organization for a in p.affiliations} for p in analyze(text, language=language).people}


@pytest.mark.parametrize(("mentions", "company"), [
    (4, "Oréade"),  # the headline's company ties with one named more often in the text: that one
    (3, "Dentsu"),  # the headline's bonus decides where the text does not
])
def test_the_article_s_company_takes_the_headline_s_bonus_and_on_a_tie_the_text_s_count(mentions, company):
    body = " ".join(["Oréade grandit."] * (mentions - 1))
    text = (f"Publicité : Dentsu rachète Oréade\n\nDentsu rachète Oréade. {body} « C'est une chance », a déclaré "
            "Chloé Vidal, directrice générale.")
    people = organisations_of_people(text, "fr")
    assert people["Chloé Vidal"] == {company}


@pytest.mark.parametrize(("headline", "company"), [
    # a headline that names no company: the lead's first company takes the bonus
    ("Greenhouse grower raises 85 million euros", "Van Reeuwijk Groep"),
    # a headline that names one: that one, whatever the lead puts first
    ("Lüyuan sees rival raise 85 million euros", "Lüyuan"),
])
def test_the_lead_s_first_company_takes_the_bonus_where_the_headline_names_none(headline, company):
    text = (f"{headline}\n\nVan Reeuwijk Groep, a tomato grower, raised 85 million euros on Monday. Lüyuan, a Chinese "
            "rival, bought a site. Lüyuan plans more. Chief executive Joost Bakker said prices would rise.")
    people = organisations_of_people(text, "en")
    assert people["Joost Bakker"] == {company}


@pytest.mark.parametrize(("lead", "more", "company"), [
    # a lead that opens with another company than its headline tips a close count ...
    ("La société Mycosud a annoncé l'entrée à son capital de Hongtu.", "Mycosud grandit. Mycosud", "Mycosud"),
    # ... but does not outweigh a headline company the text names as often ...
    ("La société Mycosud a annoncé l'entrée à son capital de Hongtu.", "Hongtu", "Hongtu"),
    # ... and not where a preposition stands before it, a side matter of a teaser
    ("Chez Mycosud, on salue l'entrée au capital de Hongtu.", "Mycosud grandit. Mycosud", "Hongtu"),
])
def test_the_lead_s_first_company_weighs_against_another_headline_company(lead, more, company):
    text = (f"Truffes : le chinois Hongtu entre au capital de Mycosud\n\n{lead} {more} grandit.\n\nL'entreprise a "
            "recruté Hélène Vasseur.")
    people = organisations_of_people(text, "fr")
    assert people["Hélène Vasseur"] == {company}


@pytest.mark.parametrize(("buyer", "company"), [
    # an investor's name gives the headline's bonus to the company it buys, the one the news is about
    ("Brightwater Capital", "Ashworth"),
    # a buyer that is no investor keeps it
    ("Brightwater Leather", "Brightwater Leather"),
])
def test_an_investor_in_the_headline_leaves_its_bonus_to_the_company_it_buys(buyer, company):
    text = (f"{buyer} buys saddler Ashworth\n\n{buyer} has agreed to buy Ashworth, a saddle maker. Ashworth grew. "
            "Chief executive Sophie Lane will stay.")
    people = organisations_of_people(text, "en")
    assert people["Sophie Lane"] == {company}


@pytest.mark.parametrize(("backed", "company"), [
    # a headline that names only an investor ("Fonds" names one, as "Capital" does) leaves its bonus to the company
    # the lead says it backs
    ("Lemaire Jouets", "Lemaire Jouets"),
    # not where the lead's company is an investor too
    ("Lemaire Capital", "Fonds Boréal"),
])
def test_a_headline_that_names_only_an_investor_leaves_its_bonus_to_the_lead_s_company(backed, company):
    text = (f"Le Fonds Boréal mise sur le jouet en bois\n\nLe Fonds Boréal investit 3 millions d'euros dans {backed}, "
            f"un fabricant de Grenoble. {backed} grandit.\n\nLa directrice générale, Hélène Vasseur, reste en poste.")
    people = organisations_of_people(text, "fr")
    assert people["Hélène Vasseur"] == {company}


def test_a_headline_company_that_describes_a_person_takes_no_headline_bonus():
    text = ("Construction : l'ex-patron de Vinci Construction France prend la tête de Bâtiroc\n\nL'ex-patron de Vinci "
            "Construction France, Bernard Ollivier, a été nommé directeur général du groupe de BTP Bâtiroc. « C'est un "
            "défi », a déclaré Chloé Vidal, directrice financière.")
    people = organisations_of_people(text, "fr")
    assert people["Chloé Vidal"] == {"Bâtiroc"}


@pytest.mark.parametrize(("described", "company"), [
    # an investor noun with its complement before a name makes it an investor: the bonus goes to the company it buys
    ("du fonds d'investissement Hongtu", "Mycosud"),
    ("du groupe chinois Hongtu", "Hongtu"),
])
def test_an_investor_described_by_a_noun_and_its_complement_leaves_the_headline_bonus(described, company):
    text = (f"Truffes : Hongtu entre au capital de Mycosud\n\nLa société Mycosud a annoncé l'entrée à son capital "
            f"{described}. Hongtu grandit. Hongtu apporte 14 millions d'euros.\n\nL'entreprise a recruté Hélène "
            "Vasseur.")
    people = organisations_of_people(text, "fr")
    assert people["Hélène Vasseur"] == {company}
