"""A news web page to its article: the body without navigation, cookie banners, related links or
footer, the headline without the site's name, and byline and date as metadata (never as text).

The main text comes from trafilatura, an extractor built and evaluated on news pages; it reads the
page as it is and fetches nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

# "Headline | Site", "Headline - Site", "Site: Headline", "Headline – Site.com"
_SEPARATORS = r"\s+[|–—\-·:»]\s+|\s*[|·»]\s*|:\s+"
_BYLINE = re.compile(r"^(?:by|von|par)\s+[A-ZÀ-Ý]", re.I)


@dataclass(frozen=True)
class WebArticle:
    """The article of a web page: headline then body paragraphs (blank lines between), and what
    the page says about it."""

    text: str
    title: str
    author: str
    published: date | None
    site: str


def web_article(html: str, *, url: str = "") -> WebArticle | None:
    """The page's article; None where the page holds no main text (a fragment, a list of links)."""
    import trafilatura

    found = trafilatura.bare_extraction(html, url=url or None, with_metadata=True, include_comments=False,
                                        include_images=False, favor_precision=True, deduplicate=False,
                                        # the date the page's markup states, not one guessed from its text
                                        date_extraction_params={"extensive_search": False, "original_date": True})
    if found is None or not (found.text or "").strip():
        return None
    site = (found.sitename or "").strip()
    title = without_site_name((found.title or "").strip(), site=site, url=url)
    author = (found.author or "").strip()
    paragraphs = [p.strip() for p in found.text.splitlines() if p.strip()]
    paragraphs = [p for index, p in enumerate(paragraphs) if not (index < 3 and _is_byline(p, author=author))]
    if title and (not paragraphs or paragraphs[0].rstrip(".") != title.rstrip(".")):
        paragraphs.insert(0, title)
    return WebArticle(text="\n\n".join(paragraphs), title=title or paragraphs[0], author=author,
                      published=_day(found.date or ""), site=site)


def without_site_name(title: str, *, site: str, url: str = "") -> str:
    """'Microsoft hires … | TechDaily' -> 'Microsoft hires …': the part of a page title that names
    the site (its name or its host) is removed, at either end."""
    parts = [p for p in re.split(_SEPARATORS, title) if p.strip()]
    if len(parts) < 2:
        return title
    names = {_simple(site)} | {_simple(h) for h in _host_names(url)}
    names.discard("")
    # the site's name stands at one end, mostly the last: "Heise kauft c't – heise online"
    end = next((index for index in (len(parts) - 1, 0) if _names_site(parts[index], names)), None)
    kept = [p for index, p in enumerate(parts) if index != end]
    if end is not None:
        # the headline is what is left; a separator inside it ("Siemens: a new lab") is kept as written
        start, end = title.find(kept[0]), title.rfind(kept[-1]) + len(kept[-1])
        return title[start:end].strip()
    return title


def _names_site(part: str, names: set[str]) -> bool:
    """'TechDaily', 'heise online', 'Le Monde.fr': a short part of a title that is the site's name."""
    simple = _simple(part)
    return simple in names or (len(part) <= 30 and any(len(n) >= 4 and n in simple for n in names))


def _day(text: str) -> date | None:
    """The date of trafilatura's 'YYYY-MM-DD' (None where it found none)."""
    try:
        return date.fromisoformat(text.strip()[:10])
    except ValueError:
        return None


def _host_names(url: str) -> list[str]:
    """'https://www.techdaily.example/x' -> ['techdaily.example', 'techdaily']."""
    host = re.sub(r"^[a-z]+://(?:www\.)?", "", url.lower()).split("/")[0].split(":")[0]
    return [host, host.split(".")[0]] if host else []


def _simple(text: str) -> str:
    return re.sub(r"[^\w]+", "", text.lower())


def _is_byline(paragraph: str, *, author: str) -> bool:
    """'By Jane Smith', 'Von Jana Schmidt, Berlin', 'Jane Smith · 14 March 2025': a byline, not text
    (short, no sentence: a paragraph 'Von 2025 an investiert Siemens ….' stays)."""
    if len(paragraph) > 100 or paragraph.endswith((".", "!", "?")):
        return False
    return bool(_BYLINE.match(paragraph)) or (bool(author) and paragraph.lower().startswith(author.lower()))
