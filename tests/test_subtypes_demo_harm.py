"""Harm at a demonstration: whose it is decides the ACLED type (`subtypes`)."""

from __future__ import annotations

from typing import Any

import pytest

from test_events import PROTESTERS, code

VD, MOB = "Violent demonstration", "Mob violence"


def _types(model: Any, text: str) -> list[tuple[str, str]]:
    return [(e.event_type, e.sub_event_type) for e in code(model, text)]


def test_gunmen_killing_marchers_attack_civilians(model: Any) -> None:
    text = "Gunmen shot dead two protesters during a march in Kakamega on Monday."
    found = code(model, text, [("protesters", PROTESTERS)])
    assert [(e.event_type, e.sub_event_type, e.actor2) for e in found] == [
        ("Violence against civilians", "Attack", PROTESTERS.name)
    ]


def test_bandits_attacking_a_rally_crowd_attack_civilians(model: Any) -> None:
    text = "Armed bandits attacked demonstrators at a rally in Kapsengere, injuring five."
    assert _types(model, text) == [("Violence against civilians", "Attack")]


def test_police_killing_marchers_stays_excessive_force(model: Any) -> None:
    text = "Police shot dead two protesters during a march in Kakamega on Monday."
    assert _types(model, text) == [("Protests", "Excessive force against protesters")]


def test_running_battles_by_demonstrators_are_a_violent_demonstration(model: Any) -> None:
    text = (
        "Demonstrators protesting a killing engaged in running battles with police"
        " in Ololunga on Monday."
    )
    assert _types(model, text) == [("Riots", "Violent demonstration")]


@pytest.mark.parametrize(
    "text",
    [
        # the crowd hangs on "when" or "as" with no verb of its own; the parser took the
        # crowd's predicate for part of what it protests
        "Six are hurt when hawkers protesting the eviction of a widow engage in running"
        " battles with officers at Ololunga.",
        "Two died as hawkers protesting a beating engaged in running battles with"
        " officers at Ololunga.",
        "Four were hurt as traders protesting a new levy engaged in running battles"
        " with police in Ololunga.",
    ],
)
def test_a_crowds_predicate_swallowed_into_its_grievance_is_its_deed(model: Any, text: str) -> None:
    assert _types(model, text) == [("Riots", "Violent demonstration")]


def test_a_relative_clause_in_the_grievance_stays_the_grievance(model: Any) -> None:
    text = "Riot police dispersed traders protesting a levy that was imposed by the county."
    assert _types(model, text) == [("Protests", "Protest with intervention")]


def test_a_headline_protest_about_what_police_did_stays_peaceful(model: Any) -> None:
    # no main verb: the participle with its "by" agent is still the grievance
    text = "Traders protesting the stalls torched by police in Ololunga on Monday."
    assert _types(model, text) == [("Protests", "Peaceful protest")]


def test_what_any_protest_word_is_about_is_the_grievance(model: Any) -> None:
    text = "Hawkers marched to the county offices to protest the torching of their stalls."
    assert _types(model, text) == [("Protests", "Peaceful protest")]


def test_a_by_phrase_beside_the_protested_deed_names_its_doer(model: Any) -> None:
    text = "Hawkers protested the destruction of their stalls by vandals."
    assert _types(model, text) == [("Protests", "Peaceful protest")]


@pytest.mark.parametrize(
    "text",
    [
        "Hundreds marched in Ololunga to demand justice for a teenager shot dead by police.",
        "Parents marched to demand justice for two sons that officers had beaten.",
        "Hawkers protested in Ololunga, demanding the arrest of officers who shot a vendor.",
    ],
)
def test_the_harm_a_crowd_demands_justice_for_is_its_grievance(model: Any, text: str) -> None:
    assert _types(model, text) == [("Protests", "Peaceful protest")]


@pytest.mark.parametrize(
    "text",
    [
        "The shooting of a hawker by police sparked protests in Ololunga.",
        "A trader shot dead by police beside the market led to protests in Kitale.",
        "The death of a pupil whom officers had beaten triggered a demonstration in Kitale.",
        "Protests in Kitale were sparked when officers killed a vendor.",
    ],
)
def test_what_set_a_protest_off_is_its_grievance(model: Any, text: str) -> None:
    assert _types(model, text) == [("Protests", "Peaceful protest")]


def test_a_demand_carried_in_over_a_looting_is_no_violence(model: Any) -> None:
    text = "Farmers stormed the cooperative offices to protest the looting of their stores."
    assert _types(model, text) == [("Protests", "Peaceful protest")]


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        # a riot told only as "violence", with no one it turned on: the demonstration's
        ("Renewed post-election violence was reported in the market town of Kirala.", VD),
        ("Post-poll violence in the lakeside district - no other details.", VD),
        # people hurt in it, or sides it was between: rioters against others
        ("Post-poll violence in the lakeside district - eleven traders injured.", MOB),
        ("Violence between rival youths broke out in Kirala on Sunday.", MOB),
    ],
)
def test_violence_told_in_general_words(model: Any, text: str, sub_event_type: str) -> None:
    assert _types(model, text) == [("Riots", sub_event_type)]


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        # the protest word names the victims of others' harm: the harm is the news
        ("Armed men attacked protesting traders in Kitale, injuring four.", "Attack"),
        ("Unknown men raped two protesting students in Kitale.", "Sexual violence"),
        # ... the police's force on them stays the protest's
        ("Police attacked protesting traders in Kitale.", "Protest with intervention"),
    ],
)
def test_protesters_harmed_by_others(model: Any, text: str, sub_event_type: str) -> None:
    assert [e.sub_event_type for e in code(model, text)] == [sub_event_type]


def test_partisans_attacking_protesters_riot(model: Any) -> None:
    # a rival crowd's harm to a protest is rioters against rioters, not an attack
    found = code(model, "A gang of activists attacked protesting traders in Kitale.")
    assert [e.event_type for e in found] == ["Riots"]


@pytest.mark.parametrize(
    "text",
    [
        "Students marched in Kitale over insecurity and fought a gang of rival youths.",
        "Protesters stoned a journalist covering the march in Kitale.",
        "Two groups of protesters clashed in Kitale over a school levy.",
    ],
)
def test_a_demonstrations_own_crowd_turning_on_others_is_a_violent_demonstration(
    model: Any, text: str
) -> None:
    assert _types(model, text) == [("Riots", VD)]


@pytest.mark.parametrize(
    "text",
    [
        "Supporters of two opposing parties fought each other at a rally in Kitale.",
        "Residents marching over insecurity seized a pickpocket and lynched him in Kitale.",
    ],
)
def test_partisans_or_a_lynching_at_a_demonstration_stay_mob_violence(
    model: Any, text: str
) -> None:
    assert _types(model, text) == [("Riots", MOB)]


@pytest.mark.parametrize(
    "text",
    [
        "Traders marched through Kelvale against the levy, and two officers were injured.",
        "Traders marched through Kelvale against the levy. Three policemen were wounded.",
    ],
)
def test_officers_hurt_at_a_march_make_it_violent(model: Any, text: str) -> None:
    assert _types(model, text) == [("Riots", VD)]


def test_marchers_hurt_by_officers_are_no_crowd_violence(model: Any) -> None:
    text = "Traders marched through Kelvale and were injured by police officers."
    assert _types(model, text)[0][0] == "Protests"


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        ("Police shot at marchers who had gathered in Marobi.", "Protest with intervention"),
        (
            "Police shot at marchers who had gathered in Marobi, wounding four.",
            "Excessive force against protesters",
        ),
        (
            "Hawkers marched through Marobi. Police shot at the marchers.",
            "Protest with intervention",
        ),
    ],
)
def test_shots_that_hit_no_one_are_an_intervention(
    model: Any, text: str, sub_event_type: str
) -> None:
    assert _types(model, text) == [("Protests", sub_event_type)]


def test_youths_shot_by_police_with_no_demonstration_are_no_protest(model: Any) -> None:
    # "youths" alone name no gathering: the police's killing in a raid is their attack
    text = "Police raided the estate and shot dead two youths."
    assert _types(model, text) == [("Violence against civilians", "Attack")]


def test_youths_shot_by_police_at_a_demonstration_stay_excessive_force(model: Any) -> None:
    text = "Police shot dead two youths during the demonstration."
    assert _types(model, text) == [("Protests", "Excessive force against protesters")]


def test_warning_shots_told_with_shoot_are_no_lethal_force(model: Any) -> None:
    text = (
        "Police were compelled to shoot once in the air, dispersing students protesting"
        " at the hall."
    )
    assert _types(model, text) == [("Protests", "Protest with intervention")]


def test_deaths_in_the_context_of_riots_are_the_riots(model: Any) -> None:
    text = "Five people were killed in Dunmarsh in the context of opposition riots."
    assert _types(model, text) == [("Riots", VD)]


def test_gunmen_attacking_a_crowd_in_the_midst_of_a_protest_attack_civilians(model: Any) -> None:
    text = "Gunmen attacked the crowd in the midst of the protest, killing five."
    assert _types(model, text) == [("Violence against civilians", "Attack")]
