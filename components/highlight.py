"""The article as HTML with its entity mentions highlighted, and the colour legend.

All article text is escaped before it becomes HTML: an article may contain ``<script>``.
"""

from __future__ import annotations

import html
import re
from collections import Counter
from collections.abc import Collection

from extraction import Analysis, Figure, Mention

from . import templates
from .palette import LABEL_COLORS, tint
from .units import format_amount
from .vocabulary import KIND_NAMES, LABEL_NAMES, STATUS_NAMES, period_words

_BACKGROUND_ALPHA = 0.28


def escape(text: str) -> str:
    """Text made safe for HTML content and attribute values (quotes too)."""
    return html.escape(text, quote=True)


def escape_markdown(text: str) -> str:
    """Text shown literally where Streamlit reads Markdown (captions, messages, labels): no formatting,
    links, HTML, icons or colour directives from an article or a file name."""
    return re.sub(r"([\\`*_{}\[\]()#+\-.!<>|~$:=&])", r"\\\1", text)


def article_html(analysis: Analysis, *, labels: Collection[str] | None = None, show_tags: bool = True) -> str:
    """The whole article with mentions of ``labels`` (all if None) marked; styles included."""
    names = canonical_names(analysis)
    figures = {(f.start, f.end): f for f in analysis.figures}
    corrections = {c.id: c for c in analysis.corrections}
    parts, cursor = [], 0
    for mention in analysis.entities:
        if labels is not None and mention.label not in labels:
            continue
        parts.append(escape(analysis.text[cursor:mention.start]))
        title = mention_title(mention, names=names, figures=figures)
        if mention.correction:
            item = corrections.get(mention.correction)
            title += f" · corrected by {item.author}, the machine said {item.fact.get('label')}" if item else \
                " · corrected"
        parts.append(mention_html(mention, title=title, show_tag=show_tags))
        cursor = mention.end
    parts.append(escape(analysis.text[cursor:]))
    return templates.ARTICLE_STYLE + templates.ARTICLE.format(lang=escape(analysis.language), body="".join(parts))


def mention_html(mention: Mention, *, title: str, show_tag: bool) -> str:
    """One highlighted mention, its label in the hover title and (optionally) as a small tag."""
    color = LABEL_COLORS.get(mention.label, LABEL_COLORS["MISC"])
    tag = templates.TAG.format(label=escape(mention.label)) if show_tag else ""
    return templates.MENTION.format(label=escape(mention.label), background=tint(color, alpha=_BACKGROUND_ALPHA),
                                    color=color, title=escape(title), text=escape(mention.text), tag=tag,
                                    corrected=' data-corrected="true"' if mention.correction else "")


def mention_title(mention: Mention, *, names: dict[str, str], figures: dict[tuple[int, int], Figure]) -> str:
    """Hover text: the label, the canonical person or organisation name, what a money figure is."""
    label = LABEL_NAMES.get(mention.label, mention.label)
    name = names.get(mention.entity_id or "")
    if name is not None:
        return f"{label}: {name}" if name == mention.text else f"{label}: {name} (written “{mention.text}”)"
    figure = figures.get((mention.start, mention.end))
    if figure is not None:
        return f"{label}: {figure_summary(figure)}"
    return label


def figure_summary(figure: Figure) -> str:
    """'R&D spending, 2024, planned, Xiaomi, 24 bn CNY': a figure in one line."""
    parts = [KIND_NAMES.get(figure.kind, figure.kind), period_words(figure.period_start, figure.period_end),
             STATUS_NAMES.get(figure.status, figure.status), figure.organization or "no organisation",
             format_amount(figure.amount, figure.currency)]
    return ", ".join(parts)


def canonical_names(analysis: Analysis) -> dict[str, str]:
    """Entity id to the canonical name of its person or organisation."""
    return {e.id: e.name for e in (*analysis.people, *analysis.organizations)}


def label_counts(analysis: Analysis) -> Counter[str]:
    """Mentions per label, in the order of ``LABEL_NAMES``."""
    counts = Counter(m.label for m in analysis.entities)
    return Counter({label: counts[label] for label in LABEL_NAMES if counts[label]})


def legend_html(counts: Counter[str], *, shown: Collection[str]) -> str:
    """The colour key of the labels ``shown``, each with its number of mentions, after how many of all
    the mentions are shown: a key, not a second row of filters."""
    chips = "".join(
        templates.CHIP.format(background=tint(LABEL_COLORS[label], alpha=_BACKGROUND_ALPHA), color=LABEL_COLORS[label],
                              name=escape(LABEL_NAMES[label]), count=count)
        for label, count in counts.items() if label in shown
    )
    total, visible = sum(counts.values()), sum(c for label, c in counts.items() if label in shown)
    summary = f"<span>Showing {visible} of {total} mention{'s' if total != 1 else ''}:</span>"
    return templates.ARTICLE_STYLE + templates.LEGEND.format(summary=summary, chips=chips)
