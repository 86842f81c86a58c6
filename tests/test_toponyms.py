"""Toponym detection and the read-only geography beside the gazetteer.

Spelling keys, the spelling side file (and its rebuild when the gazetteer changes),
entity centres, the geoparse NER stage and `geoparse --explain` output. Texts are
written by the team for these tests.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest

from eventwire.errors import GazetteerError
from eventwire.gazetteer import (
    AdminRecord,
    CityRecord,
    CountryRecord,
    Gazetteer,
    Match,
    Sources,
    build,
)
from eventwire.geo import resolve
from eventwire.geoparse import GEOPARSE_STAGES, sentences_to_parse, spread_labels
from eventwire.location import locate, places_json
from eventwire.pipeline import Context, get_stage, run_stage
from eventwire.records import Analysis, Document, GazetteerEntry, Mention, Sentence
from eventwire.settings import Settings
from eventwire.toponym_cues import us_local_marks
from eventwire.toponym_grams import candidate_names
from eventwire.toponym_index import EntityPoints, GeoIndex, SpellingIndex, spelling_key
from eventwire.toponym_neighbours import neighbours
from eventwire.toponyms import Span, occurrences

CACHE = Path(__file__).resolve().parent / ".cache" / "gazetteer.sqlite"


@pytest.fixture(scope="session")
def gaz() -> Iterator[Gazetteer]:
    try:
        gazetteer = Gazetteer.open(CACHE)
    except GazetteerError:
        build(CACHE)
        gazetteer = Gazetteer.open(CACHE)
    yield gazetteer
    gazetteer.close()


@pytest.fixture(scope="session")
def index(gaz: Gazetteer) -> GeoIndex:
    return GeoIndex.open(gaz)


def analyse(gaz: Gazetteer, index: GeoIndex, text: str, **labels: str) -> Analysis:
    mentions = [
        Mention(m.start(), m.end(), m.group(), label, 0)
        for name, label in labels.items()
        for m in re.finditer(re.escape(name.replace("_", " ")), text)
    ]
    base = Analysis(Document("doc", text), mentions=tuple(mentions))
    return Analysis(base.document, mentions=base.mentions, places=resolve(base, gaz, index))


def test_spelling_key_unifies_transliterations() -> None:
    keys = {spelling_key(n) for n in ("al fallujah", "faluja", "el falloujah", "fallujah")}
    assert len(keys) == 1
    assert spelling_key("deir ez zor") == spelling_key("deir ezzor")  # hyphen or space
    assert spelling_key("sheekh") == spelling_key("shikh")  # ee / i
    assert spelling_key("kirkuk") != spelling_key("basra")


def test_spelling_key_ignores_a_short_vowel_before_the_last_consonant() -> None:
    assert spelling_key("manbij") == spelling_key("manbej") == spelling_key("manbj")
    assert spelling_key("ar rashid") == spelling_key("rasheed")
    assert spelling_key("qusair") != spelling_key("qusar")  # a long vowel stays


def _tiny_sources(extra_city: str = "") -> Sources:
    cities = [
        CityRecord(1, "Al Qurnah", 31.0, 47.4, "IQ", 50_000, "02", "", ("Qurnah",)),
        CityRecord(2, "Basrah", 30.5, 47.8, "IQ", 2_000_000, "02"),
        CityRecord(3, "Island Town", 20.0, 60.0, "IQ", 1_000, "02"),
    ]
    if extra_city:
        cities.append(CityRecord(4, extra_city, 30.9, 47.0, "IQ", 9_000, "02"))
    return Sources(
        cities=cities,
        countries=[CountryRecord(99, "IQ", "Iraq", "Basrah", 40_000_000)],
        admins=[AdminRecord(50, "Basra Governorate", "IQ", "02")],
    )


def test_spelling_side_file_is_rebuilt_when_the_gazetteer_changes(tmp_path: Path) -> None:
    path = tmp_path / "g.sqlite"
    build(path, sources=_tiny_sources())
    with _opened(path) as gaz:
        found = SpellingIndex.open(gaz).matches(["Qourna"])
        assert [m.entry.name for m in found["Qourna"]] == ["Al Qurnah"]
        assert all(m.quality == 0 for m in found["Qourna"])  # a derived spelling
    build(path, sources=_tiny_sources("Madeenah"))
    os.utime(path, ns=(1, 1))  # a different stamp, even within one clock tick
    with _opened(path) as gaz:
        found = SpellingIndex.open(gaz).matches(["Madinah"])
        assert [m.entry.name for m in found["Madinah"]] == ["Madeenah"]


class _opened:
    """A gazetteer opened for a `with` block."""

    def __init__(self, path: Path) -> None:
        self.gaz = Gazetteer.open(path)

    def __enter__(self) -> Gazetteer:
        return self.gaz

    def __exit__(self, *exc: object) -> None:
        self.gaz.close()


def test_division_centre_is_the_middle_of_its_towns_without_outliers(tmp_path: Path) -> None:
    path = tmp_path / "g.sqlite"
    build(path, sources=_tiny_sources())
    with _opened(path) as gaz:
        division = next(e for e in gaz.lookup("Basra Governorate") if e.feature_code == "ADM1")
        centre = EntityPoints(gaz).centre(division)
        # Island Town (20N 60E) is far from the rest: left out of the extent.
        assert centre == (30.75, 47.6)
        town = next(e for e in gaz.lookup("Basrah") if e.feature_class == "P")
        assert EntityPoints(gaz).centre(town) is None


def test_country_is_reported_at_its_centre_but_events_keep_the_capital(
    gaz: Gazetteer, index: GeoIndex
) -> None:
    a = analyse(gaz, index, "Floods hit large parts of China this week.", China="GPE")
    china = next(p for p in a.places if p.text == "China")
    record = places_json(a)["places"][0]
    assert (record["latitude"], record["longitude"]) == (35.0, 105.0)
    assert china.centre == (35.0, 105.0) and china.entry.name == "China"
    loc = locate(a, 0, len(a.document.text))
    assert loc is not None and loc.precision == 3
    assert (loc.entry.latitude, loc.entry.longitude) != (35.0, 105.0)  # the capital's point


def test_a_state_is_reported_inside_its_own_extent(gaz: Gazetteer, index: GeoIndex) -> None:
    a = analyse(gaz, index, "Storms swept across Texas on Monday.", Texas="GPE")
    texas = next(p for p in a.places if p.text == "Texas")
    assert texas.centre is not None
    lat, lon = texas.centre
    assert 29.0 < lat < 34.0 and -103.0 < lon < -97.0  # not at its largest city


def test_an_australian_state_is_reported_at_its_centre_not_its_coast(
    gaz: Gazetteer, index: GeoIndex
) -> None:
    a = analyse(gaz, index, "Cyclone warnings were issued for Queensland.", Queensland="GPE")
    state = next(p for p in a.places if p.text == "Queensland")
    assert state.centre is not None
    lat, lon = state.centre
    assert -24.0 < lat < -21.0 and 143.0 < lon < 146.0  # inland, not the towns' extent


def test_australia_is_reported_at_its_national_centre(gaz: Gazetteer, index: GeoIndex) -> None:
    a = analyse(gaz, index, "Drought spread across Australia this year.", Australia="GPE")
    country = next(p for p in a.places if p.text == "Australia")
    assert country.centre is not None
    lat, lon = country.centre
    assert -26.0 < lat < -25.2 and 134.0 < lon < 134.8  # the Lambert gravitational centre


def test_a_country_is_reported_near_its_middle_not_on_its_northern_edge(
    gaz: Gazetteer, index: GeoIndex
) -> None:
    text = "Measles cases rose across the Democratic Republic of the Congo this month."
    a = analyse(gaz, index, text, Democratic_Republic_of_the_Congo="GPE")
    country = next(p for p in a.places if p.entry.country_code == "CD")
    assert country.centre is not None
    lat, lon = country.centre
    assert -4.0 < lat < -1.0 and 22.0 < lon < 25.0


def test_the_uk_countries_are_reported_at_their_geographic_centres(
    gaz: Gazetteer, index: GeoIndex
) -> None:
    text = "Storms closed ferries in Scotland and flooded farms across England."
    a = analyse(gaz, index, text, Scotland="GPE", England="GPE")
    centres = {p.text: p.centre for p in a.places}
    scotland, england = centres["Scotland"], centres["England"]
    assert scotland is not None and england is not None
    # not the middle of their towns' extent, pulled north and west by islands and coasts
    assert 56.3 < scotland[0] < 57.2 and -4.6 < scotland[1] < -3.6
    assert 52.0 < england[0] < 53.0 and -2.0 < england[1] < -1.0


def test_a_transliterated_name_tagged_as_a_place_is_found(gaz: Gazetteer, index: GeoIndex) -> None:
    a = analyse(gaz, index, "Militants shelled Faloujah on Sunday.", Faloujah="GPE")
    town = next(p for p in a.places if p.text == "Faloujah")
    assert town.entry.country_code == "IQ" and town.entry.feature_class == "P"


def test_an_unknown_capitalised_word_is_not_spelled_into_a_place(
    gaz: Gazetteer, index: GeoIndex
) -> None:
    a = analyse(gaz, index, "Officials said Faloujah was calm.")
    assert a.places == ()  # a derived spelling without NER or cue is not enough


def test_explain_lists_score_components_and_runners_up(gaz: Gazetteer, index: GeoIndex) -> None:
    a = analyse(gaz, index, "Police in Paris arrested two men.", Paris="GPE")
    record = places_json(a, explain=True)["places"][0]
    assert "raw score" in record["explanation"] and "runner-up" in record["explanation"]
    assert record["alternatives"] and all(
        {"name", "geonameid", "country_code", "score"} <= set(alt) for alt in record["alternatives"]
    )
    assert "alternatives" not in places_json(a)["places"][0]


def test_candidate_names_are_capitalised_gazetteer_names(gaz: Gazetteer) -> None:
    text = "Monday was quiet. Rockets fell on Kirkuk later."
    assert [text[s : s + 6] for s in candidate_names(text, gaz)] == ["Kirkuk"]


def test_geoparse_stages_run_the_ner_only_where_a_place_may_be(
    gaz: Gazetteer, settings: Settings
) -> None:
    ctx = Context(settings, resources={"gazetteer": gaz})
    text = "Nothing happened on Monday. Gunmen attacked a checkpoint in Garissa, Kenya."
    batch = [Analysis(Document("k", text))]
    for name in GEOPARSE_STAGES[1:]:
        batch, failures = run_stage(get_stage(name), batch, ctx)
        assert failures == []
    sentences = {m.sentence for m in batch[0].mentions}
    assert sentences == {1} and batch[0].parses == ()
    assert {p.text for p in batch[0].places} >= {"Garissa", "Kenya"}


SITES = Path(__file__).resolve().parent / "data" / "geo" / "IQ.txt"


@pytest.fixture
def sites(tmp_path: Path) -> Iterator[tuple[Gazetteer, GeoIndex]]:
    """A tiny gazetteer with an imported town, border post and wadi sharing names."""
    from eventwire.gazetteer_import import import_files

    path = tmp_path / "sites.sqlite"
    build(path, sources=_tiny_sources())
    import_files(path, [SITES])
    with _opened(path) as gaz:
        yield gaz, GeoIndex.open(gaz)


def test_a_site_word_picks_the_site_and_events_are_coded_there(
    sites: tuple[Gazetteer, GeoIndex],
) -> None:
    gaz, index = sites
    text = "Iraqi troops retook the Qasr Tamir border crossing on Monday."
    a = analyse(gaz, index, text, Qasr_Tamir="PERSON", Iraqi="NORP")
    site = next(p for p in a.places if p.text == "Qasr Tamir")
    assert site.entry.feature_code == "PSTB"
    loc = locate(a, 0, len(text))
    assert loc is not None and loc.entry.feature_code == "PSTB" and loc.precision == 1
    text = "Iraqi troops entered Qasr Tamir on Monday."
    town = analyse(gaz, index, text, Qasr_Tamir="GPE", Iraqi="NORP")
    assert next(p for p in town.places if p.text == "Qasr Tamir").entry.feature_class == "P"


def test_a_named_site_is_the_event_place_over_a_town_named_with_it(
    sites: tuple[Gazetteer, GeoIndex],
) -> None:
    gaz, index = sites
    text = "Jets struck the Qasr Tamir border crossing near Basrah on Monday."
    a = analyse(gaz, index, text)
    loc = locate(a, 0, len(text))
    assert loc is not None and loc.entry.feature_code == "PSTB"


def test_a_named_site_outranks_a_place_resolved_by_containment(
    sites: tuple[Gazetteer, GeoIndex],
) -> None:
    gaz, index = sites
    text = (
        "The push on Basrah's Qurnah came a day after troops drove militants out of "
        "the Qasr Tamir border crossing."
    )
    a = analyse(gaz, index, text)
    loc = locate(a, 0, len(text))
    assert loc is not None and loc.entry.feature_code == "PSTB"


def test_a_natural_feature_is_coded_at_precision_three(sites: tuple[Gazetteer, GeoIndex]) -> None:
    gaz, index = sites
    text = "Shepherds were attacked in Wadi Surab on Friday."
    a = analyse(gaz, index, text, Wadi_Surab="LOC")
    loc = locate(a, 0, len(text))
    assert loc is not None and loc.entry.feature_class == "H" and loc.precision == 3


def test_an_abbreviated_state_after_a_town_is_the_us_state(gaz: Gazetteer, index: GeoIndex) -> None:
    a = analyse(gaz, index, "A plant closed in Macon, Ga., on Friday.", Macon="GPE")
    state = next(p for p in a.places if p.text == "Ga.")
    assert (state.entry.country_code, state.entry.feature_code) == ("US", "ADM1")
    town = next(p for p in a.places if p.text == "Macon")
    assert town.entry.admin1 == state.entry.admin1 and town.explanation.startswith("inside")


def test_a_county_inside_an_organisation_name_is_a_place(gaz: Gazetteer, index: GeoIndex) -> None:
    text = "A spokesman for the Lamu County Assembly said the road was closed."
    a = analyse(gaz, index, text, Lamu_County_Assembly="ORG")
    county = next(p for p in a.places if p.text in ("Lamu", "Lamu County"))
    assert county.entry.country_code == "KE" and county.entry.feature_class == "A"


def test_a_country_taken_for_a_person_is_still_the_country(gaz: Gazetteer, index: GeoIndex) -> None:
    a = analyse(gaz, index, "Officials said Sri Lanka would reopen schools.", Sri_Lanka="PERSON")
    assert [(p.text, p.entry.country_code) for p in a.places] == [("Sri Lanka", "LK")]
    person = analyse(gaz, index, "Chad Smith spoke to reporters.", Chad_Smith="PERSON")
    assert person.places == ()


def test_two_word_and_hyphenated_demonyms(gaz: Gazetteer, index: GeoIndex) -> None:
    a = analyse(gaz, index, "The Sri Lankan army spoke of the Arab-Israeli talks.")
    assert {(p.text, p.kind, p.entry.country_code) for p in a.places} == {
        ("Sri Lankan", "demonym", "LK"),
        ("Israeli", "demonym", "IL"),
    }


def test_a_continent_is_a_place_but_never_an_event_location(
    gaz: Gazetteer, index: GeoIndex
) -> None:
    text = "Bird flu spread across Africa this year."
    a = analyse(gaz, index, text, Africa="LOC")
    africa = next(p for p in a.places if p.text == "Africa")
    assert africa.entry.feature_code == "CONT" and africa.entry.country_code == ""
    assert locate(a, 0, len(text)) is None


def test_the_division_the_other_places_lie_in_decides_a_shared_town_name(
    gaz: Gazetteer, index: GeoIndex
) -> None:
    text = "Alexandria police closed two roads. Louisiana troopers helped them."
    a = analyse(gaz, index, text, Alexandria="GPE", Louisiana="GPE")
    town = next(p for p in a.places if p.text == "Alexandria")
    assert (town.entry.country_code, town.entry.admin1) == ("US", "Louisiana")
    assert "where the text's other places are" in town.explanation


def test_a_firm_focus_country_outweighs_a_big_city_elsewhere(
    gaz: Gazetteer, index: GeoIndex
) -> None:
    text = "Across the United States towns voted; in Connecticut, Berlin voted on Tuesday."
    a = analyse(gaz, index, text, United_States="GPE", Connecticut="GPE", Berlin="GPE")
    berlin = next(p for p in a.places if p.text == "Berlin")
    assert berlin.entry.country_code == "US"
    alone = analyse(gaz, index, "Police in Berlin arrested two men.", Berlin="GPE")
    assert next(p for p in alone.places if p.text == "Berlin").entry.country_code == "DE"


def test_names_with_accents_elided_articles_and_hyphens(gaz: Gazetteer, index: GeoIndex) -> None:
    text = "Cases rose in Côte d'Ivoire and in Guinea-Bissau."
    a = analyse(gaz, index, text, Guinea="GPE")
    assert {(p.text, p.entry.country_code) for p in a.places} == {
        ("Côte d'Ivoire", "CI"),
        ("Guinea-Bissau", "GW"),
    }


def test_a_capitalised_dateline_is_a_place_cue(gaz: Gazetteer, index: GeoIndex) -> None:
    a = analyse(gaz, index, "MANDERA - Two men were held on Monday.")
    assert [(p.text, p.entry.country_code) for p in a.places] == [("MANDERA", "KE")]
    plain = analyse(gaz, index, "MANDERA was calm on Monday.")
    assert plain.places == ()  # no dash: a small town's name opening a sentence is not enough


def test_a_short_acronym_is_not_a_place_by_an_alternate_name(
    gaz: Gazetteer, index: GeoIndex
) -> None:
    a = analyse(gaz, index, "The SUV hit a wall in Garissa.", Garissa="GPE")
    assert [p.text for p in a.places] == ["Garissa"]


def test_a_big_citys_dotted_initials_are_the_city(gaz: Gazetteer, index: GeoIndex) -> None:
    a = analyse(gaz, index, "Police in L.A. arrested two men, California officials said.")
    assert ("L.A.", "Los Angeles") in [(p.text, p.entry.name) for p in a.places]


def test_a_compass_word_does_not_hide_the_place_after_it(gaz: Gazetteer, index: GeoIndex) -> None:
    a = analyse(gaz, index, "The family moved to North Texas in 1973.")
    texas = next(p for p in a.places if p.text == "Texas")
    assert (texas.entry.country_code, texas.entry.feature_code) == ("US", "ADM1")


def test_cli_geoparse_explain_adds_explanations_and_alternatives(
    settings: Settings, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import json

    from typer.testing import CliRunner

    from eventwire.cli import app

    monkeypatch.setenv("EVENTWIRE_DB_URL", settings.db_url)
    monkeypatch.setenv("EVENTWIRE_GAZETTEER_PATH", settings.gazetteer_path)
    story = tmp_path / "story.txt"
    story.write_text("Gunmen attacked a checkpoint in Garissa, Kenya, on Monday.\n", "utf-8")
    plain = CliRunner().invoke(app, ["--quiet", "geoparse", str(story)])
    explained = CliRunner().invoke(app, ["--quiet", "geoparse", "--explain", str(story)])
    assert plain.exit_code == 0 and explained.exit_code == 0, explained.output
    plain_places = json.loads(plain.output.splitlines()[0])["places"]
    places = json.loads(explained.output.splitlines()[0])["places"]
    assert [p["text"] for p in places] == [p["text"] for p in plain_places]
    assert "Garissa" in [p["text"] for p in places]
    assert all("explanation" in p and "alternatives" in p for p in places)
    assert all("alternatives" not in p for p in plain_places)
    kenya = next(p for p in places if p["text"] == "Kenya")
    assert (kenya["latitude"], kenya["longitude"]) == (1.0, 38.0)  # the country's centre


def test_a_place_s_own_name_beats_another_place_s_alternate_name(tmp_path: Path) -> None:
    path = tmp_path / "names.sqlite"
    sources = Sources(
        cities=[
            CityRecord(11, "Lakeview", 31.2, 47.1, "IQ", 5_000, "02"),
            CityRecord(12, "Oldtown", 30.8, 47.5, "IQ", 50_000, "02", "", ("Lakeview",)),
        ],
        countries=[CountryRecord(99, "IQ", "Iraq", "Elsewhere", 40_000_000)],
        admins=[AdminRecord(50, "Basra Governorate", "IQ", "02")],
    )
    build(path, sources=sources)
    with _opened(path) as gaz:
        a = analyse(
            gaz, GeoIndex.open(gaz), "Police in Lakeview said two men fled.", Lakeview="GPE"
        )
        assert [p.entry.name for p in a.places] == ["Lakeview"]
        assert "runner-up Oldtown" in a.places[0].explanation


def test_a_state_abbreviation_needs_a_town_before_it(gaz: Gazetteer, index: GeoIndex) -> None:
    a = analyse(gaz, index, "The Ga. pastor will be buried on Friday.")
    assert all(p.text != "Ga." for p in a.places)


def test_a_sentence_without_a_place_falls_back_to_the_lead_town_not_a_site(
    sites: tuple[Gazetteer, GeoIndex],
) -> None:
    gaz, index = sites
    text = (
        "Fighting raged in Basrah on Monday. Shelling hit Basrah again. "
        "Troops held the Qasr Tamir border crossing. The air strikes started at midnight."
    )
    a = analyse(gaz, index, text)
    assert any(p.entry.feature_code == "PSTB" for p in a.places)
    start = text.index("The air strikes")
    loc = locate(a, start, len(text))
    assert loc is not None and loc.entry.name == "Basrah" and loc.precision == 2


def test_a_state_abbreviation_in_a_capitalised_dateline_is_the_state(
    gaz: Gazetteer, index: GeoIndex
) -> None:
    a = analyse(gaz, index, "ELKINS, W. Va. -- A bridge closed on Friday.")
    state = next(p for p in a.places if p.text == "W. Va.")
    assert (state.entry.country_code, state.entry.feature_code) == ("US", "ADM1")
    assert state.entry.name == "West Virginia"


def test_a_dotted_state_abbreviation_after_in_is_the_state(gaz: Gazetteer, index: GeoIndex) -> None:
    a = analyse(gaz, index, "A new plant will open in S.C. next year.")
    state = next(p for p in a.places if p.text == "S.C.")
    assert state.entry.name == "South Carolina" and state.entry.feature_code == "ADM1"
    undotted = analyse(gaz, index, "Two men were seen in Ga. last week.")
    assert all(p.text != "Ga." for p in undotted.places)


def test_a_world_region_is_a_place_that_never_locates_an_event(
    gaz: Gazetteer, index: GeoIndex
) -> None:
    text = "Prices rose across the Middle East after storms in the Red Sea."
    a = analyse(gaz, index, text)
    region = next(p for p in a.places if p.text == "Middle East")
    sea = next(p for p in a.places if p.text == "Red Sea")
    assert (region.entry.feature_code, region.entry.country_code) == ("RGN", "")
    assert sea.entry.feature_code == "SEA" and 15 < sea.entry.latitude < 25
    assert locate(a, 0, len(text)) is None


def test_a_union_of_states_stands_at_its_seat_and_locates_no_event(
    gaz: Gazetteer, index: GeoIndex
) -> None:
    text = "Farm exports to the European Union fell by a third after the floods."
    a = analyse(gaz, index, text, European_Union="GPE")
    union = next(p for p in a.places if p.text == "European Union")
    assert (union.entry.feature_code, union.entry.country_code) == ("RGN", "")
    assert 50.0 < union.entry.latitude < 51.5 and 3.5 < union.entry.longitude < 5.0
    assert locate(a, 0, len(text)) is None


def test_geo_index_remembers_name_lookups(gaz: Gazetteer) -> None:
    index = GeoIndex.open(gaz)
    asked: list[list[str]] = []

    def counting(names: Sequence[str]) -> dict[str, list[Match]]:
        asked.append(list(names))
        return gaz.matches(names)

    object.__setattr__(index, "gazetteer", _Counting(gaz, counting))
    first = index.matches(["Kirkuk", "Nowhereville"])
    second = index.matches(["Nowhereville", "Kirkuk"])
    assert asked == [["Kirkuk", "Nowhereville"]]
    assert list(first) == ["Kirkuk"] and second["Kirkuk"] == first["Kirkuk"]


class _Counting:
    """A gazetteer stand-in whose `matches` is counted."""

    def __init__(self, gaz: Gazetteer, matches: object) -> None:
        self._gaz = gaz
        self.matches = matches


def test_geo_ner_parses_a_name_once_and_spreads_its_label() -> None:
    text = "Jordan Hill spoke in Lakeview. Later Jordan Hill left. Nothing else."
    sentences = (
        Sentence(0, 0, 30, text[0:30]),
        Sentence(1, 31, 54, text[31:54]),
        Sentence(2, 55, len(text), text[55:]),
    )
    a = Analysis(Document("doc", text), sentences=sentences)
    hits = [(0, "Jordan Hill"), (0, "Jordan"), (21, "Lakeview"), (37, "Jordan Hill")]
    assert [s.index for s in sentences_to_parse(a, hits)] == [0]
    ner = [Mention(0, 11, "Jordan Hill", "PERSON", 0), Mention(21, 29, "Lakeview", "GPE", 0)]
    spread = spread_labels(a, ner, [sentences[0]])
    assert [(m.start, m.label, m.sentence) for m in spread] == [
        (0, "PERSON", 0),
        (21, "GPE", 0),
        (37, "PERSON", 1),
    ]


def test_a_province_with_its_towns_at_one_edge_is_reported_at_its_centre(
    gaz: Gazetteer, index: GeoIndex
) -> None:
    a = analyse(gaz, index, "Forest fires burned across Ontario on Monday.", Ontario="GPE")
    ontario = next(p for p in a.places if p.text == "Ontario")
    assert ontario.entry.feature_code == "ADM1" and ontario.centre is not None
    lat, lon = ontario.centre
    assert lat > 48.5 and lon < -83.5  # not among the towns of the south-east


def test_a_country_name_that_is_also_a_state_follows_the_text(
    gaz: Gazetteer, index: GeoIndex
) -> None:
    # "Georgia" alone does not make the document Georgian: Athens may be Georgia's
    text = "Police in Georgia said a man was arrested in Athens."
    a = analyse(gaz, index, text, Georgia="GPE", Athens="GPE")
    athens = next(p for p in a.places if p.text == "Athens")
    assert (athens.entry.country_code, athens.entry.admin1_code) == ("US", "GA")
    text = "Troops moved from Tbilisi toward Gori as Georgia mobilised."
    a = analyse(gaz, index, text, Tbilisi="GPE", Gori="GPE", Georgia="GPE")
    country = next(p for p in a.places if p.text == "Georgia")
    assert country.entry.country_code == "GE"


def test_occurrences_are_whole_words_only() -> None:
    text = "Lakeview-based crews reached Lakeview, not Lakeviews."
    assert list(occurrences(text, "Lakeview")) == [(29, 37)]


def test_a_state_closing_an_organisation_name_after_of_is_a_place(
    gaz: Gazetteer, index: GeoIndex
) -> None:
    text = "She was treated at the Medical Center of the University of Vermont on Friday."
    org = "Medical Center of the University of Vermont"
    a = analyse(gaz, index, text, **{org.replace(" ", "_"): "ORG"})
    state = next(p for p in a.places if p.text == "Vermont")
    assert (state.entry.country_code, state.entry.feature_code) == ("US", "ADM1")


def test_names_listed_before_counties_are_counties_whatever_the_ner_said(
    gaz: Gazetteer, index: GeoIndex
) -> None:
    text = "Flooding closed roads in Mahaska, Keokuk and Linn counties in Iowa on Monday."
    a = analyse(gaz, index, text, Mahaska="PERSON", Keokuk="ORG", Linn="PERSON", Iowa="GPE")
    found = {p.text: p.entry for p in a.places}
    for name in ("Mahaska", "Keokuk", "Linn"):
        assert (found[name].feature_code, found[name].admin1_code) == ("ADM2", "IA")


def test_a_legislators_party_and_seat_names_a_place(gaz: Gazetteer, index: GeoIndex) -> None:
    text = "The sponsor, Rep. Jane Doe, D-Ottumwa, spoke. Sen. John Roe, R-Md., objected."
    a = analyse(gaz, index, text, Jane_Doe="PERSON", John_Roe="PERSON")
    found = {p.text: p.entry for p in a.places}
    assert found["Ottumwa"].admin1_code == "IA"
    assert (found["Md."].feature_code, found["Md."].admin1_code) == ("ADM1", "MD")


def test_a_small_town_in_a_dateline_is_a_place(gaz: Gazetteer, index: GeoIndex) -> None:
    text = "Barn fire under investigation. OTTUMWA — A fire destroyed a barn on Sunday."
    a = analyse(gaz, index, text)
    assert any(p.text == "OTTUMWA" and p.entry.admin1_code == "IA" for p in a.places)


def test_a_one_word_person_that_no_one_in_the_text_is_called_may_be_a_town(
    gaz: Gazetteer, index: GeoIndex
) -> None:
    a = analyse(gaz, index, "Storms knocked out power in Ottumwa on Monday.", Ottumwa="PERSON")
    assert any(p.text == "Ottumwa" for p in a.places)
    text = "Jane Ottumwa won the race. Ottumwa said she trained all winter."
    a = analyse(gaz, index, text, Jane_Ottumwa="PERSON", Ottumwa="PERSON")
    assert not any(p.text == "Ottumwa" for p in a.places)
    a = analyse(gaz, index, "Mr. Ottumwa said he trained all winter.", Ottumwa="PERSON")
    assert not any(p.text == "Ottumwa" for p in a.places)


def test_where_a_person_of_a_given_age_lives_is_a_place(gaz: Gazetteer, index: GeoIndex) -> None:
    text = "Police said John Roe, 41, of Ottumwa, was charged."
    a = analyse(gaz, index, text, John_Roe="PERSON", Ottumwa="ORG")
    assert any(p.text == "Ottumwa" and p.entry.admin1_code == "IA" for p in a.places)


def test_a_ner_place_is_widened_to_the_town_name_around_it(gaz: Gazetteer, index: GeoIndex) -> None:
    a = analyse(gaz, index, "Crews cleaned parks in North Ridgeville on Monday.", Ridgeville="GPE")
    town = next(p for p in a.places if "Ridgeville" in p.text)
    assert (town.text, town.entry.admin1_code) == ("North Ridgeville", "OH")


def test_countries_in_a_list_are_not_places_inside_each_other(
    gaz: Gazetteer, index: GeoIndex
) -> None:
    text = "Outbreaks were reported in Colombia, Cuba and Haiti this year."
    a = analyse(gaz, index, text, Colombia="GPE", Cuba="GPE", Haiti="GPE")
    colombia = next(p for p in a.places if p.text == "Colombia")
    assert (colombia.entry.feature_code, colombia.entry.country_code) == ("PCLI", "CO")


def test_a_bare_name_shared_by_a_capital_and_a_state_is_the_capital(
    gaz: Gazetteer, index: GeoIndex
) -> None:
    text = "Talks in Washington ended without a deal, the envoys said."
    a = analyse(gaz, index, text, Washington="GPE")
    assert next(p for p in a.places if p.text == "Washington").entry.feature_code == "PPLC"
    text = "Wildfires burned across Washington state this week."
    a = analyse(gaz, index, text, Washington="GPE")
    assert next(p for p in a.places if p.text == "Washington").entry.feature_code == "ADM1"


def test_a_division_is_found_by_the_english_name_news_copy_gives_it(
    gaz: Gazetteer, index: GeoIndex
) -> None:
    a = analyse(gaz, index, "Floods hit Orissa again this week.", Orissa="GPE")
    state = next(p for p in a.places if p.text == "Orissa")
    assert (state.entry.country_code, state.entry.feature_code) == ("IN", "ADM1")


@pytest.mark.parametrize("republic", ["Tatarstan", "Ingushetia", "Kalmykia"])
def test_a_russian_republic_is_found_by_its_english_name(
    gaz: Gazetteer, index: GeoIndex, republic: str
) -> None:
    text = f"Police in {republic} detained three men after a shootout on Monday."
    a = analyse(gaz, index, text, **{republic: "GPE"})
    division = next(p for p in a.places if p.text == republic)
    assert (division.entry.country_code, division.entry.feature_code) == ("RU", "ADM1")


def test_a_breakaway_region_is_coded_to_the_division_holding_its_capital(
    gaz: Gazetteer, index: GeoIndex
) -> None:
    text = "Gunfire was heard overnight along the edge of South Ossetia, monitors said."
    a = analyse(gaz, index, text, South_Ossetia="GPE")
    region = next(p for p in a.places if p.text == "South Ossetia")
    assert (region.entry.country_code, region.entry.feature_code) == ("GE", "ADM1")


def test_a_name_before_a_country_is_a_place_whatever_the_ner_said(
    gaz: Gazetteer, index: GeoIndex
) -> None:
    text = "Rebels attacked a post near Sibi, Baluchistan, Pakistan."
    a = analyse(gaz, index, text, Sibi="GPE", Baluchistan="PERSON", Pakistan="GPE")
    found = {p.text: p.entry for p in a.places}
    assert (found["Baluchistan"].feature_code, found["Baluchistan"].country_code) == ("ADM1", "PK")
    assert found["Sibi"].admin1_code == found["Baluchistan"].admin1_code


def test_a_town_the_text_puts_in_a_named_division_where_the_gazetteer_has_none_is_coded_to_it(
    gaz: Gazetteer, index: GeoIndex
) -> None:
    text = "Militants attacked Jalalabad city, Kunar province, Afghanistan."
    a = analyse(gaz, index, text, Jalalabad="GPE", Kunar="GPE", Afghanistan="GPE")
    town = next(p for p in a.places if p.text == "Jalalabad")
    province = next(p for p in a.places if p.text == "Kunar")
    assert town.entry.geonameid == province.entry.geonameid
    assert town.explanation.startswith("inside ")
    location = locate(a, 0, len(text))
    assert location is not None and location.entry.admin1_code == province.entry.admin1_code


def test_a_towns_own_bodies_and_people_make_its_name_a_place(
    gaz: Gazetteer, index: GeoIndex
) -> None:
    text = "The Ottumwa Town Council met on Monday. An Ottumwa man was charged."
    a = analyse(gaz, index, text, Ottumwa_Town_Council="ORG")
    assert [p.entry.admin1_code for p in a.places if p.text == "Ottumwa"] == ["IA", "IA"]


def test_the_division_most_of_the_texts_names_share_decides_each_of_them(
    gaz: Gazetteer, index: GeoIndex
) -> None:
    text = "Roads closed between Oskaloosa, Pella, Winterset and Ottumwa after the storm."
    labels = dict(Oskaloosa="GPE", Pella="GPE", Winterset="GPE", Ottumwa="GPE")
    a = analyse(gaz, index, text, **labels)
    assert {p.entry.admin1_code for p in a.places} == {"IA"}
    assert all("where most of the text's names have a place" in p.explanation for p in a.places)


def test_names_listed_with_a_place_are_places_whatever_the_ner_said(
    gaz: Gazetteer, index: GeoIndex
) -> None:
    text = "Cases were confirmed in Oskaloosa, Pella and Winterset on Friday."
    a = analyse(gaz, index, text, Oskaloosa="GPE", Pella="PERSON", Winterset="ORG")
    assert {p.text for p in a.places} == {"Oskaloosa", "Pella", "Winterset"}
    text = "Mentors named Pella, Winterset and Albia as the winners."
    a = analyse(gaz, index, text, Pella="PERSON", Winterset="PERSON", Albia="PERSON")
    assert not a.places


def test_a_division_alone_taken_for_an_organisation_is_the_division(
    gaz: Gazetteer, index: GeoIndex
) -> None:
    text = "Health officials said Balochistan reported new cases."
    a = analyse(gaz, index, text, Balochistan="ORG")
    assert any(p.text == "Balochistan" and p.entry.feature_code == "ADM1" for p in a.places)


def test_state_abbreviations_after_an_article_a_party_or_without_their_last_dot(
    gaz: Gazetteer, index: GeoIndex
) -> None:
    text = (
        "The N.J. Supreme Court ruled. Jane Doe, D-Calif, objected. "
        "Roe, of Ulster County, N.Y, left."
    )
    a = analyse(gaz, index, text, Jane_Doe="PERSON")
    states = {p.text: p.entry.admin1_code for p in a.places if p.entry.feature_code == "ADM1"}
    assert states == {"N.J.": "NJ", "Calif": "CA", "N.Y": "NY"}


def test_a_focus_resting_on_one_ambiguous_name_does_not_push_out_a_town(
    gaz: Gazetteer, index: GeoIndex
) -> None:
    text = "Whitby to offer a plan. OTTUMWA — The mayor will hold a meeting."
    a = analyse(gaz, index, text, Whitby="GPE")
    town = next(p for p in a.places if p.text == "OTTUMWA")
    assert town.entry.admin1_code == "IA"
    assert "outside the document's focus countries" not in town.explanation


def test_the_state_of_a_name_is_the_state_and_located_in_is_containment(
    gaz: Gazetteer, index: GeoIndex
) -> None:
    text = "A case was found in the state of Washington last year."
    a = analyse(gaz, index, text, Washington="GPE")
    assert next(p for p in a.places if p.text == "Washington").entry.feature_code == "ADM1"
    text = "Geese died in Mahaska County located in Iowa and in Keokuk County."
    a = analyse(gaz, index, text, Mahaska_County="GPE", Iowa="GPE", Keokuk_County="GPE")
    county = next(p for p in a.places if p.text == "Mahaska County")
    assert county.explanation.startswith("inside Iowa")


def test_a_town_beside_a_county_the_text_names_is_that_countys_namesake(
    gaz: Gazetteer, index: GeoIndex
) -> None:
    text = "Springfield police said the crash closed a road in Sangamon County on Friday."
    a = analyse(gaz, index, text, Springfield="GPE", Sangamon_County="GPE")
    town = next(p for p in a.places if p.text == "Springfield")
    assert town.entry.admin1_code == "IL"
    assert "beside namesakes of 1 of the text's other names" in town.explanation


def test_neighbours_count_other_names_with_an_own_namesake_close_by() -> None:
    def entry(gid: int, name: str, lat: float, lon: float, code: str = "PPL") -> GazetteerEntry:
        return GazetteerEntry(gid, name, lat, lon, "US", "P", code, 1000, "IA", "", "Linn County")

    near_a, far_a = entry(1, "Aton", 42.0, -91.6), entry(2, "Aton", 30.0, -90.0)
    b = entry(3, "Beeton", 42.2, -91.7)  # 23 km from the first Aton
    c_alternate = entry(4, "Ceeville", 30.1, -90.1)  # near the second, by an alternate name
    spans = [
        Span(0, 4, "Aton", True, [Match(near_a, 2), Match(far_a, 2)]),
        Span(10, 16, "Beeton", True, [Match(b, 2)]),
        Span(20, 24, "Cee", True, [Match(c_alternate, 1)]),
    ]
    beside = neighbours(spans, ["aton", "beeton", "cee"])
    assert beside.get(1) == 1 and beside.get(3) == 1
    assert 2 not in beside  # only an alternate name lies beside it: no support


def test_the_marks_of_american_local_news_favour_american_namesakes(
    gaz: Gazetteer, index: GeoIndex
) -> None:
    text = "The school board in Hanover approved a $2 million budget, up 3 percent."
    assert us_local_marks(text) == 3  # a school board, a dollar sum, "percent"
    assert us_local_marks("The council in Hanover approved a budget of 2 million euros.") == 0
    a = analyse(gaz, index, text, Hanover="GPE")
    town = next(p for p in a.places if p.text == "Hanover")
    assert town.entry.country_code == "US"
    assert "in the document's focus country US" in town.explanation


def test_a_name_with_a_city_council_is_a_town_not_a_country(
    gaz: Gazetteer, index: GeoIndex
) -> None:
    a = analyse(gaz, index, "The Peru City Council voted on Monday to repave a street.", Peru="GPE")
    assert next(p for p in a.places if p.text == "Peru").entry.feature_code == "PPL"
    a = analyse(gaz, index, "Heavy rain fell on Peru on Monday.", Peru="GPE")
    assert next(p for p in a.places if p.text == "Peru").entry.feature_code == "PCLI"


def test_the_people_of_a_state_are_its_demonym_and_vote_for_its_country(
    gaz: Gazetteer, index: GeoIndex
) -> None:
    a = analyse(gaz, index, "Thousands of Iowans lined up to vote on Tuesday.")
    iowans = next(p for p in a.places if p.text == "Iowans")
    assert (iowans.kind, iowans.entry.feature_code, iowans.entry.admin1_code) == (
        "demonym",
        "ADM1",
        "IA",
    )


def test_a_city_closing_an_organisations_name_after_of_is_a_place(
    gaz: Gazetteer, index: GeoIndex
) -> None:
    text = "The Rotary Club of Greater Omaha raised $5,000, 3 percent more than last year."
    a = analyse(gaz, index, text, Rotary_Club_of_Greater_Omaha="ORG")
    assert [p.entry.admin1_code for p in a.places if p.text == "Omaha"] == ["NE"]


def test_a_famous_namesake_is_not_outweighed_by_a_tiny_ones_neighbours(
    gaz: Gazetteer, index: GeoIndex
) -> None:
    text = "Canonsburg police said the driver was from Houston."
    a = analyse(gaz, index, text, Canonsburg="GPE", Houston="GPE")
    town = next(p for p in a.places if p.text == "Canonsburg")
    assert "beside namesakes of 1 of the text's other names" in town.explanation
    city = next(p for p in a.places if p.text == "Houston")
    assert "beside namesakes" not in city.explanation  # a hundred times smaller than Houston


def test_a_country_opening_a_sentence_before_a_hyphen_is_no_dateline_town(
    gaz: Gazetteer, index: GeoIndex
) -> None:
    text = "Talks ended. U.S.-backed fighters held the town."
    a = analyse(gaz, index, text)
    assert next(p for p in a.places if p.text == "U.S.").score > 0.9


def test_a_state_abbreviation_alone_before_a_noun_is_the_state(
    gaz: Gazetteer, index: GeoIndex
) -> None:
    text = (
        "Wyo. lawmakers passed a grazing bill. The N.H. Senate met. Crews closed N.C. 12. "
        "She attended Mass. Then she left. Nev. Gov. Jane Roe spoke."
    )
    a = analyse(gaz, index, text, Jane_Roe="PERSON")
    states = {p.text: p.entry.admin1_code for p in a.places if p.entry.feature_code == "ADM1"}
    assert states == {"Wyo.": "WY", "N.H.": "NH", "N.C.": "NC"}


def test_a_demonym_opening_a_country_s_name_is_that_country(
    gaz: Gazetteer, index: GeoIndex
) -> None:
    text = "Flights to French Polynesia resumed. French and American Samoa officials met."
    a = analyse(gaz, index, text, French="NORP", Polynesia="GPE", American_Samoa="ORG")
    codes = {(p.text, p.entry.country_code) for p in a.places}
    assert ("French Polynesia", "PF") in codes and ("American Samoa", "AS") in codes
    assert ("French", "FR") in codes  # the people alone still link to France


def test_a_city_opening_an_organisation_s_name_is_the_city_not_its_state(
    gaz: Gazetteer, index: GeoIndex
) -> None:
    text = "Fans of the Tulsa Oilers met in Spokane. The Oklahoma City Thunder fans came too."
    a = analyse(gaz, index, text, Tulsa_Oilers="ORG", Spokane="GPE", Oklahoma_City_Thunder="ORG")
    found = {p.text: p.entry.feature_code for p in a.places}
    assert found.get("Tulsa") == "PPL"
    assert found.get("Oklahoma City") == "PPL" and "Oklahoma" not in found
