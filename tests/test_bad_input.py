"""Bad input never stops a run and never loses a file: every input is listed with its status."""

import csv
import os
import shutil

from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jjjextract import analyse_text, load_rules
from jjjextract.cli import main


def cli(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


def statuses(out):
    with open(out / "articles.csv", encoding="utf-8-sig", newline="") as fh:
        return {r["file"]: r for r in csv.DictReader(fh)}


def test_every_kind_of_bad_file_is_listed(tmp_path):
    src, out = tmp_path / "in", tmp_path / "out"
    (src / "sub").mkdir(parents=True)
    (src / "png.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    (src / "empty.txt").write_bytes(b"")
    (src / "nul.txt").write_bytes("总投资5亿元".encode() + b"\x00\x00rest")
    (src / "huge.txt").write_bytes(b"1" * (50 * 1024 * 1024))
    (src / "utf8.txt").write_text("总投资5亿元。", encoding="utf-8")
    (src / "bom.txt").write_text("总投资6亿元。", encoding="utf-8-sig")
    (src / "gbk.txt").write_bytes("总投资7亿元。".encode("gb18030"))
    (src / "utf16.txt").write_text("总投资8亿元。", encoding="utf-16")
    (src / "latin.txt").write_bytes("café crème brûlée".encode("latin-1"))
    os.symlink(src, src / "sub" / "loop")
    os.symlink(tmp_path / "missing.txt", src / "dangling.txt")
    result = cli("run", src, "-o", out)
    assert result.exit_code == 0, result.output
    rows = statuses(out)
    assert rows["png.txt"]["status"].startswith("undecodable")
    assert rows["empty.txt"]["status"] == "empty file"
    assert rows["nul.txt"]["status"].startswith("undecodable")
    assert rows["huge.txt"]["status"].startswith("skipped: larger than")
    assert rows["latin.txt"]["status"].startswith("undecodable")
    assert rows["dangling.txt"]["status"].startswith("unreadable")
    encodings = {f: rows[f]["encoding"] for f in ("utf8.txt", "bom.txt", "gbk.txt", "utf16.txt")}
    assert encodings == {"utf8.txt": "utf-8", "bom.txt": "utf-8-sig", "gbk.txt": "gb18030", "utf16.txt": "utf-16"}
    assert all(rows[f]["status"] == "ok" for f in encodings)
    with open(out / "amounts.csv", encoding="utf-8-sig") as fh:
        values = sorted(r["value"] for r in csv.DictReader(fh))
    assert values == ["500000000", "600000000", "700000000", "800000000"]
    assert "skipped png.txt" in result.output


def test_unreadable_file_is_reported(tmp_path, monkeypatch):
    import builtins

    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    (src / "ok.txt").write_text("总投资5亿元。", encoding="utf-8")
    (src / "secret.txt").write_text("总投资6亿元。", encoding="utf-8")
    real_open = builtins.open

    def guarded(path, *args, **kwargs):
        if str(path).endswith("secret.txt"):
            raise PermissionError(13, "Permission denied")
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", guarded)
    result = cli("run", src, "-o", out)
    monkeypatch.setattr(builtins, "open", real_open)
    assert result.exit_code == 0, result.output
    assert statuses(out)["secret.txt"]["status"] == "unreadable: Permission denied"
    assert statuses(out)["ok.txt"]["status"] == "ok"


def test_file_changing_while_read_is_read_again_next_run(tmp_path, monkeypatch):
    from jjjextract import runner

    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    (src / "a.txt").write_text("总投资5亿元。", encoding="utf-8")
    real_stat = os.stat
    calls = {"n": 0}

    def shifting(path, *args, **kwargs):
        st = real_stat(path, *args, **kwargs)
        if str(path).endswith("a.txt"):
            calls["n"] += 1
            if calls["n"] == 2:  # the stat after reading sees a newer file
                return os.stat_result((st.st_mode, st.st_ino, st.st_dev, st.st_nlink, st.st_uid, st.st_gid,
                                       st.st_size + 1, st.st_atime, st.st_mtime, st.st_ctime))
        return st

    monkeypatch.setattr(runner.os, "stat", shifting)
    assert cli("run", src, "-o", out).exit_code == 0
    monkeypatch.setattr(runner.os, "stat", real_stat)
    assert "1 changed" in cli("run", src, "-o", out).output or "1 kept" in cli("run", src, "-o", out).output
    assert statuses(out)["a.txt"]["status"] == "ok"


def test_ten_thousand_small_files(tmp_path):
    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    for i in range(10_000):
        (src / f"{i:05d}.txt").write_text(f"第{i}号：投资{i + 1}万元。", encoding="utf-8")
    result = cli("run", src, "-o", out, "--no-links", "-q")
    assert result.exit_code == 0, result.output
    assert len(statuses(out)) == 10_000
    with open(out / "amounts.csv", encoding="utf-8-sig") as fh:
        assert sum(1 for _ in csv.DictReader(fh)) == 10_000


BROKEN_RULES = {
    "malformed YAML": ("money.yaml", "patterns: [unclosed\n", "not valid YAML"),
    "unknown key": ("money.yaml", "pattrens: []\n", "unknown key"),
    "invalid regex": ("money.yaml", "patterns:\n  - {name: r1, type: money, pattern: '(a'}\n", "invalid regex"),
    "catastrophic backtracking": ("money.yaml", "patterns:\n  - {name: slow, type: money, pattern: '(\\d|\\d\\d)+$'}\n",
                                  "catastrophic backtracking"),
    "unknown type": ("money.yaml", "patterns:\n  - {name: r2, type: cash, pattern: 'a'}\n", "type must be"),
    "unknown vocab": ("money.yaml", "patterns:\n  - {name: r3, type: money, pattern: '{{nope}}'}\n", "unknown vocab"),
    "absent not a text": ("money.yaml", "examples:\n  - {text: 投资5亿元, absent: [{text: 5亿元}]}\n",
                          "absent must be a list of texts"),
    "unknown expected field": ("money.yaml", "examples:\n  - {text: 投资5亿元, expect: [{text: 5亿元, valeu: 5}]}\n",
                               "unknown field(s) ['valeu']"),
    "unquoted comma in a flow mapping": ("money.yaml", "examples:\n  - {text: 投资1,234万元, expect: [{text: 1,234万元}]}\n",
                                         "a text holding a comma needs quotes"),
}


def test_broken_rules_stop_before_any_output(tmp_path, root):
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text("总投资5亿元。", encoding="utf-8")
    for label, (name, text, message) in BROKEN_RULES.items():
        rules = tmp_path / label.replace(" ", "_")
        shutil.copytree(root / "rules", rules)
        (rules / name).write_text(text, encoding="utf-8")
        out = tmp_path / f"out_{label.replace(' ', '_')}"
        result = cli("run", src, "-o", out, "--rules", rules)
        assert result.exit_code == 2, label
        assert name in result.output and message in result.output, (label, result.output)
        assert not out.exists(), label


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=300))
def test_random_unicode_never_crashes_and_offsets_hold(text):
    result = analyse_text(text, load_rules())
    for rows in result["mentions"].values():
        for r in rows:
            assert text[r["start"] : r["end"]] == r["text"]
    for c in result["claims"]:
        assert text[c["start"] : c["end"]] == c["text"]
