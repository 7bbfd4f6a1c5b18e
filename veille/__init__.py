"""Veille: French news dispatches to an evidence-linked knowledge base.

    >>> import veille
    >>> rec = veille.extract("Le président français Emmanuel Macron a reçu mardi ...", date="2019-12-17")
    >>> rec.to_dict()["entities"]
"""
from veille.pipeline import extract, extract_many, load
from veille.record import Record

__all__ = ["extract", "extract_many", "load", "Record"]
__version__ = "0.1.0"
