"""Time expressions and the document date: the `time` stage.

The stage runs on the whole text before spaCy, so it is regex-driven and does calendar
arithmetic itself (no dateparser: it returns None for most news phrasings we need, and
our rules are deterministic and fast).

Document date (`document_date`), first that applies:
1. `Document.published_at` (source as the reader recorded it, else "given").
2. A dateline at the start ("BAGHDAD, June 18 (Reuters) -", "MOSUL, Iraq, March 3,
   2019 —"); a dateline without a year takes the year the text's anchors give (below).
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

Time expressions (`find_times`) are resolved against the document date, preferring the
past. Conventions (ACLED's where it has one):
- weekdays: the most recent such day on or before the document date ("Monday" on a
  Monday is that day; "last Monday" on a Monday is a week before);
- "today", "tonight", "overnight", "this morning" -> the document date (wire stories
  report the night just ended); "yesterday", "last night" -> the day before;
- weeks run Monday to Sunday and are coded to their middle, Thursday, precision WEEK
  ("this week" never later than the document date); a weekend is coded to its Saturday,
  `until` its Sunday, precision WEEK;
- a month is coded to its first day, precision MONTH; "early"/"late" May to the 5th/25th,
  still MONTH; "mid-June" to the 15th at WEEK (ACLED's precision 2 for mid-month);
- spans ("between June 3 and 5") carry `value` = first day and `until` = last, WEEK when
  at most 7 days long, else MONTH;
- "N days/weeks/years after|before <date>" and "the day after <date>" are anchored on
  the date that follows in the same sentence (unresolved when none does: "just one day
  after the raid" does not say when the raid was); "N years to the day after" is DAY
  precision, MONTH when hedged ("nearly"), else YEAR; "N days later", "the following
  day", "the next month" count from the previous resolved expression; "N days ago"
  from the document date. A relative date is never finer than its anchor;
- "since January" / "since 2011" start at that month/year, `until` the document date.

Guards against false positives: month names must be capitalised and "May"/"March" need
a day, a year or a preposition ("in May"), so "may attack" and "a march" are not
dates; weekdays before newspaper words ("Sunday Times") or in feast names ("Good
Friday") and "next Monday" are skipped; a year needs a preposition or a day and month,
and never touches a digit or thousands separator ("150,000", "2,014 people");
"six-year" is a duration. Known false positive: "in 2000 homes".
"""

from __future__ import annotations

import calendar
import dataclasses
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from eventwire.pipeline import Context, stage
from eventwire.records import Analysis, Document, DocumentDate, TimeExpression, TimePrecision, When

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

_MONTH_NAMES = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MONTH_NAMES |= {name.lower(): i for i, name in enumerate(calendar.month_abbr) if name}
_MONTH_NAMES["sept"] = 9
_WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
_NUMBER_WORDS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen"
    " fifteen sixteen seventeen eighteen nineteen twenty"
)
_NUMBERS = dict(zip(_NUMBER_WORDS.split(), range(21), strict=True)) | {
    "a": 1,
    "an": 1,
    "a couple of": 2,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
}


def _month(group: str) -> str:
    """A capitalised month name, or an abbreviation with an optional full stop.

    Capitalised only, so that "may" (modal) and "a march" are never months.
    """
    full = "|".join(calendar.month_name[1:])
    short = "|".join(n.capitalize() for n in _MONTH_NAMES if len(n) <= 4 and n != "may")
    return rf"(?P<{group}>(?:{full})\b|(?:{short})\b\.?)"


def _day(group: str) -> str:
    return rf"(?P<{group}>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\b(?![.,]?\d)"


_YEAR = r"(?<![\d,.$£€])(?P<year>(?:19|20)\d\d)\b(?![,.]?\d)"
_NUM = r"(?P<num>\d{1,3}|a couple of|" + "|".join(w for w in _NUMBERS if " " not in w) + ")"
_HEDGE = r"(?:(?P<hedge>nearly|almost|about|around|roughly|some|more than|over|just)\s+)?"
_WEEKDAY = r"(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_PART = r"(?P<part>(?i:early|mid|late|the end of|the beginning of|the start of|the middle of))"
_PAPERS = r"Times|Telegraph|Mail|Express|Post|Herald|Mirror|Independent|Tribune|Observer"
_SENTENCE_END = re.compile(r"[.!?]\s+[A-Z\"“]")


@dataclass(frozen=True, slots=True)
class _Found:
    """What a rule resolved a match to."""

    value: date
    precision: TimePrecision
    until: date | None = None


Resolver = Callable[[re.Match[str], date], _Found | None]


@dataclass(frozen=True, slots=True)
class _Rule:
    """A named pattern; `anchor` says what it is resolved against.

    "doc": the document date; "next": the date expression that follows in the same
    sentence; "previous": the previous resolved expression.
    """

    name: str
    pattern: re.Pattern[str]
    resolve: Resolver
    anchor: str = "doc"


# --- calendar helpers -------------------------------------------------------------


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _month_of(name: str) -> int:
    return _MONTH_NAMES[name.lower().rstrip(".")]


def _past_day(month: int, day: int, ref: date) -> date | None:
    """The most recent `month`/`day` on or before `ref`."""
    this_year = _safe_date(ref.year, month, day)
    if this_year is not None and this_year <= ref:
        return this_year
    return _safe_date(ref.year - 1, month, day)


def _past_month(month: int, ref: date) -> date:
    return date(ref.year if month <= ref.month else ref.year - 1, month, 1)


def _add_months(value: date, months: int) -> date:
    index = value.year * 12 + value.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(value.day, last))


def _number(text: str) -> int:
    return int(text) if text.isdigit() else _NUMBERS[text.lower()]


def _shift(value: date, count: int, unit: str) -> tuple[date, TimePrecision]:
    """`value` moved by `count` units (day, week, month, year, decade)."""
    unit = unit.lower().rstrip("s")
    if unit == "day":
        return value + timedelta(days=count), DAY
    if unit == "week":
        return value + timedelta(weeks=count), WEEK
    months = {"month": 1, "year": 12, "decade": 120}[unit] * count
    return _add_months(value, months), (MONTH if unit == "month" else YEAR)


def _coarse(value: date, precision: TimePrecision) -> date:
    """The first day of the month or year a MONTH or YEAR value stands for."""
    if precision is MONTH:
        return value.replace(day=1)
    return value.replace(month=1, day=1) if precision is YEAR else value


def _week_middle(ref: date, weeks_back: int) -> date:
    return ref - timedelta(days=ref.weekday() + 7 * weeks_back) + timedelta(days=3)


# --- resolvers (each: match, reference date -> _Found | None) -----------------------


def _iso(m: re.Match[str], ref: date) -> _Found | None:
    value = _safe_date(int(m["year"]), int(m["mon"]), int(m["day"]))
    return _Found(value, DAY) if value else None


def _full(m: re.Match[str], ref: date) -> _Found | None:
    value = _safe_date(int(m["year"]), _month_of(m["month"]), int(m["day"]))
    return _Found(value, DAY) if value else None


def _day_month(m: re.Match[str], ref: date) -> _Found | None:
    value = _past_day(_month_of(m["month"]), int(m["day"]), ref)
    return _Found(value, DAY) if value else None


def _span(m: re.Match[str], ref: date) -> _Found | None:
    first_month = _month_of(m["m1"] or m["m2"])
    last_month = _month_of(m["m2"] or m["m1"])
    if m["year"]:
        end = _safe_date(int(m["year"]), last_month, int(m["d2"]))
    else:
        end = _past_day(last_month, int(m["d2"]), ref)
    if end is None:
        return None
    start = _safe_date(end.year - (first_month > last_month), first_month, int(m["d1"]))
    if start is None or start > end:
        return None
    return _Found(start, WEEK if (end - start).days <= 7 else MONTH, end)


def _month_part(m: re.Match[str], start: date) -> _Found:
    part = (m["part"] or "").lower()
    if part in ("mid", "the middle of"):
        return _Found(start.replace(day=15), WEEK)
    if part in ("late", "the end of"):
        return _Found(start.replace(day=25), MONTH)
    if part == "early":
        return _Found(start.replace(day=5), MONTH)
    return _Found(start, MONTH)


def _month_year(m: re.Match[str], ref: date) -> _Found | None:
    return _month_part(m, date(int(m["year"]), _month_of(m["month"]), 1))


def _month_alone(m: re.Match[str], ref: date) -> _Found | None:
    found = _month_part(m, _past_month(_month_of(m["month"]), ref))
    return dataclasses.replace(found, value=min(found.value, ref))  # "late June" on June 19


def _year(m: re.Match[str], ref: date) -> _Found | None:
    return _Found(date(int(m["year"]), 1, 1), YEAR)


def _since(m: re.Match[str], ref: date) -> _Found | None:
    if m["year"]:
        start = date(int(m["year"]), 1, 1)
        return _Found(start, YEAR, ref) if start <= ref else None
    return _Found(_past_month(_month_of(m["month"]), ref), MONTH, ref)


def _weekday(m: re.Match[str], ref: date) -> _Found | None:
    back = (ref.weekday() - _WEEKDAYS[m["wd"].lower()]) % 7
    if back == 0 and (m["mod"] or "").lower() == "last":
        back = 7
    return _Found(ref - timedelta(days=back), DAY)


def _relative_day(m: re.Match[str], ref: date) -> _Found | None:
    phrase = " ".join(m[0].lower().split())
    back = {"yesterday": 1, "last night": 1, "the day before yesterday": 2}.get(phrase, 0)
    return _Found(ref - timedelta(days=back), DAY)


def _week(m: re.Match[str], ref: date) -> _Found | None:
    phrase = " ".join(m[0].lower().split())
    if "weekend" in phrase:
        saturday = ref - timedelta(days=(ref.weekday() - 5) % 7)
        if phrase.startswith(("last", "previous")) and ref.weekday() >= 5:
            saturday -= timedelta(weeks=1)
        return _Found(saturday, WEEK, saturday + timedelta(days=1))
    if phrase.startswith(("last", "previous")):
        return _Found(_week_middle(ref, 1), WEEK)
    return _Found(min(_week_middle(ref, 0), ref), WEEK)


def _month_or_year(m: re.Match[str], ref: date) -> _Found | None:
    back = 1 if m["which"].lower() in ("last", "previous", "past") else 0
    if m["unit"].lower() == "year":
        return _Found(date(ref.year - back, 1, 1), YEAR)
    return _Found(_add_months(ref.replace(day=1), -back), MONTH)


def _ago(m: re.Match[str], ref: date) -> _Found | None:
    value, precision = _shift(ref, -_number(m["num"]), m["unit"])
    return _Found(_coarse(value, precision), precision)


def _offset(m: re.Match[str], anchor: date) -> _Found | None:
    """ "N units after|before|later|earlier": `anchor` is the date it counts from."""
    sign = -1 if m["dir"].lower() in ("before", "earlier") else 1
    value, precision = _shift(anchor, sign * _number(m["num"]), m["unit"])
    if m["today"]:
        return _Found(value, MONTH if m["hedge"] else DAY)
    return _Found(_coarse(value, precision), precision)


def _following(m: re.Match[str], anchor: date) -> _Found | None:
    sign = -1 if m["dir"].lower() in ("previous", "before") else 1
    value, precision = _shift(anchor, sign, m["unit"])
    return _Found(_coarse(value, precision), precision)


_MD, _DM = rf"{_month('month')}\s+{_day('day')}", rf"{_day('day')}\s+(?:of\s+)?{_month('month')}"
_SPAN_MD = (
    rf"(?:(?i:between|from)\s+)?{_month('m1')}\s+{_day('d1')}\s*(?:[-–]|and|to|until|through)"
    rf"\s*(?:{_month('m2')}\s+)?{_day('d2')}(?:,?\s+{_YEAR})?"
)
_SPAN_DM = (
    rf"(?:(?i:between|from)\s+)?{_day('d1')}(?:\s+{_month('m1')})?\s*(?:[-–]|and|to|until)"
    rf"\s*{_day('d2')}\s+{_month('m2')}(?:,?\s+{_YEAR})?"
)
_PREP = r"(?i:in|during|until|by|throughout|of)"
_MONTH_ALONE = (
    rf"(?=(?:{_PREP}|(?i:early|mid|late|the))\b)(?:{_PREP}\s+)?(?:{_PART}[\s-]+)?"
    rf"{_month('month')}(?!\s*\d)"
)
_WEEKDAY_PHRASE = (
    r"(?<!Good )(?<!Black )(?<!Bloody )(?<!Holy )(?<!Palm )(?<!Easter )(?<!next )"
    rf"\b(?:(?P<mod>(?i:on|early|late|last|this|since|by|until))\s+)?{_WEEKDAY}\b"
    rf"(?!\s+(?:{_PAPERS})\b)(?:\s+(?:morning|afternoon|evening|night))?"
)
_RELATIVE_DAY = (
    r"(?i)the day before yesterday|yesterday|today|tonight|overnight|last\s+night"
    r"|this\s+(?:morning|afternoon|evening)"
)
_WEEK = r"(?i)(?:last|this|past|previous)\s+week(?:end)?|(?:at|over|during)\s+the\s+weekend"
_UNITS = r"(?P<unit>days?|weeks?|months?|years?|decades?)"
_OFFSET = rf"(?i){_HEDGE}{_NUM}\s+{_UNITS}\s+(?P<today>to\s+the\s+day\s+)?(?P<dir>after|before)"
_LATER = rf"(?i){_HEDGE}{_NUM}\s+{_UNITS}\s+(?P<today>)(?P<dir>later|earlier)"


def _rule(name: str, pattern: str, resolve: Resolver, anchor: str = "doc") -> _Rule:
    """Compile `pattern` between word boundaries; a leading "(?i)" makes it case-blind."""
    flags = re.IGNORECASE if pattern.startswith("(?i)") else 0
    return _Rule(
        name, re.compile(rf"\b(?:{pattern.removeprefix('(?i)')})\b", flags), resolve, anchor
    )


_RULES: tuple[_Rule, ...] = (
    _rule(
        "iso", r"(?P<year>(?:19|20)\d\d)-(?P<mon>0[1-9]|1[0-2])-(?P<day>0[1-9]|[12]\d|3[01])", _iso
    ),
    _rule("span", _SPAN_MD, _span),
    _rule("span", _SPAN_DM, _span),
    _rule("month-day-year", rf"{_MD},?\s+{_YEAR}", _full),
    _rule("day-month-year", rf"{_DM},?\s+{_YEAR}", _full),
    _rule("month-day", _MD, _day_month),
    _rule("day-month", _DM, _day_month),
    _rule("month-year", rf"(?:{_PART}[\s-]+)?{_month('month')},?\s+{_YEAR}", _month_year),
    _rule("since", rf"(?i:since)\s+(?:{_month('month')}(?!\s*\d)|{_YEAR})", _since),
    _rule("month", _MONTH_ALONE, _month_alone),
    _rule("year", rf"(?:{_PREP}|(?i:early|late|mid))[\s-]+{_YEAR}", _year),
    _rule("weekday", _WEEKDAY_PHRASE, _weekday),
    _rule("relative-day", _RELATIVE_DAY, _relative_day),
    _rule("week", _WEEK, _week),
    _rule(
        "month-rel",
        r"(?i)(?P<which>last|this|past|previous)\s+(?P<unit>month|year)",
        _month_or_year,
    ),
    _rule("ago", rf"(?i){_NUM}\s+{_UNITS}\s+ago", _ago),
    _rule("offset-after", _OFFSET, _offset, anchor="next"),
    _rule("offset-later", _LATER, _offset, anchor="previous"),
    _rule(
        "following",
        r"(?i)the\s+(?P<dir>following|next|previous)\s+(?P<unit>day|week|month|year)",
        _following,
        "previous",
    ),
    _rule(
        "day-after",
        r"(?i)the\s+(?P<unit>day)\s+(?P<dir>after|before)(?!\s+yesterday)",
        _following,
        "next",
    ),
)


# --- finding and resolving expressions ---------------------------------------------


def _candidates(text: str) -> list[tuple[re.Match[str], _Rule]]:
    """Every rule's matches, overlaps removed: the earliest, then the longest, wins."""
    found = [(m, rule) for rule in _RULES for m in rule.pattern.finditer(text)]
    found.sort(key=lambda item: (item[0].start(), -len(item[0][0])))
    chosen: list[tuple[re.Match[str], _Rule]] = []
    for match, rule in found:
        if not chosen or match.start() >= chosen[-1][0].end():
            chosen.append((match, rule))
    return chosen


def _expression(match: re.Match[str], rule: _Rule, found: _Found) -> TimeExpression:
    return TimeExpression(
        match.start(), match.end(), match[0], found.value, found.precision, found.until, rule.name
    )


def _next_anchor(
    text: str,
    index: int,
    matches: list[tuple[re.Match[str], _Rule]],
    done: dict[int, TimeExpression],
) -> TimeExpression | None:
    """The resolved expression right after match `index`, in the same sentence."""
    end = matches[index][0].end()
    for later in range(index + 1, len(matches)):
        gap = text[end : matches[later][0].start()]
        if len(gap) > 100 or _SENTENCE_END.search(gap):
            return None
        if later in done:
            return done[later]
    return None


def _previous_anchor(index: int, done: dict[int, TimeExpression]) -> TimeExpression | None:
    earlier = [i for i in done if i < index]
    return done[max(earlier)] if earlier else None


def _attempt(rule: _Rule, match: re.Match[str], reference: date) -> _Found | None:
    """Resolve, or None when the arithmetic leaves the calendar ("999 decades ago")."""
    try:
        return rule.resolve(match, reference)
    except (OverflowError, ValueError):
        return None


def _anchored(match: re.Match[str], rule: _Rule, anchor: TimeExpression) -> _Found | None:
    """Resolve against another expression, never finer than that expression."""
    found = _attempt(rule, match, anchor.value)
    if found is None or found.precision >= anchor.precision:
        return found
    return _Found(_coarse(found.value, anchor.precision), anchor.precision)


def find_times(text: str, reference: date | None) -> tuple[TimeExpression, ...]:
    """Every time expression in `text`, resolved against the document date `reference`.

    Without a reference only expressions that carry their own year are resolved.
    Expressions anchored on another ("three days after June 3", "the following day")
    are resolved in a second pass, in text order, so that they can chain.
    """
    matches = _candidates(text)
    done: dict[int, TimeExpression] = {}
    for i, (match, rule) in enumerate(matches):
        if rule.anchor == "doc":
            found = _resolve_absolute(match, rule, reference)
            if found is not None:
                done[i] = _expression(match, rule, found)
    for i, (match, rule) in enumerate(matches):
        if rule.anchor != "doc":
            if rule.anchor == "next":
                anchor = _next_anchor(text, i, matches, done)
            else:
                anchor = _previous_anchor(i, done)
            found = _anchored(match, rule, anchor) if anchor is not None else None
            if found is not None:
                done[i] = _expression(match, rule, found)
    return tuple(done[i] for i in sorted(done))


_SELF_DATED = frozenset({"iso", "month-day-year", "day-month-year", "month-year", "year"})


def _resolve_absolute(match: re.Match[str], rule: _Rule, reference: date | None) -> _Found | None:
    if reference is not None:
        return _attempt(rule, match, reference)
    if rule.name in _SELF_DATED or (rule.name == "span" and match["year"]):
        return _attempt(rule, match, date.max)
    return None


# --- the document date ---------------------------------------------------------------

_DATELINE = re.compile(
    r"\A\s*[A-Z][A-Z.'’ -]{1,40}(?:,\s*[A-Z][A-Za-z.'’ -]{1,30}){0,2}"
    rf"(?:,\s*(?:{_month('month')}\s+{_day('day')}(?:,\s*{_YEAR})?))?"
    r"\s*(?:\([^)\n]{1,30}\))?\s*(?:-+|—|–)\s*"
    rf"(?:{_WEEKDAY}\b)?"
)
_FULL_DATES = tuple(
    r.pattern for r in _RULES if r.name in ("iso", "month-day-year", "day-month-year")
)
_DAY_MONTHS = tuple(r.pattern for r in _RULES if r.name in ("month-day", "day-month"))
_PAST_YEAR = re.compile(rf"\b(?i:in|since|during|throughout|of|from)\s+{_YEAR}")  # not "by 2030"
_ANNIVERSARY = re.compile(
    rf"\b{_HEDGE}{_NUM}\s+(?P<unit>years?|decades?)\s+(?:to\s+the\s+day\s+)?(?:after|since)\b"
    rf"[^.!?]{{0,80}}?{_YEAR}"
    rf"|\b{_NUM.replace('num', 'num2')}-(?P<unit2>year|decade)\b[^.!?]{{0,60}}?"
    rf"\b(?:began|started|erupted|broke\s+out)\s+in\s+{_YEAR.replace('year', 'year2')}",
    re.IGNORECASE,
)


_OPEN_ANNIVERSARY = re.compile(
    rf"\b{_HEDGE}{_NUM}\s+(?P<unit>years?|decades?)\s+to\s+the\s+day\s+(?:after|since)\b",
    re.IGNORECASE,
)
_ANNIVERSARY_REACH = 600  # characters either side searched for the recalled event's date


def _anniversary_years(text: str) -> list[int]:
    """Years implied by "three years to the day after <date>", "a six-year war began in 2011".

    When the recalled event is not dated in the same sentence ("three years to the day
    after the town fell"), it is taken to be the full date nearest after the phrase
    (the story goes on to date it), else the nearest before, within a few sentences.
    """
    years = []
    dated = set()
    for m in _ANNIVERSARY.finditer(text):
        count, unit, start = (
            (m["num"], m["unit"], m["year"]) if m["num"] else (m["num2"], m["unit2"], m["year2"])
        )
        dated.add(m.start())
        years.append(int(start) + _number(count) * (10 if unit.lower().startswith("decade") else 1))
    for m in _OPEN_ANNIVERSARY.finditer(text):
        recalled = None if m.start() in dated else _nearest_full_date(text, m.start(), m.end())
        if recalled is not None:
            scale = 10 if m["unit"].lower().startswith("decade") else 1
            years.append(recalled.year + _number(m["num"]) * scale)
    return years


def _nearest_full_date(text: str, start: int, end: int) -> date | None:
    """The full date nearest after [start, end) within reach, else the nearest before."""
    after: list[tuple[int, date]] = []
    before: list[tuple[int, date]] = []
    for pattern in _FULL_DATES:
        for m in pattern.finditer(text):
            found = _iso(m, date.max) if "mon" in m.groupdict() else _full(m, date.max)
            if found is None:
                continue
            if end <= m.start() <= end + _ANNIVERSARY_REACH:
                after.append((m.start() - end, found.value))
            elif start - _ANNIVERSARY_REACH <= m.end() <= start:
                before.append((start - m.end(), found.value))
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
    return max(mentioned) if mentioned else None


def _text_dates(text: str) -> tuple[list[date], list[tuple[int, int]]]:
    """Day-precise dates in `text`: those with a year, and (month, day) pairs without."""
    full: list[date] = []
    for pattern in _FULL_DATES:
        for m in pattern.finditer(text):
            found = _iso(m, date.max) if "mon" in m.groupdict() else _full(m, date.max)
            if found is not None:
                full.append(found.value)
    taken = {m.start() for p in _FULL_DATES for m in p.finditer(text)}
    partial = [
        (_month_of(m["month"]), int(m["day"]))
        for p in _DAY_MONTHS
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
        candidates += [d for m, day in partial if (d := _safe_date(year, m, day)) is not None]
    return DocumentDate(max(candidates), "inferred") if candidates else None


def _dateline_date(text: str) -> DocumentDate | None:
    """The date in a dateline; a yearless one takes `_anchor_year`, a weekday one moves
    the inferred date forward to that weekday."""
    m = _DATELINE.match(text[:300])
    if m is None or not (m["month"] or m["wd"]):
        return None
    if m["month"]:
        year = int(m["year"]) if m["year"] else _anchor_year(text, _text_dates(text)[0])
        value = _safe_date(year, _month_of(m["month"]), int(m["day"])) if year else None
        return DocumentDate(value, "dateline") if value else None
    inferred = infer_document_date(text)
    if inferred is None:
        return None
    ahead = (_WEEKDAYS[m["wd"].lower()] - inferred.value.weekday()) % 7
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
        times = find_times(analysis.document.text, doc_date.value if doc_date else None)
        out.append(dataclasses.replace(analysis, doc_date=doc_date, times=times))
    return out


# --- dating events --------------------------------------------------------------------


def _best(times: Sequence[TimeExpression], start: int, end: int) -> TimeExpression | None:
    """The finest expression, then the one nearest the middle of [start, end).

    The date an "N years after <date>" phrase counts from dates the earlier event, not
    the one the clause reports: it ranks last when the span starts before the phrase.
    """
    middle = (start + end) / 2
    counted_from = {
        times[i + 1].start
        for i, t in enumerate(times[:-1])
        if t.rule in ("offset-after", "day-after") and start < t.end <= times[i + 1].start
    }
    return min(
        times,
        key=lambda t: (t.start in counted_from, t.precision, abs((t.start + t.end) / 2 - middle)),
        default=None,
    )


def _sentence_times(analysis: Analysis, start: int, back: int = 0) -> list[TimeExpression]:
    """Time expressions of the sentence holding `start`, or of the one `back` before it."""
    for i, sentence in enumerate(analysis.sentences):
        if sentence.start <= start < sentence.end:
            if i < back:
                return []
            other = analysis.sentences[i - back]
            return [t for t in analysis.times if other.start <= t.start < other.end]
    return []


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
    inside = [t for t in analysis.times if t.start < end and t.end > start]
    chosen = (
        _best(inside, start, end)
        or _best(_sentence_times(analysis, start), start, end)
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
    return re.search(_YEAR, text) is not None


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
