"""Suspects harmed by state forces: named as suspects by a noun, by what they are said
to have done ("men suspected of looting a kiosk", "a man wanted by detectives") or as an
armed group's suspects; sentences written by the team, parsed by the real spaCy model."""

from __future__ import annotations

from typing import Any

import pytest

from test_subtypes import POLICE, code, one


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        ("Police gunned down two men suspected of looting a kiosk in Kelvale.", "Armed clash"),
        ("Police gunned down two brothers suspected to have stolen goats.", "Armed clash"),
        ("Police officers gunned down a man wanted by detectives.", "Armed clash"),
        # no suspicion told: the men shot are civilians
        ("Police gunned down two men at the kiosk.", "Attack"),
        ("Police gunned down a boy who wanted to cross the bridge.", "Attack"),
        # suspects the report says were unarmed stay civilians
        ("Police gunned down two unarmed men suspected of theft.", "Attack"),
    ],
)
def test_suspects_killed_by_police(model: Any, text: str, sub_event_type: str) -> None:
    surface = "Police" if "Police" in text else "police"
    assert one(model, text, [(surface, POLICE)]).sub_event_type == sub_event_type


def test_an_armed_groups_suspects_killed_is_a_clash(model: Any) -> None:
    from eventwire.records import Actor, Inter

    group = Actor("Example Liberation Front", Inter.REBEL, "KE")
    found = code(model, "Five ELF suspects shot dead near the border.", [("ELF", group)])
    assert [e.sub_event_type for e in found] == ["Armed clash"]
