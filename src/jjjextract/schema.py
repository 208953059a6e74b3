"""Every output table's columns: name, type (Table Schema), Chinese title and description.

One source for the CSV column order, the datapackage.json, and the typed XLSX and Parquet outputs.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Column:
    name: str
    type: str  # Table Schema type: string, integer, number, date
    title: str  # Chinese title
    description: str


def _c(name: str, type_: str, title: str, description: str) -> Column:
    return Column(name, type_, title, description)


ID = [
    _c("article_id", "string", "文章编号", "First 16 hex digits of the SHA-256 of the file's bytes."),
    _c("file", "string", "文件", "Path of the file relative to the input folder."),
]
SPAN = [
    _c("sentence_no", "integer", "句号", "1-based number of the sentence in the article."),
    _c("start", "integer", "起始位置", "Offset of the first character in the decoded original text."),
    _c("end", "integer", "结束位置", "Offset after the last character (exclusive)."),
    _c("text", "string", "原文", "The original characters of the mention."),
]
VALUE = [
    _c("value", "number", "数值", "Normalized value; the low end of a range. Money in units of the currency."),
    _c("value_high", "number", "上限", "High end of a range, else empty."),
]
QUALIFIER = _c("qualifier", "string", "限定", "over, under, approx, or empty.")
MENTION_ID = _c("mention_id", "string", "提及编号", "article_id:start-end.")

TABLES: dict[str, tuple[str, list[Column]]] = {
    "articles": ("One row per input file, with its status.", [
        *ID,
        _c("encoding", "string", "编码", "utf-8, utf-8-sig, utf-16, utf-16-le, utf-16-be, gb18030 or big5hkscs."),
        _c("script", "string", "字体", "simplified or traditional."),
        _c("title", "string", "标题", "First non-empty line."),
        _c("published", "date", "发布日期", "Publication date stated in the article's header, else empty."),
        _c("chars", "integer", "字数", "Characters in the decoded text."),
        _c("sentences", "integer", "句数", "Sentences found."),
        _c("mentions", "integer", "提及数", "Numeric and entity mentions found."),
        _c("status", "string", "状态", "ok, or why the file was skipped."),
    ]),
    "amounts": ("Amounts of money.", [
        MENTION_ID, *ID, *SPAN, *VALUE,
        _c("unit", "string", "币种", "ISO 4217 currency code (CNY, USD ...)."), QUALIFIER,
    ]),
    "quantities": ("Counts and measures.", [
        MENTION_ID, *ID, *SPAN, *VALUE,
        _c("unit", "string", "单位", "Measure word or unit in Simplified Chinese, without magnitude."), QUALIFIER,
    ]),
    "percentages": ("Rates and shares.", [
        MENTION_ID, *ID, *SPAN, *VALUE,
        _c("unit", "string", "单位", "% or pp (percentage points)."), QUALIFIER,
        _c("change", "string", "变化", "up or down when the number is a rise or fall."),
    ]),
    "dates": ("Calendar references.", [
        MENTION_ID, *ID, *SPAN,
        _c("value", "string", "日期", "ISO-style partial date (2023, 2023-05, 2023-Q1, XXXX-05-02, 2023/2035)."),
        _c("resolved", "string", "推定日期", "value with the year filled from the publication date, else empty."),
    ]),
    "entities": ("Names of organizations, places and people.", [
        MENTION_ID, *ID, *SPAN,
        _c("name", "string", "名称", "The name in Simplified Chinese."),
        _c("label", "string", "类别", "ORG, LOC or PER."),
    ]),
    "entity_counts": ("One row per distinct name per article.", [
        *ID,
        _c("name", "string", "名称", "The name in Simplified Chinese."),
        _c("label", "string", "类别", "ORG, LOC or PER."),
        _c("count", "integer", "次数", "Occurrences in the article."),
    ]),
    "claims": ("Every amount, quantity and percentage with who, what and when.", [
        _c("claim_id", "string", "主张编号", "article_id:start-end (the mention's id)."),
        *ID, *SPAN,
        _c("kind", "string", "类型", "money, quantity or percent."),
        *VALUE,
        _c("unit", "string", "单位", "Currency code, measure word, % or pp."), QUALIFIER,
        _c("metric", "string", "指标", "The short noun phrase measured, as written."),
        _c("subject", "string", "主体", "Organization or place the claim is about."),
        _c("period", "string", "时期", "Date value the claim refers to, when its sentence states one."),
        _c("change", "string", "变化", "up or down for rises and falls."),
        _c("duplicate_of", "string", "重复于", "claim_id of the first claim with the same facts, else empty."),
        _c("sentence", "string", "句子", "The sentence, white space folded."),
    ]),
}

COLUMNS: dict[str, list[str]] = {name: [c.name for c in cols] for name, (_, cols) in TABLES.items()}


def datapackage(tables: list[str], fmt: str = "csv") -> dict:
    """A Frictionless Data Package describing the written tables."""
    resources = []
    for name in tables:
        description, cols = TABLES[name]
        resource = {
            "name": name,
            "path": f"{name}.{fmt}",
            "profile": "tabular-data-resource",
            "description": description,
            "schema": {"fields": [{"name": c.name, "type": c.type, "title": c.title, "description": c.description}
                                  for c in cols]},
        }
        if fmt == "csv":
            resource.update(format="csv", mediatype="text/csv", encoding="utf-8-sig",
                            dialect={"delimiter": ",", "lineTerminator": "\r\n", "header": True})
        else:
            resource.update(format="parquet")
        resources.append(resource)
    return {"name": "jjjextract-output", "title": "jjjextract 抽取结果", "profile": "tabular-data-package",
            "resources": resources}
