"""Language identification with py3langid (97 languages, offline, a few ms per article)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from py3langid.langid import MODEL_FILE, LanguageIdentifier

from .result import SUPPORTED_LANGUAGES

# Below this probability the detector is guessing (very short texts, lists of names):
# then the likeliest of the languages we cover is the more useful answer.
_CONFIDENT = 0.5


@dataclass(frozen=True)
class Detection:
    language: str
    confidence: float


@lru_cache(maxsize=1)
def _identifier() -> LanguageIdentifier:
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> Detection:
    """ISO 639-1 code of the text's language and the detector's probability for it."""
    ranking = _identifier().rank(text)
    best, confidence = ranking[0]
    if confidence < _CONFIDENT:
        best, confidence = next((lang, p) for lang, p in ranking if lang in SUPPORTED_LANGUAGES)
    return Detection(language=best, confidence=round(float(confidence), 3))
