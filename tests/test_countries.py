"""Country lookups: codes, names, short forms, demonyms and ACLED regions."""

from __future__ import annotations

import dataclasses

import pytest

from eventwire import countries
from eventwire.countries import REGIONS, CountryInfo, all_countries, by_demonym, by_name, country


def test_country_by_code_carries_iso_numbers_capital_and_region() -> None:
    iraq = country("IQ")
    assert iraq == CountryInfo("IQ", "IRQ", 368, "Iraq", ("Iraqi",), "Middle East", "Baghdad")
    assert country("iq") is iraq
    assert country("ZZ") is None


def test_country_info_is_immutable() -> None:
    kenya = country("KE")
    assert kenya is not None
    with pytest.raises(dataclasses.FrozenInstanceError):
        kenya.name = "Somewhere"  # type: ignore[misc]


@pytest.mark.parametrize(
    ("text", "iso2"),
    [
        ("U.S.", "US"),
        ("US", "US"),
        ("USA", "US"),
        ("United States", "US"),
        ("the United States", "US"),
        ("America", "US"),
        ("Britain", "GB"),
        ("UK", "GB"),
        ("DR Congo", "CD"),
        ("DRC", "CD"),
        ("Democratic Republic of the Congo", "CD"),
        ("Republic of the Congo", "CG"),
        ("Ivory Coast", "CI"),
        ("Côte d’Ivoire", "CI"),
        ("Syria", "SY"),
        ("Syrian Arab Republic", "SY"),
        ("Russia", "RU"),
        ("Iran", "IR"),
        ("Burma", "MM"),
        ("Türkiye", "TR"),
        ("kenya", "KE"),
    ],
)
def test_by_name_knows_common_names_and_short_forms(text: str, iso2: str) -> None:
    found = by_name(text)
    assert found is not None and found.iso2 == iso2


@pytest.mark.parametrize("text", ["us", "Us", "uk", "Atlantis", ""])
def test_by_name_refuses_pronouns_lowercase_abbreviations_and_unknowns(text: str) -> None:
    assert by_name(text) is None


@pytest.mark.parametrize(
    ("text", "iso2"),
    [
        ("Iraqi", "IQ"),
        ("Iraqis", "IQ"),
        ("Syrian", "SY"),
        ("Kenyan", "KE"),
        ("American", "US"),
        ("Americans", "US"),
        ("British", "GB"),
        ("Congolese", "CD"),
        ("Nigerien", "NE"),
        ("Nigerian", "NG"),
        ("Filipino", "PH"),
        ("Burmese", "MM"),
        ("Pakistani", "PK"),
        ("Somalis", "SO"),
        ("South Sudanese", "SS"),
        ("Sudanese", "SD"),
    ],
)
def test_by_demonym(text: str, iso2: str) -> None:
    found = by_demonym(text)
    assert found is not None and found.iso2 == iso2


def test_by_demonym_unknown_is_none() -> None:
    assert by_demonym("Martian") is None
    assert by_demonym("Iraq") is None


@pytest.mark.parametrize(
    ("iso2", "region"),
    [
        ("NG", "Western Africa"),
        ("CD", "Middle Africa"),
        ("KE", "Eastern Africa"),
        ("ZA", "Southern Africa"),
        ("SD", "Northern Africa"),
        ("TR", "Middle East"),
        ("AF", "South Asia"),
        ("MM", "Southeast Asia"),
        ("CN", "East Asia"),
        ("GE", "Caucasus and Central Asia"),
        ("RU", "Europe"),
        ("US", "North America"),
        ("MX", "Central America"),
        ("CO", "South America"),
        ("HT", "Caribbean"),
        ("PG", "Oceania"),
    ],
)
def test_acled_regions(iso2: str, region: str) -> None:
    found = country(iso2)
    assert found is not None and found.region == region


def test_all_countries_have_a_known_region_and_unique_codes() -> None:
    countries = all_countries()
    assert len(countries) > 240
    assert all(c.region in REGIONS for c in countries)
    assert len({c.iso3 for c in countries}) == len(countries)
    assert "CS" not in {c.iso2 for c in countries}  # Serbia and Montenegro is gone


def test_peoples_name_their_country_as_written() -> None:
    assert countries.people("Turkana") == "KE"
    assert countries.people("Karimojong") == "UG"  # another spelling
    assert countries.people("Fulbe") == "NG"
    # lowercase words and country names are not peoples
    assert countries.people("turkana") is None
    assert countries.people("Kenya") is None


def test_neighbours_share_a_land_border() -> None:
    assert {"UG", "TZ", "SO", "ET", "SS"} <= countries.neighbours("KE")
    assert "KE" in countries.neighbours("ug")
    assert countries.neighbours("JP") == frozenset()  # an island country
    assert countries.neighbours("XX") == frozenset()


@pytest.mark.parametrize(
    ("text", "iso2"),
    [("Zaire", "CD"), ("Zaïre", "CD"), ("the Soviet Union", "RU"), ("USSR", "RU"),
     ("Ceylon", "LK"), ("Upper Volta", "BF"), ("Rhodesia", "ZW")],
)  # fmt: skip
def test_by_name_knows_former_names_of_countries_with_one_successor(text: str, iso2: str) -> None:
    info = by_name(text)
    assert info is not None and info.iso2 == iso2


def test_a_former_name_with_several_successors_names_no_country() -> None:
    assert by_name("Yugoslavia") is None and by_name("Czechoslovakia") is None
