"""Entity rules loaded from models/*.jsonl (spaCy EntityRuler patterns), added after the NER.

Each stage that needs patterns keeps them in its own JSONL file in models/; this module adds every
`models/*_patterns.jsonl` file to one EntityRuler so the model's entities are kept and extended.
"""
from __future__ import annotations

import srsly
from spacy.language import Language

from .config import SETTINGS


def pattern_files() -> list:
    return sorted(SETTINGS.models_dir.glob("*_patterns.jsonl"))


def add_entity_rules(nlp: Language) -> None:
    files = pattern_files()
    if not files:
        return
    ruler = nlp.add_pipe(
        "entity_ruler", name="almanac_entity_rules", after="ner" if "ner" in nlp.pipe_names else None,
        config={"overwrite_ents": False, "validate": True},
    )
    for path in files:
        ruler.add_patterns(list(srsly.read_jsonl(path)))
