"""Time expressions and the document date: the `time` stage.

The stage runs on the whole text before spaCy, so it is regex-driven and does calendar
arithmetic itself (no dateparser: it returns None for most news phrasings we need, and
our rules are deterministic and fast).

Document date (`document_date`), first that applies:
1. `Document.published_at` (source as the reader recorded it, else "given").
2. A dateline at the start ("BAGHDAD, June 18 (Reuters) -", "KIRKUK, Iraq, March 3,
   2019 —"); a dateline without a year takes the year the text's anchors give (below),
   and the date is then marked "inferred", as only its day and month were stated.
   A dateline naming only a weekday ("NAIROBI (AP) — Monday") moves the inferred date
   forward to that weekday.
3. Inference from the text's own anchors (source "inferred"). News reports on the last
   few days, so the document date is taken to be the latest day-precise date the text
   mentions. Dates with a year count as they are; dates without one ("June 18") get the
   year from (a) anniversary and duration phrases ("nearly three years to the day after
   June 22, 2014" -> 2017, "a six-year war that began in 2011" -> 2017; the latest such
   year wins), else (b) the latest year the text mentions in a past context ("in 2014",
   "since 2011", or a full date). No day-precise date, or a yearless day and no year:
   no document date (never today's date).
   Limits: a text that mentions a future day ("talks on June 30, 2030") is dated to it;
   a yearless day-month in a story that only recalls old years is put in the latest of
   them; day-months across New Year ("December 30", "January 2") share one year; a
   report filed a day after the latest date it names ("officials said on Wednesday")
   is dated a little early, and its weekdays resolve to the week before.

Time expressions (`find_times`, re-exported here) are found and resolved against the
document date by the rules in `eventwire.timerules`, which documents their conventions.
"""

from __future__ import annotations

import calendar
import dataclasses
import re
from collections.abc import Sequence
from datetime import date, timedelta

from eventwire.pipeline import Context, stage
from eventwire.records import (
    Analysis,
    Document,
    DocumentDate,
    TimeExpression,
    TimePrecision,
    When,
    holding,
    starting_within,
)
from eventwire.timerules import (
    DAY_MONTH_PATTERNS,
    FULL_DATE_PATTERNS,
    HEDGE_PATTERN,
    NUM_PATTERN,
    WEEKDAY_PATTERN,
    WEEKDAYS,
    YEAR_PATTERN,
    day_pattern,
    find_times,
    full_date,
    month_number,
    month_pattern,
    number,
    safe_date,
)

__all__ = [
    "document_date",
    "find_times",
    "infer_document_date",
    "is_background",
    "time_stage",
    "when",
]

DAY, WEEK, MONTH, YEAR = tuple(TimePrecision)
BACKGROUND_DAYS = 60

# --- the document date ---------------------------------------------------------------

_DATELINE = re.compile(
    r"\A\s*[A-Z][A-Z.'’ -]{1,40}(?:,\s*[A-Z][A-Za-z.'’ -]{1,30}){0,2}"
    rf"(?:,\s*(?:{month_pattern('month')}\s+{day_pattern('day')}(?:,\s*{YEAR_PATTERN})?))?"
    r"\s*(?:\([^)\n]{1,30}\))?\s*(?:-+|—|–)\s*"
    rf"(?:{WEEKDAY_PATTERN}\b)?"
)
# A year in a past context ("by 2030" is not one).
_PAST_YEAR = re.compile(rf"\b(?i:in|since|during|throughout|of|from)\s+{YEAR_PATTERN}")
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
    rf"\b(?:began|started|erupted|broke\s+out)\s+in\s+{YEAR_PATTERN.replace('year', 'year2')}",
    re.IGNORECASE,
)


_OPEN_ANNIVERSARY = re.compile(
    rf"\b{HEDGE_PATTERN}{NUM_PATTERN}\s+(?P<unit>years?|decades?)"
    r"\s+to\s+the\s+day\s+(?:after|since)\b",
    re.IGNORECASE,
)
_ANNIVERSARY_REACH = 600  # characters either side searched for the recalled event's date


_YEARS_WORD = re.compile(r"(?i)year|decade")


def _anniversary_years(text: str) -> list[int]:
    """Years implied by "three years to the day after <date>", "a six-year war began in 2011".

    When the recalled event is not dated in the same sentence ("three years to the day
    after the town fell"), it is taken to be the full date nearest after the phrase
    (the story goes on to date it), else the nearest before, within a few sentences.
    """
    if _YEARS_WORD.search(text) is None:  # every phrase counts in years or decades
        return []
    years = []
    dated = set()
    for m in _ANNIVERSARY.finditer(text):
        count, unit, start = (
            (m["num"], m["unit"], m["year"]) if m["num"] else (m["num2"], m["unit2"], m["year2"])
        )
        dated.add(m.start())
        years.append(int(start) + number(count) * (10 if unit.lower().startswith("decade") else 1))
    for m in _OPEN_ANNIVERSARY.finditer(text):
        recalled = None if m.start() in dated else _nearest_full_date(text, m.start(), m.end())
        if recalled is not None:
            scale = 10 if m["unit"].lower().startswith("decade") else 1
            years.append(recalled.year + number(m["num"]) * scale)
    return years


def _nearest_full_date(text: str, start: int, end: int) -> date | None:
    """The full date nearest after [start, end) within reach, else the nearest before."""
    after: list[tuple[int, date]] = []
    before: list[tuple[int, date]] = []
    for pattern in FULL_DATE_PATTERNS:
        for m in pattern.finditer(text):
            value = full_date(m)
            if value is None:
                continue
            if end <= m.start() <= end + _ANNIVERSARY_REACH:
                after.append((m.start() - end, value))
            elif start - _ANNIVERSARY_REACH <= m.end() <= start:
                before.append((start - m.end(), value))
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
    if recalled and value < max(recalled):
        return safe_date(value.year + 1, value.month, value.day) or value
    return value


def _text_dates(text: str) -> tuple[list[date], list[tuple[int, int]]]:
    """Day-precise dates in `text`: those with a year, and (month, day) pairs without."""
    full: list[date] = []
    for pattern in FULL_DATE_PATTERNS:
        for m in pattern.finditer(text):
            value = full_date(m)
            if value is not None:
                full.append(value)
    taken = {m.start() for p in FULL_DATE_PATTERNS for m in p.finditer(text)}
    partial = [
        (month_number(m["month"]), int(m["day"]))
        for p in DAY_MONTH_PATTERNS
        for m in p.finditer(text)
        if m.start() not in taken
    ]
    return full, partial


def infer_document_date(text: str) -> DocumentDate | None:
    """The latest day-precise date the text mentions, yearless ones placed by `_anchor_year`.

    See the module docstring for the rules and their limits. None when the text has no
    day-precise date, or only yearless ones and no year to place them in.
    """
    full, partial = _text_dates(text)
    year = _anchor_year(text, full)
    candidates = list(full)
    if year is not None:
        placed = [d for m, day in partial if (d := safe_date(year, m, day)) is not None]
        if placed:
            candidates.append(_after_what_it_recalls(max(placed), text))
    return DocumentDate(max(candidates), "inferred") if candidates else None


def _dateline_date(text: str) -> DocumentDate | None:
    """The date in a dateline; a yearless one takes `_anchor_year`, a weekday one moves
    the inferred date forward to that weekday."""
    m = _DATELINE.match(text[:300])
    if m is None or not (m["month"] or m["wd"]):
        return None
    if m["month"]:
        year = int(m["year"]) if m["year"] else _anchor_year(text, _text_dates(text)[0])
        value = safe_date(year, month_number(m["month"]), int(m["day"])) if year else None
        if value is None:
            return None
        if m["year"]:
            return DocumentDate(value, "dateline")
        # The day is the dateline's, the year the text's anchors: an inference.
        return DocumentDate(_after_what_it_recalls(value, text), "inferred")
    inferred = infer_document_date(text)
    if inferred is None:
        return None
    ahead = (WEEKDAYS[m["wd"].lower()] - inferred.value.weekday()) % 7
    return DocumentDate(inferred.value + timedelta(days=ahead), "inferred")


def document_date(document: Document) -> DocumentDate | None:
    """The date the document speaks from: published, dateline, or inferred (see module doc)."""
    if document.published_at is not None:
        source = document.published_at_source if document.published_at_source != "none" else "given"
        return DocumentDate(document.published_at, source)
    return _dateline_date(document.text) or infer_document_date(document.text)


@stage("time", requires=("sentences",), assigns=("doc_date", "times"))
def time_stage(batch: Sequence[Analysis], ctx: Context) -> list[Analysis]:
    """Date each document and resolve every time expression in its text."""
    out = []
    for analysis in batch:
        doc_date = document_date(analysis.document)
        found = find_times(analysis.document.text, doc_date.value if doc_date else None)
        times = tuple(sorted(found, key=lambda t: t.start))  # text order, for bisection
        out.append(dataclasses.replace(analysis, doc_date=doc_date, times=times))
    return out


# --- dating events --------------------------------------------------------------------


_REPORTING = re.compile(
    r"\b(?:said|says|told|announced|reported|added|stated|confirmed|declared|statement)"
    r"\s+(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)


def _best(
    times: Sequence[TimeExpression], start: int, end: int, text: str = ""
) -> TimeExpression | None:
    """The finest expression, then the one nearest the middle of [start, end).

    The date an "N years after <date>" phrase counts from dates the earlier event, not
    the one the clause reports: it ranks last when the span starts before the phrase.
    So does the date of the reporting ("officers said on Monday") when another one
    dates the event itself ("took the city at the weekend").
    """
    middle = (start + end) / 2
    counted_from = {
        times[i + 1].start
        for i, t in enumerate(times[:-1])
        if t.rule in ("offset-after", "day-after") and start < t.end <= times[i + 1].start
    }

    def reporting(t: TimeExpression) -> bool:
        return _REPORTING.search(text, max(0, t.start - 40), t.start) is not None

    return min(
        times,
        key=lambda t: (
            t.start in counted_from,
            reporting(t),
            t.precision,
            abs((t.start + t.end) / 2 - middle),
        ),
        default=None,
    )


def _sentence_times(analysis: Analysis, start: int, back: int = 0) -> list[TimeExpression]:
    """Time expressions of the sentence holding `start`, or of the one `back` before it."""
    i = holding(analysis.sentences, start)
    if i < back or start >= analysis.sentences[i].end:
        return []
    other = analysis.sentences[i - back]
    return list(starting_within(analysis.times, other.start, other.end))


def _previous_day(analysis: Analysis, start: int) -> TimeExpression | None:
    """A day-precise date of the sentence just before: a sentence that names no time
    goes on telling the story of the one before it ("IS took the town on June 22, 2014.
    When the town fell, ...")."""
    days = [t for t in _sentence_times(analysis, start, back=1) if t.precision == TimePrecision.DAY]
    return days[-1] if days else None


def when(analysis: Analysis, start: int, end: int) -> When | None:
    """The date for an event whose evidence spans [start, end) of the document text.

    A time expression overlapping the span; else one in the sentence where the span
    starts; else a day named in the sentence before; else the document date
    (`inferred=True`). None when nothing dates the
    document at all: coding such an event with a made-up date would be worse than not
    coding it. `inferred` is also set when the expression was resolved against an
    inferred document date (it names no year of its own).
    """
    text = analysis.document.text
    inside = [t for t in analysis.times if t.start < end and t.end > start]
    chosen = (
        _best(inside, start, end, text)
        or _best(_sentence_times(analysis, start), start, end, text)
        or _previous_day(analysis, start)
    )
    doc = analysis.doc_date
    if chosen is not None:
        depends = doc is not None and doc.source == "inferred" and not _has_year(chosen.text)
        return When(chosen.value, chosen.precision, inferred=depends, expression=chosen)
    if doc is not None:
        return When(doc.value, doc.precision, inferred=True)
    return None


def _has_year(text: str) -> bool:
    return re.search(YEAR_PATTERN, text) is not None


def _last_day(value: When) -> date:
    """The latest day the coded date can stand for."""
    if value.expression is not None and value.expression.until is not None:
        return value.expression.until
    if value.precision is WEEK:
        return value.value + timedelta(days=3)
    if value.precision is MONTH:
        return value.value.replace(day=calendar.monthrange(value.value.year, value.value.month)[1])
    if value.precision is YEAR:
        return value.value.replace(month=12, day=31)
    return value.value


def is_background(value: When, doc_date: DocumentDate | None, days: int = BACKGROUND_DAYS) -> bool:
    """True when the event date is history relative to the document.

    That is: the latest day the date can stand for is more than `days` before the
    document date, or a YEAR-precision date names an earlier year.
    """
    if doc_date is None:
        return False
    if value.precision is YEAR and value.value.year < doc_date.value.year:
        return True
    return _last_day(value) < doc_date.value - timedelta(days=days)
