"""A headline's present-tense deed verb, parsed as its past tense is.

Headlines and coders' notes tell a deed in the present tense with a plural doer:
"Traders storm market and loot shops", "Youths stone thief to death". The small English
model often reads the bare verb as a noun ("storm" a compound on "market") or its
object as an adjective, while the same line in the past tense ("Traders stormed
market and looted shops") parses as it should. `reparsed` gives such a line the parse
of its past-tense twin: the words stay as written, each swapped verb tagged as a
present-tense verb with its own lemma, and every other annotation (heads, dependencies,
entities) is the twin's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Token

__all__ = ["past_twin", "reparsed"]

# Deeds a headline writes as bare verbs whose base form is also a noun or an adjective,
# with their past tense.
_PAST = {
    "attack": "attacked",
    "raid": "raided",
    "storm": "stormed",
    "stone": "stoned",
    "torch": "torched",
    "loot": "looted",
    "pelt": "pelted",
    "lynch": "lynched",
    "kill": "killed",
    "burn": "burned",
    "block": "blocked",
    "abduct": "abducted",
    "kidnap": "kidnapped",
    "ambush": "ambushed",
    "assault": "assaulted",
    "invade": "invaded",
    "hack": "hacked",
    "stab": "stabbed",
    "raze": "razed",
    "beat": "beat",
}
_PLURALS = frozenset({"NNS", "NNPS"})
# What may stand before the plural doer in its noun phrase: "Armed local youths".
_MODIFIERS = frozenset({"JJ", "NNP", "NN", "CD", "HYPH", "VBN"})
_JOINS = frozenset({"and", ","})
_SPAN = 4  # a joined verb this many words after the previous deed at most


def past_twin(doc: Doc) -> list[str] | None:
    """The words of the line with its headline deeds in the past tense, or None when it
    has none: "Youths torch car" -> ["Youths", "torched", "car"]. A deed is a bare
    base form right after a plural noun phrase that opens the line ("Angry traders
    storm ..."), and the deeds joined to it by "and" or a comma ("storm market and loot
    shops"); None too when the tagger read every one of them as a verb."""
    first = _first_deed(doc)
    if first is None:
        return None
    deeds = [first]
    for t in doc[first + 1 :]:
        if t.i - deeds[-1] > _SPAN:
            break
        if t.lower_ in _PAST and t.text == t.lower_ and doc[t.i - 1].lower_ in _JOINS:
            deeds.append(t.i)
    if all(doc[i].tag_.startswith("VB") for i in deeds):
        return None  # the tagger read every deed as a verb: its parse stands
    out = [t.text for t in doc]
    for i in deeds:
        out[i] = _PAST[doc[i].lower_]
    return out


def _first_deed(doc: Doc) -> int | None:
    """Where the opening plural noun phrase's misread deed verb stands, or None."""
    for t in doc:
        if t.tag_ in _PLURALS:
            return _deed_after(doc, t)
        if t.tag_ not in _MODIFIERS:
            return None
    return None


def _deed_after(doc: Doc, doer: Token) -> int | None:
    if doer.i + 1 >= len(doc):
        return None
    deed = doc[doer.i + 1]
    if deed.lower_ not in _PAST or deed.text != deed.lower_:
        return None
    return deed.i


def reparsed(doc: Doc, nlp: Language) -> Doc:
    """The doc, or when it opens with a headline deed the tagger took for no verb (see
    `past_twin`), a doc of the same words bearing the past-tense twin's parse."""
    words = past_twin(doc)
    if words is None:
        return doc
    text = "".join(w + t.whitespace_ for w, t in zip(words, doc, strict=True))
    twin = nlp(text)
    if len(twin) != len(doc):
        return doc
    return _moved(doc, twin, words)


def _moved(doc: Doc, twin: Doc, words: list[str]) -> Doc:
    """The doc's words with the twin's annotations; a swapped word keeps its own lemma
    and is tagged a present-tense verb."""
    from spacy.tokens import Doc as SpacyDoc

    swapped = [w != t.text for w, t in zip(words, doc, strict=True)]
    return SpacyDoc(
        doc.vocab,
        words=[t.text for t in doc],
        spaces=[bool(t.whitespace_) for t in doc],
        tags=["VBP" if s else t.tag_ for s, t in zip(swapped, twin, strict=True)],
        pos=[t.pos_ for t in twin],
        morphs=[
            "Tense=Pres|VerbForm=Fin" if s else str(t.morph)
            for s, t in zip(swapped, twin, strict=True)
        ],
        lemmas=[d.lower_ if s else t.lemma_ for s, d, t in zip(swapped, doc, twin, strict=True)],
        heads=[t.head.i for t in twin],
        deps=[t.dep_ for t in twin],
        sent_starts=[bool(t.is_sent_start) for t in twin],
        ents=[_iob(t) for t in twin],
    )


def _iob(token: Token) -> str:
    return f"{token.ent_iob_}-{token.ent_type_}" if token.ent_type_ else "O"
