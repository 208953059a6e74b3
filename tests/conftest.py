from pathlib import Path

import pytest

from jjjextract import load_rules

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session")
def rules():
    return load_rules(ROOT / "rules")


@pytest.fixture(scope="session")
def root():
    return ROOT
