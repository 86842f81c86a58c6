"""More incidents found, and the right one kept, on sentences written by the team and
parsed by the real spaCy model (one rule a case)."""

from __future__ import annotations

from typing import Any

from eventwire.records import Actor, Inter
from test_subtypes import one

ARMY = Actor("Military Forces of Nigeria (2023-)", Inter.STATE, "NG")


def test_a_compound_in_an_earlier_event_only_refers_to_it(model: Any) -> None:
    # "landmine" qualifies "attack", which the sentence only recalls ("following ...")
    event = one(
        model,
        "Following a landmine attack near the well on Sunday, soldiers raided Kelvale"
        " and beat the villagers with clubs.",
        [("soldiers", ARMY)],
    )
    assert event.event_type == "Violence against civilians"
