"""The regex pieces of the date-expression rules (`eventwire.timerules`).

Guards against false positives live here: "May"/"March" need a day, a year or a
preposition ("in May"), so "may attack" and "a march" are not dates; a day-month that
names something ("the March 23 Movement", "April 6 Youth Movement") is no date; weekdays
before newspaper words ("Sunday Times") or in feast names ("Good Friday") and "next
Monday" are skipped; a weekday directly followed by its date belongs to that date
("Friday, Sept. 28"); a year needs a preposition or a day and month; "six-year" is a
duration; numeric dates must not touch other digits or slashes.
"""

from __future__ import annotations

from eventwire.timecalendar import (
    HEDGE_PATTERN,
    NUM_PATTERN,
    ORDINAL_PATTERN,
    WEEKDAY_PATTERN,
    YEAR_PATTERN,
    day_pattern,
    month_pattern,
)

WEEKDAY_NAMES = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"


def part(group: str) -> str:
    """A part of a month: "early", "mid", "the end of", "the first days of"..."""
    return (
        rf"(?P<{group}>(?i:early|mid|late|the end of|the beginning of|the start of"
        r"|the middle of|the (?:first|opening|last|final|closing) days of))"
    )


PART = part("part")
# "14 July last year", "in January this year": a yearless date in a named year.
REL_YEAR = r"(?P<rel>,?\s+(?:of\s+)?(?i:last|this)\s+year)?"
PAPERS = r"Times|Telegraph|Mail|Express|Post|Herald|Mirror|Independent|Tribune|Observer"
# A day-month followed by one of these names something ("the March 23 Movement").
NAMED = (
    r"(?!\s+(?:Movement|Youth|Coalition|Alliance|Revolution|Uprising|Front|Brigade|Group"
    r"|Party|Street|Square|Bridge|Stadium|University|Avenue|Road|Agreement|Accord)\b)"
)
WD_PREFIX = rf"(?:(?:{WEEKDAY_NAMES}),?\s+(?:the\s+)?)?"
MD_CORE = rf"{month_pattern('month')}\s+{day_pattern('day')}"
DM_CORE = rf"{day_pattern('day')}\s+(?:of\s+)?{month_pattern('month')}"
MD, DM = rf"{WD_PREFIX}{MD_CORE}", rf"{WD_PREFIX}{DM_CORE}"
# A weekday directly followed by its date belongs to that date ("Friday, Sept. 28").
DATE_AFTER = (
    rf"(?!,?\s+(?:the\s+)?(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{month_pattern('xm')}"
    rf"|{month_pattern('ym')}\s+\d))"
)
TO = r"\s*(?:[-–]|and|to|until|through|till)\s*"
SPAN_MD = (
    rf"(?:(?i:between|from)\s+)?{month_pattern('m1')}\s+{day_pattern('d1')}{TO}"
    rf"(?:{month_pattern('m2')}\s+)?{day_pattern('d2')}(?:,?\s+{YEAR_PATTERN})?"
)
SPAN_DM = (
    rf"(?:(?i:between|from)\s+)?{day_pattern('d1')}(?:\s+{month_pattern('m1')})?{TO}"
    rf"{day_pattern('d2')}\s+{month_pattern('m2')}(?:,?\s+{YEAR_PATTERN})?"
)
SPAN_WEEKDAYS = (
    rf"(?i:between|from)\s+(?P<w1>{WEEKDAY_NAMES})\s+(?i:and|to|until|through|till)"
    rf"\s+(?P<w2>{WEEKDAY_NAMES})"
)
SPAN_MONTHS = (
    rf"(?i:between|from)\s+(?:{part('p1')}[\s-]+)?{month_pattern('m1')}"
    rf"\s+(?i:and|to|until|through|till)\s+(?:{part('p2')}[\s-]+)?"
    rf"{month_pattern('m2')}(?:,?\s+{YEAR_PATTERN}|(?!\s*\d))"
)
SPAN_YEARS = (
    rf"(?i:between|from)\s+{YEAR_PATTERN.replace('<year>', '<y1>')}{TO}"
    rf"{YEAR_PATTERN.replace('<year>', '<y2>')}"
)
PREP = r"(?i:in|during|until|by|throughout|of)"
MONTH_ALONE = (
    rf"(?=(?:{PREP}|(?i:early|mid|late|the))\b)(?:{PREP}\s+)?(?:{PART}[\s-]+)?"
    rf"{month_pattern('month')}(?!\s*\d){REL_YEAR}"
)
WEEKDAY_PHRASE = (
    r"(?<!Good )(?<!Black )(?<!Bloody )(?<!Holy )(?<!Palm )(?<!Easter )(?<!next )"
    r"\b(?:(?P<mod>(?i:(?:early|late|overnight)(?:\s+on)?|on|last|this|since|by|until))\s+)?"
    rf"{WEEKDAY_PATTERN}\b(?!\s+(?:{PAPERS})\b){DATE_AFTER}"
    r"(?:\s+(?:morning|afternoon|evening|night))?(?P<lastweek>\s+(?:of\s+)?last\s+week)?"
)
RELATIVE_DAY = (
    r"(?i)the day before yesterday|yesterday|today|tonight|overnight|last\s+night"
    r"|this\s+(?:morning|afternoon|evening)"
)
WEEK = (
    r"(?i)(?:last|this|past|previous)\s+week(?:end)?|(?:at|over|during)\s+the\s+weekend"
    r"|(?:earlier|later)\s+in\s+the\s+week"
)
WEEK_OF_MONTH = (
    r"(?:(?i:the)\s+)?(?P<nth>(?i:first|second|third|fourth|last|final))\s+week\s+of\s+"
    rf"{month_pattern('month')}(?:,?\s+{YEAR_PATTERN})?"
)
HOLIDAY = (
    r"(?P<holiday>Christmas\s+(?:Day|Eve)|Boxing\s+Day|New\s+Year['’]s\s+(?:Day|Eve)"
    rf"|International\s+Women['’]s\s+Day|May\s+Day)(?:,?\s+{YEAR_PATTERN})?"
)
UNITS = r"(?P<unit>days?|weeks?|fortnights?|months?|years?|decades?)"
EXACT = r"(?:(?P<exact>exactly|precisely)\s+)?"
OFFSET = (
    rf"(?i){EXACT}{HEDGE_PATTERN}{NUM_PATTERN}\s+{UNITS}\s+"
    r"(?P<today>to\s+the\s+day\s+)?(?P<dir>after|before|(?<=day\s)since)"
)
LATER = rf"(?i){EXACT}{HEDGE_PATTERN}{NUM_PATTERN}\s+{UNITS}\s+(?P<today>)(?P<dir>later|earlier)"
ANNIVERSARY = rf"(?i)(?:the\s+)?{ORDINAL_PATTERN}\s+anniversary\s+of"
ISO = r"(?P<year>(?:19|20)\d\d)-(?P<mon>0[1-9]|1[0-2])-(?P<day>0[1-9]|[12]\d|3[01])"
NUMERIC = r"(?<![\d/.])(?P<a>\d{1,2})([/.])(?P<b>\d{1,2})\2(?P<year>(?:19|20)\d\d)(?![\d/])"
