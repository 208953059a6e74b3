"""Numbers in plain-text tables: a cell holding a bare number, under a header or beside a label that states its
unit (地区生产总值（亿元）, 增速(%), 常住人口/万人), in a row whose 单位 column states it, or below a line 单位：亿元.

A table is three or more lines in a row, each split into the same number (two or more) of cells by `|`, tabs
or gaps of two spaces or more (or, in a table whose every line has no other separator, by single spaces: a
web page's table flattened to text); its first line is the header, and the first cell of each line labels the row.
A cell's value is read by the number rules from the cell's number and its unit written out (49843.1 + 亿元),
so units, magnitudes and currencies are the rule files' own. A number with no unit anywhere is not read: a
missing value is better than a wrong one. Each mention carries what its claim needs in `extra`: the metric
(the label that gave the unit), the span and text of the other label (a place, an organization, a date or,
when the unit's label is a date, the metric) and the span of the label that may hold a date.
"""

from __future__ import annotations

import bisect
import re

from .entities import is_place_name
from .extract import extract_text
from .ingest import Article
from .records import Mention
from .rules import RuleSet

MIN_LINES = 3  # a header and two rows
_NUMBER_CELL = re.compile(r"[-−]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?")
# an accountant's negative: a figure with a decimal point or thousands commas in brackets, (12,345.67); not a
# note's number, (2)
_BRACKETED_NEGATIVE = re.compile(r"[(（] ?((?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d+)) ?[)）]")
_SEPARATOR_LINE = re.compile(r"\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*")
_BRACKET_UNIT = re.compile(r"^(?P<label>.*?)\s*[（(](?:单位[:：])?\s*(?P<unit>[^（()）]{1,8})\s*[）)]$")
_SLASH_UNIT = re.compile(r"^(?P<label>[^/]{2,}?)\s*/\s*(?P<unit>[^/\d]{1,6})$")
_SIGN_UNIT = re.compile(r"^(?P<label>[^%％‰\d]{2,}?)\s*(?P<unit>[%％‰])$")  # 比上年增长%: a rate's sign glued on
_TABLE_UNIT = re.compile(r"(?:单位|單位)\s*[:：]\s*(?P<unit>[^\s，,。；;（()）]{1,8})")
_GAP = re.compile(r"\t+|[ \u3000]{2,}")
UNIT_HEADERS = ("单位", "计量单位")  # a column of units: each row's unit
GENERIC_LABELS = ("绝对数", "绝对值", "数值", "数额", "数量", "金额", "总量", "本期", "本年", "本月")  # a column's
# label that names no metric: the figure's metric is the row's label
RATE_LABEL = re.compile(r"^(?:比上年|比去年|同比|环比)?(?:增长|增速|增幅|下降|增减)(?:率|幅度)?$")  # a column of rates
_DATE_LABEL = re.compile(r"(?:19|20)\d{2}\s*年?(?:\s*\d{1,2}\s*月|\s*[一二三四1-4]\s*季度|[上下]半年)?(?:末|底|初)?")


def table_numbers(article: Article, rules: RuleSet, taken: list[Mention]) -> list[Mention]:
    """Mentions for the bare numbers of the article's text tables that no other mention covers."""
    text = article.text
    spans = sorted((m.start, m.end) for m in taken)
    found = []
    if "单位" in text or "單位" in text:
        found.extend(_read_fields(article, rules, spans))
    if "|" not in text and "\t" not in text and " " not in text and "\u3000\u3000" not in text:
        return found
    for lines, unit, caption in _tables(text):
        found.extend(_read_table(article, lines, unit, rules, spans, caption))
    return found


_FIELD_LINE = re.compile(r"[ \t\u3000]*(?P<label>[^\d\s：:，,。；;|]{2,20})[：:][ \t\u3000]*(?P<num>[-−]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)"
                         r"[ \t\u3000]*$")


def _read_fields(article: Article, rules: RuleSet, spans) -> list[Mention]:
    """A list of fields under a line that states their unit (主要财务数据（单位：万元） then 营业收入：3650 …, two
    lines or more): each bare number in that unit, its label the metric."""
    text, found, unit, run, caption = article.text, [], "", [], (0, 0)
    pos = 0
    for line in [*text.splitlines(keepends=True), ""]:
        start, pos = pos, pos + len(line)
        body = line.rstrip("\r\n")
        field = _FIELD_LINE.fullmatch(body) if unit else None
        if field:
            run.append((start, field))
            continue
        if len(run) >= 2:
            for at, f in run:
                s, e = at + f.start("num"), at + f.end("num")
                mention = None if _covered(spans, s, e) else _read_cell(article, s, e, unit, rules)
                if mention is not None:
                    mention.extra = {"table_metric": _clean_text(article, at + f.start("label"), at + f.end("label")),
                                     "table_label": (0, 0), "table_other": "", "table_date": (0, 0),
                                     "table_caption": _clean_span(article, *caption)}
                    found.append(mention)
        run = []
        stated = _TABLE_UNIT.search(body)
        if stated or body.strip():
            unit, caption = (stated.group("unit"), (start, start + len(body))) if stated else ("", (0, 0))
    return found


def _tables(text: str) -> list[tuple[list[list[tuple[int, int]]], str, tuple[int, int]]]:
    """Each table as its lines of cell spans (into the text), with the unit a 单位： line before it states and the
    span of its caption: the short line of prose right before it (2023年京津冀地区生产总值), or (0, 0)."""
    tables, run, run_unit, run_spaced, pending = [], [], "", False, ""
    caption = run_caption = (0, 0)
    pos = 0
    for line in text.splitlines(keepends=True):
        start, pos = pos, pos + len(line)
        body = line.rstrip("\r\n")
        if run and _SEPARATOR_LINE.fullmatch(body):
            continue  # |---|---|: a Markdown table's rule
        cells, spaced = _cells(body, start), False
        if not cells:
            cells, spaced = _spaced_cells(body, start), True
        stated = _TABLE_UNIT.search(body)
        if run and len(cells) == len(run[0]) and spaced == run_spaced:
            run.append(cells)
            continue
        if len(run) >= MIN_LINES:
            tables.append((run, run_unit, run_caption))
        run = []
        if len(cells) >= (3 if spaced else 2) and not stated:
            run, run_unit, run_spaced, pending, run_caption = [cells], pending, spaced, "", caption
        elif stated:
            pending = stated.group("unit")  # 单位：亿元, or a caption that says so
        elif body.strip():
            pending = ""  # prose between: the statement was not about a table
        if body.strip():  # (a blank line between keeps the caption)
            short = len(body.strip()) <= _CAPTION_MAX and not body.rstrip().endswith(_SENTENCE_ENDS)
            caption = (start, start + len(body)) if short else (0, 0)  # (a line of two cells may be one)
    if len(run) >= MIN_LINES:
        tables.append((run, run_unit, run_caption))
    return tables


_CAPTION_MAX = 40
_SENTENCE_ENDS = ("。", "！", "？", "!", "?", "；", ";", "，", ",")


def _cells(line: str, start: int) -> list[tuple[int, int]]:
    """(start, end) of each cell of a line, stripped of spaces; [] when the line has no column separator."""
    if "|" in line:
        inner_start = len(line) - len(line.lstrip())
        body = line.strip()
        if body.startswith("|"):
            body, inner_start = body[1:], inner_start + 1
        if body.endswith("|"):
            body = body[:-1]
        bounds, at = [], inner_start
        for part in body.split("|"):
            bounds.append((at, at + len(part)))
            at += len(part) + 1
    else:
        bounds, at = [], 0
        for gap in _GAP.finditer(line):
            bounds.append((at, gap.start()))
            at = gap.end()
        if not bounds:
            return []
        bounds.append((at, len(line)))
    cells = []
    for s, e in bounds:
        part = line[s:e]
        lead = len(part) - len(part.lstrip())
        cells.append((start + s + lead, start + s + len(part.rstrip())))
    return cells if all(e > s for s, e in cells) else []


_SINGLE_SPACE = re.compile(r"(?<=\S) (?=\S)")


def _spaced_cells(line: str, start: int) -> list[tuple[int, int]]:
    """Cells split by single spaces (规模以上工业增加值 亿元 1234.5 6.7), for a line with no other separator; []
    when the line holds none or is set with a space after every character."""
    body = line.strip()
    lead = len(line) - len(line.lstrip())
    parts = _SINGLE_SPACE.split(body)
    if len(parts) < 2 or all(len(p) == 1 for p in parts[:-1]):
        return []
    cells, at = [], start + lead
    for part in parts:
        cells.append((at, at + len(part)))
        at += len(part) + 1
    return cells


def _label_and_unit(cell: str) -> tuple[str, str]:
    """地区生产总值（亿元） -> (地区生产总值, 亿元); 常住人口/万人 -> (常住人口, 万人); 比上年增长% -> (比上年增长, %);
    else (cell, '')."""
    for pattern in (_BRACKET_UNIT, _SLASH_UNIT, _SIGN_UNIT):
        m = pattern.match(cell)
        if m and m.group("label").strip():
            return m.group("label").strip(), m.group("unit").strip()
    return cell.strip(), ""


def _read_table(article: Article, lines, table_unit: str, rules: RuleSet, spans,
                caption: tuple[int, int] = (0, 0)) -> list[Mention]:
    text = article.text
    header = lines[0]
    columns = [_label_and_unit(_clean_text(article, s, e)) for s, e in header]  # (Simplified, like every metric)
    unit_column = next((j for j, (label, _) in enumerate(columns) if j and label in UNIT_HEADERS), None)
    found = []
    for row in lines[1:]:
        row_label, row_unit = _label_and_unit(_clean_text(article, *row[0]))
        if unit_column is not None and not row_unit:
            row_unit = _clean_text(article, *row[unit_column])  # | 地区生产总值 | 亿元 | 12545.6 |
        for j in range(1, len(row)):
            s, e = row[j]
            negative = _BRACKETED_NEGATIVE.fullmatch(text[s:e])
            if not (negative or _NUMBER_CELL.fullmatch(text[s:e])) or _covered(spans, s, e):
                continue
            col_label, col_unit = columns[j]
            if col_unit and col_label in GENERIC_LABELS:  # | 第二产业 | 714.1 | under 绝对数(亿元): the row names it
                unit, metric, other, other_label, dated = col_unit, row_label, header[j], "", header[j]
            elif col_unit:  # the unit heads the column: the column names the metric, the row its place or time
                unit, metric, other, other_label, dated = col_unit, col_label, row[0], row_label, header[j]
            elif table_unit and not row_unit and is_place_name(row_label, rules):
                # 东城区 | 120.5 under a caption 单位：亿元: the row is a place, the column names the metric or a time
                unit, other, other_label, dated = table_unit, row[0], row_label, header[j]
                metric = "" if _DATE_LABEL.fullmatch(col_label) else col_label
            elif row_unit or table_unit:  # the row names the metric, the column its place or time
                unit, metric, other, other_label, dated = row_unit or table_unit, row_label, header[j], col_label, row[0]
            else:
                continue
            if _DATE_LABEL.fullmatch(metric):
                metric = ""  # 2024年（亿元）: a time; the other label is a place (the subject) or the metric
            mention = _read_cell(article, s, e, unit, rules, "-" + negative.group(1) if negative else None)
            if mention is not None:
                mention.change = _column_change(metric if RATE_LABEL.match(metric) else other_label, mention.value)
                mention.extra = {"table_metric": metric, "table_label": _clean_span(article, *other),
                                 "table_other": other_label, "table_date": _clean_span(article, *dated),
                                 "table_caption": _clean_span(article, *caption)}
                found.append(mention)
    return found


def _column_change(label: str, value) -> str:
    """The rise or fall a rate cell states, as the words would (增长5.2%: up; 下降1.2%: down): only under a label of
    a rise or a fall itself, for a figure with no sign; a signed rate (-5.85) or a rate's level (增速, 增长率, 增减) is
    none, as 增速为-3.5% is."""
    word = RATE_LABEL.match(label)
    if word is None or label.endswith(("率", "幅度", "增速", "增减")) or value is None or value <= 0:
        return ""
    return "down" if label.endswith("下降") else "up"


def _read_cell(article: Article, s: int, e: int, unit: str, rules: RuleSet, number: str | None = None) -> Mention | None:
    """The cell's number (or `number`, as read from it: -12345.67 of (12,345.67)) read with its unit by the number
    rules: one mention spanning both, or None."""
    number = (number or article.text[s:e]).replace("−", "-")
    read = [m for m in extract_text(number + unit, rules) if m.type != "date"]
    if len(read) != 1 or read[0].cend != len(number) + len(unit) or read[0].cstart > (1 if number[0] == "-" else 0):
        return None
    m = read[0]
    cstart, cend = _clean_span(article, s, e)
    return Mention(type=m.type, start=s, end=e, text=article.text[s:e], value=m.value, value_high=m.value_high,
                   unit=m.unit, qualifier=m.qualifier, cstart=cstart, cend=cend, rule="text_tables")


def _covered(spans: list[tuple[int, int]], s: int, e: int) -> bool:
    """Does a mention (spans: sorted, never overlapping) overlap [s, e)?"""
    i = bisect.bisect_left(spans, (e, e))
    return i > 0 and spans[i - 1][1] > s


def _clean_text(article: Article, s: int, e: int) -> str:
    """The cleaned text (Simplified, half-width) of an original span."""
    return article.clean[slice(*_clean_span(article, s, e))]


def _clean_span(article: Article, s: int, e: int) -> tuple[int, int]:
    """The cleaned-text span of an original span whose characters the cleaning kept."""
    offsets = article.offsets
    return bisect.bisect_left(offsets, s), bisect.bisect_left(offsets, e - 1) + 1
