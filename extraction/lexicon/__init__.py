"""The lexicons: every word NewsLens reads names and relations by, one TOML file per language
(``de.toml``, ``en.toml``, ``fr.toml``) and what all languages share (``common.toml``; people's given
names by gender and East Asian family names in ``names.toml``), loaded once per process. Code names
classes and ids; the words live only here.

Imports no NLP library, so the article library can use the legal forms too.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache
from importlib.resources import files
from types import MappingProxyType
from typing import Any

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

LANGUAGES = ("de", "en", "fr")
_FALLBACK = "en"  # languages without a lexicon read English words


@dataclass(frozen=True)
class Title:
    """A job title: its forms, the role in English, in-house or outside, and its level
    (org: the organisation's officer; unit: heads a part of it; staff: works there)."""

    id: str
    forms: tuple[str, ...]
    role: str
    scope: str
    level: str
    organisation_after: bool = False  # the title names its organisation right after it: "délégué syndical FO"

    @property
    def in_house(self) -> bool:
        return self.scope == "in_house"


@dataclass(frozen=True)
class Cue:
    """Verbs and nouns, by lemma, that state a relation between a person and an organisation."""

    id: str
    lemmas: tuple[str, ...]
    relation: str  # join | hire | leave | move | found | study | lead | work | board
    status: str
    role: str
    past_is_former: bool = False


# The lists of honorifics: gender-neutral ("Dr."), female ("Frau", "Mme"), male ("Herr", "M.").
HONORIFIC_LISTS = ("honorifics", "honorifics_female", "honorifics_male")
# Closed classes of grammar words: prepositions, articles, "and", "as"; never a name's word or a noun.
GRAMMAR_CLASSES = ("at", "of", "from", "to", "in", "on", "by", "det", "and", "as")


@dataclass(frozen=True)
class Lexicon:
    """One language's words, merged with the shared ones."""

    language: str
    titles: tuple[Title, ...]
    cues: tuple[Cue, ...]
    classes: Mapping[str, frozenset[str]]  # closed word classes: class -> lowercase forms
    lists: Mapping[str, frozenset[str]]  # named word lists ("company_nouns", "honorifics", ...)
    glossary: Mapping[str, str]  # German unit words in English ("ki" -> "AI")
    settings: Mapping[str, Any]  # morphology and the like (strings; a table for plural words)

    def words(self, name: str) -> frozenset[str]:
        """A named word list; empty when the language has none."""
        return self.lists.get(name, frozenset())

    @cached_property
    def _classes_by_word(self) -> dict[str, frozenset[str]]:
        by_word: dict[str, set[str]] = {}
        for name, words in self.classes.items():
            for word in words:
                by_word.setdefault(word, set()).add(name)
        return {word: frozenset(names) for word, names in by_word.items()}

    @cached_property
    def grammar_words(self) -> frozenset[str]:
        """The words of the grammar classes (``GRAMMAR_CLASSES``)."""
        return frozenset(w for name in GRAMMAR_CLASSES for w in self.classes.get(name, ()))

    def classes_of(self, word: str) -> frozenset[str]:
        """The closed classes a lowercase word form belongs to."""
        return self._classes_by_word.get(word, frozenset())

    @cached_property
    def _phrase_prefixes(self) -> frozenset[str]:
        phrases = [*self._classes_by_word, *(lemma for lemma in self._cues_by_lemma if " " in lemma)]
        return frozenset(form[:k] for form in phrases for k in range(1, len(form)))

    def opens_phrase(self, start: str) -> bool:
        """Whether a lowercase text is the proper beginning of a class entry ("as" of "as well as") or of a
        multi-word cue ("ins leben gerufen"): only then can a longer phrase from there be one unit."""
        return start in self._phrase_prefixes

    def is_phrase(self, text: str) -> bool:
        """Whether a lowercase text is a class entry or a cue, and so one unit however many words it has."""
        return bool(self.classes_of(text)) or self.cue_of(text) is not None

    @cached_property
    def _cues_by_lemma(self) -> dict[str, Cue]:
        return {lemma: cue for cue in self.cues for lemma in cue.lemmas}

    def cue_of(self, lemma: str) -> Cue | None:
        return self._cues_by_lemma.get(lemma.lower())

    @cached_property
    def title_tails(self) -> frozenset[str]:
        """The words after the first of titles of several words ("angel" of "business angel"): a name the pipeline
        opens with one may have begun inside the title."""
        return frozenset(word for title in self.titles for form in title.forms for word in form.split()[1:])

    def title(self, title_id: str) -> Title:
        return next(t for t in self.titles if t.id == title_id)

    @cached_property
    def unit_nouns(self) -> frozenset[str]:
        """Nouns for a part of a company: subsidiaries that are organisations and teams that are not."""
        return self.words("subsidiary_nouns") | self.words("team_nouns")

    @cached_property
    def and_words(self) -> str:
        """The words for "and" between two names as one alternation, empty where the lexicon has none; not "&", which
        joins the parts of one name ("Procter & Gamble")."""
        words = self.classes.get("and", frozenset()) - {"&"}
        return alternation_of(words) if words else ""

    @cached_property
    def and_between_names(self) -> re.Pattern[str]:
        """A word for "and" with a space on either side: " and ", " et ", " sowie "."""
        return re.compile(rf" (?:{self.and_words}) " if self.and_words else "(?!)")

    @cached_property
    def family_words(self) -> tuple[re.Pattern[str], re.Pattern[str]]:
        """A word for a family that ends just before a name or a title ("la famille Mulliez", "la famille fondatrice",
        also a German compound's end: "Gründerfamilie "), and one right after ("the Mars family")."""
        before, after = self.words("family_before"), self.words("family_after")
        return (re.compile(rf"(?i)(?:{alternation_of(before)}) $" if before else "(?!)"),
                re.compile(rf" (?i:{alternation_of(after)})\b" if after else "(?!)"))

    @cached_property
    def company_noun_ending(self) -> re.Pattern[str]:
        """A word that ends in a company or unit noun, lower case: "zulieferer", "windparkentwickler", "tochter"."""
        return re.compile(f"(?:{'|'.join(map(re.escape, self.words('company_nouns') | self.unit_nouns))})$")

    def is_company_noun(self, word: str) -> bool:
        """Whether a word is a company noun alone, perhaps inflected ("Start-ups", "Konzerns"): a reference, no name."""
        return self._company_noun.fullmatch(word) is not None

    def ends_in_company_noun(self, word: str) -> bool:
        """Whether a word is a compound that ends in a company noun, perhaps in the genitive: "Softwarekonzern",
        "Satellitenbetreibers" (a common noun, no name, though the lemma table may not know it)."""
        return self._company_compound.fullmatch(word) is not None

    def describes_names(self, word: str) -> bool:
        """Whether a word is a company noun, or a compound ending in one, that opens no names and so describes the
        name after it: "Satellitenbauer OHB", "Clog-Produzenten Hälsinge Tofflor AB"; not "Landesbank Hessen"."""
        return ((self.is_company_noun(word) or self.ends_in_company_noun(word))
                and not word.lower().endswith(tuple(self.words("name_opening_company_nouns"))))

    def names_a_trade(self, word: str) -> bool:
        """Whether a word is, or ends in, a noun for a business named by its craft: "Gerberei", "Lederfabrik",
        "Holzspielzeug-Werkstatt"."""
        trades = self.words("trade_nouns")
        return bool(trades) and word.lower().endswith(tuple(trades))

    @cached_property
    def _company_compound(self) -> re.Pattern[str]:
        case = self.settings.get("noun_case_endings", "")
        # "Softwarekonzern", also hyphenated: "Rüstungselektronik-Hersteller"; a compound head names a firm only at a
        # compound's end ("Seilbahnbauer", but "Bauer" is a farmer or a family name)
        heads = self.alternation("company_nouns", "company_compound_heads")
        return re.compile(rf"(?:\w{{3,}}|[\w-]+-)(?:{heads}){case}", re.IGNORECASE)

    @cached_property
    def _company_noun(self) -> re.Pattern[str]:
        return re.compile(f"(?:{self.alternation('company_nouns')}){self.settings.get('noun_case_endings', '')}",
                          re.IGNORECASE)

    @cached_property
    def person_nouns(self) -> str:
        """The person nouns ("die 49-Jährige"), which are patterns, not words, as one case-blind alternation: tried
        longest first, in the same order in every process (a set's is not); empty when the language has none."""
        nouns = sorted(self.words("person_nouns"), key=lambda w: (-len(w), w))
        return "(?i:" + "|".join(f"(?:{noun})" for noun in nouns) + ")" if nouns else ""

    @cached_property
    def noun_tags(self) -> dict[str, frozenset[str]]:
        """The unit tag of each class of nouns that the relation patterns name, with its words."""
        return {"COMPANY_NOUN": self.words("company_nouns"), "UNIT_NOUN": self.unit_nouns,
                "EDUCATION_NOUN": self.words("education_nouns"), "BODY_NOUN": self.words("public_body_nouns"),
                "KIN_NOUN": self.words("kin_nouns")}

    @cached_property
    def honorifics(self) -> frozenset[str]:
        """Every honorific, whatever gender it signals ("Dr.", "Herr", "Mme")."""
        return frozenset().union(*(self.words(name) for name in HONORIFIC_LISTS))

    def alternation(self, *names: str, flags: int | None = None) -> str:
        """Named lists together as a regular-expression alternation, longest words first (see ``alternation_of``)."""
        return alternation_of(frozenset().union(*(self.words(name) for name in names)), flags=flags)


def alternation_of(words: frozenset[str], *, flags: int | None = None) -> str:
    """Words as a regular-expression alternation, longest first (so that "Start-up" wins over "Start"). Given the
    ``flags`` of the pattern it goes into, grouped by first letter (``alternation_by_initial``), which a search
    tries faster."""
    ordered = sorted(words, key=lambda w: (-len(w), w))
    if flags is None:
        return "|".join(re.escape(w) for w in ordered)
    return alternation_by_initial(ordered, flags=flags)


def alternation_by_initial(words: Sequence[str], *, flags: int = 0, written: Callable[[str], str] = re.escape,
                           suffix: Callable[[str], str] = lambda word: "") -> str:
    """``words`` (none empty), in the order given, as a regular-expression alternation grouped by first letter:
    "april|may|aug" becomes "a(?:pril|ug)|m(?:ay)". It matches what the plain alternation matches, preferring the
    same word: at any place only the words of one group can match, and they keep their order. A search tries one
    group per place instead of every word (a fifth of the time for the known organisations). ``flags`` are those
    of the pattern the alternation goes into; ``written`` writes a piece of a word as a pattern (any piece: a
    word's first letter, the rest), and a word joins the group whose first letter, so written, matches its own
    ("A" and "a" where case is ignored). ``suffix`` gives what follows a word (an optional full stop after an
    abbreviation)."""
    groups: dict[str, list[str]] = {}
    for word in words:
        initial = next((k for k in groups if re.fullmatch(written(k), word[:1], flags)), word[:1])
        groups.setdefault(initial, []).append(word)
    return "|".join(f"{written(initial)}(?:{'|'.join(written(w[1:]) + suffix(w) for w in group)})"
                    for initial, group in groups.items())


@lru_cache(maxsize=8)
def lexicon(language: str) -> Lexicon:
    """The lexicon of ``language`` (English words for languages without one), loaded once."""
    language = language if language in LANGUAGES else _FALLBACK
    common, names, own = _read("common"), _read("names"), _read(language)
    lists = {name: frozenset(words) for name, words in
             {**common.get("lists", {}), **names.get("lists", {}), **own.get("lists", {})}.items()}
    # a business named by its trade is a company noun that opens names too ("la Cristallerie de Saint-Aubin")
    for name in ("company_nouns", "name_opening_company_nouns"):
        lists[name] = lists.get(name, frozenset()) | lists.get("trade_nouns", frozenset())
    return Lexicon(
        language=language,
        titles=tuple(Title(id=key, forms=tuple(v["forms"]), role=v["role"], scope=v["scope"], level=v["level"],
                           organisation_after=v.get("organisation_after", False))
                     for key, v in own.get("titles", {}).items()),
        cues=tuple(Cue(id=key, lemmas=tuple(v["lemmas"]), relation=v["relation"], status=v["status"], role=v["role"],
                       past_is_former=v.get("past_is_former", False)) for key, v in own.get("cues", {}).items()),
        classes=MappingProxyType({name: frozenset(words) for name, words in own.get("classes", {}).items()}),
        lists=MappingProxyType(lists),
        glossary=MappingProxyType(own.get("glossary", {})),
        settings=MappingProxyType({**common.get("settings", {}), **own.get("settings", {})}),
    )


@lru_cache(maxsize=8)
def _read(name: str) -> dict:
    return tomllib.loads(files(__name__).joinpath(f"{name}.toml").read_text("utf-8"))


@lru_cache(maxsize=32)
def every_language(*names: str) -> frozenset[str]:
    """Named lists of every language together, for rules that read any language's words in any article
    ("Mr." in a German text, "das Start-up" and "la start-up" alike)."""
    return frozenset().union(*(lexicon(language).words(name) for language in LANGUAGES for name in names))


@lru_cache(maxsize=64)
def shared_words(name: str) -> frozenset[str]:
    """A list every language shares (``common.toml``, ``names.toml``): legal forms, organisation words,
    not-names, given names."""
    return frozenset(_read("common").get("lists", {}).get(name, ()) or _read("names").get("lists", {}).get(name, ()))


@lru_cache(maxsize=8)
def shared_table(name: str) -> Mapping[str, Mapping]:
    """A table every language shares (``common.toml``), its entries by id: rules that name classes and cue
    relations rather than words ("firm_after_cue")."""
    return MappingProxyType(_read("common").get(name, {}))


def raw(name: str) -> dict:
    """A lexicon file as written (for the tests that check the lexicons themselves)."""
    return _read(name)
