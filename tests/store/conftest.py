"""Knowledge-base fixtures (see tests/kb.py)."""
from tests import kb

db_url, corpus, filled = kb.db_url, kb.corpus, kb.filled
