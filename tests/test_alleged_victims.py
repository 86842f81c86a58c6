"""The victims of a deed someone is only suspected or accused of are not the victims of
the event told (`triggerparse.alleged`, `roles`). Sentences written by the team, parsed
by the real spaCy model."""

from __future__ import annotations

from typing import Any

from test_subtypes import POLICE, one


def test_alleged_deed_names_no_victims(model: Any) -> None:
    # the soldier the farmer was accused of killing was not hit: police beating a
    # civilian commit an attack on him, not a clash with soldiers
    text = "A farmer was beaten by police after they accused him of killing a soldier."
    assert one(model, text).sub_event_type == "Attack"


def test_alleged_victims_are_no_side(model: Any) -> None:
    # the officer the men were suspected of killing is no side of the shooting
    text = "Police shot dead two men suspected of killing a police officer in Lakeside."
    event = one(model, text, [("Police", POLICE), ("police", POLICE)])
    assert event.actor1 == POLICE.name
    assert event.actor2 != POLICE.name
