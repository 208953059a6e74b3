"""Hard-wrap texts at fixed widths and compare what is extracted with the flat texts.

Articles copied out of PDFs and magazine columns arrive with a line break every N characters, often inside a
word or a number. This check takes texts (every example and negative of the rule files, or the lines of the
files given), joins them as the paragraphs of one article, wraps each paragraph every N characters, and
reports every value, unit, qualifier, entity name and claim field that differs from the flat article's.

    python scripts/wrap_check.py                   # the rule files' example texts, widths 15 17 21
    python scripts/wrap_check.py probes.txt --widths 12 30
    python scripts/wrap_check.py --per-line        # also wrap each text on its own (2-3 lines: harder)
"""

from __future__ import annotations

import argparse
import sys
import textwrap
from pathlib import Path

from jjjextract import load_rules
from jjjextract.pipeline import analyse_text


def facts(text: str, rules) -> list[str]:
    """What a user reads in the tables, without offsets: mention values and units, names, claim fields."""
    result = analyse_text(text, rules)
    rows = []
    for kind, mentions in result["mentions"].items():
        for m in mentions:
            rows.append(f"{kind} {m.get('value', m.get('name'))} {m.get('unit', '')} {m.get('qualifier', '')}")
    for c in result["claims"]:
        rows.append(f"claim {c['value']} {c['unit']} metric={c['metric']} subject={c['subject']} "
                    f"period={c['period']} change={c['change']}")
    return sorted(rows)


def wrap(paragraph: str, width: int) -> str:
    """A line break every `width` characters; a paragraph mostly in Latin letters breaks at spaces, as a column
    of English does (a PDF cuts no English word in two)."""
    han = sum("\u4e00" <= ch <= "\u9fff" for ch in paragraph)
    if han * 2 < sum(ch.isascii() and ch.isalpha() for ch in paragraph):
        return "\n".join(textwrap.wrap(paragraph, width, break_long_words=False, break_on_hyphens=False))
    return "\n".join(paragraph[i : i + width] for i in range(0, len(paragraph), width))


def compare(flat: str, wrapped: str, rules) -> tuple[list[str], list[str]]:
    a, b = facts(flat, rules), facts(wrapped, rules)
    return sorted(set(a) - set(b)), sorted(set(b) - set(a))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("files", nargs="*", type=Path, help="text files, one paragraph per line")
    parser.add_argument("--widths", nargs="+", type=int, default=[15, 17, 21])
    parser.add_argument("--per-line", action="store_true", help="also wrap each paragraph on its own")
    args = parser.parse_args()
    rules = load_rules()
    if args.files:
        paragraphs = [line.strip() for f in args.files for line in f.read_text(encoding="utf-8").splitlines()]
    else:
        paragraphs = [e.text.strip() for e in rules.examples]
    # a paragraph ends a sentence (examples often stop without one, and would run into the next paragraph)
    paragraphs = [p if p.endswith(("。", "！", "？", "；")) else p + "。"
                  for p in dict.fromkeys(paragraphs) if p and "\n" not in p]
    differing = 0
    for width in args.widths:
        flat = "\n\n".join(paragraphs)
        only_flat, only_wrapped = compare(flat, "\n\n".join(wrap(p, width) for p in paragraphs), rules)
        print(f"article of {len(paragraphs)} paragraphs wrapped at {width}: "
              f"{len(only_flat)} facts lost, {len(only_wrapped)} gained")
        for row in only_flat[:20]:
            print("   - " + row)
        for row in only_wrapped[:20]:
            print("   + " + row)
        differing += bool(only_flat or only_wrapped)
    if args.per_line:
        for width in args.widths:
            bad = 0
            for p in paragraphs:
                if len(p) > width and any(compare(p, wrap(p, width), rules)):
                    bad += 1
            print(f"paragraphs wrapped on their own at {width}: {bad} of {len(paragraphs)} differ")
    return 1 if differing else 0


if __name__ == "__main__":
    sys.exit(main())
