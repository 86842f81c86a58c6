"""The geo stage: toponyms resolved by document context, event locations, geoparse JSON.

Most tests hand-write the NER mentions (as the spaCy stage would give them) so that
they test resolution alone; one test runs the real sentences -> nlp -> geo stages.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from eventwire.errors import GazetteerError
from eventwire.gazetteer import Gazetteer, build
from eventwire.geo import resolve
from eventwire.location import locate, places_json
from eventwire.pipeline import Context, get_stage, run_stage
from eventwire.records import Analysis, Document, Mention, Place
from eventwire.settings import Settings

CACHE = Path(__file__).resolve().parent / ".cache" / "gazetteer.sqlite"
FIXTURES = Path(__file__).resolve().parent / "fixtures" / "geo"


@pytest.fixture(scope="session")
def gaz() -> Iterator[Gazetteer]:
    """The real embedded gazetteer, built once into tests/.cache and reused."""
    try:
        gazetteer = Gazetteer.open(CACHE)
    except GazetteerError:
        build(CACHE)
        gazetteer = Gazetteer.open(CACHE)
    yield gazetteer
    gazetteer.close()


def analyse(gaz: Gazetteer, text: str, **labels: str) -> Analysis:
    """An Analysis whose NER found each `labels` key (underscores for spaces) as a label."""
    mentions = []
    for name, label in labels.items():
        for match in re.finditer(re.escape(name.replace("_", " ")), text):
            mentions.append(Mention(match.start(), match.end(), match.group(), label, 0))
    base = Analysis(Document("doc", text), mentions=tuple(mentions))
    return Analysis(base.document, mentions=base.mentions, places=resolve(base, gaz))


def place(analysis: Analysis, text: str) -> Place | None:
    return next((p for p in analysis.places if p.text == text), None)


def sentence_of(analysis: Analysis, fragment: str) -> tuple[int, int]:
    """The span of the sentence that starts with `fragment` (to its full stop)."""
    text = analysis.document.text
    start = text.index(fragment)
    return start, text.index(".", start) + 1


def test_kenyan_story_town_and_county(gaz: Gazetteer) -> None:
    text = (FIXTURES / "kenya_story.txt").read_text(encoding="utf-8")
    a = analyse(gaz, text, Garissa="GPE", Mandera_county="GPE", Kenyan="NORP", Nairobi="GPE")
    garissa, mandera = place(a, "Garissa"), place(a, "Mandera county")
    assert garissa is not None and (garissa.entry.country_code, garissa.entry.feature_class) == (
        "KE",
        "P",
    )
    assert (
        mandera is not None
        and mandera.entry.feature_code == "ADM1"
        and mandera.entry.country_code == "KE"
    )
    near = locate(a, *sentence_of(a, "Gunmen ambushed a passenger bus near Garissa"))
    assert near is not None and near.entry.name == "Garissa" and near.precision == 2
    county = locate(
        a, *sentence_of(a, "Later that day, two police officers were killed in Mandera county")
    )
    assert county is not None and county.precision == 3 and county.entry.admin1 == "Mandera"
    # No place in the sentence: the document's lead place, never the officials' capital.
    fallback = locate(a, *sentence_of(a, "The attackers fled towards the border after the raid."))
    assert fallback is not None and fallback.entry.name == "Garissa" and fallback.precision == 2


def test_syrian_town(gaz: Gazetteer) -> None:
    a = analyse(
        gaz, "Syrian aircraft bombed a market in Idlib on Sunday.", Syrian="NORP", Idlib="GPE"
    )
    idlib = place(a, "Idlib")
    assert (
        idlib is not None and idlib.entry.country_code == "SY" and idlib.entry.feature_class == "P"
    )
    loc = locate(a, 0, len(a.document.text))
    assert loc is not None and loc.precision == 1 and loc.entry.admin1 == "Idlib"
    assert 0.0 <= idlib.score <= 1.0 and idlib.explanation


def test_containment_town_comma_state(gaz: Gazetteer) -> None:
    text = "Insurgents raided a camp in Maiduguri, Borno state, the army said."
    a = analyse(gaz, text, Maiduguri="GPE", Borno="GPE")
    town = place(a, "Maiduguri")
    assert town is not None and town.entry.country_code == "NG" and town.entry.feature_class == "P"
    assert town.explanation.startswith("inside Borno")
    loc = locate(a, 0, len(text))
    assert loc is not None and loc.entry.geonameid == town.entry.geonameid and loc.precision == 1


def test_a_town_the_gazetteer_lacks_in_the_state_after_its_comma_is_coded_to_the_state(
    gaz: Gazetteer,
) -> None:
    """ "X, Oregon" where only other states have an X: the text's word is Oregon, and
    the town's bare mentions take that sense too, not the namesake elsewhere."""
    text = "She was born in Tifton, Oregon, and taught school in Tifton for forty years."
    a = analyse(gaz, text, Tifton="GPE", Oregon="GPE")
    placed = [(p.entry.feature_code, p.entry.admin1) for p in a.places]
    assert placed == [("ADM1", "Oregon")] * 3
    home = analyse(gaz, text.replace("Oregon", "Georgia"), Tifton="GPE", Georgia="GPE")
    town = place(home, "Tifton")
    assert town is not None and town.entry.feature_class == "P" and town.entry.admin1 == "Georgia"


def test_paris_is_in_texas_only_when_the_text_says_texas(gaz: Gazetteer) -> None:
    plain = analyse(gaz, "Police in Paris arrested two men, U.S. officials said.", Paris="GPE")
    paris = place(plain, "Paris")
    assert paris is not None and paris.entry.admin1 != "Texas"
    texan = analyse(
        gaz,
        "Police in Paris, Texas, arrested two men, U.S. officials said.",
        Paris="GPE",
        Texas="GPE",
    )
    paris = place(texan, "Paris")
    assert paris is not None and (paris.entry.country_code, paris.entry.admin1) == ("US", "Texas")


def test_demonym_links_to_country_but_never_locates(gaz: Gazetteer) -> None:
    a = analyse(gaz, "Iraqi troops advanced on Friday.", Iraqi="NORP")
    assert [(p.text, p.kind, p.entry.country_code) for p in a.places] == [
        ("Iraqi", "demonym", "IQ")
    ]
    assert locate(a, 0, len(a.document.text)) is None


def test_possessive_old_city_is_coded_to_its_city(gaz: Gazetteer) -> None:
    text = "Syrian troops fought in Aleppo's Old City on Friday. Fighting spread in Idlib province."
    a = analyse(gaz, text, Syrian="NORP", Aleppo="GPE", Old_City="LOC", Idlib="GPE")
    old = place(a, "Old City")
    assert old is not None and old.entry.name == "Aleppo" and old.entry.country_code == "SY"
    loc = locate(a, *sentence_of(a, "Syrian troops fought in Aleppo's Old City on Friday."))
    assert loc is not None and loc.entry.name == "Aleppo" and loc.precision == 1
    idlib = place(a, "Idlib")
    assert idlib is not None and idlib.entry.country_code == "SY"
    assert idlib.entry.feature_code == "ADM1"  # "province" names the division


def test_a_town_named_with_its_province_is_where_the_event_was(gaz: Gazetteer) -> None:
    text = "A drone hit a clinic in Nyala, the capital of Sudan's South Darfur state, on Friday."
    a = analyse(gaz, text, Nyala="GPE", Sudan="GPE", South_Darfur="GPE")
    loc = locate(a, 0, len(text))
    assert loc is not None and loc.entry.name == "Nyala" and loc.precision == 1


def test_a_town_outside_the_province_named_with_it_gives_way(gaz: Gazetteer) -> None:
    # the text puts the town in Mandera county: the Garissa the gazetteer knows is not it
    text = "Gunmen attacked a bus in Garissa town, Mandera county, on Monday."
    a = analyse(gaz, text, Garissa="GPE", Mandera_county="GPE")
    loc = locate(a, 0, len(text))
    county = place(a, "Mandera county")
    assert loc is not None and loc.entry.feature_code == "ADM1" and loc.precision == 3
    assert county is not None and loc.entry.admin1_code == county.entry.admin1_code


def test_a_place_in_another_country_than_the_one_named_gives_way(gaz: Gazetteer) -> None:
    text = "Gunmen attacked a market in Lagos district, Kisumu, Kenya, on Monday."
    a = analyse(gaz, text, Lagos="GPE", Kisumu="GPE", Kenya="GPE")
    loc = locate(a, 0, len(text))
    assert loc is not None and loc.entry.country_code == "KE" and loc.entry.name == "Kisumu"
    # a country the sentence names as a destination is no address
    text = "Gunmen seized two Kenyan traders near Garissa and drove them to Somalia."
    a = analyse(gaz, text, Kenyan="NORP", Garissa="GPE", Somalia="GPE")
    loc = locate(a, 0, len(text))
    assert loc is not None and loc.entry.name == "Garissa"


def test_a_generic_name_keeps_the_sense_the_text_gave_it(gaz: Gazetteer) -> None:
    text = (
        "Syrian troops entered Aleppo's Old City on Friday. "
        "Fighting in the Old City continued into the night, residents said."
    )
    a = analyse(gaz, text, Syrian="NORP", Aleppo="GPE", Old_City="LOC")
    senses = [p for p in a.places if p.text == "Old City"]
    assert len(senses) == 2 and all(p.entry.name == "Aleppo" for p in senses)


def test_actor_modifiers_do_not_set_the_focus(gaz: Gazetteer) -> None:
    text = "Turkish drones struck a convoy near Manbij on Sunday, a monitor said."
    a = analyse(gaz, text, Turkish="NORP", Manbij="GPE")
    town = place(a, "Manbij")
    assert town is not None and town.entry.country_code == "SY"
    loc = locate(a, 0, len(text))
    assert loc is not None and loc.entry.country_code == "SY" and loc.precision == 2


def test_unqualified_old_city_does_not_jump_countries(gaz: Gazetteer) -> None:
    text = "Iraqi police said protesters gathered in the Old City of Basra on Friday."
    a = analyse(gaz, text, Iraqi="NORP", Old_City="LOC", Basra="GPE")
    old = place(a, "Old City")
    assert old is not None and old.entry.name == "Basrah" and old.explanation.startswith("inside")
    assert all(p.entry.country_code == "IQ" for p in a.places)
    bare = analyse(
        gaz, "Iraqi police said protesters gathered in the Old City.", Iraqi="NORP", Old_City="LOC"
    )
    assert place(bare, "Old City") is None  # not the one in another country


def test_country_level_event_has_precision_three(gaz: Gazetteer) -> None:
    a = analyse(gaz, "Clashes erupted across Somalia, officials said.", Somalia="GPE")
    loc = locate(a, 0, len(a.document.text))
    assert loc is not None and loc.precision == 3 and loc.entry.name == "Somalia"
    assert loc.place is not None and loc.place.kind == "country"


def test_person_names_are_not_places_without_a_cue(gaz: Gazetteer) -> None:
    person = analyse(gaz, "Paris Hilton spoke to reporters.", Paris_Hilton="PERSON")
    assert person.places == ()
    cued = analyse(gaz, "Militants attacked the town of Hit in Anbar.", Hit="PERSON", Anbar="GPE")
    hit = place(cued, "Hit")
    assert hit is not None and hit.entry.country_code == "IQ"


def test_string_matching_covers_sentences_the_ner_did_not_parse(gaz: Gazetteer) -> None:
    a = analyse(gaz, "The convoy left Kirkuk at dawn. It reached Erbil by noon.")
    assert {p.text: p.entry.country_code for p in a.places} == {"Kirkuk": "IQ", "Erbil": "IQ"}


def test_places_json_shape(gaz: Gazetteer) -> None:
    a = analyse(gaz, "Kenyan police patrolled Garissa.", Kenyan="NORP", Garissa="GPE")
    data = places_json(a)
    assert data["id"] == "doc" and len(data["places"]) == 2
    town = data["places"][1]
    assert a.document.text[town["start"] : town["end"]] == town["text"] == "Garissa"
    assert {
        "name",
        "geonameid",
        "latitude",
        "longitude",
        "country_code",
        "admin1",
        "feature_code",
        "score",
    } <= set(town)
    assert data["places"][0]["kind"] == "demonym"


def test_stage_runs_after_real_nlp(gaz: Gazetteer, settings: Settings) -> None:
    ctx = Context(settings, resources={"gazetteer": gaz})
    text = "Militants attacked a police post in Garissa, Kenya, on Monday, killing three officers."
    batch = [Analysis(Document("k", text))]
    for name in ("sentences", "nlp", "geo"):
        batch, failures = run_stage(get_stage(name), batch, ctx)
        assert failures == []
    codes = {p.text: p.entry.country_code for p in batch[0].places}
    assert codes.get("Garissa") == "KE" and codes.get("Kenya") == "KE"


def test_comma_before_a_person_is_not_containment(gaz: Gazetteer) -> None:
    a = analyse(gaz, "Speaking in London, Smith said Brown would travel.")
    assert [(p.text, p.entry.country_code) for p in a.places] == [("London", "GB")]


def test_division_words_and_containment_of_districts(gaz: Gazetteer) -> None:
    county = analyse(gaz, "Soldiers moved into Lamu County after the raid.")
    lamu = place(county, "Lamu County") or place(county, "Lamu")
    assert (
        lamu is not None and lamu.entry.feature_code == "ADM1" and lamu.entry.country_code == "KE"
    )
    district = analyse(gaz, "Troops entered the Hit district of Anbar on Monday.")
    hit = place(district, "Hit")
    assert (
        hit is not None
        and hit.entry.feature_code == "ADM2"
        and hit.explanation.startswith("inside")
    )
    loc = locate(district, 0, len(district.document.text))
    assert loc is not None and loc.precision == 3 and loc.entry.admin1 == "Al Anbār"


def test_a_town_in_a_named_province_survives_a_person_tag(gaz: Gazetteer) -> None:
    text = "Jets struck Saraqib in Idlib province on Monday, a monitor said."
    a = analyse(gaz, text, Saraqib="PERSON", Idlib="GPE")
    town = place(a, "Saraqib")
    assert town is not None and (town.entry.country_code, town.entry.feature_class) == ("SY", "P")


def test_the_smaller_of_two_towns_named_together_is_the_event_place(gaz: Gazetteer) -> None:
    text = "Police fired on marchers at the Ikeja roundabout in Lagos on Friday."
    a = analyse(gaz, text, Ikeja="GPE", Lagos="GPE")
    loc = locate(a, 0, len(text))
    assert loc is not None and loc.entry.name == "Ikeja" and loc.precision == 1


def test_where_the_speakers_are_is_not_where_it_happened(gaz: Gazetteer) -> None:
    text = (
        "Jets bombed a clinic in Kunduz on Saturday. "
        "The bombing went on for an hour after aid workers alerted officials in Kabul and Delhi."
    )
    a = analyse(gaz, text, Kunduz="GPE", Kabul="GPE", Delhi="GPE")
    assert place(a, "Kabul") is not None  # still a place of the text
    loc = locate(a, *sentence_of(a, "The bombing went on"))
    assert loc is not None and loc.entry.name == "Kunduz"


@pytest.mark.parametrize(("town", "variant"), [("Tikrit", "Tikreet"), ("Manbij", "Manbaj")])
def test_a_second_spelling_of_a_place_the_text_named_resolves_to_it(
    gaz: Gazetteer, town: str, variant: str
) -> None:
    text = (
        f"Militants attacked a checkpoint in the town of {town} on Monday. "
        f"A patrol was ambushed as it neared the {variant} base."
    )
    a = analyse(gaz, text)
    first, second = place(a, town), place(a, variant)
    assert first is not None and second is not None and second.entry == first.entry
    assert "another spelling" in second.explanation
    assert (
        place(analyse(gaz, f"A patrol was ambushed as it neared the {variant} base."), variant)
        is None
    )


def test_a_village_said_to_lie_in_a_town_takes_the_towns_country(gaz: Gazetteer) -> None:
    # "X village in Y": X lies where Y is; a namesake of X abroad is not it, however big
    text = "Gunmen raided Dedza village in Kapenguria on Sunday night."
    a = analyse(gaz, text, Dedza="GPE", Kapenguria="GPE")
    village = place(a, "Dedza")
    assert village is None or village.entry.country_code == "KE"
    town = place(a, "Kapenguria")
    assert town is not None and town.entry.country_code == "KE"
    # alone, the name is the village abroad
    lone = analyse(gaz, "Gunmen raided Dedza village on Sunday night.", Dedza="GPE")
    alone = place(lone, "Dedza")
    assert alone is not None and alone.entry.country_code == "MW"


def test_a_byline_place_is_where_the_reporter_is_not_the_event(gaz: Gazetteer) -> None:
    text = (
        "Traders count their losses\n\nBy our Mombasa correspondent\n\n"
        "Armed men raided shops in the village overnight. "
        "The raiders fled before police arrived from Garissa."
    )
    a = analyse(gaz, text, Mombasa="GPE", Garissa="GPE")
    loc = locate(a, *sentence_of(a, "Armed men raided shops"))
    assert loc is not None and loc.entry.name == "Garissa"


def test_a_placed_towns_name_before_a_street_word_is_the_street(gaz: Gazetteer) -> None:
    """One sense per discourse does not carry a town to its namesake street."""
    text = "Flooding closed roads in Tulsa on Monday. Crews cleared the mud from Tulsa Street."
    a = analyse(gaz, text, Tulsa="GPE")
    assert [p.start for p in a.places] == [text.index("Tulsa")]


def test_a_town_placed_only_in_a_capitalised_dateline_places_its_other_mentions(
    gaz: Gazetteer,
) -> None:
    """ "MARION, Ind." places the town; "Marion" inside a school district's name, which
    nothing else put forward, is the same town (one sense per discourse)."""
    text = (
        "Parents fill the gym for the budget hearing. MARION, Ind. (AP) The school board met "
        "on Monday night. Marion Community Schools will publish the new bus routes next week."
    )
    a = analyse(gaz, text, MARION="GPE")
    dateline, district = place(a, "MARION"), place(a, "Marion")
    assert dateline is not None and (dateline.entry.country_code, dateline.entry.admin1_code) == (
        "US",
        "IN",
    )
    assert district is not None and district.entry == dateline.entry
    assert text[district.start : district.end] == "Marion"


def test_a_name_listed_with_states_is_the_state_not_the_capital(gaz: Gazetteer) -> None:
    text = "Ferry workers in Idaho and Washington voted to strike on Friday."
    a = analyse(gaz, text, Idaho="GPE", Washington="GPE")
    state = place(a, "Washington")
    assert state is not None and (state.entry.feature_code, state.entry.admin1_code) == (
        "ADM1",
        "WA",
    )
    alone = place(
        analyse(gaz, "Ferry workers marched in Washington on Friday.", Washington="GPE"),
        "Washington",
    )
    assert alone is not None and alone.entry.feature_code == "PPLC"
