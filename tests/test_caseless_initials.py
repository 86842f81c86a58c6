"""Initials in text that has lost its capitals: a country's or division's two letters,
or three with no vowel, stand as its name even where the lexicon lists them as nouns
and the text puts an article before them ("in the qx had"), and a stop word that is a
country's short form stands after "the"; so does a country's plural name after "the".
Names here are invented, but for one real country the development texts do not name;
the gazetteer entries are made up for the test."""

from __future__ import annotations

import pytest

from eventwire import toponym_caseless as tc
from eventwire.englishwords import english_lexicon
from eventwire.gazetteer import Match
from eventwire.records import GazetteerEntry


def _country(name: str) -> Match:
    return Match(GazetteerEntry(-1, name, 1.0, 2.0, "XX", "A", "PCLI", 5_000_000), 2)


@pytest.mark.parametrize(
    ("name", "initials"),
    [("qx", True), ("bvt", True), ("car", False), ("tov", False), ("bv.", False)],
)
def test_initials_are_two_letters_or_three_with_no_vowel(name: str, initials: bool) -> None:
    assert tc._initialism(name) is initials


def test_initials_of_a_country_stand_where_a_common_noun_would_not() -> None:
    cues = tc._Cues(cue=False, common=True, regions=frozenset())  # "in the bvt had"
    assert tc._trusted([_country("Bevatia")], "bvt", "noun", cues)
    assert tc._trusted([_country("Tovalia")], "tov", "noun", cues) == []
    plain = tc._Cues(cue=False, common=False, regions=frozenset())
    assert tc._trusted([_country("Tovalia")], "tov", "noun", plain) == []  # like "car"


def test_a_stop_word_after_the_is_a_countrys_short_form(monkeypatch: pytest.MonkeyPatch) -> None:
    """ "the it" cannot be the pronoun: with "it" made a country's short form for the
    test, it stands there, and nowhere else."""

    def wide(name: str) -> tuple[str, str, str] | None:
        return ("country", "XX", "") if name in ("the it", "it") else None

    monkeypatch.setattr(tc, "_wide_name", wide)
    text = "aid from the it reached the camp, and it was shared out."
    runs = tc._runs(text, [(0, len(text))], english_lexicon(), None)
    spans = [(text[start:end], name) for start, end, name in runs if "it" in name.split()]
    assert spans == [("it", "the it")]


def test_a_plural_country_name_after_the_is_no_common_noun() -> None:
    """ "the comoros." reads like "the vans." to the common-noun test; a country's name
    in the plural form is written with "the", and stands."""
    assert tc._plural_country("comoros")
    assert not tc._plural_country("vans")  # no country
    text = "the boats sailed from the comoros. the crews were questioned on friday."

    def lookup(names: object) -> dict[str, list[Match]]:
        return {}

    def country(iso2: str) -> GazetteerEntry | None:
        return _country("Comoros").entry if iso2 == "KM" else None

    names = tc.caseless_names(text, lookup, country, bytearray(len(text)))
    assert [(n.text, n.matches[0].entry.name) for n in names] == [("comoros", "Comoros")]
