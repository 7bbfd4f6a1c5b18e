"""The Veille pipeline: spaCy's French model plus Veille's components, loaded once.

Data flows one way: text -> Doc (spaCy parse) -> Veille components (each fills
one Doc extension) -> :func:`veille.record.from_doc` -> Record.
"""
from __future__ import annotations

import datetime as dt
import hashlib
from collections import deque
from functools import lru_cache
from typing import Callable, Iterable, Iterator

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from veille import extensions  # noqa: F401  (registers the Doc extensions)
from veille.read import Article, InputError
from veille.record import DocInfo, Record, from_doc

DEFAULT_MODEL = "fr_core_news_md"

#: Veille's components in pipeline order, after spaCy's own; each lives in
#: veille/components/<name>.py and registers the factory "veille_<name>".
COMPONENTS = ("entities", "canonical", "places", "dates", "roles", "coref", "quotes", "events")
#: Components that must run before spaCy's parser (they set tokens and sentence starts).
PRE_PARSER = ("language", "sentences")


def _import_components() -> None:
    """Import each component module so that its factory is registered."""
    import importlib

    for name in PRE_PARSER + COMPONENTS:
        importlib.import_module(f"veille.components.{name}")


class ExtractionError(InputError):
    """An article on which a pipeline component failed (the article is skipped, the batch goes on)."""


ERROR_KEY = "veille_error"


def _note_error(name: str, proc, docs: list[Doc], exc: Exception) -> None:
    """spaCy error handler: remember on the Doc which component failed and why."""
    for doc in docs:
        doc.user_data[ERROR_KEY] = f"internal error in component {name}: {type(exc).__name__}: {exc}"


def load(model: str = DEFAULT_MODEL) -> Language:
    """The spaCy pipeline with Veille's components (cached: loaded once per process)."""
    return _load(model)


@lru_cache(maxsize=4)
def _load(model: str) -> Language:
    """Load and assemble the pipeline (``load`` keys the cache on the model name alone)."""
    _import_components()
    nlp = spacy.load(model)
    # Only Veille's components use the default handler (spaCy's own keep theirs: setting one on the
    # Cython parser fails in spaCy 3.8).
    nlp.default_error_handler = _note_error
    for name in PRE_PARSER:
        nlp.add_pipe(f"veille_{name}", before="tok2vec" if "tok2vec" in nlp.pipe_names else nlp.pipe_names[0])
    for name in COMPONENTS:
        nlp.add_pipe(f"veille_{name}")
    return nlp


def parse_date(value: str | dt.date | None) -> dt.date | None:
    """A publication date from 'YYYY-MM-DD' (or a date); None stays None."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        raise ValueError(f"invalid date {value!r}: expected YYYY-MM-DD") from None


def _as_article(item: Article | dict | str) -> Article:
    """Accept an Article, a dict with text/id/date/title, or a bare string."""
    if isinstance(item, Article):
        return item
    if isinstance(item, str):
        return Article(text=item, id="")
    return Article(text=item["text"], id=str(item.get("id") or ""), date=item.get("date"),
                   title=item.get("title") or "", source=item.get("source") or "")


def _make_doc(nlp: Language, article: Article) -> Doc:
    """A tokenised Doc with the publication date set, ready for the pipeline."""
    doc = nlp.make_doc(article.text)
    doc._.pub_date = parse_date(article.date)
    return doc


def parse(text: str, date: str | dt.date | None = None, model: str = DEFAULT_MODEL) -> Doc:
    """Run the whole pipeline on one text; the Doc carries every layer in ``doc._``."""
    nlp = load(model)
    doc = nlp(_make_doc(nlp, Article(text=text, id="", date=str(date) if date else None)))
    if ERROR_KEY in doc.user_data:
        raise ExtractionError("<text>", doc.user_data[ERROR_KEY])
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


OnError = Callable[[Article, ExtractionError], None]


def _failed(article: Article, doc: Doc | None, on_error: OnError | None) -> None:
    """Report an article the pipeline dropped: to ``on_error``, else as an exception."""
    message = doc.user_data.get(ERROR_KEY, "dropped by the pipeline") if doc is not None else "failed"
    exc = ExtractionError(article.source or article.id or "<text>", message)
    if on_error is None:
        raise exc
    on_error(article, exc)


def extract_many(articles: Iterable[Article | dict | str], batch_size: int = 16, n_process: int = 1,
                 model: str = DEFAULT_MODEL, on_error: OnError | None = None) -> Iterator[Record]:
    """Extract records for many articles with ``nlp.pipe``, in input order.

    An article on which a component fails is passed to ``on_error`` (article, error)
    and skipped; without ``on_error`` the error is raised. With ``n_process > 1`` the
    articles are cut into batches handed to worker processes, each of which loads
    the model once and runs ``nlp.pipe`` on them.
    """
    if n_process > 1:
        yield from _extract_parallel(articles, batch_size, n_process, model, on_error)
        return
    nlp = load(model)
    pending: deque[tuple[Article, Doc]] = deque()

    def docs():
        for item in articles:
            art = _as_article(item)
            doc = _make_doc(nlp, art)
            pending.append((art, doc))
            yield doc

    for doc in nlp.pipe(docs(), batch_size=batch_size):
        while pending[0][1] is not doc:
            _failed(*pending.popleft(), on_error)
        art, _ = pending.popleft()
        yield from_doc(doc, _info(art))
    while pending:
        _failed(*pending.popleft(), on_error)


def _worker_init(model: str) -> None:
    """Load the pipeline once in a worker process."""
    load(model)


def _worker_batch(batch: list[Article], model: str) -> list[tuple[str, dict | str]]:
    """Extract a batch in a worker; records travel back as plain dicts, failures as messages."""
    errors: dict[int, str] = {}
    records = iter(list(extract_many(batch, batch_size=len(batch), model=model,
                                     on_error=lambda art, exc: errors.__setitem__(id(art), exc.message))))
    return [("error", errors[id(art)]) if id(art) in errors else ("ok", next(records).to_dict()) for art in batch]


def _extract_parallel(articles: Iterable[Article | dict | str], batch_size: int, n_process: int,
                      model: str, on_error: OnError | None) -> Iterator[Record]:
    """Ordered extraction over a pool of worker processes, a bounded number of batches in flight."""
    import itertools
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    # Forked workers share the parent's loaded pipeline (copy-on-write) instead of loading their own.
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    if method == "fork":
        load(model)
    ctx = multiprocessing.get_context(method)
    it = iter(_as_article(a) for a in articles)
    with ProcessPoolExecutor(n_process, mp_context=ctx, initializer=_worker_init, initargs=(model,)) as pool:
        inflight: deque = deque()
        while True:
            while len(inflight) < 2 * n_process:
                batch = list(itertools.islice(it, batch_size))
                if not batch:
                    break
                inflight.append((batch, pool.submit(_worker_batch, batch, model)))
            if not inflight:
                return
            batch, future = inflight.popleft()
            for art, (status, value) in zip(batch, future.result()):
                if status == "ok":
                    yield Record.from_dict(value)
                else:
                    exc = ExtractionError(art.source or art.id or "<text>", value)
                    if on_error is None:
                        raise exc
                    on_error(art, exc)
