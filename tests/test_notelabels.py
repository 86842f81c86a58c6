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
            "Movement of forces: Two truckloads of soldiers reached Lomut, where gunmen"
            " had ambushed a bus on Friday.",
            "Change to group/activity",
        ),
        # no trigger word at all: the label alone reports the development
        (
            "Non-violent activity: The county assembly voted to rename the main market"
            " after a former chief.",
            "Other",
        ),
        # the only trigger word is a purpose ("to recruit"), which asserts nothing
        (
            "Recruitment: A vigilante group in the hills met school leavers to recruit"
            " them with promises of pay.",
            "Change to group/activity",
        ),
        (
            "Security measures: A dusk-to-dawn curfew was imposed on the lakeside town"
            " after gunmen shot a trader.",
            "Change to group/activity",
        ),
        (
            "Property destruction: Unknown people broke every window in a chief's office in Wote.",
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
    assert triggers.is_candidate("Non-violent activity: the market was renamed.")
    assert not triggers.is_candidate("The market was renamed.")


def test_unlabelled_line_without_trigger_is_no_event(model: Any) -> None:
    assert code(model, "The county assembly voted to rename the main market.") == ()


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
    text = "Recruitment: A vigilante group based in the hills is recruiting school leavers."
    event = one(model, text)
    assert event.sub_event_type == "Change to group/activity"
