"""The analysis as tables (pandas DataFrames) for the pages and the CSV/XLSX exports.

Column names are the ones a reader sees; the same frames are shown and exported, amounts as exact
numbers. On screen, ``readable`` writes them as NewsLens does everywhere else ('1.05 bn CNY': three
significant digits, where a compact format would show '1.1B'); the XLSX keeps the numbers and
formats them the same way (``exports.workbook_bytes``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import pandas as pd

from extraction import Analysis, Figure, Mention
from extraction.result import Correction

from .corrected import by_id, correction_words
from .currency import Conversion
from .highlight import canonical_names
from .links import capitalized, links
from .people import moves
from .units import format_amount
from .vocabulary import AFFILIATION_STATUS_NAMES, KIND_NAMES, LABEL_NAMES, STATUS_NAMES, period_words

ENTITY_COLUMNS = ["Entity", "Label", "Mentions", "Written as"]
FIGURE_COLUMNS = ["As written", "Amount", "Currency", "Qualifier", "From year", "To year", "Period", "Kind",
                  "Status", "Organisation", "Corrected", "Plotted", "Sentence"]
AFFILIATION_COLUMNS = ["Person", "Role", "Organisation", "Status", "Corrected", "Evidence"]
ORGANIZATION_COLUMNS = ["Organisation", "Also written", "Mentions", "People"]


def entities_table(analysis: Analysis) -> pd.DataFrame:
    """One row per entity (a person's or organisation's mentions grouped), most mentioned first."""
    names = canonical_names(analysis)
    groups: dict[tuple[str, str], list[Mention]] = {}
    for mention in analysis.entities:
        key = (mention.label, names.get(mention.entity_id or "", mention.text))
        groups.setdefault(key, []).append(mention)
    rows = [{"Entity": name, "Label": LABEL_NAMES.get(label, label), "Mentions": len(mentions),
             "Written as": ", ".join(dict.fromkeys(m.text for m in mentions))}
            for (label, name), mentions in groups.items()]
    frame = pd.DataFrame(rows, columns=ENTITY_COLUMNS)
    return frame.sort_values("Mentions", ascending=False, kind="stable").reset_index(drop=True)


def figures_table(analysis: Analysis, *, conversion: Conversion | None = None) -> pd.DataFrame:
    """Every money figure, plotted or not; with ``conversion`` to EUR/USD, a column for that amount."""
    corrections = by_id(analysis)
    return figures_frame([figure_row(f, conversion=conversion, corrections=corrections) for f in analysis.figures],
                         conversion=conversion)


def figure_row(f: Figure, *, conversion: Conversion | None = None,
               corrections: Mapping[str, Correction] | None = None) -> dict:
    """One figure as a row of ``FIGURE_COLUMNS`` (and the converted amount, if converting); "Corrected"
    says who corrected it and what the machine said."""
    row = {"As written": f.text, "Amount": f.amount, "Currency": f.currency, "Qualifier": f.qualifier,
           "From year": f.period_start, "To year": f.period_end,
           "Period": period_words(f.period_start, f.period_end), "Kind": KIND_NAMES.get(f.kind, f.kind),
           "Status": STATUS_NAMES.get(f.status, f.status), "Organisation": f.organization or "",
           "Plotted": plotted_words(f),
           "Sentence": f.sentence, "Corrected": correction_words(f.correction, corrections or {})}
    if conversion is not None and conversion.target is not None:
        row[f"Amount in {conversion.target}"] = conversion.convert(f.amount, f.currency)
    return row


def plotted_words(figure: Figure) -> str:
    """Whether the timeline draws a figure, and why not."""
    if figure.conversion_of is not None:
        return "no (the amount before it, in another currency)"
    if figure.part_of is not None:
        return "no (part of an amount before it)"
    return "yes" if figure.period_start is not None or figure.period_end is not None else "no (no year)"


def figures_frame(rows: list[dict], *, conversion: Conversion | None = None, before: Sequence[str] = (),
                  after: Sequence[str] = ()) -> pd.DataFrame:
    """Rows of ``figure_row`` as a table; ``before`` and ``after`` name extra columns the rows carry."""
    converted = [f"Amount in {conversion.target}"] if conversion and conversion.target else []
    frame = pd.DataFrame(rows, columns=[*before, *FIGURE_COLUMNS, *converted, *after])
    return frame.astype({"From year": "Int64", "To year": "Int64"})


def affiliations_table(analysis: Analysis) -> pd.DataFrame:
    """Who holds or held which role where, with the sentence that says so."""
    corrections = by_id(analysis)
    rows = [{"Person": lk.person.name, "Role": capitalized(lk.affiliation.role), "Organisation": lk.organization,
             "Status": AFFILIATION_STATUS_NAMES.get(lk.affiliation.status, lk.affiliation.status),
             "Evidence": lk.affiliation.evidence,
             "Corrected": correction_words(lk.affiliation.correction or lk.person.correction, corrections)}
            for lk in links(analysis)]
    return pd.DataFrame(rows, columns=AFFILIATION_COLUMNS)


def organizations_table(analysis: Analysis) -> pd.DataFrame:
    """Each organisation, its other spellings, mentions and the people tied to it."""
    members: dict[str, list[str]] = {}
    for link in links(analysis):
        members.setdefault(link.organization, [])
        if link.person.name not in members[link.organization]:
            members[link.organization].append(link.person.name)
    rows = [{"Organisation": o.name, "Also written": ", ".join(o.aliases), "Mentions": o.mentions,
             "People": ", ".join(members.get(o.name, []))} for o in analysis.organizations]
    return pd.DataFrame(rows, columns=ORGANIZATION_COLUMNS)


MOVE_COLUMNS = ["Person", "From", "To", "Role", "Evidence"]


def moves_table(analysis: Analysis) -> pd.DataFrame:
    """Who moved from where to where, with the sentence about the new role."""
    rows = [{"Person": m.person, "From": ", ".join(m.origins), "To": m.destination, "Role": capitalized(m.role),
             "Evidence": m.evidence} for m in moves(analysis)]
    return pd.DataFrame(rows, columns=MOVE_COLUMNS)


def amount_columns(frame: pd.DataFrame) -> dict[str, str | None]:
    """The amount columns of a table and their currency: 'Amount' is in each row's 'Currency' (None),
    'Amount in EUR' in EUR."""
    columns: dict[str, str | None] = {"Amount": None} if {"Amount", "Currency"} <= set(frame.columns) else {}
    columns.update({c: c.removeprefix("Amount in ") for c in frame.columns if c.startswith("Amount in ")})
    return columns


def readable(frame: pd.DataFrame) -> pd.DataFrame:
    """The table as the pages show it: every amount in words with its unit ('1.05 bn CNY')."""
    shown = frame.copy()
    for column, currency in amount_columns(frame).items():
        currencies = frame["Currency"] if currency is None else [currency] * len(frame)
        shown[column] = [format_amount(amount, code) if pd.notna(amount) else ""
                         for amount, code in zip(frame[column], currencies, strict=True)]
    return shown
