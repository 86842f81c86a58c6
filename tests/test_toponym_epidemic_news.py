"""Place names as news of outbreaks writes them: a locative word before a list governs
every name in it ("from Pella and Winterset"), a town named with its state in full, a
town's name inside a virus's, a division's name opening a valley's. Sentences are
written by the team; the gazetteer is the test cache (`tests/.cache/gazetteer.sqlite`,
built on first use)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from eventwire.errors import GazetteerError
from eventwire.gazetteer import Gazetteer, build
from eventwire.geo import resolve
from eventwire.records import Analysis, Document, Mention, Place
from eventwire.toponym_index import GeoIndex

CACHE = Path(__file__).resolve().parent / ".cache" / "gazetteer.sqlite"


@pytest.fixture(scope="module")
def gaz() -> Iterator[Gazetteer]:
    try:
        gazetteer = Gazetteer.open(CACHE)
    except GazetteerError:
        build(CACHE)
        gazetteer = Gazetteer.open(CACHE)
    yield gazetteer
    gazetteer.close()


@pytest.fixture(scope="module")
def index(gaz: Gazetteer) -> GeoIndex:
    return GeoIndex.open(gaz)


def places(gaz: Gazetteer, index: GeoIndex, text: str, **labels: str) -> list[Place]:
    """The text's places; `labels` give the NER's label of each name
    ("Ann_Winterset" for "Ann Winterset"), a one-word name's outside longer ones."""
    mentions: list[Mention] = []
    for key, label in sorted(labels.items(), key=lambda kv: -len(kv[0])):
        name = key.replace("_", " ")
        start = text.find(name)
        while start >= 0:
            if not any(m.start <= start < m.end for m in mentions):
                mentions.append(Mention(start, start + len(name), name, label, 0))
            start = text.find(name, start + 1)
    analysis = Analysis(
        Document("doc", text), mentions=tuple(sorted(mentions, key=lambda m: m.start))
    )
    return resolve(analysis, gaz, index)


def test_a_locative_word_before_a_list_makes_each_name_a_place(
    gaz: Gazetteer, index: GeoIndex
) -> None:
    text = "Inspectors took samples from Pella and Winterset farms in Iowa."
    found = places(gaz, index, text, Pella="ORG", Winterset="ORG", Iowa="GPE")
    assert {"Pella", "Winterset"} <= {p.text for p in found}
    text = "Judges named Pella and Winterset as the winners."
    assert not places(gaz, index, text, Pella="ORG", Winterset="ORG")


def test_a_town_named_with_its_state_in_full_is_a_place_though_a_surname(
    gaz: Gazetteer, index: GeoIndex
) -> None:
    text = "Dr. Ann Winterset treated the calf. The herd was later moved to Winterset, Iowa."
    found = places(gaz, index, text, Ann_Winterset="PERSON", Winterset="GPE", Iowa="GPE")
    assert text.rindex("Winterset") in [p.start for p in found if p.text == "Winterset"]
    text = "Dr. Ann Winterset treated the calf. The herd was later moved to Winterset."
    found = places(gaz, index, text, Ann_Winterset="PERSON", Winterset="GPE")
    assert "Winterset" not in {p.text for p in found}


def test_a_town_s_name_inside_a_virus_s_is_no_place(gaz: Gazetteer, index: GeoIndex) -> None:
    text = (
        "The Winterset virus was first found in Winterset, Iowa. "
        "Farmers fear the Winterset virus will spread."
    )
    found = places(gaz, index, text, Winterset="GPE", Iowa="GPE")
    assert [p.start for p in found if p.text == "Winterset"] == [text.index("Winterset,")]


def test_a_division_s_name_opening_a_valley_s_is_the_division(
    gaz: Gazetteer, index: GeoIndex
) -> None:
    text = "Heavy rain flooded farms in the Palnadu Valley on Monday."
    found = places(gaz, index, text, Palnadu_Valley="LOC")
    assert [(p.text, p.entry.feature_code) for p in found] == [("Palnadu", "ADM2")]
