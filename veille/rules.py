"""Rules as data: spaCy Matcher, DependencyMatcher and PhraseMatcher patterns in JSONL files.

A rule file (``veille/lexicons/rules/<name>.jsonl``) holds one rule a line; blank lines and lines
starting with ``#`` are comments. A rule is a JSON object::

    {"id": "consult.rencontrer", "label": "CONSULT", "kind": "token",
     "pattern": [{"LEMMA": "rencontrer", "POS": "VERB"}],
     "example": "Emmanuel Macron a rencontré Joe Biden mardi.",
     "counter": "Emmanuel Macron n'a pas rencontré Joe Biden.",
     "predicates": ["affirmed"], "frame": {"target": ["obj", "avec"]}, "cameo": "040"}

- ``kind``: ``token`` (a :class:`spacy.matcher.Matcher` pattern: a list of token dicts, or a list of such
  patterns, its alternatives),
  ``dependency`` (a :class:`spacy.matcher.DependencyMatcher` pattern: a list of node dicts) or
  ``phrase`` (a string, or a list of strings, matched by :class:`spacy.matcher.PhraseMatcher` on ``attr``, default
  ``LOWER``; an item may be a list of words, a phrase already tokenised, as a lexicon compiled into rules gives it).
- ``example``: a sentence the rule fires on (a generated test checks it); ``counter``: a sentence it
  must not fire on (required when the rule has ``predicates``: each guard shows its negative case).
- ``predicates``: names of functions registered with :func:`predicate`; a match is kept only when
  each returns true for it. They are the rule's code where a pattern cannot say it.
- Every other key (a frame, a CAMEO code, a weight...) is the rule's data, in :attr:`Rule.data`.

Apostrophes: a ``LOWER`` test of a token pattern that holds ``'`` or ``’`` tests the token's norm instead,
the lowercase form with the apostrophe straightened (``veille_norms``), so that it matches either spelling; a
phrase pattern is added in both spellings. No pattern spells both. A :class:`RuleSet` validates its rules, compiles them once per
vocabulary and serialises with ``to_disk``/``from_disk``.
"""
from __future__ import annotations

import json
import re
from bisect import bisect_right
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy
from spacy.attrs import IDS, SENT_START
from spacy.errors import Errors
from spacy.matcher import DependencyMatcher, Matcher, PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.vocab import Vocab

RULES_DIR = Path(__file__).parent / "lexicons" / "rules"
KINDS = ("token", "dependency", "phrase")
REQUIRED = ("id", "label", "kind", "pattern", "example")
APOSTROPHES = ("'", "’")
PHRASE_ATTRS = ("LOWER", "NORM", "ORTH")
#: The first-token tests a token rule may be anchored on, in preference order: its lemma, else its form (the
#: lowercase form, or the norm where an apostrophe is tested: see :func:`_test`).
ANCHORS = (("LEMMA",), ("LOWER", "NORM"))


class RuleError(ValueError):
    """A rule file that cannot be used (bad JSON, a missing key, a duplicate id, an invalid pattern)."""


@dataclass(frozen=True)
class Rule:
    """One declarative rule."""

    id: str
    label: str
    kind: str
    pattern: Any
    example: str
    counter: str | None = None
    predicates: tuple[str, ...] = ()
    attr: str = "LOWER"
    data: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    @classmethod
    def from_dict(cls, d: dict[str, Any], where: str = "") -> "Rule":
        """Build and check one rule from its JSON object."""
        missing = [k for k in REQUIRED if k not in d]
        if missing:
            raise RuleError(f"{where}: rule {d.get('id', '?')!r} lacks {', '.join(missing)}")
        if d["kind"] not in KINDS:
            raise RuleError(f"{where}: rule {d['id']!r} has kind {d['kind']!r} (one of {', '.join(KINDS)})")
        preds = tuple(d.get("predicates", ()))
        if preds and not d.get("counter"):
            raise RuleError(f"{where}: rule {d['id']!r} has predicates but no counter example")
        known = set(REQUIRED) | {"counter", "predicates", "attr"}
        return cls(id=d["id"], label=d["label"], kind=d["kind"], pattern=d["pattern"], example=d["example"],
                   counter=d.get("counter"), predicates=preds, attr=d.get("attr", "LOWER"),
                   data={k: v for k, v in d.items() if k not in known})


@dataclass(frozen=True)
class Hit:
    """A rule matched on a Doc: the tokens its pattern names, in pattern order."""

    rule: Rule
    tokens: tuple[Token, ...]

    @property
    def span(self) -> Span:
        """The smallest span covering the matched tokens."""
        doc = self.tokens[0].doc
        return doc[min(t.i for t in self.tokens): max(t.i for t in self.tokens) + 1]

    @property
    def anchor(self) -> Token:
        """The first token of the pattern (a dependency pattern's anchor)."""
        return self.tokens[0]


Predicate = Callable[[Hit], bool]
PREDICATES: dict[str, Predicate] = {}


def predicate(name: str) -> Callable[[Predicate], Predicate]:
    """Register a named predicate that rules may list in ``predicates``."""
    def register(fn: Predicate) -> Predicate:
        PREDICATES[name] = fn
        return fn
    return register


def _apostrophe_variants(text: str) -> set[str]:
    """``text`` with straight and typographic apostrophes (itself alone when it has none)."""
    return {text.replace("’", "'"), text.replace("'", "’")}


def _phrase_variants(phrase: str | list[str]) -> list[Any]:
    """A phrase pattern (a string, or a list of words) with straight and typographic apostrophes."""
    if isinstance(phrase, str):
        return sorted(_apostrophe_variants(phrase))
    return [list(words) for words in sorted({tuple(w.replace("’", "'") for w in phrase),
                                             tuple(w.replace("'", "’") for w in phrase)})]


def _strings(value: Any) -> Iterator[str]:
    """The strings of a pattern value (a string, or a dict of lists and strings: IN, NOT_IN, REGEX...)."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, (dict, list)):
        for v in value.values() if isinstance(value, dict) else value:
            yield from _strings(v)


def _straight(value: Any) -> Any:
    """A pattern value with its typographic apostrophes straightened, as ``veille_norms`` writes the norm."""
    if isinstance(value, str):
        return value.replace("’", "'")
    if isinstance(value, dict):
        return {k: _straight(v) for k, v in value.items()}
    return [_straight(v) for v in value] if isinstance(value, list) else value


def _test(attr: str, value: Any) -> tuple[str, Any]:
    """A token test that matches either apostrophe: on ``LOWER``, one that holds an apostrophe tests the norm
    (the lowercase form with the apostrophe straightened); on another attribute, an apostrophe is refused."""
    if attr == "OP" or not any(a in s for s in _strings(value) for a in APOSTROPHES):
        return attr, value
    if attr not in ("LOWER", "NORM"):
        raise ValueError(f"an apostrophe is matched in either spelling on LOWER or NORM only, not on {attr}")
    return "NORM", _straight(value)


def _token_pattern(pattern: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A token pattern whose apostrophe tests match both spellings (see :func:`_test`)."""
    return [dict(_test(k, v) for k, v in tok.items()) for tok in pattern]


def _alternatives(pattern: list[Any]) -> list[list[dict[str, Any]]]:
    """A token rule's patterns: one list of token dicts, or a list of such lists (alternatives, each an exact
    value the Matcher compares natively: a set predicate per rule would be tested on every token)."""
    return pattern if pattern and isinstance(pattern[0], list) else [pattern]


def _dependency_pattern(pattern: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A dependency pattern with apostrophe variants added to each node's attributes."""
    return [{**node, "RIGHT_ATTRS": _token_pattern([node["RIGHT_ATTRS"]])[0]} for node in pattern]


class RuleSet:
    """The rules of one file, compiled once per vocabulary."""

    def __init__(self, rules: list[Rule], name: str = "") -> None:
        self.name = name
        self.rules = rules
        self.by_id: dict[str, Rule] = {}
        for r in rules:
            if r.id in self.by_id:
                raise RuleError(f"{name}: duplicate rule id {r.id!r}")
            self.by_id[r.id] = r
        self._compiled: dict[int, tuple[Vocab, _Matchers]] = {}

    def __len__(self) -> int:
        return len(self.rules)

    def __iter__(self) -> Iterator[Rule]:
        return iter(self.rules)

    @classmethod
    def from_lines(cls, lines: list[str], name: str = "") -> "RuleSet":
        """Parse JSONL lines (comments and blank lines skipped)."""
        rules = []
        for n, line in enumerate(lines, 1):
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            try:
                d = json.loads(line)
            except json.JSONDecodeError as exc:
                raise RuleError(f"{name}:{n}: not JSON: {exc.msg}") from None
            rules.append(Rule.from_dict(d, f"{name}:{n}"))
        return cls(rules, name)

    @classmethod
    def from_disk(cls, path: str | Path) -> "RuleSet":
        """Read a rule file."""
        path = Path(path)
        return cls.from_lines(path.read_text(encoding="utf-8").splitlines(), path.name)

    def to_disk(self, path: str | Path) -> None:
        """Write the rules as JSONL (``from_disk`` reads them back)."""
        rows = []
        for r in self.rules:
            d: dict[str, Any] = {"id": r.id, "label": r.label, "kind": r.kind, "pattern": r.pattern,
                                 "example": r.example}
            if r.counter:
                d["counter"] = r.counter
            if r.predicates:
                d["predicates"] = list(r.predicates)
            if r.attr != "LOWER":
                d["attr"] = r.attr
            rows.append(json.dumps({**d, **r.data}, ensure_ascii=False))
        Path(path).write_text("\n".join(rows) + "\n", encoding="utf-8")

    def compile(self, vocab: Vocab) -> "_Matchers":
        """The matchers of these rules for ``vocab`` (built once; invalid patterns raise RuleError)."""
        key = id(vocab)
        if key not in self._compiled:
            for r in self.rules:
                for name in r.predicates:
                    _predicate(name, self.name)
            m = _Matchers(Matcher(vocab, validate=True), {}, {}, {a: {} for group in ANCHORS for a in group},
                          DependencyMatcher(vocab, validate=True), {}, {})
            tokenizer = None    # made for the first phrase rule
            for r in self.rules:
                try:
                    if r.kind == "token":
                        patterns = [_token_pattern(p) for p in _alternatives(r.pattern)]
                        anchor = _anchor(patterns)
                        single = _single(patterns, vocab) if anchor is None else None
                        if single is not None:
                            m.token.add(r.id, patterns)     # validates the patterns; matched by _singles
                            m.single[vocab.strings.add(r.id)] = single
                        elif anchor is None:
                            m.token.add(r.id, patterns)
                        else:
                            m.by_rule[r.id] = Matcher(vocab, validate=True)
                            m.by_rule[r.id].add(r.id, patterns)
                            bounded = all(t.get("OP", "1") in ("1", "?", "!") for p in patterns for t in p)
                            m.reach[r.id] = max(map(len, patterns)) if bounded else None
                            for attr, values in anchor.items():
                                for value in sorted(values):
                                    m.by_anchor[attr].setdefault(vocab.strings.add(value), []).append(r.id)
                    elif r.kind == "dependency":
                        m.dep.add(r.id, [_dependency_pattern(r.pattern)])
                    else:
                        if r.attr not in PHRASE_ATTRS:
                            raise ValueError(f"phrase attr must be one of {', '.join(PHRASE_ATTRS)}")
                        texts = r.pattern if isinstance(r.pattern, list) else [r.pattern]
                        if any(isinstance(t, str) for t in texts):
                            tokenizer = tokenizer or _tokenizer(vocab)
                        m.phrase.setdefault(r.attr, PhraseMatcher(vocab, attr=r.attr)).add(
                            r.id, [tokenizer(v) if isinstance(t, str) else Doc(vocab, words=v)
                                   for t in texts for v in _phrase_variants(t)])
                except Exception as exc:  # spaCy's pattern validation errors
                    raise RuleError(f"{self.name}: rule {r.id!r}: invalid pattern: {exc}") from None
            m.anchors = {a: numpy.array(sorted(v), dtype=numpy.uint64) for a, v in m.by_anchor.items() if v}
            m.rule_of = {vocab.strings.add(r.id): r for r in self.rules}
            for single in m.single:
                m.token.remove(vocab.strings[single])
            self._compiled[key] = (vocab, m)
        return self._compiled[key][1]

    def __call__(self, doclike: Doc | Span, check: bool = True) -> list[Hit]:
        """Every hit of these rules on ``doclike``, in text order; ``check`` applies the predicates."""
        doc = doclike.doc if isinstance(doclike, Span) else doclike
        lo, hi = (doclike.start, doclike.end) if isinstance(doclike, Span) else (0, len(doc))
        m = self.compile(doc.vocab)
        found: list[tuple[int, int, int]] = list(m.token(doc)) if len(m.token) else []
        if m.single:
            found += _singles(doc, lo, hi, m.single)
        if m.anchors:
            found += _anchored(doc, lo, hi, m)
        for matcher in m.phrase.values():
            found += matcher(doc)
        # (first token, last token, hit) of the hits inside doclike; a span's Hit is made only for those
        keyed = [(start, end - 1, Hit(m.rule_of[key], (doc[start],) if end - start == 1 else tuple(doc[start:end])))
                 for key, start, end in found if lo <= start and end <= hi]
        if len(m.dep):
            for key, ids in m.dep(doc):
                if lo <= min(ids) and max(ids) < hi:
                    keyed.append((min(ids), max(ids), Hit(m.rule_of[key], tuple(doc[i] for i in ids))))
        if check:
            keyed = [k for k in keyed if all(_predicate(p, self.name)(k[2]) for p in k[2].rule.predicates)]
        keyed.sort(key=lambda k: (k[0], k[2].rule.id))
        return [h for _, _, h in keyed]


@dataclass
class _Matchers:
    """A rule set compiled for one vocabulary. Token rules whose every pattern starts with a lemma (or a
    lowercase form) test are kept in a matcher of their own, run only on the few tokens after a token with
    that anchor: spaCy's Matcher tries every pattern at every token, so hundreds of triggers in one matcher
    cost more than the parse."""

    token: Matcher                      # token rules that are not anchored on a lemma or lowercase form
    by_rule: dict[str, Matcher]         # anchored token rule id -> its matcher, run where its anchor stands
    reach: dict[str, int | None]        # anchored rule id -> its longest pattern (None: to the sentence end)
    by_anchor: dict[str, dict[int, list[str]]]   # LEMMA/LOWER/NORM -> value hash -> the anchored rules it starts
    dep: DependencyMatcher
    phrase: dict[str, PhraseMatcher]    # attr -> phrase rules matched on it
    anchors: dict[str, numpy.ndarray] = field(default_factory=dict)  # by_anchor's value hashes, one test a doc
    rule_of: dict[int, Rule] = field(default_factory=dict)   # a match key (the hash of a rule id) -> the rule
    single: dict[int, list[list[_Test]]] = field(default_factory=dict)   # single-token rule key -> its alternatives


def _anchored(doc: Doc, lo: int, hi: int, m: _Matchers) -> list[tuple[int, int, int]]:
    """The matches of the anchored token rules that start at a token of ``doc[lo:hi]`` bearing their anchor
    (lemma, lowercase form or norm), each rule's matcher run once from that token over its reach (to the sentence
    end for a rule with gaps), the tokens in text order."""
    attrs = list(m.anchors)
    values = doc.to_array([IDS[a] for a in attrs]).reshape(len(doc), len(attrs))[lo:hi]
    at = sorted((i, a) for a, attr in enumerate(attrs)
                for i in numpy.flatnonzero(numpy.isin(values[:, a], m.anchors[attr])).tolist())
    if not at:
        return []
    starts = None     # the sentence starts, found for the first rule with gaps
    found: list[tuple[int, int, int]] = []
    run: set[tuple[int, str]] = set()    # (token, rule): a rule anchored on its form and its norm runs once a token
    for j, a in at:
        i = lo + j
        for rid in m.by_anchor[attrs[a]][int(values[j, a])]:
            if (i, rid) in run:
                continue
            run.add((i, rid))
            reach = m.reach[rid]
            if reach:
                end = i + reach
            else:
                if starts is None:
                    starts = (numpy.flatnonzero(doc.to_array(SENT_START) == 1).tolist()
                              if doc.has_annotation("SENT_START") else [])
                n = bisect_right(starts, i)
                end = starts[n] if n < len(starts) else len(doc)
            found += [(key, i + start, i + stop) for key, start, stop in m.by_rule[rid](doc[i:end]) if start == 0]
    return found


#: The token attributes a single-token rule is tested on over the whole Doc at once (``TEXT`` is ``ORTH``), and
#: those of them whose annotation the Matcher requires.
SINGLE_ATTRS = {"ORTH": "ORTH", "TEXT": "ORTH", "LOWER": "LOWER", "NORM": "NORM", "LEMMA": "LEMMA", "POS": "POS",
                "TAG": "TAG", "DEP": "DEP"}
ANNOTATED = {"POS": "morphologizer or tagger+attribute_ruler", "TAG": "tagger", "LEMMA": "lemmatizer", "DEP": "parser"}


@dataclass(frozen=True)
class _Test:
    """One attribute test of a single-token pattern: the attribute equal to one of ``values`` (string hashes), or
    its string matching ``regex`` (the answer kept per string hash in ``seen``)."""

    attr: str
    values: numpy.ndarray | None = None
    regex: re.Pattern | None = None
    seen: dict[int, bool] = field(default_factory=dict, compare=False)

    def matching(self, hashes: list[int], strings) -> list[int]:
        """The hashes among ``hashes`` whose string the regex matches."""
        seen = self.seen
        for h in hashes:
            if h not in seen:
                seen[h] = self.regex.search(strings[h]) is not None
        return [h for h in hashes if seen[h]]


def _single(patterns: list[list[dict[str, Any]]], vocab: Vocab) -> list[list[_Test]] | None:
    """A token rule whose every alternative is one token tested on :data:`SINGLE_ATTRS` with a value, ``IN`` or
    ``REGEX`` (no operator), as tests over the Doc's attribute arrays; None for any other rule. spaCy's Matcher
    runs a regex predicate at every token: here it runs once for each distinct string of the Doc."""
    alternatives = []
    for pattern in patterns:
        if len(pattern) != 1 or not pattern[0] or any(k not in SINGLE_ATTRS for k in pattern[0]):
            return None
        tests = []
        for key, value in pattern[0].items():
            attr = SINGLE_ATTRS[key]
            if isinstance(value, str):
                value = {"IN": [value]}
            if not isinstance(value, dict) or len(value) != 1:
                return None
            (op, arg), = value.items()
            if op == "IN" and isinstance(arg, list) and all(isinstance(v, str) for v in arg):
                tests.append(_Test(attr, values=numpy.array([vocab.strings.add(v) for v in arg], dtype=numpy.uint64)))
            elif op == "REGEX" and isinstance(arg, str) and attr not in ANNOTATED:
                tests.append(_Test(attr, regex=re.compile(arg)))
            else:
                return None
        alternatives.append(tests)
    return alternatives


def _singles(doc: Doc, lo: int, hi: int, single: dict[int, list[list[_Test]]]) -> list[tuple[int, int, int]]:
    """The matches of the single-token rules on the tokens of ``doc[lo:hi]``, as the Matcher gives them (one a
    token and rule, in token order; an error when the Doc lacks an annotation a rule tests)."""
    attrs = sorted({t.attr for alternatives in single.values() for tests in alternatives for t in tests})
    for attr in attrs:
        if attr in ANNOTATED and not doc.has_annotation(attr):
            raise ValueError(Errors.E155.format(pipe=ANNOTATED[attr], attr=attr))
    if hi <= lo:
        return []
    columns = doc.to_array([IDS[a] for a in attrs]).reshape(len(doc), len(attrs))[lo:hi].astype(numpy.uint64)
    column = {a: columns[:, k] for k, a in enumerate(attrs)}
    strings = doc.vocab.strings
    found = []
    for key, alternatives in single.items():
        hit = numpy.zeros(hi - lo, dtype=bool)
        for tests in alternatives:
            ok = numpy.ones(hi - lo, dtype=bool)
            for t in tests:
                col = column[t.attr]
                if t.regex is None:
                    ok &= numpy.isin(col, t.values)
                else:
                    ok &= numpy.isin(col, t.matching(numpy.unique(col).tolist(), strings))
            hit |= ok
        found += [(key, lo + i, lo + i + 1) for i in numpy.flatnonzero(hit).tolist()]
    return found


def _anchor(patterns: list[list[dict[str, Any]]]) -> dict[str, set[str]] | None:
    """The values, by attribute of the first group of :data:`ANCHORS` that fits, one of which every pattern's first
    token must have; None when a pattern does not start with a plain test of the group (``{"LEMMA": x}`` or
    ``{"LEMMA": {"IN": [...]}}``, with other tests beside it such as ``POS`` but no operator)."""
    if any("OP" in (pattern[0] if pattern else {}) for pattern in patterns):
        return None
    for group in ANCHORS:
        values: dict[str, set[str]] = {}
        for pattern in patterns:
            first = pattern[0] if pattern else {}
            attr = next((a for a in group if a in first), None)
            value = first.get(attr)
            if isinstance(value, str):
                values.setdefault(attr, set()).add(value)
            elif isinstance(value, dict) and set(value) == {"IN"}:
                values.setdefault(attr, set()).update(value["IN"])
            else:
                break
        else:
            return values
    return None


def _tokenizer(vocab: Vocab):
    """French tokenisation on ``vocab`` for phrase patterns (the model's tokenizer rules, no pipeline)."""
    from spacy.lang.fr import French

    return French(vocab=vocab).tokenizer


def _predicate(name: str, where: str) -> Predicate:
    """The registered predicate ``name`` (a rule naming an unknown one is an error, not a silent pass)."""
    try:
        return PREDICATES[name]
    except KeyError:
        raise RuleError(f"{where}: unknown predicate {name!r} (register it with veille.rules.predicate)") from None


@lru_cache(maxsize=None)
def load(name: str) -> RuleSet:
    """The bundled rule file ``veille/lexicons/rules/<name>.jsonl`` (cached)."""
    return RuleSet.from_disk(RULES_DIR / f"{name}.jsonl")


def bundled() -> list[str]:
    """Names of the bundled rule files."""
    return sorted(p.stem for p in RULES_DIR.glob("*.jsonl"))
