"""Geoparsing rules for names that several places share: a country's name borne by a
town of the text's own country, a division named like its country, the votes of names
nothing was kept for, abbreviated saints and forts, street names, a town named with
its state, where a person lives, divisions' relative support, and the marks of
American local news. Sentences are written by the team; the gazetteer is the test
cache (`tests/.cache/gazetteer.sqlite`, built on first use)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from eventwire.errors import GazetteerError
from eventwire.gazetteer import Gazetteer, build
from eventwire.geo import resolve
from eventwire.geoparse import GEOPARSE_STAGES
from eventwire.georegions import relative
from eventwire.pipeline import Context, get_stage, run_stage
from eventwire.records import Analysis, Document, Mention, Place
from eventwire.settings import Settings
from eventwire.toponym_cues import has_cue, names_a_town, street_name, us_local_marks
from eventwire.toponym_index import GeoIndex, spelled_out
from eventwire.us_states import state_follows

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
    """The text's places by their text (the first of each), `gpes` labelled by the NER."""
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


def test_a_country_name_borne_by_a_town_among_the_texts_towns_is_the_town(
    gaz: Gazetteer, index: GeoIndex
) -> None:
    text = "Deputies arrested a Lebanon man on Tuesday, the Boone County Sheriff's Office said."
    lebanon = places(gaz, index, text, "Lebanon")["Lebanon"].entry
    assert (lebanon.country_code, lebanon.admin1_code) == ("US", "IN")
    found = places(gaz, index, "Fighting broke out in southern Lebanon.", "Lebanon")
    assert found["Lebanon"].entry.feature_code == "PCLI"


def test_a_list_of_countries_keeps_its_countries(gaz: Gazetteer, index: GeoIndex) -> None:
    # towns of Maine bear all three names, side by side, and the text is American
    text = (
        "Sales of Iowa corn to China, Norway and Mexico rose 4 percent to $2 million, "
        "the state Department of Agriculture said."
    )
    found = places(gaz, index, text, "Iowa", "China", "Norway", "Mexico")
    assert found["Norway"].entry.feature_code == "PCLI"
    assert found["Mexico"].entry.feature_code == "PCLI"


def test_a_division_named_like_its_country_gives_way_to_the_country(
    gaz: Gazetteer, index: GeoIndex
) -> None:
    text = "Officials in Taipei said the virus had spread across Taiwan."
    found = places(gaz, index, text, "Taipei", "Taiwan")
    assert found["Taiwan"].entry.feature_code == "PCLI"


def test_a_country_named_like_its_capital_is_the_country(gaz: Gazetteer, index: GeoIndex) -> None:
    found = places(gaz, index, "The Vatican said the Pope would rest for a week.")
    assert found["Vatican"].entry.feature_code == "PCLI"


def test_a_name_nothing_was_kept_for_does_not_steer_the_focus(
    gaz: Gazetteer, index: GeoIndex
) -> None:
    # "Marcillac" taken for a place is a French village's name only; nothing keeps it
    text = "A Gainesville man was sentenced on Friday, his lawyer Anne Marcillac said."
    found = places(gaz, index, text, "Marcillac")
    assert "Marcillac" not in found
    assert found["Gainesville"].entry.country_code == "US"


def test_saint_and_fort_abbreviated_find_the_spelled_out_names(
    gaz: Gazetteer, index: GeoIndex
) -> None:
    assert spelled_out("St. Paul") == "Saint Paul"
    assert spelled_out("Ft. Worth") == "Fort Worth"
    assert spelled_out("Stanton") is None
    found = places(gaz, index, "Flooding closed two roads in St. Paul, Minn., on Monday.")
    assert found["St. Paul"].entry.name == "Saint Paul"
    assert found["St. Paul"].entry.admin1_code == "MN"
    # a dateline in capitals: one name, spelled out as well
    assert spelled_out("MT. SHASTA") == "Mount SHASTA"
    found = places(gaz, index, "MT. SHASTA, Calif. — Snow closed two roads on Monday.")
    assert found["MT. SHASTA"].entry.name == "Mount Shasta"


def test_a_street_named_after_a_city_is_no_place(gaz: Gazetteer, index: GeoIndex) -> None:
    text = "Police said the man lived at 2400 Memphis St. in Ocala and worked on Lenoir Street."
    assert street_name(text, text.index("Memphis") + len("Memphis"))
    found = places(gaz, index, text, "Memphis", "Ocala", "Lenoir")
    assert "Memphis" not in found and "Lenoir" not in found
    assert "Ocala" in found
    road = "Crews closed Mahnomen County Road 3 on Friday."
    assert not street_name(road, road.index(" Road"))
    assert "Mahnomen County" in places(gaz, index, road)


def test_a_town_named_with_its_state_stands_at_a_sentence_start(
    gaz: Gazetteer, index: GeoIndex
) -> None:
    text = "HAYS, Kan. Strong winds toppled six trucks on Interstate 70."
    assert state_follows(text, 4)
    found = places(gaz, index, text)
    assert (found["HAYS"].entry.name, found["HAYS"].entry.admin1_code) == ("Hays", "KS")


def test_where_a_person_lives_and_a_based_company_are_places() -> None:
    text = "said Mary Olson of Northbrook, whose sister works for a Northbrook-based firm."
    assert has_cue(text, text.index("Northbrook"), text.index("Northbrook") + 10)
    second = text.rindex("Northbrook")
    assert has_cue(text, second, second + 10)
    bank = "a loan from the Bank of Northbrook"
    assert not has_cue(bank, bank.index("Northbrook"), len(bank))
    home = "Jane Roe, 41, Jordan, was charged on Monday."
    assert names_a_town(home, home.index("Jordan"), home.index("Jordan") + 6)


def test_a_towns_school_district_names_the_town(gaz: Gazetteer, index: GeoIndex) -> None:
    text = "The Lebanon Independent School District will hold a parents' night on Monday."
    start = text.index("Lebanon")
    assert names_a_town(text, start, start + len("Lebanon"))
    assert has_cue(text, start, start + len("Lebanon"))
    found = places(gaz, index, text, "Lebanon")
    assert found["Lebanon"].entry.feature_class == "P"


def test_division_support_is_relative_to_the_strongest() -> None:
    support = {("US", "MN"): 10.0, ("US", "CO"): 0.5}
    assert relative(support) == {("US", "MN"): 1.0, ("US", "CO"): 0.05}
    weak = {("US", "MN"): 0.6, ("US", "CO"): 0.4}
    assert relative(weak) == weak


def test_more_marks_of_american_local_news() -> None:
    text = "The City Hall meeting at 1200 E. Broad St. starts at 7 p.m. on Jan. 5."
    assert us_local_marks(text) == 3
    assert us_local_marks("Councilwoman Ruth Hale said state lawmakers must act.") == 2
    assert us_local_marks("The council met at the town hall at 7pm on 5 January.") == 0


def test_geoparsing_keeps_copies_and_sets_aside_other_languages() -> None:
    assert "dedupe" not in GEOPARSE_STAGES
    ctx = Context(Settings.load())
    same = "Police in Ocala arrested two men on Monday."
    batch = [
        Analysis(Document("a", same, language="en")),
        Analysis(Document("b", same, language="en")),
        Analysis(Document("c", "La police a arrêté deux hommes.", language="fr")),
    ]
    out, failures = run_stage(get_stage("geo_gate"), batch, ctx)
    assert not failures
    assert [a.skipped for a in out] == [None, None, "language:fr"]


def test_a_town_beside_its_county_outweighs_a_capital_abroad(
    gaz: Gazetteer, index: GeoIndex
) -> None:
    text = "Vienna police said the bridge was closed. Dooly County crews cleared the debris."
    town = places(gaz, index, text, "Vienna", "Dooly County")["Vienna"]
    assert town.entry.admin1_code == "GA"
    assert "in Dooly County, which the text names" in town.explanation


def test_a_county_and_the_town_of_its_name_are_one_name_not_two_neighbours(
    gaz: Gazetteer, index: GeoIndex
) -> None:
    # a small Fulton lies inside a small Fulton County in another state: the pair is one
    # name said twice, no sign that the text is about that state
    text = "A man was robbed on Tuesday in Fulton County. Fulton police are looking for two men."
    found = places(gaz, index, text, "Fulton County", "Fulton")
    assert found["Fulton County"].entry.admin1 == "Georgia"
    assert found["Fulton"].entry.admin1 == "Georgia"


def test_x_city_before_the_towns_council_is_the_town_x(gaz: Gazetteer, index: GeoIndex) -> None:
    # "Galway City" is another name of Galway (and a division's own): the council's town
    text = "Members of the Galway City Council voted on Monday to close the road."
    found = places(gaz, index, text, "Galway City")
    assert "Galway City" not in found
    assert found["Galway"].entry.feature_class == "P"


def test_a_states_name_in_a_text_weakly_about_its_country_is_the_state(
    gaz: Gazetteer, index: GeoIndex
) -> None:
    # a town name found in several states, all American: a weak focus, but the only one
    text = "Both were driven to a clinic in north Georgia, Fayetteville Police said."
    found = places(gaz, index, text, "Georgia")
    assert (found["Georgia"].entry.country_code, found["Georgia"].entry.feature_code) == (
        "US",
        "ADM1",
    )


def test_the_texts_own_country_named_leaves_a_home_namesake_the_town(
    gaz: Gazetteer, index: GeoIndex
) -> None:
    text = (
        "The sale will be held past the Lebanon Civic Center on U.S. 52, "
        "the Boone County sheriff told reporters."
    )
    lebanon = places(gaz, index, text, "Lebanon", "U.S.")["Lebanon"].entry
    assert (lebanon.country_code, lebanon.admin1_code) == ("US", "IN")
