"""The public library API: what the CLI calls and what notebooks use.

Data flows one way: corpus (load) -> extraction (figures) -> analysis (series, targets)
-> outputs (Excel, charts). Every function here takes and returns plain Python records
or pandas DataFrames with documented columns (README, "Library API").
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

import pandas as pd

from .corpus import load_corpus
from .extract import extract_article
from .model import FIGURE_FIELDS, Article, Figure

# Columns of a figures DataFrame: the FIGURES.md record, then where it came from.
FIGURE_COLUMNS: tuple[str, ...] = FIGURE_FIELDS + (
    "source", "language", "published", "published_inferred", "title", "url",
)

Warn = Callable[[str], None]

DATA_DIR = Path(__file__).resolve().parent.parent / "data"


def default_corpus() -> Path:
    """The bundled sample corpus (``data/`` of the repository)."""
    return DATA_DIR


def articles(paths: Iterable[str | Path] | None = None, *, warn: Warn | None = None) -> Iterator[Article]:
    """Articles read from corpus paths (JSONL files, folders, single files); the bundled data if None."""
    yield from load_corpus(list(paths) if paths else [default_corpus()], warn=warn)


def extract(items: Iterable[Article], *, jobs: int | None = 1, engine: str = "local",
            scheduler: str | None = None, warn: Warn | None = None) -> Iterator[tuple[Article, list[Figure]]]:
    """Each article with the figures read from it (the article comes back with its language
    and publication date filled in when they were detected or inferred), in input order.

    ``jobs`` worker processes (None or 0: all cores), or a Dask cluster with ``engine="dask"``
    (``scheduler`` address; a local cluster when None): the output is the same. An article
    whose extraction raises is reported through ``warn`` and skipped; without ``warn`` it
    stops the run (``tradetrack.parallel.ExtractionError``).
    """
    if jobs == 1 and engine == "local" and warn is None:
        for art in items:  # the plain loop: errors surface as extract_article raised them
            yield art, extract_article(art)
        return
    from .parallel import extract_parallel

    yield from extract_parallel(items, jobs=jobs, engine=engine, scheduler=scheduler, warn=warn)


def figures_frame(pairs: Iterable[tuple[Article, list[Figure]]]) -> pd.DataFrame:
    """A DataFrame of figures (columns ``FIGURE_COLUMNS``) from ``extract`` output."""
    rows = []
    for art, figs in pairs:
        for f in figs:
            r = f.record()
            r.update(source=f.source, language=art.language, published=art.published,
                     published_inferred=art.published_inferred, title=art.title, url=art.url)
            rows.append(r)
    df = pd.DataFrame(rows, columns=list(FIGURE_COLUMNS))
    return df.astype({"year": "Int64", "base_year": "Int64", "value": "float64"})


def articles_frame(items: Iterable[Article]) -> pd.DataFrame:
    """A DataFrame of article metadata (no text): id, title, url, language, published,
    published_inferred, chars, origin."""
    rows = [dict(id=a.id, title=a.title, url=a.url, language=a.language, published=a.published,
                 published_inferred=a.published_inferred, chars=len(a.text), origin=a.origin)
            for a in items]
    return pd.DataFrame(rows, columns=["id", "title", "url", "language", "published",
                                       "published_inferred", "chars", "origin"])


def extract_frame(paths: Iterable[str | Path] | None = None, *, warn: Warn | None = None) -> pd.DataFrame:
    """Load a corpus and extract it: one row per figure (``FIGURE_COLUMNS``)."""
    return figures_frame(extract(articles(paths, warn=warn)))


# --- the store (tradetrack.store): ingest once, read many times ------------------------------

def ingest(paths: Iterable[str | Path] | None = None, db: str | Path | None = None, *,
           jobs: int | None = 1, engine: str = "local", warn: Warn | None = None):
    """Add the new articles of a corpus, with their figures, to the store ``db`` (default
    ``$TRADETRACK_DB`` or ./tradetrack.sqlite); returns ``tradetrack.store.IngestStats``."""
    from .store import Store

    with Store(db) as s:
        return s.ingest(articles(paths, warn=warn), jobs=jobs, engine=engine, warn=warn)


def reextract(db: str | Path | None = None, *, everything: bool = False, jobs: int | None = 1,
              engine: str = "local", warn: Warn | None = None):
    """Refresh the stored figures of older extractor versions (all with ``everything``)."""
    from .store import Store

    with Store(db) as s:
        return s.reextract(everything=everything, jobs=jobs, engine=engine, warn=warn)


def stored(db: str | Path | None = None) -> Iterator[tuple[Article, list[Figure]]]:
    """The stored articles with their figures, in ingest order (feed it to ``figures_frame``)."""
    from .store import Store

    with Store(db, readonly=True) as s:
        yield from s.pairs()


# --- analysis and outputs: thin re-exports so notebooks and the CLI import one module ---------

def build_series(figures: pd.DataFrame, **kw) -> pd.DataFrame:
    """Reconciled series: one row per pair, metric, direction, kind, unit, year and months
    (``by_source=True``: also per named source). See ``tradetrack.analysis.reconcile``."""
    from .analysis.reconcile import build_series as _build

    return _build(figures, **kw)


def assess_targets(figures: pd.DataFrame, series: pd.DataFrame | None = None, **kw) -> pd.DataFrame:
    """One row per distinct target, judged against the reconciled series (``today=``,
    ``official=``, ``trend_years=``). See ``tradetrack.analysis.targets``."""
    from .analysis.targets import assess_targets as _assess

    return _assess(figures, series if series is not None else build_series(figures), **kw)


def target_history(targets: pd.DataFrame, pair: str) -> pd.DataFrame:
    """The targets of one pair (either order), in the order they were first stated."""
    from .analysis.targets import target_history as _history

    return _history(targets, pair)


def conflicts(series: pd.DataFrame) -> pd.DataFrame:
    """The conflicting series rows, one line per stated figure with its deviation."""
    from .analysis.reconcile import conflicts as _conflicts

    return _conflicts(series)


def forecast_vs_actual(series: pd.DataFrame, **kw) -> pd.DataFrame:
    """Each forecast scored against the actual of the same key once it is known."""
    from .analysis.reconcile import forecast_vs_actual as _fva

    return _fva(series, **kw)


def load_official(path: str | Path, *, warn: Warn | None = None, **kw) -> pd.DataFrame:
    """Official annual figures from a tidy CSV or a UN Comtrade export (bad rows: warnings)."""
    from .analysis.official import load_official as _load

    return _load(path, warn=warn, **kw)


def compare_official(series: pd.DataFrame, official: pd.DataFrame, **kw) -> pd.DataFrame:
    """News consensus against official values, per full year, pair, metric and source."""
    from .analysis.official import compare_official as _compare

    return _compare(series, official, **kw)


def write_report(path: str | Path, figures: pd.DataFrame, articles: pd.DataFrame, *,
                 series: pd.DataFrame | None = None, targets: pd.DataFrame | None = None,
                 conflicts: pd.DataFrame | None = None, inputs: Iterable[str] | None = None,
                 images: bool = True) -> Path:
    """Write the Excel workbook (``tradetrack.outputs.excel``): Summary, Targets, Series,
    Charts, Figures, Conflicts, Articles, About. Series, targets and conflicts are computed
    from ``figures`` unless given."""
    from .outputs.excel import write_report as _write

    return _write(path, figures, articles, series=series, targets=targets, conflicts=conflicts,
                  inputs=list(inputs) if inputs is not None else None, images=images)


def plot_pair(figures: pd.DataFrame, pair: str, path: str | Path | None = None, **kw):
    """The pair's turnover by year with its targets (``pair`` unordered: "VNM-RUS" is
    "RUS-VNM"); saved (PNG/SVG/PDF by extension) when ``path`` is given. Keywords: series,
    targets, dpi, ax, currency. Returns the matplotlib Figure."""
    from .outputs.charts import plot_pair as _plot

    return _plot(figures, pair, path, **kw)


def plot_flows(figures: pd.DataFrame, pair: str, path: str | Path | None = None, **kw):
    """The pair's exports each way and its balance by year. Keywords: series, dpi, ax, currency."""
    from .outputs.charts import plot_flows as _plot

    return _plot(figures, pair, path, **kw)


def plot_attainment(targets: pd.DataFrame, path: str | Path | None = None, **kw):
    """Every target's attainment (or progress so far) as bars against a 100% line."""
    from .outputs.charts import plot_attainment as _plot

    return _plot(targets, path, **kw)


def plot_all(figures: pd.DataFrame, outdir: str | Path, **kw) -> list[Path]:
    """Every chart into ``outdir``: PAIR.png per pair, PAIR-flows.png, target-attainment.png.
    Keywords: series, targets, fmt ("png", "svg", "pdf"), dpi. Returns the files written."""
    from .outputs.charts import plot_all as _plot

    return _plot(figures, outdir, **kw)
