"""The embedded store: articles and their figures in one SQLite file.

- Articles are deduplicated by id and by a hash of their whitespace-normalised text: the
  first one stored wins, re-ingesting is a no-op.
- Each article is stored in the same transaction as its figures, in batches: a run killed at
  any moment (SIGKILL included) leaves a valid database holding whole batches, and running it
  again stores exactly what is missing, ending where an uninterrupted run ends.
- WAL journal: readers (``report`` while an ``ingest`` runs) never block on the writer.
- Figures carry the extractor version that produced them; ``reextract`` refreshes those of
  older versions, batch by batch, equally crash-safe.

The default file is ``$TRADETRACK_DB``, else ``tradetrack.sqlite`` in the working directory.
"""
from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from .extract import EXTRACTOR_VERSION
from .model import Article, Figure
from .parallel import Pair, extract_parallel, progress

Warn = Callable[[str], None]
SCHEMA_VERSION = 1
DEFAULT_DB_NAME = "tradetrack.sqlite"
BATCH_ARTICLES = 500    # articles per transaction: few fsyncs, little work lost to a crash
BATCH_SECONDS = 2.0     # ... or sooner, so a slow extraction still commits regularly

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS articles (
    seq INTEGER PRIMARY KEY,            -- ingest order: reads come back in it
    id TEXT NOT NULL UNIQUE,
    content_hash TEXT NOT NULL UNIQUE,
    url TEXT, title TEXT,
    published TEXT,                     -- as given, or as detected by extraction
    published_inferred INTEGER NOT NULL DEFAULT 0,
    language TEXT,                      -- as given, or as detected by extraction
    given_published TEXT,               -- the input's own values: what re-extraction starts from
    given_language TEXT,
    text TEXT NOT NULL,
    origin TEXT,
    ingested_at TEXT NOT NULL,
    extractor_version TEXT NOT NULL     -- version that produced this article's figures
);
CREATE TABLE IF NOT EXISTS figures (
    article TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    n INTEGER NOT NULL,                 -- position in the extractor's output for the article
    kind TEXT NOT NULL, metric TEXT NOT NULL, origin TEXT NOT NULL, destination TEXT NOT NULL,
    value REAL NOT NULL, unit TEXT NOT NULL, bound TEXT NOT NULL,
    year INTEGER, months TEXT NOT NULL, base_year INTEGER, evidence TEXT NOT NULL,
    source TEXT, "offset" INTEGER NOT NULL DEFAULT 0, extra TEXT,
    extractor_version TEXT NOT NULL,
    PRIMARY KEY (article, n)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS articles_version ON articles(extractor_version);
"""

_FIG_COLS = ("article", "n", "kind", "metric", "origin", "destination", "value", "unit", "bound",
             "year", "months", "base_year", "evidence", "source", "offset", "extra", "extractor_version")
_QUOTED_FIG_COLS = ", ".join(f'"{c}"' for c in _FIG_COLS)  # "offset" is an SQL keyword
_INSERT_FIG = f"INSERT INTO figures ({_QUOTED_FIG_COLS}) VALUES ({', '.join('?' * len(_FIG_COLS))})"
# OR IGNORE: another process may have stored the same article since it was checked
_INSERT_ART = ("INSERT OR IGNORE INTO articles (id, content_hash, url, title, published, published_inferred, "
               "language, given_published, given_language, text, origin, ingested_at, extractor_version) "
               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")


def default_db_path() -> Path:
    """``$TRADETRACK_DB`` if set, else ``tradetrack.sqlite`` in the working directory."""
    return Path(os.environ.get("TRADETRACK_DB") or DEFAULT_DB_NAME)


def content_hash(text: str) -> str:
    """Identity of an article's content: the same words with other spacing are the same article."""
    return hashlib.blake2b(" ".join(text.split()).encode("utf-8"), digest_size=16).hexdigest()


@dataclass
class IngestStats:
    read: int = 0           # articles read from the input
    stored: int = 0         # new articles stored (with their figures)
    figures: int = 0        # figures stored with them
    known: int = 0          # skipped: an article with this id is already stored
    duplicates: int = 0     # skipped: same content as a stored article under another id
    failed: int = 0         # skipped: extraction raised (reported through warn)

    def summary(self) -> str:
        return (f"read {self.read} articles: stored {self.stored} with {self.figures} figures; "
                f"skipped {self.known} already stored, {self.duplicates} duplicate content"
                + (f", {self.failed} failed" if self.failed else ""))


@dataclass
class ReextractStats:
    articles: int = 0       # articles re-extracted
    figures: int = 0        # figures they now have

    def summary(self) -> str:
        return f"re-extracted {self.articles} articles: {self.figures} figures (extractor {EXTRACTOR_VERSION})"


def _fig_rows(aid: str, figs: list[Figure]) -> list[tuple]:
    return [(aid, n, f.kind, f.metric, f.origin, f.destination, float(f.value), f.unit, f.bound,
             f.year, f.months, f.base_year, f.evidence, f.source, f.offset,
             json.dumps(f.extra, ensure_ascii=False, default=str) if f.extra else None, EXTRACTOR_VERSION)
            for n, f in enumerate(figs)]


class Store:
    """One SQLite store. Use as a context manager, or call ``close()``."""

    def __init__(self, path: str | Path | None = None, *, readonly: bool = False) -> None:
        """Open (and create unless ``readonly``) the store at ``path`` (default: default_db_path())."""
        self.path = Path(path) if path is not None else default_db_path()
        if readonly:
            # mode=rw: fails on a missing file instead of creating an empty store
            self.db = sqlite3.connect(f"{self.path.resolve().as_uri()}?mode=rw", uri=True,
                                      isolation_level=None)
        else:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            # autocommit mode: transactions are explicit BEGIN IMMEDIATE ... COMMIT below
            self.db = sqlite3.connect(self.path, isolation_level=None)
        self.db.execute("PRAGMA busy_timeout = 30000")  # another writer: wait, don't fail
        self.db.execute("PRAGMA foreign_keys = ON")
        if not readonly:
            self.db.execute("PRAGMA journal_mode = WAL")
            # NORMAL in WAL: a committed batch survives a killed process (only an OS crash
            # can lose the last commits), and the database is never corrupt.
            self.db.execute("PRAGMA synchronous = NORMAL")
            self.db.executescript(SCHEMA)
            self.db.execute("INSERT OR IGNORE INTO meta VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),))
        row = self.db.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        if row is None or int(row[0]) != SCHEMA_VERSION:
            raise RuntimeError(f"{self.path}: store schema {row and row[0]}, this tradetrack reads {SCHEMA_VERSION}")

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.db.close()

    # --- writing ------------------------------------------------------------------------------

    def _commit_pairs(self, pairs: list[tuple[Article, str, str | None, str | None, list[Figure]]]) -> tuple[int, int]:
        """Store articles with their figures in one transaction; the numbers of new articles and figures."""
        now = datetime.now(UTC).isoformat(timespec="seconds")
        new = nfigs = 0
        self.db.execute("BEGIN IMMEDIATE")
        try:
            for art, h, given_pub, given_lang, figs in pairs:
                cur = self.db.execute(_INSERT_ART, (art.id, h, art.url, art.title, art.published,
                                                    int(bool(art.published_inferred)), art.language, given_pub,
                                                    given_lang, art.text, art.origin, now, EXTRACTOR_VERSION))
                if cur.rowcount == 1:  # not stored meanwhile by a concurrent ingest
                    new += 1
                    nfigs += len(figs)
                    self.db.executemany(_INSERT_FIG, _fig_rows(art.id, figs))
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        return new, nfigs

    def ingest(self, items: Iterable[Article], *, jobs: int | None = 1, engine: str = "local",
               scheduler: str | None = None, warn: Warn | None = None, quiet: bool = True,
               batch: int = BATCH_ARTICLES) -> IngestStats:
        """Store the new articles of ``items`` with their figures; see the module doc."""
        stats = IngestStats()
        # ids and hashes handed to extraction but not committed yet: duplicates inside the
        # run are caught without remembering every id ever read (memory stays flat).
        pending_ids: set[str] = set()
        pending_hashes: dict[str, str] = {}
        given: dict[str, tuple[str, str | None, str | None]] = {}

        def new_articles() -> Iterator[Article]:
            for art in items:
                stats.read += 1
                if art.id in pending_ids or self.db.execute(
                        "SELECT 1 FROM articles WHERE id = ?", (art.id,)).fetchone():
                    stats.known += 1
                    continue
                h = content_hash(art.text)
                if h in pending_hashes or self.db.execute(
                        "SELECT 1 FROM articles WHERE content_hash = ?", (h,)).fetchone():
                    stats.duplicates += 1
                    continue
                pending_ids.add(art.id)
                pending_hashes[h] = art.id
                # extraction may fill language and date in: keep the input's own values
                given[art.id] = (h, art.published, art.language)
                yield art

        def failed(msg: str) -> None:
            stats.failed += 1
            if warn:
                warn(msg)

        buf: list[tuple[Article, str, str | None, str | None, list[Figure]]] = []
        last = time.monotonic()

        def flush() -> None:
            nonlocal last
            if buf:
                new, nfigs = self._commit_pairs(buf)
                for art, h, *_ in buf:
                    pending_ids.discard(art.id)
                    pending_hashes.pop(h, None)
                    given.pop(art.id, None)
                stats.stored += new
                stats.known += len(buf) - new  # rare: stored by a concurrent ingest meanwhile
                stats.figures += nfigs
                buf.clear()
            last = time.monotonic()

        results = extract_parallel(new_articles(), jobs=jobs, engine=engine, scheduler=scheduler, warn=failed)
        for art, figs in progress(results, desc="ingest", quiet=quiet):
            buf.append((art, *given[art.id], figs))
            if len(buf) >= batch or time.monotonic() - last >= BATCH_SECONDS:
                flush()
        flush()
        # failed articles were never stored: a later run tries them again
        return stats

    def reextract(self, *, everything: bool = False, jobs: int | None = 1, engine: str = "local",
                  scheduler: str | None = None, warn: Warn | None = None, quiet: bool = True,
                  batch: int = BATCH_ARTICLES) -> ReextractStats:
        """Re-extract the articles whose figures came from another extractor version (every
        article with ``everything``), replacing their figures batch by batch."""
        stats = ReextractStats()
        where = "" if everything else "WHERE extractor_version != ?"
        args: tuple = () if everything else (EXTRACTOR_VERSION,)
        total = self.db.execute(f"SELECT count(*) FROM articles {where}", args).fetchone()[0]
        # ``everything``: a run started now redoes articles up to the current last one, once each
        stop = self.db.execute("SELECT coalesce(max(seq), 0) FROM articles").fetchone()[0]

        def outdated() -> Iterator[Article]:
            # keyset pages instead of one long cursor: no read snapshot held while writing
            after = 0
            while True:
                rows = self.db.execute(
                    f"SELECT seq, id, text, url, title, given_published, given_language, origin FROM articles "
                    f"{where or 'WHERE 1'} AND seq > ? AND seq <= ? ORDER BY seq LIMIT 1000",
                    (*args, after, stop)).fetchall()
                if not rows:
                    return
                for _seq, aid, text, url, title, pub, lang, origin in rows:
                    yield Article(id=aid, text=text, url=url, title=title, published=pub, language=lang,
                                  origin=origin or "")
                after = rows[-1][0]

        buf: list[Pair] = []

        def flush() -> None:
            if not buf:
                return
            self.db.execute("BEGIN IMMEDIATE")
            try:
                for art, figs in buf:
                    self.db.execute("DELETE FROM figures WHERE article = ?", (art.id,))
                    self.db.executemany(_INSERT_FIG, _fig_rows(art.id, figs))
                    self.db.execute(
                        "UPDATE articles SET published = ?, published_inferred = ?, language = ?, "
                        "extractor_version = ? WHERE id = ?",
                        (art.published, int(bool(art.published_inferred)), art.language,
                         EXTRACTOR_VERSION, art.id))
                self.db.execute("COMMIT")
            except BaseException:
                self.db.execute("ROLLBACK")
                raise
            stats.articles += len(buf)
            stats.figures += sum(len(f) for _, f in buf)
            buf.clear()

        # Paging reads committed rows, and the rows a flush updates are all behind the page
        # cursor, so writing while paging is safe.
        results = extract_parallel(outdated(), jobs=jobs, engine=engine, scheduler=scheduler, warn=warn)
        for pair in progress(results, desc="reextract", quiet=quiet, total=total):
            buf.append(pair)
            if len(buf) >= batch:
                flush()
        flush()
        return stats

    # --- reading ------------------------------------------------------------------------------

    def counts(self) -> dict[str, int]:
        """Numbers of articles and figures, and of articles whose figures are outdated."""
        a, f = (self.db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("articles", "figures"))
        old = self.db.execute("SELECT count(*) FROM articles WHERE extractor_version != ?",
                              (EXTRACTOR_VERSION,)).fetchone()[0]
        return {"articles": a, "figures": f, "outdated": old}

    def pairs(self) -> Iterator[Pair]:
        """Every stored article (as extraction left it) with its figures, in ingest order,
        streamed in pages from one read snapshot."""
        cur = self.db.cursor()
        figs = self.db.cursor()
        self.db.execute("BEGIN")  # one snapshot for both cursors: consistent under a writer
        try:
            cur.execute("SELECT id, text, url, title, published, language, published_inferred, origin "
                        "FROM articles ORDER BY seq")
            for aid, text, url, title, pub, lang, inferred, origin in cur:
                art = Article(id=aid, text=text, url=url, title=title, published=pub, language=lang,
                              published_inferred=bool(inferred), origin=origin or "")
                figs.execute(f"SELECT {_QUOTED_FIG_COLS} FROM figures "
                             "WHERE article = ? ORDER BY n", (aid,))
                yield art, [_figure(r) for r in figs.fetchall()]
        finally:
            self.db.execute("COMMIT")


def _figure(r: tuple) -> Figure:
    (article, _n, kind, metric, origin, destination, value, unit, bound, year, months, base_year,
     evidence, source, offset, extra, _version) = r
    return Figure(article=article, kind=kind, metric=metric, origin=origin, destination=destination,
                  value=value, unit=unit, bound=bound, year=year, months=months, base_year=base_year,
                  evidence=evidence, source=source, offset=offset, extra=json.loads(extra) if extra else {})


def exists(path: str | Path | None = None) -> bool:
    """Whether a store file is there (the default one when ``path`` is None)."""
    return (Path(path) if path is not None else default_db_path()).is_file()
