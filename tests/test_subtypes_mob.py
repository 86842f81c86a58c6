"""Mob violence against its neighbours (`demosubtypes`, `subtypes`): a crowd at a protest
turning on an unarmed official."""

from __future__ import annotations

from typing import Any

from test_events import code

MOB = ("Riots", "Mob violence")


def _types(model: Any, text: str) -> list[tuple[str, str]]:
    return [(e.event_type, e.sub_event_type) for e in code(model, text)]


def test_a_crowd_at_a_protest_attacking_a_returning_officer_is_a_mob(model: Any) -> None:
    # an election official carries no arms: the crowd turned on a civilian
    text = (
        "Police fired tear gas when a mob of casual workers attacked the returning"
        " officer in Kelvale as they demanded their wages."
    )
    assert _types(model, text) == [MOB]
