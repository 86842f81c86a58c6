"""Countries named as where people came from (`elsewhere`), not the focus country."""

from __future__ import annotations

from eventwire.actors import focus_country
from eventwire.elsewhere import names_elsewhere
from eventwire.records import Analysis, Document, GazetteerEntry, Place

WAKANDA = GazetteerEntry(1, "Wakanda", 0.0, 0.0, "TZ", "A", "PCLI", 1000, "", "", "")


def _place(text: str, name: str) -> Place:
    start = text.index(name)
    return Place(start, start + len(name), name, WAKANDA, 1.0, "country")


def test_a_country_after_from_is_the_origin_of_people() -> None:
    for text in (
        "Armed raiders from Wakanda attacked villagers.",
        "Militiamen who crossed from neighbouring Wakanda stole cattle.",
        "Gunmen killed a policeman near the border with Wakanda.",
        "Wakanda's government condemned the raid.",
    ):
        assert names_elsewhere(text, _place(text, "Wakanda"))
    text = "Raiders attacked villagers in Wakanda."
    assert not names_elsewhere(text, _place(text, "Wakanda"))


def test_the_origin_country_is_not_the_focus() -> None:
    text = "Armed raiders from Wakanda attacked villagers."
    analysis = Analysis(Document("d", text), places=(_place(text, "Wakanda"),))
    assert focus_country(analysis) is None
    text = "Raiders attacked villagers in Wakanda."
    analysis = Analysis(Document("d", text), places=(_place(text, "Wakanda"),))
    assert focus_country(analysis) == "TZ"


def test_a_demonym_naming_whose_things_are_is_not_where() -> None:
    text = "Traders protested outside the Wakandan embassy."
    start = text.index("Wakandan")
    place = Place(start, start + 8, "Wakandan", WAKANDA, 1.0, "demonym")
    assert names_elsewhere(text, place)
    text = "Wakandan villagers were attacked."
    place = Place(0, 8, "Wakandan", WAKANDA, 1.0, "demonym")
    assert not names_elsewhere(text, place)
