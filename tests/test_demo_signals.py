"""Demonstration sub-events read from wording the parser or a bare keyword gets wrong
(one rule a case, invented sentences parsed by the real spaCy model)."""

from __future__ import annotations

from typing import Any

import pytest

from test_subtypes import one


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        # a candidate "barred" from a race is no crowd kept out by the police
        (
            "The traders, who held a march in Kelvale, accused officials who want their"
            " candidate barred from the race of bias.",
            "Peaceful protest",
        ),
        # the crowd kept out is an intervention
        (
            "Nurses marched to the ministry in Kelvale but were barred from entering.",
            "Protest with intervention",
        ),
    ],
)
def test_barred(model: Any, text: str, sub_event_type: str) -> None:
    assert one(model, text).sub_event_type == sub_event_type


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        # what a crowd takes to the streets over is its grievance, not its act
        (
            "Clerks took to the streets angrily over the torching of their school by strangers.",
            "Peaceful protest",
        ),
        (
            "Pupils took to the streets angrily against the murder of their classmate by a mob.",
            "Peaceful protest",
        ),
        # the crowd's own act after it stays violence
        (
            "Jobless men took to the streets angrily over fees, burning tyres on the highway.",
            "Violent demonstration",
        ),
    ],
)
def test_streets_grievance(model: Any, text: str, sub_event_type: str) -> None:
    assert one(model, text).sub_event_type == sub_event_type


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        # an infinitive the parser hangs on the protest verb belongs to the grievance noun
        (
            "Villagers marched in Kelvale over the summons of two chiefs to answer claims"
            " that they burnt a hall.",
            "Peaceful protest",
        ),
        # a purpose that is violence in itself is the crowd's
        (
            "Jobless men took to the streets angrily over fees to block the highway.",
            "Violent demonstration",
        ),
    ],
)
def test_infinitive_after_grievance(model: Any, text: str, sub_event_type: str) -> None:
    assert one(model, text).sub_event_type == sub_event_type


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        # force the officers had used before the march tells who they are, not what met it
        (
            "Hawkers demonstrated in Kelvale and named officers who had beaten them.",
            "Peaceful protest",
        ),
        (
            "Youths demonstrated in Kelvale, angry with a gang that had beaten them.",
            "Peaceful protest",
        ),
        # force met at the march is its intervention
        (
            "Traders marched in Kelvale against officers who had beaten a hawker; police"
            " dispersed them with tear gas.",
            "Protest with intervention",
        ),
    ],
)
def test_force_done_before(model: Any, text: str, sub_event_type: str) -> None:
    assert one(model, text).sub_event_type == sub_event_type


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        # the clashes a crowd once suffered tell who it is, not what it did
        (
            "Hundreds of survivors of the old land clashes marched through Kelvale demanding"
            " compensation.",
            "Peaceful protest",
        ),
        (
            "Thousands of victims of the tribal clashes rallied in Kelvale to press for"
            " resettlement.",
            "Peaceful protest",
        ),
        # the crowd's own clashes stay violence
        (
            "Hundreds of victims of the floods marched through Kelvale and clashed with"
            " police, burning tyres.",
            "Violent demonstration",
        ),
    ],
)
def test_sufferers_of_violence(model: Any, text: str, sub_event_type: str) -> None:
    assert one(model, text).sub_event_type == sub_event_type


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        # an armed group's killing that the crowd protests is its grievance
        (
            "Villagers in Kelvale protested the killing of two herders by gunmen.",
            "Peaceful protest",
        ),
        # an armed group's killing of the crowd stays its attack
        ("Gunmen shot dead two protesters during a march in Kelvale.", "Attack"),
    ],
)
def test_armed_harm_protested(model: Any, text: str, sub_event_type: str) -> None:
    assert one(model, text).sub_event_type == sub_event_type
