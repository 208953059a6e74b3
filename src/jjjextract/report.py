"""A self-contained HTML view: an overview, and every article's text with its mentions highlighted
(hover a mark for its value, unit and claim fields). No scripts from the network, no external files."""

from __future__ import annotations

import html
from collections import Counter, defaultdict
from decimal import Decimal

from .pipeline import KIND_TABLE

TYPE_NAMES = {"money": "金额 money", "quantity": "数量 quantity", "percent": "百分比 percent", "date": "日期 date",
              "entity": "名称 entity"}
MAX_ARTICLES_WITH_TEXT = 300
CSS = """
body{font-family:"Noto Sans CJK SC","Microsoft YaHei","PingFang SC",sans-serif;margin:0;color:#222;background:#fafafa}
header{background:#1f3a5f;color:#fff;padding:16px 28px}header h1{margin:0;font-size:22px}
main{padding:18px 28px;max-width:1200px}section{background:#fff;border:1px solid #ddd;border-radius:6px;
padding:14px 18px;margin:14px 0}h2{font-size:18px;margin:4px 0 10px}table{border-collapse:collapse;font-size:13px}
td,th{border:1px solid #ddd;padding:3px 8px;text-align:left}th{background:#f0f3f7}td.n{text-align:right}
.grid{display:flex;flex-wrap:wrap;gap:18px}.legend span{margin-right:12px}
.text{white-space:pre-wrap;line-height:1.9;font-size:15px}
mark{border-radius:3px;padding:0 1px;cursor:help}
.t-money{background:#ffd8a8}.t-quantity{background:#b2f2bb}.t-percent{background:#a5d8ff}
.t-date{background:#e5dbff}.t-entity{background:none;border-bottom:2px solid #868e96}
.l-ORG{border-bottom-color:#e8590c}.l-LOC{border-bottom-color:#2b8a3e}.l-PER{border-bottom-color:#c2255c}
.status-bad{color:#c92a2a}
"""


def _esc(text) -> str:
    return html.escape(str(text), quote=True)


def _hover(row: dict, kind: str, claim: dict | None) -> str:
    if kind == "entity":
        parts = [f"{row['label']} {row['name']}"]
    elif kind == "date":
        parts = [f"date {row['value']}"] + ([f"resolved {row['resolved']}"] if row.get("resolved") else [])
    else:
        value = row["value"] + (f"–{row['value_high']}" if row.get("value_high") else "")
        parts = [f"{kind} {value} {row.get('unit', '')}".strip()]
        if row.get("qualifier"):
            parts.append(f"qualifier {row['qualifier']}")
        for key in ("metric", "subject", "period", "change"):
            if claim and claim.get(key):
                parts.append(f"{key} {claim[key]}")
    return " | ".join(parts)


def highlighted(text: str, result: dict) -> str:
    """The article's text as HTML with one <mark> per mention (the first of overlapping mentions wins)."""
    claims = {c["claim_id"]: c for c in result["claims"]}
    marks = []
    for kind, table in KIND_TABLE.items():
        for row in result["mentions"][table]:
            marks.append((row["start"], row["end"], kind, row))
    marks.sort(key=lambda m: (m[0], -m[1]))
    out, pos = [], 0
    for start, end, kind, row in marks:
        if start < pos:
            continue
        out.append(_esc(text[pos:start]))
        css = f"t-{kind}" + (f" l-{row['label']}" if kind == "entity" else "")
        hover = _hover(row, kind, claims.get(row.get("mention_id")))
        out.append(f'<mark class="{css}" title="{_esc(hover)}">{_esc(text[start:end])}</mark>')
        pos = end
    out.append(_esc(text[pos:]))
    return "".join(out)


def _bar_chart(totals: dict[str, Decimal]) -> str:
    """Inline SVG bars of CNY amounts (in 亿元) per period year."""
    if not totals:
        return "<p>No CNY amounts with a stated period.</p>"
    items = sorted(totals.items())
    top = max(totals.values()) or Decimal(1)
    width, bar, gap, height = 640, 28, 10, 180
    svg = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height + 40}" role="img" '
           f'aria-label="CNY amounts by period">']
    for i, (period, total) in enumerate(items):
        h = float(total / top) * height
        x = 40 + i * (bar + gap)
        svg.append(f'<rect x="{x}" y="{height - h + 10:.1f}" width="{bar}" height="{h:.1f}" fill="#e8590c">'
                   f"<title>{_esc(period)}: {total / Decimal(10**8):.2f} 亿元</title></rect>")
        svg.append(f'<text x="{x + bar / 2}" y="{height + 26}" font-size="11" text-anchor="middle">'
                   f"{_esc(period)}</text>")
    svg.append(f'<text x="4" y="18" font-size="11">{top / Decimal(10**8):.0f} 亿元</text></svg>')
    return "".join(svg)


def build_report(items: list[tuple[dict, str | None]]) -> str:
    """The whole HTML page for (result, original text or None) pairs in file order."""
    type_counts: Counter = Counter()
    entities: Counter = Counter()
    by_period: dict[str, Decimal] = defaultdict(Decimal)
    rows = []
    for result, _text in items:
        art = result["article"]
        counts = {kind: len(result["mentions"][table]) for kind, table in KIND_TABLE.items()}
        type_counts.update(counts)
        for e in result["mentions"]["entities"]:
            entities[(e["name"], e["label"])] += 1
        for c in result["claims"]:
            period = c.get("period", "")[:4]
            if c["kind"] == "money" and c["unit"] == "CNY" and period.isdigit() and not c.get("duplicate_of"):
                by_period[period] += Decimal(c["value"])
        rows.append((art, counts))
    parts = [f"<!DOCTYPE html><html lang=\"zh\"><head><meta charset=\"utf-8\"><title>jjjextract report</title>"
             f"<style>{CSS}</style></head><body><header><h1>jjjextract — 抽取结果一览</h1></header><main>"]
    parts.append('<section id="overview"><h2>Overview 概览</h2><div class="grid"><div><table><tr><th>type</th>'
                 "<th>mentions</th></tr>")
    for kind, name in TYPE_NAMES.items():
        parts.append(f"<tr><td>{name}</td><td class=n>{type_counts[kind]}</td></tr>")
    parts.append("</table></div><div><table><tr><th>most frequent names</th><th>label</th><th>count</th></tr>")
    for (name, label), n in entities.most_common(15):
        parts.append(f"<tr><td>{_esc(name)}</td><td>{label}</td><td class=n>{n}</td></tr>")
    parts.append("</table></div><div><b>CNY amounts by period (亿元)</b><br>")
    parts.append(_bar_chart(dict(by_period)))
    parts.append("</div></div></section>")
    parts.append('<section id="articles"><h2>Articles 文章</h2><table><tr><th>file</th><th>status</th>')
    parts.extend(f"<th>{kind}</th>" for kind in TYPE_NAMES)
    parts.append("</tr>")
    for i, (art, counts) in enumerate(rows):
        status = art["status"]
        css = "" if status == "ok" else ' class="status-bad"'
        link = f'<a href="#a{i}">{_esc(art["file"])}</a>' if status == "ok" else _esc(art["file"])
        parts.append(f"<tr><td>{link}</td><td{css}>{_esc(status)}</td>")
        parts.extend(f"<td class=n>{counts[kind]}</td>" for kind in TYPE_NAMES)
        parts.append("</tr>")
    parts.append("</table></section>")
    legend = "".join(f'<span><mark class="t-{k}">{v}</mark></span>' for k, v in TYPE_NAMES.items())
    shown = 0
    for i, (result, text) in enumerate(items):
        if text is None or result["article"]["status"] != "ok":
            continue
        if shown >= MAX_ARTICLES_WITH_TEXT:
            parts.append(f"<section><p>Texts of the remaining articles are left out (the view shows "
                         f"{MAX_ARTICLES_WITH_TEXT}); the tables hold all of them.</p></section>")
            break
        shown += 1
        art = result["article"]
        parts.append(f'<section id="a{i}"><h2>{_esc(art["file"])} — {_esc(art["title"])}</h2>'
                     f'<p class="legend">{legend} <a href="#overview">↑ overview</a></p>'
                     f'<div class="text">{highlighted(text, result)}</div></section>')
    parts.append("</main></body></html>")
    return "".join(parts)
