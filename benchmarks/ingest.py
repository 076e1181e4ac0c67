"""Ingest into the store: 100k articles (the dev articles repeated, each copy made unique so
that content dedupe keeps it), timed end to end with `tradetrack ingest --jobs N`; then the
same ingest again (a no-op), and `tradetrack reextract --all`.

    .venv/bin/python benchmarks/ingest.py [--articles 100000] [--jobs N] [--no-reextract]
    .venv/bin/python benchmarks/ingest.py --only-reextract   # time reextract --all on the last store

Files go to benchmarks/out/ (git-ignored). Results: printed, and saved to
benchmarks/out/ingest.json (see results.py).
"""
from __future__ import annotations

import argparse
import json
import os
import sqlite3
import sys

from common import DEV, MB, OUT, repeated_dev, run_tradetrack, save, use_committed_tree


def main() -> int:
    use_committed_tree()
    from tradetrack.parallel import default_jobs

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=100_000)
    ap.add_argument("--jobs", type=int, default=default_jobs())
    ap.add_argument("--dev", default=DEV)
    ap.add_argument("--no-reextract", action="store_true")
    ap.add_argument("--only-reextract", action="store_true", help="add `reextract --all` on the store of the last run")
    args = ap.parse_args()
    db = OUT / "ingest.sqlite"
    if args.only_reextract:
        result = json.loads((OUT / "ingest.json").read_text())
        r = run_tradetrack("reextract", "--all", "--db", str(db), "--jobs", str(args.jobs))
        c = result["corpus"]
        result["reextract_all"] = {"seconds": r.seconds, "articles_s": c["articles"] / r.seconds,
                                   "mb_s": c["text_mb"] / r.seconds, "peak_process_mb": r.peak_process_mb,
                                   "peak_tree_mb": r.peak_tree_mb, "summary": r.stderr.strip().splitlines()[-1]}
        print(f"reextract --all: {r.seconds:.1f} s\n    {result['reextract_all']['summary']}")
        # keep the ingest's machine record; this run's commit goes with its own figures
        result["reextract_all"]["commit"] = os.environ.get("TRADETRACK_BENCH_SRC", "")[:7]
        path = OUT / "ingest.json"
        path.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n")
        print(f"saved {path}")
        return 0

    corpus = repeated_dev(articles=args.articles, unique_text=True, dev=args.dev,
                          name=f"dev-unique-{args.articles}.jsonl")
    print(f"corpus  {corpus.describe()}")
    for p in (db, db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")):
        p.unlink(missing_ok=True)
    result: dict = {"corpus": {"articles": corpus.articles, "file_mb": corpus.file_bytes / MB,
                               "text_mb": corpus.text_bytes / MB}, "jobs": args.jobs}

    def timed(label: str, *cmd: str) -> dict:
        r = run_tradetrack(*cmd, "--db", str(db), "--jobs", str(args.jobs))
        x = {"seconds": r.seconds, "articles_s": corpus.articles / r.seconds,
             "mb_s": corpus.text_bytes / MB / r.seconds, "peak_process_mb": r.peak_process_mb,
             "peak_tree_mb": r.peak_tree_mb, "summary": r.stderr.strip().splitlines()[-1] if r.stderr.strip() else ""}
        print(f"{label}: {x['seconds']:.1f} s, {x['articles_s']:.0f} articles/s, {x['mb_s']:.2f} MB/s, "
              f"peak RSS {x['peak_process_mb']:.0f} MB (all processes {x['peak_tree_mb']:.0f} MB)\n    {x['summary']}")
        return x

    result["ingest"] = timed(f"ingest {corpus.articles} articles, --jobs {args.jobs}", "ingest", str(corpus.path))
    result["reingest"] = timed("the same ingest again (no-op)", "ingest", str(corpus.path))
    if not args.no_reextract:
        result["reextract_all"] = timed("reextract --all", "reextract", "--all")
    con = sqlite3.connect(db)
    a, f = (con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("articles", "figures"))
    con.close()
    result["store"] = {"articles": a, "figures": f, "file_mb": db.stat().st_size / MB}
    print(f"store   {a} articles, {f} figures, {db.stat().st_size / MB:.0f} MB")
    print(f"saved {save('ingest', result)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
