"""Extraction: numbers, periods, partners and cues assembled into figures."""
from __future__ import annotations

from ..model import Article, Figure

# Bumped whenever extraction output can change: stored figures carry it (`reextract`).
EXTRACTOR_VERSION = "0.1.0"


def extract_article(article: Article) -> list[Figure]:
    """The trade figures stated in one article (work in progress: the engine lands next)."""
    return []
