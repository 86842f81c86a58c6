"""Communities at war told as a war ("a clan war", "warring between two clans"): their
armed clash (ACLED codes communal militias fighting as Battles); sentences written by
the team, parsed by the real spaCy model."""

from __future__ import annotations

from typing import Any

import pytest

from eventwire import triggers
from test_subtypes import one


@pytest.mark.parametrize(
    "text",
    [
        "A herder was killed in a tribal war over pasture near Kelvale.",
        "Warring between two clans left three homes burnt in Kelvale.",
    ],
)
def test_communal_war_is_a_clash(model: Any, text: str) -> None:
    assert one(model, text).sub_event_type == "Armed clash"


def test_other_wars_are_no_trigger() -> None:
    # a war far away or a veteran of one: no clan, tribe or community at war
    assert not triggers.is_candidate("Veterans of the war met the minister in Kelvale.")
    assert not triggers.is_candidate("Students debated the war on drugs.")
