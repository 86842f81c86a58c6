"""Second-round sub-event rules (ACLED codebook): unarmed crowds' violence is mob
violence, what a protest is about is not its crowd's violence, "peaceful" protests,
the police stopping a march, armed groups' members killed, forces answering an attack,
and weapons found; sentences written by the team, parsed by the real spaCy model."""

from __future__ import annotations

from typing import Any

import pytest

from test_subtypes import code, one


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        # many unarmed people harming someone, no weapon named: mob violence
        ("A county officer was beaten up by angry voters at the tallying centre.", "Mob violence"),
        (
            "Two men were killed by motorcycle taxi operators who accused them of theft.",
            "Mob violence",
        ),
        ("Hundreds of residents stormed the chief's office and injured a clerk.", "Mob violence"),
        # ... one doer is no crowd, armed men are no mob, a party's supporters attack
        ("A trader stabbed his neighbour during a quarrel.", "Attack"),
        ("Armed herders killed two farmers near the river.", "Attack"),
        ("Supporters of a rival candidate attacked and injured an aspirant.", "Attack"),
        # a crowd's destruction, even a partisan one, is mob violence
        ("A group of pupils burnt their dormitory at night.", "Mob violence"),
        ("A group of supporters destroyed ballot papers at a polling centre.", "Mob violence"),
        # a lynching, whatever the parse makes of it
        ("Mob lynches man suspected of stealing a goat", "Mob violence"),
        ("Residents of the village lynch a man on suspicion of theft.", "Mob violence"),
        # people set on fire are attacked, not property destroyed
        ("Two suspected thieves were set on fire by a vigilante group.", "Mob violence"),
    ],
)
def test_crowds(model: Any, text: str, sub_event_type: str) -> None:
    assert one(model, text).sub_event_type == sub_event_type


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        # the violence a protest is about is not its crowd's
        ("Students protested the killing of a classmate by a mob.", "Peaceful protest"),
        ("Residents protested after a man was allegedly burnt by soldiers.", "Peaceful protest"),
        ("Villagers protested against the quarrying of stones on their hill.", "Peaceful protest"),
        (
            "Traders staged a demonstration after their stalls were destroyed by council askaris.",
            "Peaceful protest",
        ),
        # ... but the crowd's own violence still counts
        ("Students protested over fees and threw stones at passing cars.", "Violent demonstration"),
        # a report that says the protest was peaceful
        ("Teachers held a peaceful march, chanting and waving placards.", "Peaceful protest"),
        # the police stopping a march is an intervention
        ("Police stopped a march by residents against the governor.", "Protest with intervention"),
        # protest phrasings: present-tense gatherings, crowds pouring into the streets
        ("Protesters gather at the county offices to demand water.", "Peaceful protest"),
        ("Hundreds of traders poured into the streets over new levies.", "Peaceful protest"),
    ],
)
def test_protests(model: Any, text: str, sub_event_type: str) -> None:
    assert one(model, text).sub_event_type == sub_event_type


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        # a headline's passive with "by" read as a preposition: the subject was hit
        ("Police reservist shot dead by suspected militia member", "Armed clash"),
        # a killing told after an attack on a place hit no attacker
        ("Gunmen attack a radio station, one killed and one injured", "Attack"),
        # forces answering an attack fight its attackers
        (
            "Police responded to the raid, shooting dead two of the raiders' accomplices.",
            "Armed clash",
        ),
        # raiders who strike a village attack it
        ("Cattle rustlers struck two homesteads and drove away cows.", "Attack"),
        # a death after torture by the police
        ("A man died in hospital after being tortured by the police.", "Attack"),
        # a body dumped is a killing
        ("Two bodies were dumped in the river.", "Attack"),
        # weapons found, headline style
        ("Bomb found hidden in a minibus", "Disrupted weapons use"),
        ("Police find grenade on a bus", "Disrupted weapons use"),
    ],
)
def test_attacks_and_clashes(model: Any, text: str, sub_event_type: str) -> None:
    assert one(model, text).sub_event_type == sub_event_type


def test_members_of_an_armed_group_killed_is_a_clash(model: Any) -> None:
    from eventwire.records import Actor, Inter

    group = Actor("Example Liberation Front", Inter.REBEL, "KE")
    found = code(model, "Five ELF members shot dead near the border.", [("ELF", group)])
    assert [e.sub_event_type for e in found] == ["Armed clash"]


def test_a_partys_members_killed_are_civilians(model: Any) -> None:
    from eventwire.records import Actor, Inter

    party = Actor("XDP: Example Democratic Party", Inter.POLITICAL_MILITIA, "KE")
    found = code(model, "Five XDP members shot dead near the market.", [("XDP", party)])
    assert [e.sub_event_type for e in found] == ["Attack"]
