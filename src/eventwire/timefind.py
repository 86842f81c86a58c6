"""Finding date expressions in a text and resolving them: `find_times`.

The rules (`eventwire.timerules`) are run over the sentences that hold a date word,
each only where one of its cue words occurs; overlapping matches are settled (the
earliest, then the longest, wins); expressions that count from another ("three days
after June 3", "the following day") are resolved after the others, in text order, so
that they can chain. An expression introduced by "since" ("since 1 February", "since
Monday"), or by "from" with no end told ("paid from 1 January"), runs `until` the
document date. A yearless day told after the story's own day
and at most `STORY_DAYS` after it goes forward from it, not back to last year.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from datetime import date, timedelta

from eventwire.prefilter import PatternFilter
from eventwire.records import TimeExpression, TimePrecision
from eventwire.timecalendar import coarse, month_pattern, safe_date
from eventwire.timerules import DAY_MONTH_RULES, FULL_DATE_RULES, RULES, Found, Rule

__all__ = ["day_months", "find_times", "full_dates"]

_SENTENCE_END = re.compile(r"[.!?]\s+[A-Z\"“]")
# Every rule needs one of these words or a year: sentences without any are skipped, so
# the rules scan a few windows instead of the whole text.
_GATE = re.compile(
    rf"{month_pattern('gm')}|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:19|20)\d\d"
    r"|Christmas|New Year|Boxing Day|Women['’]s Day"
    r"|(?i:\b(?:today|tonight|yesterday|overnight|night|morning|dawn|dusk|evening|afternoon"
    r"|week|weekend|month|year|decade|ago|since|later|earlier|following|next|previous|last"
    r"|past|this|days?|weeks|fortnights?|months|years|decades|anniversary)\b)"
)
# A sentence ends at a newline, or at . ! ? before a space and a capital ("Sept. 28" and
# "Oct. 2" do not end one).
_BOUNDARY = re.compile(r"\n|[.!?][\"”’)]*\s+(?=[A-Z\"“])")
_SINCE = re.compile(r"(?i)\bsince\s+$")
_FROM = re.compile(r"(?i)\bfrom\s+$")
_TO = re.compile(r"(?i),?\s*(?:[-\u2013]|to|till|until|through|and)\b")
_WORD = re.compile(r"[A-Za-z]+")
# A case-blind pattern matches four non-ASCII letters as ASCII ones: İ ı ſ K.
_ASCII_FOLD = str.maketrans("İıſK", "iisk")
_YEAR_OPTIONAL = frozenset({"span", "month-span", "holiday"})
DAY = TimePrecision.DAY


def _windows(text: str) -> list[tuple[int, int]]:
    """The sentences that hold a gate word, merged where they touch."""
    ends = [m.end() for m in _BOUNDARY.finditer(text)]
    windows: list[tuple[int, int]] = []
    for m in _GATE.finditer(text):
        if windows and m.start() < windows[-1][1]:
            continue
        i = bisect.bisect_right(ends, m.start())
        lo = ends[i - 1] if i else 0
        hi = ends[i] if i < len(ends) else len(text)
        if windows and lo <= windows[-1][1]:
            windows[-1] = (windows[-1][0], hi)
        else:
            windows.append((lo, hi))
    return windows


def _words(text: str) -> set[str]:
    """The words of `text` as written and in lower case, as a case-blind pattern sees them."""
    lowered = text.lower()
    if "ı" in lowered or "ſ" in lowered or "\u0307" in lowered:  # "İ".lower() is "i\u0307"
        lowered = text.translate(_ASCII_FOLD).lower()
    return set(_WORD.findall(text)) | set(_WORD.findall(lowered))


def _cued(rules: tuple[Rule, ...], text: str) -> list[Rule]:
    """The rules that can match in `text`: those without cues, or with a cue in it."""
    words = _words(text)
    return [rule for rule in rules if not rule.cues or not rule.cues.isdisjoint(words)]


def _candidates(text: str) -> list[tuple[re.Match[str], Rule]]:
    """Every rule's matches, overlaps removed: the earliest, then the longest, wins."""
    found = [
        (m, rule)
        for lo, hi in _windows(text)
        for rule in _cued(RULES, text[lo:hi])
        for m in rule.pattern.finditer(text, lo, hi)
    ]
    found.sort(key=lambda item: (item[0].start(), -len(item[0][0])))
    chosen: list[tuple[re.Match[str], Rule]] = []
    for match, rule in found:
        if not chosen or match.start() >= chosen[-1][0].end():
            chosen.append((match, rule))
    return chosen


def _expression(match: re.Match[str], rule: Rule, found: Found) -> TimeExpression:
    return TimeExpression(
        match.start(), match.end(), match[0], found.value, found.precision, found.until, rule.name
    )


def _next_anchor(
    text: str,
    index: int,
    matches: list[tuple[re.Match[str], Rule]],
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


def _attempt(rule: Rule, match: re.Match[str], reference: date) -> Found | None:
    """Resolve, or None when the arithmetic leaves the calendar ("999 decades ago")."""
    try:
        return rule.resolve(match, reference)
    except (OverflowError, ValueError):
        return None


def _anchored(match: re.Match[str], rule: Rule, anchor: TimeExpression) -> Found | None:
    """Resolve against another expression, never finer than that expression."""
    found = _attempt(rule, match, anchor.value)
    if found is None or found.precision >= anchor.precision:
        return found
    return Found(coarse(found.value, anchor.precision), anchor.precision)


def _self_dated(match: re.Match[str], rule: Rule) -> bool:
    return rule.self_dated or (rule.name in _YEAR_OPTIONAL and bool(match.groupdict().get("year")))


def _resolve_absolute(match: re.Match[str], rule: Rule, reference: date | None) -> Found | None:
    if reference is not None:
        return _attempt(rule, match, reference)
    return _attempt(rule, match, date.max) if _self_dated(match, rule) else None


def _since(text: str, match: re.Match[str], found: Found, reference: date | None) -> Found:
    """ "since <date>", and "from <date>" with no end told, run until the document date."""
    if found.until is not None or reference is None or found.value > reference:
        return found
    introduced = match[0][:5].lower() == "since"
    if introduced or _SINCE.search(text, max(0, match.start() - 12), match.start()):
        return dataclasses.replace(found, until=reference)
    opened = _FROM.search(text, max(0, match.start() - 12), match.start())
    if opened and not _TO.match(text, match.end()):  # "effective from 1 January 2014"
        return dataclasses.replace(found, until=reference)
    return found


# A story's next day, named without a year, comes at most this long after the day told.
STORY_DAYS = 31
# The day told is the story's own when it is at most this long before the document date.
_STORY_RECENT = timedelta(days=7)


def _yearless_day(match: re.Match[str], rule: Rule) -> bool:
    """A day and month, or a run of days, written without a year."""
    groups = match.groupdict()
    if rule.name not in ("month-day", "day-month", "span") or "w1" in groups:
        return False
    return not (groups.get("year") or groups.get("rel"))


def _story_order(
    matches: list[tuple[re.Match[str], Rule]], done: dict[int, TimeExpression], reference: date
) -> None:
    """A yearless day told after the story's own day goes forward from it: "On August
    19th, gunmen attacked ...; on August 28th, the governor was arrested" in a note
    dated the 19th is this August's 28th, not last year's. Only a day within
    `STORY_DAYS` after a day at most a week before the document date moves."""
    told: TimeExpression | None = None
    for i in sorted(done):
        found, (match, rule) = done[i], matches[i]
        if told is not None and found.value < told.value and _yearless_day(match, rule):
            years = told.value.year - found.value.year
            moved = _in_year(found.value, years)
            until = _in_year(found.until, years) if found.until else None
            whole = found.until is None or until is not None
            if moved and whole and told.value <= moved <= told.value + timedelta(days=STORY_DAYS):
                done[i] = found = dataclasses.replace(found, value=moved, until=until)
        if found.precision == DAY and found.value >= reference - _STORY_RECENT:
            told = found


def _in_year(value: date, years: int) -> date | None:
    return safe_date(value.year + years, value.month, value.day)


def find_times(text: str, reference: date | None) -> tuple[TimeExpression, ...]:
    """Every time expression in `text`, resolved against the document date `reference`.

    Without a reference only expressions that carry their own year are resolved.
    """
    matches = _candidates(text)
    done: dict[int, TimeExpression] = {}
    for i, (match, rule) in enumerate(matches):
        if rule.anchor == "doc":
            found = _resolve_absolute(match, rule, reference)
            if found is not None:
                done[i] = _expression(match, rule, _since(text, match, found, reference))
    if reference is not None:
        _story_order(matches, done, reference)
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


# Only the rules whose literal words (a month's name, a century's digits) occur in the
# text are run (`prefilter`: most texts name few months, and one pass says which).
_FULL_DATES = PatternFilter([rule.pattern for rule in FULL_DATE_RULES])
_DAY_MONTHS = PatternFilter([rule.pattern for rule in DAY_MONTH_RULES])


def full_dates(text: str) -> list[tuple[int, date]]:
    """(start, date) of every date written with its year ("June 22, 2014", "2014-06-22")."""
    out = []
    for rule in [FULL_DATE_RULES[i] for i in _FULL_DATES.candidates(text)]:
        for m in rule.pattern.finditer(text):
            found = _attempt(rule, m, date.max)
            if found is not None:
                out.append((m.start(), found.value))
    return out


def day_months(text: str) -> list[tuple[int, int, int]]:
    """(start, month, day) of every yearless day-month ("June 18", "3 March")."""
    full = [FULL_DATE_RULES[i] for i in _FULL_DATES.candidates(text)]
    taken = {m.start() for rule in full for m in rule.pattern.finditer(text)}
    out = []
    for rule in [DAY_MONTH_RULES[i] for i in _DAY_MONTHS.candidates(text)]:
        for m in rule.pattern.finditer(text):
            if m.start() not in taken:
                found = _attempt(rule, m, date(2000, 12, 31))  # a leap year: "February 29"
                if found is not None:
                    out.append((m.start(), found.value.month, found.value.day))
    return out
