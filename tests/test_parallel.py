"""Parallel extraction: same output as one job, in input order, input pulled lazily; the CLI's
``--jobs``, ``extract --from-db`` and the store as the default source of the reading commands."""
from __future__ import annotations

import itertools
import json
from dataclasses import replace
from pathlib import Path

import pytest

from tradetrack import api, cli
from tradetrack.model import Article
from tradetrack.parallel import CHUNK, IN_FLIGHT_PER_WORKER, SERIAL_BELOW_CHARS, extract_parallel, progress

from .test_store import DEV, ROOT, expected, synthetic_articles, write_jsonl


def as_rows(pairs) -> list[tuple]:
    return [(a.id, a.language, a.published, a.published_inferred, [f.record() for f in figs]) for a, figs in pairs]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Enough text to start worker processes (> SERIAL_BELOW_CHARS): the dev articles (when
    shared/ is beside the repository) under fresh ids, and synthetic ones."""
    recs = synthetic_articles(300 if DEV.is_file() else 550, seed=11)
    if DEV.is_file():
        recs += [json.loads(line) for line in DEV.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert sum(len(r["text"]) for r in recs) > SERIAL_BELOW_CHARS
    return write_jsonl(tmp_path_factory.mktemp("par") / "corpus.jsonl", recs)


@pytest.fixture(scope="module")
def reference(corpus: Path) -> tuple[list[Article], list[str], list[tuple]]:
    """The corpus's articles, those the extractor raises on, and extract_article's output."""
    arts = list(api.articles([corpus]))
    failed: list[str] = []
    return arts, failed, expected(arts, failed)


def test_jobs_give_the_output_of_one_job_in_input_order(reference) -> None:
    arts, failed, want = reference
    warned: list[str] = []
    got = as_rows(extract_parallel((replace(x) for x in arts), jobs=2, chunk=7, warn=warned.append))
    assert [g[0] for g in got] == [a.id for a in arts if a.id not in failed]
    assert got == want
    assert len(warned) == len(failed)


def test_cli_extract_jobs_1_and_2_are_byte_identical(corpus: Path, reference, tmp_path: Path) -> None:
    outs = []
    for jobs in ("1", "2"):
        out = tmp_path / f"j{jobs}.jsonl"
        assert cli.main(["extract", str(corpus), "--jobs", jobs, "-q", "-o", str(out)]) == 0
        outs.append(out.read_bytes())
    assert outs[0] == outs[1]
    assert outs[0].count(b"\n") == sum(len(w[4]) for w in reference[2])


def test_input_is_pulled_lazily(tmp_path: Path) -> None:
    # An endless input: the workers get only a bounded window of it ahead of the consumer.
    pulled = 0

    def endless():
        nonlocal pulled
        for i in itertools.count():
            pulled += 1
            yield Article(id=f"a{i}", text=f"Article {i}. " + "x" * 2_000)

    got = list(itertools.islice(extract_parallel(endless(), jobs=2), 100))
    assert [a.id for a, _ in got] == [f"a{i}" for i in range(100)]
    lookahead = SERIAL_BELOW_CHARS // 2_000 + 1
    assert pulled <= 100 + lookahead + 2 * IN_FLIGHT_PER_WORKER * CHUNK


def test_progress_stays_off_when_stderr_is_not_a_terminal() -> None:
    items = [1, 2, 3]
    assert progress(items, desc="x") is items  # pytest captures stderr: not a terminal
    assert progress(items, desc="x", quiet=True) is items


def _tradetrack(capsys: pytest.CaptureFixture, *args: str) -> tuple[int, str, str]:
    """The CLI in this process (fast): exit status, stdout, stderr."""
    capsys.readouterr()
    code = cli.main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_store_is_the_default_source_when_it_exists(tmp_path: Path, capsys: pytest.CaptureFixture,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    corpus = str(write_jsonl(tmp_path / "c.jsonl", synthetic_articles(40, seed=3)))
    monkeypatch.delenv("TRADETRACK_DB", raising=False)
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    # No store here: the reading commands read the bundled data/.
    code, bundled, err = _tradetrack(capsys, "series", "--format", "csv")
    assert code == 0 and "reading the store" not in err
    assert bundled == _tradetrack(capsys, "series", str(ROOT / "data"), "--format", "csv")[1]

    code, _, err = _tradetrack(capsys, "ingest", corpus, "-j", "2")
    assert code == 0 and "stored 40 " in err and (work / "tradetrack.sqlite").is_file()
    code, _, err = _tradetrack(capsys, "ingest", corpus)
    assert code == 0 and "stored 0 " in err and "skipped 40 already stored" in err

    from_corpus = _tradetrack(capsys, "extract", corpus)[1]
    code, from_db, err = _tradetrack(capsys, "extract", "--from-db")
    assert code == 0 and "reading the store" in err
    assert from_db == from_corpus
    code, series, err = _tradetrack(capsys, "series", "--format", "csv")
    assert "reading the store" in err
    assert series == _tradetrack(capsys, "series", corpus, "--format", "csv")[1]
    # extract with no PATH still means the bundled data
    assert "reading the store" not in _tradetrack(capsys, "extract")[2]
    # --db and $TRADETRACK_DB choose another store
    elsewhere = tmp_path / "other.sqlite"
    assert _tradetrack(capsys, "ingest", corpus, "--db", str(elsewhere), "-q")[0] == 0
    monkeypatch.setenv("TRADETRACK_DB", str(elsewhere))
    monkeypatch.chdir(tmp_path)
    assert _tradetrack(capsys, "extract", "--from-db")[1] == from_corpus
    code, _, err = _tradetrack(capsys, "extract", "--from-db", "--db", str(tmp_path / "missing.sqlite"))
    assert code == 1 and "no store at" in err
    code, _, err = _tradetrack(capsys, "series", "--db", str(tmp_path / "missing.sqlite"))
    assert code == 1 and "no store at" in err  # an explicit --db is never silently replaced
    code, _, err = _tradetrack(capsys, "reextract", "--all")
    assert code == 0 and "re-extracted 40 articles" in err
