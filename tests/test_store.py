"""The SQLite store: dedupe, re-ingest, re-extract, reading back, and a real SIGKILL mid-ingest."""
from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path

import pytest

from tradetrack import api
from tradetrack.extract import EXTRACTOR_VERSION, extract_article
from tradetrack.model import Article, Figure
from tradetrack.store import Store, content_hash, default_db_path

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT.parent / "shared" / "eval" / "dev" / "articles.jsonl"

PARTNERS = [("le Vietnam", "la Russie", "Vietnam", "Russia"), ("la France", "l'Algérie", "France", "Algeria"),
            ("la Chine", "la Russie", "China", "Russia"), ("le Canada", "la France", "Canada", "France"),
            ("l'Inde", "les Émirats arabes unis", "India", "the UAE"), ("le Vietnam", "le Laos", "Vietnam", "Laos")]


def synthetic_articles(n: int, seed: int = 7) -> list[dict]:
    """Short articles in French and English that state trade figures (distinct texts)."""
    rnd = random.Random(seed)
    out = []
    for i in range(n):
        fa, fb, ea, eb = rnd.choice(PARTNERS)
        year = rnd.randint(2010, 2024)
        value = rnd.randint(10, 990) / 10
        pct = rnd.randint(1, 400) / 10
        if i % 2:
            text = (f"Hanoi, {rnd.randint(1, 28)} juillet (VNA) - Les échanges commerciaux entre {fa} et {fb} "
                    f"ont atteint {str(value).replace('.', ',')} milliards de dollars en {year}, en hausse de "
                    f"{str(pct).replace('.', ',')}% sur un an. Les deux pays visent à porter ce chiffre à "
                    f"{int(value * 2)} milliards de dollars d'ici {year + 5}. (Dépêche {i})")
            lang = "fr"
        else:
            text = (f"Two-way trade between {ea} and {eb} reached ${value} billion in {year}, up {pct}% "
                    f"year on year, and the two countries aim to lift it to ${int(value * 2)} billion by "
                    f"{year + 5}. (Report {i})")
            lang = "en"
        out.append({"id": f"syn-{i:06d}", "text": text, "language": lang, "published": f"{year + 1}-01-15",
                    "url": f"https://example.org/{i}", "title": f"Trade {i}"})
    return out


def mostly_empty_articles(n: int) -> list[dict]:
    """Many articles cheap to extract (a line without figures), one in twenty stating figures."""
    trade = synthetic_articles(n // 20 + 1, seed=13)
    return [{**trade[i // 20], "id": f"art-{i:06d}"} if i % 20 == 0 else
            {"id": f"art-{i:06d}", "text": f"Dépêche {i} : la réunion du comité s'est tenue à Hanoi.", "language": "fr"}
            for i in range(n)]


def write_jsonl(path: Path, recs: list[dict]) -> Path:
    with open(path, "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    return path


def corpus_articles(path: Path) -> list[Article]:
    return list(api.articles([path]))


def expected(arts: list[Article], failed: list[str] | None = None) -> list[tuple]:
    """What extraction gives, article by article, on fresh copies of the input; an article
    the extractor raises on is left out (and its id added to ``failed``), as every engine does."""
    out = []
    for a in arts:
        a = replace(a)
        try:
            figs = extract_article(a)
        except Exception:
            if failed is not None:
                failed.append(a.id)
            continue
        out.append((a.id, a.language, a.published, a.published_inferred, [f.record() for f in figs]))
    return out


def stored(db: Path) -> list[tuple]:
    with Store(db, readonly=True) as s:
        return [(a.id, a.language, a.published, a.published_inferred, [f.record() for f in figs])
                for a, figs in s.pairs()]


def dump(db: Path) -> tuple[list, list]:
    """Every stored row except the ingest time stamp."""
    con = sqlite3.connect(db)
    try:
        arts = con.execute("SELECT seq, id, content_hash, url, title, published, published_inferred, language, "
                           "given_published, given_language, text, origin, extractor_version "
                           "FROM articles ORDER BY seq").fetchall()
        figs = con.execute("SELECT * FROM figures ORDER BY article, n").fetchall()
    finally:
        con.close()
    return arts, figs


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    recs = synthetic_articles(100)
    if DEV.is_file():  # the real dev articles too, when shared/ is beside the repository
        recs += [json.loads(line) for line in DEV.read_text(encoding="utf-8").splitlines() if line.strip()]
    return write_jsonl(tmp_path / "corpus.jsonl", recs)


def test_ingest_stores_each_article_with_its_extracted_figures(tmp_path: Path, corpus: Path) -> None:
    arts = corpus_articles(corpus)
    db = tmp_path / "s.sqlite"
    with Store(db) as s:
        stats = s.ingest(corpus_articles(corpus), jobs=1, warn=lambda m: None)
        counts = s.counts()
    failed: list[str] = []
    want = expected(arts, failed)
    ok = len(arts) - len(failed)
    assert (stats.read, stats.stored, stats.known, stats.duplicates, stats.failed) == (len(arts), ok, 0, 0, len(failed))
    assert stats.figures == sum(len(w[4]) for w in want) == counts["figures"]
    assert counts == {"articles": ok, "figures": stats.figures, "outdated": 0}
    assert stored(db) == want  # ingest order, language/date as extraction left them
    con = sqlite3.connect(db)
    assert con.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    given = con.execute("SELECT given_published, given_language, text FROM articles ORDER BY seq").fetchall()
    assert given == [(a.published, a.language, a.text) for a in arts if a.id not in failed]
    assert set(con.execute("SELECT DISTINCT extractor_version FROM figures").fetchall()) <= {(EXTRACTOR_VERSION,)}
    con.close()


def test_reingest_is_a_no_op(tmp_path: Path, corpus: Path) -> None:
    db = tmp_path / "s.sqlite"
    with Store(db) as s:
        first = s.ingest(corpus_articles(corpus), jobs=1, warn=lambda m: None)
    before = dump(db)
    with Store(db) as s:
        again = s.ingest(corpus_articles(corpus), jobs=2, warn=lambda m: None)
    # articles the extractor failed on were not stored: they are tried again, and fail again
    assert (again.read, again.stored, again.figures, again.known, again.duplicates, again.failed) == (
        first.read, 0, 0, first.stored, 0, first.failed)
    assert dump(db) == before


def test_duplicates_by_id_and_by_content_keep_the_first(tmp_path: Path) -> None:
    a = Article(id="a", text="Les échanges ont atteint 4,15 milliards de dollars en 2024.", language="fr")
    same_words = Article(id="b", text="  Les échanges ont atteint\n4,15 milliards  de dollars en 2024. ")
    same_id = Article(id="a", text="Another text entirely.")
    other = Article(id="c", text="Two-way trade reached $5 billion in 2020.")
    db = tmp_path / "s.sqlite"
    with Store(db) as s:
        stats = s.ingest([a, same_words, same_id, other], jobs=1)
        assert (stats.read, stats.stored, stats.known, stats.duplicates) == (4, 2, 1, 1)
        assert [(x.id, x.text) for x, _ in s.pairs()] == [("a", a.text), ("c", other.text)]
        # across runs too
        stats = s.ingest([Article(id="d", text=a.text + "\n")], jobs=1)
        assert (stats.stored, stats.duplicates) == (0, 1)
    assert content_hash(a.text) == content_hash(same_words.text) != content_hash(other.text)


def test_an_article_stored_meanwhile_by_another_ingest_is_skipped(tmp_path: Path) -> None:
    db = tmp_path / "s.sqlite"
    first = Article(id="a", text="Two-way trade between Vietnam and Russia reached $5 billion in 2020.")
    second = Article(id="b", text="Les échanges ont atteint 4,15 milliards de dollars en 2024.")

    def items():
        yield replace(first)
        # another process stores "a" after this run checked it and before it commits
        with Store(db) as other:
            assert other.ingest([replace(first)]).stored == 1
        yield replace(second)

    with Store(db) as s:
        stats = s.ingest(items())
        assert (stats.read, stats.stored, stats.known, stats.figures) == (2, 1, 1, len(expected([second])[0][4]))
    assert [r[0] for r in stored(db)] == ["a", "b"]
    assert stored(db) == expected([first, second])


def test_a_reader_does_not_wait_for_a_writer(tmp_path: Path) -> None:
    db = tmp_path / "s.sqlite"
    with Store(db) as s:
        s.ingest([Article(id="a", text="One.")])
    writer = sqlite3.connect(db, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")  # a write transaction left open, as during an ingest batch
    writer.execute("UPDATE articles SET title = 'changed'")
    t0 = time.monotonic()
    with Store(db, readonly=True) as r:
        assert [(a.id, a.title) for a, _ in r.pairs()] == [("a", None)]  # the committed state
    assert time.monotonic() - t0 < 5  # not the 30 s busy timeout
    writer.execute("ROLLBACK")
    writer.close()


def test_figures_round_trip_through_the_store(tmp_path: Path) -> None:
    # The schema holds every field of a Figure, whatever the extractor currently finds.
    art = Article(id="x", text="…", language="fr", published="2025-01", published_inferred=True)
    figs = [Figure(article="x", kind="actual", metric="turnover", origin="RUS", destination="VNM",
                   value=4150000000.0, unit="USD", bound="exact", year=2024, months="1-11",
                   evidence="le chiffre d'affaires a atteint 4,15 milliards de dollars", source="VNA",
                   offset=12, extra={"cue": "atteint"}),
            Figure(article="x", kind="target", metric="turnover", origin="RUS", destination="VNM",
                   value=15e9, unit="USD", year=None, base_year=None, evidence="d'ici 2030"),
            Figure(article="x", kind="actual", metric="exports", origin="VNM", destination="RUS",
                   value=-15.8, unit="%", bound="at_most", year=2020, months="1-6", base_year=2015,
                   evidence="en baisse de près de 15,8%")]
    db = tmp_path / "s.sqlite"
    with Store(db) as s:
        assert s._commit_pairs([(art, content_hash(art.text), None, None, figs)]) == (1, 3)
        [(back, back_figs)] = list(s.pairs())
    assert back == art
    assert back_figs == figs


def test_reextract_refreshes_only_outdated_articles(tmp_path: Path, corpus: Path) -> None:
    db = tmp_path / "s.sqlite"
    with Store(db) as s:
        s.ingest(corpus_articles(corpus), jobs=1, warn=lambda m: None)
    clean = dump(db)
    # As if ten articles had been extracted by an older engine that found nothing in them.
    con = sqlite3.connect(db)
    ids = [r[0] for r in con.execute("SELECT id FROM articles ORDER BY seq LIMIT 10 OFFSET 5")]
    con.executemany("DELETE FROM figures WHERE article = ?", [(i,) for i in ids])
    con.executemany("UPDATE articles SET extractor_version = '0.0.1', language = NULL, published = NULL "
                    "WHERE id = ?", [(i,) for i in ids])
    con.commit()
    con.close()
    with Store(db) as s:
        assert s.counts()["outdated"] == 10
        stats = s.reextract(jobs=2)
        assert s.counts()["outdated"] == 0
    assert stats.articles == 10
    assert dump(db) == clean
    with Store(db) as s:
        assert s.reextract().articles == 0  # nothing left to do
        assert s.reextract(everything=True).articles == len(clean[0])
    assert dump(db) == clean


def test_default_db_path_follows_the_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("TRADETRACK_DB", raising=False)
    assert default_db_path() == Path("tradetrack.sqlite")
    monkeypatch.setenv("TRADETRACK_DB", str(tmp_path / "x.sqlite"))
    assert default_db_path() == tmp_path / "x.sqlite"


def _ingest_cmd(corpus: Path, db: Path) -> list[str]:
    return [sys.executable, "-m", "tradetrack", "ingest", str(corpus), "--db", str(db), "--jobs", "2", "-q"]


def _count(db: Path) -> int:
    try:
        con = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True, timeout=5)
        try:
            return con.execute("SELECT count(*) FROM articles").fetchone()[0]
        finally:
            con.close()
    except sqlite3.OperationalError:  # not created yet
        return 0


def test_sigkill_mid_ingest_then_rerun_ends_as_an_uninterrupted_run(tmp_path: Path) -> None:
    n = 3000
    recs = mostly_empty_articles(n)
    corpus = write_jsonl(tmp_path / "big.jsonl", recs)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    clean_db = tmp_path / "clean.sqlite"
    subprocess.run(_ingest_cmd(corpus, clean_db), check=True, env=env, timeout=300)

    clean_figs = dump(clean_db)[1]
    db = tmp_path / "killed.sqlite"
    kills = []
    for _ in range(2):  # killed twice, at different points
        already = _count(db)
        proc = subprocess.Popen(_ingest_cmd(corpus, db), env=env, start_new_session=True)
        while proc.poll() is None and _count(db) <= already:
            time.sleep(0.002)
        os.killpg(proc.pid, signal.SIGKILL)  # the command and its workers, with no warning
        proc.wait()
        kills.append(_count(db))
        con = sqlite3.connect(db)
        assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert con.execute("PRAGMA foreign_key_check").fetchall() == []
        con.close()
        # whole batches: the first articles of the input, each with all its figures
        arts, figs = dump(db)
        assert [a[1] for a in arts] == [r["id"] for r in recs[:kills[-1]]]
        ids = {a[1] for a in arts}
        assert figs == [f for f in clean_figs if f[0] in ids]
    assert 0 < kills[0] < kills[1] < n, kills  # really stopped mid-run, twice
    done = subprocess.run(_ingest_cmd(corpus, db), env=env, timeout=300, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert dump(db) == dump(clean_db)
    assert stored(db) == stored(clean_db)
