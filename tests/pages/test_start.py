"""The start page: paste, examples, uploads of every format, bad input with a clear message."""

from __future__ import annotations

from pathlib import Path

import pytest
import sample_files
from app_session import ANALYSE, TEXT, messages, paste_and_analyse, start_app, upload_and_analyse

from components.inputs import MAX_CHARS
from extraction.size_limit import first_part

ARTICLES = Path(__file__).resolve().parents[1] / "data" / "articles"
EN_ARTICLE = (ARTICLES / "en_01_microsoft_robotics.txt").read_text("utf-8")
DE_ARTICLE = (ARTICLES / "de_01_siemens_sap.txt").read_text("utf-8")
FR_ARTICLE = (ARTICLES / "fr_02_dassault_systemes.txt").read_text("utf-8")


def results(at) -> list:
    return at.session_state.get("newslens.results", [])


def test_start_page_offers_paste_upload_examples_and_analyse() -> None:
    at = start_app()
    assert not at.exception
    assert at.title[0].value == "NewsLens"
    assert at.text_area(key=TEXT).label == "Article text"
    uploader = at.file_uploader(key="newslens.start.files")
    assert uploader.accept_multiple_files and uploader.label == "Or upload articles (TXT, MD, HTML, PDF, DOCX)"
    assert len(at.selectbox(key="newslens.start.example").options) == 15
    assert at.button(key=ANALYSE).label == "Analyse"
    assert at.toggle(key="newslens.start.keep").label == "Keep in the library" and at.toggle[0].value


def test_pasted_seed_is_analysed_and_summarised(seed_session) -> None:
    (result,) = results(seed_session)
    assert result.analysis.language == "de" and len(result.analysis.figures) == 3
    assert seed_session.subheader[0].value == "Analysed: 1 article"
    pages = ["Entities", "Spending timeline", "People & organisations", "Export"]
    assert [link.value for link in seed_session.main.get("page_link")] == pages
    assert [link.value for link in seed_session.sidebar.get("page_link")] == ["Analyse", *pages, "Library",
                                                                               "Across articles"]
    language = next(s for s in seed_session.sidebar.selectbox if s.label == "Language")
    assert language.value == "de"


def test_detected_language_is_shown_and_can_be_chosen() -> None:
    at = start_app()
    at.text_area(key=TEXT).input(FR_ARTICLE).run()
    assert any("Detected: **French**" in c.value for c in at.caption)
    at.selectbox(key="newslens.start.language").set_value("en")
    at.button(key=ANALYSE).click().run()
    (result,) = results(at)
    assert result.analysis.language == "en" and result.language_source == "chosen"


def test_language_can_be_changed_after_analysis_in_the_sidebar() -> None:
    at = paste_and_analyse(EN_ARTICLE)
    language = next(s for s in at.sidebar.selectbox if s.label == "Language")
    language.set_value("fr").run()
    assert not at.exception
    assert results(at)[0].analysis.language == "fr"


def test_an_example_is_loaded_and_analysed_in_one_click() -> None:
    at = start_app()
    at.selectbox(key="newslens.start.example").set_value(5)
    at.button(key="newslens.start.example_button").click().run()
    assert at.text_area(key=TEXT).value.startswith("Microsoft hires DeepMind researcher")
    (result,) = results(at)
    assert result.analysis.language == "en"
    assert result.article.name == "Example: en_01_microsoft_robotics.txt"  # not "Pasted text"
    at.button(key=ANALYSE).click().run()  # analysed again, unchanged: still the example
    assert results(at)[0].article.name == "Example: en_01_microsoft_robotics.txt"
    at.text_area(key=TEXT).input(results(at)[0].article.text + " Edited.")
    at.button(key=ANALYSE).click().run()
    assert results(at)[0].article.name == "Pasted text"


@pytest.mark.parametrize("text", ["", "   \n\n\t "], ids=["empty", "whitespace"])
def test_empty_text_gets_a_message_and_keeps_what_was_typed(text: str) -> None:
    at = paste_and_analyse(text)
    assert not at.exception
    assert messages(at) == ["The text box is empty. Paste an article, upload files or try an example."]
    assert at.text_area(key=TEXT).value == text and not results(at)


def test_typed_text_and_language_survive_a_visit_to_another_page() -> None:
    at = start_app()
    at.text_area(key=TEXT).input("Half-written note about Siemens").run()
    at.selectbox(key="newslens.start.language").set_value("en").run()
    at.switch_page("pages/entities.py").run()
    assert at.info[0].value == "No article analysed yet."
    at.switch_page("app.py").run()
    assert at.text_area(key=TEXT).value == "Half-written note about Siemens"
    assert at.selectbox(key="newslens.start.language").value == "en"


def test_too_long_text_is_offered_to_analyse_its_first_part_and_kept() -> None:
    text = "Die Preise steigen weiter. " * (MAX_CHARS // 27 + 1)  # few names: the long text analyses quickly
    at = paste_and_analyse(text)
    assert not at.exception and not results(at) and not messages(at)
    (warning,) = messages(at, "warning")
    assert warning == f"“Pasted text” has {len(text):,} characters, more than the {MAX_CHARS:,} NewsLens analyses " \
                      "at once."
    assert at.text_area(key=TEXT).value == text  # nothing typed is lost
    at.button(key="newslens.start.first_parts").click().run()
    assert not at.exception and not at.warning
    (result,) = results(at)
    assert result.article.text == first_part(text) and result.analysis.text.endswith("Die Preise steigen weiter.")
    assert at.text_area(key=TEXT).value == text


def test_an_earlier_analysis_survives_a_failed_one(seed_session) -> None:
    seed_session.text_area(key=TEXT).input("  ")
    seed_session.button(key=ANALYSE).click().run()
    assert messages(seed_session) and len(results(seed_session)) == 1
    seed_session.text_area(key=TEXT).input(seed_session.session_state["newslens.results"][0].article.text).run()


def test_a_language_we_do_not_cover_still_shows_money_and_dates_with_a_notice() -> None:
    text = ("Telefónica invertirá 2.000 millones de euros en 2025 en inteligencia artificial, según anunció "
            "la compañía en Madrid. La empresa gastó 1.500 millones de euros en investigación en 2024.")
    at = start_app()
    at.text_area(key=TEXT).input(text).run()
    assert any("Spanish is not one of NewsLens's languages" in w.value for w in at.warning)
    at.button(key=ANALYSE).click().run()
    (result,) = results(at)
    assert not result.analysis.language_supported
    assert {m.label for m in result.analysis.entities} <= {"MONEY", "DATE"} and result.analysis.entities
    at.switch_page("pages/entities.py").run()
    assert any("only money and dates" in w.value for w in at.warning)


@pytest.mark.parametrize(("name", "mime", "build"), [
    ("microsoft.txt", "text/plain", lambda: EN_ARTICLE.encode("utf-8")),
    ("siemens.md", "text/markdown", lambda: ("# " + DE_ARTICLE).encode("utf-8")),
    ("dassault.html", "text/html", lambda: (
        "<html><head><title>Dassault</title><style>p{}</style><script>alert(1)</script></head><body><p>"
        + FR_ARTICLE.replace("\n\n", "</p><p>") + "</p></body></html>").encode("utf-8")),
    ("microsoft.pdf", "application/pdf", lambda: sample_files.text_pdf(EN_ARTICLE)),
    ("siemens.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
     lambda: sample_files.docx(DE_ARTICLE)),
], ids=["txt", "md", "html", "pdf", "docx"])
def test_each_upload_format_is_analysed(name: str, mime: str, build) -> None:
    at = upload_and_analyse([(name, build(), mime)])
    assert not at.exception and not messages(at)
    (result,) = results(at)
    assert result.article.name == name and result.analysis.people
    assert "alert" not in result.article.text


def test_several_files_each_become_an_article_and_bad_ones_are_named() -> None:
    at = upload_and_analyse([
        ("microsoft.txt", EN_ARTICLE.encode("utf-8"), "text/plain"),
        ("siemens.docx", sample_files.docx(DE_ARTICLE), "application/octet-stream"),
        ("broken.pdf", b"%PDF-1.4\nthis is not a PDF", "application/pdf"),
        ("broken.docx", b"PK\x03\x04 not a zip file", "application/octet-stream"),
        ("locked.pdf", sample_files.locked_pdf(EN_ARTICLE), "application/pdf"),
        ("scan.pdf", sample_files.pdf([]), "application/pdf"),
        ("image.txt", bytes(range(256)) * 8, "text/plain"),
    ])
    assert not at.exception
    assert [r.article.name for r in results(at)] == ["microsoft.txt", "siemens.docx"]
    assert messages(at) == [
        "“broken.pdf” could not be read: corrupt or unreadable PDF.",
        "“broken.docx” could not be read: corrupt or password-protected DOCX.",
        "“locked.pdf” could not be read: password-protected PDF.",
        "“scan.pdf” could not be read: PDF without a text layer (scanned images?).",
        "“image.txt” could not be read: binary file, not text.",
    ]
    picker = next(s for s in at.sidebar.selectbox if s.label == "Article")
    assert len(picker.options) == 2
    picker.set_value(1).run()
    at.switch_page("pages/people.py").run()
    assert "Katrin Albers" in "".join(h.value for h in at.html)


def test_a_pasted_address_opens_the_article_on_that_page(local_site) -> None:
    page = ("<html><head><title>Microsoft hires | TechDaily</title></head><body>"
            "<nav><a href='/'>Home</a> <a href='/apple'>Apple hires Tim Walker from Nvidia</a></nav>"
            "<article><h1>Microsoft hires</h1><p class='byline'>By Jane Whitfield</p>"
            + "".join(f"<p>{p}</p>" for p in EN_ARTICLE.split("\n\n")[1:])
            + "</article><footer>© TechDaily. Editor: Robert Brandt, Vogel Holdings Inc.</footer></body></html>")
    url = local_site.page("/2025/microsoft", page)
    at = start_app()
    at.text_area(key=TEXT).input(f"  {url}\n").run()
    assert any("A web address" in c.value for c in at.caption)
    at.button(key=ANALYSE).click().run()
    assert not at.exception and not messages(at)
    (result,) = results(at)
    assert (result.article.name, result.article.url, result.article.title) == (url, url, "Microsoft hires")
    people = {p.name for p in result.analysis.people}
    assert "Priya Raman" in people and not people & {"Tim Walker", "Jane Whitfield", "Robert Brandt"}
    assert "Kept in the library: 1 new article." in messages(at, "success")


def test_an_address_that_cannot_be_opened_gets_a_message_and_stays_in_the_box(local_site) -> None:
    url = local_site.url("/gone")
    at = paste_and_analyse(url)
    assert not at.exception and not results(at)
    assert messages(at) == [f"“{url}” could not be opened: the server answered 404 Not Found."]
    assert at.text_area(key=TEXT).value == url
