"""Link every amount, quantity and percentage to its metric, subject and period.

All on the cleaned text of one sentence: the metric is the noun phrase next to the number, the subject the
first specific organization or place before it in the sentence (or the name a `该区`-style reference points
back to), the period the nearest date before it that is not a comparison base (较2014年).
"""

from __future__ import annotations

import bisect
import dataclasses
import itertools
from collections import Counter
from functools import lru_cache

import regex

from .ingest import is_han
from .normalize import listed_after, neutral_words, qualifier_after, reaches_level
from .records import Mention
from .rules import RuleSet, alternation, compiled
from .segment import Sentence, Tokens, user_word_tags
from .text_tables import RATE_LABEL

CLAIM_TYPES = ("money", "quantity", "percent")
CLAUSE_BREAKS = "，,、：:；;（(）)《》【】—!！?？。\n _|｜"
QUOTES = "“”\"‘’「」"
_BREAK_SET = frozenset(CLAUSE_BREAKS)
NOUNISH = {"n", "nz", "vn", "nt", "ns", "j", "eng", "an", "nl", "ng", "nr", "nrt", "x", "b", "l", "t", "s", "k", None}
HARD_STOP = {"p", "c", "u", "uj", "ul", "uz", "ud", "ug", "uv", "r", "d", "m", "q", "y", "e", "o", "zg", "f", "mq"}
MAX_METRIC = 16


@lru_cache(maxsize=8)
def _tags(rules: RuleSet):
    """Word -> tag: the user dictionary's tags over jieba's, and `metric_nouns` as nouns."""
    return user_word_tags(str(rules.userdict) if rules.userdict else None, _lists(rules)["metric_nouns"])


@lru_cache(maxsize=8)
def _lists(rules: RuleSet) -> dict:
    """The claim vocabularies of a rule set as sets and tuples, made once."""
    v = rules.vocab
    return {
        "stop": (frozenset(v.get("metric_stop", [])) | frozenset(v.get("metric_level_verbs", []))
                 | frozenset(v.get("metric_list_marks", []))),
        "level_verbs": tuple(v.get("metric_level_verbs", [])),
        "inner": frozenset(v.get("metric_compound_verbs", [])),
        "inner_after_count": frozenset((*v.get("metric_compound_verbs_after_count", []), *v.get("metric_inner_after_count", []))),
        "verbs_after_count": frozenset(v.get("metric_verbs_after_count", [])),
        "opening_verbs": frozenset(v.get("metric_opening_verbs", [])),
        "modals": frozenset(v.get("metric_modal_words", [])),
        "heads": frozenset(v.get("metric_heads", [])),
        "share_nouns": frozenset(v.get("metric_share_heads", [])) | {"占比"},  # (a clause's 占比 names a share)
        "own_ends": (*v.get("metric_heads", []), *v.get("metric_measure_heads", [])),
        "time_openers": frozenset(v.get("metric_time_openers", [])),
        "from_markers": frozenset(v.get("period_from_markers", [])),
        "to_markers": tuple(v.get("period_to_markers", [])),
        "not_metric": frozenset(v.get("not_metric", [])),
        "not_left": frozenset(v.get("not_left_metric", [])),
        "broad": frozenset(v.get("broad_regions", [])),
        "right_skip": tuple(v.get("metric_right_skip", [])),
        "having_verbs": frozenset(v.get("metric_having_verbs", [])),
        "counted_heads": frozenset(v.get("metric_counted_heads", [])),
        "outcomes": frozenset(v.get("metric_count_outcomes", [])),
        "place_letters": frozenset(v.get("metric_place_letters", [])),
        "count_done_verbs": tuple(v.get("metric_count_done_verbs", [])),
        "bare_heads": frozenset(v.get("metric_bare_heads", [])),
        "skip_words": frozenset(v.get("metric_skip", [])),
        "quoted_event_ends": tuple(v.get("subject_quoted_event_ends", [])),
        "place_preps": tuple(v.get("place_prepositions", [])),
        "facility_by_place": frozenset(v.get("facility_named_by_place", [])),
        "facility_kinds": frozenset(v.get("facility_kind_words", [])),
        "comparison": tuple(v.get("period_comparison_markers", [])),
        "base_dates": (*v.get("period_comparison_markers", []), *v.get("period_from_markers", [])),
        "base_markers": tuple(v.get("metric_base_markers", [])),
        "closers": tuple(v.get("period_comparison_closers", [])),
        "not_subject": frozenset(v.get("not_subject_words", [])),
        "no_period_rules": frozenset(v.get("period_never_from_rules", [])),
        "no_period_after": tuple(v.get("period_never_before", [])),
        "multiples": frozenset(v.get("multiple_units", [])),
        "unit_metrics": tuple(v.get("metric_unit_words", [])),
        "price_words": frozenset(v.get("metric_price_words", [])),
        "kind_words": tuple(sorted(v.get("metric_kind_words", []), key=len, reverse=True)),
        "origin_kinds": frozenset(v.get("subject_origin_kinds", [])),
        "relative_years": frozenset(v.get("period_relative_years", [])),
        "this_year": frozenset(v.get("period_this_year", [])),
        "collective_chars": frozenset(v.get("collective_place_chars", "")),
        "relative_not_before": tuple(v.get("period_relative_not_before", [])),
        "present_words": tuple(v.get("period_present_words", [])),
        "cutoff_words": tuple(v.get("period_cutoff_words", [])),
        "other_day_words": tuple(v.get("period_other_day_words", [])),
        "region_name_words": tuple(v.get("subject_region_name_words", [])),
        "level_bases": tuple(v.get("period_level_base_verbs", [])),
        "ratio_verbs": tuple(sorted(v.get("ratio_base_verbs", []) + v.get("ratio_plan_verbs", []), key=len, reverse=True)),
        "plan_verbs": frozenset(v.get("ratio_plan_verbs", [])),
        "plan_bases": tuple(v.get("ratio_plan_bases", [])),
        "measure_heads": tuple(v.get("metric_measure_heads", [])),
        "joiner_chars": frozenset(v.get("metric_not_first_chars", "")),
        "whole": frozenset(v.get("whole_anaphora", [])),
        "anaphora_false_starts": tuple(v.get("anaphora_false_starts", [])),
        "anaphora_all": {**v.get("topic_anaphora", {}), **v.get("subject_anaphora", {})},
        "metric_nouns": tuple((w, "n") for w in v.get("metric_nouns", [])),
        "date_edges": tuple(sorted(v.get("date_edge_words", []), key=len, reverse=True)),
        "localizers": frozenset(v.get("metric_localizers", [])),
        "place_localizers": frozenset(v.get("metric_place_localizers", [])),
        "right_ends": frozenset(v.get("metric_right_ends", [])),
        "categories": frozenset(v.get("metric_category_words", [])),
        "category_units": frozenset(v.get("metric_category_units", [])),
        "describing_units": frozenset(v.get("metric_describing_units", [])),
        "group_localizers": tuple(v.get("metric_group_localizers", [])),
        "place_count_units": frozenset(v.get("metric_place_count_units", [])),
        "time_units": frozenset(v.get("metric_time_units", [])),
        "time_after": tuple(v.get("metric_time_postpositions", [])),
        "span_openers": tuple(v.get("metric_time_span_openers", [])),
        "share_verbs": frozenset(v.get("metric_share_verbs", [])),
        "share_heads": frozenset(v.get("metric_share_heads", [])),
        "provinces": frozenset(v.get("province_names", [])),
        "body_kinds": frozenset(v.get("anaphora_body_kinds", [])),
        "park_anaphora": frozenset(v.get("park_anaphora", [])),
        "park_kinds": regex.compile(alternation(v.get("park_kinds", [])) or "(?!)"),
        "announcers": tuple(v.get("announcing_body_ends", [])),
        "period_words": frozenset(v.get("metric_period_words", [])),
        "division_ends": frozenset(v.get("subject_division_ends", [])),
        "object_verbs": tuple(sorted(v.get("metric_object_verbs", []), key=len, reverse=True)),
        "joiners": tuple(sorted(set(v.get("list_joiners", [])), key=lambda w: (-len(w), w))),  # (以及 before 及)
        "alternatives": tuple(v.get("unit_list_joiners", [])),
        "part_openers": tuple(v.get("metric_part_openers", [])),
        "causatives": frozenset(v.get("subject_causative_verbs", [])),
        "media_ends": tuple(v.get("subject_media_ends", [])),
        "partner_preps": frozenset(v.get("subject_not_after", [])),
        "metric_partner_preps": frozenset(v.get("metric_partner_preps", [])),
        "give_verbs": tuple(v.get("metric_give_verbs", [])),
        "payment_words": tuple(v.get("metric_payment_words", [])),
        "beneficiary": tuple(v.get("count_beneficiary_preps", [])),
        "rate_words": frozenset(v.get("metric_rate_words", [])),
        "region_words": tuple(sorted(v.get("metric_region_words", []), key=len, reverse=True)),
        "region_terms": tuple(v.get("metric_region_terms", [])),
        "holiday_words": tuple(v.get("metric_holiday_words", [])),
        "surroundings": tuple(sorted(v.get("place_surroundings", []), key=len, reverse=True)),
        "completion_verbs": tuple(v.get("metric_completion_verbs", [])),
        "state_verbs": frozenset(v.get("metric_state_verbs", [])),
        "period_ends": tuple(v.get("metric_period_words", [])),
        "org_ends": frozenset(v.get("org_bare_suffixes", [])) | frozenset(v.get("org_legal_suffixes", [])),
        "item_links": frozenset(v.get("subject_item_links", [])),
        "not_after_verbs": tuple(v.get("subject_not_after_verbs", [])),
        "not_before": tuple(v.get("subject_not_before", [])),
    }


_LAST_BREAK = regex.compile(f"[{regex.escape(CLAUSE_BREAKS)}][^{regex.escape(CLAUSE_BREAKS)}]*\\Z")
_HAN_START = regex.compile(r"\p{Han}")
_LAST_MAIN_BREAK = regex.compile(r"[，,；;][“”\" #＃]*(?=[^，,；;]*\Z)")  # (，#天津#GDP增长5%: a hashtag)
_LIST_FOLLOWERS = ("、", "等", "和", "及", "与")
_CHINESE_DIGITS = frozenset("一二三四五六七八九十两")
_ROUTE_JOINERS = ("至", "到")
_ROUTE_OR_LIST = (*_LIST_FOLLOWERS, *_ROUTE_JOINERS)
_STATION_BEFORE_JOINER = regex.compile(r"[东西南北]?站(?=[至到])|[东西南北](?=[至到])")  # (燕郊 + 站 + 至北京, 北京 + 北 +
# 至清河: a city's north station)
_QUOTED_TERM_END = regex.compile(r"[“\"‘](\p{Han}{2,8})[”\"’]\Z")  # “对接路” right before the number
_HAN_GLOSS_END = regex.compile(r"[（(]\p{Han}{2,14}[）)]\Z")  # a name in brackets: （常住人口城镇化率）
_ABBREVIATION_END = regex.compile(r"[（(][A-Za-z][A-Za-z0-9.+\-]{0,11}[）)]\Z")
_FIRST_BREAK = regex.compile(f"[{regex.escape(CLAUSE_BREAKS)}]")
_NUMERIC_WORD = regex.compile(r"[\d.,%]+")  # a number is never part of a metric (PM2.5 and 5G are words)


def _tagged(toks: Tokens, start: int, end: int, rules: RuleSet) -> list[tuple[str, object]]:
    """Tagged words inside [start, end); a token cut by an edge keeps its inner part, untagged when it is what is
    left of a time word (6500人 + 次日 + 门诊量: 日 is no day here, but the first character of what is counted)."""
    tags = _tags(rules)
    words = [(w, _set_phrase_tag(w, tags)) for w, _, _ in toks.within(start, end) if w and w not in QUOTES]
    i = bisect.bisect_right(toks.starts, start) - 1
    if words and i >= 0 and toks.starts[i] < start < toks.ends[i] and tags[toks.words[i]] == "t":
        words[0] = (words[0][0], None)
    infixes = _lists(rules)["categories"]
    for k in range(1, len(words) - 1):
        if words[k][0] in infixes and words[k - 1][1] in NOUNISH and words[k + 1][1] in NOUNISH:
            words[k] = (words[k][0], "n")  # 文化 + 类 + 活动: a kind word joins the nouns on its sides
    return words


def _set_phrase_tag(word: str, tags) -> object:
    """The word's tag; a set phrase (l) of an adverb and a verb is a verb (顺利完成, 逐步完善; 土地出让,
    生态环境 stay), and so is one of two pairs opening alike (互帮互学, 联防联控, 共建共享)."""
    tag = tags[word]
    if tag == "l" and len(word) == 4 and (word[0] == word[2] or (tags[word[-2:]] == "v" and tags[word[:2]] in ("d", "ad"))):
        return "v"
    if tag == "l" and word.endswith(_TIME_PHRASE_ENDS):
        return "t"  # 春运期间, 改革开放以来: a time
    return tag


_TIME_PHRASE_ENDS = ("期间", "时期", "以来")


_SYMBOLS = regex.compile(r"[\p{So}#＃]+")  # bullets and marks: ● ■ ★ ※ ▲; a hashtag's # (#京津冀#)
_NEGATIONS = frozenset(("不", "未", "非", "无", "没"))  # (dropped, a metric would say the opposite)
_PER_UNIT_OF = frozenset(("万元", "月", "日"))  # (万元GDP能耗: per 10,000 yuan of GDP; 月收入: a month's; not 年: 年货运量 is 货运量)


_OPENS_AN_ITEM = frozenset(("和", "与", "及", "、", "其中"))


def _accept(words: list[tuple[str, object]], i: int, stop: set, inner: frozenset = frozenset()) -> bool:
    """May token i be part of a metric? Verbs and adjectives only inside a compound (营业收入, 成果转化);
    a stop word only when it is one of `inner`, the compound verbs allowed before tokens already taken
    (研发投入强度)."""
    word, tag = words[i]
    left_tag = words[i - 1][1] if i > 0 else "^"
    left_word = words[i - 1][0] if i > 0 else ""
    if word in stop:
        return word in inner and left_tag in NOUNISH and left_tag != "^" and left_word not in stop
    if not word.strip() or not _BREAK_SET.isdisjoint(word) or _NUMERIC_WORD.fullmatch(word) or _SYMBOLS.fullmatch(word):
        return False  # (●假日7天: a bullet is no part of a metric)
    if tag in HARD_STOP:
        return False
    if tag == "z":  # a state between nouns (水质 + 优良 + 比例; not 短短 + 6年, 光阴 + 匆匆 + 而过)
        return left_tag in NOUNISH and left_tag != "^" and i + 1 < len(words) and words[i + 1][1] in NOUNISH
    if tag in ("a", "ad"):
        return left_tag not in ("v", "p") and (left_word not in stop or (
            left_word in _OPENS_AN_ITEM and len(word) == 1 and i + 1 < len(words) and words[i + 1][1] in NOUNISH))
        # (生产指数和 + 新 + 订单指数, 其中 + 新 + 订单指数: a one-character adjective opens the item after a joiner)
    if tag in ("v", "vd"):
        return (left_tag in NOUNISH or left_tag == "a") and left_tag != "^" and left_word not in stop
    return tag in NOUNISH


def _phrase(words: list[tuple[str, object]], rules: RuleSet, from_right: bool) -> str:
    """The longest run of metric tokens at the right end (or the left start) of `words`."""
    stop = _lists(rules)["stop"]
    inner = _lists(rules)["inner"]
    heads = _lists(rules)["heads"]
    share_verbs, share_heads = _lists(rules)["share_verbs"], _lists(rules)["share_heads"]
    picked: list[str] = []
    tags: list = []
    length = 0
    order = range(len(words) - 1, -1, -1) if from_right else range(len(words))
    modals = _lists(rules)["modals"]
    for i in order:
        word, tag = words[i]
        if from_right and not picked and word in modals:
            continue  # 全港吞吐量 + 可 + 突破4亿吨: a modal before the verb is no part of what is measured
        if from_right:
            ok = _accept(words, i, stop, inner if picked else frozenset()) or (
                word in _lists(rules)["opening_verbs"] and bool(picked)) or (  # 参保 + 人数 (at a clause's start)
                not picked and word in heads and i > 0) or (  # 入驻 + 率 (tagged v): a head ends a metric
                len(picked) == 1 and picked[0] in heads and len(word) > 1 and _HAN_START.match(word)) or (
                # 落地 + 率, 完成 + 率: a word before a one-character head is part of it, whatever it is elsewhere
                tag == "h" and bool(picked)) or (  # 非 + 食品价格: a prefix belongs to the word after it
                word in _NEGATIONS and bool(picked)) or (  # 不 + 合格产品, 未 + 就业毕业生: a negation is kept
                word in _PER_UNIT_OF and bool(picked) and words[i + 1][0] == picked[-1]) or (
                # 万元 + GDP能耗, 人均 + 月 + 收入: what a ratio is per stays in it
                word in _lists(rules)["categories"] and bool(picked) and i > 0 and words[i - 1][1] in NOUNISH) or (
                # 博物馆 + 类 + 景区: a category word between nouns
                word in share_verbs and bool(picked) and picked[0] in share_heads and i > 0) or (
                # 游客 + 所 + 占比重: 所 before a share verb
                word == "所" and bool(picked) and picked[-1].startswith(tuple(share_verbs)) and i > 0) or (
                # 引资到位额, 预约量: a one-character head takes up to two verbs before it
                tag == "v" and (word not in stop or len(picked) == 1) and 1 <= len(picked) <= 2 and picked[0] in heads
                and all(tg == "v" for tg in (t for w, t in words[i + 1 : len(words) - 1])))
        elif tag == "v":
            # after a count a verb ends the metric (10条定制快巴开通), but 超大城市 starts with one, and a verb of
            # `metric_verbs_after_count` between nouns stays (34个协同创新项目, 72项算力创新应用场景)
            ok = (not picked and word not in stop and i + 1 < len(words) and words[i + 1][1] in NOUNISH) or (
                not picked and i == 0 and word in _lists(rules)["outcomes"]) or (  # 3人 + 死亡、5人受伤: what befell them
                bool(picked) and word in _lists(rules)["verbs_after_count"] and _noun_follows(words, i + 1, rules)) or (
                not picked and i + 1 < len(words) and words[i + 1][0] in _lists(rules)["counted_heads"])
            # (30个 + 签约 + 项目, 13个落户项目: a verb that sorts the kind of thing counted right after it)
        elif word == "系列" and picked and i + 1 < len(words) and words[i + 1][1] in NOUNISH:
            ok = True  # 780多架A320 + 系列 + 飞机: a series between a model and its kind (jieba: a measure word)
        elif word in _lists(rules)["localizers"] or (picked and word in _lists(rules)["right_ends"]):
            ok = False  # 1万余平方米的展区内: where, not what; 339个城市 + 平均…: the next metric's start
        else:  # (a compound verb between nouns: 政务 + 服务 + 事项)
            between = bool(picked) and i + 1 < len(words) and (words[i + 1][1] in NOUNISH or (
                words[i + 1][0] in _lists(rules)["verbs_after_count"] and _noun_follows(words, i + 2, rules))) and not (
                _place_word(words[i + 1]))  # (市级 + 以上 + 创新平台)
            ok = _accept(words, i, stop, _lists(rules)["inner_after_count"] if between else frozenset()) or (
                tag == "a" and bool(picked) and word not in stop) or (  # (not 城市 + 全 + 覆盖)
                between and word in _lists(rules)["inner_after_count"] and words[i - 1][1] in NOUNISH)
        if not ok or length + len(word) > MAX_METRIC:
            if ok and from_right and share_verbs.intersection(picked):  # too long past 占: what holds the share is
                cut = max(k for k, w in enumerate(picked) if w in share_verbs) + 1  # read whole on its own
                picked, tags = picked[:cut], tags[:cut]
            elif ok and from_right and len(picked) > 1 and len(picked[-1]) == 1:
                picked, tags = picked[:-1], tags[:-1]  # 境外输入 + 性新型冠状病毒…病例, too long: no word's tail opens it
            break
        picked.append(word)
        tags.append(tag)
        length += len(word)
    if from_right and tags and tags[0] in ("a", "ad") and len(picked[0]) > 1:
        return ""  # 连续5年: a metric before its number ends in a noun or a dimension (南北长), not an adjective
    if not any(map(str.isalpha, "".join(picked))):
        return ""  # signs for lost characters (&&) are no metric
    if (not from_right and len(picked) > 1 and tags[-1] == "s" and len(picked[-1]) > 1
            and picked[-1].endswith("里")):  # (not 对外 of 省区市对外交往)
        picked[-1] = picked[-1][:-1]  # 温室 + 大 + 棚里 (jieba's word): where, the 里 is no part of what is counted
    if not from_right and len(picked) > 1 and tags[-1] == "a" and len(picked[-1]) > 1:
        del picked[-1]  # 募集资金投向 + 先进 + 制造: an adjective ends no metric written after its number
    elif not from_right and len(picked) > 1 and (tags[-1] in ("b", "d", "ad") or tags[-1] == "a" and len(picked[-1]) == 1):
        predicate = tags[-1] == "a" and len(picked) > 2  # 30个项目规模大: 规模大 says how they are
        del picked[-2 if predicate else -1 :]  # (30个项目主要来自…: a distinguishing word or an adverb ends none)
    if from_right:
        rest = len(words) - len(picked)
        if picked and rest > 0 and _NUMERIC_WORD.fullmatch(words[rest - 1][0]):
            picked.pop()  # 3号线全长: the first word ends the number's name (号线), not the metric
        if picked and picked[-1] in share_verbs:
            picked.pop()  # 占全国比重: nothing named before 占
        picked.reverse()
        # a time word opening the phrase is no part of it (年末全省常住人口 -> 全省常住人口; 周末客流 stays)
        time_words = _lists(rules)["time_openers"]
        while len(picked) > 1 and picked[0] in time_words and len("".join(picked[1:])) >= 2:
            picked.pop(0)
    phrase = _LIST_MARK.sub("", "".join(picked))
    return "" if _LOST_SIGNS.search(phrase) else phrase  # 技术创新&&: signs for lost characters, a metric cut short


def _averaged(clean: str, sent: Sentence, m: Mention, rules: RuleSet) -> str:
    """日均, 月均, 人均 … alone between a clause's start and its number (，日均27万人次), else ""."""
    lead = _clause_before(clean, sent, m.cstart - len((m.extra or {}).get("qpre", ""))).strip()
    return lead if lead in _AVERAGES else ""


_AVERAGES = frozenset(("日均", "月均", "年均", "人均", "户均", "场均", "平均"))


def _place_word(word: tuple[str, object]) -> bool:
    """A place's name, as a tagged word (服务 + 北三县: whom a service is for, no metric's word)."""
    return word[1] == "ns" or (len(word[0]) >= 2 and word[0].endswith(_DIVISION_CHARS))


_DIVISION_CHARS = ("省", "市", "县", "区", "镇", "乡", "村")
_TRUE_NOUNS = frozenset(("n", "nz", "j", "ng", "nl"))


def _noun_follows(words: list[tuple[str, object]], i: int, rules: RuleSet) -> bool:
    """Does a noun (not a verbal noun) come at i, past other verbs of `metric_verbs_after_count` (应用 + 场景)?"""
    verbs = _lists(rules)["verbs_after_count"]
    while i < len(words) and words[i][0] in verbs:
        i += 1
    return i < len(words) and words[i][1] in _TRUE_NOUNS


_LOST_SIGNS = regex.compile(r"(?<![A-Za-z])&|&(?![A-Za-z])")  # (not the & of R&D)
_LIST_MARK = regex.compile(r"^[\u2460-\u249b\u2776-\u2793\u3251-\u325f]+")  # ②引进人才: a list's mark (①, ⑴, ❶)


def _right_metric(clean: str, sent: Sentence, toks, start: int, rules: RuleSet, stop: int | None = None) -> str:
    lists = _lists(rules)
    text = clean[start : sent.end if stop is None else stop]
    at_number = start
    lead, copula = True, False
    while lead:  # 100万元的一次性装修补助: past 的, then 一次性 (and 1000名 + A、B、C类 + 人才: past the grades)
        grades = _LETTER_GRADES.match(text)
        lead = grades.group() if grades else next((w for w in lists["right_skip"] if text.startswith(w)), "")
        copula = copula or lead == "是"
        start += len(lead)
        text = text[len(lead) :]
    note = _bracket_note(rules, at_start=True).match(text)
    if note:  # 2000亿元（人民币，下同）投资规模: past the note
        start += note.end()
        text = text[note.end() :]
    ranking = (_RANKING.match(text) or _MAGNITUDE_LEVEL.match(text) or _AMOUNT_THRESHOLD.match(text)
               or _GRADE.match(text))
    if ranking:  # 200多家世界500强企业, 3个百亿级产业集群, 72个亿元以上产业项目, 66个一级学科: a ranking's name, a
        # scale, a threshold or a grade opens what is counted
        rest = _right_metric(clean, sent, toks, start + ranking.end(), rules, stop)
        return ranking.group() + rest if rest else ""
    found = _FIRST_BREAK.search(text)
    cut = found.start() if found else len(text)
    quote = _INNER_QUOTE.search(text, 0, cut)
    if quote and quote.start() >= 4 and _QUOTED_TO_END.match(text, quote.start()):
        cut = quote.start()  # 203项政务服务事项“同事同标”，: a quoted phrase ending the clause after a whole metric
        # says what was done (not 50余场中关村“火花”活动, 10条京津“定制快巴”)
    words = _tagged(toks, start, start + cut, rules)
    if words and (words[0][0] in lists["right_ends"] or words[0][0].endswith(_TIME_PHRASE_ENDS)) and start == at_number:
        return ""  # 尚有1665人 + 正在接受医学观察: what the counted do or have, no metric (not 15万人次的 + 日均客流量);
        # 北京三大站 + 春运期间发送旅客: when they did it
    timed = next((k for k, (_, tag) in enumerate(words[1:], 1) if tag == "t"), 0)
    if timed:  # 24家景区 + 假期接待游客数量: a time word ends what is counted (and opens what is said of it)
        cut, words = sum(len(w) for w, _ in words[:timed]), words[:timed]
    based = next((k for k, (w, tag) in enumerate(words[1:], 1)
                  if w.startswith(lists["base_markers"]) and tag not in ("n", "vn", "nz", "j", "l")), 0)
    if based:  # 13661.50点的 + 收盘点位 + 较前一交易日涨4.47点: a comparison's base ends the metric
        cut, words = sum(len(w) for w, _ in words[:based]), words[:based]
    if (not words or (words[0][0][0].isdigit() and not (len(words) > 1 and _CODE_WORD.fullmatch(words[0][0])))
            or words[0][0][0] in lists["joiner_chars"] or text.startswith("/")):
        return ""  # 13万亩及津溪桃园: what follows 及/和 is the next item, not this number's metric (10平米/人/年:
        # the rest of a unit; but 1.2万个 + 5G基站: a code word opens it)
    first = words[0][0]
    if len(first) == 1 and is_han(first) and (alike := _ALIKE_NOTE.match(clean, start + 1)) and (
            "、" in alike.group() or not is_han(clean[alike.end() : alike.end() + 1] or "。")):
        return first + alike.group()  # 200多个县(市、区), 87个县(区)540703人: one word and the others like it, as
        # written (not 近百名校(园)长: the word goes on)
    if (words[0][1] in ("l", "i", "a", "z", "b") and len(first) > 1 and text.startswith("的", len(first))
            and len(words) > 2):
        # 18条各具特色的旅游线路: a set phrase describing what is counted, which follows 的
        return _right_metric(clean, sent, toks, start + len(first) + 1, rules, stop)
    if first in lists["category_units"] and clean.startswith("的", start + len(first)) and len(words) > 2:
        return _right_metric(clean, sent, toks, start + len(first) + 1, rules, stop)  # 6个 + 方面的 + 要求
    having = clean.find("的", start + len(first), start + min(cut, 16)) if first in lists["having_verbs"] else -1
    if words[0][1] == "d" and len(first) > 1:  # 143个相互联系的大小淀泊: an adverb opens a description, which ends at 的
        having = clean.find("的", start + len(first), start + min(cut, 8))
    if having > 0 and len(words) > 2:
        # 100种具有全国推广价值的应用场景: what the counted things have describes them; they follow 的
        return _right_metric(clean, sent, toks, having + 1, rules, stop)
    if (clean[start - 1 : start] == "的" and first in _PER_UNIT_OF and len(words) > 1
            and words[1][1] in NOUNISH):
        words[0] = (first, "n")  # 1790元的 + 月 + 最低工资标准: what a figure is per opens what it is (jieba: 月 a numeral)
    if copula and str(words[0][1]).startswith("v"):
        return ""  # 有6家是联合北京市共建: after 是, what they are is a noun (上百家是高新技术企业), not what was done
    phrase = _phrase(words, rules, from_right=False)
    code = next((k for k, (w, _) in enumerate(words[1:], 1) if _CODE_WORD.fullmatch(w)), 0)
    if (code and words[code - 1][1] == "ns" and len(taken := "".join(w for w, _ in words[:code])) >= 2
            and phrase.startswith(taken + words[code][0])):
        phrase = taken  # 28个城市 + PM2.5平均浓度均同比下降: a code word (PM2.5, PM10) after places opens what is said
        # of them (not 32架空客A320系列飞机: a model's name)
    quote = _leading_quote(clean, start + len(words[0][0])) if words[0][1] == "ns" else 0
    if len(words) > 1 and words[0][1] == "ns" and (phrase == words[0][0] or quote):
        # 10条京津“定制快巴”, 5所北京知名医院: a place alone before what is counted says where it is
        at = start + len(words[0][0]) + quote
        rest = _phrase(words[1:], rules, from_right=False)
        if (2 <= len(rest) <= 6 and rest not in lists["not_metric"] and clean.startswith(rest, at)
                and clean[at + len(rest) : at + len(rest) + 1] in _RIGHT_METRIC_ENDS):
            return rest  # (short and whole: what follows ends it; not 11家中关村 + 集成 + 服务机构)
    where = next((k for k in range(1, min(len(words) - 1, 4)) if words[k][0] in lists["place_localizers"]), 0)
    if where and words[where + 1][1] in NOUNISH:
        # 183个环京周边蔬菜生产基地, 12个高铁 + 站 + 周边停车场: words and 周边 say where the counted things are
        at = start + sum(len(w) for w, _ in words[: where + 1])
        rest = _phrase(words[where + 1 :], rules, from_right=False)
        if len(rest) >= 2 and rest not in lists["not_metric"] and clean.startswith(rest, at):
            return _strip_right(rest, rules)
    if clean.startswith(lists["to_markers"], start + len(phrase)) and _DIGIT_NEXT.match(clean, start + len(phrase) + 1):
        return ""  # 从6人发展至80人: the way to the next number, not what is counted
    phrase += _joined_right(clean, toks, start + len(phrase), start + cut, phrase, rules)
    stripped = _strip_right(phrase, rules)  # 26个行业增加值同比保持增长: 同比 says how, not what
    i = bisect.bisect_left(toks.ends, start + len(stripped))
    if stripped != phrase and i < len(toks.ends) and toks.ends[i] == start + len(stripped):
        phrase = stripped  # (whole words only: not 产业集群正 + 在)
    if len(phrase) <= 1 and clean[start : start + 1] in lists["division_ends"] and (
            clean[start + 1 : start + 2] in _RIGHT_METRIC_ENDS):
        return clean[start]  # 涉及11个区, 共有5个县: one division's word alone is what is counted
    return phrase if len(phrase) >= 2 and phrase not in lists["not_metric"] else ""


_LABEL_UNIT_END = regex.compile(r"[（(](?:单位[:：])?[^（()）\d]{1,5}[）)]\s*\Z")  # 预算金额 + （万元） + ：
_GRADE = regex.compile(r"[一二三四五六七八九十]级(?=\p{Han})")  # 66个 + 一级 + 学科 (jieba tags 一级 a numeral)
_AMOUNT_THRESHOLD = regex.compile(r"(?:万亿|亿|千万|百万|十万|万)元(?:以上|以下)(?=\p{Han})")  # 72个 + 亿元以上 + 产业项目
_CODE_WORD = regex.compile(r"(?=.*\d)(?=.*[A-Za-z])[A-Za-z\d.]{2,8}")  # PM2.5, PM10, 5G: letters and digits
_MAGNITUDE_LEVEL = regex.compile(r"[一二三四五六七八九十百千]*(?:万亿|亿|万)(?:元)?级(?=\p{Han})")  # 百亿级, 千万元级
_RANKING = regex.compile(r"\p{Han}{0,4}?\d{2,4}强(?=\p{Han})")  # 世界500强, 中国民营企业500强
_LETTER_GRADES = regex.compile(r"[A-Za-z](?:[、,，][A-Za-z])+(?:类|级|档|等)")
_ALIKE_NOTE = regex.compile(r"[(（]\p{Han}{1,3}(?:[、，,]\p{Han}{1,3}){0,3}[)）]")


@lru_cache(maxsize=8)
def _superlative_end(rules: RuleSet) -> regex.Pattern:
    """`metric_superlatives` (最多, 最少 …) or a rank (`metric_rank_end`: 位居第二) ending a clause."""
    rank = rules.vocab.get("metric_rank_end", r"$^")
    return regex.compile(f"(?:{alternation(rules.vocab.get('metric_superlatives', []))}|{rank})" + r"\Z")


@lru_cache(maxsize=16)
def _bracket_note(rules: RuleSet, at_start: bool = False) -> regex.Pattern:
    """A note in brackets (`metric_bracket_notes`) at the end of a text, or at its start."""
    note = rules.vocab.get("metric_bracket_notes", r"$^")
    return regex.compile(note if at_start else f"(?:{note})\\Z")


_INNER_QUOTE = regex.compile(r"(?<=[^“”\"‘’\s])[“\"‘]")  # an opening quote after a word
_QUOTED_TO_END = regex.compile(r"[“\"‘][^”\"’]{1,12}[”\"’](?:$|[，,。；;！!？?、])")
def _joined_right(clean: str, toks, at: int, end: int, phrase: str, rules: RuleSet) -> str:
    """38个基础设施和公共服务项目: a metric after its count goes on over 和/与/及 when what follows, up to the end
    of the clause (or 中, 等, or a verb: 入驻…), is a metric phrase of its own with no number; the joiner and that
    phrase, else ""."""
    joiner = next((j for j in _lists(rules)["joiners"] if clean.startswith(j, at) and j in "和与及"), None)
    if not phrase or joiner is None:
        return ""
    after = at + len(joiner)
    words = _tagged(toks, after, end, rules)
    rest = _phrase(words, rules, from_right=False)
    tail = clean[after + len(rest) : end]
    verb = next((str(tag) for w, tag in _tagged(toks, after + len(rest), end, rules)), "").startswith("v") and (
        "、" not in tail)  # (49个国家和省部级重点实验室 + 入驻沙河高教园区: the predicate after the metric)
    if (len(rest) < 2 or len(phrase) + len(joiner) + len(rest) > MAX_METRIC or not clean.startswith(rest, after)
            or (tail not in ("", "中", "等") and not verb) or clean[end : end + 1] not in _CLAUSE_ENDS
            or words[0][1] in ("ns", "r") or _first_word(toks, at) == joiner and _tags(rules)[joiner] == "p"):
        return ""  # (1个总体协议和商事制度、监管执法…: the next item of a list; 与河北: a place; 与/p 大家: with)
    return joiner + rest


_SPANS = ("期", "时间", "时长")  # words for a span of time (假期, 工期, 建设周期)
_CLAUSE_ENDS = set("，,。；;！!？?") | {""}


_RIGHT_METRIC_ENDS = set("”\"’，,、。；;和及与")


def _leading_quote(clean: str, pos: int) -> int:
    return 1 if clean[pos : pos + 1] in "“\"‘" else 0


_DIGIT_NEXT = regex.compile(r"\s*[\d零〇一二两三四五六七八九十百千万]")


def _label_before(clean: str, sent: Sentence, colon: int) -> bool:
    """Are the words before a colon short enough to be a field's label (中标金额：), not a clause that the colon
    ends (全省高速公路始终以加速度的形式发展：突破1000公里)?"""
    found = _LAST_BREAK.search(clean, sent.start, colon)
    return colon - (found.start() + 1 if found else sent.start) <= _LABEL_MAX


_LABEL_MAX = 12  # characters
_QUOTED_HEAD = regex.compile(r"\p{Han}{1,6}")  # the words of a quoted name before the part a phrase kept


def _left_metric(clean: str, sent: Sentence, toks, end: int, rules: RuleSet, begin: int | None = None,
                 retry: bool = True) -> str:
    while end > sent.start and clean[end - 1] == " ":
        end -= 1  # GDP 1.2万亿元: a space before the number is no clause break
    found = _LAST_BREAK.search(clean, sent.start, end)
    if found and clean[found.start()] in "）)" and not _strip_right(clean[found.start() + 1 : end], rules):
        # brackets with only skip words between them and the number
        note = _bracket_note(rules).search(clean, sent.start, found.start() + 1)
        if note:  # 固定资产投资（不含农户）同比增长, 发送旅客（含北站）79万人次: a note in brackets is no break
            return _left_metric(clean, sent, toks, note.start(), rules, begin, retry)
        abbreviation = _ABBREVIATION_END.search(clean, sent.start, found.start() + 1)
        if abbreviation:
            # 地区生产总值（GDP）达到: an abbreviation in brackets after the metric stands for it
            return _left_metric(clean, sent, toks, abbreviation.start(), rules, begin, retry)
        gloss = _HAN_GLOSS_END.search(clean, sent.start, found.start() + 1)
        if gloss:
            # 占总人口比重（常住人口城镇化率）为62.77%: the metric's name in brackets before the number
            named = _left_metric(clean, sent, toks, found.start(), rules, gloss.start() + 1, retry)
            if named == clean[gloss.start() + 1 : found.start()]:
                return named
    clause_start = max(found.start() + 1 if found else sent.start, begin or 0)
    stripped = _strip_right(clean[clause_start:end], rules)
    modal = next((w for w in _lists(rules)["modals"] if stripped.endswith(w) and _whole_word(
        toks, clause_start + len(stripped) - len(w), len(w))), "")
    if modal:  # 森林覆盖率 + 应 + 达到: a modal before the number's verb (a word of its own, not the 要 of 主要)
        stripped = _strip_right(stripped[: -len(modal)], rules)
    among = next((w for w in _lists(rules)["group_localizers"] if stripped.endswith(w) and _whole_word(
        toks, clause_start + len(stripped) - len(w), len(w))), "")
    if among and len(stripped) - len(among) >= 2:  # 京外游客 + 中 + 60%来自浙江省: the group the part is of
        stripped = stripped[: -len(among)]
    cut = clause_start + len(stripped)
    held = bisect.bisect_right(toks.starts, cut) - 1
    if (cut < end and held >= 0 and toks.starts[held] < cut < toks.ends[held]
            and _tags(rules)[toks.words[held]] == "v"):
        return ""  # 全国压减, 河北独占, 走过了: a skip word inside a verb is no word of its own, and the verb stands
        # between the words before it and the number (but 率达, 价格下降 are jieba's words, not verbs: 率, 价格 stay)
    if (found and clean[found.start()] in "：:|｜" and not stripped.strip() and found.start() > max(sent.start, begin or 0)
            and _label_before(clean, sent, found.start())):
        # 中标金额：3,580万元: a field's label is its metric (预算金额（万元）：3650: without the unit in brackets; so is
        # a table row's label in the cell before: | 总里程(公里) | 约300公里 |)
        unit = _LABEL_UNIT_END.search(clean, max(sent.start, found.start() - 8), found.start())
        return _left_metric(clean, sent, toks, unit.start() if unit else found.start(), rules, begin, retry)
    if found and clean[found.start()] in "，," and not stripped.strip() and (
            most := _superlative_end(rules).search(clean, max(sent.start, begin or 0), found.start())):
        # 其中西藏常住人口最少，为300万: what is the most or the least before the comma is measured
        return _left_metric(clean, sent, toks, most.start(), rules, begin, retry)
    comma = found.start() if found and clean[found.start()] in "，," else -1
    if (comma > 0 and retry and _GOES_ON_TO_NUMBER.fullmatch(clean[comma + 1 : end].replace(" ", ""))
            and not _FIGURE_DIGIT.search(_clause_before(clean, sent, comma))):
        named = _left_metric(clean, sent, toks, comma, rules, begin, retry=False)
        if named and clean.endswith(named, 0, comma) and _tags(rules)[_first_word(toks, comma - 1)] not in _PLACE_TAGS:
            return named  # 北京PM2.5平均浓度，已经降到了29微克/立方米: a clause of only a verb to the number goes on
            # from the metric that ends the clause before it (not a place's name: 是广东省，达1.04亿人)
    words = _tagged(toks, clause_start, clause_start + len(stripped), rules)
    phrase = _phrase(words, rules, from_right=True)
    if (phrase and len(words) == 2 and len(words[0][0]) == 1 and is_han(words[0][0]) and words[1][0] == phrase
            and clean[clause_start - 1 : clause_start] == "、" and words[0][0] not in rules.vocab.get(
                "province_short_chars", "")):
        phrase = words[0][0] + phrase  # 肉、蛋、奶 + 产量: the last of one-character items listed keeps its head
    term = _QUOTED_TERM_END.search(clean, clause_start, clause_start + len(stripped))
    if term and len(phrase) < len(term.group(1)) and term.group(1).endswith(phrase):
        # 拓宽“对接路”42条段: a term in quotes right before the number is what is counted, whatever its words
        phrase = term.group(1)  # (对接 + 路: jieba's verb before the noun)
    phrase_start = _start_unquoted(clean, clause_start, clause_start + len(stripped), phrase)
    opening = clean.rfind("“", clause_start, phrase_start) if phrase else -1
    if (opening >= 0 and _QUOTED_HEAD.fullmatch(clean, opening + 1, phrase_start)
            and _tags(rules)[_first_word(toks, phrase_start - 1)] == "m" and "”" in clean[phrase_start:end]):
        # “千年 + 秀林”造林绿化: a quoted name the phrase starts inside of, after a numeral word, is whole in it
        phrase, phrase_start = clean[opening + 1 : phrase_start] + phrase, opening + 1
    markers = _lists(rules)["base_markers"]
    before = clean[clause_start:phrase_start].rstrip("“\"‘「 ")  # (超越“全国线”: the base in quotes)
    if before.endswith(markers) or _is_base(words, phrase, before, rules):
        # the base of a comparison (较上月末): the metric is what stands before the comparison, if anything
        found_at = [(at, at + len(w)) for w in markers if (at := clean.rfind(w, clause_start, end)) >= 0]
        last = max((stop for _, stop in found_at), default=-1)  # the last marker, the longest ending there (远高于)
        cut = min((at for at, stop in found_at if stop == last), default=-1)
        if retry and cut > clause_start:
            return _left_metric(clean, sent, toks, cut, rules, begin, retry=False)
        return ""
    named = words[0][0] if len(words) > 2 and (words[0][1] in _NAME_TAGS or words[0][0] in _lists(rules)[
        "time_openers"]) else ""  # (河北省 + 冬季日供鲜菜和冬储菜; 全年 + 进口和出口总额)
    clause = clean[clause_start + len(named) : clause_start + len(stripped)]
    body = words[1:] if named else words
    if (phrase and phrase != clause and _CONJOINED.fullmatch(clause) and body and body[0][1] in NOUNISH
            and _each(rules)["word"].search(clean, clause_start + len(stripped), end) is None and not any(
                tag in _NAME_TAGS or (tag in HARD_STOP and w not in "与和及") for w, tag in body)):
        # 智能制造与装备31个, 热力生产和供应业: two nouns joined by 与, 和, 及 that fill the clause (after the name
        # opening it) name one thing (not before 分别: 绿化覆盖率和人均公园绿地面积分别为…, two metrics)
        phrase, phrase_start = clause, clause_start + len(named)
    phrase = _after_anaphor(clean, phrase_start, phrase, rules)
    level = _grade_before(clean, toks, clause_start, phrase_start) if phrase else 0
    if level:  # 重度及以上 + 污染天数比例, 三级以上 + 医院数量: a grade and all above (or below) it is part of the metric
        phrase, phrase_start = clean[phrase_start - level : phrase_start] + phrase, phrase_start - level
    around = _surroundings_word(clean, phrase_start, phrase, rules)
    if around:  # 京津冀及周边地区 + PM2.5平均浓度: the land around a place is the place's, not the metric's
        phrase, phrase_start = phrase[len(around) :], phrase_start + len(around)
    if (phrase[:1] in _lists(rules)["place_letters"] and clean[phrase_start - 1 : phrase_start] == "在" and len(phrase) > 2
            and _first_word(toks, phrase_start) == phrase[0]):
        phrase, phrase_start = phrase[1:], phrase_start + 1  # 引进在京企业投资项目, 在津投资项目: where, as 在 says
    if phrase and clean[phrase_start - 1 : phrase_start] in _CHINESE_DIGITS and _tags(rules)[
            clean[phrase_start - 1]] == "m":
        # 京津冀 + 三 + 省市 + 铁路营业里程: the word a bare numeral counts (三省市) names the subject's parts
        first = _phrase_words(words, phrase)[-1][0]
        phrase = phrase[len(first) :] if len(phrase) - len(first) >= 2 and phrase.startswith(first) else phrase
    if phrase and clean[phrase_start - 1 : phrase_start + 1] in _lists(rules)["time_openers"] and _whole_word(
            toks, phrase_start - 1, 1):  # (not 去年 + 中心城: the 年 of a word of its own)
        # 全 + 年发电量 (cut so by jieba): the time word 全年 is no part of the metric; 上 + 年度研发费用: nor 年度
        taken = _phrase_words(words, phrase)
        first_word = taken[-1][0] if taken else ""
        period_word = first_word in _lists(rules)["period_words"] and phrase.startswith(first_word)
        phrase = phrase[len(first_word) :] if period_word else phrase[1:]
    if phrase in _lists(rules)["time_openers"]:
        return ""  # 发展到现在的8000余人: a time is no metric
    lists = _lists(rules)
    level_verb = next((v for v in lists["level_verbs"] if before.endswith(v)), None) if phrase else None
    if retry and level_verb and "的" in clean[phrase_start + len(phrase) : end]:
        # 社会投资占比增至总投资的七成: the words after the verb are the base
        return _left_metric(clean, sent, toks, phrase_start - len(level_verb), rules, begin, retry=False)
    tail = next((t for t in rules.vocab.get("metric_share_verb_tails", []) if before.endswith(t)
                 and before[: -len(t)].endswith(tuple(lists["share_verbs"]))), "")  # (占到 + 市场的近九成)
    share_verb = next((v for v in lists["share_verbs"] if before[: len(before) - len(tail)].endswith(v)),
                      None) if phrase and retry else None
    verb_start = phrase_start - len(tail) - len(share_verb or "")
    if share_verb and verb_start > clause_start:
        # 电子信息领域收入占国家高新技术重点企业总收入的45%: the words after 占 are the base (too long to be
        # taken with what stands before 占); the metric holds both
        whole = _left_metric(clean, sent, toks, verb_start, rules, begin, retry=False) or (
            _verbal_part(clean, toks, clause_start, verb_start, rules))
        if whole:
            return whole + share_verb + phrase
    if phrase and before.endswith(lists["completion_verbs"]):
        phrase = _doer(clean, toks, clause_start, phrase_start, rules) + phrase
    if phrase in lists["bare_heads"] and retry:
        phrase = _described_head(clean, toks, clause_start, phrase_start, rules) + phrase
    if phrase in lists["share_heads"] and retry and clean[phrase_start - 1 : phrase_start] == "的":
        whole = _left_metric(clean, sent, toks, phrase_start - 1, rules, begin, retry=True)
        if whole and any(v in whole for v in lists["share_verbs"]) and clean.endswith(whole, 0, phrase_start - 1):
            phrase = whole + "的" + phrase  # 地区生产总值占全国的比重: what holds the share and its base (as 占全国比重)
    if (phrase and retry and found and clean[found.start()] in "）)" and phrase_start == found.start() + 1
            and (note := _INNER_NOTE_END.search(clean, max(sent.start, found.start() - 6), found.start() + 1))
            and _tags(rules)[_first_word(toks, note.start() - 1)] not in _PLACE_TAGS):
        inner = _left_metric(clean, sent, toks, note.start(), rules, begin, retry=False)
        if inner and clean.endswith(inner, 0, note.start()):
            phrase = inner + note.group() + phrase  # 每千人口执业（助理）医师数3.2人: a note inside the metric's words
    return phrase if len(phrase) >= 2 and phrase not in lists["not_metric"] and phrase not in lists["not_left"] else ""


_INNER_NOTE_END = regex.compile(r"[（(](?!含|不含|包括|包含|下同|注)\p{Han}{1,4}[）)]\Z")


def _grade_before(clean: str, toks, clause_start: int, start: int) -> int:
    """The length of a grade and 以上/以下 (及 between them or not) right before `start` (重度及以上, 三级以上): a
    word of two or three Han characters ending in 级 or 度; 0 when there is none."""
    bound = next((w for w in ("及以上", "及以下", "以上", "以下") if clean.endswith(w, clause_start, start)), "")
    at = start - len(bound)
    word = _word_ending(toks, at) if bound else ""
    if not word or at - len(word) < clause_start:
        return 0
    return start - (at - len(word)) if 2 <= len(word) <= 3 and word[-1] in "级度" and all(map(is_han, word)) else 0


def _surroundings_word(clean: str, start: int, phrase: str, rules: RuleSet) -> str:
    """The word for the land around a place (`place_surroundings`: 周边地区) that opens the phrase at `start`
    right after 及 or 和 (京津冀及周边地区PM2.5平均浓度), or ""."""
    if clean[start - 1 : start] not in ("及", "和"):
        return ""
    return next((w for w in _lists(rules)["surroundings"] if phrase.startswith(w)), "")


_DESCRIBING_TAGS = frozenset(("n", "vn", "v", "nz", "l"))


def _described_head(clean: str, toks, clause_start: int, phrase_start: int, rules: RuleSet) -> str:
    """创新生态培育项目7个: the words that fill the clause before a bare head (`metric_bare_heads`) when all are nouns
    or verbs jieba cut them into (no place, time, reference or skip word), else ""."""
    words = toks.within(clause_start, phrase_start)
    text = clean[clause_start:phrase_start]
    lists = _lists(rules)
    if not 2 <= len(text) <= 8 or not words or words[0][1] != clause_start or "".join(w for w, _, _ in words) != text:
        return ""
    if all(_tags(rules)[w] in _DESCRIBING_TAGS and is_han(w) and w not in lists["skip_words"]
           and w not in lists["time_openers"] for w, _, _ in words):
        return text
    return ""


_FIGURE_DIGIT = regex.compile(r"(?<![A-Za-z.\d])\d")  # a number's first digit (not PM2.5's)


def _clause_before(clean: str, sent: Sentence, end: int) -> str:
    """The words of the sentence from its last clause break before `end` up to `end`."""
    found = _LAST_BREAK.search(clean, sent.start, end)
    return clean[found.start() + 1 if found else sent.start : end]


def _verbal_part(clean: str, toks, start: int, end: int, rules: RuleSet) -> str:
    """The words from a clause's start to a share verb when jieba tags them all as verbs or nouns, names
    before them left out (秦皇岛 + 自驾自助游 + 占到市场的近九成: 自助游 is a verb to jieba), else ""."""
    words = [(w, _tags(rules)[w]) for w, _, _ in toks.within(start, end)]
    while words and words[0][1] in _PLACE_TAGS:
        words.pop(0)
    text = "".join(w for w, _ in words)
    if not 2 <= len(text) <= 8 or not any(t in ("v", "vn") for _, t in words) or not all(
            t in ("v", "vn", "n", "nz", "l") and _HAN_START.match(w) for w, t in words):
        return ""
    return text


def _start_unquoted(clean: str, start: int, end: int, phrase: str) -> int:
    """Where a phrase taken from the end of clean[start:end] without its quotes starts in the text (超越“全国线”,
    对“一带一路”进出口: the quotes are no part of the phrase)."""
    at, left = end, len(phrase)
    while left > 0 and at > start:
        at -= 1
        left -= clean[at] not in QUOTES
    if "".join(ch for ch in clean[at:end] if ch not in QUOTES) != phrase:
        return end - len(phrase)  # (a list mark left out of the phrase: counted as before)
    return at


def _doer(clean: str, toks, clause_start: int, phrase_start: int, rules: RuleSet) -> str:
    """装备制造业完成增加值301.6亿元: the words before a `metric_completion_verbs` verb that opens the metric's
    clause name whose it is (装备制造业增加值); a place or a body among them is split off as the subject later,
    a time word, a reference to the subject (全年, 该区), a region (京津冀地区) or the end of a name is none."""
    lists = _lists(rules)
    while phrase_start > clause_start and clean[phrase_start - 1] in "“\"‘「 ":
        phrase_start -= 1  # (完成“千年秀林”造林绿化: the quote opening the metric)
    verb = next(v for v in lists["completion_verbs"] if clean.endswith(v, clause_start, phrase_start))
    i = bisect.bisect_right(toks.starts, phrase_start - len(verb)) - 1
    if i < 0 or toks.starts[i] != phrase_start - len(verb):
        return ""  # 超额完成: the verb is the end of another word
    if _each(rules)["word"].search(clean, max(clause_start, phrase_start - len(verb) - 4), phrase_start - len(verb)):
        return ""  # 规模以上工业、服务业企业分别实现营业收入2.8万亿元和17.3万亿元: listed doers, none the figure's alone
    stripped = _strip_right(clean[clause_start : phrase_start - len(verb)], rules)
    doer = _phrase(_tagged(toks, clause_start, clause_start + len(stripped), rules), rules, from_right=True)
    start = clause_start + len(stripped) - len(doer)
    if (len(doer) < 2 or doer in lists["time_openers"] or doer in lists["anaphora_all"] or doer in lists["not_metric"]
            or doer in lists["broad"] or doer.endswith(lists["region_words"]) or doer.endswith(lists["period_ends"])
            or doer in lists["org_ends"] or (start > 0 and clean[start - 1] in "）)")):
        return ""  # (京津冀地区完成软件业务收入: a region is the subject; 天津港(集团)有限公司: a name's end)
    return doer


def _is_base(words: list[tuple[str, object]], phrase: str, before: str, rules: RuleSet) -> bool:
    """Is the phrase (the last words of `words`; `before`: the clause before it) a comparison base, not a
    metric? 比上年末 (a word jieba glued to 比), 较上月末 (time words only, a marker just before); 比重 is a
    dictionary noun and stays, 假期 (a time word with no marker) too."""
    taken = _phrase_words(words, phrase)
    if not taken:
        return False
    first_word, first_tag = taken[-1]
    if first_word.startswith(_lists(rules)["base_markers"]) and first_tag not in ("n", "vn", "nz", "j", "l"):
        return True
    return all(tag == "t" for _, tag in taken) and any(w in before[-3:] for w in _lists(rules)["base_markers"])


def _phrase_words(words: list[tuple[str, object]], phrase: str) -> list[tuple[str, object]]:
    """The last words of `words` that make up `phrase` (or just cover it), last word first."""
    taken, length = [], 0
    for word, tag in reversed(words):
        if length >= len(phrase):
            break
        taken.append((word, tag))
        length += len(word)
    return taken


def _after_anaphor(clean: str, start: int, phrase: str, rules: RuleSet) -> str:
    """The phrase starting at `start` without the end of an anaphor that began before it (该公司净利润, cut
    as 该 + 公司净利润 -> 净利润)."""
    heads, longest = _anaphor_heads(rules)
    for k in range(1, min(start, longest) + 1):
        if clean.startswith(_lists(rules)["anaphora_false_starts"], start - k):
            return phrase  # 该 + 行业增加值: no 该行
        for word in heads.get(clean[start - k : start], ()):
            if clean.startswith(word, start - k) and len(phrase) >= len(word) - k:
                return phrase[len(word) - k :]  # nothing left when the phrase is the anaphor's end (该集团)
    return phrase


@lru_cache(maxsize=8)
def _anaphor_heads(rules: RuleSet) -> tuple[dict[str, list[str]], int]:
    """Proper beginnings of the anaphors -> the anaphors that begin so; and the longest beginning."""
    heads: dict[str, list[str]] = {}
    for word in rules.vocab.get("subject_anaphora", {}):
        for k in range(1, len(word)):
            heads.setdefault(word[:k], []).append(word)
    return heads, max(map(len, heads), default=0)


def _strip_right(text: str, rules: RuleSet) -> str:
    """Drop verbs, qualifiers and comparison phrases between a metric and its number (one regex: any run
    of skip words and comparison phrases at the end)."""
    out = _tail_pattern(rules).sub("", text, count=1)
    neutral = next((w for w in neutral_words(rules) if text.endswith(w)), "")
    return text if neutral and len(out) > len(text) - len(neutral) else out  # (航班起降: no 降 to strip)


@lru_cache(maxsize=8)
def _tail_pattern(rules: RuleSet) -> regex.Pattern:
    # skip words, and the rise and fall words (净利润同比下滑逾三成 -> 净利润)
    skip = {*rules.vocab.get("metric_skip", []), *rules.vocab.get("change_up", []), *rules.vocab.get("change_down", []),
            *rules.vocab.get("change_rate_up", []), *rules.vocab.get("change_rate_down", [])}
    comparison = rules.vocab.get("metric_comparison", r"$^").rstrip("$")
    adjustment = rules.vocab.get("metric_adjustment", r"$^")
    when = rules.vocab.get("metric_time_adverbial", r"$^")
    rank = rules.vocab.get("metric_rank_end", r"$^")
    joiner = rules.vocab.get("metric_verb_joiners", r"$^")
    items = rules.vocab.get("metric_item_count", r"$^")
    return regex.compile(f"(?:{comparison}|{adjustment}|{when}|{rank}|{joiner}|{items}|{alternation(skip)})+$")


def metric_for(clean: str, sent: Sentence, toks, mention: Mention, next_start: int | None, rules: RuleSet,
               dates: list[Mention] = (), prev_end: int | None = None, spans: list[tuple[int, int]] = (),
               base: tuple[int, int] | None = None, past: int | None = None, following: Mention | None = None) -> str:
    """The short noun phrase the number measures: after a count (N个X), before an amount (X达N元). A date or
    another number (`prev_end`: where the one before it ends) is never part of it (2023年工业产值, 比上半年提高:
    the words after the date or number, or none); a span of time (`spans`: (start, end) of 十年间) right before
    the number's verb leaves the words before it (企业数量十年间增长了1.7倍); so does the `base` a share or a multiple
    is of (河北人均地区生产总值是北京的29.5%: see `ratio_base`). The words after it start at `past` when a number
    that describes them stands between (7项110千伏输变电工程); `following`, the next number, may describe what is
    counted (3个总投资达32亿元的项目)."""
    right_from = mention.cend if past is None else past
    if next_start is not None and 0 <= next_start - mention.cend <= 1:
        right_from = None  # 六大类60项活动: the next number owns the words after it
    if mention.unit in _lists(rules)["describing_units"] or mention.unit in _lists(rules)["place_count_units"]:
        right_from = None  # 60岁以上老年人口: an age describes the people after it, who are counted elsewhere;
        # 京津冀13市空气质量改善: what the places counted have
    qpre = len((mention.extra or {}).get("qpre", ""))
    end = base[0] if base else mention.cstart - qpre
    if not qpre and (level := _LEVEL_IN_BRACKET.search(clean, max(sent.start, end - 2), end)):
        end = level.start()  # 廊坊供给相对水平系数高(127.1%), 入住率低(40%): what is high or low, the figure in brackets
    begin = prev_end if prev_end is not None and prev_end <= end else None
    markers = _lists(rules)["base_dates"]  # 比2014年, 由2008年的
    base_markers = _lists(rules)["base_markers"]
    edges = _lists(rules)["date_edges"]
    for d in dates:
        if d.cend > end:
            break
        before = clean[max(0, d.cstart - 2) : d.cstart]
        marker = next((w for w in markers if before.endswith(w)), None)
        d_end = d.cend + next((len(w) for w in edges if clean.startswith(w, d.cend)), 0)  # 2014年 + 末
        between = clean[d_end:end]
        level_verb = next((w for w in _lists(rules)["level_bases"] if clean.endswith(w, 0, d.cstart)), "")
        closer = next((w for w in _lists(rules)["closers"] if clean.startswith(w, d_end)), "") if marker else ""
        if closer and _strip_right(clean[d_end + len(closer) : end], rules):
            begin = max(d_end + len(closer), begin or 0)  # 与2013年相比降幅达到60%: the metric follows 相比 (与2013年
            # 相比分别下降: none follows, it precedes the base)
        elif marker is None and not _strip_right(between, rules) and (begin or 0) < d.cstart - len(level_verb) and (
                level_verb or "的" not in between):
            # 人均地区生产总值2023年为95338元: the date stands between the metric and its number; 总量是2014年的
            # 1.7倍, 恢复到2019年的95%: the date is the base the metric is compared with
            end = d.cstart - len(level_verb)
        elif marker is None:
            begin = max(d_end, begin or 0)  # 2022年三地工业增加值: the metric starts after the date
        elif not _strip_right(between, rules) or (marker in base_markers and _BREAK_SET.isdisjoint(between)):
            # PM2.5年均浓度比2014年改善, 比上半年提高: what precedes the base; 较2024年执行数增长: the words
            # after a compared date belong to the base
            end = d.cstart - len(marker)
    for span_start, span_end in spans:
        if (begin or 0) <= span_start and span_end <= end and not _strip_right(clean[span_end:end], rules):
            # (金额连续5个月稳定在: nor the word that opens the span)
            end = span_start - next((len(w) for w in _lists(rules)["span_openers"] if clean.endswith(w, 0, span_start)), 0)
    if end == mention.cstart - qpre:
        end = _before_from_base(clean, sent, mention, end, rules)
    if begin is None or begin <= sent.start:
        end = _before_trend(clean, sent, end, rules)
    stop = min((d.cstart for d in dates if d.cstart >= mention.cend), default=None)
    if next_start is not None and next_start > mention.cend and (stop is None or next_start < stop):
        stop = next_start  # the words after the next number are that number's
    left = _left_metric(clean, sent, toks, end, rules, begin)
    done = next((v for v in _lists(rules)["count_done_verbs"] if left.startswith(v)), "") if (
        mention.type == "quantity" and mention.unit not in _lists(rules)["time_units"]) else ""
    if done and len(left) - len(done) >= 2 and _first_word(toks, clean.rfind(left, 0, end)) == done:
        left = left[len(done) :]  # 突破关键核心技术51项: what was achieved is counted, not the achieving
    if left and not _each(rules)["word"].search(clean, end, mention.cstart) and clean[mention.cend : mention.cend + 1] not in "、和及":
        left = _items_before(clean, sent, toks, left, end, rules) + left
    after_date = next((d for d in dates if d.cstart == mention.cend and d.type == "date"), None) if (
        mention.type == "quantity" and past is None and mention.unit not in _lists(rules)["time_units"]) else None
    if after_date is not None:
        right_from = after_date.cend  # 28个2020年计划开工项目: the year the counted things are of stands between
        stop = None if stop == after_date.cstart else stop
    right = _right_metric(clean, sent, toks, right_from, rules, stop) if right_from is not None else ""
    if (right and mention.unit in _lists(rules)["time_units"] and next_start is not None and next_start > mention.cend
            and _BREAK_SET.isdisjoint(clean[mention.cend : next_start]) and not right.endswith(_SPANS)):
        left = right = ""  # 五年成交规模总量首次突破万亿元, 连续5年GDP增速超过6%: the span of the figure after it, no
        # count of it nor of what comes before (度假区春节七天假期游客接待量; 三天假期共接待游客: a span of time is what
        # it measures)
    at = clean.find(right, right_from) if right and mention.unit in _lists(rules)["time_units"] else -1
    first = _first_word(toks, at) if at >= 0 else ""
    if first and _tags(rules)[first] == "v" and _tags(rules)[_first_word(toks, at + len(first))] in _PLACE_TAGS:
        right = ""  # 城际22分钟到达北京南站: where one gets in that time, not what the time measures (1小时通勤,
        # 24小时自助服务区 are)
    if left and _route_end(clean, sent, toks, left, end, rules):
        left = ""  # 从燕郊到北京市中心约38公里: the end of a route, not what is measured
    if (left and mention.unit in _lists(rules)["time_units"] and (at := clean.rfind(left, 0, end)) > 0
            and clean.endswith(tuple(rules.vocab.get("metric_riding_verbs", [])), 0, at)):
        left = ""  # 坐上京津城际22分钟就能到北京南站: a ride's time, not a measure of the train
    if mention.unit in _lists(rules)["multiples"]:
        left = _before_base(left, rules)  # 研发投入是全国平均水平的2倍: 研发投入
    if mention.type == "money" and left:
        left = _after_place(clean, toks, end, left, rules)
        left = "" if _given_to(clean, end, left, rules) else left  # 分别给予企业50万元…资金奖励: 企业 gets it
    if left and (_THRESHOLD.match(clean, mention.cend) or (
            qpre and clean[mention.cend : mention.cend + 1] == "的" and mention.type != "percent"
            and mention.unit not in _lists(rules)["time_units"]
            and not _DIRECTION_END.search(left))):
        return left  # 年旅客吞吐量1000万人次以上的机场, 地方财政收入超500亿的城市: a threshold of what is measured
        # before it, describing what follows
    if mention.type == "quantity":
        named = next((w for w in _lists(rules)["unit_metrics"] if mention.text.endswith(w)), "") if not left else ""
        if named and not clean.startswith(("以上", "以下"), mention.cend):
            return named  # 拥有1亿多人口的京津冀地区: the unit names what is counted (20万人口以上城市: a threshold of
            # what follows)
        if left.endswith(_lists(rules)["measure_heads"]):
            return left  # 规划总面积约8000亩的协同空间: the size the number measures
        if (left and right and clean.startswith("的", mention.cend) and (span := _left_span(clean, sent, mention, left))[0] >= 0
                and (link := clean[span[1] : mention.cstart].strip()) in _DESCRIBING_LINKS and link != "为"):
            return left  # 从业人员达150万人的产业集群: what the number counts, linked to it by 达, describes what follows
            # (not by 为: 一期规划为25万辆的工厂 is the plant's)
        kind = next((w for w in _lists(rules)["kind_words"] if clean.startswith(w, mention.cend)), "")
        if kind:  # 54颗不同类型的商业卫星, 1385场各类招聘活动: what is counted follows the words for its kinds
            after = mention.cend + len(kind) + clean.startswith("的", mention.cend + len(kind))
            return _right_metric(clean, sent, toks, after, rules, next_start) or right or left
        described = _described_count(clean, sent, toks, mention, following, rules) if following else ""
        if described:
            return described  # 3个总投资达32亿元的项目: what is counted follows the figure that describes it
        if right and next_start is not None:
            right = _before_next_amount(clean, toks, right_from, right, next_start, rules)
            right = _without_next_metric(clean, sent, toks, right_from, right, next_start, rules)
        if right and following is not None and following.type == "percent":
            right = _without_rate(clean, toks, right_from, right, following, rules)
        if left and right and not mention.unit and _DIGIT_NEXT.match(clean, clean.find(right, right_from) + len(right)):
            return left  # 投资23亿 + 占地900亩: a bare figure's words after it are the next figure's
        if left and not right and (_last_listed(clean, sent, left, end) or _QUOTED_ITEMS_END.search(clean, sent.start, end)):
            left = ""  # 企业分别为四环医药、康辰药业、…、普瑞东方制药10家, 把握“协同发展”和“高质量”两个关键词: the count is of the
            # items, not of the last one
        if right or left or not _ends_clause(clean, sent, mention.cend) or mention.unit in _lists(rules)["time_units"]:
            return right or left  # (京津城际开通15周年: how long since, no count of what was opened)
        return _object_before_verb(clean, sent, toks, end, rules, begin)
    if left and right and _ends_in_verb(clean, sent, toks, left, end, rules):
        return right  # 向每名市民发放5000港元电子消费券: what is given, not the giving
    if left and right and mention.type == "percent" and _done_by(clean, left, end, rules):
        return right  # 北京城市绿心森林公园实现100%绿电供应: what reached the share did it, the share is of what follows
    if left and right and mention.type == "percent" and clean.startswith("的", mention.cend) and _place_ends(
            clean, toks, left, end, rules):
        return right  # 仅用北京1.37%的土地: a share of the place's land, the place is no metric
    if right in _lists(rules)["price_words"] and clean.startswith(("的", right), mention.cend):
        return right  # 许多楼盘7000元的单价, 中海以31亿元底价获得: the price named after the amount, not what has it
    return left or right


_LEVEL_IN_BRACKET = regex.compile(r"[高低多少大小快慢][（(]\Z")
_CLAIMLESS_REACH = 3
_CLAUSE_REST = regex.compile(r"[^，,；;。]*")
_JOINT = regex.compile(r"与|和|同(?![时期样比])|及(?!时)|、|等")
_ADVERBIAL_ENDS = ("中", "下", "以来", "年来", "方面", "期间", "过程中")  # (…实施10年来，北京…)
_REFERENCE_OPENERS = "该此这其"  # (该平台目前已上线5万余名专家人才: the figures of what it points to)
_FOREIGN_WORDS = regex.compile(r"[a-z][a-z '-]*|.*[\p{Hiragana}\p{Katakana}\p{Hangul}].*")  # (or Japanese: の投资が;
# Korean: 각각)
_ITEM_TAGS = frozenset(("n", "vn", "nz", "j", "b", "ng", "an", "nrt"))


def _items_before(clean: str, sent: Sentence, toks, metric: str, end: int, rules: RuleSet) -> str:
    """Things listed with 、 right before a metric that opens its clause name one thing with it, or things measured
    together, when one figure follows (电力、热力、燃气及水生产和供应业增长9.8%: not 燃气及水生产和供应业; 钢材、水泥产量
    增长5%): the items, each opening with a noun and holding no name nor number, with their 、; else ""."""
    start = clean.rfind(metric, sent.start, end)
    if start <= sent.start or clean[start - 1] != "、":
        return ""
    opening = max(clean.rfind(c, sent.start, start - 1) for c in _BREAK_SET - {"、"}) + 1
    opening = max(opening, sent.start)
    items = clean[opening : start - 1].strip()
    opening = start - 1 - len(items)
    if not items or any(not _ITEM.fullmatch(item) for item in items.split("、")):
        return ""
    words = toks.within(opening, start - 1)
    tags = _tags(rules)
    first_end = clean.find("、", opening, start)
    verb_end = max((e for w, s, e in words if s > opening and first_end - e >= 2 and tags[w] == "v"), default=opening)
    if verb_end > opening:  # 全市有 + 三甲医院、二级医院: the list opens after the first item's verb (not 贯通 + 路)
        opening, words = verb_end, toks.within(verb_end, start - 1)
    firsts = {opening} | {e + 1 for w, _, e in words if w == "、"}
    if any(tags[w] in _PLACE_TAGS - {"nz"} or (s in firsts and tags[w] not in _ITEM_TAGS) for w, s, _ in words if w != "、"):
        return ""  # (北京、天津GDP: names; 实现营业收入、利润总额: a verb opens the list)
    return clean[opening:start]


_ITEM = regex.compile(r"\p{Han}{1,10}")
_ROUTE_TO = regex.compile(r"[从由自][^，,。；;：:从由自]{1,15}?[到至]([^，,。；;：:到至]*)\Z")


def _route_end(clean: str, sent: Sentence, toks, metric: str, end: int, rules: RuleSet) -> bool:
    """Is the metric (found before `end`) the end of a route 从 A 到 B written right before the number, alone or
    after place names (从燕郊到北京市 + 中心约38公里, 从北京南站到天津站仅需30分钟)?"""
    at = clean.rfind(metric, sent.start, end)
    found = _ROUTE_TO.search(clean, sent.start, at) if at > sent.start else None
    if not found or not _whole_word(toks, found.start(), 1) or not _whole_word(toks, found.start(1) - 1, 1):
        return False  # (自驾自助游 + 占到 + 市场: no 自 … 到 of a route)
    tags = _tags(rules)
    return all(tags[w] in _PLACE_TAGS for w, _, _ in toks.within(found.start(1), at))


def _whole_word(toks: Tokens, at: int, length: int) -> bool:
    """Is clean[at:at + length] one whole token?"""
    i = bisect.bisect_right(toks.starts, at) - 1
    return i >= 0 and toks.starts[i] == at and toks.ends[i] == at + length


_FROM_BASE = regex.compile(r"([从由])[^\d，,。；;：:从由的]{1,8}的\Z")  # 由上个雪季的 + 3条
_CHANGE_TO = regex.compile(r"[^\d，,。；;：:]{0,3}?[至到]")  # (3条) + 增至, 提高到 + 10条


def _before_from_base(clean: str, sent: Sentence, mention: Mention, end: int, rules: RuleSet) -> int:
    """夜滑雪道由上个雪季的3条增至10条: in 由 (从) … 的 before a figure that then changes to another, the words
    after 由 are the base's time or state (as a date is in 由2013年的), and the metric ends before 由."""
    found = _FROM_BASE.search(clean, max(sent.start, end - 10), end)
    change = _CHANGE_TO.match(clean, mention.cend) if found else None
    if change is None or change.end() >= sent.end or not clean[change.end()].isdigit():
        return end
    return found.start()


def _before_trend(clean: str, sent: Sentence, end: int, rules: RuleSet) -> int:
    """比重逐渐走低，由去年同期的30.4%下滑至28.5%: when the words before a figure's base (由, 从) are only a comma
    and a trend, the metric is what moves, before the trend (`metric_trend_before_from`)."""
    if clean[end : end + 1] not in ("由", "从") or end - 1 <= sent.start or clean[end - 1] not in "，,":
        return end
    trend = compiled(rules.vocab.get("metric_trend_before_from", r"$^")).search(clean, sent.start, end - 1)
    return trend.start() if trend else end


_PLACE_TAGS = frozenset(("ns", "nt", "nr", "nz"))
_LINK_TO_NUMBER = regex.compile(r"(?:已经|已)?(?:约|近|超过?|达到?|逾|共|为|过)?")  # (已超16亿元)


def _before_next_amount(clean: str, toks, right_from: int, right: str, next_start: int, rules: RuleSet) -> str:
    """A count's metric without the verb that ends it right before the next number (44个重大基建项目 + 投资 +
    71.31亿元: the verb names what the amount measures, the count counts the projects)."""
    at = clean.find(right, right_from)
    end = at + len(right)
    if at < 0 or _LINK_TO_NUMBER.fullmatch(clean, end, next_start) is None:
        return right
    last = _first_word(toks, end - 1)
    if not (_tags(rules)[last] in ("v", "vn") and len(right) - len(last) >= 2 and right.endswith(last)):
        return right
    cut = len(last)
    before = _first_word(toks, end - cut - 1)
    if _tags(rules)[before] == "b" and len(right) - cut - len(before) >= 2:
        cut += len(before)  # 两个项目 + 总 + 投资 + 60亿元: 总投资 is the amount's
        before = _first_word(toks, end - cut - 1)
    return right[:-cut] if _tags(rules)[before] in _TRUE_NOUNS else right


def _without_next_metric(clean: str, sent: Sentence, toks, right_from: int, right: str, next_start: int,
                         rules: RuleSet) -> str:
    """京津冀3家分行人民币贷款余额9364亿元: a count's words that run into the next figure end where that figure's own
    metric (read before it) starts."""
    at = clean.find(right, right_from)
    if at < 0 or _LINK_TO_NUMBER.fullmatch(clean, at + len(right), next_start) is None:
        return right
    following = _left_metric(clean, sent, toks, next_start, rules, at)
    head = _first_word(toks, at)
    if following == right and head in _lists(rules)["counted_heads"] and len(right) - len(head) >= 2:
        return head  # 17家公司营业收入超10亿元: the companies are counted, their revenue is the amount's
    if not following or len(following) >= len(right) or not right.endswith(following):
        return right
    kept = right[: -len(following)]
    counted = _first_word(toks, at + len(kept))
    if counted in _lists(rules)["counted_heads"] and following.startswith(counted) and len(following) - len(counted) >= 2:
        return kept + counted  # 13个签约项目总投资额已超16亿元: the projects are counted, not their signing
    return kept if len(kept) >= 2 and _tags(rules)[_first_word(toks, at + len(kept) - 1)] not in _NOT_LAST else right


_NOT_LAST = frozenset(("p", "c", "u", "d", "r", "m", "q", "uj", "ul", "f"))  # (what never ends a metric)


_DESCRIBING_LINKS = ("达到", "超过", "达", "为", "在", "超", "逾", "约", "近")


def _without_rate(clean: str, toks: Tokens, right_from: int, right: str, following: Mention, rules: RuleSet) -> str:
    """43项考核指标达标率100%: a rate or a share word ending what a count counts, right before a percentage, is that
    percentage's; the count keeps the words before it (考核指标)."""
    at = clean.find(right, right_from)
    head = next((h for h in rules.vocab.get("clause_head_words", []) if right.endswith(h)), "")
    ends = at + len(right) if at >= 0 else (clean.rfind(head, right_from, following.cstart) + len(head) if head else -1)
    gap = clean[ends : following.cstart] if ends >= 0 else ""  # (over quotes the metric left out: “小巨人”)
    if head and len(right) - len(head) >= 2 and 0 < len(gap) <= 6 and all(map(is_han, gap)):
        return right[: -len(head)]  # 250余家…工业企业产值增长17.0%: the firms are counted, their output grew
    i = bisect.bisect_left(toks.ends, following.cstart)  # the word ending right before the percentage, if one does
    if at < 0 or at + len(right) != following.cstart or i >= len(toks.ends) or toks.ends[i] != following.cstart:
        return right
    last = toks.words[i]
    if (last.endswith("率") or last in _lists(rules)["share_heads"]) and len(right) - len(last) >= 2:
        return right[: -len(last)]
    return right


def _described_count(clean: str, sent: Sentence, toks, mention: Mention, following: Mention, rules: RuleSet) -> str:
    """签约3个总投资达32亿元的项目, 20家营收超亿元的企业: a count, a few words and a figure linked by 达, 超 … (or
    with a qualifier), then 的 and what is counted: those words after 的; without 的, a kind of thing counted right
    after the figure (5家产值超百亿元企业: `metric_counted_heads`); else ""."""
    if mention.unit in _lists(rules)["time_units"] or following.type == "date":
        return ""
    gap = clean[mention.cend : following.cstart]
    linked = gap.endswith(_DESCRIBING_LINKS) or (following.extra or {}).get("qpre")
    if not (0 < len(gap) <= 8 and all(map(is_han, gap)) and linked):
        return ""
    tail = next((w for w in rules.vocab.get("qualifier_post", []) if clean.startswith(w, following.cend)), "")
    if gap.endswith("在") and not tail and following.type == "quantity":
        return ""  # 250多家企业在130多个国家和地区建立了直销窗口: where they are, not what they measure
    after = following.cend + len(tail)  # (投资超10亿元以上的项目)
    if not clean.startswith("的", after):
        counted = _right_metric(clean, sent, toks, after, rules) if is_han(clean[after : after + 1] or "0") else ""
        return counted if counted.endswith(tuple(_lists(rules)["counted_heads"])) else ""  # 5家产值超百亿元企业
    return _right_metric(clean, sent, toks, after + 1, rules)


def _first_word(toks: Tokens, at: int) -> str:
    """The whole token that holds position `at`."""
    i = bisect.bisect_right(toks.starts, at) - 1
    return toks.words[i] if i >= 0 and toks.ends[i] > at else ""


def _given_to(clean: str, end: int, metric: str, rules: RuleSet) -> bool:
    """Does the metric stand right after a verb of giving (`metric_give_verbs`: 给予企业50万元) and name who gets
    the amount, not what is paid (给予奖励50万元: `metric_payment_words`)?"""
    at = clean.rfind(metric, 0, end)
    lists = _lists(rules)
    each = _EACH_ONE.search(clean, max(0, at - 3), at) if at > 0 else None
    at = each.start() if each else at  # 给予每家企业最高200万元奖励: who gets it, one by one
    return at > 0 and clean.endswith(lists["give_verbs"], 0, at) and not metric.endswith(lists["payment_words"])


_EACH_ONE = regex.compile(r"每一?[家个名位户人所项]\Z")


def _after_place(clean: str, toks, end: int, metric: str, rules: RuleSet) -> str:
    """在霸州经开区投资20亿元: after 在 or 于 a metric opens with where it was done; what was done (a verb
    jieba tags v or vn, as its last word) is the metric, else the words after a place word that opens it."""
    at = clean.rfind(metric, 0, end)
    if at <= 0 or clean[at - 1] not in _PLACE_PREPOSITIONS:
        return metric
    words = toks.within(at, at + len(metric))
    last = words[-1][0] if words else ""
    if len(words) > 1 and metric.endswith(last) and _tags(rules)[last] in ("v", "vn"):
        return last
    first = words[0][0] if words else ""
    if len(words) > 1 and _tags(rules)[first] in ("ns", "j") and len(metric) - len(first) >= 2:
        return metric[len(first):]  # 京冀在津投资到位额: what was done there
    return metric


_RESTATING = regex.compile("(?:约合|折合|合|约|近|即|相当于)?")  # what may open a bracket restating a figure


def _bracketed_alike(clean: str, prev: Mention, mention: Mention) -> bool:
    """收益12.35亿元（二零二三年：10.87亿元）: a figure of the same kind and unit in brackets right after another
    is the same metric's (another year's, another place's); so is one of another unit alone in the brackets
    (总产量13659.6万吨（2731.9亿斤）: the same figure in another unit)."""
    gap = clean[prev.cend : mention.cstart]
    if (prev.type == mention.type != "date" and gap[:1] in ("(", "（") and _RESTATING.fullmatch(gap, 1)
            and clean[mention.cend : mention.cend + 1] in (")", "）")):
        return True  # (占地1500亩（约100公顷）)
    if prev.type != mention.type or prev.unit != mention.unit:
        return False
    if gap[:1] in ("、", "，", ",") and not any(ch in gap for ch in "（()）。；;") and _in_brackets(
            clean, max(0, prev.cstart - 16), prev.cstart):
        return True  # (首都机场623万人次、大兴机场468万人次): the next part in the same brackets (opened close before)
    return gap[:1] in ("（", "(") and not any(ch in gap for ch in "）)，,。；;")


def _in_parts_before(clean: str, at: int, end: int) -> bool:
    """Is `at` inside brackets holding figures (保定市4人,邢台市5人) that close before `end`?"""
    if not _closed_before(clean, at, end):
        return False
    opening = max(clean.rfind("（", 0, at), clean.rfind("(", 0, at))
    closing = min(i for i in (clean.find("）", at, end), clean.find(")", at, end)) if i >= 0)
    # (or names the items of the count right before them: 净增2个(银川河东、烟台蓬莱机场))
    return any(ch.isdigit() for ch in clean[opening:closing]) or _COUNT_END.search(clean, 0, opening) is not None


_CONJOINED = regex.compile(r"\p{Han}{2,8}[与和及]\p{Han}{2,8}")
_NAME_TAGS = frozenset(("ns", "nr", "nt", "nrt", "nrfg"))
_DIRECTION_END = regex.compile(r"[向往以朝][东西南北]\Z")  # 北京向东不足百公里的: a way from a place, no metric
_THRESHOLD = regex.compile(r"\s?及?以[上下]的")
_COUNT_END = regex.compile(r"\d[个家座所项条名位处]\Z")
_QUOTE_OPEN = "“‘「"
_QUOTE_CLOSE = "”’」"


def _inside_quoted_title(clean: str, start: int, end: int, floor: int) -> bool:
    """Is clean[start:end] inside quotes, after other words of the quoted phrase (“轨道上的京津冀”, not “北京服务”)?"""
    opening = max(clean.rfind(q, floor, start) for q in _QUOTE_OPEN)
    if opening < 0 or opening + 1 == start or max(clean.rfind(q, opening, start) for q in _QUOTE_CLOSE) >= 0:
        return False
    closing = [i for i in (clean.find(q, end, end + 20) for q in _QUOTE_CLOSE) if i >= 0]
    return bool(closing) and not any(ch in "，,。；;：:\n" + _QUOTE_OPEN for ch in clean[opening + 1 : min(closing)])


def _names_a_part(clean: str, sent: Sentence, mention: Mention, entities: list[Mention], rules: RuleSet) -> bool:
    """其中，北京有376家: the sentence opens with 其中 (`metric_part_openers`) and only a name and a verb of having
    stand between it and the number."""
    text = clean[sent.start : mention.cstart].lstrip(" “")
    opener = next((w for w in _lists(rules)["part_openers"] if text.startswith(w)), "")
    if not opener:
        return False
    rest = text[len(opener) :]
    names = [clean[e.cstart : e.cend] for e in entities if sent.start <= e.cstart and e.cend <= mention.cstart]
    for name in sorted(names, key=len, reverse=True):  # (the longest first: 北京市 before 北京)
        rest = rest.replace(name, "", 1)
    return _PART_LINK.fullmatch(rest) is not None


_PART_LINK = regex.compile(r"[，,\s]*(?:按[^，,。；;\d]{1,10}?(?:分类|划分|分|来看|看)[，,\s]*)?(?:共有|有|为|是|达到|达|占)?")
# (其中，按落地区域分类，通州区18个: the way the whole is divided may come first)


def _in_quoted_name(clean: str, e: Mention, sent: Sentence, rules: RuleSet) -> bool:
    """Does the name stand inside a quoted title (“轨道上的京津冀”) or open a quoted event's name (“廊坊经贸洽谈会”)?"""
    return _inside_quoted_title(clean, e.cstart, e.cend, sent.start) or _opens_quoted_event(clean, e, rules)


def _opens_quoted_event(clean: str, e: Mention, rules: RuleSet) -> bool:
    """Does the name open a quoted event's name (“廊坊经贸洽谈会”, `subject_quoted_event_ends`)?"""
    if clean[e.cstart - 1 : e.cstart] not in _QUOTE_OPEN:
        return False
    closing = [i for i in (clean.find(q, e.cend, e.cend + 20) for q in _QUOTE_CLOSE) if i >= 0]
    return bool(closing) and clean.endswith(_lists(rules)["quoted_event_ends"], e.cend, min(closing))


def _closed_before(clean: str, at: int, end: int) -> bool:
    """Is `at` inside brackets that close before `end` (in the same sentence)?"""
    return _in_brackets(clean, 0, at) and (clean.find("）", at, end) >= 0 or clean.find(")", at, end) >= 0)


_QUOTED_ITEMS_END = regex.compile(r"[“\"][^”\"，,。；;]{1,12}[”\"](?:[和与及、][“\"][^”\"，,。；;]{1,12}[”\"])+\Z")


def _last_listed(clean: str, sent: Sentence, left: str, end: int) -> bool:
    """Is the phrase `left` the last of three or more items listed with 、 right before the number at `end`?"""
    at = end - len(left)
    if at <= sent.start or not clean.startswith(left, at) or clean[at - 1] != "、":
        return False
    found = _LAST_ITEMS_BREAK.search(clean, sent.start, at)
    items = clean[found.end() if found else sent.start : at]
    return items.count("、") >= 2 and not any(ch.isdigit() for ch in items) and "等" not in left
    # (not 综合型平台5家、…、专业型平台5家: each has its count; not 密云水库、十三陵水库等存蓄水量: 等 closes the list)


def _place_ends(clean: str, toks: Tokens, left: str, end: int, rules: RuleSet) -> bool:
    """Does the phrase `left` end right at `end` with a place's name?"""
    i = bisect.bisect_left(toks.ends, end)
    return (clean.endswith(left, 0, end) and i < len(toks.ends) and toks.ends[i] == end
            and _tags(rules)[toks.words[i]] == "ns")


def _done_by(clean: str, left: str, end: int, rules: RuleSet) -> bool:
    """Does only a completion verb (实现, 完成) stand between the phrase `left` and the number at `end`?"""
    at = clean.rfind(left, 0, end)
    return at >= 0 and clean[at + len(left) : end].strip() in _lists(rules)["completion_verbs"]


def _listed_metric(claims: list[dict], clean: str, rules: RuleSet, i: int) -> str:
    """The metric of claim i, or, when it is an item of a list whose metric is shared later (分别为3038元、
    2680元、1188元), of the list's first item that has one."""
    joiners = _lists(rules)["joiners"]
    while i > 0 and not claims[i]["metric"] and listed_after(claims[i - 1]["mention"], claims[i]["mention"], clean, joiners):
        i -= 1
    return claims[i]["metric"]


def _share_base(clean: str, sent: Sentence, m: Mention, metric: str, rules: RuleSet) -> str | None:
    """占全社会投资48.2%, 约占全国的比重为7.8%: for a number whose clause opens with a share verb (nothing named
    before it), the verb and the base as written: up to the end of the number's own `metric` when that stands
    after the verb (占全国的比重从2014年的7.4%: 占全国比重), else up to the skip words before the number; without 的
    and the skip words after the verb (占到了). None for any other number, and for 占比 (a noun)."""
    text = clean[sent.start : m.cstart]
    brk = _LAST_BREAK.search(text)
    opening = _share_opening(rules).match(text, brk.start() + 1 if brk else 0)
    if not opening:
        return None
    at = text.rfind(metric) if metric else -1
    if at >= 0 and at + len(metric) > opening.end():
        base = text[opening.end() : at + len(metric)]
    else:
        base = _strip_right(text[opening.end() :], rules)
    base = base.replace("的", "").strip()
    if not base and not text[opening.end() :].strip():
        return opening.group("verb") + "比"  # 增长38.4%，占23.3%: the share of what the figures before measure
    if len(base) < 2 or not all(ch.isalnum() for ch in base):
        return None
    return opening.group("verb") + base


def _share_holder(claim: dict, rules: RuleSet) -> str:
    """The metric of the claim before a share that opens with its verb: for a share itself, only what holds it
    (南水占北京城区供水的75%，占天津城区供水的99%: 南水), else the whole metric (民间投资)."""
    metric = claim["metric"]
    if claim["mention"].type != "percent":
        return metric
    at = max((metric.rfind(verb) for verb in _lists(rules)["share_verbs"]), default=-1)
    return metric[:at] if at >= 0 else metric


@lru_cache(maxsize=8)
def _share_opening(rules: RuleSet) -> regex.Pattern:
    """A share verb opening a clause (skip words before it, 约占, 分别占; `metric_share_verb_tails` after it, 占到了)."""
    verbs = _lists(rules)["share_verbs"]
    skip = alternation(w for w in rules.vocab.get("metric_skip", []) if w not in verbs)
    tails = alternation(rules.vocab.get("metric_share_verb_tails", []) or ["(?!)"])
    return regex.compile(f"\\s*(?:{skip})*(?P<verb>{alternation(verbs)})(?:{tails})?")


def _before_base(left: str, rules: RuleSet) -> str:
    """A multiple's metric without the base it is compared with (研发投入是全国平均水平 -> 研发投入; 北京是河北 ->
    北京, a place, which the caller drops): the words before the last `period_level_base_verbs` word."""
    cut = max((left.rfind(w) for w in _lists(rules)["level_bases"] if w in left[1:]), default=-1)
    return left[:cut] if cut > 0 else left


def ratio_base(clean: str, sent: Sentence, toks, mention: Mention, rules: RuleSet) -> tuple[int, int] | None:
    """是北京的29.5%, 相当于全国平均水平的1.4倍: where the verb (a `ratio_base_verbs` word that starts a word of the
    text, the last before the base) and the base a share or a multiple is of stand: (verb start, end of the
    base's 的). None for other numbers and for bases that hold a number (是2013年的1.9倍: see `period_for`)."""
    if not (mention.unit in _lists(rules)["multiples"] or (mention.type == "percent" and mention.unit == "%")):
        return None
    end = mention.cstart - len((mention.extra or {}).get("qpre", ""))
    if clean[end - 1 : end] != "的":
        return None
    start = end - 1
    while start > max(sent.start, end - 1 - _MAX_BASE) and clean[start - 1] not in _BASE_STOPS:
        start -= 1
    best = (-1, 0)  # (where the verb ends, -where it starts): the last verb, the longest of those ending there
    for verb in _lists(rules)["ratio_verbs"]:
        at = clean.rfind(verb, start, end - 1)
        if at >= 0 and verb in _lists(rules)["plan_verbs"] and not clean.endswith(
                _lists(rules)["plan_bases"], at + len(verb), end - 1):
            continue  # 已完成总工程量的60%: no plan's amount, the work done is measured
        if at >= 0 and at + len(verb) < end - 1 and (at + len(verb), -at) > best:
            i = bisect.bisect_left(toks.starts, at)
            if i < len(toks.starts) and toks.starts[i] == at:
                best = (at + len(verb), -at)
    return (-best[1], end) if best[0] >= 0 else None


_MAX_BASE = 24  # characters from the verb to the base's 的
_BASE_STOPS = frozenset(CLAUSE_BREAKS.replace("、", "") + "0123456789０１２３４５６７８９的")  # (北京、天津的)


OBJECT_TAGS = {"n", "nz", "vn", "j", "eng", "l"}


def _ends_clause(clean: str, sent: Sentence, end: int) -> bool:
    """Does a clause break (or the sentence's end) follow `end`, with at most spaces between?"""
    rest = clean[end : sent.end].lstrip(" ")
    return not rest or rest[0] in CLAUSE_BREAKS


def _object_before_verb(clean: str, sent: Sentence, toks, end: int, rules: RuleSet, begin: int | None) -> str:
    """A count right after a verb of making or running with nothing after it counts what stands before the
    verb (5G基站累计建成2.3万个 -> 5G基站; 中欧班列累计开行8.5万列 -> 中欧班列); not a name, which is the doer."""
    found = _LAST_BREAK.search(clean, sent.start, end)
    clause_start = max(found.start() + 1 if found else sent.start, begin or 0)
    text = _strip_right(clean[clause_start:end], rules)
    verb = next((v for v in _lists(rules)["object_verbs"] if text.endswith(v)), None)
    if verb is None:
        return ""
    text = _strip_right(text[: -len(verb)], rules)
    words = _tagged(toks, clause_start, clause_start + len(text), rules)
    taken = _phrase_words(words, _phrase(words, rules, from_right=True))
    if not taken or taken[0][1] not in OBJECT_TAGS or any(
            tag in ("ns", "nt", "nr") or word in _lists(rules)["not_left"] for word, tag in taken):
        return ""  # 武清区累计引进260家: the doer, not the thing; 先后推出5批: no noun
    phrase = "".join(word for word, _ in reversed(taken))
    phrase = _drop_anaphor(phrase, rules) if phrase else ""
    lists = _lists(rules)
    return phrase if len(phrase) >= 2 and phrase not in lists["not_metric"] and phrase not in lists["time_openers"] else ""


def _ends_in_verb(clean: str, sent: Sentence, toks, phrase: str, end: int, rules: RuleSet) -> bool:
    """Does the phrase (found before `end`) end with a plain verb (发放, not 收入 or 投资额)?"""
    pos = clean.rfind(phrase, sent.start, end)
    words = _tagged(toks, pos, pos + len(phrase), rules) if pos >= 0 else []
    return bool(words) and words[-1][1] == "v"


def _opens_predicate(words: list[tuple[str, int, int]], pos: int, rules: RuleSet) -> bool:
    """Does a reference to the subject (全市) or a word of `metric_stop` (实现, 新增 …) start at `pos` (天津 +
    全市城镇新增就业; not 天津 + GDP, 北京 + 奔驰零部件: a name opening a noun phrase)? `words`: (word, start, end)."""
    word = next((w for w, s, _ in words if s == pos), None)
    return word is not None and (word in _lists(rules)["anaphora_all"] or word in _lists(rules)["stop"]
                                 or _tags(rules)[word] == "d")  # (今年京津 + 共同实施86项重点任务; 北京 + 奔驰: a verb too)


def split_subject(metric: str, sentence_entities: list[Mention], rules: RuleSet,
                  kind: str = "") -> tuple[str, str]:
    """A metric that starts with a specific name (武清区PM2.5年均浓度) gives that name to the subject, and so
    does an amount's or a rate's metric that is a name (`kind`: the mention type)."""
    broad = _lists(rules)["broad"]
    for ent in sorted(sentence_entities, key=lambda e: -len(e.value or "")):  # the longest name first (保定市投资)
        name = ent.value or ""
        if name and name not in broad and metric.startswith(name) and len(metric) - len(name) >= 2:
            rest = metric[len(name):]
            inner = next((e for e in sentence_entities if ent.label == e.label == "LOC" and e.value and rest.startswith(
                e.value) and len(rest) - len(e.value) >= 2 and e.value[-1:] in _lists(rules)["division_ends"]), None)
            if inner is not None:  # 沧州 + 渤海新区总面积: divisions named one inside the other are one place
                name, rest = name + (inner.value or ""), rest[len(inner.value or "") :]
            return ("" if rest in _lists(rules)["not_metric"] else _without_region(metric, rest, rules)), name
            # (中国华能 + 所属; 长三角 + 地区PM2.5平均浓度 as 京津冀地区 + PM2.5平均浓度 is)
        if name and metric == name and ent.label in ("ORG", "LOC") and kind != "quantity":
            return "", name  # 北京市实现4.4万亿元: a name is no amount's metric (22个X联盟 counts X, though)
    return metric, ""


def _broad_owner(metric: str, sentence_entities: list[Mention], rules: RuleSet, least: int) -> tuple[str, str]:
    """With no other subject, a broad region opening an amount's or a rate's metric, or a count's written
    before it, is its subject (前三季度天津GDP同比增长4.8% -> GDP, 天津; 天津空气质量优良天数267天), leaving at
    least `least` characters (北京企业36家: where they come from); (metric, subject)."""
    for ent in sentence_entities:
        name = ent.value or ""
        if (name in _lists(rules)["broad"] and metric.startswith(name) and len(metric) - len(name) >= least
                and not metric.startswith(_ROUTE_JOINERS, len(name))):  # (北京至天津城际铁路: a route's start)
            return _without_region(metric, metric[len(name) :], rules), name
    return metric, ""


def _without_region(metric: str, rest: str, rules: RuleSet) -> str:
    """The metric once the region that opens it is split off (`rest`: what follows the region's name): none
    when only a region word is left (京津冀地区达366亿元), and the region word goes with the name (京津冀地区 +
    常住人口) unless it opens a term (`metric_region_terms`: 北京 + 地区生产总值)."""
    regions = _lists(rules)["region_words"]
    if rest in regions:
        return ""
    word = next((w for w in regions if rest.startswith(w)), "")
    if word and not rest.startswith(_lists(rules)["region_terms"]):
        return rest[len(word) :] if len(rest) - len(word) >= 2 else metric
    return rest


def _drop_anaphor(metric: str, rules: RuleSet) -> str:
    """全市规模以上工业增加值 -> 规模以上工业增加值: the reference to the subject is not part of the metric, nor is a
    demonstrative (`metric_lead_demonstratives`: 这座 + 计划总投资)."""
    shown = _without_lead(metric, rules.vocab.get("metric_lead_demonstratives", []))  # (这座 + 计划总投资)
    metric = "" if shown != metric and shown in _lists(rules)["not_metric"] else shown  # (这一 + 数字: none)
    if metric[:1] not in _anaphor_heads(rules)[0] or metric.startswith(_lists(rules)["anaphora_false_starts"]):
        return metric  # (该行业增加值: 该 + 行业, no 该行)
    return _without_lead(metric, rules.vocab.get("subject_anaphora", {}))


def _without_lead(metric: str, words) -> str:
    """The metric without the first of `words` it opens with, when two characters or more are left (全市 +
    规模以上工业增加值; 公司 + 营业收入 once 公司 has named the subject: `topic_anaphora`)."""
    for word in words:
        if metric.startswith(word) and len(metric) - len(word) >= 2 and metric[len(word)] not in "和与及、":
            return metric[len(word) :]  # (not 园区 + 和单位: the first of two things joined)
    return metric


PROPER_TAGS = {None, "nz", "nt", "j", "eng"}  # nr/ns words that are no entity are mis-tags (严格执行 nr)


def main_clause_start(clean: str, sent: Sentence, rules: RuleSet) -> tuple[int, int, int]:
    """Where the sentence's first main clause starts, after openers such as a date, 截至目前 (`topic_openers`)
    or a source (`source_openers`: 据新华社报道, 国家统计局数据显示); where the first source opener starts and
    where the last one ends (equal when there is none)."""
    text = clean[sent.start : sent.end]
    pos = source_end = len(text) - len(text.lstrip())  # a paragraph's indent
    source_start = None
    openers = compiled(rules.vocab.get("topic_openers", r"$^"))
    sources = compiled(rules.vocab.get("source_openers", r"$^"))
    while True:
        m = sources.match(text, pos)
        if m and m.end() > pos:
            source_start = pos if source_start is None else source_start
            pos = source_end = m.end()
            continue
        m = openers.match(text, pos)
        if not m or m.end() == pos:
            break
        pos = m.end()
    return sent.start + pos, sent.start + (source_end if source_start is None else source_start), sent.start + source_end


def topic_of(clean: str, sent: Sentence, toks, entities: list[Mention], rules: RuleSet,
             main_start: int | None = None) -> tuple[str, int]:
    """The sentence's topic: the name or anaphor that opens its first main clause (starting at `main_start`,
    found when not given), with its end position."""
    text = clean[sent.start : sent.end]
    if main_start is None:
        main_start = main_clause_start(clean, sent, rules)[0]
    pos = main_start - sent.start
    quoted = text[pos:].lstrip(" ")
    rest = quoted.lstrip("“”\" ")
    offset = len(text) - len(rest)
    time_lead = next((w for w in rules.vocab.get("facility_time_leads", []) if quoted.startswith(w)), "")
    named = compiled(rules.vocab.get("topic_name", r"$^")).match(quoted, len(time_lead))  # (目前 + …产业园已经…)
    lead = compiled(rules.vocab.get("topic_date_lead", r"$^")).match(rest)  # 前三季度 + 天津全市…
    lead_end = offset + (lead.end() if lead else 0)
    for ent in entities:
        at = ent.cstart - sent.start
        if (at == offset or (at == lead_end > offset and (_opens_predicate(toks, ent.cend, rules) or (
                ent.label == "LOC" and (ent.value or "")[-1:] in _lists(rules)["division_ends"])))) and ent.label in (
                "ORG", "LOC"):  # (2024年末天津市 + 常住人口: a division's full name opens no noun phrase)
            if (ent.value or "").endswith(_lists(rules)["media_ends"]):
                return "", -1  # 永康日报 天下·速览 首批疏解4所高校…, 央视网熊猫频道消息: the paper that reports (see subject_for)
            if _announces(clean, ent, rules):
                return "", -1  # 国家统计局还公布了2024年全国粮食产量: the body publishes the figures, it does not own them
            if _persons_place(clean, ent, rules):
                return "", -1  # 北京的张女士买了两大兜年货: where a person comes from, no topic
            if clean.startswith(("等", "、"), ent.cend) or _in_examples(clean, sent, ent.cstart, ent.cend, toks, rules):
                return "", -1  # 北京电影学院等8所市属高校: an example of what is counted, not the topic; 中国星网、
                # 中国华能总部已入驻: one of several, none of which is the topic
            joiner = (station.end() if (station := _STATION_BEFORE_JOINER.match(clean, ent.cend)) else ent.cend)
            if clean.startswith(_ROUTE_JOINERS, joiner) and any(
                    e.cstart == joiner + 1 and e.label in ("LOC", "ORG") for e in entities):
                return "", -1  # 北京至天津城际铁路, 燕郊站至北京城市副中心: a route's start (北京至今: the topic)
            named_end = sent.start + len(text) - len(quoted) + named.end() if named else -1
            if named_end > ent.cend and _one_name(toks, ent.cend, named_end, rules):
                return named.group(0).strip("“”\""), named_end  # 京津汽车产业园, 武清站, 保定·中关村创新中心: a
                # place's name opens the name of what is there
            inner, ends = ent, _lists(rules)["division_ends"]
            while inner.label == "LOC" and (inner.value or "")[-1:] in ends and (nested := next((
                    e for e in entities if e.cstart == inner.cend and e.label == "LOC" and (e.value or "")[-1:] in ends), None)):
                inner = nested  # 张段固镇 + 耿家庄村: the innermost of divisions named one inside the other (not 滨海 +
                # 中关村)
            return inner.value, inner.cend
    for word in _lists(rules)["anaphora_all"]:  # (2024年公司实现营业收入…: a date, then a reference to the subject)
        if rest.startswith(_lists(rules)["anaphora_false_starts"]):
            break  # 该行业: 该 + 行业, no 该行
        if rest.startswith(word):
            return word, sent.start + offset + len(word)
        if lead and rest.startswith(word, lead.end()):
            return word, sent.start + lead_end + len(word)
    named_start = sent.start + len(text) - len(quoted)
    if named and quoted[named.start() : named.start() + 1] in "“\"":
        inside = [w for w, s, e in toks if named_start + named.start() < s and e < named_start + named.end()]
        if inside and _tags(rules)[inside[-1]] == "vn":
            named = None  # “异地养老”成为了…: a quoted activity, no name of what the figures are about
    if named and (quoted[named.start() : named.start() + 1] in "“\"" or _one_name(
            toks, named_start + named.start(), named_start + named.end(), rules)):
        # (a quoted name, or whole nouns: not 步建成国际一流枢纽港 + 口)
        return named.group(0).strip("“”\""), named_start + named.end()
    # a proper name jieba does not know (澳康达累计销售额……): unknown or name-tagged words before a verb
    tags = _tags(rules)
    start = sent.start + offset
    if any(ent.cstart == start and ent.label == "PER" for ent in entities):
        return "", -1  # 王蒙在北京一家公司工作: a person is no subject
    words = [(w, s, e) for w, s, e in toks if s >= start]
    name_end = start
    not_names = _lists(rules)["not_subject"]
    for w, s, e in words:
        if s != name_end or tags[w] not in PROPER_TAGS or not w.strip() or not _HAN_START.match(w) or w in not_names:
            break
        name_end = e
    # two characters are too few (海铁 + 联运 is a compound HMM made a word), but for the places together (三地)
    collective = compiled(rules.vocab.get("topic_collective", r"$^")).fullmatch(clean, start, name_end)
    if (name_end - start >= 3 or collective) and words and len(words) > 1:
        following = next((tags[w] for w, s, _ in words if s == name_end), None)
        if following in ("v", "d", "p"):
            return clean[start:name_end], name_end
    return "", -1


def _in_examples(clean: str, sent: Sentence, start: int, end: int, words, rules: RuleSet) -> bool:
    """北大超导电气项目、北科院营养源项目……等优质项目落地: does the name at start..end open an item of a list of
    examples (the item's other words a noun phrase, items joined by 、 and closed by 等, within one clause)? `words`: the
    sentence's tokens (word, start, end). Not 中国铁道科学研究院已在该区设立涵盖A、B等板块: the name acts."""
    if clean[start - 1 : start] not in ("、", "，", ",", "；", ";", "：", ":", "") and start != sent.start:
        return False
    found = _MAIN_BREAK.search(clean, end, sent.end)
    last = found.start() if found else sent.end
    joint = clean.find("、", end, last)
    closing = clean.find("等", end, last)
    if clean[start - 1 : start] == "、" and 0 <= closing and (joint < 0 or closing < joint):
        joint = closing  # the last item: 、北科院营养源项目等
    if joint < 0 and 0 <= closing and _COUNT_AFTER_ETC.match(clean, closing + 1):
        joint = closing  # one example before a count: 中海油新能源等40家央企二三级公司
    if joint < 0 or clean.startswith("等", end) or clean.rfind("等", joint, last) < 0:
        return False
    tags = [_tags(rules)[w] for w, s, e in words if end <= s and e <= joint]
    if not tags:
        return joint == end  # 中国中化集团、中国华能集团等央企总部项目开工建设
    if next((w for w, s, e in words if s == end), "") in _lists(rules)["not_after_verbs"]:
        return False  # 中国铁路北京局依托天津新港营业部、…等发运场站: the name acts on the list after its verb
    if clean[joint] == "、" and next((_tags(rules)[w] for w, s, e in words if s == joint + 1), None) in _COMMON_NOUNS:
        return False  # 北京科技、商务等新设经营主体: the next item has no name of its own, the name is of them all
    return tags[-1] in NOUNISH and not any(t in HARD_STOP for t in tags) and not any(
        t in ("v", "vd") for t in tags[1:])  # (超导 + 电气 + 项目; not 大力 + 推进 + 风力)


_OPENER_CLAUSES = ("随着", "作为", "伴随", "依托")  # clauses that frame a sentence before its main clause
_FRAMING_IN = regex.compile(r"在[^，,。；;]{2,24}(?:中|下|进程中|过程中|背景下)[，,]")  # 在京津冀协同发展中，…
_MAIN_BREAK = regex.compile(r"[，,；;。！？!?]")
_COUNT_AFTER_ETC = regex.compile(r"[\d一二两三四五六七八九十百千几数]+(?:余|多)?[家个所项座名位批]")
_COMMON_NOUNS = frozenset(("n", "vn", "an"))
NAME_PART_TAGS = {"n", "nz", "ns", "nt", "nr", "j", "eng", None}


def _one_name(toks, start: int, end: int, rules: RuleSet) -> bool:
    """Do whole nouns and names, and nothing else (but a middle dot between them), fill start..end (城际 + 武清站;
    not 正 + 全面推进 + …, not the 港 of 港口)?"""
    words = [(w, s, e) for w, s, e in toks if s < end and e > start]  # (the sentence's tokens)
    tags = _tags(rules)
    verbs = rules.vocab.get("facility_name_verbs", ())
    return bool(words) and words[0][1] == start and words[-1][2] == end and all(
        (tags[w] in NAME_PART_TAGS and _HAN_START.match(w)) or (w in _NAME_JOINERS and k < len(words) - 1)
        or (w in verbs and k < len(words) - 1)  # (保定·中关村 + 创新 + 中心)
        for k, (w, _, _) in enumerate(words))  # (北京 + · + 沧州渤海新区生物医药产业园: two places' park)


def subject_for(mention: Mention, sentence_entities: list[Mention], clean: str, sent: Sentence, metric: str,
                context: dict, rules: RuleSet) -> str:
    """The organization or place the claim is about."""
    broad = _lists(rules)["broad"]
    anaphora = _lists(rules)["anaphora_all"]
    if _counts_listed_names(mention, sentence_entities, clean):
        return ""  # 北京交通大学、…、中国地质大学(北京)4所高校: the names listed are what is counted
    if any(e.label == "LOC" and e.cend == mention.cstart - len((mention.extra or {}).get("qpre", ""))
           and _counts_members(e.value or "", mention, rules) for e in sentence_entities) and (compiled(
            rules.vocab.get("subject_member_places", r"$^")).match(clean, mention.cend)
            or mention.unit in _lists(rules)["place_count_units"]):  # (京津冀3省市)
        return ""  # 京津两个超大城市: the count is of the places the name joins, nobody's figure (not 京津冀28个城市)
    owner = _item_owner(mention, sentence_entities, clean, sent, rules)
    if owner:
        return owner  # 石家庄为1151.75万人次、保定为1108.56万人次: each item its own place
    if _names_each(mention, sentence_entities, clean, sent):
        return ""  # 湖北7家,安徽、陕西各6家: the figure is each listed name's, none before them
    territory = _territory_in_clause(mention, sentence_entities, clean, sent, rules)
    if territory:
        return territory  # 永定河流经涿州…，此外涿州境内还有…共6条入境河流
    topic, topic_end = context.get("topic", ("", -1))
    holds_metric = topic not in anaphora and metric and metric in topic
    opener = _clause_opener(mention, sentence_entities, clean, sent)
    if opener is not None and opener.cstart >= topic_end and (_peers(topic, opener.value or "", rules) or (
            not topic and (opener.value or "")[-1:] in _lists(rules)["division_ends"] and opener.label == "LOC")):
        return opener.value or ""  # 北京市……，河北省规模以上工业企业利润总额增长8.5%: each clause its own place (and
        # with no topic, a division that opens the clause: 排名第二的是石家庄市…，张家口市接待游客数量为6259.82万人次)
    if (opener is not None and opener.cstart >= topic_end and opener.label == "LOC" and opener.value
            and topic.endswith(_lists(rules)["announcers"])
            and not any(e.value == topic and e.label == "LOC" for e in sentence_entities)):
        return opener.value  # 工信部公示第五批…名单,北京新增243家企业: a body that announces owns no figure of a place
        # that opens the clause
    if opener is not None and opener.cstart >= topic_end and opener.label == "LOC" and opener.value and (
            metric.startswith(opener.value) and metric.startswith(tuple(context.get("whole", ())), len(opener.value))):
        return opener.value  # 津冀港口群协作成效日益凸显，河北全省沿海港口生产性泊位达242个: the place whose whole the
        # metric opens with (not 北京来源企业: where they come from)
    text = clean[sent.start : sent.end]
    found = context["anaphors"] if "anaphors" in context else _anaphors_in(text, rules.vocab.get("subject_anaphora", {}))
    if _clause_of_other_scope(clean, sent, mention, rules):
        return ""  # 2020年天津出生率5.99‰，全国8.52‰: a clause of the whole country's is no name's before it
    if topic and topic_end <= mention.cstart and not holds_metric:
        own = _clause_anaphor(mention, clean, sent, topic_end, found, context.get("dates", ()))
        peer = "" if own else _last_peer_opener(mention, sentence_entities, clean, topic, topic_end, rules)
        if peer:
            return peer  # 怀柔区接待游客21.2万人，…，密云区接待游客15.6万人，旅游收入1937.1万元: the last peer place
            # that opened a clause since the topic (not 区域整体增长5.1%: the clause's own reference)
        return resolve_anaphor(own or topic, context, anaphora, None if own else topic_end - len(topic))
        # (a topic that holds the metric is the metric)
    before = []
    exceptions = list(_EXCEPTION.finditer(clean, sent.start, mention.cstart))
    source_end = context.get("source_end", sent.start)
    for e in sentence_entities:
        if e.label not in ("ORG", "LOC") or e.cend > mention.cstart or (metric and e.value in metric):
            continue
        if any(a <= e.cstart and e.cend <= b for a, b in context.get("metric_spans", ())):
            continue  # 承接京津项目超过600个，总投资达3000亿元: 京津 is part of what was counted
        if e.cend <= source_end:
            continue  # the source (据新华社报道, 国家统计局数据显示), not the subject
        if e.cend <= context.get("main_start", sent.start) <= mention.cstart and (clean.startswith(
                _OPENER_CLAUSES, sent.start) or _FRAMING_IN.match(clean, sent.start)):
            continue  # 随着京津中关村科技城建设的稳步推进，…, 在京津冀协同发展中，…: a name in a clause that frames the
            # sentence
        if _in_parts_before(clean, e.cstart, mention.cstart):
            continue  # 死亡9人(保定市4人,邢台市5人),失踪6人: the places of an earlier figure's parts
        if _in_quoted_name(clean, e, sent, rules):
            continue  # “轨道上的京津冀”项目, 推进“数字雄安”建设, 利用“廊坊经贸洽谈会”: a place inside a quoted title
        if e.label == "LOC" and clean[e.cstart - 1 : e.cstart] == "在" and any(
                p.label == "PER" and p.cend == e.cstart - 1 for p in sentence_entities):
            continue  # 王蒙在北京一家互联网公司工作: where a person is, not whose figure it is
        if _persons_place(clean, e, rules):
            continue  # 北京的张女士买了两大兜年货: where a person comes from
        if (e.value or "").endswith(_lists(rules)["media_ends"]) or _announces(clean, e, rules):
            continue  # 沧州日报 content_83194.html 河北打通…42条段: a paper or a news site reports, it is not reported on
            # (国家统计局还公布了…: nor is a body that publishes the figures)
        if (e.label == "ORG" and clean[e.cstart - 1 : e.cstart] in ("在", "于")
                and clean.startswith(tuple(rules.vocab.get("venue_verbs", [])), e.cend)) or (
                e.label == "LOC" and clean[e.cstart - 1 : e.cstart] == "在" and _VENUE_AFTER_PLACE.match(clean, e.cend)):
            continue  # 在中国国际展览中心举办…大会, 在武清区V1汽车世界举行: where an event is held, not whose figure it is
        lead = _before_epithet(clean, e.cstart)
        if clean[lead - 1 : lead] in _lists(rules)["partner_preps"] or _listed_partner(clean, e, sentence_entities,
                                                                                        rules):
            continue  # 与北京学校开展合作, 向“华北之肾”白洋淀补水: a partner or a destination, not the subject (nor
            # one listed after it: 距北京、天津约120公里)
        if any(x.start() < e.cstart and e.cend <= x.end() for x in exceptions):
            continue  # 除太原和济宁外，26个城市: what is left out
        if clean.endswith(_lists(rules)["not_after_verbs"], sent.start, e.cstart):
            continue  # 引进北京资源落地项目95个: what was brought in
        if clean.startswith(_lists(rules)["not_before"], e.cend):
            continue  # 国家商务部公布的首批12个示范智慧商圈: who published the list, not whose the figure is
        if e.label == "LOC" and metric.startswith(e.value or "\0") and metric[len(e.value or ""):] in _lists(rules)[
                "origin_kinds"] and clean.startswith(metric, e.cstart):
            continue  # 其中北京企业98家: where the counted things come from
        if (mention.unit in _lists(rules)["multiples"] and clean[e.cend : mention.cstart] == "的") or (
                context.get("base") and context["base"][0] <= e.cstart and e.cend <= context["base"][1]):
            continue  # 是河北的2.56倍, 分别是北京、天津的48.8%和77.3%: the base of a multiple or a share
        follower = clean[e.cend : e.cend + 1]
        listed = follower in _ROUTE_OR_LIST or clean[e.cstart - 1 : e.cstart] in ("、", "和") or (
            _STATION_BEFORE_JOINER.match(clean, e.cend) is not None) or (
            _ROUTE_TO_HERE.search(clean, sent.start, e.cstart) is not None)  # (从北京南站到崇礼雪场: a route's ends)
        if follower in ("及", "和") and clean.startswith(_lists(rules)["surroundings"], e.cend + 1):
            listed = False  # 京津冀及周边地区: the place and the land around it, one place
        if listed or _in_examples(clean, sent, e.cstart, e.cend, context.get("words", ()), rules):
            continue  # enumerated examples (引进铁科院、北汽控股等企业160余家), names in a list (北京、天津、
            # 河北人口加起来有1亿多) and the ends of a route (雄安新区至北京大兴国际机场快线) are not the subject
        if follower == "最" or clean.startswith(("第一", "首个", "首家"), e.cend):
            continue  # 这座亚洲最大的交通枢纽: the scope of a comparison, not the subject
        before.append(e)
    passed = {e.cend: e.cstart for e in sentence_entities if e.cend <= mention.cstart and e not in before}
    if passed:  # 到京津 + 中关村科技城的博宇公司: the second place of a park's name passed over goes with the first
        facility = compiled(rules.vocab.get("facility_name", r"$^"))
        before = [e for e in before if e.cstart not in passed or not (
            (park := facility.match(clean, passed[e.cstart], mention.cstart)) and park.end() > e.cend)]
    specific = [e for e in before if e.value not in broad]
    place_preps = _lists(rules)["place_preps"]
    for word, pos in found:
        if pos < 0 or sent.start + pos >= mention.cstart or any(e.cstart > sent.start + pos for e in specific):
            continue
        if text[:pos].endswith(place_preps):
            continue  # 在该区设立: a place the subject acts in, not the subject
        return resolve_anaphor(word, context, anaphora, sent.start + pos)
    if specific:
        peer = _last_peer_opener(mention, sentence_entities, clean, specific[0].value or "", specific[0].cend, rules)
        if peer:
            return peer  # 其中，怀柔区…，密云区接待游客15.6万人，旅游收入1937.1万元: as after a topic
        first = 0
        while (first + 1 < len(specific) and specific[first].label == specific[first + 1].label == "LOC"
               and specific[first].cend == specific[first + 1].cstart
               and (specific[first + 1].value or "")[-1:] in _lists(rules)["division_ends"]):
            first += 1  # 河北屯镇李大庄村, 廊坊北三县: the innermost of divisions named one inside the other
        return specific[first].value
    opening = next((e.value for e in sentence_entities if e.value in broad and metric.startswith(e.value)
                    and len(metric) - len(e.value) >= 2), "")
    at = clean.rfind(metric, sent.start, mention.cstart) if opening else -1
    if (before and opening and at >= 0 and clean[at - 1 : at] not in _METRIC_PREPOSITIONS
            and clean[at - 1 : at] not in _lists(rules)["partner_preps"]
            and not clean.endswith(_lists(rules)["not_after_verbs"], 0, at)):
        return opening  # 天津港口和河北港口……，天津港口集装箱吞吐量: the region the metric names, not one before it
        # (not 引进京冀投资: where it came from)
    return before[0].value if before else ""


def _counts_members(name: str, mention: Mention, rules: RuleSet) -> bool:
    """Does the count equal the number of places a collective name joins (京津 + 两个, 京津冀 + 3省市)?"""
    return sum(ch in _lists(rules)["collective_chars"] for ch in name) == mention.value


_LIST_CLOSE = regex.compile(r"等?(?:共计|合计|总共|一共|共)?\Z")  # (…山东省淄博市 + 等共 + 12个城市)


def _counts_listed_names(mention: Mention, entities: list[Mention], clean: str) -> bool:
    """Does a count follow right after two names or more listed with 、 (closed by 等, 共 or both, or not) that
    open their clause, so that it counts them and they own nothing (北京交通大学、…、中国地质大学(北京)4所高校的雄安
    校区; not 雄安新区引进中国星网、中国华能等3家央企: the region's)?"""
    if mention.type != "quantity":
        return False
    by_end = {e.cend: e for e in entities if e.label in ("ORG", "LOC")}
    before = _LIST_CLOSE.search(clean, max(0, mention.cstart - 4), mention.cstart)
    item = by_end.get(before.start() if before else mention.cstart)
    listed = 0
    while item is not None:
        listed += 1
        if clean[item.cstart - 1 : item.cstart] != "、":
            break
        item = by_end.get(item.cstart - 1)
    return listed >= 2 and item is not None and (clean[item.cstart - 1 : item.cstart] in ("", "，", ",", "；", ";", "：", ":")
                                                 or clean.endswith(("，以及", ",以及"), 0, item.cstart))  # (…六个区，以及 +
    # 天津滨海新区、…; not 与廊坊市北三县、河北自贸试验区以及 + 天津滨海、武清…: the list goes on from before)


_NAMED_BASE = regex.compile(r"\p{Han}{1,3}(?:全国|全省|全市|全区|全球|世界)")  # 占全国比重: a share of a named whole
_NAME_JOINERS = "-—–·・"  # signs joining two names (滨海-中关村科技园): no metric opens with one
_METRIC_PREPOSITIONS = set("由从向至到在于对")  # 由津冀转入10.5万人: a region after these is where from or to
# 除太原和济宁外: what is left out; 石家庄市(不含辛集市), 北京地区(包含中央在京单位): a note on what is counted
_EXCEPTION = regex.compile(r"除了?[^，,。；;：:]{1,30}?(?:以外|之外|外)|[(（](?:不含|不包括|未含|包含|包括|含)[^()（）]{1,30}[)）]")
_PLACE_PREPOSITIONS = ("在", "于")  # 在霸州经开区投资: where
# 北京从香港进口额: a name after these opening a metric is where from or to (not 由保定市投资: by whom; 在, 于: where)
_FROM_TO = frozenset((_METRIC_PREPOSITIONS - set("由在于")) | set("自与"))


def _other_count(earlier: Mention, m: Mention, rules: RuleSet) -> bool:
    """Does a count's rise measure something other than the count before it (3个地区，分别增加1105248人: regions,
    then people; 每亩105.6元，提高2.3元 and 增长1.0%，增加0.9亿人次 are the same thing's; 165704名跑友…，增加了53911人:
    `people_units` count the same)?"""
    units = m.unit.split("/")[0], earlier.unit.split("/")[0]
    people = rules.vocab.get("people_units", [])
    return m.type == earlier.type == "quantity" and units[0] != units[1] and not set(units) <= set(people)


def _last_with_metric(claims: list[dict], sentence_no: int, skip_units: tuple[str, ...] = ()) -> dict | None:
    """The last claim of the sentence so far that has a metric (and none of the units to skip), else None."""
    return next((c for c in reversed(claims) if c["mention"].sentence_no == sentence_no and c["metric"]
                 and c["mention"].unit not in skip_units), None)


def _collective_region(subject: str, names: list[Mention], before: int, rules: RuleSet) -> str:
    """三地 (a collective word as the subject): the region of `subject_collective_members` with as many members
    named last before the figure (京津冀…。三地共建立医联体115个 -> 京津冀), else ""."""
    count = _collective_count(_COLLECTIVE_SIZE.fullmatch(subject))
    if not count:
        return ""
    members = rules.vocab.get("subject_collective_members", {})
    for e in reversed(names):
        if e.cend <= before and len(members.get(e.value or "", ())) == count:
            return e.value or ""
    return ""


_COLLECTIVE_SIZE = regex.compile(r"([两三四五六])(?:地|省市?|市|区|县)")


def _collective_count(found: regex.Match | None) -> int:
    """How many places a collective word matched by `_COLLECTIVE_SIZE` stands for (三地: 3), 0 for no match."""
    return "两三四五六".index(found.group(1)) + 2 if found else 0


def _without_collective(metric: str, subject: str, rules: RuleSet) -> str:
    """The metric without a collective word opening it that stands for the subject (京津冀 + 三地互认医疗机构: as
    many places as the region of `subject_collective_members` has), when two characters or more are left."""
    members = rules.vocab.get("subject_collective_members", {}).get(subject)
    found = _COLLECTIVE_SIZE.match(metric) if members else None
    if found and _collective_count(found) == len(members) and len(metric) - found.end() >= 2:
        return metric[found.end() :]
    whole = _COLLECTIVE_SIZE.match(metric, len(subject)) if members and metric.startswith(subject) else None
    if whole and whole.end() == len(metric) and _collective_count(whole) == len(members):
        return ""  # 京津冀三地 + 共计1.11亿人: the places together are the subject, no metric
    return metric


def _collective_before(clean: str, sent: Sentence, mention: Mention, dates: list[Mention],
                       rules: RuleSet) -> regex.Match | None:
    """A collective word (三地, 京津两市) that opens a clause of the sentence before the figure, after nothing but
    its places' one-character names, dates (`dates`: the sentence's) and words of time (2022年三地, 目前三地已培育;
    not 密切三省市协同推进机制, an object)."""
    found = compiled(rules.vocab.get("topic_collective", r"$^")).search(clean, sent.start, mention.cstart)
    if found is None:
        return None
    start = found.start()
    while start > sent.start and clean[start - 1] in _lists(rules)["collective_chars"]:
        start -= 1
    clause = max(sent.start, max(clean.rfind(ch, sent.start, start) for ch in "，,；;：:") + 1)
    lead = "".join(ch for i, ch in enumerate(clean[clause:start], clause)
                   if not any(d.cstart <= i < d.cend for d in dates))
    return found if _COLLECTIVE_LEAD.fullmatch(lead) else None


_COLLECTIVE_LEAD = regex.compile(r"\s*(?:截至|截止到?)?(?:目前|当前|如今|现在|今年|去年|近年来|以来)?\s*")


def _collective_subject(clean: str, collective: regex.Match, names: list[Mention], rules: RuleSet) -> str:
    """The region a collective word found in the text stands for: the one its places' one-character names right
    before it make (京津冀三地; none for 京港两地, no region of `subject_collective_members`), else the one named last
    with as many members (`_collective_region`)."""
    count = _collective_count(_COLLECTIVE_SIZE.fullmatch(collective.group()))
    if not count:
        return ""
    before = clean[max(0, collective.start() - count) : collective.start()]
    if len(before) == count and _lists(rules)["collective_chars"].issuperset(before):
        return before if before in rules.vocab.get("subject_collective_members", {}) else ""
    return _collective_region(collective.group(), names, collective.start(), rules)


def _dominant_place(counts: Counter, partners: Counter | None = None) -> str:
    """The article's own place, when it has one (`counts`: the specific places named so far): the one named
    most, at least three times and at least half the times any was (武清区 in an article about 武清区), not
    counting where it was named as a destination or a partner (`partners`: 向雄安新区供水); else ""."""
    own = counts - (partners or Counter())
    if not own:
        return ""
    (top, n), total = own.most_common(1)[0], sum(counts.values())
    return top if n >= 3 and 2 * n >= total else ""


def _clause_anaphor(mention: Mention, clean: str, sent: Sentence, topic_end: int,
                    anaphors: list[tuple[str, int]], dates=()) -> str:
    """A reference to the subject (全区, 该市; `anaphors`: as `_anaphors_in` finds them) opening the number's own
    clause, after the sentence's topic and a date opening the clause (`dates`: the sentence's): it names the
    clause's subject (京津产业新城已然全面起势：……，全区可支撑算力达2万PFlops, ……，2020年全区地区生产总值 -> 全区)."""
    found = _LAST_MAIN_BREAK.search(clean, sent.start, mention.cstart)
    start = found.end() if found else sent.start
    if start < topic_end:
        return ""
    for date in dates:
        if date.cstart == start and date.cend < mention.cstart:
            start = date.cend
    return next((word for word, pos in anaphors if sent.start + pos == start), "")


_ITEM_BREAK = regex.compile(r"[，,；;、：:（(][^，,；;、：:（(]*\Z")


_PLACED_AFTER = regex.compile(r"(?:以上|以下|左右|多)?在")


def _item_owner(mention: Mention, entities: list[Mention], clean: str, sent: Sentence, rules: RuleSet) -> str:
    """A place or organization that opens the number's item (after ，；、, a bracket or 其中) with nothing or only
    a linking word (`subject_item_links`: 为, 以, 有 …) between it and the number: 保定为1108.56万人次, 753家机构
    （北京427家，河北88家）, or any words after 其中 (其中张家口地区完成投资32亿元); "" when none does."""
    found = _ITEM_BREAK.search(clean, sent.start, mention.cstart)
    start = found.start() + 1 if found else sent.start
    if clean[mention.cstart - 1 : mention.cstart] in ("(", "（") and clean[mention.cend : mention.cend + 1] in (")", "）"):
        named = next((e for e in entities if e.cend == mention.cstart - 1 and e.label in ("ORG", "LOC")), None)
        if named is not None:
            return named.value or ""  # 沧州(53.7%)、秦皇岛(68.0%): a figure alone in brackets after a name
    if not clean[start : mention.cstart].strip():
        return _placed_owner(mention, entities, clean, sent)  # 六成以上在天津，三成在北京
    links = _lists(rules)["item_links"]
    opened = not found or clean[found.start()] != "、" or _owned_item_before(clean, found.start(), entities, sent)
    # (距离北京100公里、雄安新区150公里: no owner without a link, unless the item before is a name's figure too:
    # 怀柔区67.3万人次、密云区64.7万人次)
    for ent in entities:
        if ent.label not in ("ORG", "LOC") or not start <= ent.cstart < ent.cend <= mention.cstart:
            continue
        if _listed_partner(clean, ent, entities, rules):
            continue  # 距北京、天津约120公里: an item of a partner's list owns nothing
        lead = clean[start : ent.cstart].strip()
        link = clean[ent.cend : mention.cstart]
        doer = ent.label == "ORG" and link.startswith(_PLACE_PREPOSITIONS)  # 、北京九河食品有限公司在固安县投资10亿元
        if (lead == "" or lead in _lists(rules)["part_openers"]) and (link in links or (link == "" and opened) or doer):
            return ent.value or ""
        if ent.label == "LOC" and _parallel_item(clean, lead, found, entities, sent):
            return ent.value or ""  # 入住河北省养老机构的…1万余人、入住天津市养老机构的…200余人: items alike, each its place
        if (lead in _lists(rules)["part_openers"] and not clean.startswith(_ENT_FOLLOWERS, ent.cend)
                and not (ent.label == "LOC" and link.strip() in _lists(rules)["origin_kinds"])):
            return ent.value or ""  # 其中张家口地区完成投资32亿元: the part is the place's (not 其中北京企业98家: where
            # the counted things come from)
        if (ent.label == "LOC" and (ent.cend == mention.cstart or (clean[ent.cend : mention.cstart] in ("”", "\"") and clean[
                ent.cstart - 1 : ent.cstart] in ("“", "\""))) and mention.type == "quantity" and lead
                and ent.value not in _lists(rules)["broad"] and clean[ent.cstart - 1 : ent.cstart] not in _NOT_OWNER_BEFORE):
            return ent.value or ""  # 通州区10所幼儿园与雄安新区10所幼儿园, “通武廊”12个…: a place right before a count owns it (not
            # 转出至津冀20.9万人, 距离北京100公里)
    return ""


def _parallel_item(clean: str, lead: str, found: regex.Match | None, entities: list[Mention], sent: Sentence) -> bool:
    """Does the item before this one (ended by the 、 `found`) open with the same short `lead` (1 to 3 characters:
    入住) right before a place, as this one does?"""
    if found is None or clean[found.start()] != "、" or not 1 <= len(lead) <= 3 or not is_han(lead[0]):
        return False
    before = _ITEM_BREAK.search(clean, sent.start, found.start())
    at = (before.start() + 1 if before else sent.start) + len(lead)
    return clean.startswith(lead, at - len(lead)) and any(
        e.cstart == at and e.label == "LOC" and e.cend <= found.start() for e in entities)


def _placed_owner(mention: Mention, entities: list[Mention], clean: str, sent: Sentence) -> str:
    """The place a figure says it is in right after it, ending the item (六成以上在天津，三成在北京; 306例在津南区,
    …,1例在东丽区): the figure is the place's."""
    where = _PLACED_AFTER.match(clean, mention.cend)
    return next((e.value or "" for e in entities if e.label == "LOC" and e.cstart == where.end()
                 and (e.cend == sent.end or clean[e.cend : e.cend + 1] in "，,；;。、)）")), "") if where else ""


def _owned_item_before(clean: str, sep: int, entities: list[Mention], sent: Sentence) -> bool:
    """Does the list item that ends at `sep` (a 、) open with a place or organization right before its number,
    with no word of where to or from before the name (怀柔区67.3万人次、: yes; 距离北京100公里、: no)?"""
    found = _ITEM_BREAK.search(clean, sent.start, sep)
    start = found.start() + 1 if found else sent.start
    ent = next((e for e in reversed(entities) if e.label in ("ORG", "LOC") and start <= e.cstart and e.cend < sep), None)
    return (ent is not None and clean[ent.cend : ent.cend + 1].isdecimal()
            and clean[ent.cstart - 1 : ent.cstart] not in _NOT_OWNER_BEFORE)


_ENT_FOLLOWERS = (*_LIST_FOLLOWERS, "的")  # a name in a list, or one that qualifies a noun
_NOT_OWNER_BEFORE = _METRIC_PREPOSITIONS | set("给离距往赴")  # where to or from, and 距离


def _territory_in_clause(mention: Mention, entities: list[Mention], clean: str, sent: Sentence,
                         rules: RuleSet) -> str:
    """The place in the mention's clause, before it, that a territory word follows (涿州境内: `subject_territory_words`;
    not 在京津冀区域内设立40余个直营店: where someone does something)."""
    words = tuple(rules.vocab.get("subject_territory_words", ()))
    found = _LAST_MAIN_BREAK.search(clean, sent.start, mention.cstart)
    start = found.end() if found else sent.start
    return next((e.value or "" for e in entities if e.label == "LOC" and start <= e.cstart and e.cend < mention.cstart
                 and clean.startswith(words, e.cend) and not clean.endswith(_lists(rules)["place_preps"], 0, e.cstart)),
                "") if words else ""


def _clause_opener(mention: Mention, entities: list[Mention], clean: str, sent: Sentence) -> Mention | None:
    """The organization or place that opens the mention's clause (after ，or ；), when one does."""
    found = _LAST_MAIN_BREAK.search(clean, sent.start, mention.cstart)
    if not found:
        return None
    start = found.end()
    for ent in entities:
        if ent.cstart == start and ent.cend <= mention.cstart and ent.label in ("ORG", "LOC"):
            return None if clean[ent.cend : ent.cend + 1] in _ROUTE_OR_LIST else ent  # (天津至雄安新区: a route)
    return None


def _last_peer_opener(mention: Mention, entities: list[Mention], clean: str, topic: str, topic_end: int,
                      rules: RuleSet) -> str:
    """The name that opens the last clause (after ，or ；) opened by one between the topic and the mention, when it
    is a place of the topic's level (`_peers`; the topic no broad region), no item of a list, and its clause holds a
    figure of its own."""
    last = None
    for ent in entities:
        if (topic_end <= ent.cstart and ent.cend <= mention.cstart and ent.label in ("LOC", "ORG")
                and clean[ent.cstart - 1 : ent.cstart] in "，,；;"):
            last = ent
    if (last is None or topic in _lists(rules)["broad"] or not _peers(topic, last.value or "", rules)
            or clean[last.cend : last.cend + 1] in _ROUTE_OR_LIST):
        return ""  # (京津冀…，北京GDP增长5.2%，区域整体增长5.1%: a part of a broad region is no peer of it here)
    clause = _FIRST_BREAK.search(clean, last.cend, mention.cstart)
    return last.value or "" if clause and _FIGURE_DIGIT.search(clean, last.cend, clause.start()) else ""


def _peers(first: str, second: str, rules: RuleSet) -> bool:
    """Two places of one level, as parallel clauses name them: two provinces (北京市, 河北省), a broad region and
    a province in it or beside it (京津产业疏解……，河北累计承接…), or two places ending in the same division word
    (武清区, 宝坻区)."""
    provinces = _lists(rules)["provinces"]
    if second in provinces and (first in provinces or first in _lists(rules)["broad"]):
        return True
    return first[-1:] == second[-1:] and first[-1:] in _lists(rules)["division_ends"] and first != second


def _anaphors_in(text: str, anaphora: dict, starts: frozenset[int] | None = None) -> list[tuple[str, int]]:
    """(anaphor, first position) of each anaphor in the text, in the order of the list; with `starts` (where the
    text's words start), only as a whole word (not 本市 inside 资本市场, 本县 inside 基本县域, 该行 inside 该 + 行业)."""
    found = []
    for word in anaphora:
        pos = text.find(word)
        while pos >= 0 and starts is not None and (pos not in starts or (
                pos + len(word) < len(text) and pos + len(word) not in starts)):
            pos = text.find(word, pos + 1)
        if pos >= 0:
            found.append((word, pos))
    return found


def resolve_anaphor(word: str, context: dict, anaphora: dict, at: int | None = None) -> str:
    """The name a reference word (该区, 全市, 我省 …) stands for, from the names before the claim (for a word of a
    kind of place or body, before the word itself when `at`, its position, is given: 我省人口…(排在广东、…、四川
    之后) is none of those)."""
    kind = anaphora.get(word)
    if kind is None:
        return word
    if word in context.get("park_words", ()) and at not in context.get("glued_parks", ()):
        park = _park_before(context, at)
        if park:
            return park  # 采访人员从滨海—中关村科技园获悉…园区新增注册企业441家
    history = context.get("history", [])
    known = context.get("known", len(history))
    if at is not None and kind != "ANY":  # (该园区内，中国电信京津冀…中心: a word for any name may point ahead)
        known = min(known, bisect.bisect_right(history, at, hi=known, key=lambda e: e.cend))
    history = history[:known]  # the names before the claim
    provinces = context.get("provinces", ())
    if word in context.get("whole", ()):
        source_start, source_end = context.get("source", (0, 0))
        for ent in (e for e in history if source_start <= e.cstart and e.cend <= source_end):
            place = ent.value if _fits(ent, kind, provinces) else _place_opening(ent.value or "", kind, context["places"])
            if place:
                return place  # 据涿州市委宣传部发布信息，…全市受灾人数: the place whose body is the source
        start = context.get("sentence_start")
        named = next((e.value for e in reversed(history)
                      if start is not None and e.cstart >= start and _fits(e, kind, provinces)), None)
        if named:
            return named  # 通州区新增学位6万余个，全区医疗机构床位数…: the place of that kind named in the sentence
        # 全市: else the place of that kind the article has named most often so far (ties: the latest)
        counts = Counter(e.value for e in history if _fits(e, kind, provinces))
        if counts:
            top = max(counts.values())
            return next(e.value for e in reversed(history) if counts.get(e.value) == top and _fits(e, kind, provinces))
    not_company = context.get("not_company", ()) if word.endswith(("公司", "企业")) else ()
    partners = context.get("partners", frozenset())
    partner = ""  # the nearest fitting name that is a partner (与北京市国企合作项目46项。…该市): only if none else fits
    origins = context.get("origins", frozenset())
    for ent in reversed(history):
        if not_company and (ent.value or "").endswith(not_company):
            continue  # 经立信会计师事务所审计…。公司总股本为…: the auditor is no 公司
        if ent.cstart in origins:
            continue  # 园区…，其中北京企业98家: where the counted things come from is no reference's name
        if kind == "ANY" and ent.label in ("ORG", "LOC") or _fits(ent, kind, provinces, context.get("body_kinds", ())):
            if ent.cstart in partners:
                if at is None or ent.cstart < at:  # (园区承接北京外迁商户: what the reference did with a name after
                    partner = partner or ent.value or ""  # it is never what it stands for)
                continue
            return ent.value
        if kind not in ("ANY", "ORG") and ent.label == "ORG":
            place = _place_opening(ent.value or "", kind, context["places"])  # 廊坊市统计局 ... 全市 -> 廊坊市
            if place:
                return place
    return partner or (context.get("last_topic", "") if kind == "ANY" else "")


@lru_cache(maxsize=8)
def _place_opening_pattern(rules: RuleSet) -> regex.Pattern:
    """Two to eight characters and a division word (`subject_division_ends`): one place of a nested series (not a
    broad region's name and the word 城市: 北京城市副中心 opens with no 北京城市)."""
    broad = alternation(rules.vocab.get("broad_regions", []))
    return regex.compile(rf"(?!{broad}城市)\p{{Han}}{{2,8}}?" + alternation(rules.vocab.get("subject_division_ends", ["市"])))


def _place_opening(name: str, kind: str, places: regex.Pattern) -> str:
    """The place of that kind an organization's name opens with (保定市竞秀区人民政府, 区 -> 保定市竞秀区), or ''
    (`places`: `_place_opening_pattern`)."""
    place = ""
    for m in places.finditer(name):
        if m.start() != len(place):
            break
        place = name[: m.end()]
        if place.endswith(kind):
            return place
    return ""


def _park_before(context: dict, at: int | None) -> str:
    """The park a reference at `at` (else at the claim) points to: the last named before it in its paragraph, else,
    when no name stands between the reference and the claim, the only park the text named before it; "" when
    there is none such."""
    limit = at if at is not None else context.get("claim_start", 0)
    before = [(s, name) for s, e, name in context.get("parks", ()) if e <= limit]
    if not before:
        return ""
    paragraph = context.get("paragraph_start", 0)
    near = [name for s, name in before if s >= paragraph]
    if near:
        return near[-1]
    if any(limit < e.cstart < context.get("claim_start", 0) for e in context.get("history", ())):
        return ""  # 该园区内，中国电信京津冀…中心一期已经完工，8栋…: a name after the reference may be what it points to
    named = {name.translate(_NO_JOINERS) for _, name in before}  # (天津滨海—中关村科技园 is 天津滨海中关村科技园)
    return before[-1][1] if len(named) == 1 else ""  # (of several parks named before, none is clearly the one)


_PARK_JOINERS = "—–-－﹣·"
_NO_JOINERS = str.maketrans("", "", _PARK_JOINERS)
PARK_GAP = 6  # at most this many characters of common nouns between a park's names and its kind (生物医药 + 产业园)


def _park_names(clean: str, toks, names: list[Mention], rules: RuleSet) -> tuple[list[tuple[int, int, str]], frozenset[int]]:
    """(start, end, name) of the parks the text names, in text order: names right before a `park_kinds` word, or
    before common nouns and one (滨海 + — + 中关村 + 科技园, 北京·沧州渤海新区 + 生物医药 + 产业园); and where a park
    word is glued to a name as its kind (玉田经济开发区后湖 + 园区), no reference to a park named before."""
    by_end = {e.cend: e for e in names if e.label in ("LOC", "ORG")}
    tags = _tags(rules)
    parks, glued = [], set()
    for kind in _lists(rules)["park_kinds"].finditer(clean):
        k = k0 = bisect.bisect_left(toks.starts, kind.start())
        start = kind.start()
        gap = 0
        while gap < PARK_GAP and k > 0 and start not in by_end and toks.ends[k - 1] == start and (
                is_han(toks.words[k - 1][0]) and tags[toks.words[k - 1]] in NOUNISH - {"t", None}):
            k -= 1  # (生物医药 + 产业园: common nouns between the names and the kind)
            gap += start - toks.starts[k]
            start = toks.starts[k]
        if start not in by_end:
            start = kind.start()
        while (e := by_end.get(start) or (by_end.get(start - 1) if clean[start - 1 : start] in _PARK_JOINERS else None)):
            start = e.cstart
        if start < kind.start():  # (a name's start: the gap is taken only when a name ends before it)
            parks.append((start, kind.end(), clean[start : kind.end()]))
            glued.add(kind.start())  # (the park word ends this name: no reference)
        elif k0 > 0 and toks.ends[k0 - 1] == kind.start() and is_han(toks.words[k0 - 1][0]) and (
                tags[toks.words[k0 - 1]] in _PLACE_TAGS | {None}):
            glued.add(kind.start())
    return parks, frozenset(glued)


def _fits(ent: Mention, kind: str, provinces=(), body_kinds=frozenset()) -> bool:
    """Is the name of the kind a reference points to (区, 市, 省 …, ORG, LOC)? A province's short name (河北) is a 省
    too (not a municipality's for 市: 北京 and 天津 are named as partners in every article about the other); a
    body holding a kind of `body_kinds` is one (该港: 天津港集团)."""
    name = ent.value or ""
    if kind in ("ORG", "LOC"):
        return ent.label == kind  # (该地区: any place)
    if ent.label == "ORG" and kind in body_kinds:
        return kind in name  # 该港: 天津港, 天津港集团
    if ent.label != "LOC":
        return False
    return name.endswith(kind) or (kind == "省" and name + kind in provinces)


@lru_cache(maxsize=8)
def _multiple_base(rules: RuleSet) -> regex.Pattern:
    """的 + a number of `multiple_units` right after a date (是2013年的1.9倍), past a closing quote, a word for
    the span (是“十三五”时期的近2倍) and a bracket that gives the base's figure (是“十一五”（5422.9亿元）的2.5倍)."""
    units = alternation(rules.vocab.get("multiple_units", []))
    return regex.compile(r"[”’」』\"]?(?:时期|期间|同期|年度)?(?:[（(][^（）()，。；]{0,20}[）)])?"
                         r"的[^\d一二三四五六七八九十两，。；]{0,2}[\d.一二三四五六七八九十两]+" + units)


def _outside_source(dates: list[Mention], starts: tuple[int, int, int]) -> list[Mention]:
    """The dates outside the sentence's source openers (新华社北京2月21日电, 统计局7月18日发布消息: when it was
    said, not what a claim refers to), and no day right before them; `starts`: `main_clause_start`'s answer."""
    _, source_start, source_end = starts
    return [d for d in dates if not (source_start <= d.cstart and d.cend <= source_end) and not (
        source_start < source_end and d.cend <= source_start and _DAY_DATE.search(d.value or ""))]


def _share_base_date(clean: str, date: Mention, rules: RuleSet) -> bool:
    """Does the date open the base of a share (占 + date + … + 的 + number, in one clause)?"""
    return bool(_share_verb_end(rules).search(clean, max(0, date.cstart - 6), date.cstart)
                and _BASE_THEN_NUMBER.match(clean, date.cend))


@lru_cache(maxsize=8)
def _share_verb_end(rules: RuleSet) -> regex.Pattern:
    """A `metric_share_verbs` word and a tail (占到了) ending where the pattern is searched up to."""
    tails = alternation(rules.vocab.get("metric_share_verb_tails", []) or ["(?!)"])
    return regex.compile(f"(?:{alternation(_lists(rules)['share_verbs'])})(?:{tails})?\\Z")


_BASE_THEN_NUMBER = regex.compile(r"[^，,。；;：:！？!?]{0,30}?的[约近超逾]?[\d一二三四五六七八九十两]")
_DAY_DATE = regex.compile(r"-\d\d-\d\d")  # 10月7日，…发布数据显示: a day before a source is when it was said


_BRACKET_OPEN = regex.compile(r" ?[（(] ?")
_BRACKET_CLOSE = regex.compile(r" ?[）)]")
_BASE_DATE_TAIL = regex.compile(r"(?:同期|水平|同期水平)?的")


def _level_base_date(clean: str, date: Mention, rules: RuleSet) -> int:
    """恢复到2019年的85%, 恢复到2019年同期的89.3%: where the 的 after a date that is the level a share is of
    ends, or 0 (a `period_level_base_verbs` word before it, not a `metric_level_verbs` one: 变化为2021年的)."""
    before = clean[max(0, date.cstart - 4) : date.cstart]
    tail = _BASE_DATE_TAIL.match(clean, date.cend)
    if tail and before.endswith(_lists(rules)["level_bases"]) and not before.endswith(_lists(rules)["level_verbs"]):
        return tail.end()
    return 0


def period_for(mention: Mention, sentence_dates: list[Mention], clean: str, rules: RuleSet) -> str:
    """The date the claim refers to: nearest stated date before it that is not a comparison base."""
    comparison = _lists(rules)["comparison"]
    starts, ends = _lists(rules)["from_markers"], _lists(rules)["to_markers"]
    no_period_rules, not_after = _lists(rules)["no_period_rules"], _lists(rules)["no_period_after"]
    multiples = _lists(rules)["multiples"]
    level_verbs = _lists(rules)["level_verbs"]
    for d in sentence_dates:
        if _BRACKET_OPEN.fullmatch(clean, mention.cend, d.cstart) and _BRACKET_CLOSE.match(clean, d.cend):
            return d.value  # 年客流量5.71亿（2023年）: a date in brackets right after the figure is its own
    best, best_start, best_end = "", 0, 0
    for d in sentence_dates:
        if d.cend > mention.cstart:
            break
        if not any(ch.isdigit() or ch in "一二三四五六七八九十" for ch in d.text) and "-H" not in (d.value or ""):
            if (d.text in _lists(rules)["relative_years"] and best
                    and (best[:1].isdigit() or d.text not in _lists(rules)["this_year"]) and not clean[
                    max(0, d.cstart - 2) : d.cstart].endswith(comparison)
                    and not clean.startswith(_lists(rules)["relative_not_before"], d.cend)):
                best, best_end = "", d.cend  # 截至2024年底…，预计今年将完成投资2000多亿元: not 2024 (截至10月底，
                # 今年已签约…: 10月 is this year's, and stays; 在2月1日…发布会上…去年…5200亿元: not this year's 2月1日)
            continue  # (今年, 去年: no period of their own; 上半年 is one: XXXX-H1)
        if clean[max(0, d.cstart - 2) : d.cstart].endswith(comparison):
            continue
        if _closed_before(clean, d.cstart, mention.cstart):
            continue  # 收益12.35亿元（二零二三年：10.87亿元），同比增加13.6%: the bracket's year is the base's
        if "《" in clean[d.cstart - 30 if d.cstart > 30 else 0 : d.cstart] and "》" in clean[d.cend : d.cend + 30]:
            continue
        between = clean[d.cend : mention.cstart]
        if clean[max(0, d.cstart - 1) : d.cstart] in starts and any(w in between for w in (*ends, *level_verbs)):
            continue  # 从2008年日均二三百人，发展到现在的8000余人, 由2013年的…变化为…: the number after 到 is not of 2008
        if d.rule.split(":")[-1] in no_period_rules or clean.startswith(not_after, d.cend):
            continue  # 2023赛季 (an edition's name), 9月24日起 (when something starts): no period
        if _TIMESTAMP.search(d.value or ""):
            continue  # 2022-03-06 19:37:29 来源:东方网: a page's time stamp, to the second, dates no figure
        if multiples and (base := _multiple_base(rules).match(clean, d.cend)) and base.end() <= mention.cend:
            continue  # 是2013年的1.9倍: the year is the base of the multiple (not of 1579.5亿元 in 是2010年（1579.5亿元）的)
        if _level_base_date(clean, d, rules):
            continue  # 恢复到2019年的85%: a share of that year's level (变化为2021年的: the year it became so)
        if _share_base_date(clean, d, rules):
            continue  # 占2014年以来累计转入单位总数的15.9%: the date is the base's, for this figure and the next
        best, best_start, best_end = d.value, d.cstart, d.cend
    if _DAY.fullmatch(best):
        between = clean[best_end : mention.cstart]
        if any(w in between for w in _lists(rules)["other_day_words"]):
            return ""  # 12月30日开通当日，客流量为74.54万人次，次日即升至111.51万人次: the day after, not that day
        if (any(w in between for w in _lists(rules)["present_words"])
                and not clean[max(0, best_start - 3) : best_start].endswith(_lists(rules)["cutoff_words"])):
            return ""  # 2013年10月26日中签过期未用指标989个，因此本期将摇出20055个: 本期 is not of that day (截至12月8日，
            # 本期…: a cut-off date is the present's; 2023年…，本期净利润: the period the year is)
    if (best and _FROM_VALUE.search(clean, max(0, mention.cstart - 6), mention.cstart)
            and clean[best_end : mention.cstart].strip(" 的") and _LATER_VALUE.match(clean, mention.cend)
            and not _YEARS.fullmatch(best) and not clean.startswith(("至今", "以来", "起"), best_end)):
        return ""  # 2023年1—11月…占比由15.3%增长到24.3%: where it started, which is not of the sentence's date (it
        # is of 由2013年的3176项, of 2014—2022年…由24159家, and of 2015年至今…从156人)
    return best


_YEARS = regex.compile(r"\d{4}/\d{4}")
_DAY = regex.compile(r"(?:\d{4}|XXXX)-(?:\d\d|XX)-\d\d")
_TIMESTAMP = regex.compile(r"T\d\d:\d\d:\d\d")


_FROM_VALUE = regex.compile(r"[由从] ?(?:目前|现在|当前|原来|此前)?的? ?\Z")  # (从目前的80万辆增至150万辆)
_LATER_VALUE = regex.compile(r" ?(?:\p{Han}{0,4}?)(?:到|至) ?[\d一二三四五六七八九十两]")


def link_claims(clean: str, sentences: list[Sentence], toks: Tokens, numbers: list[Mention],
                names: list[Mention], rules: RuleSet) -> list[dict]:
    """A claim record (plain dict) for every money, quantity and percent mention."""
    by_sentence: dict[int, list[Mention]] = {}
    for ent in names:
        by_sentence.setdefault(ent.sentence_no, []).append(ent)
    dates_by_sentence: dict[int, list[Mention]] = {}
    for m in numbers:
        if m.type == "date":
            dates_by_sentence.setdefault(m.sentence_no, []).append(m)
    sent_by_no = {s.no: s for s in sentences}
    starts = sorted(m.cstart for m in numbers)
    by_start = {m.cstart: m for m in numbers}
    by_end = {m.cend: m for m in numbers if m.type == "quantity"}
    # where the amounts and counts end (dates: see metric_for; a span of time such as 十年间 is passed over)
    span_ends = {id(m): end for m in numbers if (end := _time_span(clean, m, rules))}  # 十年间: where 间 ends
    for m in numbers:  # 每10股派发现金红利2.13元, 每10万人口拥有医生30名: what a rate is per measures nothing
        if m.type in ("quantity", "money") and clean.endswith(_PER, 0, m.cstart):
            span_ends[id(m)] = m.cend
    for prev, m in itertools.pairwise(numbers):  # 过去一年和五年工作: a span listed right after a span is one too
        if (id(prev) in span_ends and id(m) not in span_ends and m.unit in _lists(rules)["time_units"]
                and clean[prev.cend : m.cstart] in _SPAN_JOINERS):
            span_ends[id(m)] = m.cend
    value_ends = sorted(m.cend for m in numbers if m.type != "date" and id(m) not in span_ends)
    name_ends = [e.cend for e in names]  # names come in text order
    partner_preps = _lists(rules)["partner_preps"]
    not_after = _lists(rules)["not_after_verbs"]
    partners = frozenset(e.cstart for e in names if clean[(lead := _before_epithet(clean, e.cstart)) - 1 : lead] in
                         partner_preps or clean.endswith(not_after, max(0, e.cstart - 4), e.cstart))
    # (向“华北之肾”白洋淀: a destination; 其中20%来自北京: where from)
    origin_kinds = tuple(_lists(rules)["origin_kinds"])
    origins = frozenset(e.cstart for e in names if e.label == "LOC" and clean.startswith(origin_kinds, e.cend))
    parks, glued_parks = _park_names(clean, toks, names, rules)
    claims = []
    topics: dict[int, tuple[str, int]] = {}
    sentence_words: dict[int, list] = {}
    main_starts: dict[int, tuple[int, int, int]] = {}
    period_dates: dict[int, list[Mention]] = {}  # the dates a claim's period may come from, by sentence
    anaphors: dict[int, list[tuple[str, int]]] = {}
    anaphora = rules.vocab.get("subject_anaphora", {})
    last_topic = paragraph_topic = ""
    place_counts: Counter = Counter()  # specific places named so far, for `_dominant_place`
    partner_counts: Counter = Counter()  # (of them, those named as a destination or a partner)
    counted = 0
    metric_spans: dict[int, list[tuple[int, int]]] = {}  # where the metrics found so far stand, by sentence
    spans_by_sentence: dict[int, list[tuple[int, int]]] = {}  # spans of time (十年间) so far, by sentence
    paragraph_at = 0
    for m in numbers:
        if m.type not in CLAIM_TYPES:
            continue
        if m.extra and "table_metric" in m.extra:
            claims.append({**_table_claim(m, names, numbers), "own": True, "named": ""})
            if RATE_LABEL.match(claims[-1]["metric"]) and claims[-1]["subject"]:
                # | 地区生产总值 | 49843.1 | … | then | 增长（%） | 5.2 | …: the rate of the row above, for that column
                above = next((c for c in reversed(claims[:-1]) if c.get("mention").extra and "table_metric" in
                              c["mention"].extra and c["subject"] == claims[-1]["subject"]
                              and not RATE_LABEL.match(c["metric"]) and "table_base" not in c), None)
                base = above["metric"] if above else ""
                claims[-1]["metric"], claims[-1]["table_base"] = base + claims[-1]["metric"], base  # (地区生产总值增长)
            elif RATE_LABEL.match(claims[-1]["metric"]) and len(claims) > 1 and (left := claims[-2])["mention"].extra and (
                    "table_metric" in left["mention"].extra and left["mention"].sentence_no == m.sentence_no
                    and left["metric"] and not RATE_LABEL.match(left["metric"])):
                base = left.get("table_base", left["metric"])  # (of the figure, past rate columns between)
                claims[-1]["metric"], claims[-1]["table_base"] = base + claims[-1]["metric"], base  # | 2012 | 6901 |
                # -5.85 | under | 展览数量(场) | 同比增减(%) |: the rate of the figure in the cell before it
            continue
        sent = sent_by_no[m.sentence_no]
        entities = by_sentence.get(sent.no, [])
        if sent.no not in topics:
            main_starts[sent.no] = main_clause_start(clean, sent, rules)
            period_dates[sent.no] = _outside_source(dates_by_sentence.get(sent.no, []), main_starts[sent.no])
            sentence_words[sent.no] = toks.within(sent.start, sent.end)
            topics[sent.no] = topic_of(clean, sent, sentence_words[sent.no], entities, rules, main_starts[sent.no][0])
            anaphors[sent.no] = _anaphors_in(clean[sent.start : sent.end], anaphora,
                                             frozenset(s - sent.start for _, s, _ in sentence_words[sent.no]))
        k = bisect.bisect_right(starts, m.cstart)
        nxt = starts[k] if k < len(starts) else None
        after, past = by_start.get(nxt), None
        if after is not None and 0 <= nxt - m.cend <= 1 and (after.unit in _lists(rules)["describing_units"] or (
                m.type == "quantity" and _THRESHOLD.match(clean, after.cend))):
            past = after.cend  # 7项110千伏输变电工程, 5名60岁以上老人, 9个20万亩以上的蔬菜重点县: a describing number
            # right after it is passed over (a threshold of what is counted)
            nxt = starts[k + 1] if k + 1 < len(starts) else None
        j = bisect.bisect_left(value_ends, m.cstart + 1) - 1  # the last amount or count ending before it
        prev_end = value_ends[j] if j >= 0 and value_ends[j] <= m.cstart else None
        span_end = span_ends.get(id(m))
        if span_end:
            period = period_for(m, period_dates[sent.no], clean, rules)
            claims.append({"mention": m, "metric": "", "subject": "", "period": period, "own": False, "named": "",
                           "span": True})
            spans_by_sentence.setdefault(sent.no, []).append((m.cstart, span_end))
            continue
        base = ratio_base(clean, sent, toks, m, rules)
        if base is None and claims and claims[-1].get("base") and claims[-1]["mention"].sentence_no == sent.no and (
                clean[claims[-1]["mention"].cend : m.cstart] in _LIST_FOLLOWERS):
            base = claims[-1]["base"]  # 分别是北京、天津的48.8%和77.3%: the items after the first share its base
        metric = metric_for(clean, sent, toks, m, nxt, rules, dates_by_sentence.get(sent.no, []), prev_end,
                            spans_by_sentence.get(sent.no, ()), base, past, by_start.get(nxt))
        metric = _with_age(clean, by_end.get(prev_end), m, metric)
        if _FOREIGN_WORDS.fullmatch(metric):
            metric = ""  # up 2.6% year-on-year, a growth of 8.8%: English words around a number are no metric (nor
            # Japanese ones: 累計4000億元以上の投資が)
        previous = claims[-1] if claims and claims[-1]["mention"].sentence_no == sent.no else None
        if (metric and m.type == "quantity" and previous is not None and previous["mention"].type == "quantity"
                and previous["mention"].unit == m.unit and previous["metric"] == metric
                and not clean.startswith(metric, m.cend)
                and _left_position(clean, sent, m, metric) == previous["mention"].cend):
            metric = ""  # 7个乡镇39个村: the words between two counts are the first's (村 is too short to be read)
        if previous is not None and m.change:
            metric = _shared_head(clean, sent, m, metric, previous, rules)
        if not metric and previous is not None and (alike := next(
                (c for c in itertools.takewhile(lambda c, no=sent.no: c["mention"].sentence_no == no, reversed(claims))
                 if c["mention"].type == m.type and c["mention"].unit == m.unit), None)) is not None:
            metric = _parallel_metric(clean, m, alike, toks)  # 超过700亿斤，连续9年超过740亿斤
        if metric.endswith(_lists(rules)["holiday_words"]) and m.unit not in _lists(rules)["time_units"]:
            metric = ""  # 三天假期有115.2万人参加, 长假同比增长16.4%: a holiday is a span of time, not what is measured
        whole = _drop_anaphor(metric, rules)
        facility = _facility_opening(clean, sent, m, toks, entities, rules)
        if facility:
            metric, named = _after_facility(clean, sent, m, whole, facility), facility[0]
        elif (any(e.value == whole for e in entities) and not _route_to(clean, sent, m, whole, entities)
              and (carried := _carried_to(clean, sent, m, whole, toks, rules))):  # (not 燕郊 + 站 + 至北京: a route)
            metric, named = carried, ""  # 调水到山东30.67亿立方米: where it went, not whose it is
        else:
            metric, named = split_subject(whole, entities, rules, m.type)
            if named and not metric and clean.endswith(_lists(rules)["not_after_verbs"], sent.start,
                                                       _left_position(clean, sent, m, whole)):
                named = ""  # 承接京津5000万元以上项目: where the projects came from, no owner of the threshold
            if named and not metric and m.type == "percent" and clean.endswith(
                    tuple(_lists(rules)["share_verbs"]), sent.start, _left_position(clean, sent, m, whole)):
                named = ""  # 海淀区…42家,占北京市46%: the whole the share is of, not whose share it is
        ends_word = bool(named and metric) and _name_ends_word(clean, sent, m, whole, named, toks)
        name_at = _left_position(clean, sent, m, whole) if named and metric else -1
        before_name = clean[max(0, _before_epithet(clean, name_at) - 1)] if name_at > 0 else ""
        # (向“华北之肾”白洋淀: the preposition before the epithet; none for a metric in the clause before)
        after_number = bool(named and metric) and name_at < 0 and 0 <= (at := clean.find(named, m.cend, m.cend + 4)) and (
            QUOTES_SET.isdisjoint(clean[m.cend : at]))  # (not 3条“通武廊”主题旅游线路: a quoted brand is no part)
        if named and metric and not facility and (not ends_word or after_number
                                 or (_after_verb(clean, sent, m, whole, toks, rules)
                                     and not any(e.value == metric for e in entities))
                                 or before_name in _FROM_TO):  # (50余场中关村“火花”活动: what is counted)
            partner = before_name in _lists(rules)["partner_preps"]
            route = _route_start(clean, _left_position(clean, sent, m, whole) - 1, entities) if partner else ""
            metric, named = (route + before_name + whole if partner and ends_word else whole), ""
            # 天津港 + 口集装箱吞吐量: the name was cut out of a word (港口); 引进中关村企业320家: a name after a verb
            # tells what was counted, not who counts; 北京从香港进口额: where from; 河北与京津连通铁路: a partner, no
            # part of the metric either
        place = named if not metric else metric if not named and any(e.value == metric for e in entities) else ""
        route = _route_to(clean, sent, m, place, entities) if place else ""
        if route:
            metric, named = route, ""  # 北京北至清河2对: the route is what is counted on, no place's figure
        if metric and not named:
            metric = _with_partner(clean, sent, m, metric, entities, toks, rules)
            metric, named = _cut_name_tail(clean, sent, m, metric, entities, toks, rules)
        if previous is not None and (listed := _listed_destination(previous["metric"], named, metric, entities, rules)) and (
                clean[previous["mention"].cend : _left_position(clean, sent, m, named + metric)] == "、"):
            metric, named = listed, ""  # 分别向北京供水38.75亿立方米、河南供水58.97亿立方米: 河南 is where it went too
        if named and _tags(rules)[metric] in ("v", "vd"):
            metric = ""  # 保定市 + 提出 + 20年的长期合作: what the name did is no metric
        if not named and metric.startswith("地区") and (at := _left_position(clean, sent, m, metric)) > 1 and (
                direction := next((d for d in rules.vocab.get("region_directions", []) if clean.endswith(d, 0, at)), "")):
            named = direction + "地区"  # 东部 + 地区生产总值 (jieba's cut): the eastern region's GDP
        own = bool(metric)
        place_metric = m.type == "quantity" and any(
            (e.label == "LOC" or (e.label == "ORG" and e.cend <= m.cstart)) and e.value == metric for e in entities)
        # (首都机场623万人次: a body named before its count is whose it is; 22个京津冀高校发展联盟 counts bodies)
        if place_metric and not named and _opens_clause(clean, sent, _left_position(clean, sent, m, metric), rules):
            metric, named, place_metric = "", "" if _counts_members(metric, m, rules) else metric, False
            # 其中北京达到79.5万辆: whose count it is (京津冀3省市: the places the name joins, whose it is not)
        if ((not metric or place_metric or metric == named) and base is None and m.unit not in _lists(rules)["multiples"]
                and "的" not in clean[m.cstart - 2 : m.cstart]):  # (北京是河北3.56倍: the base, no subject)
            place = next((e for e in entities if e.cend <= m.cstart and e.label in ("LOC", "ORG")
                          and e.cstart - 1 > sent.start and clean[e.cstart - 1] in "为是"
                          and not _strip_right(clean[e.cend : m.cstart], rules)), None)
            before = _left_metric(clean, sent, toks, place.cstart - 1, rules) if place else ""
            if before:  # 最大降水量为两河村435.7毫米: the metric before 为, the place after it the subject
                metric, named, place_metric, own = before, place.value or "", False, True
        inherited = ""  # the subject of the claim a rise right after it belongs to
        k = len(claims) - 1  # the claim before it, past a span of time (4.16万亿元，十年间增长了1.3倍) or brackets
        if k > 0 and claims[k].get("span") and claims[k - 1]["mention"].sentence_no == sent.no:
            k -= 1
        while (k > 0 and claims[k - 1]["mention"].sentence_no == sent.no
               and _closed_before(clean, claims[k]["mention"].cstart, m.cstart)):
            k -= 1  # 收益12.35亿元（二零二三年：10.87亿元），同比增加13.6%: the figure before the brackets
        earlier = claims[k] if k >= 0 else None
        if metric and earlier is not None and earlier["mention"].sentence_no == sent.no and _converted(
                clean, earlier["mention"], m, rules):
            metric = ""  # 22.8万元（按年平均汇率折算为3.2万美元）: the same figure in another currency
        rate_only = bool(metric in _lists(rules)["rate_words"] and earlier and earlier["metric"] and len(
            _COMMA_OR_SEMICOLON.findall(clean, earlier["mention"].cend, m.cstart)) <= 1)  # 增速为6.5%; not past a
        # clause of no figure (温差达-5℃，同比由负转正，增速由-2.1%…: no rate of the temperature)
        base_date = _compared_base(clean, earlier["mention"], m, dates_by_sentence.get(sent.no, ())) if (
            not metric and earlier is not None and earlier["mention"].sentence_no == sent.no) else None
        last_year = base_date is None and not metric and earlier is not None and earlier[
            "mention"].sentence_no == sent.no and _compared_last_year(clean, earlier["mention"], m)
        part = earlier is not None and _part_of(clean, earlier["mention"], m, rules)  # 其中北京达到79.5万辆
        if (not part and not metric and k > 0 and earlier is not None and earlier["mention"].sentence_no == sent.no
                and (earlier["mention"].change or earlier["mention"].unit == "pp"
                     or earlier["mention"].unit in _lists(rules)["multiples"])
                and claims[k - 1]["mention"].sentence_no == sent.no
                and _part_of(clean, earlier["mention"], m, rules, claims[k - 1]["mention"])):
            k -= 1  # 强度为4.22%，比上年提高0.2个百分点，其中北京为6.58%: a part of the figure before the rise (or
            # the multiple: 合计9.6万亿元，是2013年的1.7倍；其中，北京4.0万亿元)
            earlier, part = claims[k], True
        parallel = earlier is not None and _parallel_place(clean, earlier["mention"], m, entities, rules)
        if not (metric or part or parallel) and earlier is not None and _place_clause(clean, sent, m, entities, rules):
            alike = next((j for j in range(len(claims) - 1, -1, -1) if claims[j]["mention"].sentence_no == sent.no
                          and claims[j]["mention"].type == m.type and claims[j]["mention"].unit == m.unit
                          and claims[j]["metric"] and not claims[j]["bracketed"]), None)
            # (分别增长3.5%和3.1%，高于上半年0.3个百分点，天津增长1.3%; not a part in brackets: 感染者48例（含2例无症状
            # 感染者…），丰台区17例)
            if alike is not None and (claims[alike] is not earlier or (
                    m.type == "quantity" and clean[m.cend : m.cend + 1] != "、")):
                # (北京拥有1498个社区养老驿站…，天津有1701个: the count before, past brackets, if the number ends no
                # item of a list whose metric may follow: 河北555项、天津501项政务服务事项; not a share: 燕郊以71.8%
                # 占比居首 after a line that ended with 通勤出行比例超过59%)
                k, earlier, parallel = alike, claims[alike], True
        if (not metric or rate_only or place_metric) and earlier and earlier["mention"].sentence_no == sent.no and (
                rate_only or part or parallel or (m.change and not _names_other(clean, earlier["mention"], m, rules)
                                                  and not _other_count(earlier["mention"], m, rules))
                or m.unit == "pp" or m.unit in _lists(rules)["multiples"] or base
                or _reaches(clean, earlier["mention"], m, rules) or _from_to(clean, earlier["mention"], m, rules)
                or _level_after_rise(clean, earlier["mention"], m, rules)
                or (m.type == "percent" and any((base_end := _level_base_date(clean, d, rules)) and 0 <= m.cstart - base_end <= 1
                                                for d in dates_by_sentence.get(sent.no, ()) if d.cend < m.cstart))
                or _bracketed_alike(clean, earlier["mention"], m) or _converted(clean, earlier["mention"], m, rules)
                or _restates(clean, earlier["mention"], m, rules, dates_by_sentence.get(sent.no, []))
                or base_date is not None or last_year
                or _parallel_period(clean, earlier["mention"], m, dates_by_sentence.get(sent.no, ()), rules)):
            # 地区生产总值204.68亿元、同比增长6.6%, 增速为20.3%，高于全国平均增速9.2个百分点, 是2013年的1.9倍: a
            # rise, a difference in points or a multiple of the metric just stated
            place_metric = False  # (是河北的2.56倍: 河北 is the base)
            stated = _listed_metric(claims, clean, rules, k)
            metric = stated + (metric if rate_only and not stated.endswith(metric) else "")  # (GDP + 增速; not
            # 年均增速 + 增速 again: 年均增速为0.38%，较上个10年增速下降0.35个百分点)
            if earlier.get("share_of") and m.change and m.unit != "pp":
                metric = earlier["share_of"]  # 占规模以上工业的90.8%，增长15.5%: the rise is the whole's
            if part or parallel:  # 其中北京, 北京GDP增长5.2%，天津增长4.3%: the part or the peer is not the first's
                metric = _drop_anaphor(_without_lead(metric, [earlier["subject"]]), rules)  # (三地保有量)
                collective = compiled(rules.vocab.get("topic_collective", r"$^")).match(metric)
                if collective and len(metric) - collective.end() >= 2:
                    metric = metric[collective.end() :]  # 三地进出口总值…，其中北京2.98万亿元: 北京's is no 三地's
                if parallel:  # 距离北京100公里、河北雄安新区150公里: nor is the place the first names
                    places = [e.value for e in entities if e.label == "LOC" and e.value]
                    metric = next((metric[: -len(p)] for p in places if metric.endswith(p) and len(metric) - len(p) >= 2),
                                  metric)
                    metric = _without_lead(metric, places)  # (北京和河北服务业增加值…，天津增长1.3%: not 河北's)
                if not metric.startswith(_lists(rules)["region_terms"]):
                    metric = _without_lead(metric, _lists(rules)["region_words"])
            else:  # 北三县地区生产总值突破1500亿元，年均增长7%: whose metric it is, whose rise it is
                named = named or earlier["named"]
                if base:  # 城镇居民人均可支配收入39791元，分别是北京、天津…的48.8%: the share is of the figure's owner
                    inherited = inherited or earlier["subject"]
                prev = earlier["mention"]
                if not any(prev.cend <= e.cstart < m.cstart for e in entities):
                    inherited = earlier["subject"]  # 张家口市接待游客数量为6259.82万人次，同比增长20.53%; 2014年京津冀
                    # 地区铁路旅客发送量2.52亿人次，2023年增至3.25亿人次: the same metric's, with no other name between
        if not metric and not named and m.change:  # 上升2.69点；同比下降7.67点: the rise a sentence after a semicolon
            risen = _risen_across_semicolon(claims, m, clean, sent_by_no, rules)  # opens with is the same metric's
            if risen is not None:
                metric, inherited = risen["metric"], risen["subject"]
        if not metric and not named and m.change:  # 通州区PM2.5累计浓度达到国家二级标准，较2020年改善24%
            stated = _stated_before(clean, sent, toks, m, claims, rules)
            if stated:
                metric, named = split_subject(_drop_anaphor(stated, rules), entities, rules, m.type)
        if not metric and named:  # 北京4.4万亿元，增长5.2%；天津1.67万亿元: a peer place's figure after a semicolon
            peer = _peer_across_semicolon(claims, m, named, clean, sent_by_no, rules)
            metric = _without_lead(peer["metric"], [peer["subject"]]) if peer else ""
        share = _share_base(clean, sent, m, metric, rules) if m.type == "percent" or (
            m.type == "quantity" and not m.unit) else None  # (约占全国的十分之一: a fraction)
        share_of, holder_claim = "", None
        if share:  # 民间投资完成3274.26亿元，占全社会投资48.2%: a share of the metric just stated
            last = _last_with_metric(claims, sent.no, skip_units=("pp",))  # (not 高于…增速13.9个百分点: a gap)
            holder = _share_holder(last, rules) if last else ""
            share_of = (last.get("share_of") or holder) if last else ""
            metric = share_of + share if share_of or (last and holder != last["metric"]) else (
                share if last is None and _NAMED_BASE.match(share) else "")  # 占全国比重由8.5%提高到10.2%
            holder_claim = last if metric else None
            # (with none stated, the words after 占 are its base; after a share of none, it is the share)
        elif not metric and m.type != "percent" and (average := _averaged(clean, sent, m, rules)):
            last = _last_with_metric(claims, sent.no)
            if last is not None and last["mention"].unit == m.unit:  # 年客流量1亿人次，日均27万人次: 日均客流量
                metric = average + _without_lead(last["metric"], _lists(rules)["time_openers"])
        elif m.type == "percent" and metric in _lists(rules)["share_nouns"] and _opens_clause(
                clean, sent, _left_position(clean, sent, m, metric), rules):
            last = _last_with_metric(claims, sent.no)
            if last is not None and (last["mention"].type != "percent" or last["mention"].change) and not last[
                    "metric"].endswith(metric):  # (比重增长3.5个百分点至45%: no 比重比重)
                metric = last["metric"] + metric  # 外贸集装箱吞吐量1300万标准箱，占比约56%: the share the figure is
        if not metric and (whole := next((c for c in reversed(claims) if c["mention"].sentence_no == sent.no - 1
                                          and c["mention"].type == m.type and c["mention"].unit == m.unit
                                          and not c.get("bracketed")), None)) is not None and whole["metric"] and (
                _names_a_part(clean, sent, m, entities, rules)):
            metric = whole["metric"]  # 沪深两市共有4029家上市公司。其中，北京有376家: a part of the whole just stated
            # (签约合作项目共80个，意向投资额331.02亿元。其中，通州区18个: the last figure of its kind and unit)
        context = {"topic": topics[sent.no], "history": names, "known": bisect.bisect_right(name_ends, m.cstart),
                   "metric_spans": metric_spans.get(sent.no, ()),
                   "last_topic": last_topic, "source_end": main_starts[sent.no][2], "anaphors": anaphors[sent.no],
                   "main_start": main_starts[sent.no][0],
                   "source": main_starts[sent.no][1:], "sentence_start": sent.start,
                   "whole": _lists(rules)["whole"], "places": _place_opening_pattern(rules),
                   "provinces": _lists(rules)["provinces"], "words": sentence_words[sent.no], "base": base,
                   "body_kinds": _lists(rules)["body_kinds"], "partners": partners,
                   "park_words": _lists(rules)["park_anaphora"], "parks": parks, "glued_parks": glued_parks,
                   "origins": origins,
                   "claim_start": m.cstart, "paragraph_start": clean.rfind("\n", 0, m.cstart) + 1,
                   "dates": dates_by_sentence.get(sent.no, ()),
                   "not_company": tuple(rules.vocab.get("anaphora_not_company_ends", []))}
        wide_scope = False
        placed = "" if named else _placed_owner(m, entities, clean, sent)  # (326例(306例在津南区,…): its place's)
        if holder_claim is not None:  # (a share of what the claim before measured is about the same subject)
            subject = named or placed or holder_claim["subject"]
        else:
            subject = named or inherited or subject_for(m, entities, clean, sent, metric, context, rules)
            subject = _same_opening_subject(claims, clean, sent, m, metric, entities,
                                            by_sentence.get(sent.no - 1, [])) or subject
            if subject and subject == topics[sent.no][0]:
                subject = _continued_subject(claims, clean, sent, m, entities) or subject
            if not named and not inherited and not placed and (
                    whole_here := _whole_in_sentence(claims, clean, sent, m, rules)) and not any(
                    whole_here["mention"].cend <= e.cstart < m.cstart and e.label in ("ORG", "LOC") for e in entities):
                subject = whole_here["subject"]  # 河北已承接…7200多个，其中产业活动单位5500多个: no name of its own, the
                # part is the whole's (not a name the sentence opened with: 京津冀协同发展战略实施5年多来)
        at = _left_position(clean, sent, m, metric) if metric and not subject else -1
        if not subject and not route and (m.type != "quantity" or (at > 0 and clean[at - 1] not in _lists(rules)["partner_preps"]
                                                     and not clean.endswith(_lists(rules)["beneficiary"], 0, at))) and not (
                at > 0 and clean.endswith(_lists(rules)["not_after_verbs"], 0, at)):  # (吸纳京津技术合同成交额: where from)
            metric, subject = _broad_owner(metric, entities, rules, 3 if m.type == "quantity" else 2)
        if subject:
            last_topic = subject
            metric = _without_lead(metric, rules.vocab.get("topic_anaphora", {}))  # 街道 + 规上工业产值: its name
            # is the subject; so is a name the subject was read from (国贸商圈 + 日均客流量, 京津冀 + 经济总量), but a
            # broad one before a one-word kind of thing counted tells where they come from (北京企业36家)
            # (京津冀地区 + 常住人口 stays whole, 京津冀地区达366亿元 has none)
            if metric.startswith(subject) and (m.type != "quantity" or subject not in _lists(rules)["broad"]
                                               or len(metric) - len(subject) > 2
                                               or _tags(rules)[metric[len(subject) :]] in ("v", "vd")):
                # (其中北京 + 入选70家: what the place did, not a kind of thing from there)
                metric = _drop_anaphor(_without_region(metric, _without_name(clean, sent, m, metric, subject, toks),
                                                       rules), rules)  # (河北 + 全省 + 机场总数)
            metric = _without_collective(metric, subject, rules)  # 京津冀三地 + 互认医疗机构
        elif chained := _semicolon_subject(claims, sent, clean, sent_by_no, m, entities, rules):
            subject = chained  # 天津市地区生产总值为7842.83亿元；第一产业增加值80.54亿元: the chain's first subject
        elif (whole_here := _whole_in_sentence(claims, clean, sent, m, rules)) is not None:
            subject = whole_here["subject"]  # 3月京津冀区域进出口4565.9亿元，…，其中出口增长11%: the parts are its subject's
        elif (collective := _collective_before(clean, sent, m, dates_by_sentence.get(sent.no, ()), rules)) is not None:
            subject = _collective_subject(clean, collective, names, rules)  # 三地PM2.5平均浓度继续下降，降幅均达到
            # 60%: the places together, or none; not a topic before nor the place named most so far
            metric = _without_collective(metric, subject, rules)
        elif _listed_owners(clean, sent, m, metric, rules):
            pass  # 乐岛海洋王国、角山长城、山海关景区接待游客同比分别增长126.41%…: each figure is one listed item's,
            # no name from before is their subject
        elif (opener := (not topics[sent.no][0] and _may_borrow_topic(clean, sent, m, entities, main_starts[sent.no][0], rules)
                         and _claimless_topic(clean, sentences, sent, paragraph_at if paragraph_topic else -1, toks,
                                              by_sentence, claims, rules))
                or paragraph_topic) and "\n" not in clean[
                paragraph_at if opener == paragraph_topic else sent.start : m.cstart] and (
                topics[sent.no][0] not in _lists(rules)["whole"]) and not _other_scope(clean, sent, m, rules) and not (
                _opens_with_other_place(entities, main_starts[sent.no][0], opener, clean)):
            subject = opener  # no subject in the sentence: the topic that opened one before it (but a 全市 that
            # names no city so far is no company's), or a name that opened a sentence with no figure after that
            # (天津市位于华北平原东北部。土地总面积11916.85平方公里)
            if opener != paragraph_topic:
                paragraph_topic, paragraph_at = opener, m.cstart  # (and of the figures after it in the paragraph)
        elif (whole_before := _whole_claim(claims, sent.no)) is not None and (
                whole_before["subject"] or whole_before.get("wide_scope")) and _of_parts(
                clean, sent, main_starts[sent.no][0], rules) and (
                "\n" not in clean[whole_before["mention"].cend : m.cstart]
                or whole_before["mention"].sentence_no == sent.no - 1):  # (or a paragraph of its own right after)
            subject = whole_before["subject"]  # 河北省生产总值19823.7亿元。其中，第一产业增加值1484.0亿元；第二产业…:
            # the parts of the figure before are its subject's
        else:
            for e in names[counted : context["known"]]:  # (the counts follow the text: names before the claim)
                if e.label == "LOC" and e.value not in _lists(rules)["broad"]:
                    place_counts[e.value] += 1
                    if e.cstart in partners:
                        partner_counts[e.value] += 1  # a destination or a partner (向雄安新区供水超1亿立方米)
            counted = max(counted, context["known"])
            wide_scope = _other_scope(clean, sent, m, rules)  # 一、全国粮食播种面积…: the country's, not the article's place
            subject = "" if wide_scope else _dominant_place(place_counts, partner_counts)
        if not subject:
            subject = _described_owner(clean, m, entities)  # 总投资达485.9亿元的涿州市有11个项目签约
        if (topics[sent.no][0] and subject == resolve_anaphor(topics[sent.no][0], context, _lists(rules)["anaphora_all"])
                and not _in_parts(clean, sent, rules)):
            paragraph_topic, paragraph_at = subject, m.cstart
        period = period_for(m, period_dates[sent.no], clean, rules)  # (none after a semicolon: CONVENTIONS.md)
        if base_date is not None:
            period = base_date.value  # (常住人口1000万人，较2020年的950万人: 950万人 is 2020's)
        elif last_year:
            period = ""  # (吸引观众1035.63万人次，比上年同期1012.68万人次: the year before, which no numeral names)
        metric = metric.lstrip(_NAME_JOINERS)  # (天津滨海 + -中关村科技园注册企业: the joiner of two names)
        subject = _collective_region(subject, names, m.cstart, rules) or subject
        if route:
            subject = ""  # (…分别为:北京北至清河2对: a route's figure is no place's, whatever the topic)
        claims.append({"mention": m, "metric": metric, "subject": subject, "period": period, "own": own,
                       "named": named, "share_of": share_of, "base": base,
                       "bracketed": _in_brackets(clean, sent.start, m.cstart), "wide_scope": wide_scope})
        at = _left_position(clean, sent, m, metric) if own else -1  # 京津项目超过600个
        claims[-1]["right"] = own and at < 0  # the metric stands after the number (200万元奖励)
        if own and at < 0 and not place_metric:  # 59所京津冀优质学校: a name in what was counted is no later claim's subject either
            at = clean.find(metric, m.cend, min(m.cend + len(metric) + 6, sent.end))
        if at >= 0:
            metric_spans.setdefault(sent.no, []).append((at, at + len(metric)))
        if place_metric:
            claims[-1]["metric"] = ""  # 河北分别有20家, 5所北京知名医院: a place is no count's metric
    share_list_metrics(claims, clean, toks, rules, by_sentence)
    share_category_metrics(claims, clean, rules)
    share_list_subjects(claims, by_sentence, clean, rules)
    share_collective_subjects(claims, sent_by_no, clean, rules)
    share_list_periods(claims, dates_by_sentence, clean, rules)
    split_range_periods(claims, clean)
    split_listed_years(claims, clean, rules)
    for claim in claims:
        del claim["own"]
        claim.pop("right", None)
        claim.pop("share_of", None)
        claim.pop("named", None)
        claim.pop("base", None)
    return claims


def _shared_head(clean: str, sent: Sentence, mention: Mention, metric: str, previous: dict, rules: RuleSet) -> str:
    """采矿业增加值增长8.0%，制造业增长4.7%; 大型企业增加值增长6.9%，中型企业增长6.9%: a rise or fall in the clause right
    after one of the same kind, whose metric is a word of the same kind as the previous metric's first part (ending
    alike: 业, 企业) without its head (`clause_head_words`: 增加值, 产值 …), is of that head too."""
    head = next((h for h in rules.vocab.get("clause_head_words", []) if previous["metric"].endswith(h)), "")
    first = previous["metric"][: -len(head)] if head else ""
    if (not head or len(first) < 2 or len(metric) < 2 or metric.endswith(head) or first[-1] != metric[-1]
            or previous["mention"].type != mention.type or not previous["mention"].change):
        return metric
    at = _left_position(clean, sent, mention, metric)
    if at < 0 or clean[previous["mention"].cend : at].strip(" ") not in ("，", ",", "；", ";"):
        return metric
    return metric + head


def _parallel_metric(clean: str, mention: Mention, previous: dict, toks: Tokens) -> str:
    """粮食总产量连续12年超过700亿斤，连续9年超过740亿斤; 客流量达到500万人次，最高达到600万人次: a clause right after the
    previous figure's that names nothing, only the same verb of level as that figure's before a number of the same
    kind and unit, measures the same; "" otherwise."""
    before = previous["mention"]
    if (not previous["metric"] or before.type != mention.type or before.unit != mention.unit
            or clean[before.cend : before.cend + 1] not in "，,"):
        return ""
    first = mention.cstart - len((mention.extra or {}).get("qpre", ""))
    verb, verb_before = _word_ending(toks, first), _word_ending(toks, before.cstart - len((before.extra or {}).get(
        "qpre", "")))
    if len(verb) < 2 or verb != verb_before:
        verb = (mention.extra or {}).get("qpre", "")
        if len(verb) < 2 or verb != (before.extra or {}).get("qpre", ""):
            return ""  # (the same qualifier as a verb: 超过700亿斤，连续9年超过740亿斤)
    else:
        first -= len(verb)
    i = bisect.bisect_left(toks.starts, before.cend + 1)
    while i < len(toks.starts) and toks.starts[i] < first:
        word = toks.words[i]
        if not (word.isdigit() or word in _PARALLEL_LEADS):
            return ""
        i += 1
    return previous["metric"] if i < len(toks.starts) and toks.starts[i] == first else ""


_PARALLEL_LEADS = frozenset(("连续", "年", "最高", "最多", "再次", "首次", "已经", "已", "均", "又", "还", "也", "都",
                             "累计", "同期"))


def _word_ending(toks: Tokens, end: int) -> str:
    """The whole token that ends right at `end`, or ""."""
    i = bisect.bisect_left(toks.ends, end)
    return toks.words[i] if i < len(toks.ends) and toks.ends[i] == end else ""


def _with_age(clean: str, age: Mention | None, mention: Mention, metric: str) -> str:
    """0-14岁人口占13.1%, 65岁以上老年人口达300万人: the metric right after an age (with 以上, 及以下 …) holds it, as
    written; otherwise unchanged."""
    if age is None or not metric or age.unit != "岁":  # (周岁 is read as 岁)
        return metric
    bound = _AGE_BOUND.match(clean, age.cend)
    at = bound.end() if bound else age.cend
    if not clean.startswith(metric, at) or at + len(metric) > mention.cstart:
        return metric
    return clean[age.cstart : at] + metric


_AGE_BOUND = regex.compile(r"(?:及以上|以上|及以下|以下|以内|周岁)?")


def _described_owner(clean: str, mention: Mention, entities: list[Mention]) -> str:
    """总投资达485.9亿元的涿州市有11个项目签约: the name a figure describes through 的, when 有 follows it; else ""."""
    if clean[mention.cend : mention.cend + 1] != "的":
        return ""
    named = next((e for e in entities if e.cstart == mention.cend + 1 and e.label in ("LOC", "ORG")), None)
    return (named.value or "") if named is not None and _HAS.match(clean, named.cend) else ""


_HAS = regex.compile(r"(?:共|已|还|则)?(?:拥有|有)")


def _may_borrow_topic(clean: str, sent: Sentence, mention: Mention, entities: list[Mention], main_start: int,
                      rules: RuleSet) -> bool:
    """May a figure whose sentence has no topic take the name that opened a sentence with no figure before it? Not
    in a quote, after a collective word in its clause (三省市植树造林), where its sentence names a place or body before
    it or a place in its clause (在100公里外的通州区), nor where a reference opens it (该平台目前已上线…)."""
    return (clean[sent.start] not in _QUOTE_OPEN + "\"" and not _collective_in_clause(clean, sent, mention, rules)
            and not any(main_start <= e.cstart and (e.cend <= mention.cstart or e.label == "LOC"
                                                    and not _BREAK_SET.intersection(clean[mention.cend : e.cstart]))
                        and not _in_quoted_name(clean, e, sent, rules)  # (利用“廊坊经贸洽谈会”)
                        for e in entities)
            and clean[main_start : main_start + 1] not in _REFERENCE_OPENERS)


def _names_each(mention: Mention, sentence_entities: list[Mention], clean: str, sent: Sentence) -> bool:
    """Does the mention's clause open with names listed with 、 or 和 and then 各 (安徽、陕西各6家, 北京和天津各有…)?"""
    start = max(sent.start, *(clean.rfind(c, sent.start, mention.cstart) + 1 for c in "，,；;：:"))
    at, names = start, 0
    for e in sorted(sentence_entities, key=lambda e: e.cstart):
        if e.cstart != at or e.cend > mention.cstart:
            continue
        names += 1
        at = e.cend + (clean[e.cend : e.cend + 1] in ("、", "和"))
    return names >= 2 and clean[at - 1] not in "、和" and _EACH_AFTER_NAMES.match(clean, at, mention.cstart) is not None


_EACH_AFTER_NAMES = regex.compile(r"各(?:有|为|是|达|达到|约)?(?:{qualifier})?\Z".replace("{qualifier}", "约|近|超|超过"))


def _listed_owners(clean: str, sent: Sentence, mention: Mention, metric: str, rules: RuleSet) -> bool:
    """Do items listed with 、 stand in the mention's clause before a 分别 that hands out the figures, and are they
    no part of its metric (乐岛海洋王国、角山长城…接待游客: owners; not 新一代信息技术、高端装备产业增加值: kinds)?"""
    found = _LAST_MAIN_BREAK.search(clean, sent.start, mention.cstart)
    start = found.end() if found else sent.start
    each = _each(rules)["word"].search(clean, start, mention.cstart)
    if each is None or "、" not in clean[start : each.start()]:
        return False
    items = clean[start : each.start()].split("、")
    provinces = rules.vocab.get("province_short_chars", "")
    if all(len(item) == 1 and item not in provinces for item in items[:-1]):
        return False  # 肉、蛋、奶产量: one-character kinds (not 京、津、冀: places)
    return not (metric and any(item[:2] in metric or item[-2:] in metric for item in items if len(item) >= 2))


def _collective_in_clause(clean: str, sent: Sentence, mention: Mention, rules: RuleSet) -> bool:
    """Does a collective word stand in the clause before the figure (共建绿色生态屏障，三省市植树造林6200余万亩)?"""
    start = max(clean.rfind(c, sent.start, mention.cstart) for c in "，,：:") + 1
    return bool(compiled(rules.vocab.get("topic_collective", r"$^")).search(clean, max(start, sent.start), mention.cstart))


def _claimless_topic(clean: str, sentences: list[Sentence], sent: Sentence, since: int, toks: Tokens,
                     by_sentence: dict[int, list[Mention]], claims: list[dict], rules: RuleSet) -> str:
    """The name that opens the nearest sentence before `sent` in its paragraph, after `since` and with no figure
    of its own (天津市位于华北平原东北部。; a span of time with no metric is none: 这五年，河北经济…), at most
    `_CLAIMLESS_REACH` sentences back: the topic the next figures are about; "" if none."""
    for before in reversed(sentences[max(0, sent.no - 1 - _CLAIMLESS_REACH) : sent.no - 1]):  # (numbered from 1)
        if before.end <= since or "\n" in clean[before.end - 1 : sent.start]:
            return ""  # (a line break ends the sentence before or stands between)
        if _has_figures(claims, before.no, rules) or clean[before.start : before.end].rstrip().endswith(("；", ";")):
            return ""  # a sentence with figures: its topic is the paragraph's when it was their subject; an item
            # of a list (北运河廊坊段与通州段同步实现旅游通航；): its topic is its own
        entities = by_sentence.get(before.no, [])
        if not entities:
            continue
        opening, source_start, source_end = main_clause_start(clean, before, rules)
        if source_start != source_end:
            continue  # 北京市统计部门介绍，…: a source opens it
        topic, end = topic_of(clean, before, toks.within(before.start, before.end), entities, rules, opening)
        opener = next((e for e in entities if e.value == topic and e.cstart == opening and e.cend == end), None)
        clause = _CLAUSE_REST.match(clean, end).group(0)
        if opener is not None and (clause.endswith(_ADVERBIAL_ENDS) or _JOINT.match(clause)):
            return ""  # 京津冀协同发展和疏解非首都功能中，不少大兴区企业…: a phrase of circumstance, no topic; 平谷区与
            # 蓟州区、廊坊北三县共同申请创建…: one of several
        if end > 0 and opener is not None:
            announcer = opener.label == "ORG" and topic.endswith(_lists(rules)["announcers"])
            return "" if announcer else topic  # (a name that opens the main clause, after a date or not: 今年，
            # 天津港集团…; not a body that announces: 22日，生态环境部通报了…)
    return ""


def _announces(clean: str, name: Mention, rules: RuleSet) -> bool:
    """Is the name a publishing body's (`announcing_body_ends`) followed by a verb of publishing (`announcing_verbs`:
    国家统计局还公布了)?"""
    return (name.label == "ORG" and (name.value or "").endswith(_lists(rules)["announcers"])
            and compiled(rules.vocab.get("announcing_verbs", r"$^")).match(clean, name.cend) is not None)


def _persons_place(clean: str, name: Mention, rules: RuleSet) -> bool:
    """Is the name a place a person comes from, before (的 and) a person (`subject_person_after_place`: 北京的张女士)?"""
    return name.label == "LOC" and compiled(rules.vocab.get("subject_person_after_place", r"$^")).match(
        clean, name.cend) is not None


def _has_figures(claims: list[dict], sentence_no: int, rules: RuleSet) -> bool:
    """Has the sentence a claim other than a bare span of time (这五年: no metric, no subject)?"""
    spans = _lists(rules)["time_units"]
    for c in reversed(claims):
        no = c["mention"].sentence_no
        if no < sentence_no:
            return False
        if no == sentence_no and not (c["mention"].unit in spans and not c["metric"] and not c["subject"]):
            return True
    return False


def _listed_partner(clean: str, name: Mention, entities: list[Mention], rules: RuleSet) -> bool:
    """Is the name listed with 、 or 和 right after names that follow a partner word (距北京、天津; 与北京和天津)?"""
    by_end = {e.cend: e for e in entities if e.label in ("LOC", "ORG")}
    at = name.cstart
    while clean[at - 1 : at] in ("、", "和") and (before := by_end.get(at - 1)) is not None:
        at = before.cstart
        if clean[at - 1 : at] in _lists(rules)["partner_preps"]:
            return True
    return False


def _opens_with_other_place(entities: list[Mention], start: int, topic: str, clean: str = "") -> bool:
    """Does a place other than the paragraph's topic open the sentence's main clause (天津市累计有1200万人受益；
    河南郑州、南阳等11个市的2400万群众: a list of other places, none the subject, and not 天津市 either), or a route
    from one place to another (从燕郊到北京市中心约38公里: the distance between two places)?"""
    listed = _SHORT_ITEM_FIRST.match(clean, start) if clean else None
    firsts = {start, listed.end()} if listed else {start}  # (中部和 + 西北地区: places listed, the first no name)
    return _ROUTE_CLAUSE.match(clean, start) is not None or any(
        e.cstart in firsts and e.label == "LOC" and e.value != topic and e.value not in topic for e in entities)


_SHORT_ITEM_FIRST = regex.compile(r"\p{Han}{1,3}[和及与]")


_ROUTE_FROM_TO = r"从[^，,。；;\d]{1,12}?[到至]"
_ROUTE_CLAUSE = regex.compile(r"(?:现在|目前|如今|今后|未来)?" + _ROUTE_FROM_TO)  # (现在从北京南站到)
_ROUTE_TO_HERE = regex.compile(_ROUTE_FROM_TO + r"\Z")


_ITEM_NUMBER = regex.compile(r"^(?:[一二三四五六七八九十]{1,3}、|\d{1,2}[.、．](?!\d)|[（(][一二三四五六七八九十\d]{1,3}[）)]) ?")


def _other_scope(clean: str, sent: Sentence, mention: Mention, rules: RuleSet) -> bool:
    """Does the number's clause or sentence open with a scope wider than any topic (`subject_other_scopes`:
    同期全国粗钢产量为61800万吨 after figures of 我省), so that the paragraph's topic is not its subject?"""
    found = _LAST_MAIN_BREAK.search(clean, sent.start, mention.cstart)
    scopes = tuple(rules.vocab.get("subject_other_scopes", []))
    for start in {found.end() if found else sent.start, sent.start}:  # the clause's opening, or the sentence's
        opening = _ITEM_NUMBER.sub("", clean[start : mention.cstart].lstrip(" “\""))  # (一、全国粮食播种面积)
        opening = opening.removeprefix(next((w for w in _lists(rules)["time_openers"] if opening.startswith(w)), ""))
        scope = next((w for w in scopes if opening.startswith(w)), "")
        if scope and not _FIRST_OF_SCOPE.match(opening, len(scope)):
            return True  # (not 全球首店12家, 全国首个, 世界500强企业: a kind of thing)
    return False


def _clause_of_other_scope(clean: str, sent: Sentence, mention: Mention, rules: RuleSet) -> bool:
    """Does the number's clause, after a comma or semicolon within the sentence, open with a scope wider than any
    name (`subject_other_scopes`: 全国, 全球) followed by nothing but a verb of level?"""
    found = _LAST_MAIN_BREAK.search(clean, sent.start, mention.cstart)
    if not found:
        return False
    opening = clean[found.end() : mention.cstart].strip(" “\"")
    scope = next((w for w in rules.vocab.get("subject_other_scopes", []) if opening.startswith(w)), "")
    return bool(scope) and opening[len(scope) :] in ("", "为", "是", "达", "达到", "增长", "下降", "同比增长", "同比下降")


_COMMA_OR_SEMICOLON = regex.compile("[，,；;]")
_FIRST_OF_SCOPE = regex.compile(r"[首第唯领]|最\p{Han}{1,3}的|\d+强|[五百千]+强")  # (世界500强企业: a ranking; 全国最大的
# 港口: a kind of thing, but 全国最大用电负荷 is the country's figure)


def _before_epithet(clean: str, start: int) -> int:
    """Where a name starts once a quoted epithet right before it is counted in (向“华北之肾”白洋淀: at 向's end)."""
    if clean[start - 1 : start] != "”":
        return start
    opening = clean.rfind("“", max(0, start - 12), start - 1)
    return opening if opening >= 0 and "”" not in clean[opening : start - 1] else start


def _in_brackets(clean: str, start: int, at: int) -> bool:
    """Is `at` inside brackets opened after `start` and not yet closed?"""
    opening = max(clean.rfind("（", start, at), clean.rfind("(", start, at))
    return opening >= 0 and max(clean.rfind("）", opening, at), clean.rfind(")", opening, at)) < 0


def _whole_claim(claims: list[dict], sentence_no: int) -> dict | None:
    """The last claim of the sentences before, outside brackets of parts (not 邢台市5人 in 死亡9人(保定市4人,邢台市5人))."""
    return next((c for c in reversed(claims) if c["mention"].sentence_no < sentence_no and not c.get("bracketed")),
                None)


def _whole_in_sentence(claims: list[dict], clean: str, sent: Sentence, m: Mention, rules: RuleSet) -> dict | None:
    """The claim with a subject before a clause of the same sentence that 其中 (`metric_part_openers`) opens after a
    comma, when the mention is in that clause or the ones after it (no semicolon between)."""
    for opener in _lists(rules)["part_openers"]:
        at = clean.rfind(opener, sent.start, m.cstart)
        if at > sent.start and clean[at - 1] in "，," and not {"；", ";"} & set(clean[at : m.cstart]):
            return next((c for c in reversed(claims) if c["mention"].sentence_no == sent.no and c["mention"].cend <= at
                         and c["subject"] and not c.get("bracketed")), None)
    return None


def _of_parts(clean: str, sent: Sentence, main_start: int, rules: RuleSet) -> bool:
    """Does the sentence open with 其中 (`metric_part_openers`), or is it one of the parts such a sentence opened
    after a semicolon?"""
    return clean[main_start:sent.end].lstrip(" “").startswith(_lists(rules)["part_openers"]) or _in_parts(
        clean, sent, rules)


def _in_parts(clean: str, sent: Sentence, rules: RuleSet) -> bool:
    """Is the sentence one of the parts a 其中 opened, after a semicolon (其中，开发区…；天津港保税区…。)? Its
    place is the part's, not the paragraph's topic."""
    window = max(0, sent.start - 300)  # (a bounded look back: this runs for every claim)
    before = clean[window : sent.start].rstrip()
    if not before.endswith(_SEMICOLONS):
        return False
    opening = window + max(before.rfind(sign) for sign in "。！？\n") + 1
    return clean[opening : sent.start].lstrip().startswith(_lists(rules)["part_openers"])


_YEAR_LABEL = regex.compile(r"(?:19|20)\d{2}")


def _table_claim(mention: Mention, names: list[Mention], numbers: list[Mention]) -> dict:
    """A text table's cell: the metric its header or row label gave (`text_tables`); the subject, an
    organization or place, or the period, a date, that fills the other label; when the unit's label is a date,
    the other label is the metric unless it names a place or a time (| 地区生产总值 | 2023年（亿元） |)."""
    start, end = mention.extra["table_label"]
    subject = next((e.value for e in names if e.label in ("ORG", "LOC") and (e.cstart, e.cend) == (start, end)), "")

    def date_in(first: int, last: int) -> str:
        return next((d.value for d in numbers if d.type == "date" and first <= d.cstart and d.cend <= last), "")

    other_date = date_in(start, end) or (mention.extra["table_other"] if _YEAR_LABEL.fullmatch(
        mention.extra["table_other"]) else "")  # | 2012 | 6901 | -5.85 |: a row labelled by a bare year is of that year
    period = other_date or date_in(*mention.extra["table_date"]) or date_in(*mention.extra.get("table_caption", (0, 0)))
    # (表1 2023年各区财政收入: the caption's date, for cells with none of their own)
    metric = mention.extra["table_metric"]
    if not metric and not subject and not other_date:
        metric = mention.extra["table_other"]
    elif RATE_LABEL.match(metric) and not subject and not other_date and mention.extra["table_other"]:
        metric = mention.extra["table_other"] + metric  # | 地区生产总值 | … | 同比增长(%) |: the row's metric's rate
    return {"mention": mention, "metric": metric, "subject": subject, "period": period}


def _time_span(clean: str, mention: Mention, rules: RuleSet) -> int:
    """三年内, 10年来, 落户两年后, 近5年, 连续两年: a span of time the sentence happens in, which measures nothing
    and belongs to no one (its unit is a time unit, and a postposition follows it or a word such as 连续 opens
    it and more of the clause follows). Where the postposition or the number ends, or 0."""
    lists = _lists(rules)
    if mention.type != "quantity" or mention.unit not in lists["time_units"]:
        return 0
    word = next((w for w in lists["time_after"] if clean.startswith(w, mention.cend)), "")
    if word:
        return mention.cend + len(word)
    after = clean[mention.cend : mention.cend + 1]
    lead = _CLAUSE_LEAD.search(clean, max(0, mention.cstart - 8), mention.cstart)
    opener = lead.group(0).lstrip("，,。；;：:！？!?\n“") if lead else ""
    if lead and after != "的" and (opener or after not in _BREAK_SET | {""}) and not mention.qualifier:
        return mention.cend  # 十二载协同奋进, 五天累计接待游客, 仅近五年，: a span that opens its clause (not 六百余年的古村落)
    opened = clean.endswith(lists["span_openers"], 0, mention.cstart) and not mention.qualifier
    # (not 节省近20分钟, 近 = nearly; nor 工期近3年。, a span that ends its clause is the figure stated)
    return mention.cend if opened and after not in _BREAK_SET | {""} else 0


_SPAN_JOINERS = ("和", "、", "或", "及")
_PER = "每"
_CLAUSE_LEAD = regex.compile(r"(?:^|[，,。；;：:！？!?\n“])(?:仅|只|这|最近|近|过去|连续){0,2}\Z")


def _without_name(clean: str, sent: Sentence, mention: Mention, metric: str, name: str, toks: Tokens) -> str:
    """The metric without the name it opens with, where the name ends a word of the text (国贸商圈 +
    日均客流量; not 天津港 + 口集装箱吞吐量, cut inside 港口)."""
    return _without_lead(metric, (name,)) if _name_ends_word(clean, sent, mention, metric, name, toks) else metric


def _name_ends_word(clean: str, sent: Sentence, mention: Mention, metric: str, name: str, toks: Tokens) -> bool:
    """Does the name that opens the metric (written before the number) end where a word of the text ends?"""
    pos = _left_position(clean, sent, mention, metric)
    if pos < 0:
        return True  # (a metric after its number: nothing to check it against)
    end = pos + len(name)
    i = bisect.bisect_left(toks.ends, end)
    return i < len(toks.ends) and toks.ends[i] == end


_VENUE_AFTER_PLACE = regex.compile(r"[\p{Han}A-Za-z0-9·]{1,10}?(?:举办|举行|召开|开幕|闭幕|落幕)")  # (武清区 + V1汽车世界)
_SAME_PERIOD_WORDS = ("同期", "同年", "当年", "当期", "全年")


def _after_verb(clean: str, sent: Sentence, mention: Mention, metric: str, toks: Tokens, rules: RuleSet) -> bool:
    """Does a verb end right where the metric (written before the number) starts (引进 + 中关村企业), or before a
    word of the same period (占 + 同期 + 天津市进出口总额)?"""
    pos = _left_position(clean, sent, mention, metric)
    pos -= len(next((w for w in _SAME_PERIOD_WORDS if clean.endswith(w, sent.start, pos)), ""))
    i = bisect.bisect_left(toks.ends, pos)
    return pos > sent.start and i < len(toks.ends) and toks.ends[i] == pos and (
        str(_tags(rules)[toks.words[i]]).startswith("v")) and toks.words[i] not in _METRIC_PREPOSITIONS and (
        toks.words[i] not in _lists(rules)["causatives"])  # (使 + 白洋淀水位: what the verb makes the name do)


def _route_to(clean: str, sent: Sentence, mention: Mention, named: str, entities: list[Mention]) -> str:
    """A route written right before the number, its last place `named` (北京北至清河 + 2对), else ""."""
    at = clean.rfind(named, sent.start, mention.cstart)
    if at < 1 or clean[at + len(named) : mention.cstart].strip() or clean[at - 1] not in _ROUTE_JOINERS:
        return ""
    start = _route_start(clean, at - 1, entities)
    return start + clean[at - 1 : at + len(named)] if start else ""


def _route_start(clean: str, joiner: int, entities: list[Mention]) -> str:
    """The place a route opens with when `joiner` (at 至 or 到) follows its name right away (北京 + 至天津城际铁路) or
    its station's (燕郊站 + 至北京城市副中心), else ""."""
    if clean[joiner : joiner + 1] not in _ROUTE_JOINERS:
        return ""
    return next((clean[e.cstart : joiner] for e in entities if e.label in ("LOC", "ORG") and (e.cend == joiner or (
        (station := _STATION_BEFORE_JOINER.match(clean, e.cend)) and station.end() == joiner))), "")


def _with_partner(clean: str, sent: Sentence, mention: Mention, metric: str, entities: list[Mention], toks: Tokens,
                  rules: RuleSet) -> str:
    """北三县与北京日均通勤量, 北京地区对欧盟进出口: a metric right after 与, 向, 对 … (`subject_not_after`) standing as a
    word holds that word too when a name opens the metric or the word always takes a partner
    (`metric_partner_preps`): 与北京日均通勤量 is no count of Beijing's, 对欧盟进出口 no trade of the EU's."""
    at = _left_position(clean, sent, mention, metric)
    while at > 0 and clean[at - 1] in QUOTES:
        at -= 1  # (对“欧盟”进出口)
    first = at
    by_end = {e.cend: e for e in entities if e.label == "LOC"}
    while (clean[first - 1 : first] in ("、", "和") and first - 1 in by_end
           and next((e for e in entities if e.cstart == first and e.label == "LOC"), None) is not None):
        first = by_end[first - 1].cstart  # 向天津、河北 + 输出技术合同成交额: places listed after the word
    if first < at and first > 0 and clean[first - 1] in _lists(rules)["partner_preps"]:
        return clean[first - 1 : at] + metric  # (not 河北输出技术合同成交额, which reads as Hebei's)
    if at <= 0 or clean[at - 1] not in _lists(rules)["partner_preps"]:
        return metric
    i = bisect.bisect_left(toks.starts, at - 1)
    if i >= len(toks.starts) or toks.starts[i] != at - 1 or toks.ends[i] != at:
        return metric  # (结对机制, 研究与试验: no word of its own)
    name = next((e for e in entities if e.cstart == at and e.label in ("ORG", "LOC")), None)
    if clean[at - 1] not in _lists(rules)["metric_partner_preps"] and (
            name is None or at + len(metric) - name.cend < 2):
        return metric
    return _route_start(clean, at - 1, entities) + clean[at - 1] + metric  # (北京至天津城际铁路全长: the route)


def _carried_to(clean: str, sent: Sentence, mention: Mention, name: str, toks: Tokens, rules: RuleSet) -> str:
    """调水 + 到 + 山东, 出口 + 至 + 美国: a name right before the number after a verb and a word of where to
    (`metric_destination_preps`) is the destination, and the three are the metric; "" when the name stands otherwise."""
    at = _left_position(clean, sent, mention, name)
    prep = clean[at - 1 : at] if at > sent.start else ""
    if not prep or prep not in rules.vocab.get("metric_destination_preps", []) or _first_word(toks, at - 1) != prep:
        return ""
    verb = _first_word(toks, at - 2)
    if not verb or _tags(rules)[verb] not in ("v", "vn") or not clean.endswith(verb, sent.start, at - 1):
        return ""
    return verb + prep + name


def _facility_opening(clean: str, sent: Sentence, mention: Mention, toks, entities: list[Mention],
                      rules: RuleSet) -> tuple[str, int] | None:
    """(name, end) of the name of a park, a station or a base (`facility_name`: 京津中关村科技城, 滨海—中关村科技园)
    that opens the mention's clause before it, made of whole nouns and names; None when there is none or the name
    is an entity's (those are subjects already)."""
    found = _LAST_MAIN_BREAK_ANY.search(clean, sent.start, mention.cstart)
    start = found.end() if found else sent.start
    while start < mention.cstart and clean[start] in " “\"":
        start += 1
    openers = (*_lists(rules)["part_openers"], *rules.vocab.get("facility_time_leads", []))
    opener = next((w for w in openers if clean.startswith(w, start)), "")
    if opener:  # 其中京唐港区完成…, 目前…产业园已经签署: the part's opener or a time word is no part of the name
        start += len(opener) + (clean[start + len(opener) : start + len(opener) + 1] in "，,")
    name = compiled(rules.vocab.get("facility_name", r"$^")).match(clean, start, mention.cstart)
    if not name or any(e.cstart == start and e.cend == name.end() or e.cstart < name.end() < e.cend
                       for e in entities):
        return None  # (天津港 + 集团: the name is an entity's or cuts one)
    if clean[name.end() : name.end() + 1] in _ROUTE_OR_LIST:
        return None  # 燕郊站至北京城市副中心: a route's end
    if clean[start : name.end()] in _lists(rules)["facility_kinds"]:
        return None  # 换乘站数量36座: a kind of station, no name
    first, last = bisect.bisect_left(toks.starts, start), bisect.bisect_left(toks.starts, name.end())
    tags = _tags(rules)
    kind = name.start("kind")
    holder = bisect.bisect_right(toks.starts, kind) - 1  # the token holding the kind's first character
    tail = bisect.bisect_right(toks.starts, name.end() - 1) - 1  # (科技 + 城已 + 培育: the kind glued to the verb)
    if (first == last or toks.starts[first] != start or (toks.ends[tail] != name.end() and (
            toks.starts[tail] < kind or tags[toks.words[tail]] is not None))  # (not 河北 + 港口)
            or not all(
            w in _NAME_JOINERS or (tags[w] in NAME_PART_TAGS and _HAN_START.match(w)) or any(
                n.cstart <= b and e <= n.cend for n in entities if n.label == "LOC")  # (曹妃甸/nrfg + 港区)
            for w, b, e in zip(toks.words[first:last], toks.starts[first:last], toks.ends[first:last], strict=True)
            if e <= kind)
            or (toks.starts[holder] != kind and tags[toks.words[holder]] not in _PLACE_TAGS | {None})):
        return None  # (whole nouns and names before the kind of place, not 新建 + 产业园; no common word holding
        # the kind: not 移动电话 + 基站)
    if name.group("kind") in _lists(rules)["facility_by_place"]:
        start = max((e.cstart for e in entities if start <= e.cstart and e.cend <= kind and e.label == "LOC"),
                    default=start)  # 京津城际 + 武清站: a station is named by its place
    return clean[start : name.end()], name.end()


def _after_facility(clean: str, sent: Sentence, mention: Mention, metric: str, facility: tuple[str, int]) -> str:
    """The metric without the facility's name when it opens the metric (京津中关村科技城 + 注册企业)."""
    at, end = _left_span(clean, sent, mention, metric)
    if at < 0 or at >= facility[1]:
        return metric
    if end <= facility[1]:
        return ""  # 曹妃甸港区完成22.4万标箱: the metric was only the name's tail
    rest = "".join(ch for ch in clean[facility[1] : end] if ch not in QUOTES)  # (政务服务“同事同标”事项)
    return rest if len(rest) >= 2 else metric


_LAST_ITEMS_BREAK = regex.compile(r"[，,；;：:。！？!?\n](?=[^，,；;：:。！？!?\n]*\Z)")  # (not 、, which joins items)
_LAST_MAIN_BREAK_ANY = regex.compile(r"[，,；;：:](?=[^，,；;：:]*\Z)")


def _left_position(clean: str, sent: Sentence, mention: Mention, metric: str) -> int:
    """Where a metric written before its number, in the same clause, starts; -1 when it is not so written."""
    return _left_span(clean, sent, mention, metric)[0]


def _left_span(clean: str, sent: Sentence, mention: Mention, metric: str) -> tuple[int, int]:
    """Where a metric written before its number, in the same clause, starts and ends in the text (over quotes
    the metric leaves out); (-1, -1) when it is not so written."""
    pos, end = clean.rfind(metric, sent.start, mention.cstart), -1
    if pos >= 0:
        end = pos + len(metric)
    elif metric and not QUOTES_SET.isdisjoint(clean[sent.start : mention.cstart]):
        # 对“一带一路”沿线国家进出口: the metric is written with quotes the phrase left out
        pos, end = _rfind_over_quotes(clean, metric, sent.start, mention.cstart)
    between = clean[end : mention.cstart] if pos >= 0 else ""
    if "(" in between or "（" in between:
        between = _BRACKETED.sub("", between)  # 石家庄市(不含辛集市)1007.11万人: a note in brackets breaks no clause
    if metric and pos >= 0 and between[:1] in ("，", ",") and _GOES_ON_TO_NUMBER.fullmatch(between[1:]):
        return pos, end  # 北京PM2.5平均浓度，已经降到了29微克: a clause of only a verb to the number goes on from it
    return (pos, end) if pos >= 0 and _BREAK_SET.isdisjoint(between) else (-1, -1)


_GOES_ON_TO_NUMBER = regex.compile(r"(?:已经|已|目前|现在|如今|进一步|继续|再)?(?:降到|降至|降低到|下降到|升到|升至|减至|减少到|增至|增加到|提高到|达到)了?")
_BRACKETED = regex.compile(r"[(（][^()（）]*[)）]")
QUOTES_SET = frozenset(QUOTES)


def _rfind_over_quotes(clean: str, metric: str, start: int, end: int) -> tuple[int, int]:
    """Where the last `metric` written in clean[start:end] with any quotes between its characters starts and
    ends; (-1, -1) when it is not there. A metric with quotes of its own must be written with them."""
    if not QUOTES_SET.isdisjoint(metric):
        return (-1, -1)
    kept = [i for i in range(start, min(end, len(clean))) if clean[i] not in QUOTES_SET]  # the unquoted characters
    found = "".join(clean[i] for i in kept).rfind(metric)
    return (kept[found], kept[found + len(metric) - 1] + 1) if found >= 0 else (-1, -1)


def _opens_clause(clean: str, sent: Sentence, pos: int, rules: RuleSet) -> bool:
    """Whether `pos` opens the sentence or a clause (after a comma, a semicolon or `metric_part_openers`): a place
    there is what the clause is about (其中北京达到79.5万辆), not a destination (转出至津冀) or an item (、河北)."""
    if pos < sent.start:
        return False
    before = clean[sent.start : pos].rstrip(" ")
    before = next((before[: -len(w)] for w in _lists(rules)["part_openers"] if before.endswith(w)), before)
    return not before or before[-1] in "，,；;：:\n"


_PLACE_LINK = regex.compile(r"(?:共有|拥有|现有|有|为|达到?|约|近|超过?|逾|共)*")


def _cut_name_tail(clean: str, sent: Sentence, mention: Mention, metric: str,
                   entities: list[Mention], toks: Tokens, rules: RuleSet) -> tuple[str, str]:
    """A metric that starts inside a name (曹妃甸 + 区一般公共预算收入, cut so by jieba) starts after it, and the
    name is the subject; so is a place that ends a metric after a noun, with only a linking word before the number
    (养老机构秦皇岛有59家); returns (metric, subject)."""
    pos = _left_position(clean, sent, mention, metric)
    if pos < 0 or clean.startswith(metric, mention.cend):
        return metric, ""  # a metric after the number (11家中关村……机构; 天坛医院等115家医院), or another one
    for ent in entities:
        if ent.cstart < pos < ent.cend and ent.label in ("ORG", "LOC"):
            rest = metric[ent.cend - pos :]
            return (rest, ent.value or "") if len(rest) >= 2 else ("", ent.value or "")
    end = pos + len(metric)
    for ent in entities:
        if (ent.cend == end and ent.label == "LOC" and ent.cstart - pos >= 2
                and clean[ent.cstart - 1] not in _NOT_OWNER_BEFORE  # (距离北京100公里: how far from it)
                and _tags(rules)[_first_word(toks, ent.cstart - 1)] in ("n", "nz")
                and _PLACE_LINK.fullmatch(clean, end, mention.cstart - len((mention.extra or {}).get("qpre", "")))):
            return metric[: ent.cstart - pos], ent.value or ""  # 这样的养老机构 + 秦皇岛 + 有59家: the place's count
    return metric, ""


def _restates(clean: str, prev: Mention, mention: Mention, rules: RuleSet, dates: list[Mention] = ()) -> bool:
    """突破2万美元，达到2.1万美元; 达到1.2万亿元，预计到2025年将突破1.5万亿元: the same kind and unit, only a comma,
    `metric_restate_words` and dates between (and a `threshold_tails` word before the comma: 突破千万千瓦大关，达到…)."""
    if prev.type != mention.type:
        return False
    qpre = (mention.extra or {}).get("qpre", "")
    end = mention.cstart - len(qpre)  # 将突破1.5万亿元: no 突破
    gap = "".join(clean[a:b] for a, b in _outside(prev.cend + len(qualifier_after(prev)), end, dates)).replace(" ", "")
    # (10万辆左右，到2035年达100万辆: from after the first's qualifier)
    gap = gap[len(next((w for w in rules.vocab.get("threshold_tails", []) if gap.startswith(w)), "")) :]  # (大关)
    if prev.type == "money" and prev.unit != mention.unit:
        # 人均GDP达到20万元，约合2.8万美元: the same figure in another currency
        return bool(gap) and gap[0] in "，,（(" and (gap[1:] or qpre) in rules.vocab.get("metric_conversion_words", [])
    return prev.unit == mention.unit and gap[:1] in "，," and _restate_pattern(rules).fullmatch(gap[1:]) is not None


def _compared_base(clean: str, prev: Mention, mention: Mention, dates) -> Mention | None:
    """常住人口1000万人，较2020年的950万人: the figure a comparison with a date gives right after a figure of the same
    kind and unit is that figure's metric at that date; the date, or None."""
    if prev.type != mention.type or prev.unit != mention.unit:
        return None
    inside = [d for d in dates if prev.cend <= d.cstart and d.cend <= mention.cstart]
    gap = "".join(clean[a:b] for a, b in _outside(prev.cend, mention.cstart, inside)).replace(" ", "")
    return inside[-1] if inside and _COMPARED_BASE.fullmatch(gap) else None


def _compared_last_year(clean: str, prev: Mention, mention: Mention) -> bool:
    """吸引观众1035.63万人次，比上年同期1012.68万人次: a figure of the same kind and unit right after a comparison
    with the year or the period before is the first figure's metric then."""
    return (prev.type == mention.type and prev.unit == mention.unit
            and _COMPARED_LAST_YEAR.fullmatch(clean[prev.cend : mention.cstart].replace(" ", "")) is not None)


_COMPARED_LAST_YEAR = regex.compile(
    r"[，,；;]?(?:相比|较|比|与)(?:上年同期|上年|去年同期|去年|上一年|前一年|同期|上月|上季度)的?[约近超逾]?")
_COMPARED_BASE = regex.compile(r"[，,](?:相比|较|比|与)(?:同期|年末|年底|末|底)?的[约近超逾]?")  # (相比2025年2月同期的约1.2万元)


def _converted(clean: str, prev: Mention, mention: Mention, rules: RuleSet) -> bool:
    """人均地区生产总值为22.8万元（按年平均汇率折算为3.2万美元）: an amount in another currency in brackets right
    after one, the words before it a basis (按…) and a `metric_conversion_verbs` word, is the same figure."""
    if prev.type != "money" or mention.type != "money" or prev.unit == mention.unit:
        return False
    gap = clean[prev.cend : mention.cstart]
    verbs = tuple(rules.vocab.get("metric_conversion_verbs", []))
    return (len(gap) <= 20 and gap[:2] in ("（按", "(按") and gap.endswith(verbs)
            and not any(ch in gap for ch in "）)，,。；;"))


def _outside(start: int, end: int, spans: list[Mention]) -> list[tuple[int, int]]:
    """The parts of [start, end) outside the mentions' spans."""
    parts, pos = [], start
    for m in spans:
        if start <= m.cstart and m.cend <= end:
            parts.append((pos, m.cstart))
            pos = m.cend
    parts.append((pos, end))
    return parts


@lru_cache(maxsize=8)
def _restate_pattern(rules: RuleSet) -> regex.Pattern:
    words = rules.vocab.get("metric_restate_words", [])
    return regex.compile(alternation(words) + "*") if words else regex.compile("")


def _level_after_rise(clean: str, prev: Mention, mention: Mention, rules: RuleSet) -> bool:
    """人均生产总值增长103倍，达到32810元: after a rise, a comma and a `metric_restate_words` word, the level the
    rise's metric reached."""
    gap = clean[prev.cend : mention.cstart - len((mention.extra or {}).get("qpre", ""))].replace(" ", "")
    if (noun := compiled(rules.vocab.get("change_after", r"$^")).match(gap)) is not None:
        gap = gap[noun.end() :]  # 实现了2.6%的同比增长，达到4100.9万吨
    return (bool(prev.change) and gap[:1] in "，," and len(gap) > 1
            and _restate_pattern(rules).fullmatch(gap[1:]) is not None)


def _reaches(clean: str, prev: Mention, mention: Mention, rules: RuleSet) -> bool:
    """由3.5万元降至2.8万元: the second number is the level the first one's metric reached."""
    gap = clean[prev.cend : mention.cstart].replace(" ", "")
    return 0 < len(gap) <= 5 and reaches_level(gap, rules) and _BREAK_SET.isdisjoint(gap)


def _names_other(clean: str, prev: Mention, mention: Mention, rules: RuleSet) -> bool:
    """信息智能增长21.2%，生物医药健康增长15.3%: a clause of its own before a rise that names something no
    metric was read from (no comparison, no date, no number) is about that, not about the figure before it."""
    gap = clean[prev.cend : mention.cstart - len((mention.extra or {}).get("qpre", ""))]
    found = _LAST_BREAK.search(gap)
    if not found:
        return False  # 1000亿元增长5%: no clause between
    rest = _strip_right(gap[found.start() + 1 :], rules)
    if any(w in rest for w in _lists(rules)["base_markers"]) or not _HAN_ONLY.fullmatch(rest):
        return False  # 较上年末增长, 比2019年增长: a comparison
    return len(rest) >= 2 and rest not in _lists(rules)["not_metric"]


_HAN_ONLY = regex.compile(r"\p{Han}*")


def _semicolon_chain(claims: list[dict], sent: Sentence, clean: str, sent_by_no: dict[int, Sentence]) -> list[dict]:
    """The claims of the sentences just before `sent` that each end in a semicolon (…增长5.2%；天津…), in order."""
    chain: list[dict] = []
    no = sent.no - 1
    while no in sent_by_no and clean[sent_by_no[no].end - 1 : sent_by_no[no].end] in _SEMICOLONS:
        chain[:0] = [c for c in claims if c["mention"].sentence_no == no]
        no -= 1
    return chain


_SEMICOLONS = ("；", ";")


def _semicolon_subject(claims: list[dict], sent: Sentence, clean: str, sent_by_no: dict[int, Sentence],
                       mention: Mention, entities: list[Mention], rules: RuleSet) -> str:
    """The subject of the sentences chained to this one by semicolons, when this clause names no organization or
    place before its number (…生产总值7842.83亿元；第一产业增加值80.54亿元；…): the first claim's, or the last
    one whose clause opens with it and its metric (长三角…；发生重污染60天次；汾渭平原PM2.5平均浓度为70微克/立方米；
    发生重污染152天次: 汾渭平原)."""
    if any(sent.start <= e.cstart < mention.cstart and e.label in ("ORG", "LOC") for e in entities):
        return ""
    chain = _semicolon_chain(claims, sent, clean, sent_by_no)
    first = next((c for c in chain if c["mention"].sentence_no == chain[0]["mention"].sentence_no and c["subject"]
                  and c["mention"].unit not in _lists(rules)["time_units"]), chain[0] if chain else None)
    if first is None or not first["subject"]:
        return ""
    for claim in reversed(chain):
        own = sent_by_no[claim["mention"].sentence_no]
        rest = own.start + len(claim["subject"])
        rest += len(next((w for w in _lists(rules)["region_words"] if clean.startswith(w, rest)), ""))
        if claim["subject"] and claim["metric"] and clean.startswith(claim["subject"], own.start) and (
                clean.startswith(claim["metric"], rest)):
            return claim["subject"]
    return first["subject"]


def _peer_across_semicolon(claims: list[dict], mention: Mention, place: str, clean: str,
                           sent_by_no: dict[int, Sentence], rules: RuleSet) -> dict | None:
    """北京地区生产总值4.4万亿元，增长5.2%；天津1.67万亿元: the last claim before a semicolon of the same kind and
    unit, with a metric and another place as its subject, when the figure's sentence opens with its place
    (after 其中 and a comma, too: `metric_part_openers`)."""
    sent = sent_by_no[mention.sentence_no]
    start = sent.start
    opener = next((w for w in _lists(rules)["part_openers"] if clean.startswith(w, start)), "")
    start += len(opener) + (clean[start + len(opener) : start + len(opener) + 1] in ("，", ","))
    link = clean[start + len(place) : mention.cstart]
    link = link[len(next((w for w in _lists(rules)["completion_verbs"] if link.startswith(w)), "")):]
    if not clean.startswith(place, start) or link.strip(" 为达到是有"):
        return None
    chain = _semicolon_chain(claims, sent, clean, sent_by_no)
    whole = bool(opener) and not chain  # 全省…共完成480.57万标箱。其中，唐山港完成329.34万标箱: a part of the figure of
    if whole:  # the sentence before (whose subject may be unnamed: 全省)
        chain = [c for c in claims if c["mention"].sentence_no == sent.no - 1]
    return next((c for c in reversed(chain)
                 if c["mention"].type == mention.type and c["mention"].unit == mention.unit and c["metric"]
                 and (c["subject"] or whole) and c["subject"] != place), None)


def _stated_before(clean: str, sent: Sentence, toks, mention: Mention, claims: list[dict], rules: RuleSet) -> str:
    """工业产值保持稳定，同比增长5%: a rise whose clause holds only comparison and rise words is of what the clause
    before it states with a `metric_state_verbs` verb and no figure: the words before that verb, else ""."""
    end = mention.cstart - len((mention.extra or {}).get("qpre", ""))
    found = _LAST_MAIN_BREAK.search(clean, sent.start, end)
    if found is None or _strip_right(clean[found.end() : end].strip(), rules):
        return ""
    before = _LAST_MAIN_BREAK.search(clean, sent.start, found.start())
    start = before.end() if before else sent.start
    if any(c["mention"].sentence_no == sent.no and c["mention"].cstart >= start for c in claims):
        return ""  # (a figure stated there: the rise is that figure's, see link_claims)
    verbs = _lists(rules)["state_verbs"]
    at = next((s for w, s, _ in toks.within(start, found.start()) if w in verbs or any(
        len(v) > 1 and w.startswith(v) for v in verbs)), None)  # (保持稳定: one word to jieba)
    return _left_metric(clean, sent, toks, at, rules, start) if at is not None else ""


def _risen_across_semicolon(claims: list[dict], mention: Mention, clean: str, sent_by_no: dict[int, Sentence],
                            rules: RuleSet) -> dict | None:
    """CSPI平均值为92.79点，环比上升2.69点；同比下降7.67点: a rise that opens the sentence after a semicolon with
    nothing but comparison and rise words before it is of the last figure of the same kind and unit before the
    semicolon that has a metric (and is no rise itself)."""
    sent = sent_by_no[mention.sentence_no]
    lead = clean[sent.start : mention.cstart - len((mention.extra or {}).get("qpre", ""))].strip(" ，,")
    if not lead or _strip_right(lead, rules):
        return None
    return next((c for c in reversed(_semicolon_chain(claims, sent, clean, sent_by_no))
                 if c["mention"].type == mention.type and c["mention"].unit == mention.unit and c["metric"]
                 and not c["mention"].change), None)


_CONTRASTS = ("而且", "但是", "而", "但", "则")


def _only_place_from(clean: str, start: int, mention: Mention, entities: list[Mention], rules: RuleSet) -> bool:
    """Do the words from `start` to the number name only a place (after 而, 但 …: ，而河北仅为6500余美元) and words
    the metric leaves out?"""
    at = start + len(next((w for w in _CONTRASTS if clean.startswith(w, start)), ""))
    end = mention.cstart - len((mention.extra or {}).get("qpre", ""))
    place = next((e for e in entities if e.cstart == at and e.label == "LOC"), None)
    return place is not None and place.cend <= end and not _strip_right(clean[place.cend : end], rules)


def _place_clause(clean: str, sent: Sentence, mention: Mention, entities: list[Mention], rules: RuleSet) -> bool:
    """Does the number's clause, after a comma, name only a place and words the metric leaves out (……，天津增长1.3%)?"""
    found = _LAST_MAIN_BREAK.search(clean, sent.start, mention.cstart)
    return found is not None and _only_place_from(clean, found.end(), mention, entities, rules)


def _parallel_place(clean: str, prev: Mention, mention: Mention, entities: list[Mention], rules: RuleSet) -> bool:
    """北京GDP增长5.2%，天津增长4.3%; 北京4.4万亿元，天津1.67万亿元: a clause that names only a place (and a verb
    the metric leaves out) before a figure of the same kind and unit as the one before it is the same metric's."""
    if prev.type != mention.type or prev.unit != mention.unit or clean[prev.cend : prev.cend + 1] not in "，,；;、":
        return False
    return _only_place_from(clean, prev.cend + 1, mention, entities, rules)


def _continued_subject(claims: list[dict], clean: str, sent: Sentence, mention: Mention,
                       entities: list[Mention]) -> str:
    """京津冀协同创新明显加速，北京流向津冀技术合同1105项，成交额111.8亿元: a figure of another kind or unit in a clause
    that names nothing before it, right after a clause opened by the name that is the subject of its figure, is
    about that name too (not the sentence's topic); else "". (Figures alike in such clauses are parallel facts:
    北京GDP增长5.2%，区域整体增长5.1%.)"""
    if not claims:
        return ""
    prev = claims[-1]
    pm = prev["mention"]
    if pm.sentence_no != sent.no or not prev["subject"] or (pm.type, pm.unit) == (mention.type, mention.unit):
        return ""
    here = _LAST_MAIN_BREAK.search(clean, sent.start, mention.cstart)
    if not here or here.start() < pm.cend or any(
            here.end() <= e.cstart and e.cend <= mention.cstart and e.label in ("ORG", "LOC") for e in entities):
        return ""
    there = _LAST_MAIN_BREAK.search(clean, sent.start, here.start())
    if not there or there.end() > pm.cstart:
        return ""
    opener = next((e for e in entities if e.cstart == there.end() and e.label in ("ORG", "LOC")), None)
    return prev["subject"] if opener is not None and opener.value == prev["subject"] else ""


def _listed_destination(before: str, named: str, metric: str, entities: list[Mention], rules: RuleSet) -> str:
    """向北京供水38.75亿立方米、天津供水31.57亿立方米、河南供水…: when the item listed before (after 、) has a metric of a
    partner preposition, a place and the words this one's has after its own place, this place is a destination too:
    the metric with the preposition (向天津供水); else ""."""
    prep = next((w for w in _lists(rules)["partner_preps"] if before.startswith(w)), "")
    if not prep:
        return ""
    whole = named + metric
    place = named or next((e.value for e in entities if e.label == "LOC" and e.value and whole.startswith(e.value)), "")
    tail = whole[len(place) :]
    if not place or len(tail) < 2 or not before.endswith(tail):
        return ""
    first = before[len(prep) : len(before) - len(tail)]
    return prep + whole if first and any(e.value == first and e.label == "LOC" for e in entities) else ""


def _same_opening_subject(claims: list[dict], clean: str, sent: Sentence, mention: Mention, metric: str,
                          entities: list[Mention], entities_before: list[Mention]) -> str:
    """在天津设立分支机构4173家；在河北设立分支机构4643家: a sentence after a semicolon that opens as the clause of
    the figure before it did (在/于, a place, the same words up to a figure of the same kind and unit) names where,
    as that one did: its subject is that figure's (unless that was its own place: 在天津，…；在河北，…); else ""."""
    if not claims or clean[sent.start - 1 : sent.start] not in ("；", ";"):
        return ""
    prev = claims[-1]
    pm = prev["mention"]
    if (pm.sentence_no != sent.no - 1 or pm.type != mention.type or pm.unit != mention.unit
            or prev["metric"] != metric or not prev["subject"]):
        return ""
    here = _place_after_preposition(clean, sent.start, mention.cstart, entities)
    brk = _LAST_MAIN_BREAK_ANY.search(clean, max(0, pm.cstart - 60), pm.cstart)
    there = _place_after_preposition(clean, brk.end() if brk else max(0, pm.cstart - 60), pm.cstart, entities_before)
    if (here is None or there is None or prev["subject"] == there.value
            or clean[here.cend : mention.cstart] != clean[there.cend : pm.cstart]):
        return ""
    return prev["subject"]


def _place_after_preposition(clean: str, start: int, end: int, entities: list[Mention]) -> Mention | None:
    """The place named right after 在/于 opening clean[start:end] (spaces and 其中 skipped), if any."""
    text = clean[start:end]
    rest = text.lstrip(" 　").removeprefix("其中").lstrip(" 　，,")
    lead = len(text) - len(rest)
    if text[lead : lead + 1] not in _PLACE_PREPOSITIONS:
        return None
    at = start + lead + 1
    return next((e for e in entities if e.cstart == at and e.label == "LOC" and e.cend < end), None)


def _parallel_period(clean: str, prev: Mention, mention: Mention, dates: list[Mention], rules: RuleSet) -> bool:
    """其中一季度增长8%，二季度增长7%: a clause that names only a date (and a verb the metric leaves out) before a
    figure of the same kind and unit as the one before it, which has a date of its own, is the same metric's."""
    if prev.type != mention.type or prev.unit != mention.unit or clean[prev.cend : prev.cend + 1] not in "，,；;":
        return False
    opening = next((d for d in dates if d.cstart == prev.cend + 1 and d.cend < mention.cstart), None)
    if opening is None or _strip_right(clean[opening.cend : mention.cstart].removeprefix("份"), rules):
        return False
    return any(d.cend <= prev.cstart for d in dates)  # (a date of its own before it: 1月，全市进出口总值300亿元)


def _part_of(clean: str, prev: Mention, mention: Mention, rules: RuleSet, whole: Mention | None = None) -> bool:
    """保有量超过200万辆，其中北京达到79.5万辆: after a comma, `metric_part_openers` (其中) open a clause that gives a
    part of the figure before it (the same kind and unit), which shares its metric; with `whole`, of that figure,
    a rise of which `prev` is (拥有量74.3件，增长15.7%，其中北京303.9件)."""
    whole = whole or prev
    if whole.type != mention.type or whole.unit != mention.unit:
        return False
    gap = clean[prev.cend : mention.cstart].replace(" ", "")
    opener = next((w for w in _lists(rules)["part_openers"] if gap[1:].startswith(w)), "")
    rest = gap[1 + len(opener) :].removeprefix("，").removeprefix(",")  # 其中，海淀区有5000家
    return bool(opener) and gap[0] in "，,；;" and (
        (len(gap) <= 15 and _BREAK_SET.isdisjoint(rest)) or _each(rules)["parts"].fullmatch(rest) is not None)


@lru_cache(maxsize=8)
def _each(rules: RuleSet) -> dict[str, regex.Pattern]:
    """Patterns of `respectively_words` (分别, 依次, 各自: the figures listed after go with the items before, in
    order): `word` any of them; `before` one and up to six words right before the first figure (分别达到); `after`
    one right after the items, past 也, 同比 … (入境游客和创汇同比分别增长); `parts` names listed before one and what
    links them to their first figure (其中北京、天津和河北分别为29926.3亿元、…: the parts of a whole)."""
    word = alternation(rules.vocab.get("respectively_words", ["分别"]))
    changes = alternation([w for w in (*rules.vocab.get("change_up", []), *rules.vocab.get("change_down", []))
                           if len(w) > 1 and is_han(w[0])])
    return {
        "word": regex.compile(word),
        "before": regex.compile(f"{word}[^\\d，,。；;：:、]{{0,6}}\\Z"),
        "after": regex.compile(f" *(?:也|还|都)?(?:同比|环比|年均|均)?{word}"),
        "parts": regex.compile(f"(?:\\p{{Han}}{{2,8}}[、和及与])+\\p{{Han}}{{2,8}}?(?:同比|环比)?{word}(?:为|是|达到|达|有|{changes})?"),
    }


def _rfind_each(rules: RuleSet, text: str, start: int = 0, end: int | None = None) -> int:
    """Where the last of `respectively_words` in text[start:end] starts, else -1."""
    starts = [m.start() for m in _each(rules)["word"].finditer(text, start, len(text) if end is None else end)]
    return starts[-1] if starts else -1


_PER_UNIT_END = regex.compile(r"(?:每个?[^\d\s，,。；;、每为到至]{1,3}){1,2}\Z")  # 每人每月 before a number


def _from_to(clean: str, prev: Mention, mention: Mention, rules: RuleSet) -> bool:
    """已从2008年日均发送乘客二三百人，发展到现在的8000余人: 从/由 before the first number, 到/至 between, the
    same kind and unit: the second is where the first one's metric went."""
    if prev.type != mention.type or prev.unit != mention.unit:
        return False
    gap = _PER_UNIT_END.sub("", clean[prev.cend : mention.cstart])  # (由每人每月924元调整为每人每月1000元)
    lists = _lists(rules)
    if not 0 < len(gap) <= 15 or "。" in gap or not (any(w in gap for w in lists["to_markers"])
                                                    or gap.endswith(lists["level_verbs"])):
        return False  # (由每月2420元调整为2540元)
    opening = clean[max(0, prev.cstart - 20) : prev.cstart]
    opening = opening[max(opening.rfind(ch) for ch in "，,；;。") + 1 :]
    return any(w in opening for w in lists["from_markers"])


def share_category_metrics(claims: list[dict], clean: str, rules: RuleSet) -> None:
    """六大类60项活动, 七大板块、127项综合性服务体系: a count of kinds (`metric_category_units`) with no metric, right
    before the count of what they are kinds of, takes its metric; a count in another measure right after a count
    with its metric, 、 between and a break after it, shares it (营业性演出367台、2071场). Changed in place."""
    kinds = _lists(rules)["category_units"]
    for c, following in itertools.pairwise(claims):
        m, n = c["mention"], following["mention"]
        if not c["metric"] and m.unit in kinds and n.type == "quantity" and clean[m.cend : n.cstart] in ("", "、"):
            c["metric"] = following["metric"]
        elif (c["metric"] and c["own"] and not following["metric"] and m.type == n.type == "quantity"
              and m.unit != n.unit and clean[m.cend : n.cstart] == "、" and not following.get("right")
              and (clean[n.cend : n.cend + 1] or "。") in _BREAK_SET):
            following["metric"] = c["metric"]  # 举办营业性演出367台、2071场: one thing counted in two measures


def share_list_metrics(claims: list[dict], clean: str, toks: Tokens, rules: RuleSet,
                       by_sentence: dict[int, list[Mention]] | None = None) -> None:
    """Numbers listed one after another (same kind and unit, joined by 、/和): when the first has a metric of
    its own, the others without one share it (研发投入强度分别为6.58%、3.58%和2.08%), or, when as many
    metrics alike are listed before 分别, take them in order (解决率和满意率分别达到96.5%、97.2%); when it has none and as
    many claims with metrics come just before, 分别 between, they map in order (游客3.29亿人次，旅游收入6200亿元，
    分别增长10.2%和11.5%; a figure before with no metric gives none); when words listed before the first's metric
    differ from it, see `_listed_heads`. Claims
    carry 'own' (the metric was found next to the number); changed in place."""
    pair_words = rules.vocab.get("metric_pair_words", [])
    for i, items in _list_runs(claims, clean, rules):
        first = items[0]["mention"]
        opening = _LAST_MAIN_BREAK.search(clean, 0, first.cstart)
        clause = clean[opening.end() if opening else 0 : first.cstart]
        if items[0]["metric"] in pair_words or any(w in clause for w in pair_words if len(w) > 2):
            _share_pair_metrics(items, claims[:i], pair_words)  # (两项数据较上年分别下降3.75%和0.41%: the
            continue  # pair word is cut by the count 两项)
        if items[0].get("share_of"):  # 企业1431家、中小企业14042家，分别占全国比重达到12%和14%
            sources = _sentence_claims_before(claims, i)[-len(items):]
            if (len(sources) == len(items) and all(c["metric"] and not c.get("share_of") for c in sources)
                    and _each(rules)["word"].search(clean, sources[-1]["mention"].cend, first.cstart)):
                _take_metrics(items, sources, items[0]["metric"][len(items[0]["share_of"]) :])  # (占全国比重)
                continue
        rate = next((w for w in _lists(rules)["rate_words"] if items[0]["metric"].endswith(w)), "")
        if rate:  # 投资完成3806.8亿元，其中城镇投资3197.2亿元，分别增长33.0%和34.9%，增速同比分别加快7.7和6.4个百分点
            sources = [c for c in _sentence_claims_before(claims, i) if c["metric"]
                       and c["mention"].type == "percent"][-len(items):]
            gap = clean[sources[-1]["mention"].cend : first.cstart] if sources else ""
            if (len(sources) == len(items) and len({c["metric"] for c in sources}) == len(items)
                    and _each(rules)["word"].search(gap)
                    and rate in gap and not any(ch in gap for ch in "。；;")):
                _take_metrics(items, sources, rate)
                continue
        if items[0]["own"]:
            names = (by_sentence or {}).get(first.sentence_no, [])
            listed = (_listed_metrics(items, clean, toks, rules)
                      or _listed_heads(items, clean, toks, rules, {e.value for e in names}))
            # an amount or a rate whose own metric is the words after it, in a list whose first has one before it,
            # shares the list's (营业收入突破1亿元、5亿元、10亿元的企业: not 企业)
            rate_or_amount = items[0]["mention"].type in ("money", "percent") and not items[0].get("right")
            if not listed and _miscounted_metrics(items, clean, rules, {e.value for e in names}):
                listed = [""] * len(items)  # 营业收入、利润总额、税金分别增长5%和8%: which is which is not said
            for c, metric in zip(items, listed or [items[0]["metric"]] * len(items), strict=True):
                if c is items[0] or not c["own"] or (rate_or_amount and c.get("right")):
                    c["metric"] = metric
            continue
        if _rises_in_order(items, _sentence_claims_before(claims, i), clean, rules):
            continue
        if items[0]["metric"] and not any(c["metric"] for c in items[1:]):
            for c in items[1:]:  # 其中北京、天津和河北分别为29926.3亿元、11896.1亿元和30591.1亿元: the parts the first
                c["metric"] = items[0]["metric"]  # shares with the whole before it
            continue
        if items[-1]["own"] and items[-1].get("right") and not any(c["own"] for c in items[:-1]):
            for c in items[:-1]:
                c["metric"] = items[-1]["metric"]  # 分别给予50万元、100万元、200万元奖励: the last names them all
            continue
        sources = _sentence_claims_before(claims, i)[-len(items):]
        distinct = all(c["metric"] for c in sources) and len({c["metric"] for c in sources}) == len(sources)
        # (or some without one: 新收案件64.4万余件，审执结62.07万余件，同比分别增长9.5%和8.6%: the second rise has none,
        # rather than the first's)
        own_or_none = any(c["own"] for c in sources) and all(c["own"] or not c["metric"] for c in sources)
        if (len(sources) == len(items) and (distinct or own_or_none)
                and _each(rules)["word"].search(clean, sources[-1]["mention"].cend, first.cstart)
                and not any(c["own"] for c in items)):
            _take_metrics(items, sources)


def _sentence_claims_before(claims: list[dict], i: int) -> list[dict]:
    """The claims before claims[i] in its sentence."""
    no = claims[i]["mention"].sentence_no
    return [c for c in claims[:i] if c["mention"].sentence_no == no]


def _take_metrics(items: list[dict], sources: list[dict], suffix: str = "") -> None:
    """Each listed item takes its source's metric, in order (with `suffix`: 增速, 占全国比重)."""
    for c, source in zip(items, sources, strict=True):
        c["metric"] = source["metric"] + suffix


def _rises_in_order(items: list[dict], before: list[dict], clean: str, rules: RuleSet) -> bool:
    """新收案件58.28万件，审执结60.49万件，同比上升22.9%和25.38%: rises listed with no metric of their own right after
    as many figures with metrics and no rise, and only comparison words between, are theirs in order (after 分别;
    without it, when each figure's metric is its own and they all differ; `before`: the sentence's claims before
    them); sets the metrics and says so."""
    first = items[0]["mention"]
    sources = before[-len(items) :]
    if (len(sources) != len(items) or any(c["own"] or not c["mention"].change for c in items)
            or not all(c["metric"] and not c["mention"].change for c in sources)
            or _strip_right(clean[sources[-1]["mention"].cend : first.cstart].strip("，, "), rules)):
        return False
    respectively = _each(rules)["word"].search(clean, sources[-1]["mention"].cend, first.cstart)
    if not respectively and (not all(c["own"] for c in sources) or len({c["metric"] for c in sources}) != len(sources)):
        return False  # (without 分别, only figures with metrics of their own, all different, are mapped so)
    _take_metrics(items, sources)
    return True


def _miscounted_metrics(items: list[dict], clean: str, rules: RuleSet, names: set) -> bool:
    """Does the first number's metric end a list of words before 分别 (营业收入、利润总额、税金分别增长) that holds more or
    fewer items than the numbers after it? (Names listed are subjects, not metrics: 北京、天津地区生产总值.)"""
    metric = items[0]["metric"]
    pos = _before_respectively(items, clean, rules)
    if pos < 0 or not _each(rules)["word"].search(clean, pos + len(metric), items[0]["mention"].cstart):
        return False
    listed = _LISTED_WORDS_END.search(clean, max(0, pos - 60), pos)
    if listed and any(name and name in listed.group() for name in names):
        return False
    count = 1 + (len(_LIST_JOINER.findall(listed.group())) if listed else 0)
    return count >= 2 and count != len(items)


_LISTED_WORDS_END = regex.compile(r"(?:[\p{Han}A-Za-z0-9.]{1,14}[、和及与])+\Z")
_LIST_JOINER = regex.compile(r"[、和及与]")


def _share_pair_metrics(items: list[dict], before: list[dict], pair_words: list[str]) -> None:
    """二者同比分别增长42.9%和67.5%: two figures listed after a word for the two things just measured take the
    metrics of the last two figures before them, in the same or the sentence before (distinct, of one kind); with
    no such pair they have none."""
    first = items[0]["mention"]
    near = [c for c in before if first.sentence_no - 1 <= c["mention"].sentence_no <= first.sentence_no
            and c["metric"] and c["metric"] not in pair_words]
    pair = near[-2:]
    fits = (len(items) == 2 and len(pair) == 2 and pair[0]["metric"] != pair[1]["metric"]
            and pair[0]["mention"].type == pair[1]["mention"].type)
    _take_metrics(items, pair if fits else [{"metric": ""}] * len(items))


def share_list_periods(claims: list[dict], dates_by_sentence: dict[int, list[Mention]], clean: str,
                       rules: RuleSet) -> None:
    """2022年、2023年分别增长5%、6%: as many dates listed (joined by `list_joiners`) before 分别 as numbers listed
    after it give the numbers their periods in order (each had the last date). Changed in place."""
    joiners = _lists(rules)["joiners"]
    for i, items in _list_runs(claims, clean, rules):
        first = items[0]["mention"]
        dates = _joined_dates([d for d in dates_by_sentence.get(first.sentence_no, ()) if d.cend <= first.cstart])
        split = _rfind_each(rules, clean, dates[-1].cend if dates else first.cstart, first.cstart)
        whole_year = _WHOLE_YEAR_LISTED.match(clean, dates[-1].cend) if dates and split >= 0 else None
        before = dates[-(len(items) - 1) :] if whole_year and 2 <= len(items) <= len(dates) + 1 else []
        if (before and whole_year.end() <= split and _BREAK_SET.isdisjoint(clean[whole_year.end() : split])
                and all(_dates_listed(a, b, clean, joiners) for a, b in itertools.pairwise(before))
                and all(c["period"] == dates[-1].value for c in items)):
            # 2023年上半年、全年分别增长5%和6%, 上半年、前三季度和全年分别…: the dates in order, the last figure the
            # whole year's (its year: 2023, or none)
            for c, date in zip(items, before, strict=False):
                c["period"] = date.value
            year = dates[-1].value[:4]
            items[-1]["period"] = year if year.isdigit() else ""
            continue
        if split < 0 or len(dates) < len(items) or any(ch in "。；;！!？?\n" for ch in clean[dates[-1].cend : split]):
            continue
        if i > 0 and dates[-1].cend <= claims[i - 1]["mention"].cstart:
            continue  # 5月、11-12月…比例超过59%，…占比分别为10.5%和8.1%: the dates are an earlier figure's
        listed = dates[-len(items):]
        if all(_dates_listed(a, b, clean, joiners) for a, b in itertools.pairwise(listed)) and (
                len(dates) == len(items) or not _dates_listed(dates[-len(items) - 1], listed[0], clean, joiners)):
            if all(c["period"] == listed[-1].value for c in items):
                for c, date in zip(items, listed, strict=True):
                    c["period"] = date.value


def _joined_dates(dates: list[Mention]) -> list[Mention]:
    """The dates with each one written right after another (今年 + 上半年) kept as the later one: one item of a list."""
    joined: list[Mention] = []
    for d in dates:
        if joined and joined[-1].cend == d.cstart and joined[-1].type == d.type:
            joined[-1] = dataclasses.replace(d, cstart=joined[-1].cstart)  # (the later's value over both)
        else:
            joined.append(d)
    return joined


_WHOLE_YEAR_LISTED = regex.compile(r"[、和及与]全年(?:度)?")  # 2023年上半年 + 、全年


def _dates_listed(prev: Mention, date: Mention, clean: str, joiners) -> bool:
    """Is `date` the next item of a list of dates after `prev` (2023年、2024年上半年; 2023年全年及2024年上半年;
    2023年底和2024年6月底)?"""
    gap = clean[prev.cend : date.cstart]
    return prev.type == date.type and _DATE_TAIL.sub("", gap, count=1) in joiners


_DATE_TAIL = regex.compile(r"\A(?:全年|年底|年末|年初|底|末|初)")  # what ends a date before the joiner


def split_range_periods(claims: list[dict], clean: str) -> None:
    """从2014年到2024年，三地经济总量从6.6万亿元增长到11.5万亿元: a span of years given to a figure after 从 and to the
    figure it grew to is two periods, the first year the first figure's and the last the second's."""
    for first, second in itertools.pairwise(claims):
        a, b = first["mention"], second["mention"]
        years = _YEAR_SPAN.fullmatch(first["period"])
        if (years and a.sentence_no == b.sentence_no and a.unit == b.unit and second["period"] in ("", first["period"])
                and clean.endswith(_FROM, 0, a.cstart) and _GREW_TO.fullmatch(clean, a.cend, b.cstart)):
            first["period"], second["period"] = years.group(1), years.group(2)


def split_listed_years(claims: list[dict], clean: str, rules: RuleSet) -> None:
    """2016年~2018年，资产利润率分别为0.99%、0.84%、0.6%: as many figures listed after 分别 as the span has years,
    all of one metric and one subject, with nothing else listed in their clause, are the years' in order."""
    joiners = _lists(rules)["joiners"]
    run: list[dict] = []
    for claim in [*claims, None]:
        if claim is not None and run and listed_after(run[-1]["mention"], claim["mention"], clean, joiners):
            run.append(claim)
            continue
        years = _YEAR_SPAN.fullmatch(run[0]["period"]) if len(run) > 1 else None
        if (years and int(years.group(2)) - int(years.group(1)) + 1 == len(run)
                and all(c["period"] == run[0]["period"] and c["metric"] == run[0]["metric"]
                        and c["subject"] == run[0]["subject"] for c in run) and run[0]["metric"]):
            first = run[0]["mention"]
            clause = _LAST_MAIN_BREAK.search(clean, 0, first.cstart)
            head = clean[clause.end() if clause else 0 : first.cstart]
            if _each(rules)["before"].search(head) and not any(ch in head for ch in "、和与及"):
                for k, c in enumerate(run):
                    c["period"] = str(int(years.group(1)) + k)
        run = [claim] if claim is not None else []


_YEAR_SPAN = regex.compile(r"(\d{4})/(\d{4})")
_FROM = ("从", "由")
_GREW_TO = regex.compile(r"[^，,。；;\d]{0,6}?(?:到|至)")


def _listed_metrics(items: list[dict], clean: str, toks: Tokens, rules: RuleSet) -> list[str] | None:
    """解决率和满意率分别达到96.5%、97.2%: the metrics listed (joined by `list_joiners`) before 分别, one per number,
    when each is whole words of Han about as long as the last and ends like it; else None."""
    joiners = _lists(rules)["joiners"]
    metric = items[0]["metric"]
    pos = _before_respectively(items, clean, rules)
    if pos < 0:
        return None
    listed, end = [metric], pos
    for _ in items[1:]:
        joiner = next((j for j in joiners if clean.endswith(j, 0, end)), None)
        if joiner is None:
            return None
        end = _before_aside(clean, end - len(joiner))
        start = end
        for _word, s, _e in reversed(toks.within(max(end - len(metric) - 2, 0), end)):
            if end - start >= len(metric) - 1 or not all(map(is_han, clean[s:start])):
                break
            start = s
        part = clean[start:end]
        if not (len(metric) - 1 <= len(part) <= len(metric) + 2) or not part.endswith(metric[-1]):
            return None
        listed.insert(0, part)
        end = start
    if any(clean.endswith(j, 0, end) for j in joiners):
        return None  # more metrics listed than numbers
    return listed


_ASIDE_END = regex.compile(r"[(（][^()（）\n]{1,12}[)）]\Z")  # 固定资产投资（不含农户） + 和: the aside is no metric


def _before_aside(clean: str, end: int) -> int:
    """Where the words listed before a joiner end, past a bracketed aside (固定资产投资（不含农户）和…)."""
    aside = _ASIDE_END.search(clean, max(end - 14, 0), end)
    return aside.start() if aside else end


_LIST_RIGHT_AFTER = regex.compile(r"(?:为|达到?|是)?\Z")


def _before_respectively(items: list[dict], clean: str, rules: RuleSet) -> int:
    """Where the first item's metric stands when 分别 follows it (入境游客和创汇同比分别增长: 创汇), or when the
    numbers follow it right away, which reads the same (外商投资企业、私营企业出口31亿美元和28亿美元), else -1."""
    metric, first = items[0]["metric"], items[0]["mention"]
    pos = clean.rfind(metric, 0, first.cstart)
    if pos < 0:
        return -1
    after = pos + len(metric)
    return pos if (_each(rules)["after"].match(clean, after, first.cstart)
                   or _LIST_RIGHT_AFTER.match(clean, after, first.cstart)) else -1


def _words_listed(clean: str, toks: Tokens, pos: int, count: int, joiners: tuple[str, ...], rules: RuleSet,
                  names: set[str]) -> tuple[list[str], int] | None:
    """The `count` words listed before `pos`, each after one of the `joiners`, and where the first of them
    starts; None when fewer or more are listed so, or one is a name."""
    not_part = _not_part(rules)
    collective = compiled(rules.vocab.get("topic_collective", r"$^"))
    parts, end = [], pos
    for _ in range(count):
        joiner = next((j for j in joiners if clean.endswith(j, 0, end)), None)
        if joiner is None:
            return None
        end = _before_aside(clean, end - len(joiner))
        start = end  # the words back to a sign, a joiner or a word that opens no metric (其中, 全市, 实现)
        for word, s, _e in reversed(toks.within(max(end - MAX_METRIC, 0), end)):
            if (s < end - MAX_METRIC or word in not_part or word in joiners or word in names
                    or not all(is_han(ch) or ch in QUOTES for ch in word) or collective.fullmatch(word)):
                break  # (京津冀三地国内旅游人次和旅游收入: the region and 三地 are the subject's)
            start = s
        part = "".join(ch for ch in clean[start:end] if ch not in QUOTES)  # (专精特新“小巨人”)
        if (len(part) < 2 and not (len(part) == 1 and is_han(part) and part not in rules.vocab.get(
                "province_short_chars", ""))) or part in names:
            return None  # (肉、蛋、奶产量: one-character items are whole when listed; 京、津、冀 name places)
        parts.insert(0, part)
        end = start
    if any(clean.endswith(j, 0, end) for j in joiners):
        return None  # more words listed than numbers
    return parts, end


def _items_listed(clean: str, toks: Tokens, pos: int, count: int, joiners: tuple[str, ...], rules: RuleSet,
                  names: set[str]) -> tuple[list[str], int] | None:
    """Like `_words_listed`, for items that hold a joiner themselves (其他用品及服务价格、生活用品及服务、衣着和交通
    通信价格): the items are what 、 parts in the clause, the last one after any joiner; the first opens after the
    words that open no metric."""
    joiner = next((j for j in joiners if clean.endswith(j, 0, pos)), None)
    if joiner is None or joiner == "、":
        return None
    brk = _LAST_ITEMS_BREAK.search(clean, max(0, pos - 200), pos)
    start = brk.end() if brk else max(0, pos - 200)
    pieces = clean[start : pos - len(joiner)].split("、")
    if len(pieces) != count:
        return None
    not_part = _not_part(rules)
    lead = next((s for w, s, _e in toks.within(start, start + len(pieces[0])) if w not in not_part), None)
    if lead is None:
        return None
    pieces[0] = clean[lead : start + len(pieces[0])]
    if any(len(p) < 2 or p in names or not all(is_han(ch) for ch in p) for p in pieces):
        return None
    return pieces, lead


@lru_cache(maxsize=8)
def _not_part(rules: RuleSet) -> frozenset[str]:
    """Words that open no metric, where a listed word is looked for (其中, 全市, 实现)."""
    lists = _lists(rules)
    return (lists["stop"] | lists["not_metric"] | lists["not_left"] | lists["time_openers"] | set(lists["part_openers"])
            | set(lists["anaphora_all"]))  # (我省粗钢、生铁产量: 我省 is the subject's)


def _listed_heads(items: list[dict], clean: str, toks: Tokens, rules: RuleSet, names: set[str]) -> list[str] | None:
    """Words listed (joined by `list_joiners`) before the first number's metric and 分别, one per number, that
    are not metrics like it: when the metric ends in a head the words lack, each takes it (第一产业、第二产业、第三产业
    增加值分别增长 -> 第一产业增加值 ...; 城镇和农村居民人均可支配收入 -> 城镇居民人均可支配收入): the head is the longest
    run of the metric's last words whose rest ends like every word listed, else is about as long. With no such
    head the words are metrics of their own (营业收入、利润总额分别增长5%和8%). None when the words are names
    (subjects: see share_list_subjects), not metric words, or more than the numbers."""
    metric = items[0]["metric"]
    pos = _before_respectively(items, clean, rules)
    if pos < 0 and "占" in metric.strip("占"):
        # 同城、异地快递业务量分别占全省快递业务量的9.05%和90.92%: the heads of what stands before 分别占, each a share
        base, rest = metric.split("占", 1)
        heads = _listed_heads([{**items[0], "metric": base}, *items[1:]], clean, toks, rules, names)
        return [head + "占" + rest for head in heads] if heads else None
    if pos < 0:
        return None
    lists = _lists(rules)
    joiners = lists["joiners"]
    listed = _words_listed(clean, toks, pos, len(items) - 1, joiners, rules, names)
    if listed is None and len(joiners) > 1:
        # more words listed than numbers: 其他用品及服务价格、生活用品及服务、衣着和交通通信价格 lists four things, with
        # 及 inside two of them; read 、 alone as the joiner before the last one
        listed = _items_listed(clean, toks, pos, len(items) - 1, joiners, rules, names)
    last = metric
    if listed is None and len(joiners) > 1 and (more := _items_listed(clean, toks, pos, len(items), joiners, rules, names)):
        # 同城、异地、国际及港澳台快递业务量: one item more before the joiner than numbers; the last piece and the
        # metric's first word are one item (国际及港澳台)
        (*pieces, piece), end = more
        joiner = next(j for j in joiners if clean.endswith(j, 0, pos))
        listed, last = (pieces, end), piece + joiner + metric
    if listed is None:
        return None
    parts, end = listed
    governed = _tags(rules)[_first_word(toks, end - 1)] in ("v", "vd") if end > 0 else False
    if all(p.endswith(lists["own_ends"]) for p in parts) or len({c["mention"].unit for c in items}) > 1 or governed:
        return parts + [last]  # 绿地率、绿化覆盖率分别达到: each a metric of its own (not 绿地率 + 覆盖率); so
        # are words listed for numbers of different units (游客和旅游收入分别达到3.29亿人次和6200亿元), and words
        # after a verb, its object (接待游客和旅游收入分别增长10%和12%: not 游客收入)
    words = [w for w, _, _ in toks.within(pos, pos + len(metric))]
    joined = ""  # 原油、天然气、煤及褐煤进口均价: the last item is two words joined (煤及褐煤), the head what follows
    if len(words) > 3 and words[1] in joiners:
        joined = "".join(words[:3])
        words[:3] = [joined]
    elif len(words) > 2 and len(words[0]) > 1 and words[0].endswith(joiners):  # (煤及 + 褐煤)
        joined = "".join(words[:2])
        words[:2] = [joined]
    heads = [("".join(words[:k]), "".join(words[k:])) for k in range(1, len(words))]  # longest head first
    if any(stem in names for stem, _ in heads):
        return None
    shared = tuple(rules.vocab.get("list_head_words", []))
    for fits in (lambda p, stem, head: stem == joined, lambda p, stem, head: len(p) == len(stem) == 1,
                 lambda p, stem, head: p[-1] == stem[-1],
                 lambda p, stem, head: stem.endswith(tuple(parts)),
                 lambda p, stem, head: abs(len(p) - len(stem)) <= 1 and len(stem) > 1,  # (鲜 + 瓜果价格: no
                 # one-character item before 鲜菜和鲜瓜果价格's head)
                 lambda p, stem, head: len(stem) > 1 and head.startswith(shared)):  # (新一代信息技术、新能源、新材料
                 # + 产业增加值)
        for stem, head in heads:
            if all(fits(p, stem, head) for p in parts) and not head.startswith(tuple(parts)):
                # (原油、天然气和液化天然气进口均价: not 液化 + 天然气进口均价, which would give 天然气天然气进口均价)
                return [p if p.endswith(head) else p + head for p in parts] + [last]  # (其他用品及服务价格、
                # 生活用品及服务、衣着和交通通信价格: the first has it)
    return parts + [last]


def share_list_subjects(claims: list[dict], by_sentence: dict[int, list[Mention]], clean: str,
                        rules: RuleSet) -> None:
    """北京、天津、河北地区生产总值分别增长5.2%、4.3%和5.5%: as many names listed before 分别 as numbers
    listed after it map in order (subjects), and the last name leaves the metric. Changed in place."""
    joiners = _lists(rules)["joiners"]
    for _, items in _list_runs(claims, clean, rules):
        first = items[0]["mention"]
        at = _rfind_each(rules, clean, 0, first.cstart)  # (names after 分别 are partners: 分别向天津法院委托…)
        notes = [x.span() for x in _EXCEPTION.finditer(clean, max(0, at - 200), max(at, 0))]
        names = [e for e in by_sentence.get(first.sentence_no, []) if e.cend <= at and e.label != "PER"
                 and not any(a <= e.cstart and e.cend <= b for a, b in notes)]  # (not 辛集 in 石家庄(不含辛集))
        run = names[-1:]
        while len(run) < len(names) and _BRACKETED.sub("", clean[names[-len(run) - 1].cend : run[0].cstart]) in joiners:
            run = names[-len(run) - 1 :]  # the names listed right before 分别, all of them
        if len(run) < 2 or _each(rules)["word"].search(clean, run[-1].cend, first.cstart) is None:
            continue
        if len(run) != len(items):
            values = {e.value for e in run}
            for claim in items:  # 北京、天津、河北GDP分别增长5%和6%: the names do not map onto the numbers; none is
                if claim["subject"] in values:  # whose (not the last name's for all)
                    claim["subject"] = ""
            continue
        last = run[-1].value or ""
        for claim, ent in zip(items, run, strict=True):
            claim["subject"] = ent.value
            if last and claim["metric"].startswith(last) and len(claim["metric"]) - len(last) >= 2:
                claim["metric"] = claim["metric"][len(last) :]
            together = _COLLECTIVE_SIZE.match(claim["metric"])
            if _collective_count(together) == len(run) and len(claim["metric"]) - together.end() >= 2:
                claim["metric"] = claim["metric"][together.end() :]  # 石家庄、唐山 + 两市GDP: the names together


def share_collective_subjects(claims: list[dict], sent_by_no: dict[int, Sentence], clean: str, rules: RuleSet) -> None:
    """京津冀三地地区生产总值分别为22968.6亿元、16538.2亿元和29806.1亿元: numbers listed after 分别 whose subject
    is a region of `subject_collective_members`, named with a collective word (三地) before 分别 in the sentence,
    as many as its members, are its members' in order; the collective word leaves the metric. Changed in place."""
    members = rules.vocab.get("subject_collective_members", {})
    collective = compiled(rules.vocab.get("topic_collective", r"$^"))
    for i, items in _list_runs(claims, clean, rules):
        region = items[0]["subject"]
        first = items[0]["mention"]
        whole = claims[i - 1] if i > 0 and claims[i - 1]["mention"].sentence_no == first.sentence_no else None
        if (not region and whole is not None and whole["subject"] in members and collective.match(items[0]["metric"])
                and all(c["subject"] == "" and c["metric"] == items[0]["metric"] for c in items)):
            # 京津冀地区城镇新增就业累计1595.6万人，三地分别新增316.2万人、441.1万人和838.3万人: the whole's region
            region = whole["subject"]
            for c in items:
                c["subject"] = region
                if len(c["metric"]) - collective.match(c["metric"]).end() < 2:
                    c["metric"] = c["metric"] + _region_metric(whole, rules)
        if region not in members or len(members[region]) != len(items) or any(c["subject"] != region for c in items):
            continue
        before = clean[sent_by_no[first.sentence_no].start : first.cstart]
        at = _rfind_each(rules, before)
        if at < 0 or not (collective.search(before, 0, at) or _sole_plural(before, region, at, rules)):
            continue  # (京津冀居民收入均实现稳步增长，三地居民人均可支配收入分别增长…, and 三地 alone when the
            # region is the subject already: 2012年三地人均公共财政预算收入分别为…)
        listed = items[0]["metric"]
        for claim, member in zip(items, members[region], strict=True):
            claim["subject"] = member
        found = collective.match(listed)
        if not found:
            continue
        if len(listed) - found.end() < 2:
            for claim in items:  # 京津冀地区城镇新增就业累计…，三地分别新增: the whole's metric, as above (京津两地分别
                # 增长5%和4%: none, the collective word is no metric)
                claim["metric"] = _region_metric(whole, rules) if whole is not None and whole["subject"] == region else ""
            continue
        for claim in claims:  # (北京是河北的2.56倍: a figure of the sentence about a member, with the list's metric)
            if (claim["mention"].sentence_no == first.sentence_no and claim["metric"] == listed
                    and claim["subject"] != region):
                claim["metric"] = listed[found.end() :]


_OTHER_LIST = regex.compile(r"[、和与及\d一二三四五六七八九十两]")


def _sole_plural(before: str, region: str, at: int, rules: RuleSet) -> bool:
    """京津冀开通…的定点医疗机构已分别达到3339家、5392家和1432家: the region named in the clause before 分别, with no
    other list between (年份、指标 joined by 、 和 与 及, figures, or a count in words: 京津冀三次产业结构分别为…) and
    not opening another name (`subject_region_name_words`: 京津城际), is what the numbers after 分别 are of."""
    named = before.rfind(region, 0, at)
    clause = max(before.rfind(sign, 0, at) for sign in "，,；;：:")
    return (named > clause and not _OTHER_LIST.search(before, named + len(region), at)
            and not before.startswith(_lists(rules)["region_name_words"], named + len(region)))


def _region_metric(whole: dict, rules: RuleSet) -> str:
    """The metric of a region's whole figure without the region's name and word (京津冀地区 + 城镇新增就业)."""
    return _without_lead(_without_lead(whole["metric"], [whole["subject"]]), _lists(rules)["region_words"])


def _list_runs(claims: list[dict], clean: str, rules: RuleSet):
    """(index of the first, claims) of each run of two or more claims whose numbers are listed one after
    another (`listed_after`; after 分别, of any kinds: 分别达到40.8%、43.57%和11.16平方米; alternatives, 3.5万甚至4万元,
    are listed too)."""
    joiners, before = (*_lists(rules)["joiners"], *_lists(rules)["alternatives"]), _each(rules)["before"]
    i = 0
    while i < len(claims):
        j = i + 1
        mixed = before.search(clean, max(0, claims[i]["mention"].cstart - 8), claims[i]["mention"].cstart)
        while j < len(claims) and (
                listed_after(claims[j - 1]["mention"], claims[j]["mention"], clean, joiners)
                or (mixed and claims[j]["mention"].type != "date"
                    and clean[claims[j - 1]["mention"].cend : claims[j]["mention"].cstart] in joiners)):
            j += 1
        if j - i > 1:
            yield i, claims[i:j]
        i = j
