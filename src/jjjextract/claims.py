"""Link every amount, quantity and percentage to its metric, subject and period.

All on the cleaned text of one sentence: the metric is the noun phrase next to the number, the subject the
first specific organization or place before it in the sentence (or the name a `该区`-style reference points
back to), the period the nearest date before it that is not a comparison base (较2014年).
"""

from __future__ import annotations

import regex

from .extract import Mention
from .rules import RuleSet
from .segment import Sentence, tokens, word_tags

CLAIM_TYPES = ("money", "quantity", "percent")
CLAUSE_BREAKS = "，,、：:；;（(）)“”\"《》【】—!！?？。\n "
METRIC_TAGS = {"n", "nz", "vn", "nt", "ns", "j", "eng", "an", "nl", "ng", "nr", "x", "b", "l", "a", None}
VERB_AFTER = {"ns", "a"}  # 北京疏解功能项目, 新设机构: a verb inside a metric after a place or an adjective
MAX_METRIC = 14


def _metric_token(word: str, tag) -> bool:
    if not word.strip() or any(ch in CLAUSE_BREAKS for ch in word):
        return False
    if word.isdigit():
        return False
    return tag in METRIC_TAGS


def _strip_right(text: str, rules: RuleSet) -> str:
    """Drop verbs, qualifiers and comparison phrases between a metric and its number."""
    skip = sorted(rules.vocab.get("metric_skip", []), key=len, reverse=True)
    comparison = regex.compile(rules.vocab.get("metric_comparison", r"$^"))
    changed = True
    while changed and text:
        changed = False
        m = comparison.search(text)
        if m and m.end() == len(text):
            text = text[: m.start()]
            changed = True
            continue
        for word in skip:
            if text.endswith(word):
                text = text[: -len(word)]
                changed = True
                break
    return text


def _phrase(words: list[tuple[str, object]], rules: RuleSet, from_right: bool) -> str:
    picked: list[str] = []
    stop = set(rules.vocab.get("metric_stop", []))
    order = range(len(words) - 1, -1, -1) if from_right else range(len(words))
    length = 0
    for i in order:
        word, tag = words[i]
        verb_ok = (from_right and tag == "v" and picked and i > 0 and words[i - 1][1] in VERB_AFTER
                   and words[i - 1][0] not in stop)
        if word in stop or not (_metric_token(word, tag) or verb_ok) or length + len(word) > MAX_METRIC:
            break
        picked.append(word)
        length += len(word)
    if from_right:
        picked.reverse()
    return "".join(picked)


def metric_for(clean: str, sent: Sentence, mention: Mention, rules: RuleSet) -> str:
    """The short noun phrase the number measures."""
    tags = word_tags()
    right_text = clean[mention.cend : sent.end]
    right_text = right_text.lstrip("的") if right_text.startswith("的") and len(right_text) > 1 else right_text
    cut = next((i for i, ch in enumerate(right_text) if ch in CLAUSE_BREAKS), len(right_text))
    right = [(w, tags.get(w)) for w, _, _ in tokens(right_text[:cut], rules.userdict)] if cut else []
    if right and not right[0][0][0].isdigit():
        phrase = _phrase(right, rules, from_right=False)
        if len(phrase) >= 2:
            return phrase
    left_text = clean[sent.start : mention.cstart]
    cut = max((left_text.rfind(ch) for ch in CLAUSE_BREAKS), default=-1)
    left_text = _strip_right(left_text[cut + 1 :], rules)
    left = [(w, tags.get(w)) for w, _, _ in tokens(left_text, rules.userdict)]
    phrase = _phrase(left, rules, from_right=True)
    return phrase if len(phrase) >= 2 else ""


def split_subject(metric: str, sentence_entities: list[Mention], rules: RuleSet) -> tuple[str, str]:
    """A metric that starts with a specific name (武清区PM2.5年均浓度) gives that name to the subject."""
    broad = set(rules.vocab.get("broad_regions", []))
    for ent in sentence_entities:
        name = ent.value or ""
        if name and name not in broad and metric.startswith(name) and len(metric) - len(name) >= 2:
            return metric[len(name):], name
    return metric, ""


def subject_for(mention: Mention, sentence_entities: list[Mention], history: list[Mention],
                sentence_text: str, sent: Sentence, metric: str, rules: RuleSet) -> str:
    """The organization or place the claim is about."""
    broad = set(rules.vocab.get("broad_regions", []))
    before = [e for e in sentence_entities if e.label in ("ORG", "LOC") and e.cend <= mention.cstart
              and not (metric and e.value in metric)]
    specific = [e for e in before if e.value not in broad]
    if specific:
        return specific[0].value
    anaphora = rules.vocab.get("subject_anaphora", {})
    for word, kind in anaphora.items():
        pos = sentence_text.find(word)
        if 0 <= pos and sent.start + pos < mention.cstart:
            for ent in reversed(history):
                if _fits(ent, kind):
                    return ent.value
    return before[0].value if before else ""


def _fits(ent: Mention, kind: str) -> bool:
    name = ent.value or ""
    if kind == "ORG":
        return ent.label == "ORG"
    return ent.label == "LOC" and name.endswith(kind)


def period_for(mention: Mention, sentence_dates: list[Mention], clean: str, rules: RuleSet) -> str:
    """The date the claim refers to: nearest stated date before it that is not a comparison base."""
    comparison = tuple(rules.vocab.get("period_comparison_markers", []))
    best = ""
    for d in sentence_dates:
        if d.cend > mention.cstart:
            break
        if not any(ch.isdigit() or ch in "一二三四五六七八九十" for ch in d.text):
            continue
        if clean[max(0, d.cstart - 2) : d.cstart].endswith(comparison):
            continue
        if "《" in clean[d.cstart - 30 if d.cstart > 30 else 0 : d.cstart] and "》" in clean[d.cend : d.cend + 30]:
            continue
        best = d.value
    return best


def link_claims(clean: str, sentences: list[Sentence], numbers: list[Mention], names: list[Mention],
                rules: RuleSet) -> list[dict]:
    """A claim record (plain dict) for every money, quantity and percent mention."""
    by_sentence: dict[int, list[Mention]] = {}
    for ent in names:
        by_sentence.setdefault(ent.sentence_no, []).append(ent)
    dates_by_sentence: dict[int, list[Mention]] = {}
    for m in numbers:
        if m.type == "date":
            dates_by_sentence.setdefault(m.sentence_no, []).append(m)
    claims = []
    sent_by_no = {s.no: s for s in sentences}
    for m in numbers:
        if m.type not in CLAIM_TYPES:
            continue
        sent = sent_by_no[m.sentence_no]
        sentence_text = clean[sent.start : sent.end]
        metric, named = split_subject(metric_for(clean, sent, m, rules), by_sentence.get(sent.no, []), rules)
        history = [e for e in names if e.cend <= m.cstart]
        subject = named or subject_for(m, by_sentence.get(sent.no, []), history, sentence_text, sent, metric, rules)
        period = period_for(m, dates_by_sentence.get(sent.no, []), clean, rules)
        claims.append({"mention": m, "metric": metric, "subject": subject, "period": period})
    return claims
