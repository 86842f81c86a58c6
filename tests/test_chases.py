"""A crowd chased or scattered by the police is a protest met by intervention; a crowd
chasing officials off is a crowd's violence (`verbkinds`). Sentences written by the
team, parsed by the real spaCy model."""

from __future__ import annotations

from typing import Any

from test_subtypes import one


def test_police_scattering_a_crowd_is_an_intervention(model: Any) -> None:
    event = one(model, "Officers scattered a crowd of youths outside the Marelo county offices.")
    assert event.sub_event_type == "Protest with intervention"


def test_a_crowd_chasing_an_official_away_is_a_riot(model: Any) -> None:
    event = one(model, "Furious residents chased the county official out of the market hall.")
    assert event.event_type == "Riots"


def test_shots_fired_to_scatter_a_crowd_are_an_intervention(model: Any) -> None:
    text = "Officers fired shots skyward to scatter the marchers gathered outside Tarewa hall."
    event = one(model, text)
    assert (event.event_type, event.sub_event_type) == ("Protests", "Protest with intervention")
