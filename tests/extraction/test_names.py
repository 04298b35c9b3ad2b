"""People and organisations as entities: name variants grouped, canonical names never genitives."""

from __future__ import annotations

import re

import pytest

from extraction import analyze
from extraction.label_votes import vote
from extraction.mentions import _region_of_a_title, _rejoined, _tidy, _word_of_the_language
from extraction.name_rules import (
    _named_by_company_nouns,
    _people_by_shape,
    _spelt_out_names,
    _titled_unknown_people,
    unknown_names,
)
from extraction.names import _citation, base_form, group_entities
from extraction.pipelines import load_pipeline
from extraction.spans import Span


def test_surname_joins_the_full_name():
    result = analyze("Mustafa Suleyman joined Microsoft in March. Suleyman said he was pleased.", language="en")
    people = {p.name: p for p in result.people}
    assert list(people) == ["Mustafa Suleyman"]
    assert people["Mustafa Suleyman"].mentions == 2
    assert people["Mustafa Suleyman"].aliases == ("Suleyman",)


def test_legal_suffix_is_the_same_organisation():
    result = analyze("Alibaba Group reported results. Alibaba said revenue rose. Alibaba grew.", language="en")
    assert [(o.name, o.aliases, o.mentions) for o in result.organizations] == [("Alibaba", ("Alibaba Group",), 3)]


def test_a_legal_form_after_a_longer_name_and_a_headline_mention_join_the_same_organisation():
    headline = "Brenvik orders 60 Quarnex Jets\nBrenvik said it would buy 60 Quarnex SE jets. Quarnex grew."
    assert ("Quarnex", ("Quarnex SE",)) in {(o.name, o.aliases) for o in analyze(headline, language="en").organizations}
    text = "Brenvik hired Tom Reed from Deutsche Lufthansa AG. Lufthansa Technik grew. Lufthansa fell."
    names = {o.name: o.aliases for o in analyze(text, language="en").organizations}
    assert names["Deutsche Lufthansa AG"] == ("Lufthansa",)
    assert "Lufthansa Technik" in names  # a unit's name is more than a legal form


def test_unit_of_a_named_parent_stays_apart_from_the_parent():
    result = analyze("Hitachi named a new chief executive of Hitachi Energy. Hitachi Energy grew.", language="en")
    assert {o.name for o in result.organizations} == {"Hitachi", "Hitachi Energy"}


@pytest.mark.parametrize(("text", "organisations"), [
    # a name of several words may leave off its last word ...
    ("Heineken has agreed to buy Orchard Lane Cider, a craft cider maker. Orchard Lane's sales rose 20% last year.",
     {"Heineken", "Orchard Lane Cider"}),
    # ... but two listed companies stay two
    ("Carl Zeiss Meditec raised its outlook on Monday. Carl Zeiss holds 59% of its shares.",
     {"Carl Zeiss Meditec", "Carl Zeiss"}),
])
def test_a_short_form_of_several_words_joins_its_full_name(text, organisations):
    assert {o.name for o in analyze(text, language="en").organizations} == organisations


@pytest.mark.parametrize(("text", "language", "organisations"), [
    # a hyphen parts words and "&" is none: "Al-Noor" is "Al Noor Hospitality", "Rosenau Hotels" the "& Resorts"
    ("Der Investor Al Noor Hospitality Investments übernimmt 30 Prozent. Al-Noor-Geschäftsführer Khalid Al-Suwaidi "
     "lobte den Markt.", "de", {"Al Noor Hospitality Investments"}),
    ("Die Frankfurter Hotelgruppe Rosenau Hotels & Resorts bekommt einen neuen Chef. Der Investor steigt bei Rosenau "
     "Hotels ein.", "de", {"Rosenau Hotels & Resorts"}),
    ("Die Brauerei Haidlinger-Bräu erhöht die Preise. Haidlinger verkauft weniger Bier.", "de", {"Haidlinger-Bräu"}),
    # initials for a name's first words: "TU München" ...
    ("Elif Kaya studierte an der Technischen Universität München. Die TU München lobt sie.", "de",
     {"Technische Universität München"}),
    # ... not for another city's
    ("Elif Kaya studierte an der Technischen Universität München. Die TU Berlin lobt sie.", "de",
     {"Technische Universität München", "TU Berlin"}),
    # a country's adjective a headline capitalises before a name given alone elsewhere is no part of it
    ("Schwedische Nordhav kauft Zeitarbeitsfirma Rheinpersonal\n\nDer schwedische Personaldienstleister Nordhav "
     "Bemanning übernimmt den Düsseldorfer Zeitarbeitsanbieter Rheinpersonal. Mit dem Zukauf steigt Nordhav zur "
     "Nummer vier auf.", "de", {"Nordhav", "Rheinpersonal"}),
])
def test_a_short_form_written_otherwise_joins_its_full_name(text, language, organisations):
    assert {o.name for o in analyze(text, language=language).organizations} == organisations


@pytest.mark.parametrize(("text", "organisations"), [
    # an acronym that spells one organisation's initials is that organisation ...
    ("General Electric Co. will build a plant in Ohio. GE said the plant would employ 500 people.",
     {("General Electric Co.", ("GE",))}),
    ("Great Lakes & Gulf Railway lifted its spending plan. The railroad, known in the industry as GLG, reported higher "
     "revenue.", {("Great Lakes & Gulf Railway", ("GLG",))}),
    # ... but not when it spells two
    ("General Electric Co. and Global Energy Partners signed a deal. GE said it would employ 500 people.",
     {("General Electric Co.", ()), ("Global Energy Partners", ()), ("GE", ())}),
])
def test_an_acronym_that_spells_one_name_s_initials_joins_it(text, organisations):
    assert {(o.name, o.aliases) for o in analyze(text, language="en").organizations} == organisations


@pytest.mark.parametrize(("text", "people"), [
    # a people's adjective joined to "-born" is no name ...
    ("Rebecca Lindahl, a Swedish-born engineer, joins Siemens.", {"Rebecca Lindahl"}),
    ("Indian-born Anil Mehta joins Siemens as chief executive.", {"Anil Mehta"}),
    # ... a name before another word is
    ("Rebecca Lindahl, a Swedish engineer, joins Siemens.", {"Rebecca Lindahl"}),
])
def test_a_birthplace_compound_is_no_person(text, people):
    assert {p.name for p in analyze(text, language="en").people} == people


@pytest.mark.parametrize(("text", "organisations", "people"), [
    # a listed name of two words and one word more names a unit of that firm, not a person ...
    ("Vistalba has hired Stefan Hartmann from Carl Zeiss Vision as its chief executive, the company said on Tuesday.",
     {"Vistalba", "Carl Zeiss Vision"}, {"Stefan Hartmann"}),
    # ... a person's name of three words stays a person's
    ("Vistalba has hired Anna Maria Hartmann from Siemens as its chief executive, the company said on Tuesday.",
     {"Vistalba", "Siemens"}, {"Anna Maria Hartmann"}),
])
def test_a_listed_name_and_one_word_more_is_a_firm(text, organisations, people):
    result = analyze(text, language="en")
    assert ({o.name for o in result.organizations}, {p.name for p in result.people}) == (organisations, people)


@pytest.mark.parametrize(("text", "people"), [
    # a given name the pipeline took for a nationality, right before a word no pipeline saw, opens a person's name ...
    ("Järvinen, 52, will take over on Jan. 1 from Ingrid Solheim, who has run Nordvott since 2018.",
     {"Järvinen", "Ingrid Solheim"}),
    # ... not across a comma
    ("Järvinen, 52, will take over on Jan. 1 from Ingrid, Solheim said.", {"Järvinen", "Solheim"}),
])
def test_a_given_name_before_a_word_no_pipeline_saw_opens_a_person_s_name(text, people):
    assert {p.name for p in analyze(text, language="en").people} == people


@pytest.mark.parametrize(("language", "text", "people"), [
    # a given name joined by "and" to a full name shares its family name ...
    ("fr", "Holzwerk grandit. Les frères Matthias et Jonas Brenner conserveront 10 % du capital.",
     {"Matthias Brenner", "Jonas Brenner"}),
    ("en", "Amer bought the padel maker founded by the brothers Iñaki and Xabier Etxeberria in 2012.",
     {"Iñaki Etxeberria", "Xabier Etxeberria"}),
    # ... but a family name already given to someone else stands for that person
    ("en", "Siemens hired Anna Schmidt last year. Schmidt and Tom Reed now lead the unit.",
     {"Anna Schmidt", "Tom Reed"}),
])
def test_a_given_name_joined_to_a_full_name_shares_its_family_name(language, text, people):
    assert {p.name for p in analyze(text, language=language).people} == people


def test_acronym_in_brackets_is_an_alias():
    text = "L'École polytechnique fédérale de Lausanne (EPFL) a créé la start-up. L'EPFL est fière."
    orgs = analyze(text, language="fr").organizations
    assert len(orgs) == 1
    assert {orgs[0].name, *orgs[0].aliases} == {"EPFL", "École polytechnique fédérale de Lausanne"}


def test_mentions_carry_the_entity_id():
    result = analyze("Satya Nadella leads Microsoft. Nadella spoke.", language="en")
    person = result.people[0]
    ids = [m.entity_id for m in result.entities if m.label == "PERSON"]
    assert ids == [person.id, person.id]


@pytest.mark.parametrize(("text", "language", "organisation"), [
    ("He started StepLight with Arjun Kapoor, a former dancer with Singapore Dance Theatre.", "en",
     "Singapore Dance Theatre"),
    ("Ancienne soliste de l'Opéra national de Bordeaux, Camille Daoudi a créé l'enseigne.", "fr",
     "Opéra national de Bordeaux"),
])
def test_a_company_of_the_performing_arts_is_an_organisation(text, language, organisation):
    result = analyze(text, language=language)
    assert organisation in {o.name for o in result.organizations}
    assert organisation not in {p.name for p in result.people}


@pytest.mark.parametrize(("text", "language", "organisation", "person"), [
    # a firm's name run on past its organisation word into the person after it is cut there
    ("Vertiges a débauché chez son concurrent Prises & Co Grégoire Lamarque-Diallo, qui y était directeur.", "fr",
     "Prises & Co", "Grégoire Lamarque-Diallo"),
    # an organisation word and a person's name are one name
    ("La Fondation Louis Vuitton expose.", "fr", "Fondation Louis Vuitton", None),
    # a listed firm run on into a person's name is cut there too, whatever the pipeline called the whole; a listed
    # firm's longer name stays whole
    ("Le groupe a débauché chez Saint-Gobain Hamid Rahimi, ingénieur verrier.", "fr", "Saint-Gobain", "Hamid Rahimi"),
    ("Il a fait carrière chez Saint-Gobain Isover, à Lyon.", "fr", "Saint-Gobain Isover", None),
])
def test_a_firm_s_name_ends_at_its_organisation_word_before_a_person_s_name(text, language, organisation, person):
    result = analyze(text, language=language)
    assert organisation in {o.name for o in result.organizations}
    assert [p.name for p in result.people] == ([person] if person else [])


def test_listed_organisation_is_found_where_the_pipeline_missed_it():
    result = analyze("Tencent débauche un chercheur de ByteDance.", language="fr")
    assert {o.name for o in result.organizations} == {"Tencent", "ByteDance"}


def test_german_genitive_joins_the_name_and_is_never_canonical():
    text = ("Mustafa Suleyman kam von Google. Suleymans Team wächst. "
            "Die Xiaomi-Strategie überzeugt, Xiaomis Umsatz stieg.")
    result = analyze(text, language="de")
    assert [(p.name, set(p.aliases)) for p in result.people] == [("Mustafa Suleyman", {"Suleymans"})]
    xiaomi = next(o for o in result.organizations if o.name == "Xiaomi")
    assert xiaomi.aliases == ("Xiaomis",)


def test_organisation_inside_a_title_compound():
    result = analyze("Laut Xiaomi-Präsident Lu Weibing und Audi-Designer Stefan Krämer.", language="de")
    assert {o.name for o in result.organizations} == {"Xiaomi", "Audi"}
    assert ("Xiaomi", "ORG") in {(m.text, m.label) for m in result.entities}


@pytest.mark.parametrize(("head", "organisations"), [
    # "-heit" after no adjective is a name's ending ...
    ("Leifheit", {"Leifheit"}),
    # ... after one, a noun's
    ("Sicherheits", set()),
])
def test_a_title_compound_s_head_ending_like_a_noun_of_quality_is_a_name_only_after_no_adjective(head, organisations):
    result = analyze(f"Leiten soll das Werk der frühere {head}-Manager Jan-Erik Holm.", language="de")
    assert {o.name for o in result.organizations} == organisations


def test_hyphenated_name_ending_in_an_organisation_word_heads_a_title_compound_but_a_topic_does_not():
    text = ("Deutsche-Bank-Analystin Eva Roth lobt den Plan. KI-Team-Chef Max Kern schweigt. Die Deutsche Bank "
            "hält Aktien.")
    result = analyze(text, language="de")
    assert {o.name for o in result.organizations} == {"Deutsche Bank"}
    roth = next(p for p in result.people if p.name == "Eva Roth")
    assert [(a.organization, a.role) for a in roth.affiliations] == [("Deutsche Bank", "analyst")]


def test_a_hyphenated_well_known_name_heads_a_title_compound_but_a_hyphenated_topic_does_not():
    text = "Kepler-Cheuvreux-Analyst Daniel Ekström lobt den Plan. Private-Equity-Chef Max Kern schweigt."
    result = analyze(text, language="de")
    assert [o.name for o in result.organizations] == ["Kepler-Cheuvreux"]
    ekstroem = next(p for p in result.people if p.name == "Daniel Ekström")
    assert [(a.organization, a.role) for a in ekstroem.affiliations] == [("Kepler-Cheuvreux", "analyst")]


@pytest.mark.parametrize(("text", "people"), [
    # a word that dates the title after it opens the sentence, and is nobody
    ("Qubitra baut um. Neuer Finanzchef wird zum 1. Juni Henrik Sandvik.", ["Henrik Sandvik"]),
    # a full name keeps it
    ("Qubitra baut um. Torwart Manuel Neuer lobt den Plan.", ["Manuel Neuer"]),
])
def test_a_word_that_dates_a_title_is_no_person(text, people):
    assert [p.name for p in analyze(text, language="de").people] == people


def test_a_german_noun_for_a_person_after_an_article_is_no_name_and_stands_for_the_person_named_before():
    text = "Die Gründerin heißt Zhang Lihua. Die Chemikerin promovierte an der Tsinghua-Universität in Peking."
    result = analyze(text, language="de")
    assert [p.name for p in result.people] == ["Zhang Lihua"]
    # the organisation after its article ("an der Tsinghua-Universität") stays one
    assert [a.organization for a in result.people[0].affiliations] == ["Tsinghua-Universität"]


@pytest.mark.parametrize(("second", "people"), [
    # a person's name that runs on into the organisation the article names alone is cut before it
    ("dem Ingenieur Felix Oberdorfer Reconcell", ["Zhang Lihua", "Felix Oberdorfer"]),
    # a three-word name whose last word names no organisation stays whole
    ("Anna Maria Berger", ["Zhang Lihua", "Anna Maria Berger"]),
])
def test_a_name_running_on_into_an_organisation_named_alone_is_cut_before_it(second, people):
    text = f"Das Berliner Unternehmen Reconcell baut ein Werk. Zhang Lihua hat 2020 gemeinsam mit {second} gegründet."
    result = analyze(text, language="de")
    assert [p.name for p in result.people] == people
    assert [o.name for o in result.organizations] == ["Reconcell"]


@pytest.mark.parametrize(("text", "name", "tidied"), [
    # a company noun before a name the pipeline took for a person's describes a firm: the name is that firm
    ("Fensterbauer Weiland verliert Finanzchef an Hörmann.", "Fensterbauer Weiland", ("Weiland", "ORG")),
    # a person's name of a given and a family name stays a person's
    ("Laut Hans Bauer sinkt der Umsatz.", "Hans Bauer", ("Hans Bauer", "PERSON")),
])
def test_a_company_noun_that_opens_a_person_s_span_makes_the_rest_a_firm(text, name, tidied):
    start = text.index(name)
    spans = _tidy(Span(start, start + len(name), "PERSON"), text=text, language="de")
    assert [(text[s.start:s.end], s.label) for s in spans] == [tidied]


def test_a_german_compound_company_noun_before_a_name_describes_it_and_is_no_name_of_its_own():
    text = "„Das ist teuer“, sagte Priya Raghunathan, Medienanalystin bei der Privatbank Berenberg."
    result = analyze(text, language="de")
    assert [o.name for o in result.organizations] == ["Berenberg"]
    assert [a.organization for a in result.people[0].affiliations] == ["Berenberg"]
    # a company whose name ends in a company noun stays one where no name follows it
    assert [o.name for o in analyze("Die Commerzbank hat ihr Ziel erreicht.", language="de").organizations] == [
        "Commerzbank"]


@pytest.mark.parametrize(("text", "organisations"), [
    # a German legal form after the owner's name and a coordination whose first word a hyphen cuts short
    ("Brandauer wächst. Johanna Weiss führt die Brandauer Sattel- und Lederwaren GmbH seit 2016.",
     [{"Brandauer", "Brandauer Sattel- und Lederwaren GmbH"}]),
    # no name the article gives alone opens it: German words before a legal form are no name
    ("Johanna Weiss führt die Sattel- und Lederwaren GmbH seit 2016.", []),
])
def test_a_german_firm_named_by_its_owner_and_its_goods_joins_the_owner_s_name(text, organisations):
    result = analyze(text, language="de")
    assert [{o.name, *o.aliases} for o in result.organizations] == organisations


@pytest.mark.parametrize(("text", "organisations"), [
    # a craft opens a German firm's name, whatever the pipeline called the rest ...
    ("Kaveri übernimmt die Lederfabrik Lohmüller GmbH in Backnang.", [{"Kaveri"}, {"Lederfabrik Lohmüller GmbH"}]),
    ("Die Kaveri Leather Industries Ltd. kauft die Spitzenmanufaktur Elstertal.",
     [{"Kaveri Leather Industries Ltd."}, {"Spitzenmanufaktur Elstertal"}]),
    # ... and the name without it, or with another craft, is the same firm
    ("Die Stickerei Reinhold & Söhne wächst.\n\nUlrike Reinhold leitet den Familienbetrieb Reinhold & Söhne.",
     [{"Stickerei Reinhold & Söhne", "Reinhold & Söhne"}]),
    # a description is no craft: it opens no name
    ("Der Autozulieferer Lohmüller GmbH wächst.", [{"Lohmüller GmbH"}]),
    # nor does a craft where the article names the rest alone
    ("Die Hutmanufaktur Ellinger GmbH wächst.\n\nEllinger beschäftigt 85 Mitarbeiter.",
     [{"Ellinger GmbH", "Ellinger"}]),
])
def test_a_german_craft_opens_a_firm_s_name_unless_the_article_names_the_rest_alone(text, organisations):
    result = analyze(text, language="de")
    assert [{o.name, *o.aliases} for o in result.organizations] == organisations


@pytest.mark.parametrize(("later", "organisations"), [
    # a capitalised word that opens a sentence and is written in lower case elsewhere is a common word
    ("who has led the board since 2017", []),
    ("who has led Board since 2017", ["Board"]),
])
def test_a_one_word_organisation_the_article_writes_in_lower_case_is_a_common_word(later, organisations):
    text = f"Board chair Robert Fairbairn, {later}, will be succeeded by Ananya Krishnan."
    assert [o.name for o in analyze(text, language="en").organizations] == organisations


@pytest.mark.parametrize(("firm", "organisations"), [
    # a word of a longer name the article gives, written in lower case too, is no firm of its own
    ("Halcyon Quantum", ["Halcyon Quantum"]),
    ("Halcyon Labs", ["Halcyon Labs", "Quantum"]),
])
def test_a_word_of_a_longer_name_written_in_lower_case_too_is_no_name_of_its_own(firm, organisations):
    text = f"Anna Berg joined {firm} in May, from Veltrix. Analysts at Quantum said the firm builds quantum sensors."
    assert [o.name for o in analyze(text, language="en").organizations] == organisations


@pytest.mark.parametrize("honorific", ["Mme ", ""])
def test_an_honorific_makes_a_name_a_person_s_after_a_company_noun_too(honorific):
    text = (f"Hélène Marchetti arrive chez Verallia. « Le profil de l'industriel {honorific}Marchetti compte », dit "
            f"Rahul Menon. « Le profil de l'industriel {honorific}Marchetti plaît », ajoute-t-il.")
    organisations = [o.name for o in analyze(text, language="fr").organizations]
    assert ("Marchetti" in organisations) is not bool(honorific)


def test_a_one_word_organisation_inside_a_sentence_is_a_name_whatever_the_lower_case_word():
    text = "Jonathan Pryce, a former executive at chip designer Arm, said the arm of the firm grew."
    assert [o.name for o in analyze(text, language="en").organizations] == ["Arm"]


@pytest.mark.parametrize(("text", "organisations"), [
    # a person's noun in a headline, which the text writes with its article
    ("Reinigungskette Brandt: Französin übernimmt die Führung\n\nKÖLN – Neue Geschäftsführerin der Textilpflege "
     "Brandt ist Anne-Sophie Laurent. Die Französin war zuvor bei Elis.", {"Brandt", "Elis"}),
])
def test_a_person_s_noun_the_text_writes_with_its_article_is_no_name_in_the_headline(text, organisations):
    assert {o.name for o in analyze(text, language="de").organizations} == organisations


def test_a_word_in_lower_case_is_nobody_s_name():
    text = "His son Daisuke Morimoto stays on as toji, or master brewer, and joins the board."
    assert [p.name for p in analyze(text, language="en").people] == ["Daisuke Morimoto"]


@pytest.mark.parametrize(("text", "people"), [
    # a title and a relative only people take make a person of a name whose given name is not listed
    ("Ingrid Solheim takes over from co-founder Erlend Haugen, who becomes chief technology officer.",
     ["Erlend Haugen"]),
    # not without the relative, nor where the first word is a place or a word of the language
    ("Ingrid Solheim takes over from co-founder Erlend Haugen next month.", []),
    ("Ingrid Solheim takes over from co-founder Oslo Haugen, who becomes chief technology officer.", []),
    ("Ingrid Solheim takes over from co-founder Market Haugen, who becomes chief technology officer.", []),
])
def test_a_titled_name_with_a_person_s_relative_is_a_person(text, people):
    assert [text[s.start:s.end] for s in _titled_unknown_people(text, language="en")] == people


@pytest.mark.parametrize(("language", "text", "organisation"), [
    # a craft business named by its trade and the owner's name is a firm, not a person
    ("de", "Die Küferei Scheuermann hat Anna Berg zur Geschäftsführerin ernannt.", "Küferei Scheuermann"),
    ("de", "Die Glashütte Lamberg hat Anna Berg zur Geschäftsführerin ernannt.", "Glashütte Lamberg"),
    # a firm named by what it trades
    ("de", "Der Feuerwerksimporteur Nordstern hat Anna Berg zur Geschäftsführerin ernannt. Nordstern wächst.",
     "Nordstern"),
    ("de", "Der Trachtenausstatter Lodenfrey hat Anna Berg zur Geschäftsführerin ernannt.", "Lodenfrey"),
    # a maker at a compound's end names the firm of two common nouns the article names again on their own
    ("de", "Der Kieler Segelmacher Förde Segel hat Anna Berg zur Geschäftsführerin ernannt. Förde Segel wächst.",
     "Förde Segel"),
    ("en", "Bookseller Marlowe & Pike has appointed Anna Berg chief executive. Marlowe & Pike runs 14 shops.",
     "Marlowe & Pike"),
    # French: the trade opens the firm's name, also before a place
    ("fr", "La Cristallerie de Saint-Aubin a nommé Anna Berg directrice générale.", "Cristallerie de Saint-Aubin"),
    # ... and its maker before a name that the pipeline takes for a person's
    ("fr", "Le tisseur ligérien Tissages Bessière a nommé Anna Berg directrice générale.", "Tissages Bessière"),
])
def test_a_craft_business_named_by_its_trade_is_a_firm(language, text, organisation):
    result = analyze(text, language=language)
    assert [o.name for o in result.organizations] == [organisation]
    assert [p.name for p in result.people] == ["Anna Berg"]


def test_a_maker_before_a_given_name_is_a_person_s_trade():
    text = "Der Segelmacher Jannik Thorsen hat Förde Segel verlassen. Jannik Thorsen segelt nun."
    result = analyze(text, language="de")
    assert [p.name for p in result.people] == ["Jannik Thorsen"]
    assert "Jannik Thorsen" not in {o.name for o in result.organizations}


@pytest.mark.parametrize(("language", "text", "organisation"), [
    # a legal form ends the name that the pipeline ran on into a verb or a full stop ...
    ("de", "Die Kvist Olsen A/S setzte 2025 rund 95 Millionen Kronen um.", "Kvist Olsen A/S"),
    ("de", "Förde Segel gehört seit Mai zur Aarhus Olie ApS. Sie wächst.", "Aarhus Olie ApS"),
    # ... and a company noun that opens the shape describes the name after it
    ("de", "Van der Klomp übernimmt den schwedischen Clog-Produzenten Kvist Olsen AB.", "Kvist Olsen AB"),
    # ... but not where the name goes on after an organisation word
    ("de", "Sie arbeitet bei der Tochter SAP Labs India in Bangalore.", "SAP Labs India"),
])
def test_a_legal_form_ends_a_firm_s_name(language, text, organisation):
    assert organisation in {o.name for o in analyze(text, language=language).organizations}


def test_a_given_name_and_a_person_one_space_apart_are_one_person():
    text = "Die Technik verantwortet Entwicklungschefin Dr. Mei Lin Zhou."
    assert [p.name for p in analyze(text, language="de").people] == ["Mei Lin Zhou"]


def test_pieces_of_a_place_that_open_with_no_given_name_are_no_person():
    text = "Fiona McAllister hat das Unternehmen 2007 in Scharm El-Scheich mit zwei Booten aufgebaut."
    assert "Scharm El-Scheich" not in {p.name for p in analyze(text, language="de").people}


def test_a_word_a_company_noun_names_is_a_firm_even_where_it_ends_like_a_title():
    # "Tonleiter" ends like "Vertriebsleiter", but the article names it as a chain of music schools
    text = "Die Musikschulkette Tonleiter wächst. Tonleiter betreibt 62 Schulen. Vertriebsleiter ist Jan Rot."
    assert [o.name for o in analyze(text, language="de").organizations] == ["Tonleiter"]


def test_a_given_name_and_a_particle_before_a_family_name_make_one_person():
    text = ("Annelies de Wit, a portfolio manager at Robeco, said the shares were cheap. Joost van Leeuwen, who ran "
            "the terminal, agreed with the Banque de France.")
    result = analyze(text, language="en")
    assert [p.name for p in result.people] == ["Annelies de Wit", "Joost van Leeuwen"]
    assert "Banque de France" in {o.name for o in result.organizations}  # "Banque" is no given name


@pytest.mark.parametrize(("text", "organisations", "people"), [
    # a capitalised title inside the pipeline's name parts the firm before it from the person after it ...
    ("Meta VP Anna Berg said the chips were late.", ["Meta"], ["Anna Berg"]),
    ("Tasman Sails said so. Tasman Chief Executive Aroha Whaanga said on a call that sales rose.", ["Tasman Sails"],
     ["Aroha Whaanga"]),
    # ... not a title word inside a name that no person's name follows
    ("The Young Presidents Organization met in Paris. Anna Berg spoke.", ["Young Presidents Organization"],
     ["Anna Berg"]),
])
def test_a_title_inside_a_name_parts_the_firm_from_the_person(text, organisations, people):
    result = analyze(text, language="en")
    assert [o.name for o in result.organizations] == organisations
    assert [p.name for p in result.people] == people


@pytest.mark.parametrize(("text", "people"), [
    # a title's last word that is also a given name belongs to the title, not to the name after it ...
    ("Außerdem beteiligte sich der Business Angel Friedrich Varga, früher Finanzvorstand von Otto.",
     ["Friedrich Varga"]),
    # ... but opens a name where no title begins before it
    ("Außerdem beteiligte sich Angel Ruiz, früher Finanzvorstand von Otto.", ["Angel Ruiz"]),
])
def test_a_name_opens_after_a_title_that_runs_into_it(text, people):
    assert [p.name for p in analyze(text, language="de").people] == people


@pytest.mark.parametrize(("text", "people", "organisations"), [
    # a listed given name, particles and a family name are a person's name, whatever the pipeline made of the given
    # name, and no firm takes its family name from the person before
    ("Founded in 2014 by brothers Joost van der Meulen and Ruben van der Meulen, the Eindhoven-based firm sells "
     "boards.", ["Joost van der Meulen", "Ruben van der Meulen"], []),
    # a firm's name is no given name
    ("Halvard Foods signed a deal with Banque de France.", [], ["Halvard Foods", "Banque de France"]),
])
def test_a_given_name_and_particles_before_a_family_name_are_a_person_whatever_the_pipeline_said(
        text, people, organisations):
    result = analyze(text, language="en")
    assert [p.name for p in result.people] == people
    assert [o.name for o in result.organizations] == organisations


@pytest.mark.parametrize(("text", "organisations", "people"), [
    # the last part of a hyphenated chain before a title names nothing alone
    ("Die StrikeZone GmbH übernimmt die Pin & Bowl Betriebs GmbH. Die beiden Pin-&-Bowl-Gründer Selin Aydın und Marco "
     "Ferraro gehen getrennte Wege.", ["StrikeZone GmbH", "Pin & Bowl Betriebs GmbH"],
     ["Selin Aydın", "Marco Ferraro"]),
    # an owner's compound describes the firm after it, not a person
    ("Finanziert wird der Kauf über Eigenmittel des Mehrheitseigners Nordwind Capital.", ["Nordwind Capital"], []),
    ("Der Mehrheitseigner Hans Berger stimmte zu.", [], ["Hans Berger"]),
])
def test_german_compounds_before_names_describe_them(text, organisations, people):
    result = analyze(text, language="de")
    assert [o.name for o in result.organizations] == organisations
    assert [p.name for p in result.people] == people


@pytest.mark.parametrize(("text", "organisations"), [
    # the word after a union's noun, also at a compound's end, names the union ...
    ("Die Produktionsgewerkschaft PRO-GE kündigte Widerstand an.", ["PRO-GE"]),
    ("Die Gewerkschaft Vida kündigte Widerstand an.", ["Vida"]),
    # ... not a word that says when
    ("Die Gewerkschaft Ende Mai kündigte Widerstand an.", []),
])
def test_the_name_after_a_german_union_s_noun_is_the_union(text, organisations):
    assert [o.name for o in analyze(text, language="de").organizations] == organisations


@pytest.mark.parametrize(("noun", "person"), [
    # a German noun for what a person does, run by the pipeline into the full name after it, describes the person ...
    ("Glaskünstlerin", True),
    ("Restaurator", True),
    # ... an institution's noun, a craft and a noun for no person name a firm
    ("Stiftung", False),
    ("Weberei", False),
    ("Glaskunst", False),
])
def test_a_german_noun_for_a_person_before_a_full_name_is_no_part_of_a_firm_s_name(noun, person):
    text = f"Gegründet wurde Tessera 2014 von dem Restaurator Khalid Al-Mansouri und der {noun} Giulia Marchetti."
    result = analyze(text, language="de")
    assert ("Giulia Marchetti" in {p.name for p in result.people}) is person
    assert (f"{noun} Giulia Marchetti" in {o.name for o in result.organizations}) is not person


def test_a_given_name_the_pipeline_found_apart_from_its_particle_and_family_name_joins_them():
    text = "« Thiriet nous apporte une marque », a déclaré Maarten de Vries, directeur général de KHG."
    assert [p.name for p in analyze(text, language="fr").people if "Vries" in p.name] == ["Maarten de Vries"]


@pytest.mark.parametrize(("language", "text", "people"), [
    # a listed given name the pipeline left alone before "and" and a full name shares its family name ...
    ("de", "Die Gründer, die Brüder Henning und Jens Paulsen, ziehen sich zurück.",
     ["Henning Paulsen", "Jens Paulsen"]),
    ("en", "The group is controlled by the brothers Pieter and Joost van Leeuwen, grandsons of its founder.",
     ["Pieter van Leeuwen", "Joost van Leeuwen"]),
    # ... but a word that is no given name does not
    ("de", "Die Aktionäre Siemens und Jens Paulsen stimmten zu.", ["Jens Paulsen"]),
])
def test_a_given_name_before_and_and_a_full_name_shares_its_family_name(language, text, people):
    assert [p.name for p in analyze(text, language=language).people] == people


@pytest.mark.parametrize(("language", "text"), [
    # the pipeline's person after a verb of moving is no firm joined: a particle does not make the name a firm's
    ("de", "Zum 1. April wechselt Anouk de Vries von Philips zu Klingenmann."),
    ("en", "In April, Anouk de Vries moved to Klingenmann from Philips."),
])
def test_a_name_with_a_particle_after_a_listed_given_name_is_a_person_s(language, text):
    result = analyze(text, language=language)
    assert [p.name for p in result.people] == ["Anouk de Vries"]
    assert "Anouk de Vries" not in {o.name for o in result.organizations}


@pytest.mark.parametrize(("text", "organisations", "people"), [
    # a firm and a full name run together after "chez", its article and a word describing the firm, are two names
    ("Tendrelia a débauché chez le belge Ontex Sébastien Quéméner, qui devient directeur des opérations.",
     {"Tendrelia", "Ontex"}, ["Sébastien Quéméner"]),
    # a firm named for a person stays whole
    ("Paul Weber a travaillé chez le français Groupe Louis Dreyfus.", {"Groupe Louis Dreyfus"}, ["Paul Weber"]),
])
def test_a_firm_and_a_full_name_run_together_after_a_described_firm_are_two_names(text, organisations, people):
    result = analyze(text, language="fr")
    assert organisations <= {o.name for o in result.organizations}
    assert [p.name for p in result.people] == people


def test_a_family_name_with_its_particle_that_opens_a_firm_s_name_is_that_firm():
    text = ("Die niederländische Van Leeuwen Wandbekleding B.V. übernimmt den Betrieb. Neue Geschäftsführerin ist "
            "Marieke Jansen, die bislang für Van Leeuwen das Werk in Tilburg leitete.")
    result = analyze(text, language="de")
    assert [p.name for p in result.people] == ["Marieke Jansen"]
    assert any(o.name.startswith("Van Leeuwen") for o in result.organizations)


@pytest.mark.parametrize(("language", "text", "people"), [
    # a family name after a word for a family names the family, not the person of that name
    ("de", "Geschäftsführer Till Brökelmann sagte das. Der Rest bleibt bei der Familie Brökelmann, die das Unternehmen "
           "führt.", {"Till Brökelmann": 1}),
    ("de", "Die Gründerfamilie Brökelmann hält 25 Prozent. Geschäftsführer Till Brökelmann sagte das.",
     {"Till Brökelmann": 1}),
    ("fr", "Le directeur général Paul Mulliez l'a confirmé. La famille Mulliez garde 25 %.", {"Paul Mulliez": 1}),
    ("en", "Chief executive Paul Mars said so. The Mars family keeps a quarter.", {"Paul Mars": 1}),
    # a family name of two words too, but not a person's name in full
    ("fr", "Le groupe Ardesia rachète Pizarras de Valdeorras. La famille Domínguez Otero cède l'intégralité du "
           "capital.", {}),
    ("fr", "Le groupe Ardesia rachète Pizarras de Valdeorras. La famille de Marta Domínguez Otero cède l'intégralité "
           "du capital.", {"Marta Domínguez Otero": 1}),
    # the family name alone elsewhere is the person
    ("de", "Geschäftsführer Till Brökelmann sagte das. Brökelmann führt das Unternehmen.", {"Till Brökelmann": 2}),
])
def test_a_family_name_after_a_word_for_a_family_is_no_mention_of_a_person(language, text, people):
    assert {p.name: p.mentions for p in analyze(text, language=language).people} == people


def test_a_family_name_with_its_particle_alone_is_the_nearest_person_of_that_name_not_all_of_them():
    text = ("Van Leeuwen was founded in 1950. Pieter van Leeuwen, currently chief executive, will join the board, "
            "while Joost van Leeuwen, the finance director, will leave. Van Leeuwen said he was pleased.")
    people = {p.name: p for p in analyze(text, language="en").people}
    assert set(people) == {"Pieter van Leeuwen", "Joost van Leeuwen"}


def test_a_word_for_both_is_no_part_of_the_organisation_after_it():
    text = "Both Compass Group and Sodexo have grown in Europe through bolt-on deals."
    assert [o.name for o in analyze(text, language="en").organizations] == ["Compass Group", "Sodexo"]


def test_a_french_participle_opening_the_sentence_is_no_part_of_the_name_after_it():
    text = "Baptisé Nordlys Games, le studio est cofondé avec deux anciennes collègues. Société Générale a prêté."
    assert [o.name for o in analyze(text, language="fr").organizations] == ["Nordlys Games", "Société Générale"]


def test_german_declension_is_undone_in_the_canonical_name():
    text = "Katrin Albers schloss ihr Studium an der Technischen Universität München ab."
    orgs = analyze(text, language="de").organizations
    assert [o.name for o in orgs] == ["Technische Universität München"]


@pytest.mark.parametrize(("declined", "nominative"), [
    ("Technischen Universität München", "Technische Universität München"),  # feminine
    ("Deutschen Krebsforschungszentrum", "Deutsches Krebsforschungszentrum"),  # neuter
    ("Deutschen Gewerkschaftsbund", "Deutscher Gewerkschaftsbund"),  # masculine
])
def test_a_declined_adjective_takes_the_ending_of_its_noun_s_gender(declined, nominative):
    assert base_form(declined, label="ORG", language="de") == nominative


def test_camel_case_brand_is_an_organisation_but_not_inside_its_versioned_model():
    text = "Sie forschte bei DeepSeek an DeepSeek-V2. Zuvor war sie bei McKinsey."
    orgs = [(m.text, m.start) for m in analyze(text, language="de").entities if m.label == "ORG"]
    assert ("DeepSeek", text.index("DeepSeek")) in orgs
    assert all(start != text.index("DeepSeek-V2") for _, start in orgs)


def test_dateline_in_capitals_is_a_place():
    text = "BYD holt Designer\n\nSHENZHEN, 4. Februar 2025 – BYD baut seine Mannschaft aus."
    result = analyze(text, language="de")
    assert ("SHENZHEN", "LOC") in {(m.text, m.label) for m in result.entities}
    assert {o.name for o in result.organizations} == {"BYD"}


@pytest.mark.parametrize(("dateline", "places"), [
    # a region in brackets before the date's comma is a place ...
    ("MOREZ (Jura), 2 décembre 2025 (AFP) -", {"MOREZ", "Jura"}),
    # ... the brackets before the dash credit the agency
    ("PARIS (Reuters) -", {"PARIS"}),
    # places parted by a slash are two places
    ("LYON/BRUXELLES, 2 décembre 2025 (AFP) -", {"LYON", "BRUXELLES"}),
])
def test_a_dateline_s_region_in_brackets_is_a_place(dateline, places):
    result = analyze(f"Optique\n\n{dateline} Essilor a recruté. Essilor vise la croissance.", language="fr")
    assert {m.text for m in result.entities if m.label == "LOC"} == places
    assert {o.name for o in result.organizations} == {"Essilor"}


@pytest.mark.parametrize(("text", "organisations", "people"), [
    # an apposition headed by a company noun, over a few words with abbreviations, makes the name a firm ...
    ("Meridian Car Rental, the fourth-largest U.S. rental car company by fleet size, named Daniel Okafor as chief "
     "executive on Wednesday.", {"Meridian Car Rental"}, {"Daniel Okafor"}),
    # ... but not where the noun is the object of a preposition in a person's apposition
    ("NEW YORK (Reuters) - Daniel Okafor, the former head of the firm's U.S. business, said on Wednesday that Hertz "
     "would grow.", {"Hertz"}, {"Daniel Okafor"}),
])
def test_a_company_noun_heading_an_apposition_makes_the_name_a_firm(text, organisations, people):
    result = analyze(text, language="en")
    assert {o.name for o in result.organizations} == organisations
    assert {p.name for p in result.people} == people


def test_dateline_place_stays_a_place_where_the_parser_makes_it_a_subject():
    text = "HANGZHOU, April 2, 2025 — Alibaba Group will invest 380 billion yuan, chief executive Eddie Wu said."
    result = analyze(text, language="en")
    assert {o.name for o in result.organizations} == {"Alibaba Group"}
    # the same capitals later in the text, as a subject, are judged by their context as usual
    later = "Ventures\n\nLONDON, May 5, 2025 — It rained. Hangzhou Robotics said it would invest $2 billion."
    assert "Hangzhou Robotics" in {o.name for o in analyze(later, language="en").organizations}


@pytest.mark.parametrize("dateline", ["Glasgow, October 2, 2025 -", "Grenoble, mardi 2 décembre 2025 —",
                                      "Berlin, den 3.6.2025."])
def test_dateline_written_as_usual_names_a_place(dateline):
    text = f"Satellite maker raises money\n\n{dateline} Skyloom Orbital has raised £48 million."
    place = dateline.split(",")[0]
    assert (place, "LOC") in {(m.text, m.label) for m in analyze(text).entities}
    assert place not in {o.name for o in analyze(text).organizations}


def test_honorific_is_not_part_of_a_german_name():
    result = analyze("Die Leitung übernimmt Dr. Mehmet Yilmaz. Er arbeitet seit 2019 für SAP.", language="de")
    assert [p.name for p in result.people] == ["Mehmet Yilmaz"]


@pytest.mark.parametrize(("text", "organisations"), [
    ("Okafor arbeitete zuvor als Radiologe am Universitätsspital Basel.", {"Universitätsspital Basel"}),
    # chambers, savings banks and dioceses too
    ("Das sagte Michaela Brunnhuber, Hauptgeschäftsführerin der Handwerkskammer Niederbayern-Oberpfalz.",
     {"Handwerkskammer Niederbayern-Oberpfalz"}),
    ("Den Auftrag erteilte das Bistum Passau, finanziert von der Sparkasse Nürnberg.",
     {"Bistum Passau", "Sparkasse Nürnberg"}),
    # a place after any other word is no institution's name
    ("Okafor arbeitete zuvor als Radiologe in Basel.", set()),
])
def test_an_institution_named_for_its_town_is_one_organisation(text, organisations):
    assert {o.name for o in analyze(text, language="de").organizations} == organisations


@pytest.mark.parametrize(("text", "organisations"), [
    # the pipeline's name after an education noun and "der": the noun opens the institution's name
    ("Die 39-Jährige studierte Bühnenbild an der Akademie der Bildenden Künste München.",
     {"Akademie der Bildenden Künste München"}),
    # a verb between the noun and the name: the name alone
    ("Die Akademie lobte den Konzern Siemens Energy.", {"Siemens Energy"}),
])
def test_an_education_noun_and_of_open_the_name_after_them(text, organisations):
    assert {o.name for o in analyze(text, language="de").organizations} == organisations


@pytest.mark.parametrize(("language", "text", "organisation"), [
    ("fr", "« Les prix montent », observe Hélène Marchetti, consultante au cabinet Protourisme.\n\nDu côté des "
           "salariés, rien.", "Protourisme"),
    # an abbreviation's dot is the name's
    ("en", "She worked at Acme Corp. She then left.", "Acme Corp."),
])
def test_a_name_s_last_full_stop_is_the_sentence_s_unless_it_abbreviates(language, text, organisation):
    assert organisation in {o.name for o in analyze(text, language=language).organizations}


@pytest.mark.parametrize(("text", "organisations", "people"), [
    ("Le réseau belge de pressings Net'Éclat ferme 40 boutiques.", {"Net'Éclat"}, set()),
    # an elided particle opens a family name, not a firm's
    ("Le fondateur Marco Dell'Acqua ferme 40 boutiques.", set(), {"Marco Dell'Acqua"}),
])
def test_two_capitalised_words_joined_by_an_apostrophe_name_a_firm(text, organisations, people):
    result = analyze(text, language="fr")
    assert ({o.name for o in result.organizations}, {p.name for p in result.people}) == (organisations, people)


def test_a_part_of_a_firm_s_name_the_pipeline_took_alone_is_the_whole_name_known_from_elsewhere():
    text = ("French dry-cleaning chain Pressing Aubert replaces CEO after missing targets\n\nPARIS, Oct 14 (AFP) - "
            "Pressing Aubert, France's second-largest dry-cleaning network, on Tuesday named Julien Mercier as chief "
            "executive.\n\nAubert said it had spent 11 million euros on switching to water-based cleaning.")
    organisation, = analyze(text, language="en").organizations
    assert (organisation.name, organisation.mentions) == ("Pressing Aubert", 3)


@pytest.mark.parametrize(("text", "organisations"), [
    ("Aiko Morimoto ist Absolventin der Keio-Universität.", {"Keio-Universität"}),
    # a German word before the head makes a common noun
    ("Aiko Morimoto lehrte an einer Elite-Universität und an der Partner-Hochschule.", set()),
    ("Nordpaw kauft die österreichische Pfotenhof-Gruppe.", {"Nordpaw", "Pfotenhof-Gruppe"}),
    ("Nordpaw kauft die österreichische Handels-Gruppe.", {"Nordpaw"}),
])
def test_a_university_or_group_compound_of_a_name_german_does_not_know_is_an_organisation(text, organisations):
    assert {o.name for o in analyze(text, language="de").organizations} == organisations


def test_a_centre_named_for_its_topic_is_no_organisation():
    result = analyze("Siemens will 300 Millionen Euro in ein neues KI-Zentrum in München stecken.", language="de")
    assert {o.name for o in result.organizations} == {"Siemens"}


def test_acronym_defined_in_brackets_is_an_alias_and_its_later_mentions_count():
    text = ("Tata Power named a chief executive for Tata Power Renewable Energy Ltd (TPREL). "
            "TPREL has tripled its capacity.")
    orgs = {o.name: o for o in analyze(text, language="en").organizations}
    assert orgs["Tata Power Renewable Energy Ltd"].aliases == ("TPREL",)
    assert orgs["Tata Power Renewable Energy Ltd"].mentions == 3


@pytest.mark.parametrize(("text", "organisations"), [
    # an acronym's parts may be parted by full stops ...
    ("Die Firma erhält ein Förderdarlehen der Investitionsbank Schleswig-Holstein (IB.SH). Die IB.SH fördert viele.",
     {"Investitionsbank Schleswig-Holstein": ("IB.SH",)}),
    # ... but a dotted name in brackets that is no acronym stays apart
    ("Die Firma erhält ein Förderdarlehen der Investitionsbank Schleswig-Holstein (Kiel.Ost). Kiel.Ost fördert viele.",
     {"Investitionsbank Schleswig-Holstein": ()}),
])
def test_an_acronym_with_full_stops_defined_in_brackets_is_an_alias(text, organisations):
    orgs = {o.name: o.aliases for o in analyze(text, language="de").organizations}
    assert {name: orgs.get(name) for name in organisations} == organisations


def test_east_asian_family_name_alone_is_the_person_named_in_full():
    text = "Samsung has hired Park Ji-hoon from SK Hynix. Park, 49, will join Samsung next month."
    people = analyze(text, language="en").people
    assert [(p.name, p.mentions) for p in people] == [("Park Ji-hoon", 2)]


def test_family_name_and_hyphenated_given_name_is_a_person():
    text = '"It will take time," said Choi Do-yeon, an analyst at Mirae Asset Securities.'
    assert [p.name for p in analyze(text, language="en").people] == ["Choi Do-yeon"]


def test_company_named_without_its_trade_is_one_organisation_under_its_full_name():
    text = ("Xinhe Semiconductor has raised 2 billion yuan. Zhou Ming co-founded Xinhe in 2024. "
            "Xinhe expects revenue to double. Xinhe employs 300 people.")
    orgs = analyze(text, language="en").organizations
    assert [(o.name, o.aliases, o.mentions) for o in orgs] == [("Xinhe Semiconductor", ("Xinhe",), 4)]


def test_german_institution_in_the_genitive_and_declined_adjectives_are_undone():
    text = ("Die Übernahme braucht die Zustimmung des Bundeskartellamts. Lindqvist studierte an der Königlich "
            "Technischen Hochschule in Stockholm.")
    names = {o.name for o in analyze(text, language="de").organizations}
    assert {"Bundeskartellamt", "Königlich Technische Hochschule"} <= names


def test_company_after_a_trade_noun_named_twice_is_an_organisation():
    text = ("Hapag-Lloyd übernimmt die Frachtbuchungsplattform Cargonexa. Cargonexa vermittelt Containerstellplätze "
            "zwischen Verladern und Reedereien.")
    assert "Cargonexa" in {o.name for o in analyze(text, language="de").organizations}


@pytest.mark.parametrize("noun", ["Privatbrauerei", "Zahlungsdienstleister"])
def test_any_company_noun_of_the_lexicon_ending_a_compound_names_the_word_after_it(noun):
    text = f"Die Dortmunder {noun} Hellwig stemmt sich gegen den Trend. Hellwig verkauft mehr alkoholfreies Bier."
    assert "Hellwig" in {o.name for o in analyze(text, language="de").organizations}


@pytest.mark.parametrize(("second", "named"), [("Schwarz Digits", False), ("Schwarz", True)])
def test_a_trade_noun_names_no_first_word_of_a_longer_name(second, named):
    text = f"Die Lidl-Mutter Schwarz baut ein Rechenzentrum. Betrieben wird es von {second}."
    spans = {text[s.start:s.end] for s in _named_by_company_nouns(text, language="de")}
    assert ("Schwarz" in spans) is named


@pytest.mark.parametrize(("name", "named"), [("Q-Sense", True), ("Q-sense", False)])
def test_a_single_capital_and_a_hyphen_open_a_name_after_a_trade_noun(name, named):
    text = (f"Die Quantensensor-Firma {name} holt Geld\n\nJENA (dpa) – Das Jenaer Quantentechnologie-Unternehmen "
            f"{name} Photonics hat 47 Millionen Euro eingesammelt. Im Jahr 2025 setzte {name} 6 Millionen Euro um.")
    spans = {text[s.start:s.end] for s in _named_by_company_nouns(text, language="de")}
    assert (name in spans) is named


@pytest.mark.parametrize(("headline", "named"), [("Fernweh Touristik verdient prächtig", True),
                                                  ("Reisen bleiben gefragt", False)])
def test_two_words_after_a_trade_noun_named_twice_are_one_organisation(headline, named):
    text = f"{headline}\n\nKÖLN (dpa) – Der Reiseveranstalter Fernweh Touristik hat mehr verdient."
    spans = {text[s.start:s.end] for s in _named_by_company_nouns(text, language="de")}
    assert ("Fernweh Touristik" in spans) is named


def test_a_known_organisation_wins_over_a_span_that_only_adds_its_company_noun():
    text = "Kessler ordnet den Vorstand neu. Teichmann kommt vom Stuttgarter Zulieferer Mahle."
    assert "Mahle" in {o.name for o in analyze(text, language="de").organizations}
    longer = "Die Medizintechniktochter Siemens Healthineers wächst. Siemens Healthineers baut aus."
    # where the pipeline stops inside the listed name: "Bankhaus Hauck" of "Bankhaus Hauck Aufhäuser Lampe"
    bank = "„Der Preis ist hoch“, urteilte Felix Brandstätter, Analyst beim Bankhaus Hauck Aufhäuser Lampe."
    assert "Hauck Aufhäuser Lampe" in {o.name for o in analyze(bank, language="de").organizations}
    assert "Siemens Healthineers" in {o.name for o in analyze(longer, language="de").organizations}


@pytest.mark.parametrize(("cited", "agency"), [("", False), (", sagte ein Sprecher zu Reuters", True)])
def test_the_agency_a_dateline_credits_is_an_organisation_only_where_the_text_cites_it(cited, agency):
    text = f"Vestas erhält Auftrag\n\nHAMBURG (Reuters) – Vestas liefert 64 Turbinen nach Helgoland{cited}."
    assert ("Reuters" in {o.name for o in analyze(text, language="de").organizations}) is agency


def test_an_unknown_name_that_invests_is_an_organisation_but_a_person_named_in_full_stays_one():
    company = analyze("Quentaro said on Tuesday it would invest £150 million in a new plant in Leeds.", language="en")
    assert "Quentaro" in {o.name for o in company.organizations}
    person = analyze("Brenvik has hired Priya Raman from Google DeepMind.\n\nIn Leeds, Raman said the lab would "
                     "publish much of its work and would invest in robots.", language="en")
    assert "Raman" not in {o.name for o in person.organizations}
    assert [p.name for p in person.people] == ["Priya Raman"]


def test_where_a_person_moves_to_is_an_organisation_but_a_place_stays_a_place():
    text = "Im Herbst war Vuma Saier, zuvor Leiter der Cloud-Sparte von SAP, zu Suen gewechselt."
    assert "Suen" in {o.name for o in analyze(text, language="de").organizations}
    moved = analyze("Priya Raman joined Google in 2019 and moved to Leeds in May.", language="en")
    assert "Leeds" not in {o.name for o in moved.organizations}


def test_a_name_after_a_colon_is_read_in_full():
    text = "Auch im Vertrieb gibt es Bewegung: Wulier Fenaard wechselte von Kuer Ziroen zu BYD."
    assert [p.name for p in analyze(text, language="de").people] == ["Wulier Fenaard"]


def test_unknown_names_take_their_label_from_titles_around_them():
    text = ("Der Zulieferer Kestrel bekommt eine neue Finanzchefin: Namann Gadamann, bisher Leiterin des Controllings "
            "bei Gedoo, übernimmt das Ressort. Nizuberg-Partnerin Zewiier Voruson zieht in den Aufsichtsrat ein. "
            "Mitgründer Vuma Visoa arbeitete zuvor als Radiologe am Lazeen Kaberg.")
    result = analyze(text, language="de")
    assert {"Namann Gadamann", "Zewiier Voruson", "Vuma Visoa"} <= {p.name for p in result.people}
    organisations = {o.name for o in result.organizations}
    assert {"Gedoo", "Lazeen Kaberg"} <= organisations  # a name keeps its "-en": only adjectives decline
    assert "Controllings" not in organisations  # the title's field, before the firm


def test_a_title_s_firm_before_the_place_it_is_in_is_a_firm():
    """Unlike the field before "bei Gedoo" above, a known place after "à" says where the titled firm is."""
    text = ("La coopérative Libraires de l'Ouest grandit. Baptiste Nguyen, gérant de La Grande Marée à Saint-Nazaire, "
            "l'aidera.")
    organisations = analyze(text, language="fr").organizations
    assert "La Grande Marée" in {form for o in organisations for form in (o.name, *o.aliases)}


def test_a_month_of_a_date_without_its_year_is_no_name():
    text = "Die Teilchenwerk GmbH wächst. Zum 1. März kommt Kenji Watanabe als Finanzvorstand."
    result = analyze(text, language="de")
    assert [o.name for o in result.organizations] == ["Teilchenwerk GmbH"]
    assert [p.name for p in result.people] == ["Kenji Watanabe"]


def test_a_company_noun_opening_a_sentence_names_the_firm_after_it_with_its_acronym():
    text = "Der Autozulieferer CD Viier bekommt eine neue Finanzchefin. Die Firma sitzt in Ulm."
    assert "CD Viier" in {o.name for o in analyze(text, language="de").organizations}
    # an acronym before a known word is no part of a name
    assert not {o.name for o in analyze("Der Händler verkauft jetzt auch das neue KI Modell.",
                                        language="de").organizations}


def test_where_a_person_worked_or_left_for_is_an_organisation_but_a_founder_stays_a_person():
    text = ("Vasier a recruté Diier Nuin, passée par Dagen et par Kuberg. Il succède à Brezuley Hame, qui a quitté "
            "Zetoin en janvier pour Meroard. La société a été fondée par Wulier Fenaard.")
    result = analyze(text, language="fr")
    assert {"Dagen", "Kuberg", "Zetoin", "Meroard"} <= {o.name for o in result.organizations}
    assert "Wulier Fenaard" in {p.name for p in result.people}


def test_a_title_or_a_former_employer_in_apposition_makes_a_name_a_person():
    text = ("Gifaard Fitio, Vasier Robotics's CEO, wrote a memo. Its first hires include Lideer Guson, formerly at "
            "Tafeer Dynamics, who will lead hardware work.")
    assert {"Gifaard Fitio", "Lideer Guson"} <= {p.name for p in analyze(text, language="en").people}
    clause = analyze("Rivertide Labs, which hired the CEO of Kestrel Systems, grew fast.", language="en")
    assert "Rivertide Labs" in {o.name for o in clause.organizations}


def test_a_name_grows_over_an_unknown_word_but_not_over_an_honorific_or_a_title():
    mentions = {m.text for m in analyze("Dr. Lasdon met President Bush and Giier Boen.", language="en").entities
                if m.label == "PERSON"}
    assert "Dr. Lasdon" not in mentions and "President Bush" not in mentions
    assert "Giier Boen" in mentions


def test_a_country_that_says_or_plans_stays_a_place():
    result = analyze("Iran said it plans to respond. Iraq expects talks in May.", language="en")
    assert not {"Iran", "Iraq"} & {o.name for o in result.organizations}


def test_a_company_and_its_unit_named_in_one_sentence_stay_two_organisations():
    text = ("Dason has named Namann Gadamann as chief executive of Dason Energy, its grid unit. Dason Energy "
            "employs 40,000 people. Lumora said on Monday that Lumora Photonics would hire. Lumora Optics grew.")
    names = {o.name for o in analyze(text, language="en").organizations}
    assert {"Dason", "Dason Energy"} <= names


@pytest.mark.parametrize(("text", "candidates"), [
    # a capitalised noun inside a sentence that the lemma table does not know, though tagged a common noun
    ("The toy maker Thistledown raised money on Tuesday.", ["Thistledown"]),
    # an adverb or an adjective is a word of the language, capitalised or not
    ("The toy maker, it said, Separately raised money.", []),
    ("The toy maker sold it to a Spanish buyer.", []),
])
def test_an_unknown_capitalised_noun_is_a_candidate_name(text, candidates):
    doc = load_pipeline("en")(text)
    assert [text[s.start:s.end] for s in unknown_names(doc, taken=[], language="en")] == candidates


def test_a_name_that_invests_is_an_organisation_and_the_dateline_before_it_a_place():
    """A verb has one subject: the name next to "will invest" (a place to the pipeline) is a company; the
    dateline's place before it, which the parse makes a second subject, stays a place."""
    text = "HANGZHOU, April 2, 2025 — Paylinea will invest 380 million yuan in cloud infrastructure."
    entities = {(m.text, m.label) for m in analyze(text, language="en").entities}
    assert {("HANGZHOU", "LOC"), ("Paylinea", "ORG")} <= entities


def test_mentions_no_pipeline_saw_do_not_outvote_the_one_it_did():
    text = ("Der Dresdner Halbleiterausrüster Velmora profitiert vom Ausbau der Chipfertigung. Velmora baut Anlagen "
            "für Schichten auf Siliziumscheiben. Velmora liefert an Chipfabriken in Taiwan. Velmora will das Budget "
            "erhöhen. Velmora beschäftigt 900 Menschen.")
    assert "Velmora" in {o.name for o in analyze(text, language="de").organizations}


@pytest.mark.parametrize(("language", "text", "group", "name"), [
    # a company noun in apposition names a firm, unless a relative pronoun only people take follows it
    ("en", "Krafton has hired Julien Marchetti, a French producer who spent 14 years at Ubisoft.", "people",
     "Julien Marchetti"),
    ("en", "Krafton has bought Vantor Studios, a French producer which made three games.", "organizations",
     "Vantor Studios"),
    # a description over adjectives and nouns names a firm, but a verb ends it
    ("fr", "Le fabricant toulousain de drones Aerolis Défense a remporté une commande de la DGA.", "organizations",
     "Aerolis Défense"),
    ("fr", "Le groupe a nommé Jean Dupont au poste de directeur financier.", "people", "Jean Dupont"),
    # a firm run together with the person who leads it is cut, but a noble name stays whole
    ("de", "Geführt wird die Firma Cargonaut von Elif Kaya, die sie 2022 gegründet hat.", "people", "Elif Kaya"),
    ("de", "Am Dienstag sprach Ursula von der Leyen in Brüssel über Chips.", "people", "Ursula von der Leyen"),
    # a company noun that qualifies a title is no company apposition
    ("en", "Some shareholders want more. Jamie Fordyce, a fund manager at Liontrust, said he would back the offer.",
     "people", "Jamie Fordyce"),
    # a company's word opening its name, where a small model saw a place; its founder's family stays a person
    ("fr", "Depuis samedi, les lignes de production des Laboratoires Vernay tournent au ralenti. Le directeur "
           "général du groupe, Rémi Vernay, a parlé.", "organizations", "Laboratoires Vernay"),
    ("fr", "Depuis samedi, les lignes de production des Laboratoires Vernay tournent au ralenti. Le directeur "
           "général du groupe, Rémi Vernay, a parlé.", "people", "Rémi Vernay"),
    ("fr", "Maison Orsane a annoncé mardi la nomination d'une directrice générale.", "organizations", "Maison Orsane"),
])
def test_the_words_around_a_name_say_what_it_is(language, text, group, name):
    assert name in {entity.name for entity in getattr(analyze(text, language=language), group)}


def test_a_firm_run_together_with_the_person_who_leads_it_is_no_person():
    found = analyze("Geführt wird die Firma Cargonaut von Elif Kaya, die sie 2022 gegründet hat.", language="de")
    assert "Cargonaut von Elif Kaya" not in {p.name for p in found.people}


def test_a_german_noun_the_lemma_table_misses_is_no_name_but_an_unknown_word_is():
    text = "Der Chef von Halvora, der an der TU Dresden {} studiert hat, führt das Unternehmen seit 2019."
    names = {e.text for e in analyze(text.format("Physik"), language="de").entities}
    assert "Physik" not in names  # a common noun in GermEval (data/de_nouns.txt)
    assert "Quarnex" in {e.text for e in analyze(text.format("bei Quarnex"), language="de").entities}


@pytest.mark.parametrize(("preposition", "firm"), [("chez", True), ("à", False)])
def test_a_name_after_chez_is_a_firm_even_where_the_pipeline_sees_a_place(preposition, firm):
    text = (f"Diplômée de VMB Zezuo, Wulier Fenaard a rejoint l'entreprise en 2019 après dix ans {preposition} "
            "Broruo.\n\nLe directeur général, Zeniier Broloberg, a confirmé la stratégie.")
    assert ("Broruo" in {o.name for o in analyze(text, language="fr").organizations}) is firm


def test_a_german_name_that_opens_a_sentence_and_hires_is_a_firm_where_the_pipeline_saw_a_place():
    firm = ("Montaro holt eine Managerin von Zalando. Der Onlinehändler Montaro wächst seit Jahren. Montaro liegt im "
            "Trend. Montaro gilt als teuer. Montaro bleibt stark. In Montaro arbeiten 900 Menschen.")
    assert "Montaro" in {o.name for o in analyze(firm, language="de").organizations}
    place = ("Montaro liegt am Meer. Montaro gilt als teuer. Montaro bleibt stark. In Montaro arbeiten 900 Menschen. "
             "Viele Touristen besuchen Montaro.")
    assert not analyze(place, language="de").organizations


def test_a_title_case_headline_names_only_what_the_body_names_but_a_sentence_case_one_keeps_its_names():
    body = ("\n\nBrenvik Airlines said on Monday it orders 60 jets and hired Tom Reed, a Lufthansa veteran, to run "
            "operations.")
    title_case = analyze("Brenvik Airlines Orders 60 Jets, Lures Lufthansa Veteran as Operations Chief" + body,
                         language="en")
    assert {o.name for o in title_case.organizations} == {"Brenvik Airlines", "Lufthansa"}
    assert [p.name for p in title_case.people] == ["Tom Reed"]
    sentence_case = analyze("Airbus hires Lufthansa veteran as operations chief\n\nThe planemaker said Tom Reed "
                            "starts in May.", language="en")
    assert {"Airbus", "Lufthansa"} <= {o.name for o in sentence_case.organizations}


def test_a_name_named_elsewhere_with_a_legal_form_is_that_organisation_and_no_person():
    text = ("Ekholm Stål gives go-ahead for 32 billion crown steel plant in Luleå\n\nSTOCKHOLM, Nov 24 (Reuters) - "
            "Swedish green steel start-up Ekholm Stål AB said on Tuesday it had taken a final investment decision. "
            "\"This is the day,\" Ekholm's chief executive Ingrid Sjöberg said in an interview.")
    result = analyze(text, language="en")
    assert [p.name for p in result.people] == ["Ingrid Sjöberg"]  # not "Ekholm Stål"
    assert len([o for o in result.organizations if o.name.startswith("Ekholm")]) == 1


def test_an_acronym_defined_after_a_declined_name_is_its_alias():
    text = "Sie hatten sich als Doktoranden an der Technischen Universität München (TUM) kennengelernt."
    assert [(o.name, "TUM" in o.aliases) for o in analyze(text, language="de").organizations] == [
        ("Technische Universität München", True)]


def test_what_a_firm_is_based_in_is_a_place():
    text = "The Copenhagen-based group said on Thursday that it would order ships. Shares fell 3% in Copenhagen."
    assert "Copenhagen" not in {o.name for o in analyze(text, language="en").organizations}


def test_french_adjectives_after_a_company_noun_describe_the_firm_but_german_words_after_one_do_not():
    french = "La coopérative laitière bretonne Terres de l'Ouest a élu mercredi un nouveau président."
    assert "Terres de l'Ouest" in {o.name for o in analyze(french, language="fr").organizations}
    german = "Der Frankfurter Baukonzern profitiert vom Bahn- und Netzausbau."
    assert not analyze(german, language="de").organizations


@pytest.mark.parametrize(("text", "names"), [
    # demonyms and a noun for a company or a person describe a name and are none
    ("HAMBURG, 5. März 2026 (dpa) – Die Hamburger Containerreederei Nordstern Container Line (NCL) hat 2025 weniger "
     "verdient.", ["Nordstern Container Line"]),
    ("Neu im Aufsichtsrat sind die frühere Reederin Anke Thiessen und die Hamburger Juristin Fatima Benali.", []),
    # a hyphenated compound ends in its company noun as a closed one does
    ("Der Ulmer Rüstungselektronik-Hersteller Danubia Defence Electronics wächst.", ["Danubia Defence Electronics"]),
    # an organisation word makes a name of a demonym, unless the name it describes follows
    ("Die Berliner Bank meldet Zahlen.", ["Berliner Bank"]),
    ("Die Berliner Neobank Transferia meldet Zahlen.", ["Transferia"]),
    # a common noun cut before "und" opens such a description; a firm's name cut so is a name
    ("Er war Produktionschef beim Solinger Besteck- und Flaschenöffnerhersteller Wenger Metallwaren GmbH.",
     ["Wenger Metallwaren GmbH"]),
])
def test_a_german_description_before_a_name_is_no_name_of_its_own(text, names):
    assert [o.name for o in analyze(text, language="de").organizations] == names


def test_a_name_in_s_before_a_word_is_no_genitive_where_the_two_words_are_a_name_given_elsewhere():
    text = ("Orbis Wehrtechnik erhält einen Auftrag\n\nDer Kasseler Rüstungskonzern Orbis Wehrtechnik hat einen "
            "Auftrag erhalten. \"Das ist ein Meilenstein für Orbis\", sagte der Chef. Orbis baut ein Werk.")
    assert all(not o.name.startswith("Orbi ") and o.name != "Orbi" for o in analyze(text, language="de").organizations)
    genitive = "Xiaomi wächst. Xiaomis Umsatz stieg 2024 kräftig."
    assert [o.name for o in analyze(genitive, language="de").organizations] == ["Xiaomi"]
    # nor where the article never writes the name without its -s
    argus = "Der Essener Dienstleister Argus Sicherheitsdienste wächst. Argus erwirtschaftete 2025 mehr als je zuvor."
    assert "Argu" not in {o.name for o in analyze(argus, language="de").organizations}


@pytest.mark.parametrize(("text", "name"), [
    # a name the pipeline split after a lower-case word is one name
    ("Markus Treiber, Professor an der Universität der Bundeswehr München, sagte das.",
     "Universität der Bundeswehr München"),
    # the noun after "Luft- und" is the name's, not a subject studied there
    ("Elena Marković kam vom Deutschen Zentrum für Luft- und Raumfahrt nach München.",
     "Deutsches Zentrum für Luft- und Raumfahrt"),
    ("Jonas Petersen hat an der TU München Chemieingenieurwesen studiert.", "TU München"),
])
def test_a_german_institution_s_name_runs_over_its_inner_words_but_not_past_them(text, name):
    assert [o.name for o in analyze(text, language="de").organizations] == [name]


def test_a_german_company_compound_opening_a_name_describes_it_where_the_article_names_the_rest_alone():
    airline = "Die Ferienfluggesellschaft Rheinflug wächst. Rheinflug bestellt 24 Jets bei Airbus."
    assert "Rheinflug" in {o.name for o in analyze(airline, language="de").organizations}
    bank = "Die Landesbank Baden-Württemberg hat 2025 mehr verdient. Die Landesbank Baden-Württemberg zahlt mehr."
    assert {o.name for o in analyze(bank, language="de").organizations} == {"Landesbank Baden-Württemberg"}


@pytest.mark.parametrize("noun", ["Start-ups", "Konzerns", "Unternehmens"])
def test_a_german_company_noun_in_the_genitive_is_no_name(noun):
    result = analyze(f"Kestrel investiert. Partnerin Sofie Lindahl zieht in den Beirat des {noun} ein.", language="de")
    assert noun not in {o.name for o in result.organizations}


def test_a_company_noun_inside_a_name_before_an_organisation_word_describes_nothing():
    text = "Shares were placed with the National Reconstruction Fund Corporation (NRFC), the government-backed lender."
    assert "National Reconstruction Fund Corporation" in {o.name for o in analyze(text, language="en").organizations}


@pytest.mark.parametrize(("full", "found"), [("Der Stahlhersteller Niederrhein Stahl meldet Verluste.", True),
                                             ("Der Stahlhersteller meldet Verluste.", False)])
def test_a_known_organisation_s_name_outweighs_a_place_the_pipeline_saw_inside_it(full, found):
    text = f"Indischer Konzern steigt bei Niederrhein Stahl ein\n\n{full} Die Aktie von Niederrhein Stahl stieg."
    result = analyze(text, language="de")
    org = next((o for o in result.organizations if o.name == "Niederrhein Stahl"), None)
    assert (org is not None and org.mentions == 3) is found


@pytest.mark.parametrize(("opening", "named"), [("Neue Produktionsvorständin", False), ("Neue Zürcher Zeitung", True)])
def test_a_word_that_dates_a_title_and_the_title_name_nobody(opening, named):
    result = analyze(f"Falkenwerk rüstet auf. {opening} wird Bettina Hollmann zitiert.", language="de")
    assert (opening in {o.name for o in result.organizations}) is named


@pytest.mark.parametrize(("noun", "named"), [("Französin", False), ("Commerzbank", True)])
def test_a_german_nationality_noun_after_an_article_is_no_organisation(noun, named):
    result = analyze(f"Émilie Fournier übernimmt das Finanzressort. Die {noun} war bis 2024 dort tätig.", language="de")
    assert (noun in {o.name for o in result.organizations}) is named


@pytest.mark.parametrize(("noun", "named"), [("Norvégienne", False), ("Redoute", True)])
def test_a_french_nationality_noun_after_an_article_is_no_organisation(noun, named):
    result = analyze(f"Glissalp lève des fonds. Fondée en 2021 par Baptiste Rey-Millet et la {noun}, la start-up "
                     "réalise 3 millions d'euros de chiffre d'affaires.", language="fr")
    assert (noun in {o.name for o in result.organizations}) is named


@pytest.mark.parametrize(("second", "organisations"), [
    # a listed firm's name that is a person's family name here, with an age after it, is the person
    ("Sandoz, 52, spent 14 years at Rolex.", {"Rolex"}),
    ("Sandoz spent 14 years at Rolex.", {"Sandoz", "Rolex"}),  # (no word says person: the listed firm stays)
])
def test_a_listed_firm_s_name_is_a_person_where_words_around_it_say_so(second, organisations):
    result = analyze(f"The firm named Béatrice Sandoz as chief executive. {second}", language="en")
    assert {o.name for o in result.organizations} == organisations


def test_a_title_beside_a_one_word_person_is_no_part_of_the_name():
    result = analyze("Seither hatte Finanzvorständin Hanna Lehtonen das Unternehmen geführt.", language="de")
    assert [p.name for p in result.people] == ["Hanna Lehtonen"]


@pytest.mark.parametrize(("dateline", "named"), [("DUISBURG", False), ("ESSEN", True)])
def test_a_lone_german_city_demonym_of_a_place_the_article_names_is_no_organisation(dateline, named):
    text = (f"{dateline} (Reuters) – Niederrhein Stahl holt einen Aktionär. Er zieht in den Aufsichtsrat der "
            "Duisburger ein.")
    assert ("Duisburger" in {o.name for o in analyze(text, language="de").organizations}) is named


@pytest.mark.parametrize(("declined", "nominative"), [
    ("Fraunhofer-Instituts für Materialfluss und Logistik", "Fraunhofer-Institut für Materialfluss und Logistik"),
    ("Bundeskartellamts", "Bundeskartellamt"),
    ("Hochschulrats für Technik", "Hochschulrat für Technik"),
    ("Max-Planck-Institut für Physik", "Max-Planck-Institut für Physik"),
    ("des Karlsruher Instituts für Technologie", "Karlsruher Institut für Technologie"),
    ("des Instituts für Weltwirtschaft", "Institut für Weltwirtschaft"),
    ("des Bundesverbands Schmuck und Uhren", "Bundesverband Schmuck und Uhren"),  # before the trade it is for
    # before a genitive of its own
    ("des Zentralverbands des Deutschen Pfandkreditgewerbes", "Zentralverband des Deutschen Pfandkreditgewerbes"),
    ("Deutsches Zentrum des Rechts", "Deutsches Zentrum des Rechts"),  # a nominative stays as it is
    ("Zentrums für Weltwirtschaft", "Zentrum für Weltwirtschaft"),
    ("Amtsgerichts", "Amtsgericht"),
    ("Bundesverband Schmuck und Uhren", "Bundesverband Schmuck und Uhren"),  # a nominative stays as it is
    # after adjectives, whose ending then follows the noun's gender; before a plural's adjective
    ("des Statistischen Bundesamts", "Statistisches Bundesamt"),
    ("des Bundes deutscher Hochzeitsplaner", "Bund deutscher Hochzeitsplaner"),
    ("des Handelsblatts", "Handelsblatt"),
])
def test_an_institution_in_the_genitive_is_named_in_the_nominative(declined, nominative):
    assert base_form(declined, label="ORG", language="de") == nominative


@pytest.mark.parametrize(("declined", "nominative"), [
    ("der Europäische Investitionsfonds", "Europäischer Investitionsfonds"),  # "Fonds" is masculine
    ("das Europäische Zentrum für Wettervorhersage", "Europäisches Zentrum für Wettervorhersage"),
    ("Deutsche Wetterdienst", "Deutscher Wetterdienst"),
    ("Der Deutsche Camping-Club", "Deutscher Camping-Club"),  # "Club" is masculine
    ("die Europäische Kommission", "Europäische Kommission"),  # a feminine noun keeps the weak ending
    ("Bayerische Landesbank", "Bayerische Landesbank"),
    # every adjective of the name, also a hyphenated one
    ("der Norwegischen Technisch-Naturwissenschaftlichen Universität",
     "Norwegische Technisch-Naturwissenschaftliche Universität"),
    ("der Rheinisch-Westfälischen Technischen Hochschule", "Rheinisch-Westfälische Technische Hochschule"),
])
def test_an_adjective_of_a_name_after_der_or_das_takes_the_ending_it_has_without_an_article(declined, nominative):
    assert base_form(declined, label="ORG", language="de") == nominative


def test_an_institute_in_the_genitive_with_what_it_is_for_is_one_name():
    text = "Henrik Aaltonen war Forscher des Fraunhofer-Instituts für Zuverlässigkeit und Mikrointegration in Berlin."
    names = {o.name for o in analyze(text, language="de").organizations}
    assert "Fraunhofer-Institut für Zuverlässigkeit und Mikrointegration" in names


@pytest.mark.parametrize(("language", "text", "name", "named"), [
    ("de", "Aylin Demir kommt vom Logistikkonzern Kuehne+Nagel.", "Kuehne+Nagel", True),
    ("de", "Der Düngerhersteller K+S baut Stellen ab.", "K+S", True),
    ("de", "Thorsten Kleinert wechselt zu 1&1.", "1&1", True),
    ("en", "Maria Lopez left AT&T last year.", "AT&T", True),
    ("de", "Die F&E-Ausgaben von Siemens steigen.", "F&E", False),
    ("en", "Siemens raised its R&D budget and its M&A team grew.", "R&D", False),
    ("en", "Siemens raised its R&D budget and its M&A team grew.", "M&A", False),
    ("en", "Moss said the price was fair.\n\nS&P Global Ratings said it would act.", "S&P", False),
    # spaced, two names about the "&" (with a legal form after them, one name), not two words of the language
    ("de", "Die Polsterwerkstatt Nowak & Weiß aus Leipzig ist gerettet.", "Polsterwerkstatt Nowak & Weiß", True),
    ("de", "Beim Bilderrahmenhersteller Lindemann & Roth AG kommt es zum Wechsel.", "Lindemann & Roth AG", True),
    ("de", "Die Ausgaben für Forschung & Entwicklung steigen bei Siemens.", "Forschung & Entwicklung", False),
    # names no pipeline found, joined by a spaced "&" into one, not cut into two firms at it
    ("en", "LONDON (Reuters) - Halloran & Voss Brass, the Birmingham-based maker of trumpets and trombones, said on "
     "Thursday it had agreed to buy Czech rival Moravia Brassworks.", "Halloran & Voss Brass", True),
    ("en", "LONDON (Reuters) - Halloran & Voss Brass, the Birmingham-based maker of trumpets and trombones, said on "
     "Thursday it had agreed to buy Czech rival Moravia Brassworks.", "Voss Brass", False),
])
def test_words_joined_by_a_plus_or_ampersand_name_a_company_unless_listed_as_no_name(language, text, name, named):
    assert (name in {o.name for o in analyze(text, language=language).organizations}) is named


@pytest.mark.parametrize(("text", "name", "absent"), [
    # a compound company noun before a name describes it, with the demonym before it
    ("Sie war bis 2022 Finanzchefin des Osloer Satellitenbetreibers Nordlys Satcom.", "Nordlys Satcom", "Osloer"),
    # at a name's end it is part of the name
    ("Die Berliner Volksbank meldet Gewinne. Kunden der Berliner Volksbank sind zufrieden.", "Berliner Volksbank",
     "Berliner"),
])
def test_a_german_company_compound_before_a_name_describes_it_and_is_no_part_of_it(text, name, absent):
    names = {o.name for o in analyze(text, language="de").organizations}
    assert name in names
    assert absent not in names


@pytest.mark.parametrize(("text", "name"), [
    ("Kritik kam von der Eisenbahn- und Verkehrsgewerkschaft (EVG).", "Eisenbahn- und Verkehrsgewerkschaft"),
    ("Der Hauptverband der Deutschen Bauindustrie (HDB) erwartet Wachstum.", "Hauptverband der Deutschen Bauindustrie"),
    ("Daneben waren HV Capital und der High-Tech Gründerfonds (HTGF) beteiligt.", "High-Tech Gründerfonds"),
])
def test_a_full_name_before_its_acronym_in_brackets_is_one_organisation(text, name):
    assert name in {o.name for o in analyze(text, language="de").organizations}


def test_a_french_full_name_with_adjectives_in_lower_case_before_its_acronym_is_one_organisation():
    text = "Elle est diabétologue aux Hôpitaux universitaires de Genève (HUG) depuis 2019."
    assert {text[s.start:s.end] for s in _spelt_out_names(text)} == {"Hôpitaux universitaires de Genève"}


@pytest.mark.parametrize("text", [
    "Das sagte Frank Weiland (EVG) am Montag.",  # the acronym's letters are not the name's
    "Samsung baut Linien für High Bandwidth Memory (HBM).",  # a term the lexicon lists as no name
    "Le groupe vend des Herbes utiles de Genève et galettes (HUG) en ligne.",  # lower-case words, other initials
])
def test_words_before_an_acronym_that_do_not_spell_it_out_are_no_organisation(text):
    spelt_out = {text[s.start:s.end] for s in _spelt_out_names(text)}
    assert spelt_out == set()


@pytest.mark.parametrize(("text", "name"), [
    ("Diplômé de l'université nationale Tsing Hua, il rejoint Sorelis.", "université nationale Tsing Hua"),
    ("Ancien de l'université technique de Munich, il rejoint Sorelis.", "université technique de Munich"),
    ("Diplômé de l'université RWTH d'Aix-la-Chapelle, il rejoint Sorelis.", "université RWTH d'Aix-la-Chapelle"),
])
def test_a_french_university_written_in_lower_case_before_its_name_is_one_organisation(text, name):
    assert name in {o.name for o in analyze(text, language="fr").organizations}


@pytest.mark.parametrize("text", [
    "Il a étudié dans une université technique avant de rejoindre Sorelis.",
    # the place a school is at is no name of it
    "Sorelis a levé des fonds. Le groupe a ouvert sa propre école interne à Briare avant de rejoindre Sorelis.",
])
def test_a_lower_case_university_with_no_name_after_it_is_no_organisation(text):
    assert {o.name for o in analyze(text, language="fr").organizations} == {"Sorelis"}


@pytest.mark.parametrize(("language", "text", "person", "organisation"), [
    # after a preposition a firm follows, a word that starts no person's name runs on into a full name
    ("fr", "Orbitalis a débauché chez Arianespace Laure Chassagne, jusqu'ici responsable des ventes.",
     "Laure Chassagne", "Arianespace"),
    # an East Asian name opens with its family name
    ("fr", "« Il faut produire », a indiqué à Reuters Zhou Wenjie, président de Lanyu Power.", "Zhou Wenjie",
     "Reuters"),
    # a person's own name stays whole, and so does a firm named for a person
    ("en", "Hanoi-based Lotus Bay said Tran Minh Quang, its chief executive, would stay.", "Tran Minh Quang", None),
    ("fr", "La Fondation Pierre Fabre a débauché chez Sanofi Laure Chassagne.", "Laure Chassagne",
     "Fondation Pierre Fabre"),
])
def test_a_firm_run_on_into_a_person_s_full_name_is_split_off(language, text, person, organisation):
    result = analyze(text, language=language)
    assert person in {p.name for p in result.people}
    assert organisation is None or organisation in {o.name for o in result.organizations}


@pytest.mark.parametrize(("language", "text", "organisations"), [
    # an organisation's word ends the name: no firm ("West") run on into a person ("Virginia University")
    ("en", "Nathaniel Pruitt, a professor of glass engineering at West Virginia University, said so.",
     {"West Virginia University"}),
    ("fr", "Orbitalis a débauché chez Arianespace Laure Chassagne.", {"Orbitalis", "Arianespace"}),
])
def test_a_name_that_an_organisation_s_word_ends_is_no_firm_run_on_into_a_person(language, text, organisations):
    assert {o.name for o in analyze(text, language=language).organizations} == organisations


def test_a_reinsurer_s_re_ends_its_name():
    text = ("LONDON (Reuters) - Harwick Re named Katharina Vogelsang as chief executive. Priya Raghunathan joins "
            "from Swiss Re.")
    names = {o.name for o in analyze(text, language="en").organizations}
    assert {"Harwick Re", "Swiss Re"} <= names


@pytest.mark.parametrize(("text", "named"), [
    # (a name no list knows: well-known brokers such as Jefferies are organisations wherever they stand)
    ("Shares rose.\n\nKellwick analyst Marc-Antoine Leclercq was more cautious.", True),
    ("Shares rose.\n\nKellwick said on Monday that it was more cautious.", False),
])
def test_a_paragraph_s_first_word_before_a_title_and_a_full_name_is_a_firm(text, named):
    assert ("Kellwick" in {o.name for o in analyze(text, language="en").organizations}) is named


def test_a_given_name_before_a_surname_the_pipeline_took_for_a_place_is_a_person():
    text = "Die Bewertung sei hoch, schrieb Anders Nyberg, Analyst bei Kepler Cheuvreux, in einer Kurzstudie."
    result = analyze(text, language="de")
    assert "Anders Nyberg" in {p.name for p in result.people}
    assert "Nyberg" not in {o.name for o in result.organizations}


@pytest.mark.parametrize(("text", "person"), [
    ("Gegründet haben die Firma Jonas Feldhaus und Mei Lin Chen.", "Mei Lin Chen"),  # two given names
    ("Gegründet haben die Firma Jonas Feldhaus und Anna Maria Schmidt.", "Anna Maria Schmidt"),
    ("Gegründet hat die Firma Jonas Feldhaus Group.", "Jonas Feldhaus"),  # an organisation's word ends no name
])
def test_two_given_names_run_on_into_the_family_name(text, person):
    assert person in {text[s.start:s.end] for s in _people_by_shape(text, language="de")}


def test_a_person_noun_in_an_apposition_with_no_article_is_nobody():
    text = "Neue Chefin ist Ana Ferreira. Ferreira, gebürtige Portugiesin, studierte an der RWTH Aachen."
    people = {p.name for p in analyze(text, language="de").people}
    assert people == {"Ana Ferreira"}


def test_a_given_name_the_pipeline_left_apart_from_the_family_name_joins_it_but_two_places_stay_apart():
    text = "Marta Zielińska and Warsaw Poznań"
    spans = [Span(0, 5, "LOC"), Span(6, 15, "LOC"), Span(20, 26, "LOC"), Span(27, 33, "LOC")]
    joined = _rejoined(spans, text=text, language="en")
    assert [text[s.start:s.end] for s in joined] == ["Marta Zielińska", "Warsaw", "Poznań"]
    result = analyze("Wyspa's two founders, Marta Zielińska and Kacper Dudek, both former developers at CD Projekt, "
                     "will stay on to run the studio, Kestrel said on Monday.", language="en")
    assert {"Marta Zielińska", "Kacper Dudek"} <= {p.name for p in result.people}


@pytest.mark.parametrize(("language", "text", "organisation", "person"), [
    ("en", "Grupo Altamira will buy a stake in Darlac, Lucia Altamira said.", "Grupo Altamira", "Lucia Altamira"),
    ("de", "Auch die Rheinauen Kliniken geben Häuser ab, sagte Anna Rheinauen.", "Rheinauen Kliniken",
     "Anna Rheinauen"),
    ("en", "Rivals such as Capella Space have raised more, said Anna Capella.", "Capella Space", "Anna Capella"),
    ("de", "Rolf Emmerich ist zum Wartungsspezialisten Saxon Aero Services gewechselt.", "Saxon Aero Services",
     "Rolf Emmerich"),
])
def test_a_name_with_a_word_organisations_are_named_with_is_no_person(language, text, organisation, person):
    result = analyze(text, language=language)
    assert organisation in {o.name for o in result.organizations}
    assert {p.name for p in result.people} == {person}


def test_a_name_before_a_founding_noun_is_a_person_but_before_founded_a_company():
    text = ("„Das ist der Beweis“, sagte Geschäftsführer Jonas Rademacher. Rademacher war vor der Gründung 2020 "
            "Projektleiter bei Airbus. Kestrova wurde 2020 in Bremen gegründet.")
    result = analyze(text, language="de")
    assert "Kestrova" in {o.name for o in result.organizations}
    assert "Rademacher" not in {o.name for o in result.organizations}
    assert "Jonas Rademacher" in {p.name for p in result.people}


@pytest.mark.parametrize(("text", "organisation"), [
    ("Er war Projektleiter beim Bremer Satellitenbauer OHB.", "OHB"),
    ("Er war Analyst bei der Landesbank Baden-Württemberg.", "Landesbank Baden-Württemberg"),
    # a compound head that names a firm only at a compound's end ("Bauer" alone is a family name)
    ("Den Auftrag erhielt der Vorarlberger Seilbahnbauer Doppelmayr.", "Doppelmayr"),
    ("Die Bauer Gruppe wächst.", "Bauer Gruppe"),
])
def test_a_german_company_noun_opening_a_span_describes_the_name_unless_such_nouns_open_names(text, organisation):
    assert [o.name for o in analyze(text, language="de").organizations] == [organisation]


@pytest.mark.parametrize(("text", "organisations", "people"), [
    # a compound whose head names a firm only at a compound's end describes the name after it as a firm's ...
    ("Der französische Fassbauer Tonnellerie Vauclair übernimmt die Firma.", ["Tonnellerie Vauclair"], []),
    # ... the head alone does not ("Bauer" is a farmer)
    ("Der Bauer Franz Huber verkauft Milch.", [], ["Franz Huber"]),
])
def test_a_german_compound_head_before_a_name_votes_for_a_firm(text, organisations, people):
    result = analyze(text, language="de")
    assert ([o.name for o in result.organizations], [p.name for p in result.people]) == (organisations, people)


@pytest.mark.parametrize(("text", "named"), [
    # a common noun a trade noun names, and the article names bare again, is the firm's name ...
    ("Die Wiener Tanzschulkette Parkett sammelt Geld ein. Parkett betreibt derzeit 23 Tanzschulen.", True),
    # ... not where an article stands before it
    ("Die Wiener Tanzschulkette Parkett sammelt Geld ein. Das Parkett in den Sälen ist neu.", False),
])
def test_a_german_common_noun_named_bare_after_a_trade_noun_is_a_firm(text, named):
    assert ("Parkett" in {o.name for o in analyze(text, language="de").organizations}) is named


def test_a_german_cue_noun_the_pipeline_took_for_a_person_is_no_name():
    assert [p.name for p in analyze("Sie ist Absolventin der ETH Zürich.", language="de").people] == []


@pytest.mark.parametrize(("text", "region"), [
    ("Karim Haddad, directeur Europe de Qianlu, a parlé.", "Europe de "),
    ("Le rapport Europe de Qianlu est paru.", ""),  # no title before: the span may be a name
    ("Karim Haddad, directeur Karim de Qianlu, a parlé.", ""),  # no region
])
def test_a_region_after_a_title_belongs_to_the_title_and_what_follows_is_its_organisation(text, region):
    start = text.index(" ", text.index("directeur") if "directeur" in text else text.index("rapport")) + 1
    assert text[start:start + _region_of_a_title(text, start, language="fr")] == region


def test_an_outlet_run_together_with_the_person_after_it_is_cut_off():
    result = analyze("« Cet argent nous permet de passer au chantier », a déclaré à l'AFP Margaux Le Bihan, présidente "
                     "et cofondatrice de Kerwatt.", language="fr")
    assert [p.name for p in result.people] == ["Margaux Le Bihan"]
    assert "AFP" in {o.name for o in result.organizations}


def test_a_given_name_the_pipeline_took_for_a_nationality_is_the_person_s():
    text = ("Alpenkamm orders a gondola.\n\n\"Our guests expect a lift that runs in strong wind and a slope that has "
            "snow in December. Both cost money,\" said Alpenkamm chief executive Florian Gruber.\n\nGruber, a graduate "
            "of the Vienna University of Economics and Business, took over in June from Elisabeth Rainer.")
    assert {p.name for p in analyze(text, language="en").people} == {"Florian Gruber", "Elisabeth Rainer"}


@pytest.mark.parametrize(("before", "cited"), [
    ("sagte der ", True),
    ("„Wir haben die Mittel“, sagte Albrecht der ", True),  # the speaker between, the outlet in the dative
    ("„Wir haben die Mittel“, traf Albrecht der ", False),
])
def test_an_outlet_a_speaker_tells_is_cited(before, cited):
    assert bool(_citation().search(before)) is cited


def test_a_news_agency_told_something_is_nobody_s_employer():
    text = ("Helionyx wächst. Die Gründerin Katharina Albrecht lobt das Team. „Wir haben jetzt die Mittel“, sagte "
            "Albrecht der Deutschen Presse-Agentur.")
    people = {p.name: [a.organization for a in p.affiliations] for p in analyze(text, language="de").people}
    assert "Deutsche Presse-Agentur" not in people["Katharina Albrecht"]


def test_a_title_for_a_region_leaves_no_person_named_after_the_region():
    result = analyze("L'implantation européenne du groupe est pilotée depuis Paris par Karim Haddad, directeur Europe "
                     "de Qianlu, débauché chez Valeo en 2024.", language="fr")
    assert [p.name for p in result.people] == ["Karim Haddad"]
    assert "Qianlu" in {o.name for o in result.organizations}


@pytest.mark.parametrize(("language", "text", "organisation", "not_a_person"), [
    # people do not own people: a one-word name whose possessive comes before a full name is a firm
    ("en", "Kestrel grows. Bernstein’s Sara Lindqvist said the budget would help.", "Bernstein", "Bernstein"),
    # a listed name's own "'s", straight or curly, stays in the name before a title compound
    ("de", "Die Fibrenord GmbH wächst. Eine Herabstufung drohe, schrieb Moody’s-Analystin Sophie Marchetti.",
     "Moody's", "Moody"),
])
def test_a_possessive_before_a_person_names_an_organisation(language, text, organisation, not_a_person):
    result = analyze(text, language=language)
    assert organisation in {o.name for o in result.organizations}
    assert not_a_person not in {p.name for p in result.people} | {o.name for o in result.organizations} - {organisation}


def test_honorifics_before_a_name_are_no_name_of_their_own():
    result = analyze("Der Militärökonom Prof. Dr. Yusuf Demir von der Helmut-Schmidt-Universität warnt.", language="de")
    assert [p.name for p in result.people] == ["Yusuf Demir"]


@pytest.mark.parametrize(("text", "person"), [
    ("Die Hauptversammlung wählte Generalleutnant a. D. Jörg Vollrath in den Aufsichtsrat.", "Jörg Vollrath"),
    ("Die Hauptversammlung wählte Dr. D. Müller in den Aufsichtsrat.", "D. Müller"),  # an initial of the name
])
def test_a_rank_s_abbreviation_ending_in_a_capital_is_no_initial_of_the_name(text, person):
    assert [p.name for p in analyze(text, language="de").people] == [person]


@pytest.mark.parametrize(("text", "people"), [
    ("Qingluo is considering a listing in Hong Kong when markets allow, said Zhao Lin.", ["Zhao Lin"]),
    ("Qingluo hired Hong Li in May, said Zhao Lin.", ["Hong Li", "Zhao Lin"]),
])
def test_a_name_after_in_that_only_looks_like_a_person_s_is_a_place(text, people):
    assert sorted(p.name for p in analyze(text, language="en").people) == people


@pytest.mark.parametrize(("language", "text", "organisation"), [
    ("fr", "Selon Marta Oliveira, directrice du développement d'Accor pour l'Europe du Sud, la Riviera attire.",
     "Accor"),
    ("fr", "Selon Marta Oliveira, directrice de la Fondation pour la recherche médicale, la Riviera attire.",
     "Fondation pour la recherche médicale"),  # no region: the name goes on
])
def test_a_region_a_title_is_for_ends_the_organisation_s_name(language, text, organisation):
    assert organisation in {o.name for o in analyze(text, language=language).organizations}


@pytest.mark.parametrize(("text", "organisations"), [
    # a possessor before a name the article also uses alone is no part of it
    ("India's Sundaram Group to invest in hydrogen\nSundaram Group said on Monday it would build a plant.",
     {"Sundaram Group"}),
    ("Germany’s Siemens Energy will supply the electrolysers, Siemens Energy said.", {"Siemens Energy"}),
    # a name with a possessive whose rest the article never uses alone stays whole
    ("Moody's Investors Service cut the rating of Brenvik on Monday.", {"Moody's Investors Service", "Brenvik"}),
])
def test_a_possessor_before_a_name_used_alone_is_cut_off(text, organisations):
    assert {o.name for o in analyze(text, language="en").organizations} == organisations


def test_a_possessor_before_a_person_s_name_used_alone_is_no_part_of_it():
    text = ("Brightwell poaches Haleon's Raman as CEO\n\nBrightwell said it had hired Priya Raman from Haleon. Raman "
            "starts in April.")
    assert [p.name for p in analyze(text, language="en").people] == ["Priya Raman"]


def test_a_german_company_noun_compound_before_a_name_describes_it_but_an_exchange_s_own_name_stays():
    text = ("Kryptobörse Kryptaro wächst\nDie Frankfurter Kryptobörse Kryptaro hatte Aarav Mehta 2017 gegründet. "
            "Kryptaro will an die Frankfurter Börse.")
    result = analyze(text, language="de")
    assert {o.name for o in result.organizations} == {"Kryptaro", "Frankfurter Börse"}
    assert [p.name for p in result.people] == ["Aarav Mehta"]


@pytest.mark.parametrize(("text", "organisations"), [
    # the word before a colon that opens a headline is its topic ...
    ("Horlogerie : Maison Valdoré nomme un directeur\n\nMaison Valdoré a nommé Thibault Reymond.", {"Maison Valdoré"}),
    # ... also with lower-case words before the colon ...
    ("Robotique d'entrepôt : Robopack lève 45 millions d'euros\n\nLa société Robopack a levé 45 millions d'euros.",
     {"Robopack"}),
    # ... unless the article names it again
    ("Renault : Maison Valdoré signe\n\nMaison Valdoré a signé avec Renault.", {"Maison Valdoré", "Renault"}),
])
def test_a_headline_s_topic_before_a_colon_is_no_organisation(text, organisations):
    assert {o.name for o in analyze(text, language="fr").organizations} == organisations


def test_a_german_title_after_a_given_name_and_a_description_before_a_name_are_no_names():
    text = ("Die Forscherin Amira Khalil kam 2021 zu Immunova. Bis dahin war Khalil Forschungsleiterin beim Tübinger "
            "Konkurrenten CureVac.")
    result = analyze(text, language="de")
    assert [p.name for p in result.people] == ["Amira Khalil"]
    assert {o.name for o in result.organizations} == {"Immunova", "CureVac"}


def test_a_manufactory_is_a_company_noun_that_describes_the_name_after_it():
    text = "Die Genfer Uhrenmanufaktur Vautier hat einen neuen Chef. Vautier wächst."
    result = analyze(text, language="de")
    assert {o.name for o in result.organizations} == {"Vautier"}
    assert not result.people


@pytest.mark.parametrize(("text", "organisations", "people"), [
    # a company noun, alone or at the end of a compound, describes the name after it ...
    ("Autovermieter Velora rutscht ins Minus\n\nDer Düsseldorfer Autovermieter Velora hat Geld verloren. „Wir haben "
     "zu schnell umgestellt“, räumte Vorstandschef Lennart Bergqvist ein.", {"Velora"}, {"Lennart Bergqvist"}),
    ("Die Bremer Spedition Hansalog hat Jana Roth geholt. Hansalog wächst.", {"Hansalog"}, {"Jana Roth"}),
    ("Der Hamburger Verlag Nordwind hat Jana Roth geholt. Nordwind wächst.", {"Nordwind"}, {"Jana Roth"}),
    # ... but a person's noun does not: a landlord is a person
    ("Der Vermieter Karl Hensel hat die Wohnung gekündigt, sagte Siemens.", {"Siemens"}, {"Karl Hensel"}),
])
def test_a_german_company_noun_makes_the_name_after_it_an_organisation(text, organisations, people):
    result = analyze(text, language="de")
    assert {o.name for o in result.organizations} == organisations
    assert {p.name for p in result.people} == people


@pytest.mark.parametrize(("text", "organisations"), [
    # a company noun's description may coordinate its complements ...
    ("Le fabricant de verres correcteurs et de montures Optinéa a annoncé ses résultats mardi. Optinéa vise 100 "
     "millions d'euros.", {"Optinéa"}),
    # ... but a name joined to the company noun by "et" is not what it describes
    ("Le fabricant de lunettes et Lefort ont signé un accord mardi.", set()),
])
def test_a_french_company_noun_describes_the_name_at_the_end_of_its_description(text, organisations):
    assert {o.name for o in analyze(text, language="fr").organizations} == organisations


@pytest.mark.parametrize(("text", "organisations"), [
    # where a firm is based is no part of its name ...
    ("Valtrix sold a stake to Shanghai-based Fosun Pharma on Monday.", {"Valtrix", "Fosun Pharma"}),
    # ... but a hyphenated name of its own stays whole
    ("Valtrix sold a stake to Rolls-Royce Holdings on Monday.", {"Valtrix", "Rolls-Royce Holdings"}),
])
def test_a_place_a_firm_is_based_in_is_no_part_of_its_name(text, organisations):
    assert {o.name for o in analyze(text, language="en").organizations} == organisations


@pytest.mark.parametrize(("language", "text", "organisations"), [
    # a span running on from a listed name into lower-case words is the listed name, and a firm joined by "and"
    ("en", "Checks take weeks with the software of Synopsys and Cadence Design Systems, which dominate the market.",
     {"Synopsys", "Cadence Design Systems"}),
    ("fr", "Fibrapak, qui fournit notamment Danone et L'Oréal en barquettes et calages sans plastique, a réalisé un "
           "chiffre d'affaires de 96 millions d'euros.",
     {"Fibrapak", "Danone", "L'Oréal"}),
    # words of belonging go on with the name
    ("fr", "La Banque de France a relevé ses prévisions.", {"Banque de France"}),
])
def test_a_span_running_on_from_a_listed_name_into_lower_case_words_is_the_listed_name(language, text, organisations):
    assert {o.name for o in analyze(text, language=language).organizations} == organisations


@pytest.mark.parametrize("dateline", ["LE HAVRE (AFP) - ", ""])
def test_a_dateline_place_written_with_its_article_is_the_same_place_in_the_text(dateline):
    # (without the dateline, a company noun before "Havre" makes it a firm)
    text = (f"Konecranes gagne\n\n{dateline}Normandie Container Terminal (NCT), l'un des principaux opérateurs de "
            "conteneurs du port du Havre, a passé commande de six portiques de quai à l'opérateur Havre.")
    organisations = {o.name.casefold() for o in analyze(text, language="fr").organizations}
    assert ("havre" in organisations) is not bool(dateline)


@pytest.mark.parametrize(("language", "text", "name", "word"), [
    ("fr", "La loterie a enregistré 500 000 paris sportifs.", "paris", True),  # bets, a word of the language
    ("fr", "Le distributeur dm ouvre 35 magasins.", "dm", False),  # a name its owner writes in lower case
    ("fr", "La ville de Paris investit.", "Paris", False),  # capitalised: a name
    ("en", "Utilities spent more.", "Utilities", False),
])
def test_a_one_word_name_in_lower_case_that_the_language_knows_is_a_word(language, text, name, word):
    start = text.index(name)
    span = Span(start, start + len(name), "ORG")
    assert _word_of_the_language(span, text=text, language=language) is word


@pytest.mark.parametrize(("language", "text", "names"), [
    # a company noun opening a headline describes the name after it where the article names that alone
    ("en", "Carmaker Voltara lifts profit as sales swell\n\nLONDON (Reuters) - Voltara said on Tuesday its profit "
           "rose.", ["Voltara"]),
    # ... but a company noun that opens names stays part of the name
    ("fr", "Groupe SEB relève ses prévisions\n\nPARIS - Groupe SEB a annoncé mardi une hausse. SEB vend des poêles.",
     ["Groupe SEB"]),
    # ... and so does one a capital opens inside a sentence, which only a name has in French
    ("fr", "Brodmann SA prend le contrôle de l'Atelier Vermeil. Pour mener l'intégration de Vermeil, Brodmann a "
           "recruté un directeur.", ["Brodmann SA", "Atelier Vermeil"]),
])
def test_a_company_noun_opening_a_headline_is_no_part_of_the_name_after_it(language, text, names):
    assert [o.name for o in analyze(text, language=language).organizations] == names


@pytest.mark.parametrize(("opening", "person"), [
    # a sentence's first word that is no word of the language, before another proper noun, opens a name
    ("Olumide Adeyemi", "Olumide Adeyemi"),
    # a word of the language opening the sentence does not
    ("Meanwhile Adeyemi", None),
])
def test_an_unknown_word_opening_a_sentence_before_a_name_is_part_of_it(opening, person):
    text = (f"Marlow & Finch lifted profit. Not everyone is cheered. {opening}, head of policy at debt charity "
            "StepChange, said the rise showed the strain.")
    people = {p.name for p in analyze(text, language="en").people}
    assert (person in people) if person else ("Meanwhile Adeyemi" not in people)


@pytest.mark.parametrize(("language", "text", "name", "kind"), [
    # nobody graduates from a company: what follows a study is a school, whatever its name says
    ("fr", "Baptiste Morel, ingénieur diplômé de Grenoble INP, dirige Orséa.", "Grenoble INP", "education"),
    ("en", "Tom Reed, a graduate of Wharton, runs Orsea.", "Wharton", "education"),
    ("de", "Tom Reed, Absolvent der WHU, leitet Orsea.", "WHU", "education"),
    # a former employer stays a company
    ("fr", "Baptiste Morel, ancien ingénieur de Grenoble Robotique, dirige Orséa.", "Grenoble Robotique", "company"),
])
def test_an_organisation_named_after_a_study_is_a_school(language, text, name, kind):
    start = text.index(name)
    [entity] = group_entities([Span(start, start + len(name), "ORG")], text=text, language=language)
    assert entity.kind == kind


@pytest.mark.parametrize(("text", "named", "not_named"), [
    # a word German does not know before the pipeline's name is its first word ...
    ("Die Kastler Schutztechnik AG legt Zahlen vor.", "Kastler Schutztechnik AG", "Schutztechnik AG"),
    # ... but a shape alone grows by no such word: "Logistik" is a German noun the lemma table lacks
    ("Die Hamburger Hafen und Logistik AG vergab einen Auftrag.", None, "Logistik AG"),
])
def test_a_german_legal_form_s_name_grows_by_an_unknown_word_before_the_pipeline_s(text, named, not_named):
    names = {o.name for o in analyze(text, language="de").organizations}
    assert not_named not in names
    assert named is None or named in names


@pytest.mark.parametrize(("long", "short", "names"), [
    # a name that keeps the start of what the longer one's legal form strips is the longer name ...
    ("Danube Capital Partners", "Danube Capital", ["Danube Capital Partners"]),
    # ... but one that ends otherwise is another firm
    ("Schwarz Digits", "Schwarz Gruppe", ["Schwarz Digits", "Schwarz Gruppe"]),
])
def test_a_name_that_keeps_part_of_a_legal_form_is_the_longer_name(long, short, names):
    text = f"Der Konzern kauft von {long}. {short} war 2019 eingestiegen."
    spans = [Span(text.index(name), text.index(name) + len(name), "ORG") for name in (long, short)]
    assert [e.name for e in group_entities(spans, text=text, language="de")] == names


@pytest.mark.parametrize(("text", "name", "absent"), [
    # a relative's noun opening a sentence before a given name is no part of the name ...
    ("MILAN (Reuters) - Pastificio Bellandi has agreed to sell a 60% stake to Apennino Capital.\n\nSiblings Lucia and "
     "Marco Bellandi, who own the company together with their cousin Paolo Venturi, will keep 40%.", "Marco Bellandi",
     "Siblings Lucia"),
    # ... but opens a firm's name where no given name follows it
    ("Cousins Properties reported higher rents on Tuesday.", "Cousins Properties", "Properties"),
])
def test_a_kin_noun_before_a_given_name_is_no_part_of_the_name(text, name, absent):
    names = {e["text"] for e in analyze(text, language="en").to_dict()["entities"]}
    assert name in names
    assert absent not in names


def test_an_acronym_in_brackets_after_an_organisation_names_it_whatever_the_pipeline_called_it():
    # the French pipeline calls "MGC" miscellaneous; in brackets after the firm's name it is the firm, and so are
    # its other mentions
    text = ("Crayons : Siparex entre au capital du jurassien MGC\n\nMOREZ (Reuters) – La Manufacture Graphite & Cèdre "
            "(MGC), l'un des derniers fabricants de crayons en France, a annoncé l'entrée de Siparex à son capital. "
            "MGC produit 80 millions de crayons par an.")
    orgs = {o.name: o for o in analyze(text, language="fr").organizations}
    assert orgs["Manufacture Graphite & Cèdre"].mentions == 4


@pytest.mark.parametrize(("headline", "named"), [
    # a demonym before a company noun is that noun's adjective, and alone it stands for the company it describes
    ("Tiroler Gleitschirmbauer Aerolith sammelt Geld ein", False),
    # a demonym the article never sets before a company noun nor names the place of may be a name
    ("Aerolith sammelt Geld ein", True),
])
def test_a_german_demonym_describing_a_company_is_no_organisation(headline, named):
    text = (f"{headline}\n\nINNSBRUCK (APA) – Aerolith hat zwölf Millionen Euro eingesammelt. Johanna Lindqvist "
            "zieht in den Beirat der Tiroler ein.")
    assert ("Tiroler" in {o.name for o in analyze(text, language="de").organizations}) is named


@pytest.mark.parametrize(("first", "person"), [
    # a given name the pipeline took for a place opens a person's name with the surname after it
    ("Anil", "Anil Deshpande"),
    # a place that is no given name stays a place
    ("Mumbai", None),
])
def test_a_given_name_taken_for_a_place_opens_a_person_s_name(first, person):
    text = f"Auf indischer Seite treibt {first} Deshpande, Managing Director von Kalinga, das Projekt voran."
    people = [p.name for p in analyze(text, language="de").people]
    assert people == ([person] if person else [])


@pytest.mark.parametrize(("text", "name"), [
    # an elided particle before a capital is part of the name, not a lower-case word after it
    ("RENNES, 3 mars 2026 - Le producteur breton de tofu Soja d'Armor va construire une deuxième usine à Loudéac "
     "(Côtes-d'Armor), un investissement de 27 millions d'euros.", "Soja d'Armor"),
])
def test_a_name_keeps_its_elided_particle(text, name):
    assert name in {o.name for o in analyze(text, language="fr").organizations}


def test_a_lower_case_word_after_a_name_is_still_cut_off():
    text = "Selon Konstantin Frey lundi, le marché est calme."
    assert "Konstantin Frey" in {p.name for p in analyze(text, language="fr").people}


@pytest.mark.parametrize(("text", "name", "kept"), [
    # a sentence's first word that opens a title ("Angel investor") names no firm
    ("Brewster & Finch, an Edinburgh maker of kaleidoscopes, has raised £400,000 from Scottish Enterprise. Angel "
     "investor Fiona Drummond, a former partner at Baillie Gifford, owns 15% of the company.", "Angel", False),
    # a firm's name before its title stays
    ("Brewster & Finch, an Edinburgh maker of kaleidoscopes, has raised £400,000 from Scottish Enterprise. Jefferies "
     "analyst Fiona Drummond expects more sales.", "Jefferies", True),
])
def test_the_first_word_of_a_title_is_no_name(text, name, kept):
    assert (name in {o.name for o in analyze(text, language="en").organizations}) is kept


@pytest.mark.parametrize(("text", "name", "kept"), [
    ("\"It is hard,\" said Lena Wiedmann, a professor who heads the food microbiology department at Hohenheim.",
     "food microbiology department", False),
    ("\"It is hard,\" said Lena Wiedmann, a professor who heads the Food Microbiology Department at Hohenheim.",
     "Food Microbiology Department", True),
])
def test_a_phrase_of_lower_case_words_is_no_name(text, name, kept):
    assert (name in {o.name for o in analyze(text, language="en").organizations}) is kept


@pytest.mark.parametrize(("board", "label"), [
    ("Two directors will join Meridian's enlarged board.", "ORG"),  # words that say firm at one mention
    ("Two directors will join the enlarged board.", "NORP"),
])
def test_a_firm_s_first_word_a_model_took_for_a_nationality_is_the_firm_where_words_say_so(board, label):
    """The pipeline's labels are given: "Meridian" alone a nationality (as a small English model has it)."""
    text = (f"Meridian Stoneworks, a Vermont-based maker of sundials, agreed to buy Old Vicarage. Old Vicarage "
            f"shareholders will receive Meridian shares. {board} Meridian sundials and Meridian statues sell well, "
            f"and Meridian plans a new foundry.")
    names = [Span(m.start(), m.end(), "ORG" if " " in m.group() else "NORP")
             for m in re.finditer(r"Meridian(?: Stoneworks)?", text)]
    labels = {text[s.start:s.end]: s.label for s in vote(names, doc=load_pipeline("en")(text), language="en")}
    assert labels["Meridian"] == label


@pytest.mark.parametrize(("pair", "kept"), [
    # a one-word name before "and" and a full name shares its family name, though the article names it only once
    ("siblings Eleanor and James Whitcombe", True),
    # one named once in passing, with no full name after it, is no one to show
    ("Eleanor and the Whitcombe family", False),
])
def test_a_given_name_named_once_before_a_full_name_is_a_person(pair, kept):
    filler = " ".join(["Harrow & Finch sells its bookends through 600 stores and wants to grow abroad."] * 8)
    text = f"Bookend maker sold\n\nHarrow & Finch was founded in 1987 by {pair}. {filler}"
    names = {p.name for p in analyze(text, language="en").people}
    assert bool(names & {"Eleanor Whitcombe", "Eleanor"}) is kept


@pytest.mark.parametrize(("later", "names"), [
    # an organisation's name run over "and" into a name the article gives alone is two names
    ("Carmen Aldaya spent eight years at Pentair.", {"Fluidra", "Pentair"}),
    # one whose halves the article never names alone stays one
    ("Carmen Aldaya spent eight years at Grundfos.", {"Fluidra and Pentair of the US", "Grundfos"}),
])
def test_an_organisation_run_over_and_splits_where_a_half_is_named_alone(later, names):
    text = f"Hidrotec competes with Barcelona-based Fluidra and Pentair of the US. {later}"
    assert {o.name for o in analyze(text, language="en").organizations} - {"Hidrotec"} == names


@pytest.mark.parametrize(("owner", "name"), [
    # a known place that owns an organisation's name is no part of it, though the article names it once
    ("Sweden", "Kajakverket AB"),
    # a possessor that is no place may be part of a name named once
    ("Ardent", "Ardent's Kajakverket AB"),
])
def test_a_place_that_owns_a_name_is_no_part_of_it(owner, name):
    text = f"{owner}'s Kajakverket AB hired a new chief operating officer in January."
    assert name in {o.name for o in analyze(text, language="en").organizations}
