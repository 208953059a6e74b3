"""Publication date of an article, and dates without a year resolved against it (never guessed)."""

from __future__ import annotations

import regex

from .rules import RuleSet

HEADER_CHARS = 400
SOURCE_WORDS = regex.compile(r"来源|发布|日期|时间|编辑|记者")
FULL_DATE = regex.compile(r"^(\d{4})-(\d{2})-(\d{2})")


def publication_date(numbers, clean: str) -> str:
    """The article's date when its header states one (a date-time, or a full date next to 来源/发布)."""
    for m in numbers:
        if m.type != "date" or m.cstart > HEADER_CHARS:
            continue
        value = str(m.value)
        if not FULL_DATE.match(value):
            continue
        line_start = clean.rfind("\n", 0, m.cstart) + 1
        line_end = clean.find("\n", m.cend)
        line = clean[line_start : line_end if line_end >= 0 else len(clean)]
        if "T" in value or SOURCE_WORDS.search(line):
            return value[:10]
    return ""


def resolve_date(value: str, text: str, published: str, rules: RuleSet) -> str:
    """`value` with its XXXX year filled from the publication date; relative words (去年) shifted."""
    if not published or "XXXX" not in value:
        return value if "X" not in value else ""
    year = int(published[:4])
    rel = (rules.tables.get("relative_dates") or {})
    for word, spec in rel.items():
        if word in text and not any(ch.isdigit() for ch in text):
            year += int(spec.get("years", 0))
            break
    return value.replace("XXXX", f"{year:04d}")
