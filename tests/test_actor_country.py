"""Actor names that carry their country and group: a country guessed from place-cued
names where the geoparser placed nothing, demonyms saying whose a place is, clan
militias, the suspected group, and a crowd that accuses the police."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pytest

from eventwire.actorcountry import cued_country
from eventwire.actors import ActorTable, builtin_actor_table
from eventwire.gazetteer import Match
from eventwire.geofocus import names_people
from eventwire.records import GazetteerEntry, Mention, Place
from eventwire.toponym_cues import has_cue
from test_roles import FRONT, GUNMEN, POLICE, code, one

# A made-up gazetteer: Zindara and Ulumbo are only Kenya's, Portvale is a town of two
# countries, Oldham is only another name of a Kenyan town, Lakeby a hamlet.
_PLACES = {
    "Zindara": [("KE", "P", 2, 20_000)],
    "Ulumbo": [("KE", "A", 2, 0)],
    "Portvale": [("KE", "P", 2, 20_000), ("TZ", "P", 2, 20_000)],
    "Oldham": [("KE", "P", 1, 20_000)],
    "Kaliro": [("UG", "P", 2, 20_000)],
    "Lakeby": [("IT", "P", 2, 800)],
}


class _Gazetteer:
    def matches(self, names: Sequence[str]) -> dict[str, list[Match]]:
        found = {}
        for name in names:
            rows = _PLACES.get(name, [])
            found[name] = [
                Match(GazetteerEntry(i, name, 0.0, 0.0, code, fclass, "PPL", people), quality)
                for i, (code, fclass, quality, people) in enumerate(rows)
            ]
        return {name: hits for name, hits in found.items() if hits}


@pytest.mark.parametrize(
    "text",
    [
        "Residents of Zindara protested over the road.",
        "Students rioted in Zindara.",
        "Traders blocked a road in Ulumbo county.",
        "Police and a gang exchanged fire at Ketteli (Zindara).",
        "A protest at the University of Zindara turned violent.",
    ],
)
def test_a_place_cued_name_of_one_country_gives_the_country(text: str) -> None:
    assert cued_country(text, [], _Gazetteer()) == "KE"


@pytest.mark.parametrize(
    "text",
    [
        "Riots broke out in Portvale.",  # a town of two countries
        "Riots broke out in Oldham.",  # only another name of a town
        "Zindara Road was blocked by youths.",  # no place cue
        "Riots broke out in Zindara and in Kaliro.",  # a tie
        "Riots broke out in March.",  # a month
        "Riots broke out in Lakeby.",  # a hamlet's namesake
    ],
)
def test_no_country_without_one_clear_place(text: str) -> None:
    assert cued_country(text, [], _Gazetteer()) is None


def test_a_name_the_ner_took_for_a_person_is_no_place() -> None:
    text = "A letter from Zindara angered the crowd."
    person = Mention(14, 21, "Zindara", "PERSON", 0)
    assert cued_country(text, [person], _Gazetteer()) is None
    partial = Mention(17, 21, "dara", "PERSON", 0)  # the NER took a piece of it
    assert cued_country(text, [partial], _Gazetteer()) == "KE"


def test_residents_of_a_name_present_it_as_a_place() -> None:
    text = "Angry residents of Tilbury blocked the road."
    start = text.index("Tilbury")
    assert has_cue(text, start, start + len("Tilbury"))


def test_a_demonym_saying_whose_a_place_is_names_people() -> None:
    text = "Rioters looted a Lebanese-owned shop and the Lebanese community hall."
    for start in (text.index("Lebanese"), text.rindex("Lebanese")):
        entry = GazetteerEntry(1, "Lebanon", 0.0, 0.0, "LB", "A", "PCLI")
        demonym = Place(start, start + 8, "Lebanese", entry, 1.0, "demonym")
        assert names_people(text, demonym)


@pytest.fixture(scope="module")
def table() -> ActorTable:
    version, entries = builtin_actor_table()
    return ActorTable(entries, version)


def _names(table: ActorTable, text: str) -> list[str]:
    return [actor.name for _, _, actor in table.match(text, focus="KE")]


def test_clans_the_table_does_not_know_are_clan_militias(table: ActorTable) -> None:
    text = "A boy died in clashes between the Abero and Kitano clans."
    assert _names(table, text) == ["Abero Clan Militia (Kenya)", "Kitano Clan Militia (Kenya)"]
    text = "Clashes between the Borana and Gabra clans left two dead."  # peoples of the table
    assert _names(table, text) == ["Borana Ethnic Militia (Kenya)", "Gabra Ethnic Militia (Kenya)"]


def test_a_fight_between_a_member_of_each_people(table: ActorTable) -> None:
    text = "Two herders were wounded in a fight between a Samburu and Turkana at the well."
    assert _names(table, text) == [
        "Samburu Ethnic Militia (Kenya)",
        "Turkana Ethnic Militia (Kenya)",
    ]


def test_the_kenyan_defence_force(table: ActorTable) -> None:
    assert _names(table, "The Kenyan Defence Force repulsed an assault on its camp.") == [
        "Military Forces of Kenya"
    ]


@pytest.mark.parametrize(
    "second",
    [
        "The Northern Liberation Front is suspected.",
        "Police suspect the Northern Liberation Front.",
        "The Northern Liberation Front confirmed and claimed responsibility for the attack.",
    ],
)
def test_the_suspected_or_claiming_group_replaces_an_unnamed_attacker(
    model: Any, second: str
) -> None:
    text = f"Gunmen ambushed a bus on the highway and killed four traders. {second}"
    event = one(model, text, [("Gunmen", GUNMEN), ("Northern Liberation Front", FRONT)])
    assert event.actor1 == FRONT.name


def test_a_crowd_accusing_the_police_keeps_its_protest(model: Any) -> None:
    text = (
        "Traders protested at the market over new levies. "
        "The protesters accused the police of extortion."
    )
    found = code(model, text, [("police", POLICE)])
    assert found and found[0].event_type == "Protests"
    assert found[0].actor1 == "Protesters (Nigeria)"


def test_suspects_arrested_are_not_a_claim(model: Any) -> None:
    text = "Gunmen killed four traders on the highway. Police arrested the suspect."
    event = code(model, text, [("Gunmen", GUNMEN), ("Police", POLICE)])[0]
    assert event.actor1 == GUNMEN.name
