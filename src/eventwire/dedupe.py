"""Duplicate and language gate before any analysis, and the sources duplicates add.

Wire copy arrives many times: verbatim, with a new headline, trimmed to fit, with a
paragraph added, wrapped in another outlet's boilerplate, or updated later in the day.
`dedupe_stage` marks every such copy `duplicate_of` the first document of its cluster,
and later stages skip it (skipped="duplicate"), so one story is coded once.

- Exact copies: the same whitespace-normalised text (content hash), in O(1).
- Near copies: MinHash signatures of the body's word shingles (lower-cased words, so
  punctuation, case and line breaks do not matter) in an LSH index that lives for the
  whole run (a `Context` resource, so it spans batches). Finding candidates is
  sub-quadratic; a candidate counts when its estimated Jaccard similarity reaches
  `near_duplicate_threshold` (0.3 of shingles shared: unrelated articles share almost
  none). A changed headline or a few edited words change a handful of shingles; an
  added paragraph, a trimmed ending or another outlet's boilerplate lowers the
  similarity only by their share of the text.

Documents in a language that is not coded are kept, marked and counted as skipped.

A duplicate's outlet still reports the events of its original: the `sources` stage,
run after `fuse`, adds each duplicate's id (and its site) to the events of an original
in the same batch. A duplicate of an original emitted in an earlier batch (or an
earlier run) keeps its `duplicate_of` link, and the store adds it to the sources of the
original's stored events when it is ingested (`eventwire.store`).
"""

from __future__ import annotations

import dataclasses
import re
import zlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from eventwire.pipeline import Context, stage
from eventwire.records import Analysis, Document, Event, content_hash
from eventwire.settings import Settings

__all__ = ["NearDuplicates", "dedupe_stage", "shingles", "sources_stage"]

_WORDS = re.compile(r"[^\W_]+")
# A text with fewer shingles than this is too short for a near-duplicate to be told from
# a shared phrase; only exact copies of it are found.
_MIN_SHINGLES = 8
_RESOURCE = "near-duplicates"
_LSH_REACH = 2 / 3


def shingles(text: str, size: int) -> Any:
    """Hashes of the text's lower-cased word `size`-grams (a sorted numpy array of
    distinct 32-bit values): each word is hashed once (CRC-32) and a window's hash
    combines its words' in order, in numpy. With the permutations applied in numpy too
    (`NearDuplicates.signature`), a page of news costs a third less than hashing each
    joined window in Python."""
    import numpy as np

    words = _WORDS.findall(text.lower())
    if not words:
        return np.empty(0, dtype=np.uint32)
    hashes = np.fromiter(map(zlib.crc32, map(str.encode, words)), np.uint64, len(words))
    windows = max(1, len(words) - size + 1)
    combined = np.zeros(windows, dtype=np.uint64)
    for offset in range(min(size, len(words))):  # a polynomial over the window, mod 2**64
        combined = combined * _MULTIPLIER + hashes[offset : offset + windows]
    return np.unique((_mix(combined) >> np.uint64(32)).astype(np.uint32))


_MULTIPLIER = 0x100000001B3  # the 64-bit FNV prime


def _mix(values: Any) -> Any:
    """MurmurHash3's 64-bit finaliser: every input bit moves every output bit (the
    polynomial alone leaves the high bits to the last words)."""
    import numpy as np

    values = values ^ (values >> np.uint64(33))
    values = values * np.uint64(0xFF51AFD7ED558CCD)
    values = values ^ (values >> np.uint64(33))
    values = values * np.uint64(0xC4CEB9FE1A85EC53)
    return values ^ (values >> np.uint64(33))


@dataclass(slots=True)
class NearDuplicates:
    """The run's MinHash LSH index of documents, and each document's cluster root."""

    threshold: float
    perms: int
    shingle_words: int
    roots: dict[str, str] = field(default_factory=dict)  # doc id -> first of its cluster
    pending: dict[str, list[Document]] = field(default_factory=dict)  # root -> its copies
    _signatures: dict[str, Any] = field(default_factory=dict)  # doc id -> MinHash values
    _rank: dict[str, int] = field(default_factory=dict)  # doc id -> order of indexing
    _lsh: Any = None
    _template: Any = None

    @classmethod
    def from_settings(cls, settings: Settings) -> NearDuplicates:
        return cls(
            settings.near_duplicate_threshold, settings.minhash_perms, settings.shingle_words
        )

    def __post_init__(self) -> None:
        from datasketch import MinHash, MinHashLSH  # imported on first use: numpy-heavy

        # The index looks wider than the threshold (a pair just above it is then found
        # with near certainty, not 3 times in 4); each candidate is then checked.
        self._lsh = MinHashLSH(threshold=self.threshold * _LSH_REACH, num_perm=self.perms)
        self._template = MinHash(self.perms, seed=1, scheme="affine32")

    def signature(self, text: str) -> Any | None:
        """The MinHash of the text's shingles; None when it has too few to compare."""
        from datasketch import MinHash

        grams = shingles(text, self.shingle_words)
        if len(grams) < _MIN_SHINGLES:
            return None
        template = self._template
        # The template's permutations applied to every shingle at once (what
        # `MinHash.update_batch` does after hashing each value in Python).
        first, second = template.permutations
        values = (grams[:, None] * first + second).min(axis=0)
        return MinHash(hashvalues=values, permutations=template.permutations, scheme="affine32")

    def add(self, doc_id: str, text: str) -> str | None:
        """Index a document; return the first document of its cluster if it is a copy."""
        if doc_id in self.roots:  # the same id again: its first reading stands
            known = self.roots[doc_id]
            return known if known != doc_id else None
        sig = self.signature(text)
        if sig is None:
            self.roots[doc_id] = doc_id
            return None
        root = self._first_match(sig)
        self.roots[doc_id] = root or doc_id
        self._rank[doc_id] = len(self._rank)
        self._signatures[doc_id] = sig.hashvalues
        self._lsh.insert(doc_id, sig)
        return root

    def _first_match(self, sig: Any) -> str | None:
        """The oldest cluster root among the LSH candidates whose estimated Jaccard
        similarity to `sig` reaches the threshold (the oldest, so that a document like
        two clusters joins the one that began first, as its copies arrive in order)."""
        import numpy as np

        roots = {
            self.roots[key]
            for key in self._lsh.query(sig)
            if float(np.mean(self._signatures[key] == sig.hashvalues)) >= self.threshold
        }
        return min(roots, key=self._rank.__getitem__) if roots else None


@stage("dedupe", assigns=("skipped",))
def dedupe_stage(batch: Sequence[Analysis], ctx: Context) -> list[Analysis]:
    """Mark exact and near duplicates and uncoded languages; all are skipped downstream."""
    coded = ctx.settings.language_set
    index = ctx.resource(_RESOURCE, lambda: NearDuplicates.from_settings(ctx.settings))
    in_batch = {a.document.id for a in batch}
    index.pending.clear()  # copies of documents of an earlier, finished batch
    out = []
    for analysis in batch:
        doc = analysis.document
        first = _first_of(doc, ctx, index)
        if first is not None:
            doc = dataclasses.replace(doc, duplicate_of=first)
            if first in in_batch:
                index.pending.setdefault(first, []).append(doc)
            out.append(dataclasses.replace(analysis, document=doc, skipped="duplicate"))
        elif doc.language and doc.language not in coded and doc.language != "und":
            out.append(dataclasses.replace(analysis, skipped=f"language:{doc.language}"))
        else:
            out.append(analysis)
    return out


def _first_of(doc: Document, ctx: Context, index: NearDuplicates) -> str | None:
    """The first document `doc` copies (exactly, then nearly), or None if it is new."""
    exact = ctx.seen_hashes.setdefault(doc.content_hash or content_hash(doc.text), doc.id)
    if exact != doc.id:
        return index.roots.get(exact, exact)
    return index.add(doc.id, doc.text)


@stage("sources", assigns=("events",))
def sources_stage(batch: Sequence[Analysis], ctx: Context) -> list[Analysis]:
    """Add the duplicates of each document (ids and sites) to the sources of its events."""
    index = ctx.resource(_RESOURCE, lambda: NearDuplicates.from_settings(ctx.settings))
    if not index.pending:
        return list(batch)
    out = []
    for analysis in batch:
        copies = index.pending.pop(analysis.document.id, [])
        if copies and analysis.events:
            events = tuple(_with_copies(event, copies) for event in analysis.events)
            analysis = dataclasses.replace(analysis, events=events)
        out.append(analysis)
    return out


def _with_copies(event: Event, copies: Sequence[Document]) -> Event:
    doc_ids = tuple(dict.fromkeys((*event.doc_ids, *(d.id for d in copies))))
    sites = [s for s in event.source.split("; ") if s]
    sites += [d.site for d in copies if d.site]
    return dataclasses.replace(event, doc_ids=doc_ids, source="; ".join(dict.fromkeys(sites)))
