"""What reads like an incident and is none: deaths nobody caused (`eventwire.mishaps`),
habits and runs of weeks (`triggers.is_tally`)."""

from __future__ import annotations

from typing import Any

import pytest

from eventwire.triggers import find_triggers, is_asserted


def _kill_words(model: Any, text: str) -> list[str]:
    return [t.token.text for t in find_triggers(model(text)) if t.kind == "kill"]


@pytest.mark.parametrize(
    "text",
    [
        "Lightning killed three goatherds near the river on Sunday.",
        "A blaze at the timber yard killed four workers overnight.",
        "A fire in the bus depot killed two mechanics on Friday.",
        "Six quarry workers were killed when the pit wall collapsed on Thursday.",
        "Two children were killed in a road accident outside the school on Monday.",
        "A buffalo gored a ranger to death in the reserve on Saturday.",
    ],
)
def test_an_accident_nature_or_an_animal_kills_no_one_in_an_event(model: Any, text: str) -> None:
    assert _kill_words(model, text) == []


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Police fire killed two marchers outside the depot on Friday.", "killed"),
        ("Fire from the soldiers killed three herders near the river.", "killed"),
        ("Bandits killed four workers at the timber yard overnight.", "killed"),
        ("Two drivers were killed when gunmen opened fire on the convoy.", "killed"),
        ("Three guards were killed by raiders after the wall collapsed.", "killed"),
    ],
)
def test_shooting_and_killings_with_a_doer_stay_killings(model: Any, text: str, word: str) -> None:
    assert word in _kill_words(model, text)


# --- habits and running reports are no incident (`triggers.is_tally`) -------------------


@pytest.mark.parametrize(
    "text",
    [
        "The valley has come under repeated shelling in recent weeks, farmers said.",
        "Bandits have raided cattle posts there for months.",
        "Smugglers routinely attack patrols along the lake shore.",
        "Raiders often ambush the night buses on that road.",
        "Blame fell on the river militia, which has bombed the ferry port before.",
        "Rebels have previously shelled the hill villages.",
        "The gang has attacked traders on this road in the past.",
    ],
)
def test_a_habit_or_a_run_of_weeks_is_no_incident(model: Any, text: str) -> None:
    doc = model(text)
    assert [t for t in find_triggers(doc) if is_asserted(t.token)] == []


@pytest.mark.parametrize(
    "text",
    [
        "Smugglers attacked a patrol along the lake shore on Friday.",
        "Raiders ambushed a night bus on that road, killing the driver.",
        "The valley came under heavy shelling on Sunday, farmers said.",
        "Gunmen had attacked the ferry port before police arrived.",
    ],
)
def test_one_incident_stays_asserted(model: Any, text: str) -> None:
    doc = model(text)
    assert [t for t in find_triggers(doc) if is_asserted(t.token)]


# --- what a report only wonders about ("whether") is no incident -------------------------


@pytest.mark.parametrize(
    "text",
    [
        "It is unclear whether the guards returned fire.",
        "Officials did not say whether soldiers shelled the hill village.",
    ],
)
def test_a_deed_the_report_asks_whether_happened_is_not_asserted(model: Any, text: str) -> None:
    doc = model(text)
    assert [t for t in find_triggers(doc) if is_asserted(t.token)] == []
