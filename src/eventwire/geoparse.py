"""`eventwire geoparse`: the stages that find and resolve places, and nothing else.

Event extraction parses only sentences that may hold an event, with spaCy's whole
pipeline. Geoparsing needs the named-entity recogniser alone, but in every sentence
that names a possible place: `geo_ner` runs spaCy's NER component (it has its own
token-to-vector layer, so the tagger, parser and lemmatiser are switched off) on the
sentences where a capitalised name matches the gazetteer and could stand as a place.
Sentences without one cannot hold a toponym the geo stage would keep, so they are
never parsed. Nor is a sentence whose every such name an earlier parsed sentence
already named: one sense per discourse, the labels the NER gave a name there are
given to its later mentions ("Jackson" a person throughout, "Lakeview" a place).

Unlike event extraction, geoparsing does not skip near-duplicate documents: every
document gets its own places, with offsets into its own text (`geo_gate` only sets
aside documents in a language the settings do not code).
"""

from __future__ import annotations

import dataclasses
from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence
from typing import Any

from eventwire import nlp
from eventwire.geo import gazetteer, geo_index
from eventwire.pipeline import Context, stage
from eventwire.records import Analysis, Mention, Sentence
from eventwire.toponym_grams import candidate_hits
from eventwire.toponyms import mask, occurrences

__all__ = [
    "GEOPARSE_STAGES",
    "geo_gate_stage",
    "geo_ner_stage",
    "sentences_to_parse",
    "spread_labels",
]

GEOPARSE_STAGES = ("geo_gate", "sentences", "geo_ner", "geo")


@stage("geo_gate", assigns=("skipped",))
def geo_gate_stage(batch: Sequence[Analysis], ctx: Context) -> list[Analysis]:
    """Set aside documents in a language the settings do not code; keep copies of
    earlier documents (a wire copy's places are its own, at its own offsets)."""
    coded = ctx.settings.language_set
    return [
        dataclasses.replace(a, skipped=f"language:{a.document.language}")
        if a.document.language and a.document.language not in coded
        and a.document.language != "und"
        else a
        for a in batch
    ]  # fmt: skip


@stage("geo_ner", requires=("sentences",), assigns=("mentions",))
def geo_ner_stage(batch: Sequence[Analysis], ctx: Context) -> list[Analysis]:
    """Named entities of the sentences that may name a place (NER component only)."""
    gaz = gazetteer(ctx)
    index = geo_index(ctx)
    model = nlp.model(ctx)
    limit = ctx.settings.max_sentence_chars
    jobs: list[tuple[str, tuple[int, Sentence]]] = []
    for i, analysis in enumerate(batch):
        hits = candidate_hits(analysis.document.text, gaz, index)
        jobs.extend((s.text[:limit], (i, s)) for s in sentences_to_parse(analysis, hits))
    mentions: list[list[Mention]] = [[] for _ in batch]
    parsed: list[list[Sentence]] = [[] for _ in batch]
    with model.select_pipes(enable=["ner"]):
        for doc, (i, sent) in model.pipe(jobs, as_tuples=True, batch_size=256):
            mentions[i].extend(_mentions(doc, sent))
            parsed[i].append(sent)
    return [
        dataclasses.replace(a, mentions=spread_labels(a, m, p))
        for a, m, p in zip(batch, mentions, parsed, strict=True)
    ]


def sentences_to_parse(analysis: Analysis, hits: list[tuple[int, str]]) -> list[Sentence]:
    """The sentences holding a candidate name (`hits`: sorted (start, name)) that no
    earlier chosen sentence holds."""
    starts = [start for start, _ in hits]
    seen: set[str] = set()
    chosen = []
    for sent in analysis.sentences:
        names = {
            name
            for _, name in hits[bisect_left(starts, sent.start) : bisect_left(starts, sent.end)]
        }
        if names - seen:
            chosen.append(sent)
            seen |= names
    return chosen


def spread_labels(
    analysis: Analysis, mentions: list[Mention], parsed: list[Sentence]
) -> tuple[Mention, ...]:
    """The NER's mentions, plus each mentioned name's other occurrences in sentences
    that were not parsed, with the label it had where it was first found."""
    text = analysis.document.text
    taken = mask(len(text), [(s.start, s.end) for s in parsed])
    sentences = analysis.sentences
    starts = [s.start for s in sentences]
    labels: dict[str, str] = {}
    for m in mentions:
        if len(m.text) > 2:
            labels.setdefault(m.text, m.label)
    more = []
    for name in sorted(labels, key=len, reverse=True):  # "Jackson County" before "Jackson"
        for start, end in occurrences(text, name):
            k = bisect_right(starts, start) - 1
            if k < 0 or end > sentences[k].end or any(taken[start:end]):
                continue
            more.append(Mention(start, end, name, labels[name], sentences[k].index))
            taken[start:end] = b"\x01" * (end - start)
    return tuple(sorted([*mentions, *more], key=lambda m: (m.start, m.end)))


def _mentions(doc: Any, sent: Sentence) -> Iterator[Mention]:
    for ent in doc.ents:
        if ent.label_ in nlp.NER_LABELS:
            yield Mention(
                sent.start + ent.start_char,
                sent.start + ent.end_char,
                ent.text,
                ent.label_,
                sent.index,
            )
