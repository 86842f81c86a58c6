"""Actors: mentions in the text normalised to named actors with an ACLED inter code.

Three sources, matched over each parsed candidate sentence:
- the actor table: a reviewed, versioned TSV shipped as `data/actors.tsv` (armed groups,
  aliases, abbreviations, transliterations), extended by the user's own TSV (setting
  `actor_table`); compiled once per process into two Aho-Corasick automata, one
  case-folded and one exact for abbreviations in capitals ("ADF"), so "isis" is not ISIS;
- state forces of any country, from `countries`: "Iraqi troops" is the Military Forces
  of Iraq; "the army" with no country is the document's focus country's;
- generic groups named after the focus country: "Unidentified Armed Group (Kenya)",
  or after the country a demonym names ("Ethiopian raiders", "Kenyan villagers";
  `genericactors`); ethnic
  and communal militias come from `communities` ("Pokot raiders", "rival clans").
"IS" is the Islamic State only where it is a name (`isname`). A text that names no place
the gazetteer knows is about the home country of its state forces, militias, parties or
peoples (`actor_focus`), failing those of the place-cued names the geoparser left out
("residents of X": `actorcountry`), so its generic actors still get ACLED's country suffix.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from eventwire import countries
from eventwire.actorcountry import cued_country
from eventwire.communities import (
    people_countries,
    place_militias,
)
from eventwire.coreference import NON_STATE as _NON_STATE
from eventwire.coreference import coreferent, suspects
from eventwire.doctext import text_of
from eventwire.elsewhere import names_elsewhere
from eventwire.errors import ConfigError
from eventwire.forces import (
    Match,
    governments,
    state_actor,
    state_forces,
)
from eventwire.genericactors import INTERNATIONAL_COALITION, _generic, generic_actor, is_generic
from eventwire.geofocus import names_people, names_place
from eventwire.isname import IS, is_a_name, mostly_capitals
from eventwire.loneplaces import weighed_places
from eventwire.pipeline import Context, stage
from eventwire.records import Actor, ActorMention, Analysis, Inter
from eventwire.settings import Settings

if TYPE_CHECKING:
    from spacy.tokens import Doc as SpacyDoc

__all__ = [
    "ActorEntry",
    "ActorTable",
    "Match",
    "actor_focus",
    "actors_stage",
    "builtin_actor_table",
    "country_guess",
    "focus_country",
    "load_actor_table",
    "read_actor_tsv",
    "state_actor",
]


Guess = Callable[[Analysis], str | None]  # a last-resort focus country (`cued_country`)
ISLAMIC_STATE = "Islamic State"
_DASHES = str.maketrans({"-": " ", "‐": " ", "‑": " ", "–": " ", "—": " ", "’": "'", "‘": "'"})


@dataclass(frozen=True, slots=True)
class ActorEntry:
    """One row of an actor table: a named actor and the aliases it goes by."""

    name: str
    inter: Inter
    country_code: str | None
    aliases: tuple[str, ...]

    @property
    def actor(self) -> Actor:
        return Actor(self.name, self.inter, self.country_code)


def read_actor_tsv(text: str, source: str) -> tuple[str, tuple[ActorEntry, ...]]:
    """Parse an actor TSV (name, inter, country, aliases) into (version, entries).

    Raises ConfigError naming the file and line of a malformed row.
    """
    version, entries = "", []
    for number, line in enumerate(text.splitlines(), 1):
        if line.startswith("#"):
            key, _, value = line[1:].partition(":")
            if key.strip() == "version" and not version:
                version = value.strip()
            continue
        if line.strip():
            entries.append(_entry(line, f"{source}:{number}"))
    return version, tuple(entries)


def _entry(line: str, where: str) -> ActorEntry:
    fields = line.rstrip("\r\n").split("\t")
    if len(fields) not in (3, 4) or not fields[0].strip():
        raise ConfigError("expected name, inter, country, aliases separated by tabs", source=where)
    name, inter, code = (f.strip() for f in fields[:3])
    if inter not in {str(i.value) for i in Inter}:
        raise ConfigError(f"inter code must be 1-8, got {inter!r}", source=where)
    if code and countries.country(code) is None:
        raise ConfigError(f"unknown ISO2 country code {code!r}", source=where)
    aliases = fields[3].split("|") if len(fields) == 4 else []
    forms = tuple(dict.fromkeys(a.strip() for a in [name, *aliases] if a.strip()))
    return ActorEntry(name, Inter(int(inter)), code.upper() or None, forms)


def _fold(text: str) -> str:
    """Lowercase with dashes as spaces and straight apostrophes, same length as text."""
    folded = text.translate(_DASHES).lower()
    if len(folded) != len(text):  # a few characters lowercase to two (İ)
        folded = "".join(c if len(c.lower()) != 1 else c.lower() for c in text.translate(_DASHES))
    return folded


def _exact_case(alias: str) -> bool:
    """Abbreviations (short, or with two capitals and no space) match case-sensitively."""
    letters = [c for c in alias if c.isalpha()]
    return " " not in alias and (len(alias) <= 4 or sum(c.isupper() for c in letters) >= 2)


def _bounded(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return not before.isalnum() and not after.isalnum()


class ActorTable:
    """Named actors and their aliases, compiled once into two Aho-Corasick automata."""

    def __init__(self, entries: Iterable[ActorEntry], version: str = "") -> None:
        import ahocorasick

        self.version = version
        self.entries = tuple(entries)
        self._folded = ahocorasick.Automaton()
        self._exact = ahocorasick.Automaton()
        for entry in self.entries:  # later entries (the user's) win over earlier ones
            for alias in entry.aliases:
                exact = _exact_case(alias)
                key = alias.translate(_DASHES) if exact else _fold(alias)
                (self._exact if exact else self._folded).add_word(key, (len(key), entry.actor))
        for automaton in (self._folded, self._exact):
            if len(automaton):
                automaton.make_automaton()
        named = {e.name: e.actor for e in self.entries}
        self.islamic_state: Actor | None = named.get(ISLAMIC_STATE)

    def match(
        self,
        text: str,
        *,
        focus: str | None = None,
        doc: SpacyDoc | None = None,
        places: list[tuple[int, int, str]] | None = None,
    ) -> list[Match]:
        """Actors mentioned in `text`: (start, end, actor), ordered, not overlapping.

        `focus` (ISO2) owns bare state forces and generic groups; `doc`, a spaCy
        parse of exactly `text`, sharpens the "IS" and "military" decisions; `places`,
        the (start, end, ISO2) of its toponyms, name communal militias ("Kaduna herders").
        """
        named = list(self._named(text)) + list(self._islamic_state(text, doc))
        others = list(state_forces(text, focus, doc)) + list(_generic(text, focus, doc))
        others += governments(text)
        others += place_militias(text, places or [], generic_actor)
        return _resolve(text, named, others)

    def home_actors(self, text: str) -> list[Actor]:
        """The home actors (`actor_focus`) among the actors `match` finds in `text`.

        Generic groups are never home actors; they only matter where they overlap one,
        so a text is matched in full only when a named actor or a country's forces
        or government is a home actor (few texts that name no known place are).
        """
        found = [*self._named(text), *self._islamic_state(text, None)]
        found += [*state_forces(text, None, None), *governments(text)]
        if not any(_is_home(actor) for _, _, actor in found):
            return []
        return [actor for _, _, actor in self.match(text) if _is_home(actor)]

    def named_in(self, text: str) -> list[Actor]:
        """The table's actors `text` mentions, in order (no context rules)."""
        return [actor for _, _, actor in sorted(self._named(text), key=lambda m: m[0])]

    def _named(self, text: str) -> Iterator[Match]:
        for automaton, haystack in (
            (self._folded, _fold(text)),
            (self._exact, text.translate(_DASHES)),
        ):
            if not len(automaton):
                continue
            for last, (length, actor) in automaton.iter(haystack):
                start, end = last - length + 1, last + 1
                if _bounded(text, start, end):
                    yield start, end, actor

    def _islamic_state(self, text: str, doc: SpacyDoc | None) -> Iterator[Match]:
        if self.islamic_state is None or mostly_capitals(text):
            return
        for found in IS.finditer(text):
            if is_a_name(text, found.start(), found.end(), doc):
                yield found.start(), found.end(), self.islamic_state


def _resolve(text: str, named: list[Match], others: list[Match]) -> list[Match]:
    """Leftmost-longest non-overlapping matches; named actors win ties and absorb the
    noun that follows them ("al-Shabaab militants", "Houthi forces")."""
    ranked = sorted(
        [(s, e, a, 0) for s, e, a in named] + [(s, e, a, 1) for s, e, a in others],
        key=lambda m: (m[0], -(m[1] - m[0]), m[3]),
    )
    chosen: list[tuple[int, int, Actor, int]] = []
    for start, end, actor, rank in ranked:
        if chosen and start < chosen[-1][1]:
            continue
        if _absorbs(text, chosen, start, actor, rank):
            chosen[-1] = (chosen[-1][0], end, chosen[-1][2], 0)
            continue
        if _member_of(text, chosen, start, actor, rank):
            chosen[-1] = (chosen[-1][0], end, actor, 0)
            continue
        chosen.append((start, end, actor, rank))
    return [(s, e, a) for s, e, a, _ in chosen]


_OF = re.compile(r"\s+of\s+(?:the\s+)?")


def _member_of(
    text: str, chosen: list[tuple[int, int, Actor, int]], start: int, actor: Actor, rank: int
) -> bool:
    """ "fighters of the Taliban", "militants of al-Shabaab": the armed men are the
    named group's, not an unidentified armed group with the group as associate."""
    if not chosen or rank != 0 or actor.inter not in _NON_STATE:
        return False
    previous = chosen[-1][2]
    return previous.name.startswith("Unidentified Armed Group") and bool(
        _OF.fullmatch(text[chosen[-1][1] : start])
    )


_ABSORBED = frozenset({Inter.STATE, Inter.REBEL, Inter.POLITICAL_MILITIA})


def _absorbs(
    text: str, chosen: list[tuple[int, int, Actor, int]], start: int, actor: Actor, rank: int
) -> bool:
    """A named actor right before a generic armed noun takes it over ("Hamas fighters")."""
    if not chosen or rank != 1 or chosen[-1][3] != 0 or actor.inter not in _ABSORBED:
        return False
    return text[chosen[-1][1] : start] in {" ", "-"}


def focus_country(analysis: Analysis, guess: Guess | None = None) -> str | None:
    """The country the document is about: the most-mentioned country among its places
    (countries, demonyms and toponyms); ties go to the first mentioned. A demonym
    giving people's nationality ("Chinese workers") does not count (`names_people`), nor
    a country named as where people came from ("from Tanzania", `elsewhere`). A
    text that names no place the gazetteer knows falls back on the home countries of
    the actors it names (see `actor_focus`), then on `guess` (`country_guess`)."""
    weighed = weighed_places(analysis.places)
    counted = [
        p
        for p in sorted(weighed, key=lambda p: p.start)
        if p.kind in ("country", "demonym", "toponym")
        and p.entry.country_code
        and not (p.kind == "demonym" and names_people(analysis.document.text, p))
        and not names_elsewhere(analysis.document.text, p)
    ]
    if not counted:
        named = [m.actor for m in analysis.actors]
        found = actor_focus(analysis.document.text, named)
        return found if found or guess is None or _guessed(analysis) else guess(analysis)
    sureness: dict[str, float] = {}
    for p in counted:
        # "a Kenyan village": a demonym naming a place is as sure as a place name
        place_named = p.kind == "demonym" and names_place(analysis.document.text, p)
        code = p.entry.country_code
        sureness[code] = sureness.get(code, 0.0) + p.score + place_named
    return _most_mentioned([p.entry.country_code for p in counted], sureness)


def _guessed(analysis: Analysis) -> bool:
    """The text names places, but only lone guesses (`lone_guess`): the geoparser did not
    leave it bare, and the place-cued names `guess` reads would repeat the guesses."""
    return len(weighed_places(analysis.places)) < len(analysis.places)


def _most_mentioned(codes: Sequence[str], sureness: dict[str, float] | None = None) -> str | None:
    """The most frequent code; a tie goes to the surer places (a county town against a
    village of the same name abroad: the better-resolved name wins), then to the first."""
    if not codes:
        return None
    counts = Counter(codes)
    sure = sureness or {}
    return max(
        counts, key=lambda code: (counts[code], round(sure.get(code, 0.0), 3), -codes.index(code))
    )


# Named actors whose country says where a text is: a state's own forces, its parties
# and militias; not rebels or foreign forces, who fight across borders.
_HOME_INTERS = frozenset({Inter.STATE, Inter.POLITICAL_MILITIA, Inter.IDENTITY_MILITIA})


def actor_focus(text: str, named: Iterable[Actor]) -> str | None:
    """The country of a text that names no known place: the most-named home country of
    its state forces, militias and parties ("KDF", "Mungiki"), else of the peoples it
    names ("Pokot", "Borana"). Generic actors carry no evidence of their own."""
    homes = [a.country_code for a in named if a.country_code and _is_home(a)]
    return _most_mentioned(homes) or _most_mentioned(people_countries(text))


def _is_home(actor: Actor) -> bool:
    """A named state force, militia or party with a country (see `actor_focus`)."""
    return (
        bool(actor.country_code)
        and actor.inter in _HOME_INTERS
        and not is_generic(actor.name)
        and " Ethnic Militia" not in actor.name
    )


def builtin_actor_table() -> tuple[str, tuple[ActorEntry, ...]]:
    """The shipped table: (version, entries)."""
    text = resources.files("eventwire").joinpath("data/actors.tsv").read_text(encoding="utf-8")
    return read_actor_tsv(text, "eventwire/data/actors.tsv")


def load_actor_table(settings: Settings) -> ActorTable:
    """The built-in table plus the user's TSV (setting `actor_table`), compiled."""
    version, entries = builtin_actor_table()
    path = settings.actor_table
    if path:
        try:
            text = Path(path).read_text(encoding="utf-8")
        except OSError as exc:
            raise ConfigError(f"cannot read actor table: {exc.strerror}", source=path) from exc
        except UnicodeDecodeError as exc:
            raise ConfigError("actor table is not UTF-8", source=path) from exc
        user_version, user_entries = read_actor_tsv(text, path)
        version = f"{version}+{user_version or Path(path).name}"
        entries += user_entries
    return ActorTable(entries, version)


def _mentions(analysis: Analysis, table: ActorTable, guess: Guess) -> Iterator[ActorMention]:
    focus = focus_country(analysis)
    if focus is None:  # no known place: the named actors' and peoples' country
        text = analysis.document.text
        focus = actor_focus(text, table.home_actors(text))
        focus = focus or (None if _guessed(analysis) else guess(analysis))
    found: list[ActorMention] = []
    toponyms = sorted((p for p in analysis.places if p.kind == "toponym"), key=lambda p: p.start)
    for parse in analysis.parses:
        text = text_of(parse.doc)
        places = [
            (p.start - parse.offset, p.end - parse.offset, p.entry.country_code)
            for p in toponyms
            if parse.offset <= p.start and p.end <= parse.offset + len(text)
        ]
        for start, end, actor in table.match(text, focus=focus, doc=parse.doc, places=places):
            offset = parse.offset
            found.append(
                ActorMention(start + offset, end + offset, text[start:end], actor, parse.sentence)
            )
        found += suspects(analysis.document.text, parse, table.named_in, found)
    led = [m.actor for m in found if m.actor.name.endswith("-led Coalition")]
    if led:  # "the coalition" is the led coalition the article names.
        found = [
            dataclasses.replace(m, actor=led[0]) if m.actor == INTERNATIONAL_COALITION else m
            for m in found
        ]
    return coreferent(found, analysis.document.text, is_generic, table.named_in)


def country_guess(ctx: Context) -> Guess:
    """The last-resort focus country of a text that names no place the geoparser kept
    and no home actor: the country its place-cued names point to (`cued_country`)."""

    def guess(analysis: Analysis) -> str | None:
        from eventwire.geo import gazetteer  # loaded by the geo stage that ran before

        return cued_country(analysis.document.text, analysis.mentions, gazetteer(ctx))

    return guess


@stage("actors", requires=("parses", "places"), assigns=("actors",))
def actors_stage(batch: Sequence[Analysis], ctx: Context) -> list[Analysis]:
    """Find actor mentions in parsed sentences and normalise them to named actors."""
    table = ctx.resource("actor_table", lambda: load_actor_table(ctx.settings))
    guess = country_guess(ctx)
    return [
        dataclasses.replace(
            a, actors=tuple(sorted(_mentions(a, table, guess), key=lambda m: m.start))
        )
        for a in batch
    ]
