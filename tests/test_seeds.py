"""Issue 3 acceptance on the seeds: `tradetrack extract data/` (the bundled seed corpus) scored
against ../shared/seeds/gold.jsonl with the shared scorer gives F1 = 1.0.

Skipped when ../shared (the evaluation material beside the repository) is absent."""
import importlib.util
import json
import os
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

import pytest

from tradetrack.corpus import load_corpus
from tradetrack.extract import extract_article

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
GOLD = SHARED / "seeds" / "gold.jsonl"
SCORER = SHARED / "eval" / "score.py"
DATA = ROOT / "data"

pytestmark = pytest.mark.skipif(not (GOLD.is_file() and SCORER.is_file()),
                                reason="../shared (seeds gold and scorer) not available")


@pytest.fixture(scope="module")
def score():
    spec = importlib.util.spec_from_file_location("shared_score", SCORER)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def evaluate(score, gold_rows, pred_rows):
    """The scorer's matching (score.py main): repeated predictions count once, strict matches for
    required gold figures, loose ones absorb predictions of optional figures."""
    gold = [score.norm(r) for r in gold_rows]
    assert all(gold)
    preds = [p for p in (score.norm(r) for r in pred_rows)]
    assert all(preds), "malformed prediction"
    seen, unique = set(), []
    for p in preds:
        k = (p["article"], p["kind"], p["metric"], p["unit"], p["year"], p["months"],
             frozenset((p["origin"], p["destination"])) if p["metric"] == "turnover"
             else (p["origin"], p["destination"]), round(p["value"], 6))
        if k not in seen:
            seen.add(k)
            unique.append(p)
    preds = unique
    by_article = defaultdict(list)
    for i, p in enumerate(preds):
        by_article[p["article"]].append(i)
    used, matched, missed = set(), [], []
    for g in [g for g in gold if not g["optional"]]:
        hit = next((i for i in by_article[g["article"]] if i not in used and score.strict(g, preds[i])), None)
        if hit is None:
            missed.append(g)
        else:
            used.add(hit)
            matched.append((g, preds[hit]))
    for g in [g for g in gold if g["optional"]]:
        hit = next((i for i in by_article[g["article"]] if i not in used and score.loose(g, preds[i])), None)
        if hit is not None:
            used.add(hit)
    false = [preds[i] for i in range(len(preds)) if i not in used]
    return matched, missed, false


def read_jsonl(path):
    return [json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines() if line.strip()]


def describe(rows):
    return "\n".join(f"{r['article']} {r['kind']} {r['metric']} {r['origin']}-{r['destination']} "
                     f"{r['value']:g} {r['unit']} {r['year']} {r['months']}" for r in rows)


def assert_perfect(score, preds):
    matched, missed, false = evaluate(score, read_jsonl(GOLD), preds)
    assert not missed, "missed:\n" + describe(missed)
    assert not false, "false:\n" + describe(false)
    P, R, F = score.prf(len(matched), len(false), len(missed))
    assert (P, R, F) == (1.0, 1.0, 1.0)
    # bound and base_year right on every matched figure
    assert [(g["bound"], g["base_year"]) for g, _ in matched] == [(p["bound"], p["base_year"]) for _, p in matched]


@pytest.fixture(scope="module")
def cli_predictions(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("seeds")
    out = tmp / "pred.jsonl"
    env = dict(os.environ, TRADETRACK_DB=str(tmp / "store.sqlite"))
    proc = subprocess.run([sys.executable, "-m", "tradetrack", "extract", "-q", "-j", "1", str(DATA),
                           "-o", str(out)], cwd=tmp, env=env, capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr
    return out


def test_data_is_the_seed_corpus():
    ids = {r["article"] for r in read_jsonl(GOLD)}
    assert ids <= {p.stem for p in DATA.glob("*.txt")}


def test_cli_extract_on_data_scores_f1_one(score, cli_predictions):
    preds = read_jsonl(cli_predictions)
    assert preds, "no figure extracted"
    for p in preds:
        assert list(p) == ["article", "kind", "metric", "origin", "destination", "value", "unit", "bound",
                           "year", "months", "base_year", "evidence"]
    assert_perfect(score, preds)


def test_shared_scorer_script_reports_f1_one(cli_predictions):
    proc = subprocess.run([sys.executable, str(SCORER), str(GOLD), str(cli_predictions), "--json", "--show", "0"],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    assert (result["f1"], result["fp"], result["fn"], result["malformed"]) == (1.0, 0, 0, 0)


def test_library_extraction_on_data_scores_f1_one(score):
    preds = []
    for art in load_corpus([DATA]):
        preds += [f.record() for f in extract_article(art)]
    assert_perfect(score, preds)


def test_seeds_without_language_hint_score_f1_one(score):
    """Issue 3 reads articles "with the language field removed": detection must suffice."""
    preds = []
    for art in load_corpus([DATA]):
        art.language = None
        preds += [f.record() for f in extract_article(art)]
    assert_perfect(score, preds)


def test_evidence_is_an_exact_substring(cli_predictions):
    texts = {a.id: a.text for a in load_corpus([DATA])}
    for p in read_jsonl(cli_predictions):
        assert p["evidence"] in texts[p["article"]]


def test_cli_extract_without_path_reads_the_bundled_data(score, tmp_path, cli_predictions):
    env = dict(os.environ, TRADETRACK_DB=str(tmp_path / "store.sqlite"))
    proc = subprocess.run([sys.executable, "-m", "tradetrack", "extract", "-q", "-j", "1"], cwd=tmp_path, env=env,
                          capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr
    preds = [json.loads(line) for line in proc.stdout.splitlines() if line.strip()]
    assert preds == read_jsonl(cli_predictions)
    assert not (tmp_path / "store.sqlite").exists()  # extracting a corpus writes no store
