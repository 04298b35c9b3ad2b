"""Words the dashboard shows for the extraction core's codes (labels, kinds, statuses, languages)."""

from __future__ import annotations

LABEL_NAMES = {
    "PERSON": "Person",
    "ORG": "Organisation",
    "LOC": "Place",
    "PRODUCT": "Product",
    "EVENT": "Event",
    "MONEY": "Money",
    "DATE": "Date",
    "PERCENT": "Percent",
    "MISC": "Other",
}

KIND_NAMES = {
    "rd_spending": "R&D spending",
    "investment": "investment",
    "funding": "funding",
    "revenue": "revenue",
    "profit": "profit",
    "salary": "salary",
    "valuation": "valuation",
    "other": "other money",
}

# What the timeline shows unless the user asks for more: money spent on R&D and investment.
SPENDING_KINDS = ("rd_spending", "investment")

STATUS_NAMES = {"actual": "actual", "planned": "planned", "unknown": "status not stated"}

QUALIFIER_WORDS = {"exact": "", "about": "about ", "over": "more than ", "under": "less than "}

AFFILIATION_STATUS_NAMES = {"current": "current", "former": "former", "unknown": "time not stated"}

# Roles that say where someone studied, not where they worked: not a career move.
EDUCATION_ROLES = frozenset({"alumna", "alumnus", "alumni", "student", "doctoral student"})

LANGUAGE_NAMES = {
    "de": "German", "en": "English", "fr": "French", "es": "Spanish", "it": "Italian", "nl": "Dutch",
    "pt": "Portuguese", "pl": "Polish", "sv": "Swedish", "da": "Danish", "no": "Norwegian", "fi": "Finnish",
    "cs": "Czech", "ru": "Russian", "uk": "Ukrainian", "tr": "Turkish", "zh": "Chinese", "ja": "Japanese",
    "ko": "Korean", "ar": "Arabic",
}


def language_name(code: str) -> str:
    """'German' for 'de'; the code itself for languages we have no name for."""
    return LANGUAGE_NAMES.get(code, code)


def sentence_case(text: str) -> str:
    """First letter up, the rest untouched: 'R&D spending', 'Investment'."""
    return text[:1].upper() + text[1:]


def series_name(organization: str | None, kind: str) -> str:
    """'Xiaomi · R&D spending': one timeline series, or 'Unattributed · …' without an organisation."""
    return f"{organization or 'Unattributed'} · {KIND_NAMES.get(kind, kind)}"


def period_words(start: int | None, end: int | None) -> str:
    """'2024', '2022–2026', 'by 2030', 'from 2025' or 'no year'."""
    if start is None and end is None:
        return "no year"
    if start is None:
        return f"by {end}"
    if end is None:
        return f"from {start}"
    return str(start) if start == end else f"{start}–{end}"
