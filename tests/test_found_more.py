"""More incidents found, and the right one kept, on sentences written by the team and
parsed by the real spaCy model (one rule a case)."""

from __future__ import annotations

from typing import Any

import pytest

from eventwire.records import Actor, Inter
from test_subtypes import code, one

ARMY = Actor("Military Forces of Nigeria (2023-)", Inter.STATE, "NG")


def test_a_compound_in_an_earlier_event_only_refers_to_it(model: Any) -> None:
    # "landmine" qualifies "attack", which the sentence only recalls ("following ...")
    event = one(
        model,
        "Following a landmine attack near the well on Sunday, soldiers raided Kelvale"
        " and beat the villagers with clubs.",
        [("soldiers", ARMY)],
    )
    assert event.event_type == "Violence against civilians"


@pytest.mark.parametrize(
    "text",
    [
        "Villagers blocked the county surveyors from entering the disputed farm.",
        "Angry worshippers blocked access to the chapel on Sunday morning.",
        # what moves or is built, and a crowd counted or carrying on
        "Farmers blocked the trains leaving the depot on Monday.",
        "The tenants blocked the building work on a waste dump near the river.",
        "Hundreds of villagers continued to block a quarry firm from reaching the hill.",
        # a crowd among those named
        "A beaten aspirant and his supporters tried to block the victor from taking his seat.",
    ],
)
def test_a_crowd_keeping_someone_out_is_a_demonstration(model: Any, text: str) -> None:
    assert one(model, text).event_type == "Protests"


@pytest.mark.parametrize(
    "text",
    [
        "The senators blocked the finance bill on Tuesday.",
        "A new filter blocked the spammers from entering the forum.",
        "Police blocked the trains leaving the depot on Monday.",
        "Hundreds of senators continued to block the finance bill.",
        "The governor and the senators blocked the lender from entering the deal.",
    ],
)
def test_other_blocking_is_no_demonstration(model: Any, text: str) -> None:
    assert not code(model, text)


def test_a_named_starting_point_of_a_staged_rally_is_no_country(model: Any) -> None:
    # "from <name>" after a rally the crowd took out is where the march set off
    event = one(model, "Nurses held a rally from Kelvale Chowk to the ministry on Friday.")
    assert event.event_type == "Protests"


@pytest.mark.parametrize(
    "text",
    [
        # the parser hangs the protest noun on the participle of the demand
        "Retired clerks organised a dharna demanding they get their arrears.",
        "Dock workers kept up an indefinite fast demanding that the port rehire them.",
    ],
)
def test_a_protest_noun_hung_on_its_demand_is_still_told(model: Any, text: str) -> None:
    assert one(model, text).event_type == "Protests"


def test_a_threatened_attack_stays_untold(model: Any) -> None:
    assert not code(model, "The rebels threatened a bomb attack on the depot.")


@pytest.mark.parametrize(
    "text",
    [
        "Two herders were injured in a clan war near Kelvale on Friday.",
        "Warring between two rival clans displaced dozens of families near Kelvale.",
        "An inter-clan feud left three herders dead near Kelvale.",
    ],
)
def test_a_war_between_communities_is_their_clash(model: Any, text: str) -> None:
    assert one(model, text).event_type == "Battles"


@pytest.mark.parametrize(
    "text",
    [
        "The trade war between the two countries hit exports.",
        "A herder died in the war.",
        "The conflict between the two policies caused confusion.",
    ],
)
def test_other_wars_and_conflicts_are_no_incident(model: Any, text: str) -> None:
    assert not code(model, text)


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("Ballot boxes were burnt during the election violence in Kelvale.", "Riots"),
        ("Huts were torched amid the tribal feud near Kelvale.", "Battles"),
    ],
)
def test_property_destroyed_in_an_incident_is_the_incidents(
    model: Any, text: str, event_type: str
) -> None:
    assert one(model, text).event_type == event_type


def test_a_protest_word_before_a_march_from_a_place_is_a_crowds(model: Any) -> None:
    # "protest" qualifies "march", whose "from <place>" is where it set off
    event = one(model, "Nurses of two unions began their protest march from Kelvale to Marobi.")
    assert event.event_type == "Protests"


def test_a_rally_staged_from_a_place_is_a_crowds(model: Any) -> None:
    # the lemmatiser may take "staged" for "stag": its form still tells the staging
    text = "Party members, trade unions and youth groups staged one protest rally from"
    event = one(model, text + " Kelvale Park to the old statue.")
    assert event.event_type == "Protests"


@pytest.mark.parametrize(
    "text",
    [
        "Kelvale residents have now taken to the street, angry at water cuts.",
        "Angry traders keep taking to the streets of Kelvale.",
    ],
)
def test_taking_to_the_streets_in_any_tense(model: Any, text: str) -> None:
    assert one(model, text).event_type == "Protests"


def test_a_verb_hung_on_a_noun_under_a_plan_is_done(model: Any) -> None:
    # the parser left no verb at the root: "protested" is the sentence's own verb, not
    # something the pupils were preparing
    text = "Parents of pupils preparing for a state exam protested against the marking rules."
    assert one(model, text).event_type == "Protests"


@pytest.mark.parametrize(
    "text",
    [
        "A gang armed with pangas charged at the officers on Monday night.",
        "Youths charged at police with stones in the town on Friday.",
    ],
)
def test_a_rush_at_people_is_an_attack(model: Any, text: str) -> None:
    assert one(model, text).event_type in {"Battles", "Riots", "Violence against civilians"}


def test_a_price_charged_is_no_rush(model: Any) -> None:
    assert not code(model, "The lender charged at a rate of five percent on Monday.")
