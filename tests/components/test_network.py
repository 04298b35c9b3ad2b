"""The person–organisation network: current ties solid, former dashed, layout on two columns."""

from __future__ import annotations

from components.network import network_figure
from extraction import Analysis


def edges(fig, status: str):
    return next(t for t in fig.data if (t.meta or {}).get("status") == status)


def test_current_edges_are_solid_and_former_dashed(seed_analysis: Analysis) -> None:
    fig = network_figure(seed_analysis)
    assert edges(fig, "current").line.dash == "solid"
    assert edges(fig, "former").line.dash == "dash"
    current_ties = sum(1 for p in seed_analysis.people for a in p.affiliations if a.status == "current")
    assert len(edges(fig, "current").x) == 3 * current_ties  # two ends and a break per edge


def test_people_left_organisations_right_with_labels(seed_analysis: Analysis) -> None:
    fig = network_figure(seed_analysis)
    people = next(t for t in fig.data if (t.meta or {}).get("nodes") == "person")
    organizations = next(t for t in fig.data if (t.meta or {}).get("nodes") == "organization")
    assert set(people.x) == {0.0} and set(organizations.x) == {1.0}
    assert list(people.text) == [p.name for p in seed_analysis.people]
    assert {"Lei Jun", "Luo Fuli", "Zhang Duo", "Lu Weibing"} <= set(people.text)
    assert {"Xiaomi", "DeepSeek", "QuantConnect"} <= set(organizations.text)


def test_edge_hover_says_role_and_status(seed_analysis: Analysis) -> None:
    hovers = [h for t in network_figure(seed_analysis).data if t.hovertext is not None for h in t.hovertext]
    assert "<b>Luo Fuli</b> — Deep-learning researcher, DeepSeek (former)" in hovers
    assert "<b>Lu Weibing</b> — President, Xiaomi (current)" in hovers
