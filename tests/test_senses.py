"""Trigger words in senses that report no incident (`eventwire.senses`)."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from eventwire import api
from eventwire.senses import other_sense
from eventwire.triggers import Trigger, find_triggers


def _triggers(model: Any, text: str, word: str) -> list[Trigger]:
    return [t for t in find_triggers(model(text)) if t.token.lower_ == word]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a word inside a name, or the month
        ("Fans of Rocket Derby can buy a Rocket Ticket from Friday.", "rocket"),
        ("The whole campaign turns on the March 8 Super Saturday caucuses.", "march"),
        # a word that only describes another thing
        ("Engineers fitted a rocket engine to the old glider.", "rocket"),
        ("Keep each module small to limit the blast radius of any bug.", "blast"),
        ("The tycoons moved the money through their shell firms.", "shell"),
        ("She sang a few protest songs from the seventies.", "protest"),
        ("Each cake is dipped in a thin sugar shell.", "shell"),
        ("Intense lightning strikes lit up the valley last night.", "strikes"),
        ("An unusual storm of hail hit the orchards.", "storm"),
        # criticised, failed, soared
        ("Rival senators blasted him for the late budget.", "blasted"),
        ("Their second album bombed.", "bombed"),
        # an arrest for ordinary crime
        ("A 41-year-old cook was arrested for shoplifting at the mall.", "arrested"),
        ("The driver was arrested for drunk driving on Elm Road.", "arrested"),
        # a move into no place, finds in a game, a confiscation of no weapon
        ("The heavy curtain fell to the floor.", "fell"),
        ("The scores were entered into a spreadsheet.", "entered"),
        ("In level two you find extra ammunition behind the barn.", "find"),
        ("Teachers confiscate phones that ring in class.", "confiscate"),
        # a deal, a split, a demo and protests with no conflict in them
        ("The bakery signed a lease deal for a second oven.", "signed"),
        ("Fans still argue about the drummer's split from the band.", "split"),
        ("This demo only runs on the newest graphics card.", "demo"),
        ("Noisy protests about rents are pushing councils toward reform.", "protests"),
    ],
)
def test_a_word_in_its_other_sense(model: Any, text: str, word: str) -> None:
    found = _triggers(model, text, word)
    assert found
    assert all(other_sense(t, [], False) for t in found)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Militants fired a rocket at the army camp near Torvia on Monday.", "rocket"),
        ("A mortar shell landed in the market, wounding four traders.", "shell"),
        ("Hundreds of students marched through Delmar on March 9.", "marched"),
        ("Gunmen stormed the hotel at dawn.", "stormed"),
        ("Insurgents bombed the police station in Kelvar.", "bombed"),
        ("Police arrested twelve opposition activists at the rally.", "arrested"),
        ("Police arrested the journalist for his reports on the army.", "arrested"),
        ("The town fell to the rebels after a week of fighting.", "fell"),
        ("Troops entered into Harlow district on Friday.", "entered"),
        ("Soldiers confiscate rifles at a checkpoint outside Brant.", "confiscate"),
        ("The two militias signed a ceasefire agreement in Orlan.", "signed"),
        ("The two governments signed a deal on grazing rights.", "signed"),
        ("Residents held a demo against the new dump.", "demo"),
        ("Traders staged protests outside the county offices.", "protests"),
        ("Youths protest poor roads in Kamsa.", "protest"),
    ],
)
def test_a_word_in_its_conflict_sense(model: Any, text: str, word: str) -> None:
    found = _triggers(model, text, word)
    assert found
    assert not any(other_sense(t, [], False) for t in found)


@pytest.mark.parametrize(
    "text",
    [
        "The bakery signed a lease deal for a second oven on Monday.",
        "A 41-year-old cook was arrested for shoplifting at the mall on Monday.",
        "Intense lightning strikes lit up the valley on Monday night.",
        "Engineers fitted a rocket engine to the old glider on Monday.",
    ],
)
def test_general_news_codes_no_event(text: str) -> None:
    assert api.extract_text(text, published_at=date(2021, 3, 4)) == []


def test_a_rocket_attack_is_still_coded() -> None:
    text = "Militants fired a rocket at the army camp near Torvia on Monday."
    events = api.extract_text(text, published_at=date(2021, 3, 4))
    assert [e.event_type for e in events] == ["Explosions/Remote violence"]


def test_strikes_in_a_dispute_over_pay_are_stoppages() -> None:
    text = "Further strikes over unpaid salaries shut three clinics in Arlow on Monday."
    events = api.extract_text(text, published_at=date(2021, 3, 4))
    assert [e.sub_event_type for e in events] == ["Peaceful protest"]
