"""Imported once by the worker server (see `workers.py`): the work every worker would otherwise repeat."""
from .workers import start_server

start_server()  # first: the server must not outlive almanac, even while it loads the model
from . import allocator

allocator.hold_collections()  # settled below, once the model is loaded: workers are forked with it frozen
from ..language.startup import import_spacy

import_spacy()  # without spaCy's own command line (language/startup.py)
from ..errors import AlmanacError
from ..language.nlp import load_nlp
from ..tables.schema import build_schemas
from .rows import partition_tables, warm_up  # noqa: F401  (the function workers run, and all it imports)

build_schemas()
try:
    load_nlp()  # the default model; a worker asked for another one loads it itself
    warm_up()  # the rule data every worker would load on its first document
except AlmanacError:
    pass  # a missing model is reported by the first partition, with its message, in the parent
allocator.settle()  # frozen before the fork: a collection in a worker never writes to the model's shared pages
