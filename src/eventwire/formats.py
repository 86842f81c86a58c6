"""Input formats: bytes, an HTML page or a JSONL record's fields into a Document.

Where the bytes come from (files, gzip, stdin) and how failures are reported is the
reader's business (`eventwire.read`); this module turns one input's content into one
cleaned `Document`, raising an `InputError` when it cannot.
"""

from __future__ import annotations

import contextlib
import copy
import functools
import json
import os
import re
from datetime import date, datetime
from typing import Any, Literal

from eventwire.errors import EmptyInput, EncodingError, MalformedRecord, NoArticle
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


def _parse(html: str, data: bytes | None = None) -> Any:
    """The page's lxml tree, without what never holds the article or its metadata:
    scripts (JSON-LD metadata is kept), styles, SVG, frames, templates, comments.
    `data`, when given, is `html` as UTF-8 bytes (spares encoding it again)."""
    from lxml import etree  # type: ignore[import-untyped]

    tree = _load_html(html, data)
    if tree is None:
        raise NoArticle("the HTML page has no document tree")
    never = (etree.Comment, etree.ProcessingInstruction, *_NEVER_CONTENT)
    etree.strip_elements(tree, *never, with_tail=False)
    for script in list(tree.iter("script")):
        if script.get("type") not in _JSON_SCRIPTS:
            _drop(script)
    return tree


def _load_html(html: str, data: bytes | None = None) -> Any:
    """The page parsed as trafilatura's `load_html` parses it (the same repairs, the
    same parser options), but from UTF-8 bytes (lxml parses them faster than a
    string) with `_html_parser`, and with the characters XML forbids removed only
    when the page has any (looking for them costs a third of the parse)."""
    from lxml.html import fromstring  # type: ignore[import-untyped]
    from trafilatura.utils import is_dubious_html, repair_faulty_html  # slow to load

    beginning = html[:50].lower()
    if data is None:
        data = html.encode("utf-8", "surrogatepass")
    if _has_invalid_xml(data, html):
        data = repair_faulty_html(html, beginning).encode("utf-8", "surrogatepass")
    elif (head := repair_faulty_html(html[:_HEAD], beginning)) != html[:_HEAD]:
        data = (head + html[_HEAD:]).encode("utf-8", "surrogatepass")  # (doctype, "<html/>")
    tree = fromstring(data, parser=_html_parser())
    if tree is None or (is_dubious_html(beginning) and len(tree) < 2):
        return None  # not HTML at all
    return tree


_HEAD = 4096
# Control characters XML forbids (trafilatura removes them, and U+FFFE, U+FFFF).
_XML_INVALID = bytes([*range(9), 11, 12, *range(14, 32)])


def _has_invalid_xml(data: bytes, html: str) -> bool:
    """Whether the page (`data`, its UTF-8 `html`) holds a character XML forbids
    (U+FFFE and U+FFFF are looked for in the text: a search for a character wider
    than any in the text returns at once)."""
    return (
        len(data.translate(None, _XML_INVALID)) < len(data) or "\ufffe" in html or "\uffff" in html
    )


@functools.cache
def _html_parser() -> Any:
    """trafilatura's HTML parser, but with every element an `HtmlElement` chosen by
    lxml in C: lxml.html's own lookup (special classes for forms and inputs, which
    nothing here uses) is Python code run for every element touched, a tenth of the
    time a page takes to read."""
    from lxml import etree
    from lxml import html as lxml_html

    parser = lxml_html.HTMLParser(
        collect_ids=False,
        default_doctype=False,
        encoding="utf-8",
        remove_comments=True,
        remove_pis=True,
    )
    lookup = etree.ElementDefaultClassLookup(
        element=lxml_html.HtmlElement,
        comment=lxml_html.HtmlComment,
        pi=lxml_html.HtmlProcessingInstruction,
        entity=lxml_html.HtmlEntity,
    )
    parser.set_element_class_lookup(lookup)
    return parser


# (<noscript> stays: some blogs put the whole post there for readers without scripts.)
_NEVER_CONTENT = ("style", "svg", "iframe", "template", "canvas", "video")
_JSON_SCRIPTS = frozenset({"application/ld+json", "application/settings+json"})


def _drop(element: Any) -> None:
    """Remove an element, keeping the text that follows it."""
    parent = element.getparent()
    if parent is None:
        return
    if element.tail:
        previous = element.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + element.tail
        else:
            parent.text = (parent.text or "") + element.tail
    parent.remove(element)


def _metadata(tree: Any, url: str | None) -> Any:
    """trafilatura's title, author, URL and site name of a page (not its dates, read
    by `pagedates.html_page_dates`, nor its categories, tags or licence, which we do
    not keep)."""
    from trafilatura import metadata as tm

    meta = tm.examine_meta(tree)
    if meta.author and " " not in meta.author:
        meta.author = None
    with contextlib.suppress(Exception):  # its JSON-LD reader has bugs; meta tags stand
        meta = tm.extract_meta_json(_json_ld_fields(tree), meta)
    meta.title = meta.title or tm.extract_title(tree)
    meta.author = meta.author or _byline(tree)
    meta.url = meta.url or tm.extract_url(tree, url)
    meta.sitename = _sitename(meta.sitename or tm.extract_sitename(tree), meta.url)
    return meta


# The JSON-LD fields trafilatura's metadata reader looks at (of the page, its
# publisher, its authors; "@graph" and "liveBlogUpdate" hold more of them).
_JSON_LD_FIELDS = frozenset(
    "@context @graph @type liveBlogUpdate publisher name legalName alternateName author"
    " givenName additionalName familyName articleSection headline".split()
)


def _json_ld_fields(tree: Any) -> Any:
    """A page of the page's JSON scripts cut down to `_JSON_LD_FIELDS`, for
    trafilatura's metadata reader: it unescapes and trims the whole text of each
    script character by character, article bodies, image lists and breadcrumbs
    included (and its unescaping breaks valid JSON that holds an escaped backslash;
    these are parsed here first). A script that is not valid JSON is passed on as
    it is."""
    page = tree.makeelement("html")
    for script in tree.iter("script"):
        text = script.text
        with contextlib.suppress(TypeError, ValueError, RecursionError):  # kept as it is
            text = json.dumps(_fields(json.loads(text)), ensure_ascii=False, separators=(",", ":"))
        page.append(page.makeelement("script", type=script.get("type", "")))
        page[-1].text = text
    return page


def _fields(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _fields(v) for k, v in value.items() if k in _JSON_LD_FIELDS}
    if isinstance(value, list):
        return [_fields(v) for v in value]
    return value


# Elements that name the author in the page (trafilatura's own search for them costs
# about 15 ms a page, more than all the rest of the metadata).
# (Found by their attributes: an XPath over the attribute axis takes a third of the
# time of a test of every element's attributes.)
_BYLINES = (
    '//@class[contains(., "byline") or contains(., "author")]/..'
    ' | //@rel[. = "author"]/.. | //@itemprop[. = "author"]/..'
)
_BY = re.compile(
    r"^(?:(?:posted|written|published|publié|edited)\s+)?(?:by|par|von|por)\b\W*", re.I
)
_BYLINE_WORDS = 5
_DIGIT = re.compile(r"\d")


def _byline(tree: Any) -> str | None:
    """The first byline of two to five capitalised words without digits ("By Ana
    Lima" gives "Ana Lima"), when the meta tags and JSON-LD name no author."""
    for element in tree.xpath(_BYLINES):
        text = _BY.sub("", " ".join(element.text_content().split())).strip(" :-–|")
        text = re.sub(r"\s+says$", "", text)
        words = text.split()
        capitalised = all(word[0].isupper() for word in words)
        if 1 < len(words) <= _BYLINE_WORDS and capitalised and not _DIGIT.search(text):
            return text
    return None


def _sitename(name: str | None, url: str | None) -> str | None:
    """The site's name as trafilatura gives it: a handle without its "@", a bare
    name capitalised, else the URL's host without "www."."""
    name = (name or "").lstrip("@")
    if name:
        return name if "." in name or name[0].isupper() else name.title()
    host = _HOST.match(url or "")
    return host.group(1) if host else None


_HOST = re.compile(r"https?://(?:www\.|w[0-9]+\.)?([^/]+)")


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
