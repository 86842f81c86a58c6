"""Sub-event rules that read who harmed whom (`sides`), crowds, rivals and mob justice,
on sentences written by the team and parsed by the real spaCy model (one rule a case)."""

from __future__ import annotations

from typing import Any

import pytest

from conftest import parsed
from eventwire import cues
from eventwire.triggers import find_triggers, is_asserted
from test_subtypes import DAY, POLICE, code, one


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        # armed doers are no victims: an attack on civilians by armed men
        ("Heavily armed bandits attacked and injured several traders.", "Attack"),
        ("Two hundred raiders attacked Lowari village and drove away cattle.", "Attack"),
        # a candidate, voters or a hotel are civilian targets
        ("A parliamentary candidate was shot dead by armed men.", "Attack"),
        ("Police officers flogged voters who were queueing.", "Attack"),
        ("Gunmen stormed a hotel and fired at guests.", "Attack"),
        # an off-duty officer is attacked as a civilian
        ("Gunmen shot and killed an off-duty police officer near the market.", "Attack"),
        # officers named "including" among the dead were armed men hit: a clash
        (
            "Gunmen ambushed a lorry, killing six people including two police officers.",
            "Armed clash",
        ),
        (
            "Raiders attack a bus near the river, kill five, including police officers.",
            "Armed clash",
        ),
        # an agent at the end of a chain of verbs is their doer, not one of the victims
        ("A herder was stabbed and killed and another stabbed and wounded by raiders.", "Attack"),
        # an attack on a post, or a death told headline-style, hits armed men
        ("Two killed when an armed group attacks a police post.", "Armed clash"),
        ("Attackers armed with knives attacked a polling station.", "Attack"),
        ("Police reservist shot dead while on patrol.", "Armed clash"),
        # officers taken in a fight are part of the clash; captives executed are the
        # victims of an attack (ACLED: an abduction with further violence is an Attack)
        (
            "Raiders attacked the police post, killing an officer and abducting two reservists.",
            "Armed clash",
        ),
        ("Gunmen kidnapped and executed a police officer.", "Attack"),
    ],
)
def test_attack_or_clash(model: Any, text: str, sub_event_type: str) -> None:
    assert one(model, text).sub_event_type == sub_event_type


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        # crowds fighting each other: mob violence, even when the police intervene
        (
            "Five were injured in a clash between rival party supporters; police fired tear gas.",
            "Mob violence",
        ),
        ("Members of two parties clash during a party convention.", "Mob violence"),
        ("County lawmakers clashed over a budget bill.", "Mob violence"),
        # unarmed civilians fighting the police with no demonstration going on
        ("Police clashed with hawkers at the bus station.", "Mob violence"),
        # mob justice: stoning, a suspected witch, neighbours beating someone
        ("A suspected thief was stoned to death by angry villagers.", "Mob violence"),
        ("An elderly man was killed over witchcraft claims.", "Mob violence"),
        ("A woman was assaulted by her neighbours over a missing goat.", "Mob violence"),
        # ... but armed men who kill a suspected witch are no mob
        ("Armed men shot dead a woman suspected of witchcraft.", "Attack"),
        # rioters stoning offices
        ("Rioters stoned the council offices over food prices.", "Violent demonstration"),
    ],
)
def test_crowds(model: Any, text: str, sub_event_type: str) -> None:
    assert one(model, text).sub_event_type == sub_event_type


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        # people hurt in a demonstration with no force named: the crowd was violent
        ("Two people were injured during a street protest in the town.", "Violent demonstration"),
        # burning an effigy is a protest's act; burning tyres is the crowd's violence
        ("Party workers burnt an effigy of the minister outside his home.", "Peaceful protest"),
        ("Protesters burnt an effigy and tyres on the highway.", "Violent demonstration"),
        # a crowd that hits the streets or surrounds an office with a demand protests
        ("Hundreds of nurses hit the streets demanding better pay.", "Peaceful protest"),
        ("Farmers surrounded the district office, demanding water.", "Peaceful protest"),
        # a rally barred is an intervention
        (
            "Police barred hundreds of supporters from attending a rally at the stadium.",
            "Protest with intervention",
        ),
    ],
)
def test_protests(model: Any, text: str, sub_event_type: str) -> None:
    assert one(model, text).sub_event_type == sub_event_type


def test_epistemic_hedge_is_no_plan(model: Any) -> None:
    """ "Suspected to be linked to X" hedges who did it, not whether it happened."""
    doc = parsed(
        model, "Gunmen suspected to be affiliated with the group attack and kill two guards.", DAY
    )
    kill = next(t for t in find_triggers(doc.parses[0].doc) if t.kind == "kill")
    assert is_asserted(kill.token)


def test_hurt_by_a_doer_is_an_attack(model: Any) -> None:
    doc = parsed(model, "Three herders were wounded by armed rustlers.", DAY).parses[0].doc
    assert [t.kind for t in find_triggers(doc)] == ["attack"]
    toll = parsed(model, "Three herders were wounded in the morning.", DAY).parses[0].doc
    assert find_triggers(toll) == []


def test_a_passive_with_its_own_subject_does_not_share_the_first_verbs_doer(model: Any) -> None:
    from eventwire import triggerparse

    def doers(text: str) -> list[str]:
        doc = parsed(model, text, DAY).parses[0].doc
        return [
            t.text for t in triggerparse.arguments(next(t for t in doc if t.lemma_ == "kill"))[0]
        ]

    assert doers("Fighting broke out near Gombe and a farmer was killed.") == []
    assert doers("Bandits stormed a farm near Gombe and killed a farmer.") == ["Bandits"]


def test_blamed_side_is_the_doer(model: Any) -> None:
    from eventwire import triggerparse

    doc = parsed(model, "Residents blamed the attack on a militia.", DAY).parses[0].doc
    attack = next(t for t in doc if t.lower_ == "attack")
    doers, targets = triggerparse.arguments(attack)
    assert [d.lower_ for d in doers] == ["militia"]
    assert not targets


def test_participle_with_its_own_object_is_active(model: Any) -> None:
    from eventwire import triggerparse

    # the parser hangs "attacked" on "group" as a participle; its conjunct's object
    # says the verb is active, the group its doer and the officers its target
    text = "A group of hawkers attacked and badly wounded three traffic officers."
    doc = parsed(model, text, DAY).parses[0].doc
    attack = next(t for t in doc if t.lower_ == "attacked")
    doers, targets = triggerparse.arguments(attack)
    assert [d.lower_ for d in doers] == ["group"]
    assert [t.lower_ for t in targets] == ["officers"]
    # a headline's participle with no object keeps its noun as the one hit
    doc = parsed(model, "Off-duty officer shot dead by robbers.", DAY).parses[0].doc
    _, targets = triggerparse.arguments(next(t for t in doc if t.lower_ == "shot"))
    assert [t.lower_ for t in targets] == ["officer"]


def test_rivals_cue() -> None:
    assert cues.RIVALS.search("a clash between rival supporters")
    assert cues.POLICE_SIDE.search("youths clashed with police")


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        # a bomb found in the present tense, an agreement signed in the present tense
        ("An explosive device is found near the bus stop.", "Disrupted weapons use"),
        ("The two sides sign several peace accords in the capital.", "Agreement"),
    ],
)
def test_strategic_in_the_present(model: Any, text: str, sub_event_type: str) -> None:
    assert one(model, text).sub_event_type == sub_event_type


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        ("Soldiers said they had eliminated 14 militants near the border.", "Armed clash"),
        ("The coalition eliminated a unit of rebel fighters near the base.", "Armed clash"),
        ("The government has eliminated school fees in the county.", None),
        ("The national team was eliminated from the tournament on Sunday.", None),
    ],
)
def test_eliminating_fighters_kills_them(model: Any, text: str, sub_event_type: str | None) -> None:
    found = [e.sub_event_type for e in code(model, text)]
    assert found == ([sub_event_type] if sub_event_type else [])


@pytest.mark.parametrize(
    "text",
    [
        # a killing told as an execution: its victims could not fight back
        "Near Ilorin, unknown gunmen shot three alleged insurgents in what residents called an"
        " extra-judicial killing.",
        "Police officers were filmed executing two suspected robbers in Kano.",
        "Soldiers shot dead three suspected bandits in cold blood in Zamfara.",
    ],
)
def test_an_execution_is_an_attack(model: Any, text: str) -> None:
    assert one(model, text).sub_event_type == "Attack"


def test_rival_partisans_fighting_at_a_rally_is_mob_violence(model: Any) -> None:
    text = (
        "At a campaign event in Ibadan, fights broke out between supporters of the senator"
        " and those of her challenger until police dispersed them."
    )
    assert code(model, text)[0].sub_event_type == "Mob violence"


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        # clashes named as the setting of an attack on civilians: the attack is coded
        ("Amid communal clashes near Mubi, a nurse was assaulted by bandits.", "Attack"),
        ("Bandits kill villagers near Mubi as tribal clashes enter a second week.", "Attack"),
        # a headline's noun pile: "militia attack farmers" read as a noun
        ("Communal clashes as militia attack farmers", "Attack"),
        # ... not a clash whose dead are armed men, or whose victims no one is said to hit
        ("Gunmen killed two soldiers during clashes in Jos.", "Armed clash"),
        ("Three fishermen died in clashes between rival vigilantes near Mubi.", "Armed clash"),
    ],
)
def test_civilians_attacked_amid_clashes(model: Any, text: str, sub_event_type: str) -> None:
    assert one(model, text).sub_event_type == sub_event_type


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        # people who are not the crowd, harmed at a demonstration by others: an attack
        (
            "In Enugu on Friday four reporters were jostled, beaten and hurt by police while"
            " covering the protests.",
            "Attack",
        ),
        ("An official was pulled from the stage and assaulted during a march in Enugu.", "Attack"),
        # ... the crowd turning on them riots, and protesters beaten meet an intervention
        (
            "Protesters in Jos attacked journalists covering the demonstration.",
            "Violent demonstration",
        ),
        ("Police beat protesters at a rally in Jos.", "Protest with intervention"),
    ],
)
def test_outsiders_harmed_at_a_demonstration(model: Any, text: str, sub_event_type: str) -> None:
    assert one(model, text).sub_event_type == sub_event_type


def test_a_headline_stoning_to_death_is_mob_justice(model: Any) -> None:
    assert one(model, "Mob stones alleged phone snatcher to death").sub_event_type == "Mob violence"


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        # people shot at a demonstration, no shooter or armed men named: lethal force
        (
            "A fisherman was shot dead in Calabar while residents marched against a proposed"
            " quarry.",
            "Excessive force against protesters",
        ),
        (
            "In Calabar two teenagers were shot and seriously hurt during a demonstration over fuel"
            " prices.",
            "Excessive force against protesters",
        ),
        # ... people hurt with no shot told: the crowd's own violence
        ("Two people were injured during a street protest in Jos.", "Violent demonstration"),
    ],
)
def test_shot_at_a_demonstration(model: Any, text: str, sub_event_type: str) -> None:
    assert one(model, text).sub_event_type == sub_event_type


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        # people shot with no demonstration told are no protest's
        ("Unknown attackers gunned down two farmhands in a hamlet outside Yola.", "Attack"),
        # a death in a clash between two named sides is the clash's
        (
            "Outside Yola a herdsman died in a clash between two clans, who fought with clubs"
            " over grazing land.",
            "Armed clash",
        ),
        # a headline's participle and a relative clause on the incident tell the news
        (
            "Three reporters assaulted by police as they covered election protests in Yola",
            "Attack",
        ),
        (
            "Yola detectives are probing an incident where a governor was assaulted at a protest"
            " march.",
            "Attack",
        ),
    ],
)
def test_limits_of_the_setting_rules(model: Any, text: str, sub_event_type: str) -> None:
    assert one(model, text).sub_event_type == sub_event_type


def test_an_officer_shooting_his_colleagues_fights_his_own_force(model: Any) -> None:
    # an officer's colleagues are armed men of his force: an armed clash (interaction 11)
    text = "A police constable gunned down two of his colleagues inside the barracks."
    assert one(model, text, [("police constable", POLICE)]).sub_event_type == "Armed clash"
    # a shopkeeper's colleagues are civilians
    assert one(model, "A shopkeeper gunned down two of his colleagues.").sub_event_type == "Attack"


def test_officers_killed_beside_an_abduction_make_a_clash(model: Any) -> None:
    # an officer shot dead is an armed man hit, though the verb that took others is the
    # sentence's last: the clash's toll, not an abduction's (ACLED: an armed clash)
    text = "One police constable shot dead, four others hurt and three herders abducted."
    assert one(model, text, [("police", POLICE)]).sub_event_type == "Armed clash"
    # civilians killed and taken: an attack on them
    text = "One trader shot dead, four others hurt and three herders abducted."
    assert one(model, text).sub_event_type == "Attack"
