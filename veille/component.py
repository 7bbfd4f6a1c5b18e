"""What every Veille pipeline component shares: failure isolation on the Doc.

A component subclasses :class:`Component` and implements ``process(doc)``. When it raises, the
error is written on the Doc (``doc.user_data[ERROR_KEY]``) and the Doc goes on through the pipeline
untouched by the later Veille components, so that ``nlp.pipe`` never drops it: in one process or in
``n_process`` workers, the caller gets every Doc back in input order and sees which failed and why.
"""
from __future__ import annotations

from spacy.tokens import Doc

ERROR_KEY = "veille_error"


class Component:
    """A Veille pipeline component (a spaCy callable) with its failures kept on the Doc."""

    def process(self, doc: Doc) -> Doc:
        """Fill this component's extensions on ``doc``."""
        raise NotImplementedError

    def __call__(self, doc: Doc) -> Doc:
        if ERROR_KEY in doc.user_data:
            return doc
        try:
            return self.process(doc)
        except Exception as exc:  # any bug on any input: the article fails, the batch goes on
            name = "veille_" + type(self).__module__.rsplit(".", 1)[-1]
            doc.user_data[ERROR_KEY] = f"internal error in component {name}: {type(exc).__name__}: {exc}"
            return doc


def failure(doc: Doc) -> str | None:
    """Why a component failed on ``doc``, or None."""
    return doc.user_data.get(ERROR_KEY)
