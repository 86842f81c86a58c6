"""Calendar arithmetic and the regex pieces the time rules are built from.

Shared by `eventwire.timerules` (date expressions) and `eventwire.docdates` (the
document date). Month names must be capitalised, so "may" (the modal) and "a march" are
never months; a year never touches a digit or thousands separator ("150,000", "2,014").
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta

from eventwire.records import TimePrecision

__all__ = [
    "HEDGE_PATTERN",
    "MONTH_WORDS",
    "NUM_PATTERN",
    "ORDINALS",
    "ORDINAL_PATTERN",
    "WEEKDAYS",
    "WEEKDAY_PATTERN",
    "YEAR_PATTERN",
    "add_months",
    "coarse",
    "day_pattern",
    "last_day_of_month",
    "month_number",
    "month_pattern",
    "number",
    "ordinal",
    "past_day",
    "past_month",
    "safe_date",
    "shift",
    "week_middle",
]

DAY, WEEK, MONTH, YEAR = tuple(TimePrecision)

_MONTH_NAMES = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MONTH_NAMES |= {name.lower(): i for i, name in enumerate(calendar.month_abbr) if name}
_MONTH_NAMES["sept"] = 9
MONTH_WORDS = frozenset(name.capitalize() for name in _MONTH_NAMES)  # "May", "Sept"
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

ORDINALS = {
    word: i + 1
    for i, word in enumerate(
        "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth"
        " thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth"
        " twentieth".split()
    )
} | {"thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60, "hundredth": 100}
ORDINAL_PATTERN = rf"(?P<ord>{'|'.join(ORDINALS)}|\d{{1,3}}(?:st|nd|rd|th))"


def month_pattern(group: str) -> str:
    """A capitalised month name, or an abbreviation with an optional full stop."""
    full = "|".join(calendar.month_name[1:])
    short = "|".join(n.capitalize() for n in _MONTH_NAMES if len(n) <= 4 and n != "may")
    return rf"(?P<{group}>(?:{full})\b|(?:{short})\b\.?)"


def day_pattern(group: str) -> str:
    """A day of the month, 1 to 31, with an optional ordinal suffix ("3rd")."""
    return rf"(?P<{group}>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\b(?![.,]?\d)"


YEAR_PATTERN = r"(?<![\d,.$£€])(?P<year>(?:19|20)\d\d)\b(?![,.]?\d)"
NUM_PATTERN = r"(?P<num>\d{1,3}|a couple of|" + "|".join(w for w in _NUMBERS if " " not in w) + ")"
HEDGE_PATTERN = r"(?:(?P<hedge>nearly|almost|about|around|roughly|some|more than|over|just)\s+)?"
WEEKDAY_PATTERN = r"(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"


def safe_date(year: int, month: int, day: int) -> date | None:
    """The date, or None when the numbers name no calendar day."""
    try:
        return date(year, month, day)
    except ValueError:
        return None


def month_number(name: str) -> int:
    return _MONTH_NAMES[name.lower().rstrip(".")]


def number(text: str) -> int:
    return int(text) if text.isdigit() else _NUMBERS[" ".join(text.lower().split())]


def ordinal(text: str) -> int:
    """ "tenth" -> 10, "25th" -> 25."""
    text = text.lower()
    return int(text[:-2]) if text[:1].isdigit() else ORDINALS[text]


#: Days after the reference date that a bare day and month may name (in its year or,
#: near New Year, the next) rather than last year's. A day within the coming week is
#: near, not a year back: a story stamped in one time zone about a day in another, a
#: note written before the last day of the run it tells ("from 24 to 26 September" on
#: the 24th), a rescue or a vote a few days on. Read as last year's, such a date would
#: turn the news into history; further ahead, a past-tense report means last year's.
DATE_SLACK_DAYS = 7


def past_day(month: int, day: int, ref: date) -> date | None:
    """The most recent `month`/`day` on or before `ref`, or the next one when it comes
    at most `DATE_SLACK_DAYS` after it."""
    latest = ref + timedelta(days=DATE_SLACK_DAYS)
    for year in (latest.year, ref.year, ref.year - 1):
        candidate = safe_date(year, month, day)
        if candidate is not None and candidate <= latest:
            return candidate
    return None


def past_month(month: int, ref: date) -> date:
    """The first day of the most recent `month` that began on or before `ref`."""
    return date(ref.year if month <= ref.month else ref.year - 1, month, 1)


def add_months(value: date, months: int) -> date:
    """`value` moved by whole months, the day clipped to the month's length."""
    index = value.year * 12 + value.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(value.day, last))


def last_day_of_month(value: date) -> date:
    return value.replace(day=calendar.monthrange(value.year, value.month)[1])


def shift(value: date, count: int, unit: str) -> tuple[date, TimePrecision]:
    """`value` moved by `count` units (day, week, fortnight, month, year, decade)."""
    unit = unit.lower().rstrip("s")
    if unit == "day":
        return value + timedelta(days=count), DAY
    if unit in ("week", "fortnight"):
        return value + timedelta(weeks=count * (2 if unit == "fortnight" else 1)), WEEK
    months = {"month": 1, "year": 12, "decade": 120}[unit] * count
    return add_months(value, months), (MONTH if unit == "month" else YEAR)


def coarse(value: date, precision: TimePrecision) -> date:
    """The first day of the month or year a MONTH or YEAR value stands for."""
    if precision is MONTH:
        return value.replace(day=1)
    return value.replace(month=1, day=1) if precision is YEAR else value


def week_middle(ref: date, weeks_back: int) -> date:
    """The Thursday of the Monday-to-Sunday week `weeks_back` weeks before `ref`'s."""
    return ref - timedelta(days=ref.weekday() + 7 * weeks_back) + timedelta(days=3)
