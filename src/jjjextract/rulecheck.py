"""Run every example and negative of the rule files through the real pipeline."""

from __future__ import annotations

from decimal import Decimal

from .pipeline import KIND_TABLE, analyse_text
from .rules import EXPECT_FIELDS as FIELDS
from .rules import Example, RuleSet


def _mentions(text: str, rules: RuleSet) -> list[dict]:
    result = analyse_text(text, rules)
    out = []
    for kind, table in KIND_TABLE.items():
        for row in result["mentions"][table]:
            out.append({**row, "type": kind})
    claims = {c["claim_id"]: c for c in result["claims"]}
    for row in out:
        claim = claims.get(row["mention_id"], {})
        for field in ("change", "metric", "subject", "period"):
            row.setdefault(field, claim.get(field, ""))
    return out


def _same(field: str, expected, actual) -> bool:
    if expected is None:
        expected = ""
    if field in ("value", "value_high") and expected != "" and actual not in ("", None):
        try:
            return Decimal(str(expected)) == Decimal(str(actual))
        except ArithmeticError:
            return str(expected) == str(actual)
    return str(expected) == str(actual or "")


def check_example(example: Example, rules: RuleSet) -> list[str]:
    """Problems with one example (empty when it passes)."""
    found = _mentions(example.text, rules)
    where = f"{example.source}: {example.text!r}"
    if example.negative:
        bad = [m for m in found if m["type"] in example.types]
        return [f"{where}: must match nothing, found {m['type']} {m['text']!r}" for m in bad]
    problems = []
    for exp in example.expect:
        kind = exp.get("type")
        hits = [m for m in found if m["text"] == str(exp["text"]) and (not kind or m["type"] == kind)]
        if not hits:
            seen = ", ".join(f"{m['type']} {m['text']!r}" for m in found if m["type"] != "entity" or kind == "entity")
            problems.append(f"{where}: expected {kind} {exp['text']!r}, found [{seen}]")
            continue
        m = hits[0]
        for field in FIELDS:
            if field in exp and not _same(field, str(exp[field]) if exp[field] is not None else "", m.get(field, "")):
                problems.append(f"{where}: {exp['text']!r} {field} expected {exp[field]!r}, got {m.get(field)!r}")
    for m in found:
        if m["text"] in example.absent:
            problems.append(f"{where}: must not find {m['type']} {m['text']!r}")
    return problems


def check_rules(rules: RuleSet) -> tuple[int, list[str]]:
    """(number of examples run, problems) over all rule files."""
    problems = []
    for example in rules.examples:
        problems.extend(check_example(example, rules))
    return len(rules.examples), problems
