"""Fatalities: the death toll a sentence reports, read from its dependency parse.

Numbers count only when tied to a death word (killed, dead, died, death, lost their
lives, gunned down); the wounded never count, nor do animals or property ("also killed
two goats"). Vague quantities follow the design notes ("several" 3, "dozens" 12,
"hundreds" 100) and ACLED's rule of the lowest reported figure: a figure told on one
source's word against another's ("the group claimed dozens killed, though reports
indicate four dead") gives the lower. Numbers are read in `tollnumbers`; deaths that
are the event's cause, recalled or only attempted, in `tollcauses`; tolls shared by
several incidents or days, in `tollseries`; figures a coder's note sets apart ("coded
separately"), in `tollnotes`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from eventwire import tollcauses, tollfigures, tollnotes, tollnumbers, tollsyntax
from eventwire.cues import flag
from eventwire.doctext import text_of
from eventwire.tollcauses import is_cause
from eventwire.tollnumbers import parse_count
from eventwire.tollvictims import of_whom, part_of_them, victims
from eventwire.triggers import LEMMAS, lemma

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = [
    "fatalities",
    "is_cause",
    "parse_count",
    "taken",
]

_NO_COUNT = frozenset("everyone everybody anyone anybody someone somebody all".split())
_NO_DEATHS = flag(
    r"no(?: one|body|body else) (?:was|were) (?:killed|hurt|injured|harmed|wounded)"
    r"|no (?:casualties|deaths|fatalities|one died|injuries)|without casualties"
)


def fatalities(doc: Doc, trigger: Token | None = None) -> int | None:
    """Deaths reported in a sentence, or None when it reports no figure.

    Numbers count only when tied to killed/dead/died/death/lost their lives (wounded
    never count); conjoined victims add up ("two soldiers and five militants died" = 7);
    a range counts its lowest figure; vague words follow design.md ("several" 3,
    "dozens" 12, "hundreds" 100), and plural victims with no figure count as "several".
    Deaths that only give the cause of the event ("protested after a boy was killed",
    "lynched for killing a trader") are another incident's, unless `trigger`, the
    event's own word, is in that clause.
    """
    text = text_of(doc)
    if _NO_DEATHS.search(text):
        return 0
    if trigger is not None and tollcauses.trigger_in_cause(trigger):
        trigger = None  # its deaths are the cause's: "torched houses after a rider was killed"
    seen: set[int] = set()
    told: dict[int, tuple[int, set[str]]] = {}  # reporting verb -> (count, whom)
    figures: dict[int, list[tuple[int, int, int, str]]] = {}  # reporting verb -> figures
    parts = 0
    counted: list[tuple[Token, Token, int]] = []  # (death word, victims, count)
    for token in doc:
        nouns = victims(token)  # most words name no victims: the parse walk below only then
        if not nouns or tollcauses.cause_of_event(token, trigger) or tollsyntax.denied(token):
            continue
        for noun in nouns:
            count = _count(noun, seen)
            if count is None:
                continue
            if part_of_them(noun) or _the_dead_again(noun) or tollfigures.whose(noun):
                parts += count  # "eight of them were burned": counted already, if at all
                continue
            counted.append((token, noun, count))
    for token, noun, count in tollnotes.kept_here(counted, doc):
        source = _reported_by(token)
        deaths, whom = told.get(source, (0, set()))
        told[source] = (deaths + count, whom | {_whom(noun)})
        figures.setdefault(source, []).append((noun.i, token.i, count, _whom(noun)))
    told = {key: (_broken_down(figures[key]) or n, whom) for key, (n, whom) in told.items()}
    suicide = tollsyntax.killers_suicide(text)
    if not told:
        # a suicide alone is a killer's only where the sentence tells his attack ("shot
        # a neighbour before committing suicide"), not "a pupil who had committed suicide"
        attack = any(lemma(t) in _ATTACK_WORDS for t in doc)
        suicide = 0 if tollsyntax.plain_suicide(text) and not attack else suicide
        labelled = tollsyntax.labelled_toll(text)
        return parts or tollsyntax.unknown_toll(text) or labelled or suicide or None
    deaths = _lowest_report(told, doc) + tollfigures.attackers_besides(text) + suicide
    deaths = tollnumbers.revised(deaths, text)  # "four (later put at six)"
    return 0 if deaths == 1 and tollsyntax.rescued_alive(text) else deaths


# Attacks a killer's suicide may end: "stabbed a neighbour, then turned the knife on himself".
_ATTACK_WORDS = frozenset("shoot stab attack hack fire wound injure assault".split())


def _broken_down(figures: list[tuple[int, int, int, str]]) -> int | None:
    """A total and its breakdown: "six guards were killed, four in the raid while two
    other guards died in an ambush". A first figure that the later ones add up to, each
    told under a death word of its own and of the total's dead (the same noun, or a bare
    figure), counts those dead once: the total. Other sides' dead still add up ("four
    civilians were killed, two soldiers died and two officers were shot" is 8)."""
    if len(figures) < 3:
        return None
    (_, word, total, whom), *rest = sorted(figures)
    if any(verb == word or (other and whom and other != whom) for _, verb, _, other in rest):
        return None
    return total if total == sum(count for _, _, count, _ in rest) else None


# Verbs that give a figure on someone's word: "police said three died", "residents put
# the toll at seven", "hospital officials reported five dead".
_REPORTING = frozenset(
    "say tell report claim put state estimate confirm insist indicate suggest show".split()
)
_CONTRAST = frozenset("but while whereas though although however".split())


def _reported_by(token: Token) -> int:
    """Index of the reporting verb a death word is told under, -1 when none."""
    for node in token.ancestors:
        if lemma(node) in _REPORTING:
            return node.i
    return -1


# Victims that name no particular side: two figures for them may be the same dead.
_ANYONE = frozenset("person people dead death toll body".split())


def _whom(noun: Token) -> str:
    word = lemma(noun)
    return "" if word in _ANYONE or tollnumbers.parse_number(noun.lower_) is not None else word


def _lowest_report(told: dict[int, tuple[int, set[str]]], doc: Doc) -> int:
    """One toll from figures told on different words. ACLED takes the lowest credible
    figure when reports conflict ("police said three died; residents said seven"): two
    sources set against each other (two reporting verbs, or one and a "but", "while",
    "though") give the lower, when the figures may count the same dead. Otherwise they
    add up ("police said two soldiers and three attackers died" is 5; so is "two
    soldiers were killed, while police said three attackers died")."""
    sources = [s for s in told if s >= 0]
    contrasted = any(t.lower_ in _CONTRAST for t in doc)
    whoms = [whom - {""} for _, whom in told.values()]
    same_dead = any(not w for w in whoms) or bool(set.intersection(*whoms))
    if len(told) > 1 and same_dead and (len(sources) > 1 or (sources and contrasted)):
        return min(count for count, _ in told.values())
    return sum(count for count, _ in told.values())


def taken(doc: Doc, word: str) -> int | None:
    """How many people the event word `word` (an abduction's "kidnapped") took: its
    object or passive subject, counted as victims are ("a leader and three members" 4)."""
    verb = next((t for t in doc if t.text == word), None)
    if verb is None:
        return None
    seen: set[int] = set()
    counts = [_count(c, seen) for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    return sum(c for c in counts if c) or None


def _count(noun: Token, seen: set[int]) -> int | None:
    """Number of people a victim phrase stands for, its conjuncts included."""
    if noun.i in seen:
        return None
    seen.add(noun.i)
    value = _number_of(noun)
    for conj in (c for c in noun.children if c.dep_ == "conj"):
        if _apposed_name(noun, conj) or tollfigures.titles_of_one(noun, conj):
            seen.add(conj.i)  # "the chief, John Doe, was killed": one man
            continue
        if value is not None and _figureless(conj):
            seen.add(conj.i)  # "14 soldiers and volunteer fighters": the 14 counts both
            continue
        if tollfigures.wounded(conj):
            seen.add(conj.i)  # "4 dead + 5 injured": the wounded never count
            continue
        more = _count(conj, seen)
        if more is not None:
            value = (value or 0) + more
    return value


# Words for the dead themselves: with "the" or "their" and no figure, the dead told before.
_THE_DEAD = frozenset("victim body corpse dead".split())


def _the_dead_again(noun: Token) -> bool:
    """ "five bodies were found ... their bodies were dumped", "the victims were shot":
    the dead a figure counted, named again."""
    return (
        lemma(noun) in _THE_DEAD
        and _figureless(noun)
        and any(c.lower_ in {"the", "their", "these", "those"} for c in noun.children)
    )


def _apposed_name(noun: Token, conj: Token) -> bool:
    """A name the parser joined to a title as a second victim: "MP, John Doe of ...";
    "A, B and C" has its "and", "a chief and John Doe" too."""
    joined = any(c.dep_ == "cc" for c in (*noun.children, *conj.children))
    titled = noun.pos_ != "PROPN" or (conj.ent_type_ == "PERSON" != noun.ent_type_)
    return conj.pos_ == "PROPN" and titled and not joined


def _figureless(noun: Token) -> bool:
    """A plural with no number, vague word or article of its own."""
    return noun.tag_ in {"NNS", "NNPS"} and not any(
        c.dep_ in {"nummod", "quantmod", "det", "amod"} and tollnumbers.figure(c) is not None
        for c in noun.children
    )


# Animals and property a raid destroys are not its fatalities, nor places the parser
# takes for a second object ("executed four officers in Y area, Z governorate").
_NOT_VICTIMS = frozenset(
    "animal livestock cattle cow bull ox goat sheep camel donkey horse dog pig chicken"
    " calf lamb house home hut shop vehicle car building property"
    " village town city district province governorate county region area".split()
)
# Words for the dead that are no figure without a number: "fatalities were reported".
_TOLL_WORDS = frozenset("fatality casualty".split())


def _has_the(noun: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)


# Nouns that stand for the people an "of" phrase counts: "a family of five".
_GROUPS = frozenset("family group total number band party crew".split())
_FIGHTING_UNITS = frozenset("unit cell squad column platoon battalion brigade".split())
# Names that are not people: a passive subject such as "the town" is not a victim.
_NOT_PEOPLE = frozenset("ORG GPE NORP LOC FAC PRODUCT EVENT".split())


# Words that say a number is not known: "an unknown number of bandits died".
_UNKNOWN = frozenset("unknown unspecified undisclosed unconfirmed undetermined".split())


def _number_of(noun: Token) -> int | None:
    if lemma(noun) == "number" and any(c.lower_ in _UNKNOWN for c in noun.children):
        return None  # no figure: the lowest credible toll counts none of them
    if lemma(noun) in LEMMAS:
        return None  # the parser made the event its own victim: "attack ... were killed"
    if lemma(noun) in _NOT_VICTIMS:
        return None  # "they also killed two goats": ACLED counts people
    if noun.lower_ in {"others", "rest"} and _has_the(noun):
        return None  # "five were burned, the others hacked": the rest of a counted total
    own = tollnumbers.parse_number(noun.lower_)
    if own is not None and noun.pos_ in {"NUM", "ADJ", "NOUN", "PRON", "X", "PROPN"}:
        return own
    if lemma(noun) in _FIGHTING_UNITS:  # "a unit of 12 fighters"; "a unit": of unknown size
        members = [g for g in of_whom(noun) if any(c.dep_ == "nummod" for c in g.children)]
        return _number_of(members[0]) if members else None
    if lemma(noun) in _GROUPS:
        counted = [n for n in (_number_of(g) for g in of_whom(noun)) if n is not None]
        if counted:
            return counted[0]
    for child in noun.children:
        # "forty rebels": the parser may take a number for a compound
        compound = child.dep_ == "compound" and child.pos_ == "NUM"
        if tollfigures.is_day(child):
            continue  # "03 Jun. 6 bandits": the parser took the date's day for a figure
        if child.dep_ in {"nummod", "amod", "quantmod"} or compound:
            figures = [tollnumbers.figure(child)]
            figures += [tollnumbers.figure(g) for g in child.children if g.dep_ == "quantmod"]
            known = [f for f in figures if f is not None]
            if known:
                return min(known)
    if any(c.dep_ in {"det", "predet"} and c.lower_ == "both" for c in noun.children):
        return 2
    if noun.tag_ in {"NNS", "NNPS"} and any(
        c.dep_ == "det" and c.lower_ in {"a", "an"} for c in noun.children
    ):
        return 1  # "an unidentified gunmen was killed": the article counts, not the typo
    if (lead := tollfigures.leading_figure(noun)) is not None:
        return tollnumbers.figure(lead)  # "Thirty Nuer herders": the parser hung the figure inside
    if noun.tag_ in {"NNS", "NNPS"} and lemma(noun) not in _TOLL_WORDS:
        return tollnumbers.VAGUE["several"]
    if any(c.dep_ == "det" and c.lower_ in {"a", "an", "one", "the"} for c in noun.children):
        return 1
    if noun.lower_ in _NO_COUNT:
        return None
    if noun.lower_ in {"him", "her", "he", "she", "his"}:
        return 1  # "shot him dead", "killing and robbing him", "he was ambushed and slain"
    named = noun.tag_ == "NNP" and (noun.ent_type_ not in _NOT_PEOPLE or tollfigures.titled(noun))
    if noun.tag_ == "NN" or named:
        return 1  # "lynched a suspect", "shot dead suspected leader", "killed John Doe"
    if noun.tag_ == "JJ" and noun.dep_ in {"dobj", "nsubjpass"}:
        return 1  # "kill civilian": a headline's bare noun the tagger took for an adjective
    return None
