"""A crowd's acts read against ACLED's demonstration types: a demand carried into a
building and violence only threatened are no violence (`crowdacts`, also in the
sentence after a protest, `followups`), a riot's crowd that turned on people is a mob
and protesters hurt by the police met excessive force (`crowdvictims`). Sentences
written by the team, parsed by the real spaCy model."""

from __future__ import annotations

from typing import Any

import pytest

from eventwire import crowdacts
from test_subtypes import code, one


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        # a crowd entering a building to press a demand is the demonstration itself
        ("Farmers stormed the land office to demand title deeds.", "Peaceful protest"),
        ("Traders stormed the county offices protesting against new levies.", "Peaceful protest"),
        ("Retired teachers stormed the ministry demanding their pensions.", "Peaceful protest"),
        # the parser hangs the infinitive of purpose on a noun of the verb's phrase
        (
            "Parents stormed the school in Kapsengere after the expulsion of forty pupils"
            " to demand the transfer of the principal.",
            "Peaceful protest",
        ),
        # the harm the entry answers is the crowd's grievance, not its act
        (
            "Traders stormed the county offices following a hawker's killing.",
            "Peaceful protest",
        ),
        (
            "Villagers storm the clinic after unknown men kill a nurse and a porter.",
            "Peaceful protest",
        ),
        # ... but not when they harmed someone or something there
        (
            "Villagers stormed the clinic after a boy's death and set it ablaze.",
            "Mob violence",
        ),
        (
            "Youths stormed the tallying centre demanding a recount and burnt ballot boxes.",
            "Mob violence",
        ),
        ("Hundreds of residents stormed the chief's office and injured a clerk.", "Mob violence"),
    ],
)
def test_a_demand_carried_in(model: Any, text: str, sub_event_type: str) -> None:
    assert one(model, text).sub_event_type == sub_event_type


def test_an_armed_groups_storming_is_still_its_attack(model: Any) -> None:
    event = one(model, "Gunmen stormed the hotel demanding a ransom.")
    assert event.event_type != "Protests"


def test_violence_only_threatened_is_blanked(model: Any) -> None:
    doc = model("The students threatened to burn the dormitory over the new rules.")
    told = crowdacts.told(doc)
    assert "burn" not in told and "students" in told
    assert len(told) == len(doc.text)  # offsets kept


def test_violence_tried_stays_told(model: Any) -> None:
    doc = model("The protesters attempted to storm the offices.")
    assert crowdacts.told(doc) == doc.text


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        # rioters who turned on people, with no demonstration told: mob violence
        ("Rioters stormed a registration centre and beat up the clerks.", "Mob violence"),
        ("Rioters threw stones at the governor during the tour.", "Mob violence"),
        ("Residents rioted, burned down her house and beat her up.", "Mob violence"),
        # a person struck by a missile or by the crowd, told as a participle
        ("Riots in Kelvale left the deputy commissioner hit by a stone.", "Mob violence"),
        ("Traders hit by the new levy rioted in Kelvale and burnt tyres.", "Violent demonstration"),
        # a person's home burnt is that person attacked; a school's dormitory is property
        ("Tarewa voters furious at the count rioted and torched his house.", "Mob violence"),
        ("Pupils at Marobi rioted and burned their dormitory.", "Violent demonstration"),
        # ... rioters fighting the police, or a demonstration's crowd hitting road users
        ("Students rioted and threw stones at police.", "Violent demonstration"),
        (
            "Protesters blocked the highway and pelted motorists with stones.",
            "Violent demonstration",
        ),
    ],
)
def test_a_riot_that_turned_on_people(model: Any, text: str, sub_event_type: str) -> None:
    assert one(model, text).sub_event_type == sub_event_type


def test_a_demand_carried_in_after_a_protest_is_no_violence(model: Any) -> None:
    text = (
        "Residents held a protest over insecurity. They stormed the chief's office"
        " demanding action."
    )
    assert code(model, text)[0].sub_event_type == "Peaceful protest"


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        # protesters hurt by the police in the protest's own sentence: excessive force
        (
            "Three people were injured by the police when protesting against the commission.",
            "Excessive force against protesters",
        ),
        (
            "Ten teachers were assaulted by riot police when they staged a protest at the school.",
            "Excessive force against protesters",
        ),
        # ... not the beating the protest is about
        ("Traders protested after a hawker was beaten by police.", "Peaceful protest"),
    ],
)
def test_protesters_hurt_by_the_police(model: Any, text: str, sub_event_type: str) -> None:
    assert one(model, text).sub_event_type == sub_event_type


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        # an entry tried and told as failed, or only aimed at, entered nothing
        (
            "Nurses protesting unpaid wages in Ilorin attempted to storm the health ministry,"
            " but officers blocked them.",
            "Protest with intervention",
        ),
        (
            "Traders marched in Kano. They attempted to storm the council office, but were"
            " unable to gain access.",
            "Peaceful protest",
        ),
        (
            "In Sokoto, police dispersed youths gathering with the intention of storming the"
            " palace.",
            "Protest with intervention",
        ),
        (
            "The crowd in Jos tried to storm the office but police repulsed them.",
            "Protest with intervention",
        ),
    ],
)
def test_an_entry_tried_and_failed_is_no_violence(
    model: Any, text: str, sub_event_type: str
) -> None:
    assert code(model, text)[0].sub_event_type == sub_event_type


def test_an_armed_groups_failed_storming_is_still_its_attack(model: Any) -> None:
    event = one(model, "Gunmen tried to storm the police station in Jos but were repelled.")
    assert event.event_type != "Protests"


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        # a mock coffin burnt is a symbol, as an effigy is: the protest's act
        (
            "Hundreds of demonstrators torched coffins outside parliament in Abuja to protest"
            " bonuses.",
            "Peaceful protest",
        ),
        (
            "Protests over a book in Abuja. Protesters burn a coffin with the author's name on it.",
            "Peaceful protest",
        ),
        # ... but a road blocked with a coffin on it is still blocked
        (
            "Villagers blocked the main road into Lokoja, setting down a coffin in the middle"
            " of it to demand speed bumps.",
            "Violent demonstration",
        ),
    ],
)
def test_a_coffin_burnt_is_a_symbol(model: Any, text: str, sub_event_type: str) -> None:
    assert code(model, text)[0].sub_event_type == sub_event_type


def test_violence_threatened_is_none_when_the_police_are_named(model: Any) -> None:
    text = (
        "Undergraduates protested in Zaria over a ban on hostel parties. Police were brought"
        " in after they threatened to burn the library."
    )
    assert code(model, text)[0].event_type == "Protests"


def test_violence_said_not_to_have_happened_leaves_a_protest(model: Any) -> None:
    text = "Nurses marched in Lokoja on Monday. The march was calm and ended without clashes."
    assert code(model, text)[0].sub_event_type == "Peaceful protest"
    assert not crowdacts.violent("the march ended without any clashes")
    assert crowdacts.violent("the march ended in clashes")


def test_a_crowd_forcing_its_way_past_the_police_is_a_riot(model: Any) -> None:
    text = "Protesters broke through police lines and forced their way into the assembly hall."
    assert one(model, text).sub_event_type == "Violent demonstration"


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # the protest word names the doers of the harm: the demonstration turned violent
        ("Protesting nurses attacked a colleague who reported for duty in Kitale.", "Riots"),
        # ... not the raids the demonstration is about, nor a harm whose doers the
        # parser hung the protest verb on
        ("Marchers rallied over last month's raids on herds near Moyale.", "Protests"),
        (
            "Growers feeling hurt by the new levy proposals protested outside the county"
            " assembly in Kitale as members debated the bill.",
            "Protests",
        ),
    ],
)
def test_harm_done_by_the_demonstrators(model: Any, text: str, event_type: str) -> None:
    assert one(model, text).event_type == event_type


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        # people seriously hurt as the police broke up the protest: excessive force
        (
            "Five hawkers protesting in Tarewa were seriously hurt after police broke up"
            " their march.",
            "Excessive force against protesters",
        ),
        # ... not when no one was, nor when the hurt are the officers (the crowd hurt
        # them: a violent demonstration)
        (
            "Nurses protested over pay in Marobi and police fired tear gas; no one was"
            " seriously injured.",
            "Protest with intervention",
        ),
        (
            "Vendors marched in Tarewa; three officers were seriously injured when"
            " police dispersed them.",
            "Violent demonstration",
        ),
    ],
)
def test_serious_injuries_at_a_protest(model: Any, text: str, sub_event_type: str) -> None:
    assert one(model, text).sub_event_type == sub_event_type


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        # tear gas that hurt children or patients, with no crowd told, hit no protest
        (
            "A Tarewa clinic was filled with tear gas by officers, injuring three patients.",
            "Attack",
        ),
        ("Officers fired tear gas into a Marobi nursery, injuring two children.", "Attack"),
        # students gassed may have been demonstrating: the police's intervention
        (
            "Officers lobbed tear gas canisters at students in Tarewa, injuring two pupils.",
            "Protest with intervention",
        ),
    ],
)
def test_tear_gas_on_bystanders(model: Any, text: str, sub_event_type: str) -> None:
    assert one(model, text).sub_event_type == sub_event_type


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        # a crowd's violence told as resisting the authorities' act presses a grievance
        (
            "Squatters hurled stones at the constables to resist their removal from the ranch.",
            "Violent demonstration",
        ),
        (
            "Hawkers pelted the wardens with stones to halt the clearing of their kiosks.",
            "Violent demonstration",
        ),
        # no purpose told, or no authority resisted: a crowd's violence
        ("Farmhands hurled stones at the constables who had seized a cyclist.", "Mob violence"),
        ("Youths hurled stones at a minibus to halt the wedding convoy.", "Mob violence"),
    ],
)
def test_violence_resisting_the_authorities(model: Any, text: str, sub_event_type: str) -> None:
    assert one(model, text).sub_event_type == sub_event_type


def test_the_polices_violence_is_not_the_crowds() -> None:
    # "violent" telling what the police did: their doer just before it, or a dispersal
    # or crackdown just after it
    assert not crowdacts.violent("police violently dispersed the march")
    assert not crowdacts.violent("officers were violent towards the nurses")
    assert not crowdacts.violent("a violent crackdown on the marchers")
    # the crowd's own
    assert crowdacts.violent("police clashed with violent marchers")
    assert crowdacts.violent("police and violent marchers fought")
    assert crowdacts.violent("the march turned violent")


def test_a_march_violently_dispersed_met_an_intervention(model: Any) -> None:
    text = "Police violently dispersed a march by nurses in Kelvale."
    assert one(model, text).sub_event_type == "Protest with intervention"
