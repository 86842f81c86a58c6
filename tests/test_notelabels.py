"""A line that opens with a Strategic development's label ("Movement of forces: ...")
is coded as that development (ACLED codebook), whatever the words after the label
tell in passing; sentences written by the team, parsed by the real spaCy model."""

from __future__ import annotations

from typing import Any

import pytest

from eventwire import notelabels, triggers
from test_subtypes import code, one

STRATEGIC = "Strategic developments"


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        # a violent act told in passing does not make the line a clash
        (
            "Movement of forces: Herders who raided a police post last week were seen"
            " heading towards the hills above Lomut.",
            "Change to group/activity",
        ),
        # no trigger word at all: the label alone reports the development
        (
            "Non-violent activity: The electoral board announced that voting in three"
            " wards would be put off by a week.",
            "Other",
        ),
        # the only trigger word is a purpose ("to recruit"), which asserts nothing
        (
            "Recruitment: The sect held secret oath-taking ceremonies to recruit young"
            " men in Matuga.",
            "Change to group/activity",
        ),
        (
            "Security measures: Schools in the valley were closed after repeated raids"
            " by armed herders.",
            "Change to group/activity",
        ),
        (
            "Property destruction: Unknown people burnt down two classrooms at a school in Ndhiwa.",
            "Looting/property destruction",
        ),
    ],
)
def test_labelled_line_is_its_development(model: Any, text: str, sub: str) -> None:
    event = one(model, text)
    assert (event.event_type, event.sub_event_type) == (STRATEGIC, sub)
    assert event.rule.endswith("/label")


def test_label_is_read_only_at_the_start_of_the_line(model: Any) -> None:
    text = "Gunmen killed two herders near the dam, a report on movement of forces: said."
    assert notelabels.label_of(text) is None
    assert one(model, text).sub_event_type != "Change to group/activity"


def test_label_spellings() -> None:
    assert notelabels.label_of("Nonviolent activity: the talks resumed.") == (
        STRATEGIC,
        "Other",
        21,
    )
    assert notelabels.label_of("SECURITY  MEASURES: a curfew was imposed.") is not None
    assert notelabels.label_of("Recruitment:") is None  # nothing labelled
    assert notelabels.label_of("Recruitment of teachers resumed.") is None


def test_label_opens_the_candidate_filter() -> None:
    assert triggers.is_candidate("Non-violent activity: the vote was put off.")
    assert not triggers.is_candidate("The vote was put off.")


def test_unlabelled_line_without_trigger_is_no_event(model: Any) -> None:
    assert code(model, "The electoral board announced that voting would be put off.") == ()


def test_deaths_told_in_passing_are_not_the_developments(model: Any) -> None:
    text = (
        "Movement of forces: Troops were sent to the valley, where raiders killed two"
        " herders on Sunday."
    )
    event = one(model, text)
    assert (event.sub_event_type, event.fatalities) == ("Change to group/activity", 0)


def test_labelled_predicate_is_reported_however_parsed(model: Any) -> None:
    # "is actively recruiting" may be read as a descriptive participle, which asserts
    # nothing on its own; the label says the line reports it
    text = "Recruitment: A militia from the valley is actively recruiting young men to fight."
    event = one(model, text)
    assert event.sub_event_type == "Change to group/activity"
