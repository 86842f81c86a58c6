"""What a protest is about: the tokens that tell its grievance, not its crowd's acts.

"Protested the killing of a student by a mob", "demonstrated after their stalls were
destroyed": the violence a protest is about is not the crowd's own, so the sub-event
decision (`subtypes`) reads the sentence with it blanked out. The grievance is the
protest's object, an "against", "over" or "after" phrase, a "because" or "after"
clause, or "in protest of" what, and it ends at a semicolon or a dash standing apart
("protested against police raids - fires were lit": the fires are the crowd's).
Pure functions of a parsed sentence.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from eventwire import cues
from eventwire.cues import words
from eventwire.doctext import text_of
from eventwire.englishwords import english_lexicon
from eventwire.triggers import Trigger, lemma

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["grievance", "grievances", "masked", "reasons"]


def grievance(trig: Trigger) -> frozenset[int]:
    """Indices of the tokens that tell what the trigger's sentence protests (`grievances`)."""
    return grievances(trig.token.doc)


def grievances(doc: Doc) -> frozenset[int]:
    """Indices of the tokens that tell what the sentence's protest is about: the object of
    each protest word ("protested the killing"), its "against", "over" or "after" phrase,
    a "because" or "after" clause, and "in protest of" what. Every protest word counts,
    not only the trigger: "marched to the offices to protest the burning of stalls"."""
    about: set[int] = set()
    for token in doc:
        # "blocked the road": a blockade's object is its act
        if lemma(token) in _PROTEST_WORDS or _to_the_streets(token):
            about |= _about(token) | _cause(token)
        elif token.pos_ == "VERB" and lemma(token) in _DEMAND_VERBS:
            about |= _demanded(token)
        elif token.pos_ == "NOUN" and lemma(token) in _SUFFERERS:
            about |= _suffered(token)
    swallowed = _main_verb_swallowed(doc, about) | _predicate_swallowed(doc, about)
    return frozenset(about - swallowed)


def reasons(word: Token) -> frozenset[int]:
    """What one demonstration word itself is about: "riots over the fees", "rioting
    broke out after the lynching of a thief", "the killing sparked riots"; not the
    crowds it sets against each other ("rioted against each other")."""
    about = _about(word) | _cause(word)
    for prep in word.children:
        if prep.dep_ == "prep" and any(g.lower_ in _RECIPROCAL for g in prep.subtree):
            about -= {t.i for t in prep.subtree}
    return frozenset(about)


_RECIPROCAL = words("other another")


def _to_the_streets(verb: Token) -> bool:
    """ "Took to the streets", "poured into the streets", "hit the streets": a crowd
    going out to protest, whose "over", "against" or "after" phrase is its grievance
    like a protest verb's ("clerks took to the streets angrily over a burnt school")."""
    if verb.pos_ != "VERB" or lemma(verb) not in _STREET_VERBS:
        return False
    places = [c for c in verb.children if c.dep_ == "dobj"]
    places += [g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    return any(lemma(p) == "street" for p in places)


_STREET_VERBS = words("take hit pour spill flood")


def _demanded(verb: Token) -> set[int]:
    """What a crowd demands or calls for ("to demand justice for a boy shot by police",
    "urging charges against the officers who beat a hawker"): the harm it names is the
    grievance, not the crowd's act nor the police's response to it. "Call" demands only
    with "for"; "ask" and "urge" name who is asked and what they are asked to do ("to
    ask the police to act against a gang that beat them"). What is coordinated with the
    verb or its object ("demanding a recount and burnt ballot boxes", however the parser
    hangs it) stays the crowd's act."""
    stop = next((t.i for t in verb.doc[verb.i :] if _break(t)), len(verb.doc))
    about: set[int] = set()
    deps = _ASKED if lemma(verb) in _ASKING else _NAMED
    for child in verb.children:
        named = child.dep_ in deps and lemma(verb) != "call"
        if named or (child.dep_ == "prep" and child.lower_ == "for"):
            joined = {t.i for c in child.children if c.dep_ == "conj" for t in c.subtree}
            about.update(t.i for t in child.subtree if t.i < stop and t.i not in joined)
    return about


def _suffered(noun: Token) -> set[int]:
    """ "Victims of the old land clashes marched on the office": what a crowd once
    suffered tells who it is and what it wants redressed, not what it did."""
    of = [c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"]
    return {t.i for c in of for t in c.subtree}


def _cause(word: Token) -> set[int]:
    """What set the protest off, told as the subject of a verb of causing: "the killing
    of a hawker by police sparked protests", "a death in custody led to a demonstration",
    "protests were triggered by the shooting". The cause is the grievance, not force met
    by the protest (ACLED codes the protest by what happened at it)."""
    head = word.head
    if word.dep_ == "pobj" and head.dep_ == "prep":
        verb = head.head  # "led to protests", "resulted in protests"
        caused = _LEADS.get(lemma(verb)) == head.lower_
    else:
        verb = head
        caused = word.dep_ in {"dobj", "nsubjpass"} and lemma(verb) in _CAUSES
    if not caused:
        return set()
    agents = [g for c in verb.children if c.dep_ == "agent" for g in c.children]
    causes = [c for c in verb.children if c.dep_ in {"nsubj", "csubj"}] + agents
    return {t.i for c in causes for t in c.subtree}


def _about(token: Token) -> set[int]:
    """What one protest word is about."""
    about: set[int] = set()
    # "staged a demonstration after ...": the light verb carries the protest's reasons,
    # what a protest is about ends at a dash or a semicolon: "- fires were lit" is told
    stop = next((t.i for t in token.doc[token.i :] if _break(t)), len(token.doc))
    children = [*token.children]
    if token.dep_ == "dobj" or (token.dep_ == "nsubj" and lemma(token.head) in _HAPPEN):
        # "protests erupted after ...": the verb of its happening carries the reasons too
        children += [c for c in token.head.children if c.dep_ in {"prep", "advcl"}]
    if token.dep_ == "nsubj" and lemma(token.head) in _FOLLOW:
        # "the march comes a day after police dispersed traders", "the protest followed
        # the arrest of two vendors": the report's background, what the protest answers
        children += [c for c in token.head.children if c.dep_ in {"prep", "advcl", "dobj"}]
    for child in children:
        marks = {m.lower_ for m in child.children if m.dep_ == "mark"}
        if (
            child.dep_ == "dobj"
            or (child.dep_ == "prep" and child.lower_ in _ABOUT)
            or (child.dep_ == "prep" and child.lower_ == "of" and token.lemma_ == "protest")
            or (child.dep_ == "advcl" and marks & _ABOUT_MARKS)
            or _doer_of_grievance(child, children)
        ):
            about.update(t.i for t in child.subtree if t.i < stop)
            about |= _gerund_after(child, token) | _infinitive_after(child, token)
    return about


def _gerund_after(phrase: Token, word: Token) -> set[int]:
    """ "Protested over incidents of cattle rustling": a gerund right after the
    grievance's phrase, with no subject or object of its own, ends its noun ("cattle
    rustling"), however the parser hung it on the protest word; "blocking roads" has
    an object and is the crowd's act."""
    end = max(t.i for t in phrase.subtree) + 1
    if end >= len(word.doc):
        return set()
    after = word.doc[end]
    if after.head != word or after.tag_ != "VBG" or after.dep_ not in {"advcl", "acl"}:
        return set()
    if any(c.dep_ in {"nsubj", "dobj"} for c in after.children):
        return set()
    return {t.i for t in after.subtree}


def _infinitive_after(phrase: Token, word: Token) -> set[int]:
    """ "Marched over the summons of two chiefs to answer claims that they burnt a
    hall": an infinitive right after the grievance's "over" or "against" phrase, that
    the parser hung on the protest word, is the grievance noun's own ("the summons
    ... to answer"), with all it tells; a purpose of the crowd's that is violence in
    itself ("to block the road", "to burn the offices") stays the crowd's act."""
    if phrase.dep_ != "prep" or phrase.lower_ not in _ABOUT:
        return set()
    end = max(t.i for t in phrase.subtree) + 1
    if end + 1 >= len(word.doc) or word.doc[end].lower_ != "to":
        return set()
    verb = word.doc[end + 1]
    if verb.head != word or verb.tag_ != "VB" or verb.dep_ not in {"advcl", "xcomp"}:
        return set()
    # the deed: the verb up to its object's noun ("block the main road", not the
    # clauses the object carries)
    last = max((c.i for c in verb.children if c.dep_ in {"dobj", "prt"}), default=verb.i)
    deed = word.doc[verb.i : last + 1].text
    if cues.VIOLENT_CROWD.search(deed) or lemma(verb) in _DEMAND_VERBS:
        return set()
    return {t.i for t in verb.subtree}


_PROTEST_WORDS = words("protest demonstrate demonstration demo march rally sit-in agitation vigil")
_DEMAND_VERBS = words("demand seek call ask urge")
# What a demand names: its object or clause; asking verbs also name the deed asked for
# ("urged the county to sack the officers", the parser's open complement).
_ASKING = words("demand ask urge")
# Those a past harm is told of: "victims of the clashes", "survivors of the raid".
_SUFFERERS = words("victim survivor")
_NAMED = frozenset({"dobj", "ccomp"})
_ASKED = _NAMED | {"xcomp"}
# Verbs whose subject set a protest off ("sparked protests"), and those that do it
# through a preposition ("led to protests", "resulted in a demonstration").
_CAUSES = words("spark trigger prompt provoke cause spur ignite fuel")
_LEADS = {"lead": "to", "result": "in"}
_ABOUT = words("against over about after following at")
# Verbs of a protest happening: "protests occurred", "broke out", "took place", "erupted".
_HAPPEN = words("occur erupt break take happen continue spread start begin resume")
_ABOUT_MARKS = words("after because since as")
# Verbs that set a protest after what it answers: "the protest comes after", "followed".
_FOLLOW = words("come follow")
_BREAKS = frozenset(";-\u2013\u2014")
# Participles that are prepositions: ", following the killing" is still the grievance.
_PREPOSITIONS = words("following including regarding concerning according pending")
_ING_NOUNS = words("building morning evening meeting wedding ceiling clothing housing funding")


def _doer_of_grievance(child: Token, siblings: list[Token]) -> bool:
    """ "Protested the destruction of the stalls by vandals": a "by" phrase with a noun,
    next to the protest's object, names who did the deed protested (the parser hangs it
    on the protest verb); "protested by blocking roads" (a gerund) is the crowd's act."""
    if child.dep_ != "prep" or child.lower_ != "by":
        return False
    nouns = [g for g in child.children if g.dep_ == "pobj" and g.tag_ != "VBG"]
    return bool(nouns) and any(s.dep_ == "dobj" for s in siblings)


def _main_verb_swallowed(doc: Doc, about: set[int]) -> frozenset[int]:
    """ "Demonstrators protesting a killing engaged in running battles with police": the
    parser, finding no main verb, hangs the sentence's predicate on the grievance's noun
    as a participle ("a killing engaged in"). In a sentence whose root is no verb, a
    past participle there with no agent ("carried out by police" keeps its "by") is the
    crowd's own deed, not what the protest is about."""
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None or root.pos_ in {"VERB", "AUX"}:
        return frozenset()
    for i in sorted(about):
        verb = doc[i]
        agent = any(c.dep_ == "agent" for c in verb.children)
        if verb.dep_ == "acl" and verb.tag_ in {"VBN", "VBD"} and not agent:
            return frozenset(t.i for t in verb.subtree)
    return frozenset()


def _predicate_swallowed(doc: Doc, about: set[int]) -> frozenset[int]:
    """ "Four were hurt when traders protesting a levy engage in running battles with
    police": the crowd a protest participle describes has no verb of its own (it hangs
    on "when" or "as", or stands as the root), so the parser hung the crowd's predicate
    inside the grievance. From the first verb there (one in a tense, or a word English
    knows only as a verb that the tagger took for a noun, "engage") on, the tokens are
    the crowd's deed, not what it protests."""
    swallowed: set[int] = set()
    for word in doc:
        if word.tag_ != "VBG" or lemma(word) not in _PROTEST_WORDS or not _no_verb(word):
            continue
        tail = [t for t in doc[word.i + 1 :] if t.i in about]
        told = {t.i for r in tail if r.dep_ == "relcl" for t in r.subtree}  # "that was"
        nouns = [t.i for t in tail if t.pos_ in {"NOUN", "PROPN"}]
        verbs = [t for t in tail if t.i not in told and nouns and t.i > nouns[0]]
        verb = next((t for t in verbs if t.dep_ not in _AUX and _tensed(t)), None)
        if verb is not None and any(c.dep_ == "agent" for c in verb.children):
            continue  # "the stalls torched by police": a participle with its doer
        if verb is not None:
            swallowed.update(t.i for t in tail if t.i >= verb.i)
    return frozenset(swallowed)


# Words that open a clause but that the parser may take for prepositions ("as traders
# protesting ..."); a crowd hung on one of them is a clause's subject left with no verb.
_SUBORDINATORS = words("as when while after before since until because")
_TENSES = frozenset({"VBD", "VBN", "VBP", "VBZ"})
_AUX = frozenset({"aux", "auxpass"})


def _no_verb(word: Token) -> bool:
    """The protest participle's crowd has no verb of its own: the participle describes a
    crowd noun standing where a verb should (`_verbless`), or has the crowd for its own
    subject in a clause with no tensed verb ("as hawkers protesting a levy ...")."""
    if word.dep_ == "acl":
        return _verbless(word.head)
    subject = any(c.dep_ == "nsubj" for c in word.children)
    return subject and word.dep_ in {"pcomp", "advcl", "ROOT"}


def _verbless(crowd: Token) -> bool:
    """The crowd noun stands where a clause's verb should: the sentence's root, an
    adverbial clause, or the object of a clause-opening word ("when", "as")."""
    if crowd.pos_ not in {"NOUN", "PROPN"}:
        return False
    if crowd.dep_ in {"ROOT", "advcl"}:
        return True
    return crowd.dep_ == "pobj" and crowd.head.lower_ in _SUBORDINATORS


def _tensed(token: Token) -> bool:
    """A verb in a tense, a bare verb that is no infinitive, or a word tagged as a noun
    that English knows only as a verb ("engage"; "pelt" is a noun too and does not
    count)."""
    if token.tag_ in _TENSES:
        return True
    if token.tag_ == "VB":  # a bare verb inside a noun phrase, not an infinitive
        return not any(c.lower_ == "to" for c in token.children)
    if token.pos_ != "NOUN":
        return False
    lexicon = english_lexicon()
    return token.lower_ in lexicon.closed and token.lower_ not in lexicon.nouns


def _break(token: Token) -> bool:
    """A semicolon, a dash standing apart ("estate - fires were lit", not "pro-"), or a
    comma opening a participle ("protested against the levy, burning tyres": the
    burning is the crowd's act, however the parser hangs it)."""
    if token.text == "," and token.i + 1 < len(token.doc):
        after = token.nbor(1)  # the tagger may take "lighting bonfires" for a noun
        participle = after.tag_ == "VBG" or (after.pos_ == "NOUN" and after.lower_.endswith("ing"))
        return participle and after.lower_ not in _PREPOSITIONS | _ING_NOUNS
    spaced = bool(token.whitespace_) and token.i > 0 and bool(token.nbor(-1).whitespace_)
    return token.text in _BREAKS and (token.text == ";" or spaced)


def masked(doc: Doc, tokens: frozenset[int], text: str | None = None) -> str:
    """The sentence (or `text`, the sentence already partly blanked) with the given
    tokens blanked out (offsets kept)."""
    chars = list(text_of(doc) if text is None else text)
    start = doc[0].idx if len(doc) else 0
    for i in tokens:
        token = doc[i]
        for k in range(token.idx - start, token.idx - start + len(token.text)):
            chars[k] = " "
    return "".join(chars)
