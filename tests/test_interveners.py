"""The force that met a crowd, told in the sentence after the crowd's (`interveners`)."""

from __future__ import annotations

from typing import Any

import pytest

from eventwire.actors import ActorTable, builtin_actor_table
from eventwire.records import Actor, Inter
from test_events import PROTESTERS, code

POLICE = Actor("Police Forces of Nigeria", Inter.STATE, "NG")
BARE_POLICE = Actor("Police Forces", Inter.STATE, None)


def test_police_dispersing_the_crowd_next_are_its_actor2(model: Any) -> None:
    text = (
        "Traders blocked the main road to protest against new market fees. "
        "Police fired tear gas to disperse the crowd."
    )
    found = code(model, text, [("Traders", PROTESTERS), ("Police", POLICE)])
    assert [(e.actor2, e.inter2) for e in found] == [("Police Forces of Nigeria", 1)]


def test_police_named_with_no_country_are_the_events_countrys(model: Any) -> None:
    text = (
        "Students marched through the town to protest against higher fees. "
        "Police intervened and broke up the march."
    )
    found = code(model, text, [("Students", PROTESTERS), ("Police", BARE_POLICE)])
    assert [e.actor2 for e in found] == ["Police Forces of Nigeria"]


def test_a_protest_met_with_intervention_and_no_force_named_had_the_police(model: Any) -> None:
    text = "Nurses held a demonstration over unpaid salaries. Several of them were arrested."
    found = code(model, text, [("Nurses", PROTESTERS)])
    assert [(e.sub_event_type, e.actor2) for e in found] == [
        ("Protest with intervention", "Police Forces of Nigeria")
    ]


def test_a_peaceful_protest_keeps_no_actor2(model: Any) -> None:
    text = "Teachers marched peacefully to the ministry to demand their arrears."
    found = code(model, text, [("Teachers", PROTESTERS)])
    assert [e.actor2 for e in found] == [""]


def test_a_comma_ends_the_clause_that_might_have_owned_the_police() -> None:
    table = ActorTable(builtin_actor_table()[1])
    text = "In Sampletown, police dispersed the crowd."
    assert [(text[s:e], a.name) for s, e, a in table.match(text, focus="KE")] == [
        ("police", "Police Forces of Kenya")
    ]


def test_a_colon_ends_the_dateline_before_the_police() -> None:
    table = ActorTable(builtin_actor_table()[1])
    text = "14 March: Police shot a suspect."
    assert [a.name for _, _, a in table.match(text, focus="KE")] == ["Police Forces of Kenya"]


def test_arrests_after_a_riot_were_the_polices(model: Any) -> None:
    rioters = Actor("Rioters (Nigeria)", Inter.RIOTERS, "NG")
    text = (
        "Rioters burned tyres and blocked the highway to protest against higher fares. "
        "Police arrested twelve of them."
    )
    found = code(model, text, [("Rioters", rioters)])
    assert [(e.event_type, e.actor2) for e in found] == [("Riots", "Police Forces of Nigeria")]


def test_the_police_who_dispersed_the_crowd_over_the_group_it_protested(model: Any) -> None:
    gang = Actor("Unidentified Armed Group (Nigeria)", Inter.POLITICAL_MILITIA, "NG")
    text = (
        "Traders blocked the highway with burning tyres to protest against extortion by "
        "gangs. Police fired in the air to disperse the traders."
    )
    found = code(model, text, [("Traders", PROTESTERS), ("gangs", gang), ("Police", POLICE)])
    assert [e.actor2 for e in found] == ["Police Forces of Nigeria"]


@pytest.mark.parametrize(
    "after",
    [
        "The marchers were turned away at the gate by officers.",
        "Police used pepper spray on the marchers.",
        "Police forcefully removed the marchers from the square.",
        "The march was cut short by police.",
        "Officers clobbered several of the marchers.",
    ],
)
def test_a_crowd_turned_away_sprayed_or_removed_met_intervention(model: Any, after: str) -> None:
    text = f"Cleaners marched through Kelvale to demand their unpaid wages. {after}"
    found = code(model, text, [("Cleaners", PROTESTERS)])
    assert [e.sub_event_type for e in found] == ["Protest with intervention"]


def test_a_march_that_was_broken_up_met_intervention(model: Any) -> None:
    text = "Cleaners marched through Kelvale to demand their wages, but the march was broken up."
    found = code(model, text, [("Cleaners", PROTESTERS)])
    assert [e.sub_event_type for e in found] == ["Protest with intervention"]


def test_a_march_broken_up_in_the_next_sentence_met_intervention(model: Any) -> None:
    text = "Cleaners marched through Kelvale to demand their wages. The march was broken up."
    found = code(model, text, [("Cleaners", PROTESTERS)])
    assert [e.sub_event_type for e in found] == ["Protest with intervention"]
