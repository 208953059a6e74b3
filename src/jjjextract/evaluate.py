"""Score output tables against gold JSON Lines (format and matching rules: tests/gold/CONVENTIONS.md)."""

from __future__ import annotations

import csv
import json
from pathlib import Path

NUMERIC = ("money", "percent", "quantity", "date")
TYPE_TABLES = {"money": "amounts", "percent": "percentages", "quantity": "quantities", "date": "dates",
               "entity": "entities"}
CLAIM_FIELDS = ("metric", "subject", "period", "change")
CN_NUMERALS = set("0123456789０１２３４５６７８９一二两三四五六七八九十百千万亿〇零")
LOOSE_STRIP = str.maketrans("", "", " \u3000“”\"'‘’()（）《》「」【】")


def load_gold(gold_dir: Path) -> list[dict]:
    rows = []
    for path in sorted(gold_dir.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                rows.append(json.loads(line))
    return rows


def load_predictions(out_dir: Path, docs: set[str]) -> list[dict]:
    """Mentions from the tables, with claim fields joined from claims.csv."""
    claims = {}
    claims_path = out_dir / "claims.csv"
    if claims_path.exists():
        for row in _read_csv(claims_path):
            claims[(row["file"], int(row["start"]), int(row["end"]))] = row
    preds = []
    for kind, table in TYPE_TABLES.items():
        path = out_dir / f"{table}.csv"
        if not path.exists():
            continue
        for row in _read_csv(path):
            if row["file"] not in docs:
                continue
            start, end = int(row["start"]), int(row["end"])
            rec = {"doc": row["file"], "type": kind, "start": start, "end": end, "text": row["text"]}
            if kind == "entity":
                rec["label"] = row["label"]
            elif kind == "date":
                rec["value"] = row["value"]
            else:
                low = float(row["value"])
                rec["value"] = [low, float(row["value_high"])] if row.get("value_high") else low
                rec["unit"] = row.get("unit", "")
                claim = claims.get((row["file"], start, end), {})
                for field in CLAIM_FIELDS:
                    rec[field] = claim.get(field, "")
            preds.append(rec)
    return preds


def _read_csv(path: Path) -> list[dict]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


def match(gold: list[dict], pred: list[dict]) -> list[tuple[dict, dict]]:
    """One-to-one pairs of the same doc and type with overlapping spans, largest overlap first."""
    pairs = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            if g["doc"] == p["doc"] and g["type"] == p["type"]:
                overlap = min(g["end"], p["end"]) - max(g["start"], p["start"])
                if overlap > 0:
                    pairs.append((overlap, gi, pi))
    pairs.sort(key=lambda t: (-t[0], t[1], t[2]))
    used_g, used_p, out = set(), set(), []
    for _, gi, pi in pairs:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        out.append((gold[gi], pred[pi]))
    return out


def _num_equal(a, b) -> bool:
    return abs(float(a) - float(b)) <= 1e-6 * max(abs(float(a)), abs(float(b)), 1e-12)


def date_equal(gold: str, pred: str) -> bool:
    gold, pred = str(gold or ""), str(pred or "")
    return len(gold) == len(pred) and all(g == "X" or g == p for g, p in zip(gold, pred, strict=True))


def value_correct(g: dict, p: dict) -> bool:
    if g["type"] == "entity":
        return g.get("label") == p.get("label")
    if g["type"] == "date":
        return date_equal(g.get("value"), p.get("value"))
    gv, pv = g.get("value"), p.get("value")
    if isinstance(gv, list) or isinstance(pv, list):
        return (isinstance(gv, list) and isinstance(pv, list) and len(gv) == len(pv) == 2
                and all(_num_equal(a, b) for a, b in zip(gv, pv, strict=True)))
    return gv is not None and pv is not None and _num_equal(gv, pv)


def loose(a: str) -> str:
    return (a or "").translate(LOOSE_STRIP)


def field_correct(field: str, gold: str, pred: str) -> bool:
    gold, pred = gold or "", pred or ""
    if not gold or not pred:
        return not gold and not pred
    if field in ("metric", "subject"):
        g, p = loose(gold), loose(pred)
        return bool(g and p) and (g in p or p in g)
    if field == "period":
        return date_equal(gold, pred)
    return gold == pred


def _prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def counts_as_prediction(p: dict) -> bool:
    """Predicted dates with no numeral in their text (今年) are not scored either way."""
    return p["type"] != "date" or any(ch in CN_NUMERALS for ch in p["text"])


def evaluate(gold_dir: Path, out_dir: Path) -> dict:
    """Scores per type, pooled numeric, entity label accuracy and claim-field accuracy."""
    gold = load_gold(gold_dir)
    docs = {g["doc"] for g in gold}
    pred = [p for p in load_predictions(out_dir, docs) if counts_as_prediction(p)]
    pairs = match(gold, pred)
    report: dict = {"types": {}, "docs": sorted(docs)}
    groups = {t: (t,) for t in (*NUMERIC, "entity")}
    groups["numeric"] = NUMERIC
    for name, types in groups.items():
        g_n = sum(1 for g in gold if g["type"] in types)
        p_n = sum(1 for p in pred if p["type"] in types)
        matched = [(g, p) for g, p in pairs if g["type"] in types]
        correct = sum(1 for g, p in matched if value_correct(g, p))
        exact = sum(1 for g, p in matched if g["start"] == p["start"] and g["end"] == p["end"])
        precision, recall, f1 = _prf(len(matched), p_n, g_n)
        vp, vr, vf = _prf(correct, p_n, g_n)
        report["types"][name] = {
            "gold": g_n, "predicted": p_n, "matched": len(matched), "precision": precision, "recall": recall,
            "f1": f1, "value_precision": vp, "value_recall": vr, "value_f1": vf,
            "exact_span": exact / len(matched) if matched else 0.0,
        }
    ent = [(g, p) for g, p in pairs if g["type"] == "entity"]
    report["entity_label_accuracy"] = sum(1 for g, p in ent if g.get("label") == p.get("label")) / len(ent) if ent else 0.0
    # a claim field is scored on the articles whose gold annotates it: an article that fills it on none of its
    # numbers was not annotated for it (004 has periods and changes, no metrics or subjects), and every value
    # found there would count as spurious
    numeric_gold = [g for g in gold if g["type"] in ("money", "percent", "quantity")]
    claim_pairs = [(g, p) for g, p in pairs if g["type"] in ("money", "percent", "quantity")]
    report["claim_fields"] = {}
    for field in CLAIM_FIELDS:
        annotated = {g["doc"] for g in numeric_gold if g.get(field)}
        scores = _field_scores(field, [(g, p) for g, p in claim_pairs if g["doc"] in annotated])
        scores["articles"] = len(annotated)
        report["claim_fields"][field] = scores
    return report


def _field_scores(field: str, pairs: list[tuple[dict, dict]]) -> dict:
    """accuracy: right where the gold gives the field; agreement: right over all matched mentions (an empty
    prediction for an empty gold counts as right); spurious: filled where the gold is empty."""
    filled = [(g, p) for g, p in pairs if g.get(field)]
    empty = [(g, p) for g, p in pairs if not g.get(field)]
    right = sum(1 for g, p in filled if field_correct(field, g[field], p.get(field, "")))
    agree = right + sum(1 for _, p in empty if not p.get(field))
    return {
        "accuracy": right / len(filled) if filled else 0.0,
        "agreement": agree / len(pairs) if pairs else 0.0,
        "spurious": sum(1 for _, p in empty if p.get(field)),
        "gold_filled": len(filled),
        "matched": len(pairs),
    }


def errors(gold_dir: Path, out_dir: Path) -> list[str]:
    """Human-readable lines for missed, spurious and wrong-valued numeric mentions (for rule authors)."""
    gold = [g for g in load_gold(gold_dir) if g["type"] in NUMERIC]
    docs = {g["doc"] for g in load_gold(gold_dir)}
    pred = [p for p in load_predictions(out_dir, docs) if p["type"] in NUMERIC and counts_as_prediction(p)]
    pairs = match(gold, pred)
    mg = {id(g) for g, _ in pairs}
    mp = {id(p) for _, p in pairs}
    lines = [f"missed   {g['doc'][:3]} {g['start']:>6} {g['type']:<8} {g['text']!r} {g.get('value')}"
             for g in gold if id(g) not in mg]
    lines += [f"spurious {p['doc'][:3]} {p['start']:>6} {p['type']:<8} {p['text']!r} {p.get('value')}"
              for p in pred if id(p) not in mp]
    lines += [f"value    {g['doc'][:3]} {g['start']:>6} {g['type']:<8} {g['text']!r} gold={g.get('value')} "
              f"pred={p.get('value')} ({p['text']!r})" for g, p in pairs if not value_correct(g, p)]
    return lines


def format_report(report: dict) -> str:
    head = f"{'type':<9}{'gold':>6}{'pred':>6}{'P':>7}{'R':>7}{'F1':>7}{'valF1':>7}{'exact':>7}"
    lines = [head, "-" * len(head)]
    for name, s in report["types"].items():
        lines.append(f"{name:<9}{s['gold']:>6}{s['predicted']:>6}{s['precision']:>7.3f}{s['recall']:>7.3f}"
                     f"{s['f1']:>7.3f}{s['value_f1']:>7.3f}{s['exact_span']:>7.3f}")
    lines.append("")
    lines.append(f"entity label accuracy: {report['entity_label_accuracy']:.3f}")
    lines.append("claim fields on matched money/percent/quantity mentions:")
    lines.append(f"  {'field':<8}{'accuracy':>9}{'agreement':>10}{'filled':>8}{'spurious':>9}{'articles':>9}")
    for field, s in report["claim_fields"].items():
        lines.append(f"  {field:<8}{s['accuracy']:>9.3f}{s['agreement']:>10.3f}{s['gold_filled']:>8}{s['spurious']:>9}"
                     f"{s['articles']:>9}")
    lines.append("  accuracy: right where the gold gives the field; agreement: right over all matched mentions,")
    lines.append("  an empty prediction for an empty gold counting as right; spurious: filled where the gold is empty;")
    lines.append("  articles: the gold articles that annotate the field (it is scored on these only)")
    return "\n".join(lines)
