"""The Dask engine on a real local cluster: the output of one local job, in input order."""
from __future__ import annotations

import logging
from dataclasses import replace
from pathlib import Path

import pytest

from tradetrack import api, cli
from tradetrack.model import Article
from tradetrack.store import Store

from .test_parallel import as_rows
from .test_store import expected, synthetic_articles, write_jsonl

distributed = pytest.importorskip("distributed")


@pytest.fixture(scope="module")
def cluster():
    # in-process workers: a real scheduler and real tasks, without a slow process start
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=False, dashboard_address=":0",
                                  silence_logs=logging.ERROR) as c:
        yield c


def test_dask_engine_matches_one_local_job(cluster, tmp_path: Path) -> None:
    recs = synthetic_articles(60, seed=5)
    corpus = write_jsonl(tmp_path / "c.jsonl", recs)
    paths = [corpus]
    arts = list(api.articles(paths))
    failed: list[str] = []
    want = expected(arts, failed)
    got = as_rows(api.extract((replace(a) for a in arts), engine="dask", scheduler=cluster.scheduler_address,
                              warn=lambda m: None))
    assert [g[0] for g in got] == [a.id for a in arts if a.id not in failed]
    assert got == want

    # the CLI, byte for byte, and an ingest through the cluster
    local, dask = tmp_path / "local.jsonl", tmp_path / "dask.jsonl"
    assert cli.main(["extract", *map(str, paths), "-j", "1", "-q", "-o", str(local)]) == 0
    assert cli.main(["extract", *map(str, paths), "--engine", "dask", "--scheduler", cluster.scheduler_address,
                     "-q", "-o", str(dask)]) == 0
    assert dask.read_bytes() == local.read_bytes()
    db = tmp_path / "s.sqlite"
    assert cli.main(["ingest", *map(str, paths), "--db", str(db), "--engine", "dask",
                     "--scheduler", cluster.scheduler_address, "-q"]) == 0
    with Store(db, readonly=True) as s:
        assert as_rows(s.pairs()) == want


def test_dask_engine_starts_its_own_local_cluster() -> None:
    arts = [Article(id=r["id"], text=r["text"]) for r in synthetic_articles(30, seed=9)]
    want = expected(arts)
    got = as_rows(api.extract((replace(a) for a in arts), engine="dask", jobs=1, warn=lambda m: None))
    assert got == want
