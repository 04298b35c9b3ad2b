"""Opening an article from its web address: the page is fetched (httpx) and read like an uploaded
file, a web page through the news-page extractor; the address is kept with the article.

Only what the user asked for is fetched, and within bounds: http and https only, a time limit, a
size limit, a few redirects, and a content type that can be an article. A server that serves
NewsLens to other people sets ``NEWSLENS_PUBLIC_URLS_ONLY=1``: then addresses on the server's own
machine or network (loopback, private, link-local ranges) are refused, checked on every redirect
before connecting and again on the connection made. Every failure is a ``FetchError`` whose
message names the reason in one line.
"""

from __future__ import annotations

import ipaddress
import os
import re
import socket
import time
from dataclasses import dataclass, replace
from email.message import Message

from .documents import Document, DocumentError, read_document

PUBLIC_ONLY_VARIABLE = "NEWSLENS_PUBLIC_URLS_ONLY"
TIMEOUT_SECONDS = 15.0
MAX_BYTES = 10_000_000
MAX_REDIRECTS = 5
USER_AGENT = "NewsLens/0.1 (article analysis; fetches the one page a user asks for)"
# What an address may serve, as the file type it is read as.
CONTENT_TYPES = {
    "text/html": ".html", "application/xhtml+xml": ".html", "text/plain": ".txt", "text/markdown": ".md",
    "application/pdf": ".pdf",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": ".docx",
}
_URL = re.compile(r"[a-z][a-z0-9+.-]*://\S+", re.I)


class FetchError(DocumentError):
    """An address that cannot be opened as an article; the message says why."""


@dataclass(frozen=True)
class FetchLimits:
    """How far a fetch may go; ``public_only`` refuses addresses on this machine or its network."""

    timeout: float = TIMEOUT_SECONDS
    max_bytes: int = MAX_BYTES
    max_redirects: int = MAX_REDIRECTS
    public_only: bool = False

    @classmethod
    def from_environment(cls) -> FetchLimits:
        """The limits, with ``public_only`` from ``NEWSLENS_PUBLIC_URLS_ONLY`` (1, true, yes)."""
        value = os.environ.get(PUBLIC_ONLY_VARIABLE, "").strip().lower()
        return cls(public_only=value in ("1", "true", "yes", "on"))


def is_url(text: str) -> bool:
    """Whether the text is a web address and nothing else (what a user pastes to open a page)."""
    return bool(_URL.fullmatch(text.strip()))


def fetch_document(url: str, *, limits: FetchLimits | None = None) -> Document:
    """The article at ``url``: fetched, then read by its content type; its final address (after
    redirects) is kept as ``Document.url`` and names it."""
    limits = limits or FetchLimits.from_environment()
    data, content_type, charset, final_url = _fetch(url.strip(), limits=limits)
    suffix = CONTENT_TYPES[content_type]
    if charset and suffix in (".html", ".txt", ".md"):
        data = _as_utf8(data, charset)
    document = read_document(data, name=f"page{suffix}", url=final_url)
    return replace(document, name=final_url)


def _fetch(url: str, *, limits: FetchLimits) -> tuple[bytes, str, str, str]:
    """(body, content type, charset, final address) of a successful GET."""
    import httpx

    scheme = url.split(":", 1)[0].lower()
    if scheme not in ("http", "https"):
        raise FetchError(f"only http and https addresses can be opened, not {scheme}:")
    hooks = {"request": [lambda request: _check_target(request.url, limits=limits)],
             "response": [lambda response: _check_peer(response, limits=limits)]}
    try:
        # A server open to others connects directly: a proxy from the environment would hide the peer.
        with httpx.Client(follow_redirects=True, max_redirects=limits.max_redirects, event_hooks=hooks,
                          timeout=limits.timeout, trust_env=not limits.public_only,
                          headers={"User-Agent": USER_AGENT, "Accept": ", ".join(CONTENT_TYPES)}) as client, \
                client.stream("GET", url) as response:
            if response.status_code >= 400:
                raise FetchError(f"the server answered {response.status_code} {response.reason_phrase}".rstrip())
            content_type, charset = _content_type(response.headers.get("content-type", ""))
            if content_type not in CONTENT_TYPES:
                raise FetchError(f"the address serves {content_type or 'an unnamed type'}, not a web page, "
                                 "text, PDF or DOCX")
            return _body(response, limits=limits), content_type, charset, str(response.url)
    except FetchError:
        raise
    except httpx.TooManyRedirects:
        raise FetchError(f"more than {limits.max_redirects} redirects") from None
    except httpx.TimeoutException:
        raise FetchError(f"no answer within {limits.timeout:g} s") from None
    except httpx.ConnectError as error:
        raise FetchError(f"cannot connect ({_reason(error)})") from None
    except (httpx.InvalidURL, httpx.UnsupportedProtocol, ValueError):
        raise FetchError("not a valid web address") from None
    except httpx.HTTPError as error:
        raise FetchError(f"the download failed ({_reason(error)})") from None


def _body(response, *, limits: FetchLimits) -> bytes:
    """The response body, refused past the size limit or the time limit (a server that drips)."""
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limits.max_bytes:
        raise FetchError(f"the page is larger than {limits.max_bytes / 1e6:g} MB")
    deadline = time.monotonic() + limits.timeout
    chunks, size = [], 0
    for chunk in response.iter_bytes():
        size += len(chunk)
        if size > limits.max_bytes:
            raise FetchError(f"the page is larger than {limits.max_bytes / 1e6:g} MB")
        if time.monotonic() > deadline:
            raise FetchError(f"the page did not arrive within {limits.timeout:g} s")
        chunks.append(chunk)
    return b"".join(chunks)


def _check_target(url, *, limits: FetchLimits) -> None:
    """Before each request (redirects included): http(s) only; a public address if so configured."""
    if url.scheme not in ("http", "https"):
        raise FetchError(f"a redirect leads to {url.scheme}:, and only http and https addresses can be opened")
    if not limits.public_only:
        return
    try:
        addresses = {info[4][0] for info in socket.getaddrinfo(url.host, url.port or 443, type=socket.SOCK_STREAM)}
    except (socket.gaierror, UnicodeError):
        raise FetchError(f"cannot find the host {url.host}") from None
    if not all(_is_public(address) for address in addresses):
        raise FetchError(f"{url.host} is on this machine or a private network, and this NewsLens opens public "
                         f"addresses only ({PUBLIC_ONLY_VARIABLE})")


def _check_peer(response, *, limits: FetchLimits) -> None:
    """After connecting: the address actually reached is public too (a name may resolve anew)."""
    stream = response.extensions.get("network_stream")
    peer = stream.get_extra_info("server_addr") if limits.public_only and stream is not None else None
    if peer and not _is_public(peer[0]):
        raise FetchError(f"{response.url.host} is on this machine or a private network, and this NewsLens opens "
                         f"public addresses only ({PUBLIC_ONLY_VARIABLE})")


def _is_public(address: str) -> bool:
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    return ip.is_global and not ip.is_multicast


def _content_type(header: str) -> tuple[str, str]:
    """('text/html', 'iso-8859-1') of a Content-Type header."""
    message = Message()
    message["content-type"] = header
    return (message.get_content_type() if header else ""), (message.get_content_charset() or "")


def _as_utf8(data: bytes, charset: str) -> bytes:
    """Text in the charset the server named, as UTF-8 (an unknown charset: left to detection)."""
    try:
        return data.decode(charset).encode("utf-8")
    except (LookupError, UnicodeDecodeError):
        return data


def _reason(error: Exception) -> str:
    """The last, most specific part of an error's message ('Name or service not known')."""
    text = str(error).strip() or type(error).__name__
    return re.sub(r"^\[Errno [-\d]+\]\s*", "", text.splitlines()[-1])[:160]
