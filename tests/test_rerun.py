"""Re-runs: incremental, idempotent, crash-safe, locked; stable ids and deterministic tables."""

import csv
import os
import shutil
import signal
import subprocess
import sys
import time

from click.testing import CliRunner

from jjjextract.cli import main
from jjjextract.store import OutputLock

SAMPLE = "武清区2023年实现地区生产总值{n}亿元，同比增长6.6%，新增企业{n}家。"


def cli(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


def tables(out):
    return {p.name: p.read_bytes() for p in sorted(out.glob("*.csv"))}


def make_corpus(folder, count, start=0):
    folder.mkdir(exist_ok=True)
    for i in range(start, start + count):
        (folder / f"a{i:05d}.txt").write_text(SAMPLE.format(n=i + 1), encoding="utf-8")


def read_rows(path):
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


def test_second_run_does_nothing_and_leaves_tables_identical(tmp_path):
    src, out = tmp_path / "in", tmp_path / "out"
    make_corpus(src, 3)
    assert cli("run", src, "-o", out).exit_code == 0
    before = tables(out)
    stamps = {p.name: p.stat().st_mtime_ns for p in out.glob("*.csv")}
    result = cli("run", src, "-o", out)
    assert "0 added; 0 changed; 0 removed; 3 kept" in result.output
    assert "tables unchanged" in result.output
    assert tables(out) == before
    assert {p.name: p.stat().st_mtime_ns for p in out.glob("*.csv")} == stamps


def test_added_changed_removed_and_touched_files(tmp_path):
    src, out = tmp_path / "in", tmp_path / "out"
    make_corpus(src, 3)
    cli("run", src, "-o", out)
    make_corpus(src, 1, start=3)
    assert "1 added; 0 changed; 0 removed; 3 kept" in cli("run", src, "-o", out).output
    (src / "a00000.txt").write_text("总投资99亿元。", encoding="utf-8")
    assert "0 added; 1 changed; 0 removed; 3 kept" in cli("run", src, "-o", out).output
    os.unlink(src / "a00001.txt")
    assert "0 added; 0 changed; 1 removed; 3 kept" in cli("run", src, "-o", out).output
    os.utime(src / "a00002.txt", ns=(1, 1))
    assert "tables unchanged" in cli("run", src, "-o", out).output
    files = {r["file"] for r in read_rows(out / "articles.csv")}
    assert files == {"a00000.txt", "a00002.txt", "a00003.txt"}
    amounts = {(r["file"], r["value"]) for r in read_rows(out / "amounts.csv")}
    assert ("a00000.txt", "9900000000") in amounts and not any(f == "a00001.txt" for f, _ in amounts)
    fresh = tmp_path / "fresh"
    cli("run", src, "-o", fresh)
    assert tables(fresh) == tables(out)


def test_rule_change_and_force_re_extract_everything(tmp_path, root):
    src, out, rules = tmp_path / "in", tmp_path / "out", tmp_path / "rules"
    make_corpus(src, 2)
    shutil.copytree(root / "rules", rules)
    cli("run", src, "-o", out, "--rules", rules)
    with open(rules / "quantity.yaml", "a", encoding="utf-8") as fh:
        fh.write("  - 这是一条新的反例\n")
    assert "2 added" in cli("run", src, "-o", out, "--rules", rules).output
    assert "2 added" in cli("run", src, "-o", out, "--rules", rules, "--force").output


def test_tables_are_deterministic_across_folders_and_workers(tmp_path):
    src = tmp_path / "in"
    make_corpus(src, 6)
    cli("run", src, "-o", tmp_path / "one")
    cli("run", src, "-o", tmp_path / "two", "--jobs", "2")
    assert tables(tmp_path / "one") == tables(tmp_path / "two")
    ids = [r["article_id"] for r in read_rows(tmp_path / "one" / "articles.csv")]
    assert len(set(ids)) == 6 and all(len(i) == 16 for i in ids)


def test_second_run_on_a_locked_folder_stops_with_a_message(tmp_path):
    src, out = tmp_path / "in", tmp_path / "out"
    make_corpus(src, 1)
    with OutputLock(out):
        result = cli("run", src, "-o", out)
    assert result.exit_code == 3 and "another jjjextract run" in result.output
    assert cli("run", src, "-o", out).exit_code == 0


def test_sigkill_mid_run_keeps_tables_and_next_run_finishes(tmp_path):
    src, out = tmp_path / "in", tmp_path / "out"
    make_corpus(src, 20)
    assert cli("run", src, "-o", out).exit_code == 0
    before = tables(out)
    make_corpus(src, 1500, start=20)
    cmd = [sys.executable, "-m", "jjjextract.cli", "run", str(src), "-o", str(out), "-q"]
    proc = subprocess.Popen(cmd)
    deadline = time.time() + 60
    state = out / ".jjjextract-state.sqlite-wal"
    while time.time() < deadline and proc.poll() is None:
        time.sleep(0.2)
        if state.exists() and state.stat().st_size > 200_000:
            break
    if proc.poll() is None:
        proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert proc.returncode == -signal.SIGKILL, "the run ended before it could be killed"
    assert tables(out) == before  # killed mid-extraction: the previous tables, intact and readable
    for name in before:
        read_rows(out / name)
    assert cli("run", src, "-o", out).exit_code == 0
    fresh = tmp_path / "fresh"
    cli("run", src, "-o", fresh)
    assert tables(out) == tables(fresh)
    assert len(read_rows(out / "articles.csv")) == 1520


def test_word_facts_kept_for_the_next_run_are_read_back_as_worked_out(rules, tmp_path, monkeypatch):
    import tempfile

    from jjjextract import entities

    vocab = entities._vocab_sets(rules)  # tag table and divisions loaded from the usual temp folder
    monkeypatch.setattr(entities, "_WORD_FACTS", {})
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    facts = entities._load_word_facts(rules)
    assert facts == {}
    words = ["北京市", "有限公司", "的", "张三", "副总经理", "通州", "\n", "增长"]
    worked = entities._infos(words, {**vocab, "cache": facts})
    entities.save_word_facts()
    again = entities._load_word_facts(rules)
    assert list(map(again.__getitem__, words)) == worked
    assert again["的"] is entities.NOTHING  # entities_in_text tells words with facts by identity
    (path,) = tmp_path.glob("jjjextract-words-*.marshal")
    path.write_bytes(b"\x00not a cache")
    assert entities._load_word_facts(rules) == {}  # a broken file is worked out again, not an error
