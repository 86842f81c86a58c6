"""Duplicate and language gate before any analysis.

A document whose whitespace-normalised text was already seen in this run (a wire copy
republished verbatim) is marked `duplicate_of` the first one and skipped by later
stages. Near-duplicates (edited republications) are a later, MinHash-based stage.
Documents in a language that is not coded are kept, marked and counted as skipped.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from eventwire.pipeline import Context, stage
from eventwire.records import Analysis, content_hash


@stage("dedupe", assigns=("skipped",))
def dedupe_stage(batch: Sequence[Analysis], ctx: Context) -> list[Analysis]:
    """Mark exact duplicates and uncoded languages; both are skipped downstream."""
    coded = ctx.settings.language_set
    out = []
    for analysis in batch:
        doc = analysis.document
        first = ctx.seen_hashes.setdefault(doc.content_hash or content_hash(doc.text), doc.id)
        if first != doc.id:
            doc = dataclasses.replace(doc, duplicate_of=first)
            out.append(dataclasses.replace(analysis, document=doc, skipped="duplicate"))
        elif doc.language and doc.language not in coded and doc.language != "und":
            out.append(dataclasses.replace(analysis, skipped=f"language:{doc.language}"))
        else:
            out.append(analysis)
    return out
