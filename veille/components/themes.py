"""Themes (RECORD.md section 1b): what an article, and each quotation, is about.

A weighted lexicon (``lexicons/themes.tsv``: term, label, weight) is matched on the tokens'
lemmas and lowercase forms, accents folded, longest term first, outside people's names ("Bruno Le Maire" is no mayor). A label's raw weight is the sum,
over its distinct terms, of weight x (1 + ln(occurrences)), an occurrence in the lede (first
sentence) counting ``lede_boost`` times and one in the title (``doc._.title``, tagged and lemmatised
by spaCy's own components) ``title_boost`` times. Its score is raw / (raw + ``half``) in [0, 1). The
article's themes are the labels whose score reaches ``threshold`` and whose raw weight is at least
``min_share`` of the best label's, at most ``max_labels``, best first; their evidence is the spans
of the matched terms in the text. A quotation gets the labels whose raw weight inside it reaches ``quote_min``.
Every number is a component config value (``nlp.add_pipe("veille_themes", config={...})``).
"""
from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from veille import extensions  # noqa: F401
from veille import lexicons
from veille.component import Component
from veille.normalize import strip_accents, unify
from veille.record import THEME_LABELS, Span, Theme

#: the component's config (calibrated on the dev gold's themes; see docs/themes-and-kb.md)
DEFAULT_CONFIG = {"threshold": 0.65, "half": 3.0, "min_share": 0.5, "max_labels": 4, "lede_boost": 1.5,
                  "title_boost": 3.0, "quote_min": 2.5, "max_evidence": 8}


@lru_cache(maxsize=1 << 16)
def fold(word: str) -> str:
    """A word as the lexicon is matched: casefolded, accents stripped, apostrophes unified."""
    return strip_accents(unify(word).casefold())


@dataclass(frozen=True)
class Hit:
    """One occurrence of a lexicon term: token range, label, weight."""

    start: int  # token indices, half-open
    end: int
    term: tuple[str, ...]
    label: str
    weight: float


class Lexicon:
    """The theme terms, indexed by their first word, longest first."""

    def __init__(self, tokenize):
        by_first: dict[str, dict[tuple[str, ...], list[tuple[str, float]]]] = defaultdict(dict)
        for row in lexicons.table("themes.tsv"):
            if row["label"] not in THEME_LABELS:
                raise ValueError(f"themes.tsv: unknown label {row['label']!r} for {row['term']!r}")
            words = tuple(fold(t) for t in tokenize(row["term"]))
            by_first[words[0]].setdefault(words, []).append((row["label"], float(row["weight"])))
        self.by_first = {w: sorted(terms.items(), key=lambda kv: -len(kv[0])) for w, terms in by_first.items()}

    def hits(self, doc: Doc, start: int = 0, end: int | None = None) -> list[Hit]:
        """Non-overlapping term occurrences in tokens [start, end), the longest term at each position."""
        end = len(doc) if end is None else end
        keys = [{fold(t.lemma_), fold(t.lower_)} for t in doc[start:end]]
        out: list[Hit] = []
        i = 0
        while i < len(keys):
            best = None
            for w in sorted(keys[i]):     # a set: sorted, so ties between equally long terms do not hang on hash order
                for words, labels in self.by_first.get(w, ()):
                    n = len(words)
                    if (best is None or n > len(best[0])) and i + n <= len(keys) and \
                            all(words[j] in keys[i + j] for j in range(1, n)):
                        best = (words, labels)
                        break
            if best is None:
                i += 1
                continue
            words, labels = best
            out += [Hit(start + i, start + i + len(words), words, label, weight) for label, weight in labels]
            i += len(words)
        return out


#: spaCy's components that tag and lemmatise a title (the others are not needed for the lexicon)
TITLE_PIPES = ("tok2vec", "morphologizer", "attribute_ruler", "lemmatizer")


def raw_weights(hits: list[Hit], lede_end: int, lede_boost: float, title_hits: list[Hit] = (),
                title_boost: float = 1.0) -> dict[str, float]:
    """Label -> sum over its distinct terms of weight x (1 + ln(occurrences)), lede and title occurrences
    boosted."""
    counts: dict[tuple[str, tuple[str, ...]], float] = defaultdict(float)
    weights: dict[tuple[str, tuple[str, ...]], float] = {}
    for h in hits:
        counts[h.label, h.term] += lede_boost if h.start < lede_end else 1.0
        weights[h.label, h.term] = h.weight
    for h in title_hits:
        counts[h.label, h.term] += title_boost
        weights[h.label, h.term] = h.weight
    raw: dict[str, float] = defaultdict(float)
    for (label, term), n in counts.items():
        raw[label] += weights[label, term] * (1 + math.log(n)) if n >= 1 else weights[label, term] * n
    return dict(raw)


def choose(raw: dict[str, float], threshold: float, half: float, min_share: float, max_labels: int) -> list[str]:
    """The labels kept for an article, best first."""
    if not raw:
        return []
    best = max(raw.values())
    ranked = sorted(raw, key=lambda lab: (-raw[lab], THEME_LABELS.index(lab)))
    kept = [lab for lab in ranked if raw[lab] / (raw[lab] + half) >= threshold and raw[lab] >= min_share * best]
    return kept[:max_labels]


@Language.factory("veille_themes", assigns=["doc._.themes"],
                  requires=["doc._.entities", "doc._.quotes", "token.lemma"], default_config=DEFAULT_CONFIG)
def make_themes(nlp: Language, name: str, threshold: float, half: float, min_share: float, max_labels: int,
                lede_boost: float, title_boost: float, quote_min: float, max_evidence: int) -> "Themer":
    """Factory of the theme tagger (the lexicon is tokenised with the pipeline's tokenizer)."""
    lexicon = Lexicon(lambda term: [t.text for t in nlp.make_doc(term)])
    return Themer(lexicon, Settings(threshold, half, min_share, max_labels, lede_boost, title_boost, quote_min,
                                    max_evidence), nlp)


@dataclass(frozen=True)
class Settings:
    """The component's config values (see the module docstring)."""

    threshold: float
    half: float
    min_share: float
    max_labels: int
    lede_boost: float
    title_boost: float
    quote_min: float
    max_evidence: int

    def score(self, raw: float) -> float:
        """A raw weight as a score in [0, 1)."""
        return raw / (raw + self.half)


class Themer(Component):
    """Sets ``doc._.themes`` and the ``themes`` of each quotation of ``doc._.quotes``."""

    def __init__(self, lexicon: Lexicon, settings: Settings, nlp: Language | None = None):
        self.lexicon, self.settings = lexicon, settings
        self.nlp = nlp  # tags the title; None: titles are not read

    def hits(self, doc: Doc) -> list[Hit]:
        """The lexicon's hits in the text, except those inside a person's name."""
        names = {i for e in doc._.entities or [] if e.type == "PER" for m in e.mentions if m.kind == "name"
                 for i in range(m.start, m.end)}
        return [h for h in self.lexicon.hits(doc) if doc[h.start].idx not in names]

    def title_hits(self, doc: Doc) -> list[Hit]:
        """The lexicon's hits in the article's title (none without a title or a pipeline to tag it)."""
        title = doc._.title
        if not title or self.nlp is None:
            return []
        tdoc = self.nlp.make_doc(title)
        for name in TITLE_PIPES:
            if name in self.nlp.pipe_names:
                tdoc = self.nlp.get_pipe(name)(tdoc)
        return self.lexicon.hits(tdoc)

    def process(self, doc: Doc) -> Doc:
        hits = self.hits(doc)
        lede_end = next(iter(doc.sents)).end if len(doc) and doc.has_annotation("SENT_START") else 0
        st = self.settings
        raw = raw_weights(hits, lede_end, st.lede_boost, self.title_hits(doc), st.title_boost)
        themes = []
        for label in choose(raw, st.threshold, st.half, st.min_share, st.max_labels):
            spans = sorted({(doc[h.start].idx, doc[h.end - 1].idx + len(doc[h.end - 1].text))
                            for h in hits if h.label == label})
            themes.append(Theme(label=label, score=round(st.score(raw[label]), 3),
                                evidence=[Span(s, e) for s, e in spans[:st.max_evidence]]))
        doc._.themes = themes
        for quote in doc._.quotes or []:
            quote.themes = self.quote_themes(doc, hits, quote.start, quote.end)
        return doc

    def quote_themes(self, doc: Doc, hits: list[Hit], start: int, end: int) -> list[str]:
        """The labels of the words inside a quotation's character span, best first."""
        inside = [h for h in hits if doc[h.start].idx >= start and doc[h.end - 1].idx < end]
        raw = raw_weights(inside, 0, 1.0)
        return [lab for lab in sorted(raw, key=lambda lab: (-raw[lab], THEME_LABELS.index(lab)))
                if raw[lab] >= self.settings.quote_min]
