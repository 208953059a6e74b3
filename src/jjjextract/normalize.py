"""Candidate span -> normalized value: exact Decimals, ISO codes, qualifiers, ISO-style partial dates.

A pure function of the span's groups and the text just before it; every vocabulary it needs (currencies,
qualifier words, percent units, plan periods, change words) comes from the rule files.
"""

from __future__ import annotations

import datetime
import itertools
from decimal import Decimal
from functools import lru_cache

import regex

from .numbers import NumeralError, parse_number, parse_numeral
from .records import Mention
from .rules import RuleSet, alternation, compiled

FRACTION_PLACES = Decimal("1e-10")  # 1/3 -> 0.3333333333 (fractions that do not end are cut at 10 places)
BIG_SUFFIX = regex.compile(r"(万亿|千万|百万|十万|亿|万|千|百)$")
MAGNITUDE_END = regex.compile(r"[万亿]$")


def normalize(cand, clean: str, rules: RuleSet):
    """A Mention for the candidate, or None when its value cannot be read exactly."""
    mention = Mention(type=cand.type, start=0, end=0, text=clean[cand.start : cand.end],
                      cstart=cand.start, cend=cand.end, rule=cand.rule,
                      extra={"qpre": cand.groups.get("qpre", ""), "qpost": cand.groups.get("qpost", "")})
    g = cand.groups
    try:
        if cand.type == "date":
            value = date_value(g, rules)
            if value is None:
                return None
            mention.value = value
            return mention
        low, high = _number_range(g, rules)
    except (NumeralError, ValueError, KeyError):
        return None
    mention.qualifier = qualifier(g, rules)
    if not mention.qualifier and not g.get("qpre"):
        mention.qualifier = _qualifier_before_rate(clean, cand.start, rules)
    if not mention.qualifier and not g.get("qpre") and cand.type == "percent":
        mention.qualifier = _qualifier_before_base(clean, cand.start, rules)
    if g.get("qpre"):
        bare = _MAGNITUDE_ONLY.fullmatch(g.get("num", ""))
        round_only = g["qpre"] in rules.vocab.get("qualifier_round_only", ())  # 上 qualifies only a bare magnitude
        other_word = _in_other_word(clean, cand.start - len(g["qpre"]), g["qpre"], rules)
        if (round_only and not bare) or other_word:
            if bare:
                return None  # 签约亿元以上项目: a bare 亿 is read only after a qualifier, and 约 of 签约 is none
            if other_word:
                mention.extra["qpre"] = ""  # (项目签约两个月: 约 ends 签约, which the metric may hold)
            if not (g.get("qmid") or g.get("qtail") or g.get("qpost")):
                mention.qualifier = ""  # 经过6年, 加上3家, 历史上三次: the word is no qualifier here (上千人 stays)
    if cand.type == "money":
        after = rules.lookup("currency", " ".join(g.get("cur", "").split()), None)  # (US dollars over a line break)
        before = rules.lookup("currency", g.get("cpre", ""), None)
        code = before if before and after in (None, "CNY") else after or before  # 新台币5亿元: TWD
        if not code:
            return None
        scale = rules.lookup("currency_scale", g.get("cur", ""), None)
        if scale is not None:
            low = low * Decimal(str(scale))
            high = high * Decimal(str(scale)) if high is not None else None
        low = low + _subunits(g)
        per = "/".join(rules.lookup("unit_alias", w, w) for w in (g.get("per"), g.get("per2")) if w)
        mention.unit = f"{code}/{per}" if per else code  # CNY/吨, CNY/人/月
    elif cand.type == "percent":
        unit_word = "".join((g.get("punit") or g.get("ppre") or "%").split())  # (百 分点: a wrap's space)
        unit, factor = rules.lookup("percent_unit", unit_word, None) or (None, None)
        if unit is None:
            return None
        factor = Decimal(str(factor))
        if g.get("tenth"):
            tenth = Decimal(5) if g["tenth"] == "半" else parse_number(g["tenth"])  # 三成五, 六成半: 3.5, 6.5 tenths
            low = low + tenth / 10
        low, high = low * factor, (high * factor if high is not None else None)
        mention.unit = unit
    elif cand.type == "quantity":
        unit = g.get("unit", "")
        mention.unit = rules.lookup("unit_alias", unit, unit)
        per = "/".join(rules.lookup("unit_alias", w, w) for w in (g.get("per"), g.get("per2")) if w)
        if per:
            mention.unit = f"{mention.unit}/{per}"  # 每立方米38微克, 每人每天用水150升 (升/人/天)
        if mention.qualifier == "under" and unit in (rules.tables.get("recent_not_under") or {}).get(
            g.get("qpre", ""), []
        ):
            mention.qualifier = ""
    mention.value, mention.value_high = low, high
    sign = minus_sign(clean, cand.start, rules)
    through_zero = bool(sign) and not g.get("sign2") and high is not None and high == low  # -5~5℃: -5 to 5
    if high is not None and high == low and not through_zero:
        mention.value_high = None
    if g.get("sign2") and (not sign or mention.value_high is None):
        return None  # 5~-3℃: a range running downwards
    if sign:
        if mention.value_high is not None and not g.get("sign2") and not through_zero:
            return None  # -3%至5%: which ends are negative is not written clearly enough
        mention.value = -mention.value
        if g.get("sign2"):
            mention.value_high = -mention.value_high  # -5~-3℃: both ends below zero
        mention.cstart -= len(sign)
        mention.text = clean[mention.cstart : mention.cend]
    if mention.value_high is not None and mention.value_high < mention.value:
        return None  # 3-1 人口主要指标 (a table's number), 以3-1获胜 (a score): no range runs downwards
    mention.change = change_direction(clean, cand.start if "qpre" not in g else cand.start - len(g["qpre"]), rules,
                                      cand.type) or (change_after(clean, mention.cend, rules) if cand.type == "percent" else "")
    return mention


def change_after(clean: str, end: int, rules: RuleSet) -> str:
    """up/down when a rise or fall noun follows a percentage (`change_after`: 实现了2.6%的同比增长), else ""."""
    text = rules.vocab.get("change_after")
    found = compiled(text).match(clean, end) if text else None
    return "" if not found else "up" if found.group("up") else "down"


def minus_sign(clean: str, start: int, rules: RuleSet) -> str:
    """The minus written right before a number (增速为-3.5%, 最低-5℃, 零下12摄氏度), or "". A dash with a digit
    or % in the few characters before it joins a range (5%-8%, 1万吨-2万吨) and is no sign, unless a list joiner
    or a verb stands right before it (5%、10%和-2%; 2023年为-1.2%)."""
    for word in rules.vocab.get("minus_words", []):
        if start >= len(word) and clean.startswith(word, start - len(word)):
            before = clean[start - len(word) - 1 : start - len(word)]
            return "" if before and before in rules.vocab.get("minus_words_not_after", "") else word  # 正负3%
    for sign in rules.vocab.get("minus_signs", []):
        at = start - len(sign)
        if at < 0 or not clean.startswith(sign, at):
            continue
        if not _RANGE_BEFORE.search(clean, max(0, at - 4), at):
            return sign  # (a break after a figure ends it: 下降3%。增长-3%至5% — the dash is a sign)
        before = at
        while before > 0 and clean[before - 1] in " \u00a0":
            before -= 1  # (10%和 -2%: a space between)
        if before > 0 and clean[before - 1] in rules.vocab.get("minus_sign_openers", ""):
            return sign
    return ""


_RANGE_BEFORE = regex.compile(r"[\d%％](?=[^。，,；;：:！？!?、\n]*\Z)")  # a figure not cut off by a break


def _number_range(g: dict, rules: RuleSet) -> tuple[Decimal, Decimal | None]:
    if "fden" in g:
        den = parse_number(g["fden"])
        if den == 0:
            raise NumeralError("zero denominator")
        return (parse_number(g["fnum"]) / den).quantize(FRACTION_PLACES).normalize(), None
    text = g.get("num", "")
    if not text:
        raise NumeralError("no number")
    if g.get("tail"):  # 2兆8,000亿港元: trillions, then hundreds of millions
        return parse_number(text + "万亿") + parse_number(g["tail"] + "亿"), None
    if g.get("mag"):
        if MAGNITUDE_END.search(text) and not (text.endswith("万") and g["mag"] == "亿"):
            raise NumeralError("two magnitudes")  # (5亿多万 is no numeral; 一千二百多万 is 1200万 and more)
        text += g["mag"]  # 6500多亿元: the magnitude after the qualifier applies to the number (2万多亿元: 2万亿)
    if g.get("emag"):  # US$1.2 billion, 14兆元
        magnitude = rules.lookup("magnitude_words", g["emag"].lower())
        if magnitude is None or MAGNITUDE_END.search(text):
            raise NumeralError(f"unknown magnitude {g['emag']!r}")
        text += magnitude
        g = {**g, "num": text, **({"num2": g["num2"] + magnitude} if "num2" in g else {})}
    if g.get("half"):  # 3年半, 1个半小时
        low, high = parse_numeral(text)
        if high is not None:
            raise NumeralError("a range and a half")
        return low + Decimal("0.5"), None
    if "num2" in g:
        first, second = g["num"], g["num2"]
        tail = BIG_SUFFIX.search(second)
        own = BIG_SUFFIX.search(first)
        if tail and not own:
            first += tail.group(1)
        elif tail and own and tail.group(1) != own.group(1) and tail.group(1).startswith(own.group(1)):
            first = first[: own.start()] + tail.group(1)  # 1.5万—2万亿元: the first is in 万亿 too
        low, low_high = parse_numeral(first)
        high, high_high = parse_numeral(second)
        return low, high_high if high_high is not None else high
    return parse_numeral(text)


def _subunits(g: dict) -> Decimal:
    total = Decimal(0)
    if g.get("jiao"):
        total += parse_number(g["jiao"]) / 10
    if g.get("fen"):
        total += parse_number(g["fen"]) / 100
    return total


def _qualifier_before_rate(clean: str, start: int, rules: RuleSet) -> str:
    """不低于每人每月500元, 最高每亩补贴200元, 最高奖励100万元: a qualifier (`qualifier_before_rate`) before per-unit
    words (每 + `rate_units`, once or twice) or a payment word (`rate_payments`), or both, right before the number."""
    found = _rate_gap(rules).search(clean, max(0, start - 16), start)
    return rules.lookup("qualifier", found.group("q"), "") if found else ""


def _qualifier_before_base(clean: str, start: int, rules: RuleSet) -> str:
    """补助金额不超过实际房租价格的70%: a qualifier (`qualifier_before_rate`) before the base a share is of (a few
    words with no number and no break) and 的 right before the number."""
    if clean[start - 1 : start] != "的":
        return ""
    found = _base_gap(rules).search(clean, max(0, start - 24), start)
    if not found:
        return ""
    if _in_other_word(clean, found.start(), found.group("q"), rules):
        return ""  # 合计占全部签约项目的82%: 约 of 签约 is none
    return rules.lookup("qualifier", found.group("q"), "")


def _in_other_word(clean: str, at: int, word: str, rules: RuleSet) -> bool:
    """Is the qualifier `word` at `at` the end of another word (`qualifier_false_after`: 约 of 签约, 过 of 经过; or
    `qualifier_in_names`: 超 of 中超, unless `qualifier_in_names_not_after` stands before the name: 其中 + 超千亿元)?"""
    if at > 0 and clean[at - 1] in (rules.vocab.get("qualifier_false_after") or {}).get(word, ""):
        return True
    end = at + len(word)
    for name in (rules.vocab.get("qualifier_in_names") or {}).get(word, ()):
        start = end - len(name)
        if start >= 0 and clean.startswith(name, start):
            return not (start and clean[start - 1] in rules.vocab.get("qualifier_in_names_not_after", ""))
    return False


@lru_cache(maxsize=8)
def _base_gap(rules: RuleSet) -> regex.Pattern:
    words = alternation(rules.vocab.get("qualifier_before_rate", []))
    return regex.compile(f"(?P<q>{words})[^\\d的，,。；;：:！？!?（）()、]{{2,20}}的\\Z")


@lru_cache(maxsize=8)
def _rate_gap(rules: RuleSet) -> regex.Pattern:
    words = alternation(rules.vocab.get("qualifier_before_rate", []))
    units = alternation(rules.vocab.get("rate_units", []))
    payments = alternation(rules.vocab.get("rate_payments", []))
    return regex.compile(f"(?P<q>{words})(?:(?:每{units}){{1,2}}{payments}?|{payments})\\Z")


def qualifier(g: dict, rules: RuleSet) -> str:
    for key in ("qmid", "qtail", "qpost", "qpre"):
        word = g.get(key)
        if word:
            found = rules.lookup("qualifier", " ".join(word.split()), "")  # (about + a space or a line break)
            if found:
                return found
    return ""


def change_direction(clean: str, start: int, rules: RuleSet, kind: str = "") -> str:
    """up/down when a rise or fall word stands right before the number (a few filler characters allowed):
    the word ending nearest the number wins, then the longest (负增长 over 增长), then the first listed (rise
    words before fall words). A percentage (`kind`) may also follow an adjusting verb and its object."""
    if clean[start - 1 : start] in (")", "）") and (note := _NOTE_BEFORE.search(clean, max(0, start - 14), start)):
        start = note.start()  # 同比增长(下同)4.1%, 增长（按可比价格计算）5%: a note in brackets stands between
    window = clean[max(0, start - 12) : start]
    by_word, lengths, gap = _change_words(rules, kind == "percent")
    nearest = len(window.rstrip(gap))  # a word must end at or after the last non-filler character
    for end in range(len(window), nearest - 1, -1):
        found = [(-n, *by_word[piece]) for n in lengths if n <= end and (piece := window[end - n : end]) in by_word]
        if found:
            if reaches_level(window[end:], rules):
                return ""  # 由50个增至60个: the level reached, not a rise
            if window.endswith(neutral_words(rules), 0, end):
                return ""  # 航班起降28.1万架次: a word that only ends like a fall
            negative_length, _, direction = min(found)
            clause = _CLAUSE_BREAK.split(window[: end + negative_length])[-1]
            if any(word in clause for word in rules.vocab.get("change_of_a_fall", [])):
                return "up" if direction == "down" else "down"  # 降幅收窄1.3个百分点: the fall shrank, the rate rose
            return direction
    return _verb_object_change(window, rules, "change_verb_object" if kind == "percent" else "change_verb_object_amount")


_CLAUSE_BREAK = regex.compile("[，,；;。：:]")
_NOTE_BEFORE = regex.compile(r"[(（][^()（）\d，,；;。]{1,12}[)）]\Z")
_MAGNITUDE_ONLY = regex.compile("[十百千万亿]+")


def _verb_object_change(window: str, rules: RuleSet, vocab: str = "change_verb_object") -> str:
    """下调存款准备金率0.5个百分点, 降低企业税负10%: an adjusting verb, then what it adjusts, right before the
    number (`change_verb_object`; the words between must not make the number a level: 降低至, 下调后的); for
    amounts and quantities `change_verb_object_amount` (减少碳排放120万吨)."""
    text = rules.vocab.get(vocab)
    found = compiled(text).search(window) if text else None
    if not found:
        return ""
    return "up" if found.group("up") else "down"


def reaches_level(gap: str, rules: RuleSet) -> bool:
    """Do the characters between a rise/fall word and a number make it the level reached (增至, 降到; not
    增长达到 — `change_not_level` words are skipped)?"""
    for word in rules.vocab.get("change_not_level", []):
        gap = gap.replace(word, "")
    return any(ch in rules.vocab.get("change_to_level", "") for ch in gap)


def share_list_readings(mentions: list[Mention], clean: str, rules: RuleSet) -> None:
    """A number listed right after another of the same kind and unit takes, when it has none of its own, its rise
    or fall (分别增长10.2%和11.5%, 下降3.1%、2.4%) and the qualifier written before the list's first item
    (首次超过1000万元、5000万元、1亿元: each is a threshold passed; not 100余家、50家). `mentions` in text order;
    changed in place."""
    joiners = set(rules.vocab.get("list_joiners", []))
    restating = set(rules.vocab.get("change_restate_joiners", []))
    shared: set[int] = set()  # the mentions that took a qualifier (and pass it on)
    for prev, mention in itertools.pairwise(mentions):
        listed = listed_after(prev, mention, clean, joiners)
        if not mention.change and prev.change and listed:
            mention.change = prev.change
        elif (not mention.change and prev.change and mention.type == "percent" and prev.type != "date"
              and clean[prev.cend : mention.cstart] in restating):
            mention.change = prev.change  # 升256点或1.29%: the same rise as a percentage
        elif (not mention.change and prev.change and mention.type == prev.type != "date"
              and clean[prev.cend : mention.cstart] in ("(", "（") and clean[mention.cend : mention.cend + 1] in (")", "）")):
            mention.change = prev.change  # 增产474.8万吨（94.9亿斤）: the same rise in another unit
        if (listed and not mention.qualifier and prev.qualifier
                and ((prev.extra or {}).get("qpre") or id(prev) in shared)):
            mention.qualifier = prev.qualifier
            shared.add(id(mention))
        gap = clean[prev.cend : mention.cstart]
        if (mention.type == prev.type != "date" and "/" in prev.unit and prev.unit.split("/")[0] == mention.unit
                and len(gap) <= 4 and ("到" in gap or "至" in gap)):
            mention.unit = prev.unit  # 价格从每吨500元涨到600元: the level reached is per ton too


def listed_after(prev: Mention, mention: Mention, clean: str, joiners: set) -> bool:
    """Is `mention` the next item of a list after `prev`: the same kind and unit, only a joiner (、 和 及 …)
    between them, after the first's qualifier (13%左右、9%左右), so never across a sentence?"""
    gap = clean[prev.cend + len(qualifier_after(prev)) : mention.cstart]
    return prev.type == mention.type and prev.unit == mention.unit and gap in joiners


def qualifier_after(mention: Mention) -> str:
    """The qualifier word read right after the mention's span (左右, 以上), kept out of it; "" when none."""
    return (mention.extra or {}).get("qpost", "")


@lru_cache(maxsize=16)
def _change_words(rules: RuleSet, rates: bool = False) -> tuple[dict[str, tuple[int, str]], tuple[int, ...], str]:
    """word -> (rank in the lists, direction); the word lengths; the filler characters. `rates`: with the words
    that move a rate only (加快0.3个百分点; 加快3.42平方公里…建设 is no rise)."""
    v = rules.vocab
    words = [("up", w) for w in v.get("change_up", [])] + [("down", w) for w in v.get("change_down", [])]
    if rates:
        words += [("up", w) for w in v.get("change_rate_up", [])] + [("down", w) for w in v.get("change_rate_down", [])]
    by_word: dict[str, tuple[int, str]] = {}
    for rank, (direction, word) in enumerate(words):
        if word:
            by_word.setdefault(word, (rank, direction))
    return by_word, tuple(sorted({len(w) for w in by_word})), rules.vocab.get("change_gap_chars", "")


@lru_cache(maxsize=16)
def neutral_words(rules: RuleSet) -> tuple[str, ...]:
    """`change_neutral`: words that only end like a rise or fall (起降, 增减)."""
    return tuple(rules.vocab.get("change_neutral", ()))


def _int(text: str | None) -> int | None:
    if not text:
        return None
    return int(parse_number(text))


def _iso(y, m=None, d=None, q=None, half=None, hms=None) -> str:
    """ISO-style partial date; ValueError for a day that does not exist (2024年2月30日, 13月5日)."""
    if m is not None and not 1 <= m <= 12 or d is not None and not 1 <= d <= 31:
        raise ValueError(f"no such date: month {m}, day {d}")
    if m is not None and d is not None:
        datetime.date(2000 if y is None else y, m, d)  # raises ValueError for 2月30日 (2000: a leap year)
    year = f"{y:04d}" if y is not None else "XXXX"
    if q is not None:
        return f"{year}-Q{q}"
    if half is not None:
        return f"{year}-H{half}"
    if m is None and d is None:
        return year
    month = f"{m:02d}" if m is not None else "XX"
    if d is None:
        return f"{year}-{month}"
    text = f"{year}-{month}-{d:02d}"
    if hms:
        text += "T" + ":".join(f"{int(x):02d}" for x in hms if x is not None)
    return text


def date_value(g: dict, rules: RuleSet) -> str | None:
    """ISO-style partial date for a date candidate's groups (see CONVENTIONS.md)."""
    if g.get("plan"):
        period = (rules.tables.get("plan_periods") or {}).get(g["plan"])
        which = rules.lookup("plan_year_words", g.get("planyear") or "", None)
        if period and which:
            return str(period).split("/")[0 if which == "first" else -1]  # 十四五开局之年: 2021
        return str(period) if period else None
    if g.get("rel"):
        rel = (rules.tables.get("relative_dates") or {}).get(g["rel"])
        if rel is None:
            return None
        return "XXXX" + (f"-{int(rel['month']):02d}" if rel.get("month") else "")
    y = _year(g.get("y"))
    if g.get("era"):
        y = int(rules.lookup("year_eras", g["era"], 0)) + int(parse_number(g["ey"]))  # 民国37年 -> 1948
    m, d = _int(g.get("m")), _int(g.get("d"))
    if m is not None and not 1 <= m <= 12 or d is not None and not 1 <= d <= 31:
        return None
    if g.get("mn"):
        last = _int(g["mn"])
        if not 1 <= last <= 12:
            return None
        return f"{_iso(y, 1)}/{_iso(y, last)}"
    if g.get("qn"):
        last = _int(g["qn"])
        if not 1 <= last <= 4:
            return None
        return f"{_iso(y, q=1)}/{_iso(y, q=last)}"
    if g.get("q"):
        q, q2 = int(rules.lookup("ordinal_words", g["q"], 0)) or _int(g["q"]), _int(g.get("q2"))  # (首季: 1)
        if not 1 <= q <= 4:
            return None
        first = _iso(y, q=q)
        return first if q2 is None else f"{first}/{_iso(y, q=q2)}"
    if g.get("half"):
        return _iso(y, half=1 if g["half"] in ("上", "前", "1") else 2)  # (2024H1)
    hms = _time_of_day(g.get("H"), g.get("M"), g.get("S"), g.get("ampm"), rules)
    hms2 = _time_of_day(g.get("H2"), g.get("M2"), None, g.get("ampm2") or g.get("ampm"), rules)  # (下午3时至5时)
    if hms2 == _DAY_END and hms is not None and int(hms[0]) == 0 and not any(hms[1:]):
        hms = hms2 = None  # 18日0至24时: the whole day
    to_day_end = hms2 == _DAY_END
    hms, hms2 = (None if t == _DAY_END else t for t in (hms, hms2))  # 截至1月18日24时: to the day's end
    first = _iso(y, m, d, hms=hms)
    if not any(g.get(k) for k in ("y2", "m2", "d2")):
        if hms2 is None and not (to_day_end and hms):
            return first
        return f"{first}/{_iso(y, m, d, hms=hms2)}"  # (31日10时至11时, 15日15时30分至24时)
    y2 = None if g.get("now2") else _year(g.get("y2")) if g.get("y2") else y  # (至今年8月: the year of writing)
    m2 = _int(g.get("m2")) if g.get("m2") else (m if g.get("d2") else None)
    d2 = _int(g.get("d2"))
    if g.get("y2") and not g.get("m2") and m is not None and not g.get("d2"):
        m2 = None
    if m2 is not None and not 1 <= m2 <= 12 or d2 is not None and not 1 <= d2 <= 31:
        return None
    if g.get("y2") and m is None:
        return f"{_iso(y)}/{_iso(y2)}"
    return f"{first}/{_iso(y2, m2, d2, hms=hms2)}"


_DAY_END = ("24", None, None)  # 24时 (the end of the day: no time of its own)


def _time_of_day(hour: str | None, minute: str | None, second: str | None, day_part: str | None,
                 rules: RuleSet) -> tuple | None:
    """(hour, minute, second) of a time of day, a 24-hour hour after 下午 or 晚 (dates.yaml's afternoon_from_hour)."""
    if not hour:
        return None
    hour_24 = int(hour)
    if hour_24 == 24:
        return _DAY_END  # (its minutes, if any, are no time of a day)
    after = rules.lookup("afternoon_from_hour", day_part, None) if day_part else None
    if after is not None and int(after) <= hour_24 < 12:
        hour_24 += 12
    return str(hour_24), minute, second


def _year(text: str | None) -> int | None:
    if not text:
        return None
    if "千" in text:
        return int(parse_number(text))  # 两千零二十三 (a year in words)
    digits = "".join(str(int(parse_number(ch))) if not ch.isdigit() else ch for ch in text)
    year = int(digits)
    if len(digits) == 2:
        year += 2000 if year < 50 else 1900
    return year
