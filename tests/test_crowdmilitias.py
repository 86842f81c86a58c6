"""Crowds that are armed groups (`crowdmilitias`): a people's or a named group's youths,
armed crowds and gangs are no rioters; a lynching stays a mob's act, and unarmed
people of one walk of life fighting the police are rioters. Sentences written by the
team, parsed by the real spaCy model."""

from __future__ import annotations

from typing import Any

import pytest

from eventwire.records import Actor, Inter
from test_subtypes import one

TIV = Actor("Tiv Ethnic Militia (Nigeria)", Inter.IDENTITY_MILITIA, "NG")
FRONT = Actor("Harvest Front Militia", Inter.POLITICAL_MILITIA, "NG")
PARTY = Actor("NPM: National Progress Movement", Inter.POLITICAL_MILITIA, "KE")


@pytest.mark.parametrize(
    ("text", "actors", "sub_event_type"),
    [
        # a people's youths act for its militia: an attack on civilians, a clash with police
        ("A farmer was beaten to death by a band of Tiv youths.", [("Tiv youths", TIV)], "Attack"),
        ("Tiv youths killed a policeman at the market.", [("Tiv youths", TIV)], "Armed clash"),
        # the crowd named as members of an armed group
        (
            "Youths believed to be members of the Harvest Front Militia killed a shopkeeper.",
            [("Harvest Front Militia", FRONT)],
            "Attack",
        ),
        # armed crowds and gangs
        ("A gang of youths attacked a farm and killed two workers.", [], "Attack"),
        ("Youths armed with clubs attacked traders at the market.", [], "Attack"),
        # a strike the victims kept out of is no demonstration of the armed crowd's
        ("Youths armed with clubs attacked drivers who had shunned the strike.", [], "Attack"),
        # the armed group a relative clause's doers are the members of
        (
            "The ranch was invaded by an armed group of youths who killed two policemen.",
            [],
            "Armed clash",
        ),
        # unknown assailants are an unidentified armed group, not rioters
        ("Unidentified youths attacked two herbalists near the ferry.", [], "Attack"),
        ("A ward candidate was beaten by unknown youths at her campaign stop.", [], "Attack"),
        # victims named by their community: one community's men attacking another's
        ("Angry youths killed three Jukun farmers in the village.", [], "Attack"),
        ("Villagers attacked members of another community at the well.", [], "Attack"),
        # people who shoot someone dead carry guns: no crowd's violence
        (
            "Two linesmen stringing cables were gunned down by men stealing copper wire.",
            [],
            "Attack",
        ),
        ("Youths looting shops in the town shot dead a shopkeeper.", [], "Attack"),
        # a group that shoots people has firearms; what it was doing only tells who it was
        ("A group of men shot dead a trader at the depot.", [], "Attack"),
        (
            "A band who were stripping cables from the mast shot dead two linesmen.",
            [],
            "Attack",
        ),
    ],
)
def test_organised_crowds(
    model: Any, text: str, actors: list[tuple[str, Actor]], sub_event_type: str
) -> None:
    assert one(model, text, actors).sub_event_type == sub_event_type


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        # a lynching is mob justice, whoever the crowd is
        ("Members of a vigilante militia lynched a suspected burglar.", "Mob violence"),
        # a mob's shooting stays mob justice; arrows shot are no firearms
        ("A mob shot dead a suspected burglar at the depot.", "Mob violence"),
        # a group of partisans who shoot stay rioters
        ("A group of party workers stormed the campus and shot a student leader.", "Mob violence"),
        ("Youths shot arrows at police officers near the farm.", "Mob violence"),
        # looters beating people are a crowd, whatever the relative clause says
        ("Two guards were beaten by youths who were looting the depot.", "Mob violence"),
        # a crowd with no group named stays a mob
        ("Angry youths beat a suspected thief to death.", "Mob violence"),
        # a suspect shot by residents is still punished by them
        ("Residents shot dead a suspected cattle thief near the ferry.", "Mob violence"),
        # arrows shot at the police are no firearm
        (
            "Farmers shot arrows and hurled stones at officers who came to evict them.",
            "Mob violence",
        ),
        # unknown men clashing with each other are still two crowds fighting
        ("Youths clashed with unidentified men outside the ferry depot.", "Mob violence"),
        # unarmed miners fighting the police are rioters
        ("Miners clashed with police officers at the quarry.", "Mob violence"),
        # a demonstration's crowd stays one, armed or not
        (
            "Protesters, some armed with spears, clashed with police during the march.",
            "Violent demonstration",
        ),
    ],
)
def test_crowds_stay_rioters(model: Any, text: str, sub_event_type: str) -> None:
    assert one(model, text).sub_event_type == sub_event_type


def test_party_factions_are_rioters(model: Any) -> None:
    # a party's factions fighting over its posts are partisans, not armed groups
    text = "Two factions of the NPM clashed at the Kelvale branch office on Sunday."
    assert one(model, text, [("NPM", PARTY)]).sub_event_type == "Mob violence"
