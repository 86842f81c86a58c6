"""Web feeds into Documents: RSS 0.9x/1.0/2.0 and Atom through feedparser, JSON Feed
(https://jsonfeed.org) by our own code.

`parse_feed` turns a feed's bytes into a `Feed` of `FeedItem`s; `feed_documents` turns
those into Documents, one per item. A malformed feed is read as far as it goes: the
items found are kept and the break becomes one Failure (reason "malformed-feed"), so a
feed cut off in its last item still gives its first ones.

Each item's document takes its id from the item's guid (else its link), its date from
the item's own date as written (published, else updated; `published_at_source`
"meta") and its text from the item's content, else its summary, converted from HTML to
plain text. An item with no text is a Failure here; `eventwire.fetch` fetches its link
instead when the feed came from the web.

Feeds are recognised by extension (`.rss`, `.atom`; `.xml` and `.json` only when their
content is a feed) and, for files of unknown type, by content: an XML root element
`rss`, `feed` or `RDF`, or a JSON object whose `version` is a jsonfeed.org URL.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import os
import re
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from email.utils import parsedate_to_datetime
from html.parser import HTMLParser
from pathlib import Path
from typing import Any, Literal

from eventwire.errors import EmptyInput, InputError, MalformedFeed, TooLarge, UnreadableInput
from eventwire.formats import clean_field, make_document
from eventwire.records import Document, Failure

__all__ = [
    "Feed",
    "FeedItem",
    "feed_documents",
    "feed_kind",
    "html_to_text",
    "is_feed_file",
    "item_document",
    "item_failure",
    "parse_feed",
    "problem_failure",
    "read_capped",
    "read_feed_file",
    "sniff",
]

STAGE = "read"
FeedKind = Literal["xml", "json"]
_SNIFF = 4096
_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
_JSON_SNIFF = 65536
_FEED_SUFFIXES = {".rss": "xml", ".atom": "xml"}
# Leading XML furniture before the root element: declaration, processing
# instructions, comments and the doctype.
_XML_PROLOG = re.compile(rb"\s*(?:<\?.*?\?>|<!--.*?-->|<!DOCTYPE[^>]*>)", re.S | re.I)
_XML_ROOT = re.compile(rb"\s*<(?:[\w.-]+:)?(rss|feed|RDF)[\s>/]")
_JSON_FEED = re.compile(rb'"version"\s*:\s*"https?://jsonfeed\.org/version/')
_JSON_VERSION = re.compile(r"https?://jsonfeed\.org/version/")


@dataclass(frozen=True, slots=True)
class FeedItem:
    """One item of a feed. `key` identifies it across polls: the guid or id, else the
    link, else a hash of its title and text."""

    key: str
    url: str | None
    title: str | None
    author: str | None
    published_at: date | None
    text: str  # plain text of the content or summary; "" when the item has none


@dataclass(frozen=True, slots=True)
class Feed:
    """The items of a feed and, when it is malformed, what broke (read as far as it goes)."""

    items: tuple[FeedItem, ...]
    problem: str | None = None
    title: str | None = None


# --- recognising feeds ------------------------------------------------------------------


def sniff(head: bytes) -> FeedKind | None:
    """ "xml" or "json" when these leading bytes start a feed, else None."""
    head = head.lstrip(b"\xef\xbb\xbf")
    if head.lstrip().startswith(b"{"):
        return "json" if _JSON_FEED.search(head[:_JSON_SNIFF]) else None
    rest = head[:_SNIFF]
    while match := _XML_PROLOG.match(rest):
        rest = rest[match.end() :]
    return "xml" if _XML_ROOT.match(rest) else None


def feed_kind(path: Path) -> FeedKind | None:
    """The feed kind of a file: "xml" for `.rss`/`.atom` (inside `.gz`, by the inner
    name), else sniffed from its first bytes (the reader asks only for `.xml`, `.json`
    and other files of no known format). Never raises."""
    name = path.name.lower().removesuffix(".gz")
    suffix = os.path.splitext(name)[1]
    if suffix in _FEED_SUFFIXES:
        return "xml"
    try:
        with _open(path) as stream:
            return sniff(stream.read(_JSON_SNIFF))
    except (OSError, EOFError, zlib.error):
        return None  # the ordinary reader reports the file's problem


def is_feed_file(path: Path) -> bool:
    """Whether `path` is read as a feed (see `feed_kind`)."""
    return feed_kind(path) is not None


def _open(path: Path) -> Any:
    return gzip.open(path, "rb") if path.name.lower().endswith(".gz") else open(path, "rb")


# --- parsing ----------------------------------------------------------------------------


def parse_feed(data: bytes, kind: FeedKind | None = None) -> Feed:
    """The items of a feed's bytes; MalformedFeed when they hold no feed at all."""
    kind = kind or sniff(data) or "xml"
    return _parse_json(data) if kind == "json" else _parse_xml(data)


def _parse_xml(data: bytes) -> Feed:
    import feedparser  # imported on first use: it is slow to load

    # Bytes, never a str: feedparser fetches a str that looks like a URL.
    parsed = feedparser.parse(data, sanitize_html=True, resolve_relative_uris=True)
    problem = None
    if parsed.get("bozo"):
        error = parsed.get("bozo_exception")
        problem = f"{type(error).__name__}: {error}" if error is not None else "not well formed"
    if not parsed.get("version") and not parsed.entries:
        raise MalformedFeed(f"not a feed ({problem or 'no RSS, Atom or RDF root element'})")
    items = tuple(_xml_item(entry) for entry in parsed.entries)
    title = clean_field(_text(dict.get(parsed.feed, "title")))
    return Feed(items, problem, title)


def _xml_item(entry: Any) -> FeedItem:
    # dict.get, not entry.get: feedparser maps some missing keys to others with a warning.
    link = _text(dict.get(entry, "link"))
    title = _title(entry)
    text = _entry_text(entry)
    when = _date(_text(dict.get(entry, "published")), dict.get(entry, "published_parsed"))
    if when is None:
        when = _date(_text(dict.get(entry, "updated")), dict.get(entry, "updated_parsed"))
    detail = dict.get(entry, "author_detail") or {}
    author = _text(dict.get(detail, "name")) or _text(dict.get(entry, "author"))
    guid = _text(dict.get(entry, "id"))
    return FeedItem(
        key=_key(guid, link, title, text),
        url=link,
        title=title,
        author=clean_field(author),
        published_at=when,
        text=text,
    )


def _title(entry: Any) -> str | None:
    """The item's title as one line of plain text (an Atom title may be HTML)."""
    title = _text(dict.get(entry, "title"))
    detail = dict.get(entry, "title_detail") or {}
    if title and _text(dict.get(detail, "type")) in _HTML_TYPES:
        title = html_to_text(title)
    return clean_field(title)


def _entry_text(entry: Any) -> str:
    """Plain text of the richest content block, else of the summary."""
    blocks = [b for b in dict.get(entry, "content") or [] if isinstance(b, dict)]
    blocks.sort(key=lambda b: len(_text(b.get("value")) or ""), reverse=True)
    for block in blocks:
        text = _block_text(_text(block.get("value")), _text(block.get("type")))
        if text:
            return text
    detail = dict.get(entry, "summary_detail") or {}
    return _block_text(_text(dict.get(entry, "summary")), _text(dict.get(detail, "type")))


def _block_text(value: str | None, media_type: str | None) -> str:
    if not value:
        return ""
    return value.strip() if media_type == "text/plain" else html_to_text(value)


def _parse_json(data: bytes) -> Feed:
    try:
        obj = json.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise MalformedFeed(f"JSON Feed is not UTF-8 (byte offset {exc.start})") from None
    except (ValueError, RecursionError) as exc:
        raise MalformedFeed(f"JSON Feed is not valid JSON ({type(exc).__name__})") from None
    version = obj.get("version") if isinstance(obj, dict) else None
    if not isinstance(version, str) or not _JSON_VERSION.match(version):
        raise MalformedFeed("not a JSON Feed (no jsonfeed.org version)")
    raw_items = obj.get("items")
    if not isinstance(raw_items, list):
        raise MalformedFeed('JSON Feed has no "items" list')
    items: list[FeedItem] = []
    problem = None
    for index, raw in enumerate(raw_items, 1):
        if isinstance(raw, dict):
            items.append(_json_item(raw))
        elif problem is None:
            problem = f"item {index} is a {type(raw).__name__}, not an object"
    return Feed(tuple(items), problem, clean_field(_text(obj.get("title"))))


def _json_item(raw: dict[str, Any]) -> FeedItem:
    item_id = raw.get("id")
    guid = str(item_id) if isinstance(item_id, str | int) and str(item_id).strip() else None
    link = _text(raw.get("url")) or _text(raw.get("external_url"))
    title = clean_field(_text(raw.get("title")))
    text = _text(raw.get("content_text")) or ""
    if not text.strip():
        text = html_to_text(_text(raw.get("content_html")) or "")
    if not text.strip():
        text = _text(raw.get("summary")) or ""
    when = _date(_text(raw.get("date_published")), None) or _date(
        _text(raw.get("date_modified")), None
    )
    return FeedItem(
        key=_key(guid, link, title, text),
        url=link,
        title=title,
        author=clean_field(_json_author(raw)),
        published_at=when,
        text=text.strip(),
    )


def _json_author(raw: dict[str, Any]) -> str | None:
    """JSON Feed 1.1 `authors` (the first named one), else 1.0 `author`."""
    authors = raw.get("authors")
    candidates = authors if isinstance(authors, list) else [raw.get("author")]
    for author in candidates:
        if isinstance(author, dict) and _text(author.get("name")):
            return _text(author.get("name"))
    return None


def _text(value: object) -> str | None:
    return value if isinstance(value, str) and value.strip() else None


def _key(guid: str | None, link: str | None, title: str | None, text: str) -> str:
    if guid:
        return guid.strip()
    if link:
        return link.strip()
    blob = f"{title or ''}\n{text}".encode()
    return "item:" + hashlib.sha1(blob).hexdigest()


def _date(raw: str | None, parsed: Any) -> date | None:
    """The calendar date as written in the feed (RFC 822 or RFC 3339); else the date
    feedparser parsed (in UTC)."""
    if raw:
        for parse in (parsedate_to_datetime, datetime.fromisoformat):
            try:
                return parse(raw.strip()).date()
            except (TypeError, ValueError, IndexError):
                continue
    if parsed is not None:
        try:
            return date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday)
        except (AttributeError, ValueError):
            return None
    return None


# --- HTML fragments to text -------------------------------------------------------------

_BLOCKS = frozenset(
    "p div br li ul ol h1 h2 h3 h4 h5 h6 tr table blockquote section article header"
    " footer pre hr figure figcaption dd dt dl address aside main".split()
)
_SPACES = re.compile(r"\s+")
_SKIPPED = frozenset({"script", "style", "noscript", "template", "iframe", "object"})


class _TextCollector(HTMLParser):
    """Text of an HTML fragment: block elements end lines, scripts and styles are dropped."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED:
            self.skipping += 1
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED:
            self.skipping = max(0, self.skipping - 1)
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(_SPACES.sub(" ", data))  # keeps the space around inline tags


def html_to_text(fragment: str) -> str:
    """Plain text of an HTML fragment (a feed item's content or summary), one line per
    paragraph; entities decoded."""
    collector = _TextCollector()
    collector.feed(fragment)
    collector.close()
    lines = (" ".join(line.split()) for line in "".join(collector.parts).split("\n"))
    return "\n".join(line for line in lines if line)


# --- documents --------------------------------------------------------------------------


def item_document(item: FeedItem, *, origin: str) -> Document:
    """The Document of a feed item with text; EmptyInput when it has none."""
    if not item.text.strip():
        raise EmptyInput("the feed item has no text (no content or summary)")
    return make_document(
        item.text,
        id=item.key,
        origin=origin,
        title=item.title,
        url=item.url,
        published_at=item.published_at,
        published_at_source="meta" if item.published_at else "none",
        author=item.author,
    )


def item_failure(item: FeedItem, error: InputError, origin: str) -> Failure:
    """The Failure of one feed item."""
    return Failure(item.key, STAGE, error.reason, error.message, origin)


def problem_failure(feed: Feed, feed_id: str, origin: str) -> Failure | None:
    """The one Failure that stands for a malformed feed's break, or None."""
    if feed.problem is None:
        return None
    message = f"feed is malformed, read as far as it goes ({len(feed.items)} items): "
    return Failure(feed_id, STAGE, MalformedFeed.reason, message + feed.problem, origin)


def feed_documents(feed: Feed, *, feed_id: str, origin: str) -> Iterator[Document | Failure]:
    """A Document per item with text, a Failure per item without, and one Failure when
    the feed is malformed."""
    for item in feed.items:
        try:
            yield item_document(item, origin=origin)
        except InputError as exc:
            yield item_failure(item, exc, origin)
    failure = problem_failure(feed, feed_id, origin)
    if failure is not None:
        yield failure


def read_capped(path: Path, limit: int) -> bytes:
    """A file's bytes (gunzipped for `.gz`), TooLarge when over `limit`; UnreadableInput
    for an I/O or gzip error."""
    try:
        with _open(path) as stream:
            data: bytes = stream.read(limit + 1)
    except (OSError, EOFError, zlib.error) as exc:
        raise UnreadableInput(f"cannot read: {exc}") from None
    if len(data) > limit:
        raise TooLarge(f"feed is over the limit of {limit:,} bytes (max_document_bytes)")
    return data


def read_feed_file(path: Path, limit: int) -> Iterator[Document | Failure]:
    """The documents of a feed file; a file that cannot be read or is no feed is one
    Failure. Items without text are not fetched: reading files stays offline."""
    feed_id, origin = _feed_id(path), str(path)
    try:
        feed = parse_feed(read_capped(path, limit), feed_kind(path))
    except InputError as exc:
        yield Failure(feed_id, STAGE, exc.reason, exc.message, origin)
        return
    yield from feed_documents(feed, feed_id=feed_id, origin=origin)


def _feed_id(path: Path) -> str:
    name = path.name.removesuffix(".gz").removesuffix(".GZ")
    return Path(name).stem or name
