"""The date a document speaks from, and how we know it (`DocumentDate.source`).

Precedence, first that applies:
1. `Document.published_at`: "meta" when the reader took it from page metadata, else as
   recorded ("given" for a date handed in with the document).
2. A dateline at the start: "BAGHDAD, June 18 (Reuters) -", "KIRKUK, Iraq, March 3,
   2019 —", "Nairobi, 12 March 2019 –", "CAIRO, Tuesday, June 18 (AFP) -" ("dateline").
   A dateline without a year takes the URL's year when the URL has a date (still
   "dateline"), else the year the text's anchors give (below; then "inferred", as only
   its day and month were stated), moved on to the first later year in which the day
   falls on the weekday the dateline names ("CAIRO, Tuesday, June 18"), or on the weekday
   its lede names or the day after, when the anchors' year does not fit ("GOMA, Jan 27 -
   rebels entered the city early on Monday", a story that recalls late 2021: 2025, the first
   Monday Jan 27 after it). A dateline naming only a weekday ("NAIROBI (AP) —
   Monday") moves the inferred date forward to that weekday. A title-case place
   ("Nairobi,") counts only when a date follows it.
3. A date in the URL's path ("url"): "/2019/06/18/", "/2019-06-18/", "20190618" in a
   slug (DAY); "/2019/06/" (MONTH, coded to the 1st; a day the text's anchors give in
   that month is taken instead, as "inferred"). Only valid calendar dates count, never a
   longer run of digits or a number that names no day.
4. Inference from the text's own anchors ("inferred"). News reports on the last few
   days, so the document date is taken to be the latest day-precise date the text
   mentions. Dates with a year count as they are; dates without one ("June 18") get the
   year from (a) anniversary and duration phrases ("nearly three years to the day after
   June 22, 2014" -> 2017, "a six-year war that began in 2011" -> 2017, "the fifth
   anniversary of the 2011 uprising" -> 2016; the latest such year wins), else (b) the
   latest year the text mentions in a past context ("in 2014", "since 2011", "in late
   2021", or a full date). No day-precise date, or a yearless day and no year:
   no document date (never today's date).
   Limits: a text that mentions a future day ("talks on June 30, 2030") is dated to it;
   a yearless day-month in a story that only recalls old years is put in the latest of
   them; day-months across New Year ("December 30", "January 2") share one year; a
   report filed a day after the latest date it names ("officials said on Wednesday")
   is dated a little early, and its weekdays resolve to the week before.

An HTML page's own dates (declared, shown in its byline, or guessed by htmldate) are
read by `eventwire.pagedates`.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from urllib.parse import urlsplit

from eventwire.records import Document, DocumentDate, TimePrecision
from eventwire.timecalendar import (
    HEDGE_PATTERN,
    NUM_PATTERN,
    ORDINAL_PATTERN,
    WEEKDAY_PATTERN,
    WEEKDAYS,
    YEAR_PATTERN,
    day_pattern,
    month_number,
    month_pattern,
    number,
    ordinal,
    safe_date,
)
from eventwire.timefind import day_months, full_dates

__all__ = [
    "dateline_date",
    "document_date",
    "infer_document_date",
    "url_date",
]

# --- inference from the text's anchors -------------------------------------------------

# A year in a past context ("by 2030" is not one).
_PAST_YEAR = re.compile(
    rf"\b(?i:in|since|during|throughout|of|from)\s+(?:(?P<part>(?i:early|mid|late))[- ])?"
    rf"{YEAR_PATTERN}"
)
# The month a part of a year recalled ("in late 2021") is taken to start in.
_PART_MONTH = {"early": 1, "mid": 6, "late": 10}
# "in April 2012", "since March 2011": a month of a past year.
_PAST_MONTH = re.compile(
    rf"\b(?i:in|since|during|throughout|of|from|until|by)\s+(?:(?i:early|mid|late)[- ])?"
    rf"{month_pattern('month')}\s+{YEAR_PATTERN}"
)
_ANNIVERSARY = re.compile(
    rf"\b{HEDGE_PATTERN}{NUM_PATTERN}\s+(?P<unit>years?|decades?)"
    r"\s+(?:to\s+the\s+day\s+)?(?:after|since)\b"
    rf"[^.!?]{{0,80}}?{YEAR_PATTERN}"
    rf"|\b{NUM_PATTERN.replace('num', 'num2')}-(?P<unit2>year|decade)\b[^.!?]{{0,60}}?"
    rf"\b(?:began|started|erupted|broke\s+out)\s+in\s+{YEAR_PATTERN.replace('year', 'year2')}"
    rf"|\b{ORDINAL_PATTERN}\s+anniversary\s+of\b[^.!?]{{0,60}}?"
    rf"{YEAR_PATTERN.replace('year', 'year3')}",
    re.IGNORECASE,
)
_OPEN_ANNIVERSARY = re.compile(
    rf"\b{HEDGE_PATTERN}{NUM_PATTERN}\s+(?P<unit>years?|decades?)"
    r"\s+to\s+the\s+day\s+(?:after|since)\b",
    re.IGNORECASE,
)
_ANNIVERSARY_REACH = 600  # characters either side searched for the recalled event's date
# What every phrase above holds: the count's unit and "after"/"since", a "six-year", or
# "anniversary of" (a cheap test that spares most texts the patterns above).
_YEARS_WORD = re.compile(
    r"(?i)(?:year|decade)s?\s+(?:to\s+the\s+day\s+)?(?:after|since)\b"
    r"|-(?:year|decade)\b|anniversary\s+of\b"
)


def _scale(unit: str) -> int:
    return 10 if unit.lower().startswith("decade") else 1


def _anniversary_years(text: str) -> list[int]:
    """Years implied by "three years to the day after <date>", "a six-year war began in 2011",
    "the fifth anniversary of the 2011 uprising".

    When the recalled event is not dated in the same sentence ("three years to the day
    after the town fell"), it is taken to be the full date nearest after the phrase
    (the story goes on to date it), else the nearest before, within a few sentences.
    """
    if _YEARS_WORD.search(text) is None:
        return []
    years = []
    dated = set()
    for m in _ANNIVERSARY.finditer(text):
        dated.add(m.start())
        if m["ord"]:  # "the fifth anniversary of the December 17, 2011 uprising"
            years.append(int(m["year3"]) + ordinal(m["ord"]))
            continue
        count, unit, start = (
            (m["num"], m["unit"], m["year"]) if m["num"] else (m["num2"], m["unit2"], m["year2"])
        )
        years.append(int(start) + number(count) * _scale(unit))
    for m in _OPEN_ANNIVERSARY.finditer(text):
        recalled = None if m.start() in dated else _nearest_full_date(text, m.start(), m.end())
        if recalled is not None:
            years.append(recalled.year + number(m["num"]) * _scale(m["unit"]))
    return years


def _nearest_full_date(text: str, start: int, end: int) -> date | None:
    """The full date nearest after [start, end) within reach, else the nearest before."""
    after: list[tuple[int, date]] = []
    before: list[tuple[int, date]] = []
    for at, value in full_dates(text):
        if end <= at <= end + _ANNIVERSARY_REACH:
            after.append((at - end, value))
        elif start - _ANNIVERSARY_REACH <= at <= start:
            before.append((start - at, value))
    for group in (after, before):
        if group:
            return min(group)[1]
    return None


def _anchor_year(text: str, full: list[date]) -> int | None:
    """The year that yearless day-months in `text` are taken to fall in."""
    years = _anniversary_years(text)
    if years:
        return max(years)
    mentioned = [d.year for d in full] + [int(m["year"]) for m in _PAST_YEAR.finditer(text)]
    mentioned += [int(m["year"]) for m in _PAST_MONTH.finditer(text)]
    return max(mentioned) if mentioned else None


def _after_what_it_recalls(value: date, text: str) -> date:
    """A yearless document date placed in the anchor year may fall before a month the
    story recalls ("Jan 28" and "had fallen in April 2012"): a report is written after
    what it tells, so it moves on a year."""
    recalled = [
        date(int(m["year"]), month_number(m["month"]), 1) for m in _PAST_MONTH.finditer(text)
    ]
    recalled += [
        date(int(m["year"]), _PART_MONTH[m["part"].lower()], 1)
        for m in _PAST_YEAR.finditer(text)
        if m["part"]
    ]
    if recalled and value < max(recalled):
        return safe_date(value.year + 1, value.month, value.day) or value
    return value


def infer_document_date(text: str, year: int | None = None) -> DocumentDate | None:
    """The latest day-precise date the text mentions, yearless ones placed in `year`
    (by default the year the text's anchors give).

    See the module docstring for the rules and their limits. None when the text has no
    day-precise date, or only yearless ones and no year to place them in.
    """
    full = [value for _, value in full_dates(text)]
    year = year if year is not None else _anchor_year(text, full)
    candidates = list(full)
    if year is not None:
        placed = [d for _, m, day in day_months(text) if (d := safe_date(year, m, day))]
        if placed:
            candidates.append(_after_what_it_recalls(max(placed), text))
    return DocumentDate(max(candidates), "inferred") if candidates else None


# --- URLs ----------------------------------------------------------------------------

_Y = r"(?P<year>(?:19|20)\d\d)"
_URL_DAYS = (
    re.compile(rf"/{_Y}/(?P<month>0?[1-9]|1[0-2])/(?P<day>0?[1-9]|[12]\d|3[01])(?=[/?#._-]|$)"),
    re.compile(rf"(?<![\d]){_Y}([-_])(?P<month>0[1-9]|1[0-2])\2(?P<day>0[1-9]|[12]\d|3[01])(?!\d)"),
    re.compile(rf"(?<![\d]){_Y}(?P<month>0[1-9]|1[0-2])(?P<day>0[1-9]|[12]\d|3[01])(?!\d)"),
)
_URL_MONTH = re.compile(rf"/{_Y}/(?P<month>0?[1-9]|1[0-2])(?=/|$)")


def url_date(url: str | None) -> DocumentDate | None:
    """The date in a URL's path ("/2019/06/18/", "-20190618-"), or its month ("/2019/06/")."""
    if not url:
        return None
    try:
        path = urlsplit(url).path
    except ValueError:
        return None
    for pattern in _URL_DAYS:
        for m in pattern.finditer(path):
            value = safe_date(int(m["year"]), int(m["month"]), int(m["day"]))
            if value is not None:
                return DocumentDate(value, "url")
    month = _URL_MONTH.search(path)
    if month is None:
        return None
    value = date(int(month["year"]), int(month["month"]), 1)
    return DocumentDate(value, "url", TimePrecision.MONTH)


# --- datelines -----------------------------------------------------------------------

_WEEKDAY_NAMES = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
_CAPS = r"[A-Z][A-Z.'’ -]{1,40}"
_TITLE = r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,3}"


def _region(group: str) -> str:
    """ ", Iraq", ", N.Y.": a region or country after the place, never a weekday or a date."""
    return (
        rf"(?:,\s*(?!(?:{_WEEKDAY_NAMES})\b)(?!{month_pattern(group)}\s*\d)"
        r"[A-Z][A-Za-z.'’ -]{1,30}?){0,2}"
    )


_DATE = (
    rf"(?:(?P<dwd>{_WEEKDAY_NAMES}),?\s+)?(?:{month_pattern('month')}\s+{day_pattern('day')}"
    rf"|{day_pattern('day2')}\s+{month_pattern('month2')})(?:,?\s+{YEAR_PATTERN})?"
)
_DATELINE = re.compile(
    rf"\A\s*(?:(?P<caps>{_CAPS})|{_TITLE}(?={_region('r1')},\s*(?:(?:{_WEEKDAY_NAMES}),?\s+)?"
    rf"(?:\d|{month_pattern('lm')})))"
    rf"{_region('r2')}(?:,\s*{_DATE})?(?:,\s*(?P<wd1>{_WEEKDAY_NAMES}))?"
    r"\s*(?:\([^)\n]{1,30}\))?\s*(?:-+|—|–)\s*"
    rf"(?:{WEEKDAY_PATTERN}\b)?"
)


# The weekday the lede names, looked for in its first sentence.
_LEDE_WEEKDAY = re.compile(rf"\b({_WEEKDAY_NAMES})\b")
_LEDE_REACH = 400


def _nearest_year(month: int, day: int, near: date) -> date | None:
    """`month`/`day` in the year that puts it nearest `near`."""
    options = [
        d for y in (near.year - 1, near.year, near.year + 1) if (d := safe_date(y, month, day))
    ]
    return min(options, key=lambda d: abs((d - near).days), default=None)


def _weekday_dateline(text: str, weekday: str) -> DocumentDate | None:
    """The inferred date moved forward to the dateline's weekday."""
    inferred = infer_document_date(text)
    if inferred is None:
        return None
    ahead = (WEEKDAYS[weekday.lower()] - inferred.value.weekday()) % 7
    return DocumentDate(inferred.value + timedelta(days=ahead), "inferred")


def dateline_date(text: str, url: DocumentDate | None = None) -> DocumentDate | None:
    """The date in the text's dateline (see the module docstring), or None."""
    m = _DATELINE.match(text[:300])
    if m is None:
        return None
    name, day = (m["month"], m["day"]) if m["month"] else (m["month2"], m["day2"])
    if name is None:
        weekday = m["wd1"] or m["wd"]
        if url is not None or not (m["caps"] and weekday):
            return None  # a URL's date outranks a weekday moved from an inferred one
        return _weekday_dateline(text, weekday)
    month = month_number(name)
    if m["year"]:
        value = safe_date(int(m["year"]), month, int(day))
        return DocumentDate(value, "dateline") if value else None
    if url is not None:
        value = _nearest_year(month, int(day), url.value)
        return DocumentDate(value, "dateline") if value else None
    year = _anchor_year(text, [value for _, value in full_dates(text)])
    value = safe_date(year, month, int(day)) if year else None
    if value is None:
        return None
    value = _after_what_it_recalls(value, text)
    # The day is the dateline's, the year the text's anchors: an inference.
    return DocumentDate(_on_its_weekday(value, m, text), "inferred")


def _on_its_weekday(value: date, m: re.Match[str], text: str) -> date:
    """A yearless dateline's day moved on to the first year in which it falls on the
    weekday the dateline names ("CAIRO, Tuesday, June 18"), or on the weekday its lede
    names or the day after it (a report is filed on the day it tells or the next), when
    the year the text's anchors give does not fit. The anchors give a lower bound (the
    latest year the story recalls), so the year only moves forward, at most 11 years."""
    named = m["dwd"] or m["wd1"]
    if named:
        fits = {WEEKDAYS[named.lower()]}
    else:
        lede = _LEDE_WEEKDAY.search(text, m.end(), m.end() + _LEDE_REACH)
        if lede is None or "." in text[m.end() : lede.start()]:
            return value
        told = WEEKDAYS[lede[1].lower()]
        fits = {told, (told + 1) % 7}
    for ahead in range(12):
        moved = safe_date(value.year + ahead, value.month, value.day)
        if moved is not None and moved.weekday() in fits:
            return moved
    return value


def _from_url(text: str, url: DocumentDate) -> DocumentDate:
    """A URL's month gives way to a day the text dates within that month."""
    if url.precision is TimePrecision.DAY:
        return url
    inferred = infer_document_date(text, year=url.value.year)
    if inferred is not None and inferred.value.replace(day=1) == url.value:
        return inferred
    return url


def document_date(document: Document) -> DocumentDate | None:
    """The date the document speaks from: metadata, dateline, URL, or inferred (a
    date the reader guessed from the page, see `guessed_page_date`, before one
    inferred from the text's anchors)."""
    guessed = document.published_at_source == "inferred"
    if document.published_at is not None and not guessed:
        source = document.published_at_source if document.published_at_source != "none" else "given"
        return DocumentDate(document.published_at, source)
    url = url_date(document.url)
    dateline = dateline_date(document.text, url)
    if dateline is not None:
        return dateline
    if url is not None:
        return _from_url(document.text, url)
    if document.published_at is not None:
        return DocumentDate(document.published_at, "inferred")
    return infer_document_date(document.text)
