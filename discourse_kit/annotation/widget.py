"""The annotation widget: select words, press a key, the span is saved.

:func:`annotate` shows one article or both side by side. The text and its
highlights are an anywidget (``widget.js``/``widget.css`` beside this file,
no build step); the attribute editor under it is plain ipywidgets. All
editing goes through :class:`~discourse_kit.annotation.session.AnnotationSession`,
which saves the store at every change.
"""
from __future__ import annotations

import html
from pathlib import Path

import anywidget
import ipywidgets as W
import traitlets

from ..document import Document, load_document
from .categories import BY_NAME, CATEGORIES
from .offsets import OffsetMap
from .session import AnnotationError, AnnotationSession
from .store import AnnotationStore

_HERE = Path(__file__).parent
KINDS = ("direct", "mixed", "indirect")
STANCES = ("neutral", "emphatic", "distancing", "factive")


class SpanView(anywidget.AnyWidget):
    """The article text with highlighted spans (front end in ``widget.js``).

    Offsets in its traits are UTF-16 code units, as JavaScript counts.
    """

    _esm = (_HERE / "widget.js").read_text(encoding="utf-8")
    _css = (_HERE / "widget.css").read_text(encoding="utf-8")
    columns = traitlets.List().tag(sync=True)
    spans = traitlets.List().tag(sync=True)
    categories = traitlets.List().tag(sync=True)
    selected = traitlets.Unicode("").tag(sync=True)
    status = traitlets.Unicode("").tag(sync=True)
    notice = traitlets.Unicode("").tag(sync=True)
    message = traitlets.Unicode("").tag(sync=True)
    show_suggestions = traitlets.Bool(False).tag(sync=True)


class AnnotationLab(W.VBox):
    """The widget :func:`annotate` returns: text view, attribute editor, status.

    Attributes:
        session: the editing session (``session.store`` is the saved file).
        view: the text view.
    """

    def __init__(self, session: AnnotationSession, articles: list[int] | None = None):
        self.session = session
        self.document = session.document
        self._offsets = OffsetMap(self.document.text)
        self._updating = False
        arts = [self.document.articles[i] for i in (articles or range(len(self.document.articles)))]
        to16 = self._offsets.to_utf16
        columns = [{"label": a.label, "title": a.title,
                    "blocks": [{"kind": b.kind, "s16": to16(b.start), "e16": to16(b.end), "text": b.text}
                               for b in a.body_blocks]} for a in arts]
        self.view = SpanView(columns=columns, categories=[c.to_dict() for c in CATEGORIES],
                             notice=session.store.notice or "")
        self.view.on_msg(self._on_msg)
        self.view.observe(self._on_selected, names="selected")

        self.selected_info = W.HTML(layout=W.Layout(width="100%"))
        self.category = W.Dropdown(options=[(f"{c.key} {c.label}", c.name) for c in CATEGORIES],
                                   description="category", layout=W.Layout(width="220px"))
        self.speaker = W.Text(description="speaker", continuous_update=False,
                              layout=W.Layout(width="260px"))
        self.kind = W.Dropdown(options=KINDS, description="kind", layout=W.Layout(width="180px"))
        self.stance = W.Dropdown(options=(None,) + STANCES, description="stance",
                                 layout=W.Layout(width="200px"))
        self.value = W.Text(description="value", placeholder="e.g. 1368 or empty",
                            continuous_update=False, layout=W.Layout(width="220px"))
        self.delete_button = W.Button(description="Delete", icon="trash", button_style="danger",
                                      tooltip="Delete the selected span (Delete key)")
        self.undo_button = W.Button(description="Undo", icon="undo", tooltip="Undo (Ctrl+Z)")
        self.accept_button = W.Button(description="Accept", icon="check", button_style="success",
                                      tooltip="Copy this suggestion into your annotations (A)")
        self.reject_button = W.Button(description="Reject", icon="times",
                                      tooltip="Hide this suggestion for good (R)")
        self.suggest_toggle = W.ToggleButton(description="Show detector suggestions", icon="lightbulb-o",
                                             layout=W.Layout(width="230px"))
        for b in (self.delete_button, self.undo_button, self.accept_button, self.reject_button):
            b.layout.width = "110px"
        for w in (self.selected_info, self.category, self.speaker, self.kind, self.stance,
                  self.value, self.delete_button, self.undo_button, self.accept_button,
                  self.reject_button, self.suggest_toggle):
            w.add_class("dk-control")
        self.delete_button.on_click(lambda _: self._run({"action": "delete"}))
        self.undo_button.on_click(lambda _: self._run({"action": "undo"}))
        self.accept_button.on_click(lambda _: self._run({"action": "accept"}))
        self.reject_button.on_click(lambda _: self._run({"action": "reject"}))
        self.suggest_toggle.observe(self._on_toggle, names="value")
        self.category.observe(lambda ch: self._edit("category", ch), names="value")
        for name in ("speaker", "kind", "stance", "value"):
            getattr(self, name).observe(lambda ch, n=name: self._edit(n, ch), names="value")
        self.quote_box = W.HBox([self.speaker, self.kind, self.stance])
        self.number_box = W.HBox([self.value])
        self.suggestion_box = W.HBox([self.accept_button, self.reject_button])
        editor = W.VBox([self.selected_info,
                         W.HBox([self.category, self.delete_button, self.undo_button,
                                 self.suggest_toggle]),
                         self.quote_box, self.number_box, self.suggestion_box])
        super().__init__([self.view, editor])
        self.add_class("dk-annotation-lab")
        self.refresh()

    # ---- Python -> view ---------------------------------------------------
    def refresh(self, message: str = "") -> None:
        """Send spans, status and the selected span's fields to the view."""
        to16 = self._offsets.to_utf16
        spans = [dict(s, suggestion=False) for s in self.session.spans()]
        if self.view.show_suggestions:
            spans += [dict(s, suggestion=True) for s in self.session.suggestions()]
        self.view.spans = [{"id": s["id"], "category": s["category"], "s16": to16(s["start"]),
                            "e16": to16(s["end"]), "text": s["text"],
                            "suggestion": s["suggestion"], "rule": s.get("rule")} for s in spans]
        if self.view.selected and self.view.selected not in {s["id"] for s in spans}:
            self.view.selected = ""
        counts = self.session.counts()
        store = self.session.store
        status = ("Your annotations: " + " · ".join(f"{layer} {n}" for layer, n in counts.items())
                  + f"   |   saved in {store.path.name}")
        if store.data.get("updated"):
            status += f" at {store.data['updated'][11:19]} UTC"
        if self.view.show_suggestions:
            status += f"   |   {len(self.session.suggestions())} suggestions to review"
        self.view.status = status
        # the same text twice would not reach the browser; "" first makes it a change
        self.view.message = ""
        self.view.message = message
        self._show_selected()

    def _show_selected(self) -> None:
        sel = self.view.selected
        span = next((s for s in self.view.spans if s["id"] == sel), None)
        self._updating = True
        try:
            editing = span is not None and not span["suggestion"]
            for w in (self.category, self.delete_button):
                w.disabled = not editing
            self.suggestion_box.layout.display = "" if span and span["suggestion"] else "none"
            self.quote_box.layout.display = "none"
            self.number_box.layout.display = "none"
            if span is None:
                self.selected_info.value = ("<i>Nothing selected. Select words in the text with the "
                                            "mouse, or click a highlight.</i>")
                return
            cat = BY_NAME.get(span["category"])
            label = cat.label if cat else f"unknown category {span['category']!r}"
            what = "Suggestion" if span["suggestion"] else "Selected"
            rule = f" (detector rule <code>{html.escape(span['rule'])}</code>)" if span.get("rule") else ""
            self.selected_info.value = (f"<b>{what}:</b> {html.escape(label)} "
                                        f"“{html.escape(span['text'])}”{rule}")
            if not editing or cat is None:
                return
            self.category.value = cat.name
            item = self.session.item(sel)
            if cat.layer == "quotes":
                self.quote_box.layout.display = ""
                self.speaker.value = item.get("speaker") or ""
                self.kind.value = item.get("kind") if item.get("kind") in KINDS else "indirect"
                self.stance.value = item.get("cue_stance") if item.get("cue_stance") in STANCES else None
            elif cat.layer == "numbers":
                self.number_box.layout.display = ""
                v = item.get("value")
                self.value.value = "" if v is None else f"{v:g}"
        finally:
            self._updating = False

    # ---- view -> Python ---------------------------------------------------
    def _on_selected(self, _change) -> None:
        self._show_selected()

    def _on_toggle(self, change) -> None:
        self.view.show_suggestions = bool(change["new"])
        self.refresh()

    def _on_msg(self, _widget, content, _buffers) -> None:
        self._run(content)

    def _run(self, content: dict) -> None:
        try:
            message = self.handle(content)
        except (AnnotationError, KeyError) as exc:
            self.refresh(str(exc).strip("'\""))
            return
        self.refresh(message or "")

    def handle(self, content: dict) -> str | None:
        """Carry out one action from the view or a button; returns a message or ``None``.

        Actions: ``mark`` (``category``, ``start16``, ``end16``), ``recategorise``
        (``category``), ``delete``, ``undo``, ``accept``, ``reject``.
        """
        action = content.get("action")
        sel = self.view.selected
        if action == "mark":
            start = self._offsets.from_utf16(int(content["start16"]))
            end = self._offsets.from_utf16(int(content["end16"]))
            self.view.selected = self.session.add(content["category"], start, end,
                                                  selected=sel if sel and not sel.startswith("s:") else None)
            return None
        if action == "undo":
            return None if self.session.undo() else "Nothing to undo."
        if not sel:
            return "Select a highlight first."
        if action == "recategorise":
            if sel.startswith("s:"):
                return "Accept the suggestion (A) before changing it."
            self.view.selected = self.session.set_category(sel, content["category"])
        elif action == "delete":
            if sel.startswith("s:"):
                return "Suggestions are rejected (R), not deleted."
            self.session.delete(sel)
            self.view.selected = ""
        elif action == "accept":
            self.view.selected = self.session.accept(sel)
        elif action == "reject":
            self.session.reject(sel)
            self.view.selected = ""
        else:
            raise AnnotationError(f"unknown action {action!r}")
        return None

    def _edit(self, field: str, change) -> None:
        if self._updating or not self.view.selected or self.view.selected.startswith("s:"):
            return
        sel = self.view.selected
        try:
            if field == "category":
                self.view.selected = self.session.set_category(sel, change["new"])
            elif field == "value":
                text = change["new"].strip().replace(",", "")
                self.session.update(sel, value=float(text) if text else None)
            elif field == "stance":
                self.session.update(sel, cue_stance=change["new"])
            else:
                self.session.update(sel, **{field: change["new"] or None})
        except ValueError as exc:
            self.refresh(f"Not saved: {exc}")
            return
        self.refresh()


def annotate(source: str | Path | Document, annotator: str | None = None,
             articles: int | list[int] | None = None, folder: str | Path | None = None,
             suggestions: bool | dict = True) -> AnnotationLab:
    """Open the annotation widget on a document.

    Args:
        source: a source file path or a loaded document.
        annotator: the student's name (defaults to ``$DISCOURSE_KIT_ANNOTATOR``
            or the login name); each name gets its own store file.
        articles: which articles to show (index or list); all, side by side, by default.
        folder: where the store lives (default ``$DISCOURSE_KIT_ANNOTATIONS``
            or ``./annotations``).
        suggestions: ``True`` to offer the detectors' output as suggestions,
            ``False`` for none, or an annotation set to offer instead.

    Returns:
        The widget; ``widget.session.store`` is the saved annotation set.
    """
    document = source if isinstance(source, Document) else load_document(source)
    store = AnnotationStore(document, annotator, folder)
    problem = None
    if suggestions is True:
        from ..analysis import analyze
        try:
            found = analyze(document)
        except Exception as exc:  # annotating must not depend on the detectors working
            found, problem = None, f"Detector suggestions are unavailable ({type(exc).__name__}: {exc})."
    else:
        found = suggestions or None
    if isinstance(articles, int):
        articles = [articles]
    lab = AnnotationLab(AnnotationSession(document, store, found), articles)
    if problem:
        lab.view.notice = " ".join(filter(None, [lab.view.notice, problem]))
    return lab
