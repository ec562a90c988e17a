// Front end of the annotation widget (anywidget ESM, no build step).
// Offsets here are UTF-16 code units (JavaScript string indices); Python
// converts them to code points. Article text and labels are inserted with
// textContent / createTextNode only, never innerHTML.

function h(tag, cls, text) {
  const n = document.createElement(tag);
  if (cls) n.className = cls;
  if (text !== undefined) n.textContent = text;
  return n;
}

// The document offset of a DOM boundary point (node, offset), or null.
function boundaryOffset(node, offset, atEnd) {
  if (node.nodeType === Node.TEXT_NODE) {
    const seg = node.parentElement && node.parentElement.closest("[data-s16]");
    if (!seg || !seg.classList.contains("dk-seg")) return null;
    return Number(seg.dataset.s16) + offset;
  }
  const el = node.nodeType === Node.ELEMENT_NODE ? node : null;
  if (!el) return null;
  const kids = el.childNodes;
  if (offset < kids.length) {
    const k = kids[offset];
    const seg = k.nodeType === Node.ELEMENT_NODE
      ? (k.matches("[data-s16]") ? k : k.querySelector("[data-s16]")) : null;
    if (seg) return Number(seg.dataset.s16);
  }
  if (offset > 0 && kids.length) {
    const k = kids[Math.min(offset, kids.length) - 1];
    if (k.nodeType === Node.ELEMENT_NODE) {
      const segs = k.matches("[data-e16]") ? [k] : k.querySelectorAll("[data-e16]");
      if (segs.length) return Number(segs[segs.length - 1].dataset.e16);
    }
  }
  const seg = el.closest("[data-s16]");
  if (seg) return Number(atEnd ? seg.dataset.e16 : seg.dataset.s16);
  return null;
}

function render({ model, el }) {
  const root = h("div", "dk-lab");
  root.tabIndex = 0;
  const notice = h("div", "dk-notice");
  const status = h("div", "dk-status");
  const legend = h("div", "dk-legend");
  const hint = h("div", "dk-hint",
    "Select words with the mouse, then press a number key (or click a category). " +
    "Click a highlight to select it: a key changes its category, Delete removes it, " +
    "Ctrl+Z undoes. Dashed underlines are the detector's suggestions (A accepts, R rejects).");
  const message = h("div", "dk-message");
  const columns = h("div", "dk-columns");
  const here = h("div", "dk-here");
  root.append(notice, status, legend, hint, message, columns, here);
  el.appendChild(root);

  let pending = null;      // {s16, e16, text}: the student's mouse selection
  let hereSpans = [];      // spans covering the last clicked place

  // a span whose category the kit does not know (a hand-edited file) is still drawn, in grey
  const UNKNOWN = { name: "unknown", label: "unknown category", colour: "#767676", line: "dotted", tag: "?" };
  const cats = () => new Proxy(
    Object.fromEntries(model.get("categories").map(c => [c.name, c])),
    { get: (known, name) => (Object.hasOwn(known, name) ? known[name] : UNKNOWN) });
  const spanById = (id) => model.get("spans").find(s => s.id === id);

  function send(content) { model.send(content); }

  function showMessage(text, kind) {
    message.textContent = text || "";
    message.dataset.kind = kind || "info";
  }

  function drawHeader() {
    notice.textContent = model.get("notice");
    notice.style.display = model.get("notice") ? "" : "none";
    status.textContent = model.get("status");
    const m = model.get("message");
    if (m) showMessage(m, "error");
  }

  function drawLegend() {
    legend.replaceChildren();
    for (const c of model.get("categories")) {
      const b = h("button", "dk-cat");
      b.type = "button";
      b.dataset.category = c.name;
      b.title = `${c.label}: press ${c.key}`;
      const key = h("span", "dk-key", c.key);
      const sample = h("span", "dk-sample", c.label);
      sample.style.setProperty("--dk-colour", c.colour);
      sample.style.textDecorationStyle = c.line;
      const tag = h("span", "dk-tag", c.tag);
      b.append(key, sample, tag);
      b.addEventListener("mousedown", (e) => e.preventDefault());  // keep the text selection
      b.addEventListener("click", () => applyCategory(c.name));
      legend.appendChild(b);
    }
  }

  function applyCategory(name) {
    if (pending) {
      send({ action: "mark", category: name, start16: pending.s16, end16: pending.e16 });
      pending = null;
      window.getSelection().removeAllRanges();
      showMessage("");
    } else if (model.get("selected")) {
      send({ action: "recategorise", category: name });
    } else {
      showMessage("First select some words with the mouse (or click a highlight).", "error");
    }
  }

  function drawText() {
    const c = cats();
    const selected = model.get("selected");
    const showSugg = model.get("show_suggestions");
    const spans = model.get("spans").filter(s => showSugg || !s.suggestion);
    columns.replaceChildren();
    for (const col of model.get("columns")) {
      const box = h("div", "dk-col");
      box.appendChild(h("div", "dk-perspective", col.label));
      for (const block of col.blocks) {
        const tag = block.kind === "headline" ? "h3" : block.kind === "subheading" ? "h4" : "p";
        const b = h(tag, "dk-block dk-" + block.kind);
        b.dataset.s16 = block.s16;
        b.dataset.e16 = block.e16;
        const inside = spans.filter(s => s.s16 < block.e16 && s.e16 > block.s16);
        const cuts = new Set([block.s16, block.e16]);
        for (const s of inside) {
          cuts.add(Math.max(block.s16, s.s16));
          cuts.add(Math.min(block.e16, s.e16));
        }
        const points = [...cuts].sort((x, y) => x - y);
        for (let i = 0; i + 1 < points.length; i++) {
          const a = points[i], z = points[i + 1];
          const seg = h("span", "dk-seg", block.text.slice(a - block.s16, z - block.s16));
          seg.dataset.s16 = a;
          seg.dataset.e16 = z;
          // outer spans first, innermost last
          const cover = inside.filter(s => s.s16 <= a && s.e16 >= z)
            .sort((x, y) => (y.e16 - y.s16) - (x.e16 - x.s16));
          styleSegment(seg, cover, c, selected, z);
          b.appendChild(seg);
        }
        box.appendChild(b);
      }
      columns.appendChild(box);
    }
  }

  function styleSegment(seg, cover, c, selected, segEnd) {
    if (!cover.length) return;
    const stored = cover.filter(s => !s.suggestion);
    const sugg = cover.filter(s => s.suggestion);
    seg.dataset.spans = cover.map(s => s.id).join(" ");
    if (stored.length) {
      const inner = c[stored[stored.length - 1].category];
      seg.classList.add("dk-marked");
      seg.style.setProperty("--dk-colour", inner.colour);
      seg.style.textDecorationStyle = inner.line;
      // one band per enclosing span, so nested spans stay visible
      const bands = stored.slice(0, -1).reverse().map((s, i) =>
        `inset 0 -${3 * (i + 1)}px 0 0 ${c[s.category].colour}`);
      if (bands.length) {
        seg.style.boxShadow = bands.join(", ");
        seg.style.paddingBottom = `${3 * bands.length}px`;
      }
    }
    if (sugg.length) {
      seg.classList.add("dk-suggested");
      seg.style.setProperty("--dk-sugg", c[sugg[sugg.length - 1].category].colour);
    }
    if (cover.some(s => s.id === selected)) seg.classList.add("dk-selected");
    const ending = cover.filter(s => s.e16 === segEnd)
      .map(s => c[s.category].tag + (s.suggestion ? "?" : ""));
    if (ending.length) seg.dataset.tag = ending.join("·");
  }

  function drawHere() {
    here.replaceChildren();
    const sel = model.get("selected");
    const s = sel && spanById(sel);
    if (!hereSpans.length && !s) return;
    const list = hereSpans.length ? hereSpans : [s];
    here.appendChild(h("span", "dk-here-title", list.length > 1 ? "Spans here (click one to pick it):" : "Span here:"));
    const c = cats();
    for (const sp of list) {
      const b = h("button", "dk-here-item");
      b.type = "button";
      b.dataset.id = sp.id;
      if (sp.id === sel) b.classList.add("dk-current");
      b.style.setProperty("--dk-colour", c[sp.category].colour);
      const text = sp.text.length > 60 ? sp.text.slice(0, 57) + "…" : sp.text;
      b.append(h("span", "dk-tag", c[sp.category].tag + (sp.suggestion ? "?" : "")),
               document.createTextNode(` ${c[sp.category].label}${sp.suggestion ? " (suggested)" : ""}: “${text}”`));
      b.addEventListener("click", () => select(sp.id));
      here.appendChild(b);
    }
  }

  function select(id) {
    model.set("selected", id || "");
    model.save_changes();
  }

  root.addEventListener("mouseup", (e) => {
    if (!columns.contains(e.target)) return;
    const sel = window.getSelection();
    if (sel && sel.rangeCount && !sel.isCollapsed) {
      const r = sel.getRangeAt(0);
      const s = boundaryOffset(r.startContainer, r.startOffset, false);
      const z = boundaryOffset(r.endContainer, r.endOffset, true);
      if (s !== null && z !== null && z > s) {
        pending = { s16: s, e16: z, text: sel.toString() };
        const t = pending.text.length > 80 ? pending.text.slice(0, 77) + "…" : pending.text;
        showMessage(`Selected “${t}”: press a number key 1–0 or click a category above.`, "info");
        root.focus({ preventScroll: true });
        return;
      }
    }
    // a plain click: select the innermost span here, or the next one on a second click
    pending = null;
    const seg = e.target.closest(".dk-seg");
    const ids = seg && seg.dataset.spans ? seg.dataset.spans.split(" ") : [];
    hereSpans = ids.map(spanById).filter(Boolean).reverse();
    if (!hereSpans.length) { select(""); showMessage(""); drawHere(); return; }
    const cur = hereSpans.findIndex(sp => sp.id === model.get("selected"));
    select(hereSpans[(cur + 1) % hereSpans.length].id);
    root.focus({ preventScroll: true });
  });

  root.addEventListener("keydown", (e) => {
    const t = e.target;
    if (t && (t.tagName === "INPUT" || t.tagName === "TEXTAREA" || t.isContentEditable)) return;
    const key = e.key;
    const byKey = model.get("categories").find(c => c.key === key);
    let handled = true;
    if (byKey && !e.ctrlKey && !e.metaKey && !e.altKey) applyCategory(byKey.name);
    else if ((key === "z" || key === "Z") && (e.ctrlKey || e.metaKey)) send({ action: "undo" });
    else if ((key === "Delete" || key === "Backspace") && model.get("selected")) send({ action: "delete" });
    else if ((key === "a" || key === "A") && model.get("selected").startsWith("s:")) send({ action: "accept" });
    else if ((key === "r" || key === "R") && model.get("selected").startsWith("s:")) send({ action: "reject" });
    else if (key === "Escape") { pending = null; hereSpans = []; select(""); showMessage(""); }
    else handled = false;
    if (handled) { e.preventDefault(); e.stopPropagation(); }
  });

  const redraw = () => { drawText(); drawHere(); };
  const onSpans = () => {
    const ids = new Set(model.get("spans").map(s => s.id));
    hereSpans = hereSpans.filter(s => ids.has(s.id)).map(s => spanById(s.id));
    redraw();
  };
  const onMessage = () => drawHeader();
  model.on("change:spans", onSpans);
  model.on("change:selected", redraw);
  model.on("change:show_suggestions", redraw);
  model.on("change:status", drawHeader);
  model.on("change:notice", drawHeader);
  model.on("change:message", onMessage);
  model.on("change:categories", () => { drawLegend(); redraw(); });
  model.on("change:columns", redraw);
  drawHeader();
  drawLegend();
  redraw();
  return () => {
    model.off("change:spans", onSpans);
    model.off("change:selected", redraw);
    model.off("change:show_suggestions", redraw);
    model.off("change:status", drawHeader);
    model.off("change:notice", drawHeader);
    model.off("change:message", onMessage);
  };
}

export default { render };
