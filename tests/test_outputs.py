"""Outputs people open: Excel workbook, Parquet, datapackage.json, the HTML view, quiet progress."""

import csv
import importlib.util
import json
import shutil
import struct
from decimal import Decimal

import pytest
from click.testing import CliRunner

from jjjextract.cli import main


@pytest.fixture(scope="module")
def out(tmp_path_factory, root):
    folder = tmp_path_factory.mktemp("formats")
    result = CliRunner().invoke(main, ["run", str(root / "corpus"), "-o", str(folder), "--format", "xlsx",
                                       "--format", "parquet", "--format", "html"])
    assert result.exit_code == 0, result.output
    return folder


def test_workbook_has_typed_sheets_with_frozen_headers(out):
    import datetime as dt

    from openpyxl import load_workbook

    wb = load_workbook(out / "jjjextract.xlsx")
    assert wb.sheetnames == ["articles", "amounts", "quantities", "percentages", "dates", "entities",
                             "entity_counts", "claims"]
    amounts = wb["amounts"]
    assert amounts.freeze_panes == "A2"
    header = [c.value for c in amounts[1]]
    row = {h: c.value for h, c in zip(header, amounts[2], strict=True)}
    assert row["value"] == 2015000000 and isinstance(row["value"], int)
    assert isinstance(row["start"], int)
    dates = wb["dates"]
    header = [c.value for c in dates[1]]
    values = [dict(zip(header, (c.value for c in r), strict=True)) for r in dates.iter_rows(min_row=2)]
    full = next(v for v in values if v["text"] == "2025年11月17日")
    assert full["value"] == dt.datetime(2025, 11, 17)
    partial = next(v for v in values if v["text"] == "2023—2035年")
    assert partial["value"] == "2023/2035"
    assert amounts.column_dimensions["G"].width >= 10


def test_parquet_is_typed_and_exact(out):
    import pandas as pd

    amounts = pd.read_parquet(out / "amounts.parquet")
    assert str(amounts["start"].dtype) == "int64"
    row = amounts[amounts["text"] == "20.15亿元"].iloc[0]
    assert row["value"] == Decimal("2015000000")
    with open(out / "amounts.csv", encoding="utf-8-sig") as fh:
        assert len(list(csv.DictReader(fh))) == len(amounts)


def test_datapackage_describes_every_column(out):
    package = json.loads((out / "datapackage.json").read_text(encoding="utf-8"))
    for resource in package["resources"]:
        with open(out / resource["path"], encoding="utf-8-sig") as fh:
            header = next(csv.reader(fh))
        fields = resource["schema"]["fields"]
        assert [f["name"] for f in fields] == header
        assert all(f["title"] and f["description"] and f["type"] in ("string", "integer", "number", "date")
                   for f in fields)


def test_html_view_highlights_mentions_and_is_self_contained(out):
    page = (out / "report.html").read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>")
    assert '<mark class="t-money" title="money 2015000000 CNY | metric 工业产值 | subject 中国铁道科学研究院 | period 2023">' \
           '20.15亿元</mark>' in page
    assert 'class="t-entity l-ORG"' in page and 'class="t-date"' in page
    assert "<svg" in page and "Overview" in page
    for external in ('src="http', "src='http", 'href="http', "url(http", "<link", "<script", "@import"):
        assert external not in page  # nothing is fetched from the network


def test_progress_is_silent_when_not_a_terminal(tmp_path, root):
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(root / "corpus" / "000_746a0ac7993d278e.txt", src)
    result = CliRunner().invoke(main, ["run", str(src), "-o", str(tmp_path / "o")])
    assert result.output.count("\n") == 1 and "1 added" in result.output
    quiet = CliRunner().invoke(main, ["run", str(src), "-o", str(tmp_path / "q"), "-q"])
    assert quiet.output == ""


@pytest.mark.skipif(not shutil.which("chromium"), reason="Debian's chromium is not installed")
def test_html_renders_in_headless_chromium(out, tmp_path, root):
    spec = importlib.util.spec_from_file_location("screenshot", root / "scripts" / "screenshot_report.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    png = module.screenshot(out / "report.html", tmp_path / "report.png", height=900)
    data = png.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    assert (width, height) == (1280, 900) and len(data) > 20_000


def test_batch_rendering_equals_one_article_at_a_time(root):
    """One pandas frame per table for a batch, split at sentinel rows, gives each article's own CSV text; and
    `expand` turns it back into the records `analyse` made."""
    from jjjextract import load_rules
    from jjjextract.ingest import read_article
    from jjjextract.pipeline import analyse
    from jjjextract.tables import expand, render

    rules = load_rules()
    paths = sorted((root / "corpus").glob("*.txt"))
    results = [analyse(read_article(p, p.name), rules) for p in paths]
    batch = render(results)
    assert batch == [render([r])[0] for r in results]
    for result, item in zip(results, batch, strict=True):
        back = expand(item)
        assert back["article"] == result["article"]
        for table, rows in result["mentions"].items():
            assert len(back["mentions"][table]) == len(rows) == item["rows"][table]
        assert {c["claim_id"] for c in back["claims"]} == {c["claim_id"] for c in result["claims"]}


def test_a_claim_repeated_across_articles_points_at_the_first(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    sentence = "天津市武清区2023年实现工业产值20.15亿元。\n"
    (src / "a.txt").write_text("第一篇\n" + sentence, encoding="utf-8")
    (src / "b.txt").write_text("第二篇\n" + sentence + sentence, encoding="utf-8")
    out = tmp_path / "out"
    assert CliRunner().invoke(main, ["run", str(src), "-o", str(out), "-q"]).exit_code == 0
    with open(out / "claims.csv", encoding="utf-8-sig", newline="") as fh:
        rows = [r for r in csv.DictReader(fh) if r["kind"] == "money"]
    assert len(rows) == 3 and rows[0]["metric"]
    assert rows[0]["duplicate_of"] == ""
    assert rows[1]["duplicate_of"] == rows[2]["duplicate_of"] == rows[0]["claim_id"]


def test_a_figure_with_no_subject_repeats_only_in_the_same_article_or_sentence(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    (src / "a.txt").write_text("会议共促成各类项目126个。\n会议共促成各类项目126个。\n", encoding="utf-8")
    (src / "b.txt").write_text("去年促成各类项目126个。\n", encoding="utf-8")
    (src / "c.txt").write_text("转载自新华社。\n会议共促成各类项目126个。\n", encoding="utf-8")
    out = tmp_path / "out"
    assert CliRunner().invoke(main, ["run", str(src), "-o", str(out), "-q"]).exit_code == 0
    with open(out / "claims.csv", encoding="utf-8-sig", newline="") as fh:
        rows = [r for r in csv.DictReader(fh) if r["kind"] == "quantity"]
    assert [(r["metric"], r["subject"]) for r in rows] == [("项目", "")] * 4
    first = rows[0]["claim_id"]
    assert [r["duplicate_of"] for r in rows] == ["", first, "", first]  # (c.txt carries a.txt's sentence)


def test_typed_formats_drop_the_csv_guard_but_the_workbook_keeps_it_before_equals():
    """CSV cells get an apostrophe before = + - @; Parquet and the workbook hold the text itself, except that
    the workbook keeps the guard before = (openpyxl would write a formula)."""
    from jjjextract.exports import unguard

    assert unguard("'-3.5%") == "-3.5%"
    assert unguard("'=SUM(A1)") == "=SUM(A1)"
    assert unguard("'=SUM(A1)", keep="=") == "'=SUM(A1)"
    assert unguard("'s") == "'s" and unguard("'") == "'" and unguard("") == ""


def test_the_title_skips_breadcrumbs_and_publishing_data():
    from jjjextract.pipeline import title_of

    assert title_of("新華網天津 > 正文\n2024 12/23 19:43:41來源: 天津日報\n\n協同發展繪就新圖景\n") == "協同發展繪就新圖景"
    assert title_of("首页 > 新闻中心 > 京津冀\n<h1>三地签约</h1>\n") == "三地签约"
    assert title_of("北京>天津的高铁：30分钟") == "北京>天津的高铁：30分钟"  # nothing better: the first line
