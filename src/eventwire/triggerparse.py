"""Reading a trigger in its dependency parse: what it refers to and who its arguments are.

`refine_kind` checks a trigger against its object ("seized the town" is territory,
"seized weapons" a disrupted weapons use, "trying to retake" nothing yet);
`is_reference` tells a trigger noun that only refers to an event ("arrested over the
bombing"); `arguments` finds the heads of the doer and the done-to phrases, which
`roles` maps onto actor mentions. Pure functions of a parsed spaCy sentence.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from eventwire.cues import (
    AERIAL,
    ARMED_NOUNS,
    CIVILIAN_NOUNS,
    CROWD_NOUNS,
    DISRUPT_LEMMAS,
    MOB_NOUNS,
    NON_STATE_NOUNS,
    PEOPLE_NOUNS,
    PLACE_NOUNS,
    SHELLING,
    SUICIDE,
    WEAPON_NOUNS,
    flag,
    words,
)
from eventwire.doctext import text_of
from eventwire.headlines import noun_read_verb, verb_objects
from eventwire.misfires import misfired
from eventwire.sharedobjects import shared_objects
from eventwire.triggers import Trigger, lemma

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["ALLEGING", "alleged", "arguments", "is_reference", "refine_kind"]

REFERENCE_PREPS = words("over after following for about since before against")


def is_reference(token: Token) -> bool:
    """A trigger that only refers to an event: a noun "arrested over the bombing", or
    what someone is suspected or accused of ("shot two men suspected of raping a
    girl"); it is coded only when the sentence reports nothing else. A word that only
    qualifies the noun refers with it ("following a landmine attack")."""
    while token.dep_ == "compound" and token.head.pos_ == "NOUN" and token.head is not token:
        token = token.head
    if token.pos_ == "NOUN" and token.dep_ == "pobj" and token.head.lower_ in REFERENCE_PREPS:
        return True
    if token.dep_ == "pobj" and token.head.lower_ == "to" and lemma(token.head.head) in _LINKED:
        return True  # "men believed to be linked to the recent attacks"
    if token.dep_ == "pobj" and token.head.lower_ == "with" and lemma(token.head.head) in _TIES:
        return True  # "arrested in connection with the bombings"
    if token.pos_ == "NOUN" and token.dep_ == "dobj" and lemma(token.head) in _LOOKING_INTO:
        return True  # "a commission investigating the clashes"
    after = token.dep_ == "pobj" and token.head.lower_ in {"of", "to"}
    if after and lemma(token.head.head) in _AFTER_NOUNS:
        return True  # "a security sweep in the wake of an attack", "in response to"
    return _ongoing_description(token) or alleged(token)


def alleged(token: Token) -> bool:
    """What someone is suspected, accused or charged of ("shot two men suspected of
    raping a girl", "beaten by police who accused him of killing an officer"): a deed
    alleged, not one this sentence tells, so its victims are not the event's."""
    prep = token.head
    told_of = token.dep_ in {"pobj", "pcomp"} and prep.lower_ in {"of", "for", "with"}
    return told_of and lemma(prep.head) in ALLEGING


def _ongoing_description(token: Token) -> bool:
    """ "troops deployed to hunt militants who have been attacking villages": a relative
    clause in the perfect progressive tells what a group has kept doing, who they are,
    not an incident of its own."""
    if token.dep_ != "relcl" or token.tag_ != "VBG":
        return False
    auxes = {c.lower_ for c in token.children if c.dep_ == "aux"}
    return "been" in auxes and bool(auxes & {"have", "has", "had"})


ALLEGING = words("suspect accuse charge")
# A misfired bomb's blast and its makers' deaths are no attack of their own (`misfires`).
_MISFIRED = words("bomb grenade kill")
_EVADED = words("resist evade escape avoid dodge flee")
# Ships and vehicles taken are no territory (hijacked craft, their crews abducted).
_CRAFT = words("vessel ship boat tanker dhow yacht trawler vehicle bus truck lorry plane")
_AFTER_NOUNS = words("wake aftermath response reaction")
_TIES = words("connection connexion link links")
# Verbs whose object is an event looked into or spoken of, not one told.
_LOOKING_INTO = words("investigate probe examine discuss debate recall commemorate remember")
_LINKED = words("link linked relate related connect connected attach attached tie tied")


def refine_kind(trig: Trigger) -> str | None:
    """Check a trigger against its object: "seized the town" vs "seized weapons"."""
    token = trig.token
    if trig.kind == "territory" and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in token.children
    ):
        return None  # "trying to retake the town": the town has not changed hands
    if trig.kind == "territory" and trig.rule.startswith("lemma"):
        objects = [c for c in token.children if c.dep_ in {"dobj", "nsubjpass"}]
        if any(lemma(w) in WEAPON_NOUNS for o in objects for w in (o, *_modifiers(o))):
            return "weapons"
        if any(_named_ground(token, o) for o in objects):
            return trig.kind
        if any(lemma(o) in _PERSONS or _full_name(o) for o in objects):
            return _taken_by(token)
        if not any(_is_ground(o) for o in objects):
            return None
    disrupted = token.dep_ in {"dobj", "nsubjpass"} and token.head.lemma_ in DISRUPT_LEMMAS
    # a headline's passive without "was": "bomb found in a matatu"
    disrupted = disrupted or (
        token.dep_ == "nsubj"
        and token.head.lemma_ in DISRUPT_LEMMAS
        and token.head.tag_ in {"VBD", "VBN"}
        and not any(c.dep_ == "dobj" for c in token.head.children)
    )
    if trig.kind in {"bomb", "grenade"} and (disrupted or _carried(token) or _unplaced(token)):
        return None  # "defused a bomb", "two IEDs were found": the bombs never went off
    if trig.kind in _MISFIRED and misfired(text_of(token.doc)):
        return None  # a bomb that went off in its makers' hands or failed to (`misfires`)
    if lemma(token) in {"hit", "target"} and trig.kind == "strike":  # not "hit the streets"
        return _weapon_kind(token)
    if trig.kind == "strike" and token.pos_ == "NOUN" and _labour_strike(token):
        return "protest"  # "a hunger strike", "workers staged a strike"
    if trig.kind == "bomb" and _INCENDIARY.search(token.sent.text):
        return "attack"  # a petrol bomb is thrown by hand: an attack, not a remote explosive
    if trig.kind == "strike" and token.pos_ == "VERB" and not AERIAL.search(token.sent.text):
        if SUICIDE.search(token.sent.text):
            return "bomb"  # "a suicide bomber struck"
        if _strikers_stop_work(token):
            return "protest"  # "municipal workers have been striking for a week"
        # "bandits struck a village at night": raiders' strike is their attack
        raiders = any(c.dep_ == "nsubj" and lemma(c) in _RAIDERS for c in token.children)
        return "attack" if raiders else None
    if trig.kind == "arrest" and token.dep_ == "dobj" and lemma(token.head) in _EVADED:
        return None  # "shot when they resisted arrest": no one was arrested
    if trig.kind == "abduct" and token.dep_ == "xcomp" and lemma(token.head) in _ATTEMPTS:
        return "attack"  # "attacked and tried to kidnap a nun": an attack (ACLED)
    if lemma(token) == "hijack" and _attack_joined(token):
        return "attack"  # "attacked the village and hijacked a lorry": one attack
    if trig.kind == "riot" and _armed_subject(token):
        return "attack"  # "assailants hurled petrol bombs at a bus": no crowd, an attack
    if lemma(token) in _BLOCK_VERBS and _state_subject(token):
        return None  # "police blocked the road": a cordon, not a crowd's road-block
    if lemma(token) in _TAKE_OUT_VERBS and not _takes_out_fighters(token):
        return None  # "eliminated 14 militants", not "eliminated from the tournament"
    if lemma(token) in _HARM_VERBS and trig.kind != "kill":  # "beaten to death" killed
        return "attack" if _harms_a_person(token) else None
    if trig.kind == "loot" and _burns_a_person(token):
        return "attack"  # "suspects set on fire by a mob": people burnt, not property
    if lemma(token) == "pound" and not (
        SHELLING.search(token.sent.text) or AERIAL.search(token.sent.text)
    ):
        return None  # "police pounded the door": only weapons pound a town
    return trig.kind


# Verbs of catching someone: what they were caught "with" they carried, never set off.
_CAUGHT = words("arrest catch nab detain apprehend intercept find")


def _carried(token: Token) -> bool:
    """ "Two suspects arrested with explosive devices": bombs carried, none went off."""
    prep = token.head
    return token.dep_ == "pobj" and prep.lower_ == "with" and lemma(prep.head) in _CAUGHT


# Verbs of putting a bomb in place, and of trying to.
_PLANTING = words("plant place lay bury")
_ATTEMPTS_TO = words("attempt try")


def _unplaced(token: Token) -> bool:
    """ "Men were planting an explosive device", "attempted to plant a bomb": caught or
    interrupted in the laying, no blast is told (one that went off is told by its own
    verb, "the device detonated")."""
    verb = token.head
    if token.dep_ != "dobj" or lemma(verb) not in _PLANTING:
        return False
    return verb.tag_ == "VBG" or (verb.dep_ == "xcomp" and lemma(verb.head) in _ATTEMPTS_TO)


def _modifiers(token: Token) -> list[Token]:
    """ "explosive equipment", "bomb-making materials": what kind of thing it is."""
    return [c for c in token.children if c.dep_ in {"amod", "compound"}]


_BLOCK_VERBS = words("block barricade")
_RAIDERS = NON_STATE_NOUNS | words("rustler robber thug")
_ATTEMPTS = words("try attempt")
_STATE_DOERS = words("police policeman officer army troop soldier military authority force")


def _state_subject(token: Token) -> bool:
    return any(c.dep_ == "nsubj" and lemma(c) in _STATE_DOERS for c in token.children)


def _attack_joined(token: Token) -> bool:
    """A hijacking joined to an attack: a verb's conjunct ("attacked the village and
    hijacked a lorry"), or a headline's noun the parser hung on the attack's objects
    ("raiders attack farm and hijack lorries")."""
    if token.dep_ == "conj":
        return lemma(token.head) == "attack"
    root = token.sent.root
    return token.dep_ == "compound" and lemma(root) == "attack" and root.pos_ == "VERB"


def _taken_by(token: Token) -> str:
    """People seized or captured: arrested when state forces took them or they are
    suspects ("police seized two suspects"), else abducted ("aid workers were seized
    by gunmen", "three traders were seized at night": ACLED's abduction, by anyone but
    state agents arresting)."""
    doers, targets = arguments(token)
    state = any(lemma(w) in _STATE_TAKERS for d in doers for w in (d, *_modifiers(d)))
    return "arrest" if state or any(lemma(t) in _SUSPECTS for t in targets) else "abduct"


_SUSPECTS = words("suspect thief robber criminal")
# The forces that arrest: "security personnel", "detectives", "border guards".
_STATE_TAKERS = _STATE_DOERS | words("personnel security detective guard agent gendarme")


def _armed_subject(token: Token) -> bool:
    return any(c.dep_ == "nsubj" and lemma(c) in NON_STATE_NOUNS for c in token.children)


# A strike that is a stoppage of work: its modifiers, the verbs it goes with, its strikers.
_LABOUR_MODS = words(
    "hunger general indefinite labour labor token day-long transport sit-down nationwide ongoing"
    " countrywide statewide citywide shutter-down pen-down wheel-jam"
)
_LABOUR_VERBS = words(
    "stage call begin start continue observe go end hold join declare enforce impose"
)
_STRIKERS = words(
    "worker employee union teacher doctor nurse staff driver trader student lecturer"
    " transporter farmer miner"
)
# A dispute over work: with no aircraft, shells or guns named, its strikes are stoppages.
_WAGE_TALK = flag(r"industrial action|\bpay\b|pensions?\b|wages?\b|salar(?:y|ies)\b|employers?\b")
_INCENDIARY = flag(r"petrol bombs?|molotov|fire ?bombs?|cocktails?\b|incendiary")


def _strikers_stop_work(token: Token) -> bool:
    """Workers striking with nothing struck: a stoppage of work, not a blow."""
    if any(c.dep_ in {"dobj", "nsubjpass", "agent"} for c in token.children):
        return False
    # "nurses began to strike": the subject of the verb it completes strikes
    verbs = (token, token.head) if token.dep_ == "xcomp" else (token,)
    return any(c.dep_ == "nsubj" and lemma(c) in _STRIKERS for v in verbs for c in v.children)


def _labour_strike(token: Token) -> bool:
    if AERIAL.search(token.sent.text) or SHELLING.search(token.sent.text):
        return False
    if any(lemma(c) in _LABOUR_MODS for c in token.children if c.dep_ in {"amod", "compound"}):
        return True
    if _WAGE_TALK.search(token.sent.text):  # "strikes in a dispute over pensions"
        return True
    head = token.head
    if lemma(head) in _LABOUR_VERBS or head.lower_ == "on":  # "went on strike"
        return True
    if head.lower_ == "for" and lemma(head.head) in _LABOUR_VERBS:  # "called for strike"
        return True
    verb = head if head.pos_ == "VERB" else head.head
    if any(c.dep_ == "nsubj" and lemma(c) in _STRIKERS for c in verb.children):
        return True
    # "workers stage a protest as part of an ongoing strike": with no weapon named, a
    # strike in a sentence about workers is their stoppage; not one that hit or killed
    # something, nor workers who only report ("doctors said the strike hit a ward")
    if token.dep_ == "nsubj" and lemma(token.head) in _STRIKE_DEEDS:
        return False
    return any(
        lemma(t) in _STRIKERS and not (t.dep_ == "nsubj" and lemma(t.head) in _REPORTING)
        for t in token.sent
        if t.pos_ == "NOUN"
    )


_STRIKE_DEEDS = words("hit kill destroy damage target flatten level wound injure leave")
_REPORTING = words("say tell report confirm describe add state recount")


# Weapons that "hit" or "target" something: the hit is a strike or a shelling.
AERIAL_NOUNS = words("drone warplane jet aircraft helicopter gunship plane bomber airstrike")
SHELL_NOUNS = words("missile rocket shell mortar artillery howitzer projectile")


# Explosives a vehicle or a patrol "hit" or was "hit by": a landmine or an IED (ACLED).
EXPLOSIVE_NOUNS = words("mine landmine ied bomb explosive device")
# Verbs that harm only when a person is harmed ("beat a teacher", not "beat the rivals 2-0").
_HARM_VERBS = words("beat torture whip flog thrash slash")
_PEOPLE = CIVILIAN_NOUNS | ARMED_NOUNS | words("youth secretary colleague aide neighbour neighbor")
# People only: the places and vehicles among those nouns are property when burnt.
_PERSONS = (
    (_PEOPLE | words("suspect thief robber"))
    - PLACE_NOUNS
    - words(
        "village market school church mosque hospital home house camp bus wedding funeral"
        " checkpoint base convoy position stronghold barracks outpost prison jail station post"
        " hideout patrol security military armed family"
    )
)


# Military euphemisms for killing, said only of fighters or their units.
_TAKE_OUT_VERBS = words("eliminate")
_UNITS = words("unit cell group squad column cadre member leader terrorist extremist")


def _takes_out_fighters(token: Token) -> bool:
    """Whether what was eliminated is fighters or an armed unit ("a unit of rebel
    fighters", "14 militants"), not poverty, a rival team or a threat."""
    objects = [c for c in token.children if c.dep_ in {"dobj", "nsubjpass"}]
    objects += [p for o in objects for c in o.children if c.dep_ == "prep" for p in c.children]
    return any(lemma(o) in ARMED_NOUNS | _UNITS for o in objects)


def _burns_a_person(token: Token) -> bool:
    """Someone, not something, set alight or burnt: its object names a person."""
    objects = [c for c in token.children if c.dep_ in {"dobj", "nsubjpass"}]
    return any(lemma(o) in _PERSONS or o.ent_type_ == "PERSON" for o in objects)


def _harms_a_person(token: Token) -> bool:
    # "beat and kicked two journalists": the object the verbs share hangs on the last
    verbs = [token, *(c for c in token.children if c.dep_ == "conj" and c.pos_ == "VERB")]
    objects = [c for v in verbs for c in v.children if c.dep_ in {"dobj", "nsubjpass"}]
    if not objects and token.dep_ == "conj" and token.head.pos_ == "VERB":
        # "reporters were jostled, beaten and hurt": the passive's subject is shared
        objects = [c for c in token.head.children if c.dep_ == "nsubjpass"]
    if not objects and any(c.dep_ == "auxpass" for c in token.children):
        # "died after being tortured by the police": the clause's subject suffered it
        objects = [c for c in token.head.head.children if c.dep_ in {"nsubj", "nsubjpass"}]
        objects += [c for c in token.head.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if any(lemma(o) in _HARMED or o.ent_type_ == "PERSON" for o in objects):
        return True
    return any(o.lower_ in _PERSONAL for o in objects) and _assault(token)


# A person named by a pronoun: "beat him up", "tortured them".
_PERSONAL = words("him her them me us")
# Verbs that also tell a win ("beat them 2-0", "thrashed us"), not a harm.
_WIN_VERBS = words("beat thrash")


def _assault(token: Token) -> bool:
    """A pronoun's harm is an assault: the verb has no winning sense ("tortured him"),
    or it is beating up ("beat him up") or with something ("beat them with sticks")."""
    if lemma(token) not in _WIN_VERBS:
        return True
    if token.dep_ == "conj" and lemma(token.head) in _SEIZING:
        return True  # "grabbed the clerk and beat him": no contest is won by a seizure
    return any(
        (c.dep_ == "prt" and c.lower_ == "up") or (c.dep_ == "prep" and c.lower_ == "with")
        for c in token.children
    )


# Verbs of laying hands on someone: a beating after one is an assault.
_SEIZING = words("catch grab seize drag nab stop abduct kidnap tie")


# Who a beating or torture harms: people, and the members, workers or supporters of a
# group (not a count: "slashed hundreds of jobs").
_HARMED = _PEOPLE | (PEOPLE_NOUNS - words("thousand hundred dozen score"))


def _weapon_kind(token: Token) -> str | None:
    """ "Drones hit the port" is a strike, "rockets hit the camp" a shelling, "the
    convoy hit a landmine" or "was hit by an explosive device" a remote explosive,
    "gunmen targeted a bus" an attack; a policy that targets traders is none of them."""
    if token.pos_ != "VERB":
        return None
    subjects = {lemma(c) for c in token.children if c.dep_ == "nsubj"}
    if subjects & SHELL_NOUNS:
        return "shell"
    if subjects & AERIAL_NOUNS:
        return "strike"
    if subjects & EXPLOSIVE_NOUNS:
        return "bomb"  # "an IED targeted a convoy"
    hit = [c for c in token.children if c.dep_ == "dobj"]
    hit += [o for a in token.children if a.dep_ == "agent" for o in a.children]
    if any(lemma(o) in EXPLOSIVE_NOUNS for o in hit):
        return "bomb"
    # "was hit on the shoulder by a constable", "were targeted by mobs": people who
    # use force struck at someone, an attack; "traders hit by the new tax" are not
    doers, _ = arguments(token)
    return "attack" if any(lemma(d) in _FORCE_USERS for d in doers) else None


# Who "hits" or "targets" someone in an attack: the armed, the police, crowds and mobs.
_FORCE_USERS = ARMED_NOUNS | CROWD_NOUNS | MOB_NOUNS


# Verbs of taking that only ever take ground, never a person: their named object is a
# place whatever the name tagger took it for, a person's or a company's ("overran
# Tarvos in Brenna County").
_GROUND_VERBS = words("overrun overran overtake overtook retake retook recapture liberate")


def _full_name(token: Token) -> bool:
    """A person's name in full ("seized Jane Doe"): the small model also tags many a
    one-word town a person, and a town seized is ground ("rebels seized Tarvos")."""
    return token.ent_type_ == "PERSON" and any(
        w.ent_type_ == "PERSON" and w.i != token.i and w.dep_ in {"compound", "flat"}
        for w in token.children
    )


def _named_ground(verb: Token, obj: Token) -> bool:
    return lemma(verb) in _GROUND_VERBS and obj.pos_ == "PROPN" and obj.ent_type_ != "NORP"


def _is_ground(token: Token) -> bool:
    """A place that can change hands: "the vessel FV Golden Wave" is no ground."""
    craft = any(lemma(w) in _CRAFT for w in (token, *token.children) if w.dep_ != "prep")
    return not craft and _is_place(token)


def _is_place(token: Token) -> bool:
    return (
        token.ent_type_ in {"GPE", "LOC", "FAC"}
        or lemma(token) in PLACE_NOUNS
        or (token.pos_ == "PROPN" and token.ent_type_ not in {"ORG", "PERSON", "NORP"})
    )


def arguments(anchor: Token) -> tuple[list[Token], list[Token]]:
    """Head tokens of the doer and the done-to phrases of a trigger."""
    doer = noun_read_verb(anchor)
    if doer is not None:  # "Local police attack fisherman": a headline's verb
        return [doer], verb_objects(anchor)
    doers: list[Token] = []
    targets: list[Token] = []
    for child in anchor.children:
        _argument(child, doers, targets)
    agent = any(c.dep_ == "agent" or _by_doer(anchor, c) for c in anchor.children)
    subjects = [c for c in anchor.children if c.dep_ == "nsubj"]
    if agent and subjects and not targets:
        # a headline's passive without "was": "Officer shot dead by gunmen"
        doers = [d for d in doers if d not in subjects]
        targets.extend(subjects)
    passive = any(c.dep_ == "nsubjpass" for c in anchor.children)
    if not doers and not passive and anchor.dep_ in {"advcl", "xcomp", "conj", "acl", "pcomp"}:
        # "gunmen stormed the village and killed two": the verbs share their doer; not
        # a passive with its own subject ("clashes erupted and one man was killed"); a
        # chain of verbs shares the first one's ("caught him, beat him and burnt him")
        doers.extend(c for c in _chain_head(anchor).children if c.dep_ == "nsubj")
    if not doers and anchor.dep_ == "relcl":
        doers.append(anchor.head)
    if anchor.dep_ in {"nsubj", "nsubjpass"} and anchor.pos_ == "NOUN":
        targets.extend(c for c in anchor.head.children if c.dep_ == "dobj")
    shared = [o for v in anchor.conjuncts for o in v.children if o.dep_ == "dobj"]
    if anchor.dep_ == "acl" and not doers and (targets or shared):
        # "A band of herders assaulted and wounded three rangers" parsed as a participle
        # on "band": a verb with an object of its own is active, the noun its doer
        doers.append(anchor.head)
        targets.extend(o for o in shared if o not in targets)
    elif anchor.dep_ == "acl" and anchor.tag_ == "VBN" and not targets:
        targets.append(anchor.head)  # headline style: "Police officer shot dead by gunmen"
    if anchor.dep_ == "pobj" and anchor.head.lower_ in _DURING and not targets:
        # "four officers were injured in an attack by militants": the hurt were its target
        targets.extend(c for c in anchor.head.head.children if c.dep_ == "nsubjpass")
    if anchor.dep_ in {"dobj", "nsubjpass"} and lemma(anchor.head) in _BLAMING:
        # "blamed the attack on a militia": the one blamed did it
        blamed = [
            o
            for p in (*anchor.children, *anchor.head.children)
            if p.dep_ == "prep" and p.lower_ in {"on", "to"}
            for o in p.children
            if o.dep_ == "pobj"
        ]
        targets = [t for t in targets if t not in blamed]
        doers.extend(b for b in blamed if b not in doers)
    if not targets and not passive:
        targets.extend(shared_objects(anchor))  # "ambushed and torched the lorries"
    if lemma(anchor) in _FINDING:
        # "the body was found by villagers": who found the dead did not kill them
        doers = []
    return doers, targets


_FINDING = words("find discover")


def _chain_head(verb: Token) -> Token:
    """The verb a chain of coordinated verbs hangs on, up to the first with a subject of
    its own: "set" in "caught him, beat him and set him ablaze" hangs on "beat", which
    hangs on "caught"."""
    head = verb.head
    while head.dep_ == "conj" and not any(c.dep_ in _SUBJECTS for c in head.children):
        head = head.head
    return head


_SUBJECTS = words("nsubj nsubjpass")


_BLAMING = words("blame pin attribute")


_DURING = words("in during")


def _by_doer(anchor: Token, child: Token) -> bool:
    """ "Reservist shot dead by a militia member" parsed with "by" as a plain preposition:
    the agent of a headline's passive all the same (but "killed by the roadside")."""
    if child.dep_ != "prep" or child.lower_ != "by" or anchor.tag_ not in {"VBD", "VBN"}:
        return False
    return any(c.dep_ == "pobj" and not _is_place(c) for c in child.children)


def _argument(child: Token, doers: list[Token], targets: list[Token]) -> None:
    dep, word = child.dep_, child.lower_
    objects = [c for c in child.children if c.dep_ == "pobj"]
    if dep == "nsubj" or (dep in {"agent", "prep"} and word == "by"):
        doers.extend(objects if dep != "nsubj" else [child])
    elif dep in {"dobj", "nsubjpass"}:
        targets.append(child)
    elif dep == "prep" and word == "between" and objects:
        doers.append(objects[0])
        targets.extend(c for c in objects[0].children if c.dep_ == "conj")
    elif dep == "prep" and word in {"with", "against", "on", "upon", "from", "to"}:
        target_list = doers if word == "to" else targets  # "fell to X": X took it
        target_list.extend(objects)
