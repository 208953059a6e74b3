"""Load, validate and compile the rule files under `rules/` (YAML).

A rule file may hold:
  description: what the file is for
  vocab:       named word lists ({word: value} or [words]) or raw regex fragments, usable in any
               pattern of any file as {{name}}; a list or mapping becomes an alternation, longest first
  patterns:    [{name, type, pattern, priority, blocks, requires, description}] with type money, percent,
               quantity, date, entity or block (a span where the listed types are not mentions: the
               numeric types where none are listed, names only where `entity` is);
               `requires` lists strings of which a text must hold one for the pattern to run, and
               `requires_pattern` is a quick regex a text must match for it to run (speed-ups: each must
               hold wherever the pattern matches)
  tables:      plain data the normalizers read (plan periods, relative dates, ...)
  examples:    [{text, expect: [{type, text, value, unit, qualifier, ...}]}]: every expected mention must
               be found with those fields
  negatives:   [text]: nothing of the file's types may be found in these texts
Any problem raises RulesError naming the file, and the rule where there is one.
"""

from __future__ import annotations

import hashlib
import sys
import tempfile
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import regex
import yaml

MENTION_TYPES = ("money", "percent", "quantity", "date", "entity")
NUMERIC_TYPES = MENTION_TYPES[:-1]
PATTERN_TYPES = (*MENTION_TYPES, "block")
FILE_KEYS = {"description", "vocab", "patterns", "tables", "examples", "negatives", "types"}
PATTERN_KEYS = {"name", "type", "pattern", "priority", "blocks", "description", "requires", "requires_pattern"}
EXAMPLE_KEYS = {"text", "expect", "absent"}
EXPECT_FIELDS = ("value", "value_high", "unit", "qualifier", "change", "label", "name", "metric", "subject", "period")
PLACEHOLDER = regex.compile(r"\{\{(\w+)\}\}")
STRESS_INPUTS = ("1" * 3000 + "!", "1" * 3000 + "x", "一" * 3000 + "!", "a" * 3000 + "!", "年月日" * 1000,
                 "“" * 2000 + "1", "1," * 1500 + "!", "1.1" * 1000 + "!")
STRESS_TIMEOUT = 1.0
MATCH_TIMEOUT = 10.0
def _default_rules_dir() -> Path:
    """rules/ beside src/ (a checkout or editable install), else the copy a wheel installs under the prefix."""
    checkout = Path(__file__).resolve().parents[2] / "rules"
    if checkout.is_dir():
        return checkout
    return Path(sys.prefix) / "share" / "jjjextract" / "rules"


DEFAULT_RULES_DIR = _default_rules_dir()


_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml where available: much faster


class RulesError(ValueError):
    """A rule file that cannot be used; the message names the file and the rule."""


@dataclass(frozen=True)
class Pattern:
    name: str
    type: str
    regex: regex.Pattern
    source: str
    priority: int = 0
    blocks: tuple[str, ...] = ()
    requires: tuple[str, ...] = ()  # the pattern is only run on texts holding one of these strings
    gate: regex.Pattern | None = None  # ... and matching this quick regex

    def applies(self, text: str) -> bool:
        if self.requires and not any(word in text for word in self.requires):
            return False
        return self.gate is None or self.gate.search(text) is not None


@dataclass(frozen=True)
class Example:
    source: str
    text: str
    expect: tuple[dict, ...]
    negative: bool = False
    types: tuple[str, ...] = ()
    absent: tuple[str, ...] = ()  # texts that must not be found as mentions of any kind


@dataclass(frozen=True, eq=False)
class RuleSet:
    """Everything the extractor and normalizers need, compiled."""

    directory: Path
    patterns: tuple[Pattern, ...]
    vocab: dict
    tables: dict
    examples: tuple[Example, ...]
    fingerprint: str
    userdict: Path | None = None
    files: tuple[str, ...] = field(default=())

    def lookup(self, vocab_name: str, word: str, default=None):
        """Value of `word` in a vocab mapping (or True for a list member)."""
        entries = self.vocab.get(vocab_name)
        if isinstance(entries, dict):
            return entries.get(word, default)
        if isinstance(entries, list):
            return True if word in entries else default
        return default


@lru_cache(maxsize=64)
def compiled(pattern: str) -> regex.Pattern:
    """A regex fragment of the vocabulary (topic_openers, change_verb_object ...) compiled once per process."""
    return regex.compile(pattern)


def load_rules(directory: Path | str | None = None, stress_test: bool = True) -> RuleSet:
    """Read every *.yaml under `directory` (default: the project's rules/), validate, compile.

    `stress_test=False` skips the catastrophic-backtracking check (for worker processes of a run whose
    parent already checked the same files)."""
    directory = Path(directory) if directory else DEFAULT_RULES_DIR
    fingerprint = _dir_fingerprint(directory)
    marker = _stress_marker(fingerprint)
    if stress_test and marker.exists():
        stress_test = False  # these very files passed the check before
    rules = _load_cached(str(directory.resolve()), fingerprint)
    if stress_test:
        for pattern in rules.patterns:
            check_backtracking(pattern)
        try:
            marker.touch()
        except OSError:
            pass  # checked again next time
    return rules


def _stress_marker(fingerprint: str) -> Path:
    """A file in the temp folder recording that the rules with this fingerprint passed the stress test."""
    return Path(tempfile.gettempdir()) / f"jjjextract-stress-ok-{fingerprint}-{regex.__version__}"


def load_checked_rules(directory: str, fingerprint: str) -> RuleSet:
    """The rules a parent process already loaded and checked, by folder and fingerprint (for workers)."""
    return _load_cached(str(Path(directory).resolve()), fingerprint)


def _dir_fingerprint(directory: Path) -> str:
    if not directory.is_dir():
        raise RulesError(f"{directory}: rules folder not found")
    digest = hashlib.sha256()
    for path in sorted(directory.iterdir()):
        if path.is_file() and path.suffix in (".yaml", ".yml", ".txt"):
            digest.update(path.name.encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


@lru_cache(maxsize=8)
def _load_cached(directory_name: str, fingerprint: str) -> RuleSet:
    directory = Path(directory_name)
    files = sorted(p for p in directory.iterdir() if p.suffix in (".yaml", ".yml"))
    if not files:
        raise RulesError(f"{directory}: no *.yaml rule files")
    docs = {path.name: _read_yaml(path) for path in files}
    vocab: dict = {}
    tables: dict = {}
    for name, doc in docs.items():
        for key, value in (doc.get("vocab") or {}).items():
            if key in vocab:
                raise RulesError(f"{name}: vocab '{key}' is already defined in another rule file")
            if not isinstance(value, (str, list, dict)):
                raise RulesError(f"{name}: vocab '{key}' must be a string, a list or a mapping")
            vocab[key] = value
        for key, value in (doc.get("tables") or {}).items():
            if key in tables:
                raise RulesError(f"{name}: table '{key}' is already defined in another rule file")
            tables[key] = value
    fragments: dict[str, str] = {}
    patterns = []
    examples = []
    for name, doc in docs.items():
        for i, item in enumerate(doc.get("patterns") or []):
            patterns.append(_compile_pattern(name, i, item, vocab, fragments))
        file_types = tuple(doc.get("types") or sorted({p["type"] for p in doc.get("patterns") or []} - {"block"}))
        for item in doc.get("examples") or []:
            examples.append(_example(name, item, file_types))
        for item in doc.get("negatives") or []:
            if not isinstance(item, str):
                raise RulesError(f"{name}: each negative must be a plain text, got {item!r}")
            examples.append(Example(source=name, text=item, expect=(), negative=True, types=file_types))
    userdict = directory / "userdict.txt"
    return RuleSet(
        directory=directory,
        patterns=tuple(patterns),
        vocab=vocab,
        tables=tables,
        examples=tuple(examples),
        fingerprint=fingerprint,
        userdict=userdict if userdict.is_file() else None,
        files=tuple(docs),
    )


def check_backtracking(pattern: Pattern) -> None:
    """Raise RulesError when a pattern takes too long on long repetitive inputs (catastrophic backtracking)."""
    for text in STRESS_INPUTS:
        try:
            pattern.regex.findall(text, timeout=STRESS_TIMEOUT)
        except TimeoutError:
            raise RulesError(
                f"{pattern.source}: pattern '{pattern.name.split(':', 1)[-1]}' takes over {STRESS_TIMEOUT}s on a "
                "3,000-character input (catastrophic backtracking); make its repetitions unambiguous"
            ) from None


def _read_yaml(path: Path) -> dict:
    try:
        doc = yaml.load(path.read_text(encoding="utf-8"), Loader=_YAML_LOADER)
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        raise RulesError(f"{path.name}: not valid YAML: {exc}") from None
    if doc is None:
        return {}
    if not isinstance(doc, dict):
        raise RulesError(f"{path.name}: the top level must be a mapping")
    unknown = set(doc) - FILE_KEYS
    if unknown:
        raise RulesError(f"{path.name}: unknown key(s) {sorted(unknown)}; allowed: {sorted(FILE_KEYS)}")
    return doc


def expand(name: str, vocab: dict, fragments: dict[str, str], stack: tuple[str, ...] = ()) -> str:
    """Regex text of a vocab entry, placeholders inside it expanded."""
    if name in fragments:
        return fragments[name]
    if name in stack:
        raise RulesError(f"vocab '{name}' refers to itself through {' -> '.join(stack)}")
    if name not in vocab:
        raise RulesError(f"unknown vocab '{{{{{name}}}}}'")
    value = vocab[name]
    if isinstance(value, str):
        text = PLACEHOLDER.sub(lambda m: expand(m.group(1), vocab, fragments, (*stack, name)), value)
    else:
        text = alternation(value)
    fragments[name] = text
    return text


def alternation(words) -> str:
    """Regex text matching any of the words, longest first (so 同比增长 wins over 同比)."""
    ordered = sorted({str(w) for w in words}, key=lambda w: (-len(w), w))
    return "(?:" + "|".join(regex.escape(w) for w in ordered) + ")"


def _compile_pattern(file: str, index: int, item: dict, vocab: dict, fragments: dict) -> Pattern:
    where = f"{file}: pattern #{index + 1}"
    if not isinstance(item, dict):
        raise RulesError(f"{where}: must be a mapping with name, type and pattern")
    where = f"{file}: pattern '{item.get('name', index + 1)}'"
    unknown = set(item) - PATTERN_KEYS
    if unknown:
        raise RulesError(f"{where}: unknown key(s) {sorted(unknown)}; allowed: {sorted(PATTERN_KEYS)}")
    for key in ("name", "type", "pattern"):
        if not item.get(key):
            raise RulesError(f"{where}: missing '{key}'")
    if item["type"] not in PATTERN_TYPES:
        raise RulesError(f"{where}: type must be one of {PATTERN_TYPES}, not {item['type']!r}")
    try:
        source = PLACEHOLDER.sub(lambda m: expand(m.group(1), vocab, fragments), str(item["pattern"]))
    except RulesError as exc:
        raise RulesError(f"{where}: {exc}") from None
    try:
        compiled = regex.compile(source)
    except regex.error as exc:
        raise RulesError(f"{where}: invalid regex: {exc}") from None
    gate = None
    if item.get("requires_pattern"):
        try:
            gate = regex.compile(PLACEHOLDER.sub(lambda m: expand(m.group(1), vocab, fragments),
                                                 str(item["requires_pattern"])))
        except (regex.error, RulesError) as exc:
            raise RulesError(f"{where}: invalid requires_pattern: {exc}") from None
    blocks = tuple(item.get("blocks") or ())
    bad = set(blocks) - set(MENTION_TYPES)
    if bad:
        raise RulesError(f"{where}: blocks names unknown type(s) {sorted(bad)}")
    return Pattern(
        name=f"{file}:{item['name']}",
        type=item["type"],
        regex=compiled,
        source=file,
        priority=int(item.get("priority", 0)),
        blocks=blocks or (NUMERIC_TYPES if item["type"] == "block" else ()),  # (names only where listed)
        requires=tuple(str(x) for x in item.get("requires") or ()),
        gate=gate,
    )


def _example(file: str, item, file_types: tuple[str, ...]) -> Example:
    if not isinstance(item, dict) or "text" not in item:
        raise RulesError(f"{file}: each example needs 'text' and 'expect', got {item!r}")
    unknown = set(item) - EXAMPLE_KEYS
    if unknown:
        raise RulesError(f"{file}: example {item['text']!r} has unknown key(s) {sorted(map(str, unknown))} (a text "
                         "holding a comma needs quotes)")
    expect = item.get("expect") or []
    if not isinstance(expect, list) or not all(isinstance(e, dict) and "text" in e for e in expect):
        raise RulesError(f"{file}: example {item['text']!r}: expect must be a list of mappings with 'text'")
    for exp in expect:
        if unknown := set(exp) - {"text", "type", *EXPECT_FIELDS}:
            raise RulesError(f"{file}: example {item['text']!r}: expected {exp['text']!r} has unknown field(s) "
                             f"{sorted(map(str, unknown))} (fields: type, {', '.join(EXPECT_FIELDS)}; a text holding "
                             "a comma needs quotes)")
    absent = item.get("absent") or []
    if not isinstance(absent, list) or not all(isinstance(a, str | int | float) for a in absent):
        raise RulesError(f"{file}: example {item['text']!r}: absent must be a list of texts")
    return Example(source=file, text=str(item["text"]), expect=tuple(expect), types=file_types,
                   absent=tuple(map(str, absent)))
