"use strict";
(function () {
  const facts = JSON.parse(document.getElementById("facts-data").textContent);
  const card = document.getElementById("card");
  const spans = Array.from(document.querySelectorAll("main .fact"));
  let pinned = null;

  const ROWS = [
    ["subject (vi)", (f) => f.subject_vi],
    ["subject (en)", (f) => f.label_en ? f.label_en + (f.subject ? " · " + f.subject : "") : f.subject],
    ["aspect", (f) => f.aspect],
    ["topic", (f) => f.topic],
    ["measure", (f) => f.measure],
    ["kind", (f) => f.kind],
    ["base", (f) => f.base + (f.base_text ? " (“" + f.base_text + "”)" : "")],
    ["value (canonical)", (f) => f.value ? (f.bound ? f.bound + " " : "") + f.value + " " + f.unit : ""],
    ["interval", (f) => (f.low || f.high) ? "[" + f.low + ", " + f.high + "] " + f.unit : ""],
    ["as printed", (f) => f.printed + " " + f.unit_printed + (f.value_printed ? "  (read " + f.value_printed + ")" : "")],
    ["period", (f) => f.period],
    ["source", (f) => f.source],
    ["flags", (f) => f.flag_notes],
  ];

  function el(tag, text, cls) {
    const node = document.createElement(tag);
    if (text !== undefined) node.textContent = text;
    if (cls) node.className = cls;
    return node;
  }

  function showCard(id, pin) {
    const f = facts[id];
    if (!f) return;
    card.replaceChildren();
    const close = el("button", "×", "close");
    close.type = "button";
    close.title = "Close (Esc)";
    close.addEventListener("click", hideCard);
    const link = el("a", id);
    link.href = "#fact-" + id;
    const head = el("h3", (f.printed + " " + f.unit_printed).trim() + " ");
    head.appendChild(el("small", "", "muted")).appendChild(link);
    const table = el("table");
    for (const [label, get] of ROWS) {
      const value = String(get(f) || "").trim();
      if (!value) continue;
      const tr = table.insertRow();
      tr.appendChild(el("th", label));
      tr.appendChild(el("td", value));
    }
    card.append(close, head, table);
    card.appendChild(el("div", f.checks.length ? "Checks it takes part in:" : "Takes part in no check.", "muted"));
    const list = el("ul");
    for (const [anchor, name, state] of f.checks) {
      const a = el("a", name + " — " + (state === "fails" ? "does not hold" : state), state);
      a.href = "#" + anchor;
      list.appendChild(el("li")).appendChild(a);
    }
    card.appendChild(list);
    card.hidden = false;
    if (pin) pinned = id;
  }

  function hideCard() {
    card.hidden = true;
    pinned = null;
  }

  function mark(cls, ids) {
    document.querySelectorAll("." + cls).forEach((n) => n.classList.remove(cls));
    for (const id of ids) {
      const node = document.getElementById("fact-" + id);
      if (node) node.classList.add(cls);
    }
  }

  function onHash() {
    const target = decodeURIComponent(location.hash.slice(1));
    if (target.startsWith("fact-")) {
      const node = document.getElementById(target);
      mark("current", node ? [target.slice(5)] : []);
      if (node) showCard(target.slice(5), true);
    } else if (target.startsWith("check-")) {
      const item = document.getElementById(target);
      hideCard();
      mark("in-check", item ? item.dataset.facts.split(" ").filter(Boolean) : []);
    }
  }

  document.addEventListener("mouseover", (e) => {
    const node = e.target.closest && e.target.closest("main .fact");
    if (node && !pinned) showCard(node.id.slice(5), false);
  });
  document.addEventListener("mouseout", (e) => {
    const node = e.target.closest && e.target.closest("main .fact");
    if (node && !pinned) card.hidden = true;  // a card opened by hovering goes with the mouse
  });
  document.addEventListener("click", (e) => {
    const node = e.target.closest && e.target.closest("main .fact");
    if (!node) return;
    showCard(node.id.slice(5), true);
    mark("current", [node.id.slice(5)]);
    history.replaceState(null, "", "#" + node.id);  // the address to cite, without a jump
  });
  document.addEventListener("keydown", (e) => {
    if (e.key === "Escape") hideCard();
    if (e.key === "Enter" && e.target.classList && e.target.classList.contains("fact")) {
      showCard(e.target.id.slice(5), true);
    }
  });
  window.addEventListener("hashchange", onHash);

  // Search: the figures whose printed value, subject, label, source or id hold every word.
  const search = document.getElementById("search");
  const count = document.getElementById("search-count");
  const haystack = {};
  for (const [id, f] of Object.entries(facts)) {
    haystack[id] = [id, f.printed, f.value_printed, f.unit_printed, f.subject_vi, f.label_en, f.subject,
      f.aspect, f.topic, f.measure, f.kind, f.source, f.flag_notes].join(" ").toLowerCase();
  }
  let hits = [];
  let at = -1;
  function runSearch() {
    const words = search.value.toLowerCase().split(/\s+/).filter(Boolean);
    hits = [];
    at = -1;
    for (const node of spans) {
      const text = haystack[node.id.slice(5)] || "";
      const hit = words.length > 0 && words.every((w) => text.includes(w));
      node.classList.toggle("hit", hit);
      node.classList.toggle("dim", words.length > 0 && !hit);
      if (hit) hits.push(node);
    }
    count.textContent = words.length ? hits.length + " found" : "";
  }
  function nextHit() {
    if (!hits.length) return;
    at = (at + 1) % hits.length;
    hits[at].scrollIntoView({ block: "center" });
    showCard(hits[at].id.slice(5), true);
    count.textContent = (at + 1) + " of " + hits.length;
  }
  search.addEventListener("input", runSearch);
  search.addEventListener("keydown", (e) => { if (e.key === "Enter") nextHit(); });
  document.getElementById("search-next").addEventListener("click", nextHit);

  // Topic filter: the figures of an unticked topic lose their colour.
  const boxes = Array.from(document.querySelectorAll("#topics input"));
  function runFilter() {
    const on = new Set(boxes.filter((b) => b.checked).map((b) => b.value));
    for (const node of spans) {
      const topic = (facts[node.id.slice(5)] || {}).topic || "none";
      node.classList.toggle("off", !on.has(topic));
    }
  }
  boxes.forEach((b) => b.addEventListener("change", runFilter));
  document.getElementById("topics-all").addEventListener("click", () => { boxes.forEach((b) => { b.checked = true; }); runFilter(); });
  document.getElementById("topics-none").addEventListener("click", () => { boxes.forEach((b) => { b.checked = false; }); runFilter(); });

  onHash();
})();
