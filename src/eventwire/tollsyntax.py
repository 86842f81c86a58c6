"""Where a small parser hangs the dead of a death word, beyond the plain subject and
object `tollvictims.victims` reads, and tolls told without a figure.

News copy and coders' notes are terse: headlines drop "was" ("Fisherman slain near
the pier"), copulas carry the death ("the shopkeeper is dead"), a reporting verb takes
the death as its infinitive ("nine miners are believed to have died"), and verbs in a
row share one subject ("was hit by a stray bullet and died"). The small spaCy model
also puts a figure on the verb ("slays 7") or under a particle ("mows down three
guards"). Each function here returns the victim phrases such a construction gives, or
an empty list.

What a clause tells of a victim or a suspect is another incident's toll ("troops shot
bandits who had murdered farmers", "two men suspected of killing a trader"), unless
it tells the victim's own death ("shot a rebel commander, who died later"): `victims_deed`
and `alleged` say so for `tolls`, and `long_before` for a death dated days or more
before the event ("where gunmen killed three last month").

ACLED counts attackers who died, so a killer who took his own life adds one; it codes
10 when a report tells of casualties of unknown number ("the shelling inflicted
heavy casualties").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from eventwire import tollfigures
from eventwire.cues import DEATH_LEMMAS, flag
from eventwire.triggers import lemma

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = [
    "UNKNOWN_TOLL",
    "alleged",
    "along_with",
    "antecedent",
    "as_was",
    "bare_subject",
    "believed_deed",
    "besides_conjunct",
    "copula_subjects",
    "death_lemma",
    "denied",
    "figure_on_verb",
    "in_total",
    "interrupted_passive",
    "is_total",
    "killers_suicide",
    "labelled_toll",
    "long_before",
    "own_deed",
    "plain_suicide",
    "reported_subjects",
    "shared_subjects",
    "shot_subjects",
    "unknown_toll",
    "victims_deed",
]

# ACLED's codebook: deaths reported without a figure ("unknown", "many") code 10.
UNKNOWN_TOLL = 10

_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_OBJECTS = frozenset({"dobj", "xcomp", "ccomp"})


def bare_subject(verb: Token) -> list[Token]:
    """A headline's passive with "was" dropped, its subject a singular noun with no
    article ("Fisherman slain near the pier", "Customs officer killed at checkpoint"):
    prose puts an article before a singular noun, so a bare one marks a headline, and
    a headline's killer has someone killed ("Sniper kills two")."""
    if verb.tag_ not in {"VBD", "VBN"}:
        return []
    # an object, or a clause after the verb (a clause before it is the headline's
    # first part: "troops repel raid; raider shot dead")
    if any(c.dep_ in _OBJECTS and (c.dep_ != "ccomp" or c.i > verb.i) for c in verb.children):
        return []
    return [
        c
        for c in verb.children
        if c.dep_ == "nsubj"
        and (c.tag_ == "NN" or (c.tag_ == "NNP" and c.ent_type_ in {"", "PERSON"}))
        and not any(g.dep_ in {"det", "poss", "nummod", "amod"} for g in c.children)
    ]


def antecedent(subject: Token) -> Token:
    """ "Troops shot a rebel commander, who died later in hospital": the dead of a relative
    clause's "who died" or "who was killed" is the noun the clause describes; "they"
    the counted plural told before it."""
    if subject.lower_ == "they":
        return _counted_before(subject)
    clause = subject.head
    if subject.tag_ not in {"WP", "WDT"} or clause.dep_ != "relcl":
        return subject
    noun = top = clause.head
    while top.dep_ in {"conj", "appos"}:
        top = top.head  # "a colleague, the teachers' delegate, who ..."
    return noun if top.dep_ in _ARGUMENTS else subject


def _counted_before(they: Token) -> Token:
    """ "20 soldiers were seized; they were found dead": the dead "they" names are the
    counted plural told last before it in the sentence, itself where there is none."""
    earlier = [
        t
        for t in they.doc[: they.i]
        if t.dep_ in _ARGUMENTS and t.tag_ in {"NNS", "NNPS"} and tollfigures.counted(t)
    ]
    return earlier[-1] if earlier else they


# A noun that takes part in the sentence's own action: "troops shot a rebel commander, who
# died"; "marched for a teacher who died in an accident" tells another death.
_ARGUMENTS = frozenset({"nsubj", "nsubjpass", "dobj"})


def shot_subjects(dead: Token) -> list[Token]:
    """ "Three constables were Sunday evening shot dead": a day set between the auxiliary
    and the participle makes the tagger take "shot" for a noun that "dead" describes;
    the dead are the copula's subject."""
    shot = dead.head
    if dead.dep_ != "amod" or shot.lower_ != "shot" or lemma(shot.head) != "be":
        return []
    return [c for c in shot.head.children if c.dep_ in _SUBJECTS and c.i < shot.i]


def interrupted_passive(verb: Token) -> list[Token]:
    """ "Four herders were during the early morning hours killed": a phrase set between the
    auxiliary and the participle, on which the parser hangs the participle; the dead
    are the subject of the "were" the phrase hangs on."""
    phrase = verb.head
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or phrase.dep_ != "pobj":
        return []
    be = phrase.head.head
    if phrase.head.dep_ != "prep" or lemma(be) != "be" or be.i > verb.i:
        return []
    return [c for c in be.children if c.dep_ in _SUBJECTS and c.i < be.i]


_DENYING = frozenset("deny dismiss refute reject dispute".split())
_TOLD = frozenset("report claim rumour rumor allegation".split())


def denied(death: Token) -> bool:
    """ "The army denied claims that 20 civilians were killed in the strike": a figure a
    source denies is no credible figure (ACLED codes the lowest credible one)."""
    return any(lemma(node) in _TOLD and lemma(node.head) in _DENYING for node in death.ancestors)


# Slips of the keyboard on "killed" that the tagger cannot lemmatise: "kiled", "killied".
_KILLED_TYPO = re.compile(r"kil{1,3}i?e?d|kiil+e?d")


def death_lemma(token: Token) -> str:
    """The token's lemma, "lynch" for "lynches" that the tagger took for a plural noun
    ("villagers lynches and stones him", a tagger's slip on the verb), and "kill" for a
    misspelt "killed" ("five militants were kiled")."""
    if token.lower_ == "lynches":
        return "lynch"
    if token.tag_ in {"VBN", "VBD"} and _KILLED_TYPO.fullmatch(token.lower_):
        return "kill"
    return lemma(token)


def copula_subjects(dead: Token) -> list[Token]:
    """ "The shopkeeper is dead", "two hikers were dead": the subject of the copula."""
    head = dead.head
    if dead.dep_ != "acomp" or lemma(head) != "be":
        return []
    return [c for c in head.children if c.dep_ in _SUBJECTS]


# Verbs that tell a death on someone's word, taking it as their infinitive: "are
# feared to have drowned", "is believed to have died", "were said to have been slain".
_TELLING = frozenset("report say believe fear think confirm know understand presume".split())


def reported_subjects(verb: Token) -> list[Token]:
    """ "Nine miners are believed to have been slain": the dead are the subject of the
    reporting verb whose infinitive the death is."""
    if verb.dep_ not in {"xcomp", "ccomp"} or lemma(verb.head) not in _TELLING:
        return []
    if any(c.dep_ in _SUBJECTS | {"dobj"} for c in verb.children):
        return []
    subjects = [c for c in verb.head.children if c.dep_ in _SUBJECTS]
    if verb.dep_ == "ccomp":
        # a headline's "three reported killed": a counted subject, not the reporter
        return [c for c in subjects if _counted(c)]
    return subjects


def shared_subjects(verb: Token) -> list[Token]:
    """The passive subject of the first of several verbs in a row that the death verb
    shares: "was hit by a stray bullet and died", "were bound, stabbed and beheaded"
    (the parser may hang the middle verb as a clause of the first). An active first
    verb's subject is left alone: "fell ill and died" in a cell is no one's attack."""
    if any(c.dep_ in _SUBJECTS and _counted(c) for c in verb.children):
        return []  # "2,000 fled, 11 people killed": a counted subject of its own
    node = verb
    for _ in range(3):
        linked = node.dep_ == "conj" or (
            node.dep_ == "advcl" and not any(c.dep_ in {"mark", "advmod"} for c in node.children)
        )
        if not linked or node.head.pos_ not in {"VERB", "AUX"}:
            return []
        node = node.head
        passive = [c for c in node.children if c.dep_ == "nsubjpass"]
        if passive:
            return passive
        if verb.tag_ == "VBN" and node.tag_ in {"VBD", "VBN"} and node.dep_ == "ROOT":
            # a headline's "2 guards tied up and killed", "Driver shot and killed":
            # its counted or bare subject
            counted = [c for c in node.children if c.dep_ == "nsubj" and _counted(c)]
            return counted or bare_subject(node)
    return []


def _counted(noun: Token) -> bool:
    return noun.pos_ == "NUM" or any(c.dep_ == "nummod" for c in noun.children)


def figure_on_verb(verb: Token) -> list[Token]:
    """A figure the parser hangs on the death verb itself ("slays 7") or under its
    particle ("guns down three guards")."""
    # "shooting dead 4": the parser may also take a figure after the verb for an adverb
    figures = [
        c
        for c in verb.children
        if c.pos_ == "NUM"
        and (c.dep_ == "nummod" or (c.dep_ == "npadvmod" and _count_after(verb, c)))
        and not tollfigures.wounded(c)  # "3 killed, 4 injured"
    ]
    if figures:
        return figures
    return [
        g
        for c in verb.children
        if c.dep_ in {"advmod", "prt", "prep"} and c.lower_ == "down"
        for g in c.children
        if g.dep_ == "pobj"
    ]


def _count_after(verb: Token, figure: Token) -> bool:
    """A plain figure after the verb ("shooting dead 4"), not a date ("found dead 14/03")."""
    return figure.i > verb.i and figure.text.replace(",", "").isalnum()


_TOTALS = frozenset("number toll total tally count".split())


def is_total(noun: Token) -> bool:
    """ "the number", "the toll": a total told elsewhere ("a number of" is "several")."""
    return lemma(noun) in _TOTALS and any(
        c.dep_ == "det" and c.lower_ == "the" for c in noun.children
    )


def in_total(noun: Token) -> bool:
    """ "the number of people killed": the people a total counts, its figure told
    elsewhere ("rose to five"), not "several"."""
    of = noun.head
    return noun.dep_ == "pobj" and of.lower_ == "of" and is_total(of.head)


def own_deed(clause: Token) -> bool:
    """ "Pirates seized the trawler after killing its captain": an "after" phrase
    with no subject of its own tells what the event's own (active) subject did in the
    same incident, not a cause told of another ("a man was lynched after killing a
    trader": the man lynched did it; "protested after a boy was killed")."""
    prep = clause.head
    if clause.dep_ != "pcomp" or clause.tag_ != "VBG" or prep.lower_ != "after":
        return False
    if any(c.dep_ in _SUBJECTS for c in clause.children):
        return False
    main = prep.head
    return any(c.dep_ == "nsubj" for c in main.children) and not any(
        c.dep_ == "nsubjpass" for c in main.children
    )


_SUICIDE = flag(
    r"turn(?:s|ed|ing)? (?:the|his|her) (?:gun|weapon|rifle) on (?:himself|herself)"
    r"|commit(?:s|ted|ting)? suicide|(?:kill|shoot|shot)(?:s|ed|ing)? (?:himself|herself)\b"
    r"|took (?:his|her) own life|taking (?:his|her) own life"
)


_PLAIN_SUICIDE = flag(r"commit(?:s|ted|ting)? suicide|t(?:ook|aking|akes) (?:his|her) own life")


def plain_suicide(text: str) -> bool:
    """ "committed suicide", "took his own life": a suicide told with no weapon turned
    on the killer himself, a killer's only where the sentence tells his attack."""
    return _PLAIN_SUICIDE.search(text) is not None


def killers_suicide(text: str) -> int:
    """A killer who then took his own life ("stabbed two neighbours, then took his own
    life"): ACLED counts attackers who died, one more."""
    return 1 if _SUICIDE.search(text) else 0


_CASUALTIES = flag(
    r"(?:result(?:ed|ing)? in|caus(?:e|es|ed|ing)|inflict(?:s|ed|ing)?|suffer(?:s|ed|ing)?"
    r"|left|leaves|leaving|had|with) (?:heavy |many |several |unidentified |unspecified |unknown "
    r"|undisclosed |an unknown number of )?(?:casualties|fatalities)\b"
)


def unknown_toll(text: str) -> int | None:
    """10 for deaths told with no figure ("the raid left casualties", "inflicting heavy
    casualties"): ACLED's code for an unknown number of dead; None otherwise."""
    return UNKNOWN_TOLL if _CASUALTIES.search(text) else None


_RESCUED_ALIVE = flag(
    r"rescued (?:\w+ ){0,4}?before (?:his |her |their )?(?:death|dying)\b"
    r"|nearly (?:killed|lynched|beaten to death) (?:\w+ ){0,2}?before (?:he|she|they) "
    r"(?:is|was|are|were|could be) rescued"
)


def rescued_alive(text: str) -> bool:
    """ "Officers rescued the youth moments before his death", "nearly killed before
    she was rescued": the victim of a lynching or a beating lived."""
    return _RESCUED_ALIVE.search(text) is not None


def as_was(verb: Token) -> list[Token]:
    """ "Two guards were shot dead, as was one of the robbers", "two soldiers died, as
    did three gunmen": the subject of an elliptical "as was" / "as did" clause on the
    death verb died too (ACLED counts attackers who died)."""
    return [
        subject
        for clause in verb.children
        if clause.dep_ == "advcl" and lemma(clause) in {"be", "do"}
        and any(c.dep_ == "mark" and c.lower_ == "as" for c in clause.children)
        and not any(c.dep_ in {"acomp", "attr", "dobj", "xcomp"} for c in clause.children)
        for subject in clause.children
        if subject.dep_ == "nsubj"
    ]  # fmt: skip


_BESIDES = frozenset("besides beyond apart aside".split())


def besides_conjunct(verb: Token) -> list[Token]:
    """ "In addition to the gunman, four wardens, including their chief, were killed": the
    parser made the dead a conjunct of the "in addition to" phrase and left the passive
    verb with no subject; the counted conjunct is the dead (the one set beside them is
    `tolls`' to add, since ACLED counts attackers who died)."""
    if any(c.dep_ in _SUBJECTS for c in verb.children):
        return []
    phrases = [p for p in verb.children if p.dep_ in {"prep", "advmod"}]
    heads = [o for p in phrases if p.lower_ == "in" for o in p.children if o.lower_ == "addition"]
    named = [
        o
        for p in (*phrases, *(c for h in heads for c in h.children if c.dep_ == "prep"))
        if p.lower_ in _BESIDES | {"to", "from"}
        for o in (*p.children, *(g for c in p.children if c.dep_ == "prep" for g in c.children))
        if o.dep_ == "pobj"
    ]
    return [c for o in named for c in o.children if c.dep_ in {"conj", "appos"} and _counted(c)]


_LABELLED = flag(
    r"\b(?:fatalities|deaths|dead|killed)\s*:\s*(?P<n>\d+|one|two|three|four|five|six|seven"
    r"|eight|nine|ten)\b(?!\s*(?:injured|wounded|hurt|missing)\b)"
)


def labelled_toll(text: str) -> int | None:
    """A figure set after a label, as tables and terse notes give the toll ("Fatalities: 2
    - details not known", "Dead: 4"); None when the sentence has no such label."""
    found = _LABELLED.search(text)
    if found is None:
        return None
    word = found.group("n").lower()
    return int(word) if word.isdigit() else _WORDS.index(word) + 1


_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")


# What someone is suspected, accused or convicted of is not this event's toll ("two men
# suspected of killing a trader were arrested"), unless it is the event itself ("the army
# accused the rebels of killing eleven farmers").
_ALLEGING = frozenset("suspect accuse charge convict sentence".split())


def alleged(node: Token) -> bool:
    """The clause or phrase tells what someone is suspected, accused or convicted of."""
    prep = node.head
    linked = node.dep_ in {"pobj", "pcomp"} and prep.lower_ in {"of", "for", "with"}
    if node.dep_ == "xcomp" and lemma(node.head) in _ALLEGING | {"allege"}:
        return True  # "is alleged to have murdered several", "suspected to have stabbed"
    if node.dep_ == "relcl" and any(c.lower_ == "allegedly" for c in node.children):
        return True  # "traders chased a youth who had allegedly murdered a shopkeeper"
    return linked and lemma(prep.head) in _ALLEGING


# Verbs of belief that tell a deed as someone's suspicion: "a man they believed killed".
_BELIEVING = frozenset("believe suspect think allege claim".split())


def believed_deed(verb: Token) -> bool:
    """The death word comes straight after a belief with a subject of its own ("a porter
    the pupils believed killed a classmate", "a youth villagers suspected had killed a
    herder"): what the victim was thought to have done, where the parser took it for
    the sentence's own verb. Taken for a clause of the event's verb ("lynched a man they
    suspected had killed a herder"), its subject is that verb's victim and it counts."""
    if verb.dep_ == "ccomp":
        return False
    doc, i = verb.doc, verb.i - 1
    if i >= 0 and doc[i].lower_ in {"had", "has", "have"}:
        i -= 1
    if i < 1 or lemma(doc[i]) not in _BELIEVING or doc[i].tag_ not in {"VBD", "VBP", "VBZ"}:
        return False
    subject = doc[i - 1]
    return subject.pos_ in {"PRON", "NOUN", "PROPN"} and subject.lower_ != "it"


def victims_deed(node: Token, trigger: Token | None) -> bool:
    """A relative clause on the event's own victim tells what the victim had done: "a
    woman who stabbed her husband to death was lynched", "police shot militiamen who
    had killed civilians" (another incident, not this event's toll)."""
    if trigger is None or node.dep_ != "relcl" or _own_death(node):
        return False
    victim = node.head
    return victim.head == trigger and victim.dep_ in {"dobj", "nsubjpass"}


def _own_death(clause: Token) -> bool:
    """ "troops shot a rebel commander, who died later": the clause tells the victim's own
    death (its relative pronoun the one who died or was killed), not a deed of his."""
    word = lemma(clause)
    if word in {"die", "perish"}:
        deps = {"nsubj"}
    elif word in DEATH_LEMMAS:
        deps = {"nsubjpass"}
    else:
        return False
    return any(c.dep_ in deps and c.tag_ in {"WP", "WDT"} for c in clause.children)


def along_with(verb: Token) -> list[Token]:
    """Victims added by "along with"/"together with": "died together with his two
    drivers" (the phrase hangs off the death verb, not off the first victim), or off
    the noun of the verb's own phrase: "was killed in the blast along with two guards"."""
    places = [o for p in verb.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    withs = [
        with_
        for head in (verb, *places)
        for prep in head.children
        if prep.dep_ in {"prep", "advmod"} and prep.lower_ in {"along", "together"}
        for with_ in prep.children
        if with_.lower_ == "with"
    ]
    # "together" and "with" as siblings: "died together with his two passengers"
    withs += [
        c
        for c in verb.children
        if c.lower_ == "with" and c.i > 0 and verb.doc[c.i - 1].lower_ in {"along", "together"}
    ]
    return [obj for with_ in withs for obj in with_.children if obj.dep_ == "pobj"]


_BEFORE = frozenset("earlier ago before previously".split())
_PERIODS = frozenset("day week month year".split())


def long_before(clause: Token) -> bool:
    """A clause dated days or more before the event: "the site of the attack which
    killed a woman several days earlier", "where gunmen killed three last month", "in
    the previous week"."""
    for child in clause.children:
        if child.lower_ in _BEFORE and any(lemma(c) in _PERIODS for c in child.children):
            return True
        if child.dep_ == "npadvmod" and _last_period(child):
            return True
        # "had died at the clinic in the previous month"
        within = child.dep_ == "prep" and child.lower_ in {"in", "during", "over"}
        if within and any(g.dep_ == "pobj" and _last_period(g) for g in child.children):
            return True
    return False


def _last_period(noun: Token) -> bool:
    """ "last month", "the previous week": a period before the one the report is about."""
    last = any(c.lower_ in {"last", "previous"} for c in noun.children)
    return last and lemma(noun) in _PERIODS - {"day"}
