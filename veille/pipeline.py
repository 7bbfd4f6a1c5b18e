"""The Veille pipeline: spaCy's French model plus Veille's components, loaded once.

Data flows one way: text -> Doc (spaCy parse) -> Veille components (each fills
one Doc extension) -> :func:`veille.record.from_doc` -> Record.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections import deque
from functools import lru_cache
from typing import Callable, Iterable, Iterator

import spacy
from spacy.lang.fr.lemmatizer import FrenchLemmatizer
from spacy.language import Language
from spacy.tokens import Doc, Token

from veille import extensions  # noqa: F401  (registers the Doc extensions)
from veille.component import failure
from veille.read import Article, InputError, unicode_error, parse_date
from veille.record import DocInfo, Record, from_doc, sha256
from veille.tokenizer import configure as configure_tokenizer, tokenize

DEFAULT_MODEL = "fr_core_news_md"

#: Veille's components in pipeline order, after spaCy's own; each lives in
#: veille/components/<name>.py and registers the factory "veille_<name>".
COMPONENTS = ("norms", "prepositions", "entities", "canonical", "places", "dates", "roles", "coref", "linking", "quotes",
              "events", "themes")
#: Components that must run before spaCy's parser (they set tokens and sentence starts).
PRE_PARSER = ("language", "sentences")


def _import_components() -> None:
    """Import each component module so that its factory is registered."""
    import importlib

    for name in PRE_PARSER + COMPONENTS:
        importlib.import_module(f"veille.components.{name}")


class IndexedLemmatizer(FrenchLemmatizer):
    """spaCy's French rule lemmatizer giving the same lemmas faster. The model ships each part of speech's
    lemma index as a list (66,000 nouns), which ``rule_lemmatize`` searches for the word and for every form
    its suffix rules make: a linear search per rule, tens of milliseconds an article until the lemma cache
    holds the vocabulary. Here each index is searched as a set, built once from the same table."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._index_sets: dict[str, tuple[list[str], frozenset[str]]] = {}    # part of speech -> (table, set)

    def rule_lemmatize(self, token: Token) -> list[str]:
        """``FrenchLemmatizer.rule_lemmatize`` (spaCy 3.8) with the index tested as a set."""
        key = (token.orth, token.pos)
        univ_pos = token.pos_.lower()
        if key in self.cache or "lemma_rules" not in self.lookups or univ_pos not in _RULE_POS:
            return super().rule_lemmatize(token)    # cached, or not a part of speech the rules handle
        index = self._index(univ_pos)
        string = token.text.lower()
        forms: list[str] = []
        if string in index:
            forms.append(string)
            self.cache[key] = forms
            return forms
        forms.extend(self.lookups.get_table("lemma_exc", {}).get(univ_pos, {}).get(string, []))
        oov_forms = []
        if not forms:
            for old, new in self.lookups.get_table("lemma_rules", {}).get(univ_pos, []):
                if string.endswith(old):
                    form = string[: len(string) - len(old)] + new
                    if not form:
                        pass
                    elif form in index or not form.isalpha():
                        forms.append(form)
                    else:
                        oov_forms.append(form)
        if not forms:
            forms.extend(oov_forms)
        if not forms:
            forms.append(self.lookups.get_table("lemma_lookup", {}).get(string, [string])[0])
        forms = list(dict.fromkeys(forms))
        self.cache[key] = forms
        return forms

    def _index(self, univ_pos: str) -> frozenset[str]:
        """The lemma index of a part of speech as a set (rebuilt when the lookups were reloaded)."""
        table = self.lookups.get_table("lemma_index", {}).get(univ_pos, {})
        known = self._index_sets.get(univ_pos)
        if known is None or known[0] is not table:
            known = self._index_sets[univ_pos] = (table, frozenset(table))
        return known[1]


#: The parts of speech that FrenchLemmatizer.rule_lemmatize lemmatizes by rule (the others by lookup).
_RULE_POS = frozenset({"noun", "verb", "adj", "adp", "adv", "aux", "cconj", "det", "pron", "punct", "sconj"})


@Language.factory("veille_lemmatizer", assigns=["token.lemma"],
                  default_config={"model": None, "mode": "rule", "overwrite": False,
                                  "scorer": {"@scorers": "spacy.lemmatizer_scorer.v1"}},
                  default_score_weights={"lemma_acc": 1.0})
def make_lemmatizer(nlp: Language, model, name: str, mode: str, overwrite: bool, scorer) -> IndexedLemmatizer:
    """Factory of :class:`IndexedLemmatizer` (it takes the place of the model's ``lemmatizer``)."""
    return IndexedLemmatizer(nlp.vocab, model, name, mode=mode, overwrite=overwrite, scorer=scorer)


def _index_lemmatizer(nlp: Language) -> None:
    """Put an :class:`IndexedLemmatizer` with the model's tables in place of spaCy's French rule lemmatizer."""
    old = nlp.get_pipe("lemmatizer") if "lemmatizer" in nlp.pipe_names else None
    if type(old) is not FrenchLemmatizer or old.mode != "rule":
        return
    new = nlp.replace_pipe("lemmatizer", "veille_lemmatizer", config={"mode": old.mode, "overwrite": old.overwrite})
    new.initialize(lookups=old.lookups)


class ExtractionError(InputError):
    """An article on which a pipeline component failed (the article is skipped, the batch goes on)."""


def load(model: str = DEFAULT_MODEL) -> Language:
    """The spaCy pipeline with Veille's components (cached: loaded once per process)."""
    return _load(model)


@lru_cache(maxsize=4)
def _load(model: str) -> Language:
    """Load and assemble the pipeline (``load`` keys the cache on the model name alone)."""
    _import_components()
    nlp = spacy.load(model)
    if "veille_events" not in nlp.pipe_names:  # else a Veille pipeline saved with nlp.to_disk: complete already
        _index_lemmatizer(nlp)
        configure_tokenizer(nlp)    # saved with the pipeline's tokenizer (nlp.to_disk)
        for name in PRE_PARSER:
            nlp.add_pipe(f"veille_{name}", before="tok2vec" if "tok2vec" in nlp.pipe_names else nlp.pipe_names[0])
        for name in COMPONENTS:
            nlp.add_pipe(f"veille_{name}")
    nlp.tokenizer = ArticleTokenizer(nlp.tokenizer)
    return nlp


def _as_article(item: Article | dict | str) -> Article:
    """Accept an Article, a dict with text/id/date/title, or a bare string."""
    if isinstance(item, Article):
        return item
    if isinstance(item, str):
        return Article(text=item, id="")
    return Article(text=item["text"], id=str(item.get("id") or ""), date=item.get("date"),
                   title=item.get("title") or "", source=item.get("source") or "")


#: Invisible characters normalised before parsing: a zero-width space separates words (a space), the
#: others join or hyphenate inside words (removed). Records keep offsets into the original text.
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
#: The euphonic "t" of an inversion written after a space ("a t-il", "estime t-elle"): the space is the hyphen it
#: lost ("a-t-il"), put back (same length) so that the parser reads the inverted subject.
_EUPHONIC_T = re.compile(r"(?<=[^\W\d_]) (?=t-(?:il|elle|on|ils|elles)\b)")
ORIGINAL_KEY = "veille_original_text"


class ArticleText(str):
    """An article's text as the tokenizer takes it (invisible characters normalised), carrying what is set on its
    Doc before the pipeline runs: the publication date, the title, the original text when it differs. Given to
    ``nlp.pipe`` as a string, it is pickled to the worker processes and tokenised there (a Doc would be made and
    serialised in the parent, then read back in the worker)."""

    pub_date: dt.date | None
    title: str | None
    original: str | None

    @classmethod
    def of(cls, article: Article) -> "ArticleText":
        """The normalised text of an article (invisible characters, euphonic "t"), with its metadata."""
        text = cls(_EUPHONIC_T.sub("-", _INVISIBLE.sub(lambda m: " " if m.group() == "\u200b" else "", article.text)))
        text.pub_date = parse_date(article.date)
        text.title = article.title or None
        text.original = article.text if text != article.text else None
        return text

    def annotate(self, doc: Doc) -> None:
        """Set the metadata on the Doc made of this text."""
        if self.original is not None:
            doc.user_data[ORIGINAL_KEY] = self.original
        doc._.pub_date = self.pub_date
        doc._.title = self.title


class ArticleTokenizer:
    """The model's tokenizer, which also annotates the Doc of an :class:`ArticleText` with its metadata; every other
    attribute (the rules, serialisation) is the model tokenizer's."""

    def __init__(self, tokenizer) -> None:
        object.__setattr__(self, "tokenizer", tokenizer)

    def __call__(self, text: str) -> Doc:
        doc = tokenize(self.tokenizer, str(text))     # spaCy's tokenizer takes an exact str
        if isinstance(text, ArticleText):
            text.annotate(doc)
        return doc

    def __getattr__(self, name: str):
        if name == "tokenizer":     # not set yet (an instance being unpickled)
            raise AttributeError(name)
        return getattr(self.tokenizer, name)

    def __setattr__(self, name: str, value) -> None:
        setattr(self.tokenizer, name, value)


def _make_doc(nlp: Language, article: Article) -> Doc:
    """A tokenised Doc of the normalised text with the publication date set, ready for the pipeline."""
    text = ArticleText.of(article)
    # The reader enforces the size limit (--max-chars); spaCy's own guard must not be lower.
    nlp.max_length = max(nlp.max_length, len(text) + 1)
    return nlp.make_doc(text)


def _to_original(value, starts: list[int], original: str):
    """``value`` (a record's dict form) with every start/end pair moved from the normalised text to
    ``original``, whose character ``starts[i]`` became normalised character ``i``; evidence texts re-cut."""
    if isinstance(value, list):
        return [_to_original(v, starts, original) for v in value]
    if not isinstance(value, dict):
        return value
    out = {k: _to_original(v, starts, original) for k, v in value.items()}
    if isinstance(out.get("start"), int) and isinstance(out.get("end"), int):
        start, end = out["start"], out["end"]
        out["start"] = starts[start]
        out["end"] = starts[end - 1] + 1 if end > start else starts[start]
        if isinstance(out.get("text"), str):
            out["text"] = original[out["start"]:out["end"]]
    return out


def _record(doc: Doc, article: Article) -> Record:
    """The record of a processed Doc, its text and offsets those of the article's original text."""
    rec = from_doc(doc, _info(article))
    original = doc.user_data.get(ORIGINAL_KEY)
    if original is None:
        return rec
    starts = [i for i, c in enumerate(original) if not (_INVISIBLE.fullmatch(c) and c != "\u200b")]
    starts.append(len(original))
    d = rec.to_dict()
    d = {**d, **{k: _to_original(d[k], starts, original) for k in ("entities", "roles", "quotes", "events",
                                                                       "dates", "themes")}}
    d["text"] = original
    d["doc"]["sha256"] = sha256(original)
    return Record.from_dict(d)


def parse(text: str, date: str | dt.date | None = None, model: str = DEFAULT_MODEL) -> Doc:
    """Run the whole pipeline on one text; the Doc carries every layer in ``doc._``."""
    nlp = load(model)
    doc = nlp(_make_doc(nlp, Article(text=text, id="", date=str(date) if date else None)))
    if failure(doc):
        raise ExtractionError("<text>", failure(doc))
    return doc


def _info(article: Article) -> DocInfo:
    """Record metadata for an article (id defaults to a hash prefix of the text)."""
    ident = article.id or "doc-" + hashlib.sha256(article.text.encode("utf-8")).hexdigest()[:12]
    date = parse_date(article.date)
    return DocInfo(id=ident, title=article.title or "", date=date.isoformat() if date else None,
                   source=article.source or "")


def extract(text: str, date: str | dt.date | None = None, title: str | None = None,
            id: str | None = None, model: str = DEFAULT_MODEL) -> Record:
    """Extract one article's record."""
    article = Article(text=text, id=id or "", date=str(date) if date else None, title=title or "")
    return next(extract_many([article], model=model))


def language_warning(rec: Record) -> str | None:
    """The warning for a record whose text is not French, else None."""
    if rec.doc.lang in ("fr", None, ""):
        return None
    return f"{rec.doc.source or rec.doc.id}: text looks like '{rec.doc.lang}', not French; results will be poor"


OnError = Callable[[Article, ExtractionError], None]


def _failed(article: Article, message: str, on_error: OnError | None) -> None:
    """Report an article that could not be extracted: to ``on_error``, else as an exception."""
    exc = ExtractionError(article.source or article.id or "<text>", message)
    if on_error is None:
        raise exc
    on_error(article, exc)


def extract_many(articles: Iterable[Article | dict | str], batch_size: int = 16, n_process: int = 1,
                 model: str = DEFAULT_MODEL, on_error: OnError | None = None) -> Iterator[Record]:
    """Extract records for many articles with ``nlp.pipe``, in input order.

    An article that cannot be parsed (a lone surrogate in its text) or on which a component fails
    (see :mod:`veille.component`) is passed to ``on_error`` (article, error) and skipped; without
    ``on_error`` the error is raised. ``n_process`` worker processes run the pipeline through spaCy's
    own multiprocessing (the Docs come back with every extension: see :mod:`veille.extensions`).
    """
    nlp = load(model)
    sent: deque[tuple[int, Article]] = deque()     # in input order, as nlp.pipe gives the Docs back
    refused: dict[int, tuple[Article, str]] = {}
    limit = nlp.max_length      # a text this long at most is tokenised where it is processed (in a worker)

    def texts() -> Iterator[ArticleText | Doc]:
        for i, item in enumerate(articles):
            art = _as_article(item)
            problem = unicode_error(art.text)
            if problem:
                refused[i] = (art, f"text: {problem}")
                continue
            sent.append((i, art))
            text = ArticleText.of(art)
            yield text if len(text) <= limit else _make_doc(nlp, art)

    def report_refused(before: float) -> None:
        for i in sorted(k for k in refused if k < before):
            _failed(*refused.pop(i), on_error)

    for doc in nlp.pipe(texts(), batch_size=batch_size, n_process=n_process):
        i, art = sent.popleft()
        report_refused(i)
        if failure(doc):
            _failed(art, failure(doc), on_error)
        else:
            yield _record(doc, art)
    report_refused(float("inf"))
