"""Opening an article from its address, against a web server the test starts on 127.0.0.1: the page
goes through the news-page extractor and keeps its address; every failure says why in one line."""

from __future__ import annotations

import article_layouts as layouts
import pytest

from extraction.web_fetch import FetchError, FetchLimits, fetch_document, is_url
from tests.conftest import ARTICLES

ARTICLE = (ARTICLES / "en_01_microsoft_robotics.txt").read_text("utf-8")
HEADLINE = layouts.parts(ARTICLE)[0]


def test_a_news_page_is_fetched_and_read_as_its_article(local_site):
    url = local_site.page("/tech/robotics", layouts.news_page(ARTICLE, language="en"))
    document = fetch_document(url)
    assert (document.name, document.url, document.title) == (url, url, HEADLINE)
    assert document.author == "Jane Whitfield" and document.published.isoformat() == "2025-03-14"
    assert "Priya Raman" in document.text and "cookies" not in document.text and "Tim Walker" not in document.text


def test_redirects_are_followed_and_the_final_address_is_kept(local_site):
    final = local_site.page("/story", layouts.news_page(ARTICLE, language="en"))
    start = local_site.redirect("/s/1", to="/story")
    assert fetch_document(start).url == final


def test_the_server_charset_is_honoured_and_text_and_pdf_are_read(local_site):
    page = "<html><head><title>Grüße</title></head><body><p>Die Münchner Siemens AG investiert.</p></body></html>"
    url = local_site.page("/latin", page.encode("latin-1"), content_type="text/html; charset=iso-8859-1")
    assert "Münchner" in fetch_document(url).text
    url = local_site.page("/a.txt", ARTICLE, content_type="text/plain; charset=utf-8")
    assert fetch_document(url).title == HEADLINE
    url = local_site.page("/a.pdf", layouts.reportlab_pdf(ARTICLE, language="en"), content_type="application/pdf")
    assert fetch_document(url).title == HEADLINE


@pytest.mark.parametrize(("setup", "reason"), [
    (lambda site: site.url("/missing"), "the server answered 404 Not Found"),
    (lambda site: site.page("/boom", "oops", status=500), "the server answered 500 Internal Server Error"),
    (lambda site: site.page("/logo.png", b"\x89PNG\r\n", content_type="image/png"),
     "the address serves image/png, not a web page, text, PDF or DOCX"),
    (lambda site: site.redirect("/loop", to="/loop"), "more than 5 redirects"),
    (lambda site: site.redirect("/away", to="ftp://files.example/a.txt"), "only http and https"),
    (lambda site: site.page("/huge", b"<p>" + b"x" * 200_000, content_type="text/html"), r"larger than 0\.1 MB"),
    (lambda site: site.page("/slow", "<p>late</p>", delay=3), r"no answer within 0\.5 s"),
], ids=["404", "500", "image", "redirect-loop", "redirect-to-ftp", "too-large", "too-slow"])
def test_failures_say_why(local_site, setup, reason):
    with pytest.raises(FetchError, match=reason) as caught:
        fetch_document(setup(local_site), limits=FetchLimits(timeout=0.5, max_bytes=100_000))
    assert "\n" not in str(caught.value)


@pytest.mark.parametrize(("url", "reason"), [
    ("ftp://files.example/a.txt", "only http and https addresses can be opened, not ftp:"),
    ("http://127.0.0.1:9/nothing-listens-here", "cannot connect"),
    ("http://[::1/", "not a valid web address"),
])
def test_addresses_that_cannot_be_opened(url, reason):
    with pytest.raises(FetchError, match=reason):
        fetch_document(url, limits=FetchLimits(timeout=2))


def test_a_public_server_refuses_addresses_on_its_own_machine(local_site, monkeypatch):
    url = local_site.page("/story", layouts.news_page(ARTICLE, language="en"))
    for address in (url, url.replace("127.0.0.1", "localhost")):
        with pytest.raises(FetchError, match=r"on this machine or a private network.*NEWSLENS_PUBLIC_URLS_ONLY"):
            fetch_document(address, limits=FetchLimits(public_only=True))
    monkeypatch.setenv("NEWSLENS_PUBLIC_URLS_ONLY", "1")
    assert FetchLimits.from_environment().public_only
    with pytest.raises(FetchError, match="private network"):
        fetch_document(url)
    monkeypatch.setenv("NEWSLENS_PUBLIC_URLS_ONLY", "0")
    assert fetch_document(url).title == HEADLINE


def test_what_counts_as_an_address():
    assert is_url("https://news.example/a?b=1") and is_url("  http://x.example/\n")
    assert not is_url("Read https://news.example/a") and not is_url("Siemens hires") and not is_url("")
