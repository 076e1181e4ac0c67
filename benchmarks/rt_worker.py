"""Recognizers-Text on the dev articles: currency and percentage recognition, timed.

Runs in the benchmark venv (benchmarks/.venv-rt), not tradetrack's: throughput.py calls it as
    benchmarks/.venv-rt/bin/python benchmarks/rt_worker.py ARTICLES.jsonl SECONDS
and reads one JSON object from stdout. Each article goes through the culture of its language
(English for the languages Recognizers-Text lacks, e.g. Vietnamese).
"""
from __future__ import annotations

import json
import sys
import time

from recognizers_number import recognize_percentage
from recognizers_number_with_unit import recognize_currency
from recognizers_text import Culture

CULTURES = {"fr": Culture.French, "en": Culture.English, "es": Culture.Spanish, "it": Culture.Italian,
            "pt": Culture.Portuguese}


def main() -> None:
    path, seconds = sys.argv[1], float(sys.argv[2])
    with open(path, encoding="utf-8") as f:
        arts = [json.loads(line) for line in f if line.strip()]
    work = [(a["text"], CULTURES.get(a.get("language") or "", Culture.English)) for a in arts]
    size = sum(len(t.encode("utf-8")) for t, _ in work)
    for culture in {c for _, c in work}:  # warm up: each culture builds its models on first use
        recognize_currency("10 dollars, 5%", culture)
        recognize_percentage("10 dollars, 5%", culture)
    n = b = cur = pct = 0
    t0, c0 = time.perf_counter(), time.process_time()
    while time.perf_counter() - t0 < seconds:  # whole passes over the articles
        for text, culture in work:
            cur += len(recognize_currency(text, culture))
            pct += len(recognize_percentage(text, culture))
            n += 1
        b += size
    dt, cpu = time.perf_counter() - t0, time.process_time() - c0
    passes = n // len(work)
    print(json.dumps({"articles": n, "passes": passes, "mb": b / 1e6, "seconds": dt, "cpu_seconds": cpu,
                      "mb_s": b / 1e6 / dt, "mb_per_cpu_s": b / 1e6 / cpu,
                      "articles_s": n / dt, "currency": cur // passes, "percentage": pct // passes}))


if __name__ == "__main__":
    main()
