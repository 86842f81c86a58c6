"""The event coder on hand-written sentences parsed by the real spaCy model.

The time, geo and actor stages are replaced by hand-made answers (`Resolvers`) and
hand-made `ActorMention`s, so these tests pin the coder's own reading.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date
from typing import Any

import pytest

from conftest import parsed
from eventwire import events, triggers
from eventwire.pipeline import Context
from eventwire.records import (
    Actor,
    Analysis,
    Event,
    GazetteerEntry,
    Inter,
    Location,
    TimePrecision,
    When,
)
from eventwire.settings import Settings

DAY = date(2024, 3, 14)
TOWN = GazetteerEntry(101, "Sampletown", 9.5, 7.25, "NG", "P", "PPL", 5000, "01", "North", "East")
POLICE = Actor("Police Forces of Nigeria (2023-)", Inter.STATE, "NG")
ARMY = Actor("Military Forces of Nigeria (2023-)", Inter.STATE, "NG")
FOREIGN = Actor("Military Forces of France (2017-)", Inter.STATE, "FR")
REBELS = Actor("Northern Liberation Front", Inter.REBEL, "NG")
MILITIA = Actor("Hill Defence Militia", Inter.IDENTITY_MILITIA, "NG")
SHABAAB = Actor("Al Shabaab", Inter.REBEL, "SO")
PROTESTERS = Actor("Protesters (Nigeria)", Inter.PROTESTERS, "NG")
CIVILIANS = Actor("Civilians (Nigeria)", Inter.CIVILIANS, "NG")


def fixed_when(
    value: date = DAY, precision: TimePrecision = TimePrecision.DAY, inferred: bool = False
) -> Callable[[Analysis, int, int], When | None]:
    return lambda analysis, start, end: When(value, precision, inferred)


def resolvers(
    *,
    when: Callable[[Analysis, int, int], When | None] | None = None,
    background: bool = False,
    location: Location | None = None,
    focus: str | None = "NG",
) -> events.Resolvers:
    return events.Resolvers(
        when=when or fixed_when(),
        is_background=lambda value, doc_date: background,
        locate=lambda analysis, start, end: location,
        focus_country=lambda analysis: focus,
    )


def analyse(model: Any, text: str, actors: Sequence[tuple[str, Actor]] = ()) -> Analysis:
    """An Analysis as the earlier stages would leave it: sentences, parses, actors."""
    return parsed(model, text, DAY, actors)


def code(
    model: Any,
    text: str,
    actors: Sequence[tuple[str, Actor]] = (),
    settings: Settings | None = None,
    **kwargs: Any,
) -> tuple[Event, ...]:
    settings = settings or Settings.load(config_file=None, environ={}, overrides={"db_url": "x"})
    return events.code_events(analyse(model, text, actors), resolvers(**kwargs), settings)


def one(model: Any, text: str, actors: Sequence[tuple[str, Actor]] = (), **kw: Any) -> Event:
    found = code(model, text, actors, **kw)
    assert len(found) == 1, [(e.event_type, e.sub_event_type) for e in found]
    return found[0]


@pytest.mark.parametrize(
    ("text", "event_type", "sub_event_type"),
    [
        ("Government troops clashed with rebels near the river.", "Battles", "Armed clash"),
        (
            "The army retook the town from the insurgents.",
            "Battles",
            "Government regains territory",
        ),
        (
            "Troops drove the Front's fighters out of the area.",
            "Battles",
            "Government regains territory",
        ),
        (
            "The army recaptured the eastern part of the city.",
            "Battles",
            "Government regains territory",
        ),
        (
            "The district capital fell to the militants.",
            "Battles",
            "Non-state actor overtakes territory",
        ),
        (
            "An air strike killed eight people in the village.",
            "Explosions/Remote violence",
            "Air/drone strike",
        ),
        (
            "A suicide bomber blew himself up outside a bank.",
            "Explosions/Remote violence",
            "Suicide bomb",
        ),
        (
            "Mortar shells hit the camp overnight.",
            "Explosions/Remote violence",
            "Shelling/artillery/missile attack",
        ),
        (
            "A roadside bomb exploded near a patrol.",
            "Explosions/Remote violence",
            "Remote explosive/landmine/IED",
        ),
        ("A man threw a grenade into the bar.", "Explosions/Remote violence", "Grenade"),
        ("Gunmen shot dead four farmers in their fields.", "Violence against civilians", "Attack"),
        # someone shot, told only by the wound
        (
            "A herder in Marobi sustained gunshot wounds to the leg on Friday.",
            "Violence against civilians",
            "Attack",
        ),
        (
            "Gunmen abducted twelve students from a school.",
            "Violence against civilians",
            "Abduction/forced disappearance",
        ),
        (
            "Soldiers raped two women at a checkpoint.",
            "Violence against civilians",
            "Sexual violence",
        ),
        (
            "Hundreds of teachers marched to the ministry over unpaid wages.",
            "Protests",
            "Peaceful protest",
        ),
        ("Police fired tear gas to disperse the protest.", "Protests", "Protest with intervention"),
        (
            "Police opened fire on demonstrators, killing two.",
            "Protests",
            "Excessive force against protesters",
        ),
        ("Protesters threw stones and set tyres on fire.", "Riots", "Violent demonstration"),
        ("A mob lynched a man accused of theft.", "Riots", "Mob violence"),
        ("Police arrested five protesters on Monday.", "Strategic developments", "Arrests"),
        (
            "Rebels looted shops in the market.",
            "Strategic developments",
            "Looting/property destruction",
        ),
        (
            "The two sides signed a peace agreement on Sunday.",
            "Strategic developments",
            "Agreement",
        ),
        (
            "Soldiers defused a bomb planted near the bridge.",
            "Strategic developments",
            "Disrupted weapons use",
        ),
        (
            "The rebels established a new base in the forest.",
            "Strategic developments",
            "Headquarters or base established",
        ),
        (
            "Two militia commanders pledged allegiance to the group.",
            "Strategic developments",
            "Change to group/activity",
        ),
        (
            "The rebels withdrew and handed over the town to the army.",
            "Strategic developments",
            "Non-violent transfer of territory",
        ),
        (
            "The government deployed troops to the border.",
            "Strategic developments",
            "Change to group/activity",
        ),
    ],
)
def test_sub_event_types(model: Any, text: str, event_type: str, sub_event_type: str) -> None:
    event = one(model, text)
    assert (event.event_type, event.sub_event_type) == (event_type, sub_event_type)


def test_disorder_types(model: Any) -> None:
    assert one(model, "Rebels ambushed an army convoy.").disorder_type == "Political violence"
    assert one(model, "Students rallied in the square.").disorder_type == "Demonstrations"
    assert one(model, "Police detained a journalist.").disorder_type == "Strategic developments"


def test_active_roles(model: Any) -> None:
    event = one(
        model,
        "Police arrested five protesters in the capital.",
        [("Police", POLICE), ("protesters", PROTESTERS)],
    )
    assert (event.actor1, event.inter1) == (POLICE.name, 1)
    assert (event.actor2, event.inter2) == (PROTESTERS.name, 6)
    assert event.interaction == 16


def test_passive_roles(model: Any) -> None:
    event = one(
        model,
        "Five soldiers were killed by al-Shabaab militants near the town.",
        [("soldiers", ARMY), ("al-Shabaab militants", SHABAAB)],
    )
    assert event.actor1 == SHABAAB.name
    assert event.actor2 == ARMY.name
    assert event.event_type == "Battles"
    assert event.fatalities == 5


def test_clash_with_and_associated_actor(model: Any) -> None:
    text = "The army, backed by the Hill Defence Militia, clashed with rebels of the Front."
    event = one(model, text, [("army", ARMY), ("Hill Defence Militia", MILITIA), ("Front", REBELS)])
    assert (event.actor1, event.actor2) == (ARMY.name, REBELS.name)
    assert event.assoc_actor_1 == MILITIA.name
    assert event.interaction == 12


@pytest.mark.parametrize("link", ["led by", "loyal to", "of"])
def test_unnamed_fighters_of_a_named_group_are_that_group(model: Any, link: str) -> None:
    gunmen = Actor("Unidentified Armed Group (Nigeria)", Inter.REBEL, "NG")
    text = f"Fighters {link} the Front stormed the army barracks on Monday."
    event = one(model, text, [("Fighters", gunmen), ("Front", REBELS), ("army", ARMY)])
    assert (event.actor1, event.actor2) == (REBELS.name, ARMY.name)
    beside = "Fighters stormed the army barracks, and the Front said nothing."
    event = one(model, beside, [("Fighters", gunmen), ("Front", REBELS), ("army", ARMY)])
    assert event.actor1 == gunmen.name


def test_clash_between_and_reciprocal_subjects(model: Any) -> None:
    between = "Four people died in clashes between the army and the Front."
    event = one(model, between, [("army", ARMY), ("Front", REBELS)])
    assert (event.actor1, event.actor2, event.assoc_actor_1) == (ARMY.name, REBELS.name, "")
    both = "The Front and the army exchanged fire overnight."
    event = one(model, both, [("Front", REBELS), ("army", ARMY)])
    assert (event.sub_event_type, event.actor1, event.actor2) == (
        "Armed clash",
        REBELS.name,
        ARMY.name,
    )


def test_attempted_attack_is_an_event(model: Any) -> None:
    assert one(model, "Militants tried to storm the prison.").event_type == "Battles"


def test_referred_event_is_not_the_event(model: Any) -> None:
    event = one(model, "Police said they arrested three men over the bombing.")
    assert event.sub_event_type == "Arrests"


def test_referred_event_counts_when_nothing_else_happens(model: Any) -> None:
    event = one(model, "Five soldiers died after an attack on their base.")
    assert (event.event_type, event.fatalities) == ("Battles", 5)


def test_protest_roles(model: Any) -> None:
    text = "Students marched in the capital and police fired tear gas at them."
    students = Actor("Students (Nigeria)", Inter.CIVILIANS, "NG")
    event = one(model, text, [("Students", students), ("police", POLICE)])
    assert event.sub_event_type == "Protest with intervention"
    assert (event.actor1, event.inter1) == ("Protesters (Nigeria)", 6)
    assert (event.actor2, event.inter2) == (POLICE.name, 1)
    peaceful = one(model, "Students marched past the police station.", [("police", POLICE)])
    assert (peaceful.sub_event_type, peaceful.actor2) == ("Peaceful protest", "")


def test_civilian_targets(model: Any) -> None:
    event = one(model, "Militants killed nine villagers.", [("Militants", REBELS)])
    assert event.event_type == "Violence against civilians"
    assert event.civilian_targeting == "Civilian targeting"
    assert (event.actor2, event.inter2) == ("Civilians (Nigeria)", 7)
    armed = one(
        model, "Militants killed nine soldiers.", [("Militants", REBELS), ("soldiers", ARMY)]
    )
    assert armed.event_type == "Battles"
    assert armed.civilian_targeting == ""


def test_foreign_state_forces_are_external(model: Any) -> None:
    event = one(model, "French troops attacked a rebel camp.", [("French troops", FOREIGN)])
    assert event.inter1 == 8


def test_fallback_actor_is_the_nearest_mention(model: Any) -> None:
    text = "The Northern Liberation Front was active where an ambush took place on Monday."
    event = one(model, text, [("Northern Liberation Front", REBELS)])
    assert event.actor1 == REBELS.name


def test_who_reports_an_event_is_not_its_actor(model: Any) -> None:
    text = "There was an ambush on the road, the Northern Liberation Front said."
    event = one(model, text, [("Northern Liberation Front", REBELS)])
    assert event.actor1 == "Unidentified Armed Group (Nigeria)"


def test_unnamed_attacker_is_an_unidentified_armed_group(model: Any) -> None:
    assert (
        one(model, "Gunmen attacked a checkpoint.").actor1 == "Unidentified Armed Group (Nigeria)"
    )


@pytest.mark.parametrize(
    "text",
    [
        "Rebels could attack the city next week, officials warned.",
        "The group vowed to attack government buildings.",
        "Militants threatened to bomb the bridge.",
        "The army denied killing civilians.",
        "Gunmen will attack the village.",
        "Insurgents plan to storm the town.",
        "No clashes were reported in the district.",
        "Soldiers did not fire on the crowd.",
        "If rebels attack the base, the army will respond.",
        "The army moved troops north to retake the city.",
        "Militants are going to attack the convoy.",
        "The government arms militias fighting the rebels.",
        "Troops are trying to retake the town.",
        "The opposition called for protests on Friday.",
        "Click here to read more about the attack.",
        "Who attacked the convoy?",
        "The weather was mild and the market was busy.",
        "Police said in March that the case was closed.",
    ],
)
def test_skips_what_is_not_an_event(model: Any, text: str) -> None:
    assert code(model, text) == ()


@pytest.mark.parametrize(
    ("text", "deaths"),
    [
        ("At least 12 people were killed in the attack.", 12),
        ("Rebels attacked the town, killing three.", 3),
        ("Two soldiers and five militants died in the fighting.", 7),
        ("Gunmen killed a dozen villagers.", 12),
        ("The blast killed several people.", 3),
        ("Dozens of people were killed in the air strike.", 12),
        ("Hundreds of people were killed in the shelling.", 100),
        ("A suicide bomber killed 10 to 15 people.", 10),
        ("No one was hurt in the explosion.", 0),
        ("Gunmen killed nineteen passengers.", 19),
        ("Gunmen killed twenty-one passengers.", 21),
        ("The clashes killed 4 and wounded 30.", 4),
        ("Five policemen were wounded in the attack.", 0),
        ("A soldier was shot dead at a checkpoint.", 1),
        ("Eleven civilians lost their lives in the shelling.", 11),
        ("The death toll from the bombing rose to 40.", 40),
        ("The blast left 12 people dead and 30 wounded.", 12),
        ("A drone strike hit a car carrying two commanders, killing both.", 2),
        # headline style, with no auxiliary verb
        ("Two killed when gunmen attacked a bus.", 2),
        ("3 people killed in a clash between herders and soldiers.", 3),
        # the number counts every conjoined group that has none of its own
        ("At least 14 soldiers and volunteer fighters were killed in the blast.", 14),
        ("Both attackers were killed in the gunfight.", 2),
        # attackers who died count (ACLED)
        ("In addition to the two bombers, five people were killed in the blast.", 7),
        # one person named by a singular noun, and a shared passive subject
        ("Soldiers shot dead suspected leader of the gang.", 1),
        ("Two militants were wounded and later killed in the raid.", 2),
        # a breakdown of the dead is not more dead
        ("A shell hit the market, killing 20 people, among them 8 traders and 4 porters.", 20),
    ],
)
def test_fatalities(model: Any, text: str, deaths: int) -> None:
    assert one(model, text).fatalities == deaths


def test_fatalities_function_none_without_figure(model: Any) -> None:
    assert events.fatalities(model("Rebels attacked the town.")) is None
    assert events.fatalities(model("Two soldiers died.")) == 2


def test_location_and_country_fields(model: Any) -> None:
    location = Location(TOWN, 1)
    event = one(model, "Rebels attacked the army base.", location=location)
    assert (event.location, event.admin1, event.admin2) == ("Sampletown", "North", "East")
    assert (event.latitude, event.longitude, event.geonameid) == (9.5, 7.25, 101)
    assert (event.country, event.iso, event.region) == ("Nigeria", 566, "Western Africa")
    assert event.geo_precision == 1
    assert event.event_id_cnty.startswith("NGA")


def test_no_location_takes_focus_country(model: Any) -> None:
    event = one(model, "Rebels attacked the army base.")
    assert (event.country, event.country_code, event.location) == ("Nigeria", "NG", "")
    assert event.geonameid is None
    unknown = one(model, "Rebels attacked the army base.", focus=None)
    assert unknown.country == "" and unknown.event_id_cnty.startswith("XXX")


def test_dates_and_background(model: Any) -> None:
    week = fixed_when(date(2024, 3, 6), TimePrecision.WEEK, inferred=True)
    event = one(model, "Rebels attacked the army base last week.", when=week)
    assert event.event_date == date(2024, 3, 6)
    assert event.time_precision == TimePrecision.WEEK
    assert event.date_inferred and not event.background
    assert one(model, "Rebels attacked the base in 2014.", background=True).background
    assert one(model, "Rebels stormed the town back in 2009.").background
    undated = code(model, "Rebels attacked the army base.", when=lambda a, s, e: None)
    assert undated == ()


def test_settings_filter_background_and_confidence(model: Any) -> None:
    base = Settings.load(config_file=None, environ={}, overrides={"db_url": "x"})
    text = "Rebels attacked the base in 2014."
    assert code(model, text, settings=base.replace(emit_background=False), background=True) == ()
    assert code(model, text, settings=base.replace(min_confidence=0.99)) == ()
    assert len(code(model, text, settings=base.replace(min_confidence=0.1))) == 1


def test_confidence_grows_with_evidence(model: Any) -> None:
    bare = one(
        model, "An attack happened in the village.", focus=None, when=fixed_when(inferred=True)
    )
    full = one(
        model,
        "Rebels attacked the army base.",
        [("Rebels", REBELS), ("army", ARMY)],
        location=Location(TOWN, 1),
    )
    assert 0.0 < bare.confidence < full.confidence <= 1.0
    assert full.confidence == 1.0


def test_evidence_offsets_trigger_rule_and_stable_id(model: Any) -> None:
    text = "The weather was mild. Rebels ambushed an army convoy on the main road."
    event = one(model, text)
    (evidence,) = event.evidence
    assert text[evidence.start : evidence.end] == evidence.text == event.notes
    assert evidence.doc_id == "doc-1" and event.doc_ids == ("doc-1",)
    assert event.source == "example.org"
    assert event.trigger == "ambushed" and event.rule.startswith("lemma:")
    assert one(model, text).event_id_cnty == event.event_id_cnty


def test_stage_uses_injected_resolvers(model: Any) -> None:
    analysis = analyse(model, "Rebels attacked the army base. Police arrested two men.")
    settings = Settings.load(config_file=None, environ={}, overrides={"db_url": "x"})
    ctx = Context(settings, {"event-resolvers": resolvers()})
    (done,) = events.events_stage([analysis], ctx)
    assert [e.sub_event_type for e in done.events] == ["Armed clash", "Arrests"]
    assert replace(done, events=()) == analysis


@pytest.mark.parametrize(
    "sentence",
    [
        "Insurgents overran an outpost.",
        "The town fell to the rebels.",
        "Crowds rallied outside parliament.",
        "Two people were kidnapped.",
        "Police detained the suspects.",
        "A ceasefire took effect.",
        "Warplanes pounded rebel positions.",
        "Four reportedly KIA.",
    ],
)
def test_candidate_filter_passes_event_sentences(sentence: str) -> None:
    assert triggers.is_candidate(sentence)


def test_candidate_filter_rejects_plain_sentences() -> None:
    assert not triggers.is_candidate("The minister opened a new library on Tuesday.")


def test_candidate_filter_passes_every_trigger_word() -> None:
    missed = [word for word in triggers.LEMMAS if not triggers.is_candidate(f"They {word} it.")]
    assert missed == []
    phrases = [
        "The town fell into their hands.",
        "They took control of it.",
        "They set up a camp.",
        "The faction split from the movement.",
        "They formed a new alliance.",
        "He was gunned down.",
        "The sides signed a deal.",
        "They exchanged fire.",
        "The guards returned fire.",
        "They handed over the town.",
    ]
    assert [p for p in phrases if not triggers.is_candidate(p)] == []


def test_a_governments_protest_is_not_a_demonstration(model: Any) -> None:
    for text in (
        "The deployment of the new rocket system drew protests from Moscow.",
        "The move sparked angry protests from Beijing on Monday.",
    ):
        assert not code(model, text), text
    assert code(model, "Thousands of students staged protests in Dhaka on Monday.")


def test_a_demonstration_video_is_a_showing_not_a_protest(model: Any) -> None:
    for text in (
        "The agency wrote the notice as a demonstration text for new staff on Monday.",
        "Engineers released a demonstration video of the new bridge on Monday.",
    ):
        assert not code(model, text), text
    assert code(model, "Hundreds joined a demonstration outside the ministry on Monday.")


@pytest.mark.parametrize(
    "text",
    [
        "The insurgency has killed thousands of villagers since it began in 2011.",
        "The civil war, which began in 2013, has killed tens of thousands of people.",
        "More than 50,000 people were killed in the conflict, a commission found.",
        "The group has attacked dozens of clinics since the start of the year.",
    ],
)
def test_running_totals_are_not_events(model: Any, text: str) -> None:
    assert not code(model, text)


def test_a_single_deadly_incident_is_still_an_event(model: Any) -> None:
    assert code(model, "Three soldiers were killed in the fighting near the river on Monday.")


def test_a_running_toll_after_an_event_is_not_its_fatalities(model: Any) -> None:
    text = (
        "Rebels and the government signed a ceasefire in the capital on Monday. "
        "More than 9,000 people were killed in the conflict, a commission said."
    )
    found = code(model, text)
    assert [e.sub_event_type for e in found] == ["Agreement"]
    assert found[0].fatalities == 0


def test_boilerplate_about_the_text_is_not_an_event(model: Any) -> None:
    assert not code(model, "Contact: the press office (figures given for demonstration only).")
    assert not code(model, "This story has been updated to correct the number of protests.")


@pytest.mark.parametrize(
    ("text", "deaths"),
    [
        # a headline's counted subject with no object is the dead, not the killers
        ("4 suspected cattle thieves killed near the river.", 4),
        ("Raiders attacked the farm, 3 herders killed.", 3),
        ("Two boys shot dead during a raid by bandits.", 2),
        ("6 suspects burned to death by a crowd.", 6),
        # bodies found are deaths
        ("Five bodies with gunshot wounds were found in a forest.", 5),
        # victims added by "along with"
        ("An official was shot dead along with two guards and a driver.", 4),
        # a shared object, and one victim named by a pronoun
        ("Bandits stormed the house, killing and robbing him.", 1),
        # a suicide bombing killed its bombers too: ACLED counts attackers who die
        ("A suicide bomber blew himself up at the gate of the camp.", 1),
        ("Two suicide bombers blew themselves up near a checkpoint.", 2),
        ("A suicide bomber blew himself up at a market, killing 9 people.", 10),
    ],
)
def test_fatalities_counting_rules(model: Any, text: str, deaths: int) -> None:
    assert one(model, text).fatalities == deaths


@pytest.mark.parametrize(
    "text",
    [
        # the bomb never went off: no death to count
        "A suicide bomber was arrested at the gate of the camp before the blast.",
        "Police defused the vest of a suicide bomber at the gate.",
    ],
)
def test_a_bomber_who_did_not_die_is_not_counted(model: Any, text: str) -> None:
    assert all(e.fatalities == 0 for e in code(model, text))


def test_killed_and_injured_does_not_count_the_injured(model: Any) -> None:
    assert one(model, "Gunmen killed and injured ten villagers.").fatalities == 0


@pytest.mark.parametrize(
    "text",
    [
        "One man shot dead by unknown gunmen at a bus stop.",
        "Unknown gunmen gunned down a shopkeeper outside his shop.",
        "Four people dead in land dispute fighting.",
        "Three bodies were discovered in a forest near the town.",
        "The army expelled the militants out of the district.",
        # a negation in another clause of the note does not cancel the killing
        "Trader killed during a brawl at a market; motive not known.",
    ],
)
def test_headline_and_note_constructions_are_events(model: Any, text: str) -> None:
    assert code(model, text)


@pytest.mark.parametrize(
    ("text", "deaths"),
    [
        # the killing a protest or a lynching is about is another incident's toll
        ("Residents protested after a cyclist was killed by a speeding lorry.", 0),
        ("A man was lynched by a crowd for killing a neighbour.", 1),
        # a near miss, an attempt, or what someone is suspected of
        ("A mob nearly killed a suspected thief at the market.", 0),
        ("Two men suspected of killing a trader were arrested.", 0),
        # who an "of" phrase counts; a name with its title
        ("The bodies of three men were found in a ditch near the village.", 3),
        ("Gunmen killed a family of four in their home.", 4),
        ("Omondi, a local chief, was killed and two others were injured in the shooting.", 1),
        # what the event's victim had done is not this event's toll
        ("A man who had stabbed his brother to death was lynched by a crowd.", 1),
        # what the victim of a beating had done is another incident's toll
        ("Villagers beat a youth who had stabbed a trader to death in the market.", 0),
        ("A crowd attacked a woman who killed her husband.", 0),
        # "a" counts one, whatever the plural's typo; "on Tuesday" is no victim
        ("An unknown gunmen was shot dead by the police.", 1),
        ("Gunmen stormed a hotel on Monday. The death toll rose to nine on Tuesday.", 9),
        # the parts of a toll already told are not more dead
        ("Gunmen killed eight people in the village, five of them children.", 8),
    ],
)
def test_whose_deaths_count(model: Any, text: str, deaths: int) -> None:
    assert one(model, text).fatalities == deaths


def test_a_total_over_a_series_is_shared_out(model: Any) -> None:
    text = (
        "A car bomb exploded outside a market in the town. It was one of three bombings in"
        " the region that day. Nine people were killed across the attacks."
    )
    assert one(model, text).fatalities == 3
    text = "A roadside bomb exploded near a bus. Five people were killed across both blasts."
    assert one(model, text).fatalities == 3


def test_the_dead_and_wounded_of_the_blast_continue_the_bombing(model: Any) -> None:
    text = (
        "A parked car exploded outside the grain depot in Lomara. Nine people died and 16"
        " were hurt by the blast."
    )
    assert one(model, text).fatalities == 9


@pytest.mark.parametrize(
    ("text", "deaths"),
    [
        ("Gunmen kidnapped 15 farm workers near the town. The captives were executed.", 15),
        (
            "Gunmen kidnapped a village chief and three guards near the town. The hostages"
            " were shot dead the same evening.",
            4,
        ),
        # a figure of the sentence's own stands
        ("Gunmen kidnapped 15 farm workers near the town. Two of them were executed.", 2),
    ],
)
def test_captives_killed_without_a_figure_are_all_those_taken(
    model: Any, text: str, deaths: int
) -> None:
    assert one(model, text).fatalities == deaths


def test_an_assault_following_the_blast_is_the_same_incident(model: Any) -> None:
    # the doers go on with the incident the sentence opens by naming: one event
    text = (
        "A truck bomb tore through the gate of a police camp outside Lomara. Following the"
        " blast, gunmen then stormed the camp. The fighting left six officers dead."
    )
    assert one(model, text).fatalities == 6


def test_bombers_killed_by_the_troops_are_counted_once(model: Any) -> None:
    text = "Guards killed at least three suicide bombers at a roadblock outside Lomara."
    assert one(model, text).fatalities == 3


def test_bombers_set_beside_the_dead_are_those_the_report_counted(model: Any) -> None:
    text = (
        "Three suicide bombers drove explosives-laden lorries into a barracks outside"
        " Lomara. Apart from the bombers, 13 recruits were killed in the blasts."
    )
    assert one(model, text).fatalities == 16


def test_a_bomber_set_beside_the_wounded_alone_died(model: Any) -> None:
    # the sentence counts only the wounded: the bomber's own death is still to add
    text = (
        "A suicide bomber set off a lorry of explosives by a sentry post in Tarsa district."
        " Aside from the bomber, four sentries were hurt in the explosion."
    )
    assert one(model, text).fatalities == 1


def test_damage_done_in_the_blast_continues_the_bombing(model: Any) -> None:
    text = (
        "A suicide bomber set off an explosives-laden lorry in Tarsa district. Apart from the"
        " bomber, two guards were killed and a footbridge was destroyed in the explosion."
    )
    assert one(model, text).fatalities == 3


def test_a_second_victim_opens_no_new_incident(model: Any) -> None:
    text = (
        "Gunmen shot at a tally office in the village. One clerk died, while a second one"
        " was hurt during the shooting."
    )
    assert one(model, text).fatalities == 1


def test_a_toll_shared_with_another_similar_attack_stays_with_this_one(model: Any) -> None:
    text = (
        "A roadside device blew up beside a roadblock outside Lomara. Across this and"
        " another similar raid, four guards died and five were hurt."
    )
    assert one(model, text).fatalities == 2


@pytest.mark.parametrize(
    ("text", "deaths"),
    [
        # told after the series, "the clashes" are the series' incidents: a total
        (
            "Raiders stormed a roadblock outside Lomara. It was one of three raids in the"
            " district that night. The clashes left six guards dead.",
            2,
        ),
        (
            "Rebels overran a hilltop outpost. It was one of two rebel assaults in the valley"
            " that Sunday. Nine villagers died during the assaults.",
            5,
        ),
        # told before the series, "the blasts" are the incident's own two bombs
        (
            "Twin car bombs tore through a cattle market in Lomara. The blasts killed eight"
            " traders. It was one of twelve attacks nationwide that day.",
            8,
        ),
    ],
)
def test_incidents_named_in_the_plural_after_a_series_total_it(
    model: Any, text: str, deaths: int
) -> None:
    assert one(model, text).fatalities == deaths


def test_more_victims_named_with_another_continue_the_incident(model: Any) -> None:
    text = "Gunmen ambushed an army patrol. Six soldiers were killed and another four were injured."
    event = one(model, text)
    assert (event.sub_event_type, event.fatalities) == ("Armed clash", 6)


def test_a_blast_feared_to_have_killed_is_still_reported(model: Any) -> None:
    event = one(model, "Three soldiers were feared dead after their truck ran over a landmine.")
    assert event.sub_event_type == "Remote explosive/landmine/IED"


def test_triggers_are_found_once_per_parse_and_handed_out_as_new_lists(model: Any) -> None:
    doc = model("Gunmen opened fire on a bus and killed five passengers.")
    first, again = triggers.find_triggers(doc), triggers.find_triggers(doc)
    assert first == again and first is not again
    assert [(t.text, t.kind) for t in first] == [("opened", "kill"), ("killed", "kill")]


@pytest.mark.parametrize(
    ("text", "deaths"),
    [
        # two sources for the same dead: the lowest credible figure (ACLED)
        ("Police said three people died in the raid, while residents said seven were killed.", 3),
        ("Gunmen attacked a bus, killing four people. Residents said nine people died.", 4),
        ("Gunmen raided a village, killing six people. Unconfirmed reports put the toll at 15.", 6),
        # a later confirmed total is an update, not a conflicting report
        ("Gunmen attacked a bus, killing four people. The death toll later rose to nine.", 9),
        # more dead of the same incident add up; a hedged addition does not
        ("Bandits killed ten herders near the river. Four more bodies were found.", 14),
        ("Two officers were killed in the riot. Five other deaths are feared but unconfirmed.", 2),
        # figures for different dead under different sources add up
        ("Two soldiers were killed, while the army said three attackers died.", 5),
    ],
)
def test_conflicting_tolls_take_the_lowest_credible_figure(
    model: Any, text: str, deaths: int
) -> None:
    assert one(model, text).fatalities == deaths
