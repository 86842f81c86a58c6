"""Date-expression rules: the patterns, their resolvers, and `find_times`.

Regex-driven, with its own calendar arithmetic (no dateparser: it returns None for most
news phrasings we need, and our rules are deterministic and fast). The pattern pieces
and calendar helpers that `eventwire.timex` reuses to date documents are public here.

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
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from eventwire.records import TimeExpression, TimePrecision

__all__ = [
    "DAY_MONTH_PATTERNS",
    "FULL_DATE_PATTERNS",
    "HEDGE_PATTERN",
    "NUM_PATTERN",
    "WEEKDAYS",
    "WEEKDAY_PATTERN",
    "YEAR_PATTERN",
    "day_pattern",
    "find_times",
    "full_date",
    "month_number",
    "month_pattern",
    "number",
    "safe_date",
]

DAY, WEEK, MONTH, YEAR = tuple(TimePrecision)

_MONTH_NAMES = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MONTH_NAMES |= {name.lower(): i for i, name in enumerate(calendar.month_abbr) if name}
_MONTH_NAMES["sept"] = 9
WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
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


def month_pattern(group: str) -> str:
    """A capitalised month name, or an abbreviation with an optional full stop.

    Capitalised only, so that "may" (modal) and "a march" are never months.
    """
    full = "|".join(calendar.month_name[1:])
    short = "|".join(n.capitalize() for n in _MONTH_NAMES if len(n) <= 4 and n != "may")
    return rf"(?P<{group}>(?:{full})\b|(?:{short})\b\.?)"


def day_pattern(group: str) -> str:
    return rf"(?P<{group}>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\b(?![.,]?\d)"


YEAR_PATTERN = r"(?<![\d,.$£€])(?P<year>(?:19|20)\d\d)\b(?![,.]?\d)"
NUM_PATTERN = r"(?P<num>\d{1,3}|a couple of|" + "|".join(w for w in _NUMBERS if " " not in w) + ")"
HEDGE_PATTERN = r"(?:(?P<hedge>nearly|almost|about|around|roughly|some|more than|over|just)\s+)?"
WEEKDAY_PATTERN = r"(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
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


def safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def month_number(name: str) -> int:
    return _MONTH_NAMES[name.lower().rstrip(".")]


def _past_day(month: int, day: int, ref: date) -> date | None:
    """The most recent `month`/`day` on or before `ref`."""
    this_year = safe_date(ref.year, month, day)
    if this_year is not None and this_year <= ref:
        return this_year
    return safe_date(ref.year - 1, month, day)


def _past_month(month: int, ref: date) -> date:
    return date(ref.year if month <= ref.month else ref.year - 1, month, 1)


def _add_months(value: date, months: int) -> date:
    index = value.year * 12 + value.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(value.day, last))


def number(text: str) -> int:
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
    value = safe_date(int(m["year"]), int(m["mon"]), int(m["day"]))
    return _Found(value, DAY) if value else None


def _full(m: re.Match[str], ref: date) -> _Found | None:
    value = safe_date(int(m["year"]), month_number(m["month"]), int(m["day"]))
    return _Found(value, DAY) if value else None


def _day_month(m: re.Match[str], ref: date) -> _Found | None:
    value = _past_day(month_number(m["month"]), int(m["day"]), ref)
    return _Found(value, DAY) if value else None


def _span(m: re.Match[str], ref: date) -> _Found | None:
    first_month = month_number(m["m1"] or m["m2"])
    last_month = month_number(m["m2"] or m["m1"])
    if m["year"]:
        end = safe_date(int(m["year"]), last_month, int(m["d2"]))
    else:
        end = _past_day(last_month, int(m["d2"]), ref)
    if end is None:
        return None
    start = safe_date(end.year - (first_month > last_month), first_month, int(m["d1"]))
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
    return _month_part(m, date(int(m["year"]), month_number(m["month"]), 1))


def _month_alone(m: re.Match[str], ref: date) -> _Found | None:
    found = _month_part(m, _past_month(month_number(m["month"]), ref))
    return dataclasses.replace(found, value=min(found.value, ref))  # "late June" on June 19


def _year(m: re.Match[str], ref: date) -> _Found | None:
    return _Found(date(int(m["year"]), 1, 1), YEAR)


def _since(m: re.Match[str], ref: date) -> _Found | None:
    if m["year"]:
        start = date(int(m["year"]), 1, 1)
        return _Found(start, YEAR, ref) if start <= ref else None
    return _Found(_past_month(month_number(m["month"]), ref), MONTH, ref)


def _weekday(m: re.Match[str], ref: date) -> _Found | None:
    back = (ref.weekday() - WEEKDAYS[m["wd"].lower()]) % 7
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
    value, precision = _shift(ref, -number(m["num"]), m["unit"])
    return _Found(_coarse(value, precision), precision)


def _offset(m: re.Match[str], anchor: date) -> _Found | None:
    """ "N units after|before|later|earlier": `anchor` is the date it counts from."""
    sign = -1 if m["dir"].lower() in ("before", "earlier") else 1
    value, precision = _shift(anchor, sign * number(m["num"]), m["unit"])
    if m["today"]:
        return _Found(value, MONTH if m["hedge"] else DAY)
    return _Found(_coarse(value, precision), precision)


def _following(m: re.Match[str], anchor: date) -> _Found | None:
    sign = -1 if m["dir"].lower() in ("previous", "before") else 1
    value, precision = _shift(anchor, sign, m["unit"])
    return _Found(_coarse(value, precision), precision)


_MD, _DM = (
    rf"{month_pattern('month')}\s+{day_pattern('day')}",
    rf"{day_pattern('day')}\s+(?:of\s+)?{month_pattern('month')}",
)
_SPAN_MD = (
    rf"(?:(?i:between|from)\s+)?{month_pattern('m1')}\s+{day_pattern('d1')}"
    r"\s*(?:[-–]|and|to|until|through)"
    rf"\s*(?:{month_pattern('m2')}\s+)?{day_pattern('d2')}(?:,?\s+{YEAR_PATTERN})?"
)
_SPAN_DM = (
    rf"(?:(?i:between|from)\s+)?{day_pattern('d1')}(?:\s+{month_pattern('m1')})?"
    r"\s*(?:[-–]|and|to|until)"
    rf"\s*{day_pattern('d2')}\s+{month_pattern('m2')}(?:,?\s+{YEAR_PATTERN})?"
)
_PREP = r"(?i:in|during|until|by|throughout|of)"
_MONTH_ALONE = (
    rf"(?=(?:{_PREP}|(?i:early|mid|late|the))\b)(?:{_PREP}\s+)?(?:{_PART}[\s-]+)?"
    rf"{month_pattern('month')}(?!\s*\d)"
)
_WEEKDAY_PHRASE = (
    r"(?<!Good )(?<!Black )(?<!Bloody )(?<!Holy )(?<!Palm )(?<!Easter )(?<!next )"
    rf"\b(?:(?P<mod>(?i:on|early|late|last|this|since|by|until))\s+)?{WEEKDAY_PATTERN}\b"
    rf"(?!\s+(?:{_PAPERS})\b)(?:\s+(?:morning|afternoon|evening|night))?"
)
_RELATIVE_DAY = (
    r"(?i)the day before yesterday|yesterday|today|tonight|overnight|last\s+night"
    r"|this\s+(?:morning|afternoon|evening)"
)
_WEEK = r"(?i)(?:last|this|past|previous)\s+week(?:end)?|(?:at|over|during)\s+the\s+weekend"
_UNITS = r"(?P<unit>days?|weeks?|months?|years?|decades?)"
_OFFSET = (
    rf"(?i){HEDGE_PATTERN}{NUM_PATTERN}\s+{_UNITS}\s+"
    r"(?P<today>to\s+the\s+day\s+)?(?P<dir>after|before)"
)
_LATER = rf"(?i){HEDGE_PATTERN}{NUM_PATTERN}\s+{_UNITS}\s+(?P<today>)(?P<dir>later|earlier)"


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
    _rule("month-day-year", rf"{_MD},?\s+{YEAR_PATTERN}", _full),
    _rule("day-month-year", rf"{_DM},?\s+{YEAR_PATTERN}", _full),
    _rule("month-day", _MD, _day_month),
    _rule("day-month", _DM, _day_month),
    _rule(
        "month-year", rf"(?:{_PART}[\s-]+)?{month_pattern('month')},?\s+{YEAR_PATTERN}", _month_year
    ),
    _rule("since", rf"(?i:since)\s+(?:{month_pattern('month')}(?!\s*\d)|{YEAR_PATTERN})", _since),
    _rule("month", _MONTH_ALONE, _month_alone),
    _rule("year", rf"(?:{_PREP}|(?i:early|late|mid))[\s-]+{YEAR_PATTERN}", _year),
    _rule("weekday", _WEEKDAY_PHRASE, _weekday),
    _rule("relative-day", _RELATIVE_DAY, _relative_day),
    _rule("week", _WEEK, _week),
    _rule(
        "month-rel",
        r"(?i)(?P<which>last|this|past|previous)\s+(?P<unit>month|year)",
        _month_or_year,
    ),
    _rule("ago", rf"(?i){NUM_PATTERN}\s+{_UNITS}\s+ago", _ago),
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


# Every rule needs one of these words or a year: sentences without any are skipped, so
# the thirty rules scan a few windows instead of the whole text.
_GATE = re.compile(
    rf"{month_pattern('gm')}|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:19|20)\d\d"
    r"|(?i:\b(?:today|tonight|yesterday|overnight|night|morning|dawn|dusk|evening|afternoon"
    r"|week|weekend|month|year|decade|ago|since|later|earlier|following|next|previous|last"
    r"|past|this|days?|weeks|months|years|decades)\b)"
)
_BOUNDARY = re.compile(r"[.!?\n]")


def _windows(text: str) -> list[tuple[int, int]]:
    """The sentences (roughly: between . ! ? or newlines) that hold a gate word, merged."""
    windows: list[tuple[int, int]] = []
    for m in _GATE.finditer(text):
        if windows and m.start() < windows[-1][1]:
            continue
        before = max(text.rfind(c, 0, m.start()) for c in ".!?\n")
        after = _BOUNDARY.search(text, m.end())
        lo, hi = before + 1, after.end() if after else len(text)
        if windows and lo <= windows[-1][1]:
            windows[-1] = (windows[-1][0], hi)
        else:
            windows.append((lo, hi))
    return windows


def _candidates(text: str) -> list[tuple[re.Match[str], _Rule]]:
    """Every rule's matches, overlaps removed: the earliest, then the longest, wins."""
    found = [
        (m, rule)
        for lo, hi in _windows(text)
        for rule in _RULES
        for m in rule.pattern.finditer(text, lo, hi)
    ]
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


# Dates written in full and yearless day-months, for inferring the document date.
FULL_DATE_PATTERNS = tuple(
    r.pattern for r in _RULES if r.name in ("iso", "month-day-year", "day-month-year")
)
DAY_MONTH_PATTERNS = tuple(r.pattern for r in _RULES if r.name in ("month-day", "day-month"))


def full_date(match: re.Match[str]) -> date | None:
    """The date a match of one of `FULL_DATE_PATTERNS` names; None when it is no date."""
    found = _iso(match, date.max) if "mon" in match.groupdict() else _full(match, date.max)
    return found.value if found is not None else None
