"""The date an HTML page declares or shows for itself (the reader records it as
`Document.published_at`, "meta"; `eventwire.docdates` ranks it against datelines and
URLs).

`page_date`, first that applies:
1. The byline dates the page only by an update ("Updated 3:42 PM ET, Tue March 3,
   2015", "By Lena Ortiz Updated 12 May 2022"): no date labelled as the publication
   date anywhere in the story, and no other date in the byline. The publisher
   presents the text as of that day (a news story rewritten as it develops, a guide
   revised), so it speaks from it. Not when the update is before the declared
   publication date.
2. The publication date the page declares in its metadata (meta tags, JSON-LD, a
   <time> marked as the publication date), found by htmldate.
3. A visible date labelled as the publication date ("Published on 7 April 2020",
   "Posted by ... on ...", "Written: 2023-11-07").
4. htmldate's guess from other dates on the page (a <time>, a date-like class).
A page that shows both a publication and an update date ("Published: ... | Updated:
...", "Updated 9 May 2022 (first published 2 March 2022)") is dated by its
publication date. Labels count only as a byline writes them (capitalised: "was
updated on" in a sentence, "This page was last modified on" are no labels), maybe
with a time or weekday before the date ("Published 11:02 a.m. EDT, Fri June 11"), and
never in navigation, asides or footers (by tag, or a site footer by class or id).

`guessed_page_date`: a page with none of these takes htmldate's guess from every date
on it, as "inferred", unless it is 1 January (a year alone, as in a copyright footer).

`page_modified_date`: the day the page says it was last modified (metadata, else a
visible "Updated" label), for a record that keeps it beside the publication date.

`html_page_dates` makes the reader's calls in one: htmldate's search of the page's
metadata, `page_date`, `guessed_page_date` when nothing else dates the page, and
`page_modified_date`, on the tree the reader already parsed.
"""

from __future__ import annotations

import functools
import itertools
import re
from dataclasses import dataclass
from datetime import date
from typing import Any, NamedTuple

from eventwire.records import DateSource
from eventwire.timefind import full_dates

__all__ = ["PageDates", "guessed_page_date", "html_page_dates", "page_date", "page_modified_date"]

# A word that may label a visible date ("Published: 7 April 2020", "Updated May 6").
# Each word without its first letter, in lower and upper case: a case-sensitive search
# for literal words is about twice as fast as an ignore-case one, on every element.
_LABEL_WORD = re.compile(
    "ublished|osted|ritten|pdated|odified|UBLISHED|OSTED|RITTEN|PDATED|ODIFIED"
)
# After a label: maybe "on"/"at", a "by ..." credit, and punctuation.
_AFTER = r"(?i:\s+(?:on|at)\b)?(?i:\s+by\b[^\d|]{0,60}?(?:\s+on\b|\s*[|,]))?[\s:|,-]*"
# A publication label as a byline writes it (capitalised).
_PUBLISHED = re.compile(r"\b(?:(?i:first)\s+)?(?:P(?i:ublished|osted)|W(?i:ritten))\b" + _AFTER)
# An update label: "Updated", "UPDATED", "Last updated", "Last Modified".
_UPDATED = re.compile(r"(?:\b(?:L(?i:ast)|LAST)\s+(?i:updated|modified)|\bU(?i:pdated))\b" + _AFTER)
# Between a label and its date: a time ("3:42 PM ET,", "1805 GMT (0205 HKT)"), a
# weekday ("Tue", "Monday,"), "the".
_GAP = re.compile(
    r"(?:(?:\d{1,2}[:.]\d\d(?:\s*[AaPp]\.?[Mm]\.?)?|\d{4}(?=\s+[A-Z]{2,4}\b))"
    r"(?:\s+[A-Z]{2,4}\b)?(?:\s*\([^()]{1,20}\))?[\s,]*)?"
    r"(?:(?i:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*)\.?,?\s+|(?i:the)\s+)?"
)
_LABEL_TEXT = 200  # a labelled date is read from a short element
_BYLINE_TEXT = 300  # the byline around it, searched for another date
_BYLINE_LEVELS = 3
_NOT_THE_STORY = frozenset({"nav", "aside", "footer"})
_ISO_DAY = re.compile(r"\b((?:19|20)\d\d-[01]\d-[0-3]\d)")


@dataclass(frozen=True, slots=True)
class PageDates:
    """An HTML page's dates: `published` (the day it speaks from), how we know it
    (`source`: "meta", what the page declares or its byline shows; "inferred",
    htmldate's guess from other dates on it; "none"), and `modified`."""

    published: date | None
    source: DateSource
    modified: date | None


def html_page_dates(tree: Any, url: str | None) -> PageDates:
    """The dates of a page parsed to an lxml `tree` (see the module docstring); `url`
    is the page's (canonical) address, whose date htmldate reads first."""
    from htmldate import find_date

    found = find_date(tree, extensive_search=False, original_date=True, url=url)
    byline = _byline(tree)
    source: DateSource = "meta"
    day = _day(_page_date(tree, found, byline))
    if day is None:
        day, source = _day(guessed_page_date(tree, url)), "inferred"
    modified = _day(_modified_date(tree, day.isoformat() if day else None, byline))
    return PageDates(day, source if day else "none", modified)


def _day(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def page_date(tree: Any, found: str | None) -> str | None:
    """An HTML page's date (ISO) from its lxml `tree` and htmldate's date `found` in
    it (see the module docstring for the order)."""
    return _page_date(tree, found, _byline(tree))


def _page_date(tree: Any, found: str | None, byline: _Byline) -> str | None:
    declared = found is not None and _declared(tree, found)
    alone = byline.published is None and not byline.others
    updated = byline.updated if alone else None
    if updated is not None and (not declared or updated >= str(found)):
        return updated
    return found if declared else byline.published or found


def guessed_page_date(tree: Any, url: str | None) -> str | None:
    """For a page that declares no date and labels none: htmldate's guess from every
    date on the page (visible dates in the text, image and link paths; its "extensive
    search"), unless the guess is 1 January, which is what a year alone (a copyright
    footer, "© 2019") becomes. The reader records it as "inferred", after a dateline
    or a dated URL."""
    from htmldate import find_date

    _limit_date_languages()
    found = find_date(tree, extensive_search=True, original_date=True, url=url)
    return None if found is None or found.endswith("-01-01") else found


# The languages htmldate's last resort, dateparser, tries on a date written in words:
# those whose function words `eventwire.text` knows. dateparser tries every one of its
# 200 locales on a string that English does not parse: 1.6 s of CPU the first time in
# each process (it compiles each locale's patterns), and 35 MB; 0.2 s with these.
_DATE_LANGUAGES = ["en", "fr", "es", "de", "pt", "it", "nl"]
# htmldate's settings for dateparser (`htmldate.extractors.get_external_parser`, 1.11).
_DATEPARSER_SETTINGS = {
    "NORMALIZE": True,
    "PARSERS": ["custom-formats", "absolute-time"],
    "PREFER_DATES_FROM": "past",
    "PREFER_LOCALE_DATE_ORDER": True,
    "RETURN_AS_TIMEZONE_AWARE": False,
    "STRICT_PARSING": True,
}


@functools.cache
def _limit_date_languages() -> None:
    """Give htmldate (once per process) a dateparser that knows `_DATE_LANGUAGES` only,
    in place of its own for every language. htmldate has no option for it: its lazy
    loader, a module function, is replaced."""
    from dateparser import DateDataParser
    from htmldate import extractors

    parser = DateDataParser(languages=_DATE_LANGUAGES, settings=_DATEPARSER_SETTINGS)
    extractors.get_external_parser = functools.cache(lambda: parser)


# The metadata that names a modification date (article:modified_time,
# og:updated_time, itemprop dateModified, dc.date.modified, last-modified).
_MODIFIED_NAME = re.compile(r"(?i)modified|updated")
_MODIFIED_JSON = re.compile(r'"dateModified"\s*:\s*"([^"]{8,40})"')


def page_modified_date(tree: Any, published: str | None = None) -> str | None:
    """The day (ISO) the page says it was last modified: declared in a meta tag or
    JSON-LD (`dateModified`), else shown by a visible update label (when its byline
    shows no later date: a publication date before it, "Published: ... | Updated:
    ...", is no obstacle, a list of other stories' updates is); None when it says
    none, or one before the page's `published` day (ISO; a post written ahead of its
    scheduled publication was not modified after it)."""
    return _modified_date(tree, published, _byline(tree))


def _modified_date(tree: Any, published: str | None, byline: _Byline) -> str | None:
    day = _declared_modified(tree)
    if day is None and byline.updated and all(d < byline.updated for d in byline.others):
        day = byline.updated
    return None if day is None or (published is not None and day < published) else day


def _declared_modified(tree: Any) -> str | None:
    for meta in tree.iter("meta"):
        if _MODIFIED_NAME.search(_meta_name(meta)):
            day = _meta_day(meta.get("content") or "")
            if day is not None:
                return day
    for script in tree.iter("script"):
        for value in _MODIFIED_JSON.findall(script.text or ""):
            day = _meta_day(value)
            if day is not None:
                return day
    return None


def _labelled_date(tree: Any) -> str | None:
    """The first date on the page that a publication label introduces, outside
    navigation, asides and footers (ISO format), or None."""
    return _byline(tree).published


class _Byline(NamedTuple):
    published: str | None  # the date the first publication label introduces
    updated: str | None  # the date the first update label introduces
    others: frozenset[str]  # the other dates shown in the byline around the update


def _byline(tree: Any) -> _Byline:
    """The labelled dates the page shows (ISO days), outside navigation, asides and
    footers."""
    published: str | None = None
    update: tuple[str, Any] | None = None
    if not _may_show_a_label(tree):
        return _Byline(None, None, frozenset())
    for holder in _label_holders(tree):
        if published is None and (found := _label_date(holder, _PUBLISHED)) is not None:
            published = found[0]
        if update is None:
            update = _label_date(holder, _UPDATED)
        if published is not None and update is not None:
            break
    if update is None:
        return _Byline(published, None, frozenset())
    return _Byline(published, update[0], frozenset(_byline_dates(*update)))


def _visible_dates(tree: Any) -> tuple[str | None, str | None]:
    """(the first date a publication label introduces, the date the first update
    label introduces when the page shows no publication label and its byline no
    other date); ISO days or None."""
    byline = _byline(tree)
    alone = byline.published is None and not byline.others
    return byline.published, byline.updated if alone else None


# A label with a digit after it anywhere in the page's text: what every label the walk
# below can find has (no word boundaries, as the text of adjacent elements runs
# together: "CNNUpdated", "PostedJune"; whitespace without bound, the rest within the
# short element a label is read from).
_MAY_LABEL = re.compile(
    r"(?:P(?i:ublished|osted)|W(?i:ritten)|U(?i:pdated)|L(?i:ast)\s*(?i:updated|modified))"
    r"(?:[^\d\s]|\s++){0,250}\d"
)


def _may_show_a_label(tree: Any) -> bool:
    """Whether the page's text may hold a label and its date: one search of the text
    in C spares the walk over every element on most pages."""
    from lxml import etree  # type: ignore[import-untyped]

    body = tree.find("body")
    text = etree.tostring(body, method="text", encoding="unicode") if body is not None else ""
    return _MAY_LABEL.search(text) is not None


def _label_holders(tree: Any) -> Any:
    """The elements whose own text holds a label word (or whose child's tail does), in
    page order."""
    body = tree.find("body")
    for element in body.iter() if body is not None else ():
        if element.tag == "script":
            continue
        if element.text and _LABEL_WORD.search(element.text):
            yield element
        elif element.tail and _LABEL_WORD.search(element.tail):
            yield element.getparent()


def _label_date(element: Any, label: re.Pattern[str]) -> tuple[str, Any] | None:
    """(the date a label in the element's text introduces, the element that holds
    both), read from the element or, when the date is not in it, its parent
    ("<b>Posted</b> <time>...")."""
    for _ in range(2):
        if element is None or _outside_story(element):
            return None
        text = _words(element)
        if len(text) > _LABEL_TEXT:
            return None
        labels = [m.end() for m in label.finditer(text)]
        for end, (at, day) in itertools.product(labels, full_dates(text) if labels else ()):
            if at >= end and _GAP.fullmatch(text, end, at):
                return day.isoformat(), element
        element = element.getparent()
    return None


def _byline_dates(day: str, element: Any) -> set[str]:
    """The dates other than `day` (ISO) that the byline around a labelled date shows
    (the element and the short blocks that hold it: "/March 2, 2022 /Updated: May
    9, 2022")."""
    others: set[str] = set()
    for _ in range(_BYLINE_LEVELS):
        text = _words(element)
        if len(text) > _BYLINE_TEXT:
            break
        others.update(d.isoformat() for _, d in full_dates(text))
        element = element.getparent()
        if element is None or element.tag == "body":
            break
    others.discard(day)
    return others


def _words(element: Any) -> str:
    """The element's text, its pieces spaced ("<time>June 10, 2021</time><b>Updated")."""
    return " ".join(" ".join(element.itertext()).split())


def _outside_story(element: Any) -> bool:
    """In navigation, an aside or a footer: by its tag, or a site footer by its class
    or id ("<div id='site-footer'>Last modified: ...")."""
    return any(_furniture(e) for e in itertools.chain((element,), element.iterancestors()))


def _furniture(element: Any) -> bool:
    if element.tag in _NOT_THE_STORY:
        return True
    names = f"{element.get('class') or ''} {element.get('id') or ''}"
    return "footer" in names.lower()


def _declared(tree: Any, day: str) -> bool:
    """Whether the page declares `day` (ISO) as its own date: in a meta tag, a JSON-LD
    script or a <time> marked as the publication date (`itemprop="datePublished"`,
    `pubdate`); a plain <time> may date anything on the page (another story, a comment)."""
    for element in tree.iter("meta", "time", "script"):
        value = _metadata_value(element)
        if day in value and day in _ISO_DAY.findall(value):
            return True
    dated = (e.get("content") or "" for e in tree.iter("meta") if _DATED.search(_meta_name(e)))
    return any(_meta_day(value) == day for value in dated)


def _metadata_value(element: Any) -> str:
    """A meta tag's content, a publication <time>'s `datetime`, a (JSON-LD) script's text."""
    if element.tag == "script":
        return element.text or ""
    if element.tag == "meta":
        return element.get("content") or ""
    published = element.get("pubdate") is not None or element.get("itemprop") == "datePublished"
    return (element.get("datetime") or "") if published else ""


def _meta_name(meta: Any) -> str:
    return " ".join(meta.get(key) or "" for key in ("name", "property", "itemprop"))


_DATED = re.compile(r"(?i)date|time|publish|created|issued")


def _meta_day(value: str) -> str | None:
    """The day of a short metadata value ("2022-05-09T14:05:00+00:00", "Mon May 9 2022",
    "05/09/2022")."""
    if len(value) > 80 or not any(c.isdigit() for c in value):
        return None
    iso = _ISO_DAY.search(value)
    if iso is not None and _valid_day(iso.group(1)):
        return iso.group(1)
    days = full_dates(value)
    return days[0][1].isoformat() if days else None


def _valid_day(day: str) -> bool:
    try:
        date.fromisoformat(day)
    except ValueError:
        return False
    return True
