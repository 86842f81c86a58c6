"""Mob violence against its neighbours (`demosubtypes`, `subtypes`): rival partisans,
a party's factions, a crowd at a protest turning on an unarmed official."""

from __future__ import annotations

from typing import Any

from test_events import code

MOB = ("Riots", "Mob violence")


def _types(model: Any, text: str) -> list[tuple[str, str]]:
    return [(e.event_type, e.sub_event_type) for e in code(model, text)]


def test_a_crowd_at_a_protest_attacking_a_returning_officer_is_a_mob(model: Any) -> None:
    # an election official carries no arms: the crowd turned on a civilian
    text = (
        "Police fired tear gas when a mob of casual workers attacked the returning"
        " officer in Kelvale as they demanded their wages."
    )
    assert _types(model, text) == [MOB]


def test_a_partys_two_factions_fighting_are_a_mob(model: Any) -> None:
    text = "Two factions of the Tessaro Unity Alliance clashed at the county assembly in Kelvale."
    assert _types(model, text) == [MOB]


def test_an_armed_groups_factions_fighting_stay_a_battle(model: Any) -> None:
    text = "Two factions of the Dorvik Liberation Front clashed near Kelvale, killing 3 fighters."
    assert _types(model, text) == [("Battles", "Armed clash")]


def test_supporters_clashing_with_those_of_a_rival_are_a_mob(model: Any) -> None:
    # rival crowds fight each other, though the police then broke them up
    text = (
        "Youths backing the Kelvale governor clashed with those of a Dorvik senator at"
        " the stadium until the police fired tear gas."
    )
    assert _types(model, text) == [MOB]


def test_homes_burnt_over_witchcraft_with_no_armed_doer_are_mob_justice(model: Any) -> None:
    text = (
        "Eight homes were burnt down in Kelvale village following accusations of"
        " witchcraft; two villagers were hurt."
    )
    assert _types(model, text) == [MOB]


def test_homes_burnt_by_gunmen_over_witchcraft_stay_their_attack(model: Any) -> None:
    text = "Gunmen burnt eight homes in Kelvale village over witchcraft, injuring two people."
    assert _types(model, text) == [("Violence against civilians", "Attack")]


def test_a_man_beaten_to_death_for_stealing_is_mob_justice(model: Any) -> None:
    text = "A farmhand was beaten to death at Dorvik market for stealing maize."
    assert _types(model, text) == [MOB]


def test_raiders_killing_after_stealing_cattle_stay_an_attack(model: Any) -> None:
    text = "Raiders killed a herder near Kelvale after stealing his cattle."
    assert _types(model, text) == [("Violence against civilians", "Attack")]


def test_a_faceless_fight_with_the_police_is_a_riot(model: Any) -> None:
    # nobody is named on the other side: ACLED codes street fighting with police as rioters
    text = "One person died after clashes with police in the Kelvale estate on Sunday."
    assert _types(model, text) == [MOB]


def test_a_named_gang_fighting_the_police_stays_a_battle(model: Any) -> None:
    text = "Police clashed with a gang of robbers in the Kelvale estate, killing one."
    assert _types(model, text) == [("Battles", "Armed clash")]


def test_an_unnamed_side_exchanging_fire_with_police_stays_a_battle(model: Any) -> None:
    text = "Two people died on Sunday in a Kelvale shootout with the police."
    assert _types(model, text) == [("Battles", "Armed clash")]


def test_soldiers_fighting_the_police_stay_a_battle(model: Any) -> None:
    text = "Soldiers clashed with police at a checkpoint in Kelvale on Sunday, injuring two."
    assert _types(model, text) == [("Battles", "Armed clash")]


def test_one_mans_rampage_is_no_riot(model: Any) -> None:
    text = (
        "An off-duty constable shot dead six people during a rampage across two taverns in Kelvale."
    )
    assert _types(model, text) == [("Violence against civilians", "Attack")]
    # a parse that hangs the rampage on the victims still finds the one man
    text = "A traffic constable in a fury shot dead seven people in a rampage in Kelvale."
    assert _types(model, text)[0][0] != "Riots"
    text = (
        "A police sergeant in a fury shot dead nine people in a rampage across three pubs"
        " in Marobi early Saturday before surrendering."
    )
    assert _types(model, text)[0][0] != "Riots"


def test_a_crowds_rampage_stays_a_riot(model: Any) -> None:
    text = "Youths rampaged through Tarewa on Friday, burning shops and stoning cars."
    assert _types(model, text) == [MOB]


def test_a_soldier_going_on_a_rampage_is_no_riot(model: Any) -> None:
    text = "In Marobi a soldier went on a rampage, killing five villagers."
    assert _types(model, text)[0][0] != "Riots"


def test_a_clash_with_police_that_answered_an_attack_stays_a_battle(model: Any) -> None:
    # the side is the one told before: the police answered it
    text = (
        "The raid ended in fighting with the police, who had responded to the alarm;"
        " one constable was shot dead."
    )
    assert _types(model, text)[0][0] != "Riots"


def test_a_protester_shot_by_police_stays_a_protest(model: Any) -> None:
    text = "Officers gunned down a tenant in Kelvale who had joined the protest over rents."
    assert _types(model, text)[0][0] == "Protests"


def test_a_riot_over_a_lynching_is_no_mob(model: Any) -> None:
    # the lynching is what the riot is about, not the rioters' own act
    for text in (
        "Riots broke out in Kelvale following the lynching of a rider accused of theft.",
        "Students rioted over the lynching of a classmate by villagers in Tarewa.",
    ):
        assert _types(model, text) == [("Riots", "Violent demonstration")]


def test_a_riot_against_each_other_stays_a_mob(model: Any) -> None:
    text = (
        "Tarewa delegates riot against one another in fight over the party vote during a"
        " meeting in Marobi. 2 delegates seriously injured."
    )
    assert _types(model, text) == [MOB]


def test_a_rally_whose_rival_crowds_then_fought_is_a_mob(model: Any) -> None:
    text = (
        "Violence erupted during the Tarewa party rally on Sunday. Supporters of two rival"
        " aspirants clashed, injuring four people."
    )
    assert _types(model, text) == [MOB]
    # protesters named fighting each other: the demonstration's own violence
    text = (
        "Residents held a rally in Tarewa on Sunday. Two groups of protesters clashed,"
        " injuring four people."
    )
    assert _types(model, text) == [("Riots", "Violent demonstration")]


def test_rival_crowds_broken_up_at_a_rally_are_a_mob(model: Any) -> None:
    text = "At a Kelvale campaign rally, rival youths were scattered with tear gas by officers."
    assert _types(model, text) == [MOB]
    # a protest and its counter-protest broken up stay a protest with intervention
    text = (
        "Officers in Kelvale used tear gas on two rival camps, the first cheering the"
        " winner while the second was protesting at the result."
    )
    assert _types(model, text) == [("Protests", "Protest with intervention")]


def test_property_told_destroyed_by_rioters_is_a_mob(model: Any) -> None:
    # told from the victims' side, the crowd only its agent, no demonstration named
    text = "Vendors in Kelvale lost their goods after their stalls were destroyed by rioters."
    assert _types(model, text) == [MOB]
    # the same crowd named protesting: the demonstration's own violence
    text = "In Kelvale, twelve stalls were destroyed by rioters protesting the tax increase."
    assert _types(model, text) == [("Riots", "Violent demonstration")]


def test_an_officer_stabbed_by_rioters_stays_a_violent_demonstration(model: Any) -> None:
    # rioters fighting the state, not turning on civilians
    text = "Riots broke out in Kelvale, where an officer on patrol was stabbed by rioters."
    assert _types(model, text) == [("Riots", "Violent demonstration")]


def test_citizens_storming_an_office_are_an_unarmed_crowd(model: Any) -> None:
    # citizens, like traders or villagers, bear no arms: their storming is a riot
    text = "Hundreds of angry citizens stormed the district offices on Friday."
    assert _types(model, text) == [MOB]
