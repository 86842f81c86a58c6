"""A crowd's fight with the police told beside the demonstration it belongs to is a
violent demonstration (ACLED), not a mob's violence; sentences written by the team."""

from __future__ import annotations

from typing import Any

from eventwire.records import Actor, Inter
from test_events import code

POLICE = [("police", Actor("Police Forces of Kenya", Inter.STATE, "KE"))]


def _subs(model: Any, text: str) -> list[tuple[str, str]]:
    return [(e.event_type, e.sub_event_type) for e in code(model, text, POLICE)]


def test_fight_with_police_then_the_protest_named(model: Any) -> None:
    text = (
        "Youths at the Kitengela bus stage fought police for two hours. "
        "The demonstration had started over a new parking levy."
    )
    assert _subs(model, text) == [("Riots", "Violent demonstration")]


def test_fight_with_police_and_no_demonstration_stays_a_mob(model: Any) -> None:
    text = (
        "Youths at the Kitengela bus stage fought police for two hours. "
        "Two kiosks near the stage were looted."
    )
    assert ("Riots", "Mob violence") in _subs(model, text)
    assert ("Riots", "Violent demonstration") not in _subs(model, text)


def test_rival_crowds_broken_up_at_a_rally_stay_a_mob(model: Any) -> None:
    text = (
        "Rival supporters clashed at the market in Bura before the police intervened. "
        "The rally was called off."
    )
    assert ("Riots", "Violent demonstration") not in _subs(model, text)
