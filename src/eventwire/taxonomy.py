"""The ACLED event taxonomy: 6 event types, 25 sub-event types, 3 disorder types.

Written from ACLED's public codebook. The event coder uses it to emit only valid
(event_type, sub_event_type) pairs and to fill `disorder_type`; the scorer and the
gold-set tests use it to validate rows.

Disorder type follows the event type, with two sub-event exceptions from the codebook:
"Mob violence" (a Riots sub-event) is political violence, and "Excessive force against
protesters" belongs to both political violence and demonstrations.
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Final

from eventwire.errors import EventwireError

__all__ = [
    "ACLED_TAXONOMY",
    "DISORDER_TYPES",
    "EVENT_DISORDER",
    "EVENT_TYPES",
    "disorder_type",
    "is_valid_pair",
]

BATTLES: Final = "Battles"
PROTESTS: Final = "Protests"
RIOTS: Final = "Riots"
EXPLOSIONS: Final = "Explosions/Remote violence"
VIOLENCE_AGAINST_CIVILIANS: Final = "Violence against civilians"
STRATEGIC: Final = "Strategic developments"

POLITICAL_VIOLENCE: Final = "Political violence"
DEMONSTRATIONS: Final = "Demonstrations"
STRATEGIC_DEVELOPMENTS: Final = "Strategic developments"

ACLED_TAXONOMY: Final[MappingProxyType[str, tuple[str, ...]]] = MappingProxyType(
    {
        BATTLES: (
            "Government regains territory",
            "Non-state actor overtakes territory",
            "Armed clash",
        ),
        PROTESTS: (
            "Excessive force against protesters",
            "Protest with intervention",
            "Peaceful protest",
        ),
        RIOTS: ("Violent demonstration", "Mob violence"),
        EXPLOSIONS: (
            "Chemical weapon",
            "Air/drone strike",
            "Suicide bomb",
            "Shelling/artillery/missile attack",
            "Remote explosive/landmine/IED",
            "Grenade",
        ),
        VIOLENCE_AGAINST_CIVILIANS: (
            "Sexual violence",
            "Attack",
            "Abduction/forced disappearance",
        ),
        STRATEGIC: (
            "Agreement",
            "Arrests",
            "Change to group/activity",
            "Disrupted weapons use",
            "Headquarters or base established",
            "Looting/property destruction",
            "Non-violent transfer of territory",
            "Other",
        ),
    }
)
"""Event type -> its sub-event types, in the codebook's order."""

EVENT_TYPES: Final[tuple[str, ...]] = tuple(ACLED_TAXONOMY)

DISORDER_TYPES: Final[tuple[str, ...]] = (
    POLITICAL_VIOLENCE,
    DEMONSTRATIONS,
    STRATEGIC_DEVELOPMENTS,
)

EVENT_DISORDER: Final[MappingProxyType[str, str]] = MappingProxyType(
    {
        BATTLES: POLITICAL_VIOLENCE,
        EXPLOSIONS: POLITICAL_VIOLENCE,
        VIOLENCE_AGAINST_CIVILIANS: POLITICAL_VIOLENCE,
        PROTESTS: DEMONSTRATIONS,
        RIOTS: DEMONSTRATIONS,
        STRATEGIC: STRATEGIC_DEVELOPMENTS,
    }
)
"""Event type -> its usual disorder type (see `disorder_type` for the exceptions)."""

_SUB_EVENT_DISORDER: Final[MappingProxyType[str, str]] = MappingProxyType(
    {
        "Mob violence": POLITICAL_VIOLENCE,
        "Excessive force against protesters": f"{POLITICAL_VIOLENCE}; {DEMONSTRATIONS}",
    }
)


def is_valid_pair(event_type: str, sub_event_type: str) -> bool:
    """True when `sub_event_type` is one of `event_type`'s sub-event types."""
    return sub_event_type in ACLED_TAXONOMY.get(event_type, ())


def disorder_type(event_type: str, sub_event_type: str | None = None) -> str:
    """ACLED's disorder_type for an event type (and, when given, its sub-event type).

    Raises EventwireError for a type or pair that is not in the taxonomy, so a coder
    bug surfaces at once instead of writing an unloadable CSV row.
    """
    if event_type not in ACLED_TAXONOMY:
        raise EventwireError(f"unknown ACLED event type {event_type!r}")
    if sub_event_type is None:
        return EVENT_DISORDER[event_type]
    if not is_valid_pair(event_type, sub_event_type):
        raise EventwireError(f"{sub_event_type!r} is not a sub-event type of {event_type!r}")
    return _SUB_EVENT_DISORDER.get(sub_event_type, EVENT_DISORDER[event_type])
