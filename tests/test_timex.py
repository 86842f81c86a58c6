"""Tests for the `time` stage: time expressions, the document date, event dating."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.nlp import sentences_stage
from eventwire.pipeline import Context, Stage, run_stage
from eventwire.records import Analysis, Document, DocumentDate, TimeExpression, TimePrecision, When
from eventwire.settings import Settings
from eventwire.timefind import _cued
from eventwire.timerules import RULES
from eventwire.timex import (
    document_date,
    find_times,
    infer_document_date,
    is_background,
    time_stage,
    when,
)

DAY, WEEK, MONTH, YEAR = (
    TimePrecision.DAY,
    TimePrecision.WEEK,
    TimePrecision.MONTH,
    TimePrecision.YEAR,
)
REF = date(2019, 6, 19)  # a Wednesday


def only(text: str, ref: date | None = REF) -> TimeExpression:
    times = find_times(text, ref)
    assert len(times) == 1, times
    return times[0]


# (sentence, expected text, value, precision, until, rule)
CASES = [
    (
        "Troops entered the town on June 22, 2014.",
        "June 22, 2014",
        date(2014, 6, 22),
        DAY,
        None,
        "month-day-year",
    ),
    (
        "The town fell on 22 June 2014, residents said.",
        "22 June 2014",
        date(2014, 6, 22),
        DAY,
        None,
        "day-month-year",
    ),
    (
        "The ministry's log dated 2014-06-22 lists it.",
        "2014-06-22",
        date(2014, 6, 22),
        DAY,
        None,
        "iso",
    ),
    (
        "Police said the raid took place on June 12.",
        "June 12",
        date(2019, 6, 12),
        DAY,
        None,
        "month-day",
    ),
    (
        "Shelling resumed on 3 June after a pause.",
        "3 June",
        date(2019, 6, 3),
        DAY,
        None,
        "day-month",
    ),
    ("Rebels shelled the port on Sept. 5.", "Sept. 5", date(2018, 9, 5), DAY, None, "month-day"),
    ("The bridge was blown up on July 4.", "July 4", date(2018, 7, 4), DAY, None, "month-day"),
    (
        "Gunmen stormed a checkpoint on Tuesday.",
        "on Tuesday",
        date(2019, 6, 18),
        DAY,
        None,
        "weekday",
    ),
    (
        "A car bomb exploded early Thursday near the market.",
        "early Thursday",
        date(2019, 6, 13),
        DAY,
        None,
        "weekday",
    ),
    (
        "Clashes broke out late Monday in the north.",
        "late Monday",
        date(2019, 6, 17),
        DAY,
        None,
        "weekday",
    ),
    ("Sunday night saw heavy fighting.", "Sunday night", date(2019, 6, 16), DAY, None, "weekday"),
    (
        "Protesters gathered on Wednesday outside parliament.",
        "on Wednesday",
        REF,
        DAY,
        None,
        "weekday",
    ),
    (
        "The ceasefire collapsed last Wednesday.",
        "last Wednesday",
        date(2019, 6, 12),
        DAY,
        None,
        "weekday",
    ),
    (
        "Two soldiers were killed yesterday.",
        "yesterday",
        date(2019, 6, 18),
        DAY,
        None,
        "relative-day",
    ),
    ("Officials confirmed the arrests today.", "today", REF, DAY, None, "relative-day"),
    ("Jets struck the depot overnight.", "overnight", REF, DAY, None, "relative-day"),
    (
        "Residents heard gunfire last night.",
        "last night",
        date(2019, 6, 18),
        DAY,
        None,
        "relative-day",
    ),
    (
        "A mortar hit the school the day before yesterday.",
        "the day before yesterday",
        date(2019, 6, 17),
        DAY,
        None,
        "relative-day",
    ),
    ("Dozens were detained last week.", "last week", date(2019, 6, 13), WEEK, None, "week"),
    ("Riots spread this week across the south.", "this week", REF, WEEK, None, "week"),
    (
        "Looters hit shops at the weekend.",
        "at the weekend",
        date(2019, 6, 15),
        WEEK,
        date(2019, 6, 16),
        "week",
    ),
    (
        "Militia fighters regrouped over the weekend.",
        "over the weekend",
        date(2019, 6, 15),
        WEEK,
        date(2019, 6, 16),
        "week",
    ),
    (
        "Farmers marched last month to the capital.",
        "last month",
        date(2019, 5, 1),
        MONTH,
        None,
        "month-rel",
    ),
    (
        "The dam was captured in October by rebels.",
        "in October",
        date(2018, 10, 1),
        MONTH,
        None,
        "month",
    ),
    ("The offensive began in early May.", "in early May", date(2019, 5, 5), MONTH, None, "month"),
    (
        "Fighting peaked in mid-June, aid workers said.",
        "in mid-June",
        date(2019, 6, 15),
        WEEK,
        None,
        "month",
    ),
    (
        "The airport was shut in late March.",
        "in late March",
        date(2019, 3, 25),
        MONTH,
        None,
        "month",
    ),
    ("The group was founded in 2014.", "in 2014", date(2014, 1, 1), YEAR, None, "year"),
    (
        "Strikes hit the valley in March 2018.",
        "March 2018",
        date(2018, 3, 1),
        MONTH,
        None,
        "month-year",
    ),
    (
        "Raids took place between June 3 and 5.",
        "between June 3 and 5",
        date(2019, 6, 3),
        WEEK,
        date(2019, 6, 5),
        "span",
    ),
    (
        "Talks ran from 3 to 12 June without result.",
        "from 3 to 12 June",
        date(2019, 6, 3),
        MONTH,
        date(2019, 6, 12),
        "span",
    ),
    (
        "Curfews held between May 30 and June 2, 2019.",
        "between May 30 and June 2, 2019",
        date(2019, 5, 30),
        WEEK,
        date(2019, 6, 2),
        "span",
    ),
    (
        "The convoy was ambushed five days ago.",
        "five days ago",
        date(2019, 6, 14),
        DAY,
        None,
        "ago",
    ),
    ("The village emptied two weeks ago.", "two weeks ago", date(2019, 6, 5), WEEK, None, "ago"),
    (
        "More than 40 people have died since January.",
        "since January",
        date(2019, 1, 1),
        MONTH,
        REF,
        "since",
    ),
    ("The blockade has lasted since 2011.", "since 2011", date(2011, 1, 1), YEAR, REF, "since"),
]


@pytest.mark.parametrize(("sentence", "text", "value", "precision", "until", "rule"), CASES)
def test_expression(
    sentence: str, text: str, value: date, precision: TimePrecision, until: date | None, rule: str
) -> None:
    got = only(sentence)
    assert (got.text, got.value, got.precision, got.until, got.rule) == (
        text,
        value,
        precision,
        until,
        rule,
    )
    assert sentence[got.start : got.end] == text


@pytest.mark.parametrize(
    "sentence",
    [
        "Officials warned that militants may attack the pipeline.",
        "May attacks continue, the minister wondered aloud.",
        "Thousands joined a march to the governor's office.",
        "The Sunday Times reported the deal.",
        "Aid reached 150,000 displaced people and 2,014 families.",
        "They fear a six-year war of attrition.",
        "The group vowed to strike again next Monday.",
        "Crowds marked Good Friday in the old town.",
    ],
)
def test_traps_give_nothing(sentence: str) -> None:
    assert find_times(sentence, REF) == ()


def test_a_day_and_month_just_after_the_reference_stay_in_its_year() -> None:
    # A story stamped a time zone behind the place it reports names "tomorrow's" date.
    ahead = find_times("Protesters blocked the highway on 4 April.", date(2019, 4, 3))
    assert [(t.value, t.precision) for t in ahead] == [(date(2019, 4, 4), DAY)]
    new_year = find_times("Shops were looted on January 1.", date(2019, 12, 31))
    assert [t.value for t in new_year] == [date(2020, 1, 1)]
    # a note dated a few days before the day it names: that day, not last year's
    days_on = find_times("9 Apr. Traders marched to the county offices.", date(2019, 4, 3))
    assert [t.value for t in days_on] == [date(2019, 4, 9)]
    later = find_times("Protesters blocked the highway on 20 April.", date(2019, 4, 3))
    assert [t.value for t in later] == [date(2018, 4, 20)]


def test_a_run_of_days_ending_after_the_reference_is_this_years() -> None:
    # a note dated on the first day of the run it tells
    found = find_times("From March 4th - 6th, nurses went on strike.", date(2019, 3, 4))
    assert [(t.value, t.until, t.precision) for t in found] == [
        (date(2019, 3, 4), date(2019, 3, 6), WEEK)
    ]
    found = find_times("Teachers marched between 3-7 May in the town.", date(2019, 5, 4))
    assert [(t.value, t.until) for t in found] == [(date(2019, 5, 3), date(2019, 5, 7))]


def test_a_run_of_days_under_way_is_this_years() -> None:
    # begun before the document date, ending well after it: the run under way
    found = find_times("Stalls in Kelvale stay shut from October 3-20.", date(2019, 10, 6))
    assert [(t.value, t.until) for t in found] == [(date(2019, 10, 3), date(2019, 10, 20))]
    # not yet begun a week after the document date: last year's
    found = find_times("Stalls in Kelvale stayed shut from October 23-30.", date(2019, 10, 6))
    assert [t.value for t in found] == [date(2018, 10, 23)]


def test_a_year_naming_a_law_is_no_date() -> None:
    assert find_times("Farmers marched against the Orchard Act of 2006.", REF) == ()
    assert find_times("Clerks protested the rules (Act No. 4 of 2006).", REF) == ()
    found = find_times("Farmers marched at the end of 2006.", REF)
    assert [t.value for t in found] == [date(2006, 1, 1)]


def test_the_past_year_runs_up_to_the_document_date() -> None:
    [found] = find_times("Nurses have gone unpaid for the past year.", REF)
    assert (found.value, found.precision, found.until) == (date(2018, 6, 19), MONTH, REF)
    [found] = find_times("Prices rose over the past month.", REF)
    assert (found.value, found.until) == (date(2019, 5, 19), REF)
    [found] = find_times("Nurses went unpaid last year.", REF)
    assert (found.value, found.precision, found.until) == (date(2018, 1, 1), YEAR, None)


def test_a_year_like_number_before_a_plural_noun_counts_it() -> None:
    found = find_times("On March 3rd, 2000 traders of Kelvale marched.", date(2019, 3, 4))
    assert [(t.value, t.precision) for t in found] == [(date(2019, 3, 3), DAY)]
    found = find_times("On 3 March 1900 nurses struck in Kelvale.", date(2019, 3, 4))
    assert [t.value for t in found] == [date(2019, 3, 3)]
    assert find_times("A crowd of 2000 people gathered in Kelvale.", date(2019, 3, 4)) == ()
    found = find_times("In March 1900 farmers blocked a road.", date(2019, 6, 4))
    assert [(t.value, t.precision) for t in found] == [(date(2019, 3, 1), MONTH)]
    # the document's year, or the one before, is a year; so is any year before a verb
    found = find_times("On 3 March 2018 nurses struck in Kelvale.", date(2019, 3, 4))
    assert [t.value for t in found] == [date(2018, 3, 3)]
    found = find_times("On 3 March 2000, nurses struck in Kelvale.", date(2019, 3, 4))
    assert [t.value for t in found] == [date(2000, 3, 3)]
    found = find_times("The town was founded in 1900 and grew.", date(2019, 3, 4))
    assert [t.value for t in found] == [date(1900, 1, 1)]
    # without a document date, a year
    found = find_times("On March 3rd, 2000 traders of Kelvale marched.", None)
    assert [t.value for t in found] == [date(2000, 3, 3)]


def test_a_yearless_day_told_after_the_story_day_goes_forward() -> None:
    text = (
        "On 19 August gunmen shot a county official. "
        "On 28 August a senior aide was arrested over the shooting."
    )
    found = find_times(text, date(2019, 8, 19))
    assert [t.value for t in found] == [date(2019, 8, 19), date(2019, 8, 28)]
    # a month and more on, or before the story's day, it stays last year's
    far = find_times(
        "On 19 August gunmen shot an official. Rebels left on 30 September.", date(2019, 8, 19)
    )
    assert [t.value for t in far] == [date(2019, 8, 19), date(2018, 9, 30)]
    told_first = find_times(
        "The town fell on 28 August. On 19 August it was shelled.", date(2019, 8, 19)
    )
    assert [t.value for t in told_first] == [date(2018, 8, 28), date(2019, 8, 19)]
    # a day written with its year is not moved, nor is a story's day long past
    old = find_times(
        "Troops left on 19 August 2015. They came back on 28 August.", date(2019, 8, 19)
    )
    assert [t.value for t in old] == [date(2015, 8, 19), date(2018, 8, 28)]


def test_relative_expressions_follow_the_previous_one() -> None:
    text = (
        "Rebels took the hill on June 3. The following day they lost it. The next month they left."
    )
    got = [(t.text, t.value, t.precision) for t in find_times(text, REF)]
    assert got == [
        ("June 3", date(2019, 6, 3), DAY),
        ("The following day", date(2019, 6, 4), DAY),
        ("The next month", date(2019, 7, 1), MONTH),
    ]


def test_the_day_before_with_no_date_after_it_counts_from_the_one_told() -> None:
    text = "Mourners gathered on June 3 for those killed when a bomb went off the day before."
    got = [(t.text, t.value) for t in find_times(text, REF)]
    assert got == [("June 3", date(2019, 6, 3)), ("the day before", date(2019, 6, 2))]


def test_later_is_never_finer_than_its_anchor() -> None:
    times = find_times("The war began in 2011. Two days later the border closed.", REF)
    assert (times[1].text, times[1].value, times[1].precision) == (
        "Two days later",
        date(2011, 1, 1),
        YEAR,
    )


def test_offset_counts_from_the_date_that_follows() -> None:
    times = find_times("The truce broke three days after the June 1, 2019 accord.", REF)
    assert (times[0].text, times[0].value, times[0].precision) == (
        "three days after",
        date(2019, 6, 4),
        DAY,
    )
    assert times[1].value == date(2019, 6, 1)


def test_anniversary_to_the_day_with_a_hedge() -> None:
    times = find_times("It fell nearly four years to the day after its capture on 9 May 2015.", REF)
    assert (times[0].value, times[0].precision) == (date(2019, 5, 9), MONTH)


def test_offset_without_a_following_date_is_left_unresolved() -> None:
    assert find_times("The strike came just one day after the army withdrew.", REF) == ()


def test_without_a_reference_only_self_dated_expressions_resolve() -> None:
    times = find_times("On Tuesday, as on March 5, 2009, the town was shelled; in June too.", None)
    assert [t.text for t in times] == ["March 5, 2009"]


# --- the document date ------------------------------------------------------------


def test_inferred_from_anniversary_without_a_stated_year() -> None:
    text = (
        "Security forces sealed the district on March 3. On March 4, two car bombs killed "
        "eleven people, a decade to the day after the March 5, 2009 bombing of the same market."
    )
    assert infer_document_date(text) == DocumentDate(date(2019, 3, 4), "inferred")


def test_inferred_from_a_duration_since_a_year() -> None:
    text = (
        "The six-year war that began in 2011 goes on. Jets struck Idlib on August 2 and August 1."
    )
    assert infer_document_date(text) == DocumentDate(date(2017, 8, 2), "inferred")


def test_inferred_from_the_latest_year_mentioned() -> None:
    text = "The militia formed in 2012 and took the airport in 2016. It lost it on October 9."
    assert infer_document_date(text) == DocumentDate(date(2016, 10, 9), "inferred")


def test_inferred_from_full_dates_alone() -> None:
    text = "Fighting began on 2 May 2018 and the town fell on 20 May 2018."
    assert infer_document_date(text) == DocumentDate(date(2018, 5, 20), "inferred")


@pytest.mark.parametrize(
    "text",
    ["Gunmen attacked a bus on Monday.", "Rebels shelled the city on June 18.", "No dates at all."],
)
def test_no_document_date_without_anchors(text: str) -> None:
    assert infer_document_date(text) is None


def test_published_date_wins() -> None:
    doc = Document("d", "BAGHDAD, June 18 (Reuters) - x", published_at=date(2020, 1, 2))
    assert document_date(doc) == DocumentDate(date(2020, 1, 2), "given")
    meta = Document("d", "x", published_at=date(2020, 1, 2), published_at_source="meta")
    assert document_date(meta) == DocumentDate(date(2020, 1, 2), "meta")


def test_dateline_with_a_year() -> None:
    doc = Document("d", "KIRKUK, Iraq, March 3, 2019 — Troops advanced on Sunday.")
    assert document_date(doc) == DocumentDate(date(2019, 3, 3), "dateline")


def test_dateline_without_a_year_takes_the_text_year() -> None:
    doc = Document("d", "KABUL, June 18 (Reuters) - The base, built in 2016, was hit on June 12.")
    # The day is the dateline's, the year an inference from the text.
    assert document_date(doc) == DocumentDate(date(2016, 6, 18), "inferred")


def test_weekday_dateline_moves_the_inferred_date_to_that_day() -> None:
    doc = Document("d", "NAIROBI, Kenya (AP) — Monday's raid followed the March 6, 2019 ambush.")
    # 2019-03-06 is a Wednesday; the next Monday is 2019-03-11.
    assert document_date(doc) == DocumentDate(date(2019, 3, 11), "inferred")


# --- the stage, when() and is_background() ----------------------------------------


def analyse(text: str, published: date | None = None) -> Analysis:
    ctx = Context(Settings.load(config_file=None, environ={}, overrides={"db_url": "sqlite://"}))
    [split] = sentences_stage([Analysis(Document("d", text, published_at=published))], ctx)
    out, failures = run_stage(Stage("time", time_stage), [split], ctx)
    assert failures == []
    return out[0]


def test_stage_assigns_doc_date_and_times() -> None:
    result = analyse("Rebels attacked Hama on Tuesday. In 2014 they held it.", REF)
    assert result.doc_date == DocumentDate(REF, "given")
    assert [(t.text, t.value) for t in result.times] == [
        ("on Tuesday", date(2019, 6, 18)),
        ("In 2014", date(2014, 1, 1)),
    ]


def test_when_prefers_day_precision_inside_the_span() -> None:
    text = "Last week, and on Monday, jets hit a depot. Nothing else."
    result = analyse(text, REF)
    got = when(result, 0, text.index("."))
    assert got is not None
    assert (got.value, got.precision, got.inferred) == (date(2019, 6, 17), DAY, False)


def test_when_uses_the_sentence_then_the_document_date() -> None:
    text = "Gunmen killed three guards. They struck yesterday at dawn. Then a mine exploded."
    result = analyse(text, REF)
    guards = text.index("killed")
    assert when(result, guards, guards + 6) == When(REF, DAY, inferred=True)
    dawn = text.index("struck")
    got = when(result, dawn, dawn + 6)
    assert got is not None and got.value == date(2019, 6, 18) and not got.inferred


def test_a_state_lasting_since_long_ago_dates_no_event() -> None:
    text = "Nurses unpaid since 2016 marched in Kelvale. Guards held since March struck."
    result = analyse(text, REF)
    assert when(result, 0, text.index(".")) == When(REF, DAY, inferred=True)
    guards = text.index("Guards")
    assert when(result, guards, len(text)) == When(REF, DAY, inferred=True)
    # a recent start still dates it; a day of its own wins over a "since"
    text = "Shops shut since Monday stayed closed. On Monday, nurses unpaid since 2016 marched."
    result = analyse(text, REF)
    got = when(result, 0, text.index("."))
    assert got is not None and got.value == date(2019, 6, 17)
    got = when(result, text.index("On Monday"), len(text))
    assert got is not None and (got.value, got.precision) == (date(2019, 6, 17), DAY)


def test_from_a_date_with_no_end_runs_until_the_document_date() -> None:
    [found] = find_times("Nurses want the rise paid from January 1, 2016.", REF)
    assert (found.value, found.until) == (date(2016, 1, 1), REF)
    text = "Nurses marched in Kelvale for a rise paid from January 1, 2016."
    assert when(analyse(text, REF), 0, len(text)) == When(REF, DAY, inferred=True)
    # an end told: two dates, no run to the document date
    found = find_times("The fair ran from June 3, 2016 to June 5, 2016.", REF)
    assert [t.until for t in found] == [None, None]


def test_the_past_year_dates_no_event() -> None:
    text = "Nurses unpaid for the past year marched in Kelvale."
    assert when(analyse(text, REF), 0, len(text)) == When(REF, DAY, inferred=True)


def test_when_marks_dates_resting_on_an_inferred_document_date() -> None:
    text = "Militants seized the dam on 3 June 2015. On 8 June they lost it."
    result = analyse(text)
    assert result.doc_date == DocumentDate(date(2015, 6, 8), "inferred")
    explicit = when(result, 0, text.index("."))
    relative = when(result, text.index("On 8"), len(text))
    assert explicit is not None and not explicit.inferred
    assert relative is not None and relative.inferred and relative.value == date(2015, 6, 8)


def test_when_returns_none_when_nothing_dates_the_document() -> None:
    result = analyse("Gunmen attacked a bus on Monday.")
    assert result.doc_date is None and result.times == ()
    assert when(result, 0, 10) is None


@pytest.mark.parametrize(
    ("value", "precision", "expected"),
    [
        (date(2014, 6, 22), DAY, True),
        (date(2019, 4, 25), DAY, False),
        (date(2019, 4, 15), DAY, True),
        (date(2019, 4, 1), MONTH, False),
        (date(2018, 1, 1), YEAR, True),
        (date(2019, 1, 1), YEAR, False),
    ],
)
def test_is_background(value: date, precision: TimePrecision, expected: bool) -> None:
    assert is_background(When(value, precision), DocumentDate(REF, "given")) is expected


def test_nothing_is_background_without_a_document_date() -> None:
    assert not is_background(When(date(1990, 1, 1), DAY), None)


def test_when_dates_the_clause_not_the_date_an_offset_counts_from() -> None:
    text = (
        "Troops retook the bridge nearly two years to the day after rebels seized it on 4 May 2017."
    )
    result = analyse(text, REF)
    whole = when(result, 0, len(text))
    assert whole is not None and (whole.value, whole.precision) == (date(2019, 5, 4), MONTH)
    seized = text.index("rebels")
    recalled = when(result, seized, seized + 16)
    assert recalled is not None and recalled.value == date(2017, 5, 4)
    assert is_background(recalled, result.doc_date) and not is_background(whole, result.doc_date)


def test_a_longer_story_without_a_stated_year() -> None:
    text = (
        "Gunmen attacked a police post on the outskirts of the city late on October 9, "
        "officials said on Wednesday. The assault came one day after a curfew was lifted. "
        "It was the deadliest raid since a 2013 ambush, almost five years after the "
        "October 2, 2013 attack on the same road. Residents fled on October 8."
    )
    result = analyse(text)
    assert result.doc_date == DocumentDate(date(2018, 10, 9), "inferred")
    by_text = {t.text: (t.value, t.precision) for t in result.times}
    assert by_text["October 9"] == (date(2018, 10, 9), DAY)
    assert by_text["on Wednesday"] == (date(2018, 10, 3), DAY)
    assert by_text["October 2, 2013"] == (date(2013, 10, 2), DAY)
    assert "one day after" not in by_text


def test_part_of_the_current_month_is_never_after_the_document_date() -> None:
    got = only("Aid convoys are due in late June.")
    assert (got.value, got.precision) == (REF, MONTH)


def test_arithmetic_off_the_calendar_is_dropped() -> None:
    assert find_times("Relics from 999 decades ago were shown.", REF) == ()


def test_a_target_year_is_not_an_anchor() -> None:
    text = "The force, deployed in 2016, is to leave by 2030. It lost a base on April 2."
    assert infer_document_date(text) == DocumentDate(date(2016, 4, 2), "inferred")


def test_anniversary_of_an_event_dated_later_in_the_story() -> None:
    text = (
        "Rebels attacked the garrison on March 4, a day after talks collapsed on March 3. "
        "The raid came nearly a decade to the day after the army first stormed the town. "
        "Troops took the town on March 5, 2009, after a long siege."
    )
    inferred = infer_document_date(text)
    assert inferred is not None and inferred.value == date(2019, 3, 4)


def test_a_yearless_date_falls_after_the_months_a_story_recalls() -> None:
    text = (
        "KIDAL, March 2 (Wire) - Soldiers entered the town on Saturday. "
        "The town had fallen to rebels in June 2013 after weeks of fighting."
    )
    dated = document_date(Document("d", text))
    assert dated is not None and (dated.value, dated.source) == (date(2014, 3, 2), "inferred")
    undated = "Soldiers entered the town on March 2. It had fallen to rebels in June 2013."
    inferred = infer_document_date(undated)
    assert inferred is not None and inferred.value == date(2014, 3, 2)


def test_when_prefers_the_events_own_date_to_the_reports() -> None:
    text = "Troops took the town at the weekend, army officers said on Tuesday."
    result = analyse(text, REF)
    got = when(result, 0, len(text))
    assert got is not None and got.precision == WEEK
    assert got.value < REF
    alone = "Troops took the town, army officers said on Tuesday."
    only = when(analyse(alone, REF), 0, len(alone))
    assert only is not None and only.precision == DAY  # the report's date, lacking another


def test_a_datelines_date_is_the_reports_not_the_events() -> None:
    # Regression: the dateline's day, the finest date in the sentence, outranked "at
    # the weekend", which dates the event.
    text = "KIDAL, June 19 (Wire) - Troops took the town at the weekend, officers said."
    result = analyse(text, REF)
    got = when(result, 0, len(text))
    assert got is not None and got.precision == WEEK and got.value < date(2019, 6, 19)
    alone = "KIDAL, June 19 (Wire) - Troops took the town, officers said."
    only = when(analyse(alone, REF), 0, len(alone))
    assert only is not None and (only.value, only.precision) == (date(2019, 6, 19), DAY)


# --- regressions -----------------------------------------------------------------------


def test_an_abbreviated_month_does_not_end_the_sentence() -> None:
    # The rules ran on sentences cut at every full stop, so "Sept." lost its day.
    got = only("Clashes erupted on Friday, Sept. 28, medics said.")
    assert (got.text, got.value, got.precision) == ("Friday, Sept. 28", date(2018, 9, 28), DAY)


@pytest.mark.parametrize(
    "sentence",
    [
        "The rebel group, known as the March 23 Movement, denied it.",
        "Members of the April 6 Youth Movement were detained.",
        "The order was dated 05/06/2019 by the clerk.",  # day and month could swap
    ],
)
def test_names_and_ambiguous_numbers_are_no_dates(sentence: str) -> None:
    assert find_times(sentence, REF) == ()


@pytest.mark.parametrize(
    ("sentence", "value", "precision"),
    [
        ("The army has ruled since 1 February.", date(2019, 2, 1), DAY),
        ("Shops have been shut since Monday.", date(2019, 6, 17), DAY),
        ("Attacks have risen since the start of the year.", date(2019, 1, 1), YEAR),
        ("Thousands have fled since mid-April.", date(2019, 4, 15), WEEK),
    ],
)
def test_since_runs_until_the_document_date(
    sentence: str, value: date, precision: TimePrecision
) -> None:
    got = only(sentence)
    assert (got.value, got.precision, got.until) == (value, precision, REF)


def test_weekday_of_last_week_and_late_on() -> None:
    assert only("They were freed on Monday last week.").value == date(2019, 6, 10)
    got = only("Police fired tear gas late on Saturday.")
    assert (got.text, got.value) == ("late on Saturday", date(2019, 6, 15))


def test_when_dates_the_anniversary_not_the_event_it_recalls() -> None:
    text = "Crowds marched on the second anniversary of the June 1, 2017 uprising."
    result = analyse(text, REF)
    got = when(result, 0, len(text))
    assert got is not None and (got.value, got.precision) == (date(2019, 6, 1), DAY)


# Every sentence above, and case-blind matches in other cases or with the non-ASCII
# letters a case-blind pattern folds onto ASCII ones ("ſince" is "since").
CUED = [case[0] for case in CASES] + [
    "THREE DAYS LATER the town fell; YESTERDAY it was retaken.",
    "Fighting resumed \u017fince 2011 and the Fifth Anniver\u017fary of the 2011 uprising.",
    "Five Year\u017f After June 22, 2014, the \u0130n 2016 talks resumed on Monday.",
]


@pytest.mark.parametrize("sentence", CUED)
def test_rules_skipped_for_want_of_cue_words_match_nothing(sentence: str) -> None:
    tried = _cued(RULES, sentence)
    assert [r for r in RULES if r.pattern.search(sentence) and r not in tried] == []
