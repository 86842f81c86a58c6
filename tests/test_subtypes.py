"""The sub-event decision (`subtypes`) and the one-incident rules of the coder, on
sentences written by the team, parsed by the real spaCy model.

Time, place and actors are hand-made (as in test_events.py), so these tests pin the
coder's own reading of ACLED's codebook: one rule per test.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

import pytest

from conftest import parsed
from eventwire import events
from eventwire.records import Actor, Event, Inter, When
from eventwire.settings import Settings

DAY = date(2024, 3, 14)
POLICE = Actor("Police Forces of Nigeria (2023-)", Inter.STATE, "NG")
REBELS = Actor("Northern Liberation Front", Inter.REBEL, "NG")


def code(model: Any, text: str, actors: Sequence[tuple[str, Actor]] = ()) -> tuple[Event, ...]:
    settings = Settings.load(config_file=None, environ={}, overrides={"db_url": "x"})
    resolvers = events.Resolvers(
        when=lambda analysis, start, end: When(DAY, 1, False),
        is_background=lambda value, doc_date: False,
        locate=lambda analysis, start, end: None,
        focus_country=lambda analysis: "NG",
    )
    return events.code_events(parsed(model, text, DAY, actors), resolvers, settings)


def one(model: Any, text: str, actors: Sequence[tuple[str, Actor]] = ()) -> Event:
    found = code(model, text, actors)
    assert len(found) == 1, [(e.sub_event_type, e.evidence[0].text) for e in found]
    return found[0]


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        # a suicide attacker, even when "bombers" is plural (not an aerial bomber)
        ("Two suicide bombers blew themselves up at the checkpoint.", "Suicide bomb"),
        # a grenade that exploded is a grenade attack, not an IED
        ("A man lobbed a grenade that exploded outside the bar.", "Grenade"),
        # a bomb found and removed never went off
        ("Police uncovered and removed a bomb near the market.", "Disrupted weapons use"),
        # taking people is an arrest only when state agents do it
        ("Militants detained two aid workers at a roadblock.", "Abduction/forced disappearance"),
        ("Police detained two traders at the market.", "Arrests"),
        # an attack on unarmed people, and on an armed post
        ("Raiders attacked a village and burned huts.", "Attack"),
        ("Gunmen attacked a police post at night.", "Armed clash"),
        ("Troops stormed the hilltop on Monday.", "Armed clash"),
        # unarmed partisans fighting are a riot, not a battle; with no demonstration
        # going on, rioters fighting the police are a mob (ACLED's Mob violence)
        ("Party activists clashed at the market.", "Mob violence"),
        ("Party cadres fought a gunbattle with military forces.", "Armed clash"),
        ("Gunmen fired on a base and fled after soldiers returned fire.", "Armed clash"),
        # deaths no one is named for, beside a fight or dispute between two sides: the
        # sides fought each other; a place between two others names no sides
        ("Six men were found dead after a row over grazing between two clans.", "Armed clash"),
        ("Two dead and many hurt in a night attack between two hamlets.", "Armed clash"),
        ("A herder was killed near the road between the two towns.", "Attack"),
        ("Students clashed with police outside the campus.", "Mob violence"),
        ("Protesting students clashed with police outside the campus.", "Violent demonstration"),
        # the gathering is the protest
        ("Teachers gathered outside the ministry to protest over pay.", "Peaceful protest"),
        # ACLED counts road-blocking with barricades among a demonstration's violence
        ("Traders blocked the main road to protest against new taxes.", "Violent demonstration"),
        ("The closure sparked protests from residents on Monday.", "Peaceful protest"),
        ("Opposition supporters brought out a procession in the town.", "Peaceful protest"),
        # what the crowd did makes it a riot
        ("Students violently protested against the fee rise.", "Violent demonstration"),
        ("A crowd lynched a suspected thief in the market.", "Mob violence"),
        ("Rioters set alight a bus at the junction.", "Violent demonstration"),
        # a vehicle or patrol that hit a landmine or was hit by an IED
        ("The patrol hit a landmine on the road to the border.", "Remote explosive/landmine/IED"),
        ("A bus was hit by an explosive device near the town.", "Remote explosive/landmine/IED"),
        # a beating is an attack; by a crowd, mob violence
        ("Soldiers beat two traders at the checkpoint.", "Attack"),
        # ... of anyone the doers know: a neighbour, a colleague, an aide
        ("Two men beat up their neighbour in Kitale over a land dispute.", "Attack"),
        ("Unknown men beat up a senator's aide outside a hotel in Kitale.", "Attack"),
        ("A teacher was beaten by a mob at the school.", "Mob violence"),
        ("Youths threw stones at police officers on patrol.", "Mob violence"),
        ("Demonstrators threw stones at police officers.", "Violent demonstration"),
        # a crowd that gathered or took to the streets is a protest
        ("Hundreds of protesters gathered outside the parliament.", "Peaceful protest"),
        ("Students took to the streets of the capital on Monday.", "Peaceful protest"),
        # giving up the fight changes the group's activity
        (
            "Forty rebels surrendered to the army at the district office.",
            "Change to group/activity",
        ),
        ("Two hundred fighters laid down their arms at a ceremony.", "Change to group/activity"),
        # a stoppage of work is a protest, not an air strike
        ("Students staged a hunger strike outside the ministry.", "Peaceful protest"),
        ("Teachers began an indefinite strike over unpaid salaries.", "Peaceful protest"),
        ("The strike killed ten people in the village.", "Air/drone strike"),
        # aircraft pounding a place strike it from the air
        ("Fighter planes pounded the hideouts of the rebels near Kelvale.", "Air/drone strike"),
        # a structure blown up by someone is an explosive's blast
        ("Insurgents blew up the Marobi oil pipeline at dawn.", "Remote explosive/landmine/IED"),
        ("The district office in Tarewa was blown up at night.", "Remote explosive/landmine/IED"),
        # the thing set on fire may be told at length before "on fire"
        (
            "A mob set a lorry with its full load of timber on fire at Kelvale.",
            "Mob violence",
        ),
        # outposts are ground that changes hands
        (
            "Government troops captured three rebel posts near Tarewa.",
            "Government regains territory",
        ),
        # a petrol bomb is thrown by hand: an attack, not a remote explosive
        ("Assailants hurled a petrol bomb at a bus on the highway.", "Attack"),
        # what the police did makes it an intervention: broke it up, held it off
        (
            "Farmers rallied outside the cooperative, and a stand-off with police followed.",
            "Protest with intervention",
        ),
        (
            "Workers marched to the depot and police broke up the march.",
            "Protest with intervention",
        ),
    ],
)
def test_sub_event_rules(model: Any, text: str, sub_event_type: str) -> None:
    assert one(model, text).sub_event_type == sub_event_type


def test_blowing_up_with_no_explosive_is_no_event(model: Any) -> None:
    assert code(model, "The quarrel between the two ministers blew up last week.") == ()


def test_a_perfect_infinitive_reports_a_deed(model: Any) -> None:
    event = one(model, "The Front claimed to have killed two police officers in the town.")
    assert (event.event_type, event.fatalities) == ("Battles", 2)


def test_a_sports_win_is_no_beating(model: Any) -> None:
    assert code(model, "The home team beat its rivals in the final.") == ()


def test_a_toll_in_the_next_sentence_completes_the_incident(model: Any) -> None:
    text = "A suicide bomber struck a checkpoint. At least nine soldiers were killed in the blast."
    event = one(model, text)
    # the nine soldiers and the bomber: ACLED counts attackers who die
    assert (event.sub_event_type, event.fatalities, len(event.evidence)) == ("Suicide bomb", 10, 2)


def test_the_attackers_who_died_count(model: Any) -> None:
    text = (
        "A suicide bomber struck a checkpoint. "
        "In addition to the bomber, five soldiers were killed in the attack."
    )
    assert one(model, text).fatalities == 6


def test_the_fate_of_the_bombers_continues_their_attack(model: Any) -> None:
    text = (
        "Two suicide bombers attacked a base. Both bombers were killed before they could detonate."
    )
    assert one(model, text).fatalities == 2


def test_a_series_sentence_is_no_event_and_does_not_break_the_incident(model: Any) -> None:
    text = (
        "A bomb exploded at a market. It was one of three attacks in the city that day. "
        "Four people were killed in the blast."
    )
    event = one(model, text)
    assert (event.sub_event_type, event.fatalities) == ("Remote explosive/landmine/IED", 4)


def test_a_separate_incident_stays_separate(model: Any) -> None:
    text = "Gunmen killed two farmers near the river. In a separate attack, a herder was killed."
    assert len(code(model, text)) == 2


def test_a_protest_on_an_anniversary_is_news_not_history(model: Any) -> None:
    event = one(model, "Hundreds of people marched on the anniversary of the massacre.")
    assert (event.event_type, event.background) == ("Protests", False)


def test_explanation_names_the_rule_the_roles_and_what_lost(model: Any) -> None:
    text = "The Front clashed with the police and seized the town."
    event = one(model, text, [("Front", REBELS), ("police", POLICE)])
    assert event.sub_event_type == "Non-state actor overtakes territory"
    explanation = event.explanation
    assert explanation is not None
    assert explanation.trigger == "seized"
    assert "territory-nonstate" in explanation.rule
    assert any(line.startswith(f"actor1 {REBELS.name!r}") for line in explanation.roles)
    assert any(
        line.startswith("Armed clash") and "lost to" in line for line in explanation.alternatives
    )


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        # a crowd that was itself violent is a riot, even when it came to protest
        ("Rioters blocked roads to protest the sale of public land.", "Violent demonstration"),
        ("Youths protested the tax by setting fire to market stalls.", "Violent demonstration"),
        (
            "Traders tried to forcibly enter the council offices in protest.",
            "Violent demonstration",
        ),
        # a protest noun ACLED reports use
        ("Students staged a demo outside the ministry.", "Peaceful protest"),
        # an expulsion by force changes who holds the ground
        ("The army expelled the militants out of the district.", "Government regains territory"),
        # a killed gang member is an armed actor: the clash is between armed sides
        ("Police shot dead five suspected carjackers after a chase.", "Armed clash"),
    ],
)
def test_more_subtypes(model: Any, text: str, sub_event_type: str) -> None:
    assert one(model, text).sub_event_type == sub_event_type


def test_an_intervention_told_next_makes_a_protest_one_with_intervention(model: Any) -> None:
    text = "Drivers marched through the town over new parking fees. Police made several arrests."
    assert one(model, text).sub_event_type == "Protest with intervention"


def test_a_protest_that_turned_violent_in_the_next_sentence_is_a_riot(model: Any) -> None:
    text = "Students held a silent protest. The protest degenerated into violent demonstrations."
    assert one(model, text).sub_event_type == "Violent demonstration"


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        # forms of protest named without a protest word
        # (a road-block is a violent demonstration in ACLED's codebook)
        (
            "Villagers blocked traffic on the highway demanding a new bridge.",
            "Violent demonstration",
        ),
        ("Nurses began an indefinite hunger strike outside the hospital.", "Peaceful protest"),
        ("Party workers gheraoed the office of the district collector.", "Peaceful protest"),
        ("Students boycotted classes over the fee increase.", "Peaceful protest"),
        # two armed sides firing; an "encounter" with police is a gunfight
        ("A farmer was killed in firing between troops of the two countries.", "Armed clash"),
        ("Two suspected rebels were killed in an alleged encounter with police.", "Armed clash"),
    ],
)
def test_protest_forms_and_firing_between_sides(model: Any, text: str, sub_event_type: str) -> None:
    assert one(model, text).sub_event_type == sub_event_type


def test_police_blocking_a_road_is_no_protest(model: Any) -> None:
    assert code(model, "Police blocked the road to the stadium.") == ()


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        # an attack met with force had two armed sides
        ("Bandits raided two villages but were repulsed by police reservists.", "Armed clash"),
        ("Gunmen attacked a police post at the border crossing.", "Armed clash"),
        # a demonstration's own crowd turning violent, on civilians or on the police, is
        # a violent demonstration
        ("Protesters marched to the stadium and attacked journalists.", "Violent demonstration"),
        ("Protesters marched to the stadium and threw stones at police.", "Violent demonstration"),
    ],
)
def test_who_the_crowd_or_the_attackers_faced(model: Any, text: str, sub_event_type: str) -> None:
    assert one(model, text).sub_event_type == sub_event_type


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        # ACLED: road-blocking with barricades is a demonstration's violence
        ("Youths barricaded the main road with logs and old tyres.", "Violent demonstration"),
        # a gathering with a demand, and a shutdown called as a protest
        (
            "Hundreds of nurses gathered outside the ministry demanding unpaid allowances.",
            "Peaceful protest",
        ),
        (
            "A nationwide shutdown called by the opposition alliance entered its third day.",
            "Peaceful protest",
        ),
        # the arrest a crowd protests is no intervention; shots in the air are one
        ("Traders protested the arrest of their chairman outside the court.", "Peaceful protest"),
        (
            "Police fired in the air to disperse students protesting outside the campus.",
            "Protest with intervention",
        ),
        # a killing the protest is about is no force used on it
        ("Residents protested after police killed a motorcycle taxi rider.", "Peaceful protest"),
        # "riot police" names the police, not a riot
        ("Riot police watched as teachers marched to parliament.", "Peaceful protest"),
        # a crowd's destruction with no demonstration going on is mob violence
        ("Angry villagers burned a lorry that had knocked down a child.", "Mob violence"),
        # police engaging armed men, a shoot-out written as two words
        ("Police officers engaged the armed bandits near the river.", "Armed clash"),
        ("Police chased the robbers and a shoot out ensued near the market.", "Armed clash"),
        # an attempted kidnapping is an attack
        ("Gunmen attacked and tried to kidnap an aid worker.", "Attack"),
        # what the dead were suspected of is not the event
        ("Police shot dead two gang members suspected of raping a girl.", "Armed clash"),
    ],
)
def test_demonstration_and_clash_cues(model: Any, text: str, sub_event_type: str) -> None:
    assert one(model, text).sub_event_type == sub_event_type


def test_an_attack_on_a_chemical_plant_is_no_chemical_weapon(model: Any) -> None:
    event = one(model, "Militants stormed a chemical plant near the city.")
    assert event.sub_event_type != "Chemical weapon"


def test_police_intervening_in_the_next_sentence_is_read(model: Any) -> None:
    text = "Residents marched to the county offices over the bad road. Police intervened."
    assert one(model, text).sub_event_type == "Protest with intervention"


def test_petrol_bombs_thrown_by_assailants_are_an_attack_by_a_crowd_a_riot(model: Any) -> None:
    assert one(
        model, "Assailants hurled petrol bombs at a bus near the market."
    ).sub_event_type == ("Attack")
    assert one(model, "Protesters hurled petrol bombs at police near the market.").event_type == (
        "Riots"
    )


def test_separatists_killed_in_a_raid_were_armed(model: Any) -> None:
    text = "Seven separatists were killed when soldiers raided a hideout in the hills."
    assert one(model, text).sub_event_type == "Armed clash"


@pytest.mark.parametrize(
    "text",
    [
        # "two mortars" tagged as a date by the entity recogniser is still a weapon
        "Assailants launched two mortars at an army barracks near the river.",
        "Assailants fired projectiles at a military base outside the town.",
    ],
)
def test_mortars_and_projectiles_are_shelling(model: Any, text: str) -> None:
    assert one(model, text).sub_event_type == "Shelling/artillery/missile attack"


@pytest.mark.parametrize(
    "text",
    [
        # "anti-corruption march": the "on " of "corruption" is no date's "on March"
        "An anti-corruption march was held in the capital.",
        # a protest going on since a date is no running total
        "Market traders have demonstrated outside the county offices since Monday.",
        # a relative clause asserts on its own, whatever the clause it hangs on says
        "A preacher was denied entry to the country, which sparked protests in the capital.",
    ],
)
def test_protests_told_in_other_forms(model: Any, text: str) -> None:
    assert one(model, text).event_type == "Protests"


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        # the victims fought back or exchanged fire: an armed clash
        (
            "Gunmen stopped a police car and opened fire. The officers fired back, killing two.",
            "Armed clash",
        ),
        ("Two robbers were killed in a shootout with officers near the market.", "Armed clash"),
        # police killing suspected criminals
        ("Police shot dead three robbery suspects on the highway.", "Armed clash"),
        # armed men among those hurt
        (
            "A trader was killed and several policemen wounded when gunmen attacked a bus.",
            "Armed clash",
        ),
        # unarmed victims, whoever shot them
        ("Police shot dead an unarmed suspect at a roadblock.", "Attack"),
        ("Gunmen shot dead a farmer in his field.", "Attack"),
    ],
)
def test_attack_or_armed_clash(model: Any, text: str, sub: str) -> None:
    assert one(model, text).sub_event_type == sub


def test_an_armed_groups_blockade_is_no_demonstration(model: Any) -> None:
    text = "Gunmen torched three lorries and blocked the main roads into the town on Friday."
    event = one(model, text)
    assert event.event_type == "Strategic developments", event.sub_event_type
    crowd = one(model, "Youths blocked the main roads into the town on Friday to protest a levy.")
    assert crowd.event_type in {"Protests", "Riots"}


def test_explosives_that_blew_up_are_a_bomb(model: Any) -> None:
    text = "A van packed with explosives blew up at a fuel depot on Tuesday, killing six people."
    event = one(model, text)
    assert (event.event_type, event.fatalities) == ("Explosions/Remote violence", 6)
