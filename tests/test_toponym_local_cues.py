"""Place cues of local news: a person's town after "of" ("Jane Doe of X"), a town's
institutions and officers after its name ("the X Public Library", "X Federal Credit
Union", "X Vice-Mayor", "the X Air Force Base"), "the community of X".
Sentences are written by the team; the gazetteer is the test cache
(`tests/.cache/gazetteer.sqlite`, built on first use)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from eventwire.errors import GazetteerError
from eventwire.gazetteer import Gazetteer, build
from eventwire.geo import resolve
from eventwire.records import Analysis, Document, Mention, Place
from eventwire.toponym_cues import has_cue, residence
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


def places(gaz: Gazetteer, index: GeoIndex, text: str, *gpes: str) -> dict[str, Place]:
    """The text's places by their text (the first of each); `gpes` labelled GPE."""
    mentions = []
    for name in gpes:
        start = text.find(name)
        while start >= 0:
            mentions.append(Mention(start, start + len(name), name, "GPE", 0))
            start = text.find(name, start + 1)
    analysis = Analysis(
        Document("doc", text), mentions=tuple(sorted(mentions, key=lambda m: m.start))
    )
    found: dict[str, Place] = {}
    for place in resolve(analysis, gaz, index):
        found.setdefault(place.text, place)
    return found


def test_a_person_s_town_after_of_is_a_place(gaz: Gazetteer, index: GeoIndex) -> None:
    text = (
        "Deputies in Colorado rescued two hikers on Sunday. "
        "Dana Whitfield of Castle Rock thanked the crew."
    )
    start = text.index("Castle Rock")
    assert residence(text, start)
    assert not residence("The University of Castle Rock", len("The University of "))
    found = places(gaz, index, text, "Colorado")
    assert found["Castle Rock"].entry.admin1_code == "CO"


def test_a_town_s_institutions_after_its_name_are_a_cue() -> None:
    for text in (
        "A grant went to the Greeley Public Library on Monday.",
        "He robbed the Greeley Federal Credit Union last week.",
        "The Greeley Education Foundation gave $5,000.",
        "She spoke at the Greeley Senior Center.",
        "A lunch is served at the Greeley Senior Citizens Center.",
        "The Greeley Community Center opens at noon.",
        "He was flown to Greeley Regional Medical Center.",
        "Two men appeared at Greeley Magistrates' Court on Friday.",
    ):
        start = text.index("Greeley")
        assert has_cue(text, start, start + len("Greeley")), text
    text = "Greeley Smith said he would run again."
    assert not has_cue(text, 0, len("Greeley"))


def test_a_county_or_district_council_and_a_town_hall_cue_their_place() -> None:
    text = "Kirklees District Council and Galway County Council met at Ottumwa City Hall."
    for name in ("Kirklees", "Galway", "Galway County", "Ottumwa"):
        start = text.index(name)
        assert has_cue(text, start, start + len(name)), name
    # "X City Council": "X City" is not the place a bare "Council" follows
    text = "The Quincy City Council met."
    start = text.index("Quincy City")
    assert not has_cue(text, start, start + len("Quincy City"))


def test_a_community_of_and_a_vice_mayor_cue_their_place(gaz: Gazetteer, index: GeoIndex) -> None:
    text = "Schools stay shut, said Pella Vice-Mayor Jo Tate, after a storm in Iowa."
    assert places(gaz, index, text, "Iowa")["Pella"].entry.admin1_code == "IA"
    for text, name in (
        ("Two hens died last week in the community of Winterset.", "Winterset"),
        ("Schools stay shut, said Pella Vice-Mayor Jo Tate.", "Pella"),
    ):
        start = text.index(name)
        assert has_cue(text, start, start + len(name)), text


def test_a_military_installation_names_the_town_beside_it(gaz: Gazetteer, index: GeoIndex) -> None:
    text = "Engineers at the Winterset Proving Ground in Iowa tested new shells."
    assert places(gaz, index, text, "Iowa")["Winterset"].entry.admin1_code == "IA"
    text = "Crews at the Pella Air Force Base in Iowa were told to stay home."
    assert places(gaz, index, text, "Iowa")["Pella"].entry.admin1_code == "IA"
