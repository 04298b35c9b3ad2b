"""The highlighted article: every character of the article is escaped, marks carry label and name."""

from __future__ import annotations

from html.parser import HTMLParser

import pytest

from components.highlight import article_html, label_counts, legend_html
from components.palette import LABEL_COLORS
from components.vocabulary import LABEL_NAMES
from extraction import Analysis, Mention, Person, analyze

INJECTION = ("Siemens-Chef Roland Busch sagte in München: <script>alert('xss')</script> "
             "und <img src=x onerror=alert(1)> sowie </div> bleiben Text.\n\n"
             "Siemens investiert 2025 rund 2 Milliarden Euro in Forschung.")


class _Collector(HTMLParser):
    """Tags, attributes and the text a browser would show."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.text: list[str] = []
        self._in_style = False

    def handle_starttag(self, tag: str, attrs: list) -> None:
        self.tags.append((tag, dict(attrs)))
        self._in_style = tag == "style"

    def handle_endtag(self, tag: str) -> None:
        self._in_style = False

    def handle_data(self, data: str) -> None:
        if not self._in_style:
            self.text.append(data)


def parse(html: str) -> _Collector:
    collector = _Collector()
    collector.feed(html)
    return collector


def shown_text(html: str) -> str:
    """The text a reader sees in the rendered article (the style block aside)."""
    return "".join(parse(html[html.index("<div"):]).text)


@pytest.fixture(scope="module")
def injection() -> Analysis:
    return analyze(INJECTION, language="de")


@pytest.mark.parametrize("labels", [None, set()], ids=["all marks", "no marks"])
def test_script_img_and_closing_div_in_an_article_are_shown_as_text(injection: Analysis, labels: set | None) -> None:
    html = article_html(injection, labels=labels, show_tags=False)
    assert "<script" not in html and "<img" not in html
    assert {tag for tag, _ in parse(html).tags} <= {"style", "div", "mark", "span"}
    assert html.count("<div") == html.count("</div>") == 1
    assert shown_text(html) == injection.text
    if labels is not None:
        assert "&lt;script&gt;alert(&#x27;xss&#x27;)&lt;/script&gt;" in html
        assert "&lt;img src=x onerror=alert(1)&gt;" in html
        assert "&lt;/div&gt;" in html


def test_quotes_in_names_cannot_leave_the_title_attribute() -> None:
    text = 'Der Manager Jo "x" onmouseover=alert(1) kam.'
    name = 'Jo "x" onmouseover=alert(1)'
    start = text.index("Jo")
    analysis = Analysis(text=text, language="de", text_sha256="0",
                        entities=(Mention(name, "PERSON", start, start + len(name), "P1"),),
                        people=(Person("P1", name, (), 1),))
    (mark,) = [attrs for tag, attrs in parse(article_html(analysis)).tags if tag == "mark"]
    assert mark["title"] == f"Person: {name}"
    assert "onmouseover" not in mark


def test_marks_carry_label_colour_and_canonical_name(seed_analysis: Analysis) -> None:
    marks = [attrs for tag, attrs in parse(article_html(seed_analysis)).tags if tag == "mark"]
    assert len(marks) == len(seed_analysis.entities)
    titles = {attrs["title"] for attrs in marks}
    assert "Person: Luo Fuli (written “Luo Fulis”)" in titles
    assert "Organisation: Xiaomi" in titles
    assert any(t.startswith("Money: R&D spending, 2024, planned, Xiaomi") for t in titles)
    person = next(attrs for attrs in marks if attrs["data-label"] == "PERSON")
    assert LABEL_COLORS["PERSON"] in person["style"]


def test_label_filter_marks_only_chosen_labels(seed_analysis: Analysis) -> None:
    marks = [attrs for tag, attrs in parse(article_html(seed_analysis, labels={"ORG"})).tags if tag == "mark"]
    assert marks and {m["data-label"] for m in marks} == {"ORG"}
    assert shown_text(article_html(seed_analysis, labels=set(), show_tags=False)) == seed_analysis.text


def test_legend_has_a_chip_per_label_in_okabe_ito_colours(seed_analysis: Analysis) -> None:
    counts = label_counts(seed_analysis)
    present = {m.label for m in seed_analysis.entities}
    assert list(counts) == [label for label in LABEL_NAMES if label in present]
    assert {"PERSON", "ORG", "MONEY", "DATE"} <= present
    assert counts["ORG"] == sum(1 for m in seed_analysis.entities if m.label == "ORG")
    html = legend_html(counts, shown=set(counts))
    assert f"Person {counts['PERSON']}</span>" in html
    assert all(LABEL_COLORS[label] in html for label in counts)
    assert f"Showing {len(seed_analysis.entities)} of {len(seed_analysis.entities)} mentions" in html


def test_the_legend_keys_and_counts_only_what_is_shown(seed_analysis: Analysis) -> None:
    counts = label_counts(seed_analysis)
    html = legend_html(counts, shown={"PERSON"})
    assert f"Showing {counts['PERSON']} of {sum(counts.values())} mentions" in html
    assert LABEL_COLORS["PERSON"] in html and LABEL_COLORS["ORG"] not in html and "Organisation" not in html
