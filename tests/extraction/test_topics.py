"""A title with no organisation goes to the company its paragraph opens with, else to the article's company."""

from __future__ import annotations

import pytest

from extraction import analyze

LEAD = "Airbus bestellt Kräne\n\nHAMBURG (dpa) – Airbus hat bei Thales acht Kräne bestellt. Airbus baut aus.\n\n"


def employers(text: str, language: str) -> dict[str, set[str]]:
    return {p.name: {a.organization for a in p.affiliations if a.status == "current"}
            for p in analyze(text, language=language).people}


@pytest.mark.parametrize(("paragraph", "employer"), [
    # the paragraph opens with another company, perhaps after a preposition: its officers are that company's
    ("Für Thales ist es der größte Auftrag. Geführt wird es von Technikvorstand Olaf Brink.", "Thales"),
    ("Thales baut seit 2011 Kräne. Geführt wird es von Technikvorstand Olaf Brink.", "Thales"),
    # a company a description puts first is no topic: "Großaktionär X, der …"
    ("Großaktionär Thales, der 22 Prozent hält, stimmte zu. Lob kam von Technikvorstand Olaf Brink.", "Airbus"),
    # a paragraph that opens with no company leaves the title to the article's company
    ("Der Auftrag ist groß. Geführt wird das Projekt von Technikvorstand Olaf Brink.", "Airbus"),
    # unless its first sentence names no organisation and its second opens with one, perhaps described
    ("Neue Anbieter drängen in den Markt. Das Kieler Start-up Thales sammelte Geld ein. Technikvorstand Olaf Brink "
     "ist zufrieden.", "Thales"),
    ("Neue Anbieter drängen in den Markt. Geld sammelte das Kieler Start-up Thales ein. Technikvorstand Olaf Brink "
     "ist zufrieden.", "Airbus"),
    # a reference opening the paragraph after a preposition names its company, not one further in
    ("Das Kieler Start-up Thales wächst.\n\nBei dem Kieler Betrieb ändert sich die Führung. Geführt wird er von "
     "Technikvorstand Olaf Brink.", "Thales"),
    ("Das Kieler Start-up Thales wächst.\n\nDie Führung ändert sich bei dem Kieler Betrieb. Geführt wird er von "
     "Technikvorstand Olaf Brink.", "Airbus"),
    # but a first sentence about a person with a title is no opening for the next one's company
    ("„Wir wachsen“, sagte Technikvorstand Olaf Brink am Montag. Thales kam 2024 auf einen Umsatz von 22 Millionen "
     "Euro.", "Airbus"),
    # a first sentence that names one company past its opening and no person is about that company
    ("Am selben Tag meldete das Kieler Start-up Thales eine Finanzierungsrunde. Die beiden Gründer Olaf Brink und "
     "Jana Vogt wollen expandieren.", "Thales"),
    ("Am selben Tag meldete das Kieler Start-up Thales eine Finanzierungsrunde bei Siemens. Die beiden Gründer Olaf "
     "Brink und Jana Vogt wollen expandieren.", "Airbus"),
    ("Am selben Tag meldete Analystin Jana Vogt, Thales sei teuer. Technikvorstand Olaf Brink ist zufrieden.",
     "Airbus"),
    # nor one it introduces as an owner
    ("Größter Aktionär ist mit 18 Prozent die Kieler Beteiligungsgesellschaft Thales. Technikvorstand Olaf Brink ist "
     "zufrieden.", "Airbus"),
])
def test_a_title_without_organisation_goes_to_the_company_its_paragraph_opens_with(paragraph, employer):
    assert employers(LEAD + paragraph, "de")["Olaf Brink"] == {employer}


def test_the_company_opening_a_sentence_inside_a_paragraph_is_no_topic():
    text = LEAD.rstrip() + " Thales baut seit 2011 Kräne. Geführt wird es von Technikvorstand Olaf Brink."
    assert employers(text, "de")["Olaf Brink"] == {"Airbus"}


def test_an_english_paragraph_opening_at_a_company_gives_it_the_title():
    text = ("Airbus orders cranes\n\nHAMBURG (Reuters) - Airbus ordered eight cranes from Thales. Airbus grows.\n\n"
            "At Thales, the order fills the books until 2028, chief financial officer Ingrid Solberg said.")
    assert employers(text, "en")["Ingrid Solberg"] == {"Thales"}
