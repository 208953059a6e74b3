"""Every example and negative in every rule file runs through the real pipeline."""

import pytest

from conftest import ROOT
from jjjextract import load_rules
from jjjextract.rulecheck import check_example

RULES = load_rules(ROOT / "rules")


@pytest.mark.parametrize("example", RULES.examples, ids=lambda e: f"{e.source}:{e.text[:20]}")
def test_rule_example(example):
    assert check_example(example, RULES) == []


def test_every_rule_file_has_examples():
    sources = {e.source for e in RULES.examples}
    assert set(RULES.files) <= sources | {"claims.yaml"}
