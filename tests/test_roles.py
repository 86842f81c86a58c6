"""Roles and a few type decisions as ACLED codes them, on hand-written sentences.

Each test pins one general rule (claims, targets, sources, crowds, tallies, court
cases, follow-up tolls, coalitions, generic actors named after the event's country).
The time and geo stages are replaced by fixed answers; actor mentions are hand-made.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

import pytest

from conftest import parsed
from eventwire import actorconventions, events, roles
from eventwire.records import (
    Actor,
    ActorMention,
    Event,
    Inter,
    TimePrecision,
    When,
)
from eventwire.roles import Roles
from eventwire.settings import Settings

DAY = date(2024, 5, 2)
ARMY = Actor("Military Forces of Nigeria", Inter.STATE, "NG")
POLICE = Actor("Police Forces of Nigeria", Inter.STATE, "NG")
FRONT = Actor("Northern Liberation Front", Inter.REBEL, "NG")
GUNMEN = Actor("Unidentified Armed Group (Nigeria)", Inter.POLITICAL_MILITIA, "NG")
CIVILIANS = Actor("Civilians (Nigeria)", Inter.CIVILIANS, "NG")


def code(model: Any, text: str, actors: Sequence[tuple[str, Actor]] = ()) -> list[Event]:
    analysis = parsed(model, text, DAY, actors, doc_id="doc-r")
    resolvers = events.Resolvers(
        when=lambda a, s, e: When(DAY, TimePrecision.DAY, False),
        is_background=lambda value, doc_date: False,
        locate=lambda a, s, e: None,
        focus_country=lambda a: "NG",
    )
    settings = Settings.load(config_file=None, environ={}, overrides={"db_url": "x"})
    return list(events.code_events(analysis, resolvers, settings))


def one(model: Any, text: str, actors: Sequence[tuple[str, Actor]] = ()) -> Event:
    found = code(model, text, actors)
    assert len(found) == 1, [(e.event_type, e.sub_event_type, e.notes) for e in found]
    return found[0]


# --- claims and attributions ----------------------------------------------------------


def test_a_claim_in_the_next_sentence_names_the_attacker(model: Any) -> None:
    text = (
        "A bomb tore through a crowded bus station in the town on Monday, killing seven "
        "people. The Northern Liberation Front said it carried out the bombing."
    )
    event = one(model, text, [("Northern Liberation Front", FRONT)])
    assert event.event_type == "Explosions/Remote violence"
    assert (event.actor1, event.inter1) == (FRONT.name, 2)
    assert event.actor2 == CIVILIANS.name


@pytest.mark.parametrize(
    "second",
    [
        "The Northern Liberation Front claimed responsibility.",
        "Officials blamed the Northern Liberation Front.",
        "The blast was claimed by the Northern Liberation Front.",
        "The Northern Liberation Front said its fighters carried out the ambush.",
    ],
)
def test_claims_and_blame_replace_an_unnamed_attacker(model: Any, second: str) -> None:
    text = f"Gunmen ambushed a bus on the highway and killed four traders. {second}"
    event = one(model, text, [("Gunmen", GUNMEN), ("Northern Liberation Front", FRONT)])
    assert event.actor1 == FRONT.name


def test_a_claim_does_not_replace_a_named_attacker(model: Any) -> None:
    text = "Soldiers raided a camp and killed five men. The Front blamed the army."
    event = one(model, text, [("Soldiers", ARMY), ("Front", FRONT), ("army", ARMY)])
    assert event.actor1 == ARMY.name


def test_a_claim_of_its_own_attack_is_one_event(model: Any) -> None:
    text = "The Northern Liberation Front claimed a car bombing that killed nine people."
    event = one(model, text, [("Northern Liberation Front", FRONT)])
    assert (event.sub_event_type, event.actor1) == ("Remote explosive/landmine/IED", FRONT.name)


# --- targets and sources ----------------------------------------------------------------


def test_the_attacked_forces_are_actor2_not_actor1(model: Any) -> None:
    grenade = one(
        model, "A grenade thrown at an army patrol wounded four people.", [("army", ARMY)]
    )
    assert (grenade.actor1, grenade.actor2) == (GUNMEN.name, ARMY.name)
    mine = one(
        model, "Three policemen died when their vehicle struck a landmine.", [("policemen", POLICE)]
    )
    assert (mine.actor1, mine.actor2) == (GUNMEN.name, POLICE.name)


def test_an_unnamed_bomber_is_not_the_force_named_in_the_place(model: Any) -> None:
    text = (
        "A suicide bomber blew himself up at a checkpoint outside the Army Depot gate "
        "in the town on Friday, killing nine people."
    )
    event = one(model, text, [("Army", ARMY)])
    assert event.actor1 == GUNMEN.name


def test_a_bomb_that_killed_is_not_the_side_that_answered_it(model: Any) -> None:
    text = (
        "The army declared a curfew on Sunday after a car packed with explosives blew up "
        "at a market in the town, killing nine people."
    )
    event = one(model, text, [("army", ARMY)])
    assert event.actor1 == GUNMEN.name


def test_a_civilian_mention_is_the_victim_of_an_explosion(model: Any) -> None:
    text = "Army helicopters bombed farmers gathered at a well on Sunday."
    event = one(model, text, [("Army helicopters", ARMY), ("farmers", CIVILIANS)])
    assert (event.actor1, event.actor2) == (ARMY.name, CIVILIANS.name)
    assert event.civilian_targeting == "Civilian targeting"


def test_generic_actors_are_named_after_the_event_country(model: Any) -> None:
    abroad = Actor("Civilians (Niger)", Inter.CIVILIANS, "NE")
    event = one(model, "Gunmen killed six villagers.", [("villagers", abroad)])
    assert event.actor2 == CIVILIANS.name


# --- territory ------------------------------------------------------------------------


def test_the_side_that_lost_a_town_is_actor2(model: Any) -> None:
    text = "The Front captured the district headquarters after army units retreated."
    event = one(model, text, [("Front", FRONT), ("army units", ARMY)])
    assert event.sub_event_type == "Non-state actor overtakes territory"
    assert event.actor2 == ARMY.name


def test_a_withdrawal_is_peaceful_only_without_a_capture_verb(model: Any) -> None:
    text = "The rebels took control of the town after the army withdrew."
    assert one(model, text).sub_event_type == "Non-violent transfer of territory"


# --- crowds ---------------------------------------------------------------------------


def test_youths_throwing_rocks_riot(model: Any) -> None:
    text = "Angry youths torched a police post and hurled rocks at officers in the market town."
    event = one(model, text)
    # no demonstration: rioters attacking the police are ACLED's Mob violence
    assert (event.event_type, event.sub_event_type) == ("Riots", "Mob violence")
    assert (event.actor1, event.inter1) == ("Rioters (Nigeria)", 5)


def test_a_crowd_killing_is_mob_violence(model: Any) -> None:
    event = one(model, "A crowd clubbed a suspected thief to death near the bus park.")
    assert (event.sub_event_type, event.fatalities) == ("Mob violence", 1)
    assert (event.actor1, event.actor2) == ("Rioters (Nigeria)", CIVILIANS.name)


def test_armed_men_burning_homes_destroy_civilian_property(model: Any) -> None:
    event = one(model, "Gunmen burned dozens of homes in the village.", [("Gunmen", GUNMEN)])
    assert event.sub_event_type == "Looting/property destruction"
    assert event.actor2 == CIVILIANS.name


def test_firing_on_people_protesting_is_excessive_force(model: Any) -> None:
    text = "Troops fired on people demonstrating against fuel prices, killing three."
    event = one(model, text, [("Troops", ARMY)])
    assert event.sub_event_type == "Excessive force against protesters"
    assert (event.actor1, event.actor2) == ("Protesters (Nigeria)", ARMY.name)


# --- weapons --------------------------------------------------------------------------


def test_weapons_that_hit_or_pound(model: Any) -> None:
    drones = one(model, "Drones hit a fuel depot outside the city overnight.")
    assert drones.sub_event_type == "Air/drone strike"
    guns = one(model, "Heavy artillery pounded the old quarter, killing four residents.")
    assert guns.sub_event_type == "Shelling/artillery/missile attack"
    assert not code(model, "A lorry hit a parked car on the bridge.")


def test_a_bomb_squad_is_not_a_bombing(model: Any) -> None:
    event = one(model, "The bomb squad defused two explosive devices outside the court.")
    assert event.sub_event_type == "Disrupted weapons use"


def test_a_coalition_is_coded_to_its_leading_state(model: Any) -> None:
    led = Actor("France-led Coalition", Inter.EXTERNAL, "FR")
    event = one(
        model,
        "Air strikes by the France-led coalition hit a rebel camp.",
        [("France-led coalition", led)],
    )
    assert (event.actor1, event.inter1) == ("Military Forces of France", 8)
    assert "France-led Coalition" in event.assoc_actor_1


def test_two_signatories_are_both_sides(model: Any) -> None:
    government = Actor("Government of Nigeria", Inter.STATE, "NG")
    text = "The Nigerian government and the Front signed a ceasefire agreement."
    event = one(model, text, [("Nigerian government", government), ("Front", FRONT)])
    assert (event.sub_event_type, event.actor1, event.actor2) == (
        "Agreement",
        government.name,
        FRONT.name,
    )


# --- what is not an event -------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "At least 400 people have been killed in the region since January, a monitor said.",
        "Security forces have killed 120 demonstrators so far this year.",
        "A judge sentenced two men for killing a trader at a market in 2019.",
        "The court convicted a commander over the attack that killed 30 people.",
    ],
)
def test_tallies_and_court_cases_are_not_events(model: Any, text: str) -> None:
    assert code(model, text) == []


def test_nobody_killed_is_not_a_killing(model: Any) -> None:
    assert len(code(model, "Gunmen fired at a police post. No one was killed.")) == 1


# --- follow-up tolls ------------------------------------------------------------------


def test_a_toll_in_the_next_sentence_completes_the_event(model: Any) -> None:
    text = "A car bomb went off outside a hotel in the town on Monday. Doctors said 11 people died."
    event = one(model, text)
    assert (event.fatalities, event.actor2) == (11, CIVILIANS.name)


def test_a_running_total_in_the_next_sentence_is_not_its_toll(model: Any) -> None:
    text = "A car bomb went off outside a hotel on Monday. Since January, 200 people have died."
    assert one(model, text).fatalities == 0


# --- more crowds, victims and disrupted weapons ---------------------------------------


def test_a_protest_whose_crowd_turns_violent_is_one_riot(model: Any) -> None:
    text = (
        "Hundreds of nurses marched to the ministry on Tuesday over unpaid wages. "
        "They later smashed windows and threw stones at the guards."
    )
    event = one(model, text)
    assert (event.event_type, event.sub_event_type) == ("Riots", "Violent demonstration")
    assert (event.actor1, event.inter1) == ("Rioters (Nigeria)", 5)


def test_a_killing_in_a_riot_is_the_riot(model: Any) -> None:
    event = one(model, "Three people were killed during riots in the northern city.")
    assert (event.event_type, event.fatalities) == ("Riots", 3)


def test_a_killing_by_a_named_mob_is_mob_violence(model: Any) -> None:
    event = one(model, "Two traders were burned to death by an angry mob at the bus park.")
    assert event.sub_event_type == "Mob violence"


def test_running_battles_with_police_make_a_protest_violent(model: Any) -> None:
    text = "Demonstrators fought running battles with police near the stadium."
    assert one(model, text).event_type == "Riots"


def test_civilians_are_victims_never_perpetrators(model: Any) -> None:
    text = "Four civilians killed during an army raid on the village."
    event = one(model, text, [("civilians", CIVILIANS), ("army", ARMY)])
    assert (event.actor1, event.actor2) == (ARMY.name, CIVILIANS.name)


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("Police shot dead five cattle raiders in the hills.", "Battles"),
        ("Gunmen shot dead three pedestrians outside the mall.", "Violence against civilians"),
    ],
)
def test_who_was_killed_decides_battle_or_attack(model: Any, text: str, event_type: str) -> None:
    assert one(model, text).event_type == event_type


def test_bombs_that_were_found_never_went_off(model: Any) -> None:
    event = one(model, "Three roadside bombs were discovered by soldiers near the bridge.")
    assert event.sub_event_type == "Disrupted weapons use"


def test_an_accuser_is_not_the_attacker(model: Any) -> None:
    text = "The army accused the Front of killing eleven farmers near the dam."
    event = one(model, text, [("army", ARMY), ("Front", FRONT)])
    assert (event.actor1, event.actor2) == (FRONT.name, CIVILIANS.name)


def test_the_government_protested_against_is_not_the_intervening_force(model: Any) -> None:
    government = Actor("Government of Nigeria", Inter.STATE, "NG")
    text = "Traders protested against the Nigerian government and police fired tear gas."
    event = one(model, text, [("Nigerian government", government), ("police", POLICE)])
    assert (event.sub_event_type, event.actor2) == ("Protest with intervention", POLICE.name)


def test_rival_supporters_clashing_at_a_rally_is_mob_violence(model: Any) -> None:
    event = one(model, "Rival party supporters clashed at a rally in the market square.")
    assert (event.event_type, event.sub_event_type) == ("Riots", "Mob violence")


@pytest.mark.parametrize(
    "text",
    ["Police engaged gunmen in a shoot-out near the depot.", "A gun battle broke out at dawn."],
)
def test_shootouts_are_clashes(model: Any, text: str) -> None:
    assert one(model, text).sub_event_type == "Armed clash"


def test_barricades_make_a_protest_violent(model: Any) -> None:
    text = "Hundreds of youths protested behind barricades on the main road."
    assert one(model, text).sub_event_type == "Violent demonstration"


# --- headlines, purposes and forces without a country ----------------------------------


def test_headline_victim_of_a_participle_is_actor2(model: Any) -> None:
    text = "Police officer shot dead by Front fighters near the market."
    event = one(model, text, [("Police", POLICE), ("Front", FRONT)])
    assert (event.sub_event_type, event.actor1, event.actor2) == (
        "Armed clash",
        FRONT.name,
        POLICE.name,
    )
    assert event.fatalities == 1


def test_state_attackers_on_an_unnamed_target_fight_a_battle(model: Any) -> None:
    event = one(model, "Soldiers attacked the hideout at dawn.", [("Soldiers", ARMY)])
    assert (event.event_type, event.actor1) == ("Battles", ARMY.name)


def test_forces_without_a_country_take_the_events_country(model: Any) -> None:
    bare = Actor("Police Forces", Inter.STATE, None)
    event = one(model, "Police shot dead two robbers in the market.", [("Police", bare)])
    assert (event.actor1, event.inter1) == ("Police Forces of Nigeria", 1)


# --- naming generic actors after the event's country -----------------------------------


def _mention(text: str, actor: Actor) -> ActorMention:
    return ActorMention(0, len(text), text, actor, 0)


def test_a_generic_group_whose_country_the_text_named_keeps_it() -> None:
    chadian = Actor("Unidentified Armed Group (Chad)", Inter.POLITICAL_MILITIA, "TD")
    villagers = Actor("Civilians (Niger)", Inter.CIVILIANS, "NE")
    found = Roles(_mention("Chadian gunmen", chadian), _mention("villagers", villagers))
    a1, a2, _, _ = actorconventions.final_roles("Violence against civilians", "Attack", found, "NG")
    # "Chadian gunmen" keeps Chad; the bare villagers are the event country's
    assert (a1 and a1.name, a2 and a2.name) == (chadian.name, CIVILIANS.name)


def test_an_ethnic_militia_with_no_country_takes_the_event_country() -> None:
    militia = Actor("Tiv Ethnic Militia", Inter.IDENTITY_MILITIA, None)
    found = Roles(_mention("Tiv youths", militia))
    a1, _, _, _ = actorconventions.final_roles("Battles", "Armed clash", found, "NG")
    assert a1 == Actor("Tiv Ethnic Militia (Nigeria)", Inter.IDENTITY_MILITIA, "NG")


def test_an_unnamed_communal_militia_is_both_sides_of_its_clash() -> None:
    clans = Actor("Unidentified Communal Militia (Nigeria)", Inter.IDENTITY_MILITIA, "NG")
    found = roles.reciprocal("clash", Roles(_mention("rival clans", clans)))
    assert found.actor2 is not None and found.actor2.actor == clans
    # a named side is never doubled
    alone = roles.reciprocal("clash", Roles(_mention("gunmen", GUNMEN)))
    assert alone.actor2 is None


def test_forces_named_only_as_a_target_are_the_event_countrys(model: Any) -> None:
    event = one(model, "Gunmen stormed a police station and killed three officers.")
    assert (event.actor1, event.actor2) == (GUNMEN.name, POLICE.name)
    # the army's own attack on a police post is not given a second state side
    found = Roles(_mention("soldiers", ARMY), target_words=frozenset({"police", "station"}))
    assert actorconventions.final_roles("Battles", "Armed clash", found, "NG")[1] is None


# --- arrests, the injured, the other side of a clash -----------------------------------


def test_an_arrest_with_no_one_named_is_the_polices(model: Any) -> None:
    event = one(model, "The county governor was arrested on Monday over graft claims.")
    assert (event.sub_event_type, event.actor1) == ("Arrests", POLICE.name)


def test_an_armed_group_read_as_an_arrests_doer_is_the_one_arrested(model: Any) -> None:
    found = Roles(_mention("militants", GUNMEN))
    a1, a2, _, _ = actorconventions.final_roles("Strategic developments", "Arrests", found, "NG")
    assert (a1 and a1.name, a2 and a2.name) == (POLICE.name, GUNMEN.name)


def test_the_injured_are_not_the_attackers(model: Any) -> None:
    text = "A landmine exploded near the camp; several soldiers injured."
    event = one(model, text, [("soldiers", ARMY)])
    assert (event.actor1, event.actor2) == (GUNMEN.name, ARMY.name)


def test_the_pursued_are_the_other_side(model: Any) -> None:
    text = "Police chased the gunmen, exchanging fire."
    event = one(model, text, [("Police", POLICE), ("gunmen", GUNMEN)])
    assert (event.actor1, event.actor2) == (POLICE.name, GUNMEN.name)


def test_a_clash_takes_the_other_armed_actor_the_sentence_names() -> None:
    police, gunmen = _mention("police", POLICE), _mention("gunmen", GUNMEN)
    found = roles.reciprocal("clash", Roles(police, mentions=(police, gunmen)))
    assert found.actor2 is gunmen


def test_one_peoples_rival_groups_are_both_sides_of_their_clash() -> None:
    militia = Actor("Tiv Ethnic Militia (Nigeria)", Inter.IDENTITY_MILITIA, "NG")
    found = roles.reciprocal("clash", Roles(_mention("rival Tiv groups", militia)))
    assert found.actor2 is not None and found.actor2.actor == militia
    # a people's fighters alone are one side, the other unknown
    alone = roles.reciprocal("clash", Roles(_mention("Tiv youths", militia)))
    assert alone.actor2 is None


def test_a_toll_told_with_the_intervention_is_the_protests(model: Any) -> None:
    text = (
        "Hundreds of traders marched peacefully to the county offices on Monday. "
        "Police dispersed them with tear gas and one trader was killed."
    )
    event = code(model, text)[0]
    assert (event.event_type, event.fatalities) == ("Protests", 1)


def test_civilians_are_never_associates_of_their_attackers() -> None:
    gunmen, villagers = _mention("gunmen", GUNMEN), _mention("villagers", CIVILIANS)
    actor2, assoc1, assoc2 = roles.civilians_hurt(None, (villagers,), ())
    assert (actor2, assoc1, assoc2) == (villagers, (), ())
    police = _mention("police", POLICE)
    assert roles.civilians_hurt(police, (gunmen, villagers), ()) == (
        police,
        (gunmen,),
        (villagers,),
    )


def test_a_crowd_doer_is_not_the_police_its_grievance_names(model: Any) -> None:
    # "in revenge for police harassment": the police are what the villagers avenged
    text = "Villagers beat two men of another community in revenge for police harassment."
    event = one(model, text, [("police", POLICE)])
    assert event.actor1 != POLICE.name
    assert event.sub_event_type == "Attack"
