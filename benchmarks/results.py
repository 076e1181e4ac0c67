"""Write benchmarks/RESULTS.md from the measurements saved in benchmarks/out/*.json.

    .venv/bin/python benchmarks/results.py [--summary]

--summary prints only the headline bullets (as in the README). Run throughput.py, ingest.py and memory.py first; a missing measurement is said missing.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

from common import HERE, OUT

TARGET_MB_S_PER_CORE = 6.0
TARGET_SPEEDUP = 1.8
TARGET_RT_RATIO = 200
TARGET_INGEST_S = 60


def load(name: str) -> dict | None:
    p = OUT / f"{name}.json"
    return json.loads(p.read_text()) if p.is_file() else None


def verdict(ok: bool) -> str:
    return "met" if ok else "**not met**"


def summary(tp: dict | None, ing: dict | None, mem: dict | None) -> list[str]:
    """The headline figures, as bullets (for the README)."""
    out = []
    if tp:
        one, e = tp["extract"]["1"], tp["engine_only"]
        out.append(f"- extraction of {tp['corpus']['text_mb']:.0f} MB ({tp['corpus']['articles']} articles), one core: {one['mb_s']:.2f} MB/s and {one['articles_s']:.0f} articles/s end to end "
                   f"({one['mb_per_cpu_s']:.2f} MB per CPU-second; the engine alone {e['mb_per_cpu_s']:.2f}); "
                   f"target ≥ {TARGET_MB_S_PER_CORE:g} MB/s: {verdict(one['mb_s'] >= TARGET_MB_S_PER_CORE)}")
        if "speedup" in tp:
            jobs = max(map(int, tp["extract"]))
            x = tp["extract"][str(jobs)]
            out.append(f"- all {jobs} cores: {x['mb_s']:.2f} MB/s, {x['articles_s']:.0f} articles/s, "
                       f"{tp['speedup']:.2f}× one job (target ≥ {TARGET_SPEEDUP:g}×: "
                       f"{verdict(tp['speedup'] >= TARGET_SPEEDUP)}), output "
                       + ("identical" if tp["identical_output"] else "**different**"))
        if "baseline" in tp:
            b = tp["baseline"]
            out.append(f"- the engine alone against {b['rev']} ({b['commit']}), measured in turns in the same run: "
                       f"{b['mb_per_cpu_s']:.3f} against {b['baseline_mb_per_cpu_s']:.3f} MB per CPU-second, "
                       + (f"{b['ratio']:.2f}× faster" if b["ratio"] >= 1 else f"{b['ratio']:.2f}× the speed (slower)")
                       + (f"; end to end (`extract --jobs 1`, 50 MB, right after this commit's run): {b['extract_1']['seconds']:.0f} s "
                          f"against {tp['extract']['1']['seconds']:.0f} s, {b['extract_1']['ratio']:.2f}×" if "extract_1" in b else ""))
        rt = tp.get("recognizers_text", {})
        if "mb_s" in rt:
            out.append(f"- Recognizers-Text (currency + percentage) on the same articles: {rt['mb_s'] * 1000:.1f} KB/s; "
                       f"tradetrack is {rt['ratio_end_to_end_1_job']:.1f}× faster end to end "
                       f"(target ≥ {TARGET_RT_RATIO}×: {verdict(rt['ratio_end_to_end_1_job'] >= TARGET_RT_RATIO)})")
    if ing:
        c, x = ing["corpus"], ing["ingest"]
        secs = x["seconds"] * 100_000 / c["articles"]
        out.append(f"- ingest of {c['articles']} articles ({c['text_mb']:.0f} MB), --jobs {ing['jobs']}: {x['seconds']:.0f} s, "
                   f"{x['articles_s']:.0f} articles/s (target 100k in ≤ {TARGET_INGEST_S} s: {verdict(secs <= TARGET_INGEST_S)}); "
                   f"ingesting again: {ing['reingest']['seconds']:.1f} s")
    if mem:
        for cmd in ("extract", "ingest"):
            rows = [r for r in mem["runs"] if r["command"] == cmd]
            if rows:
                out.append(f"- peak RSS of `{cmd}`: " + ", ".join(
                    f"{r['peak_process_mb']:.0f} MB ({r['peak_tree_mb']:.0f} MB with workers) at {r['articles']} articles"
                    for r in rows))
    return out


def main() -> int:
    tp, ing, mem = load("throughput"), load("ingest"), load("memory")
    if sys.argv[1:] == ["--summary"]:
        print("\n".join(summary(tp, ing, mem)))
        return 0
    lines = ["# Benchmark results", "",
             "Measured by the scripts beside this file; regenerate with",
             "", "```sh",
             ".venv/bin/python benchmarks/throughput.py   # also `make bench`",
             ".venv/bin/python benchmarks/ingest.py",
             ".venv/bin/python benchmarks/memory.py",
             ".venv/bin/python benchmarks/results.py      # writes this file",
             "```", "",
             "MB are 10^6 bytes of article text (UTF-8). Wall-clock rates are end to end (`tradetrack` "
             "started as a command: reading JSON Lines, extracting, writing). Because the machine is shared "
             "with other work (the load average at the end of each run is given), the CPU time of all the "
             "run's processes is given too: MB per CPU-second is the per-core rate that other load does not "
             "distort.", ""]
    machine = next((x["machine"] for x in (tp, ing, mem) if x), None)
    if machine:
        lines += ["## Machine", "",
                  f"- CPU: {machine['cpu']}, {machine['cores']} cores usable; memory {machine['memory']}",
                  f"- {machine['os']}; Python {machine['python']}; SQLite {machine['sqlite']}",
                  f"- tradetrack commit {machine['commit']}, extractor {machine['extractor_version']}"]
        for name, x in (("throughput", tp), ("ingest", ing), ("memory", mem)):
            if x:
                lines.append(f"- {name} measured {x['machine']['date']} (commit {x['machine']['commit']})")
        lines.append("")

    lines += ["## Summary", "", *summary(tp, ing, mem), ""]
    lines += ["## Extraction throughput", ""]
    if tp:
        c = tp["corpus"]
        lines += [f"Corpus: the {Path(c['built_from']).name} dev articles repeated under new ids to "
                  f"{c['articles']} articles, {c['text_mb']:.1f} MB of text ({c['file_mb']:.1f} MB of JSONL).", "",
                  "| run | wall s | MB/s | articles/s | MB/s per core | MB per CPU-s | peak RSS (largest process / all) | load |",
                  "|---|---|---|---|---|---|---|---|"]
        e = tp["engine_only"]
        lines.append(f"| extraction alone, in process, 1 core | {e['seconds']:.1f} | {e['mb_s']:.2f} | "
                     f"{e['articles_s']:.0f} | {e['mb_s']:.2f} | {e['mb_per_cpu_s']:.2f} | | |")
        for jobs, x in sorted(tp["extract"].items(), key=lambda kv: int(kv[0])):
            lines.append(f"| `tradetrack extract --jobs {jobs}` | {x['seconds']:.1f} | {x['mb_s']:.2f} | "
                         f"{x['articles_s']:.0f} | {x['mb_s'] / int(jobs):.2f} | {x['mb_per_cpu_s']:.2f} | "
                         f"{x['peak_process_mb']:.0f} MB / {x['peak_tree_mb']:.0f} MB | {x['load_avg']:.1f} |")
        rt = tp.get("recognizers_text", {})
        if "mb_s" in rt:
            lines.append(f"| Recognizers-Text currency + percentage, 1 core | {rt['seconds']:.1f} | {rt['mb_s']:.4f} | "
                         f"{rt['articles_s']:.1f} | {rt['mb_s']:.4f} | {rt['mb_per_cpu_s']:.4f} | | |")
        lines.append("")
        one = tp["extract"]["1"]
        lines.append(f"- Target ≥ {TARGET_MB_S_PER_CORE:g} MB/s per core end to end: {one['mb_s']:.2f} MB/s "
                     f"({one['mb_per_cpu_s']:.2f} MB per CPU-second): {verdict(one['mb_s'] >= TARGET_MB_S_PER_CORE)}.")
        if "speedup" in tp:
            lines.append(f"- Target ≥ {TARGET_SPEEDUP:g}× with {len(tp['extract']) and max(map(int, tp['extract']))} jobs: "
                         f"{tp['speedup']:.2f}×: {verdict(tp['speedup'] >= TARGET_SPEEDUP)}; output identical to "
                         f"`--jobs 1`: {'yes' if tp['identical_output'] else '**no**'}.")
        if "mb_s" in rt:
            lines.append(f"- Recognizers-Text (recognizers-text-suite 1.0.2a2 in benchmarks/.venv-rt; each article "
                         f"in its language's culture, English for Vietnamese) on the {rt['articles'] // rt['passes']} "
                         f"dev articles, {rt['passes']} passes: {rt['currency']} currency and {rt['percentage']} "
                         f"percentage matches per pass. Ratio tradetrack / Recognizers-Text: "
                         f"{rt['ratio_end_to_end_1_job']:.1f}× end to end (one job), {rt['ratio_engine_only']:.1f}× "
                         f"extraction alone ({rt['ratio_engine_only_cpu']:.1f}× per CPU-second). Target ≥ "
                         f"{TARGET_RT_RATIO}×: {verdict(rt['ratio_end_to_end_1_job'] >= TARGET_RT_RATIO)}.")
        elif rt:
            lines.append(f"- Recognizers-Text was not measured: {rt.get('error') or rt.get('skipped')}")
        lines.append(f"- Figures per pass over the dev articles: {e['figures_per_pass']}; articles the extractor "
                     f"raised on: {e['failed_per_pass']}.")
    else:
        lines.append("Not measured yet (benchmarks/throughput.py).")
    lines.append("")

    lines += ["## Ingest into the store", ""]
    if ing:
        c = ing["corpus"]
        lines += [f"Corpus: {c['articles']} articles (the dev articles repeated, each copy given a unique "
                  f"reference line so that content dedupe keeps it), {c['text_mb']:.1f} MB of text; "
                  f"`--jobs {ing['jobs']}`.", "",
                  "| run | wall s | articles/s | MB/s | peak RSS (largest process / all) |", "|---|---|---|---|---|"]
        for key, label in (("ingest", "`tradetrack ingest` into a new store"),
                           ("reingest", "the same ingest again (a no-op)"),
                           ("reextract_all", "`tradetrack reextract --all`")):
            if key in ing:
                x = ing[key]
                if x.get("commit"):
                    label += f" (commit {x['commit']})"
                lines.append(f"| {label} | {x['seconds']:.1f} | {x['articles_s']:.0f} | {x['mb_s']:.2f} | "
                             f"{x['peak_process_mb']:.0f} MB / {x['peak_tree_mb']:.0f} MB |")
        s = ing["store"]
        lines += ["", f"Store: {s['articles']} articles, {s['figures']} figures, {s['file_mb']:.0f} MB.", ""]
        secs = ing["ingest"]["seconds"] * 100_000 / c["articles"]
        lines.append(f"- Target: 100k articles in ≤ {TARGET_INGEST_S} s on 2 cores: "
                     f"{ing['ingest']['seconds']:.1f} s for {c['articles']} articles "
                     f"(≈ {secs:.0f} s per 100k): {verdict(secs <= TARGET_INGEST_S)}.")
    else:
        lines.append("Not measured yet (benchmarks/ingest.py).")
    lines.append("")

    lines += ["## Memory", ""]
    if mem:
        lines += [f"Synthetic short articles (one in {mem.get('trade_every', 1)} a trade paragraph, the others a "
                  f"news line without figures), `--jobs {mem['jobs']}`; "
                  "`extract` streams JSON Lines out, `ingest` commits in batches.", "",
                  "| command | articles | MB of text | wall s | articles/s | peak RSS, largest process | peak RSS, all processes |",
                  "|---|---|---|---|---|---|---|"]
        for r in mem["runs"]:
            lines.append(f"| `{r['command']}` | {r['articles']} | {r['text_mb']:.1f} | {r['seconds']:.1f} | "
                         f"{r['articles_s']:.0f} | {r['peak_process_mb']:.0f} MB | {r['peak_tree_mb']:.0f} MB |")
    else:
        lines.append("Not measured yet (benchmarks/memory.py).")
    lines.append("")
    notes = HERE / "NOTES.md"
    if notes.is_file():
        lines += ["## Notes", "", notes.read_text().strip(), ""]
    (HERE / "RESULTS.md").write_text("\n".join(lines))
    print(f"wrote {HERE / 'RESULTS.md'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
