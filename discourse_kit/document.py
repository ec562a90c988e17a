"""The document model: a source file as articles, blocks, sentences and tokens.

Offsets are character offsets (Python ``str`` indices, end exclusive) into the
whole file *as decoded*: UTF-8 (a byte-order mark, if present, is removed
first) or UTF-16 with a byte-order mark. Line endings are kept exactly as they
are in the file, so a CRLF line ending counts as two characters. Nothing ever
rewrites the text, so ``document.text[start:end] == item.text`` for every span
the kit produces.

A source file holds one or more articles (see ``CODING_SCHEME.md``, "Spans"):
an article starts at an upper-case line ending with the word ``PERSPECTIVE``;
the next non-empty line is its headline; every later line is a paragraph,
except a short upper-case line such as ``CEASEFIRE?``, which is a subheading.
A file with no perspective line is one article whose headline is its first
non-empty line.
"""
from __future__ import annotations

import codecs
import hashlib
import re
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from .errors import InputError
from .tokens import Token, sentences, tokenize

_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n|$)")
_PERSPECTIVE = re.compile(r"^[^a-z]*\bPERSPECTIVE\s*$")
_MAX_SUBHEADING_WORDS = 6


@dataclass(frozen=True)
class Block:
    """One line of an article: its perspective label, headline, a paragraph or a subheading.

    Attributes:
        kind: ``"perspective"``, ``"headline"``, ``"paragraph"`` or ``"subheading"``.
        start: offset of the first character of the line (line ending excluded).
        end: offset just past the last character of the line.
        text: ``document.text[start:end]``.
    """

    kind: str
    start: int
    end: int
    text: str


@dataclass
class Article:
    """One article of a document and where it lies in the file.

    Attributes:
        label: the perspective line (``"RUSSIAN PERSPECTIVE"``), or ``"ARTICLE"``
            for a file without perspective lines.
        title: the headline.
        start: offset of the article's first character (its perspective line).
        end: offset where the next article begins, or the end of the file.
        blocks: the article's non-empty lines in order.
    """

    label: str
    title: str
    start: int
    end: int
    blocks: list[Block]
    document_text: str = field(repr=False)

    @property
    def text(self) -> str:
        """The article's text, perspective line included, as it stands in the file."""
        return self.document_text[self.start:self.end]

    @property
    def headline(self) -> Block | None:
        return next((b for b in self.blocks if b.kind == "headline"), None)

    @property
    def paragraphs(self) -> list[Block]:
        return [b for b in self.blocks if b.kind == "paragraph"]

    @property
    def body_blocks(self) -> list[Block]:
        """Headline, paragraphs and subheadings: everything a reader reads."""
        return [b for b in self.blocks if b.kind != "perspective"]

    @cached_property
    def tokens(self) -> list[Token]:
        """Tokens of the headline, subheadings and paragraphs, with document offsets."""
        out: list[Token] = []
        for block in self.body_blocks:
            out.extend(tokenize(self.document_text, block.start, block.end))
        return out

    @cached_property
    def sentences(self) -> list[tuple[int, int]]:
        """(start, end) of every sentence; no sentence crosses a block boundary."""
        out: list[tuple[int, int]] = []
        for block in self.body_blocks:
            out.extend(sentences(self.document_text, block.start, block.end))
        return out

    @property
    def words(self) -> int:
        """Number of word tokens (numbers included, punctuation not) a reader reads."""
        return sum(1 for t in self.tokens if t.is_word)

    @property
    def body_text(self) -> str:
        """Headline and paragraphs joined by newlines: for measures that need plain prose."""
        return "\n".join(b.text for b in self.body_blocks)


@dataclass
class Document:
    """A source file loaded as articles.

    Attributes:
        text: the decoded text; every offset in the kit points into it.
        articles: the articles in file order.
        path: where it was read from, or ``None`` for text given directly.
    """

    text: str
    articles: list[Article]
    path: str | None = None

    @cached_property
    def sha256(self) -> str:
        """Hex SHA-256 of the decoded text, used to tie annotation files to this document."""
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    @property
    def name(self) -> str:
        return Path(self.path).name if self.path else "<text>"

    @classmethod
    def from_text(cls, text: str, path: str | None = None) -> "Document":
        """Split ``text`` into articles and blocks without copying or changing it.

        Raises:
            InputError: if the text holds nothing but white space.
        """
        if not text.strip():
            raise InputError(path or "<text>", "contains no text (only white space)")
        return cls(text=text, articles=_split_articles(text), path=path)

    def article_at(self, offset: int) -> Article | None:
        """The article that contains ``offset``, if any."""
        for article in self.articles:
            if article.start <= offset < article.end:
                return article
        return None


def _lines(text: str):
    """Yield (start, end) of each line, the line ending excluded."""
    pos = 0
    n = len(text)
    while pos < n:
        m = _LINE.match(text, pos)
        line = m.group(0)
        body = line.rstrip("\r\n")
        yield pos, pos + len(body)
        if not line:
            break
        pos += len(line)


def _is_subheading(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return (bool(letters) and all(c.isupper() for c in letters)
            and len(line.split()) <= _MAX_SUBHEADING_WORDS)


def _split_articles(text: str) -> list[Article]:
    lines = [(s, e) for s, e in _lines(text) if text[s:e].strip()]
    starts = [i for i, (s, e) in enumerate(lines) if _PERSPECTIVE.match(text[s:e].strip())]
    if not starts:
        return [_make_article(text, "ARTICLE", lines, 0, len(text), has_label=False)]
    articles = []
    for n, i in enumerate(starts):
        j = starts[n + 1] if n + 1 < len(starts) else len(lines)
        start = lines[i][0]
        end = lines[j][0] if j < len(lines) else len(text)
        label = text[lines[i][0]:lines[i][1]].strip()
        articles.append(_make_article(text, label, lines[i:j], start, end, has_label=True))
    return articles


def _make_article(text, label, lines, start, end, has_label) -> Article:
    blocks: list[Block] = []
    for n, (s, e) in enumerate(lines):
        # trim surrounding white space but keep offsets exact
        raw = text[s:e]
        s += len(raw) - len(raw.lstrip())
        e -= len(raw) - len(raw.rstrip())
        if has_label and n == 0:
            kind = "perspective"
        elif n == (1 if has_label else 0):
            kind = "headline"
        elif _is_subheading(text[s:e]):
            kind = "subheading"
        else:
            kind = "paragraph"
        blocks.append(Block(kind, s, e, text[s:e]))
    headline = next((b.text for b in blocks if b.kind == "headline"), "")
    return Article(label=label, title=headline, start=start, end=end,
                   blocks=blocks, document_text=text)


def decode_bytes(data: bytes, path: str | Path = "<bytes>") -> str:
    """Decode a source file's bytes as UTF-8 (BOM optional) or UTF-16 (with BOM).

    Raises:
        InputError: naming ``path`` and the problem, for empty, binary or
            undecodable input.
    """
    if not data:
        raise InputError(path, "is empty")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise InputError(path, f"starts with a UTF-16 byte-order mark but is not valid UTF-16 ({exc.reason})") from None
    if b"\x00" in data[:8192]:
        raise InputError(path, "looks like a binary file (it contains NUL bytes), not a text article")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        bad = data[exc.start:exc.start + 1].hex()
        raise InputError(
            path, f"is not valid UTF-8 (byte 0x{bad} at position {exc.start}); "
                  "save it as UTF-8 and try again") from None


def load_document(path: str | Path) -> Document:
    """Read a source file into a :class:`Document`.

    Raises:
        InputError: if the file is missing, a directory, unreadable, empty,
            binary, not UTF-8/UTF-16, or holds no text. The message names the
            file and the problem.
    """
    p = Path(path)
    if not p.exists():
        raise InputError(path, "no such file")
    if p.is_dir():
        raise InputError(path, "is a directory, not a text file")
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise InputError(path, f"cannot be read ({exc.strerror or exc})") from None
    return Document.from_text(decode_bytes(data, path), path=str(path))
