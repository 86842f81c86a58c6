"""A clash's sides named outside its own sentence (`clashsides`)."""

from __future__ import annotations

from typing import Any

from eventwire.records import Actor, Inter
from test_events import POLICE, code

GABRA = Actor("Gabra Ethnic Militia (Nigeria)", Inter.IDENTITY_MILITIA, "NG")
BORANA = Actor("Borana Ethnic Militia (Nigeria)", Inter.IDENTITY_MILITIA, "NG")
TIV = Actor("Tiv Ethnic Militia (Nigeria)", Inter.IDENTITY_MILITIA, "NG")


def test_communities_named_after_the_clash_are_its_sides(model: Any) -> None:
    text = (
        "Clashes erupted near Sampletown and one man was killed. "
        "Elders said the violence pitted the Gabra against the Borana."
    )
    (event,) = code(model, text, [("Gabra", GABRA), ("Borana", BORANA)])
    assert (event.sub_event_type, event.actor1, event.actor2) == (
        "Armed clash",
        GABRA.name,
        BORANA.name,
    )
    assert event.inter1 == event.inter2 == int(Inter.IDENTITY_MILITIA)


def test_a_side_the_clash_sentence_named_stays(model: Any) -> None:
    text = "Police clashed with gunmen near Sampletown. The gunmen were said to be Gabra."
    (event,) = code(model, text, [("Police", POLICE), ("Gabra", GABRA)])
    assert event.actor1 == POLICE.name


def test_more_than_two_communities_leave_the_sides_unknown(model: Any) -> None:
    text = (
        "Clashes erupted near Sampletown and one man was killed. "
        "The Gabra, the Borana and the Tiv blamed each other."
    )
    (event,) = code(model, text, [("Gabra", GABRA), ("Borana", BORANA), ("Tiv", TIV)])
    assert event.actor1.startswith("Unidentified")


def test_actors_before_south_sudans_independence_are_sudans() -> None:
    from datetime import date

    from eventwire.forces import as_of

    name = "Toposa Ethnic Militia (South Sudan)"
    assert as_of(name, date(2008, 5, 1)) == "Toposa Ethnic Militia (Sudan)"
    assert as_of("Military Forces of South Sudan", date(2011, 7, 8)) == "Military Forces of Sudan"
    assert as_of(name, date(2011, 7, 9)) == name
