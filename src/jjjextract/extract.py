"""Rules over the cleaned text -> candidate spans -> non-overlapping numeric mentions.

Finding a span (here) and turning it into a value (`normalize`) are separate steps: a candidate carries only
its span and the texts of its named groups.
"""

from __future__ import annotations

import itertools
from decimal import Decimal
from functools import lru_cache

import regex

from .ingest import Article, is_han, prepare
from .normalize import change_direction, normalize, share_list_readings
from .records import Candidate, Mention
from .rules import MATCH_TIMEOUT, NUMERIC_TYPES, RulesError, RuleSet, alternation

EDGE_GROUPS = ("qpre", "qpost")  # qualifier words that stay outside the span


def find_candidates(clean: str, rules: RuleSet, types=NUMERIC_TYPES) -> list[Candidate]:
    """Every match of every pattern of the given types, with qualifier edges trimmed off the span."""
    found = []
    for pattern in rules.patterns:
        if pattern.type not in types or not pattern.applies(clean):
            continue
        try:
            matches = list(pattern.regex.finditer(clean, timeout=MATCH_TIMEOUT))
        except TimeoutError:
            raise RulesError(f"{pattern.source}: pattern '{pattern.name}' timed out on an article") from None
        for m in matches:
            groups = {k: v for k, v in m.groupdict().items() if v is not None}
            start, end = m.span()
            for name in EDGE_GROUPS:
                if name in groups:
                    gs, ge = m.span(name)
                    if gs == start:
                        start = ge
                    elif ge == end:
                        end = gs
            if start < end:
                found.append(Candidate(pattern.type, start, end, groups, pattern.name, pattern.priority))
    return found


def blocked_spans(clean: str, rules: RuleSet, kinds: tuple[str, ...] = NUMERIC_TYPES
                  ) -> list[tuple[int, int, tuple[str, ...]]]:
    """Spans where some mention types of `kinds` are not mentions (phone numbers, slogans, ordinals ...; names:
    `kinds` ("entity",)). Only the block patterns for those kinds run."""
    spans = []
    for pattern in rules.patterns:
        if pattern.type != "block" or not set(kinds).intersection(pattern.blocks) or not pattern.applies(clean):
            continue
        for m in pattern.regex.finditer(clean, timeout=MATCH_TIMEOUT):
            if m.end() > m.start():
                span = m.span("b") if "b" in pattern.regex.groupindex and m.group("b") else m.span()
                spans.append((span[0], span[1], pattern.blocks))
    return spans


def select(candidates: list[Candidate], blocks) -> list[Candidate]:
    """Drop blocked candidates, then keep the longest (then highest-priority) of overlapping ones."""
    size = max([c.end for c in candidates] + [e for _, e, _ in blocks] + [0])
    masks: dict[str, bytearray] = {}
    for s, e, types in blocks:
        for t in types:
            mask = masks.setdefault(t, bytearray(size))
            mask[s:e] = b"\x01" * (e - s)
    kept = [c for c in candidates if c.type not in masks or not any(masks[c.type][c.start : c.end])]
    kept.sort(key=lambda c: (-(c.end - c.start), -c.priority, c.start))
    taken: list[Candidate] = []
    occupied = bytearray(max((c.end for c in kept), default=0))
    for c in kept:
        if any(occupied[c.start : c.end]):
            continue
        occupied[c.start : c.end] = b"\x01" * (c.end - c.start)
        taken.append(c)
    taken.sort(key=lambda c: (c.start, c.end))
    return taken


def extract_numbers(article: Article, rules: RuleSet) -> list[Mention]:
    """Numeric mentions (money, percent, quantity, date) of an article, in text order."""
    clean = article.clean
    blocks = blocked_spans(clean, rules)
    chosen = select(find_candidates(clean, rules), blocks)
    mentions = merge_ranges([m for m in (normalize(c, clean, rules) for c in chosen) if m is not None], clean, rules)
    mentions = merge_compound_durations(mentions, clean, rules)
    mentions = share_list_units(mentions, clean, rules, blocks)
    share_listed_dates(mentions, clean)
    share_same_year(mentions, clean, rules)
    for mention in mentions:
        mention.start, mention.end = article.span(mention.cstart, mention.cend)
        mention.text = article.text[mention.start : mention.end]
    share_list_readings(mentions, clean, rules)
    return mentions


def merge_ranges(mentions: list[Mention], clean: str, rules: RuleSet) -> list[Mention]:
    """Two amounts or quantities with the same unit, the second larger, joined by a range separator only
    (1.2万吨至1.5万吨, 每人3元至5元) become one range mention; not after 从/由 (从100家到200家 is a change)."""
    separators = set(rules.vocab.get("range_separators", []))
    not_after = tuple(rules.vocab.get("range_not_after", []))
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if (prev is not None and m.type == prev.type and m.type in ("money", "quantity") and _same_unit(prev.unit, m.unit)
                and prev.value_high is None and m.value_high is None
                and (not m.qualifier or (m.extra or {}).get("qpre") in _TILDES)  # (10℃~15℃: the ~ is no "up to")
                and m.value > prev.value and clean[prev.cend : m.cstart] in separators
                and not clean[max(0, prev.cstart - 4) : prev.cstart].endswith(not_after)):
            prev.value_high, prev.cend = m.value, m.cend
            prev.text = clean[prev.cstart : prev.cend]
            continue
        out.append(m)
    return out


_TILDES = ("~", "～")


_DURATION_JOINERS = ("", "零", "又")  # (1年零3个月, 2年又5个月)


def merge_compound_durations(mentions: list[Mention], clean: str, rules: RuleSet) -> list[Mention]:
    """A span of time written in two units, the larger right before the smaller (3小时7分, 2小时20分钟, 1年零3个月), is one
    quantity in the smaller unit (187 分钟, 140 分钟: `compound_durations` gives the pairs, how many of the
    smaller make one of the larger and the unit to report); the smaller part must be less than that many."""
    pairs = {(big, small): (Decimal(str(factor)), (reported or [small])[0])
             for big, small, factor, *reported in rules.vocab.get("compound_durations", [])}
    if not pairs:
        return mentions
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        factor, unit = pairs.get((prev.unit, m.unit), (None, "")) if prev is not None and prev.type == m.type == "quantity" else (None, "")
        if (factor is not None and clean[prev.cend : m.cstart] in _DURATION_JOINERS and prev.value_high is None
                and m.value_high is None
                and not (prev.qualifier and (m.extra or {}).get("qpre")) and 0 <= m.value < factor):
            prev.value, prev.unit, prev.cend = prev.value * factor + m.value, unit, m.cend
            prev.qualifier = prev.qualifier or m.qualifier
            prev.text = clean[prev.cstart : prev.cend]
            continue
        out.append(m)
    return out


def _same_unit(first: str, second: str) -> bool:
    """Is a range's end in the unit of its start, or the start's per unit written once (每人3元至5元: CNY/人, CNY)?"""
    return second == first or first.startswith(second + "/")


_LEAD_NUMBER = regex.compile(r"\d+(?:\.\d+)?")
_DATE_JOINERS = ("、", "和", "及", "与")
_PARTIAL = regex.compile(r"(?P<y>\d{4}|XXXX)(?:-(?P<m>\d\d|XX|Q[1-4]|H[12])(?:-(?P<d>\d\d))?)?")  # (a quarter, a half)


def share_listed_dates(mentions: list[Mention], clean: str) -> None:
    """A date listed right after another with what it leaves out stated there takes it (2023年1月、2月: 2023-02,
    was XXXX-02; 2024年3月5日和6日: 2024-03-06; 2020年一、二季度: 2020-Q2), in place."""
    dates = [m for m in mentions if m.type == "date"]
    for first, then in itertools.pairwise(dates):
        if clean[first.cend : then.cstart] not in _DATE_JOINERS:
            continue
        a, b = _PARTIAL.fullmatch(first.value or ""), _PARTIAL.fullmatch(then.value or "")
        if a is None or b is None or a["y"] == "XXXX" or b["y"] != "XXXX" or bool(a["m"]) != bool(b["m"]):
            continue
        if b["d"] and (a["d"] is None or a["m"] == "XX"):
            continue  # (a day after a month: no list of alike)
        month = b["m"] if b["m"] != "XX" else a["m"]
        then.value = a["y"] + (f"-{month}" if month else "") + (f"-{b['d']}" if b["d"] else "")


def share_same_year(mentions: list[Mention], clean: str, rules: RuleSet) -> None:
    """A date with no year right after a word of the same year (`same_year_words`: 同年6月26日) or month
    (`same_month_words`: 同月26日) takes the year (and month) of the last date before it that names them, in place."""
    years = tuple(rules.vocab.get("same_year_words") or ())
    months = tuple(rules.vocab.get("same_month_words") or ())
    last = None
    for m in mentions:
        if m.type != "date":
            continue
        own = _PARTIAL.match(m.value or "")
        if own is None:
            continue
        if own["y"] == "XXXX" and last is not None:  # (a range's ends both: 同年6月26日至28日)
            if years and clean.endswith(years, 0, m.cstart) and own["m"] not in (None, "XX"):
                m.value = m.value.replace("XXXX", last["y"])
            elif months and clean.endswith(months, 0, m.cstart) and own["m"] == "XX" and last["m"] not in (None, "XX"):
                m.value = m.value.replace("XXXX-XX", f"{last['y']}-{last['m']}")
            own = _PARTIAL.match(m.value)
        if own["y"] != "XXXX":
            last = own


def share_list_units(mentions: list[Mention], clean: str, rules: RuleSet, blocks) -> list[Mention]:
    """Bare numbers listed right before an amount, quantity or percentage take its magnitude and unit:
    分别为125、136和148家 -> 125家, 136家, 148家 (`list_joiners`, `unit_list_joiners`: 3.5万甚至4万元), and so do numbers written with the first part
    of it only (2.1个和7.0个百分点, 3亿、5亿元, 5万和10万吨), whose own reading gives way. Each is read by the
    same rules, as if written with the unit; a list must follow a word (a numbered line 2、100家 is no list)."""
    joiners = [*rules.vocab.get("list_joiners", []), *rules.vocab.get("unit_list_joiners", [])]
    if not joiners or not any(j in clean for j in joiners):
        return mentions
    by_span = {(m.cstart, m.cend): m for m in mentions}
    taken = bytearray(len(clean) + 1)
    for m in mentions:
        taken[m.cstart : m.cend] = b"\x01" * (m.cend - m.cstart)
    added: list[Mention] = []
    replaced: set[int] = set()
    for m in mentions:
        lead = _LEAD_NUMBER.match(clean, m.cstart)
        if m.type not in ("money", "quantity", "percent") or m.value_high is not None or not lead or lead.end() >= m.cend:
            continue
        before = m.cstart - (clean[m.cstart - 1 : m.cstart] == "\n")  # (`$` matches before a last line break)
        if not any(clean.endswith(j, 0, before) for j in joiners):
            continue  # no list before it (the test spares compiling a pattern per unit)
        tail = clean[lead.end() : m.cend]
        item = _list_item(tail, tuple(joiners))
        items: list[Mention] = []
        own: list[Mention] = []  # the readings the items replace (2.1个 of 2.1个和7.0个百分点)
        pos = m.cstart
        while found := item.search(clean, max(0, pos - 16), pos):
            start, end = found.start(1), found.end(2) if found.group(2) else found.end(1)
            old = by_span.get((start, end))
            if (old is None and any(taken[start:end])) or _blocked(start, end, m.type, blocks):
                items = []
                break
            reading = _read_alone(found.group(1) + tail, m.type, rules)
            if reading is None:
                items = []
                break
            reading.cstart, reading.cend, reading.text = start, end, clean[start:end]
            reading.change = change_direction(clean, start, rules, m.type)
            items.append(reading)
            if old is not None:
                own.append(old)
            pos = start
        if items and pos > 0 and is_han(clean[pos - 1]):  # the list follows a word, not a line start
            for reading in items:
                taken[reading.cstart : reading.cend] = b"\x01" * (reading.cend - reading.cstart)
            added += items
            replaced.update(id(o) for o in own)
    if not added:
        return mentions
    return sorted([m for m in mentions if id(m) not in replaced] + added, key=lambda x: (x.cstart, x.cend))


@lru_cache(maxsize=512)
def _list_item(tail: str, joiners: tuple[str, ...]) -> regex.Pattern:
    """A bare number listed before one written with `tail` (its unit), or with the first part of it (2.1个 before
    7.0个百分点), and a joiner: the item `share_list_units` looks for."""
    heads = alternation([tail[:k] for k in range(1, len(tail))]) if len(tail) > 1 else "(?!)"
    return regex.compile(r"(?<![\d.,A-Za-z])(\d+(?:\.\d+)?)(" + heads + ")?" + alternation(joiners) + "$")


def _blocked(start: int, end: int, kind: str, blocks) -> bool:
    return any(s < end and start < e and kind in types for s, e, types in blocks)


def _read_alone(text: str, kind: str, rules: RuleSet) -> Mention | None:
    """The one mention of `kind` spanning all of `text` (a list item written out with its unit), or None."""
    chosen = select(find_candidates(text, rules, (kind,)), [])
    if len(chosen) != 1 or (chosen[0].start, chosen[0].end) != (0, len(text)):
        return None
    return normalize(chosen[0], text, rules)


def extract_text(text: str, rules: RuleSet) -> list[Mention]:
    """Numeric mentions of a plain string (a notebook-friendly entry point)."""
    return extract_numbers(prepare(text), rules)
