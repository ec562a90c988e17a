"""Fuzz the loader: any bytes either load into consistent spans or give one InputError."""
import codecs
import os
import tempfile

import pytest
from fuzzing import check_document, documents, fuzz_settings
from hypothesis import example, given
from hypothesis import strategies as st

from discourse_kit.document import Document, decode_bytes, load_document
from discourse_kit.errors import InputError

# bytes that look like text files: encodings and byte-order marks of every kind
text_bytes = st.one_of(
    st.binary(max_size=600),
    st.tuples(documents, st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-le",
                                          "utf-16-be", "utf-32", "latin-1", "cp1252"]))
    .map(lambda t: t[0].encode(t[1], errors="replace")),
    st.tuples(st.sampled_from([codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE,
                               codecs.BOM_UTF32_LE, b""]), st.binary(max_size=200))
    .map(lambda t: t[0] + t[1]),
)


def load_or_refuse(data: bytes, path: str):
    """The document, or None after checking the refusal is one clear InputError."""
    try:
        text = decode_bytes(data, path)
        return Document.from_text(text, path=path)
    except InputError as exc:
        assert exc.path == path and exc.problem and str(exc).startswith(path)
        return None


@fuzz_settings()
@given(text_bytes)
@example(codecs.BOM_UTF16_LE + b"\x00\xd8")          # lone surrogate after a UTF-16 BOM
@example(codecs.BOM_UTF16_BE + b"\x00")              # odd length
@example(codecs.BOM_UTF8)                           # a BOM and nothing else
@example(b"\xef\xbb\xbf\xff")                       # BOM then an invalid byte
@example(b"\x1c\x1d\x1e\x1f\x85".decode("latin-1").encode())  # white space Python knows
@example("RUSSIAN PERSPECTIVE\r\n\r\nPERSPECTIVE\rx".encode())  # perspective lines only
def test_decode_bytes_refuses_cleanly_or_gives_consistent_spans(data):
    document = load_or_refuse(data, "fuzz.txt")
    if document is not None:
        check_document(document)
        again = Document.from_text(decode_bytes(data, "fuzz.txt"), path="fuzz.txt")
        assert again.articles == document.articles


@fuzz_settings()
@given(text_bytes)
def test_load_document_on_any_file_raises_only_input_error(data):
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "article.txt")
        with open(path, "wb") as fh:
            fh.write(data)
        try:
            document = load_document(path)
        except InputError as exc:
            assert exc.path == path and exc.problem
            return
        check_document(document)
        assert document.path == path


@fuzz_settings()
@given(documents)
def test_from_text_gives_consistent_spans(text):
    try:
        document = Document.from_text(text)
    except InputError:
        assert not text.strip()
        return
    check_document(document)


@pytest.mark.parametrize("make", [
    lambda d: os.path.join(d, "missing.txt"),
    lambda d: d,
])
def test_load_document_on_a_path_that_is_no_file(make):
    with tempfile.TemporaryDirectory() as tmp:
        with pytest.raises(InputError):
            load_document(make(tmp))
