"""People seized, ground taken by name or without a fight, bases set: ACLED's abduction
(by anyone but state agents arresting), arrests, territory and bases. Sentences written
by the team, parsed by the real spaCy model."""

from __future__ import annotations

from typing import Any

import pytest

from test_subtypes import code, one

ABDUCTION = "Abduction/forced disappearance"


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        # people seized are taken, not ground: abducted unless the state took them
        ("Four traders were seized by armed men near the market.", ABDUCTION),
        ("Gunmen seized two nurses from their quarters at night.", ABDUCTION),
        # the agent hung on the wrong word by the parser: still no ground taken
        (
            "Two nurses were seized at their clinic in Tarewa, Kenya by gunmen said to be bandits.",
            ABDUCTION,
        ),
        ("Police seized two suspects at the bus stage.", "Arrests"),
        ("Border security personnel captured the injured fighter near the post.", "Arrests"),
    ],
)
def test_people_seized(model: Any, text: str, sub_event_type: str) -> None:
    assert one(model, text).sub_event_type == sub_event_type


def test_a_one_word_name_seized_is_no_person_taken(model: Any) -> None:
    # the small model tags many a one-word town a person; a full name is one
    found = code(model, "The rebels captured Rutshuru on Monday.")
    assert ABDUCTION not in {e.sub_event_type for e in found}
    seized = one(model, "Gunmen seized Daniel Tendo Okafor outside his home.")
    assert seized.sub_event_type == ABDUCTION


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        # verbs that only take ground: their named object is a place, whatever its tag
        ("Militants overran Kilima Wamu in Sendo County.", "Non-state actor overtakes territory"),
        # "without a fight" tells that no one fought
        (
            "The rebels overtook Dari Wamu near the border without a fight.",
            "Non-violent transfer of territory",
        ),
    ],
)
def test_ground_taken(model: Any, text: str, sub_event_type: str) -> None:
    assert one(model, text).sub_event_type == sub_event_type


def test_a_base_set(model: Any) -> None:
    found = one(model, "Armed herders have set base inside the game park.")
    assert found.sub_event_type == "Headquarters or base established"
    assert code(model, "The board set a new base price for maize this season.") == ()


@pytest.mark.parametrize(
    ("text", "event_type", "sub_event_type"),
    [
        # the next sentence says nobody fought: the ground changed hands peacefully
        (
            "Militants overran Tarewa village in Sendo County. No fighting was reported.",
            "Strategic developments",
            "Non-violent transfer of territory",
        ),
        # a toll told next keeps the takeover a battle
        (
            "Militants overran Tarewa village in Sendo County. Two guards were killed.",
            "Battles",
            "Non-state actor overtakes territory",
        ),
    ],
)
def test_ground_taken_and_the_next_sentence(
    model: Any, text: str, event_type: str, sub_event_type: str
) -> None:
    found = one(model, text)
    assert (found.event_type, found.sub_event_type) == (event_type, sub_event_type)
