"""spaCy imported for a process of ours without spaCy's own command line.

`import spacy` imports `spacy.cli` (for `spacy.info`), and with it the download and project commands and what
they use: requests, urllib3, weasel, httpx, jinja2 and more, about 0.3 s of CPU in every start-up and nothing
that loading or running a model touches. The `almanac` command and the worker server (processes of ours, like
`runs/allocator.hold_collections`) import spaCy through `import_spacy` first: while spaCy's package is
imported, `spacy.cli` and `spacy.cli.info` are stand-ins whose `info` imports the real ones when called; once
spaCy is imported they are taken out, so a later `import spacy.cli` imports the real module. A library caller's
process imports spaCy as it always does. Only the standard library is imported here.
"""
from __future__ import annotations

import sys
import types

_STAND_INS = ("spacy.cli", "spacy.cli.info")


def _info(*args, **kwargs):
    """`spacy.info`, imported when it is first called."""
    _remove_stand_ins()
    from spacy.cli.info import info

    return info(*args, **kwargs)


def _remove_stand_ins() -> None:
    for name in _STAND_INS:
        if getattr(sys.modules.get(name), "__almanac_stand_in__", False):
            del sys.modules[name]


def import_spacy() -> None:
    """Import spaCy without its command line, unless it is imported already (idempotent). Should the stand-ins
    not be enough for this spaCy (a version whose package imports more of its command line), spaCy is imported
    the ordinary way."""
    if "spacy" in sys.modules:
        return
    for name in _STAND_INS:
        stand_in = types.ModuleType(name)
        stand_in.__almanac_stand_in__ = True  # type: ignore[attr-defined]
        stand_in.__path__ = []  # type: ignore[attr-defined]  # a package: `import spacy.cli.x` fails, not hangs
        sys.modules[name] = stand_in
    sys.modules["spacy.cli.info"].info = _info  # type: ignore[attr-defined]
    try:
        import spacy  # noqa: F401
    except ImportError:
        _remove_stand_ins()
        import spacy  # noqa: F401,F811
    finally:
        _remove_stand_ins()
