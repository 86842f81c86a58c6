"""A parsed page's title, author, canonical URL and site name, for `formats`.

`_metadata` reads them as trafilatura does, from meta tags and JSON-LD (cut down to the
fields its reader looks at, `_json_ld_fields`), with a faster byline search
(`_byline`) and trafilatura's site-name rules (`_sitename`). Dates are not read here:
`pagedates.html_page_dates` reads them.
"""

from __future__ import annotations

import contextlib
import json
import re
from typing import Any


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
