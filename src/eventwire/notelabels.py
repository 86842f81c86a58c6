"""A line that names its own Strategic development: "Movement of forces: troops were sent".

ACLED's Strategic developments are the events its codebook lists by kind rather than by
a violent act: Change to group/activity (a group recruiting, its forces moving, security
measures taken), Looting/property destruction, Arrests, Disrupted weapons use (a bomb
defused, weapons seized), Headquarters or base established, Non-violent transfer of
territory, and Other (a non-violent activity that changes the conflict). Event notes
and briefs written to that codebook often open a line with the kind's name and a colon
("Recruitment: the militia signed up school leavers with promises of pay"). The label
is the writer's own coding of the line: the words after it may tell a violent act in
passing ("Movement of forces: two truckloads of soldiers reached the town that gunmen
had ambushed") or no act at all ("Non-violent activity: the county renamed its main
market"), and neither changes what the line reports.

`label_of` reads the label; `triggers` parses a labelled line and anchors a trigger on
it, and `subtypes.read_incident` codes the labelled kind over the hierarchy. Pure data
and string tests: nothing here loads a resource.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from eventwire.incident import Incident

__all__ = ["LABEL_STEMS", "counts_deaths", "label_of"]

_STRATEGIC = "Strategic developments"

# A label (lower case, words as written in the codebook) -> the sub-event type it names.
_LABELS: dict[str, str] = {
    "change to group/activity": "Change to group/activity",
    "movement of forces": "Change to group/activity",
    "movements of forces": "Change to group/activity",
    "recruitment": "Change to group/activity",
    "security measures": "Change to group/activity",
    "non-violent activity": "Other",
    "non-violent activities": "Other",
    "looting/property destruction": "Looting/property destruction",
    "property destruction": "Looting/property destruction",
    "destruction of property": "Looting/property destruction",
    "looting": "Looting/property destruction",
    "arrests": "Arrests",
    "disrupted weapons use": "Disrupted weapons use",
    "defusal": "Disrupted weapons use",
    "headquarters or base established": "Headquarters or base established",
    "non-violent transfer of territory": "Non-violent transfer of territory",
}


def _spelled(label: str) -> str:
    """A label's pattern: any run of spaces between its words, "non violent" or
    "nonviolent" for "non-violent"."""
    words = (re.escape(w).replace(r"non\-", r"non[- ]?") for w in label.split())
    return r"\s+".join(words)


_ALTERNATIVES = "|".join(_spelled(label) for label in sorted(_LABELS, key=len, reverse=True))

# For the candidate filter (`triggers.CANDIDATE`, matched on the lower-cased sentence).
LABEL_STEMS = rf"(?:{_ALTERNATIVES})\s*:"

# The label opens the line and is followed by what it labels.
_LABEL = re.compile(rf"^\W*({_ALTERNATIVES})\s*:\s*(?=\S)", re.IGNORECASE)


def label_of(text: str) -> tuple[str, str, int] | None:
    """(event type, sub-event type, end of the label) of a line that opens with a
    Strategic development's label, else None.

    >>> label_of("Recruitment: the militia signed up school leavers.")
    ('Strategic developments', 'Change to group/activity', 13)
    """
    match = _LABEL.match(text)
    if match is None:
        return None
    key = re.sub(r"\s+", " ", match.group(1).lower()).replace("nonviolent", "non-violent")
    key = key.replace("non violent", "non-violent")
    return _STRATEGIC, _LABELS[key], match.end()


# Developments that kill no one: deaths a labelled line tells in passing ("soldiers were
# sent to the valley where two herders had been killed") are another event's.
_NO_DEATHS = frozenset(
    {
        "Change to group/activity",
        "Other",
        "Arrests",
        "Disrupted weapons use",
        "Headquarters or base established",
        "Non-violent transfer of territory",
    }
)


def counts_deaths(incident: Incident) -> bool:
    """False for a labelled line's non-violent development, whose toll is none."""
    return incident.rule != "label" or incident.sub_event_type not in _NO_DEATHS
