"""Livestock rustled: ACLED codes a cattle raid as an attack, unless a protest is about
it. Sentences written by the team, parsed by the real spaCy model."""

from __future__ import annotations

from typing import Any

import pytest

from test_subtypes import code, one


@pytest.mark.parametrize(
    "text",
    [
        "Two herders were hurt during cattle rustling near the Merok dam on Sunday.",
        "Armed men rustled sixty goats from a homestead in Sokoro overnight.",
    ],
)
def test_rustling_livestock_is_an_attack(model: Any, text: str) -> None:
    assert one(model, text).sub_event_type == "Attack"


def test_leaves_rustling_are_no_incident(model: Any) -> None:
    assert not code(model, "Dry leaves rustled in the wind outside the library.")


def test_rustling_a_protest_is_about_is_its_grievance(model: Any) -> None:
    # the parser hangs "rustling" on the protest verb: it still ends the grievance's noun
    event = one(model, "Residents demonstrate over repeated cases of cattle rustling")
    assert event.sub_event_type == "Peaceful protest"
