"""What the benchmark scripts share: corpora built at run time (never kept in the repository),
the machine's description, and timing a tradetrack command with its peak memory."""
from __future__ import annotations

import json
import os
import platform
import random
import sqlite3
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OUT = HERE / "out"                      # git-ignored: corpora, stores, measured results
DEV = ROOT.parent / "shared" / "eval" / "dev" / "articles.jsonl"
MB = 1_000_000


def use_committed_tree() -> None:
    """Re-run this script on a copy of tradetrack as committed (HEAD), not the working tree.

    Others edit the working tree while a benchmark runs for minutes: a run would otherwise
    mix versions (one --jobs run before an edit, the next after). The copy goes to
    benchmarks/out/src-COMMIT and comes first on PYTHONPATH, for this process and every command.
    """
    if os.environ.get("TRADETRACK_BENCH_SRC"):
        return
    commit, src = committed_tree("HEAD")
    os.environ["TRADETRACK_BENCH_SRC"] = commit
    os.environ["PYTHONPATH"] = os.pathsep.join(filter(None, [str(src), os.environ.get("PYTHONPATH")]))
    os.execv(sys.executable, [sys.executable, *sys.argv])


def committed_tree(rev: str) -> tuple[str, Path]:
    """(commit, folder) of tradetrack as committed at ``rev``, laid out in benchmarks/out/src-COMMIT
    (one per commit: scripts running side by side share it)."""
    commit = subprocess.run(["git", "-C", str(ROOT), "rev-parse", rev], capture_output=True, text=True,
                            check=True).stdout.strip()
    src = OUT / f"src-{commit[:12]}"
    if not (src / "tradetrack").is_dir():
        tmp = OUT / f".src-{os.getpid()}"
        tmp.mkdir(parents=True)
        archive = subprocess.run(["git", "-C", str(ROOT), "archive", commit, "tradetrack"], capture_output=True,
                                 check=True).stdout
        subprocess.run(["tar", "-x", "-C", str(tmp)], input=archive, check=True)
        os.replace(tmp, src)
    return commit, src


def dev_records(path: Path = DEV) -> list[dict]:
    if not path.is_file():
        sys.exit(f"benchmark: the dev articles are not at {path} (pass --dev PATH)")
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@dataclass
class Corpus:
    path: Path
    articles: int
    file_bytes: int
    text_bytes: int  # UTF-8 bytes of the article texts: the MB of every MB/s figure

    def describe(self) -> str:
        return (f"{self.path.name}: {self.articles} articles, {self.file_bytes / MB:.1f} MB of JSONL, "
                f"{self.text_bytes / MB:.1f} MB of article text")


def _write(path: Path, recs) -> Corpus:
    path.parent.mkdir(parents=True, exist_ok=True)
    n = tb = 0
    with open(path, "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
            n += 1
            tb += len(r["text"].encode("utf-8"))
    return Corpus(path, n, path.stat().st_size, tb)


def repeated_dev(min_mb: float = 50, *, articles: int | None = None, unique_text: bool = False,
                 dev: Path = DEV, name: str | None = None) -> Corpus:
    """The dev articles repeated (ids ``ID~K``) until the text reaches ``min_mb`` MB, or to
    ``articles`` articles. ``unique_text`` appends a short reference line to each copy so that
    the store's content-hash dedupe keeps every copy."""
    base = dev_records(dev)

    def recs():
        k = n = size = 0
        while (articles is None and size < min_mb * MB) or (articles is not None and n < articles):
            for r in base:
                if articles is not None and n >= articles:
                    return
                text = r["text"] + (f"\n\nRef. {k:06d}" if unique_text else "")
                size += len(text.encode("utf-8"))
                n += 1
                yield {**r, "id": f"{r['id']}~{k}", "text": text}
            k += 1

    name = name or (f"dev-{articles}.jsonl" if articles else f"dev-{min_mb:g}MB.jsonl")
    return _write(OUT / name, recs())


PAIRS = [("le Vietnam", "la Russie", "Vietnam", "Russia"), ("la France", "l'Algérie", "France", "Algeria"),
         ("la Chine", "la Russie", "China", "Russia"), ("le Canada", "la France", "Canada", "France"),
         ("l'Inde", "les Émirats arabes unis", "India", "the UAE"), ("le Vietnam", "le Laos", "Vietnam", "Laos")]


FILLER = ("Dépêche {i} : le comité mixte s'est réuni à Hanoi.", "Dispatch {i}: the joint committee met in Hanoi.")


def synthetic(n: int, seed: int = 1, trade_every: int = 1) -> Corpus:
    """``n`` short synthetic articles: one in ``trade_every`` states trade figures (a paragraph
    in French or English), the others are a news line without any figure."""
    rnd = random.Random(seed)

    def recs():
        for i in range(n):
            if i % trade_every:
                yield {"id": f"syn-{i:07d}", "text": FILLER[i % 2].format(i=i), "language": ("fr", "en")[i % 2]}
                continue
            fa, fb, ea, eb = rnd.choice(PAIRS)
            year, value, pct = rnd.randint(2010, 2024), rnd.randint(10, 990) / 10, rnd.randint(1, 400) / 10
            if i % 2:
                text = (f"Hanoi, {rnd.randint(1, 28)} juillet (VNA) - Les échanges commerciaux entre {fa} et "
                        f"{fb} ont atteint {str(value).replace('.', ',')} milliards de dollars en {year}, en "
                        f"hausse de {str(pct).replace('.', ',')}%. Les deux pays visent à porter ce chiffre à "
                        f"{int(value * 2)} milliards de dollars d'ici {year + 5}. (Dépêche {i})")
            else:
                text = (f"Two-way trade between {ea} and {eb} reached ${value} billion in {year}, up {pct}% "
                        f"year on year, and the two countries aim to lift it to ${int(value * 2)} billion "
                        f"by {year + 5}. (Report {i})")
            yield {"id": f"syn-{i:07d}", "text": text, "language": "fr" if i % 2 else "en",
                   "published": f"{year + 1}-01-15"}

    return _write(OUT / f"synthetic-{n}-{trade_every}.jsonl", recs())


# --- running tradetrack -----------------------------------------------------------------------

_PAGE_KB = os.sysconf("SC_PAGE_SIZE") // 1024
_TICK = os.sysconf("SC_CLK_TCK")


def _tree(root: int) -> dict[int, tuple[int, float]]:
    """RSS (KiB) and CPU time (s) of a process and all its descendants, from /proc (Linux)."""
    children: dict[int, list[int]] = {}
    info: dict[int, tuple[int, float]] = {}
    for d in os.listdir("/proc"):
        if not d.isdigit():
            continue
        try:
            with open(f"/proc/{d}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
            with open(f"/proc/{d}/statm") as f:
                rss = int(f.read().split()[1]) * _PAGE_KB
        except (OSError, IndexError, ValueError):
            continue
        children.setdefault(int(fields[1]), []).append(int(d))
        info[int(d)] = (rss, (int(fields[11]) + int(fields[12])) / _TICK)  # utime + stime
    out, todo = {}, [root]
    while todo:
        p = todo.pop()
        if p in info:
            out[p] = info[p]
        todo.extend(children.get(p, []))
    return out


@dataclass
class Run:
    seconds: float
    peak_process_mb: float   # the largest single process (main or a worker), from wait4
    peak_tree_mb: float      # all processes of the run together, sampled every 0.5 s
    cpu_seconds: float       # CPU time of all the run's processes (sampled: approximate)
    load: float              # 1-minute load average at the end: other work on the machine
    stderr: str


def run_tradetrack(*args: str, env: dict | None = None) -> Run:
    """Time ``python -m tradetrack ARGS`` and measure its memory."""
    cmd = [sys.executable, "-m", "tradetrack", *args]
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, **(env or {})})
    peak = 0
    cpu: dict[int, float] = {}
    stop = threading.Event()

    def sample() -> None:
        nonlocal peak
        # every 0.5 s: a scan of /proc costs ~8 ms, and at 20 scans a second the sampler took a
        # sixth of a core from the run it measures (two jobs on two cores scaled 1.6x, not 1.8x)
        while not stop.wait(0.5):
            tree = _tree(proc.pid)
            peak = max(peak, sum(rss for rss, _ in tree.values()))
            cpu.update((p, c) for p, (_, c) in tree.items())

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    err = proc.stderr.read()
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - t0
    stop.set()
    sampler.join()
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode:
        raise SystemExit(f"benchmark: {' '.join(cmd)} failed ({proc.returncode}):\n{err}")
    # ru_maxrss (KiB on Linux): the command's process (its pool workers belong to a forkserver
    # that it does not wait for, hence the sampled figure for all processes)
    cpu[proc.pid] = usage.ru_utime + usage.ru_stime  # the command itself: exact, from wait4
    return Run(seconds, usage.ru_maxrss / 1024, peak / 1024, sum(cpu.values()), os.getloadavg()[0], err)


# --- describing the machine, saving results ---------------------------------------------------

def machine() -> dict:
    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = ""
    try:
        kb = int(Path("/proc/meminfo").read_text().split("MemTotal:")[1].split()[0])
        mem = f"{kb / 1024 ** 2:.0f} GiB"
    except (OSError, IndexError, ValueError):
        pass
    import tradetrack
    from tradetrack.extract import EXTRACTOR_VERSION
    from tradetrack.parallel import default_jobs

    commit = os.environ.get("TRADETRACK_BENCH_SRC", "")[:7]
    if not commit:
        try:
            commit = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"],
                                    capture_output=True, text=True).stdout.strip() + " (working tree)"
        except OSError:
            commit = "unknown"
    return {"cpu": cpu, "cores": default_jobs(), "memory": mem, "os": platform.platform(),
            "python": platform.python_version(), "sqlite": sqlite3.sqlite_version,
            "extractor_version": EXTRACTOR_VERSION, "commit": commit,
            "tradetrack_from": str(Path(tradetrack.__file__).parent),
            "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())}


def save(name: str, result: dict) -> Path:
    OUT.mkdir(parents=True, exist_ok=True)
    p = OUT / f"{name}.json"
    p.write_text(json.dumps({"machine": machine(), **result}, indent=2, ensure_ascii=False) + "\n")
    return p
