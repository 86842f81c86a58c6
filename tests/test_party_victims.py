"""A party's candidates or supporters harmed are civilians (`roles.read_roles`)."""

from __future__ import annotations

from typing import Any

from eventwire.records import Actor, Inter
from test_events import code


def test_a_partys_candidate_attacked_is_a_civilian(model: Any) -> None:
    party = Actor("Sample Party", Inter.POLITICAL_MILITIA, "NG")
    rivals = Actor("Rival Party", Inter.POLITICAL_MILITIA, "NG")
    text = "Rival Party supporters attacked and injured a Sample Party candidate."
    found = code(model, text, [("Rival Party", rivals), ("Sample Party", party)])
    assert [(e.actor2, e.assoc_actor_2) for e in found] == [("Civilians (Nigeria)", "Sample Party")]


def test_a_militias_members_killed_are_not_civilians(model: Any) -> None:
    gang = Actor("Sample Militia", Inter.POLITICAL_MILITIA, "NG")
    found = code(
        model, "Two Sample Militia members were killed by gunmen.", [("Sample Militia", gang)]
    )
    assert "Civilians (Nigeria)" not in {e.actor2 for e in found}


def test_a_rebel_groups_sympathiser_killed_is_a_civilian(model: Any) -> None:
    # ACLED: an armed group's sympathisers or kin take no part in its fighting
    rebels = Actor("Sample Liberation Front", Inter.REBEL, "NG")
    text = "Gunmen shot dead a Sample Liberation Front sympathiser near the market."
    found = code(model, text, [("Sample Liberation Front", rebels)])
    assert [(e.sub_event_type, e.actor2) for e in found] == [("Attack", "Civilians (Nigeria)")]


def test_a_rebel_groups_fighters_killed_are_not_civilians(model: Any) -> None:
    rebels = Actor("Sample Liberation Front", Inter.REBEL, "NG")
    text = "Gunmen shot dead two Sample Liberation Front fighters near the market."
    found = code(model, text, [("Sample Liberation Front", rebels)])
    assert [e.sub_event_type for e in found] == ["Armed clash"]
