"""Extraction: numbers, periods, partners and cues assembled into figures.

``extract_article`` is the one entry point: it detects the article's language (the
``language`` field is a hint), compiles that language's lexicon once, and runs the engine in
``figures.py``. The engine holds no word of any language; see ``tradetrack.lang``.
"""
from __future__ import annotations

from ..corpus.detect import detect_language
from ..model import Article, Figure
from .figures import extract_text
from .lexicon import lexicon

# Bumped whenever extraction output can change: stored figures carry it (`reextract`).
EXTRACTOR_VERSION = "0.5.0"

__all__ = ["EXTRACTOR_VERSION", "extract_article"]


def extract_article(article: Article) -> list[Figure]:
    """The trade figures stated in one article.

    Fills ``article.language`` (detected) and, when it was missing, ``article.published``
    with ``published_inferred`` set.
    """
    article.language = detect_language(article.text, article.language)
    return extract_text(article, lexicon(article.language))
