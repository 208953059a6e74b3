"""Names of organizations (ORG), places (LOC) and people (PER) from jieba tokens and rule vocabularies.

Design for speed: one tokenizer cut per article (default mode, HMM for unknown words such as people's
names); part-of-speech tags are looked up in jieba's dictionary (a dict lookup, not the slow HMM tagger).
Places come from the cpca package's list of administrative divisions plus `rules/entities.yaml`;
organizations from a suffix (有限公司, 研究院 ...) extended leftwards over name-like tokens, and company short
names from lists (铁科纵横、华铁经纬等为代表) and brackets (澳康达(天津)); people from dictionary names and from a
surname-initial word next to a title (副总经理于军, 习近平总书记). A name found once is marked wherever else it
stands as whole words.
"""

from __future__ import annotations

import bisect
import csv
import importlib.util
import itertools
import operator
import re
from collections import Counter
from functools import lru_cache
from pathlib import Path

import regex

from .extract import blocked_spans
from .ingest import Article
from .records import Mention
from .rules import RuleSet
from .segment import Sentence, Tokens, save_cache, sentence_index, user_word_tags, word_tags

NAME_DOTS = ("·", "•", "‧", "・")  # between the parts of a foreign name
NAME_TAGS = {"n", "nr", "nrfg", "nrt", "ns", "nt", "nz", "j", "eng", "vn", "an", "b", "nl", "ng", "x", None}
STOP_WORDS = set("的了在与和及为是由等将向从对把被以于同跟并或该这那本我其各个有也都就还要到让给使在中上下")
ADMIN_SUFFIXES = ("自治区", "特别行政区", "省", "市", "区", "县", "旗", "盟", "州")
@lru_cache(maxsize=4)
def admin_divisions(focus: tuple[str, ...] = ()) -> frozenset[str]:
    """Names of China's provinces, cities and counties (full and short forms) from cpca's adcodes.csv (see
    `_read_admin_divisions`); worked out once and cached (marshal) in the temp folder, like the tag table."""
    import marshal
    import tempfile

    spec = importlib.util.find_spec("cpca")
    if not spec or not spec.submodule_search_locations:
        return frozenset()
    path = Path(next(iter(spec.submodule_search_locations))) / "resources" / "adcodes.csv"
    st = path.stat()
    key = f"{st.st_size}-{st.st_mtime_ns}-{word_tags().key}-{'.'.join(focus)}"
    cache = Path(tempfile.gettempdir()) / f"jjjextract-admin3-{key}.marshal"
    try:
        return frozenset(marshal.loads(cache.read_bytes()))
    except (OSError, ValueError, EOFError, TypeError):
        pass
    names = _read_admin_divisions(path, focus)
    save_cache(cache, sorted(names))
    return names


def _read_admin_divisions(path: Path, focus: tuple[str, ...]) -> frozenset[str]:
    """Full names, and short forms without the suffix (通州区 -> 通州). A county's short form outside the
    `focus` regions must be tagged a place name (新建区 -> 新建 is a verb; 合作市 -> 合作, 资源县 -> 资源), inside
    them any tag will do (大兴区 -> 大兴); so will a province's or a city's (合肥 n, 大连 d)."""
    names: set[str] = set()
    tags = word_tags()
    with path.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            name, code = row["name"], row["adcode"]
            names.add(name)
            county = code[4:6] != "00"
            for suffix in ADMIN_SUFFIXES:
                if name.endswith(suffix) and len(name) - len(suffix) >= 2:
                    short = name[: -len(suffix)]
                    tag = tags[short]
                    if county and code.startswith(focus):
                        ok = True  # the common words among these (和平, 开发) are in entities.yaml's not_entity
                    elif county:
                        ok = tag == "ns"
                    else:
                        ok = True  # a city's short form names it (合肥 n, 大连 d); the few common words (来宾) are
                        # in entities.yaml's not_entity
                    if ok:
                        names.add(short)
                    break
    for junk in ("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"):
        names.discard(junk)
    return frozenset(names)


@lru_cache(maxsize=8)
def _vocab_sets(rules: RuleSet) -> dict:
    v = rules.vocab
    org_suffix = sorted(v.get("org_suffix", []), key=len, reverse=True)
    return {
        "org_suffix": org_suffix,
        "org_suffix_set": frozenset(org_suffix),
        "org_suffix_max": max((len(x) for x in org_suffix), default=0),
        "loc_small": tuple(sorted(v.get("loc_small_suffix", []), key=len, reverse=True)),
        "zone_words": frozenset(v.get("zone_words", [])),
        "places": set(v.get("places", [])),
        "orgs": set(v.get("organizations", [])) | set(v.get("central_bodies", [])),
        "central": frozenset(v.get("central_bodies", [])),
        "central_prefixes": frozenset(v.get("central_body_prefixes", [])),
        "titles": set(v.get("titles", [])),
        "surnames": tuple(sorted(v.get("surnames", []), key=len, reverse=True)),
        "surname_set": frozenset(v.get("surnames", [])),
        "provinces": frozenset(v.get("province_names", [])),
        "committee_prefixes": tuple(sorted(v.get("committee_title_prefixes", []), key=len, reverse=True)),
        "brand_suffixes": frozenset(v.get("brand_suffixes", [])),
        "brand_not_first": frozenset(v.get("brand_not_first_chars", "")),
        "brand_not_last": frozenset(v.get("brand_not_last_chars", "")),
        "org_no_start_t": tuple(v.get("org_no_start", [])),
        "wide_regions": frozenset(v.get("wide_regions", [])),
        "not_entity": set(v.get("not_entity", [])),
        "org_inner": set(v.get("org_inner", [])),
        "org_inner_registered": frozenset(v.get("org_inner_in_registered", [])),
        "org_inner_pattern": regex.compile(v.get("org_inner_pattern", "(?!)")),
        "bare_ends": set(v.get("org_bare_suffixes", [])),
        "org_no_start": set(v.get("org_no_start", [])),
        "anonymous": tuple(v.get("org_anonymous_marks", [])),
        "org_breaks": frozenset(v.get("org_break_words", [])),
        "org_category": tuple(v.get("org_category_words", [])),
        "after_number": tuple(v.get("org_no_start_after_number", [])),
        "org_collective_leads": frozenset(v.get("org_collective_leads", [])),
        "collective_ends": tuple(v.get("org_collective_ends", [])),
        "org_false": tuple(v.get("org_suffix_false", [])),
        "org_legal": tuple(v.get("org_legal_suffixes", [])),
        "split_tails": frozenset(v.get("loc_small_split_words", [])),
        "local_prefixes": frozenset(v.get("org_local_prefixes", [])),
        "company_list": regex.compile(v["company_list_after"]) if v.get("company_list_after") else None,
        "list_leads": frozenset(v.get("company_list_leads", "")),
        "org_branches": frozenset(v.get("org_branch_suffixes", [])),
        "place_suffix": tuple(v.get("place_suffix", [])),
        "body_suffixes": tuple(v.get("government_body_suffixes", [])),
        "body_prefixes": frozenset(v.get("government_body_prefixes", [])),
        "body_kind_ends": tuple(v.get("government_body_kind_ends", [])),
        "body_words": frozenset(v.get("government_body_words", [])),
        "road_after": regex.compile(v.get("road_after", "(?!)")),
        "country_words": frozenset(v.get("country_words", [])),
        "centre_roles": frozenset(v.get("centre_role_words", [])),
        "country_attribute": regex.compile(v.get("country_attribute_after", "(?!)")),
        "place_leads": frozenset(v.get("place_lead_chars", "")),
        "prefix_localizers": frozenset(v.get("place_prefix_localizers", "")),
        "direction_regions": frozenset(v.get("direction_regions", [])),
        "compass_directions": frozenset(v.get("compass_directions", [])),
        "province_chars": frozenset(v.get("province_short_chars", "")),
        "set_phrase_not_first": tuple(v.get("set_phrase_not_first_chars", "")),
        "set_phrase_not_last": tuple(v.get("set_phrase_not_last_chars", "")),
        "place_lead_after": frozenset(v.get("place_lead_after", "")),
        "village_ends": tuple(v.get("village_suffixes", [])),
        "village_word_ends": tuple(v.get("village_word_ends", [])),
        "split_town_ends": tuple(v.get("split_town_ends", [])),
        "family_village_ends": tuple(v.get("family_village_ends", [])),
        "bylines": set(v.get("byline_titles", [])),
        "honorifics": frozenset(v.get("honorifics", [])),
        "honorific_ends": tuple(w for w in v.get("honorifics", []) if len(w) >= 2),
        "honorific_chars": frozenset(w for w in v.get("honorifics", []) if len(w) == 1),  # (王总, 李某, 刘姓)
        "campus_ends": tuple(v.get("org_seat_bracket_suffixes", [])),
        "place_lead_words": tuple(v.get("place_lead_words", [])),
        "village_generic": frozenset(v.get("village_generic", [])),
        "village_not_first": frozenset(v.get("village_not_first_chars", "")),
        "village_not_last": frozenset(v.get("village_not_last_chars", "")),
        "town_generic": frozenset(v.get("town_generic", [])),
        "village_glued": frozenset(v.get("village_glued_after_chars", "")),
        "glued_leads": frozenset(v.get("org_glued_leads", "")),
        "glued_breaks": frozenset(v.get("org_glued_breaks", "")),
        "glued_leads_long": frozenset(v.get("org_glued_leads_long", "")),
        "glued_tails": frozenset(v.get("org_glued_tails", "")),
        "person_after": set(v.get("person_after", [])),
        "person_opening_after": set(v.get("person_opening_after", [])),
        "person_report_words": set(v.get("person_report_words", [])),
        "person_glued_after": frozenset(v.get("person_glued_after_chars", "")),
        "person_office_after": frozenset(v.get("person_office_after_chars", "")),
        "person_not_last": frozenset(v.get("person_not_last_chars", "")),
        "person_after_time": set(v.get("person_after", [])) | set(v.get("person_time_after", [])),
        "admin": admin_divisions(tuple(str(x) for x in v.get("focus_adcodes", []))),
        "tags": user_word_tags(str(rules.userdict) if rules.userdict else None),
    } | {"cache": _load_word_facts(rules)}


def _tag(word: str, vs: dict) -> str | None:
    return vs["tags"][word]


_HAN_WORD = re.compile("[\u4e00-\u9fff]+")


def _after_no_han(words: list[str], k: int) -> bool:
    """Does word k open the text or follow a sign, not a Chinese word (、区 + 文明办, ；省卫健委)?"""
    return k == 0 or not _is_han(words[k - 1])


def _is_han(word: str) -> bool:
    return _HAN_WORD.fullmatch(word) is not None


def is_place_name(word: str, rules: RuleSet) -> bool:
    """Is the word a place's name (the `places` vocabulary or one of China's divisions)?"""
    vs = _vocab_sets(rules)
    return word in vs["places"] or word in vs["admin"]


_RENAMED_LEVELS = "县区市"


def label_token(word: str, vs: dict) -> str:
    """LOC/ORG/'' for a single token by the gazetteers and dictionary tags."""
    if word in vs["not_entity"] or len(word) < 2:
        return ""
    if word in vs["orgs"]:
        return "ORG"
    if word in vs["places"] or word in vs["admin"]:
        return "LOC"
    if len(word) >= 3 and _is_han(word) and word[-1] in _RENAMED_LEVELS and word[:-1] in vs["admin"] and (
            word[-2] not in _RENAMED_LEVELS + "省"):
        return "LOC"  # 崇礼县, 宝坻县 (now 崇礼区, 宝坻区): a division's short name with the level it had before
    tag = _tag(word, vs)
    if tag == "ns" and _is_han(word) and len(word) >= 3 and word.endswith(vs["place_suffix"]):
        return "LOC"
    if tag == "nt" and _is_han(word) and _org_suffix(word, vs) and not word.endswith(vs["org_false"]):
        return "ORG"
    return ""


def _place_prefix(word: str, vs: dict) -> int:
    """Length of a named region or province at the start of an unlabelled word (京津塘 -> 京津, 北京市民 ->
    北京), else 0."""
    for size in range(min(len(word) - 1, 6), 1, -1):
        if word[:size] in vs["places"] or word[:size] in vs["provinces"]:
            if word[:size].endswith("市") and word[size : size + 1] == "民":
                continue  # 北京 + 市民, not 北京市 + 民
            if len(word) == size + 1 and word[size] in vs["prefix_localizers"]:
                return 0  # 东北郊: a direction
            return size
    return 0


def _glued_place(words: list[str], i: int, vs: dict) -> int:
    """How many characters of word i end a place's name whose first character jieba cut off before it (唐 + 山西站:
    唐山 + 西站, no 山西: 1); 0 when none do."""
    before = words[i - 1] if i > 0 else ""
    if len(before) != 1 or not _is_han(before):
        return 0
    return next((k for k in (2, 1) if before + words[i][:k] in vs["admin"] or before + words[i][:k] in vs["places"]), 0)


def _name_like(word: str, vs: dict) -> bool:
    if word in STOP_WORDS or not word.strip():
        return False
    if not all(("\u4e00" <= ch <= "\u9fff") or ch.isalnum() for ch in word):
        return False
    if any(ch.isdigit() for ch in word):
        return False
    tag = _tag(word, vs)
    if tag == "l":  # a set phrase: a compound noun (生物工程, 生态环境) is, an idiom or a verb phrase (打造出) is not
        return len(word) <= 4 and not word.startswith(vs["set_phrase_not_first"]) and not word.endswith(
            vs["set_phrase_not_last"])
    return (tag in NAME_TAGS or word in vs["orgs"] or word in vs["places"] or word in vs["admin"]) and (
        word not in vs["titles"])  # 首钢(n)集团有限公司; 保定(v)分公司: a place's name is one whatever jieba tags it


_CLAUSE_SIGNS = frozenset(("，", ",", "。", "；", ";", "\n", "“", "”", "：", ":", " "))


def _cut_given_name_end(words: list[str], starts: list[int], ends: list[int], i: int, vs: dict) -> int:
    """Where a two-character name after a title ends, with the last character of a three-character name that
    jieba cut off: one more Han character before a verb of saying, a time or 等 (行政长官李家 + 超 + 今天指出, a day:
    副司长曹元 + 猛 + 20日), or
    before a list's comma (部长王军 + 为 + ，; not 说 + ，) or glued to a word after names (党委书记王建 + 六等)."""
    n = len(words)
    after = words[i + 1] if i + 1 < n else ""
    following = words[i + 2] if i + 2 < n else ""
    day = following.isdecimal() and i + 3 < n and words[i + 3] in ("日", "号")  # 副司长曹元 + 猛 + 20日在…表示
    if len(after) == 1 and _is_han(after) and after not in vs["person_after_time"] and after not in _SAYING:
        if (after not in STOP_WORDS and (following in vs["person_after_time"] or day or following == "等")) or (
                following in _NAME_LIST_MARKS):  # (董事长尹同 + 跃 + 等)
            return ends[i + 1]
    if len(after) == 1 and _tag(after, vs) == "nr" and following not in STOP_WORDS:
        return ends[i + 1]  # 总经理王子 + 峰 + 深有感触: a given name's character jieba tags as a name's
    if _glued_to_name(after, vs):
        return starts[i + 1] + 1  # 党委书记王建 + 六等, 记者赵子 + 硕摄, 主任杨立 + 波率
    return ends[i]


def _glued_office(word: str, vs: dict) -> bool:
    """A whole name and a verb of taking office glued by jieba (阎庆民任), a word of no dictionary."""
    return (3 <= len(word) <= 4 and word[-1] in vs["person_office_after"] and _tag(word, vs) is None
            and _name_shaped(word[:-1], vs))


def _glued_to_name(word: str, vs: dict) -> bool:
    """Is this the last character of a name glued to a word that follows names (六等, 硕摄, 波率, 清作, 华以), not a
    word of the dictionary (工作, 合作, 可以)?"""
    return (len(word) == 2 and word[1] in vs["person_glued_after"] and _is_han(word[0])
            and word[0] not in STOP_WORDS and word[0] not in _SAYING and _tag(word, vs) in (None, "m", "nz"))


_CN_NUMERAL = re.compile("[〇零一二三四五六七八九十]+")
_COUNTED_PEOPLE = frozenset(("位", "名", "个", "多位", "多名", "余位", "余名"))  # measure words for people
_COLONS = frozenset((":", "："))
_SAYING = frozenset("说称讲道问答笑")  # 市长王强 + 说 + ，: a verb of saying, no part of the name
_NAME_LIST_MARKS = frozenset("，,、；;")


def _person_token(word: str, vs: dict) -> bool:
    if not (2 <= len(word) <= 4) or not _is_han(word) or word.endswith(vs["honorific_ends"]) or (
            len(word) == 2 and word[1] in vs["honorific_chars"]):
        return False  # (李女士, 张先生, 王总, 刘姓: no names)
    tag = _tag(word, vs)
    if tag in ("nr", "nrfg", "nrt"):
        return len(word) > 2 or word.startswith(vs["surnames"])  # (滑雪, tagged nr, opens with no surname)
    return tag is None and word.startswith(vs["surnames"]) and len(word) <= 3


def _spaced_name_end(words: list[str], ends: list[int], k: int) -> int:
    """Where a byline's name starting at word k ends: with the one or two Han characters jieba cut off it
    when a space, a bracket, 、 or the line's end follows them (关子 + 辰, 张 + 怡然, 周润 + 健、张建新; not 焦磊 + 摄, a
    photo's credit), else with word k."""
    nxt = k + 1
    if nxt < len(words) and _is_han(words[nxt]) and len(words[k]) + len(words[nxt]) <= 3 and words[nxt] != "摄":
        after = words[nxt + 1] if nxt + 1 < len(words) else "\n"
        if not after.strip() or after in _CLOSING_BRACKETS or after == "、":  # (【编辑:付子 + 豪】)
            return ends[nxt]
    return ends[k]


def _third_name_char(words: list[str], k: int, vs: dict) -> bool:
    """Is word k one Han character that ends a name before 摄, a space, a bracket's end or the line's end?"""
    after = words[k + 1] if k + 1 < len(words) else "\n"
    return (len(words[k]) == 1 and _is_han(words[k]) and words[k] not in STOP_WORDS
            and words[k] not in vs["person_glued_after"] and (after == "摄" or not after.strip()
                                                               or after in _CLOSING_BRACKETS))


def _name_shaped(word: str, vs: dict) -> bool:
    """A word of two or three characters that reads as a person's name and is no place, division or title."""
    return (len(word) <= 3 and _person_token(word, vs) and word not in vs["places"] and word not in vs["admin"]
            and word not in vs["titles"])


def _listed_person(words: list[str], k: int, vs: dict) -> bool:
    """Is word k a person's name listed after another's: a name-shaped word that is a whole item, before 、,
    a bracket's end, 摄 or the line's end (记者陈杰、靳博）; not 陈杰、北京 or 、李明等人)?"""
    after = words[k + 1] if k + 1 < len(words) else "\n"
    return _name_shaped(words[k], vs) and (after in _LIST_ITEM_ENDS or not after.strip())


def _name_runs(words: list[str], vs: dict, joiner: str = "、") -> list[list[int]]:
    """Runs of token indices joined by `joiner` whose every item is one name-shaped word not ending like a place."""
    def name_like(k: int) -> bool:
        word = words[k] if 0 <= k < len(words) else ""
        return _name_shaped(word, vs) and word[-1] not in vs["person_not_last"]

    runs: list[list[int]] = []
    for k in itertools.compress(itertools.count(), map(joiner.__eq__, words)):  # (only the words beside a joiner)
        if not (name_like(k - 1) and name_like(k + 1)):
            continue
        if runs and runs[-1][-1] == k - 1:
            runs[-1].append(k + 1)
        else:
            runs.append([k - 1, k + 1])
    return runs


_LIST_ITEM_ENDS = frozenset(("、", ")", "）", "摄"))
_CLOSING_BRACKETS = frozenset((")", "）", "】", "]", "」", "』", "〕"))


NOTHING = (False, "", False, 0, False, False, False, False)


def _info(word: str, vs: dict) -> tuple:
    """Facts about a word: (organization suffix usable, gazetteer label, person-like, region-prefix length,
    may end a split small place, byline title, may extend a place as its child, may end a government body's
    name); NOTHING for most words."""
    suffix = _org_suffix(word, vs)
    org = bool(suffix) and not (word in vs["titles"] or (word in vs["not_entity"] and word not in vs["bare_ends"])
                                or word.endswith(vs["org_false"]))
    if org and len(suffix) == 1 and (len(word) == 2 or _tag(word, vs) not in (None, "nt", "nr", "nz")):
        org = False  # 布局, 签署, 新格局: a one-character suffix needs a name-like word (宣传部, 公安局)
    label = label_token(word, vs) or _small_place(word, vs)
    if label == "LOC":
        org = False  # 北京城市副中心 is a place although it ends like an organization (中心)
    prefix = _place_prefix(word, vs) if not label and _is_han(word) else 0
    small_tail = len(word) <= 2 and word.endswith(vs["loc_small"])
    info = (org, label, _person_token(word, vs), prefix, small_tail, word in vs["bylines"], _admin_child(word, vs),
            _body_end(word, vs))
    return NOTHING if info == NOTHING else info


WORD_FACTS_KEPT = 100_000  # words whose facts are kept on disk between runs (the first ones met)
_WORD_FACTS: dict[str, tuple[Path, dict, int]] = {}  # rules fingerprint -> (cache file, facts, count saved)


def _word_facts_file(rules: RuleSet) -> Path:
    """The temp-folder file of the word facts for these rules, this code, jieba's dictionary and cpca's list."""
    import hashlib
    import tempfile

    digest = hashlib.sha256(f"{rules.fingerprint}|{word_tags().key}".encode())
    for module in (__file__, Path(__file__).with_name("segment.py")):
        digest.update(Path(module).read_bytes())
    spec = importlib.util.find_spec("cpca")
    if spec and spec.submodule_search_locations:
        st = (Path(next(iter(spec.submodule_search_locations))) / "resources" / "adcodes.csv").stat()
        digest.update(f"{st.st_size}-{st.st_mtime_ns}".encode())
    return Path(tempfile.gettempdir()) / f"jjjextract-words-{digest.hexdigest()[:20]}.marshal"


def _load_word_facts(rules: RuleSet) -> dict[str, tuple]:
    """The word facts (`_info`) saved by earlier runs with the same rules and code, else an empty dict; the
    dict is the one `_infos` fills and `save_word_facts` writes back."""
    import marshal

    path = _word_facts_file(rules)
    facts: dict[str, tuple] = {}
    try:
        plain_words, others = marshal.loads(path.read_bytes())
        facts = dict.fromkeys(plain_words.split("\x00") if plain_words else (), NOTHING)
        facts.update(others)
    except (OSError, ValueError, EOFError, TypeError):
        facts = {}  # no file yet, or one that is not ours: worked out again
    _WORD_FACTS[rules.fingerprint] = (path, facts, len(facts))
    return facts


def save_word_facts() -> None:
    """Write the word facts worked out in this process to the temp folder, if there are new ones (the first
    WORD_FACTS_KEPT words met); a later run then skips working them out. Failing to write loses nothing."""
    for key, (path, facts, saved) in list(_WORD_FACTS.items()):
        if len(facts) == saved or saved >= WORD_FACTS_KEPT:
            continue
        kept = list(itertools.islice(facts.items(), WORD_FACTS_KEPT))
        plain_words = "\x00".join(word for word, info in kept if info is NOTHING)
        others = {word: info for word, info in kept if info is not NOTHING}
        if save_cache(path, (plain_words, others)):
            _WORD_FACTS[key] = (path, facts, len(kept))


def _infos(words: list[str], vs: dict) -> list[tuple]:
    """`_info` of every word, from the per-process cache (new words are worked out once)."""
    cache = vs["cache"]
    for word in set(words).difference(cache):
        cache[word] = _info(word, vs)
    return list(map(cache.__getitem__, words))


def entities_in_text(clean: str, tokens: Tokens, rules: RuleSet) -> list[tuple[int, int, str]]:
    """(start, end, label) spans of names in the cleaned text, from its tokens (one pass over the article:
    punctuation and line breaks stop every extension, so names never cross a sentence)."""
    vs = _vocab_sets(rules)
    words, starts, ends = tokens.words, tokens.starts, tokens.ends
    infos = _infos(words, vs)
    # indices of the words with any fact (a C-level pass: most words have none)
    hits = list(itertools.compress(itertools.count(), map(operator.is_not, infos, itertools.repeat(NOTHING))))
    n = len(words)
    found: list[tuple[int, int, str]] = []
    taken = bytearray(len(clean) + 1)

    def add(s: int, e: int, label: str) -> None:
        if e - s < 2 or any(taken[s:e]):
            return
        if clean[s:e] in vs["not_entity"]:
            return
        if label == "ORG" and _generic_with_suffix(clean[s:e], vs):
            return  # 三大城市机场: a generic word and a suffix name no organization
        if label == "ORG" and any(mark in clean[s:e] for mark in vs["anonymous"]):
            return  # 天津某公司: a body left unnamed
        if label == "LOC" and _quoted_honour(clean, s, e, vs):
            return  # “五星村”: an honour, not a village
        if label == "LOC" and clean[s:e] in vs["country_words"] and vs["country_attribute"].match(clean, e):
            return  # 中国特色社会主义, 中国数字汽车大赛: the country opening a doctrine's or an event's name
        if label == "LOC" and vs["road_after"].match(clean, e) and not clean[s:e].endswith(vs["place_suffix"]):
            return  # 裕华西路9号, 南京路: the start of a road's name
        if (label == "LOC" and s > 0 and clean[s - 1] in vs["place_leads"] and not taken[s - 1]
                and clean[s:e].endswith(vs["village_ends"])
                and (s < 2 or clean[s - 2] in vs["place_lead_after"] or clean[s - 2] in "镇乡" or taken[s - 2])):
            s -= 1  # 、下 + 朱庄街, 在南 + 蔡村镇, 码头镇西 + 刘庄村, 西青中 + 北镇: a direction jieba cut off a town's or
            # village's name (after a place's name, too)
        taken[s:e] = b"\x01" * (e - s)
        found.append((s, e, label))

    def release(span: tuple[int, int, str]) -> None:
        """Take back a name found earlier, freeing its characters for another."""
        found.remove(span)
        taken[span[0] : span[1]] = b"\x00" * (span[1] - span[0])

    def small_pair(i: int) -> bool:
        """Token i (no label) and a split town/street/village ending after it: 上马+台镇."""
        return (i + 1 < n and infos[i + 1][4] and not infos[i][1]
                and _small_place_pair(words[i], words[i + 1], vs))

    def having(field: int) -> list[int]:
        """The hits whose fact `field` is set (a C-level pass)."""
        return list(itertools.compress(hits, map(operator.itemgetter(field), map(infos.__getitem__, hits))))

    # Government bodies named by their work: a place (or 国家, 中央) before common nouns and a body's suffix
    # (北京市 + 生态环境 + 局, 河北省 + 自然资源 + 厅, 北京市委 + 网信 + 办)
    for i in having(7):
        if i == 0 or infos[i][1] or words[i] in vs["titles"]:
            continue  # 生态环境部 is a body by itself (京津冀三地 + 生态环境部 is no name); 常委 is a title
        if i + 1 < n and (infos[i + 1][0] or infos[i + 1][1] == "LOC" or infos[i + 1][7]):
            continue  # the name goes on: 党工委 + 管委会, 国家外汇管理局 + 河北省 + 分局
        if words[i] == "中心" and i > 0 and words[i - 1] in vs["centre_roles"]:
            continue  # 北京国际交往中心, 武清等次中心: a role a place plays, or a venue, no body
        start = _body_start(words, infos, i, vs)
        if start is not None:
            add(starts[start], ends[i], "ORG")
    # Organizations: a suffix, extended leftwards over name-like tokens; the last suffix first, so that the
    # longest name wins (中国人民银行天津分行 over 中国人民银行).
    for i in reversed(having(0)):
        start = _extend_left(tokens, i, vs)
        if start is not None and _names_something(tokens, i, start, vs):
            add(start, ends[i], "ORG")
    # Towns and villages jieba cut up: X镇Y村 after a county, a clause's start or a function word (故城县 + 三朗镇西牟村,
    # 的 + 南桥镇南件村, 。张段固镇耿家庄村), and a village right after a county's name (行唐县 + 高家峪村)
    for start, town_end, end in _towns_and_villages(clean, vs):
        overlapping = [f for f in found if f[0] < end and start < f[1]]
        if any(f[2] == "ORG" and not (f[0] == start and clean[end : end + 1] in vs["village_glued"]) for f in overlapping):
            continue  # 北大册营村党支部: the village is part of a body's name
        for f in overlapping:
            release(f)
        add(start, town_end, "LOC")  # (the town and the village: two places, 三朗镇 + 西牟村)
        add(town_end, end, "LOC")
        for f in overlapping:  # 齐洽村 + 以 + 河北齐盛皮革股份有限公司: the body named after a glued word
            if f[2] == "ORG" and f[1] - end > 4:
                add(end + 1, f[1], "ORG")
    titled = list(itertools.compress(range(n), map(vs["titles"].__contains__, words)))  # indices of titles
    # A party committee in a title after a place: 河北 + 省委常委 -> 河北省委, 通州 + 区委书记 -> 通州区委
    for i in titled:
        prefix = next((p for p in vs["committee_prefixes"] if words[i].startswith(p) and words[i] != p), "")
        k = i
        while prefix and k > 0 and i - k < 3 and (infos[k - 1][1] == "LOC" or words[k - 1] in vs["provinces"]):
            k -= 1  # 北京市 + 通州 + 区委书记 -> 北京市通州区委
        if k < i:
            add(starts[k], starts[i] + len(prefix), "ORG")
    # Companies by short name: a word jieba does not know before an industry word (随锐科技, 清华超滑科技)
    for i in itertools.compress(range(1, n), map(vs["brand_suffixes"].__contains__, words[1:])):
        k = i - 1
        if not (_tag(words[k], vs) is None and _brand_word(words[k], vs)):
            continue
        if k > 0 and (words[k - 1] in vs["orgs"] or _tag(words[k - 1], vs) in (None, "nz")) and _brand_word(words[k - 1], vs):
            k -= 1
        glued = len(words[k]) == 3 and words[k][0] in vs["glued_leads_long"]  # 即鲁能 + 集团: 即 is no part of it
        add(starts[k] + glued, ends[i], "ORG")
    # Places and known bodies: gazetteer tokens, adjacent ones merged (北京市通州区).
    done = -1
    for i in hits:
        if i <= done:
            continue
        if infos[i][4] and i > done + 1 and small_pair(i - 1):
            add(starts[i - 1], ends[i], "LOC")
            done = i
            continue
        label = infos[i][1]
        if not label:
            if small_pair(i):
                add(starts[i], ends[i + 1], "LOC")
                done = i + 1
            elif infos[i][3]:
                glued = _glued_place(words, i, vs)
                if glued:
                    add(starts[i - 1], starts[i] + glued, "LOC")  # 唐 + 山西站: 唐山 (not 山西)
                else:
                    add(starts[i], starts[i] + infos[i][3], "LOC")
            continue
        if words[i] in vs["direction_regions"] and i > 0 and words[i - 1] in vs["province_chars"]:
            continue  # 冀 + 东北 + 五市: a part of the province, not the region
        if words[i] in vs["compass_directions"] and i + 1 < n and words[i + 1][:1].isdigit():
            continue  # …，东北198.1毫米: a direction inside the place, listed with the others
        j = _admin_suffix_end(words, i, vs) if label == "LOC" else i
        while label == "LOC" and j + 1 < n:
            if infos[j + 1][6]:
                j += 1
            elif words[j + 1] in vs["admin"] and _admin_suffix_end(words, j + 1, vs) > j + 1:
                j = _admin_suffix_end(words, j + 1, vs)  # 张家口市 + 崇礼/区
            elif (j == i and words[i] in vs["provinces"] and infos[j + 1][1] == "LOC"
                  and words[j + 1] not in vs["provinces"] and words[j + 1] not in vs["wide_regions"]):
                j += 1  # 北京 + 通州, 河北 + 廊坊, 天津 + 南港: a province's name before a place in it
            elif words[j + 1] in vs["zone_words"]:
                j += 1  # 北戴河 + 新区: a new area named for the place
            elif words[j + 1] in vs["admin"] and j + 2 < n and words[j + 2] in vs["zone_words"]:
                j += 2  # 秦皇岛市 + 北戴河 + 新区
            elif words[j].endswith(vs["village_word_ends"]) and infos[j + 1][4] and len(words[j + 1]) == 1:
                j += 1  # 杨村 + 街: a street or town named for a village
            elif (j == i and len(words[i]) == 2 and len(words[j + 1]) == 2 and words[j + 1].endswith(vs["split_town_ends"])
                  and _tag(words[j + 1], vs) is None):
                j += 1  # 河北 + 屯镇: a town whose name opens with a place's (jieba knows 农村, 小镇)
                break  # (its village after it is a name of its own, as the gold has 河北屯镇 | 李大庄村)
            else:
                break
        add(starts[i], ends[j], label)
        done = j
    # Foreign names joined by a middle dot, next to a title or a verb of saying: 院长沃尔夫冈·菲斯特教授 (not
    # 沃尔夫冈 and 斯特), 唐纳德·特朗普表示
    for i in range(1, n - 1):
        if words[i] not in NAME_DOTS or not _is_han(words[i - 1]) or infos[i - 1][1]:
            continue
        k = i + 1
        while (k < n and k - i <= 3 and _is_han(words[k]) and words[k] not in vs["titles"]
               and words[k] not in STOP_WORDS and _tag(words[k], vs) not in BODY_NOT_TAGS):
            k += 1
        if k > i + 1 and ((i >= 2 and words[i - 2] in vs["titles"]) or (k < n and (
                words[k] in vs["titles"] or words[k] in vs["person_after"]))):
            add(starts[i - 1], ends[k - 1], "PER")
    # People: dictionary names, and a surname-initial word next to a title.
    for i in having(2):
        word, s, e = words[i], starts[i], ends[i]
        before = words[i - 1] if i > 0 else ""
        if before[-1:].isdigit() or (before and _CN_NUMERAL.fullmatch(before)):
            continue  # 700 + 余人 + 在: a count of people, no name
        j = i - 1
        while j > 0 and not words[j].strip() and "\n" not in words[j]:
            j -= 1
        if j < i - 1 and words[j] in vs["titles"] and (i + 1 == n or not words[i + 1].strip()):
            before = words[j]  # a signature: 通州区区长  赵磊, 区发改委主任 吴晓春 (a name alone after the spaces)
        after = words[i + 1] if i + 1 < n else ""
        tag = _tag(word, vs)
        if tag in ("nr", "nrfg") and word not in vs["admin"] and word not in vs["places"]:
            if before in vs["titles"] or after in vs["titles"] or (tag == "nrfg" and _full_name(word, vs)):
                if before in vs["titles"] and len(word) == 2:
                    e = _cut_given_name_end(words, starts, ends, i, vs)  # 行政长官李家 + 超 + 今天指出
                add(s, e, "PER")
        elif word[-1:] in vs["person_not_last"] and tag is None:
            continue  # 京 + 唐线 + 在: a line, a road or a station, no person
        elif (before in vs["titles"] or after in vs["titles"] or after in vs["person_after"]
              or (before in ("像", "”", "：", ":") and tag != "nrt")  # (“…机制”冬奥: a word, no name)
              or (tag is None and len(word) == 3 and after in vs["person_opening_after"]
                  and (i == 0 or before in _CLAUSE_SIGNS))):  # 徐奥翔是崇礼一家滑雪场的教练员
            if before in vs["titles"] and i >= 2 and words[i - 2] in _COUNTED_PEOPLE:
                continue  # 八百多位代表 + 齐聚: a count of people holding the title, no name after it
            if before in vs["titles"] and len(word) == 2:
                e = max(_cut_given_name_end(words, starts, ends, i, vs),  # 部长王军 + 为 + ，
                        _spaced_name_end(words, ends, i))  # (记者方素 + 菊 + ）)
            elif before in (":", "：") and len(word) == 2:
                e = _spaced_name_end(words, ends, i)  # 【编辑:付子 + 豪】
            elif before in vs["titles"] and len(word) in (3, 4) and word.endswith("摄") and tag is None:
                e -= 1  # 新华社记者李贺摄: a photo's credit glued to the name
            add(s, e, "PER")
    # A name glued to 任 after a title: 副市长阎庆民任 + 自贸试验区管委会主任
    for k in [i + 1 for i in titled if i + 1 < n and _glued_office(words[i + 1], vs)]:
        add(starts[k], ends[k] - 1, "PER")
    # A name jieba cut after its surname, next to a title (or its field's colon): 董事长赵 + 民革, 编辑:吴 + 海东
    for i in (i for i in titled if i < n - 2):
        if words[i + 1] in (":", "：") and i < n - 3:
            i += 1
        surname, rest = words[i + 1], words[i + 2]
        if (len(surname) == 1 and surname in vs["surname_set"] and 1 <= len(rest) <= 2 and _is_han(rest)
                and rest not in STOP_WORDS and rest not in vs["titles"] and rest not in vs["honorifics"]
                and _tag(rest, vs) not in ("v", "p", "c", "u")):  # (张 + 先生 is no name)
            place = (starts[i + 2], ends[i + 2], "LOC")
            if place in found and rest not in vs["provinces"]:
                release(place)  # 记者孙 + 海东: a given name that is also a place's (not 记者王 + 北京)
            glued = len(rest) == 2 and rest[1] in vs["person_glued_after"] and i + 3 < n and words[i + 3] in vs[
                "person_report_words"]  # 市长张 + 工作 + 政府工作报告: 张工 + 作 (makes) the report
            end = ends[i + 2] - glued
            if len(rest) == 1 and i + 3 < n and _third_name_char(words, i + 3, vs):
                end = ends[i + 3]  # 记者周 + 缦 + 卿 + 摄: a three-character name cut into its characters
            add(starts[i + 1], end, "PER")
    # Names listed with no title (冯韶慧、陈平、李龙、郑广富等出席): three or more whole items that read as people's
    # names, two of them full three-character names, none ending like a place
    for run in _name_runs(words, vs):
        if len(run) >= 3 and sum(len(words[k]) == 3 for k in run) >= 2:
            for k in run:
                add(starts[k], ends[k], "PER")
    for comma in (",", "，"):  # 王振波,梁龙武,方创琳: a paper's authors (with commas, every item a full three-character name)
        for run in _name_runs(words, vs, comma) if comma in clean else ():
            if len(run) >= 3 and all(len(words[k]) == 3 for k in run):
                for k in run:
                    add(starts[k], ends[k], "PER")
    # Speakers of an interview: a name opening two lines or more before a colon (王建国：截至目前…)
    colons = itertools.compress(itertools.count(), map(_COLONS.__contains__, words))  # (a C-level pass)
    openers = [k - 1 for k in colons if k >= 1 and (k == 1 or "\n" in words[k - 2])]
    speakers = Counter(words[k] for k in openers if _name_shaped(words[k], vs))
    for k in openers:
        if speakers.get(words[k], 0) >= 2:
            add(starts[k], ends[k], "PER")
    # Bylines: 通讯员 王晓 兰立邦 曹倩
    for i in having(5):
        k, last = i + 1, min(i + 12, n)
        while k < last:
            w2 = words[k]
            if "\n" in w2 or "\n" in clean[ends[k - 1] : starts[k]]:
                break  # (摄 | 万里山河: a byline ends with its line)
            if not w2.strip() or w2 in ":：":
                k += 1
                continue
            if clean.startswith((":", "："), ends[k]):
                break  # 责任编辑:石家庄 关键字:雄安新区: the next field's label, no name
            if 1 <= len(w2) <= 3 and _is_han(w2) and w2.startswith(vs["surnames"]):
                end = _spaced_name_end(words, ends, k)  # 记者 关子 + 辰 实习记者 张 + 怡然)
                if end - starts[k] < 2:
                    break
                if end > ends[k] and (starts[k], ends[k], "PER") in found:
                    release((starts[k], ends[k], "PER"))  # 通讯员赵云 + 龙: not the dictionary's 赵云
                add(starts[k], end, "PER")
                k = max(k + 1, bisect.bisect_left(starts, end))  # (记者王 + 文化 高博: on past the whole name)
            else:
                break
    # Names listed after a person's: (记者陈杰、靳博), 摄影 王军、李明 (each a whole item of the list); after a
    # byline's name too (记者周润 + 健、张建新)
    for _, e, _ in [f for f in found if f[2] == "PER"]:
        k = bisect.bisect_left(starts, e)
        while k + 1 < n and starts[k] == e and words[k] == "、" and _listed_person(words, k + 1, vs):
            add(starts[k + 1], ends[k + 1], "PER")
            e, k = ends[k + 1], k + 2
    # Companies listed by their short names before 等 + a word for companies (铁科纵横、华铁经纬等为代表)
    if vs["company_list"] is not None and "、" in clean:
        for s, e in _listed_companies(clean, tokens, vs):
            add(s, e, "ORG")
    # A brand before a bracketed place: 澳康达(天津)名车广场
    for bracket in _OPEN_BRACKET.finditer(clean):
        i = bisect.bisect_left(starts, bracket.start()) - 1  # the word before the bracket
        if (0 <= i < n - 3 and words[i + 1] in ("(", "（") and words[i + 3] in (")", "）") and infos[i + 2][1] == "LOC"
                and _tag(words[i], vs) is None and 2 <= len(words[i]) <= 4 and _is_han(words[i])
                and words[i] not in vs["not_entity"]):
            place = (starts[i + 2], ends[i + 2], "LOC")
            if i + 4 < n and words[i + 4] in vs["brand_suffixes"] and place in found and not any(taken[ends[i + 3] : ends[i + 4]]):
                release(place)  # 珞石(北京)科技: the short name whole, the place in it no place of its own
                add(starts[i], ends[i + 4], "ORG")
            else:
                add(starts[i], ends[i], "ORG")
    # The short name an organization is given in brackets: 北京莱恩斯新材料科技有限公司（以下简称“莱恩斯”）, 北京证券
    # 交易所(下称北交所)
    for e in [end for _, end, label in found if label == "ORG"]:
        alias = _ALIAS.match(clean, e)
        if alias and alias.group(2) not in vs["not_entity"]:  # (以下简称“公司”, “甲方”: no name)
            add(alias.start(2), alias.end(2), "ORG")
    # A university's seat in brackets after its name is part of it: 中国地质大学(北京), 华北电力大学（保定）
    campus_ends = vs["campus_ends"]
    for org in [f for f in found if f[2] == "ORG" and clean.endswith(campus_ends, f[0], f[1])]:
        seat = next((f for f in found if f[2] == "LOC" and f[0] == org[1] + 1), None)
        if seat and clean[org[1]] in "(（" and clean[seat[1] : seat[1] + 1] in (")", "）"):
            release(org)
            release(seat)
            add(org[0], seat[1] + 1, "ORG")
    # A body's branch named by its place right after it (天津肿瘤医院 + 秦皇岛医院): the place, not a second body
    for org in [f for f in found if f[2] == "ORG"]:
        suffix = _org_suffix(clean[org[0] : org[1]], vs) or ""
        place = clean[org[0] : org[1] - len(suffix)]
        before = next((f for f in found if f[2] == "ORG" and f[1] == org[0]), None)
        if (suffix and before is not None and clean.endswith(suffix, before[0], before[1])
                and (place in vs["admin"] or place in vs["places"] or place in vs["provinces"])):
            release(org)
            add(org[0], org[0] + len(place), "LOC")
    # A school named by its place and number: 北京四中, 石家庄二中, 北京101中学 (the place alone was found)
    for place in [f for f in found if f[2] == "LOC"]:
        school = _NUMBERED_SCHOOL.match(clean, place[1])
        if school and not any(taken[place[1] : school.end()]):
            release(place)
            add(place[0], school.end(), "ORG")
    # Every other occurrence of an organization or person found here, cut as whole words (澳康达累计销售额)
    for name, label in {(clean[s:e], label) for s, e, label in found if label in ("ORG", "PER") and e - s >= 3}:
        pos = clean.find(name)
        while pos >= 0:
            end = pos + len(name)
            k, j = bisect.bisect_left(starts, pos), bisect.bisect_left(ends, end)
            if k < n and starts[k] == pos and j < n and ends[j] == end:
                add(pos, end, label)
            pos = clean.find(name, end)
    return sorted(found)


_NUMBERED_SCHOOL = re.compile(  # 四中, 二中, 101中学, 三十五中 (分校): not 一中心, 五小企业, 三中院 (a court), 二中学生,
    # 滨海一中关村 (a dash read as 一)
    r"(?:\d{1,3}|[一二三四五六七八九十]{1,3})(?:中学(?!生)|小学(?!生)|[中小](?![心间期旬部央午游药医层企型微国华山档级时天全关院])(?!\s+关村))(?:分校|校区)?")
_OPEN_BRACKET = re.compile("[(（]")
_ALIAS = re.compile("[(（](?:以下|下文)?(?:简称|下称|称)[:：]?([“\"「])?([\u4e00-\u9fffA-Za-z]{2,12})(?(1)[”\"」])[)）]")
_LISTED_NAMES = regex.compile(r"(?:\p{Han}{2,8}、){1,8}\p{Han}{2,8}\Z")  # names joined by 、, up to the end


_TOWN_VILLAGE = re.compile("[镇乡]([\u4e00-\u9fff]{1,3}?)村")
_COUNTY_VILLAGE = re.compile("(?<=[县区])([\u4e00-\u9fff]{2,3}?)村")
_COUNTY_TOWN = re.compile("(?<=[县区])([\u4e00-\u9fff]{1,3}?)[镇乡](?![村长])")


def _towns_and_villages(clean: str, vs: dict) -> list[tuple[int, int, int]]:
    """(start, town end, end) of town-and-village names (三朗镇 + 西牟村) and of villages right after a county (行唐县 +
    高家峪村: the town end is the start) that the text writes whole but jieba cut up. A town's name is two to four
    characters after a county's name, a clause's start or a word of `place_lead_words`; a village's is not a generic
    word (新农村, 驻村)."""
    spans = []
    for m in _TOWN_VILLAGE.finditer(clean):
        if clean[m.start() - 1 : m.start() + 1] in vs["split_tails"] or clean[m.start() - 1] == "城":
            continue  # 城镇和农村: no town's name
        start = next((p for p in range(m.start() - 2, max(m.start() - 5, -1), -1) if _place_starts(clean, p, vs)), None)
        if start is not None and _village_name(m.group(1), vs):
            spans.append((start, m.start() + 1, m.end()))
    for m in _COUNTY_VILLAGE.finditer(clean):
        if _village_name(m.group(1), vs) and _after_county(clean, m.start(), vs):
            spans.append((m.start(), m.start(), m.end()))
    for m in _COUNTY_TOWN.finditer(clean):  # 通州区 + 潞 + 城镇: a town right after its county, cut up by jieba
        name = m.group()
        if (len(name) >= 3 and name not in vs["town_generic"] and _village_name(m.group(1), vs)
                and _after_county(clean, m.start(), vs)):
            spans.append((m.start(), m.start(), m.end()))
    return spans


def _after_county(clean: str, p: int, vs: dict) -> bool:
    """Does a division's name of two to five characters end at p (故城县, 蠡县)?"""
    return any(clean[max(0, p - k) : p] in vs["admin"] for k in (2, 3, 4, 5))


def _place_starts(clean: str, p: int, vs: dict) -> bool:
    """May a town's name start at p: all Han from p, and a clause's start, a lead word or a county's name before?"""
    if p < 0 or not _is_han(clean[p : p + 2]):
        return False
    if p == 0 or not _is_han(clean[p - 1]):
        return True
    return clean.endswith(vs["place_lead_words"], 0, p) or _after_county(clean, p, vs)


def _village_name(core: str, vs: dict) -> bool:
    """Is core + 村 a village's name, not a generic word (新农村, 城中村), a verb and 村 (驻村) nor a word of another
    class before 村 (行唐县 + 推行 + 村党支部)?"""
    return core + "村" not in vs["village_generic"] and core + "村" not in vs["not_entity"] and (
        core[0] not in vs["village_not_first"]) and core[-1] not in vs["village_not_last"] and (
        _tag(core, vs) not in _NOT_VILLAGE_TAGS)  # (组织 + 各村: every village, no name)


_NOT_VILLAGE_TAGS = frozenset(("v", "vn", "vd", "d", "p", "c", "a"))


def _listed_companies(clean: str, tokens: Tokens, vs: dict) -> list[tuple[int, int]]:
    """Spans of company short names listed with 、 right before `company_list_after` (等为代表, 等生物医药企业,
    等39家, 在内): coined names (a word jieba does not know, not a place, not a person's name) and, in a list
    with one of those, branded names (红日药业); at least two per list."""
    spans = []
    for tail in vs["company_list"].finditer(clean):  # the words after a list first, then the list before them
        m = _LISTED_NAMES.search(clean, max(0, tail.start() - 90), tail.start())
        if m is None:
            continue
        items, pos = [], m.start()
        for piece in m.group().split("、"):
            items.append((pos, pos + len(piece)))
            pos += len(piece) + 1
        first_start, first_end = items[0]
        words = tokens.within(first_start, first_end)  # the first item starts after a verb (已聚集|铁科纵横)
        keep = first_end
        verbs = ("v", "vn", "p", "c", "d", "u")
        for j, (w, ws, _) in enumerate(words):
            before = words[j - 1][0] if j else ""
            if (not before or _tag(before, vs) in verbs or before in STOP_WORDS) and first_end - ws <= 6 and (
                    _tag(w, vs) not in verbs and w not in STOP_WORDS):
                keep = ws
                break
        lead = clean[keep:first_end]
        while lead[:1] in vs["list_leads"] and len(lead) > 2:
            lead, keep = lead[1:], keep + 1  # 以铁科 (以 glued by the tokenizer)
        items[0] = (keep, first_end)
        coined = [(a, b) for a, b in items if _coined_name(clean[a:b], tokens.within(a, b), vs)]
        branded = [(a, b) for a, b in items if (a, b) not in coined and (
            _branded_name(clean[a:b], vs) or _transliterated(clean[a:b], tokens.within(a, b), vs))]
        if coined and len(coined) + len(branded) >= 2:
            spans.extend(sorted(coined + branded))
    return spans


def _transliterated(name: str, words: list, vs: dict) -> bool:
    """A foreign name spelled in characters that jieba cut into pieces of people's names (哈 + 威克): in a list
    of companies, a company's."""
    return (3 <= len(name) <= 6 and _is_han(name) and len(words) >= 2 and name not in vs["places"]
            and all(_tag(w, vs) in ("nr", "nrt", "nrfg") for w, _, _ in words))


def _branded_name(name: str, vs: dict) -> bool:
    """红日药业, 金匙医学: a name of two or more characters before an industry word (`brand_suffixes`)."""
    suffix = next((x for x in vs["brand_suffixes"] if name.endswith(x)), "")
    rest = name[: len(name) - len(suffix)]
    return bool(suffix) and len(rest) >= 2 and _is_han(name) and rest not in vs["not_entity"] and rest not in vs["admin"]


def _coined_name(name: str, words: list, vs: dict) -> bool:
    """A company's short name: 3-6 Han characters holding a word jieba does not know; no place, no person."""
    if not (3 <= len(name) <= 6) or not _is_han(name) or name in vs["not_entity"]:
        return False
    if name in vs["places"] or name in vs["admin"] or label_token(name, vs) == "LOC":
        return False
    if len(name) <= 3 and name.startswith(vs["surnames"]):
        return False  # 张三、李四等同志
    return any(_tag(w, vs) is None for w, _, _ in words)


def _quoted_honour(clean: str, s: int, e: int, vs: dict) -> bool:
    """“五星村”“文明村”: a quoted village-like title that holds no known place (not “中关村”)."""
    if clean[s - 1 : s] != "“" or clean[e : e + 1] not in "”、" or not clean[s:e].endswith(vs["loc_small"]):
        return False
    name = clean[s:e]
    return not any(name[i:j] in vs["places"] or name[i:j] in vs["admin"]
                   for i in range(len(name)) for j in range(i + 2, len(name) + 1))


def _brand_word(word: str, vs: dict) -> bool:
    """May this word be (part of) a company's short name before an industry word?"""
    return (2 <= len(word) <= 4 and _is_han(word) and word not in STOP_WORDS and word not in vs["not_entity"]
            and word not in vs["admin"] and word not in vs["places"] and not word.startswith(vs["org_no_start_t"])
            and word[0] not in vs["brand_not_first"]  # 三地科技合作: a count; 互认医学检验: a verb
            and word[-1] not in vs["brand_not_last"])  # 摄二是 + 能源


def _full_name(word: str, vs: dict) -> bool:
    """A word jieba lists as a person's full name that reads as one: a surname, then one or two characters
    (李自成; not 李家, 胡说, 祥和, 高高的, 刘姓)."""
    return 2 <= len(word) <= 4 and word.startswith(vs["surnames"]) and not word.endswith(("家", "的", "说", "人", "姓"))


def _admin_suffix_end(words: list[str], i: int, vs: dict) -> int:
    """i + 1 when jieba cut a division's suffix off its name (崇礼 + 区 = 崇礼区; a town the gazetteer of `places`
    knows by its short name: 燕郊 + 镇), else i."""
    if i + 1 < len(words) and len(words[i + 1]) == 1 and words[i + 1] in ADMIN_SUFFIXES:
        if words[i] + words[i + 1] in vs["admin"]:
            return i + 1
    if i + 1 < len(words) and words[i + 1] in ("镇", "乡") and words[i] in vs["places"]:
        return i + 1
    return i


def _admin_child(word: str, vs: dict) -> bool:
    """May the word extend the place before it as a part of it (张家口市 + 崇礼区)? Not a named place of the
    gazetteer that only ends like a village (雄安新区 + 中关村 are two places)."""
    if word in vs["places"] and word not in vs["admin"]:
        return False
    return word in vs["admin"] and word.endswith(("市", "区", "县", "镇", "乡")) or bool(_small_place(word, vs))


def _small_place(word: str, vs: dict) -> str:
    """Towns, streets and villages by suffix (上马台镇, 杨村街, 李大庄村) when jieba kept them as one word."""
    if not word.endswith(vs["loc_small"]):
        return ""
    if len(word) == 2 and word[0] in vs["surname_set"] and word.endswith(vs["family_village_ends"]) and _tag(word, vs) is None:
        return "LOC"  # 韩村, 张村: a village named for a family (jieba knows 农村, 新村, 本村)
    for suffix in vs["loc_small"]:
        if word.endswith(suffix) and len(word) - len(suffix) >= 2 and word not in vs["not_entity"]:
            tag = _tag(word, vs)
            if (tag in (None, "ns", "nr") or (tag == "nt" and suffix in vs["zone_words"] and _place_prefix(word, vs))) \
                    and _is_han(word):
                return "LOC"  # (渤海新区, tagged nt: a new area named for its place)
    return ""


NAME_LIKE_TAGS = {None, "nz", "nt", "nr", "nrfg", "nrt", "ns", "j", "eng"}


def _names_something(toks: Tokens, i: int, start: int, vs: dict) -> bool:
    """An organization name holds a proper name (a place, a name, a brand, a bracket): 中国科学院, 安贞医院,
    元一(天津)…; 工作办公室, 产业联盟, 行业协会 are generic phrases."""
    word = toks.words[i]
    suffix = _org_suffix(word, vs) or ""
    if _tag(word, vs) in ("nt", "nz") or word in vs["orgs"]:
        return True
    if _registered_name(toks, i, start, vs):
        return True
    pieces = [word[: len(word) - len(suffix)]] if len(word) > len(suffix) else []
    k = i - 1
    while k >= 0 and toks.starts[k] >= start:
        pieces.append(toks.words[k])
        k -= 1
    for piece in pieces:
        if piece in "()（）" or piece in vs["orgs"] or _proper(piece, vs):
            return True
    first = bisect.bisect_left(toks.starts, start)
    alone = _after_no_han(toks.words, first)
    if first == i and word[:1] in vs["local_prefixes"] and _body_end(word[1:], vs) and alone:
        return True  # 、省卫健委 (one word for jieba): the body of the place the article is about
    return toks.words[first] in vs["local_prefixes"] and alone


def _registered_name(toks: Tokens, i: int, start: int, vs: dict) -> bool:
    """小米科技有限责任公司: a company's registered name (`org_legal_suffixes`), whatever its words, when it
    stands alone (after a sign or a function word, not after a verb: 节能 | 玻璃有限公司 is a name cut short)
    and holds more than industry words (生物科技有限公司 is none)."""
    first = bisect.bisect_left(toks.starts, start)
    words = toks.words[first : i + 1]
    name = "".join(words)
    legal = next((x for x in vs["org_legal"] if name.endswith(x)), "")
    if not legal or len(words) > 8:
        return False
    before = toks.words[first - 1] if first > 0 else ""
    if before and _is_han(before) and before not in STOP_WORDS and _tag(before, vs) not in ("p", "c", "u", "uj"):
        return False
    own = name[: len(name) - len(legal)]
    for word in words:
        if word in vs["brand_suffixes"] and word in own:
            own = own.replace(word, "", 1)
    return len(own) >= 2


def _org_suffix(word: str, vs: dict) -> str | None:
    """The longest organization suffix `word` ends with."""
    for size in range(min(len(word), vs["org_suffix_max"]), 0, -1):
        if word[-size:] in vs["org_suffix_set"]:
            return word[-size:]
    return None


def _generic_with_suffix(name: str, vs: dict) -> bool:
    """Is `name` a generic word of three characters or more (`not_entity`: 大城市, 中心城市) and an organization
    suffix (大城市机场)? (Not a short one that opens real names: 友谊医院, 全国政协, 国家发展改革委.)"""
    suffix = _org_suffix(name, vs)
    return bool(suffix) and len(name) - len(suffix) >= 3 and name[: -len(suffix)] in vs["not_entity"]


def _small_place_pair(left: str, word: str, vs: dict) -> bool:
    """上马+台镇, 南蔡+村镇, 杨村+街: a town, street or village jieba split in two."""
    if not (_is_han(left) and _is_han(word)) or left in STOP_WORDS or left in vs["not_entity"]:
        return False
    if not word.endswith(vs["loc_small"]) or len(word) > 2 or not 3 <= len(left) + len(word) <= 5:
        return False
    if _tag(left, vs) == "n" and len(left) == 3 and word in ("镇", "乡") and left[-1] not in "省市区县镇乡村":
        return True  # 河西务 + 镇: a three-character name jieba knows as a noun, before the town's suffix alone
    return _tag(left, vs) in (None, "ns", "nr", "nrfg") and (_tag(word, vs) is None or word in vs["split_tails"] or len(word) == 1)


def _several_places(words: list[str], first: int, i: int, vs: dict) -> bool:
    """Do words[first:i] name several places together (三地, 京津两地, 三 + 省市; jieba's 及三地 with the joiner
    before it), or a region of several with nothing between it and the suffix (京津冀 + 政府;
    京津冀协同发展领导小组办公室 is one body)?"""
    leads = vs["org_collective_leads"]
    if any(w in leads or w[1:] in leads for w in words[first:i]) or (
            first > 0 and words[first - 1] + words[first] in leads):
        return True
    return i - first == 1 and words[first] in vs["wide_regions"]


_DETERMINERS = frozenset("该此这")
_FUNCTION_CHARS = frozenset("的了在与和及为是由等将向从对把被以于同跟并或")


def _cut_brand(words: list[str], k: int, vs: dict) -> int | None:
    """Index of the first of one or two one-character words ending at k that a place's name (a proper word)
    comes right before, in a registered company's or a school's name: the brand's characters (廊坊 + 中 + 集 +
    空港设备有限公司, 天津 + 中 + 德 + 应用技术大学); else None."""
    j = k
    while (j >= 0 and k - j < 2 and len(words[j]) == 1 and _is_han(words[j]) and words[j] not in _FUNCTION_CHARS
           and words[j] not in vs["brand_not_first"]):
        j -= 1  # (not a count: 京津冀 + 三 + 省市, 河北省 + 多 + 地市)
    if j == k or j < 0 or not (_proper(words[j], vs) and _tag(words[j], vs) == "ns"):
        return None
    return j + 1


_ZONE_ENDS = ("开发区", "高新区", "经开区", "园区", "产业园")


def _city_before_brand(words: list[str], k: int, vs: dict) -> int | None:
    """The index of a city's or a province's name one or two words before word k, when those words (k's too) are
    short Han words that are no stop words, four characters at most: the brand between a registered name's city and
    its industry (北京 + 同济 + 达 + 药业有限公司)."""
    for city in (k - 1, k - 2):
        if city < 0 or not (words[city] in vs["admin"] or words[city] in vs["provinces"]):
            continue
        brand = words[city + 1 : k + 1]
        if (all(_is_han(w) and w not in STOP_WORDS and w not in vs["org_breaks"] and len(w) <= 2 for w in brand)
                and sum(map(len, brand)) <= 4 and not str(_tag(brand[0], vs)).startswith("v")):
            return city  # (not 在北京 + 注册 + 科技有限公司: a verb opens no brand)
    return None


def _extend_left(toks: Tokens, i: int, vs: dict) -> int | None:
    """Start of an organization name ending with token i, or None when nothing name-like precedes it."""
    words, starts, ends = toks.words, toks.starts, toks.ends
    word = words[i]
    if word in vs["central"]:
        # 生态环境部: no word before it is part of its name (京津冀三地 + 生态环境部), but 国家 (国家 + 商务部)
        return starts[i - 1] if i > 0 and words[i - 1] in vs["central_prefixes"] else starts[i]
    final = _org_suffix(word, vs)
    start = starts[i]
    k = i - 1
    length = len(word)
    registered = "".join(words[max(0, i - 2) : i + 1]).endswith(vs["org_legal"]) or (  # …有限公司
        final in vs["org_branches"] and any(w.endswith(vs["org_legal"]) for w in words[max(0, i - 3) : i]))  # …有限公司沧州分公司
    brand = 0  # characters taken before a bracket: a brand name of any word class (元一(天津), 铁科纵横(天津))
    while k >= 0 and length < 25:
        w, s = words[k], starts[k]
        if w in ")）":
            # a bracketed place: 元一(天津)生物科技有限公司
            m = k - 1
            while m >= 0 and words[m] not in "(（" and k - m <= 4:
                m -= 1
            inside = words[m + 1 : k]
            named = any(_org_suffix(w, vs) for w in inside)  # (集团), (国家行政学院): a kind or another name
            if m < 0 or words[m] not in "(（" or not all(_is_han(w) for w in inside) or not (named or any(
                    label_token(w, vs) == "LOC" or w in vs["provinces"] for w in inside)):
                break  # only a bracketed place or kind (天津), (集团); not (2024—2035年), 讯(记者温薷)北京市统计局
            start = starts[m]
            length += ends[k] - starts[m]
            k = m - 1
            brand = 0 if named else 4  # (not after a name's alias)
            continue
        if w in vs["local_prefixes"] and _after_no_han(words, k):
            if k >= 2 and words[k - 1] == "、" and words[k - 2][-1:] in vs["local_prefixes"]:
                break  # 各乡、镇人民政府: the bodies of a level listed, no one place's
            start = s  # ；区 + 人民医院, 、区 + 文明办: the body of the place the article is about
            length += len(w)
            k -= 1
            break
        if k >= 2 and words[k - 2] in vs["titles"] and _glued_to_name(w, vs) and _person_token(words[k - 1], vs):
            break  # 主任杨立 + 波率 + 省商务厅: a person's name after a title and the verb it leads with
        if w.endswith(_ZONE_ENDS) and (words[k + 1] in vs["admin"] or words[k + 1] in vs["provinces"]):
            break  # 临港经济技术开发区 | 石家庄四药集团: a zone, then a name opening with its own city
        if k > 0 and words[k - 1][-1:].isdigit() and w[:1] in "年月日号时":
            break  # 2月1 + 日为 + 全局集团公司: a date's last character glued to the word after it opens no name
        if w in vs["org_breaks"]:
            break  # 莱伯泰科 | 新建 | 智能化实验室: a verb ends the name on its left (also before a brand: 版权归 | 高原(北京))
        elif brand and _is_han(w) and w not in STOP_WORDS and len(w) <= brand:
            brand -= len(w)
        elif w in vs["org_inner"] or vs["org_inner_pattern"].fullmatch(w):
            pass
        elif w in vs["org_inner_registered"] and registered:
            pass  # 首钢京唐钢铁 + 联合 + 有限责任公司, 中国 + 联合 + 网络通信集团有限公司
        elif registered and k > 0 and _CN_NUMERAL.fullmatch(w) and (
                _proper(words[k - 1], vs) or _CN_NUMERAL.fullmatch(words[k - 1])):
            pass  # 天津 + 七 + 一二 + 通信广播股份有限公司: a brand in numerals after a place
        elif _tag(w, vs) == "a" and k > 0 and (_proper(words[k - 1], vs) or words[k - 1] in vs["orgs"]):
            pass  # 鸿海 + 精密 + 工业股份有限公司: an adjective after a name
        elif (registered and k > 0 and len(w) == 2 and _is_han(w) and w not in STOP_WORDS
              and (words[k - 1] in vs["admin"] or words[k - 1] in vs["provinces"])):
            pass  # 北京 + 奔驰 + 汽车有限公司, 北京 + 现代 + 汽车有限公司: a brand of any word class after a city
        elif registered and (city := _city_before_brand(words, k, vs)) is not None:
            start = starts[city]  # 北京 + 同济 + 达 + 药业有限公司: a registered name's brand of short words of any
            length += ends[k] - starts[city]  # class after its city
            k = city - 1
            continue
        elif (registered or len(final or "") >= 2) and (lead := _cut_brand(words, k, vs)) is not None:
            start = starts[lead]  # 廊坊 + 中 + 集 + 空港设备有限公司: a brand jieba cut into characters, after a
            length += ends[k] - starts[lead]  # place's name
            k = lead - 1
            continue
        elif not _name_like(w, vs) or (w.endswith(vs["org_category"]) and (k + 1 < i or _tag(word, vs) == "nt")
                                       and _proper(words[k + 1], vs)):
            break  # 龙头企业 | 中国铁道科学研究院, 标志性项目 | 中国星网: a category before a name is no part of it
            # (京津冀高校联盟 is)
        elif words[k + 1] not in vs["org_inner"] and final not in vs["org_branches"] and _same_kind(
                _org_suffix(w, vs), final):
            break  # 天津肿瘤医院 | 秦皇岛医院: an organization holds none of its own kind (but X大学附属Y医院)
        if len(w) == 2 and w[-1] in vs["glued_tails"] and _tag(w, vs) is None:
            break  # 会议 + 上作 + 政府工作报告: a verb glued to the character before it ends the name on its left
        if _glued_office(w, vs):
            break  # 副市长阎庆民任 + 自贸试验区管委会主任: a person takes office in the body
        start = s
        length += len(w)
        k -= 1
        if len(w) == 2 and w[0] in vs["glued_breaks"] and _tag(w, vs) is None:
            break  # 本办法 + 由市 + 发展改革委: a preposition glued to the name's first character opens it
    first = k + 1  # the leftmost token taken; words that never open a name are given back (建设, 深化, 经,
    while first < i and starts[first] == start:  # and 第一 + 时间, one such word jieba cut in two)
        more = next((m for m in range(first + 1, min(first + 3, i) + 1) if "".join(words[first:m]) in vs["org_no_start"]),
                    None)
        if more is None:
            break
        first = more
        start = starts[first]
    while first < i and len(words[first]) > 1 and words[first][-1] in vs["glued_tails"] and _tag(words[first], vs) is None:
        first += 1  # 雄安至 + 北京大兴国际机场: the start of a route jieba glued together, no part of the name
        start = starts[first]
    if any(words[m - 1] in vs["titles"] and (_person_token(words[m], vs) or words[m] in vs["surname_set"])
           for m in range(max(first, 1), i)):
        return None  # 区长覃 + 永利 + 作 + 政府: a person's name after a title is no part of a body's
    lead = words[first]
    if word.endswith(vs["collective_ends"]) and _several_places(words, first, i, vs):
        return None  # 京津冀三 + 省市 + 发展改革委, 三地政府: bodies of several places (北方十省市旅游联合会 is one)
    if first < i and _tag(lead, vs) is None and (len(lead) == 2 and lead[0] in vs["glued_leads"] or (
            len(lead) == 3 and lead[0] in vs["glued_leads_long"])):
        start += 1  # 据市 + 发展改革委: a preposition jieba glued to the name's first character
        if lead[1] in _DETERMINERS:
            return None  # 占该 + 养护中心: a reference to a body named before (该中心), no name
    if first < i and first > 0 and words[first - 1].isdigit() and words[first].startswith(vs["after_number"]):
        return None  # 40 | 家央 | 企二 | 三级 | 公司: a count's measure word, cut into a false name
    if words[first] in ("(", "（"):
        return None  # 中碳和(天津)科技有限公司 cut as 中/碳/和: the name before the bracket was not found
    if start == starts[i]:
        bare = word
        for suffix in vs["org_suffix"]:
            if bare.endswith(suffix):
                bare = bare[: -len(suffix)]
                break
        local = bare in vs["local_prefixes"] and _after_no_han(words, i)  # 、省卫健委 (one word)
        if (len(bare) < 2 and not local) or word in vs["not_entity"]:
            return None
    return start


def _body_end(word: str, vs: dict) -> bool:
    """May this word end a government body's name named by its work? The suffix jieba cut off (局, 厅, 部, 委,
    署, 办), a listed body word (管理局, 卫健委, 网信办), or a short word ending in 局 or 厅 (商务局; not 布局, 展厅)."""
    if word in vs["body_suffixes"] or word in vs["body_words"]:
        return True
    return (2 <= len(word) <= 4 and word.endswith(("局", "厅")) and not word.endswith(vs["org_false"])
            and word not in vs["not_entity"] and _tag(word, vs) not in BODY_NOT_TAGS)


BODY_NOT_TAGS = {"v", "vd", "vn", "a", "ad", "d", "p", "c", "m", "q", "r", "f"}
BODY_WORD_TAGS = {"n", "nz", "l", "j", "vn", "an", "ng", "nt", None}


def _body_start(words: list[str], infos: list[tuple], i: int, vs: dict) -> int | None:
    """The first token of a government body's name ending with token i: a place, a party committee or a
    `body_prefixes` word, then one to four common nouns (和 between two of them); None when there is none."""
    k, nouns = i - 1, 0
    while k > 0 and nouns < 4:
        w = words[k]
        if w == "和" and nouns and _tag(words[k - 1], vs) in BODY_WORD_TAGS and _is_han(words[k - 1]):
            k -= 1
            continue
        if not _is_han(w) or w in STOP_WORDS or w in vs["org_breaks"] or infos[k][1] or w in vs["titles"]:
            break
        if w in vs["body_prefixes"]:
            break  # ” + 省 + 农业农村 + 厅: the prefix opens the name (jieba tags 省 a noun)
        if _tag(w, vs) not in BODY_WORD_TAGS:
            break
        nouns += 1
        k -= 1
    head = words[k]
    if not nouns and len(words[i]) < 3 and words[i] not in vs["body_words"]:
        return None  # 北京市 + 局: no work named (教育局 names it); 河北省 + 分局 is a branch, for the organization pass
    if head in vs["body_prefixes"] and k > 0 and words[k - 1].endswith(vs["body_kind_ends"]):
        return None  # 综合类 + 国家技术创新中心: a kind of body, no name
    if infos[k][1] == "LOC" or head in vs["provinces"] or head in vs["body_prefixes"] or (
            head.endswith(vs["committee_prefixes"]) and len(head) > 2):
        while k > 0 and (infos[k - 1][1] == "LOC" or words[k - 1] in vs["provinces"]):
            k -= 1  # 北京市 + 通州区 + 生态环境 + 局
        return k
    return None


def _proper(word: str, vs: dict) -> bool:
    """A place or a word jieba tags as a name."""
    return word in vs["admin"] or word in vs["places"] or _tag(word, vs) in NAME_LIKE_TAGS


def _same_kind(suffix: str | None, final: str | None) -> bool:
    """Do two organization suffixes name the same kind (医院 and 附属医院; not 银行 and 分行)?"""
    return bool(suffix and final) and (suffix.endswith(final) or final.endswith(suffix))


def extract_entities(article: Article, sentences: list[Sentence], tokens: Tokens, rules: RuleSet) -> list[Mention]:
    """Entity mentions of an article with offsets into the original text and Simplified names."""
    mentions = []
    starts = [s.start for s in sentences]
    blocked = blocked_spans(article.clean, rules, ("entity",))  # (三中卫: a football position, no city)
    for cs, ce, label in entities_in_text(article.clean, tokens, rules):
        sent = sentence_index(sentences, cs, starts)
        if sent is not None and not any(bs < ce and cs < be for bs, be, _ in blocked):
            start, end = article.span(cs, ce)
            mentions.append(
                Mention(type="entity", start=start, end=end, text=article.text[start:end], cstart=cs, cend=ce,
                        value=article.clean[cs:ce], label=label, sentence_no=sent.no, rule="entities")
            )
    return mentions
