"""The plain records passed between stages: a rule match (Candidate) and a normalized mention (Mention)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Candidate:
    """A rule match in the cleaned text: span [start, end) and the texts of its named groups."""

    type: str
    start: int
    end: int
    groups: dict
    rule: str
    priority: int = 0


@dataclass(slots=True)
class Mention:
    """A normalized mention. start/end index the original text; cstart/cend the cleaned text."""

    type: str
    start: int
    end: int
    text: str
    value: object = None
    value_high: object = None
    unit: str = ""
    qualifier: str = ""
    change: str = ""
    cstart: int = 0
    cend: int = 0
    rule: str = ""
    sentence_no: int = 0
    label: str = ""
    extra: dict | None = None  # rule-specific extras (the qualifier word before a number: {"qpre": "超"})
