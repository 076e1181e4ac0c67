"""Extraction throughput: MB/s and articles/s on one core and on all cores, with Microsoft
Recognizers-Text measured in the same run on the same articles.

    .venv/bin/python benchmarks/throughput.py [--mb 50] [--no-rt] [--baseline REV]

The corpus is the dev articles (../shared/eval/dev/articles.jsonl) repeated under new ids to
at least --mb MB of text, written to benchmarks/out/ (git-ignored). MB are 10^6 bytes of
article text (UTF-8); runs are end to end: `tradetrack extract` reading the JSONL and writing
the figures, interpreter start included. Recognizers-Text (recognizers-text-suite) runs in
its own venv, benchmarks/.venv-rt, created on first use; it is never a tradetrack dependency.
--baseline REV also runs the engine alone on tradetrack as committed at REV, in turns with
this commit, and gives the ratio: rates from runs on other days of a shared machine differ by
more than a change of the code does.
Results: printed, and saved to benchmarks/out/throughput.json (see results.py).
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

from common import DEV, HERE, MB, OUT, committed_tree, repeated_dev, run_tradetrack, save, use_committed_tree

RT_VENV = HERE / ".venv-rt"
RT_PACKAGES = ["recognizers-text-suite", "emoji<2"]  # the suite imports emoji.UNICODE_EMOJI, gone in emoji 2


def engine_only(dev: Path, seconds: float = 5.0) -> dict:
    """Extraction alone, in this process, on articles already in memory (one core)."""
    from dataclasses import replace

    from tradetrack import api
    from tradetrack.parallel import extract_chunk  # what every engine runs: errors are counted

    arts = list(api.articles([dev]))
    size = sum(len(a.text.encode("utf-8")) for a in arts)
    extract_chunk([replace(a) for a in arts])  # warm up: lazily built tables, compiled patterns
    n = b = figs = failed = 0
    t0, c0 = time.perf_counter(), time.process_time()
    while time.perf_counter() - t0 < seconds:
        for _, found, err in extract_chunk([replace(a) for a in arts])[1]:
            figs += len(found or ())
            failed += err is not None
        n += len(arts)
        b += size
    dt, cpu = time.perf_counter() - t0, time.process_time() - c0
    passes = n // len(arts)
    return {"articles": n, "mb": b / MB, "seconds": dt, "cpu_seconds": cpu, "mb_s": b / MB / dt,
            "articles_s": n / dt, "mb_per_cpu_s": b / MB / cpu, "articles_per_cpu_s": n / cpu,
            "figures_per_pass": figs // passes, "failed_per_pass": failed // passes}


def engine_in(src: Path, dev: Path, seconds: float) -> dict:
    """``engine_only`` in a child process on the tradetrack tree ``src``."""
    env = {**os.environ, "PYTHONPATH": str(src), "TRADETRACK_BENCH_SRC": src.name}
    r = subprocess.run([sys.executable, __file__, "--engine-only", "--dev", str(dev), "--seconds", str(seconds)],
                       capture_output=True, text=True, env=env, check=True)
    return json.loads(r.stdout)


def against_baseline(rev: str, dev: Path, rounds: int = 3, seconds: float = 5.0) -> dict:
    """The engine alone on this commit and on ``rev``, in turns; the best of each (MB per CPU-second)."""
    base_commit, base_src = committed_tree(rev)
    _, src = committed_tree(os.environ.get("TRADETRACK_BENCH_SRC") or "HEAD")
    now, base = [], []
    for _ in range(rounds):
        now.append(engine_in(src, dev, seconds)["mb_per_cpu_s"])
        base.append(engine_in(base_src, dev, seconds)["mb_per_cpu_s"])
    return {"rev": rev, "commit": base_commit[:12], "rounds": rounds, "mb_per_cpu_s": max(now),
            "baseline_mb_per_cpu_s": max(base), "ratio": max(now) / max(base)}


def dev_ids(dev: Path) -> list[str]:
    with open(dev, encoding="utf-8") as f:
        return [json.loads(line)["id"] for line in f if line.strip()]


def rt_python() -> Path | None:
    """The benchmark venv's python with Recognizers-Text installed; None if it cannot be had."""
    py = RT_VENV / "bin" / "python"
    check = [str(py), "-c", "import recognizers_number_with_unit, recognizers_number"]
    if py.exists() and subprocess.run(check, capture_output=True).returncode == 0:
        return py
    print(f"benchmark: installing {' '.join(RT_PACKAGES)} into {RT_VENV} ...", file=sys.stderr)
    # the base interpreter, not this venv's: the RT venv stays independent of tradetrack's
    base = Path(getattr(sys, "_base_executable", sys.executable))
    r = subprocess.run([str(base), "-m", "venv", str(RT_VENV)], capture_output=True, text=True)
    if r.returncode == 0:
        r = subprocess.run([str(py), "-m", "pip", "install", "-q", *RT_PACKAGES], capture_output=True, text=True)
    if r.returncode != 0 or subprocess.run(check, capture_output=True).returncode != 0:
        print(f"benchmark: Recognizers-Text could not be installed:\n{r.stderr[-2000:]}", file=sys.stderr)
        return None
    return py


def main() -> int:
    use_committed_tree()
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--mb", type=float, default=50, help="corpus size in MB of text (default 50)")
    ap.add_argument("--dev", type=Path, default=DEV, help="the dev articles (JSONL)")
    ap.add_argument("--no-rt", action="store_true", help="skip Recognizers-Text")
    ap.add_argument("--rt-seconds", type=float, default=20, help="time given to Recognizers-Text")
    ap.add_argument("--baseline", metavar="REV", help="also compare the engine alone with tradetrack at REV")
    ap.add_argument("--engine-only", action="store_true", help=argparse.SUPPRESS)  # one child of --baseline
    ap.add_argument("--seconds", type=float, default=5.0, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.engine_only:
        print(json.dumps(engine_only(args.dev, args.seconds)))
        return 0

    from tradetrack.parallel import default_jobs

    corpus = repeated_dev(args.mb, dev=args.dev)
    print(f"corpus  {corpus.describe()}")
    result: dict = {"corpus": {"articles": corpus.articles, "file_mb": corpus.file_bytes / MB,
                               "text_mb": corpus.text_bytes / MB, "built_from": str(args.dev)}}

    eng = engine_only(args.dev)
    result["engine_only"] = eng
    print(f"engine  extraction alone, 1 core: {eng['mb_s']:.2f} MB/s, {eng['articles_s']:.0f} articles/s "
          f"({eng['mb_per_cpu_s']:.2f} MB per CPU-second); {eng['figures_per_pass']} figures and "
          f"{eng['failed_per_pass']} failures on the {len(dev_ids(args.dev))} dev articles")

    if args.baseline:
        cmp_ = against_baseline(args.baseline, args.dev)
        result["baseline"] = cmp_
        print(f"engine  against {args.baseline} ({cmp_['commit']}), in turns: {cmp_['mb_per_cpu_s']:.3f} against "
              f"{cmp_['baseline_mb_per_cpu_s']:.3f} MB per CPU-second, {cmp_['ratio']:.2f}x")

    runs = {}
    cores = default_jobs()
    for jobs in sorted({1, cores}):
        out = OUT / f"figures-j{jobs}.jsonl"
        r = run_tradetrack("extract", str(corpus.path), "--jobs", str(jobs), "-q", "-o", str(out))
        runs[jobs] = {"seconds": r.seconds, "mb_s": corpus.text_bytes / MB / r.seconds,
                      "articles_s": corpus.articles / r.seconds, "cpu_seconds": r.cpu_seconds,
                      "mb_per_cpu_s": corpus.text_bytes / MB / r.cpu_seconds, "load_avg": r.load,
                      "peak_process_mb": r.peak_process_mb, "peak_tree_mb": r.peak_tree_mb,
                      "figures": out.read_bytes().count(b"\n")}
        x = runs[jobs]
        print(f"extract --jobs {jobs}: {x['seconds']:.1f} s, {x['mb_s']:.2f} MB/s, {x['articles_s']:.0f} articles/s"
              f" ({x['mb_s'] / jobs:.2f} MB/s per core; {x['mb_per_cpu_s']:.2f} MB per CPU-second), {x['figures']}"
              f" figures, peak RSS {x['peak_process_mb']:.0f} MB (all processes {x['peak_tree_mb']:.0f} MB),"
              f" load average {x['load_avg']:.1f}")
    if args.baseline:
        # the same end-to-end run on the baseline's code, right after this one's
        _, base_src = committed_tree(args.baseline)
        env = {**os.environ, "PYTHONPATH": str(base_src)}
        r = run_tradetrack("extract", str(corpus.path), "--jobs", "1", "-q", "-o", str(OUT / "figures-base.jsonl"), env=env)
        one = runs[1]
        result["baseline"]["extract_1"] = {"seconds": r.seconds, "mb_s": corpus.text_bytes / MB / r.seconds,
                                           "cpu_seconds": r.cpu_seconds, "ratio": r.seconds / one["seconds"]}
        print(f"extract --jobs 1 on {args.baseline}: {r.seconds:.1f} s, {corpus.text_bytes / MB / r.seconds:.2f} MB/s; "
              f"this commit {one['seconds']:.1f} s: {r.seconds / one['seconds']:.2f}x")
    if cores > 1:
        same = (OUT / "figures-j1.jsonl").read_bytes() == (OUT / f"figures-j{cores}.jsonl").read_bytes()
        result["speedup"] = runs[cores]["mb_s"] / runs[1]["mb_s"]
        result["identical_output"] = same
        print(f"speedup --jobs {cores} / --jobs 1: {result['speedup']:.2f}x; identical output: {same}")
    result["extract"] = {str(k): v for k, v in runs.items()}

    if args.no_rt:
        result["recognizers_text"] = {"skipped": "--no-rt"}
    elif (py := rt_python()) is None:
        result["recognizers_text"] = {"error": "recognizers-text-suite could not be installed"}
    else:
        r = subprocess.run([str(py), str(HERE / "rt_worker.py"), str(args.dev), str(args.rt_seconds)],
                           capture_output=True, text=True)
        if r.returncode != 0:
            result["recognizers_text"] = {"error": r.stderr[-2000:]}
            print(f"Recognizers-Text failed:\n{r.stderr[-2000:]}", file=sys.stderr)
        else:
            rt = json.loads(r.stdout)
            rt["ratio_end_to_end_1_job"] = runs[1]["mb_s"] / rt["mb_s"]
            rt["ratio_engine_only"] = eng["mb_s"] / rt["mb_s"]
            rt["ratio_engine_only_cpu"] = eng["mb_per_cpu_s"] / rt["mb_per_cpu_s"]
            result["recognizers_text"] = rt
            print(f"Recognizers-Text currency + percentage, 1 core: {rt['mb_s'] * 1000:.1f} KB/s, "
                  f"{rt['articles_s']:.2f} articles/s ({rt['articles']} articles in {rt['seconds']:.1f} s, "
                  f"{rt['currency']} currency and {rt['percentage']} percentage matches)")
            print(f"ratio tradetrack / Recognizers-Text: {rt['ratio_end_to_end_1_job']:.1f}x end to end, "
                  f"{rt['ratio_engine_only']:.1f}x extraction alone ({rt['ratio_engine_only_cpu']:.1f}x per CPU-second)")
    print(f"saved {save('throughput', result)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
