"""MediaWiki XML exports: streaming, article filtering, hardening against hostile XML, damaged input."""
from __future__ import annotations

import bz2
import gzip
import hashlib
import random
import subprocess
import sys
import textwrap
from pathlib import Path
from xml.sax.saxutils import escape

import pytest

from pipeline.reading.documents import DocumentFailure, RawDocument
from pipeline.reading.exports import iter_export_documents, slugify_title
from pipeline.reading.ingest import iter_documents

REPO = Path(__file__).resolve().parent.parent
SCHEMA_URL = "http://www.mediawiki.org/xml/export-{version}/"


# ---------------------------------------------------------------------------------------------
# building exports


def revision_xml(revision_id, text, parent_id=None, timestamp="2021-03-04T05:06:07Z", text_attrs=""):
    parent = f"<parentid>{parent_id}</parentid>" if parent_id is not None else ""
    body = f"<text xml:space=\"preserve\"{text_attrs}>{escape(text)}</text>" if text is not None \
        else f"<text{text_attrs} />"
    return (f"    <revision>\n      <id>{revision_id}</id>{parent}\n      <timestamp>{timestamp}</timestamp>\n"
            f"      <contributor><username>Editor</username><id>7</id></contributor>\n"
            f"      <model>wikitext</model><format>text/x-wiki</format>\n      {body}\n      <sha1>x</sha1>\n"
            f"    </revision>\n")


def page_xml(title, page_id, revisions, namespace=0, redirect=None, with_ns=True):
    ns = f"<ns>{namespace}</ns>" if with_ns else ""
    redirect_tag = f'<redirect title="{escape(redirect)}" />' if redirect else ""
    return (f"  <page>\n    <title>{escape(title)}</title>\n    {ns}\n    <id>{page_id}</id>\n    {redirect_tag}\n"
            + "".join(revisions) + "  </page>\n")


def export_xml(pages, version="0.10", prologue=""):
    xmlns = f' xmlns="{SCHEMA_URL.format(version=version)}" version="{version}"' if version else ""
    return (f'<?xml version="1.0" encoding="utf-8"?>\n{prologue}<mediawiki{xmlns} xml:lang="en">\n'
            "  <siteinfo>\n    <sitename>Testpedia</sitename>\n    <namespaces>\n"
            '      <namespace key="0" case="first-letter" />\n'
            '      <namespace key="1" case="first-letter">Talk</namespace>\n'
            '      <namespace key="10" case="first-letter">Template</namespace>\n'
            "    </namespaces>\n  </siteinfo>\n" + "".join(pages) + "</mediawiki>\n")


def write(path: Path, text: str | bytes) -> Path:
    data = text.encode("utf-8") if isinstance(text, str) else text
    if path.name.endswith(".bz2"):
        data = bz2.compress(data)
    elif path.name.endswith(".gz"):
        data = gzip.compress(data)
    path.write_bytes(data)
    return path


def read(path: Path) -> tuple[list[RawDocument], list[DocumentFailure]]:
    items = list(iter_export_documents(path))
    return ([item for item in items if isinstance(item, RawDocument)],
            [item for item in items if isinstance(item, DocumentFailure)])


PROSE = "Trade reached {{US$|5.3 million}} in 2004.<ref>{{cite web|url=http://example.org/a?b=1&c=2}}</ref>"


def history_export(version="0.10"):
    return export_xml([
        page_xml("Grain trade of Ruritania", 11, [
            revision_xml(101, "First draft about grain.", timestamp="2020-01-01T00:00:00Z"),
            revision_xml(102, "Second draft: " + PROSE, parent_id=101, timestamp="2020-02-01T00:00:00Z"),
            revision_xml(105, "Third draft & more: " + PROSE, parent_id=102, timestamp="2020-03-01T00:00:00Z"),
        ]),
        page_xml("Wool exports", 12, [revision_xml(201, "Wool exports grew by 12% in 1999.")]),
    ], version=version)


# ---------------------------------------------------------------------------------------------
# reading


def test_every_revision_becomes_a_document_with_its_metadata(tmp_path):
    documents, failures = read(write(tmp_path / "history.xml", history_export()))
    assert failures == []
    assert [(d.doc_id, d.page_id, d.revision_id, d.parent_revision_id) for d in documents] == [
        ("grain-trade-of-ruritania-11", 11, 101, None),
        ("grain-trade-of-ruritania-11", 11, 102, 101),
        ("grain-trade-of-ruritania-11", 11, 105, 102),
        ("wool-exports-12", 12, 201, None),
    ]
    third = documents[2]
    assert third.title == "Grain trade of Ruritania"
    assert third.timestamp == "2020-03-01T00:00:00Z"
    assert third.markup == "wikitext"
    # The wikitext comes back unescaped, exactly as the editor wrote it.
    assert third.raw == "Third draft & more: " + PROSE
    assert third.sha256 == hashlib.sha256(third.raw.encode("utf-8")).hexdigest()
    assert len({d.source for d in documents}) == len(documents)


@pytest.mark.parametrize("version", ["0.3", "0.10", "0.11", None])
def test_any_export_schema_version_is_read(tmp_path, version):
    documents, failures = read(write(tmp_path / "export.xml", history_export(version=version)))
    assert failures == []
    assert [d.revision_id for d in documents] == [101, 102, 105, 201]


@pytest.mark.parametrize("name", ["dump.xml.bz2", "dump.xml.gz"])
def test_compressed_exports_read_like_plain_ones(tmp_path, name):
    plain, _ = read(write(tmp_path / "dump.xml", history_export()))
    compressed, failures = read(write(tmp_path / name, history_export()))
    assert failures == []
    assert [(d.revision_id, d.raw, d.sha256) for d in compressed] == [(d.revision_id, d.raw, d.sha256) for d in plain]


def test_multistream_bz2_and_multimember_gzip_are_read_whole(tmp_path):
    text = history_export().encode("utf-8")
    cut = text.index(b"  <page>", text.index(b"</page>"))  # the second page starts a new stream
    (tmp_path / "multi.xml.bz2").write_bytes(bz2.compress(text[:cut]) + bz2.compress(text[cut:]))
    (tmp_path / "multi.xml.gz").write_bytes(gzip.compress(text[:cut]) + gzip.compress(text[cut:]))
    for name in ("multi.xml.bz2", "multi.xml.gz"):
        documents, failures = read(tmp_path / name)
        assert failures == []
        assert [d.revision_id for d in documents] == [101, 102, 105, 201]


def test_only_article_pages_are_kept(tmp_path):
    export = export_xml([
        page_xml("Old name", 1, [revision_xml(10, "#REDIRECT [[New name]]")], redirect="New name"),
        page_xml("Talk:Wool exports", 2, [revision_xml(20, "Discussion of 1999 figures.")], namespace=1),
        page_xml("Template:Infobox", 3, [revision_xml(30, "{{{name}}}")], namespace=10),
        page_xml("Wool exports", 4, [revision_xml(40, "Wool exports grew.")]),
    ])
    documents, failures = read(write(tmp_path / "mixed.xml", export))
    assert failures == []
    assert [d.title for d in documents] == ["Wool exports"]


def test_old_exports_without_ns_or_redirect_tags_are_filtered_by_title_and_text(tmp_path):
    export = export_xml([
        page_xml("Talk:Wool exports", 2, [revision_xml(20, "Discussion.")], with_ns=False),
        page_xml("Old name", 1, [revision_xml(10, "#redirect [[New name]]")], with_ns=False),
        page_xml("Wool exports: a history", 4, [revision_xml(40, "Wool exports grew.")], with_ns=False),
    ], version="0.3")
    documents, failures = read(write(tmp_path / "old.xml", export))
    assert failures == []
    assert [d.title for d in documents] == ["Wool exports: a history"]


def test_ingest_delegates_xml_exports(tmp_path):
    path = write(tmp_path / "history.xml.bz2", history_export())
    items = list(iter_documents([str(path)]))
    assert [item.revision_id for item in items] == [101, 102, 105, 201]


@pytest.mark.parametrize("title, slug", [
    ("Korea–Russia relations", "korea-russia-relations"),
    ("Economy of  North_Korea", "economy-of-north-korea"),
    ("C++", "c-plus-plus"),
    ("AT&T", "at-and-t"),
    ("São Paulo (state)", "são-paulo-state"),
    ("Hunter's Point", "hunters-point"),
    ("100% Pure", "100-percent-pure"),
])
def test_doc_ids_are_stable_file_safe_slugs(title, slug):
    assert slugify_title(title) == slug


def test_titles_that_slug_alike_are_different_documents(tmp_path):
    titles = ["Foo/Bar", "Foo Bar", "Foo: Bar", "foo-bar"]
    pages = [page_xml(title, 20 + n, [revision_xml(200 + n, f"Foo was founded in {1900 + n}.")])
             for n, title in enumerate(titles)]
    documents, failures = read(write(tmp_path / "alike.xml", export_xml(pages)))
    assert not failures and len({d.doc_id for d in documents}) == 4
    assert [d.doc_id for d in documents] == ["foo-bar-20", "foo-bar-21", "foo-bar-22", "foo-bar-23"]


def test_a_long_title_gives_a_capped_doc_id():
    from pipeline.reading.exports import SLUG_MAX_CHARS, page_doc_id

    doc_id = page_doc_id("A very long title " * 20, 99)
    assert doc_id.endswith("-99") and len(doc_id) <= SLUG_MAX_CHARS + 3 and "--" not in doc_id


def test_a_title_of_symbols_only_falls_back_to_the_page_id():
    assert slugify_title("?!", page_id=77) == "page-77"


# ---------------------------------------------------------------------------------------------
# hostile XML


BILLION_LAUGHS = (
    '<!DOCTYPE mediawiki [\n <!ENTITY lol "lol">\n'
    + "".join(f' <!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">\n' for i in range(1, 10))
    + "]>\n"
)


def test_an_entity_expansion_bomb_is_refused(tmp_path):
    export = export_xml([page_xml("Bomb", 1, [revision_xml(10, "placeholder")])], prologue=BILLION_LAUGHS)
    export = export.replace("placeholder", "&lol9;")
    documents, failures = read(write(tmp_path / "bomb.xml", export))
    assert documents == []
    (failure,) = failures
    assert failure.reason.startswith("refused:")
    assert "entity" in failure.reason and "\n" not in failure.reason


def test_an_external_entity_is_refused_and_the_file_is_never_read(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-TOKEN", encoding="utf-8")
    prologue = f'<!DOCTYPE mediawiki [\n <!ENTITY leak SYSTEM "{secret.as_uri()}">\n]>\n'
    export = export_xml([page_xml("Leak", 1, [revision_xml(10, "placeholder")])], prologue=prologue)
    documents, failures = read(write(tmp_path / "xxe.xml.gz", export.replace("placeholder", "&leak;")))
    assert documents == []
    (failure,) = failures
    assert failure.reason.startswith("refused:") and "external entity" in failure.reason
    assert "TOP-SECRET-TOKEN" not in failure.reason


def test_an_external_dtd_is_refused(tmp_path):
    prologue = '<!DOCTYPE mediawiki SYSTEM "http://example.invalid/export.dtd">\n'
    documents, failures = read(write(tmp_path / "dtd.xml", export_xml(
        [page_xml("A", 1, [revision_xml(10, "Text.")])], prologue=prologue)))
    assert documents == []
    assert failures[0].reason.startswith("refused:") and "external" in failures[0].reason


# ---------------------------------------------------------------------------------------------
# damaged input


def pages(count, words=60, seed=0):
    rng = random.Random(seed)
    vocabulary = "grain wool trade million tonnes percent rose fell year harbour treaty envoy".split()
    return [page_xml(f"Page {i}", i, [revision_xml(i * 10, " ".join(rng.choice(vocabulary) for _ in range(words)))])
            for i in range(1, count + 1)]


def test_a_malformed_page_fails_alone(tmp_path):
    bad = page_xml("Broken page", 2, [revision_xml(20, "placeholder")]).replace("placeholder", "a < b & c")
    export = export_xml([*pages(1), bad, *pages(3)[2:]])
    documents, failures = read(write(tmp_path / "malformed.xml", export))
    assert [d.page_id for d in documents] == [1, 3]
    (failure,) = failures
    assert failure.doc_id == "broken-page-2"
    assert "page 'Broken page'" in failure.reason and "malformed XML at line" in failure.reason


def test_a_page_without_its_closing_tag_fails_and_the_next_page_is_read(tmp_path):
    # Page 2 lacks </page> (its complete revision is kept); page 3 is cut inside its revision.
    unclosed = page_xml("Unclosed", 2, [revision_xml(20, "Some text.")]).replace("  </page>\n", "")
    cut = page_xml("Cut short", 3, [revision_xml(30, "Some text.")]).split("<sha1>")[0]
    export = export_xml([*pages(1), unclosed, cut, *pages(4)[3:]])
    documents, failures = read(write(tmp_path / "unclosed.xml", export))
    assert [d.page_id for d in documents] == [1, 2, 4]
    assert [f.doc_id for f in failures] == ["unclosed-2", "cut-short-3"]
    assert all("no closing </page>" in f.reason for f in failures)


def test_empty_and_deleted_revision_text_fail_for_that_revision_only(tmp_path):
    export = export_xml([
        page_xml("History page", 1, [
            revision_xml(10, "Good first revision."),
            revision_xml(11, None, parent_id=10, text_attrs=' bytes="0"'),
            revision_xml(12, None, parent_id=11, text_attrs=' deleted="deleted"'),
            revision_xml(13, "   \n ", parent_id=12),
            revision_xml(14, "Good last revision.", parent_id=13),
        ]),
        *pages(2)[1:],
    ])
    documents, failures = read(write(tmp_path / "gaps.xml", export))
    assert [d.revision_id for d in documents] == [10, 14, 20]
    assert [(f.doc_id, f.revision_id) for f in failures] == [("history-page-1", 11), ("history-page-1", 12),
                                                            ("history-page-1", 13)]
    assert "empty" in failures[0].reason and "deleted" in failures[1].reason and "empty" in failures[2].reason


def test_a_revision_over_the_size_limit_fails_without_being_kept(tmp_path, monkeypatch):
    from pipeline.config import Settings
    import pipeline.reading.exports as exports

    monkeypatch.setattr(exports, "SETTINGS", Settings(max_document_bytes=10_000))
    export = export_xml([page_xml("Huge", 1, [revision_xml(10, "grain " * 5000)]), *pages(2)[1:]])
    documents, failures = read(write(tmp_path / "huge.xml", export))
    assert [d.page_id for d in documents] == [2]
    assert failures[0].doc_id == "huge-1" and "too large" in failures[0].reason


def multi_block_bz2(count):
    # compresslevel 1: 100 kB blocks, so the head of a truncated file is still decodable.
    return bz2.compress(export_xml(pages(count, words=80)).encode("utf-8"), compresslevel=1)


def test_a_truncated_bz2_keeps_the_pages_before_the_cut(tmp_path):
    data = multi_block_bz2(1500)
    path = tmp_path / "truncated.xml.bz2"
    path.write_bytes(data[: len(data) * 2 // 3])
    documents, failures = read(path)
    assert 0 < len(documents) < 1500
    assert [d.page_id for d in documents] == list(range(1, len(documents) + 1))
    (failure,) = failures
    assert "truncated compressed file" in failure.reason


def test_a_corrupt_bz2_block_keeps_the_pages_before_it(tmp_path):
    data = bytearray(multi_block_bz2(1500))
    middle = len(data) // 2
    data[middle:middle + 200] = bytes(200)
    path = tmp_path / "corrupt.xml.bz2"
    path.write_bytes(bytes(data))
    documents, failures = read(path)
    assert 0 < len(documents) < 1500
    assert len(failures) == 1 and "corrupt compressed data" in failures[0].reason


def test_a_truncated_gzip_and_a_truncated_plain_export_are_reported(tmp_path):
    text = export_xml(pages(50)).encode("utf-8")
    cut = text.index(b"<text", text.index(b"<title>Page 30</title>"))
    (tmp_path / "cut.xml").write_bytes(text[:cut])
    (tmp_path / "cut.xml.gz").write_bytes(gzip.compress(text)[: len(gzip.compress(text)) // 2])
    documents, failures = read(tmp_path / "cut.xml")
    assert [d.page_id for d in documents] == list(range(1, 30))
    assert failures[0].doc_id == "page-30" and "ends inside this page" in failures[0].reason
    documents, failures = read(tmp_path / "cut.xml.gz")
    assert len(documents) > 0 and "truncated compressed file" in failures[-1].reason


def test_a_file_cut_between_pages_is_reported_as_truncated(tmp_path):
    text = export_xml(pages(3))
    documents, failures = read(write(tmp_path / "cut.xml", text[: text.index("</mediawiki>")]))
    assert len(documents) == 3
    assert "ends before </mediawiki>" in failures[0].reason


@pytest.mark.parametrize("content, reason", [
    ("", "empty file"),
    ("<html><body>Not an export</body></html>", "not a MediaWiki export"),
    ("this is not XML at all", "not a MediaWiki export"),
])
def test_files_that_are_not_exports(tmp_path, content, reason):
    documents, failures = read(write(tmp_path / "other.xml", content))
    assert documents == []
    assert reason in failures[0].reason


def test_a_missing_export_is_a_failure(tmp_path):
    documents, failures = read(tmp_path / "missing.xml.bz2")
    assert documents == [] and "cannot read" in failures[0].reason


# ---------------------------------------------------------------------------------------------
# constant memory

PEAK_RSS_LIMIT_MB = 150
DUMP_BYTES = 200_000_000

# The child reports its own peak RSS. VmHWM (the high-water mark of this process's memory) is read
# rather than getrusage's ru_maxrss: Linux carries ru_maxrss over exec from the parent it was
# forked from, so a child of a big pytest process would report the parent's peak.
MEASURE_SCRIPT = textwrap.dedent("""
    import resource, sys
    from pipeline.reading.exports import iter_export_documents
    documents = failures = characters = 0
    for item in iter_export_documents(sys.argv[1]):
        if hasattr(item, "raw"):
            documents += 1
            characters += len(item.raw)
        else:
            failures += 1
    assert "spacy" not in sys.modules  # the reader alone, without NLP
    try:
        with open("/proc/self/status") as status:
            peak_kb = next(int(line.split()[1]) for line in status if line.startswith("VmHWM:"))
    except OSError:
        peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # kilobytes on Linux
    print(documents, failures, characters, peak_kb)
""")


def write_big_dump(path: Path, total_bytes: int) -> tuple[int, int]:
    """A ~total_bytes export (uncompressed): one page with a long history, then many pages."""
    body = ("The '''sample''' economy exported {{convert|830000|t}} of grain in [[1999]], worth "
            "{{US$|5.3 million}}.<ref>{{cite web|url=http://example.org}}</ref>\n\n") * 40
    written = revisions = 0
    with gzip.open(path, "wb", compresslevel=1) as out:
        head = export_xml([]).split("</mediawiki>")[0].encode("utf-8")
        out.write(head)
        history = page_xml("Long history", 1, [revision_xml(10_000 + r, f"Revision {r}. {body}", parent_id=None)
                                               for r in range(3000)]).encode("utf-8")
        out.write(history)
        written, revisions = len(head) + len(history), 3000
        page_id = 1
        while written < total_bytes:
            page_id += 1
            page = page_xml(f"Synthetic page {page_id}", page_id,
                            [revision_xml(page_id * 100_000, body)]).encode("utf-8")
            out.write(page)
            written += len(page)
            revisions += 1
        out.write(b"</mediawiki>\n")
    return written, revisions


def test_a_200_mb_dump_streams_in_constant_memory(tmp_path):
    path = tmp_path / "big.xml.gz"
    written, revisions = write_big_dump(path, DUMP_BYTES)
    assert written >= DUMP_BYTES
    result = subprocess.run([sys.executable, "-c", MEASURE_SCRIPT, str(path)], cwd=REPO,
                            capture_output=True, text=True, check=True)
    documents, failures, characters, peak_kb = map(int, result.stdout.split())
    assert (documents, failures) == (revisions, 0)
    assert characters > DUMP_BYTES * 0.8
    assert peak_kb / 1024 < PEAK_RSS_LIMIT_MB, f"peak RSS {peak_kb / 1024:.0f} MB"


# ---------------------------------------------------------------------------------------------
# end to end


def test_an_export_runs_end_to_end_with_its_damaged_page_reported(tmp_path, nlp):
    from pipeline.runs.run import run
    from pipeline.tables.writer import read_table

    export = export_xml([
        page_xml("Grain trade of Ruritania", 11, [
            revision_xml(101, "== Trade ==\nIn 2004 Ruritania exported {{convert|830000|t}} of grain.",
                         timestamp="2020-01-01T00:00:00Z"),
            revision_xml(102, "== Trade ==\nIn 2005 Ruritania exported {{convert|900000|t}} of grain.",
                         parent_id=101, timestamp="2020-02-01T00:00:00Z"),
        ]),
        page_xml("Broken", 12, [revision_xml(201, "placeholder")]).replace("placeholder", "a < b"),
        page_xml("Wool exports", 13, [revision_xml(301, "Wool exports grew by 12% in 1999.")]),
    ])
    path = write(tmp_path / "export.xml.bz2", export)
    summary = run([str(path)], tmp_path / "out", fmt="csv")
    assert summary.documents == 3
    assert [f.doc_id for f in summary.failures] == ["broken-12"]
    documents = read_table(next((tmp_path / "out").glob("documents.*")))
    by_revision = documents.set_index("revision_id")
    assert sorted(by_revision.index) == [101, 102, 301]
    assert by_revision.loc[102, "title"] == "Grain trade of Ruritania"
    assert by_revision.loc[102, "page_id"] == 11 and by_revision.loc[102, "parent_revision_id"] == 101
    assert by_revision.loc[102, "timestamp"] == "2020-02-01T00:00:00Z"
    assert set(documents["markup"]) == {"wikitext"}
