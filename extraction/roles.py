"""Job titles in text, and the short English role each one means (titles are lexicon data).

German builds titles as compounds: "Xiaomi-Präsident", "Firmenchef", "KI-Chefin". The part
before the title word is kept as ``modifier``: an organisation ("Xiaomi") or a unit ("KI",
which makes the role "head of AI"). Feminine and plural endings are accepted everywhere.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from functools import lru_cache

from .lexicon import Title, alternation_by_initial, alternation_of, lexicon

# The roles (the titles' English words) of someone who founded the organisation.
FOUNDING_ROLES = frozenset({"founder", "co-founder"})


@dataclass(frozen=True)
class RoleMatch:
    """A title at ``source[start:end]``; ``modifier`` is the compound's first part, if any."""

    start: int
    end: int
    role: str
    modifier: str = ""
    title: Title | None = None
    field: str = ""  # the modifier in English words, if it names a field ("Vertriebs" -> "sales")

    def described(self, *, modifier_is_org: bool) -> str:
        """The role in words: an organisation's head is its ceo ("Xiaomi-Chef"); a field
        qualifies the title ("Deep-Learning-Forscherin" -> "deep-learning researcher")."""
        if modifier_is_org:
            return "ceo" if self.role == "head" else self.role
        if not self.field or self.role.startswith("head of"):
            return self.role
        return f"{self.field} {self.role}"


@lru_cache(maxsize=8)
def _pattern(language: str) -> re.Pattern[str]:
    """One alternation of every title form, longest first whatever its title ("directrice associée" is a
    partner, not a "directrice" followed by a word), each group named after its title's position."""
    titles = lexicon(language).titles
    # No title starts unlike one of its forms' first two letters: looking ahead for those first spares
    # trying every form at every word (half the time of a search)
    openings = alternation_by_initial(sorted({form[:2] for title in titles for form in title.forms}),
                                      flags=re.IGNORECASE, written=lambda form: _form(form, language=language))
    alternatives = _alternatives(language, phrases_only=False)
    if language == "de":  # a title ends a word (searched word by word, see _title_matches)
        return re.compile(rf"(?={openings})(?:{alternatives})$", re.IGNORECASE)
    # a title may carry "ex-" ("l'ex-patron de Vinci", "the ex-CEO of Arm"), which ``units`` reads as "former", and a
    # word that keeps its role ("interim chief executive", "joint managing director")
    qualifiers = lexicon(language).words("title_qualifiers")
    qualified = rf"(?:(?:{alternation_of(qualifiers)})[\s-])?" if qualifiers else ""
    return re.compile(rf"(?:(?<![\w-])|(?<=(?<![\w-])ex-)){qualified}(?={openings})(?:{alternatives})(?![\w-])",
                      re.IGNORECASE)


@lru_cache(maxsize=8)
def _phrase_pattern(language: str) -> re.Pattern[str]:
    """The forms of several words ("Managing Director", "Vorsitzende des Aufsichtsrats"), which a search word
    by word cannot find, as whole words."""
    return re.compile(rf"(?<![\w-])(?:{_alternatives(language, phrases_only=True)})(?![\w-])", re.IGNORECASE)


def _alternatives(language: str, *, phrases_only: bool) -> str:
    """The title forms, longest first, grouped by first letter; each group named ``t<title>_<form>``."""
    titles = lexicon(language).titles
    ending = lexicon(language).settings.get("title_endings", "")
    forms = sorted(((form, i) for i, title in enumerate(titles) for form in title.forms
                    if " " in form or not phrases_only), key=lambda f: -len(f[0]))
    by_initial: dict[str, list[str]] = {}  # forms by first letter, each group tried only where its letter stands
    for n, (form, i) in enumerate(forms):
        by_initial.setdefault(form[0].lower(), []).append(f"(?P<t{i}_{n}>{_form(form, language=language)}){ending}")
    return "|".join(f"(?={re.escape(letter)})(?:{'|'.join(group)})" for letter, group in by_initial.items())


def _form(form: str, *, language: str) -> str:
    """A title form as a pattern: spaces and hyphens interchangeable ("vice-president"); "*" stands for any one
    word, the title's field ("chief * officer": "chief underwriting officer", "chief risk officer"); where the
    language puts its adjectives in the plural too, each word may take its plural ending ("directeurs généraux
    délégués"; the last word takes the form's ending, ``title_endings``)."""
    settings = lexicon(language).settings
    parts = re.split(r"[\s-]", form)
    return r"[\s-]".join(_word_of_a_form(part, inner=k < len(parts) - 1, settings=settings)
                         for k, part in enumerate(parts))


def _word_of_a_form(word: str, *, inner: bool, settings: Mapping) -> str:
    if word == "*":
        return r"[^\W\d_]+"
    if len(word) <= _SHORTEST_PLURAL_WORD or "title_word_endings" not in settings:
        return re.escape(word)
    ending = settings["title_word_endings"] if inner else ""  # the last word takes the form's ending
    for singular, plural in settings.get("title_word_plurals", {}).items():  # "général", "généraux"
        if word.endswith(singular):
            return f"{re.escape(word[:-len(singular)])}(?:{singular}|{plural}){ending}"
    return re.escape(word) + ending


_SHORTEST_PLURAL_WORD = 3  # "de", "la", "des": a title's small words keep their form


_WORD = re.compile(r"(?<!\w)-?(\w[\w-]*)")  # "⟦O0⟧-Präsident": the word is "Präsident"


def find_roles(text: str, *, language: str) -> list[RoleMatch]:
    """Every job title in ``text``, in order."""
    # Short strings (a name, the words around it) are asked about again and again: remember them.
    return list(_find_roles_cached(text, language) if len(text) < 200 else _find_roles(text, language))


def title_owning(text: str, position: int, *, start: int, language: str) -> RoleMatch | None:
    """The title in ``text[start:position]`` whose organisation the name at ``position`` is: only words of belonging
    and articles stand between them ("l'ex-patron de Vinci", "chief executive of Sundaram Renewables"), and a few
    lower-case words of the title's field before the last ("la responsable de la vape chez BAT"); its offsets count
    from ``start``."""
    titles = find_roles(text[start:position], language=language)
    if not titles:
        return None
    gap = re.findall(r"[\w'’-]+", text[start + titles[-1].end:position])
    words = lexicon(language)
    belonging = [bool(words.classes_of(w.lower()) & {"of", "at", "det"}) for w in gap]
    field = [w for w, joins in zip(gap, belonging, strict=True) if not joins]
    owned = bool(gap) and belonging[-1] and len(field) <= _FIELD_WORDS and all(w.islower() for w in field)
    return titles[-1] if owned else None


_FIELD_WORDS = 3  # "de la catégorie vapotage de": words of a title's field between it and its organisation


@lru_cache(maxsize=4096)
def _find_roles_cached(text: str, language: str) -> tuple[RoleMatch, ...]:
    return _find_roles(text, language)


def _find_roles(text: str, language: str) -> tuple[RoleMatch, ...]:
    words = lexicon(language)
    found = []
    for start, hit, modifier in _title_matches(text, language):
        title = words.titles[hit.index]
        role = title.role
        english = _in_english(modifier, language=language)
        if role == "head" and english:  # "KI-Chef" is the head of AI
            role = f"head of {english}"
        # a field the glossary does not know stays only where a hyphen sets it apart ("Deep-Learning-Forscherin");
        # the first part of a closed compound is a German word ("Projektleiter" is no "projekt head")
        hyphenated = text[start + len(modifier):start + len(modifier) + 1] == "-"
        found.append(RoleMatch(start, hit.end, role, modifier, title,
                               english or (modifier.lower() if hyphenated else "")))
    return tuple(found)


@dataclass(frozen=True)
class _Hit:
    """Where a title form stands, which title it is (its index in the lexicon) and the form without its ending."""

    start: int
    end: int
    index: int
    form: str


def _hit(match: re.Match[str], *, offset: int = 0) -> _Hit:
    key, form = next((k, v) for k, v in match.groupdict().items() if v and k.startswith("t"))
    return _Hit(offset + match.start(), offset + match.end(), int(key[1:].split("_")[0]), form)


@lru_cache(maxsize=16384)
def _in_word(word: str, language: str) -> _Hit | None:
    """The title a German word ends in, relative to the word (a title ends a word, so the word alone decides;
    articles repeat their words, so each is read once)."""
    match = _pattern(language).search(word)
    return _hit(match) if match else None


def _in_english(modifier: str, *, language: str) -> str:
    """The glossary's English for a compound's first part, also with a German linking "s" ("Bereichs")."""
    glossary = lexicon(language).glossary
    key = modifier.lower()
    return glossary.get(key) or (glossary.get(key[:-1], "") if key.endswith("s") else "")


def _title_matches(text: str, language: str):
    """(start, hit, compound's first part) per title. German titles end a word and may follow a
    compound's first part ("Xiaomi-Präsident"; "Firmenchef" is a title of its own): the leftmost title
    that ends the word wins, and the title starts where the word does."""
    if language != "de":
        yield from ((m.start(), _hit(m), "") for m in _pattern(language).finditer(text))
        return
    phrases = list(_phrase_pattern(language).finditer(text))
    for word in _WORD.finditer(text):
        phrase = next((m for m in phrases if m.start() <= word.start(1) < m.end()), None)
        if phrase is not None:
            if phrase.start() == word.start(1):
                yield phrase.start(), _hit(phrase), ""
            continue
        found = _in_word(word.group(1), language)
        if found is None:
            continue
        hit = replace(found, start=found.start + word.start(1), end=found.end + word.start(1))
        modifier = text[word.start(1):hit.start]
        if modifier and not modifier.endswith("-") and len(hit.form) < _SHORTEST_JOINED:
            continue  # "Director" does not end in "CTO": a short form follows a hyphen or stands alone
        former = _former_prefix(language).match(modifier)
        if former and len(modifier) > former.end():  # "Ex-Bosch-Chefin": the title of "Bosch", once
            yield word.start(1) + former.end(), hit, modifier[former.end():].rstrip("-")
            continue
        yield word.start(1), hit, modifier.rstrip("-")


@lru_cache(maxsize=8)
def _former_prefix(language: str) -> re.Pattern[str]:
    """The lexicon's former-markers written as a prefix ("ex-"), before a compound's first part; ``units`` reads
    them as "former"."""
    prefixes = sorted(w for w in lexicon(language).classes.get("former", ()) if w.endswith("-"))
    return re.compile("|".join(map(re.escape, prefixes)) or "(?!)", re.IGNORECASE)


# Letters of the shortest title form that ends a compound with no hyphen ("Firmenchef"; not "cto" of "Director")
_SHORTEST_JOINED = 4


def unit_in_english(words: str, *, language: str = "de") -> str:
    """English reading of a German unit name: "AI-Plattform-Abteilung" -> "AI platform department"."""
    glossary = lexicon(language).glossary
    parts = []
    for part in re.split(r"[-\s]+", words.strip()):
        parts.extend(_split_compound(part, glossary))
    return " ".join(parts)


def _split_compound(word: str, glossary) -> list[str]:
    """Glossary words a compound is made of, left to right: the longest known ending first,
    then what precedes it (less a linking "s"); unknown parts stay as written."""
    lower = word.lower()
    if lower in glossary:
        return [glossary[lower]]
    for size in range(1, len(lower) - 1):
        tail = lower[size:]
        if tail in glossary:
            head = word[:size]
            if head.lower().endswith("s") and head.lower()[:-1] in glossary:
                head = head[:-1]
            return [*_split_compound(head, glossary), glossary[tail]]
    return [word]
