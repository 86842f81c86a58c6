"""Rules that keep a short note's events in the right country: a demonym naming people
is no focus, a town bearing its division's name, a division named with its kind word,
a context-free alternate name, a compass word closing a longer name."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from eventwire.actors import focus_country
from eventwire.errors import GazetteerError
from eventwire.gazetteer import Gazetteer, Match, build
from eventwire.geo import resolve
from eventwire.geofocus import names_people
from eventwire.geoscore import _best, _Context, _near, _seats, _unsure, distance_km
from eventwire.records import Analysis, Document, GazetteerEntry, Mention, Place
from eventwire.toponyms import Span

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


def analyse(gaz: Gazetteer, text: str, **labels: str) -> Analysis:
    """An Analysis whose NER found each `labels` key (underscores for spaces)."""
    mentions = [
        Mention(m.start(), m.end(), m.group(), label, 0)
        for name, label in labels.items()
        for m in re.finditer(re.escape(name.replace("_", " ")), text)
    ]
    base = Analysis(Document("doc", text), mentions=tuple(mentions))
    return Analysis(base.document, mentions=base.mentions, places=resolve(base, gaz))


def _entry(gid: int, cc: str, fclass: str, code: str, pop: int, admin1: str) -> GazetteerEntry:
    return GazetteerEntry(gid, "Tolo", 0.0, 0.0, cc, fclass, code, pop, admin1)


def _demonym(text: str, word: str) -> Place:
    start = text.index(word)
    entry = _entry(1, "XX", "A", "PCLI", 1_000_000, "")
    return Place(start, start + len(word), word, entry, 0.9, "demonym")


@pytest.mark.parametrize(
    ("text", "word", "people"),
    [
        ("Chinese workers were attacked at a quarry.", "Chinese", True),
        ("Two Somali nationals were arrested.", "Somali", True),
        ('A spate of attacks by Somali "bandits" followed.', "Somali", True),
        ("A Jamaican Muslim cleric was detained.", "Jamaican", True),
        ("Ethiopian troops crossed the river.", "Ethiopian", True),
        ("Crowds protested against Danish cartoons.", "Danish", False),
        ("The Chinese embassy issued a statement.", "Chinese", True),
        ("Prices of Chinese goods rose.", "Chinese", False),
        ("Inspectors shut the Lotus Garden Vietnamese Restaurant.", "Vietnamese", True),
        ("Stalls selling Greek food lined the square.", "Greek", True),
    ],
)
def test_a_demonym_naming_people(text: str, word: str, people: bool) -> None:
    assert names_people(text, _demonym(text, word)) is people


def test_a_people_demonym_alone_makes_no_focus_country(gaz: Gazetteer) -> None:
    text = "Youths attacked a group of Chinese workers at a quarry on Sunday."
    assert focus_country(analyse(gaz, text)) is None
    cartoons = analyse(gaz, "Crowds protested against Danish cartoons on Friday.")
    assert focus_country(cartoons) == "DK"


def test_a_town_inside_the_division_of_its_name() -> None:
    town = _entry(10, "AA", "P", "PPL", 90_000, "07")
    division = _entry(11, "AA", "A", "ADM1", 400_000, "07")
    abroad = _entry(12, "BB", "A", "ADM2", 120_000, "03")
    span = Span(20, 24, "Tolo", True, [Match(abroad, 2), Match(town, 2), Match(division, 2)])
    assert _seats(span) == frozenset({10})
    bigger = _entry(13, "BB", "P", "PPL", 300_000, "03")  # a bigger town of the name elsewhere
    span.matches.append(Match(bigger, 2))
    assert _seats(span) == frozenset()
    initial = Span(0, 4, "Tolo", False, [Match(town, 2), Match(division, 2)], initial=True)
    assert _seats(initial) == frozenset()  # a sentence's first word, string matching alone


def test_a_country_the_other_names_point_to_outweighs_a_state_of_its_name() -> None:
    country = _entry(30, "AA", "A", "PCLI", 3_700_000, "00")
    state = _entry(31, "BB", "A", "ADM1", 4_800_000, "05")
    span = Span(20, 26, "Kelvia", True, [Match(state, 2), Match(country, 2)])
    ctx = _Context({}, {}, None, [], set())
    # the text names BB twice, but a demonym and a town of AA point to AA as well
    _, best, why = _best(span, ctx, {"BB": 1.0, "AA": 0.75}, frozenset({"BB"}))
    assert best is not None and best.entry.geonameid == 30
    assert "the country the text's other names point to" in why
    _, alone, _ = _best(span, ctx, {"BB": 1.0}, frozenset({"BB"}))  # nothing points to AA
    assert alone is not None and alone.entry.geonameid == 31
    town = _entry(32, "AA", "P", "PPL", 50_000, "02")  # a town of AA bears the name too
    span.matches.append(Match(town, 2))
    _, _, why = _best(span, ctx, {"BB": 1.0, "AA": 0.75}, frozenset({"BB"}))
    assert "the country the text's other names point to" not in why


def test_an_alternate_name_with_rivals_abroad_and_no_context() -> None:
    near = _entry(20, "AA", "P", "PPL", 20_000, "01")
    far = _entry(21, "BB", "P", "PPL", 15_000, "02")
    scored = [(0.60, Match(near, 1), ""), (0.45, Match(far, 2), "")]
    assert _unsure(scored)
    assert not _unsure([(0.60, Match(near, 2), ""), (0.45, Match(far, 2), "")])  # own name
    assert not _unsure([(0.60, Match(near, 1), ""), (0.20, Match(far, 2), "")])  # clear winner


def test_a_division_named_with_its_kind_survives_another_country_named(gaz: Gazetteer) -> None:
    text = "Two men were shot dead in Wajir County, near the border with Somalia."
    a = analyse(gaz, text, Wajir_County="GPE", Somalia="GPE")
    codes = {p.text: p.entry.country_code for p in a.places}
    assert codes.get("Wajir County") == "KE" or codes.get("Wajir") == "KE"
    one = analyse(gaz, "Two men were shot dead in Wajir county, near the border with Somalia.")
    assert any(p.entry.country_code == "KE" for p in one.places)


def test_a_compass_word_closing_a_longer_name_is_no_division(gaz: Gazetteer) -> None:
    text = "One man died in a clash along the Tolo West and Kora East district border."
    a = analyse(gaz, text, Tolo_West="LOC", Kora_East="LOC")
    assert not any(p.text in {"East", "West"} for p in a.places)


def test_a_town_named_by_its_police_department_in_american_local_news_is_the_local_one(
    gaz: Gazetteer,
) -> None:
    """A town's own department after its name, in a text with the marks of American local
    news: the American town, not a capital abroad that bears the name."""
    text = (
        "Two men were charged with burglary on Tuesday, the Vienna Police Department said. "
        "Officers recovered $3,000 in tools taken from a garage on Maple Avenue."
    )
    vienna = next(p for p in analyse(gaz, text, Vienna="GPE").places if p.text == "Vienna")
    assert vienna.entry.country_code == "US"


def test_a_capital_named_by_its_police_elsewhere_keeps_its_name(gaz: Gazetteer) -> None:
    text = "Two men were charged with burglary on Tuesday, Austrian police in Vienna said."
    vienna = next(p for p in analyse(gaz, text, Vienna="GPE").places if p.text == "Vienna")
    assert vienna.entry.country_code == "AT"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Two Mexican workers were hurt when a crane toppled at a sawmill in Kelowna.", "Kelowna"),
        ("A Polish tourist was hurt when a bus overturned outside Windsor on Tuesday.", "Windsor"),
    ],
)
def test_a_demonym_naming_people_does_not_pull_the_text_to_their_country(
    gaz: Gazetteer, text: str, name: str
) -> None:
    """Foreigners are named by nationality wherever they are: "Polish tourist" puts no
    weight on Poland that would leave the text's own town unplaced."""
    places = analyse(gaz, text, **{name: "GPE"}).places
    town = next((p for p in places if p.text == name), None)
    assert town is not None and town.entry.feature_class == "P"
    assert town.entry.country_code not in ("MX", "PL")


def test_the_city_of_a_town_is_the_town_not_a_division_of_that_name_elsewhere(
    gaz: Gazetteer,
) -> None:
    """ "The City of X" is how a town's own bodies name it; Virginia's independent city
    named "City of X" is one candidate among X's namesakes, not the answer."""
    text = (
        "Vandals broke into a pump house owned by the City of Salem on Friday, the Marion "
        "County Sheriff's Office said. Salem police are asking for tips."
    )
    places = analyse(gaz, text, Salem="GPE", Marion_County="GPE").places
    towns = [p for p in places if p.text == "Salem"]
    assert len(towns) == 2 and text[towns[0].start - 8 : towns[0].start] == "City of "
    assert {(p.entry.country_code, p.entry.admin1_code, p.entry.feature_class) for p in towns} == {
        ("US", "OR", "P")
    }


def test_a_capital_abroad_outweighs_a_town_bearing_its_name_only_as_another_name(
    gaz: Gazetteer,
) -> None:
    """A text firmly about the US names a foreign capital: an American town that lists
    the capital's name among its other names does not hold it."""
    text = (
        "The governor of Ohio met trade officials from Bern on Monday, his office in Columbus "
        "said. Ohio farm exports rose 4 percent last year, and Texas and Kentucky want the same "
        "deal."
    )
    labels = {n: "GPE" for n in ("Bern", "Ohio", "Columbus", "Texas", "Kentucky")}
    bern = next(p for p in analyse(gaz, text, **labels).places if p.text == "Bern")
    assert (bern.entry.country_code, bern.entry.feature_code) == ("CH", "PPLC")


def test_a_town_just_across_the_border_of_the_focus_country_stands(gaz: Gazetteer) -> None:
    """A story about Kenya names a Ugandan border town, found by string matching after
    "in": a country bordering the focus country is no far-off place the name must be
    famous to mean."""
    text = (
        "Traders in Kitale and Eldoret said maize prices rose after Kenya shut the crossing, "
        "and dozens of lorries waited in Tororo for a week."
    )
    labels = {"Kitale": "GPE", "Eldoret": "GPE", "Kenya": "GPE"}
    tororo = next((p for p in analyse(gaz, text, **labels).places if p.text == "Tororo"), None)
    assert tororo is not None and tororo.entry.country_code == "UG"
    assert "bordering" in tororo.explanation


def test_a_big_citys_former_name_is_not_marked_down_as_another_name(gaz: Gazetteer) -> None:
    """ "Madras" is Chennai's former name; the hamlets that bear it as their own are too
    small to make it "only an alternate name" of the city."""
    text = "Indian police said riots broke out in Madras on Tuesday."
    city = next((p for p in analyse(gaz, text).places if p.text == "Madras"), None)
    assert city is not None and (city.entry.country_code, city.entry.feature_class) == ("IN", "P")
    assert "only an alternate name" not in city.explanation


def test_near_is_by_great_circle_distance_whatever_the_shortcut() -> None:
    home = GazetteerEntry(1, "Harrowmere", 10.0, 20.0, "XX", "P", "PPL", 5_000)
    diagonal = GazetteerEntry(2, "Stillbrook", 10.9, 20.9, "XX", "P", "PPL", 5_000)
    north = GazetteerEntry(3, "Quillhaven", 11.36, 20.0, "XX", "P", "PPL", 5_000)
    assert distance_km(home, diagonal) < 150 < distance_km(home, north)
    assert _near(home, [north, diagonal])
    assert not _near(home, [north])
