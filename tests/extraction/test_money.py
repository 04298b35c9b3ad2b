"""Money expressions in German, English and French: amount, ISO currency, qualifier, span."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from extraction.money import find_money

CASES = [
    # German: scale words, decimal comma, dot thousands, number words, compounds
    ("de", "im Jahr 2024 24 Milliarden Yuan erreichen", "24 Milliarden Yuan", 24e9, "CNY", "exact"),
    ("de", "rund 24,5 Milliarden Euro", "24,5 Milliarden Euro", 24.5e9, "EUR", "about"),
    ("de", "über 100 Milliarden Yuan investieren", "100 Milliarden Yuan", 100e9, "CNY", "over"),
    ("de", "1.234,5 Mio. US-Dollar", "1.234,5 Mio. US-Dollar", 1234.5e6, "USD", "exact"),
    ("de", "5 Mrd. € mehr", "5 Mrd. €", 5e9, "EUR", "exact"),
    ("de", "eine Milliarde Euro", "eine Milliarde Euro", 1e9, "EUR", "exact"),
    ("de", "zwei Millionen Franken", "zwei Millionen Franken", 2e6, "CHF", "exact"),
    ("de", "ein 100-Millionen-Euro-Fonds", "100-Millionen-Euro", 100e6, "EUR", "exact"),
    ("de", "3 Billionen Won", "3 Billionen Won", 3e12, "KRW", "exact"),  # German Billion = 10^12
    ("de", "mehr als 2 Mrd. Dollar", "2 Mrd. Dollar", 2e9, "USD", "over"),
    ("de", "etwa 3,1 Mrd. €", "3,1 Mrd. €", 3.1e9, "EUR", "about"),
    ("de", "unter 50 Mio. Euro", "50 Mio. Euro", 50e6, "EUR", "under"),
    ("de", "knapp 800 Millionen Euro", "800 Millionen Euro", 800e6, "EUR", "about"),
    ("de", "1.412,7 Millionen Euro", "1.412,7 Millionen Euro", 1412.7e6, "EUR", "exact"),
    ("de", "500 Euro pro Monat", "500 Euro", 500, "EUR", "exact"),
    ("de", "RMB64.1bn Umsatz", "RMB64.1bn", 64.1e9, "CNY", "exact"),
    ("de", "30 Milliarden Yen", "30 Milliarden Yen", 30e9, "JPY", "exact"),
    # English: symbols before, bn/m suffixes, short-scale billion, number words
    ("en", "will invest $29.5 billion", "$29.5 billion", 29.5e9, "USD", "exact"),
    ("en", "revenue of RMB64.1bn", "RMB64.1bn", 64.1e9, "CNY", "exact"),
    ("en", "380 billion yuan ($53 billion)", "380 billion yuan", 380e9, "CNY", "exact"),
    ("en", "more than a billion dollars", "a billion dollars", 1e9, "USD", "over"),
    ("en", "a £3m grant", "£3m", 3e6, "GBP", "exact"),
    ("en", "a €2bn plan", "€2bn", 2e9, "EUR", "exact"),
    ("en", "HK$1.2bn of shares", "HK$1.2bn", 1.2e9, "HKD", "exact"),
    ("en", "would invest T$2.4 billion ($75 million)", "T$2.4 billion", 2.4e9, "TWD", "exact"),
    ("en", "would invest $2.4 billion", "$2.4 billion", 2.4e9, "USD", "exact"),
    ("en", "nearly 1,234.5 million euros", "1,234.5 million euros", 1234.5e6, "EUR", "about"),
    ("en", "about ¥616 billion in Japan", "¥616 billion", 616e9, "JPY", "about"),
    ("en", "₩20 trillion", "₩20 trillion", 20e12, "KRW", "exact"),
    ("en", "less than $100 million", "$100 million", 100e6, "USD", "under"),
    ("en", "up to $5bn", "$5bn", 5e9, "USD", "under"),
    ("en", "roughly 4.9 trillion won", "4.9 trillion won", 4.9e12, "KRW", "about"),
    ("en", "CHF 60 million", "CHF 60 million", 60e6, "CHF", "exact"),
    ("en", "two million pounds", "two million pounds", 2e6, "GBP", "exact"),
    ("en", "$1,250 per share", "$1,250", 1250, "USD", "exact"),
    # French: milliard, de/d' before the currency, space thousands, long-scale billion
    ("fr", "1,2 milliard d'euros", "1,2 milliard d'euros", 1.2e9, "EUR", "exact"),
    ("fr", "un milliard d'euros", "un milliard d'euros", 1e9, "EUR", "exact"),
    ("fr", "plus de 600 millions d'euros", "600 millions d'euros", 600e6, "EUR", "over"),
    ("fr", "près de 2 Mds €", "2 Mds €", 2e9, "EUR", "about"),
    ("fr", "1 234 millions de dollars", "1 234 millions de dollars", 1234e6, "USD", "exact"),
    ("fr", "3 billions de wons", "3 billions de wons", 3e12, "KRW", "exact"),  # French billion = 10^12
    ("fr", "moins de 5 millions de francs", "5 millions de francs", 5e6, "CHF", "under"),
    ("fr", "valorisée à plus d’un milliard de dollars", "un milliard de dollars", 1e9, "USD", "over"),
    ("fr", "jusqu’à 2 milliards d'euros", "2 milliards d'euros", 2e9, "EUR", "under"),
    ("fr", "environ 300 millions de francs suisses", "300 millions de francs suisses", 300e6, "CHF", "about"),
    ("fr", "105 milliards de dollars de Hong Kong", "105 milliards de dollars de Hong Kong", 105e9, "HKD", "exact"),
    ("fr", "2,5 milliards de livres sterling", "2,5 milliards de livres sterling", 2.5e9, "GBP", "exact"),
    ("fr", "100 milliards de yuans", "100 milliards de yuans", 100e9, "CNY", "exact"),
    ("fr", "une subvention de 12 M€", "12 M€", 12e6, "EUR", "exact"),
    ("fr", "2,4 milliards de couronnes suédoises", "2,4 milliards de couronnes suédoises", 2.4e9, "SEK", "exact"),
    ("de", "bei 3,5 Milliarden schwedischen Kronen", "3,5 Milliarden schwedischen Kronen", 3.5e9, "SEK", "exact"),
    ("fr", "2,5 milliards de roupies sri-lankaises", "2,5 milliards de roupies sri-lankaises", 2.5e9, "LKR", "exact"),
    ("fr", "2,5 milliards de roupies", "2,5 milliards de roupies", 2.5e9, "INR", "exact"),
    ("fr", "un projet supérieur à 50 millions d'euros", "50 millions d'euros", 50e6, "EUR", "over"),
    ("fr", "un revenu inférieur à 30 000 euros", "30 000 euros", 30e3, "EUR", "under"),
    ("en", "spend 1.4 billion Kenyan shillings", "1.4 billion Kenyan shillings", 1.4e9, "KES", "exact"),
    ("de", "hatte 9,4 Mrd. Fr. ausgegeben", "9,4 Mrd. Fr.", 9.4e9, "CHF", "exact"),
    ("de", "rund 35 Bio. Won", "35 Bio. Won", 35e12, "KRW", "about"),
    ("en", "capex of Rs 75,000 crore", "Rs 75,000 crore", 75000e7, "INR", "exact"),  # 1 crore = 10 million
    ("en", "BYD will spend 50bn yuan", "50bn yuan", 50e9, "CNY", "exact"),
    ("en", "a Rmb50bn research push", "Rmb50bn", 50e9, "CNY", "exact"),
    ("en", "raises $140M to", "$140M", 140e6, "USD", "exact"),
    ("en", "12 billion Swedish crowns ($1.1 billion)", "12 billion Swedish crowns", 12e9, "SEK", "exact"),
    ("de", "rund 180 Mio. Euro (etwa 770 Mio. Złoty)", "180 Mio. Euro", 180e6, "EUR", "about"),
    ("de", "etwa 770 Mio. Złoty", "770 Mio. Złoty", 770e6, "PLN", "about"),
    ("en", "revenue of ₹1.42 lakh crore", "₹1.42 lakh crore", 1.42e12, "INR", "exact"),  # 10^5 * 10^7
    ("en", "₹18,000 crore", "₹18,000 crore", 18000e7, "INR", "exact"),
    # a currency named by its country: Danish crowns are no Swedish ones, CFA francs no Swiss ones
    ("en", "a deal worth 3.2 billion Danish crowns", "3.2 billion Danish crowns", 3.2e9, "DKK", "exact"),
    ("en", "9 billion Norwegian crowns", "9 billion Norwegian crowns", 9e9, "NOK", "exact"),
    ("fr", "un budget de 75 milliards de francs CFA", "75 milliards de francs CFA", 75e9, "XOF", "exact"),
    ("de", "ein Auftrag von 40 Mrd. CFA-Franc", "40 Mrd. CFA-Franc", 40e9, "XOF", "exact"),
    ("fr", "la banque genevoise gère 75 milliards de francs", "75 milliards de francs", 75e9, "CHF", "exact"),
    # the FT's crowns, and Brazil's reais by name
    ("en", "cost about DKr41bn in total", "DKr41bn", 41e9, "DKK", "about"),
    ("en", "a SKr12bn bond", "SKr12bn", 12e9, "SEK", "exact"),
    ("en", "a 2.3 billion reais ($420 million) plant", "2.3 billion reais", 2.3e9, "BRL", "exact"),
    # more currencies by their words: pesos are Mexico's, rand South Africa's; a rand after no number is no money
    ("en", "to invest 4.2 billion pesos (about $230 million)", "4.2 billion pesos", 4.2e9, "MXN", "exact"),
    ("en", "Sasol will invest 12 billion rand in 2026", "12 billion rand", 12e9, "ZAR", "exact"),
    ("fr", "5 milliards de livres turques", "5 milliards de livres turques", 5e9, "TRY", "exact"),
    ("de", "Der Rand des Tisches kostet 5 Mio. Euro", "5 Mio. Euro", 5e6, "EUR", "exact"),
    # a floor or a ceiling written after the amount
    ("en", "loans of $5 million or more", "$5 million", 5e6, "USD", "over"),
    ("de", "Aufträge von 20 Mio. Euro oder weniger", "20 Mio. Euro", 20e6, "EUR", "under"),
    ("fr", "des contrats de 3 millions d'euros ou plus", "3 millions d'euros", 3e6, "EUR", "over"),
    # "or" before another amount restates it; the first amount stays exact
    ("en", "a grant of $4 million or more than €3.5 million", "$4 million", 4e6, "USD", "exact"),
    ("de", "2 Mio. Euro oder mehrere Jahresgehälter", "2 Mio. Euro", 2e6, "EUR", "exact"),
    # a sign word makes an amount negative; a qualifier that ends in one does not
    ("de", "das Ebitda lag 2025 bei minus 18 Millionen Euro", "18 Millionen Euro", -18e6, "EUR", "exact"),
    ("en", "adjusted EBITDA of minus $18 million", "$18 million", -18e6, "USD", "exact"),
    ("fr", "un Ebitda de moins 18 millions d'euros", "18 millions d'euros", -18e6, "EUR", "exact"),
    ("fr", "au moins 18 millions d'euros", "18 millions d'euros", 18e6, "EUR", "over"),
    ("fr", "moins de 18 millions d'euros", "18 millions d'euros", 18e6, "EUR", "under"),
]


@pytest.mark.parametrize(("language", "text", "written", "amount", "currency", "qualifier"), CASES)
def test_money_expression(language, text, written, amount, currency, qualifier):
    found = find_money(text, language=language)
    assert [m.text for m in found][:1] == [written]
    money = found[0]
    assert money.amount == pytest.approx(amount)
    assert (money.currency, money.qualifier) == (currency, qualifier)
    assert text[money.start:money.end] == written


def test_amount_without_currency_borrows_it_from_its_pair():
    found = find_money("im Jahr 2024 24 Milliarden und im Jahr 2025 30 Milliarden Yuan", language="de")
    assert [(m.amount, m.currency) for m in found] == [(24e9, "CNY"), (30e9, "CNY")]


@pytest.mark.parametrize(("text", "amounts"), [
    # a scale word joined to a noun counts that noun, even beside an amount in euros
    ("La livraison est gratuite dès 25 euros d'achat et le club revendique 1,4 million de membres.", [25]),
    # one with no noun after it shares the currency of the amount before
    ("Le groupe investira 4,2 milliards d'euros, dont 1,6 milliard dans les productions.", [4.2e9, 1.6e9]),
])
def test_a_scale_word_counting_a_noun_is_no_money(text, amounts):
    assert [m.amount for m in find_money(text, language="fr")] == amounts


@pytest.mark.parametrize(("text", "amounts"), [
    # a later amount lends its currency only within the phrase: a comma between ends it
    ("Das Spiel zählt mehr als vier Millionen aktive Spieler, ein Premium-Abo kostet 9,99 Euro im Monat.", [9.99]),
    ("Xiaomi will 2025 rund 30 Milliarden und 2026 rund 35 Milliarden Yuan investieren.", [30e9, 35e9]),
])
def test_a_later_amount_lends_its_currency_only_within_the_phrase(text, amounts):
    assert [m.amount for m in find_money(text, language="de")] == amounts


@pytest.mark.parametrize(("language", "text", "currency"), [
    # a dollar named by its country's adjective is that country's, never the US dollar
    ("de", "Der Auftrag über 48 Millionen kanadische Dollar ging an Kessler.", "CAD"),
    ("en", "Brambles raised 600 million Australian dollars.", "AUD"),
    ("fr", "Le contrat porte sur 30 millions de dollars néo-zélandais.", "NZD"),
    ("en", "The contract is worth 48 million dollars.", "USD"),
])
def test_a_dollar_with_a_country_adjective_is_that_countrys(language, text, currency):
    assert [m.currency for m in find_money(text, language=language)] == [currency]


@pytest.mark.parametrize(("text", "amounts"), [
    # a number word never touches a scale's abbreviation: "a" and "bn" in "ABN AMRO" are no "a billion"
    ("\"A lodge costs 180 euros a night,\" said ABN AMRO analyst Thijs Bakker.", [180]),
    # a number in figures may: "64.1bn"
    ("Revenue reached 64.1bn euros, a rise of 4%.", [64.1e9]),
])
def test_only_a_number_in_figures_touches_a_scale_abbreviation(text, amounts):
    assert [m.amount for m in find_money(text, language="en")] == amounts


def test_yen_sign_reads_as_yuan_in_an_article_about_china():
    text = "Die chinesische Firma aus Shenzhen investiert ¥500 Milliarden."
    assert find_money(text, language="de")[0].currency == "CNY"


@pytest.mark.parametrize(("text", "currency"), [
    ("OSLO (Reuters) - Fjordcell raised 1.1 billion crowns from Norwegian investors.", "NOK"),
    ("Der dänische Konzern Maersk investiert 2 Milliarden Kronen.", "DKK"),
    ("STOCKHOLM (Reuters) - Volvo will spend 5 billion crowns.", "SEK"),
    ("Le groupe investit 3 milliards de couronnes.", "SEK"),  # no country named: the first of them
    ("Equinor spends 4 billion Norwegian crown on the field.", "NOK"),
    ("Das Werk im tschechischen Jihlava soll wachsen: Volant will dort 450 Millionen Kronen investieren.", "CZK"),
    # the country the amount's own sentence names outweighs those the article names elsewhere
    ("Die Norweger von Norsk Rull wachsen. Die norwegische Firma baut aus. Der Kopenhagener Investor Nordlicht "
     "steuert 120 Millionen Kronen bei.", "DKK"),
    ("Die Norweger von Norsk Rull wachsen. Die norwegische Firma baut aus. Der Kopenhagener Investor Nordlicht "
     "steigt ein. Er steuert 120 Millionen Kronen bei.", "NOK"),
])
def test_crowns_are_the_currency_of_the_country_the_article_names(text, currency):
    language = "de" if "Kronen" in text else "fr" if "couronnes" in text else "en"
    assert find_money(text, language=language)[0].currency == currency


@pytest.mark.parametrize(("language", "text", "currency"), [
    ("de", "Die tunesische Mühle aus Sfax setzte 95 Millionen Dinar um.", "TND"),
    ("en", "ALGIERS (Reuters) - The Algerian mill had revenue of 180 million dinars.", "DZD"),
    ("fr", "Le groupe koweïtien a levé 20 millions de dinars.", "KWD"),
])
def test_dinars_are_the_currency_of_the_country_the_article_names(language, text, currency):
    assert find_money(text, language=language)[0].currency == currency


@pytest.mark.parametrize(("language", "text", "amounts"), [
    # a scaled number that counts a noun borrows no currency from the amount after it ...
    ("en", "Qingtian shipped 9.4 million handsets in 2025 and had revenue of 14.6 billion yuan.", [14.6e9]),
    ("de", "Lumora verkaufte 4 Millionen Geräte und setzte 9 Milliarden Yuan um.", [9e9]),
    # ... but one before "and" and the next amount shares its currency
    ("de", "Lumora setzte 2024 rund 4 Milliarden und 2025 rund 9 Milliarden Yuan um.", [4e9, 9e9]),
])
def test_a_number_that_counts_things_is_no_money(language, text, amounts):
    assert [m.amount for m in find_money(text, language=language)] == amounts


@pytest.mark.parametrize(("language", "text", "currency"), [
    ("fr", "ACS, qui emploie 6 500 téléconseillers à Casablanca, a réalisé 1,1 milliard de dirhams.", "MAD"),
    ("en", "DUBAI (Reuters) - Emaar reported revenue of 3 billion dirhams.", "AED"),
    ("en", "The group reported revenue of 3 billion dirhams.", "AED"),  # no country named: the first of them
    ("en", "Jollibee, the Manila-based chain, will invest 5 billion pesos.", "PHP"),
    ("en", "Cemex said it would invest 5 billion pesos.", "MXN"),
    ("de", "Dialogwerk will rund 1,5 Milliarden philippinische Peso investieren.", "PHP"),
])
def test_dirhams_and_pesos_are_the_currency_of_the_country_the_article_names(language, text, currency):
    assert find_money(text, language=language)[0].currency == currency


@pytest.mark.parametrize(("first", "currency"), [("2.3 billion Swedish crowns", "SEK"), ("2.3 billion crowns", "DKK")])
def test_crowns_alone_are_the_crowns_the_article_first_wrote_out_in_full(first, currency):
    text = (f"Auralis agreed to buy Danish video platform Lumo for {first}. The price is seven times Lumo's revenue "
            "of 210 million Danish crowns. Auralis paid 4.1 billion crowns to record labels.")
    assert find_money(text, language="en")[-1].currency == currency


def test_crowns_written_out_after_a_scale_word_and_a_preposition_name_the_crowns_after():
    text = ("Nordhand rachète Vottebyen pour 1,1 milliard de couronnes norvégiennes. Vottebyen a réalisé un chiffre "
            "d'affaires de 412 millions de couronnes, selon un analyste de Stockholm.")
    assert find_money(text, language="fr")[-1].currency == "NOK"


@pytest.mark.parametrize(("language", "text", "currencies"), [
    ("de", "sechs Maschinen im Wert von 1,1 Milliarden Saudi-Riyal (umgerechnet 250 Millionen Euro)", ["SAR", "EUR"]),
    ("fr", "un contrat de 500 millions de riyals saoudiens", ["SAR"]),
    # riyals alone are those of the country the article names
    ("en", "The Doha-based fund paid 2 billion riyals.", ["QAR"]),
    ("en", "The Riyadh metro will cost 4 billion riyals.", ["SAR"]),
    ("en", "a deal worth AED 3.2 billion", ["AED"]),
])
def test_gulf_currencies(language, text, currencies):
    assert [m.currency for m in find_money(text, language=language)] == currencies


def test_hryvnias_are_ukraine_s_currency():
    amounts = find_money("zwei Milliarden Hrywnja (umgerechnet rund 41 Millionen Euro)", language="de")
    assert [m.currency for m in amounts] == ["UAH", "EUR"]


def test_range_reads_as_its_middle():
    money = find_money("5 bis 6 Milliarden Euro", language="de")[0]
    assert (money.amount, money.qualifier) == (5.5e9, "about")


@pytest.mark.parametrize("text", [
    "mit einem Millionen-Gehalt abgeworben",  # no number
    "8 Artikel auf der Konferenz",  # no currency
    "In 2023 won the tender",  # a year, not Korean won
    "Milliarden Euro flossen",  # no number
    "the 95er generation",
    "the crowns of three kings",  # a currency word without a number
])
def test_not_money(text):
    assert find_money(text, language="de" if "Gehalt" in text else "en") == []


@given(st.text(), st.sampled_from(["de", "en", "fr", "it", "xx"]))
def test_finder_never_raises_and_spans_fit(text, language):
    for money in find_money(text, language=language):
        assert text[money.start:money.end] == money.text
        assert money.amount >= 0 or text[:money.start].rstrip().lower().endswith(("minus", "negative", "moins"))


def test_dong_are_vietnam_s_currency():
    assert [m.currency for m in find_money("revenue of 3.1 trillion dong ($122 million)", language="en")] == ["VND",
                                                                                                           "USD"]


def test_a_chain_of_amounts_without_a_currency_borrows_along_it():
    text = "Tencent investit 96 millions d'euros, dont 32 millions par augmentation de capital et 64 millions versés."
    assert [(m.amount, m.currency) for m in find_money(text, language="fr")] == [(96e6, "EUR"), (32e6, "EUR"),
                                                                                (64e6, "EUR")]


@pytest.mark.parametrize(("language", "text", "amounts"), [
    # after a part word, an amount names its whole's money however far back in the sentence the whole stands
    ("fr", "Le groupe va investir 40 millions d'euros d'ici 2028 dans une nouvelle ligne de surgélation à "
           "Boulogne-sur-Mer, dont 12 millions financés par un prêt.", [(40e6, "EUR"), (12e6, "EUR")]),
    ("de", "Der Konzern steckt 900 Millionen Franken in neue Rechenzentren in der Schweiz und in Irland, davon rund "
           "300 Millionen in Zürich.", [(900e6, "CHF"), (300e6, "CHF")]),
    # the whole, not its conversion in brackets
    ("fr", "Le rachat d'Amoria pour 180 millions d'euros (soit environ 195 millions de dollars), dont 40 millions "
           "payables en actions.", [(180e6, "EUR"), (195e6, "USD"), (40e6, "EUR")]),
    # without a part word the same distance is too far: the number may count anything
    ("fr", "Le groupe va investir 40 millions d'euros d'ici 2028 dans une nouvelle ligne de surgélation à "
           "Boulogne-sur-Mer, et vise 12 millions à terme.", [(40e6, "EUR")]),
    # a sentence ends the phrase even after a part word
    ("de", "Der Konzern steckt 900 Millionen Franken in neue Rechenzentren. Davon profitieren 3 Millionen.",
     [(900e6, "CHF")]),
])
def test_a_part_borrows_the_currency_of_its_whole_across_the_sentence(language, text, amounts):
    assert [(m.amount, m.currency) for m in find_money(text, language=language)] == amounts


@pytest.mark.parametrize(("language", "text", "currency"), [
    ("en", "Altiplano will spend 150 million soles and took a 60 million sol loan.", "PEN"),
    ("fr", "Le groupe investira 25 millions de soles au Pérou.", "PEN"),
    ("en", "The farm had sales of RM26 million and will invest 12 million ringgit.", "MYR"),
])
def test_soles_and_ringgit(language, text, currency):
    assert {m.currency for m in find_money(text, language=language)} == {currency}
