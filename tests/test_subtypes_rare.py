"""The rarer ACLED sub-event types (codebook definitions): abductions with harm done,
property destroyed with or without people hurt, explosive devices named as the means,
territory taken over without a fight. Sentences written by the team, parsed by the real
spaCy model."""

from __future__ import annotations

from typing import Any

import pytest

from test_subtypes import code, one

ABDUCTION = "Abduction/forced disappearance"


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        # deaths or serious injuries during an abduction make it an Attack (ACLED)
        ("Gunmen kidnapped two nurses and killed their driver near the clinic.", "Attack"),
        ("Bandits abducted a trader and tortured him in the forest.", "Attack"),
        ("Two farmers were abducted and seriously injured by armed men.", "Attack"),
        # a killing told as the time of the abduction leaves it an abduction
        ("Militants abducted a pilot after killing his cook at the airstrip.", ABDUCTION),
        ("Militants abducted a pilot at the airstrip on Monday.", ABDUCTION),
    ],
)
def test_abduction_with_harm_is_an_attack(model: Any, text: str, sub_event_type: str) -> None:
    assert one(model, text).sub_event_type == sub_event_type


def test_a_captive_tortured_to_death_later_is_an_attack(model: Any) -> None:
    text = "A village elder was abducted by unknown men. He was tortured to death later."
    assert [e.sub_event_type for e in code(model, text)] == ["Attack"]


IED = "Remote explosive/landmine/IED"


@pytest.mark.parametrize(
    "text",
    [
        # an explosive device named as the means, in any case or inside a name
        "Militants attacked a police patrol with an explosive device on the highway.",
        "Two soldiers were wounded in an IED attack near the border post.",
        "A roadside improvised explosive device injured three travellers.",
    ],
)
def test_an_explosive_device_is_a_remote_explosive(model: Any, text: str) -> None:
    assert one(model, text).sub_event_type == IED


@pytest.mark.parametrize(
    "text",
    [
        # carried, or caught in the laying: no blast
        "Police arrested two men with explosive devices at the bus station.",
        "Soldiers shot two men who were attempting to plant a bomb under the bridge.",
        "Troops killed three fighters planting explosive devices along the road.",
    ],
)
def test_a_bomb_carried_or_being_planted_is_no_blast(model: Any, text: str) -> None:
    assert all(e.sub_event_type != IED for e in code(model, text))


LOOTING = "Looting/property destruction"


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        # property destroyed and people hurt: an attack (ACLED: looting is coded outside
        # other violence)
        ("Raiders burnt several houses in the village, and two residents were injured.", "Attack"),
        ("Soldiers set fire to homes in the village. A child died in the fire.", "Attack"),
        ("Unknown men torched a school in the valley. Three pupils were hurt.", "Attack"),
        # no one hurt, or armed men hurt: the destruction stays (or the fight is told)
        ("Raiders torched houses in the village. No one was injured.", LOOTING),
        ("Unknown men torched a school in the valley. Injuries were not known.", LOOTING),
    ],
)
def test_property_destroyed_with_people_hurt(model: Any, text: str, sub_event_type: str) -> None:
    assert [e.sub_event_type for e in code(model, text)] == [sub_event_type]


def test_a_death_after_arson_counts_as_the_attack_toll(model: Any) -> None:
    (event,) = code(model, "Soldiers set fire to homes in the village. A child died in the fire.")
    assert event.event_type == "Violence against civilians" and event.fatalities == 1


def test_armed_men_hurt_after_arson_is_no_attack_on_civilians(model: Any) -> None:
    found = code(model, "Militants torched a police post. Two officers were injured.")
    assert all(e.sub_event_type != "Attack" for e in found)


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        # grenades and gunfire at armed men: they could fire back, an armed clash (ACLED)
        (
            "Gunmen attacked a police post, hurling grenades and firing their rifles at the"
            " officers.",
            "Armed clash",
        ),
        ("Militants attacked soldiers at the checkpoint with grenades and AK-47s.", "Armed clash"),
        # at civilians, or with no guns fired: the grenade attack
        ("Gunmen opened fire and threw grenades into a crowded bar.", "Grenade"),
        ("A man threw a grenade at a police patrol in the town.", "Grenade"),
    ],
)
def test_grenades_in_a_gunfight(model: Any, text: str, sub_event_type: str) -> None:
    assert one(model, text).sub_event_type == sub_event_type


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        # a takeover told with no fight (ACLED: Non-violent transfer of territory)
        ("Militants overtook the village without resistance.", "Non-violent transfer of territory"),
        (
            "Rebels took control of the town on Monday; no violence was reported.",
            "Non-violent transfer of territory",
        ),
        (
            "Rebels overtook the town after heavy fighting with the army.",
            "Non-state actor overtakes territory",
        ),
    ],
)
def test_takeovers(model: Any, text: str, sub_event_type: str) -> None:
    assert one(model, text).sub_event_type == sub_event_type


def test_overtaking_a_vehicle_is_no_takeover(model: Any) -> None:
    assert code(model, "The bus overtook a lorry on the highway near the town.") == ()


CHANGE = "Change to group/activity"


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        # forces moved or formed (ACLED: Change to group/activity); who they hunt, told in
        # the perfect progressive, is no incident of its own
        (
            "The army deployed troops to the district to hunt bandits who have been attacking"
            " herders.",
            CHANGE,
        ),
        ("A new police unit with armoured cars has been established to guard the border.", CHANGE),
        ("Gunmen who have been attacking villages killed two farmers on Monday.", "Attack"),
    ],
)
def test_forces_moved_or_formed(model: Any, text: str, sub_event_type: str) -> None:
    assert one(model, text).sub_event_type == sub_event_type


def test_arrests_in_connection_with_a_bombing_are_arrests(model: Any) -> None:
    text = "Police arrested three men in connection with the bombing of the market."
    assert one(model, text).sub_event_type == "Arrests"


def test_an_event_investigated_is_only_referred_to(model: Any) -> None:
    text = "Gunmen kidnapped a judge leading the inquiry investigating the clashes in the north."
    assert one(model, text).sub_event_type == ABDUCTION
    # told alone, it is still coded
    assert code(model, "Police are investigating the killing of a trader in the market.")


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        # an arrest made by the police is no abduction by the militia in the sentence
        ("Militiamen stabbed two traders after police arrested their leaders.", "Attack"),
        ("Militiamen stabbed two traders after police made arrests of their leaders.", "Attack"),
        ("Armed militiamen detained two chiefs at the roadblock.", ABDUCTION),
    ],
)
def test_arrests_by_the_state_are_no_abduction(model: Any, text: str, sub_event_type: str) -> None:
    assert one(model, text).sub_event_type == sub_event_type


def test_resisting_arrest_arrests_no_one(model: Any) -> None:
    found = code(model, "Two gang members were shot by police when they resisted arrest.")
    assert found and all(e.sub_event_type not in {"Arrests", ABDUCTION} for e in found)


def test_an_attack_in_whose_wake_arrests_came_is_only_referred_to(model: Any) -> None:
    text = "Police arrested forty suspects in the wake of an attack on the town."
    assert one(model, text).sub_event_type == "Arrests"
    text = "Police arrested forty suspects in response to attacks on the town."
    assert one(model, text).sub_event_type == "Arrests"


def test_a_ship_captured_is_no_territory(model: Any) -> None:
    text = "A fishing vessel was captured by pirates off the coast, and its crew held captive."
    assert one(model, text).sub_event_type == ABDUCTION


def test_a_group_arming_its_members_changes_its_activity(model: Any) -> None:
    text = "Hundreds of herders began arming their youths ahead of the grazing season."
    assert one(model, text).sub_event_type == CHANGE


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        # an air force or its aircraft attacking: an air strike (ACLED)
        ("The air force launched attacks on rebel hideouts in the hills.", "Air/drone strike"),
        ("Air force jets attacked militant camps near the river.", "Air/drone strike"),
        # the air force's base attacked is no air strike
        ("Militants attacked an air force base near the coast.", "Armed clash"),
    ],
)
def test_attacks_by_aircraft(model: Any, text: str, sub_event_type: str) -> None:
    assert one(model, text).sub_event_type == sub_event_type
