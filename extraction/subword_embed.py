"""Custom spaCy/thinc embedding layers for the NewsLens German NER model.

Importing this module registers ``newslens.SubwordHashEmbed.v1`` and
``newslens.BiLSTMEncoder.v1`` in spaCy's architecture registry. Import it
before ``spacy.load()``-ing a pipeline that uses them
(e.g. ``models/de_newslens_ner``)::

    import extraction.subword_embed  # noqa: F401  (registers the architecture)
    nlp = spacy.load("models/de_newslens_ner")

The embedding concatenates three kinds of token features and mixes them with
one Maxout layer (like spaCy's ``MultiHashEmbed``):

* hash embeddings of lexical attributes (NORM, PREFIX, SUFFIX, SHAPE, ...);
* hash embeddings of longer lower-cased affixes (e.g. 4- and 6-character
  suffixes, useful for German compounds such as ``-ministerium``);
* static pretrained subword vectors from the MIT-licensed ``wordllama``
  package (32,000 x 256 LLaMA-2 BPE vectors, ``l2_supercat_256``). Each token
  is split into BPE pieces; its feature is the concatenation of the mean, the
  first and the last piece vector, projected to the model width by a learned
  linear layer. The table itself is static and is read from the installed
  ``wordllama`` package at run time, so it is not stored in the model
  directory and nothing is downloaded.

``newslens.BiLSTMEncoder.v1`` is an alternative context encoder for
``spacy.Tok2Vec.v2``: a bidirectional LSTM over the whole sentence (thinc's
numpy LSTM, no torch), optionally followed by residual Maxout window layers.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache
from importlib import resources

import numpy as np
from safetensors.numpy import load_file
from spacy.attrs import intify_attr
from spacy.ml.models.tok2vec import MaxoutWindowEncoder
from spacy.strings import get_string_id
from spacy.tokens import Doc
from spacy.util import registry
from thinc.api import (
    LSTM,
    HashEmbed,
    Linear,
    Maxout,
    Model,
    Ragged,
    chain,
    concatenate,
    list2ragged,
    ragged2list,
    with_array,
    with_padded,
)
from thinc.types import Floats2d, Ints2d
from tokenizers import Tokenizer

__all__ = ["BiLSTMEncoder", "SubwordHashEmbed", "load_subword_table", "subword_vectors"]

WORDLLAMA_WEIGHTS = "l2_supercat_256.safetensors"
WORDLLAMA_TOKENIZER = "l2_supercat_tokenizer_config.json"
POOLINGS = ("mean", "mean_first_last")
_MAX_CACHE = 500_000


@lru_cache(maxsize=2)
def load_subword_table(weights: str = WORDLLAMA_WEIGHTS) -> np.ndarray:
    """Return the static subword vector table (float16, 16 MB) from the installed wordllama package."""
    path = resources.files("wordllama") / "weights" / weights
    with resources.as_file(path) as file:
        return load_file(str(file))["embedding.weight"]


@lru_cache(maxsize=2)
def load_subword_tokenizer(config: str = WORDLLAMA_TOKENIZER) -> Tokenizer:
    """Return the LLaMA-2 BPE tokenizer that belongs to the wordllama table."""
    path = resources.files("wordllama") / "tokenizers" / config
    with resources.as_file(path) as file:
        return Tokenizer.from_file(str(file))


class _PieceCache:
    """Maps word strings to their BPE piece ids, encoding unseen words in batches."""

    def __init__(self, tokenizer: Tokenizer) -> None:
        self.tokenizer = tokenizer
        self.ids: dict[str, np.ndarray] = {}

    def lookup(self, words: Sequence[str]) -> list[np.ndarray]:
        """Piece ids for every word (never empty: unknown/blank words map to id 0)."""
        missing = list({w for w in words if w not in self.ids})
        if missing:
            if len(self.ids) + len(missing) > _MAX_CACHE:
                self.ids.clear()
            encodings = self.tokenizer.encode_batch(missing, add_special_tokens=False)
            for word, enc in zip(missing, encodings, strict=True):
                self.ids[word] = np.asarray(enc.ids or [0], dtype=np.int64)
        return [self.ids[w] for w in words]


@lru_cache(maxsize=2)
def _piece_cache(config: str) -> _PieceCache:
    return _PieceCache(load_subword_tokenizer(config))


def _pool(table: np.ndarray, pieces: list[np.ndarray], pooling: str) -> np.ndarray:
    """Pool piece vectors per token: mean, or mean + first + last concatenated."""
    lengths = np.fromiter((len(p) for p in pieces), dtype=np.int64, count=len(pieces))
    flat = np.concatenate(pieces)
    starts = np.concatenate(([0], np.cumsum(lengths)[:-1]))
    vectors = table[flat].astype(np.float32)
    mean = np.add.reduceat(vectors, starts, axis=0) / lengths[:, None]
    if pooling == "mean":
        return mean
    first = vectors[starts]
    last = vectors[starts + lengths - 1]
    return np.concatenate([mean, first, last], axis=1)


def subword_vectors(
    *,
    pooling: str = "mean_first_last",
    weights: str = WORDLLAMA_WEIGHTS,
    tokenizer: str = WORDLLAMA_TOKENIZER,
) -> Model[list[Doc], Ragged]:
    """Static (not trained) layer: docs -> ragged pooled wordllama subword vectors per token."""
    if pooling not in POOLINGS:
        raise ValueError(f"pooling must be one of {POOLINGS}, not {pooling!r}")
    n_out = 256 * (1 if pooling == "mean" else 3)
    return Model(
        "subword_vectors",
        _subword_forward,
        attrs={"pooling": pooling, "weights": weights, "tokenizer": tokenizer},
        dims={"nO": n_out},
    )


def _subword_forward(model: Model, docs: list[Doc], is_train: bool) -> tuple[Ragged, Callable]:
    table = load_subword_table(model.attrs["weights"])
    cache = _piece_cache(model.attrs["tokenizer"])
    words = [tok.text for doc in docs for tok in doc]
    lengths = model.ops.asarray1i([len(doc) for doc in docs])
    if words:
        data = _pool(table, cache.lookup(words), model.attrs["pooling"])
    else:
        data = np.zeros((0, model.get_dim("nO")), dtype=np.float32)
    output = Ragged(model.ops.asarray2f(data.astype(np.float32, copy=False)), lengths)

    def backprop(d_output: Ragged) -> list[Doc]:
        return []

    return output, backprop


def affix_features(
    *, attrs: Sequence[str | int], suffix_lengths: Sequence[int], prefix_lengths: Sequence[int]
) -> Model[list[Doc], list[Ints2d]]:
    """Docs -> uint64 feature columns: spaCy attributes, then hashes of lower-cased affixes."""
    return Model(
        "affix_features",
        _affix_forward,
        attrs={
            "attrs": [intify_attr(a) for a in attrs],
            "suffix_lengths": list(suffix_lengths),
            "prefix_lengths": list(prefix_lengths),
        },
    )


@lru_cache(maxsize=200_000)
def _word_affix_hashes(low: str, suffix_lengths: tuple[int, ...], prefix_lengths: tuple[int, ...]) -> tuple:
    """Hashes (not added to the StringStore) of a lower-cased word's affixes; marked so "ab" != "-ab"."""
    feats = [f"-{low[-n:]}" for n in suffix_lengths] + [f"{low[:n]}-" for n in prefix_lengths]
    return tuple(get_string_id(f) for f in feats)


def _affix_hashes(doc: Doc, suffix_lengths: Sequence[int], prefix_lengths: Sequence[int]) -> np.ndarray:
    sufs, pres = tuple(suffix_lengths), tuple(prefix_lengths)
    rows = [_word_affix_hashes(tok.lower_, sufs, pres) for tok in doc]
    return np.asarray(rows, dtype=np.uint64).reshape(len(doc), len(sufs) + len(pres))


def _affix_forward(model: Model, docs: list[Doc], is_train: bool) -> tuple[list[Ints2d], Callable]:
    attrs = model.attrs["attrs"]
    sufs, pres = model.attrs["suffix_lengths"], model.attrs["prefix_lengths"]
    features = []
    for doc in docs:
        base = doc.to_array(attrs).reshape(len(doc), len(attrs)).astype(np.uint64)
        if sufs or pres:
            base = np.hstack([base, _affix_hashes(doc, sufs, pres)])
        features.append(model.ops.asarray(base, dtype="uint64"))

    def backprop(d_features: list[Ints2d]) -> list[Doc]:
        return []

    return features, backprop


@registry.architectures("newslens.SubwordHashEmbed.v1")
def SubwordHashEmbed(
    width: int,
    attrs: list[str],
    rows: list[int],
    suffix_lengths: list[int],
    prefix_lengths: list[int],
    affix_rows: int,
    pooling: str = "mean_first_last",
    include_subwords: bool = True,
    subword_width: int = 0,
) -> Model[list[Doc], list[Floats2d]]:
    """Hash embeddings of attributes and long affixes + projected static wordllama subword vectors.

    width: output width (and width of each hash table); attrs/rows: spaCy token
    attributes and their hash-table rows (as in MultiHashEmbed); suffix_lengths /
    prefix_lengths: extra lower-cased affix lengths, each with ``affix_rows`` rows;
    pooling: "mean" or "mean_first_last" subword pooling; include_subwords: set to
    false for an ablation without the pretrained vectors; subword_width: width of
    the projected subword vectors before mixing (0 = ``width``).
    """
    if len(rows) != len(attrs):
        raise ValueError(f"Mismatched lengths: {len(rows)} rows vs {len(attrs)} attrs")
    n_affix = len(suffix_lengths) + len(prefix_lengths)
    tables = [*rows, *([affix_rows] * n_affix)]
    embeds = [HashEmbed(width, n, column=i, seed=11 + i, dropout=0.0) for i, n in enumerate(tables)]
    hashed = chain(
        affix_features(attrs=attrs, suffix_lengths=suffix_lengths, prefix_lengths=prefix_lengths),
        list2ragged(),
        with_array(concatenate(*embeds)),
    )
    parts = [hashed]
    subword_width = (subword_width or width) if include_subwords else 0
    if include_subwords:
        static = subword_vectors(pooling=pooling)
        parts.append(chain(static, with_array(Linear(subword_width, static.get_dim("nO")))))
    concat_size = width * len(tables) + subword_width
    mix = with_array(Maxout(width, concat_size, nP=3, dropout=0.0, normalize=True))
    return chain(concatenate(*parts), mix, ragged2list())


@registry.architectures("newslens.BiLSTMEncoder.v1")
def BiLSTMEncoder(
    width: int, depth: int, dropout: float, window_depth: int = 0
) -> Model[list[Floats2d], list[Floats2d]]:
    """Sentence-wide context: a bidirectional LSTM (thinc, runs on numpy) of output ``width``.

    depth: stacked BiLSTM layers; dropout: between them; window_depth: optional
    residual Maxout window (CNN) layers after the LSTM, as in spaCy's MaxoutWindowEncoder.
    """
    lstm = with_padded(LSTM(width, width, bi=True, depth=depth, dropout=dropout))
    if window_depth:
        cnn = MaxoutWindowEncoder(width=width, window_size=1, maxout_pieces=3, depth=window_depth)
        model = chain(lstm, cnn)
    else:
        model = lstm
    model.set_dim("nO", width)
    return model
