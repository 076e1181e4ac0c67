"""The `tradetrack` command: a thin layer over ``tradetrack.api``.

Conventions shared by every command: PATH arguments are corpora (JSONL, folders, files),
none means the bundled ``data/``; ``--format`` is one of jsonl, csv, table; output goes to
stdout unless ``-o``. Problems with inputs are warnings on stderr naming the file (and line);
the run goes on. Exit status: 0 (also with warnings), 1 when no article could be read,
2 on a usage error.
"""
from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from . import __version__, api
from .outputs.tables import FORMATS, write_frame_to


class Run:
    """What one command invocation has to say on stderr."""

    def __init__(self, quiet: bool = False) -> None:
        self.quiet = quiet
        self.warnings = 0

    def warn(self, msg: str) -> None:
        self.warnings += 1
        print(f"tradetrack: warning: {msg}", file=sys.stderr)

    def info(self, msg: str) -> None:
        if not self.quiet:
            print(f"tradetrack: {msg}", file=sys.stderr)


def _load(args: argparse.Namespace, run: Run):
    """Articles and their figures as DataFrames; None when nothing could be read."""
    arts, pairs = [], []
    for art, figs in api.extract(api.articles(args.paths, warn=run.warn)):
        arts.append(art)
        pairs.append((art, figs))
    if not arts:
        print("tradetrack: error: no article could be read from "
              + (", ".join(map(str, args.paths)) or str(api.default_corpus())), file=sys.stderr)
        return None
    return api.figures_frame(pairs), api.articles_frame(arts)


def cmd_extract(args: argparse.Namespace, run: Run) -> int:
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
    write_frame_to(api.build_series(loaded[0]), args.format, args.output)
    return 0


def cmd_targets(args: argparse.Namespace, run: Run) -> int:
    loaded = _load(args, run)
    if loaded is None:
        return 1
    write_frame_to(api.assess_targets(loaded[0]), args.format, args.output)
    return 0


def cmd_report(args: argparse.Namespace, run: Run) -> int:
    loaded = _load(args, run)
    if loaded is None:
        return 1
    figures, articles = loaded
    path = api.write_report(args.output, figures, articles, inputs=[str(p) for p in args.paths])
    run.info(f"wrote {path}")
    return 0


def cmd_chart(args: argparse.Namespace, run: Run) -> int:
    loaded = _load(args, run)
    if loaded is None:
        return 1
    figures = loaded[0]
    out = Path(args.output or f"reports/{args.pair}.png")
    api.plot_pair(figures, args.pair, out, dpi=args.dpi)
    run.info(f"wrote {out}")
    return 0


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
        if fmt:
            c.add_argument("--format", choices=FORMATS, default=fmt, help=f"output format (default {fmt})")
            c.add_argument("-o", "--output", type=Path, help="write to this file instead of stdout")
        c.set_defaults(func=func)
        return c

    command("extract", cmd_extract, "one figure record per line (shared/spec/FIGURES.md)", fmt="jsonl")
    command("series", cmd_series, "the reconciled series: one row per pair, metric, year and months")
    command("targets", cmd_targets, "each distinct target with its outcome, attainment and status")
    c = command("report", cmd_report, "write the Excel workbook", fmt=None)
    c.add_argument("-o", "--output", type=Path, default=Path("reports/tradetrack.xlsx"),
                   help="workbook path (default reports/tradetrack.xlsx)")
    c = command("chart", cmd_chart, "chart one pair's turnover by year with its targets", fmt=None)
    c.add_argument("--pair", required=True, help="pair of codes, e.g. VNM-RUS")
    c.add_argument("-o", "--output", help="PNG, SVG or PDF by extension (default reports/PAIR.png)")
    c.add_argument("--dpi", type=int, default=150)
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


if __name__ == "__main__":
    sys.exit(main())
