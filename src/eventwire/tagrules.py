"""The English model's attribute rules, found by table lookups instead of spaCy's Matcher.

The small English model ends its tagging with an `attribute_ruler`: 179 one- and
two-token patterns that map each fine tag (with exceptions for some words) to its part
of speech, morphology and a few lemmas. spaCy runs them through its general Matcher,
which tests every pattern at every token: about a tenth of the whole pipeline's time on
news. Nearly every pattern names the token's tag or its lower-case form, so the
patterns that can match a token are found by looking those two up; only the few
patterns that name neither (dependency labels, regular expressions, spaces) are tried
everywhere. `install` swaps the ruler's match step for this one and leaves the rest of
the ruler (how the matched rules are applied, in their order) as spaCy wrote it; a
pattern using anything this module does not read leaves the ruler as it was.

The matches are the Matcher's, rule for rule: `tests/test_nlp.py` compares them on
sentences that exercise every kind of pattern.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

__all__ = ["install"]

# What a pattern may test, read once per token: (tag, lower-case form, dependency, space).
_FIELDS = {"TAG": 0, "LOWER": 1, "DEP": 2, "IS_SPACE": 3}
_Values = tuple[str, str, str, bool]
_Test = Callable[[_Values], bool]


class Unsupported(Exception):
    """A pattern uses an attribute or operator this module does not read."""


def _test(field: str, spec: Any) -> _Test:
    """One token attribute's test: equal to a value, in or not in a set, or a regex."""
    if field not in _FIELDS:
        raise Unsupported(field)
    i = _FIELDS[field]
    if not isinstance(spec, dict):
        return lambda v: v[i] == spec
    if len(spec) != 1:
        raise Unsupported(str(spec))
    ((op, arg),) = spec.items()
    if op == "IN":
        allowed = frozenset(arg)
        return lambda v: v[i] in allowed
    if op == "NOT_IN":
        barred = frozenset(arg)
        return lambda v: v[i] not in barred
    if op == "REGEX":
        pattern = re.compile(arg)
        return lambda v: pattern.search(str(v[i])) is not None
    raise Unsupported(op)


def _token_test(token_spec: dict[str, Any]) -> _Test:
    if any(k.startswith("OP") for k in token_spec):
        raise Unsupported("OP")
    tests = [_test(field, spec) for field, spec in token_spec.items()]
    return lambda v: all(t(v) for t in tests)


# Distinct (tag, word, dependency, space) values whose matches are kept (a few MB).
_MEMO = 200_000
# A pattern: its rule's number, and one test per token.
_Pattern = tuple[int, tuple[_Test, ...]]


class _Index:
    """The rules' patterns filed under the tag and lower-case form, the tag, or the
    lower-case form their first token names, and those naming neither."""

    def __init__(self, rules: Sequence[dict[str, Any]]) -> None:
        self.by_pair: dict[tuple[str, str], list[_Pattern]] = {}
        self.by_tag: dict[str, list[_Pattern]] = {}
        self.by_lower: dict[str, list[_Pattern]] = {}
        self.anywhere: list[_Pattern] = []
        self._memo: dict[_Values, tuple[tuple[int, ...], tuple[_Pattern, ...]]] = {}
        for rule, entry in enumerate(rules):
            for tokens in entry["patterns"]:
                if not tokens:
                    raise Unsupported("empty pattern")
                pattern = (rule, tuple(_token_test(t) for t in tokens))
                first = tokens[0]
                tag, lower = first.get("TAG"), first.get("LOWER")
                if isinstance(tag, str) and isinstance(lower, str):
                    self.by_pair.setdefault((tag, lower), []).append(pattern)
                elif isinstance(first.get("TAG"), str):
                    self.by_tag.setdefault(first["TAG"], []).append(pattern)
                elif isinstance(first.get("LOWER"), str):
                    self.by_lower.setdefault(first["LOWER"], []).append(pattern)
                else:
                    self.anywhere.append(pattern)

    def matches(self, doc: Doc) -> list[tuple[int, int, int]]:
        """(rule, start, end) of every match, sorted as the ruler applies them."""
        values: list[_Values] = [(t.tag_, t.lower_, t.dep_, t.is_space) for t in doc]
        found: set[tuple[int, int, int]] = set()
        for start, v in enumerate(values):
            singles, longer = self._memo.get(v) or self._learn(v)
            found.update((rule, start, start + 1) for rule in singles)
            for rule, tests in longer:
                end = start + len(tests)
                if end <= len(values) and all(
                    test(values[start + k]) for k, test in enumerate(tests) if k
                ):
                    found.add((rule, start, end))
        return sorted(found)

    def _learn(self, v: _Values) -> tuple[tuple[int, ...], tuple[_Pattern, ...]]:
        """The one-token rules a token with these values matches, and the longer
        patterns its first token starts; kept, as the same words and tags recur."""
        if len(self._memo) >= _MEMO:
            self._memo.clear()
        candidates = (
            *self.by_pair.get((v[0], v[1]), ()),
            *self.by_tag.get(v[0], ()),
            *self.by_lower.get(v[1], ()),
            *self.anywhere,
        )
        first = [(rule, tests) for rule, tests in candidates if tests[0](v)]
        singles = tuple(rule for rule, tests in first if len(tests) == 1)
        learnt = singles, tuple(p for p in first if len(p[1]) > 1)
        self._memo[v] = learnt
        return learnt


def install(nlp: Language) -> bool:
    """Give the model's attribute ruler the indexed match step; False (the ruler left as
    it was) when there is none or a pattern uses what `_Index` does not read."""
    from spacy.pipeline import AttributeRuler

    if "attribute_ruler" not in nlp.pipe_names:
        return False
    ruler = nlp.get_pipe("attribute_ruler")
    if not isinstance(ruler, AttributeRuler):
        return False
    try:
        index = _Index(ruler.patterns)
    except Unsupported:
        return False
    strings = nlp.vocab.strings
    keys = [strings[str(rule)] for rule in range(len(ruler.patterns))]

    def match(doc: Doc) -> list[tuple[int, int, int, int]]:
        # the ruler's own form: (rule number, its key, start, end), in rule order
        return [(rule, keys[rule], start, end) for rule, start, end in index.matches(doc)]

    setattr(ruler, "match", match)  # noqa: B010 - the instance's, not the class's, method
    return True
