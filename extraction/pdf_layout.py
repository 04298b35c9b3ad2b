"""PDF pages to the article's text in reading order, as a person reads the printed page.

A PDF holds positioned glyphs, not sentences: lines break inside sentences, words are hyphenated at
line ends, columns sit side by side, and running headers, footers and page numbers repeat on every
page. Here the characters (pdfplumber) become lines; columns are found from the gutters no line
crosses; running lines are dropped; lines are joined into paragraphs and hyphenation is undone. The
title is the first heading (the largest type above the body), not the first line.
"""

from __future__ import annotations

import io
import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from itertools import pairwise
from statistics import median


class PdfError(ValueError):
    """A PDF that cannot be read; the message says why."""


@dataclass(frozen=True)
class Line:
    """A line of text inside one column (or across all of them), where it stands on its page."""

    text: str
    page: int
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    bold: bool
    column: int = -1  # -1: spans the columns (a headline, a running header)


@dataclass(frozen=True)
class PdfText:
    text: str
    title: str


# Characters a PDF uses for a hyphen at a line end (hyphen-minus, hyphen, soft hyphen).
_HYPHENS = "-\u2010\u00ad"
_SENTENCE_END = tuple(".!?:;\"'”’»«)")
_LIGATURES = str.maketrans({"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st"})
# A page number alone, or with its label and the page count ('Seite 2 von 5', '- 3 -', 'page 4 of 9').
_PAGE_NUMBER = re.compile(r"^[-–—\s]*(?:(?:page|seite|p\.|s\.)\s*)?#+(?:\s*(?:/|of|von|sur|de|aus)\s*#+)?[-–—\s]*$")
_HEADING_RATIO = 1.15  # type this much larger than the body's is a heading
_RUNNING_ZONE = 0.12  # share of the page height at its top and bottom where running lines stand


def pdf_text(data: bytes) -> PdfText:
    """The article of a PDF file: re-flowed paragraphs separated by blank lines, and its title."""
    pages, metadata_title = _read_pages(data)
    segments = [segment for page, _ in pages for segment in page]
    if not segments:
        raise PdfError("PDF without a text layer (scanned images?)")
    body_size = _body_size(segments)
    kept = _without_running_lines(pages, body_size=body_size)
    lines = _in_reading_order(kept, body_size=body_size)
    paragraphs = _paragraphs(lines)
    text = "\n\n".join(text for text, _ in paragraphs)
    return PdfText(text=text, title=_title(paragraphs, body_size=body_size) or _usable_title(metadata_title))


# --- characters to lines ---------------------------------------------------------------------------


def _read_pages(data: bytes) -> tuple[list[tuple[list[Line], float]], str]:
    """Every page's line segments (a row cut at gutters) with the page's height, and the title the
    file's metadata gives."""
    import pdfplumber
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
    from pdfplumber.utils.exceptions import PdfminerException

    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            title = str(pdf.metadata.get("Title") or "")
            pages = [([segment for row in _rows(page.chars) for segment in _segments(row, page=number)],
                      float(page.height)) for number, page in enumerate(pdf.pages)]
    except Exception as error:  # pdfminer raises many kinds of error on a damaged file; pdfplumber wraps some
        cause = error.args[0] if isinstance(error, PdfminerException) and error.args else error
        if isinstance(cause, (PDFPasswordIncorrect, PDFEncryptionError)):
            raise PdfError("password-protected PDF") from None
        raise PdfError("corrupt or unreadable PDF") from None
    return pages, title


def _in_reading_order(pages: Sequence[list[Line]], *, body_size: float) -> list[Line]:
    """Every page's lines, each inside one column or spanning them, in reading order. A page with
    too few lines to show its columns takes those of the page before (a layout runs on)."""
    ordered, gutters = [], []
    for page in pages:
        body = [segment for segment in page if abs(segment.size - body_size) <= 0.1 * body_size]
        gutters = _gutters(body) or [g for g in gutters if _fits(g, body)]
        placed = [replace(segment, column=_column(segment, gutters)) for segment in page]
        ordered += _reading_order(_merged_by_column(placed))
    return ordered


def _rows(chars: Iterable[dict]) -> list[list[dict]]:
    """Upright, visible characters grouped by the baseline they stand on, top to bottom."""
    visible = sorted((c for c in chars if c.get("upright", True) and c["text"]), key=lambda c: c["bottom"])
    rows: list[list[dict]] = []
    for char in visible:
        if rows and char["bottom"] - rows[-1][0]["bottom"] <= 0.4 * min(char["size"], rows[-1][0]["size"]):
            rows[-1].append(char)
        else:
            rows.append([char])
    return [sorted(_without_phantom_spaces(row), key=lambda c: c["x0"]) for row in rows]


def _segments(row: list[dict], *, page: int) -> list[Line]:
    """A row cut where the gap between characters is wider than a word space could be (a gutter)."""
    segments, current = [], [row[0]]
    for char in row[1:]:
        previous = current[-1]
        if char["x0"] - previous["x1"] > 0.75 * max(char["size"], previous["size"]):
            segments.append(_line(current, page=page))
            current = [char]
        else:
            current.append(char)
    segments.append(_line(current, page=page))
    return [s for s in segments if s.text]


def _line(chars: list[dict], *, page: int) -> Line:
    """Characters of one line as text, with a space where glyphs stand apart."""
    parts: list[str] = []
    for index, char in enumerate(chars):
        if char["text"].isspace():
            if parts and parts[-1] != " ":
                parts.append(" ")
            continue
        if parts and parts[-1] != " " and char["x0"] - chars[index - 1]["x1"] > 0.2 * char["size"]:
            parts.append(" ")
        parts.append(char["text"])
    printed = [c for c in chars if not c["text"].isspace()] or chars
    sizes = Counter(round(c["size"], 1) for c in printed)
    bold = sum(_is_bold(c["fontname"]) for c in printed) > len(printed) / 2
    return Line(text="".join(parts).strip().translate(_LIGATURES), page=page,
                x0=min(c["x0"] for c in chars), x1=max(c["x1"] for c in chars),
                top=min(c["top"] for c in chars), bottom=max(c["bottom"] for c in chars),
                size=sizes.most_common(1)[0][0], bold=bold)


def _without_phantom_spaces(row: list[dict]) -> list[dict]:
    """A row without the spaces a glyph is drawn over: a browser prints a soft hyphen it did not
    break at as such a space, with no width, inside the word."""
    starts = sorted(c["x0"] for c in row if not c["text"].isspace())
    kept = []
    for char in row:
        if char["text"].isspace():
            at = bisect_left(starts, char["x0"] - 0.25 * (char["x1"] - char["x0"]))
            if at < len(starts) and starts[at] < char["x0"] + 0.25 * (char["x1"] - char["x0"]):
                continue
        kept.append(char)
    return kept


def _is_bold(font: str) -> bool:
    return bool(re.search(r"bold|black|heavy|semibold|demi", font, re.I))


# --- columns -----------------------------------------------------------------------------------------


def _gutters(segments: Sequence[Line]) -> list[tuple[float, float]]:
    """Vertical white strips between columns: inside the text area, crossed by almost no line of the
    body's type (a headline may cross), with lines side by side to their left and right."""
    if len(segments) < 6:
        return []
    left, right = int(min(s.x0 for s in segments)), int(max(s.x1 for s in segments)) + 1
    coverage = [0] * (right - left)
    for segment in segments:
        for x in range(int(segment.x0) - left, int(segment.x1) - left):
            coverage[x] += 1
    crossing_allowed = int(0.15 * max(coverage))  # headlines and running lines may cross a gutter
    size = median(s.size for s in segments)
    gutters, start = [], None
    for x, count in enumerate([*coverage, len(segments)]):
        if count <= crossing_allowed and start is None:
            start = x
        elif count > crossing_allowed and start is not None:
            if start > 0 and x < len(coverage) and x - start >= 0.6 * size:
                gutters.append((left + start, left + x))
            start = None
    return [g for g in gutters if _lines_beside(g, segments)]


def _fits(gutter: tuple[float, float], segments: Sequence[Line]) -> bool:
    """A gutter of another page holds on this one: no line crosses it, and lines stand on both sides."""
    crossing = any(s.x0 < gutter[0] - 1 and s.x1 > gutter[1] + 1 for s in segments)
    return not crossing and any(s.x1 <= gutter[0] + 1 for s in segments) and any(
        s.x0 >= gutter[1] - 1 for s in segments)


def _lines_beside(gutter: tuple[float, float], segments: Sequence[Line]) -> bool:
    """At least three lines on each side of the gutter, and some of them at the same height."""
    before = [s for s in segments if s.x1 <= gutter[0] + 1]
    after = [s for s in segments if s.x0 >= gutter[1] - 1]
    if len(before) < 3 or len(after) < 3:
        return False
    return any(a.top < b.bottom and b.top < a.bottom for a in before for b in after)


def _column(segment: Line, gutters: Sequence[tuple[float, float]]) -> int:
    """The column a segment stands in, counted from the left; -1 if it crosses a gutter."""
    column = 0
    for start, end in gutters:
        if segment.x0 >= end - 1:
            column += 1
        elif segment.x1 > start + 1:
            return -1
    return column


def _merged_by_column(segments: Sequence[Line]) -> list[Line]:
    """Segments of one row and one column joined (justified text can stretch a line into pieces)."""
    merged: list[Line] = []
    for segment in sorted(segments, key=lambda s: (s.column, s.bottom, s.x0)):
        last = merged[-1] if merged else None
        if (last and last.column == segment.column and abs(last.bottom - segment.bottom) < 0.4 * segment.size
                and segment.column != -1):
            merged[-1] = replace(last, text=f"{last.text} {segment.text}", x1=max(last.x1, segment.x1),
                                 top=min(last.top, segment.top), bottom=max(last.bottom, segment.bottom))
        else:
            merged.append(segment)
    return merged


def _reading_order(lines: Sequence[Line]) -> list[Line]:
    """Top to bottom; between two lines that span the columns, each column in turn from the left."""
    ordered: list[Line] = []
    band: list[Line] = []
    for line in sorted(lines, key=lambda item: (item.top, item.x0)):
        if line.column == -1:
            ordered += sorted(band, key=lambda item: (item.column, item.top))
            ordered.append(line)
            band = []
        else:
            band.append(line)
    return ordered + sorted(band, key=lambda item: (item.column, item.top))


# --- running headers, footers and page numbers ---------------------------------------------------


def _body_size(lines: Sequence[Line]) -> float:
    """The type size most of the text is set in."""
    sizes = Counter()
    for line in lines:
        sizes[line.size] += len(line.text)
    return sizes.most_common(1)[0][0]


def _without_running_lines(pages: Sequence[tuple[list[Line], float]], *, body_size: float) -> list[list[Line]]:
    """Every page's lines but its running headers and footers: lines at the top or bottom of a page
    that repeat on other pages (page numbers may change), page numbers, and small print alone in the
    margin."""
    edges = [[line for line in page if _in_margin(line, page, height, body_size=body_size)]
             for page, height in pages]
    repeated = Counter(key for page in edges for key in {_running_key(line.text) for line in page})
    kept = []
    for (page, _), margin in zip(pages, edges, strict=True):
        running = {id(line) for line in margin
                   if repeated[_running_key(line.text)] >= 2 or _PAGE_NUMBER.match(_running_key(line.text))
                   or line.size < 0.85 * body_size}
        kept.append([line for line in page if id(line) not in running])
    return kept


def _in_margin(line: Line, page: Sequence[Line], height: float, *, body_size: float) -> bool:
    """A line in the top or bottom band of its page with white space between it and the body (lines
    of small print next to each other, a header run onto two lines, stay together)."""
    if _RUNNING_ZONE * height < line.top and line.bottom < (1 - _RUNNING_ZONE) * height:
        return False
    body = [item for item in page if item is not line and item.size >= 0.85 * body_size]
    gap = min((item.top - line.bottom if item.top >= line.bottom else line.top - item.bottom for item in body),
              default=float("inf"))
    return gap > 0.8 * line.size


def _running_key(text: str) -> str:
    return re.sub(r"\d+", "#", re.sub(r"\s+", " ", text.strip().lower()))


# --- lines to paragraphs -----------------------------------------------------------------------------


def _paragraphs(lines: Sequence[Line]) -> list[tuple[str, float]]:
    """Lines joined into paragraphs (text, type size): a paragraph ends at a wider gap, an indented
    line, a change of type, or a short line that ends a sentence."""
    if not lines:
        return []
    pitch = _line_pitch(lines)
    edges = _column_edges(lines)
    hyphenation = _Hyphenation.of(lines)
    paragraphs: list[list[Line]] = [[lines[0]]]
    for previous, line in pairwise(lines):
        if _starts_paragraph(line, previous, pitch=pitch, edges=edges):
            paragraphs.append([line])
        else:
            paragraphs[-1].append(line)
    return [(_joined(group, hyphenation=hyphenation), median(line.size for line in group)) for group in paragraphs]


def _line_pitch(lines: Sequence[Line]) -> dict[float, float]:
    """Usual distance from one line to the next in the same column, per type size."""
    steps: dict[float, list[float]] = {}
    for previous, line in pairwise(lines):
        if (line.page, line.column, line.size) == (previous.page, previous.column, previous.size) \
                and line.top > previous.top:
            steps.setdefault(line.size, []).append(line.top - previous.top)
    return {size: median(values) for size, values in steps.items()}


def _column_edges(lines: Sequence[Line]) -> dict[tuple[int, int], tuple[float, float, bool]]:
    """(left edge, right edge, justified?) of the text in each column of each page."""
    columns: dict[tuple[int, int], list[Line]] = {}
    for line in lines:
        columns.setdefault((line.page, line.column), []).append(line)
    edges = {}
    for key, members in columns.items():
        left, right = min(line.x0 for line in members), max(line.x1 for line in members)
        justified = sum(line.x1 >= right - 1 for line in members) >= 0.6 * len(members)
        edges[key] = (left, right, justified)
    return edges


def _starts_paragraph(line: Line, previous: Line, *, pitch: dict[float, float],
                      edges: dict[tuple[int, int], tuple[float, float, bool]]) -> bool:
    if abs(line.size - previous.size) > 0.1 * previous.size or line.bold != previous.bold:
        return True
    left, _, _ = edges[(line.page, line.column)]
    previous_left, previous_right, justified = edges[(previous.page, previous.column)]
    # a paragraph's last line stops short of the right edge: in justified text by any amount
    slack = 1.5 if justified else max(2 * previous.size, 0.12 * (previous_right - previous_left))
    short = previous.x1 < previous_right - slack
    ends_sentence = previous.text.endswith(_SENTENCE_END)
    if (line.page, line.column) != (previous.page, previous.column):  # the text goes on in the next column
        return ends_sentence and (short or line.x0 > left + 0.8 * line.size)
    usual = pitch.get(line.size, 1.2 * line.size)
    if line.top - previous.top > 1.3 * usual:
        return True
    indented = line.x0 > left + 0.8 * line.size and previous.x0 <= left + 0.8 * line.size
    return indented or (short and ends_sentence)


@dataclass(frozen=True)
class _Hyphenation:
    """What a document shows about its hyphens, to tell a word hyphenated at a line end ('Entwick-
    lung') from a compound broken at its own hyphen ('Know-how', 'start-up')."""

    break_marks: frozenset[str]  # hyphen characters used only at line ends: the typesetter's own
    written: frozenset[str]  # words as written inside lines ('know-how', 'startup')

    @classmethod
    def of(cls, lines: Sequence[Line]) -> _Hyphenation:
        inside = {mark for line in lines for mark in re.findall(rf"(?<=\w)([{_HYPHENS}])(?=\w)", line.text)}
        ending = {line.text[-1] for line in lines if re.search(rf"\w[{_HYPHENS}]$", line.text)}
        # a line's first and last words may be pieces of a broken word: only whole words count
        words = {w.lower() for line in lines for w in re.findall(r"\w+(?:-\w+)*", line.text)[1:-1]}
        return cls(break_marks=frozenset((ending - inside) & {"\u2010", "\u00ad"}), written=frozenset(words))

    def keeps(self, mark: str, left: str, right: str) -> bool:
        """Whether 'left' + mark at a line end + 'right' is one word written with a hyphen."""
        if not right[0].islower():  # 'KI-' + 'Anwendungen', '2022-' + '2026'
            return True
        if self.break_marks:  # the typesetter marks its own breaks: any other hyphen was written
            return mark not in self.break_marks
        whole, compound = f"{left}{right}".lower(), f"{left}-{right}".lower()
        if whole in self.written or compound in self.written:
            return compound in self.written
        return left.lower() in self.written and right.lower() in self.written


def _joined(lines: Sequence[Line], *, hyphenation: _Hyphenation) -> str:
    """The lines of a paragraph as one text; a word hyphenated at a line end made whole again."""
    text = lines[0].text
    for line in lines[1:]:
        head = re.search(rf"(\w+)([{_HYPHENS}])$", text)
        following = re.match(r"\w+", line.text)
        if head and following:
            keep = hyphenation.keeps(head.group(2), head.group(1), following.group(0))
            text = text[:-1] + ("-" if keep else "") + line.text
        else:
            text = f"{text} {line.text}"
    return text


# --- title -----------------------------------------------------------------------------------------


def _title(paragraphs: Sequence[tuple[str, float]], *, body_size: float) -> str:
    """The largest heading above the body's first paragraph, else the first heading anywhere."""
    top_matter = []
    for text, size in paragraphs:
        if size <= body_size * 1.05 and len(text) > 120:
            break
        top_matter.append((text, size))
    headings = [(text, size) for text, size in top_matter if size >= _HEADING_RATIO * body_size]
    if headings:
        return max(headings, key=lambda item: item[1])[0]
    return next((text for text, size in paragraphs if size >= _HEADING_RATIO * body_size), "")


def _usable_title(title: str) -> str:
    """The metadata title unless it is a placeholder or a file name ('Microsoft Word - a.docx')."""
    title = title.strip()
    if not title or re.search(r"^(untitled|unbenannt|sans titre)\b|\.(docx?|pdf|odt|indd|txt)$|^microsoft word",
                              title, re.I):
        return ""
    return title
