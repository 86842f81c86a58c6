"""Figures of the dead that the small parser hangs away from the death word.

Coders' notes and headlines are terse ("5 killed, 9 wounded", "Thirty herders killed
in raid", "Two guards found murdered"), and the small spaCy model often attaches their
figure to the wrong word: the number becomes a compound of the next adjective, an
adverbial of the first clause, or a subject of the word "injured" that follows. The
functions here find the figure or the dead by word order where the parse lost them;
`tollvictims.victims` and `tolls._number_of` fall back on them once the parse gives none.
They also mend victims the parse misplaces: a name made a second subject ("One of the
leaders John Doe was killed"), two titles of one man split in two ("trader and critic
John Doe"), the noun a "with" phrase describes, the dead that "plus" adds; and they
count the attackers set beside the dead ("apart from the three gunmen, a dozen
villagers died").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from eventwire.cues import flag
from eventwire.tollnumbers import parse_number
from eventwire.triggers import LEMMAS, lemma

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = [
    "UNCOUNTED_ATTACKERS",
    "aged",
    "attackers_besides",
    "before_auxiliary",
    "besides_uncounted",
    "counted",
    "dead_cut_off",
    "figure_after",
    "figure_before",
    "first_conjunct",
    "found_dead",
    "gerund_subject",
    "is_day",
    "leading_figure",
    "lynched_noun",
    "next_item",
    "noun_conjoined",
    "possessor",
    "titled",
    "whose",
    "wounded",
]

# What the verb takes when it has a victim of its own, or a passive subject.
_OWN_VICTIM = frozenset({"dobj", "nsubjpass", "auxpass"})


def _is_figure(token: Token) -> bool:
    """A number that is no part of a date: "Oct. 2 killed" has a day, not 2 dead
    (the tagger also dates "nine assailants" at times, so a month name must be near);
    a date has one day, so after "14 Mar." a number is a figure again ("14 Mar. 5
    killed by gunmen")."""
    if not (token.like_num or token.tag_ == "CD"):
        return False
    if _after_full_date(token):
        return True
    near = token.doc[max(0, token.i - 2) : token.i + 3]
    return token.ent_type_ != "DATE" or not any(
        t.ent_type_ == "DATE" and t.pos_ == "PROPN" for t in near
    )


def _after_full_date(token: Token) -> bool:
    """The number follows a day and a month ("14 Mar. 5", "03 Jun. 6 bandits")."""
    if token.i < 2 or not token.text.isdigit() or len(token.text) > 3:
        return False
    return is_day(token.doc[token.i - 2])


def is_day(token: Token) -> bool:
    """The day of a date told day first: the "14" of "14 Mar.", "03 Jun."."""
    after = token.i + 1
    if not token.text.isdigit() or len(token.text) > 2 or after >= len(token.doc):
        return False
    return token.doc[after].lower_.rstrip(".") in _MONTHS


_MONTHS = frozenset(
    "january february march april may june july august september october november december"
    " jan feb mar apr jun jul aug sep sept oct nov dec".split()
)


def figure_before(verb: Token) -> list[Token]:
    """ "5 killed, 9 wounded", "Nine killed and 40 hurt when ...", "11 killed near the
    well": a figure right before a bare death participle is its dead, whichever
    word the parser hung it on (the verb, the verb's head, or the figure itself as the
    verb's head). A verb with an object or a passive subject has its victims already."""
    if verb.i == 0 or verb.tag_ not in {"VBN", "VBD"}:
        return []
    if any(c.dep_ in _OWN_VICTIM for c in verb.children):
        return []
    before = verb.doc[verb.i - 1]
    linked = before.head in (verb, verb.head) or verb.head == before or _listed(verb)
    return [before] if linked and _is_figure(before) else []


# Marks that close an item of a coder's list: "2 killed/ 8 huts razed", "4 killed; 9 hurt".
_ITEM_ENDS = frozenset("/ ; ,".split())


def next_item(verb: Token, noun: Token) -> bool:
    """A slash of a coder's list parts the verb from the noun, which is then no object
    or subject of it: in "7 hacked to death/ 5 killed by spears" the 5 are not the
    hacked, and in "raid on a farm - 9 huts torched/ 3 were killed" the raid was not."""
    start, end = sorted((verb.i, noun.i))
    return any(t.text == "/" for t in verb.doc[start:end])


def _listed(verb: Token) -> bool:
    """The participle closes a list item ("Gunmen hit a farm - 3 killed/ 11 huts set
    alight"): whatever the parser hung the figure on, it counts the participle's dead."""
    after = verb.i + 1
    return after < len(verb.doc) and verb.doc[after].text in _ITEM_ENDS


def leading_figure(noun: Token) -> Token | None:
    """ "Thirty Nuer herders", "Five local traders", "Four guards (or five) officers":
    the figure that opens a victim phrase when the parser tied it to a word inside the
    phrase rather than to the noun itself. Only a plural noun takes it: "2 men's
    driver" is one man."""
    if noun.tag_ not in {"NNS", "NNPS"}:
        return None
    first = noun.left_edge
    while first.i < noun.i and first.dep_ in {"advmod", "quantmod"} and not _is_figure(first):
        first = noun.doc[first.i + 1]  # "at least 11 village defence force members"
    if is_day(first) and first.i + 2 < noun.i:
        first = noun.doc[first.i + 2]  # "03 Jun. 6 bandits": the figure after the date
    if first.i >= noun.i or not _is_figure(first):
        return None
    # the figure must belong to this phrase's words, not to a clause inside it
    # ("five suspected robbers": a participle that describes the noun is a word of it)
    between = noun.doc[first.i : noun.i]
    if any(t.pos_ in {"VERB", "AUX"} and t.dep_ not in {"amod", "compound"} for t in between):
        return None
    return first


def found_dead(verb: Token) -> list[Token]:
    """ "Two women found killed", "three traders were found murdered": the dead are the
    subject of "find", the death its complement."""
    found = verb.head
    if verb.dep_ not in {"xcomp", "oprd", "acomp"} or lemma(found) not in {"find", "discover"}:
        return []
    if any(c.dep_ == "dobj" for c in found.children):
        return []  # "police found the men killed": the finder is no victim
    return [c for c in found.children if c.dep_ in {"nsubj", "nsubjpass"}]


def lynched_noun(word: Token) -> list[Token]:
    """ "Villagers lynch youth caught stealing", "a village mob lynch a suspect": the
    tagger takes "lynch" after a plural or group subject for a noun, and the victim for
    its head or apposition. The phrase right after it is the one lynched; "a lynch mob"
    (an article before) is a noun indeed."""
    doc = word.doc
    nominal = word.pos_ in {"NOUN", "PROPN"} or word.dep_ == "compound"
    if not nominal or word.i == 0 or word.i + 1 >= len(doc):
        return []
    if doc[word.i - 1].pos_ not in {"NOUN", "PROPN"}:
        return []
    node = doc[word.i + 1]
    # climb from the phrase's first word (an article, an adjective) to its noun
    while word.i < node.head.i <= word.i + 5 and node.head.i > node.i:
        node = node.head
    if node.pos_ != "NOUN" or lemma(node) in {"mob", "crowd", "gang", "group"}:
        return []
    return [node]


def titled(name: Token) -> bool:
    """ "Karimi, a police colonel, was killed": a name the tagger took for a place or
    an organisation is a person when an apposition gives it a role ("a journalist",
    "a tribal elder"); places and groups are not killed."""
    return any(
        c.dep_ == "appos"
        and c.tag_ == "NN"
        and lemma(c) not in LEMMAS
        and any(g.dep_ == "det" and g.lower_ in {"a", "an"} for g in c.children)
        for c in name.children
    )


def counted(noun: Token) -> bool:
    """A figure, or a noun with a figure of its own ("three suspects")."""
    return _is_figure(noun) or any(c.dep_ == "nummod" and _is_figure(c) for c in noun.children)


def first_conjunct(noun: Token) -> Token:
    """ "one soldier and two suspects killed": the parser hangs the participle on the
    last victim of a list; the counted victims before it are its conjunct heads. The
    first of that run of counted nouns stands for the whole list (its conjuncts add up);
    a head without a figure ("troops battle bandits; one soldier and ...") is another
    phrase, and so is one with its own participle."""
    node = noun
    while node.dep_ == "conj" and node.head.pos_ in _NOMINAL and counted(node.head):
        if any(c.dep_ in {"acl", "relcl"} for c in node.head.children):
            break  # "seven farmers injured and one killed": the first has its own verb
        node = node.head
    return node


_NOMINAL = frozenset({"NOUN", "PROPN", "NUM"})


def before_auxiliary(verb: Token) -> list[Token]:
    """ "Bandits raided the camp - 6 people were killed": a passive death verb whose
    subject the parser lost across a dash or a semicolon (it hung the phrase on a word
    of the first clause). The counted phrase right before the auxiliary is the dead,
    with the counted victims listed before it ("two soldiers and one gunman were")."""
    aux = [c for c in verb.children if c.dep_ == "auxpass" and c.i < verb.i]
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if not aux or any(not next_item(s, verb) for s in subjects):
        return []
    if aux[0].i == 0:
        return []
    before = verb.doc[aux[0].i - 1]
    if before.pos_ not in _NOMINAL or not before.text.replace(",", "").isalnum():
        return []  # "were on 14/03 killed": a date, not the dead
    if counted(before):
        return [first_conjunct(before)]
    # "- 6 people were killed": the parser gave the figure to the noun before the dash
    figure = verb.doc[before.i - 1] if before.i > 0 else None
    return [figure] if figure is not None and _is_figure(figure) else []


# Words that may follow a figure standing alone: "killing four and", "shot dead 2."
_PHRASE_END = frozenset({"PUNCT", "CCONJ", "ADP", "ADV", "SCONJ", "PART"})


def figure_after(verb: Token) -> list[Token]:
    """ "killing six and stealing goats", "troops arrived, shooting dead 3": a figure
    right after the death verb (or its "dead", "down") that no noun follows is the dead,
    whichever word the parser hung it on (the next verb's object, a punctuation mark)."""
    doc = verb.doc
    at = verb.i + 1
    if at < len(doc) and doc[at].lower_ in {"dead", "down"}:
        at += 1
    if at >= len(doc) or not _is_figure(doc[at]):
        return []
    after = doc[at + 1] if at + 1 < len(doc) else None
    if after is not None and (after.pos_ not in _PHRASE_END or after.tag_ == "HYPH"):
        return []  # "killing 4 suspected informants", "shot dead 2 injured": another phrase
    return [doc[at]]


def gerund_subject(verb: Token) -> list[Token]:
    """ "Troops killed two gunmen driving a truck": the parser made the victims the
    subject of a clause on their participle ("gunmen driving"); the subject of a gerund
    clause right after the death verb, with no object of its own, is its victim."""
    if any(c.dep_ in _OWN_VICTIM for c in verb.children):
        return []
    return [
        s
        for c in verb.children
        if c.dep_ == "ccomp" and c.tag_ == "VBG" and c.i > verb.i
        for s in c.children
        if s.dep_ == "nsubj" and verb.i < s.i < c.i
    ]


def noun_conjoined(verb: Token) -> list[Token]:
    """ "1 protester and 1 constable killed": the parser made the participle a conjunct of
    the first victim, and the second its subject; the first counts too."""
    head = verb.head
    if verb.dep_ != "conj" or head.pos_ not in _NOMINAL or not counted(head):
        return []
    return [first_conjunct(head)]


_HARM = frozenset("injure wound hurt maim".split())


def wounded(noun: Token) -> bool:
    """A figure or victim phrase told as wounded ("4 dead + 5 injured", "3 killed, 4
    injured"): its own participle of harm, which the parser may hang on the figure
    before it, so the word right after the phrase counts too. The wounded are not
    dead, whatever list the parser joins them to."""
    if any(c.dep_ in {"acl", "amod"} and lemma(c) in _HARM for c in noun.children):
        return True
    after = noun.i + 1
    return after < len(noun.doc) and lemma(noun.doc[after]) in _HARM and noun.pos_ == "NUM"


def dead_cut_off(dead: Token) -> bool:
    """ "A guard was shot dead - motives unknown": the parser took "dead" for an adjective
    of a noun past a dash or a comma; it is the predicate of the verb before it."""
    doc, head = dead.doc, dead.head
    if dead.i == 0 or head.i <= dead.i or doc[dead.i - 1].pos_ != "VERB":
        return False
    return any(t.is_punct for t in doc[dead.i + 1 : head.i])


def described(noun: Token) -> Token:
    """The victim a headline's participle hung on `noun` tells of: the noun a "with"
    phrase describes ("a cleric with links to the gang killed by gunmen": the cleric, not
    the links or the gang), the figure of a "N of" phrase ("two of the miners killed")."""
    node = noun
    while node.dep_ == "pobj" and node.head.dep_ == "prep":
        owner = node.head.head
        if node.head.lower_ == "with" or (node.head.lower_ == "of" and _is_figure(owner)):
            return owner
        if owner.pos_ not in {"NOUN", "PROPN"}:
            break
        node = owner
    return noun


def more_dead(verb: Token) -> list[Token]:
    """ "4 traders killed in a bar plus 1 driver and 3 passengers": counted victims that
    "plus" adds, which the parser joins to the participle or to a noun of its phrase."""
    doc = verb.doc
    found = []
    for plus in (t for t in verb.subtree if t.lower_ == "plus" and t.i + 1 < len(doc)):
        noun = doc[plus.i + 1]
        noun = noun.head if noun.dep_ == "nummod" else noun
        if noun.pos_ in _NOMINAL and counted(noun) and not wounded(noun):
            found.append(noun)
    return [n for n in found if not _aside(verb, n)]


def _aside(verb: Token, noun: Token) -> bool:
    """ "4 dead (and 1 soldier, counted apart)": a bracket opens between the two."""
    between = [t.text for t in verb.doc[verb.i + 1 : noun.i]]
    return between.count("(") > between.count(")")


def _bare(noun: Token) -> bool:
    return noun.tag_ == "NN" and not any(c.dep_ in {"det", "nummod", "poss"} for c in noun.children)


def titles_of_one(noun: Token, conj: Token) -> bool:
    """ "Trader and outspoken critic of the council John Doe was shot dead": two bare
    titles before a name are one man's, not two victims ("a trader and his son" and
    "farmer and son killed", with no name, are two)."""
    if not (_bare(noun) and _bare(conj)):
        return False
    apposed = any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in noun.children)
    return apposed or conj.right_edge.pos_ == "PROPN"


def without_apposed(subjects: list[Token]) -> list[Token]:
    """ "One of the gang leaders John Doe was killed": the parser made the name a second
    subject; a name right after the first subject's phrase is that subject again."""
    kept = [s for s in subjects if not _apposed_to(s, subjects)]
    return kept or subjects


def _apposed_to(name: Token, subjects: list[Token]) -> bool:
    return name.pos_ == "PROPN" and any(
        s.i != name.i and s.right_edge.i + 1 == name.left_edge.i for s in subjects
    )


_BELIEVED = frozenset("believe think suspect say report".split())


def believed_subject(verb: Token) -> list[Token]:
    """ "A youth believed to be a rustler was shot dead": the parser made "believed" the
    passive verb's clause, or its head, and the man its subject; he is the passive's."""
    if any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        return []
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return []
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    if verb.dep_ in {"ccomp", "conj"}:
        clauses.append(verb.head)
    return [
        s
        for c in clauses
        if c.i < verb.i and lemma(c) in _BELIEVED
        for s in c.children
        if s.dep_ == "nsubj"
    ]


_BESIDES = flag(
    r"(?:in addition to|besides|aside from|apart from) (?:the )?(?:(?P<n>\w+) )?(?:suicide )?"
    r"(?P<who>bombers?|attackers?|assailants?|gunm[ae]n|perpetrators?)\b"
)


# Attackers set beside the dead in the plural with no figure ("apart from the
# bombers") count as two, the fewest a plural can mean.
UNCOUNTED_ATTACKERS = 2


def attackers_besides(text: str) -> int:
    """ "Apart from the three gunmen, a dozen villagers died": ACLED counts
    the attackers who died too."""
    found = _BESIDES.search(text)
    if found is None:
        return 0
    number = parse_number((found.group("n") or "").lower())
    if number is not None:
        return number
    return UNCOUNTED_ATTACKERS if besides_uncounted(text) else 1


def besides_uncounted(text: str) -> bool:
    """The attackers set beside the dead are plural and have no figure: "apart from the
    bombers" (`UNCOUNTED_ATTACKERS` of them, unless the report counts them)."""
    found = _BESIDES.search(text)
    if found is None or parse_number((found.group("n") or "").lower()) is not None:
        return False
    return found.group("who").lower().endswith(("s", "men"))


def possessor(death: Token) -> list[Token]:
    """The one whose death it is: "her" of "a blow that led to her death"."""
    return [c for c in death.children if c.dep_ == "poss" and c.lower_ in _ONE_OWNER]


_ONE_OWNER = frozenset({"his", "her"})


def whose(noun: Token) -> bool:
    """A possessive told as the dead ("caused his death"): one of the dead counted in
    the sentence already, if any is ("a trader was shot; his death angered residents")."""
    return noun.dep_ == "poss" and noun.lower_ in _ONE_OWNER


def aged(noun: Token) -> bool:
    """ "Eleven year old pupil killed": a headline's subject told by its age is the dead (an
    age describes a victim, seldom a killer)."""
    return any(
        c.dep_ == "amod" and c.lower_ == "old" and any(lemma(g) == "year" for g in c.children)
        for c in noun.children
    )
