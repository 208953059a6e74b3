"""jjjextract benchmark: throughput, time per stage, peak memory, workers, and the jieba.lcut floor.

Builds a synthetic corpus of the chosen size by sampling paragraphs of corpus/ with a fixed seed, then
  1. times each stage in one process (decode, segment, extract, link, write),
  2. runs `jjjextract run` end to end as a subprocess for each configuration (1 and 2 workers, jieba and
     rjieba, entities and claims on and off) and reads its peak resident memory,
  3. times jieba.lcut (and rjieba, if installed) over the same text.

    python benchmarks/bench.py                 # 4 MB corpus, each configuration run 3 times
    python benchmarks/bench.py --mb 16 --seed 7 --repeat 5
    python benchmarks/bench.py --mb 1 --quick  # one configuration, for a smoke test
    python benchmarks/bench.py --corpus corpus/  # the project's own articles instead of a sample

The end-to-end runs of all configurations are interleaved and repeated; the table shows the fastest run of
each (timings on a shared virtual machine vary by 10-30 % from run to run; the minimum is the least disturbed
measurement) and the largest peak memory.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FILE_CHARS = 6000  # characters per synthetic article


def build_corpus(folder: Path, megabytes: float, seed: int) -> int:
    """Write synthetic articles of sampled corpus paragraphs; returns the number of characters written."""
    paragraphs = []
    for path in sorted((ROOT / "corpus").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        paragraphs += [p for p in text.split("\n\n") if len(p.strip()) > 20]
    rng = random.Random(seed)
    target = int(megabytes * 1024 * 1024)
    folder.mkdir(parents=True, exist_ok=True)
    written = chars = 0
    index = 0
    while written < target:
        parts, size = [], 0
        while size < FILE_CHARS:
            p = rng.choice(paragraphs)
            parts.append(p)
            size += len(p)
        text = "\n\n".join(parts)
        data = text.encode("utf-8")
        (folder / f"bench_{index:06d}.txt").write_bytes(data)
        written += len(data)
        chars += len(text)
        index += 1
    return chars


def stage_times(folder: Path, tokenizer: str) -> dict:
    """Seconds per stage for one process over the corpus (decode, segment, extract, link, write)."""
    from jjjextract import load_rules
    from jjjextract.ingest import article_from_bytes
    from jjjextract.pipeline import analyse
    from jjjextract.segment import fast_tokenizer, word_tags
    from jjjextract.segment import tokenizer as jieba_tokenizer
    from jjjextract.tables import render, write_tables

    rules = load_rules()
    (fast_tokenizer if tokenizer == "rjieba" else jieba_tokenizer)(str(rules.userdict))
    word_tags()
    stages = {"decode": 0.0, "segment": 0.0, "extract": 0.0, "link": 0.0, "write": 0.0}
    results = []
    for path in sorted(folder.glob("*.txt")):
        t = time.perf_counter()
        article = article_from_bytes(path.read_bytes(), path.name)
        stages["decode"] += time.perf_counter() - t
        results.append(analyse(article, rules, True, tokenizer, stages))
    t = time.perf_counter()
    with tempfile.TemporaryDirectory() as out:
        write_tables(render(results), Path(out))
    stages["write"] += time.perf_counter() - t
    return stages


def in_fresh_process(function, *args):
    """function(*args) in a new interpreter, so no cache of an earlier measurement helps it."""
    import multiprocessing

    with multiprocessing.get_context("spawn").Pool(1) as pool:
        return pool.apply(function, args)


def floor_times(folder: Path) -> dict:
    """jieba.lcut (and rjieba.cut) over the same text: the tokenization floor."""
    from jjjextract.segment import cut
    from jjjextract.segment import tokenizer as jieba_tokenizer

    text = "".join(p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt")))
    userdict = ROOT / "rules" / "userdict.txt"
    jieba_tokenizer(str(userdict))
    out = {}
    t = time.perf_counter()
    jieba_tokenizer(str(userdict)).lcut(text)
    out["jieba.lcut"] = time.perf_counter() - t
    try:
        cut("预热", userdict, "rjieba")
        t = time.perf_counter()
        cut(text, userdict, "rjieba")
        out["rjieba.cut"] = time.perf_counter() - t
    except ImportError:
        pass
    return out


RUNNER = """
import resource, sys, time
from pathlib import Path
from jjjextract import load_rules
from jjjextract.runner import run
from jjjextract.segment import tokenizer, fast_tokenizer, word_tags
args = sys.argv[1:]
src, out, jobs, tok, links = Path(args[0]), Path(args[1]), int(args[2]), args[3], args[4] == "1"
t = time.perf_counter()
run([src], out, load_rules(), with_links=links, force=True, jobs=jobs, tokenizer=tok)
wall = time.perf_counter() - t
peak = max(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
print(wall, peak)
"""


def end_to_end(folder: Path, jobs: int, tokenizer: str, links: bool) -> tuple[float, float]:
    """(seconds, peak RSS in MB) of a full run (start-up included) in a fresh process."""
    out = Path(tempfile.mkdtemp(prefix="jjj-bench-out-"))
    try:
        t = time.perf_counter()
        proc = subprocess.run([sys.executable, "-c", RUNNER, str(folder), str(out), str(jobs), tokenizer,
                               "1" if links else "0"], capture_output=True, text=True, check=True)
        total = time.perf_counter() - t
        _wall, peak_kb = proc.stdout.split()
        return total, int(peak_kb) / 1024
    finally:
        shutil.rmtree(out, ignore_errors=True)


def machine() -> str:
    mem = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return f"{platform.machine()}, {os.cpu_count()} cores, {mem:.0f} GiB, Python {platform.python_version()}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mb", type=float, default=4.0, help="corpus size in MB of UTF-8 (default 4)")
    parser.add_argument("--seed", type=int, default=1, help="sampling seed (default 1)")
    parser.add_argument("--quick", action="store_true", help="only one end-to-end configuration")
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each configuration (default 3)")
    parser.add_argument("--corpus", type=Path, help="a folder of articles to use as it is (no sampling)")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="jjj-bench-"))
    try:
        if args.corpus:
            shutil.rmtree(folder)
            shutil.copytree(args.corpus, folder)
            chars = sum(len(p.read_text(encoding="utf-8")) for p in folder.glob("*.txt"))
            args.mb = round(sum(p.stat().st_size for p in folder.glob("*.txt")) / 2**20, 2)
        else:
            chars = build_corpus(folder, args.mb, args.seed)
        files = len(list(folder.glob("*.txt")))
        report = {"machine": machine(), "mb": args.mb, "files": files, "chars": chars, "repeat": args.repeat}
        have_rjieba = True
        try:
            import rjieba  # noqa: F401
        except ImportError:
            have_rjieba = False
        configs = [("jieba", 1, True)]
        if not args.quick:
            configs += [("jieba", 1, False), ("jieba", 2, True)]
            if have_rjieba:
                configs += [("rjieba", 1, True), ("rjieba", 1, False), ("rjieba", 2, True)]
        timings: dict[tuple, list] = {config: [] for config in configs}
        for _ in range(max(1, args.repeat)):
            for config in configs:
                timings[config].append(end_to_end(folder, config[1], config[0], config[2]))
        report["runs"] = []
        for (tok, jobs, links), runs in timings.items():
            seconds = min(s for s, _ in runs)
            report["runs"].append({"tokenizer": tok, "workers": jobs, "links": links, "seconds": seconds,
                                   "all_seconds": [round(s, 2) for s, _ in runs], "chars_per_s": chars / seconds,
                                   "peak_mb": max(p for _, p in runs)})
        # in-process measurements last: a child forked from a large process would report its memory
        for tok in ("jieba", "rjieba") if have_rjieba else ("jieba",):
            report[f"stages_{tok}"] = in_fresh_process(stage_times, folder, tok)
        report["floor"] = floor_times(folder)
        if args.json:
            print(json.dumps(report, indent=2))
        else:
            print_report(report)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def print_report(r: dict) -> None:
    print(f"machine: {r['machine']}")
    print(f"corpus: {r['mb']} MB, {r['files']} files, {r['chars']:,} characters\n")
    for tok in ("jieba", "rjieba"):
        stages = r.get(f"stages_{tok}")
        if not stages:
            continue
        total = sum(stages.values())
        print(f"time per stage, one process, {tok}, entities and claims on (fresh process; tokenizer and rules"
              " loaded before the clock starts, pandas import inside 'write'):")
        print("| stage | seconds | share |\n|---|---:|---:|")
        for name, sec in stages.items():
            print(f"| {name} | {sec:.2f} | {sec / total:.0%} |")
        print(f"| all | {total:.2f} | {r['chars'] / total:,.0f} chars/s |\n")
    print("tokenization floor over the same text:")
    for name, sec in r["floor"].items():
        print(f"- {name}: {sec:.2f} s, {r['chars'] / sec:,.0f} chars/s")
    print(f"\nend to end (`jjjextract run`, fresh process, start-up included; fastest of {r['repeat']} runs):")
    print("| tokenizer | workers | entities+claims | seconds | chars/s | peak RSS MB | all runs (s) |\n"
          "|---|---:|---|---:|---:|---:|---|")
    for run in r["runs"]:
        print(f"| {run['tokenizer']} | {run['workers']} | {'on' if run['links'] else 'off'} | {run['seconds']:.2f} "
              f"| {run['chars_per_s']:,.0f} | {run['peak_mb']:.0f} | {' '.join(map(str, run['all_seconds']))} |")
    print()
    for tok in ("jieba", "rjieba"):
        runs = {(x["workers"], x["links"]): x for x in r["runs"] if x["tokenizer"] == tok}
        one, two, off = runs.get((1, True)), runs.get((2, True)), runs.get((1, False))
        floor = r["floor"].get("jieba.lcut")
        if one and floor and tok == "jieba":
            print(f"{tok}: pipeline / jieba.lcut time: {one['seconds'] / floor:.2f}x")
        if one and two:
            print(f"{tok}: 2 workers / 1 worker speed-up: {one['seconds'] / two['seconds']:.2f}x")
        if one and off:
            print(f"{tok}: throughput with entities+claims vs without: {off['seconds'] / one['seconds']:.2f} "
                  f"(a drop of {1 - off['seconds'] / one['seconds']:.0%})")


if __name__ == "__main__":
    main()
