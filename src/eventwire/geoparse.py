"""`eventwire geoparse`: the stages that find and resolve places, and nothing else.

Event extraction parses only sentences that may hold an event, with spaCy's whole
pipeline. Geoparsing needs the named-entity recogniser alone, but in every sentence
that names a possible place: `geo_ner` runs spaCy's NER component (it has its own
token-to-vector layer, so the tagger, parser and lemmatiser are switched off) on the
sentences where a capitalised name matches the gazetteer. Sentences without one
cannot hold a toponym the geo stage would keep, so they are never parsed.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator, Sequence
from typing import Any

from eventwire import nlp
from eventwire.geo import gazetteer
from eventwire.pipeline import Context, stage
from eventwire.records import Analysis, Mention, Sentence
from eventwire.toponyms import candidate_names

__all__ = ["GEOPARSE_STAGES", "geo_ner_stage"]

GEOPARSE_STAGES = ("dedupe", "sentences", "geo_ner", "geo")


@stage("geo_ner", requires=("sentences",), assigns=("mentions",))
def geo_ner_stage(batch: Sequence[Analysis], ctx: Context) -> list[Analysis]:
    """Named entities of the sentences that may name a place (NER component only)."""
    gaz = gazetteer(ctx)
    model = nlp.model(ctx)
    limit = ctx.settings.max_sentence_chars
    jobs: list[tuple[str, tuple[int, Sentence]]] = []
    for i, analysis in enumerate(batch):
        hits = candidate_names(analysis.document.text, gaz)
        jobs.extend(
            (sent.text[:limit], (i, sent))
            for sent in analysis.sentences
            if any(sent.start <= start < sent.end for start in hits)
        )
    mentions: list[list[Mention]] = [[] for _ in batch]
    with model.select_pipes(enable=["ner"]):
        for doc, (i, sent) in model.pipe(jobs, as_tuples=True, batch_size=256):
            mentions[i].extend(_mentions(doc, sent))
    return [dataclasses.replace(a, mentions=tuple(m)) for a, m in zip(batch, mentions, strict=True)]


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
