"""South Asian protest forms and staging verbs read as demonstrations: agitations, fasts,
sit-ins, strikes, crowds that came to stage a protest, and vehicles burnt on the road, on
sentences written by the team and parsed by the real spaCy model (one rule a case)."""

from __future__ import annotations

from typing import Any

import pytest

from eventwire.triggerphrases import PHRASES, phrase_matches
from test_subtypes import code, one


@pytest.mark.parametrize(
    "text",
    [
        # a crowd that came to stage a protest staged it
        "Hundreds of farmers reached the district office to stage an indefinite dharna.",
        "Retired workers gathered outside the depot to stage a protest against delayed pensions.",
        # a span of days or a march's starting point is no government's protest
        "Traders staged protests from 4 to 6 June in the two towns.",
        "Thousands of women took out a rally from the clock tower to the collectorate.",
        # forms of protest named without a protest word
        "The teachers' union launched an agitation against the closure of rural schools.",
        "Farmers in the village began a fast-unto-death over the shortage of seed.",
        "Students staged a sit in outside the hostel after the mess was shut.",
        "Municipal workers have been striking for five days over unpaid wages.",
        "Villagers blocked trains at the station, demanding a new bridge.",
        "The party led hundreds of women protesters demanding the closure of liquor shops.",
        # a protest's programme is its plan of action, not equipment
        "The Kelvale youth wing staged a protest programme outside the water board.",
        # a police charge with canes or batons meets a crowd
        "Police baton-charged the teachers marching to the Tarewa secretariat.",
        "Police canecharged fuel protesters in Marobi, leaving several hurt.",
        # what the police resorted to, they did
        "Nurses were hurt as the constables resorted to lathicharge on the striking staff.",
        # a verb's past form slipped in where its noun belongs
        "Clerks of the Marobi water board held a protested over the sell-off.",
    ],
)
def test_protest_forms(model: Any, text: str) -> None:
    assert one(model, text).event_type == "Protests"


@pytest.mark.parametrize(
    "text",
    [
        # only governments lodge a protest or draw one from a country
        "The foreign ministry lodged a protest with the ambassador.",
        "The border decision drew protests from Norway.",
    ],
)
def test_diplomatic_protests_stay_out(model: Any, text: str) -> None:
    assert not [e for e in code(model, text) if e.event_type == "Protests"]


@pytest.mark.parametrize(
    "text",
    [
        "Unidentified assailants torched a bus near the bus stand on Monday morning.",
        "Two trucks were set ablaze on the highway last night.",
        "Assailants set fire to three vehicles, including two auto-rickshaws, on Saturday.",
    ],
)
def test_vehicles_burnt_on_the_road_are_a_riot(model: Any, text: str) -> None:
    assert one(model, text).event_type == "Riots"


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # armed men's arson, or arson that kills, is their attack
        ("Militants torched a bus carrying pilgrims on Monday.", "Violence against civilians"),
        (
            "Assailants set fire to a bus on Monday, killing four passengers.",
            "Violence against civilians",
        ),
        # a building burnt is property destruction
        ("Unidentified people set fire to a school building on Monday.", "Strategic developments"),
    ],
)
def test_other_arson_is_not_a_riot(model: Any, text: str, event_type: str) -> None:
    assert one(model, text).event_type == event_type


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        # a vigil is a peaceful demonstration; the attack it mourns is what it is about
        (
            "Residents held a candlelight vigil after a bomb attack on the market.",
            "Peaceful protest",
        ),
        # protesters arrested: the demonstration, broken up
        (
            "Police arrested 40 protesters when they tried to lay siege to the district office.",
            "Protest with intervention",
        ),
        # other arrests stay arrests
        ("Police arrested two men suspected of robbing a shop.", "Arrests"),
    ],
)
def test_vigils_and_protesters_arrested(model: Any, text: str, sub_event_type: str) -> None:
    assert one(model, text).sub_event_type == sub_event_type


@pytest.mark.parametrize(
    "text",
    [
        # faiths, workers and two parties' men fighting with no weapon named: a riot
        "Members of two parties clashed over road construction in the village.",
        "Hindus and Muslims clashed in the town after a procession.",
        "Congress and BJP members clashed after the poll results were announced.",
        "Temporary employees at the plant clashed with permanent employees over wages.",
    ],
)
def test_communities_and_partisans_clashing_riot(model: Any, text: str) -> None:
    assert one(model, text).event_type == "Riots"


def test_armed_members_still_battle(model: Any) -> None:
    text = "Members of the rebel group clashed with soldiers near the border."
    assert one(model, text).event_type == "Battles"


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen OPENED FIRE on a bus and Troops Exchanged Fire with them.",
        "Nothing at all happened in the town on Monday.",
        # "İ" lower-cases to two characters: the offsets of the lower-cased text shift
        "İzmir: gunmen opened fire on a bus and troops exchanged fire with them.",
    ],
)
def test_phrases_match_as_the_case_blind_patterns_do(text: str) -> None:
    expected = [
        (m.start(), m.end(), kind) for pattern, kind in PHRASES for m in pattern.finditer(text)
    ]
    assert list(phrase_matches(text)) == expected


def test_a_threat_to_resort_to_a_charge_is_none(model: Any) -> None:
    text = "The police threatened to resort to lathicharge if the nurses stayed on the road."
    assert not code(model, text)


@pytest.mark.parametrize(
    "text",
    [
        # where a march set out from is no country's objection
        "A rally led by opposition members marched to the district office from Tarewa.",
        # workers who began or went on striking stopped work
        "Nurses at two clinics in Marobi began to strike again over unpaid wages.",
    ],
)
def test_marches_and_strikes_begun_are_protests(model: Any, text: str) -> None:
    assert one(model, text).event_type == "Protests"


def test_property_vandalised_by_assailants_is_a_riot(model: Any) -> None:
    # assailants are named by their deed, not by arms: no armed group's act
    text = "The house of a council candidate in Tarewa was vandalised by assailants on Friday."
    assert one(model, text).event_type == "Riots"


def test_a_beating_after_a_seizure_is_a_harm(model: Any) -> None:
    # "caught the man and beat him": a beating, no contest won
    text = "Party activists caught a clerk of the Marobi office and beat him on Tuesday."
    assert one(model, text).event_type in {"Riots", "Violence against civilians"}


@pytest.mark.parametrize(
    "text",
    [
        # a crowd that gathered and then made its demand
        "Opposition members gathered outside the mayor's house on Monday and demanded he quit.",
        # a sit-in or a camp told by its demand
        "Dozens of growers sat on the railway line on Monday, demanding better prices.",
        "Over a hundred hawkers camped outside the ministry on Tuesday calling for new stalls.",
    ],
)
def test_gatherings_sit_ins_and_camps_with_a_demand(model: Any, text: str) -> None:
    assert one(model, text).event_type == "Protests"


@pytest.mark.parametrize(
    "text",
    [
        "The minister sat in the meeting against his wishes.",
        "The family camped by the lake for a week.",
    ],
)
def test_sitting_or_camping_with_no_demand_is_none(model: Any, text: str) -> None:
    assert not code(model, text)
