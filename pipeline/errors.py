"""Error types. Each carries a one-line message fit to show a user as is."""
from __future__ import annotations


class AlmanacError(Exception):
    """Base class: `str(error)` is a complete one-line message."""


class InputError(AlmanacError):
    """A document or path that cannot be read as an article."""


class ModelNotInstalledError(AlmanacError):
    """The configured spaCy model is not installed."""


class ValidationFailed(AlmanacError):
    """A table did not pass its schema."""


class GoldFormatError(AlmanacError):
    """A gold annotation file that does not follow the gold format."""


class EngineError(AlmanacError):
    """A parallel engine that cannot run: a missing optional dependency, an unreachable cluster, a dead worker."""


class OutputError(AlmanacError):
    """Something almanac must write cannot be written: a folder where a file is wanted (or a file where a folder
    is), no permission, a full disk."""


def output_error(error: OSError, target: object = None) -> OutputError:
    """One line for an OSError met while writing `target`."""
    where = error.filename if error.filename is not None else target
    return OutputError(f"{where}: cannot write ({error.strerror or type(error).__name__})")
