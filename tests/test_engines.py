"""Engines and tokenizers give identical tables: processes, a Dask cluster, and the rjieba backend."""

from pathlib import Path

import pytest

from jjjextract import load_rules
from jjjextract.runner import run
from jjjextract.segment import cut


def tables(out: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(out.glob("*.csv"))}


@pytest.fixture(scope="module")
def local_tables(tmp_path_factory, root):
    out = tmp_path_factory.mktemp("local")
    run([root / "corpus"], out, load_rules(root / "rules"), tokenizer="jieba")
    return tables(out)


def test_dask_engine_matches_local(tmp_path, root, local_tables):
    distributed = pytest.importorskip("dask.distributed")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                                  dashboard_address=None) as cluster:
        summary = run([root / "corpus"], tmp_path, load_rules(root / "rules"), engine="dask",
                      scheduler=cluster.scheduler_address, tokenizer="jieba")
    assert len(summary.added) == 5
    assert tables(tmp_path) == local_tables


def test_two_workers_match_local(tmp_path, root, local_tables):
    run([root / "corpus"], tmp_path, load_rules(root / "rules"), jobs=2, tokenizer="jieba")
    assert tables(tmp_path) == local_tables


def test_rjieba_gives_jiebas_tokens_on_the_corpus(root):
    pytest.importorskip("rjieba")
    userdict = root / "rules" / "userdict.txt"
    for path in sorted((root / "corpus").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        assert cut(text, userdict, "rjieba") == cut(text, userdict, "jieba"), path.name


def test_rjieba_tables_match_jieba(tmp_path, root, local_tables):
    pytest.importorskip("rjieba")
    run([root / "corpus"], tmp_path, load_rules(root / "rules"), tokenizer="rjieba")
    assert tables(tmp_path) == local_tables
    run([root / "corpus"], tmp_path / "auto", load_rules(root / "rules"))
    assert tables(tmp_path / "auto") == local_tables


def test_user_dictionary_lines_may_leave_out_the_frequency(tmp_path):
    from jjjextract.segment import userdict_entries

    path = tmp_path / "userdict.txt"
    path.write_text("充电桩 20000 n\n展会 n\n换电站\n\n", encoding="utf-8")
    assert userdict_entries(str(path)) == (("充电桩", 20000, "n"), ("展会", None, "n"), ("换电站", None, None))


def test_jiebas_cached_prefix_dictionary_is_loaded_as_jieba_loads_it():
    import jieba

    from jjjextract.segment import _load_prefix_dict

    jieba.setLogLevel(60)
    made = jieba.Tokenizer()
    made.initialize()  # builds or loads the cache file the way jieba does
    loaded = jieba.Tokenizer()
    _load_prefix_dict(loaded)
    assert loaded.initialized and (loaded.FREQ, loaded.total) == (made.FREQ, made.total)
    assert loaded.lcut("京津冀协同发展十周年") == made.lcut("京津冀协同发展十周年")
