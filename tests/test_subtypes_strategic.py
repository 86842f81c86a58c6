"""Battles, violence against civilians and strategic developments (ACLED codebook): an
armed group's change of activity, bombs that misfire, beatings by state forces and an
attack pushed back; sentences written by the team, parsed by the real spaCy model."""

from __future__ import annotations

from typing import Any

import pytest

from eventwire import groupactivity, misfires, triggers
from test_subtypes import code, one

CHANGE = "Change to group/activity"


@pytest.mark.parametrize(
    "text",
    [
        # recruitment, arming, sightings and movements of armed men
        "The militant group is actively recruiting youths in the coastal towns.",
        "Herders in the valley have been arming themselves ahead of the elections.",
        "Armed rebels were sighted near the border town on Monday.",
        "About forty fighters were seen crossing into the country at the river.",
        # security measures and movements of forces
        "Police have stepped up patrols along the border after the threats.",
        "The government deployed troops to the northern district.",
        "A new police unit has been established to patrol the border.",
    ],
)
def test_change_to_group_activity(model: Any, text: str) -> None:
    event = one(model, text)
    assert (event.event_type, event.sub_event_type) == ("Strategic developments", CHANGE)


@pytest.mark.parametrize(
    "text",
    [
        "The police are recruiting five thousand new officers this year.",
        "The minister was seen at the market on Monday.",
        # the year a group took up arms only dates its toll
        "The rebels have killed hundreds of people since they took up arms in 2011.",
    ],
)
def test_no_change_without_an_armed_group(model: Any, text: str) -> None:
    assert code(model, text) == ()


def test_change_stems_open_the_candidate_filter() -> None:
    # a sentence with no violent word must still be parsed when it holds a change phrase
    assert triggers.is_candidate("The sect is said to be recruiting youths.")
    assert triggers.is_candidate("Armed men were spotted near the dam.")
    assert not triggers.is_candidate("The minister opened a new school.")
    for pattern, kind in groupactivity.CHANGE_PHRASES:
        assert kind == "change" and pattern.flags & 2  # re.IGNORECASE


@pytest.mark.parametrize(
    "text",
    [
        "A man died after the explosive device he was assembling detonated in his house.",
        "Two suspected militants died when explosives they were carrying went off.",
        "An improvised bomb went off prematurely near the police station.",
    ],
)
def test_misfired_bombs_are_disrupted_weapons_use(model: Any, text: str) -> None:
    event = one(model, text)
    assert (event.event_type, event.sub_event_type) == (
        "Strategic developments",
        "Disrupted weapons use",
    )


@pytest.mark.parametrize(
    "text",
    [
        "A roadside bomb exploded as a bus passed, killing five passengers.",
        "Bombs that were planted in the market exploded, killing ten people.",
    ],
)
def test_bombs_that_hit_people_are_no_misfire(model: Any, text: str) -> None:
    assert not misfires.misfired(text)
    assert one(model, text).sub_event_type == "Remote explosive/landmine/IED"


@pytest.mark.parametrize(
    "text",
    [
        "Residents said they were beaten by police during the raids.",
        "Five reporters were harassed, beaten and injured by police in the town.",
    ],
)
def test_state_beatings_are_attacks(model: Any, text: str) -> None:
    event = one(model, text)
    assert (event.event_type, event.sub_event_type) == ("Violence against civilians", "Attack")


def test_an_attack_pushed_back_is_a_clash(model: Any) -> None:
    text = "Gunmen attacked a village in the north. Security forces pushed back the attackers."
    event = one(model, text)
    assert (event.event_type, event.sub_event_type) == ("Battles", "Armed clash")


def test_pushed_back_protesters_are_no_clash(model: Any) -> None:
    found = code(model, "Police pushed back the protesters outside parliament.")
    assert all(e.sub_event_type != "Armed clash" for e in found)
