"""A weakly resolved town that nothing else in the text places in its country does not
name the actors' country (`loneplaces`)."""

from __future__ import annotations

from eventwire.actors import focus_country
from eventwire.loneplaces import actor_country, lone_guess, weighed_places
from eventwire.records import Analysis, Document, GazetteerEntry, Location, Place, PlaceKind

# Invented names: Brackwell and Dunmore are made-up towns.


def _place(
    start: int,
    text: str,
    code: str,
    score: float,
    *,
    name: str = "",
    rivals: tuple[tuple[str, float], ...] = (),
    kind: PlaceKind = "toponym",
) -> Place:
    entry = GazetteerEntry(start, name or text, 0.0, 0.0, code, "P", "PPL", 20_000)
    others = tuple(
        (GazetteerEntry(100 + i, text, 0.0, 0.0, c, "P", "PPL"), s)
        for i, (c, s) in enumerate(rivals)
    )
    return Place(start, start + len(text), text, entry, score, kind, alternatives=others)


def test_a_town_reached_by_another_name_is_a_lone_guess() -> None:
    alias = _place(0, "Brackwell", "ZZ", 0.5, name="Saint Ondo")
    assert lone_guess(alias, [alias])
    assert not lone_guess(_place(0, "Brackwell", "ZZ", 0.5), [_place(0, "Brackwell", "ZZ", 0.5)])


def test_a_close_namesake_abroad_makes_a_lone_guess() -> None:
    town = _place(0, "Brackwell", "GB", 0.5, rivals=(("ZA", 0.42),))
    assert lone_guess(town, [town])
    far = _place(0, "Brackwell", "GB", 0.5, rivals=(("ZA", 0.2),))
    assert not lone_guess(far, [far])


def test_another_place_of_its_country_confirms_it() -> None:
    alias = _place(0, "Brackwell", "ZZ", 0.5, name="Saint Ondo")
    county = _place(20, "Dunmore", "ZZ", 0.5)
    assert not lone_guess(alias, [alias, county])
    again = _place(30, "Brackwell", "ZZ", 0.5, name="Saint Ondo")
    assert lone_guess(alias, [alias, again])  # the same name twice confirms nothing


def test_an_undoubted_town_keeps_its_country_beside_another() -> None:
    weak = _place(0, "Brackwell", "PG", 0.45)
    sure = _place(20, "Dunmore", "KE", 0.8)
    assert not lone_guess(weak, [weak, sure])
    alias = _place(0, "Brackwell", "PG", 0.45, name="Saint Ondo")
    assert weighed_places([alias, alias, sure]) == [sure]


def test_focus_country_leaves_out_lone_guesses() -> None:
    alias = _place(0, "Brackwell", "PG", 0.45, name="Saint Ondo")
    again = _place(12, "Brackwell", "PG", 0.45, name="Saint Ondo")
    places = (alias, again, _place(30, "Dunmore", "KE", 0.8))
    # without the rule the weak town's two mentions outvote the sure one
    assert focus_country(Analysis(Document("d", "text"), places=places)) == "KE"


def test_actors_take_the_focus_country_not_a_lone_guess() -> None:
    weak = _place(0, "Brackwell", "PG", 0.45, rivals=(("KE", 0.4),))
    sure = _place(30, "Dunmore", "KE", 0.8)
    analysis = Analysis(Document("d", "text"), places=(weak, sure))
    located = Location(weak.entry, 1, weak)
    assert actor_country(analysis, located, lambda _: "KE") == "KE"
    assert actor_country(analysis, Location(sure.entry, 1, sure), lambda _: None) == "KE"
    town = _place(0, "Brackwell", "GB", 0.5)  # alone and undoubted: it keeps its country
    alone = Analysis(Document("d", "text"), places=(town,))
    assert actor_country(alone, Location(town.entry, 1, town), lambda _: None) == "GB"
