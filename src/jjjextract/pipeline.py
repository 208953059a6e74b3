"""One article -> plain records (article row, mention rows, claim rows); a folder -> all of them.

Every record is a plain dict of strings and numbers, ready for `tables`.
"""

from __future__ import annotations

import re
import time

from .claims import link_claims
from .entities import extract_entities
from .extract import extract_numbers
from .ingest import Article, prepare, without_markup
from .numbers import plain
from .records import Mention
from .resolve import publication_date, resolve_date
from .rules import RuleSet
from .segment import article_tokens, sentence_index, split_sentences
from .text_tables import table_numbers

KIND_TABLE = {"money": "amounts", "quantity": "quantities", "percent": "percentages", "date": "dates",
              "entity": "entities"}


def title_of(text: str) -> str:
    """The first line with words: not blank, not a breadcrumb trail (首页 > 新闻中心 > 京津冀, 新华网 > 正文),
    not a line of publishing data (2024-12-23 19:43:41 来源: 天津日报)."""
    first = ""
    for line in text.splitlines():
        line = without_markup(line).strip().lstrip("#").strip()
        if line and not _BREADCRUMB.search(line) and not _PUBLISHING_DATA.search(line):
            return line[:120]
        first = first or line
    return first[:120]  # no line looks like a title: the first with words


_BREADCRUMB = re.compile(r"^[^。，,]{0,20}(?:[>›»][^。，,]{0,20})+$")
_PUBLISHING_DATA = re.compile(r"(?:来源|來源|发布时间|發佈時間|發布時間|责任编辑|責任編輯|作者)\s*[:：]|^[\d\s:/.\-年月日]+$")


def empty_result(file: str, article_id: str, status: str) -> dict:
    """The records of an article that could not be extracted: its row in articles.csv, nothing else."""
    row = {"article_id": article_id, "file": file, "encoding": "", "script": "", "title": "", "published": "",
           "chars": 0, "sentences": 0, "mentions": 0, "status": status}
    return {"article": row, "mentions": {name: [] for name in KIND_TABLE.values()}, "claims": []}


def analyse(article: Article, rules: RuleSet, with_links: bool = True, tokenizer: str = "auto",
            stages: dict | None = None) -> dict:
    """All records of one article: {'article': row, 'mentions': {table: rows}, 'claims': rows}.

    `stages`, when given, accumulates the seconds spent in segment, extract and link."""
    clock = _Clock(stages)
    result = empty_result(article.file, article.article_id, article.status)
    row, tables = result["article"], result["mentions"]
    row.update(encoding=article.encoding, script=article.script, chars=len(article.text))
    if not article.ok:
        return result
    sentences = split_sentences(article.clean)
    clock.lap("segment")
    numbers = extract_numbers(article, rules)
    in_tables = table_numbers(article, rules, numbers)
    if in_tables:
        numbers = sorted(numbers + in_tables, key=lambda m: m.cstart)
    starts = [s.start for s in sentences]
    for m in numbers:
        sent = sentence_index(sentences, m.cstart, starts)
        m.sentence_no = sent.no if sent else 0
    clock.lap("extract")
    toks = article_tokens(article.clean, rules.userdict, tokenizer) if with_links else None
    clock.lap("segment")
    names = extract_entities(article, sentences, toks, rules) if with_links else []
    published = publication_date(numbers, article.clean)
    row.update(title=title_of(article.text), published=published, sentences=len(sentences),
               mentions=len(numbers) + len(names))
    aid, file = article.article_id, article.file
    base = {"article_id": aid, "file": file}
    for m in numbers:
        rec = {**base, "mention_id": f"{aid}:{m.start}-{m.end}", "sentence_no": m.sentence_no,
               "start": m.start, "end": m.end, "text": m.text}
        if m.type == "date":
            rec.update(value=m.value, resolved=resolve_date(m.value, m.text, published, rules))
        else:
            rec.update(value=plain(m.value), value_high=plain(m.value_high), unit=m.unit, qualifier=m.qualifier)
            if m.type == "percent":
                rec["change"] = m.change
        tables[KIND_TABLE[m.type]].append(rec)
    tables["entities"] = [
        {"article_id": aid, "file": file, "mention_id": f"{aid}:{m.start}-{m.end}", "sentence_no": m.sentence_no,
         "start": m.start, "end": m.end, "text": m.text, "name": m.value, "label": m.label}
        for m in names
    ]
    if with_links:
        claims = link_claims(article.clean, sentences, toks, numbers, names, rules)
    else:
        claims = [{"mention": m, "metric": "", "subject": "", "period": ""} for m in numbers if m.type != "date"]
    clock.lap("link")
    sent_by_no = {s.no: s for s in sentences}
    sentence_text: dict[int, str] = {}  # sentence number -> its original text, whitespace runs made one space
    for c in claims:
        m: Mention = c["mention"]
        if m.sentence_no not in sentence_text:
            sent = sent_by_no[m.sentence_no]
            start, end = article.span(sent.start, sent.end)
            sentence_text[m.sentence_no] = " ".join(article.text[start:end].split())
        result["claims"].append({
            **base, "claim_id": f"{article.article_id}:{m.start}-{m.end}", "sentence_no": m.sentence_no,
            "start": m.start, "end": m.end, "text": m.text, "kind": m.type, "value": plain(m.value),
            "value_high": plain(m.value_high), "unit": m.unit, "qualifier": m.qualifier, "metric": c["metric"],
            "subject": c["subject"], "period": c["period"], "change": m.change, "duplicate_of": "",
            "sentence": sentence_text[m.sentence_no],
        })
    return result


class _Clock:
    """Adds the time since the last lap to stages[name] (does nothing without a stages dict)."""

    def __init__(self, stages: dict | None):
        self.stages = stages
        self.last = time.perf_counter()

    def lap(self, name: str) -> None:
        if self.stages is None:
            return
        now = time.perf_counter()
        self.stages[name] = self.stages.get(name, 0.0) + now - self.last
        self.last = now


def analyse_text(text: str, rules: RuleSet, name: str = "<text>") -> dict:
    """Records for a plain string (for notebooks and tests)."""
    return analyse(prepare(text, name), rules)
