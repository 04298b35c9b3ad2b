"""The person–organisation network: people on the left, organisations on the right, a line per
affiliation, solid for current ties and dashed for former ones."""

from __future__ import annotations

from collections.abc import Sequence

import plotly.graph_objects as go

from extraction import Analysis

from .highlight import escape
from .links import Link, capitalized, links
from .palette import BLUE, GREY, ORANGE, VERMILLION
from .vocabulary import AFFILIATION_STATUS_NAMES

EDGE_STYLE = {
    "current": {"dash": "solid", "width": 3, "color": BLUE},
    "former": {"dash": "dash", "width": 2, "color": VERMILLION},
    "unknown": {"dash": "dot", "width": 2, "color": GREY},
}
_ROW_HEIGHT = 46
_CHAR_WIDTH = 0.017  # of the distance between the columns, for a label character at the chart's usual width


def node_positions(people: Sequence[str], links: Sequence[Link]) -> dict[tuple[str, str], tuple[float, float]]:
    """(kind, name) → (x, y): people top to bottom in article order at x=0, organisations at x=1,
    each at the mean height of its people so lines cross little."""
    step = 1 / max(len(people) - 1, 1)
    positions = {("person", name): (0.0, 1 - i * step) for i, name in enumerate(people)}
    organizations = list(dict.fromkeys(lk.organization for lk in links))
    mean_y = {org: sum(positions["person", lk.person.name][1] for lk in links if lk.organization == org)
              / sum(1 for lk in links if lk.organization == org) for org in organizations}
    ordered = sorted(organizations, key=lambda org: -mean_y[org])
    org_step = 1 / max(len(ordered) - 1, 1)
    positions.update({("organization", org): (1.0, 1 - i * org_step) for i, org in enumerate(ordered)})
    return positions


def network_figure(analysis: Analysis) -> go.Figure:
    """The network chart; hover an edge's middle for the role, a node for its ties."""
    all_links = links(analysis)
    people = [p.name for p in analysis.people]
    positions = node_positions(people, all_links)
    fig = go.Figure()
    for status, style in EDGE_STYLE.items():
        edges = [lk for lk in all_links if lk.affiliation.status == status]
        if edges:
            fig.add_trace(_edge_trace(edges, positions=positions, status=status, style=style))
            fig.add_trace(_edge_hover_trace(edges, positions=positions))
    fig.add_trace(_node_trace(positions, kind="person", color=ORANGE, symbol="circle", links=all_links))
    fig.add_trace(_node_trace(positions, kind="organization", color=BLUE, symbol="square", links=all_links))
    organizations = {lk.organization for lk in all_links}
    rows = max(len(people), len(organizations), 2)
    left = 0.1 + _CHAR_WIDTH * max(map(len, people), default=0)
    right = 0.1 + _CHAR_WIDTH * max(map(len, organizations), default=0)
    fig.update_layout(
        template="plotly_white", height=rows * _ROW_HEIGHT + 120, margin={"t": 40, "b": 20, "l": 20, "r": 20},
        xaxis={"visible": False, "range": [-left, 1 + right]}, yaxis={"visible": False, "range": [-0.1, 1.1]},
        legend={"orientation": "h", "yanchor": "bottom", "y": 1.0, "x": 0}, hoverlabel={"align": "left"},
        font={"family": "system-ui, -apple-system, Segoe UI, Helvetica, Arial, sans-serif", "size": 13},
    )
    return fig


def _edge_trace(edges: Sequence[Link], *, positions: dict, status: str, style: dict) -> go.Scatter:
    """All edges of one status as one line trace (segments separated by None)."""
    xs, ys = [], []
    for link in edges:
        (x0, y0), (x1, y1) = positions["person", link.person.name], positions["organization", link.organization]
        xs += [x0, x1, None]
        ys += [y0, y1, None]
    return go.Scatter(x=xs, y=ys, mode="lines", hoverinfo="skip", meta={"status": status},
                      name=f"{AFFILIATION_STATUS_NAMES[status]} tie",
                      line={"dash": style["dash"], "width": style["width"], "color": style["color"]})


def _edge_hover_trace(edges: Sequence[Link], *, positions: dict) -> go.Scatter:
    """Invisible points in the middle of edges that show the role on hover."""
    middles = [tuple((a + b) / 2 for a, b in zip(positions["person", lk.person.name],
                                                   positions["organization", lk.organization], strict=True))
               for lk in edges]
    texts = [f"<b>{escape(lk.person.name)}</b> — {escape(capitalized(lk.affiliation.role))}, "
             f"{escape(lk.organization)} ({AFFILIATION_STATUS_NAMES[lk.affiliation.status]})" for lk in edges]
    return go.Scatter(x=[m[0] for m in middles], y=[m[1] for m in middles], mode="markers", showlegend=False,
                      marker={"size": 14, "opacity": 0}, hovertext=texts, hovertemplate="%{hovertext}<extra></extra>")


def _node_trace(positions: dict, *, kind: str, color: str, symbol: str, links: Sequence[Link]) -> go.Scatter:
    """People or organisations as labelled markers."""
    nodes = [(name, xy) for (k, name), xy in positions.items() if k == kind]
    ties = {name: sum(1 for lk in links if (lk.person.name if kind == "person" else lk.organization) == name)
            for name, _ in nodes}
    return go.Scatter(
        x=[xy[0] for _, xy in nodes], y=[xy[1] for _, xy in nodes], mode="markers+text",
        text=[escape(name) for name, _ in nodes], textposition="middle left" if kind == "person" else "middle right",
        marker={"size": 16, "color": color, "symbol": symbol, "line": {"color": "white", "width": 1.5}},
        hovertext=[f"{escape(name)}: {ties[name]} tie{'s' if ties[name] != 1 else ''}" for name, _ in nodes],
        hovertemplate="%{hovertext}<extra></extra>", name="Person" if kind == "person" else "Organisation",
        meta={"nodes": kind},
    )
