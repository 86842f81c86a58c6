"""Fetching news from the web, politely, with httpx.

`Fetcher.get` fetches one URL and returns a `Page` or raises a `FetchError` whose
`reason` says why not (robots, content-type, http-404, timeout, connect,
too-many-redirects, redirect-loop) or `TooLarge`. It:

- sends a clear User-Agent (`eventwire/VERSION (+https://github.com/eventwire/eventwire)`);
- obeys robots.txt (RFC 9309; cached per host; 4xx means no rules, an unreachable
  robots.txt means stay away);
- waits between requests to one host (`fetch_rate_per_host`);
- retries connect errors, HTTP 429 and 5xx with exponential backoff, honouring
  Retry-After up to `fetch_max_wait` (a longer wait gives up);
- follows at most `fetch_max_redirects` redirects itself (each hop checked against
  robots.txt), refusing a loop;
- streams the body and stops at `max_document_bytes`;
- accepts only HTML, XHTML, plain text and RSS/Atom/JSON feeds.

`read_url` and `read_url_list` turn URLs (and `.urls` files: one URL per line, `#`
comments) into Documents and Failures for the read stage: a feed URL yields its items,
and an item without text has its link fetched (`fetch_item_pages`).

The HTTP client is injected (`Fetcher(settings, client=...)`); the sleep and clock are
too, so tests run against a local server without waiting.
"""

from __future__ import annotations

import time
import urllib.robotparser
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urljoin, urlsplit

from eventwire import feeds
from eventwire.errors import EmptyInput, FetchError, InputError, MalformedRecord, TooLarge
from eventwire.formats import html_document, make_document
from eventwire.records import Document, Failure
from eventwire.settings import Settings
from eventwire.text import decode, decode_html

if TYPE_CHECKING:
    import httpx

__all__ = [
    "Fetcher",
    "Page",
    "Web",
    "is_url",
    "is_url_list",
    "item_documents",
    "page_documents",
    "read_url",
    "read_url_list",
    "user_agent",
]

STAGE = "read"
PROJECT_URL = "https://github.com/eventwire/eventwire"
_ROBOTS_BYTES = 500 * 1024  # RFC 9309: parse at least 500 KiB
_RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
_REDIRECTS = frozenset({301, 302, 303, 307, 308})
# Media types fetched, and what they hold ("sniff": a feed or nothing).
_MEDIA = {
    "text/html": "html",
    "application/xhtml+xml": "html",
    "text/plain": "text",
    "application/rss+xml": "sniff",
    "application/atom+xml": "sniff",
    "application/rdf+xml": "sniff",
    "application/feed+json": "sniff",
    "application/xml": "sniff",
    "text/xml": "sniff",
    "application/json": "sniff",
}


def user_agent(settings: Settings) -> str:
    """The User-Agent header: the `user_agent` setting, else eventwire's own."""
    from eventwire import __version__

    return settings.user_agent or f"eventwire/{__version__} (+{PROJECT_URL})"


def is_url(text: str) -> bool:
    """Whether a command-line source is a web URL (http:// or https://)."""
    return text.lower().startswith(("http://", "https://"))


def is_url_list(text: str) -> bool:
    """Whether a command-line source is a `.urls` file (one URL per line)."""
    return text.lower().endswith(".urls")


@dataclass(frozen=True, slots=True)
class Page:
    """A fetched page: its final URL, status (200, or 304 when not modified), body,
    media type (without parameters, "" when not given) and validators."""

    url: str
    status: int
    content: bytes
    media_type: str = ""
    etag: str | None = None
    last_modified: str | None = None


@dataclass(frozen=True, slots=True)
class _Answer:
    status: int
    headers: dict[str, str]
    content: bytes


class Fetcher:
    """Polite HTTP GETs with one client; see the module docstring. Close when done."""

    def __init__(
        self,
        settings: Settings,
        client: httpx.Client | None = None,
        *,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        import httpx

        self.settings = settings
        self._own_client = client is None
        self._client = client or httpx.Client(timeout=settings.fetch_timeout)
        self._sleep, self._clock = sleep, clock
        self._robots: dict[str, urllib.robotparser.RobotFileParser | FetchError] = {}
        self._last_request: dict[str, float] = {}
        self.user_agent = user_agent(settings)

    def close(self) -> None:
        if self._own_client:
            self._client.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # -- the one public request ----------------------------------------------------

    def get(self, url: str, *, etag: str | None = None, last_modified: str | None = None) -> Page:
        """Fetch `url` (conditionally when validators are given: a 304 gives an empty
        Page with status 304). Raises FetchError or TooLarge."""
        conditional = {"If-None-Match": etag or "", "If-Modified-Since": last_modified or ""}
        headers = {k: v for k, v in conditional.items() if v}
        final, answer = self._follow(url, headers, robots=self.settings.respect_robots)
        if answer.status == 304:
            return Page(final, 304, b"", etag=etag, last_modified=last_modified)
        return Page(
            final,
            answer.status,
            answer.content,
            _media_type(answer.headers),
            answer.headers.get("etag"),
            answer.headers.get("last-modified"),
        )

    # -- redirects, robots, retries -----------------------------------------------

    def _follow(
        self, url: str, headers: dict[str, str], *, robots: bool, media: bool = True
    ) -> tuple[str, _Answer]:
        """The answer at the end of the redirect chain from `url`."""
        chain = [url]
        for _hop in range(self.settings.fetch_max_redirects + 1):
            current = chain[-1]
            _check_scheme(current)
            if robots:
                self._check_robots(current)
            answer = self._with_retries(current, headers, media=media)
            location = answer.headers.get("location")
            if answer.status not in _REDIRECTS or not location:
                if 300 <= answer.status < 400 and answer.status != 304:
                    message = f"HTTP status {answer.status} without a usable Location"
                    raise FetchError(message, reason=f"http-{answer.status}")
                return current, answer
            target = urljoin(current, location.strip())
            if target in chain:
                raise FetchError(f"redirect loop back to {target}", reason="redirect-loop")
            chain.append(target)
        limit = self.settings.fetch_max_redirects
        raise FetchError(
            f"more than {limit} redirects (fetch_max_redirects)", reason="too-many-redirects"
        )

    def _with_retries(self, url: str, headers: dict[str, str], *, media: bool) -> _Answer:
        """One URL's answer, retrying connect errors, 429 and 5xx with backoff."""
        retries = max(self.settings.fetch_retries, 0)
        for attempt in range(retries + 1):
            last = attempt == retries
            try:
                answer = self._once(url, headers, media=media)
            except FetchError as exc:
                if last or exc.reason != "connect":
                    raise
                self._sleep(self._backoff(attempt))
                continue
            if answer.status in _RETRY_STATUSES and not last:
                self._sleep(self._retry_delay(answer, attempt))
                continue
            if answer.status >= 400:
                raise FetchError(f"HTTP status {answer.status}", reason=f"http-{answer.status}")
            return answer
        raise AssertionError("unreachable")  # pragma: no cover

    def _backoff(self, attempt: int) -> float:
        return float(self.settings.fetch_backoff * 2**attempt)

    def _retry_delay(self, answer: _Answer, attempt: int) -> float:
        """Seconds to wait before the next try: Retry-After when given, else backoff."""
        asked = _retry_after(answer.headers.get("retry-after"))
        if asked is None:
            return self._backoff(attempt)
        if asked > self.settings.fetch_max_wait:
            raise FetchError(
                f"HTTP status {answer.status}: the server asks to wait {asked:.0f} s, longer "
                f"than fetch_max_wait ({self.settings.fetch_max_wait:.0f} s)",
                reason=f"http-{answer.status}",
            )
        return asked

    def _check_robots(self, url: str) -> None:
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}".lower()
        if origin not in self._robots:
            self._robots[origin] = self._load_robots(origin)
        rules = self._robots[origin]
        if isinstance(rules, FetchError):
            raise FetchError(rules.message, reason=rules.reason)
        if not rules.can_fetch(self.user_agent, url):
            raise FetchError("robots.txt disallows this URL", reason="robots")

    def _load_robots(self, origin: str) -> urllib.robotparser.RobotFileParser | FetchError:
        """The rules of a site: none on a 4xx; an error (the site is off limits) when
        robots.txt fails otherwise: the site's own connect or timeout error, else "robots".
        """
        rules = urllib.robotparser.RobotFileParser(f"{origin}/robots.txt")
        try:
            _, answer = self._follow(f"{origin}/robots.txt", {}, robots=False, media=False)
        except FetchError as exc:
            if exc.reason.startswith("http-4"):
                rules.parse([])
                return rules
            if exc.reason in {"connect", "timeout"}:
                return exc
            message = f"{origin}/robots.txt cannot be read ({exc.message})"
            return FetchError(message, reason="robots")
        except TooLarge:
            return FetchError(f"{origin}/robots.txt is too large", reason="robots")
        body = answer.content[:_ROBOTS_BYTES].decode("utf-8", errors="replace")
        rules.parse(body.splitlines())
        return rules

    # -- one request --------------------------------------------------------------

    def _throttle(self, url: str) -> None:
        """Wait until this host may be asked again (`fetch_rate_per_host`)."""
        host = (urlsplit(url).hostname or "").lower()
        rate = self.settings.fetch_rate_per_host
        last = self._last_request.get(host)
        if rate > 0 and last is not None:
            wait = last + 1.0 / rate - self._clock()
            if wait > 0:
                self._sleep(wait)
        self._last_request[host] = self._clock()

    def _once(self, url: str, headers: dict[str, str], *, media: bool) -> _Answer:
        """One GET; the body is read (capped) only for a 2xx answer."""
        import httpx

        self._throttle(url)
        sent = {"User-Agent": self.user_agent, **headers}
        timeout = self.settings.fetch_timeout
        try:
            with self._client.stream(
                "GET", url, headers=sent, timeout=timeout, follow_redirects=False
            ) as response:
                found = {k.lower(): v for k, v in response.headers.items()}
                body = b""
                if 200 <= response.status_code < 300:
                    if media:
                        _check_media(found)
                    body = _read_capped(response, found, self.settings.max_document_bytes)
                return _Answer(response.status_code, found, body)
        except httpx.TimeoutException:
            message = f"no answer within {timeout:g} s (fetch_timeout)"
            raise FetchError(message, reason="timeout") from None
        except httpx.TransportError as exc:
            message = f"cannot connect: {type(exc).__name__}: {exc}"
            raise FetchError(message, reason="connect") from None
        except httpx.InvalidURL as exc:
            raise FetchError(f"invalid URL: {exc}", reason="bad-url") from None


def _check_scheme(url: str) -> None:
    if not is_url(url) or not urlsplit(url).hostname:
        raise FetchError(f"not an http(s) URL: {url[:200]}", reason="bad-url")


def _media_type(headers: dict[str, str]) -> str:
    return headers.get("content-type", "").split(";")[0].strip().lower()


def _check_media(headers: dict[str, str]) -> None:
    media = _media_type(headers)
    if media and media not in _MEDIA:
        raise FetchError(f"content type {media} is not a page, text or feed", reason="content-type")


def _read_capped(response: httpx.Response, headers: dict[str, str], limit: int) -> bytes:
    """The body, streamed; TooLarge as soon as it passes `limit` (or says it will)."""
    declared = headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise TooLarge(f"the page is {int(declared):,} bytes, over {limit:,} (max_document_bytes)")
    chunks: list[bytes] = []
    size = 0
    for chunk in response.iter_bytes():
        size += len(chunk)
        if size > limit:
            raise TooLarge(f"the page is over {limit:,} bytes (max_document_bytes)")
        chunks.append(chunk)
    return b"".join(chunks)


def _retry_after(value: str | None) -> float | None:
    """Seconds in a Retry-After header (a number or an HTTP date), None when absent."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    return max(when.timestamp() - time.time(), 0.0)


# --- URLs into documents ----------------------------------------------------------------


class Web:
    """A Fetcher opened on first use, so reading only files never makes a client."""

    def __init__(self, settings: Settings, fetcher: Fetcher | None = None) -> None:
        self.settings = settings
        self._fetcher = fetcher
        self._own = fetcher is None

    @property
    def fetcher(self) -> Fetcher:
        if self._fetcher is None:
            self._fetcher = Fetcher(self.settings)
        return self._fetcher

    def read(self, source: str) -> Iterator[Document | Failure]:
        """Documents of a URL, or of every URL in a `.urls` file."""
        if is_url(source):
            yield from read_url(source, self.settings, self.fetcher)
        else:
            yield from read_url_list(Path(source), self.settings, self.fetcher)

    def close(self) -> None:
        if self._own and self._fetcher is not None:
            self._fetcher.close()


def read_url(url: str, settings: Settings, fetcher: Fetcher) -> Iterator[Document | Failure]:
    """The documents of one URL: a page, a text, or a feed's items. Never raises."""
    try:
        page = fetcher.get(url)
    except InputError as exc:
        yield Failure(url, STAGE, exc.reason, exc.message, url)
        return
    yield from page_documents(page, settings, fetcher, id=url, origin=url)


def page_documents(
    page: Page, settings: Settings, fetcher: Fetcher | None, *, id: str, origin: str
) -> Iterator[Document | Failure]:
    """The documents of a fetched page: its items when it is a feed, else the page."""
    kind = _MEDIA.get(page.media_type, "sniff") if page.media_type else "auto"
    feed_kind = feeds.sniff(page.content) if kind != "html" else None
    html = _looks_like_html(page.content)
    try:
        if feed_kind is not None:
            feed = feeds.parse_feed(page.content, feed_kind)
        elif kind == "sniff" and not html:
            raise FetchError(f"{page.media_type} is not a feed", reason="content-type")
        elif kind == "text" or (kind == "auto" and not html):
            yield make_document(decode(page.content), id=id, origin=origin, url=page.url)
            return
        else:
            yield html_document(decode_html(page.content), id=id, url=page.url, origin=origin)
            return
    except InputError as exc:
        yield Failure(id, STAGE, exc.reason, exc.message, origin)
        return
    for item in feed.items:
        yield from item_documents(item, settings, fetcher, origin=origin)
    failure = feeds.problem_failure(feed, id, origin)
    if failure is not None:
        yield failure


def item_documents(
    item: feeds.FeedItem, settings: Settings, fetcher: Fetcher | None, *, origin: str
) -> Iterator[Document | Failure]:
    """A feed item's Document; an item without text has its link page fetched when a
    fetcher is given and `fetch_item_pages` is on. Never raises."""
    try:
        if item.text.strip() or fetcher is None or not settings.fetch_item_pages or not item.url:
            yield feeds.item_document(item, origin=origin)
            return
        page = fetcher.get(item.url)
    except InputError as exc:
        yield feeds.item_failure(item, exc, origin)
        return
    found = page_documents(page, settings, None, id=item.key, origin=item.url)
    first = next(found, None)  # a link that is itself a feed gives its first item
    if first is None:
        first = feeds.item_failure(item, EmptyInput("the item's link has no text"), origin)
    yield _with_item_metadata(first, item) if isinstance(first, Document) else first


def _with_item_metadata(doc: Document, item: feeds.FeedItem) -> Document:
    """The feed's own title, author and date where the page lacks them."""
    from dataclasses import replace

    when = doc.published_at or item.published_at
    return replace(
        doc,
        title=doc.title or item.title,
        author=doc.author or item.author,
        published_at=when,
        published_at_source=doc.published_at_source if doc.published_at else "meta",
    )


def _looks_like_html(data: bytes) -> bool:
    head = data[:512].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html"))


def read_url_list(path: Path, settings: Settings, fetcher: Fetcher) -> Iterator[Document | Failure]:
    """The documents of each URL in a `.urls` file (one per line; blank lines and lines
    starting with `#` are skipped). A line that is no URL is a Failure naming it."""
    try:
        lines = feeds.read_capped(path, settings.max_document_bytes).decode("utf-8").splitlines()
    except UnicodeDecodeError as exc:
        yield Failure(path.stem, STAGE, "encoding", f"invalid UTF-8 at byte {exc.start}", str(path))
        return
    except InputError as exc:
        yield Failure(path.stem, STAGE, exc.reason, exc.message, str(path))
        return
    for lineno, line in enumerate(lines, 1):
        entry = line.strip().lstrip("\ufeff")
        if not entry or entry.startswith("#"):
            continue
        if not is_url(entry):
            error = MalformedRecord(f"line {lineno}: not an http(s) URL: {entry[:200]}")
            yield Failure(f"{path.stem}:{lineno}", STAGE, error.reason, error.message, str(path))
            continue
        yield from read_url(entry, settings, fetcher)
