"""The model's layer chains run for prediction only: the same arithmetic, without the memory kept for training.

thinc's `chain` combinator (the token-to-vector networks of the tagger's and parser's shared tok2vec and of
the entity recognizer's own copy are chains of chains) keeps every layer's backward callback until the whole
chain has run, and with it every layer's input and intermediate arrays: about 15 KB per token of the batch
for the tok2vec of en_core_web_sm, so an article of 18,000 tokens (a long one, alone in its batch) took some
270 MB more while its tok2vec ran, and as much again while the entity recognizer held its own tok2vec's
callback for the whole parse. That was the serial run's peak RSS. When not training, `lean_chain` runs the
same layers on the same arrays in the same order and drops each callback as soon as the next layer has its
input, so only the arrays of the layer running are held; its backward callback refuses to run (nothing
here trains). The Docs are the same to the bit (tests/test_model_speedups.py compares them with the stock
model's on long texts).
"""
from __future__ import annotations

from typing import Any, Callable

from spacy.language import Language
from thinc.layers.chain import forward as chain_forward
from thinc.model import Model


def lean_chain(model: Model, X: Any, is_train: bool) -> tuple[Any, Callable]:
    """thinc's chain forward; when not training, no layer's callback (nor what it holds) outlives the layer."""
    if is_train:
        return chain_forward(model, X, is_train)
    for layer in model.layers:
        X = layer(X, is_train=False)[0]
    return X, no_backprop


def no_backprop(dY: Any) -> Any:
    raise RuntimeError("almanac's model runs for prediction only: load it with stock_components=True to train")


def install(nlp: Language) -> int:
    """Every chain in the pipeline's models runs through `lean_chain`; the number of chains changed."""
    changed = 0
    seen: set[int] = set()
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if not isinstance(model, Model):
            continue
        for node in model.walk():
            if id(node) not in seen and node._func is chain_forward:
                node._func = lean_chain
                changed += 1
            seen.add(id(node))
    return changed
