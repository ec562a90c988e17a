"""The store: atomic writes, restore, foreign and corrupt files, a writer killed mid-write."""
import json
import os
import random
import signal
import subprocess
import sys
import textwrap
import time
import warnings
from pathlib import Path

import pytest

from discourse_kit import load_document
from discourse_kit.annotation.session import AnnotationSession
from discourse_kit.annotation.store import (
    SCHEMA_VERSION, AnnotationStore, StoreWarning, atomic_write_json, read_store)
from discourse_kit.document import Document
from discourse_kit.errors import InputError
from discourse_kit.scoring import score

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def doc(seed_path):
    return load_document(seed_path)


def test_new_store_is_empty_and_scheme_shaped(doc, tmp_path):
    store = AnnotationStore(doc, "alice", tmp_path)
    assert store.path == tmp_path / "000_1272ebf6c73cbd1c--alice.json"
    assert not store.path.exists()
    assert [a["label"] for a in store.articles] == [a.label for a in doc.articles]
    assert store.counts() == {"quotes": 0, "hedges": 0, "numbers": 0, "labels": 0}


def test_every_change_is_saved_and_restored(doc, tmp_path):
    session = AnnotationSession(doc, AnnotationStore(doc, "alice", tmp_path))
    start = doc.text.index("would trigger")
    span_id = session.add("hedge", start, start + len("would"))
    on_disk = json.loads((tmp_path / "000_1272ebf6c73cbd1c--alice.json").read_text())
    assert on_disk["schema_version"] == SCHEMA_VERSION
    assert on_disk["annotator"] == "alice"
    assert on_disk["document_sha256"] == doc.sha256
    [item] = on_disk["articles"][0]["hedges"]
    assert (item["start"], item["end"], item["text"], item["category"]) == (start, start + 5, "would", "hedge")
    # a new process/kernel: reopen from disk
    again = AnnotationStore(doc, "alice", tmp_path)
    assert again.notice is None
    assert again.articles[0]["hedges"][0]["id"] == span_id
    # the file is what the scheme's scorer reads
    assert score(on_disk, on_disk)["hedges"].f1 == 1.0


def test_annotators_get_separate_files(doc, tmp_path):
    AnnotationSession(doc, AnnotationStore(doc, "alice", tmp_path)).add("number", 665, 682)
    bob = AnnotationStore(doc, "Bob Smith/../x", tmp_path)
    assert bob.counts()["numbers"] == 0
    assert bob.path.parent == tmp_path and "/" not in bob.path.name


@pytest.mark.parametrize("content, expected", [
    (b'{"schema_version": 1, "articles": [', "is not valid JSON"),
    (b"\xff\xfe\x00garbage", "is not UTF-8"),
    (b'[1, 2]', "is not an annotation store"),
    (b'{"schema_version": 99, "articles": []}', "schema_version 99"),
])
def test_corrupt_file_is_moved_aside_not_overwritten(doc, tmp_path, content, expected):
    path = tmp_path / "000_1272ebf6c73cbd1c--alice.json"
    path.write_bytes(content)
    with pytest.warns(StoreWarning, match=expected):
        store = AnnotationStore(doc, "alice", tmp_path)
    assert "moved aside" in store.notice and expected in store.notice
    [moved] = tmp_path.glob("000_1272ebf6c73cbd1c--alice.corrupt-*.json")
    assert moved.read_bytes() == content
    AnnotationSession(doc, store).add("number", 665, 682)
    assert moved.read_bytes() == content  # the new store did not touch it
    assert read_store(path, doc)["articles"][0]["numbers"][0]["text"] == "tens of thousands"


def test_span_that_does_not_match_the_document_is_corrupt(doc, tmp_path):
    store = AnnotationStore(doc, "alice", tmp_path)
    AnnotationSession(doc, store).add("number", 665, 682)
    data = json.loads(store.path.read_text())
    data["articles"][0]["numbers"][0]["text"] = "something else"
    store.path.write_text(json.dumps(data))
    with pytest.raises(InputError, match="is not the document's text at 665-682"):
        read_store(store.path, doc)
    with pytest.warns(StoreWarning):
        assert AnnotationStore(doc, "alice", tmp_path).counts()["numbers"] == 0


def test_store_of_another_document_is_moved_aside(doc, tmp_path):
    other = Document.from_text("ARTICLE ONE\nSome other text about 3 things.\n", path="000_1272ebf6c73cbd1c.txt")
    AnnotationSession(other, AnnotationStore(other, "alice", tmp_path)).add("number", 30, 31)
    original = (tmp_path / "000_1272ebf6c73cbd1c--alice.json").read_bytes()
    with pytest.warns(StoreWarning, match="was made for another document"):
        store = AnnotationStore(doc, "alice", tmp_path)
    [moved] = tmp_path.glob("*.foreign-*.json")
    assert moved.read_bytes() == original
    assert store.counts()["numbers"] == 0


def test_atomic_write_leaves_no_temporary_files(tmp_path):
    atomic_write_json(tmp_path / "a.json", {"x": 1})
    atomic_write_json(tmp_path / "a.json", {"x": 2})
    assert [p.name for p in tmp_path.iterdir()] == ["a.json"]
    assert json.loads((tmp_path / "a.json").read_text()) == {"x": 2}


WRITER = textwrap.dedent("""
    import sys
    from pathlib import Path
    from discourse_kit.annotation.store import atomic_write_json
    path = Path(sys.argv[1])
    n = int(sys.argv[2])
    print("ready", flush=True)
    while True:   # each version holds items 0..n-1, big enough that a kill lands mid-write
        n += 1
        atomic_write_json(path, {"schema_version": 1, "version": n,
                                 "items": [{"i": i, "pad": "x" * 200} for i in range(n)]})
""")


def test_killing_a_writer_mid_write_never_loses_the_previous_version(tmp_path):
    path = tmp_path / "store.json"
    first = 2000
    atomic_write_json(path, {"schema_version": 1, "version": first,
                             "items": [{"i": i, "pad": "x" * 200} for i in range(first)]})
    rng = random.Random(7)
    env = dict(os.environ, PYTHONPATH=str(REPO))
    last = first
    for _ in range(8):
        proc = subprocess.Popen([sys.executable, "-c", WRITER, str(path), str(last)],
                                stdout=subprocess.PIPE, env=env)
        assert proc.stdout.readline().strip() == b"ready"
        time.sleep(rng.uniform(0.005, 0.15))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        data = json.loads(path.read_text())  # whole: never a half-written file
        assert data["version"] >= last
        assert [it["i"] for it in data["items"]] == list(range(data["version"]))
        last = data["version"]
    assert last > first  # the writer did get to replace the file in between kills
