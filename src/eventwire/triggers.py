"""Event trigger lexicon: which sentences may hold an event, and which words report one.

`is_candidate` is a cheap regex run on every sentence before parsing, so that the
expensive spaCy pipeline only sees sentences that can hold an event. It must be
generous: a sentence it rejects is never coded.

`find_triggers` runs on a parsed sentence and returns the tokens (by lemma, by surface
form, or by a multi-word pattern of `triggerphrases`) that report an incident, each with
its *kind*, a coarse class the event coder maps to ACLED types. `is_asserted` drops
triggers that do not report a real event: negated, hypothetical, future, threatened,
planned or denied.

The sentence-level cues the coder reads beside the triggers (aerial means, suicide
attack, crowd and police words, civilian and armed nouns, running totals) are in
`eventwire.cues`; `tolls` reads the death toll. Everything here is a pure function of
a sentence or a parsed spaCy Doc; nothing loads a resource.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from eventwire.clausebreaks import across_clauses, in_aside
from eventwire.cues import AGGREGATE, DEATH_LEMMAS, DEMONSTRATORS, LONG_RUNS, RECENT_RUN, words
from eventwire.doctext import lower_of, text_of
from eventwire.headlines import noun_read_verb
from eventwire.incidentnouns import incident_nouns
from eventwire.mishaps import mishap_killing
from eventwire.misspellings import mentions_misspelt_trigger, misspelt_kind
from eventwire.notelabels import LABEL_STEMS, label_of
from eventwire.triggerphrases import CHANGE_STEMS, MORE_STEMS, phrase_matches
from eventwire.triggerwords import LEMMAS as LEMMAS  # read as `triggers.LEMMAS` too
from eventwire.verbkinds import verb_kind

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_STEMS = (
    r"kill|dead|death|die[ds]?|slain|slay|murder|massacre|behead|assassinat|lynch"
    r"|eliminat|(?:is|are|was|were) suspected\b|suspected\.|suspect (?:al|the|that)\b"
    r"|attack|assault|ambush|raid|storm|clash|fight|fought|battl|gun ?battl|skirmish|firefight"
    r"|overpower"
    r"|offensive|gunfight"
    r"|shoot|shot|gunm[ae]n|gunfire|fire[ds]? (?:on|at|upon)|open(?:ed)? fire|live fire"
    r"|exchang\w* (?:of )?fire|traded fire|return(?:ed|ing|s)? (?:the )?fire"
    r"|blast|ied|landmine|grenade|rocket|missile|mortar|shell|artillery|projectile"
    r"|air ?strike|airstrike|drone|strike|struck|air raid|warplane|chemical|chlorine|sarin"
    r"|suicide|car bomb|detonat|defus|intercept"
    r"|captur|seiz|retak|retook|recaptur|regain|overr[au]n|overt(?:ake|ook|aken|aking)"
    r"|(?:took|tak(?:e|en|es|ing)) (?:control|over)|(?:fell|falls|fallen) (?:in)?to"
    r"|liberat|drove|driven out|push|advanc|withdr|handed over"
    r"|abduct|kidnap|hijack|hostage|disappear"
    r"|rap(?:e|ed|es|ing)\b|sexual"
    r"|procession|hartal|bandh|human chain|road roko|gherao|dharna|alight|ablaze|agitation"
    r"|vigils?\b|sit ins?\b|fast[- ]unto[- ]death|(?:indefinite|relay|token) fast|afire|striking"
    r"|(?:took|taken|take|takes|taking) to (?:the )?streets?"
    r"|(?:pour|spill|flood)(?:ed|s)? (?:in|on)?to the streets"
    r"|chant|siege|surrender|laid down"
    r"|protest|demonstrat|rally|rallie|(?<!\bin )(?<!\bof )(?<!\bon )march(?!\s+\d)|sit-in|picket"
    r"|riot|loot|plunder|ransack|arson|torch|set fire|burn|vandal|destroy|destruct|demolish"
    r"|arrest|detain|custody|round(?:ed)? up|apprehend"
    r"|injur|wound|hurt|casualt|fatalit|kia\b"
    r"|ceasefire|cease-fire|truce|peace (?:deal|agreement|accord)|agreement|accords?\b"
    r"|tear ?gas|rubber bullet|water cannon|baton|disperse"
    r"|headquarters|bases?\b|outposts?\b|set up|(?:set|pitched) camp|allegiance|defect"
    r"|merge[ds]? with|disband|deploy"
    r"|split from|formed a new|signed|gun(?:s|ned|ning)?\b|raze|confiscat"
    r"|weapons|ammunition|arms cache|claim\w* (?:responsib|credit)"
    r"|claim\w* (?:it|they) (?:carried|was|were)|blam|responsib|pound|hit\b|hits\b|target"
    r"|smash|shatter|stones?\b|rocks?\b|bricks?\b|pelt|beat|beaten|tortur|flog|bonfire|tyres|tires"
    r"|bod(?:y|ies)\b|demos?\b|expel|wiped out|hunger strike|boycott|roko|chakka jam"
    r"|observed? a fast|encounter|repuls|repel|barricad|interven|police (?:reported )?involve"
    r"|throng|slogan|black flag|shutdown|engag"
    r"|on fire|rough(?:ed|ing|s)? up|hurl|damag"
    r"|rampag|confront|scuffl|brawl|fracas|melee|captive|surround|besieg|encircl|effig"
    r"|inter-?(?:tribal|communal|clan|ethnic)|st(?:ole|eal)|drove away|made off"
    r"|(?:clan|tribal|ethnic|communal) wars?\b|warring\b"
    # stems kept from their other senses, whose sentences are not worth a parse: a chief
    # executive, exploring, Bombay, a mobile, stability, miners, jetties, a party's chief
    # whip, a stumbling block, gathering information, the legislative assembly (only the
    # verbs gather a crowd), a committee's convener, a congregation
    r"|execut(?!ives?\b|ors?\b)|explo(?!r|it)|bomb(?!ay)|mob(?!il)|stab(?!l|il)|mine(?!r)"
    r"|jets?\b|(?<!chief )(?<!party )whip|(?<!stumbling )(?<!building )block"
    r"(?! (?:development|level|president|pramukh))"
    r"|gather(?!\w* (?:\S+ )?(?:information|intelligence|evidence|data|details|facts))"
    r"|assembl(?:e|ed|es|ing)\b|converg(?:e|ed|es|ing)\b|congregat(?:e|ed|es|ing)\b"
    r"|conven(?:e|ed|es|ing)\b"
)

# Matched against the lower-cased sentence: the same matches as IGNORECASE on the
# sentence, in a third of the time (every sentence of every document passes here).
CANDIDATE = re.compile(rf"\b(?:{_STEMS}|{CHANGE_STEMS}|{MORE_STEMS}|{LABEL_STEMS})")


def is_candidate(sentence: str) -> bool:
    """True when the sentence mentions anything that could be an ACLED event."""
    lower = sentence.lower()
    return CANDIDATE.search(lower) is not None or mentions_misspelt_trigger(lower)


_TRIGGER_POS = words("VERB NOUN PROPN ADJ")
# The tagger guesses at a word it has never seen: a misspelt verb may come out an adverb.
_SLIP_POS = _TRIGGER_POS | words("ADV X INTJ")
# A trigger word inside a name or a date is not a trigger ("in March", "Operation Storm").
_NAME_ENTITIES = words("DATE TIME PERSON ORG GPE NORP CARDINAL WORK_OF_ART LAW")
_DONE_HEADS = words("try attempt manage begin start continue claim force compel resort")
# "Gunmen suspected to be linked to X attack and kill": a hedge on who, not on what.
_EPISTEMIC_HEADS = words("suspect believe think say report allege know understand presume")
_MODAL_AUX = words("will would could can may might should shall must 'll wo ca")
# Verbs whose complement is not (yet) an event: threats, plans, denials, fears, calls.
_IRREALIS_HEADS = words(
    "threaten vow plan deny warn fear intend pledge prepare seek want aim expect"
    " urge call demand propose consider prevent avoid foil thwart refuse hope promise"
    " rule reject dismiss condemn denounce predict risk need"
)
# Court cases: violence a court convicts or sentences for is not a new event.
_JUDICIAL_HEADS = words("convict sentence acquit indict prosecute jail imprison")
_NEGATIVE_DETS = words("no neither without")
_META = re.compile(
    r"\b(?:click here|subscribe|sign up|newsletter|copyright|all rights reserved"
    r"|this (?:article|story|report) (?:was|has been)|read more|follow us|photo:"
    r"|for demonstration (?:only|purposes)|^contact:|press contact)",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Trigger:
    """A token that reports an incident, its kind and the rule that found it."""

    token: Token
    kind: str
    rule: str

    @property
    def text(self) -> str:
        """The trigger word as written."""
        return str(self.token.text)


def find_triggers(doc: Doc) -> list[Trigger]:
    """Trigger tokens of a parsed sentence, phrases first, then single lemmas."""
    return list(_triggers(doc))


# A sentence's triggers are read again when its neighbours are coded and scored; a
# parse is never changed once made, so they are found once per parse.
@functools.lru_cache(maxsize=256)
def _triggers(doc: Doc) -> tuple[Trigger, ...]:
    found: dict[int, Trigger] = {}
    text = text_of(doc)
    lower = lower_of(doc)
    for start, end, kind in phrase_matches(text, lower):
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None and span.root.i not in found:
            found[span.root.i] = Trigger(span.root, kind, f"phrase:{kind}")
    for token in doc:
        # the part of speech first: the cheapest test, and most words fail it
        if token.i in found or token.pos_ not in _SLIP_POS:
            continue
        rule, kind = _lemma_kind(token)
        if kind and not _in_name(token) and not _equipment(token, kind):
            found[token.i] = Trigger(token, kind, f"{rule}:{kind}")
    if all(t.kind == "loot" for t in found.values()):  # "homes burnt in the unrest"
        for t, k in incident_nouns(doc, lower):
            found.setdefault(t.i, Trigger(t, k, f"noun:{k}"))
    anchor = _label_anchor(doc)
    if anchor is not None:  # the labelled line's own predicate, whatever its word
        kind = found[anchor.i].kind if anchor.i in found else "other"
        found[anchor.i] = Trigger(anchor, kind, f"label:{kind}")
    # "lightning killed two", "were killed when the mine collapsed": no one acted
    return tuple(
        found[i]
        for i in sorted(found)
        if found[i].kind != "kill" or not mishap_killing(found[i].token)
    )


def _lemma_kind(token: Token) -> tuple[str, str]:
    """How the token is a trigger ("lemma", or "spelling" for a misspelt trigger word
    in lower case, `misspellings`) and its kind, or ("", "")."""
    if token.pos_ in _TRIGGER_POS:
        kind = LEMMAS.get(token.lemma_.lower()) or LEMMAS.get(token.lower_, "") or verb_kind(token)
        if not kind and token.pos_ == "PROPN" and not token.ent_type_:
            kind = LEMMAS.get(_singular(token.lower_), "")
        if kind:
            return "lemma", kind
    lower = token.text.islower() or (token.is_sent_start and token.text[1:].islower())
    kind = misspelt_kind(token.text) if lower else ""
    if not kind and _slipped_past(token):
        kind = "protest"
    return ("spelling", kind) if kind else ("", "")


def _singular(word: str) -> str:
    """ "Killings near the river": a plural trigger noun the tagger took for a name (it
    is capitalised, and a name's lemma is its text), read in the singular; a word the
    tagger put in a named entity stays a name (`_in_name`)."""
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "sses", "xes")):
        return word[:-2]
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _slipped_past(token: Token) -> bool:
    """ "Held a protested near the gate": a protest verb's past form written where
    its noun belongs, after an article."""
    if token.pos_ != "NOUN" or not token.lower_.endswith("ed"):
        return False
    # "protested" less "ed", "demonstrated" less "d"
    kinds = {LEMMAS.get(token.lower_[:-2]), LEMMAS.get(token.lower_[:-1])}
    return "protest" in kinds and any(c.dep_ == "det" for c in token.children)


def _label_anchor(doc: Doc) -> Token | None:
    """The head of what a labelled line tells ("Recruitment: the group held oath-taking
    sessions": "held"), where the line opens with a Strategic development's label
    (`notelabels`); it reports the labelled event even when no trigger word does."""
    label = label_of(text_of(doc))
    if label is None:
        return None
    span = doc.char_span(label[2], len(text_of(doc)), alignment_mode="expand")
    return None if span is None or not len(span) else span.root


_TIME_ENTITIES = words("DATE TIME CARDINAL")


def _in_name(token: Token) -> bool:
    """The word is part of a name or a date ("Operation Storm", "in March"); a word in
    lower case that the tagger swept into a name or a date ("weigh bridge stage protest",
    "launched two mortars"), or the first of the sentence ("Protests disrupted
    learning"), is still a trigger."""
    if token.ent_type_ not in _NAME_ENTITIES or token.text.islower():
        return False
    if token.dep_ == "ROOT" and _title_case(token.sent):
        return False  # "Kamau Village Traders Protest Over Levies": a headline's verb
    return token.ent_type_ in _TIME_ENTITIES or not token.is_sent_start


def _title_case(sentence: Span) -> bool:
    """A headline in title case ("Traders Protest Over New Levies"): every word of four
    letters or more capitalised, so capitals mark no names and the NER's names in it
    (it takes the whole line for an organisation's) are no evidence of one."""
    words = [t.text for t in sentence if t.is_alpha and len(t.text) > 3]
    return len(words) >= 3 and all(w[0].isupper() for w in words)


# A weapon word naming equipment, not its use: "a rocket system", "missile launchers".
_EQUIPMENT_HEADS = words(
    "system systems launcher launchers battery batteries unit units factory factories"
    " programme program programs test tests stockpile stockpiles deal deals sale sales"
    " disposal squad squads expert experts maker makers threat threats scare hoax detection"
)


# Words a trigger names the kind of, not an event: "riot police", "an anti-riot squad".
_KIND_HEADS = words(
    "police policeman policemen squad squads gear unit units officer officers shield shields"
    " control act law"
)


# Words that make "demonstration" a showing, not a protest: "a demonstration video".
_SHOWING_HEADS = words(
    "text texts video videos version versions model models project projects purpose purposes"
    " flight flights copy copies file files software site sites kit kits"
)


# A protest's programme is its plan of action, held or staged: "a protest programme".
_PLAN_HEADS = words("programme programmes program programs")


def _equipment(token: Token, kind: str) -> bool:
    if token.dep_ not in ("compound", "amod", "nmod"):
        return False
    head = token.head.lower_
    if kind == "protest" and head in _PLAN_HEADS:
        return False
    if lemma(token) in ("demonstration", "demo") and head in _SHOWING_HEADS:
        return True
    return head in _EQUIPMENT_HEADS or (lemma(token) == "riot" and head in _KIND_HEADS)


def is_meta(sentence: str) -> bool:
    """True for boilerplate about the article itself, never an event."""
    return _META.search(sentence) is not None or sentence.rstrip().endswith("?")


def is_asserted(token: Token) -> bool:
    """False when the trigger is negated, hypothetical, future, threatened or denied."""
    if (_negated_or_modal(token) and not _means_used(token)) or _kept_from(token):
        return False
    if token.dep_ == "acl" and token.i == token.head.i + 1 and noun_read_verb(token.head):
        return False  # "Gang attacks protesting traders": the traders' word, no protest
    if token.dep_ == "acl" and token.tag_ == "VBG" and lemma(token) not in _PROTEST_LEMMAS:
        # "rebels fighting the government": describes them, reports nothing; but
        # "squatters blocked the road protesting a move": the protest is under way, and
        # "reports of youths attacking a teacher" tell the attack
        noun = token.head.head.head if token.head.head.lower_ == "of" else token.head
        if lemma(noun) not in _REPORTS:
            return False
    if is_tally(token):
        return False
    child, relative = token, False
    for ancestor in token.ancestors:
        if across_clauses(token, ancestor):
            break  # "man killed in a fight; motive not known": the other clause's negation
        if in_aside(token, ancestor):
            child = ancestor  # "(the day was not given)": the aside's negation is its own
            continue
        head = ancestor.lemma_.lower()
        # "forced the factory to close after staging a protest": the clause above may be
        # negated, planned or feared; what its adjunct tells happened, and a relative
        # clause, "during the demonstration" or "as part of the sit-in" asserts on its
        # own (not a court case's)
        relative = relative or child.dep_ == "relcl" or _while(child) or _finite_acl(child)
        relative = relative or _part_of(child)
        free = relative or _adjunct(child) or _crowd_demand(ancestor) or _unspecified(ancestor)
        free = free or _before_nil_report(child, ancestor)
        if head in _JUDICIAL_HEADS or (not free and _irrealis(ancestor, child)):
            return False
        if ancestor.dep_ == "ROOT":
            break
        child = ancestor
    return True


# "Three were killed ... - details not specified": what a note leaves unknown is no
# denial of what it tells (unless it is "whether" it happened).
_UNKNOWN_HEADS = words("specify specified know known identify identified disclose reveal")


def _finite_acl(token: Token) -> bool:
    """ "Parents of pupils preparing for an exam protested": in a sentence the parser
    left with no verb at its root, the past verb it hung on a noun is the sentence's own
    verb, and tells on its own what was done (not the plan of a participle above it)."""
    root = token.sent.root
    return token.dep_ == "acl" and token.tag_ in _PAST and root.pos_ in _NOMINAL


_PAST = words("VBD VBN")
_NOMINAL = words("NOUN PROPN")


def _unspecified(verb: Token) -> bool:
    return lemma(verb) in _UNKNOWN_HEADS and not any(t.lower_ == "whether" for t in verb.subtree)


def _means_used(token: Token) -> bool:
    """ "Machetes were used to kill eight", "the gang used clubs to attack them": what
    named means were used for was done (not the habit "they used to attack convoys",
    where "used" names no means)."""
    verb = token.head
    if token.dep_ not in {"xcomp", "advcl"} or lemma(verb) != "use" or _negated_or_modal(verb):
        return False
    return any(c.dep_ in {"dobj", "auxpass"} for c in verb.children)


def _irrealis(token: Token, child: Token) -> bool:
    """The verb above the trigger plans, threatens, denies or fears what it governs, or
    is negated or modal. A verb of that kind says so only of its complement: not of a
    deed joined to it ("foiled an attack and killed him"), of its subject ("the clashes
    threatened to derail the talks") or of a noun the parser hung on it as an adverb
    ("held a protest demanding their wages"), nor of a noun's word the parser hung on a
    participle ("held a dharna demanding ...": "dharna" a compound of "demanding")."""
    misparsed = child.dep_ in _NOUN_WORDS and token.pos_ == "VERB"
    outside = child.dep_ in _NOT_GOVERNED or misparsed
    return (token.lemma_.lower() in _IRREALIS_HEADS and not outside) or _negated_or_modal(token)


_NOT_GOVERNED = words("conj nsubj npadvmod")
_NOUN_WORDS = words("compound amod advmod")


# Verbs whose "from" clause tells what someone was kept from doing.
_KEEP_FROM = words("stop bar keep block restrain deter dissuade discourage hinder")


def _kept_from(token: Token) -> bool:
    """ "tried to keep the youths from burning the hut": it was not burnt (the "from"
    phrase hangs on the verb or on its object); but "barred them from attending a
    rally" tells of a rally held."""
    prep = token.head
    if token.dep_ != "pcomp" or prep.lower_ != "from":
        return False
    verb = prep.head.head if prep.head.dep_ == "dobj" else prep.head
    return lemma(verb) in _KEEP_FROM


def _before_nil_report(clause: Token, verb: Token) -> bool:
    """ "A clinic was torched by night, no patients were reported hurt": a clause told before a
    comma, which the parser made the complement of a later report that no one was hurt;
    that "no one" denies the harm, not the clause's deed."""
    if clause.dep_ != "ccomp" or clause.i > verb.i:
        return False
    comma = any(
        c.dep_ == "punct" and c.text == "," and clause.i < c.i < verb.i for c in verb.children
    )
    return comma and any(c.dep_ in {"nsubj", "nsubjpass"} and _nobody(c) for c in verb.children)


_REPORTS = words("report account claim allegation")
_WHEN_PREPS = words("after following during amid amidst before")


def _adjunct(token: Token) -> bool:
    """A clause or phrase that tells when, not what is feared or planned: "officers
    feared dead after their vehicle hit a mine" (the blast happened)."""
    return token.dep_ == "advcl" or (token.dep_ == "prep" and token.lower_ in _WHEN_PREPS)


def _part_of(token: Token) -> bool:
    """ "Fasted at the gate as part of the demonstration": what a deed is part of was held,
    whatever the clauses above plan or threaten."""
    return token.dep_ == "prep" and token.lower_ == "as" and _has_child(token, "pobj", {"part"})


def _while(token: Token) -> bool:
    return token.dep_ == "prep" and token.lower_ in _WHILE_PREPS


_WHILE_PREPS = words("during amid amidst")
_DEMANDS = words("call demand urge")


def _crowd_demand(verb: Token) -> bool:
    """ "Protesters called for the board to be dismissed": what a demonstration's crowd
    demands is its protest, not a plan or a call for one."""
    if lemma(verb) not in _DEMANDS:
        return False
    return any(c.dep_ == "nsubj" and lemma(c) in DEMONSTRATORS for c in verb.children)


def is_tally(token: Token) -> bool:
    """A running total, not one incident: "890 people had been killed since the coup",
    "the war has killed tens of thousands", "were killed in the conflict", "has
    attacked schools since 2009"."""
    perfect = any(c.dep_ == "aux" and c.lemma_ == "have" for c in token.children)
    protest = lemma(token) in _PROTEST_LEMMAS  # "have protested since Monday": still on
    if perfect and not protest and AGGREGATE.search(token.sent.text) is not None:
        return True
    if _habitual(token) or (_perfect(token) and RECENT_RUN.search(token.sent.text)):
        return True
    if _perfect(token) and _before_now(token):
        return True
    if lemma(token) not in DEATH_LEMMAS:
        return False
    if any(c.dep_ == "prep" and c.lower_ == "since" for c in token.children):
        return True
    if perfect and any(c.dep_ == "nsubj" and c.lemma_ in LONG_RUNS for c in token.children):
        return True
    return any(
        c.dep_ == "prep"
        and c.lower_ in ("in", "during", "throughout", "over")
        and any(g.dep_ == "pobj" and g.lemma_ in LONG_RUNS for g in c.children)
        for c in token.children
    )


def _perfect(token: Token) -> bool:
    """The trigger, or the verb that governs it when it is a noun, is in the perfect
    ("have killed", "has come under repeated shelling", "have carried out raids",
    "shelling has continued")."""
    verb = token
    if token.pos_ == "NOUN" or not any(c.dep_ in _CLAUSE_MARKS for c in token.children):
        verb = token.head.head if token.dep_ == "pobj" else token.head
    return any(c.dep_ == "aux" and c.lemma_ == "have" for t in {token, verb} for c in t.children)


def _habitual(token: Token) -> bool:
    """A habit, not an incident: "fighters regularly attack convoys", "raids often
    happen at night" (the trigger or its verb with an adverb of frequency)."""
    verbs = [token, token.head] if token.pos_ == "NOUN" else [token]
    return any(c.dep_ == "advmod" and c.lower_ in _HABITUAL for v in verbs for c in v.children)


def _before_now(token: Token) -> bool:
    """Told as done before, at no time the text gives: "a group which has bombed the
    city before", "rebels have previously shelled the town", "has struck in the past"."""
    verbs = [token, token.head] if token.pos_ == "NOUN" else [token]
    children = [c for v in verbs for c in v.children]
    if any(c.dep_ == "advmod" and c.lower_ in {"before", "previously"} for c in children):
        return True
    return any(
        c.dep_ == "prep" and c.lower_ == "in" and any(g.lower_ == "past" for g in c.children)
        for c in children
    )


# A verb with one of these is a clause of its own, not a word another verb governs.
_CLAUSE_MARKS = frozenset({"nsubj", "nsubjpass", "aux", "auxpass"})
_HABITUAL = frozenset(
    "regularly frequently routinely often usually habitually periodically customarily".split()
)


def _negated_or_modal(token: Token) -> bool:
    if token.dep_ in {"pobj", "pcomp"} and token.head.lower_ == "without":
        return True  # "took the town without a fight", "without fighting": none fought
    for child in token.children:
        word = child.lower_
        if child.dep_ == "neg":
            return True
        if child.dep_ == "aux" and word in _MODAL_AUX:
            return True
        if child.dep_ == "det" and word in _NEGATIVE_DETS:
            return True
        if child.dep_ == "mark" and word in {"if", "unless", "whether"}:
            return True  # "unclear whether police fired back": asked, not told
        if child.dep_ in {"nsubj", "nsubjpass"} and _nobody(child):
            # "no attack was reported", "no one was killed": nothing happened
            return (
                token.lemma_ in {"report", "occur", "happen", "be"} or lemma(token) in DEATH_LEMMAS
            )
    # "launched an offensive to retake", "is set to storm": an aim, not a deed; but
    # "tried to storm" and "managed to retake" report what happened.
    return (
        token.dep_ in {"xcomp", "advcl", "acl", "ccomp"}
        and lemma(token.head) not in _DONE_HEADS | _EPISTEMIC_HEADS
        and not _protest_purpose(token)
        and not _has_child(token, "aux", {"have"})  # "claimed to have killed": done
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
    )


_PROTEST_LEMMAS = words("protest demonstrate march rally picket disperse scatter")


def _protest_purpose(token: Token) -> bool:
    """ "Gathered to protest", "took to the streets to demonstrate", "blocked the road
    to protest", "fired in the air to disperse them": the gathering is the protest, the
    firing the dispersal, as is a scattering (a plan or a call is caught by its head)."""
    if token.dep_ not in {"advcl", "xcomp"}:
        return False
    if lemma(token) in _PROTEST_LEMMAS:
        return True
    # "reached the town to stage a dharna", "descended on the railway to begin a
    # protest": the crowd that came is the protest's
    return lemma(token) in _STAGE_LEMMAS and lemma(token.head) in _ARRIVE_LEMMAS


_STAGE_LEMMAS = words("stage hold begin start launch observe mount")
_ARRIVE_LEMMAS = words(
    "reach arrive gather assemble converge congregate come descend throng march go turn"
)


def _nobody(subject: Token) -> bool:
    return subject.lower_ in {"nobody", "none"} or _has_child(subject, "det", _NEGATIVE_DETS)


def _has_child(token: Token, dep: str, words: frozenset[str] | set[str]) -> bool:
    return any(c.dep_ == dep and c.lower_ in words for c in token.children)


def lemma(token: Token) -> str:
    """The token's lemma in lower case, with the English lemmatiser's misreadings of
    news verbs put right (`_LEMMA_FIXES`)."""
    word = str(token.lemma_).lower()
    if word in _LEMMA_FIXES and token.pos_ == "VERB":
        return _LEMMA_FIXES[word]
    return word


# "staged a protest": the lemmatiser strips "-ed" to the verb "stag", which news never
# means.
_LEMMA_FIXES = {"stag": "stage"}
