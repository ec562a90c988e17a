"""Editing a store: add, recategorise, edit, delete, undo, accept/reject suggestions.

Everything the widget does goes through :class:`AnnotationSession`, which has
no widget code in it, so it is tested with plain pytest. Every change is saved
at once. Spans are Python (code-point) offsets into ``document.text``.

Each stored item carries an ``id`` (a short random string) so that a span
keeps its identity across restarts; the scorer ignores it. A quote's speaker
and cue are shown as spans of their own with ids ``<quote id>/speaker`` and
``<quote id>/cue``.
"""
from __future__ import annotations

import copy
import uuid

from ..document import Document
from ..items import LAYERS
from .categories import BY_NAME, category, category_of
from .store import AnnotationStore

_UNDO_DEPTH = 200


class AnnotationError(ValueError):
    """An edit the student asked for that cannot be done; the message says why."""


def _new_id() -> str:
    return uuid.uuid4().hex[:10]


def parse_number(text: str) -> float | None:
    """A number's value from its digits (``"1,368"`` -> 1368.0); ``None`` if it has none.

    Number words (``three``) give ``None``: the student types the value.
    """
    digits = "".join(ch for ch in text if ch.isdigit() or ch == ".")
    try:
        return float(digits.strip(".")) if any(ch.isdigit() for ch in digits) else None
    except ValueError:
        return None


def suggestion_key(layer: str, item: dict) -> str:
    """Stable name of a detector suggestion, used to remember rejections."""
    return f"{layer}:{item['start']}:{item['end']}:{category_of(layer, item)}"


class AnnotationSession:
    """A student's editing session on one document.

    Args:
        document: the document.
        store: its store (opened by the caller).
        suggestions: the detector's annotation set (``discourse_kit.analyze``
            output), or ``None`` for none.
    """

    def __init__(self, document: Document, store: AnnotationStore, suggestions: dict | None = None):
        self.document = document
        self.store = store
        self._undo: list[list[dict]] = []
        self._suggestions: dict[str, tuple[str, dict]] = {}
        for article in (suggestions or {}).get("articles", []):
            for layer in LAYERS:
                for item in article.get(layer) or []:
                    key = suggestion_key(layer, item)
                    if item.get("end", 0) > item.get("start", 0):
                        self._suggestions.setdefault(key, (layer, item))

    # ---- reading -------------------------------------------------------
    def spans(self) -> list[dict]:
        """Every stored span as ``{id, category, start, end, text}``, sub-spans included."""
        out = []
        for article in self.store.articles:
            for layer in LAYERS:
                for item in article[layer]:
                    out.append({"id": item["id"], "category": category_of(layer, item),
                                "start": item["start"], "end": item["end"], "text": item["text"]})
                    if layer == "quotes":
                        for part in ("speaker", "cue"):
                            s, e = item.get(f"{part}_start"), item.get(f"{part}_end")
                            if s is not None and e is not None:
                                out.append({"id": f"{item['id']}/{part}", "category": part,
                                            "start": s, "end": e, "text": self.document.text[s:e]})
        return out

    def suggestions(self) -> list[dict]:
        """Detector items not yet accepted or rejected, as ``{id, category, start, end, text, rule}``."""
        rejected = set(self.store.data.get("rejected_suggestions", []))
        taken = {suggestion_key(layer, item) for article in self.store.articles
                 for layer in LAYERS for item in article[layer]}
        return [{"id": "s:" + key, "category": category_of(layer, item), "start": item["start"],
                 "end": item["end"], "text": item.get("text", ""), "rule": item.get("rule")}
                for key, (layer, item) in self._suggestions.items()
                if key not in rejected and key not in taken]

    def find(self, span_id: str) -> tuple[dict, str, dict, str | None]:
        """(article, layer, item, part) of a stored span id; part is ``speaker``/``cue``/``None``.

        Raises:
            AnnotationError: if there is no such span.
        """
        base, _, part = span_id.partition("/")
        for article in self.store.articles:
            for layer in LAYERS:
                for item in article[layer]:
                    if item.get("id") == base:
                        return article, layer, item, (part or None)
        raise AnnotationError(f"no annotation with id {span_id!r} (was it deleted?)")

    def item(self, span_id: str) -> dict:
        """The stored item behind a span id (the quote, for a speaker or cue id)."""
        return self.find(span_id)[2]

    def counts(self) -> dict[str, int]:
        return self.store.counts()

    # ---- changing --------------------------------------------------------
    def _checkpoint(self) -> None:
        self._undo.append(copy.deepcopy(self.store.articles))
        del self._undo[:-_UNDO_DEPTH]

    def _trim(self, start: int, end: int) -> tuple[int, int]:
        text = self.document.text
        if not (0 <= start < end <= len(text)):
            raise AnnotationError(f"span {start}-{end} is outside the document (0-{len(text)})")
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start == end:
            raise AnnotationError("the selection holds only white space")
        return start, end

    def _article_for(self, start: int) -> dict:
        art = self.document.article_at(start)
        for article in self.store.articles:
            if art is not None and article["start"] == art.start and article["label"] == art.label:
                return article
        return self.store.articles[0]

    def _quote_for(self, start: int, end: int, selected: str | None) -> dict:
        if selected:
            try:
                _, layer, item, _ = self.find(selected)
                if layer == "quotes":
                    return item
            except AnnotationError:
                pass
        # nearest quote in the same paragraph
        block = next((b for a in self.document.articles for b in a.blocks
                      if b.start <= start < b.end + 1), None)
        best = None
        for article in self.store.articles:
            for q in article["quotes"]:
                if block is not None and not (block.start <= q["start"] < block.end + 1):
                    continue
                gap = max(q["start"] - end, start - q["end"], 0)
                if best is None or gap < best[0]:
                    best = (gap, q)
        if best is None:
            raise AnnotationError("a speaker or cue belongs to a quote: mark the quote's content "
                                  "first (key 1), then mark its speaker (2) or cue (3)")
        return best[1]

    def add(self, category_name: str, start: int, end: int, selected: str | None = None) -> str:
        """Annotate ``document.text[start:end]`` (white space trimmed) with a category.

        Args:
            category_name: a category name or number key (see ``categories``).
            selected: the span currently selected, used to attach a speaker or cue.

        Returns:
            The new span's id.

        Raises:
            AnnotationError: for an empty or out-of-range span, a speaker or cue
                with no quote to attach to, or a span already marked so.
        """
        cat = category(category_name)
        start, end = self._trim(start, end)
        text = self.document.text[start:end]
        if cat.name in ("speaker", "cue"):
            quote = self._quote_for(start, end, selected)
            self._checkpoint()
            quote[f"{cat.name}_start"], quote[f"{cat.name}_end"] = start, end
            quote[cat.name] = text
            self.store.save()
            return f"{quote['id']}/{cat.name}"
        for span in self.spans():
            if (span["start"], span["end"], span["category"]) == (start, end, cat.name):
                raise AnnotationError(f"“{text}” is already marked as {cat.label}")
        item = self._new_item(cat.name, start, end)
        self._checkpoint()
        self._article_for(start)[cat.layer].append(item)
        self._sort()
        self.store.save()
        return item["id"]

    def _new_item(self, name: str, start: int, end: int, keep: dict | None = None) -> dict:
        cat = BY_NAME[name]
        text = self.document.text[start:end]
        item = {"id": (keep or {}).get("id") or _new_id(), "start": start, "end": end, "text": text}
        if cat.layer == "quotes":
            item.update(kind="direct" if text[:1] in "“\"‘'«" else "indirect", speaker=None,
                        speaker_canonical=None, cue=None, cue_stance=None, source_type=None,
                        affiliation="unknown")
        elif cat.layer == "hedges":
            item.update(category=cat.name, voice="author")
        elif cat.layer == "numbers":
            item.update(value=parse_number(text), kind="count", unit=None, approximator=None)
        else:
            item.update(type=cat.name)
        return item

    def _sort(self) -> None:
        for article in self.store.articles:
            for layer in LAYERS:
                article[layer].sort(key=lambda it: (it["start"], -it["end"]))

    def set_category(self, span_id: str, category_name: str) -> str:
        """Give an existing span another category; returns its (possibly new) id."""
        cat = category(category_name)
        article, layer, item, part = self.find(span_id)
        if part:
            start, end = item[f"{part}_start"], item[f"{part}_end"]
        else:
            start, end = item["start"], item["end"]
        if part is None and cat.layer == layer and cat.layer != "quotes":
            self._checkpoint()
            item[cat.field] = cat.name
            self.store.save()
            return span_id
        if part and cat.name == part:
            return span_id
        if part is None and cat.name == "quote":
            return span_id
        if cat.name in ("speaker", "cue"):
            quote = self._quote_for(start, end, item["id"] if layer == "quotes" and part else None)
            if part is None and quote is item:
                raise AnnotationError("a quote cannot be its own speaker or cue")
        snapshot = copy.deepcopy(self.store.articles)
        try:
            self._remove(article, layer, item, part, keep_undo=True)
            new_id = self.add(cat.name, start, end)
            if part is None and "/" not in new_id:
                # the span keeps its identity when it moves to another layer
                self.item(new_id)["id"] = new_id = item["id"]
                self.store.save()
        except Exception:
            self.store.data["articles"] = snapshot
            raise
        self._undo[-1:] = [snapshot]  # one undo step for the whole change
        return new_id

    def update(self, span_id: str, **fields) -> None:
        """Set attributes of a span's item (``speaker``, ``kind``, ``cue_stance``, ``value``...)."""
        _, layer, item, _ = self.find(span_id)
        self._checkpoint()
        for key, value in fields.items():
            if key in ("id", "start", "end", "text"):
                raise AnnotationError(f"{key} cannot be edited; delete the span and mark it again")
            item[key] = value
        self.store.save()

    def _remove(self, article, layer, item, part, keep_undo=False) -> None:
        if not keep_undo:
            self._checkpoint()
        if part:
            for key in (f"{part}_start", f"{part}_end", part):
                item[key] = None
        else:
            article[layer].remove(item)

    def delete(self, span_id: str) -> None:
        """Remove a span (for a speaker or cue, only that part of its quote)."""
        article, layer, item, part = self.find(span_id)
        self._remove(article, layer, item, part)
        self.store.save()

    def undo(self) -> bool:
        """Take back the last change; ``False`` if there is nothing to undo."""
        if not self._undo:
            return False
        self.store.replace_articles(self._undo.pop())
        return True

    def accept(self, suggestion_id: str) -> str:
        """Copy a detector suggestion into the store (its ``rule`` kept as provenance)."""
        layer, found = self._suggestions[suggestion_id.removeprefix("s:")]
        item = copy.deepcopy(found)
        item["id"] = _new_id()
        self._checkpoint()
        self._article_for(item["start"])[layer].append(item)
        self._sort()
        self.store.save()
        return item["id"]

    def reject(self, suggestion_id: str) -> None:
        """Hide a detector suggestion for good (remembered in the store)."""
        key = suggestion_id.removeprefix("s:")
        if key not in self._suggestions:
            raise AnnotationError(f"no suggestion {suggestion_id!r}")
        rejected = self.store.data.setdefault("rejected_suggestions", [])
        if key not in rejected:
            rejected.append(key)
        self.store.save()
