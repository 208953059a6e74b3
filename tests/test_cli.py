"""The command line: the main job, bad input, broken rules, evaluation."""

import csv
import shutil
import subprocess
import sys

from click.testing import CliRunner

from jjjextract.cli import main


def run(*args):
    return CliRunner().invoke(main, list(map(str, args)))


def test_missing_path_exits_2(tmp_path):
    result = run("run", tmp_path / "nope", "-o", tmp_path / "out")
    assert result.exit_code == 2


def test_empty_folder_leaves_tables_untouched(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / "articles.csv").write_text("old", encoding="utf-8")
    (tmp_path / "in").mkdir()
    result = run("run", tmp_path / "in", "-o", out)
    assert result.exit_code == 1 and "no *.txt" in result.output
    assert (out / "articles.csv").read_text(encoding="utf-8") == "old"


def test_bad_files_are_listed_and_the_run_goes_on(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "good.txt").write_text("总投资20.15亿元。", encoding="gb18030")
    (src / "png.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\xff\xfe\x00")
    (src / "empty.txt").write_bytes(b"")
    result = run("run", src, "-o", tmp_path / "out")
    assert result.exit_code == 0, result.output
    with open(tmp_path / "out" / "articles.csv", encoding="utf-8-sig") as fh:
        rows = {r["file"]: r for r in csv.DictReader(fh)}
    assert rows["good.txt"]["status"] == "ok" and rows["good.txt"]["encoding"] == "gb18030"
    assert rows["png.txt"]["status"].startswith("undecodable")
    assert rows["empty.txt"]["status"] == "empty file"
    assert (tmp_path / "out" / "amounts.csv").read_bytes().startswith(b"\xef\xbb\xbf")


def test_broken_rules_stop_before_output(tmp_path, root):
    rules = tmp_path / "rules"
    shutil.copytree(root / "rules", rules)
    (rules / "money.yaml").write_text("patterns:\n  - name: bad\n    type: money\n    pattern: '(unclosed'\n",
                                      encoding="utf-8")
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text("总投资20亿元", encoding="utf-8")
    result = run("run", src, "-o", tmp_path / "out", "--rules", rules)
    assert result.exit_code == 2
    assert "money.yaml" in result.output and "bad" in result.output
    assert not (tmp_path / "out").exists()


def test_rules_check_reports_a_failing_example(tmp_path, root):
    rules = tmp_path / "rules"
    shutil.copytree(root / "rules", rules)
    with open(rules / "percent.yaml", "a", encoding="utf-8") as fh:
        fh.write("  - 同比增长10.5%\n")  # a negative that does match
    result = run("rules", "check", rules)
    assert result.exit_code == 1 and "10.5%" in result.output
    assert run("rules", "check", root / "rules").exit_code == 0


def test_csv_injection_is_neutralized(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text("=武清区总投资20亿元", encoding="utf-8")
    assert run("run", src, "-o", tmp_path / "out").exit_code == 0
    text = (tmp_path / "out" / "articles.csv").read_text(encoding="utf-8-sig")
    assert "'=武清区" in text
    assert run("run", src, "-o", tmp_path / "raw", "--no-csv-safety").exit_code == 0
    assert "'=" not in (tmp_path / "raw" / "articles.csv").read_text(encoding="utf-8-sig")


def test_help_imports_no_heavy_module():
    """`jjjextract --help` stays fast (issue #6): the CLI module loads no pandas, jieba, regex or yaml."""
    heavy = ("pandas", "jieba", "rjieba", "regex", "yaml")
    code = f"import sys, jjjextract.cli; print([m for m in {heavy!r} if m in sys.modules])"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
