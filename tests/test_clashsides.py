"""A clash's sides named outside its own sentence (`clashsides`)."""

from __future__ import annotations

from typing import Any

import pytest

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


ORVAN = Actor("Orvan Ethnic Militia (Testland)", Inter.IDENTITY_MILITIA, "NG")
TELMI = Actor("Telmi Ethnic Militia (Testland)", Inter.IDENTITY_MILITIA, "NG")
VILLAGERS = Actor("Unidentified Communal Militia (Testland)", Inter.IDENTITY_MILITIA, "NG")
HERDERS = Actor("Civilians (Testland)", Inter.CIVILIANS, "NG")


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        (
            "Four men were found dead after a fight over water between Orvan and Telmi.",
            [("Orvan", ORVAN), ("Telmi", TELMI)],
        ),
        (
            "Two were killed in a feud over cattle between the Orvan and Telmi communities.",
            [("Orvan", ORVAN), ("Telmi", TELMI)],
        ),
        # the dead are the sides' own, not civilians
        (
            "Three herders were found dead after a feud between Orvan and Telmi herders.",
            [("herders", HERDERS), ("Orvan", ORVAN), ("Telmi", TELMI)],
        ),
    ],
)
def test_deaths_beside_a_fight_between_two_sides_name_both(
    model: Any, text: str, actors: list[tuple[str, Actor]]
) -> None:
    (event,) = code(model, text, actors)
    assert (event.sub_event_type, event.actor1, event.actor2) == (
        "Armed clash",
        ORVAN.name,
        TELMI.name,
    )


def test_deaths_beside_a_fight_between_two_unnamed_sides_have_it_on_both(model: Any) -> None:
    text = "Two men were found dead after a land dispute between two villages."
    (event,) = code(model, text, [("two villages", VILLAGERS)])
    assert (event.sub_event_type, event.actor1, event.actor2) == (
        "Armed clash",
        VILLAGERS.name,
        VILLAGERS.name,
    )


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


def _event(actor1: str, actor2: str, inter: int, event_type: str = "Battles") -> Any:
    from datetime import date

    from eventwire.records import Event, Evidence, TimePrecision

    return Event(
        event_id_cnty="NGA1",
        event_date=date(2024, 3, 14),
        time_precision=TimePrecision.DAY,
        disorder_type="Political violence",
        event_type=event_type,
        sub_event_type="Armed clash",
        actor1=actor1,
        inter1=inter,
        actor2=actor2,
        inter2=inter,
        country_code="NG",
        evidence=(Evidence("d", "x", 0, 40),),
    )


def _mention(start: int, actor: Actor) -> Any:
    from eventwire.records import ActorMention

    return ActorMention(start, start + 5, "x", actor, 0)


def test_one_force_on_both_sides_meets_the_other_armed_group_named() -> None:
    from eventwire.clashsides import distinct_sides

    rebels = Actor("Northern Liberation Front", Inter.REBEL, "NG")
    event = _event(POLICE.name, POLICE.name, 1)
    mentions = [_mention(0, POLICE), _mention(20, rebels)]
    fixed = distinct_sides(event, mentions)
    assert (fixed.actor1, fixed.actor2, fixed.inter2) == (POLICE.name, rebels.name, 2)
    # no other armed group named: unchanged; one militia on both sides stays
    assert distinct_sides(event, [_mention(0, POLICE)]) == event
    militia = _event(GABRA.name, GABRA.name, 4)
    assert distinct_sides(militia, [_mention(0, GABRA), _mention(9, POLICE)]) == militia


def test_an_attack_by_unknown_men_takes_the_community_named_elsewhere(model: Any) -> None:
    text = (
        "Gunmen shot dead two herders near Sampletown. "
        "Elders said the Gabra had threatened the village for weeks."
    )
    (event,) = code(model, text, [("Gabra", GABRA)])
    assert (event.sub_event_type, event.actor1) == ("Attack", GABRA.name)
    assert event.actor2.startswith("Civilians")
