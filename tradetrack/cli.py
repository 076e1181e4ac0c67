"""The `tradetrack` command: a thin layer over ``tradetrack.api``.

Conventions shared by every command: PATH arguments are corpora (JSONL, folders, files),
none means the bundled ``data/``; ``--format`` is one of jsonl, csv, table; output goes to
stdout unless ``-o``. Problems with inputs are warnings on stderr naming the file (and line);
the run goes on. Exit status: 0 (also with warnings), 1 when no article could be read (or an
output could not be written, or an internal error: one line on stderr, the traceback only
with TRADETRACK_DEBUG=1), 2 on a usage error.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from . import __version__, api
from . import store as _store
from .analysis.targets import today_year
from .corpus.load import safe_message
from .outputs.atomic import atomic_path
from .outputs.tables import FORMATS, write_frame_to
from .parallel import ENGINES, default_jobs, progress


class Run:
    """What one command invocation has to say on stderr."""

    def __init__(self, quiet: bool = False) -> None:
        self.quiet = quiet
        self.warnings = 0

    def warn(self, msg: str) -> None:
        self.warnings += 1
        # Messages quote file names, ids and errors from untrusted input: no terminal controls.
        print(f"tradetrack: warning: {safe_message(msg)}", file=sys.stderr)

    def info(self, msg: str) -> None:
        if not self.quiet:
            print(f"tradetrack: {msg}", file=sys.stderr)


def _from_store(args: argparse.Namespace) -> bool:
    """``extract --from-db``; any command given ``--db`` and no PATH; the other reading
    commands when given no PATH and the default store exists."""
    if getattr(args, "from_db", False):
        return True
    if args.paths:
        return False
    return args.db is not None or (args.command != "extract" and _store.exists())


def _pairs(args: argparse.Namespace, run: Run):
    """(article, figures) in input order: read from the store, or extracted from the corpus
    by ``--jobs`` workers of ``--engine``; with a progress bar on a terminal."""
    if _from_store(args):
        path = args.db or _store.default_db_path()
        run.info(f"reading the store {path}")

        def stored():
            with _store.Store(path, readonly=True) as db:
                yield from db.pairs()

        pairs = stored()
    else:
        pairs = api.extract(api.articles(args.paths, warn=run.warn), jobs=args.jobs, engine=args.engine,
                            scheduler=args.scheduler, warn=run.warn)
    return progress(pairs, desc=args.command, quiet=args.quiet)


def _no_article(args: argparse.Namespace) -> None:
    where = (str(args.db or _store.default_db_path()) if _from_store(args)
             else ", ".join(map(str, args.paths)) or str(api.default_corpus()))
    print(f"tradetrack: error: no article could be read from {where}", file=sys.stderr)


class _NothingRead(Exception):
    """Raised inside an atomic output to leave the previous file in place."""


def _stream_jsonl(args: argparse.Namespace, run: Run) -> int:
    """``extract --format jsonl``: figures written as articles are done (memory stays flat)."""
    n = 0

    def write(out) -> None:
        nonlocal n
        for _art, figures in _pairs(args, run):
            n += 1
            # the FIGURES.md record as written from a frame, without building one (a DataFrame
            # per batch cost the main process more than reading the corpus)
            out.writelines(json.dumps({**f.record(), "value": float(f.value)}, ensure_ascii=False) + "\n"
                           for f in figures)
        if not n:
            raise _NothingRead

    try:
        if args.output is None:
            write(sys.stdout)
        else:
            with atomic_path(args.output) as tmp, open(tmp, "w", encoding="utf-8", newline="") as f:
                write(f)
    except _NothingRead:
        _no_article(args)
        return 1
    return 0


def _load(args: argparse.Namespace, run: Run):
    """Articles and their figures as DataFrames; None when nothing could be read."""
    if _from_store(args) and not _store.exists(args.db):
        print(f"tradetrack: error: no store at {args.db or _store.default_db_path()}", file=sys.stderr)
        return None
    arts, pairs = [], []
    for art, figs in _pairs(args, run):
        arts.append(art)
        pairs.append((art, figs))
    if not arts:
        _no_article(args)
        return None
    return api.figures_frame(pairs), api.articles_frame(arts)


def cmd_extract(args: argparse.Namespace, run: Run) -> int:
    if args.format == "jsonl" and not (_from_store(args) and not _store.exists(args.db)):
        return _stream_jsonl(args, run)
    loaded = _load(args, run)
    if loaded is None:
        return 1
    figures, _ = loaded
    if args.format == "jsonl":
        figures = figures[list(api.FIGURE_FIELDS)]
    write_frame_to(figures, args.format, args.output)
    return 0


def cmd_series(args: argparse.Namespace, run: Run) -> int:
    loaded = _load(args, run)
    if loaded is None:
        return 1
    series = api.build_series(loaded[0], by_source=args.by_source)
    if args.official:  # the news consensus next to the official values, per year and source
        series = api.compare_official(series, api.load_official(args.official, warn=run.warn))
    write_frame_to(series, args.format, args.output)
    return 0


def cmd_targets(args: argparse.Namespace, run: Run) -> int:
    loaded = _load(args, run)
    if loaded is None:
        return 1
    official = api.load_official(args.official, warn=run.warn) if args.official else None
    write_frame_to(api.assess_targets(loaded[0], today=args.today, official=official),
                   args.format, args.output)
    return 0


def cmd_report(args: argparse.Namespace, run: Run) -> int:
    loaded = _load(args, run)
    if loaded is None:
        return 1
    figures, articles = loaded
    # the About sheet names what was read: the corpus paths, or the store
    inputs = ([f"store {args.db or _store.default_db_path()}"] if _from_store(args)
              else [str(p) for p in args.paths] or [str(api.default_corpus())])
    path = api.write_report(args.output, figures, articles, inputs=inputs)
    run.info(f"wrote {path}")
    return 0


def cmd_chart(args: argparse.Namespace, run: Run) -> int:
    from .outputs.charts import IMAGE_FORMATS
    from .outputs.common import pair_key, pairs_in

    def usage(msg: str) -> int:
        print(f"tradetrack chart: error: {msg}", file=sys.stderr)
        return 2

    fmt = args.format or "png"
    if args.all:
        out = Path(args.output or "reports")
        if out.suffix.lower().lstrip(".") in IMAGE_FORMATS:
            return usage(f"--all writes one file per pair: -o is a folder, not {out}")
    else:
        try:
            key = pair_key(args.pair)
        except ValueError as e:
            return usage(str(e))
        out = Path(args.output or f"reports/{args.pair}.{fmt}")
        if out.suffix.lower().lstrip(".") not in IMAGE_FORMATS:
            return usage(f"{out}: the chart's format comes from its extension: .png, .svg or .pdf")
    loaded = _load(args, run)
    if loaded is None:
        return 1
    figures = loaded[0]
    if args.all:
        written = api.plot_all(figures, out, fmt=fmt, dpi=args.dpi)
        for path in written:
            run.info(f"wrote {path}")
        if not written:
            run.warn("no figure of any pair to chart")
        return 0
    if key not in pairs_in(figures):
        run.warn(f"no figure for {args.pair}; the chart says so")
    api.plot_pair(figures, args.pair, out, dpi=args.dpi)
    run.info(f"wrote {out}")
    return 0


def cmd_ingest(args: argparse.Namespace, run: Run) -> int:
    path = args.db or _store.default_db_path()
    with _store.Store(path) as db:
        stats = db.ingest(api.articles(args.paths, warn=run.warn), jobs=args.jobs, engine=args.engine,
                          scheduler=args.scheduler, warn=run.warn, quiet=args.quiet)
        counts = db.counts()
    run.info(f"{stats.summary()}; {path} holds {counts['articles']} articles, {counts['figures']} figures")
    if not stats.read:
        print("tradetrack: error: no article could be read from " + ", ".join(map(str, args.paths)),
              file=sys.stderr)
        return 1
    return 0


def cmd_reextract(args: argparse.Namespace, run: Run) -> int:
    path = args.db or _store.default_db_path()
    if not _store.exists(path):
        print(f"tradetrack: error: no store at {path}", file=sys.stderr)
        return 1
    with _store.Store(path) as db:
        stats = db.reextract(everything=args.all, jobs=args.jobs, engine=args.engine,
                             scheduler=args.scheduler, warn=run.warn, quiet=args.quiet)
        counts = db.counts()
    run.info(f"{stats.summary()}; {path} holds {counts['articles']} articles, {counts['figures']} figures")
    return 0


def _jobs(s: str) -> int:
    n = int(s)
    if n < 0:
        raise argparse.ArgumentTypeError("must be 0 (all cores) or more")
    return n or default_jobs()


def _run_options(c: argparse.ArgumentParser) -> None:
    """Options of every command that extracts or reads the store."""
    c.add_argument("--db", type=Path, default=None, metavar="FILE",
                   help="the store (default $TRADETRACK_DB, else ./tradetrack.sqlite)")
    c.add_argument("-j", "--jobs", type=_jobs, default=default_jobs(), metavar="N",
                   help=f"extraction workers (default: all cores, here {default_jobs()})")
    c.add_argument("--engine", choices=ENGINES, default="local",
                   help="local worker processes, or a Dask cluster (needs tradetrack[dask])")
    c.add_argument("--scheduler", metavar="ADDRESS",
                   help="Dask scheduler address (default: a local cluster of --jobs workers)")


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="tradetrack", description=(
        "Extract bilateral trade figures from news articles, reconcile them by year and check "
        "targets against outcomes."))
    p.add_argument("--version", action="version", version=f"tradetrack {__version__}")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def command(name: str, func, help: str, fmt: str | None = "table") -> argparse.ArgumentParser:
        c = sub.add_parser(name, help=help, description=help)
        c.add_argument("paths", nargs="*", type=Path, metavar="PATH",
                       help="corpus JSONL, folder or file (default: the bundled data/)")
        c.add_argument("-q", "--quiet", action="store_true", help="no progress or info on stderr")
        _run_options(c)
        if fmt:
            c.add_argument("--format", choices=FORMATS, default=fmt, help=f"output format (default {fmt})")
            c.add_argument("-o", "--output", type=Path, help="write to this file instead of stdout")
        c.set_defaults(func=func)
        return c

    c = command("extract", cmd_extract, "one figure record per line (shared/spec/FIGURES.md)", fmt="jsonl")
    c.add_argument("--from-db", action="store_true", help="the figures in the store instead of a corpus")
    c = command("series", cmd_series, "the reconciled series: one row per pair, metric, year and months")
    c.add_argument("--by-source", action="store_true", help="reconcile each named statistical source apart")
    c.add_argument("--official", type=Path, metavar="CSV",
                   help="official annual figures (tidy CSV or UN Comtrade export): print news vs official")
    c = command("targets", cmd_targets, "each distinct target with its outcome, attainment and status")
    c.add_argument("--official", type=Path, metavar="CSV",
                   help="official annual figures (tidy CSV or UN Comtrade export) for official_* columns")
    c.add_argument("--today", metavar="DATE", type=today_year,
                   help="YYYY[-MM[-DD]] deciding which deadlines have passed (default: latest publication)")
    c = command("report", cmd_report, "write the Excel workbook", fmt=None)
    c.add_argument("-o", "--output", type=Path, default=Path("reports/tradetrack.xlsx"),
                   help="workbook path (default reports/tradetrack.xlsx)")
    c = command("chart", cmd_chart, "chart a pair's turnover by year with its targets, or every pair", fmt=None)
    which = c.add_mutually_exclusive_group(required=True)
    which.add_argument("--pair", help="pair of codes in either order, e.g. VNM-RUS")
    which.add_argument("--all", action="store_true",
                       help="every pair (PAIR.png, PAIR-flows.png) and target-attainment.png into -o DIR")
    c.add_argument("-o", "--output", help="--pair: PNG, SVG or PDF by extension (default reports/PAIR.png); "
                   "--all: a folder (default reports)")
    c.add_argument("--format", choices=("png", "svg", "pdf"), default=None,
                   help="image format for --all and for the default --pair file name (default png)")
    c.add_argument("--dpi", type=int, default=150, help="resolution of PNG files (default 150)")
    command("ingest", cmd_ingest, "add new articles and their figures to the store", fmt=None)
    help = "re-extract the stored articles whose figures came from an older extractor"
    c = sub.add_parser("reextract", help=help, description=help)
    c.add_argument("-q", "--quiet", action="store_true", help="no progress or info on stderr")
    _run_options(c)
    c.add_argument("--all", action="store_true", help="every stored article, whatever its version")
    c.set_defaults(func=cmd_reextract)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    run = Run(quiet=getattr(args, "quiet", False))
    try:
        return args.func(args, run)
    except KeyboardInterrupt:
        print("tradetrack: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except OSError as e:  # an output that cannot be written: -o a folder, a full disk
        where = e.filename2 or e.filename
        print(f"tradetrack: error: {f'{where}: ' if where else ''}{e.strerror or e}", file=sys.stderr)
        return 1
    except Exception as e:  # a bug: one line for the user, the traceback on request
        if os.environ.get("TRADETRACK_DEBUG"):
            raise
        print(f"tradetrack: error: internal error ({type(e).__name__}: {e}); "
              "set TRADETRACK_DEBUG=1 for the traceback", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
