"""Parallel extraction: same output as one job, in input order, input pulled lazily; the CLI's
``--jobs``, ``extract --from-db`` and the store as the default source of the reading commands."""
from __future__ import annotations

import itertools
import json
import os
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from tradetrack import api, cli
from tradetrack.extract import extract_article
from tradetrack.model import Article
from tradetrack.parallel import CHUNK, IN_FLIGHT_PER_WORKER, SERIAL_BELOW_CHARS, extract_parallel, progress

from .test_store import DEV, ROOT, synthetic_articles, write_jsonl


def as_rows(pairs) -> list[tuple]:
    return [(a.id, a.language, a.published, a.published_inferred, [f.record() for f in figs]) for a, figs in pairs]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Enough text to start worker processes (> SERIAL_BELOW_CHARS): the dev articles (when
    shared/ is beside the repository) under fresh ids, and synthetic ones."""
    recs = synthetic_articles(1500, seed=11)
    if DEV.is_file():
        dev = [json.loads(line) for line in DEV.read_text(encoding="utf-8").splitlines() if line.strip()]
        recs += [{**r, "id": f"{r['id']}~{k}"} for k in range(3) for r in dev]
    assert sum(len(r["text"]) for r in recs) > SERIAL_BELOW_CHARS
    return write_jsonl(tmp_path_factory.mktemp("par") / "corpus.jsonl", recs)


def test_jobs_give_the_output_of_one_job_in_input_order(corpus: Path) -> None:
    arts = list(api.articles([corpus]))
    want = as_rows((a, extract_article(a)) for a in (replace(x) for x in arts))
    assert as_rows(extract_parallel((replace(x) for x in arts), jobs=1)) == want
    got = as_rows(extract_parallel((replace(x) for x in arts), jobs=2, chunk=7))
    assert [g[0] for g in got] == [a.id for a in arts]
    assert got == want


def test_cli_extract_jobs_1_and_2_are_byte_identical(corpus: Path, tmp_path: Path) -> None:
    outs = []
    for jobs in ("1", "2"):
        out = tmp_path / f"j{jobs}.jsonl"
        assert cli.main(["extract", str(corpus), "--jobs", jobs, "-q", "-o", str(out)]) == 0
        outs.append(out.read_bytes())
    assert outs[0] == outs[1]
    arts = list(api.articles([corpus]))
    assert outs[0].count(b"\n") == sum(len(extract_article(a)) for a in arts)


def test_input_is_pulled_lazily(tmp_path: Path) -> None:
    # An endless input: the workers get only a bounded window of it ahead of the consumer.
    pulled = 0

    def endless():
        nonlocal pulled
        for i in itertools.count():
            pulled += 1
            yield Article(id=f"a{i}", text=f"Article {i}. " + "x" * 10_000)

    got = list(itertools.islice(extract_parallel(endless(), jobs=2), 100))
    assert [a.id for a, _ in got] == [f"a{i}" for i in range(100)]
    lookahead = SERIAL_BELOW_CHARS // 10_000 + 1
    assert pulled <= 100 + lookahead + 2 * IN_FLIGHT_PER_WORKER * CHUNK


def test_progress_stays_off_when_stderr_is_not_a_terminal() -> None:
    items = [1, 2, 3]
    assert progress(items, desc="x") is items  # pytest captures stderr: not a terminal
    assert progress(items, desc="x", quiet=True) is items


def _tradetrack(*args: str, cwd: Path, db: Path | None = None) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "TRADETRACK_DB"}
    env["PYTHONPATH"] = str(ROOT)
    if db is not None:
        env["TRADETRACK_DB"] = str(db)
    return subprocess.run([sys.executable, "-m", "tradetrack", *args], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=120)


def test_store_is_the_default_source_when_it_exists(tmp_path: Path) -> None:
    corpus = write_jsonl(tmp_path / "c.jsonl", synthetic_articles(40, seed=3))
    work = tmp_path / "work"
    work.mkdir()
    # No store here: the reading commands read the bundled data/.
    r = _tradetrack("series", "--format", "csv", cwd=work)
    assert r.returncode == 0, r.stderr
    assert "reading the store" not in r.stderr
    bundled = _tradetrack("series", str(ROOT / "data"), "--format", "csv", cwd=work)
    assert r.stdout == bundled.stdout

    r = _tradetrack("ingest", str(corpus), "-j", "2", cwd=work)
    assert r.returncode == 0, r.stderr
    assert "stored 40 " in r.stderr and (work / "tradetrack.sqlite").is_file()
    r = _tradetrack("ingest", str(corpus), cwd=work)
    assert "stored 0 " in r.stderr and "skipped 40 already stored" in r.stderr

    from_corpus = _tradetrack("extract", str(corpus), cwd=work)
    from_db = _tradetrack("extract", "--from-db", cwd=work)
    assert from_db.returncode == 0, from_db.stderr
    assert from_db.stdout == from_corpus.stdout
    series = _tradetrack("series", "--format", "csv", cwd=work)
    assert "reading the store" in series.stderr
    assert series.stdout == _tradetrack("series", str(corpus), "--format", "csv", cwd=work).stdout
    # extract with no PATH still means the bundled data
    assert _tradetrack("extract", cwd=work).stdout == _tradetrack("extract", str(ROOT / "data"), cwd=work).stdout
    # --db and $TRADETRACK_DB choose another store
    elsewhere = tmp_path / "other.sqlite"
    assert _tradetrack("ingest", str(corpus), "--db", str(elsewhere), "-q", cwd=work).returncode == 0
    r = _tradetrack("extract", "--from-db", cwd=tmp_path, db=elsewhere)
    assert r.stdout == from_corpus.stdout
    r = _tradetrack("extract", "--from-db", "--db", str(tmp_path / "missing.sqlite"), cwd=work)
    assert r.returncode == 1 and "no store at" in r.stderr
    r = _tradetrack("reextract", "--all", cwd=work)
    assert r.returncode == 0 and "re-extracted 40 articles" in r.stderr
