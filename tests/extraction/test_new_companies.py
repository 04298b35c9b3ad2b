"""A company the article introduces as new, by its name, is what later references to a new or merged company mean."""

from __future__ import annotations

import pytest

from extraction import analyze

MERGERS = {
    "en": ("British tofu producer Lotus Bean Foods and Sweden's Nordsoja AB agreed to merge. {naming} will be based "
           "in Peterborough. Mei Ling Tan will become chief executive of {reference}."),
    "fr": ("Les ateliers Verrières Lhermitte et Vitraux Beaumanoir fusionnent au sein d'{naming}. {reference} sera "
           "présidée par Mei Ling Tan."),
    "de": ("Die Möbelhersteller Holzwerk Kessler und Brandt Möbelbau fusionieren. {naming} sitzt in Ulm. "
           "Vorstandschefin {reference} wird Mei Ling Tan."),
}


def employers(language: str, *, naming: str, reference: str) -> set[str]:
    text = MERGERS[language].format(naming=naming, reference=reference)
    person = next(p for p in analyze(text, language=language).people if p.name == "Mei Ling Tan")
    return {a.organization for a in person.affiliations}


@pytest.mark.parametrize(("language", "naming", "reference", "merged"), [
    ("en", "The new company, to be called Lotus Nordsoja,", "the merged company", "Lotus Nordsoja"),
    ("en", "The new company, Lotus Nordsoja,", "the combined group", "Lotus Nordsoja"),
    ("fr", "une nouvelle société baptisée Vitrea", "La nouvelle entité", "Vitrea"),
    ("de", "Das neue Unternehmen namens Kessler Brandt AG", "des fusionierten Unternehmens", "Kessler Brandt AG"),
    # the naming word later in the sentence of the new company's noun
    ("de", "Die neue Holding übernimmt beide; sie soll unter dem Namen Kessler Brandt AG firmieren. Sie",
     "des fusionierten Unternehmens", "Kessler Brandt AG"),
])
def test_a_reference_to_the_merged_company_is_the_company_the_merger_names(language, naming, reference, merged):
    assert employers(language, naming=naming, reference=reference) == {merged}


@pytest.mark.parametrize(("language", "naming", "reference", "merged"), [
    # no name given: the new company is none of the article's names
    ("en", "The new company", "the merged company", "Lotus Nordsoja"),
    ("fr", "une nouvelle société", "La nouvelle entité", "Vitrea"),
    # a naming word in a sentence with no new company's noun names none
    ("de", "Die Kanzlei übernimmt beide; sie tritt unter dem Namen Kessler Brandt AG auf. Sie",
     "des fusionierten Unternehmens", "Kessler Brandt AG"),
])
def test_no_named_new_company_leaves_references_as_they_were(language, naming, reference, merged):
    assert merged not in employers(language, naming=naming, reference=reference)


@pytest.mark.parametrize(("text", "employer"), [
    # a merger's new company is the article's: a title without a firm is its
    ("Siemens and Iberdrola agreed to merge their wind units. The new company, called Ventora Energy, will be based "
     "in Madrid. Ralf Thomas becomes chief financial officer.", "Ventora Energy"),
    # a spin-off's new company is not: the title stays with the article's company
    ("Siemens will put its wind unit into a new company called Ventora Energy. Chief financial officer Ralf Thomas "
     "said the unit would list in 2027.", "Siemens"),
])
def test_the_new_company_of_a_merger_is_the_articles_company(text, employer):
    person = next(p for p in analyze(text, language="en").people if p.name == "Ralf Thomas")
    assert {a.organization for a in person.affiliations} == {employer}
