"""An HTML page as an lxml tree, cut down to what may hold its article or metadata.

`_parse` parses a page as trafilatura's `load_html` does (the same repairs and parser
options, from UTF-8 bytes, with `HtmlElement` chosen in C), then strips comments,
styles, SVG, frames, templates and scripts other than JSON-LD, keeping the text that
follows each (`_drop`). `formats.html_document` reads the tree; `htmlmeta` reads its
metadata and `pagedates` its dates.
"""

from __future__ import annotations

import functools
from typing import Any

from eventwire.errors import NoArticle


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
