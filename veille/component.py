"""What every Veille pipeline component shares: failure isolation on the Doc.

A component subclasses :class:`Component` and implements ``process(doc)``. When it raises, the
error is written on the Doc (``doc.user_data[ERROR_KEY]``) and the Doc goes on through the pipeline
untouched by the later Veille components, so that ``nlp.pipe`` never drops it: in one process or in
``n_process`` workers, the caller gets every Doc back in input order and sees which failed and why.
A component that holds nothing and is one function of the Doc is registered with :func:`register` (a
:class:`Step`).
"""
from __future__ import annotations

from collections.abc import Callable

from spacy.language import Language
from spacy.tokens import Doc

ERROR_KEY = "veille_error"


class Component:
    """A Veille pipeline component (a spaCy callable) with its failures kept on the Doc."""

    def process(self, doc: Doc) -> Doc:
        """Fill this component's extensions on ``doc``."""
        raise NotImplementedError

    @property
    def label(self) -> str:
        """The name its failures are reported under: ``veille_<module>``, the name of its factory."""
        return "veille_" + type(self).__module__.rsplit(".", 1)[-1]

    def __call__(self, doc: Doc) -> Doc:
        if ERROR_KEY in doc.user_data:
            return doc
        try:
            return self.process(doc)
        except Exception as exc:  # any bug on any input: the article fails, the batch goes on
            doc.user_data[ERROR_KEY] = f"internal error in component {self.label}: {type(exc).__name__}: {exc}"
            return doc


class Step(Component):
    """A component that is one function of the Doc: ``fill(doc)`` writes the extensions it assigns."""

    def __init__(self, name: str, fill: Callable[[Doc], None]):
        self.name, self.fill = name, fill

    @property
    def label(self) -> str:
        """The name of its pipe."""
        return self.name

    def process(self, doc: Doc) -> Doc:
        self.fill(doc)
        return doc


def register(name: str, fill: Callable[[Doc], None], assigns: list[str], requires: list[str],
             prepare: Callable[[], object] | None = None) -> None:
    """Registers ``fill`` as the spaCy factory ``name`` of a :class:`Step` that ``assigns`` what it fills from
    what it ``requires`` (spaCy's component contract, read by ``nlp.analyze_pipes``). ``prepare``, when given,
    runs when the pipe is made: what it loads (a model, an index) is loaded once before ``nlp.pipe`` forks its
    workers."""

    def make(nlp: Language, name: str) -> Step:
        if prepare is not None:
            prepare()
        return Step(name, fill)

    Language.factory(name, assigns=assigns, requires=requires, func=make)


def failure(doc: Doc) -> str | None:
    """Why a component failed on ``doc``, or None."""
    return doc.user_data.get(ERROR_KEY)
