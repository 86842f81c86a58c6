"""Date-expression rules: each a named pattern and the resolver that dates its match.

Regex-driven, with our own calendar arithmetic (`eventwire.timecalendar`; no dateparser:
it returns None for most news phrasings we need, and our rules are deterministic and
fast). The regex pieces, and the guards against false positives ("may attack", "the
March 23 Movement", "Sunday Times"), are in `eventwire.timepatterns`;
`eventwire.timefind` runs the rules over a text and chains relative expressions.

Expressions are resolved against the document date, preferring the past. Conventions
(ACLED's where it has one; precision DAY/WEEK/MONTH is ACLED's time_precision 1/2/3,
YEAR is ours):
- weekdays: the most recent such day on or before the document date ("Monday" on a
  Monday is that day; "last Monday" on a Monday is a week before; "Monday last week" is
  the Monday of the previous Monday-to-Sunday week); "early/late (on) Friday",
  "overnight (on) Friday", "Friday night" are that Friday;
- "today", "tonight", "overnight", "this morning" -> the document date (wire stories
  report the night just ended); "yesterday", "last night" -> the day before;
- weeks run Monday to Sunday and are coded to their middle, Thursday, precision WEEK
  ("this week", "earlier in the week" never later than the document date); a weekend is
  coded to its Saturday, `until` its Sunday, precision WEEK; "the first/last week of
  May" to the middle of those seven days, WEEK;
- a month is coded to its first day, precision MONTH; "early"/"the first days of" May
  to the 5th, "late"/"the end of"/"the last days of" May to the 25th, still MONTH ("the
  beginning of" stays on the 1st); "mid-June" to the 15th at WEEK (ACLED's precision 2
  for mid-month); the same parts apply to "last month" and "this month"; a part of the
  current month is never later than the document date; "in January last year", "14 July
  last year" take the year named; "the past year" ("past month") is the run of a year
  (a month) up to the document date, MONTH, `until` the document date;
- a year is coded to 1 January, precision YEAR, whatever part of it is named ("late
  2016", "mid-2017", "the summer of 2020", "late last year");
- spans ("between June 3 and 5", "from Monday to Wednesday") carry `value` = first day
  and `until` = last, WEEK when at most 7 days long, else MONTH; a yearless run of days
  is the latest begun by the document date (one under way ends after it); month spans ("from
  March to May") and year spans ("between 2014 and 2016") are MONTH and YEAR, `until`
  the last day of the last month or year, never after the document date;
- "since January" / "since 2011" / "since 1 February" start at that date, `until` the
  document date;
- unambiguous numeric dates only: "18/05/2019" and "09/25/2018" (one part above 12),
  never "05/06/2019";
- fixed-date holidays ("Christmas Day", "New Year's Eve", "International Women's Day")
  are days, the most recent on or before the document date;
- "N days/weeks/years after|before <date>", "the day after <date>" and "the Nth
  anniversary of <date>" are anchored on the date that follows in the same sentence
  (unresolved when none does: "just one day after the raid" does not say when the raid
  was); "N years to the day after|since" and "exactly N years after" are DAY precision,
  MONTH when hedged ("nearly"), else the unit's precision; "the tenth anniversary of the
  2013 coup" is 2023 at YEAR; "N days later", "the following day", "the next month"
  count from the previous resolved expression, as does "the day before|after" with no
  date after it ("on Sunday after a bomb went off the day before,"); "N days (a
  fortnight) ago" from the document date. A relative date is never finer than its anchor.

A year-like number that counts a plural noun after it ("of 2000 people", "On March 5,
1900 workers marched") is no year unless it is the document's year or the one before;
nor is one that names a law ("the Orchard Act of 2006").
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from eventwire import timepatterns as pat
from eventwire.records import TimePrecision
from eventwire.timecalendar import (
    MONTH_WORDS,
    NUM_PATTERN,
    ORDINALS,
    WEEKDAYS,
    YEAR_PATTERN,
    add_months,
    coarse,
    last_day_of_month,
    month_number,
    month_pattern,
    number,
    ordinal,
    past_day,
    past_month,
    safe_date,
    shift,
    week_middle,
)

__all__ = ["DAY_MONTH_RULES", "FULL_DATE_RULES", "RULES", "Found", "Rule"]

DAY, WEEK, MONTH, YEAR = tuple(TimePrecision)


@dataclass(frozen=True, slots=True)
class Found:
    """What a rule resolved a match to."""

    value: date
    precision: TimePrecision
    until: date | None = None


Resolver = Callable[[re.Match[str], date], Found | None]


@dataclass(frozen=True, slots=True)
class Rule:
    """A named pattern; `anchor` says what it is resolved against.

    "doc": the document date; "next": the date expression that follows in the same
    sentence; "previous": the previous resolved expression. `self_dated` rules carry
    their own year, so they resolve without a document date. `cues` are words one of
    which every match holds as a whole word, a lowercase cue in any case, a capitalised
    one as written: a text without any of them is not searched (empty: always searched).
    """

    name: str
    pattern: re.Pattern[str]
    resolve: Resolver
    anchor: str = "doc"
    self_dated: bool = False
    cues: frozenset[str] = frozenset()


_HOLIDAYS = {
    "christmas day": (12, 25),
    "christmas eve": (12, 24),
    "boxing day": (12, 26),
    "new year's day": (1, 1),
    "new year's eve": (12, 31),
    "international women's day": (3, 8),
    "may day": (5, 1),
}


# --- resolvers (each: match, reference date -> Found | None) ------------------------


def _day(value: date | None) -> Found | None:
    return Found(value, DAY) if value else None


def _iso(m: re.Match[str], ref: date) -> Found | None:
    return _day(safe_date(int(m["year"]), int(m["mon"]), int(m["day"])))


def _numeric(m: re.Match[str], ref: date) -> Found | None:
    """A numeric date whose day and month cannot be swapped (one part above 12)."""
    first, second = int(m["a"]), int(m["b"])
    if first == second or first > 12 >= second:
        day, month = first, second
    elif second > 12 >= first:
        day, month = second, first
    else:
        return None
    return _day(safe_date(int(m["year"]), month, day))


def _full(m: re.Match[str], ref: date) -> Found | None:
    month, day = month_number(m["month"]), int(m["day"])
    if _counts(m, ref):  # "On February 23, 2000 supporters marched": this February 23
        return _day(past_day(month, day, ref))
    return _day(safe_date(int(m["year"]), month, day))


def _day_month(m: re.Match[str], ref: date) -> Found | None:
    month, day, year = month_number(m["month"]), int(m["day"]), _stated_year(m, ref)
    return _day(safe_date(year, month, day) if year else past_day(month, day, ref))


def _holiday(m: re.Match[str], ref: date) -> Found | None:
    name = " ".join(m["holiday"].lower().replace("’", "'").split())
    month, day = _HOLIDAYS[name]
    if m["year"]:
        return _day(safe_date(int(m["year"]), month, day))
    return _day(past_day(month, day, ref))


def _span(m: re.Match[str], ref: date) -> Found | None:
    first_month = month_number(m["m1"] or m["m2"])
    last_month = month_number(m["m2"] or m["m1"])
    if m["year"]:
        end = safe_date(int(m["year"]), last_month, int(m["d2"]))
    else:  # the latest run begun by the document date: "from November 5-18" on the 7th
        begun = past_day(first_month, int(m["d1"]), ref)
        year = begun.year + (first_month > last_month) if begun else None
        end = safe_date(year, last_month, int(m["d2"])) if year else None
    if end is None:
        return None
    start = safe_date(end.year - (first_month > last_month), first_month, int(m["d1"]))
    if start is None or start > end:
        return None
    return Found(start, WEEK if (end - start).days <= 7 else MONTH, end)


def _weekday_span(m: re.Match[str], ref: date) -> Found | None:
    """ "from Monday to Wednesday": the latest such run ending on or before `ref`."""
    last = WEEKDAYS[m["w2"].lower()]
    end = ref - timedelta(days=(ref.weekday() - last) % 7)
    return Found(end - timedelta(days=(last - WEEKDAYS[m["w1"].lower()]) % 7), WEEK, end)


def _month_span(m: re.Match[str], ref: date) -> Found | None:
    """ "from (late) March to (early) May": each end a part's day, or the whole month."""
    first, last = month_number(m["m1"]), month_number(m["m2"])
    end = date(int(m["year"]), last, 1) if m["year"] else past_month(last, ref)
    start = _month_part(m["p1"], add_months(end, -((last - first) % 12))).value
    until = _month_part(m["p2"], end).value if m["p2"] else last_day_of_month(end)
    return Found(start, MONTH, min(until, ref))


def _year_span(m: re.Match[str], ref: date) -> Found | None:
    first, last = int(m["y1"]), int(m["y2"])
    if first >= last:
        return None
    return Found(date(first, 1, 1), YEAR, min(date(last, 12, 31), ref))


def _month_part(part: str | None, start: date) -> Found:
    """The day a part of the month starting on `start` is coded to (module docstring)."""
    part = " ".join((part or "").lower().split())
    if part in ("mid", "the middle of"):
        return Found(start.replace(day=15), WEEK)
    if part == "late" or part.startswith(("the end", "the last", "the final", "the closing")):
        return Found(start.replace(day=25), MONTH)
    if part == "early" or part.startswith(("the first", "the opening")):
        return Found(start.replace(day=5), MONTH)
    return Found(start, MONTH)


def _stated_year(m: re.Match[str], ref: date) -> int | None:
    """The year a "last year" / "this year" after a yearless date names, else None."""
    rel = m.groupdict().get("rel")
    return ref.year - ("last" in rel.lower()) if rel else None


def _month_year(m: re.Match[str], ref: date) -> Found | None:
    month = month_number(m["month"])
    if _counts(m, ref):  # "in March 1900 workers struck": this March
        return _month_part(m["part"], past_month(month, ref))
    return _month_part(m["part"], date(int(m["year"]), month, 1))


def _month_alone(m: re.Match[str], ref: date) -> Found | None:
    month, year = month_number(m["month"]), _stated_year(m, ref)
    found = _month_part(m["part"], date(year, month, 1) if year else past_month(month, ref))
    return dataclasses.replace(found, value=min(found.value, ref))  # "late June" on June 19


def _week_of_month(m: re.Match[str], ref: date) -> Found | None:
    """ "the first week of May": the middle of those seven days."""
    month = month_number(m["month"])
    start = date(int(m["year"]), month, 1) if m["year"] else past_month(month, ref)
    nth = m["nth"].lower()
    if nth in ("last", "final"):
        return Found(last_day_of_month(start) - timedelta(days=3), WEEK)
    return Found(start + timedelta(days=7 * ORDINALS[nth] - 4), WEEK)


def _year(m: re.Match[str], ref: date) -> Found | None:
    law = m[0][:2].lower() == "of" and _LAW.search(m.string, max(0, m.start() - 20), m.start())
    return None if law or _counts(m, ref) else Found(date(int(m["year"]), 1, 1), YEAR)


# "the Orchard Act of 2006", "Act No. 3 of 2011": the year names a law, not a time.
_LAW = re.compile(r"\b(?:Act|Bill|Ordinance|Amendment|Code|Regulations|No\.?\s*\d+)\s+$")


# A word after a year-like number that the number counts: a plural noun ("supporters",
# "homes") or one of the nouns that are plural without an -s.
_COUNTED = re.compile(
    r"\s+(?:(?!(?:was|has|is|this|thus|as|its|his|hers|ours|theirs|yes|plus|versus|across"
    r"|always|perhaps|towards|afterwards|besides|whereas|unless|nevertheless|ago)\b)"
    r"[a-z]*[a-rt-z]s|people|men|women|children|police|personnel|staff|cattle|youth)\b"
)
# A number read as a year this close to the document's year is the year.
_NEAR_YEARS = 1


def _counts(m: re.Match[str], ref: date) -> bool:
    """The year of a match counts the noun after it ("of 2000 people", "On 5 March 1900
    workers marched"): a plural noun follows and the number, read as a year, is not the
    document's year or the one before. Without a document date it stays a year."""
    year = int(m["year"])
    if ref == date.max or ref.year - _NEAR_YEARS <= year <= ref.year:
        return False
    return _COUNTED.match(m.string, m.end()) is not None


def _since(m: re.Match[str], ref: date) -> Found | None:
    if m["year"]:
        start = date(int(m["year"]), 1, 1)
        return Found(start, YEAR, ref) if start <= ref else None
    found = _month_part(m["part"], past_month(month_number(m["month"]), ref))
    return Found(min(found.value, ref), found.precision, ref)


def _weekday(m: re.Match[str], ref: date) -> Found | None:
    day = WEEKDAYS[m["wd"].lower()]
    if m["lastweek"]:
        return Found(ref - timedelta(days=ref.weekday() + 7 - day), DAY)
    back = (ref.weekday() - day) % 7
    if back == 0 and (m["mod"] or "").lower() == "last":
        back = 7
    return Found(ref - timedelta(days=back), DAY)


def _relative_day(m: re.Match[str], ref: date) -> Found | None:
    phrase = " ".join(m[0].lower().split())
    back = {"yesterday": 1, "last night": 1, "the day before yesterday": 2}.get(phrase, 0)
    return Found(ref - timedelta(days=back), DAY)


def _week(m: re.Match[str], ref: date) -> Found | None:
    phrase = " ".join(m[0].lower().split())
    if "weekend" in phrase:
        saturday = ref - timedelta(days=(ref.weekday() - 5) % 7)
        if phrase.startswith(("last", "previous")) and ref.weekday() >= 5:
            saturday -= timedelta(weeks=1)
        return Found(saturday, WEEK, saturday + timedelta(days=1))
    if phrase.startswith(("last", "previous")):
        return Found(week_middle(ref, 1), WEEK)
    return Found(min(week_middle(ref, 0), ref), WEEK)


def _month_or_year(m: re.Match[str], ref: date) -> Found | None:
    back = 1 if m["which"].lower() in ("last", "previous", "past") else 0
    if m["which"].lower() == "past" and not m["part"]:  # "for the past year": up to now
        return Found(add_months(ref, -12 if m["unit"].lower() == "year" else -1), MONTH, ref)
    if m["unit"].lower() == "year":
        return Found(date(ref.year - back, 1, 1), YEAR)
    found = _month_part(m["part"], add_months(ref.replace(day=1), -back))
    return dataclasses.replace(found, value=min(found.value, ref))


def _period_start(m: re.Match[str], ref: date) -> Found | None:
    """ "the start of the year", "the beginning of the month"."""
    if m["unit"].lower() == "year":
        return Found(date(ref.year, 1, 1), YEAR)
    return Found(ref.replace(day=1), MONTH)


def _ago(m: re.Match[str], ref: date) -> Found | None:
    value, precision = shift(ref, -number(m["num"]), m["unit"])
    return Found(coarse(value, precision), precision)


def _offset(m: re.Match[str], anchor: date) -> Found | None:
    """ "N units after|before|later|earlier": `anchor` is the date it counts from."""
    sign = -1 if m["dir"].lower() in ("before", "earlier") else 1
    value, precision = shift(anchor, sign * number(m["num"]), m["unit"])
    if m["today"] or m["exact"]:
        return Found(value, MONTH if m["hedge"] else DAY)
    return Found(coarse(value, precision), precision)


def _following(m: re.Match[str], anchor: date) -> Found | None:
    sign = -1 if m["dir"].lower() in ("previous", "before") else 1
    value, precision = shift(anchor, sign, m["unit"])
    return Found(coarse(value, precision), precision)


def _anniversary(m: re.Match[str], anchor: date) -> Found | None:
    return Found(add_months(anchor, 12 * ordinal(m["ord"])), DAY)


def _anniversary_year(m: re.Match[str], ref: date) -> Found | None:
    return Found(date(int(m["year"]) + ordinal(m["ord"]), 1, 1), YEAR)


def _rule(
    name: str,
    pattern: str,
    resolve: Resolver,
    anchor: str = "doc",
    self_dated: bool = False,
    cues: Iterable[str] = (),
) -> Rule:
    """Compile `pattern` between word boundaries; a leading "(?i)" makes it case-blind.

    `cues` (or a space-separated string of them) must name a word of every match.
    """
    flags = re.IGNORECASE if pattern.startswith("(?i)") else 0
    compiled = re.compile(rf"\b(?:{pattern.removeprefix('(?i)')})\b", flags)
    words = cues.split() if isinstance(cues, str) else cues
    return Rule(name, compiled, resolve, anchor, self_dated, frozenset(words))


# Cue words of the rules that need a month or a weekday name, capitalised as they must be.
_MONTHS = MONTH_WORDS
_WEEKDAYS = frozenset(pat.WEEKDAY_NAMES.split("|"))


RULES: tuple[Rule, ...] = (
    _rule("iso", pat.ISO, _iso, self_dated=True),
    _rule("numeric", pat.NUMERIC, _numeric, self_dated=True),
    _rule("span", pat.SPAN_MD, _span, cues=_MONTHS),
    _rule("span", pat.SPAN_DM, _span, cues=_MONTHS),
    _rule("span", pat.SPAN_WEEKDAYS, _weekday_span, cues=_WEEKDAYS),
    _rule("month-span", pat.SPAN_MONTHS, _month_span, cues=_MONTHS),
    _rule("year-span", pat.SPAN_YEARS, _year_span, self_dated=True, cues="between from"),
    _rule("month-day-year", rf"{pat.MD},?\s+{YEAR_PATTERN}", _full, self_dated=True, cues=_MONTHS),
    _rule("day-month-year", rf"{pat.DM},?\s+{YEAR_PATTERN}", _full, self_dated=True, cues=_MONTHS),
    _rule("month-day", pat.MD + pat.NAMED + pat.REL_YEAR, _day_month, cues=_MONTHS),
    _rule("day-month", pat.DM + pat.NAMED + pat.REL_YEAR, _day_month, cues=_MONTHS),
    _rule("holiday", pat.HOLIDAY, _holiday, cues="Day Eve"),
    _rule(
        "month-year",
        rf"(?:{pat.PART}[\s-]+)?{month_pattern('month')},?\s+{YEAR_PATTERN}",
        _month_year,
        self_dated=True,
        cues=_MONTHS,
    ),
    _rule(
        "since",
        rf"(?i:since)\s+(?:{pat.PART}[\s-]+)?(?:{month_pattern('month')}(?!\s*\d)|{YEAR_PATTERN})",
        _since,
        cues="since",
    ),
    _rule("month", pat.MONTH_ALONE, _month_alone, cues=_MONTHS),
    _rule("week-of-month", pat.WEEK_OF_MONTH, _week_of_month, cues="week"),
    _rule(
        "year", rf"(?:{pat.PREP}|(?i:early|late|mid))[\s-]+{YEAR_PATTERN}", _year, self_dated=True
    ),
    _rule("weekday", pat.WEEKDAY_PHRASE, _weekday, cues=_WEEKDAYS),
    _rule(
        "relative-day",
        pat.RELATIVE_DAY,
        _relative_day,
        cues="yesterday today tonight overnight night morning afternoon evening",
    ),
    _rule("week", pat.WEEK, _week, cues="week weekend"),
    _rule(
        "month-rel",
        rf"(?i)(?:{pat.PART}[\s-]+)?(?P<which>last|this|past|previous)\s+(?P<unit>month|year)",
        _month_or_year,
        cues="month year",
    ),
    _rule(
        "month-rel",
        r"(?i)the\s+(?:start|beginning)\s+of\s+(?:the|this)\s+(?P<unit>year|month)",
        _period_start,
        cues="month year",
    ),
    _rule("ago", rf"(?i){NUM_PATTERN}\s+{pat.UNITS}\s+ago", _ago, cues="ago"),
    _rule("offset-after", pat.OFFSET, _offset, anchor="next", cues="after before since"),
    _rule("offset-later", pat.LATER, _offset, anchor="previous", cues="later earlier"),
    _rule(
        "following",
        r"(?i)the\s+(?P<dir>following|next|previous)\s+(?P<unit>day|week|month|year)",
        _following,
        "previous",
        cues="following next previous",
    ),
    _rule(
        "day-after",
        r"(?i)the\s+(?P<unit>day)\s+(?P<dir>after|before)(?!\s+yesterday)(?!\s*(?:[,.;:]|$))",
        _following,
        "next",
        cues="after before",
    ),
    _rule(  # "..., on Sunday after a bomb went off the day before,": the day told before
        "day-after-told",
        r"(?i)the\s+(?P<unit>day)\s+(?P<dir>after|before)(?=\s*(?:[,.;:]|$))",
        _following,
        "previous",
        cues="after before",
    ),
    _rule("anniversary", pat.ANNIVERSARY, _anniversary, anchor="next", cues="anniversary"),
    _rule(
        "anniversary",
        rf"{pat.ANNIVERSARY}\s+(?:the\s+)?{YEAR_PATTERN}",
        _anniversary_year,
        self_dated=True,
        cues="anniversary",
    ),
)

# Dates written in full, and yearless day-months: the anchors that date a document.
FULL_DATE_RULES = tuple(
    r for r in RULES if r.name in ("iso", "numeric", "month-day-year", "day-month-year")
)
DAY_MONTH_RULES = tuple(r for r in RULES if r.name in ("month-day", "day-month"))
