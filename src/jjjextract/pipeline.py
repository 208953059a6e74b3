"""One article -> plain records (article row, mention rows, claim rows); a folder -> all of them.

Every record is a plain dict of strings and numbers, ready for `tables`.
"""

from __future__ import annotations

from pathlib import Path

from .claims import link_claims
from .entities import extract_entities
from .extract import Mention, extract_numbers
from .ingest import Article, find_files, prepare, read_article
from .numbers import plain
from .resolve import publication_date, resolve_date
from .rules import RuleSet
from .segment import sentence_index, split_sentences

KIND_TABLE = {"money": "amounts", "quantity": "quantities", "percent": "percentages", "date": "dates",
              "entity": "entities"}


def title_of(text: str) -> str:
    for line in text.splitlines():
        line = line.strip().lstrip("#").strip()
        if line:
            return line[:120]
    return ""


def analyse(article: Article, rules: RuleSet, with_links: bool = True) -> dict:
    """All records of one article: {'article': row, 'mentions': {table: rows}, 'claims': rows}."""
    row = {"article_id": article.article_id, "file": article.file, "encoding": article.encoding,
           "script": article.script, "title": "", "published": "", "chars": len(article.text),
           "sentences": 0, "mentions": 0, "status": article.status}
    tables: dict[str, list[dict]] = {name: [] for name in KIND_TABLE.values()}
    result = {"article": row, "mentions": tables, "claims": []}
    if not article.ok:
        return result
    sentences = split_sentences(article.clean)
    numbers = extract_numbers(article, rules)
    for m in numbers:
        sent = sentence_index(sentences, m.cstart)
        m.sentence_no = sent.no if sent else 0
    names = extract_entities(article, sentences, rules) if with_links else []
    published = publication_date(numbers, article.clean)
    row.update(title=title_of(article.text), published=published, sentences=len(sentences),
               mentions=len(numbers) + len(names))
    base = {"article_id": article.article_id, "file": article.file}
    for m in numbers + names:
        rec = {**base, "mention_id": f"{article.article_id}:{m.start}-{m.end}", "sentence_no": m.sentence_no,
               "start": m.start, "end": m.end, "text": m.text}
        if m.type == "date":
            rec.update(value=m.value, resolved=resolve_date(m.value, m.text, published, rules))
        elif m.type == "entity":
            rec.update(name=m.value, label=m.label)
        else:
            rec.update(value=plain(m.value), value_high=plain(m.value_high), unit=m.unit, qualifier=m.qualifier)
            if m.type == "percent":
                rec["change"] = m.change
        tables[KIND_TABLE[m.type]].append(rec)
    if with_links:
        claims = link_claims(article.clean, sentences, numbers, names, rules)
    else:
        claims = [{"mention": m, "metric": "", "subject": "", "period": ""} for m in numbers if m.type != "date"]
    sent_by_no = {s.no: s for s in sentences}
    for c in claims:
        m: Mention = c["mention"]
        sent = sent_by_no.get(m.sentence_no)
        sentence = article.text[article.span(sent.start, sent.end)[0] : article.span(sent.start, sent.end)[1]]
        result["claims"].append({
            **base, "claim_id": f"{article.article_id}:{m.start}-{m.end}", "sentence_no": m.sentence_no,
            "start": m.start, "end": m.end, "text": m.text, "kind": m.type, "value": plain(m.value),
            "value_high": plain(m.value_high), "unit": m.unit, "qualifier": m.qualifier, "metric": c["metric"],
            "subject": c["subject"], "period": c["period"], "change": m.change, "duplicate_of": "",
            "sentence": " ".join(sentence.split()),
        })
    return result


def analyse_text(text: str, rules: RuleSet, name: str = "<text>") -> dict:
    """Records for a plain string (for notebooks and tests)."""
    return analyse(prepare(text, name), rules)


def analyse_file(path: Path, name: str, rules: RuleSet, with_links: bool = True) -> dict:
    return analyse(read_article(path, name), rules, with_links)


def mark_duplicates(claims: list[dict]) -> None:
    """Point repeats of a claim (same kind, value, unit, metric and subject) at the first occurrence."""
    first: dict[tuple, str] = {}
    for c in claims:
        if not c["metric"]:
            continue
        key = (c["kind"], c["value"], c["value_high"], c["unit"], c["qualifier"], c["metric"], c["subject"])
        if key in first:
            c["duplicate_of"] = first[key]
        else:
            first[key] = c["claim_id"]


def run_paths(paths: list[Path], rules: RuleSet, with_links: bool = True, progress=None) -> dict:
    """Analyse every *.txt under `paths`; returns {'articles': rows, table: rows, 'claims': rows}."""
    files = find_files(paths)
    out: dict[str, list[dict]] = {"articles": [], "claims": [], **{t: [] for t in KIND_TABLE.values()}}
    for path, name in files:
        result = analyse_file(path, name, rules, with_links)
        out["articles"].append(result["article"])
        for table, rows in result["mentions"].items():
            out[table].extend(rows)
        out["claims"].extend(result["claims"])
        if progress:
            progress(name, result["article"]["status"])
    mark_duplicates(out["claims"])
    return out
