"""People's surnames that are also places' names, for `toponyms`.

Local news names its people in full once ("Jane Q. Doe, 41, of Ottumwa", "coach Jim
Granby", "the Rev. Tom Jones") and then by surname alone ("Granby said"). Many surnames
are some small town's name too (Jones, Oklahoma; Clark, New Jersey), and a surname
standing alone carries no sign of being a person's: the NER, run on few sentences,
often labels it a place or nothing. `surnames` finds the one-word names that the text
gives as the last word of a person's full name; `toponyms` drops such a name wherever
it stands alone without a place cue of its own ("in Granby", "Granby County", a
dateline), unless it is a country's or a first-level division's own name; `speaks`
marks a surname speaking ("Kelvin said"), which `geo` never places by one sense per
discourse.

Evidence of a full name: a PERSON mention of several words ending with the name (or
with it and a generation, "Jr."); a given name with a middle initial before it ("Tom
J. Jones"); a given name before it and an age after it ("Tom Jones, 41,"); a title or a
role before it ("Rev. Tom Jones", "coach Jim Granby", "Sgt. Jones").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from eventwire.records import Mention

__all__ = ["speaks", "surname_alone", "surnames"]

_WORD = r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?"
_SURNAME = r"((?:Mc|Mac|O')?[A-Z][a-z]+(?:-[A-Z][a-z]+)?)"
# "Tom J. Jones", "Mary Ann T. Smith": a given name, a middle initial, the surname.
_INITIAL = re.compile(rf"\b{_WORD}(?: {_WORD})? [A-Z]\. {_SURNAME}\b(?![ -][A-Z])")
# "Tom Jones, 41," (AP style: a person's name and age; not a score, "Scott West 34,").
_AGE = re.compile(rf"\b{_WORD}(?: [A-Z]\.)?(?: {_WORD})? {_SURNAME}, \d{{1,3}},")
# A title or a role before a (given name and) surname: "Rev. Tom Jones", "coach Jim Granby".
# Only an abbreviated title takes a dot: after "Judge." a sentence has ended ("... Court
# Judge. Ottumwa attorneys said"), and the next word is nobody's surname.
_TITLE = re.compile(
    r"\b(?:(?:Mr|Mrs|Ms|Dr|Rev|Sgt|Cpl|Pvt|Lt|Capt|Maj|Col|Gen|Sen|Rep|Gov|Det|Insp|Supt)\.?"
    r"|Miss|Officer|Deputy|Trooper|Detective|Judge|Justice|Sheriff|Chief|Coach|coach|Mayor"
    r"|Councilman|Councilwoman|Commissioner|Superintendent|Principal|Pastor|Father|Sister"
    r"|spokesman|spokeswoman|attorney|Attorney|director|Director|manager|Manager|owner"
    r"|president|President|chairman|Chairman|chairwoman|Chairwoman)"
    rf" (?:{_WORD} )?(?:[A-Z]\. )?{_SURNAME}\b(?![ -][A-Z])"
)
_POSSESSIVE = re.compile(r"(?:['’]s?|[,.;:])$")
_SUFFIX = re.compile(r"(?:Jr|Sr|II|III|IV)\.?,?")  # a generation after the surname


def surnames(text: str, mentions: Iterable[Mention] = ()) -> frozenset[str]:
    """One-word names the text gives as the last word of a person's full name."""
    found = set(_written_surnames(text))
    for mention in mentions:
        words = mention.text.split()
        while len(words) > 2 and _SUFFIX.fullmatch(words[-1]):  # "Tom Jones Jr.": Jones
            words.pop()
        if mention.label == "PERSON" and len(words) > 1:
            last = _POSSESSIVE.sub("", words[-1])
            if last[:1].isupper() and last != words[0]:
                found.add(last)
    return frozenset(name for name in found if len(name) > 2 and not name.isupper())


@lru_cache(maxsize=16)  # asked by the candidate spans and by `geo` of the same text
def _written_surnames(text: str) -> frozenset[str]:
    """The last words of the full names the text writes out (after an initial, before an
    age, after a title)."""
    return frozenset(
        m.group(1) for pattern in (_INITIAL, _AGE, _TITLE) for m in pattern.finditer(text)
    )


def surname_alone(
    name: str, people: frozenset[str], text: str, end: int, *, cued: bool, hinted: bool
) -> bool:
    """Whether a name is one of `people`'s surnames standing alone ("Granby said", "from
    Granby's car"): no division or town hint ("Granby County", a dateline), and no place
    cue ("in Granby") unless a possessive follows, which voids it."""
    if name not in people or hinted:
        return False
    return not cued or text.startswith(("'", "’"), end)


# A verb of saying right after a name ("Kelvin said", "Kelvin told reporters") or right
# before it ("said Kelvin"): the name is a speaker's, a person's.
_SAYS_AFTER = re.compile(r"\s+(?:said|says|told|added|wrote|explained|noted|asked|replied)\b")
_SAYS_BEFORE = re.compile(r"\b(?:said|says|told|added|wrote|asked)\s+$")


def speaks(text: str, start: int, end: int) -> bool:
    """Whether the name at `start:end` is a speaker's ("Kelvin said", "said Kelvin"):
    for a surname of the text, a person speaking, not the town of that name."""
    return bool(
        _SAYS_AFTER.match(text, end) or _SAYS_BEFORE.search(text[max(0, start - 10) : start])
    )
