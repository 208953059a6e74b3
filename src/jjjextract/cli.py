"""Command-line interface: a thin skin over the library (options, progress, printing)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="jjjextract")
def main() -> None:
    """Extract numeric claims and names from Chinese articles into CSV tables.

    \b
    Examples:
      jjjextract run corpus/ -o output/
      jjjextract eval --gold tests/gold --output output/
      jjjextract rules check rules/
    """


def _load_rules_or_exit(rules_dir: Path | None):
    from .rules import RulesError, load_rules  # (imported here: regex and yaml would slow `--help`)

    try:
        return load_rules(rules_dir)
    except RulesError as exc:
        click.echo(f"error: broken rules: {exc}", err=True)
        sys.exit(2)


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option("-o", "--output", "out_dir", default=Path("output"), type=click.Path(path_type=Path),
              show_default=True, help="Folder for the CSV tables (and the run's state file).")
@click.option("--rules", "rules_dir", type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="Rules folder to use instead of the built-in rules/.")
@click.option("--links/--no-links", default=True, show_default=True,
              help="Find entity names and link claims (metric, subject, period).")
@click.option("--csv-safety/--no-csv-safety", default=True, show_default=True,
              help="Prefix text cells starting with = + - @ with ' so spreadsheets do not run them.")
@click.option("--force", is_flag=True, help="Re-extract every article, changed or not.")
@click.option("-j", "--jobs", default=1, show_default=True, type=click.IntRange(1, 256),
              help="Worker processes for the local engine.")
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help="Where extraction runs: processes on this machine, or a Dask distributed cluster.")
@click.option("--scheduler", help="Dask scheduler address (tcp://HOST:8786) for --engine dask.")
@click.option("--max-bytes", default=20 * 1024 * 1024, show_default=True, type=click.IntRange(1),
              help="Files larger than this are listed as skipped, not read.")
@click.option("--tokenizer", type=click.Choice(["auto", "jieba", "rjieba"]), default="auto", show_default=True,
              help="Word segmenter: rjieba (jieba-rs: jieba's tokens, proven identical on corpus/, ~10x faster) "
                   "where installed, else jieba; or name one.")
@click.option("--format", "formats", multiple=True, type=click.Choice(["csv", "xlsx", "parquet", "html"]),
              help="Extra outputs beside the CSV tables (repeatable): xlsx (one workbook), parquet, "
                   "html (report.html, mentions highlighted).")
@click.option("-q", "--quiet", is_flag=True, help="Print nothing but errors.")
def run(paths, out_dir, rules_dir, links, csv_safety, force, jobs, engine, scheduler, max_bytes, tokenizer,
        formats, quiet):
    """Extract every *.txt under PATHS (folders are searched recursively) into CSV tables.

    Re-runs are incremental: only new and changed files are extracted, deleted files' rows disappear, and
    with nothing changed the tables are left untouched. A change of rules or version re-extracts all.

    \b
    Examples:
      jjjextract run corpus/ -o output/
      jjjextract run archive/ -o tables/ --jobs 2
      jjjextract run /shared/articles -o tables/ --engine dask --scheduler tcp://10.0.0.5:8786
    """
    from .ingest import find_files
    from .rules import RulesError
    from .runner import run as run_folder
    from .store import LockedError

    rules = _load_rules_or_exit(rules_dir)
    if not find_files(list(paths)):
        click.echo(f"error: no *.txt files under {', '.join(map(str, paths))}; nothing written", err=True)
        sys.exit(1)

    bar = _progress_bar(quiet)

    def progress(name, status, done, total):
        if status != "ok" and not quiet:
            (bar.console.print if bar else lambda m: click.echo(m, err=True))(f"skipped {name}: {status}")
        if bar:
            if not bar.tasks:
                bar.add_task("extracting", total=total)
            bar.update(bar.tasks[0].id, completed=done)

    try:
        if bar:
            bar.start()
        summary = run_folder(list(paths), out_dir, rules, with_links=links, safe_csv=csv_safety, force=force,
                             jobs=jobs, engine=engine, scheduler=scheduler, max_bytes=max_bytes,
                             tokenizer=tokenizer, formats=tuple(formats), progress=progress)
    except LockedError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(3)
    except RulesError as exc:
        click.echo(f"error: broken rules: {exc}", err=True)
        sys.exit(2)
    finally:
        if bar:
            bar.stop()
    if not quiet:
        click.echo(f"{summary.line()} -> {out_dir}/")


def _progress_bar(quiet: bool):
    """A rich progress bar with ETA on a terminal; None when quiet or when stderr is not a terminal."""
    if quiet or not sys.stderr.isatty():
        return None
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    return Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                    console=Console(stderr=True), transient=True)


@main.command("eval")
@click.option("--gold", "gold_dir", default=Path("tests/gold"), show_default=True,
              type=click.Path(exists=True, file_okay=False, path_type=Path), help="Folder of *.gold.jsonl files.")
@click.option("-o", "--output", "out_dir", default=Path("output"), show_default=True,
              type=click.Path(exists=True, file_okay=False, path_type=Path), help="Folder of tables to score.")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@click.option("--errors", "show_errors", is_flag=True, help="Also list missed, spurious and wrong numbers.")
def eval_command(gold_dir, out_dir, as_json, show_errors):
    """Score the tables in OUTPUT against the gold mentions.

    \b
    Example:
      jjjextract eval --gold tests/gold --output output/
    """
    from .evaluate import errors, evaluate, format_report

    report = evaluate(gold_dir, out_dir)
    if as_json:
        click.echo(json.dumps(report, indent=2, ensure_ascii=False))
    else:
        click.echo(format_report(report))
    if show_errors:
        for line in errors(gold_dir, out_dir):
            click.echo(line)


@main.group()
def rules():
    """Work with rule files."""


@rules.command("check")
@click.argument("rules_dir", required=False, type=click.Path(exists=True, file_okay=False, path_type=Path))
def rules_check(rules_dir):
    """Validate the rule files in RULES_DIR (default: built-in) and run all their examples.

    \b
    Example:
      jjjextract rules check my-rules/
    """
    from .rulecheck import check_rules

    ruleset = _load_rules_or_exit(rules_dir)
    count, problems = check_rules(ruleset)
    for line in problems:
        click.echo(line)
    click.echo(f"{len(ruleset.files)} rule files, {len(ruleset.patterns)} patterns, {count} examples: "
               f"{len(problems)} problem(s)")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
