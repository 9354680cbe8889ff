"""The extractors as spaCy components on a plain spaCy pipeline: spacy.load + add_pipe, found by entry point."""
from __future__ import annotations

import pickle
import subprocess
import sys
from importlib.metadata import entry_points

import pytest
import spacy

from pipeline.config import SETTINGS
from pipeline.extraction.dates import extract_dates
from pipeline.extraction.events import extract_events
from pipeline.extraction.figures import extract_figures
from pipeline.language.nlp import load_nlp

TREATY = "In 1996 Russia and North Korea signed a treaty worth $3 billion. Trade fell to $50 million in 2000."
COMPONENTS = ["almanac_dates", "almanac_figures", "almanac_events"]


@pytest.fixture(scope="module")
def plain_nlp():
    """The model as a spaCy user loads it: none of almanac's own components."""
    return spacy.load(SETTINGS.spacy_model)


@pytest.fixture(scope="module")
def almanac_nlp():
    nlp = spacy.load(SETTINGS.spacy_model)
    for name in COMPONENTS:
        nlp.add_pipe(name)
    return nlp


def test_the_factories_are_declared_as_spacy_entry_points():
    declared = {point.name: point.value for point in entry_points(group="spacy_factories")}
    assert {name: declared.get(name) for name in COMPONENTS} == {
        "almanac_dates": "pipeline.components:make_dates",
        "almanac_figures": "pipeline.components:make_figures",
        "almanac_events": "pipeline.components:make_events",
    }


def test_add_pipe_sets_dates_figures_and_events(almanac_nlp):
    assert almanac_nlp.pipe_names[-3:] == COMPONENTS
    doc = almanac_nlp(TREATY)
    assert [(d.value, doc.text[d.start:d.end]) for d in doc._.dates] == [("1996", "1996"), ("2000", "2000")]
    assert [(f.kind, f.value, f.unit, f.period, f.measure) for f in doc._.figures] == [
        ("money", 3e9, "USD", "1996", "other"), ("money", 5e7, "USD", "2000", "trade")]
    (signed,) = [e for e in doc._.events if e.lemma == "sign"]
    assert (doc.text[signed.start:signed.end], signed.type, signed.date, signed.participants) == (
        "signed", "agreement", "1996", ["PRK", "RUS"])


def test_the_components_give_what_the_extractors_give(almanac_nlp, plain_nlp):
    """One implementation: the component's records are the extractor's on the same parse."""
    doc = almanac_nlp(TREATY)
    plain = plain_nlp(TREATY)
    dates = extract_dates(plain)
    assert doc._.dates == dates
    assert doc._.figures == extract_figures(plain, dates)
    assert doc._.events == extract_events(plain, dates)


def test_a_component_tokenises_as_load_nlp_does(almanac_nlp, plain_nlp):
    """Three ways in, one tokenizer: add_pipe installs the em dash split that load_nlp installs."""
    text = "The clinic served the whole valley\u20142,400 patients in its first year."
    words = [token.text for token in almanac_nlp.make_doc(text)]
    assert words == [token.text for token in load_nlp().make_doc(text)]
    assert words[6:8] == ["\u2014", "2,400"]
    assert [token.text for token in plain_nlp.make_doc(text)][6] != "\u2014"  # the stock tokenizer keeps it glued
    doc = almanac_nlp(text)
    assert "2,400" in [doc.text[figure.start:figure.end] for figure in doc._.figures]


def test_load_nlp_reads_the_same_tokenizer_the_split_makes_of_a_loaded_model(almanac_nlp):
    """load_nlp joins the dash rule to the infixes as it reads the model's tokenizer (tokenizer.py); the result is
    the tokenizer a component installs on a loaded model, byte for byte, and it serialises and pickles as one."""
    tokenizer = load_nlp().tokenizer
    assert tokenizer.to_bytes(exclude=["vocab"]) == almanac_nlp.tokenizer.to_bytes(exclude=["vocab"])
    text = "Exports rose to the whole region\u20145,100 tonnes, then fell\u201440 percent."
    words = [token.text for token in tokenizer(text)]
    assert words.count("\u2014") == 2 and "5,100" in words and "40" in words
    for copy in (spacy.blank("en").tokenizer.from_bytes(tokenizer.to_bytes()), pickle.loads(pickle.dumps(tokenizer))):
        assert [token.text for token in copy(text)] == words


def test_events_alone_find_their_dates_without_setting_them(plain_nlp):
    nlp = spacy.load(SETTINGS.spacy_model)
    nlp.add_pipe("almanac_events")
    doc = nlp(TREATY)
    assert doc._.dates is None and doc._.figures is None
    assert [e.date for e in doc._.events if e.lemma == "sign"] == ["1996"]


def test_the_doc_is_not_changed_by_the_extractors(plain_nlp, almanac_nlp):
    doc = plain_nlp(TREATY)
    before = (doc.to_bytes(exclude=["user_data"]), [(e.start, e.end, e.label_) for e in doc.ents])
    for name in COMPONENTS:
        almanac_nlp.get_pipe(name)(doc)
    assert (doc.to_bytes(exclude=["user_data"]), [(e.start, e.end, e.label_) for e in doc.ents]) == before
    assert doc._.events


def test_overwrite_decides_whether_records_already_on_the_doc_are_kept(plain_nlp):
    nlp = spacy.load(SETTINGS.spacy_model)
    keep = nlp.add_pipe("almanac_dates")
    again = nlp.add_pipe("almanac_dates", name="dates_again", config={"overwrite": True})
    doc = plain_nlp(TREATY)
    doc._.dates = []
    assert keep(doc)._.dates == []
    assert [d.value for d in again(doc)._.dates] == ["1996", "2000"]
    with pytest.raises(Exception, match="overwrite"):
        nlp.add_pipe("almanac_figures", config={"overwrite": "sometimes"})


SPACY_USER = """
import sys, spacy
assert not any(name.split(".")[0] in ("pipeline", "almanac") for name in sys.modules)
nlp = spacy.load(sys.argv[1])  # spaCy reads the spacy_factories entry points itself
nlp.add_pipe("almanac_events")
nlp.to_disk(sys.argv[2])
doc = spacy.load(sys.argv[2])("In 1996 Russia and North Korea signed a treaty.")
print([(e.lemma, e.date, e.participants) for e in doc._.events])
"""


def test_a_spacy_user_needs_no_import_of_almanac(tmp_path):
    """add_pipe by name, and spacy.load of a saved pipeline, in a process that never imported almanac."""
    result = subprocess.run([sys.executable, "-c", SPACY_USER, SETTINGS.spacy_model, str(tmp_path / "saved")],
                            cwd=tmp_path, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[('sign', '1996', ['PRK', 'RUS'])]"
