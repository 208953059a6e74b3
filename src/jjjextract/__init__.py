"""jjjextract: numeric claims and names from Chinese news and policy articles, as clean tables."""

import importlib

__all__ = ["Article", "RuleSet", "RulesError", "analyse", "analyse_text", "load_rules", "prepare", "read_article"]
__version__ = "0.1.0"

# where each public name lives; imported on first use, so that `jjjextract --help` stays fast
_HOMES = {"Article": ".ingest", "prepare": ".ingest", "read_article": ".ingest", "analyse": ".pipeline",
          "analyse_text": ".pipeline", "RulesError": ".rules", "RuleSet": ".rules", "load_rules": ".rules"}


def __getattr__(name: str):
    if name in _HOMES:
        return getattr(importlib.import_module(_HOMES[name], __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__():
    return sorted([*globals(), *_HOMES])
