"""The lexicons are data that must stay consistent: every list lives once, ids are unique, every word is
in a list at most once, and every class a relation pattern names exists."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from extraction.lexicon import LANGUAGES, lexicon, raw, shared_table
from extraction.relation_patterns import relation_patterns
from extraction.unit_patterns import _MACROS, _tokens

# Tags that ``units`` (and ``evidence``, on a path: "light") give besides the lexicon's classes.
UNIT_TAGS = {"P", "POSSESSOR", "O", "TITLE", "CUE", "PAST", "PLURAL", "PRON", "REF", "HON", "w", "Cap", "EDGE", "up",
             "down", "light", "COMMA", "HYPHEN", "LPAR", "RPAR", "COLON", "SEMI", "PERIOD", "DASH", "SLASH", "QUOTE",
             "PUNCT", *lexicon("en").noun_tags}
SHARED = ("common", "names")


def _arrays(data, path=""):
    for key, value in data.items():
        if isinstance(value, dict):
            yield from _arrays(value, f"{path}{key}.")
        elif isinstance(value, list):
            yield f"{path}{key}", value


@pytest.mark.parametrize("name", [*LANGUAGES, *SHARED])
def test_no_word_twice_in_a_list(name):
    for path, words in _arrays(raw(name)):
        repeated = [w for w, n in Counter(words).items() if n > 1]
        assert not repeated, f"{name}.toml {path}: {repeated}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_list_lives_once(language):
    own = set(raw(language).get("lists", {}))
    for shared in SHARED:
        assert not own & set(raw(shared).get("lists", {})), f"{language}.toml repeats a list of {shared}.toml"


@pytest.mark.parametrize("language", LANGUAGES)
def test_titles_and_cues_are_unambiguous(language):
    words = lexicon(language)
    forms = Counter(f.lower() for t in words.titles for f in t.forms)
    assert not [f for f, n in forms.items() if n > 1], "a title form belongs to one title"
    lemmas = Counter(lemma for cue in words.cues for lemma in cue.lemmas)
    assert not [w for w, n in lemmas.items() if n > 1], "a cue lemma belongs to one cue"
    assert len({t.id for t in words.titles}) == len(words.titles)
    for title in words.titles:
        assert title.scope in ("in_house", "outside") and title.level in ("org", "unit", "staff"), title.id


@pytest.mark.parametrize("language", LANGUAGES)
def test_firm_after_cue_names_classes_and_relations_that_exist(language):
    """The shared rules name prepositions by a class every language has, and relations some cue states."""
    relations = {cue.relation for other in LANGUAGES for cue in lexicon(other).cues}
    rules = shared_table("firm_after_cue")
    assert rules
    for rule_id, rule in rules.items():
        assert set(rule["prepositions"]) <= set(lexicon(language).classes), f"{rule_id}: a class {language}.toml lacks"
        assert set(rule["relations"]) <= relations, f"{rule_id}: a relation no cue states"


def test_given_names_have_one_gender_each():
    lists = [set(raw("names")["lists"][k]) for k in ("given_names_female", "given_names_male", "given_names_unisex")]
    assert not (lists[0] & lists[1] or lists[0] & lists[2] or lists[1] & lists[2])


def _tags(element: str) -> set[str]:
    element = re.sub(r"^@[a-z]=", "", element)
    element = re.sub(r"(?:\?|\*|\+|\{\d*,?\d*\})$", "", element)
    if element in ("(", ")", "|", "^", ".", "") or element.startswith((">", "<")):
        return set()
    tags = set()
    for alternative in element.split("|"):
        if alternative.startswith("~"):
            alternative = _MACROS["~"] + alternative[1:]
        for part in re.split(r"[!&]", alternative):
            tags.add(part)
    return tags


@pytest.mark.parametrize("language", LANGUAGES)
def test_patterns_name_only_tags_that_exist(language):
    words = lexicon(language)
    known = UNIT_TAGS | set(words.classes) | {f"CUE:{c.relation}" for c in words.cues} | {
        f"CUE:{c.id}" for c in words.cues} | {f"ROLE:{t.id}" for t in words.titles} | {
        f"TITLE:{v}" for v in ("in_house", "outside", "org", "unit", "staff", "named")} | {
        f"O:{k}" for k in ("company", "education", "outlet", "institution")}
    for pattern in relation_patterns(language):
        unknown = {t for element in _tokens(pattern.match) for t in _tags(element)} - known
        unknown = {t for t in unknown if not t.startswith(("pos:", "dep:", "case:"))}
        assert not unknown, f"{pattern.id} names {unknown}"
