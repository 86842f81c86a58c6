"""The ACLED taxonomy constant and disorder-type rules (eventwire.taxonomy)."""

from __future__ import annotations

import pytest

from eventwire.errors import EventwireError
from eventwire.taxonomy import (
    ACLED_TAXONOMY,
    DISORDER_TYPES,
    EVENT_DISORDER,
    EVENT_TYPES,
    disorder_type,
    is_valid_pair,
)


def test_six_event_types_and_twenty_five_sub_event_types() -> None:
    assert len(EVENT_TYPES) == 6
    subs = [sub for subs in ACLED_TAXONOMY.values() for sub in subs]
    assert len(subs) == len(set(subs)) == 25


def test_every_event_type_has_a_disorder_type() -> None:
    assert set(EVENT_DISORDER) == set(EVENT_TYPES)
    assert set(EVENT_DISORDER.values()) == set(DISORDER_TYPES)


@pytest.mark.parametrize(
    ("event_type", "sub_event_type", "expected"),
    [
        ("Battles", "Armed clash", "Political violence"),
        ("Riots", "Violent demonstration", "Demonstrations"),
        ("Riots", "Mob violence", "Political violence"),
        ("Protests", "Peaceful protest", "Demonstrations"),
        (
            "Protests",
            "Excessive force against protesters",
            "Political violence; Demonstrations",
        ),
        ("Strategic developments", "Arrests", "Strategic developments"),
        ("Explosions/Remote violence", None, "Political violence"),
    ],
)
def test_disorder_type(event_type: str, sub_event_type: str | None, expected: str) -> None:
    assert disorder_type(event_type, sub_event_type) == expected


def test_invalid_types_and_pairs_are_refused() -> None:
    assert is_valid_pair("Battles", "Armed clash")
    assert not is_valid_pair("Battles", "Grenade")
    assert not is_valid_pair("Skirmish", "Armed clash")
    with pytest.raises(EventwireError, match="unknown ACLED event type"):
        disorder_type("Skirmish")
    with pytest.raises(EventwireError, match="not a sub-event type"):
        disorder_type("Battles", "Grenade")


def test_the_taxonomy_is_read_only() -> None:
    with pytest.raises(TypeError):
        ACLED_TAXONOMY["Battles"] = ()  # type: ignore[index]
