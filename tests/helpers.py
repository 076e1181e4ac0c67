"""Shared test helpers: an article's figures as a comparable set."""
from tradetrack.extract import extract_article
from tradetrack.model import Article


def figure_set(text: str, published: str | None, language: str) -> set[tuple]:
    """The figures of an article as a set of (kind, metric, origin, destination, value, unit,
    bound, year, months, base_year); checks the detected language and that every evidence is
    an exact substring of the text."""
    a = Article(id="t", text=text, published=published)
    out = extract_article(a)
    assert a.language == language
    for f in out:
        assert f.evidence and f.evidence in text
    return {(f.kind, f.metric, f.origin, f.destination, round(f.value, 3), f.unit, f.bound, f.year,
             f.months, f.base_year) for f in out}
