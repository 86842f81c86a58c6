"""Victim phrases: which nouns a death word counts as its dead, read from the parse.

`victims(token)` answers for one word of a sentence: "five soldiers" for the "died" of
"five soldiers died", "the driver" for the "dead" of "shot dead the driver", the "of"
phrase of "caused the death of one", the figure of "the death toll rose to seven". Most
words name no victims and return at once; `tolls.fatalities` counts what the others
name. The adjective "dead", the nouns of death ("death", "body", "fatality") and the
killing verbs each have their own reading below.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from eventwire import tollcauses, tollfigures, tollnumbers, tollsyntax
from eventwire.cues import DEATH_LEMMAS
from eventwire.triggers import lemma

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["of_whom", "part_of_them", "victims"]

_HARM_LEMMAS = frozenset("injure wound hurt maim harm".split())
_FIND_LEMMAS = frozenset("find discover recover retrieve pull exhume".split())
_FOUND = frozenset("found discovered recovered retrieved".split())

# Verbs that kill with the particle "down": "gunned down", "mowed down".
_DOWN_VERBS = frozenset("gun mow".split())
# Death words: the triggers' and "decapitate".
_DEATH_WORDS = DEATH_LEMMAS | {"decapitate"}
# The words `victims` reads; any other has no victims of its own.
_VICTIM_WORDS = _DEATH_WORDS | _DOWN_VERBS | {"life", "body", "fatality"}


def victims(token: Token) -> list[Token]:
    """The victim phrases a death word governs ("five soldiers" of "five soldiers died")."""
    if token.text == "KIA":
        return _killed_in_action(token)
    if counted := _counted_killings(token):
        return counted
    if _killing_noun(token):
        # "reported the murder of a farmer", "the killing of two traders"
        return of_whom(token) if _death_told(token) else []
    word = tollsyntax.death_lemma(token)
    if word not in _VICTIM_WORDS or tollcauses.attempted(token):
        return []  # most words: no parse walk
    if word == "life" and token.head.lemma_ == "lose":
        token, word = token.head, "die"
    elif word in _DOWN_VERBS and _has_down(token):
        word = "kill"  # "troops gunned down four raiders", "was mowed down"
    elif word == "dead":
        told = _dead_told(token)
        if told is not None:
            return told
        verb = _verb_of_dead(token)
        if verb is not None:
            token, word = verb, "kill"
    told = _noun_told(token, word)
    if told is not None:
        return told
    if word not in _DEATH_WORDS:
        return []
    if word in {"dead", "death"}:
        if any(c.dep_ == "nummod" for c in token.children):
            return [token]
        # "caused the death of one", "the deaths of two herders", "caused his death"
        its_toll = word == "death" and _death_told(token)
        return of_whom(token) or tollfigures.possessor(token) if its_toll else []
    if word in {"die", "perish"}:
        subjects = [tollsyntax.antecedent(c) for c in token.children if c.dep_ == "nsubj"]
        subjects = subjects and subjects + tollsyntax.along_with(token) + tollsyntax.as_was(token)
        return subjects or tollsyntax.reported_subjects(token) or tollsyntax.shared_subjects(token)
    objects = _objects(token)
    if objects:
        return objects + tollsyntax.along_with(token) + tollsyntax.as_was(token)
    return _shared_objects(token) or _subjects(token, word)


# Nouns for one death each: "three killings", "two murders".
_KILLINGS = frozenset("killing murder slaying assassination".split())


def _killing_noun(token: Token) -> bool:
    """ "the murder of a farmer": a noun of killing told as one deed (an article, a
    possessive or a describing word: "the brutal murder of", "a targeted killing of"),
    whose "of" phrase names the dead. A bare "killing of people" names a kind of deed,
    often a grievance ("marched against killing of youths"), not a toll."""
    if token.pos_ != "NOUN" or token.tag_ != "NN" or token.lower_ not in _KILLINGS:
        return False
    if any(c.lower_ in _ATTEMPTED for c in token.children):
        return False  # "the attempted murder of"
    return any(
        c.dep_ in {"det", "poss"} or (c.dep_ == "amod" and c.tag_ in {"JJ", "VBN"})
        for c in token.children
    )  # not a verb the parser hung on it: "a human chain protesting killing of workers"


_ATTEMPTED = frozenset("attempted failed foiled botched planned alleged".split())


def _counted_killings(noun: Token) -> list[Token]:
    """The figure of a counted plural of killings ("followed by two killings in revenge"):
    each killing is one death."""
    if noun.tag_ != "NNS" or lemma(noun) not in _KILLINGS:
        return []
    return [c for c in noun.children if c.dep_ == "nummod" and tollnumbers.figure(c) is not None]


def _killed_in_action(kia: Token) -> list[Token]:
    """ "KIA", killed in action, of the noun or figure it follows ("two soldiers KIA",
    "Twelve reportedly KIA") or of the subject of "were" ("three officers were KIA")."""
    head = kia.head
    if lemma(head) == "be":
        return [c for c in head.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return [head] if head.pos_ in {"NOUN", "PROPN", "NUM"} and head is not kia else []


def _dead_told(dead: Token) -> list[Token] | None:
    """The victims the adjective "dead" names itself, or None where it only completes a
    verb ("left ... dead", "shot dead - motive unknown") or stands alone."""
    if dead.dep_ in {"ROOT", "conj"}:
        # a headline's predicate with "is" dropped: "One soldier dead", "two dead",
        # "At least 9 dead"
        shot = [c for c in dead.children if c.dep_ == "dobj"]  # "raiders ... shot dead a man"
        return shot or [c for c in dead.children if c.dep_ == "nsubj"] or _own_figure(dead)
    if _figure_before(dead):
        return [dead.doc[dead.i - 1]]  # "reports indicate four dead"
    if _own_figure(dead):
        return [dead]  # "the raid left at least six dead"
    if subjects := tollsyntax.copula_subjects(dead):
        return subjects  # "the shopkeeper is dead"
    if dead.dep_ in _DEAD_COMPLEMENTS:
        shot = [c for c in dead.children if c.dep_ == "dobj"]
        # "left five herders dead": the parser may hang the counted dead on "dead"
        shot = shot or [c for c in dead.children if c.dep_ == "npadvmod" and tollfigures.counted(c)]
        return shot or None  # "shot dead the driver": the parser hangs the object on "dead"
    if _shot_figure(dead):
        return [dead.doc[dead.i - 2]]  # "/ 3 shot dead": "shot" tagged a noun, no victim
    if dead.dep_ == "amod" and not tollfigures.dead_cut_off(dead):
        return tollsyntax.shot_subjects(dead) or [dead.head]  # "were Sunday evening shot dead"
    return None


def _shot_figure(dead: Token) -> bool:
    """ "3 shot dead" where the tagger took "shot" for a noun that "dead" describes: the
    figure right before it counts the dead."""
    shot = dead.head
    if dead.dep_ != "amod" or shot.lower_ != "shot" or shot.i != dead.i - 1 or shot.i == 0:
        return False
    return tollnumbers.parse_number(dead.doc[shot.i - 1].lower_) is not None


# How "dead" completes a verb: "shot dead", "left ... dead", "found dead".
_DEAD_COMPLEMENTS = frozenset({"oprd", "acomp", "xcomp", "advcl", "advmod"})


def _verb_of_dead(dead: Token) -> Token | None:
    """The verb whose victims "dead" tells, read as a killing: the head of "shot dead",
    or the word before "dead" that a dash cut off ("was shot dead - motive unknown")."""
    if dead.dep_ in _DEAD_COMPLEMENTS:
        return dead.head
    if dead.dep_ == "amod" and tollfigures.dead_cut_off(dead):
        return dead.doc[dead.i - 1]
    return None


def _noun_told(token: Token, word: str) -> list[Token] | None:
    """The victims of "to death", a death toll, bodies and fatalities; None for other
    words."""
    if word == "death" and token.dep_ == "pobj" and token.head.lower_ == "to":
        verb = token.head.head  # "beat two men to death"
        if hung := _object_to_death(verb):
            return hung
        taken = [
            c
            for c in verb.children
            if c.dep_ in {"dobj", "nsubjpass"} and not tollfigures.next_item(verb, c)
        ]
        # "a brawl caused the death of one", "the beating ended in her death"
        told = of_whom(token) or tollfigures.possessor(token) if _death_told(token) else []
        return taken or _headline_subjects(verb) or told
    if word == "death" and token.dep_ == "compound" and lemma(token.head) == "toll":
        verb = token.head.head
        # "rose to seven on Tuesday", "put the death toll at 12": the figure, not the day
        return [
            o
            for p in verb.children
            if p.dep_ == "prep" and p.lower_ in {"to", "at", "of"}
            for o in p.children
            if o.dep_ == "pobj"
        ]
    if word == "body" and (_found(token) or _own_figure(token)):
        # "four bodies were found", "recovered the body", "the bodies of three traders"; a
        # counted "bodies" are dead wherever they were taken ("nine bodies were brought
        # to the mortuary")
        return of_whom(token) or [token]
    if word == "fatality":  # "leaving one fatality"; "fatalities" alone is no figure
        return _own_figure(token)
    return None


def _object_to_death(noun: Token) -> list[Token]:
    """ "stoned a suspected robber to death": the parser hung "to death" on the verb's
    object rather than on the verb; that object is the dead."""
    if noun.pos_ not in {"NOUN", "PROPN", "PRON"}:
        return []
    if noun.dep_ == "ROOT":
        return [noun]  # a headline's verb read as a noun: "Villagers stone thief to death"
    return [noun] if noun.dep_ in {"dobj", "nsubjpass"} and noun.head.pos_ == "VERB" else []


def _objects(verb: Token) -> list[Token]:
    """A killing verb's dead as its object, passive subject or figure."""
    # "a rebel commander, who died later": the noun the relative clause describes
    passive = [
        tollsyntax.antecedent(c)
        for c in verb.children
        if c.dep_ == "nsubjpass" and not tollfigures.next_item(c, verb)
    ]
    passive = tollfigures.without_apposed(passive) or tollfigures.believed_subject(verb)
    objects = passive or [c for c in verb.children if c.dep_ == "dobj" and not _aside(c)]
    objects = objects or tollsyntax.figure_on_verb(verb)  # "slays 7", "guns down three"
    objects = objects or tollfigures.before_auxiliary(verb)  # "- 6 people were killed"
    objects = objects or tollsyntax.besides_conjunct(verb)  # "in addition to X, six guards"
    objects = objects or tollfigures.gerund_subject(verb)  # "killed two men driving a truck"
    if after := tollfigures.figure_after(verb):  # "killing six and stealing goats"
        objects = [o for o in objects if after[0] not in o.subtree] + after
    if len(objects) > 1:  # "killing 19 people, among them 12 staff": a part, not more dead
        objects = [o for o in objects if not part_of_them(o)] or objects
    return objects


def _shared_objects(verb: Token) -> list[Token]:
    """The dead a killing verb shares with another verb or its head."""
    # "killing and then robbing her": the object both verbs share sits on the second
    shared = [
        o
        for conj in verb.children
        if conj.dep_ == "conj" and conj.pos_ == "VERB" and lemma(conj) not in _HARM_LEMMAS
        and not _apart(verb, conj)
        for o in conj.children
        if o.dep_ == "dobj"
    ]  # fmt: skip
    if shared:
        return shared
    own_subject = any(c.dep_ == "nsubj" and tollfigures.counted(c) for c in verb.children)
    if verb.dep_ == "conj" and verb.head.pos_ == "VERB" and not own_subject:
        # "three gunmen were cornered and killed": the shared passive subject
        shared = [c for c in verb.head.children if c.dep_ == "nsubjpass"]
        if shared:
            return shared
    if verb.dep_ in {"advcl", "xcomp", "ccomp"} and lemma(verb.head) == "leave":
        # "the operation left a trader shot dead": the one left so
        return [c for c in verb.head.children if c.dep_ == "dobj"]
    return []


# Verbs that take no victim: "found dead ...; had links with the gang" tells what he had.
_NO_DEED = frozenset("have be".split())


def _apart(verb: Token, conj: Token) -> bool:
    """A conjoined verb that shares no object with the killing: one of having or being,
    or one a semicolon sets apart ("found dead by the road; had debts with lenders")."""
    between = verb.doc[min(verb.i, conj.i) : max(verb.i, conj.i)]
    return lemma(conj) in _NO_DEED or any(t.text == ";" and t.head in (verb, conj) for t in between)


def _subjects(verb: Token, word: str) -> list[Token]:
    """The dead as a killing verb's subject where the parse or a headline lost the
    passive: "Officer shot dead by gunmen", "3 people killed in clash"."""
    if any(c.dep_ == "agent" for c in verb.children):
        # a headline's passive without "was": "Officer shot dead by gunmen"
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if subjects:
            return subjects
    if interrupted := tollsyntax.interrupted_passive(verb):
        return interrupted  # "were late on Sunday night killed"
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        # headline style: "4 villagers killed in raid"; "the count of those killed"
        # is a total whose figure is told elsewhere
        total = tollsyntax.in_total(verb.head) or tollsyntax.is_total(verb.head)
        # "one soldier and two suspects"; "a cleric with links to the gang killed"
        victim = tollfigures.first_conjunct(tollfigures.described(verb.head))
        added = tollfigures.more_dead(verb)  # "4 killed in a bar plus 1 driver"
        return [] if total else (tollfigures.figure_before(verb) or [victim]) + added
    if verb.tag_ == "VBN" and lemma(verb.head) == "be" and verb.head.dep_ == "ROOT":
        # "a farmer was on Monday killed": the parser hangs the participle off "was"
        subjects = [c for c in verb.head.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if subjects:
            return subjects
    for more in (tollsyntax.reported_subjects, tollsyntax.shared_subjects):
        found = more(verb)  # "are thought to have been slain", "bound and killed"
        if found:
            return found
    # "Two killed when gunmen attacked": a bare number as subject is the dead
    found = _headline_subjects(verb) or tollsyntax.bare_subject(verb)
    found = found and found + tollfigures.noun_conjoined(verb)  # "1 protester and 1 constable"
    found = found or tollfigures.found_dead(verb) or tollfigures.figure_before(verb)
    return found or (tollfigures.lynched_noun(verb) if word == "lynch" else [])


def _own_figure(dead: Token) -> list[Token]:
    return [dead] if any(c.dep_ == "nummod" for c in dead.children) else []


def _aside(noun: Token) -> bool:
    """An object that is no victim: a bracketed aside, the word "total" that a note
    sets after its figure ("24 killed total"), or what the dead were doing, a bare
    gerund the tagger took for a noun ("one man killed looting": killed while)."""
    return _bracketed(noun) or (lemma(noun) == "total" and not of_whom(noun)) or _doing(noun)


def _doing(noun: Token) -> bool:
    """ "One man killed looting": a bare "-ing" noun right after a headline's passive
    (no article, no figure: "killed a darling" and "killed two sleeping" stay objects)."""
    return (
        noun.tag_ == "NN"
        and noun.lower_.endswith("ing")
        and noun.i == noun.head.i + 1
        and noun.head.tag_ in {"VBD", "VBN"}
        and not any(c.dep_ in {"det", "poss", "nummod", "amod", "compound"} for c in noun.children)
    )


def _bracketed(noun: Token) -> bool:
    """ "4 killed (machetes)": a word in brackets is an aside, not the verb's object."""
    start = noun.left_edge.i
    return start > 0 and noun.doc[start - 1].text in {"(", "["}


# Words a death is the object of when it is the cause of the event or its subject, not
# its toll: "protested the death of a teacher", "an inquiry into the deaths of four miners",
# "held in connection with the murder of a trader".
_ABOUT_DEATH = frozenset(
    "protest demand mourn condemn decry denounce investigate probe into over about against"
    " after following for of connection charge convict accuse arrest response involvement"
    " avenge revenge retaliation".split()
)


def _death_told(death: Token) -> bool:
    """ "caused the death of one": the "of" phrase counts the dead, unless the death is
    what the event is about ("marching against a detainee's death in custody")."""
    head = death.head
    if head.lower_ == "for" and lemma(head.head) in _OWNED:
        return True  # "claimed responsibility for the death of two guards": its own toll
    return lemma(head) not in _ABOUT_DEATH and lemma(head.head) not in _ABOUT_DEATH


# What a group takes for the deaths it caused: "took responsibility for the deaths of".
_OWNED = frozenset("responsibility credit".split())


def _has_down(verb: Token) -> bool:
    return any(c.dep_ in {"prt", "advmod"} and c.lower_ == "down" for c in verb.children)


def _figure_before(dead: Token) -> bool:
    """ "four dead" that the parser split: the number right before "dead" is its
    sibling or child, not a modifier of another word."""
    if dead.i == 0:
        return False
    before = dead.doc[dead.i - 1]
    if dead.dep_ == "amod" and before.head == dead.head:
        return False  # "three dead bodies": the figure is the noun's, counted with it
    return tollnumbers.parse_number(before.lower_) is not None and before.head in (dead, dead.head)


def of_whom(noun: Token) -> list[Token]:
    """The people an "of" phrase names: "the bodies of three traders", "a household of six"."""
    return [
        g
        for c in noun.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for g in c.children
        if g.dep_ == "pobj"
    ]


def _found(body: Token) -> bool:
    """ "three bodies were found", "the body recovered": a body someone found."""
    if lemma(body.head) in _FIND_LEMMAS or any(
        c.dep_ == "acl" and lemma(c) in _FIND_LEMMAS for c in body.children
    ):
        return True
    # a headline's "11 bodies found - ...", which the parser takes for an auxiliary
    after = body.i + 1
    return after < len(body.doc) and body.doc[after].lower_ in _FOUND


def part_of_them(noun: Token) -> bool:
    """A victim phrase that breaks down ones already counted: "among them", "of whom"."""
    return any(
        c.dep_ == "prep" and c.lower_ in {"among", "including", "of"}
        and any(g.lower_ in {"them", "whom", "those", "these"} for g in c.children)
        for c in noun.children
    )  # fmt: skip


def _headline_subjects(verb: Token) -> list[Token]:
    """A headline's passive with "was" dropped: "3 children shot dead", "6 locals killed",
    "2 suspects burned to death". A counted subject of a death verb with no object is
    the dead (killers are rarely counted with nothing killed); "gunmen killed" is not,
    "a ten year old girl killed" is (`tollfigures.aged`)."""
    if any(
        (c.dep_ == "dobj" and not _aside(c) and not tollfigures.next_item(verb, c))
        or c.dep_ == "xcomp"
        or (c.dep_ == "ccomp" and c.i > verb.i)
        for c in verb.children
    ):
        return []
    return [
        c
        for c in verb.children
        if c.dep_ == "nsubj"
        and (
            tollnumbers.parse_number(c.lower_) is not None
            or any(g.dep_ == "nummod" and tollnumbers.figure(g) is not None for g in c.children)
            or tollfigures.leading_figure(c) is not None
            or tollfigures.aged(c)
        )
    ]
