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
    # issue 4's floors: entities, and the claim fields of matched numbers
    assert types["entity"]["f1"] >= 0.85
    assert report["entity_label_accuracy"] >= 0.90
    fields = report["claim_fields"]
    assert fields["metric"]["accuracy"] >= 0.80
    assert fields["subject"]["accuracy"] >= 0.75
    assert fields["period"]["accuracy"] >= 0.90


def test_a_claim_field_is_scored_only_on_the_gold_articles_that_annotate_it(root):
    """004's gold gives periods and changes but no metric or subject: it scores periods, not subjects."""
    fields = evaluate(root / "tests" / "gold", root / "output")["claim_fields"]
    assert fields["period"]["articles"] == 4 and fields["change"]["articles"] == 4
    assert fields["metric"]["articles"] == 3 and fields["subject"]["articles"] == 3
    assert fields["subject"]["matched"] < fields["period"]["matched"]
