"""An attack told beside a fight with armed men ("after a battle with police
reservists"): the side attacked fought back, so an armed clash; sentences written by
the team, parsed by the real spaCy model."""

from __future__ import annotations

from typing import Any

import pytest

from test_subtypes import one


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        (
            "Rustlers raided Kelvale and made off with goats after a nightlong battle with"
            " farmers and police reservists.",
            "Armed clash",
        ),
        # the attackers' own kind in the fight: police fought no one armed
        (
            "Police raided homes and looted shops after a clash with residents and police"
            " officers.",
            "Attack",
        ),
        # a fight with people not said to be armed: the raid on them stays an attack
        (
            "Rustlers raided Kelvale and made off with goats after a nightlong battle with"
            " farmers.",
            "Attack",
        ),
    ],
)
def test_attack_beside_a_fight_with_armed_men(model: Any, text: str, sub_event_type: str) -> None:
    assert one(model, text).sub_event_type == sub_event_type
