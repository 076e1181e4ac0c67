"""Memory stays flat: peak RSS of `tradetrack extract` (streaming JSON Lines out) and of
`tradetrack ingest` on synthetic corpora of growing size (short articles, one in
--trade-every stating trade figures, the others a news line without any), 500k articles by
default for the largest.

    .venv/bin/python benchmarks/memory.py [--sizes 50000 500000] [--trade-every 50] [--jobs N] [--no-ingest]

Peak RSS is given for the largest single process (wait4) and for all the run's processes
together (sampled from /proc every 0.5 s). Files go to benchmarks/out/ (git-ignored).
Results: printed, and saved to benchmarks/out/memory.json (see results.py).
"""
from __future__ import annotations

import argparse
import sys

from common import MB, OUT, run_tradetrack, save, synthetic, use_committed_tree


def main() -> int:
    use_committed_tree()
    from tradetrack.parallel import default_jobs

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[50_000, 500_000])
    ap.add_argument("--jobs", type=int, default=default_jobs())
    ap.add_argument("--trade-every", type=int, default=50)
    ap.add_argument("--no-ingest", action="store_true")
    args = ap.parse_args()

    rows = []
    for n in args.sizes:
        corpus = synthetic(n, trade_every=args.trade_every)
        print(f"corpus  {corpus.describe()}")
        cmds = [("extract", ["extract", str(corpus.path), "-o", str(OUT / "memory-figures.jsonl")])]
        if not args.no_ingest:
            db = OUT / "memory.sqlite"
            for p in (db, db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")):
                p.unlink(missing_ok=True)
            cmds.append(("ingest", ["ingest", str(corpus.path), "--db", str(db)]))
        for name, cmd in cmds:
            r = run_tradetrack(*cmd, "--jobs", str(args.jobs), "-q")
            row = {"command": name, "articles": n, "text_mb": corpus.text_bytes / MB, "seconds": r.seconds,
                   "articles_s": n / r.seconds, "mb_s": corpus.text_bytes / MB / r.seconds,
                   "peak_process_mb": r.peak_process_mb, "peak_tree_mb": r.peak_tree_mb}
            rows.append(row)
            print(f"{name:8s}{n:>8d} articles, --jobs {args.jobs}: {r.seconds:.1f} s ({row['articles_s']:.0f} articles/s), "
                  f"peak RSS {r.peak_process_mb:.0f} MB (all processes {r.peak_tree_mb:.0f} MB)")
    print(f"saved {save('memory', {'jobs': args.jobs, 'trade_every': args.trade_every, 'runs': rows})}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
