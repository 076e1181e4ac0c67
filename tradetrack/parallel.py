"""Extraction over many articles: in this process, in worker processes, or on a Dask cluster.

Every engine yields ``(article, figures)`` in input order, and every one calls the same
``extract_chunk``, so ``--jobs 1``, ``--jobs N`` and ``--engine dask`` give identical output.
Input is pulled lazily and at most a few chunks per worker are in flight, so memory stays
bounded whatever the corpus size (``multiprocessing.Pool.imap`` would not do: its feeder
thread drains the whole input iterator as fast as it can read it).
"""
from __future__ import annotations

import itertools
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import Any, TypeVar

from .extract import EXTRACTOR_VERSION, extract_article
from .model import Article, Figure

Warn = Callable[[str], None]
Pair = tuple[Article, list[Figure]]
# What extraction sets on an article: its language, and its date when it had to be inferred.
Meta = tuple[str | None, str | None, bool]
# What a worker sends back for one article: that, its figures, or the error that stopped its
# extraction. Not the article itself: sending its text back would double the traffic.
Result = tuple[Meta, list[Figure] | None, str | None]
Outcome = tuple[Article, list[Figure] | None, str | None]
T = TypeVar("T")

ENGINES = ("local", "dask")
# A task is a chunk of articles: at most CHUNK of them, and closed once it holds CHUNK_CHARS of
# text, so that each task is ~10-20 ms of work: enough to amortise pickling and IPC.
CHUNK = 256
CHUNK_CHARS = 64_000
IN_FLIGHT_PER_WORKER = 4    # chunks queued per worker: keeps workers busy, memory bounded
# Below this much text, starting worker processes costs more than it saves: run in-process.
SERIAL_BELOW_CHARS = 100_000


class ExtractionError(RuntimeError):
    """extract_article raised on an article (and no ``warn`` callback was given to skip it)."""


def default_jobs() -> int:
    """All the cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


def extract_chunk(chunk: list[Article]) -> tuple[str, list[Result]]:
    """Extract a chunk of articles; never raises, so one bad article cannot sink a run."""
    out: list[Result] = []
    for art in chunk:
        try:
            figures: list[Figure] | None = extract_article(art)
            err = None
        except Exception as e:  # noqa: BLE001 - reported to the caller with the article
            figures, err = None, f"{type(e).__name__}: {e}"
        out.append(((art.language, art.published, art.published_inferred), figures, err))
    return EXTRACTOR_VERSION, out


def _outcomes(chunk: list[Article], res: tuple[str, list[Result]]) -> list[Outcome]:
    """The chunk's articles, with what extraction set on them, beside their results."""
    version, results = res
    if version != EXTRACTOR_VERSION:  # a remote worker running another tradetrack
        raise ExtractionError(f"worker runs extractor {version}, this process {EXTRACTOR_VERSION}; "
                              "install the same tradetrack on the workers")
    out = []
    for art, ((language, published, inferred), figures, err) in zip(chunk, results, strict=True):
        art.language, art.published, art.published_inferred = language, published, inferred
        out.append((art, figures, err))
    return out


def _chunks(items: Iterable[Article], size: int, chars: int = CHUNK_CHARS) -> Iterator[list[Article]]:
    chunk: list[Article] = []
    n = 0
    for art in items:
        chunk.append(art)
        n += len(art.text)
        if len(chunk) >= size or n >= chars:
            yield chunk
            chunk, n = [], 0
    if chunk:
        yield chunk


def _ordered(submit: Callable[[list[Article]], Any], result: Callable[[Any], tuple[str, list[Result]]],
             chunks: Iterator[list[Article]], window: int) -> Iterator[Outcome]:
    """Keep ``window`` chunks submitted, yield their outcomes in submission order."""
    pending: deque = deque()
    for chunk in chunks:
        pending.append((chunk, submit(chunk)))
        if len(pending) >= window:
            done, task = pending.popleft()
            yield from _outcomes(done, result(task))
    while pending:
        done, task = pending.popleft()
        yield from _outcomes(done, result(task))


# --- local worker processes -------------------------------------------------------------------

def _watch_parent(ppid: int) -> None:
    # A pool worker blocks on its task pipe, whose write end it holds itself: if the parent is
    # killed (SIGKILL, OOM) it would wait forever. Exit once the parent is gone.
    while os.getppid() == ppid:
        time.sleep(1.0)
    os._exit(0)


def _worker_init() -> None:
    # Ctrl-C reaches the whole process group: the parent stops the pool, workers stay quiet
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    threading.Thread(target=_watch_parent, args=(os.getppid(),), daemon=True).start()


def _mp_context() -> multiprocessing.context.BaseContext:
    # forkserver: workers fork from a clean server process with the extractor preloaded (cheap
    # to start, and safe when the parent has threads, e.g. a progress bar or a Dask client).
    if "forkserver" in multiprocessing.get_all_start_methods():
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload(["tradetrack.extract"])
        return ctx
    return multiprocessing.get_context("spawn")


def _local(chunks: Iterator[list[Article]], jobs: int) -> Iterator[Outcome]:
    pool = _mp_context().Pool(jobs, initializer=_worker_init)
    try:
        yield from _ordered(lambda c: pool.apply_async(extract_chunk, (c,)), lambda r: r.get(),
                            chunks, jobs * IN_FLIGHT_PER_WORKER)
        pool.close()
    finally:
        pool.terminate()  # also on an early stop (an error, or a consumer that broke off)
        pool.join()


# --- Dask -------------------------------------------------------------------------------------

def _dask(chunks: Iterator[list[Article]], jobs: int, scheduler: str | None,
          cluster_kwargs: dict | None) -> Iterator[Outcome]:
    try:
        from distributed import Client, LocalCluster
    except ImportError as e:
        raise ImportError("the dask engine needs the optional extra: pip install 'tradetrack[dask]'") from e
    import logging

    cluster = None
    if scheduler:
        client = Client(scheduler)
    else:
        kw = dict(n_workers=jobs, threads_per_worker=1, processes=True, dashboard_address=":0",
                  silence_logs=logging.ERROR)
        kw.update(cluster_kwargs or {})
        cluster = LocalCluster(**kw)
        client = Client(cluster)
    try:
        workers = max(1, sum(client.nthreads().values()))
        # pure=False: two chunks with equal content are still two tasks, each with its result
        yield from _ordered(lambda c: client.submit(extract_chunk, c, pure=False), lambda f: f.result(),
                            chunks, workers * IN_FLIGHT_PER_WORKER)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


# --- the entry point --------------------------------------------------------------------------

def extract_parallel(items: Iterable[Article], *, jobs: int | None = 1, engine: str = "local",
                     scheduler: str | None = None, warn: Warn | None = None, chunk: int = CHUNK,
                     cluster_kwargs: dict | None = None) -> Iterator[Pair]:
    """Each article with its figures, in input order, extracted by ``jobs`` workers.

    ``jobs`` None or < 1 means all cores. ``engine`` "dask" runs on the cluster at
    ``scheduler`` (a LocalCluster of ``jobs`` workers when None; ``cluster_kwargs`` go to it).
    An article whose extraction raises is reported through ``warn`` and left out; without
    ``warn`` it stops the run with ExtractionError.
    """
    if engine not in ENGINES:
        raise ValueError(f"unknown engine {engine!r} (one of {', '.join(ENGINES)})")
    jobs = jobs if jobs and jobs > 0 else default_jobs()
    it = iter(items)
    if engine == "local" and jobs > 1:
        # Look ahead: a small input (the bundled data, one file) is done faster in-process.
        head: list[Article] = []
        chars = 0
        for art in it:
            head.append(art)
            chars += len(art.text)
            if chars >= SERIAL_BELOW_CHARS:
                break
        else:
            jobs = 1
        it = itertools.chain(head, it)
    chunks = _chunks(it, max(1, chunk))
    if engine == "dask":
        outcomes = _dask(chunks, jobs, scheduler, cluster_kwargs)
    elif jobs == 1:
        outcomes = (o for c in chunks for o in _outcomes(c, extract_chunk(c)))
    else:
        outcomes = _local(chunks, jobs)
    for art, figs, err in outcomes:
        if figs is not None:
            yield art, figs
        elif warn is None:
            raise ExtractionError(f"{art.origin or art.id}: extraction failed ({err})")
        else:
            warn(f"{art.origin or art.id}: extraction failed ({err}); skipped")


def progress(items: Iterable[T], *, desc: str, quiet: bool = False, unit: str = "art",
             total: int | None = None) -> Iterable[T]:
    """A progress bar on stderr around ``items`` when stderr is a terminal and not ``quiet``."""
    if quiet or not sys.stderr.isatty():
        return items
    from tqdm import tqdm

    return tqdm(items, desc=desc, unit=unit, total=total, file=sys.stderr, dynamic_ncols=True,
                mininterval=0.5, smoothing=0.1)
