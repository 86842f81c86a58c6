"""Toponyms in text that has lost its capitals (`eventwire.toponym_caseless`).

Texts are written by the team for these tests.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

import pytest

from eventwire import nlp
from eventwire.caseless_text import _letter_counts
from eventwire.englishwords import english_lexicon
from eventwire.errors import GazetteerError
from eventwire.gazetteer import Gazetteer, Match, build
from eventwire.geo import resolve
from eventwire.records import Analysis, Document, Place, Sentence
from eventwire.toponym_caseless import (
    _wide_name,
    caseless_demonyms,
    caseless_names,
    caseless_stretches,
)
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


def places(gaz: Gazetteer, index: GeoIndex, text: str) -> list[Place]:
    """The places `geo` resolves in a text, with no NER mention (as `geoparse` leaves
    a caseless text: it parses no sentence of it)."""
    sentences = tuple(
        Sentence(i, s, e, text[s:e], False) for i, (s, e) in enumerate(nlp.split_sentences(text))
    )
    return list(resolve(Analysis(Document("d", text), sentences=sentences), gaz, index))


def found(gaz: Gazetteer, index: GeoIndex, text: str) -> dict[str, tuple[str, str]]:
    return {p.text: (p.entry.country_code, p.entry.feature_code) for p in places(gaz, index, text)}


LOWER = (
    "police in kapsabet said on friday that a crowd had closed the highway to eldoret. "
    "the march began in the morning and ended at noon. officers from nairobi were sent, "
    "and the kenyan government said calm had returned."
)


def test_a_text_written_normally_has_no_caseless_stretch() -> None:
    text = (
        "Police in Kapsabet said on Tuesday that a crowd had blocked the road. The march "
        "began in the morning. Officers were sent from the capital to restore calm."
    )
    assert caseless_stretches(text) == ()


def test_a_lower_cased_text_is_one_caseless_stretch() -> None:
    assert caseless_stretches(LOWER) == ((0, len(LOWER)),)


def test_a_lower_cased_paragraph_inside_a_normal_text_is_caseless() -> None:
    head = "Unrest in the Rift Valley\n"
    body = LOWER + " " + LOWER
    tail = "\nReporting by Staff Writers. Edited by the Desk."
    text = head + body + tail
    assert caseless_stretches(text) == ((len(head), len(head) + len(body)),)


def test_an_all_caps_headline_is_caseless() -> None:
    head = "CROWD BLOCKS HIGHWAY NEAR KAPSABET AFTER VOTE\n"
    text = head + "Police said the road was cleared by evening. Nobody was hurt."
    assert caseless_stretches(text) == ((0, len(head) - 1),)


def test_lexicon_tells_english_words_from_names() -> None:
    lex = english_lexicon()
    assert lex.kind("the") == "stop"
    assert lex.kind("quickly") == "word"
    assert lex.kind("arrived") == "inflected"  # a verb's form
    assert lex.kind("ran") == "inflected"  # an irregular one
    assert lex.kind("vans") == "inflected"  # a noun's plural
    assert lex.kind("kapsabet") == ""


def test_lower_cased_text_yields_its_places(gaz: Gazetteer, index: GeoIndex) -> None:
    got = found(gaz, index, LOWER)
    assert got["kapsabet"] == ("KE", "PPL")  # a small town, after "in"
    assert got["eldoret"] == ("KE", "PPL")
    assert got["nairobi"][0] == "KE"
    assert got["kenyan"] == ("KE", "PCLI")  # a demonym, linked to its country


def test_the_caseless_path_can_be_switched_off(gaz: Gazetteer, index: GeoIndex) -> None:
    sentences = tuple(
        Sentence(i, s, e, LOWER[s:e], False) for i, (s, e) in enumerate(nlp.split_sentences(LOWER))
    )
    analysis = Analysis(Document("d", LOWER), sentences=sentences)
    assert resolve(analysis, gaz, index, caseless=False) == ()
    assert resolve(analysis, gaz, index)  # on by default (setting caseless_places)


def test_ordinary_english_words_are_no_places(gaz: Gazetteer, index: GeoIndex) -> None:
    text = (
        "the van was parked near the market while officers were reading a notice. "
        "a nice split of the crowd followed, and the sale of the land was stopped by "
        "a court in the centre of the city on monday."
    )
    assert caseless_names(text, index.matches, index.country, bytearray(len(text))) == []
    assert found(gaz, index, text) == {}


def test_demonyms_of_two_words_and_not_before_a_place_name() -> None:
    text = (
        "a sri lankan trawler and a kenyan patrol boat met in the indian ocean on monday. "
        "the crews were questioned and released."
    )
    assert [text[a:b] for a, b in caseless_demonyms(text)] == ["sri lankan", "kenyan"]


def test_a_small_town_needs_a_cue(gaz: Gazetteer, index: GeoIndex) -> None:
    uncued = "the kenya report said kangundo had seen no rain. the rains came late."
    cued = "the kenya report said the market in kangundo had seen no rain. the rains came late."
    assert "kangundo" not in found(gaz, index, uncued)
    assert found(gaz, index, cued)["kangundo"] == ("KE", "PPL")


def test_a_small_town_in_a_division_the_text_names(gaz: Gazetteer, index: GeoIndex) -> None:
    alone = "the kenya report said kangundo had seen no rain. the rains came late."
    placed = "the machakos report said kangundo had seen no rain. the rains came late."
    assert "kangundo" not in found(gaz, index, alone)
    assert found(gaz, index, placed)["kangundo"] == ("KE", "PPL")


def test_a_name_after_a_title_is_a_person(gaz: Gazetteer, index: GeoIndex) -> None:
    text = "the witness, mr eldoret, told the court he saw the fire. the hearing went on."
    assert "eldoret" not in found(gaz, index, text)


def test_a_noun_used_as_a_common_noun_is_no_city(gaz: Gazetteer, index: GeoIndex) -> None:
    common = "the phoenix was painted on the wall. the artists said the phoenix is a sign."
    named = "flights to phoenix were delayed after a storm. the airport reopened later."
    assert found(gaz, index, common) == {}
    assert found(gaz, index, named)["phoenix"] == ("US", "PPL")


def test_a_name_of_english_words_is_a_big_place(gaz: Gazetteer, index: GeoIndex) -> None:
    text = "the crowd marched through fort worth on sunday. a second march was held later."
    assert found(gaz, index, text)["fort worth"] == ("US", "PPL")


def test_dotted_abbreviations_and_divisions(gaz: Gazetteer, index: GeoIndex) -> None:
    text = (
        "the u.s. embassy said the aid would reach kilifi county by friday. the shipment "
        "left the port at dawn and the trucks were escorted."
    )
    got = found(gaz, index, text)
    assert got["u.s."] == ("US", "PCLI")
    assert got["kilifi county"][0] == "KE"


def test_normal_case_text_never_takes_the_caseless_path(gaz: Gazetteer, index: GeoIndex) -> None:
    text = (
        "The phoenix on the banner was burned by the crowd. Officers in Nairobi said "
        "the van was found later. Nobody was arrested."
    )
    assert caseless_names(text, index.matches, index.country, bytearray(len(text))) == []
    assert set(found(gaz, index, text)) == {"Nairobi"}


def test_letters_are_counted_alike_in_any_script() -> None:
    text = "Straße nach Köln, ÉTÉ 2024: ½ ² Ⅻ ǅ ϒ Ⓐ naïve café 北京 \ud800 x_y"
    letters = len(re.findall(r"[^\W\d_]", text))
    capitals = sum(1 for c in text if c.isupper())
    lower = sum(1 for c in text if c.islower())
    assert _letter_counts(text) == (letters, capitals, lower)


def test_wide_names_are_found_past_the_shortcut() -> None:
    assert _wide_name("ivory coast") == ("country", "CI", "")
    assert _wide_name("uk") == ("country", "GB", "")
    assert _wide_name("africa") is not None
    assert _wide_name("middle east") is not None
    assert _wide_name("police station") is None


def test_runs_that_open_no_known_name_are_not_looked_up(index: GeoIndex) -> None:
    text = (
        "the crowd marched through fort worth on sunday, and a tanker waited in the gulf "
        "of aden. the market stall near the old bridge was closed by the city council."
    )
    asked: list[str] = []

    def lookup(names: Sequence[str]) -> dict[str, list[Match]]:
        asked.extend(names)
        return index.matches(names)

    def names(openings: Callable[[], frozenset[str]] | None) -> list[str]:
        taken = bytearray(len(text))
        return [n.text for n in caseless_names(text, lookup, index.country, taken, openings)]

    assert names(index.openings) == names(None)
    assert "fort worth" in names(index.openings)
    asked.clear()
    names(index.openings)
    assert "fort worth" in asked and "gulf of aden" in asked
    assert "market stall" not in asked and "city council" not in asked
