"""The line between ACLED's violence types (Attack, Armed clash, Mob violence) on
sentences written by the team and parsed by the real spaCy model: who found the dead
is not who killed them (`triggerparse`), an aid agency's officer is a civilian
(`civiltargets`), a bracketed aside's negation says nothing of the clause beside it
while an aside stays under the modal of the clause around it (`clausebreaks`), a chain of
verbs shares its first verb's doers (`triggerparse`). One rule a case."""

from __future__ import annotations

from typing import Any

import pytest

from eventwire.records import Actor, Inter
from test_subtypes import code, one


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        ("The body of a constable was found by farmers near the river.", "Armed clash"),
        ("The body of a teacher was discovered by villagers near the river.", "Attack"),
    ],
)
def test_the_finders_of_the_dead_are_not_a_mob(model: Any, text: str, sub_event_type: str) -> None:
    event = one(model, text)
    assert (event.sub_event_type, event.actor1.startswith("Rioters")) == (sub_event_type, False)


@pytest.mark.parametrize(
    "text",
    [
        "Bandits shot and wounded an aid officer on the road to the camp.",
        "A Red Crescent officer was stabbed by an armed gang at the depot.",
    ],
)
def test_an_aid_agency_officer_is_a_civilian(model: Any, text: str) -> None:
    assert one(model, text).sub_event_type == "Attack"


def test_a_bracketed_negation_leaves_the_clause_beside_it(model: Any) -> None:
    text = "In March (the exact day was not given), Pokot and Turkana herders clashed at the dam."
    assert one(model, text).sub_event_type == "Armed clash"


def test_an_aside_stays_under_the_modal_around_it(model: Any) -> None:
    assert (
        code(model, "Players may unlock new looks (a bomb blast, a fire burst) for their avatars.")
        == ()
    )


def test_a_chain_of_verbs_shares_the_first_ones_doers(model: Any) -> None:
    text = "Traders seized him, dragged him to the square, kicked him and set him ablaze."
    event = one(model, text)
    assert (event.sub_event_type, event.actor1) == ("Mob violence", "Rioters (Nigeria)")


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        ("Police shot people they said were members of the Tarewa Front.", "Armed clash"),
        ("Officers gunned down members of the Tarewa Front, some of them innocent.", "Armed clash"),
        ("Police executed two members of the Tarewa Front held at the station.", "Attack"),
    ],
)
def test_state_forces_against_a_named_armed_group_fight_it(
    model: Any, text: str, sub_event_type: str
) -> None:
    # ACLED: state forces against an organised armed group is an armed clash, unless the
    # report tells executions or unarmed victims
    police = Actor("Police Forces of Nigeria (2023-)", Inter.STATE, "NG")
    front = Actor("Tarewa Front", Inter.POLITICAL_MILITIA, "NG")
    doer = "Police" if text.startswith("Police") else "Officers"
    actors = [(doer, police), ("Tarewa Front", front)]
    assert one(model, text, actors).sub_event_type == sub_event_type


def test_people_who_took_up_arms_fought(model: Any) -> None:
    # ACLED: a side that armed itself to fight is no unarmed victim: an armed clash
    text = "Farmers in Kelvale took up arms against a cattle gang; nine people were killed."
    assert one(model, text).event_type == "Battles"


@pytest.mark.parametrize(
    "text",
    [
        # the attacked side fighting back, told in the attack's own sentence
        "Raiders attacked traders at the Kelvale market, who used clubs to defend themselves.",
        # or in the next sentence, which alone would be a brawl
        "Raiders from Marobi attacked Tarewa village on Monday. The villagers fought back.",
    ],
)
def test_victims_who_fought_back_make_a_clash(model: Any, text: str) -> None:
    # ACLED: an attack on civilians who fight back is an armed clash
    assert one(model, text).sub_event_type == "Armed clash"


def test_no_resistance_leaves_the_attack(model: Any) -> None:
    text = "Raiders attacked Tarewa village and met no resistance from the frightened villagers."
    assert one(model, text).sub_event_type == "Attack"


def test_officers_wounded_in_the_next_sentence_make_a_clash(model: Any) -> None:
    # the side attacked had armed men among its wounded: an attack on armed forces
    text = "Bandits ambushed a lorry near Marobi on Monday. Two rangers were badly wounded."
    assert one(model, text).sub_event_type == "Armed clash"


def test_men_killed_by_troops_named_back_as_bandits_make_a_clash(model: Any) -> None:
    police = Actor("Police Forces of Nigeria (2023-)", Inter.STATE, "NG")
    text = (
        "Police shot dead four men near Marobi on Monday."
        " The bandits were said to be planning a cattle raid."
    )
    assert one(model, text, [("Police", police)]).sub_event_type == "Armed clash"
