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


def figure_list(text: str, published: str | None, language: str) -> list[tuple]:
    """The figures in text order as (kind, metric, origin, destination, value, unit, bound,
    year, months), checking the detected language."""
    a = Article(id="t", text=text, published=published)
    out = [(f.kind, f.metric, f.origin, f.destination, round(f.value, 3), f.unit, f.bound, f.year, f.months)
           for f in extract_article(a)]
    assert a.language == language
    return out


def amount_list(text: str, language: str) -> list[tuple]:
    """(value, unit) of every amount the language's number reader finds in text."""
    from tradetrack.extract.lexicon import lexicon
    from tradetrack.extract.numbers import find_amounts

    return [(round(n.value, 3), n.unit) for n in find_amounts(text, lexicon(language))]
