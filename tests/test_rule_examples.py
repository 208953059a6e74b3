"""Every example and negative in every rule file runs through the real pipeline."""

import pytest

from conftest import ROOT
from jjjextract import load_rules
from jjjextract.rulecheck import check_example

RULES = load_rules(ROOT / "rules")


@pytest.mark.parametrize("example", RULES.examples, ids=lambda e: f"{e.source}:{e.text[:20]}")
def test_rule_example(example):
    assert check_example(example, RULES) == []


def test_an_example_fails_when_a_text_it_lists_as_absent_is_found():
    from jjjextract.rules import Example

    example = Example(source="t.yaml", text="天津市政府投资5亿元", expect=({"type": "money", "text": "5亿元"},),
                      types=("money",), absent=("5亿元",))
    assert check_example(example, RULES) == ["t.yaml: '天津市政府投资5亿元': must not find money '5亿元'"]


def test_every_rule_file_has_examples():
    sources = {e.source for e in RULES.examples}
    assert set(RULES.files) <= sources | {"claims.yaml"}


def test_requires_lists_a_string_every_match_needs():
    """`requires` only skips texts a pattern cannot match: on the corpus and on every rule example, each
    match (with a little context for look-behinds) holds one of the listed strings."""
    from jjjextract.ingest import prepare

    texts = [prepare(p.read_text(encoding="utf-8")).clean for p in sorted((ROOT / "corpus").glob("*.txt"))]
    texts += [prepare(e.text).clean for e in RULES.examples]
    checked = 0
    for pattern in RULES.patterns:
        if not pattern.requires:
            continue
        for text in texts:
            for m in pattern.regex.finditer(text):
                window = text[max(0, m.start() - 12) : m.end() + 12]
                assert any(word in window for word in pattern.requires), (pattern.name, m.group())
                checked += 1
    assert checked > 50


def test_requires_pattern_matches_around_every_match():
    """`requires_pattern` only skips texts a pattern cannot match: on the corpus and on every rule example,
    the quick regex matches near each match of its pattern."""
    from jjjextract.ingest import prepare

    texts = [prepare(p.read_text(encoding="utf-8")).clean for p in sorted((ROOT / "corpus").glob("*.txt"))]
    texts += [prepare(e.text).clean for e in RULES.examples]
    checked = 0
    gated = [p for p in RULES.patterns if p.gate is not None]
    assert gated
    for pattern in gated:
        for text in texts:
            for m in pattern.regex.finditer(text):
                start, end = max(0, m.start() - 4), min(len(text), m.end() + 4)
                assert pattern.gate.search(text, start, end) is not None, (pattern.name, m.group())
                checked += 1
    assert checked > 10


def test_a_block_with_no_types_listed_blocks_numbers_not_names():
    from jjjextract.rules import NUMERIC_TYPES

    listed = {p.name: p.blocks for p in RULES.patterns if p.type == "block"}
    assert listed["blocks.yaml:football_positions"] == ("entity",)
    assert all("entity" not in kinds or kinds == ("entity",) for kinds in listed.values())
    assert any(kinds == NUMERIC_TYPES for kinds in listed.values())
