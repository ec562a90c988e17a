"""A student's annotations of one document, saved at every change and never lost.

One JSON file per student and document, in the scheme's shape so that
``discourse_kit.score`` reads it directly::

    {"schema_version": 1, "annotator": "alice", "document": "000_x.txt",
     "document_sha256": "...", "updated": "2026-11-24T23:40:01+00:00",
     "articles": [{"label", "start", "end", "quotes": [], "hedges": [],
                   "numbers": [], "labels": []}],
     "rejected_suggestions": ["hedges:120:125:hedge", ...]}

Files live in ``$DISCOURSE_KIT_ANNOTATIONS`` if set, else ``./annotations/``,
named ``<document stem>--<annotator>.json``.

Writes are atomic: a temporary file in the same folder, flushed and fsynced,
renamed over the old file, then the folder fsynced; a crash at any moment
leaves either the old file or the new one, never half of one. A file that
cannot be read, fails validation or belongs to another document is moved
aside (``name.corrupt-<time>.json`` / ``name.foreign-<time>.json``) with a
clear message, never overwritten.
"""
from __future__ import annotations

import copy
import json
import os
import re
import tempfile
import time
import warnings
from datetime import datetime, timezone
from pathlib import Path

from ..document import Document
from ..errors import InputError
from ..items import LAYERS

SCHEMA_VERSION = 1
ENV_DIR = "DISCOURSE_KIT_ANNOTATIONS"
ENV_ANNOTATOR = "DISCOURSE_KIT_ANNOTATOR"
_STALE_TMP_S = 60


class StoreWarning(UserWarning):
    """A store file was moved aside; the message says where and why."""


def annotations_dir() -> Path:
    """Where stores live: ``$DISCOURSE_KIT_ANNOTATIONS``, else ``./annotations``."""
    return Path(os.environ.get(ENV_DIR) or "annotations")


def default_annotator() -> str:
    """``$DISCOURSE_KIT_ANNOTATOR``, else the login name, else ``student``."""
    name = os.environ.get(ENV_ANNOTATOR)
    if name:
        return name
    try:
        import getpass
        return getpass.getuser() or "student"
    except Exception:  # no login name in some containers
        return "student"


def slug(name: str) -> str:
    """A file-name-safe form of an annotator's name."""
    out = re.sub(r"[^\w.-]+", "_", name.strip(), flags=re.UNICODE).strip("._")
    return out or "student"


def empty_articles(document: Document) -> list[dict]:
    """One empty article entry per article of ``document``."""
    return [{"label": a.label, "start": a.start, "end": a.end,
             **{layer: [] for layer in LAYERS}} for a in document.articles]


def validate(data, document: Document | None, path: str | Path) -> dict:
    """Check a store's shape (and, given the document, its hash and spans).

    Raises:
        InputError: naming the file and the first problem found.
    """
    if not isinstance(data, dict):
        raise InputError(path, "is not an annotation store (expected a JSON object)")
    if data.get("schema_version") != SCHEMA_VERSION:
        raise InputError(path, f"has schema_version {data.get('schema_version')!r}; "
                               f"this version of the kit reads {SCHEMA_VERSION}")
    if not isinstance(data.get("articles"), list):
        raise InputError(path, 'has no "articles" list')
    if document is not None and data.get("document_sha256") != document.sha256:
        raise ForeignStoreError(path, f"was made for another document "
                                      f"({data.get('document')!r}, sha256 "
                                      f"{str(data.get('document_sha256'))[:12]}…), "
                                      f"not {document.name} (sha256 {document.sha256[:12]}…)")
    text = document.text if document is not None else None
    for a, article in enumerate(data["articles"]):
        if not isinstance(article, dict):
            raise InputError(path, f"article {a + 1} is not an object")
        for layer in LAYERS:
            items = article.get(layer, [])
            if not isinstance(items, list):
                raise InputError(path, f"article {a + 1}: {layer} is not a list")
            for i, item in enumerate(items):
                where = f"article {a + 1}, {layer} item {i + 1}"
                if not isinstance(item, dict):
                    raise InputError(path, f"{where} is not an object")
                s, e = item.get("start"), item.get("end")
                if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e):
                    raise InputError(path, f"{where} has no valid start and end")
                if text is not None:
                    if e > len(text) or text[s:e] != item.get("text"):
                        raise InputError(path, f"{where}: its text {item.get('text')!r} is not "
                                               f"the document's text at {s}-{e}")
                    for part in ("speaker", "cue"):
                        ps, pe = item.get(f"{part}_start"), item.get(f"{part}_end")
                        if ps is not None and not (isinstance(ps, int) and isinstance(pe, int)
                                                   and 0 <= ps < pe <= len(text)):
                            raise InputError(path, f"{where} has a bad {part} span")
    return data


class ForeignStoreError(InputError):
    """A store file that belongs to another document."""


def atomic_write_json(path: Path, data: dict) -> None:
    """Write ``data`` to ``path`` so that a crash leaves the old or the new file whole."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    payload = json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8")
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(payload)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    _fsync_dir(path.parent)


def _fsync_dir(folder: Path) -> None:
    # makes the rename itself durable; not possible on every platform (Windows)
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def move_aside(path: Path, reason: str) -> Path:
    """Rename ``path`` to ``<stem>.<reason>-<timestamp>.json`` beside it; return the new path."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.{reason}-{stamp}{path.suffix}")
    n = 1
    while target.exists():
        n += 1
        target = path.with_name(f"{path.stem}.{reason}-{stamp}-{n}{path.suffix}")
    os.replace(path, target)
    return target


def read_store(path: str | Path, document: Document | None = None) -> dict:
    """Read and validate a store file without changing anything on disk.

    Raises:
        InputError: for a missing, unreadable, corrupt or foreign file
            (:class:`ForeignStoreError` for another document's store).
    """
    p = Path(path)
    if not p.is_file():
        raise InputError(path, "no such file")
    try:
        data = json.loads(p.read_text(encoding="utf-8"))
    except UnicodeDecodeError:
        raise InputError(path, "is not UTF-8 text") from None
    except json.JSONDecodeError as exc:
        raise InputError(path, f"is not valid JSON ({exc.msg} at line {exc.lineno}, "
                               f"column {exc.colno}); it may have been cut short") from None
    return validate(data, document, path)


class AnnotationStore:
    """One student's annotations of one document, saved on every change.

    Args:
        document: the annotated document.
        annotator: the student's name; defaults to :func:`default_annotator`.
        folder: where stores live; defaults to :func:`annotations_dir`.

    Attributes:
        data: the store's JSON object (``data["articles"]`` is scheme-shaped).
        notice: a message for the student when an existing file had to be
            moved aside on opening, else ``None``.
    """

    def __init__(self, document: Document, annotator: str | None = None,
                 folder: str | Path | None = None):
        self.document = document
        self.annotator = annotator or default_annotator()
        self.folder = Path(folder) if folder is not None else annotations_dir()
        stem = Path(document.name).stem if document.path else "text-" + document.sha256[:12]
        self.path = self.folder / f"{stem}--{slug(self.annotator)}.json"
        self.notice: str | None = None
        self.data = self._open()

    def _fresh(self) -> dict:
        return {"schema_version": SCHEMA_VERSION, "annotator": self.annotator,
                "document": self.document.name, "document_sha256": self.document.sha256,
                "updated": None, "articles": empty_articles(self.document),
                "rejected_suggestions": []}

    def _open(self) -> dict:
        self._remove_stale_temporaries()
        if not self.path.exists():
            return self._fresh()
        try:
            data = read_store(self.path, self.document)
        except InputError as exc:
            reason = "foreign" if isinstance(exc, ForeignStoreError) else "corrupt"
            moved = move_aside(self.path, reason)
            self.notice = (f"The annotation file {self.path.name} {exc.problem}. It was moved "
                           f"aside to {moved.name} (nothing was deleted) and a new, empty set "
                           f"of annotations was started.")
            warnings.warn(f"{self.path}: {self.notice}", StoreWarning, stacklevel=3)
            return self._fresh()
        data.setdefault("rejected_suggestions", [])
        # an article list made with fewer articles (hand-edited) is completed
        known = {(a.get("label"), a.get("start")) for a in data["articles"]}
        for art in empty_articles(self.document):
            if (art["label"], art["start"]) not in known:
                data["articles"].append(art)
        import uuid
        for art in data["articles"]:
            for layer in LAYERS:
                for item in art.setdefault(layer, []):
                    # items made elsewhere (gold, brat import) get an id to be clicked by
                    item.setdefault("id", uuid.uuid4().hex[:10])
        return data

    def _remove_stale_temporaries(self) -> None:
        # left by a writer killed between creating and renaming its temporary file
        if not self.folder.is_dir():
            return
        now = time.time()
        for tmp in self.folder.glob(f".{self.path.name}.*.tmp"):
            try:
                if now - tmp.stat().st_mtime > _STALE_TMP_S:
                    tmp.unlink()
            except OSError:
                pass

    @property
    def articles(self) -> list[dict]:
        return self.data["articles"]

    def annotations(self) -> dict:
        """A deep copy of the store's JSON object, ready for ``discourse_kit.score``."""
        return copy.deepcopy(self.data)

    def save(self) -> None:
        """Write the store now (atomically)."""
        self.data["updated"] = datetime.now(timezone.utc).isoformat(timespec="seconds")
        self.data["annotator"] = self.annotator
        atomic_write_json(self.path, self.data)

    def replace_articles(self, articles: list[dict]) -> None:
        """Set every article's items (e.g. after an undo) and save."""
        self.data["articles"] = copy.deepcopy(articles)
        self.save()

    def counts(self) -> dict[str, int]:
        """Number of items per layer across the document's articles."""
        return {layer: sum(len(a.get(layer, [])) for a in self.articles) for layer in LAYERS}

    def __repr__(self) -> str:
        counts = ", ".join(f"{k} {v}" for k, v in self.counts().items())
        return f"AnnotationStore({self.annotator!r}, {self.path}, {counts})"


def annotation_set(obj) -> dict:
    """The scheme-shaped dict of ``obj``: a dict, a store, a widget, or a JSON file's path."""
    if isinstance(obj, dict):
        return obj
    if isinstance(obj, AnnotationStore):
        return obj.annotations()
    session = getattr(obj, "session", None)
    if session is not None:
        return session.store.annotations()
    if isinstance(obj, (str, Path)):
        from ..scoring import load_annotations
        return load_annotations(obj)
    raise TypeError(f"expected annotations (a dict, an AnnotationStore, a widget or a path), "
                    f"got {type(obj).__name__}")
