"""jjjextract: numeric claims and names from Chinese news and policy articles, as clean tables."""

from .ingest import Article, prepare, read_article
from .pipeline import analyse, analyse_text
from .rules import RulesError, RuleSet, load_rules

__all__ = ["Article", "RuleSet", "RulesError", "analyse", "analyse_text", "load_rules", "prepare", "read_article"]
__version__ = "0.1.0"
