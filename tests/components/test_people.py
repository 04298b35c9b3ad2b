"""People cards, moves and organisations' people, from the seed's real analysis and hand-made people."""

from __future__ import annotations

from components.people import moves, organizations_html, person_cards_html, unlinked_organizations
from extraction import Affiliation, Analysis, Organization, Person

SEED_PEOPLE = ("Lei Jun", "Luo Fuli", "Zhang Duo", "Lu Weibing")


def test_a_card_per_person_with_current_role(seed_analysis: Analysis) -> None:
    html = person_cards_html(seed_analysis)
    assert html.count('<article class="nl-card">') == len(seed_analysis.people)
    for name in SEED_PEOPLE:
        assert f"<h4>{name}</h4>" in html
    assert "<b>President</b> · Xiaomi" in html
    assert "<b>Founder</b> · Xiaomi" in html


def test_luo_fuli_moved_from_deepseek_to_xiaomi_with_evidence(seed_analysis: Analysis) -> None:
    move = next(m for m in moves(seed_analysis) if m.person == "Luo Fuli")
    assert move.destination == "Xiaomi" and "DeepSeek" in move.origins
    assert "Universität Peking" not in move.origins  # studies are not jobs
    card = person_cards_html(seed_analysis).split('<article class="nl-card">')[2]
    assert card.startswith("\n<h4>Luo Fuli</h4>")
    assert f"Moved: {', '.join(move.origins)} → Xiaomi" in card
    assert card.index("Former roles") < card.index("Deep-learning researcher · DeepSeek") < card.index("Studied at")
    luo = next(p for p in seed_analysis.people if p.name == "Luo Fuli")
    sentences = len({a.evidence for a in luo.affiliations})
    assert f"<details><summary>Evidence ({sentences} sentences)</summary>" in card


def test_organisations_list_their_people_current_first(seed_analysis: Analysis) -> None:
    html = organizations_html(seed_analysis)
    xiaomi = html[html.index("<b>Xiaomi</b>"):html.index("</ul>", html.index("<b>Xiaomi</b>"))]
    assert all(name in xiaomi for name in SEED_PEOPLE)
    assert "<b>DeepSeek</b>" in html and "(former)" in html
    others = unlinked_organizations(seed_analysis)
    assert "Securities Times" in others and "Xiaomi" not in others and "DeepSeek" not in others


def test_names_and_evidence_are_escaped() -> None:
    person = Person("P1", "<img src=x onerror=alert(1)>", (), 1, (
        Affiliation("Acme</div>", "ceo", "current", "<script>alert(1)</script>"),))
    analysis = Analysis(text="x", language="en", text_sha256="0", people=(person,),
                        organizations=(Organization("O1", "Acme</div>", (), 1),))
    html = person_cards_html(analysis) + organizations_html(analysis)
    assert "<img" not in html and "<script" not in html and "Acme</div>" not in html
    assert "<b>CEO</b> · Acme&lt;/div&gt;" in html
