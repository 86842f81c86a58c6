"""Input formats: bytes, an HTML page or a JSONL record's fields into a Document.

Where the bytes come from (files, gzip, stdin) and how failures are reported is the
reader's business (`eventwire.read`); this module turns one input's content into one
cleaned `Document`, raising an `InputError` when it cannot. An HTML page is parsed by
`htmltree` and its metadata read by `htmlmeta`; its main text is chosen here.
"""

from __future__ import annotations

import copy
import json
import os
import re
from datetime import date, datetime
from typing import Any, Literal

from eventwire.errors import EmptyInput, EncodingError, MalformedRecord, NoArticle
from eventwire.htmlmeta import _metadata
from eventwire.htmltree import _drop, _parse
from eventwire.maintext import fast_main_text
from eventwire.pagedates import html_page_dates
from eventwire.records import DateSource, Document, content_hash
from eventwire.text import clean_text, decode, decode_html, guess_language

__all__ = [
    "Kind",
    "clean_field",
    "declared_language",
    "from_bytes",
    "html_bytes_document",
    "html_document",
    "json_object",
    "kind_of",
    "main_text",
    "make_document",
    "optional_str",
    "parse_date",
    "record_id",
    "required_text",
    "warm_up",
]

Kind = Literal["text", "html", "jsonl", "auto"]
_KINDS: dict[str, Kind] = {
    ".txt": "text",
    ".text": "text",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
}
# The end of a sentence: what menus, headlines and link lists lack.
_SENTENCE_END = re.compile(r"[.!?…]+[\"'”’)]*(?:\s|$)")


def kind_of(name: str) -> Kind:
    """The format a file name's extension stands for; "auto" when it names none."""
    return _KINDS.get(os.path.splitext(name)[1], "auto")


# --- bytes to documents -----------------------------------------------------------------


def from_bytes(data: bytes, kind: Kind, *, id: str | None, origin: str) -> Document:
    """One document from raw bytes of text or HTML (HTML is also recognised by its start)."""
    if not data.strip():
        raise EmptyInput("empty input (no text, or only whitespace)")
    if kind == "html":
        return html_bytes_document(data, id=id, url=None, origin=origin)
    text = decode(data)
    if kind == "auto" and _looks_like_html(text):
        return html_document(text, id=id, url=None, origin=origin, data=data)
    return make_document(text, id=id, origin=origin)


def _looks_like_html(text: str) -> bool:
    return text.lstrip()[:15].lower().startswith(("<!doctype html", "<html"))


def make_document(
    text: str,
    *,
    id: str | None,
    origin: str | None,
    title: str | None = None,
    url: str | None = None,
    published_at: date | None = None,
    published_at_source: DateSource = "none",
    modified_at: date | None = None,
    author: str | None = None,
    site: str | None = None,
    declared_language: str | None = None,
) -> Document:
    """A Document of cleaned text; the id defaults to the content hash.

    The language is detected from the text; the language a page declares is used only
    when the text does not tell ("und").
    """
    clean = clean_text(text)
    if not clean:
        raise EmptyInput("empty input (no text, or only whitespace)")
    digest = content_hash(clean)
    language = guess_language(clean)
    return Document(
        id=id or digest,
        text=clean,
        url=url,
        title=title,
        published_at=published_at,
        published_at_source=published_at_source,
        modified_at=modified_at,
        language=declared_language if language == "und" and declared_language else language,
        content_hash=digest,
        author=author,
        site=site,
        origin=origin,
    )


def clean_field(value: str | None) -> str | None:
    """A one-line metadata value (title, author, site), or None when blank."""
    if value is None:
        return None
    return " ".join(clean_text(value).split()) or None


# --- HTML -------------------------------------------------------------------------------


def html_bytes_document(
    data: bytes, *, id: str | None, url: str | None, origin: str | None
) -> Document:
    """`html_document` of a page's bytes: UTF-8, or the charset the page declares
    when they are not valid UTF-8 (`decode_html`)."""
    try:
        html, utf8 = decode(data), data
    except EncodingError:
        html, utf8 = decode_html(data), None
    return html_document(html, id=id, url=url, origin=origin, data=utf8)


def html_document(
    html: str,
    *,
    id: str | None,
    url: str | None,
    origin: str | None,
    data: bytes | None = None,
) -> Document:
    """Main text and metadata of a page; NoArticle when it has none. `data`, when the
    caller has it, is the page as UTF-8 bytes (`html` encoded), which lxml parses.

    The page is parsed once; scripts, styles and other subtrees that never hold the
    article are cut from the tree before it is read (trafilatura's XPath passes cost
    in proportion to the number of elements), and only the metadata we keep is read.
    The main text comes from our fast extractor (`eventwire.maintext`) when it is
    confident, else from trafilatura.
    """
    if not html.strip():
        raise EmptyInput("empty page")
    try:
        tree = _parse(html, data)
        meta = _metadata(tree, url)
    except Exception as exc:  # noqa: BLE001 - lxml and trafilatura raise many kinds on broken markup
        raise NoArticle(f"the HTML page could not be parsed ({type(exc).__name__})") from None
    # The date is read before the body: a page read by trafilatura loses its asides
    # and footers first (`_body`), and a guess reads dates anywhere on the page.
    dates = html_page_dates(tree, meta.url)
    try:
        body = _body(tree, url or meta.url, html, data)
    except Exception as exc:  # noqa: BLE001 - as above
        raise NoArticle(f"the HTML page could not be parsed ({type(exc).__name__})") from None
    text = main_text(body)
    if not _has_prose(text):
        raise NoArticle("no article text found in the HTML page (only links or page furniture)")
    return make_document(
        text,
        id=id,
        origin=origin,
        title=clean_field(meta.title),
        url=clean_field(meta.url) or url,
        published_at=dates.published,
        published_at_source=dates.source,
        modified_at=dates.modified,
        author=clean_field(meta.author),
        site=clean_field(meta.sitename),
        declared_language=declared_language(html),
    )


# Lines that are page furniture wherever they appear: calls to read on, subscribe, sign
# up, follow or share, and rights notices. Only short lines are tested (a paragraph of
# prose that mentions a subscription stays).
_FURNITURE = re.compile(
    r"(?:related|recommended|see also|more from [^:]{0,40}|advertisement|newsletter)"
    r"(?: stories| articles| coverage| content| news| posts| links| reading| for you)?\s*(?::|$)"
    r"|(?:read more|read also|sign up|subscribe (?:to|now|for|today)|follow us"
    r"|follow .{0,40} on (?:twitter|facebook|instagram)|share (?:this|on)|click here"
    r"|download (?:the|our)|never miss)\b"
    r"|(?:photo |image )?credits?:|\u00a9|copyright (?:\u00a9|\(c\)|\d{4})|all rights reserved"
)
_FURNITURE_WORDS = 30
_REPEAT_MIN_WORDS = 4


def main_text(text: str) -> str:
    """The extracted main text without repeats and page furniture.

    A paragraph that repeats an earlier one word for word (a photo caption set again as
    body text, a pull quote) is kept once; a short line that opens with a call to read
    on, subscribe or share, or a rights notice, is dropped.
    """
    seen: set[str] = set()
    kept = []
    for line in text.splitlines():
        words = line.split()
        key = " ".join(words).casefold()
        if len(words) >= _REPEAT_MIN_WORDS and key in seen:
            continue
        seen.add(key)
        if len(words) <= _FURNITURE_WORDS and _FURNITURE.match(key.lstrip("•*-– ")):
            continue
        kept.append(line)
    return "\n".join(kept)


_HTML_LANG = re.compile(r"<html\b[^>]{0,500}?\blang\s*=\s*[\"']?([A-Za-z]{2,3})\b", re.I)


def declared_language(html: str) -> str | None:
    """The language the page declares on its <html> element (lower-case), if any."""
    match = _HTML_LANG.search(html, 0, 20_000)
    return match.group(1).lower() if match else None


def _body(tree: Any, url: str | None, html: str, data: bytes | None) -> str:
    """The page's main text: from `fast_main_text` when it is confident (about five
    times faster than trafilatura on news pages); else trafilatura's, from the page's
    one article if it has one (`_article`), else from the whole page. trafilatura's
    fallback extractors (readability, jusText) run only when its fast pass finds no
    prose (they double the time, and are as good only on some pages)."""
    text = fast_main_text(tree) or ""
    if _has_prose(text):
        return text
    focus = _article(tree)
    if focus is not None:
        text = _extract(_without_asides(focus), url, fast=True)
    if not _has_prose(text):
        text = _extract(_without_asides(tree), url, fast=True)
    if not _has_prose(text):
        # The tree was consumed above: the page is parsed again, which costs less on
        # the rare page that gets here than a copy of every page that gets above.
        text = _extract(_without_asides(_parse(html, data)), url, fast=False)
    return text


# Elements that trafilatura removes with their content both before its extraction
# (`MANUALLY_CLEANED`) and before measuring the page's text (`BASIC_CLEAN_XPATH`):
# cut first, its XPath passes and copies skip them (a tenth of its time), its result
# is the same.
_CLEANED_ANYWAY = ("aside", "footer", "fencedframe")


def _without_asides(tree: Any) -> Any:
    """The tree without its asides and footers (the text after each kept), except one
    that holds a script (JSON-LD, which trafilatura reads on the raw page)."""
    for element in list(tree.iter(*_CLEANED_ANYWAY)):
        if element.find(".//script") is None:
            _drop(element)
    return tree


def _article(tree: Any) -> Any:
    """A page of just the <article>, when the page has one and it holds nearly all of
    the page's paragraph text (None otherwise).

    trafilatura would pick that element anyway, but only after XPath passes over the
    whole page (menus, link lists, footers: most of its elements); given the element
    alone it finds the same text in less time. When it finds no prose there, the whole
    page is read.
    """
    articles = tree.xpath("//article")
    if len(articles) != 1:
        return None
    inside = sum(len(p.text_content()) for p in articles[0].iter("p"))
    total = sum(len(p.text_content()) for p in tree.iter("p"))
    if not total or inside < 0.8 * total:
        return None
    page, body = tree.makeelement("html"), tree.makeelement("body")
    page.append(body)
    body.append(copy.deepcopy(articles[0]))
    return page


def warm_up() -> None:
    """Load ahead of the first page what reading HTML otherwise loads on first use:
    trafilatura, the language identifier, and justext's stoplist of every language
    (about 0.15 s, which would fall on whichever page first needs trafilatura's last
    fallback). Reader processes run it as they start."""
    import trafilatura.external as external

    from eventwire.text import guess_language

    guess_language("Crowds gathered in the square on Tuesday to demand higher wages.")
    if not external.JT_STOPLIST:
        external.jt_stoplist_init()


def _extract(tree: Any, url: str | None, *, fast: bool) -> str:
    """The text of trafilatura's `bare_extraction(tree, url=url, fast=fast,
    include_comments=False)` (its steps, as of trafilatura 2.3) without its first, a
    copy of the whole tree (a twentieth of its time): the tree is consumed instead."""
    from lxml.etree import strip_tags  # type: ignore[import-untyped]
    from trafilatura.core import trafilatura_sequence
    from trafilatura.settings import Extractor
    from trafilatura.xml import xmltotxt

    options = Extractor(output_format="python", fast=fast, comments=False, url=url)
    try:
        body, text, _, comments = trafilatura_sequence(tree, options, options.url)
        if options.max_tree_size and len(body) > options.max_tree_size:
            strip_tags(body, "hi")
            if len(body) > options.max_tree_size:
                return ""
        if len(text) < options.min_output_size and len(comments) < options.min_output_comm_size:
            return ""
    except (TypeError, ValueError):  # what bare_extraction takes for "nothing extracted"
        return ""
    return str(xmltotxt(body, options.formatting) or "")


def _has_prose(text: str) -> bool:
    """Whether the text has a sentence (six words or more, ended by punctuation)."""
    for line in text.splitlines():
        *sentences, _rest = _SENTENCE_END.split(line)
        if any(len(sentence.split()) >= 6 for sentence in sentences):
            return True
    return False


# --- JSONL records ---------------------------------------------------------------------


def json_object(raw: bytes) -> dict[str, Any]:
    """A JSONL line as a JSON object; EncodingError or MalformedRecord if it is not one."""
    try:
        line = raw.decode("utf-8").lstrip("\ufeff")
    except UnicodeDecodeError as exc:
        raise EncodingError(
            f"invalid UTF-8 at byte offset {exc.start} of the line (0x{raw[exc.start]:02x})"
        ) from None
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        raise MalformedRecord(f"not valid JSON ({exc.msg} at column {exc.colno})") from None
    except (ValueError, RecursionError) as exc:  # huge numbers, absurd nesting
        raise MalformedRecord(f"not valid JSON ({type(exc).__name__})") from None
    if not isinstance(obj, dict):
        raise MalformedRecord(f"expected a JSON object, got {type(obj).__name__}")
    return obj


def record_id(obj: dict[str, Any]) -> str | None:
    """A record's "id" (an integer as text), None when absent or blank."""
    value = obj.get("id")
    if value is None:
        return None
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    raise MalformedRecord('"id" must be a string or an integer')


def required_text(obj: dict[str, Any]) -> str:
    """A record's "text"; MalformedRecord when it has no text string."""
    text = obj.get("text")
    if not isinstance(text, str):
        raise MalformedRecord('no "text" string in the record')
    return text


def optional_str(obj: dict[str, Any], key: str) -> str | None:
    """A record's optional metadata string `key`, cleaned to one line."""
    value = obj.get(key)
    if value is not None and not isinstance(value, str):
        raise MalformedRecord(f'"{key}" must be a string')
    return clean_field(value)


def parse_date(value: object) -> date | None:
    """An ISO date or datetime (its calendar date as written); MalformedRecord if not."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value)
        except ValueError:
            pass
        try:
            return datetime.fromisoformat(value).date()
        except ValueError:
            pass
    raise MalformedRecord(f"published_at {value!r} is not an ISO date or datetime")
