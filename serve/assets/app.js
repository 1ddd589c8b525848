"use strict";
// The page: it asks the server for the roster's state, draws the lists,
// shows the selected household's card and its zone's cards, and follows
// the server's events, keeping the selection, when the roster changes.
const token = document.querySelector('meta[name="fuwuka-token"]').content;
const words = JSON.parse(document.querySelector('meta[name="fuwuka-words"]').content);
const $ = (id) => document.getElementById(id);
let state = null;
let selected = null;

function text(id, s) { $(id).textContent = s; }
text("problems-title", words.problems);
text("zones-title", words.zones);
text("card-title", words.card);
text("zone-title", words.zoneCards);
text("write-title", words.write);
text("paper-label", words.paper);
text("order-label", words.order);
text("write", words.write);
$("search").placeholder = words.search;

async function svgInto(el, id, version) {
  const r = await fetch("/card/" + encodeURIComponent(id) + ".svg?v=" + version);
  if (!r.ok) { el.textContent = await r.text(); return; }
  el.innerHTML = await r.text();
  el.dataset.version = version;
  el.dataset.id = id;
}

function zoneOf(id) {
  for (const z of state.zones || []) {
    if (z.households.some((h) => h.id === id)) return z;
  }
  return null;
}

function select(id) {
  selected = id;
  for (const li of document.querySelectorAll(".zone li")) li.classList.toggle("selected", li.dataset.id === id);
  const card = $("card");
  card.classList.toggle("stale-card", state.stale);
  svgInto(card, id, state.version);
  $("download").href = "/card/" + encodeURIComponent(id) + ".pdf";
  $("download").textContent = words.download + " (" + id + ".pdf)";
  const z = zoneOf(id);
  const thumbs = $("thumbs");
  thumbs.textContent = "";
  if (!z) return;
  for (const h of z.households) {
    const fig = document.createElement("figure");
    const box = document.createElement("div");
    const cap = document.createElement("figcaption");
    cap.textContent = h.id + " " + h.address;
    fig.append(box, cap);
    fig.onclick = () => select(h.id);
    thumbs.append(fig);
    svgInto(box, h.id, state.version);
  }
}

function draw() {
  text("community", state.community || state.roster);
  text("roster", state.roster);
  text("design", state.design ? words.design + ": " + (state.design_label || state.design) : "");
  const ps = $("problems");
  ps.textContent = "";
  for (const p of state.problems) {
    const li = document.createElement("li");
    // a workbook's problem names its sheet, column head and cell (干部 › 电话 (C3)), a YAML roster's its line and key path
    li.textContent = p.where ? p.file + " " + p.where + ": " + p.message :
      p.file + (p.cell ? ":" + p.cell : p.line ? ":" + p.line + ":" + p.column : "") + (p.field ? " " + p.field : "") + ": " + p.message;
    if (p.hint) {
      const h = document.createElement("span");
      h.className = "hint";
      h.textContent = p.hint;
      li.append(h);
    }
    if (p.household) li.onclick = () => select(p.household);
    ps.append(li);
  }
  if (!state.problems.length) {
    const li = document.createElement("li");
    li.className = "ok";
    li.textContent = words.noProblems;
    ps.append(li);
  }
  $("stale").hidden = !state.stale;
  text("stale", words.stale);
  const zones = $("zones");
  zones.textContent = "";
  const q = $("search").value.trim();
  for (const z of state.zones || []) {
    const div = document.createElement("div");
    div.className = "zone";
    const h3 = document.createElement("h3");
    h3.textContent = z.name + " (" + z.households.length + ")";
    const ul = document.createElement("ul");
    for (const h of z.households) {
      if (q && !(h.id + " " + h.address + " " + h.resident).includes(q)) continue;
      const li = document.createElement("li");
      li.dataset.id = h.id;
      const id = document.createElement("span");
      id.className = "id";
      id.textContent = h.id;
      li.append(id, h.address + (h.resident ? " · " + h.resident : "") + (h.copies > 1 ? " · " + words.copies + " " + h.copies : ""));
      li.onclick = () => select(h.id);
      ul.append(li);
    }
    div.append(h3, ul);
    zones.append(div);
  }
  for (const [sel, list] of [["paper", state.papers], ["order", state.orders]]) {
    const el = $(sel);
    if (el.options.length) continue;
    for (const v of list || []) el.add(typeof v === "string" ? new Option(v, v) : new Option(v.label, v.value));
    if (sel === "paper") el.value = "A3";
  }
  const first = state.zones && state.zones.length ? state.zones[0].households[0].id : null;
  if (selected && zoneOf(selected)) select(selected);
  else if (first) select(first);
}

async function refresh() {
  const r = await fetch("/api/state");
  state = await r.json();
  document.body.dataset.version = state.version;
  draw();
}

$("search").oninput = draw;
$("write").onclick = async () => {
  text("write-status", words.writing);
  const r = await fetch("/api/write", {
    method: "POST",
    headers: { "Content-Type": "application/json", "X-Fuwuka-Token": token },
    body: JSON.stringify({ paper: $("paper").value, order: $("order").value }),
  });
  if (!r.ok) text("write-status", words.failed + ": " + (await r.text()));
};

const events = new EventSource("/api/events");
events.addEventListener("update", refresh);
events.addEventListener("progress", (e) => {
  const p = JSON.parse(e.data);
  text("write-status", words.writing + " " + p.job + " " + p.done + "/" + p.total);
});
events.addEventListener("written", (e) => {
  const w = JSON.parse(e.data);
  $("write-status").dataset.done = w.ok ? "ok" : "failed";
  text("write-status", w.ok ? w.summary : words.failed + ": " + w.error);
});
