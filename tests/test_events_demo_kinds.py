"""Which of ACLED's demonstration sub-events a report's crowd makes."""

from __future__ import annotations

from typing import Any

from test_events import code


def _kinds(model: Any, text: str) -> list[tuple[str, str]]:
    return [(e.event_type, e.sub_event_type) for e in code(model, text)]


def test_the_harm_a_crowd_asks_the_police_to_act_on_is_its_grievance(model: Any) -> None:
    text = "Youths marched to ask police to act against a gang that had beaten them."
    assert _kinds(model, text) == [("Protests", "Peaceful protest")]


def test_the_harm_a_crowd_urges_punished_is_its_grievance(model: Any) -> None:
    text = "Vendors marched to urge the council to punish guards who beat a hawker."
    assert _kinds(model, text) == [("Protests", "Peaceful protest")]
