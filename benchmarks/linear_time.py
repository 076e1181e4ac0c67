"""Is extraction linear in the size of its input? Times ``extract_article`` on adversarial
text of N, 2N, 4N and 8N characters and prints the ratio of each time to the one before.

A linear engine doubles its time when the input doubles: every ratio should be at most
2 x 1.3 = 2.6. A super-linear pattern (nested or adjacent unbounded repeats that backtrack)
or a quadratic pass (pairing every number with every country in one sentence) shows as
ratios near 4 or more. Exit status 1 when a ratio is over the limit.

    .venv/bin/python benchmarks/linear_time.py              # N = 25 000 characters
    .venv/bin/python benchmarks/linear_time.py --n 5000 --only lines,digits
"""
from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tradetrack.extract import extract_article  # noqa: E402
from tradetrack.model import Article  # noqa: E402

LIMIT = 2.0 * 1.3
# Below this a time is mostly noise: its ratio is shown but not judged.
MIN_JUDGED_S = 0.005

FR = ("Les échanges commerciaux entre le Vietnam et la Russie ont atteint 4,15 milliards de dollars "
      "au cours des neuf premiers mois de 2021, en hausse de 25%. ")


def repeat(unit: str) -> Callable[[int], str]:
    return lambda n: (unit * (n // len(unit) + 1))[:n]


# Each shape takes a size in characters. All are hostile in one way: long runs of what number,
# period and cue patterns match, or a whole corpus in one sentence.
SHAPES: dict[str, Callable[[int], str]] = {
    "digits": repeat("1"),
    "digit-comma": repeat("1,"),
    "digit-dot-space": repeat("1.000 "),
    "mixed separators": repeat("1,2.3 4 "),
    "nbsp groups": repeat("4\u00a0150\u202f"),
    "spaces": lambda n: " " * (n - 1) + "1",
    "scale words": repeat("milliards billion tỷ millones "),
    "months": repeat("janvier-novembre January tháng 7 Q1-Q3 "),
    "percent": repeat("-%"),
    "one sentence of pairs": repeat("Vietnam Russie 1 milliard de dollars échanges "),
    "lines": repeat("1\n"),
    "brackets": lambda n: "(" * (n // 2) + ")" * (n - n // 2),
    "cue before a long word": repeat("to raise " + "a" * 300 + " "),
    "caption lines": repeat("Le port, 2 milliards de dollars. Photo : VNA\n"),
    "real sentences": repeat(FR),
}


def best_time(text: str, language: str | None, repeats: int) -> float:
    best = float("inf")
    for _ in range(repeats):
        t = time.perf_counter()
        extract_article(Article(id="bench", text=text, language=language, published="2022-01"))
        best = min(best, time.perf_counter() - t)
    return best


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--n", type=int, default=25_000, help="smallest input, in characters (default 25000)")
    p.add_argument("--repeats", type=int, default=3, help="best of this many runs per size (default 3)")
    p.add_argument("--language", default="fr", help="language hint, or 'none' (default fr)")
    p.add_argument("--only", help="comma-separated shapes to run (default all)")
    args = p.parse_args(argv)
    language = None if args.language == "none" else args.language
    shapes = {k: v for k, v in SHAPES.items() if not args.only or k in args.only.split(",")}
    sizes = [args.n * k for k in (1, 2, 4, 8)]

    best_time(FR, language, 1)  # load the language data before timing
    print(f"extract_article, language={language}, best of {args.repeats}; limit per doubling {LIMIT:.1f}")
    print(f"{'shape':24s}" + "".join(f"{n:>10,d}ch" for n in sizes) + "   ratios")
    failed = []
    for name, make in shapes.items():
        times = []
        best_time(make(1000), language, 1)  # warm: loads the data this shape's language needs
        for n in sizes:
            try:
                times.append(best_time(make(n), language, args.repeats))
            except Exception as e:  # noqa: BLE001 - a crash is a result too
                print(f"{name:24s} raised {type(e).__name__}: {e}")
                failed.append(name)
                break
        else:
            ratios = [b / a if a > 0 else float("inf") for a, b in zip(times, times[1:], strict=False)]
            judged = [r for a, r in zip(times, ratios, strict=False) if a >= MIN_JUDGED_S]
            bad = any(r > LIMIT for r in judged)
            if bad:
                failed.append(name)
            print(f"{name:24s}" + "".join(f"{t:11.3f}s" for t in times) + "   "
                  + " ".join(f"{r:4.1f}" for r in ratios) + ("   SUPER-LINEAR" if bad else ""))
    if failed:
        print(f"not linear (or raised): {', '.join(failed)}")
        return 1
    print("all linear")
    return 0


if __name__ == "__main__":
    sys.exit(main())
