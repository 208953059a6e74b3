"""The committed output/ is what the tool writes for corpus/, and it scores above the floors."""

import json

from click.testing import CliRunner

from jjjextract.cli import main
from jjjextract.evaluate import evaluate


def test_output_folder_is_fresh(tmp_path, root):
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["run", str(root / "corpus"), "-o", str(out), "-q"])
    assert result.exit_code == 0, result.output
    committed = sorted(p.name for p in (root / "output").iterdir() if not p.name.startswith("."))
    assert committed == sorted(p.name for p in out.iterdir() if not p.name.startswith("."))
    for name in committed:
        assert (out / name).read_bytes() == (root / "output" / name).read_bytes(), (
            f"output/{name} is stale: run `jjjextract run corpus/ -o output/` and commit"
        )


def test_gold_scores_meet_the_floors(root):
    report = evaluate(root / "tests" / "gold", root / "output")
    types = report["types"]
    assert types["numeric"]["value_f1"] >= 0.97
    assert types["numeric"]["precision"] >= 0.97
    for kind in ("money", "percent", "quantity", "date"):
        assert types[kind]["value_f1"] >= 0.95, (kind, json.dumps(types[kind]))
