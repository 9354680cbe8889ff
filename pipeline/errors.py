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
