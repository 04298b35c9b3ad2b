"""Where a sentence quotes someone: what stands between double quotation marks is another voice's, so its names
are no subject of the sentence and no employer of the people around it."""

from __future__ import annotations

_DOUBLE_QUOTES = frozenset("\"“”„«»")


def quotations(sentence: str, *, offset: int = 0) -> list[tuple[int, int]]:
    """The quoted stretches of a sentence, as offsets plus ``offset`` (where the sentence starts in its article):
    between its first and second double quotation mark, and so on; an odd mark closes a quotation the sentence
    opens with (its opening mark may fall before the sentence), unless the sentence opens with a mark: then the
    odd last one opens a quotation the next sentence goes on with."""
    marks = [offset + i for i, character in enumerate(sentence) if character in _DOUBLE_QUOTES]
    first = offset + len(sentence) - len(sentence.lstrip())
    if len(marks) % 2 and marks[0] == first:
        marks.append(offset + len(sentence))
    elif len(marks) % 2:
        marks.insert(0, offset)
    return list(zip(marks[::2], marks[1::2], strict=True))


def within(position: int, spans: list[tuple[int, int]]) -> bool:
    """Whether ``position`` falls inside one of ``spans`` (quotations or other asides)."""
    return any(begin <= position < end for begin, end in spans)
