"""Time expressions and the document date: the `time` stage, and dating events.

The stage dates each document (`eventwire.docdates`: metadata, dateline, URL, or
inferred from the text) and resolves every date expression in its text against that
date (`eventwire.timefind` running the rules of `eventwire.timerules`, which documents
their conventions). `when` then picks the date an event is coded with, and
`is_background` tells history the article recalls from news.
"""

from __future__ import annotations

import calendar
import dataclasses
import re
from collections.abc import Sequence
from datetime import date, timedelta

from eventwire.docdates import document_date, infer_document_date
from eventwire.pipeline import Context, stage
from eventwire.records import (
    Analysis,
    DocumentDate,
    TimeExpression,
    TimePrecision,
    When,
    holding,
    starting_within,
)
from eventwire.timecalendar import YEAR_PATTERN
from eventwire.timefind import find_times

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


@stage("time", requires=("sentences",), assigns=("doc_date", "times"))
def time_stage(batch: Sequence[Analysis], ctx: Context) -> list[Analysis]:
    """Date each document and resolve every time expression in its text."""
    out = []
    for analysis in batch:
        doc_date = document_date(analysis.document) or _undated(ctx.settings.undated_day)
        found = find_times(analysis.document.text, doc_date.value if doc_date else None)
        times = tuple(sorted(found, key=lambda t: t.start))  # text order, for bisection
        out.append(dataclasses.replace(analysis, doc_date=doc_date, times=times))
    return out


def _undated(day: date | None) -> DocumentDate | None:
    """The date the user gives documents that carry none (setting `undated_date`)."""
    return DocumentDate(day, "given") if day is not None else None


# --- dating events --------------------------------------------------------------------


_REPORTING = re.compile(
    r"\b(?:said|says|told|announced|reported|added|stated|confirmed|declared|statement)"
    r"\s+(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)


# Rules whose expression counts from the date that follows it.
_COUNTING = frozenset({"offset-after", "day-after", "anniversary"})


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
        if t.rule in _COUNTING and start < t.end <= times[i + 1].start
    }

    def reporting(t: TimeExpression) -> bool:
        return _REPORTING.search(text, max(0, t.start - 40), t.start) is not None or (
            _in_dateline(t, text)
        )

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


# A dateline's place before its date ("BAMAKO,", "MOSUL, Iraq,") and its agency and dash
# after it ("(Reuters) -").
_DATELINE_BEFORE = re.compile(r"[A-Z][A-Za-z .'-]{1,40},(?:\s+[A-Z][A-Za-z .'-]{1,30},)?\s*")
_DATELINE_AFTER = re.compile(r"\s*(?:\([^()\n]{1,40}\))?\s*[-\u2013\u2014]")


def _in_dateline(t: TimeExpression, text: str) -> bool:
    """The expression is a dateline's date, the day of the report: it dates the event
    only when nothing else in the sentence does ("BAMAKO, Jan 28 (Wire) - Troops took
    the city at the weekend")."""
    line = text.rfind("\n", 0, t.start) + 1
    return (
        _DATELINE_BEFORE.fullmatch(text, line, t.start) is not None
        and _DATELINE_AFTER.match(text, t.end) is not None
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
    (`inferred=True`). A "since" reaching back past `BACKGROUND_DAYS` dates no event
    (`_dating`). None when nothing dates the document at all: coding such an event
    with a made-up date would be worse than not coding it. `inferred` is also set when
    the expression was resolved against an inferred document date (it names no year of
    its own).
    """
    text = analysis.document.text
    doc = analysis.doc_date
    inside = [t for t in analysis.times if t.start < end and t.end > start]
    chosen = (
        _best(_dating(inside, doc), start, end, text)
        or _best(_dating(_sentence_times(analysis, start), doc), start, end, text)
        or _previous_day(analysis, start)
    )
    if chosen is not None:
        depends = doc is not None and doc.source == "inferred" and not _has_year(chosen.text)
        return When(chosen.value, chosen.precision, inferred=depends, expression=chosen)
    if doc is not None:
        return When(doc.value, doc.precision, inferred=True)
    return None


def _dating(times: Sequence[TimeExpression], doc: DocumentDate | None) -> list[TimeExpression]:
    """The expressions that can date an event: not a state lasting from long ago up to
    the document date ("workers unpaid since 2014 marched", "detained since March"),
    which tells how long a grievance has run, not when the event happened."""
    return [t for t in times if not (doc is not None and _long_running(t, doc))]


# Rules of runs with an end of their own ("between 2014 and 2016"): the others that carry
# `until` ("since 2014", "from 1 January", "the past year") run up to the document date.
_SPANS = frozenset({"span", "month-span", "year-span"})


def _long_running(t: TimeExpression, doc: DocumentDate) -> bool:
    ongoing = t.rule not in _SPANS and t.until is not None and t.until >= doc.value
    return ongoing and t.value < doc.value - timedelta(days=BACKGROUND_DAYS)


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
