"""One incident told over several sentences stays one event (`continuation`)."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest

from eventwire import events, triggers
from eventwire.continuation import casualties_only, new_place
from eventwire.records import Evidence, TimeExpression, TimePrecision, When
from eventwire.settings import Settings
from test_events import ARMY, DAY, POLICE, REBELS, analyse, code, one, resolvers


def test_the_response_to_an_attack_is_the_same_encounter(model: Any) -> None:
    text = (
        "Two herders were killed after bandits attacked a village. "
        "Police officers responded and exchanged fire with the bandits."
    )
    event = one(model, text)
    # ACLED: the attack and the clash it turned into are one event, the clash winning
    assert (event.sub_event_type, event.fatalities) == ("Armed clash", 2)
    assert len(event.evidence) == 2


def test_a_later_exchange_of_fire_by_the_same_gunmen_continues_the_attack(model: Any) -> None:
    text = (
        "Gunmen opened fire on a group of traders at a market. "
        "The gunmen later exchanged fire with soldiers guarding the market."
    )
    assert one(model, text).sub_event_type == "Armed clash"


def test_a_sentence_that_only_refers_to_the_attack_names_no_side_of_it(model: Any) -> None:
    # the soldiers are the reason told for the shooting, not a side that fought it
    text = (
        "Gunmen shot dead a shopkeeper outside his store. "
        "Officials tied the reason for the shooting to a deployment of soldiers nearby."
    )
    event = one(model, text, [("soldiers", ARMY)])
    assert event.sub_event_type == "Attack"
    assert event.actor1.startswith("Unidentified")
    assert len(event.evidence) == 2


def test_an_execution_stays_an_attack_whatever_the_next_sentence_calls_it(model: Any) -> None:
    # ACLED: an extrajudicial killing is violence against civilians; a "confrontation"
    # told next does not arm the men executed
    text = (
        "Police officers were filmed executing two men on a busy street. "
        "A bystander described the confrontation between the constables and the suspected thieves."
    )
    assert one(model, text).sub_event_type == "Attack"


def test_a_response_in_a_separate_incident_is_its_own_event(model: Any) -> None:
    text = (
        "Two herders were killed after bandits attacked a village. "
        "In a separate incident, police exchanged fire with robbers."
    )
    assert len(code(model, text)) == 2


def test_deaths_and_damage_continue_the_clash(model: Any) -> None:
    text = (
        "Fresh clashes broke out between two rival clans over grazing land. "
        "One person was killed, and more houses were torched."
    )
    event = one(model, text)
    assert (event.sub_event_type, event.fatalities) == ("Armed clash", 1)


def test_deaths_set_in_a_raid_continue_the_clash(model: Any) -> None:
    text = (
        "Rival clans fought over water points on Sunday. "
        "At least nine people were killed over the night-long raid."
    )
    event = one(model, text)
    assert (event.event_type, event.fatalities) == ("Battles", 9)


def test_deaths_and_damage_set_in_the_assault_continue_the_bombing(model: Any) -> None:
    # "amid the assault" sets the burning, as it does the deaths: one incident
    text = (
        "A suicide bomber set off a lorry of explosives at the council offices in Kelvale."
        " Four guards were killed, nine were hurt and the offices were set alight amid the"
        " assault."
    )
    assert one(model, text).fatalities == 5


def test_damage_set_in_the_attack_named_back_continues_it(model: Any) -> None:
    # "burnt down in the attack": the attack named back only sets the damage, one incident
    text = (
        "Gunmen stormed a trading centre at dawn, shooting at shoppers. "
        "A row of stalls was burnt down in the attack."
    )
    event = one(model, text)
    assert (event.sub_event_type, len(event.evidence)) == ("Attack", 2)


def test_a_fight_back_the_report_only_wonders_about_leaves_the_attack(model: Any) -> None:
    text = (
        "Gunmen stormed a trading centre at dawn, shooting at shoppers. "
        "It is unclear whether the guards returned fire."
    )
    assert one(model, text).sub_event_type == "Attack"


@pytest.mark.parametrize(
    "second",
    [
        "It was later learned that the driver was beheaded.",
        "The driver was later found dead.",
    ],
)
def test_deaths_learnt_later_continue_the_incident(model: Any, second: str) -> None:
    text = f"Gunmen attacked a bus carrying traders. {second}"
    assert one(model, text).fatalities == 1


def test_a_later_deed_with_a_doer_is_a_new_incident(model: Any) -> None:
    text = (
        "Gunmen attacked a bus carrying traders, killing two. "
        "Later, soldiers shot dead three people at a roadblock."
    )
    assert len(code(model, text)) == 2


def test_the_doers_named_back_go_on_with_the_attack(model: Any) -> None:
    text = (
        "Two herders were killed after bandits attacked a village. "
        "The bandits stole 200 goats. "
        "Police officers responded and exchanged fire with the bandits."
    )
    event = one(model, text)
    assert (event.sub_event_type, event.fatalities, len(event.evidence)) == ("Armed clash", 2, 3)


def test_a_fight_of_its_own_is_not_a_setting_for_deaths(model: Any) -> None:
    previous = one(model, "Gunmen attacked a bus.")
    event = one(model, "Rebels engaged in a gun battle with troops.")
    doc = model("Rebels engaged in a gun battle with troops.")
    asserted = [t for t in triggers.find_triggers(doc) if triggers.is_asserted(t.token)]
    assert not casualties_only(previous, event, asserted)


def test_a_clash_of_other_sides_is_not_the_response(model: Any) -> None:
    text = (
        "Gunmen attacked a bus. Northern Liberation Front fighters fought troops in a gun battle."
    )
    assert len(code(model, text, [("Northern Liberation Front", REBELS)])) == 2


def test_victims_also_killed_in_the_blast_join_the_incident(model: Any) -> None:
    text = (
        "A soldier was killed when militants attacked a patrol with a roadside bomb. "
        "Three civilians were also killed in the blast."
    )
    event = one(model, text)  # the toll adds up once `tollreports` reads "also killed"
    assert len(event.evidence) == 2 and event.fatalities >= 3


def test_also_killed_by_a_doer_is_a_new_incident(model: Any) -> None:
    text = (
        "A soldier was killed when militants attacked a patrol with a roadside bomb. "
        "Soldiers also killed three looters at a market."
    )
    assert len(code(model, text)) == 2


def test_an_explosion_told_after_the_toll_is_the_means_of_the_attack(model: Any) -> None:
    text = (
        "Six people died and a dozen were hurt in an assault on a fuel depot on Sunday. "
        "A bomb had been hidden in a parked car."
    )
    event = one(model, text)  # ACLED types an attack by its means: an explosion
    assert (event.event_type, event.fatalities) == ("Explosions/Remote violence", 6)


def test_an_explosion_with_a_toll_of_its_own_is_its_own_event(model: Any) -> None:
    text = "Gunmen shot dead two shopkeepers on Monday. A grenade went off at a cafe, killing five."
    assert len(code(model, text)) == 2


def test_grenades_in_a_clash_leave_it_a_clash(model: Any) -> None:
    text = (
        "Rebels fought soldiers at a border post on Sunday. "
        "The rebels also threw grenades at the soldiers' trench."
    )
    assert one(model, text).event_type == "Battles"


def test_a_suicide_bomber_told_after_the_blast_makes_it_a_suicide_bombing(model: Any) -> None:
    text = (
        "An explosion tore through a bus station on Friday, killing seven people. "
        "A suicide bomber blew himself up beside a ticket office."
    )
    assert one(model, text).sub_event_type == "Suicide bomb"


def test_a_place_the_incident_already_named_is_not_a_new_place(model: Any) -> None:
    first = "Eight people were killed in an ambush near Upton, Northshire on Tuesday."
    second = "The officers were escorting a lorry to Upton when it was hit."
    previous = dataclasses.replace(
        one(model, "Gunmen attacked a bus."),
        location="Northshire",
        geonameid=1,
        evidence=(Evidence("d", first, 0, len(first)),),
    )
    event = dataclasses.replace(one(model, "Gunmen attacked a bus."), location="Upton", geonameid=2)
    assert not new_place(previous, event, model(second))
    other = dataclasses.replace(event, location="Westby", geonameid=3)
    assert new_place(previous, other, model("The gunmen then attacked a lorry in Westby."))


def test_police_who_answer_an_attack_are_the_other_side_of_the_clash(model: Any) -> None:
    text = (
        "About twenty armed men attacked a water works on Sunday. "
        "Police officers responded, killing three of them."
    )
    event = one(model, text, [("Police officers", POLICE)])  # one event: the attack, the fight
    assert (event.sub_event_type, event.fatalities) == ("Armed clash", 3)
    assert event.actor2 == POLICE.name


def test_an_incident_named_back_to_date_other_news_is_not_a_new_one(model: Any) -> None:
    text = (
        "A rocket hit the bus station in the town on Friday, killing nine people. "
        "Officials said the station had been crowded. Witnesses described panic. "
        "Police sealed the area. "
        "Bus services were suspended after the strike and resumed later in the day."
    )
    event = one(model, text)
    assert (event.sub_event_type, event.fatalities) == ("Shelling/artillery/missile attack", 9)


def test_an_incident_named_only_in_a_time_phrase_is_still_news_when_first_told(
    model: Any,
) -> None:
    # nothing told before it: the attack is the report's only news of one
    assert one(model, "Bus services were suspended after the attack on the depot on Friday.")


def test_an_incident_named_back_with_no_date_of_its_own_is_the_one_told(model: Any) -> None:
    text = (
        "A drone hit a clinic in the town on Friday, killing six patients. "
        "The clinic was the last one open. Officials said it had been full. "
        "Doctors said the strike hit the children's ward."
    )

    def when(analysis: Any, start: int, end: int) -> When:
        return When(DAY, TimePrecision.DAY, inferred=text.index("Doctors") <= start)

    event = one(model, text, when=when)
    assert (event.sub_event_type, event.fatalities, len(event.evidence)) == (
        "Air/drone strike",
        6,
        2,
    )


def _month_then(text: str, later: str) -> Any:
    """A `when` that dates the text before `later` to a month, and `later` on to the
    document's day."""

    def when(analysis: Any, start: int, end: int) -> When:
        if start < text.index(later):
            return When(DAY.replace(day=1), TimePrecision.MONTH)
        return When(DAY, TimePrecision.DAY, inferred=True)

    return when


def test_an_undated_toll_after_an_incident_dated_to_a_month_continues_it(model: Any) -> None:
    # the second sentence names no time: it goes on with the incident of that month
    text = "In March, bandits raided a village near the river. Two herders were killed."
    event = one(model, text, when=_month_then(text, "Two herders"))
    assert (event.event_date, event.fatalities, len(event.evidence)) == (DAY.replace(day=1), 2, 2)


def test_a_toll_with_a_date_of_its_own_stays_apart(model: Any) -> None:
    text = "In March, bandits raided a village near the river. On Thursday two herders were killed."
    analysis = analyse(model, text)
    at = text.index("Thursday")
    told = TimeExpression(at, at + len("Thursday"), "Thursday", DAY, TimePrecision.DAY)
    analysis = dataclasses.replace(analysis, times=(told,))
    settings = Settings.load(config_file=None, environ={}, overrides={"db_url": "x"})
    found = events.code_events(analysis, resolvers(when=_month_then(text, "On Thursday")), settings)
    assert len(found) == 2


def test_a_police_killing_told_next_as_of_an_innocent_man_is_an_attack(model: Any) -> None:
    # ACLED: an alleged extrajudicial killing is violence against civilians, though the
    # first sentence reads as the police's fight with a suspect
    text = (
        "Police shot dead a suspected robber in Kelvale on Sunday. "
        "Neighbours say the hawker was innocent."
    )
    event = one(model, text, [("Police", POLICE)])
    assert event.event_type == "Violence against civilians"
    assert event.actor2.startswith("Civilians")


def test_a_killing_the_police_are_accused_of_is_an_attack(model: Any) -> None:
    text = (
        "A suspected gang leader was shot dead in Marobi on Friday. "
        "His relatives have accused officers of shooting him."
    )
    assert one(model, text, [("officers", POLICE)]).sub_event_type == "Attack"


def test_a_police_killing_of_a_suspect_told_armed_stays_a_clash(model: Any) -> None:
    text = (
        "Police shot dead a suspected robber in Kelvale on Sunday. "
        "Officers said he had been armed with a pistol."
    )
    assert one(model, text, [("Police", POLICE)]).sub_event_type == "Armed clash"
