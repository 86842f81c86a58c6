"""Trigger kinds only a verb carries (`verbkinds`), read through `find_triggers`."""

from __future__ import annotations

from typing import Any

from eventwire.triggers import find_triggers


def _kinds(model: Any, text: str) -> dict[str, str]:
    return {t.text: t.kind for t in find_triggers(model(text))}


def test_stoning_is_an_attack_and_stones_are_no_trigger(model: Any) -> None:
    assert (
        _kinds(model, "Angry traders stone a council officer at the market.")["stone"] == "attack"
    )
    assert "stones" not in _kinds(model, "The road was covered with stones after the rain.")


def test_smashing_is_destruction(model: Any) -> None:
    found = _kinds(model, "The pupils smashed windows of the dining hall.")
    assert found["smashed"] == "loot"


def test_hurt_by_a_doer_is_an_attack_and_a_toll_is_not(model: Any) -> None:
    assert _kinds(model, "Two herders were injured by raiders.")["injured"] == "attack"
    assert "injured" not in _kinds(model, "Two herders were injured.")


def test_someone_wounding_someone_is_an_attack(model: Any) -> None:
    assert _kinds(model, "Gunmen wounded two herders near the water point.")["wounded"] == "attack"
    assert _kinds(model, "A constable injured a rider at the checkpoint.")["injured"] == "attack"


def test_a_mishap_hurting_people_is_no_attack(model: Any) -> None:
    assert "injured" not in _kinds(model, "The accident injured four passengers.")
    assert "hurt" not in _kinds(model, "Falling debris hurt two workers at the site.")


def test_an_incident_hurting_people_is_its_toll_not_an_attack(model: Any) -> None:
    assert "injured" not in _kinds(model, "Fresh clashes injured six herders near the border.")


def test_a_chase_between_forces_crowds_and_armed_men_is_an_incident(model: Any) -> None:
    assert _kinds(model, "Police chased the protesters off the square.")["chased"] == "protest"
    assert _kinds(model, "A crowd chased the official out of the hall.")["chased"] == "riot"
    assert _kinds(model, "Troops chased the bandits into the hills.")["chased"] == "clash"


def test_chasing_anything_else_is_no_incident(model: Any) -> None:
    assert "chased" not in _kinds(model, "The winger chased the ball along the touchline.")
    assert "chased" not in _kinds(model, "Herders chased the hyenas from the pen.")


def test_a_verb_the_tagger_took_for_a_root_noun_is_still_read(model: Any) -> None:
    text = (
        "Government forces stationed in Mirema County chase several militia fighters into Zavuri."
    )
    assert _kinds(model, text)["chase"] == "clash"


def test_bodies_found_are_a_killing_however_long_the_words_between(model: Any) -> None:
    text = "The bodies of the clerk, his young driver and a night watchman were found in a thicket."
    assert _kinds(model, text)["found"] == "kill"
    assert _kinds(model, "Twelve bodies collected in the slum area of Tomboro town.")["collected"]
    assert "found" not in _kinds(model, "The auditors were found in the office at noon.")
