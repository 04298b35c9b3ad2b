"""The analyst's controls: dialogs that correct a person's ties, an organisation, a money figure or a
mention's label where the page shows it, and the list of an article's corrections with undo.
Streamlit glue: each correction is kept in the library (``library_store.correct``), and the session's
article is replaced by the library's corrected reading of it.
"""

from __future__ import annotations

import getpass
import re
from collections.abc import Callable, Sequence

import streamlit as st

from extraction import Analysis, Person
from extraction.result import Correction
from library import LibraryError
from library.corrections import affiliation_fact, correction, described, figure_fact, mention_fact

from . import library_store, state
from .highlight import escape_markdown, figure_summary
from .links import capitalized
from .vocabulary import AFFILIATION_STATUS_NAMES, KIND_NAMES, LABEL_NAMES, STATUS_NAMES, sentence_case

AUTHOR = "newslens.corrections.author"
NOTICE = "newslens.corrections.notice"
OPEN = "newslens.corrections.open"  # the open dialog: (page, dialog name, its arguments)
OTHER = "Another (type it)…"
NEW = -1


def author_name() -> str:
    """Who corrects: the name given last in this session, else the computer's user name."""
    if AUTHOR not in st.session_state:
        try:
            st.session_state[AUTHOR] = getpass.getuser()
        except (KeyError, OSError):  # no user name in this environment
            st.session_state[AUTHOR] = ""
    return st.session_state[AUTHOR]


def _who_and_why(key: str) -> tuple[str, str]:
    """The author and an optional note, asked at the foot of every dialog."""
    left, right = st.columns([1, 2])
    author = left.text_input("Your name", value=author_name(), key=f"{key}.author")
    note = right.text_input("Note (optional)", key=f"{key}.note", placeholder="e.g. per the company's annual report")
    return author, note


def _keep(item: Correction) -> None:
    """Keep the correction, show the corrected article everywhere, close the dialog."""
    index, result = state.selected_index(), state.selected()
    try:
        corrected, note = library_store.correct(result, item)
    except LibraryError as error:
        st.error(escape_markdown(f"The correction could not be kept: {error}."), icon=":material/error:")
        return
    st.session_state[AUTHOR] = item.author
    st.session_state.pop(OPEN, None)
    state.update(index, corrected)
    st.session_state[NOTICE] = " ".join(filter(None, [f"Corrected: {described(item)}.", note]))
    st.rerun()


def _undo(correction_id: str) -> None:
    """Callback: take a correction back and show the article without it."""
    index, result = state.selected_index(), state.selected()
    try:
        stored = library_store.undo(correction_id)
    except LibraryError as error:
        st.session_state[NOTICE] = f"The correction could not be undone: {error}."
        return
    if stored is not None:
        state.update(index, result.kept(stored.id, analysis=stored.analysis))
        st.session_state[NOTICE] = "Undone: the machine's fact is back."


def _close() -> None:
    """Callback: the dialog was dismissed."""
    st.session_state.pop(OPEN, None)


def show_notice() -> None:
    """What the last correction or undo did, once."""
    if NOTICE in st.session_state:
        st.toast(escape_markdown(st.session_state.pop(NOTICE)), icon=":material/edit_note:")


def _organization_input(label: str, names: Sequence[str], *, current: str | None, key: str,
                        allow_none: bool = False) -> str | None:
    """An organisation of the article, or one the analyst types; None for 'none' where allowed."""
    options = [*(["(none)"] if allow_none else []), *names, OTHER]
    index = options.index(current) if current in options else (0 if current is None else len(options) - 1)
    chosen = st.selectbox(label, options, index=index, key=key)
    if chosen == OTHER:
        typed = st.text_input(f"{label}: name", value=current if current not in names else "", key=f"{key}.typed")
        return typed.strip() or None
    return None if chosen == "(none)" else chosen


def _statuses(current: str, key: str) -> str:
    names = list(AFFILIATION_STATUS_NAMES)
    return st.selectbox("Status", names, index=names.index(current) if current in names else 0, key=key,
                        format_func=lambda s: AFFILIATION_STATUS_NAMES[s])


# --- people and their ties ---------------------------------------------------------------------------


@st.dialog("Correct a person", width="large", on_dismiss=_close)
def person_dialog(person_id: str | None) -> None:
    """A person's ties (change, remove, add one), their name, or a merge into another person; with no
    person, a missing tie of anyone (a person of the article or a new one)."""
    analysis = state.selected().analysis
    person = next((p for p in analysis.people if p.id == person_id), None)
    key = f"newslens.correct.person.{person_id or 'new'}"
    organizations = [o.name for o in analysis.organizations]
    if person is None:
        _add_tie(analysis, None, organizations=organizations, key=key)
        return
    st.markdown(f"**{escape_markdown(person.name)}**")
    ties = list(person.affiliations)
    choice = st.selectbox("Affiliation", [*range(len(ties)), NEW], key=f"{key}.tie",
                          format_func=lambda i: "Add a missing affiliation…" if i == NEW else
                          f"{capitalized(ties[i].role)} · {ties[i].organization} "
                          f"({AFFILIATION_STATUS_NAMES.get(ties[i].status, ties[i].status)})")
    if choice == NEW:
        _add_tie(analysis, person, organizations=organizations, key=key)
    else:
        _change_tie(person, ties[choice], organizations=organizations, key=f"{key}.{choice}")
    with st.expander("Name: rename, or merge with another person"):
        _person_name(analysis, person, key=key)


def _change_tie(person: Person, tie, *, organizations: Sequence[str], key: str) -> None:
    organization = _organization_input("Organisation", organizations, current=tie.organization, key=f"{key}.org")
    role = st.text_input("Role", value=tie.role, key=f"{key}.role")
    status = _statuses(tie.status, key=f"{key}.status")
    author, note = _who_and_why(key)
    fact = affiliation_fact(person, tie)
    values = {k: v for k, v in (("organization", organization), ("role", role.strip()), ("status", status)) if v}
    _save_or_remove("affiliation", fact=fact, values=values, key=key, author=author, note=note)


def _save_or_remove(target: str, *, fact: dict, values: dict, key: str, author: str, note: str,
                    problem: str = "") -> None:
    """Save and Remove buttons of a dialog that corrects one fact: Save keeps the fields that differ from
    the machine's (unless ``problem`` says why they cannot be kept), Remove takes the fact away."""
    with st.container(horizontal=True):
        if st.button("Save correction", type="primary", icon=":material/check:", key=f"{key}.save"):
            changed = {k: v for k, v in values.items() if v != fact.get(k)}
            if problem:
                st.error(problem, icon=":material/error:")
            elif not changed:
                st.info("Nothing changed.", icon=":material/info:")
            else:
                _keep(correction(target=target, action="change", fact=fact, values=changed, author=author, note=note))
        if st.button(f"Remove this {target}", icon=":material/delete:", key=f"{key}.remove"):
            _keep(correction(target=target, action="remove", fact=fact, author=author, note=note))


def _add_tie(analysis: Analysis, person: Person | None, *, organizations: Sequence[str], key: str) -> None:
    if person is None:
        people = [p.name for p in analysis.people]
        name = st.selectbox("Person", [*people, OTHER], key=f"{key}.person")
        if name == OTHER:
            name = st.text_input("Person: full name", key=f"{key}.person.typed").strip()
    else:
        name = person.name
    organization = _organization_input("Organisation", organizations, current=organizations[0] if organizations
                                       else None, key=f"{key}.add.org")
    role = st.text_input("Role", key=f"{key}.add.role", placeholder="e.g. chief executive, researcher, alumna")
    status = _statuses("current", key=f"{key}.add.status")
    evidence = st.text_input("Evidence (optional)", key=f"{key}.add.evidence",
                             placeholder="The sentence of the article that says so")
    author, note = _who_and_why(f"{key}.add")
    if st.button("Add affiliation", type="primary", icon=":material/add:", key=f"{key}.add.save"):
        if not name or not organization or not role.strip():
            st.error("A person, an organisation and a role are needed.", icon=":material/error:")
            return
        _keep(correction(target="affiliation", action="add", author=author, note=note, values={
            "person": name, "organization": organization, "role": role.strip(), "status": status,
            "evidence": evidence.strip()}))


def _person_name(analysis: Analysis, person: Person, *, key: str) -> None:
    author, note = author_name(), ""
    name = st.text_input("Canonical name", value=person.name, key=f"{key}.name")
    if st.button("Rename", icon=":material/edit:", key=f"{key}.rename") and name.strip() not in ("", person.name):
        _keep(correction(target="person", action="rename", fact={"name": person.name},
                             values={"name": name.strip()}, author=author, note=note))
    others = [p.name for p in analysis.people if p.id != person.id]
    if others:
        into = st.selectbox("The same person as", others, key=f"{key}.into")
        if st.button(f"Merge into {into}", icon=":material/merge:", key=f"{key}.merge"):
            _keep(correction(target="person", action="merge", fact={"name": person.name}, values={"into": into},
                             author=author, note=note))


@st.dialog("Correct an organisation", width="large", on_dismiss=_close)
def organization_dialog() -> None:
    """Rename an organisation's canonical name, or merge two organisations that are one."""
    analysis = state.selected().analysis
    names = [o.name for o in analysis.organizations]
    if not names:
        st.info("The article names no organisation.", icon=":material/info:")
        return
    chosen = st.selectbox("Organisation", names, key="newslens.correct.org")
    key = f"newslens.correct.org.{names.index(chosen)}"
    name = st.text_input("Canonical name", value=chosen, key=f"{key}.name")
    author, note = _who_and_why(key)
    if st.button("Rename", icon=":material/edit:", key=f"{key}.rename") and name.strip() not in ("", chosen):
        _keep(correction(target="organization", action="rename", fact={"name": chosen},
                         values={"name": name.strip()}, author=author, note=note))
    others = [n for n in names if n != chosen]
    if others:
        into = st.selectbox("The same organisation as", others, key=f"{key}.into")
        if st.button(f"Merge into {into}", icon=":material/merge:", key=f"{key}.merge"):
            _keep(correction(target="organization", action="merge", fact={"name": chosen}, values={"into": into},
                             author=author, note=note))


# --- figures ------------------------------------------------------------------------------------------


def sentences(text: str) -> list[tuple[int, int]]:
    """Sentence-like stretches of the text (split after . ! ? or a line break), for picking where a
    missing figure is; offsets into ``text``."""
    spans, start = [], 0
    for match in re.finditer(r"(?<=[.!?])\s+|\n+", text):
        if text[start:match.start()].strip():
            spans.append((start, match.start()))
        start = match.end()
    if text[start:].strip():
        spans.append((start, len(text)))
    return spans


@st.dialog("Correct a money figure", width="large", on_dismiss=_close)
def figure_dialog() -> None:
    """Change or remove one of the article's figures, or add a missing one by picking its sentence."""
    analysis = state.selected().analysis
    figures = list(analysis.figures)
    choice = st.selectbox("Figure", [*range(len(figures)), NEW], key="newslens.correct.figure",
                          format_func=lambda i: "Add a missing figure…" if i == NEW else
                          f"{figures[i].text} · {figure_summary(figures[i])}")
    organizations = [o.name for o in analysis.organizations]
    if choice == NEW:
        _add_figure(analysis, organizations=organizations)
        return
    figure = figures[choice]
    key = f"newslens.correct.figure.{figure.start}.{figure.end}"
    st.caption(escape_markdown(f"“{figure.sentence}”"))
    values = _figure_fields(key, organizations=organizations, amount=figure.amount, currency=figure.currency,
                            start=figure.period_start, end=figure.period_end, kind=figure.kind, status=figure.status,
                            organization=figure.organization)
    author, note = _who_and_why(key)
    problem = "" if values["currency"] else "The currency is a three-letter ISO code such as EUR, USD or CNY."
    _save_or_remove("figure", fact=figure_fact(figure), values=values, key=key, author=author, note=note,
                    problem=problem)


def _figure_fields(key: str, *, organizations: Sequence[str], amount: float | None, currency: str,
                   start: int | None, end: int | None, kind: str, status: str,
                   organization: str | None) -> dict:
    """The fields of a figure as the analyst sets them (currency None when it is not an ISO code)."""
    left, middle, right = st.columns(3)
    amount = left.number_input("Amount (in units, e.g. 24000000000)", value=amount, min_value=0.0, step=1e6,
                               format="%.0f", key=f"{key}.amount")
    typed = middle.text_input("Currency", value=currency, max_chars=3, key=f"{key}.currency").strip().upper()
    kinds, statuses = list(KIND_NAMES), list(STATUS_NAMES)
    kind = right.selectbox("Kind", kinds, index=kinds.index(kind) if kind in kinds else 0, key=f"{key}.kind",
                           format_func=lambda k: sentence_case(KIND_NAMES[k]))
    left, middle, right = st.columns(3)
    start = left.number_input("From year", value=start, min_value=1900, max_value=2100, step=1, key=f"{key}.start")
    end = middle.number_input("To year", value=end, min_value=1900, max_value=2100, step=1, key=f"{key}.end")
    status = right.selectbox("Status", statuses, index=statuses.index(status) if status in statuses else 0,
                             key=f"{key}.status", format_func=lambda s: STATUS_NAMES[s])
    organization = _organization_input("Organisation", organizations, current=organization, key=f"{key}.org",
                                       allow_none=True)
    if start is not None and end is not None and end < start:
        start, end = end, start
    return {"amount": float(amount or 0), "currency": typed if re.fullmatch(r"[A-Z]{3}", typed) else None,
            "period_start": int(start) if start is not None else None,
            "period_end": int(end) if end is not None else None, "kind": kind, "status": status,
            "organization": organization}


def _add_figure(analysis: Analysis, *, organizations: Sequence[str]) -> None:
    spans = sentences(analysis.text)
    key = "newslens.correct.figure.add"
    picked = st.selectbox("Its sentence", range(len(spans)), key=f"{key}.sentence",
                          format_func=lambda i: _shortened(analysis.text[spans[i][0]:spans[i][1]]))
    start, end = spans[picked]
    sentence = analysis.text[start:end]
    money = [m for m in analysis.entities if m.label == "MONEY" and start <= m.start < end]
    written = st.text_input("As written in the sentence", value=money[0].text if money else "",
                            key=f"{key}.{picked}.written", placeholder="e.g. 24 Milliarden Yuan")
    values = _figure_fields(f"{key}.{picked}", organizations=organizations, amount=None, currency="EUR", start=None,
                            end=None, kind="rd_spending", status="actual",
                            organization=organizations[0] if organizations else None)
    author, note = _who_and_why(key)
    if st.button("Add figure", type="primary", icon=":material/add:", key=f"{key}.save"):
        offset = sentence.find(written.strip()) if written.strip() else -1
        if values["currency"] is None or not values["amount"]:
            st.error("An amount and a three-letter currency code (EUR, USD, CNY…) are needed.", icon=":material/error:")
            return
        where = (start + offset, start + offset + len(written.strip())) if offset >= 0 else (start, end)
        _keep(correction(target="figure", action="add", author=author, note=note, values={
            **values, "text": analysis.text[where[0]:where[1]], "start": where[0], "end": where[1],
            "sentence": sentence, "qualifier": "exact"}))


def _shortened(text: str, width: int = 110) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[:width - 1] + "…"


# --- mentions -------------------------------------------------------------------------------------------


@st.dialog("Correct an entity label", width="large", on_dismiss=_close)
def label_dialog() -> None:
    """Change the label of one highlighted span (e.g. a company tagged as a place)."""
    analysis = state.selected().analysis
    mentions = list(analysis.entities)
    if not mentions:
        st.info("Nothing is highlighted in this article.", icon=":material/info:")
        return
    chosen = st.selectbox("Span", range(len(mentions)), key="newslens.correct.mention",
                          format_func=lambda i: f"{mentions[i].text} · {LABEL_NAMES.get(mentions[i].label)} "
                                                f"(character {mentions[i].start})")
    mention = mentions[chosen]
    key = f"newslens.correct.mention.{mention.start}"
    labels = list(LABEL_NAMES)
    label = st.selectbox("Label", labels, index=labels.index(mention.label), key=f"{key}.label",
                         format_func=lambda code: LABEL_NAMES[code])
    author, note = _who_and_why(key)
    if st.button("Save correction", type="primary", icon=":material/check:", key=f"{key}.save"):
        if label == mention.label:
            st.info("Nothing changed.", icon=":material/info:")
        else:
            _keep(correction(target="entity", action="change", fact=mention_fact(mention), values={"label": label},
                             author=author, note=note))


# --- the list of corrections -----------------------------------------------------------------------------


def corrections_panel(analysis: Analysis, *, targets: Sequence[str], key: str) -> None:
    """The article's corrections of ``targets`` (all if empty), each with who, when, the machine's value
    and Undo; those a newer analysis no longer holds the fact of are listed apart."""
    shown = [c for c in analysis.corrections if not targets or c.target in targets]
    if not shown:
        return
    stale = [c for c in shown if not c.applied]
    title = f"Corrections ({len(shown)})" + (f", {len(stale)} no longer apply" if stale else "")
    with st.expander(title, icon=":material/history_edu:", expanded=bool(stale)):
        if stale:
            st.warning("A newer analysis no longer holds the facts of the corrections marked “no longer applies”: "
                       "they are kept, and apply again if an analysis finds those facts.", icon=":material/warning:")
        for item in shown:
            row, button = st.columns([6, 1], vertical_alignment="center")
            when = item.created[:16].replace("T", " ")
            state_words = "" if item.applied else " · **no longer applies**"
            note = f" · _{escape_markdown(item.note)}_" if item.note else ""
            row.markdown(f"{escape_markdown(described(item))}  \n"
                         f":gray[{escape_markdown(item.author)} · {escape_markdown(when)} UTC]{note}{state_words}")
            button.button("Undo", key=f"{key}.undo.{item.id}", icon=":material/undo:", on_click=_undo,
                          args=(item.id,))


def correct_button(label: str, dialog: str, *args: object, page: str, key: str) -> None:
    """A small button that opens a correction dialog (``dialog``: one of ``DIALOGS``) on ``page``."""
    st.button(label, key=key, icon=":material/edit:", type="tertiary", on_click=_open, args=(page, dialog, args))


def open_dialog(page: str) -> None:
    """Draw the correction dialog opened on ``page``, if one is open (at the end of the page). The dialog
    stays open across the page's reruns until a correction is kept or it is dismissed."""
    opened = st.session_state.get(OPEN)
    if opened is None:
        return
    where, name, args = opened
    if where != page:  # opened on another page, which the user left
        st.session_state.pop(OPEN, None)
        return
    DIALOGS[name](*args)


def _open(page: str, dialog: str, args: tuple) -> None:
    st.session_state[OPEN] = (page, dialog, args)


DIALOGS: dict[str, Callable[..., None]] = {
    "person": person_dialog, "organization": organization_dialog, "figure": figure_dialog, "label": label_dialog,
}

