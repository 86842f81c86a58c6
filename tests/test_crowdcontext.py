"""A crowd's fight with the police told beside the demonstration it belongs to is a
violent demonstration (ACLED), not a mob's violence; villagers' fight that another
sentence arms is an armed clash; sentences written by the team."""

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


def test_violence_between_them_after_police_engaged_the_marchers(model: Any) -> None:
    text = (
        "Students at Mwiti college marched against a rise in fees. "
        "The police engaged the group and there was violence between them."
    )
    assert ("Riots", "Violent demonstration") in _subs(model, text)
    assert ("Riots", "Mob violence") not in _subs(model, text)


def test_confrontation_between_traders_and_security_personnel(model: Any) -> None:
    text = (
        "Traders at Dunmarsh market demonstrated over new levies. "
        "Later a confrontation between angry traders and security personnel left two hurt."
    )
    forces = [("security personnel", Actor("Military Forces of Kenya", Inter.STATE, "KE"))]
    subs = [(e.event_type, e.sub_event_type) for e in code(model, text, forces)]
    assert ("Riots", "Violent demonstration") in subs
    assert ("Riots", "Mob violence") not in subs


def _coded(model: Any, text: str) -> list[tuple[str, str, str]]:
    return [(e.event_type, e.sub_event_type, e.actor1) for e in code(model, text, [])]


def test_villagers_fight_armed_by_the_next_sentence_is_a_clash(model: Any) -> None:
    text = (
        "Farmers clashed with their neighbours in a hill village on Monday. "
        "Three people were killed by spears during the clashes."
    )
    coded = _coded(model, text)
    assert ("Battles", "Armed clash") in [c[:2] for c in coded]
    assert ("Riots", "Mob violence") not in [c[:2] for c in coded]
    assert all(not c[2].startswith("Rioters") for c in coded if c[1] == "Armed clash")


def test_villagers_fight_after_a_land_row_told_before_is_a_clash(model: Any) -> None:
    text = (
        "A shop was set alight in a quarrel over who owned the land. "
        "Several people were hurt after villagers clashed for two days."
    )
    assert ("Battles", "Armed clash") in [c[:2] for c in _coded(model, text)]


def test_villagers_fight_with_no_weapon_told_stays_a_riot(model: Any) -> None:
    text = (
        "Farmers clashed with their neighbours in a hill village on Monday. "
        "Four men were hurt in the fighting."
    )
    assert ("Battles", "Armed clash") not in [c[:2] for c in _coded(model, text)]


def test_refugees_fight_named_communal_next_stays_a_riot(model: Any) -> None:
    text = (
        "Dozens were hurt in a fight between refugees at the camp. "
        "The fight followed a quarrel between the two communities."
    )
    assert ("Battles", "Armed clash") not in [c[:2] for c in _coded(model, text)]
