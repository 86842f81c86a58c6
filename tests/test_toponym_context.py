"""Geoparsing rules for local news: a person's surname is no place, a street's name
is no town, hyphenated neighbouring towns, a state named again and again, a county
called by its bare name, American spelling as a mark of American news, and a state
named after a possessive ("Smith's Texas plant"). Sentences
are written by the team; the gazetteer is the test cache
(`tests/.cache/gazetteer.sqlite`, built on first use)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from eventwire.errors import GazetteerError
from eventwire.gazetteer import Gazetteer, build
from eventwire.geo import resolve
from eventwire.records import Analysis, Document, Mention, Place
from eventwire.toponym_cues import (
    feature_name,
    has_cue,
    listed_division_names,
    street_name,
    us_local_marks,
)
from eventwire.toponym_grams import _ngrams
from eventwire.toponym_index import GeoIndex
from eventwire.toponym_pairs import hyphened_neighbours
from eventwire.toponym_people import speaks, surnames

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


def places(
    gaz: Gazetteer, index: GeoIndex, text: str, *gpes: str, people: tuple[str, ...] = ()
) -> dict[str, Place]:
    """The text's places by their text (the first of each); `gpes` labelled GPE by the
    NER, `people` PERSON."""
    mentions = []
    for names, label in ((gpes, "GPE"), (people, "PERSON")):
        for name in names:
            start = text.find(name)
            while start >= 0:
                mentions.append(Mention(start, start + len(name), name, label, 0))
                start = text.find(name, start + 1)
    analysis = Analysis(
        Document("doc", text), mentions=tuple(sorted(mentions, key=lambda m: m.start))
    )
    found: dict[str, Place] = {}
    for place in resolve(analysis, gaz, index):
        found.setdefault(place.text, place)
    return found


def test_surnames_from_full_names() -> None:
    text = (
        "Coach Dan Granby praised the team. Tom J. Clark, 33, was charged, and "
        "Ann Bell, 41, of Lakeview was a witness. The Rev. Roy Jones spoke."
    )
    assert {"Granby", "Clark", "Bell", "Jones"} <= surnames(text)
    assert "Lakeview" not in surnames(text)
    assert not surnames("North Laurel 56, Clay County 45, in the final.")  # scores
    mention = Mention(0, 13, "Maria Welch's", "PERSON", 0)
    assert "Welch" in surnames("Maria Welch's car was found.", [mention])
    elder = Mention(6, 22, "Harold Kelvin Sr", "PERSON", 0)  # a generation after the name
    assert "Kelvin" in surnames("Under Harold Kelvin Sr the mill grew.", [elder])


def test_a_title_ending_a_sentence_gives_the_next_word_no_surname() -> None:
    # "Judge" takes no dot: the one after it ends the sentence, and "Tolo" opens the next
    text = "Voters picked a new Probate Judge. Tolo attorneys welcomed the result."
    assert "Tolo" not in surnames(text)
    assert "Tolo" in surnames("Voters heard from Dr. Tolo on Monday.")


def test_a_surname_alone_is_no_place(gaz: Gazetteer, index: GeoIndex) -> None:
    text = (
        "Desmond Clark, 22, was sentenced on Monday in Alexandria, Louisiana. "
        "Clark told the judge he was sorry. Police found the gun in Clark's car."
    )
    found = places(gaz, index, text, "Alexandria", "Louisiana", "Clark")
    assert "Clark" not in found
    assert found["Alexandria"].entry.admin1_code == "LA"


def test_a_one_word_person_whose_full_name_the_text_gives_is_no_place(
    gaz: Gazetteer, index: GeoIndex
) -> None:
    # the NER marks each "Kilgore" a person but misses the full name: the text gives it
    said = "The plan, Kilgore said, would go ahead in Rusk County."
    met = f"Residents met Ngozi Kilgore on Monday. {said}"
    assert "Kilgore" not in places(gaz, index, met, people=("Kilgore",))
    assert "Kilgore" in places(gaz, index, said, people=("Kilgore",))  # no one is called so
    north = f"Crews drove from North Kilgore on Monday. {said}"  # no given name: a place's
    assert "Kilgore" in places(gaz, index, north, people=("Kilgore",))


def test_a_surname_speaking_takes_no_sense_of_the_town_of_its_name(
    gaz: Gazetteer, index: GeoIndex
) -> None:
    text = (
        "Crews cleared roads in Kilgore on Monday. Mayor Ngozi Kilgore thanked them. "
        "The work went well, Kilgore said."
    )
    start = text.index("Kilgore")
    mention = Mention(start, start + len("Kilgore"), "Kilgore", "GPE", 0)
    found = resolve(Analysis(Document("doc", text), mentions=(mention,)), gaz, index)
    assert start in {p.start for p in found}  # "in Kilgore": the town
    assert text.rindex("Kilgore") not in {p.start for p in found}  # "Kilgore said": the mayor
    assert speaks(text, text.rindex("Kilgore"), text.rindex("Kilgore") + 7)
    assert speaks("Asked about it, said Kilgore, no one knew.", 21, 28)
    assert not speaks(text, start, start + 7)


def test_a_surname_with_a_place_cue_stays_a_place(gaz: Gazetteer, index: GeoIndex) -> None:
    text = "Mayor Ann Dayton said the road to Dayton, Ohio, reopened after the flood in Dayton."
    found = places(gaz, index, text, "Dayton", "Ohio")
    assert found["Dayton"].entry.admin1_code == "OH"


def test_a_street_with_a_compass_word_is_no_place(gaz: Gazetteer, index: GeoIndex) -> None:
    text = "The shop at 207 South Main St. in Ocala was robbed, and North Cooper Street closed."
    assert street_name(text, text.index("South") + len("South"))
    assert street_name(text, text.index("North") + len("North"))
    assert not street_name("roads in Marion County Road 3", len("roads in Marion"))
    assert street_name("a crash on Tucson Drive", len("a crash on Tucson"))
    found = places(gaz, index, text, "Ocala")
    assert "South" not in found and "North" not in found
    assert "Ocala" in found


def test_hyphenated_neighbouring_towns(gaz: Gazetteer, index: GeoIndex) -> None:
    text = "The Fargo-Moorhead area braced for the river's crest on Friday."
    grams = _ngrams(text)
    found = index.matches([g.text for g in grams])
    twins = hyphened_neighbours(text, grams, found)
    assert (text.index("Fargo"), text.index("Fargo") + 5) in twins
    assert (text.index("Moorhead"), text.index("-") + 9) in twins
    one_town = "Traffic slowed in Winston-Salem on Monday."
    grams = _ngrams(one_town)
    assert not hyphened_neighbours(one_town, grams, index.matches([g.text for g in grams]))
    found_places = places(gaz, index, text)
    assert found_places["Moorhead"].entry.admin1_code == "MN"
    assert found_places["Fargo"].entry.admin1_code == "ND"


def test_a_state_university_campus_names_the_state_and_its_town(
    gaz: Gazetteer, index: GeoIndex
) -> None:
    text = "She studied soil science at the University of Iowa-Ames before moving."
    found = places(gaz, index, text)
    assert found["Iowa"].entry.feature_code == "ADM1"
    assert found["Ames"].entry.admin1_code == "IA"


def test_a_state_named_again_and_again_places_a_county_there(
    gaz: Gazetteer, index: GeoIndex
) -> None:
    text = (
        "Boone County's jobless rate rose in March. Indiana officials said Indiana "
        "factories cut shifts, and Indiana farms hired fewer workers. Rates were higher "
        "in Kentucky, Ohio and Michigan. Boone County fared better than most of Indiana."
    )
    found = places(gaz, index, text, "Boone County", "Indiana", "Kentucky", "Ohio", "Michigan")
    assert found["Boone County"].entry.admin1_code == "IN"


def test_a_county_by_its_bare_name_is_not_its_seat(gaz: Gazetteer, index: GeoIndex) -> None:
    text = "Schools in Kanawha and Putnam were closed on Monday, West Virginia officials said."
    found = places(gaz, index, text, "Kanawha", "Putnam", "West Virginia")
    assert found["Kanawha"].entry.feature_code == "ADM2"
    assert found["Kanawha"].entry.admin1_code == "WV"


def test_american_spelling_and_law_enforcement_mark_american_news() -> None:
    assert us_local_marks("The neighborhood watch met at the law enforcement center.") == 2
    assert us_local_marks("The neighbourhood watch met at the community centre.") == 0


def test_a_namesake_beside_a_coincidence_elsewhere_gives_way(
    gaz: Gazetteer, index: GeoIndex
) -> None:
    text = (
        "Firefighters from Torrington, Winsted and Waterbury fought the blaze in "
        "Litchfield on Tuesday. The owner, who lives in Albany, said he would rebuild."
    )
    found = places(gaz, index, text, "Torrington", "Winsted", "Waterbury", "Litchfield", "Albany")
    assert found["Litchfield"].entry.admin1_code == "CT"
    assert found["Albany"].entry.admin1_code == "NY"


def test_a_country_s_other_name_borne_by_its_city_is_the_city(
    gaz: Gazetteer, index: GeoIndex
) -> None:
    text = "Rockets were fired from Gaza on Monday, and talks on Palestine resumed in Cairo."
    found = places(gaz, index, text, "Gaza", "Palestine", "Cairo")
    assert found["Gaza"].entry.feature_class == "P"
    assert found["Gaza"].entry.country_code == "PS"
    assert found["Palestine"].entry.feature_code == "PCLI"


def test_headline_possessive_and_a_town_s_officers(gaz: Gazetteer, index: GeoIndex) -> None:
    text = (
        "OTTUMWA'S new mayor took office. Glastonbury First Selectman Ann Roe and "
        "San Fernando City Councilwoman Mia Cruz attended."
    )
    grams = {g.text for g in _ngrams(text)}
    assert "OTTUMWA" in grams
    found = places(gaz, index, text)
    assert found["Glastonbury"].entry.admin1_code == "CT"
    start = text.index("San Fernando")
    assert has_cue(text, start, start + len("San Fernando"))


def test_counties_named_as_a_range(gaz: Gazetteer, index: GeoIndex) -> None:
    text = "Storms damaged barns from Ellsworth to Riley counties, the Kansas Highway Patrol said."
    assert [n for _, _, n, _ in listed_division_names(text)] == ["Ellsworth", "Riley"]
    found = places(gaz, index, text, "Kansas")
    assert found["Ellsworth"].entry.feature_code == "ADM2"
    assert found["Riley"].entry.admin1_code == "KS"


def test_counties_named_as_alternatives(gaz: Gazetteer, index: GeoIndex) -> None:
    text = "Grants go to farmers who live in Linn, Benton or Jones counties, the Iowa office said."
    assert [n for _, _, n, _ in listed_division_names(text)] == ["Linn", "Benton", "Jones"]
    found = places(gaz, index, text, "Iowa")
    assert found["Benton"].entry.feature_code == "ADM2"
    assert found["Jones"].entry.admin1_code == "IA"


def test_a_state_after_a_compass_word_opening_an_organisation(
    gaz: Gazetteer, index: GeoIndex
) -> None:
    text = "Volunteers from Northern Illinois University cleaned the park on Saturday."
    found = places(gaz, index, text)
    assert found["Illinois"].entry.feature_code == "ADM1"


def test_a_state_after_a_possessive_is_not_part_of_the_name_before_it(
    gaz: Gazetteer, index: GeoIndex
) -> None:
    # "Lincoln's Texas unit" is a company's; a state is never part of a town
    text = "Sales fell in Omaha after Lincoln's Texas unit recalled its peppers."
    texas = places(gaz, index, text, "Omaha", "Lincoln", "Texas")["Texas"].entry
    assert (texas.feature_code, texas.admin1_code) == ("ADM1", "TX")
    # while a part of a town the gazetteer lacks is still coded to the town
    old_city = places(gaz, index, "Crowds filled Aleppo's Old City.", "Aleppo")["Old City"]
    assert old_city.entry.name == "Aleppo"


@pytest.mark.parametrize(
    ("text", "name", "feature"),
    [
        ("Boats capsized on Lake Albert on Sunday.", "Albert", True),
        ("Herders grazed cattle on the slopes of Mount Elgon.", "Elgon", True),
        ("Villages along the Orange River were flooded.", "Orange", True),
        ("Tourists watched Murchison Falls from the boat.", "Murchison", True),
        ("Traders in Albert marched to the town hall.", "Albert", False),
        ("Lakeside residents of Orange protested.", "Orange", False),
    ],
)
def test_a_lakes_mountains_or_rivers_name_is_no_place(text: str, name: str, feature: bool) -> None:
    start = text.index(name)
    assert feature_name(text, start, start + len(name)) is feature


def test_a_town_in_a_lakes_name_is_dropped_and_a_country_in_a_mountains_kept(
    gaz: Gazetteer, index: GeoIndex
) -> None:
    text = "Fishermen clashed on Lake Victoria, and herders on the slopes of Mount Kenya."
    found = places(gaz, index, text, "Victoria", "Kenya")
    assert "Victoria" not in found  # not the Australian state, nor the Seychelles' capital
    assert found["Kenya"].entry.country_code == "KE"


def test_a_village_called_x_is_a_place_cue(gaz: Gazetteer, index: GeoIndex) -> None:
    text = "Kenyan health officials said cholera had reached a village called Chepareria by Friday."
    start = text.index("Chepareria")
    assert has_cue(text, start, start + len("Chepareria"))
    found = places(gaz, index, text)
    assert found["Chepareria"].entry.country_code == "KE"


def test_two_names_joined_by_and_that_are_one_countrys_name(
    gaz: Gazetteer, index: GeoIndex
) -> None:
    text = (
        "Floods cut roads across Bosnia and Herzegovina, and ferries to Antigua and Barbuda "
        "stopped."
    )
    found = places(gaz, index, text, "Bosnia", "Herzegovina", "Antigua")
    assert found["Bosnia and Herzegovina"].entry.country_code == "BA"
    assert found["Antigua and Barbuda"].entry.feature_code == "PCLI"
    assert not {"Bosnia", "Herzegovina", "Antigua", "Barbuda"} & set(found)
    two = places(gaz, index, "Storms hit Kansas and Nebraska on Monday.", "Kansas", "Nebraska")
    assert {p.entry.admin1_code for p in two.values()} == {"KS", "NE"}


def test_a_portuguese_particle_inside_a_name(gaz: Gazetteer, index: GeoIndex) -> None:
    text = "Cattle trucks were stopped at the border of Mato Grosso do Sul on Monday."
    assert "Mato Grosso do Sul" in {g.text for g in _ngrams(text)}
    found = places(gaz, index, text, "Mato Grosso")
    assert found["Mato Grosso do Sul"].entry.feature_code == "ADM1"


def test_a_capital_abroad_outweighs_a_namesake_in_a_country_the_text_is_not_most_about(
    gaz: Gazetteer, index: GeoIndex
) -> None:
    # the text is about Chile; two US states named in passing make the US a firm focus,
    # but not the one the text is most about: "Paris" is the capital, not a US town
    text = (
        "Fishermen near Valparaiso in central Chile fell ill after the spill, and Chilean "
        "officials sent doctors. Chemists from Vermont and Oregon and a researcher at an "
        "institute in Paris said the fumes were most likely gas."
    )
    found = places(gaz, index, text, "Valparaiso", "Chile", "Vermont", "Oregon", "Paris")
    assert found["Paris"].entry.country_code == "FR"


def test_a_division_of_several_words_the_ner_took_for_a_person_is_still_a_place(
    gaz: Gazetteer, index: GeoIndex
) -> None:
    text = "Two more cases were confirmed in Odisha, Jharkhand, and Madhya Pradesh on Monday."
    found = places(gaz, index, text, people=("Madhya Pradesh",))
    assert found["Madhya Pradesh"].entry.feature_code == "ADM1"
    assert found["Madhya Pradesh"].entry.country_code == "IN"


def test_a_town_after_at_closing_an_institution_s_name_is_a_place(
    gaz: Gazetteer, index: GeoIndex
) -> None:
    # "at" is an English preposition, not a particle inside a name ("Hospital at Tralee")
    text = "The injured fishermen were flown to the General Hospital at Tralee on Sunday."
    assert places(gaz, index, text)["Tralee"].entry.country_code == "IE"


def test_names_listed_before_regions_are_regions_whatever_the_ner_says(
    gaz: Gazetteer, index: GeoIndex
) -> None:
    text = "Most of the new cases were reported in the Amhara and Tigray regions this week."
    start = text.index("Tigray")
    mentions = (Mention(start, start + len("Tigray"), "Tigray", "NORP", 0),)
    found = {p.text: p for p in resolve(Analysis(Document("d", text), mentions=mentions), gaz,
                                        index)}  # fmt: skip
    assert found["Tigray"].entry.feature_code == "ADM1"
    assert found["Tigray"].entry.country_code == "ET"


def test_a_person_span_run_over_a_list_separator_hides_no_place(
    gaz: Gazetteer, index: GeoIndex
) -> None:
    # the NER's "person" takes in a spaced dash, which no one's name holds
    text = "Deaths reported so far: Lesotho - about 300, Burundi - at least 40."
    found = places(gaz, index, text, people=("Lesotho - about",))
    assert found["Lesotho"].entry.country_code == "LS"


def test_an_english_at_after_a_weekday_opens_no_name(gaz: Gazetteer, index: GeoIndex) -> None:
    # "at" is an Arabic article inside names ("Tall at Tamr"), but after "Monday" it is
    # English, and the town's name opens its own run ("Ames" of "Ames Town Hall")
    text = "The council will meet on Monday at Ames Town Hall."
    grams = {g.text: g for g in _ngrams(text)}
    assert "Monday at Ames" not in grams and grams["Ames"].first
    assert places(gaz, index, text)["Ames"].entry.admin1_code == "IA"


def test_a_metropolitan_area_the_ner_took_for_an_organisation_names_its_city(
    gaz: Gazetteer, index: GeoIndex
) -> None:
    text = "Greater Tulsa officials said the new bus line opens in May, a year late."
    org = Mention(0, 13, "Greater Tulsa", "ORG", 0)
    analysis = Analysis(Document("doc", text), mentions=(org,))
    found = {p.text: p for p in resolve(analysis, gaz, index)}
    assert found["Tulsa"].entry.admin1_code == "OK"
    # an organisation's name that opens with another word keeps its place names inside it
    text = "Tulsa Transit officials said the new bus line opens in May, a year late."
    org = Mention(0, 13, "Tulsa Transit", "ORG", 0)
    analysis = Analysis(Document("doc", text), mentions=(org,))
    assert not {p.text for p in resolve(analysis, gaz, index)}


def test_a_byline_in_capitals_is_a_writer_not_a_country(gaz: Gazetteer, index: GeoIndex) -> None:
    text = "Barn fire spreads to a shed. BY TONGA WILLIAMS Courier Reporter A barn burned down."
    assert "TONGA" not in places(gaz, index, text)


def test_a_dateline_after_the_story_date_names_a_town(gaz: Gazetteer, index: GeoIndex) -> None:
    text = "June 2, 2011 ZANESVILLE -- A barn burned down on Tuesday night, and no one was hurt."
    assert places(gaz, index, text)["ZANESVILLE"].entry.admin1_code == "OH"
