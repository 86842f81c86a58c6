"""A protest told over several sentences of one report: its crowd turning violent, the
police meeting it, arrests told before it."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest

from eventwire import events
from eventwire.fuse import fuse_events
from eventwire.records import Actor, Inter, TimeExpression, TimePrecision
from eventwire.settings import Settings
from test_events import DAY, POLICE, PROTESTERS, analyse, code, resolvers


def test_the_crowd_beating_someone_next_makes_the_protest_a_riot(model: Any) -> None:
    text = (
        "Traders marched to the county offices to demand lower market fees. "
        "They roughed up and hurt a council clerk who tried to address them."
    )
    found = code(model, text)
    assert [(e.event_type, e.sub_event_type) for e in found] == [("Riots", "Violent demonstration")]


def test_members_attacking_after_their_demonstration(model: Any) -> None:
    text = (
        "Farm workers held a demonstration outside the estate offices. "
        "Members then attacked two guards at the gate."
    )
    found = code(model, text)
    assert [(e.event_type, e.sub_event_type) for e in found] == [("Riots", "Violent demonstration")]


def test_a_crowd_beaten_by_others_did_no_violence(model: Any) -> None:
    text = "Traders marched to the county offices. They were beaten by unknown men."
    found = code(model, text)
    assert "Violent demonstration" not in {e.sub_event_type for e in found}


def test_property_the_protesters_destroyed_makes_the_protest_violent(model: Any) -> None:
    text = (
        "Hundreds of college students marched through the town against a rise in fees. "
        "The protesters caused destruction of property on their way."
    )
    found = code(model, text)
    assert [(e.event_type, e.sub_event_type) for e in found] == [("Riots", "Violent demonstration")]


def test_a_crowd_breaking_into_a_depot_in_protest_is_violent(model: Any) -> None:
    text = "Angry villagers broke into a fuel depot in protest over the lack of water."
    found = code(model, text)
    assert [(e.event_type, e.sub_event_type) for e in found] == [("Riots", "Violent demonstration")]


def test_a_crowd_damaging_property_is_a_riot(model: Any) -> None:
    found = code(model, "Party supporters damaged property at the tallying centre in the town.")
    assert [e.event_type for e in found] == ["Riots"]


def test_what_the_crowd_did_after_a_comma_is_not_its_grievance(model: Any) -> None:
    text = "Residents protested against the new county levy, lighting bonfires on the main road."
    found = code(model, text)
    assert [(e.event_type, e.sub_event_type) for e in found] == [("Riots", "Violent demonstration")]


def test_a_grievance_after_following_stays_a_grievance(model: Any) -> None:
    text = (
        "Students protested outside the police station, following the violent dispersal"
        " of their march the day before."
    )
    found = code(model, text)
    assert [(e.event_type, e.sub_event_type) for e in found][:1] == [
        ("Protests", "Peaceful protest")
    ]


def test_demos_held_peacefully_are_a_peaceful_protest(model: Any) -> None:
    found = code(
        model, "In the port city, opposition supporters held their anti-tax demos peacefully."
    )
    assert [(e.event_type, e.sub_event_type) for e in found] == [("Protests", "Peaceful protest")]


@pytest.mark.parametrize(
    "after",
    [
        "Police broke up the march, killing one of the traders.",
        "Police shot at the crowd near the market, wounding two.",
        "Police responded with live fire.",
    ],
)
def test_lethal_force_after_a_protest(model: Any, after: str) -> None:
    text = f"Hundreds of traders marched to the county offices against new market fees. {after}"
    found = code(model, text)
    assert [(e.event_type, e.sub_event_type) for e in found] == [
        ("Protests", "Excessive force against protesters")
    ]


@pytest.mark.parametrize(
    ("after", "deaths"),
    [
        # the intervention and the deaths in one sentence
        ("Police intervened - 1 man was killed by crossfire rounds that struck his shop.", 1),
        # the force that met the crowd told in the sentence before the shooting
        ("Police intervened. 3 were shot dead near the stalls.", 3),
    ],
)
def test_deaths_where_the_police_met_a_protest_are_lethal_force(
    model: Any, after: str, deaths: int
) -> None:
    text = f"Dozens of teachers demonstrated in the town centre over unpaid wages. {after}"
    found = fuse_events(code(model, text))  # fused: a protest met with no force has no toll
    assert [(e.sub_event_type, e.fatalities) for e in found] == [
        ("Excessive force against protesters", deaths)
    ]


def test_someone_shot_dead_at_the_protest_is_lethal_force_whoever_fired(model: Any) -> None:
    # ACLED: protesters met with lethal violence, by state forces or others
    text = (
        "Dozens of teachers demonstrated in the town centre over unpaid wages. "
        "A medic tending the hurt at the rally was shot dead."
    )
    found = fuse_events(code(model, text))
    assert [(e.sub_event_type, e.fatalities) for e in found] == [
        ("Excessive force against protesters", 1)
    ]


def test_a_death_at_a_rally_dated_apart_is_no_force_against_this_protest(model: Any) -> None:
    text = (
        "Dozens of teachers demonstrated in the town centre over the killing of a colleague. "
        "He was shot dead at a rally last month."
    )
    at = text.index("last month")
    told = TimeExpression(at, at + len("last month"), "last month", DAY, TimePrecision.MONTH)
    analysis = dataclasses.replace(analyse(model, text), times=(told,))
    settings = Settings.load(config_file=None, environ={}, overrides={"db_url": "x"})
    found = fuse_events(events.code_events(analysis, resolvers(), settings))
    assert "Excessive force against protesters" not in [e.sub_event_type for e in found]


def test_tear_gas_shot_at_a_protest_is_no_lethal_force(model: Any) -> None:
    text = (
        "Hundreds of traders marched to the county offices against new market fees. "
        "Police shot tear gas canisters at the crowd."
    )
    found = code(model, text)
    assert [e.sub_event_type for e in found] == ["Protest with intervention"]


def test_the_crowd_told_in_a_relative_clause_after_its_protest(model: Any) -> None:
    text = (
        "Hundreds of villagers took to the streets against the closure of their clinic. "
        "Police dispersed the residents of the village who had blocked the main road with rocks."
    )
    found = code(model, text)
    assert [(e.event_type, e.sub_event_type) for e in found] == [("Riots", "Violent demonstration")]


def test_pupils_smashing_windows_riot(model: Any) -> None:
    found = code(model, "Pupils at a boarding school smashed windows of the dining hall.")
    assert [e.event_type for e in found] == ["Riots"]


def test_officers_blocking_the_crowd_after_its_protest_intervene(model: Any) -> None:
    text = (
        "Farmers marched to the county offices demanding payment for their maize. "
        "Security officers blocked them from entering the compound."
    )
    found = code(model, text)
    assert [e.sub_event_type for e in found] == ["Protest with intervention"]


def test_the_crowd_blocking_a_road_after_police_is_no_intervention(model: Any) -> None:
    text = (
        "Traders marched to the county offices against new market fees. "
        "They threw stones at the police and blocked the highway."
    )
    found = code(model, text)
    assert [e.sub_event_type for e in found] == ["Violent demonstration"]


@pytest.mark.parametrize(
    "text",
    [
        "Police assaulted striking nurses at a sit-in outside the county hospital.",
        "Striking nurses were tear-gassed by police during a sit-in outside the hospital.",
    ],
)
def test_police_assaulting_or_tear_gassing_a_protest_intervene(model: Any, text: str) -> None:
    found = code(model, text)
    assert [e.sub_event_type for e in found] == ["Protest with intervention"]


def test_vehicles_burnt_in_the_fighting_are_no_riot(model: Any) -> None:
    text = (
        "Dozens of militants attacked a police camp near the border overnight. "
        "Two lorries parked in the camp were burnt in the fighting."
    )
    found = code(model, text)
    assert "Riots" not in {e.event_type for e in found}


def test_learners_fighting_the_police_riot(model: Any) -> None:
    found = code(
        model, "The learners engaged police officers in running clashes outside the college."
    )
    assert [e.event_type for e in found] == ["Riots"]


def test_rioters_at_a_protest_attacking_bystanders_riot(model: Any) -> None:
    text = "Rioters on the edge of a protest against new bus fares attack bystanders in the town."
    found = code(model, text, [("Rioters", Actor("Rioters", Inter.RIOTERS, ""))])
    assert [e.event_type for e in found] == ["Riots"]


def test_reports_of_a_crowd_attacking_tell_the_attack(model: Any) -> None:
    found = code(model, "Reports of youths throwing stones at police near the market in the town.")
    assert [e.event_type for e in found] == ["Riots"]


def test_men_described_by_a_participle_did_nothing(model: Any) -> None:
    found = code(model, "The leaders of the rebels fighting the government met in the capital.")
    assert found == ()


def test_a_crowd_named_by_nationality_is_that_countrys_protesters(model: Any) -> None:
    ghanaians = Actor("Civilians (Ghana)", Inter.CIVILIANS, "GH")
    text = "Ghanaian traders marched to the market office to protest against new fees."
    found = code(model, text, [("Ghanaian traders", ghanaians)])
    assert [e.actor1 for e in found] == ["Protesters (Ghana)"]


def test_a_crowd_with_no_nationality_is_the_event_countrys(model: Any) -> None:
    traders = Actor("Civilians (Nigeria)", Inter.CIVILIANS, "NG")
    text = "Traders marched to the market office to protest against new fees."
    found = code(model, text, [("Traders", traders)])
    assert [e.actor1 for e in found] == ["Protesters (Nigeria)"]


def test_a_crowd_that_stoned_vehicles_after_its_protest_riots(model: Any) -> None:
    text = (
        "Pupils protested in Zaria against a rise in fees. They stoned passing cars near the"
        " school gate as police intervened."
    )
    assert code(model, text)[0].sub_event_type == "Violent demonstration"


def test_what_protests_broke_out_after_is_their_grievance(model: Any) -> None:
    text = "Protests occurred in Jos after three security officials were arrested in the waters."
    assert code(model, text)[0].sub_event_type == "Peaceful protest"
    text = "Violent protests occurred in Zaria after a policeman killed a market porter."
    assert code(model, text)[0].sub_event_type == "Violent demonstration"


def test_police_separating_the_sides_of_a_fight_is_part_of_it(model: Any) -> None:
    text = (
        "Gunmen from two rival clans exchanged fire near Kapsengere, and four people died."
        " Police arrived to separate the two sides, firing tear gas."
    )
    found = code(model, text)
    assert [(e.event_type, e.sub_event_type) for e in found] == [("Battles", "Armed clash")]


def test_a_protest_dispersed_after_a_fight_is_its_own_event(model: Any) -> None:
    text = (
        "Gunmen from two rival clans exchanged fire near Kapsengere, and four people died."
        " Police later dispersed residents who marched to protest the killings."
    )
    found = code(model, text)
    assert "Protest with intervention" in {e.sub_event_type for e in found}


def test_police_called_in_after_a_protest_intervened(model: Any) -> None:
    text = (
        "Students at a boarding school in Kitale protested against the new principal."
        " Police were called in when the pupils threatened to set the hostel alight."
    )
    assert [e.sub_event_type for e in code(model, text)] == ["Protest with intervention"]


def test_a_crowd_pushed_back_by_police_did_no_violence(model: Any) -> None:
    text = (
        "Market vendors staged a protest in their square. "
        "The demonstrators marched towards council offices but were repelled by the police."
    )
    found = code(model, text)
    assert [(e.event_type, e.sub_event_type) for e in found] == [
        ("Protests", "Protest with intervention")
    ]


def test_a_protest_dispersed_without_incident_is_no_riot(model: Any) -> None:
    text = (
        "Motorcycle taxi riders blocked roads in Kitale to protest against a council officer;"
        " officers broke up the march without incident."
    )
    found = code(model, text)
    assert [(e.event_type, e.sub_event_type) for e in found] == [
        ("Protests", "Protest with intervention")
    ]


def test_a_clash_word_the_report_says_saw_no_violence_is_a_protest(model: Any) -> None:
    text = (
        "Opposition protesters engaged police in Kitale. "
        "The crowd caused no violence and nobody was hurt."
    )
    found = code(model, text)
    assert [(e.event_type, e.sub_event_type) for e in found] == [
        ("Protests", "Protest with intervention")
    ]


def test_stones_stay_violent_whatever_the_report_adds(model: Any) -> None:
    text = "Protesters set tyres alight across the main road in Kitale. No violence was reported."
    found = code(model, text)
    assert [(e.event_type, e.sub_event_type) for e in found] == [("Riots", "Violent demonstration")]


def test_a_crowd_stopped_by_riot_police_met_an_intervention(model: Any) -> None:
    text = (
        "The demonstrators tried to storm the county hall and were stopped by anti-riot officers."
    )
    found = code(model, text)
    assert [(e.event_type, e.sub_event_type) for e in found] == [
        ("Protests", "Protest with intervention")
    ]


def test_a_crowd_led_to_violence_in_the_next_sentence_turns_the_protest_violent(
    model: Any,
) -> None:
    text = (
        "Students protested on their campus in Kitale once a lecturer had been detained. "
        "His detention led the students to barricade the campus gates and fight riot police."
    )
    found = code(model, text)
    assert [(e.event_type, e.sub_event_type) for e in found] == [("Riots", "Violent demonstration")]


def test_arrests_of_a_crowd_told_before_its_protest_are_its_intervention(model: Any) -> None:
    text = "Police arrested demonstrators in Kitale town. They were protesting a new county levy."
    actors = [("Police", POLICE), ("demonstrators", PROTESTERS)]
    found = code(model, text, actors)
    assert [(e.event_type, e.sub_event_type, e.actor2) for e in found] == [
        ("Protests", "Protest with intervention", POLICE.name)
    ]


def test_arrests_of_others_stay_their_own_event(model: Any) -> None:
    text = "Police arrested five suspects in Kitale town. Residents protested against a new levy."
    found = code(model, text, [("Police", POLICE)])
    assert [e.sub_event_type for e in found] == ["Arrests", "Peaceful protest"]
