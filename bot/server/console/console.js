// The support console's live parts: the queue and the case update by short polling of /api (same origin, the
// session cookie), and the case actions post JSON to the agent desk. Text always goes in as textContent.
"use strict";

function el(tag, attrs, text) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, v);
  if (text !== undefined && text !== null) node.textContent = String(text);
  return node;
}

async function getJSON(url) {
  const r = await fetch(url, {credentials: "same-origin", headers: {"Accept": "application/json"}});
  if (r.status === 401) { window.location.href = "/support"; throw new Error("signed out"); }
  if (!r.ok) throw new Error((await r.json()).message || r.statusText);
  return r.json();
}

function every(ms, fn) {
  let busy = false;
  const tick = async () => {
    if (busy || document.hidden) return;
    busy = true;
    try { await fn(); } catch (e) { /* the next tick tries again */ } finally { busy = false; }
  };
  tick();
  return setInterval(tick, ms);
}

function who(c) {
  const cust = c.customer || {};
  return cust.name ? `${cust.name} (${cust.phone || cust.slack_user || c.channel})`
                   : (cust.phone || cust.slack_user || "web visitor");
}

// ---------------------------------------------------------------- the queue
function queueRow(c) {
  const tr = el("tr");
  const link = el("a", {href: `/support/c/${encodeURIComponent(c.id)}`}, who(c));
  const first = el("td", {"data-label": "Customer"});
  first.appendChild(link);
  tr.appendChild(first);
  tr.appendChild(el("td", {"data-label": "Channel"}, c.channel));
  tr.appendChild(el("td", {"data-label": "Device"}, c.device_id || "not identified"));
  tr.appendChild(el("td", {"data-label": "Status"}, c.status));
  tr.appendChild(el("td", {"data-label": "Outcome"}, c.outcome || ""));
  const holder = el("td", {"data-label": "Holder"});
  holder.appendChild(el("span", {class: c.assignee ? "pill held" : "pill"}, c.assignee || "nobody"));
  tr.appendChild(holder);
  tr.appendChild(el("td", {"data-label": "Updated"}, (c.updated_at || "").replace("T", " ").slice(0, 19)));
  return tr;
}

function startQueue() {
  const body = document.getElementById("queue-body");
  const count = document.getElementById("queue-count");
  every(3000, async () => {
    const data = await getJSON("/api/conversations" + window.location.search);
    body.replaceChildren(...data.conversations.map(queueRow));
    count.textContent = `${data.conversations.length} conversation(s), updated ${new Date().toLocaleTimeString()}`;
  });
}

// ---------------------------------------------------------------- a case
const WHO = {in: "Customer", out: "Bot", agent: "Agent", note: "Note"};

function timelineItem(it) {
  const li = el("li", {class: it.kind === "message" ? it.direction : it.kind});
  const when = el("span", {class: "muted"}, (it.at || "").slice(11, 19) + " ");
  li.appendChild(when);
  if (it.kind === "message") {
    li.appendChild(el("span", {class: "who"}, (WHO[it.direction] || it.direction) + (it.author ? ` ${it.author}` : "") + ":"));
    li.appendChild(document.createTextNode(it.text));
  } else if (it.kind === "cloud") {
    li.appendChild(document.createTextNode(`Cloud: device ${it.event}` + (it.detail ? ` (${it.detail})` : "")));
  } else {
    li.appendChild(document.createTextNode(`Finding ${it.code}: ${it.meaning}` + (it.detail ? ` (${it.detail})` : "")));
  }
  return li;
}

function showState(conv) {
  document.getElementById("case-status").textContent = conv.status;
  document.getElementById("case-holder").textContent = conv.assignee || "nobody";
  document.getElementById("case-outcome").textContent = conv.outcome || "open";
  const ended = conv.status === "resolved" || conv.status === "abandoned";
  for (const b of document.querySelectorAll("[data-action]")) b.disabled = ended && b.dataset.action !== "note";
}

function startCase(root) {
  const id = root.dataset.id;
  const list = document.getElementById("timeline");
  let shown = -1;
  every(2000, async () => {
    const [conv, tr] = await Promise.all([
      getJSON(`/api/conversations/${encodeURIComponent(id)}`),
      getJSON(`/api/conversations/${encodeURIComponent(id)}/transcript?format=json`),
    ]);
    showState(conv);
    if (tr.items.length !== shown) {
      const atEnd = list.scrollTop + list.clientHeight >= list.scrollHeight - 8;
      list.replaceChildren(...tr.items.map(timelineItem));
      if (atEnd) list.scrollTop = list.scrollHeight;
      shown = tr.items.length;
    }
  });
  const form = document.getElementById("act");
  form.addEventListener("submit", (ev) => ev.preventDefault());
  for (const b of document.querySelectorAll("[data-action]")) {
    b.addEventListener("click", () => act(id, b.dataset.action));
  }
}

async function act(id, action) {
  const status = document.getElementById("act-status");
  const agent = document.getElementById("agent").value.trim();
  const textBox = document.getElementById("text");
  const body = {agent: agent};
  if (action === "reply" || action === "note") body.text = textBox.value;
  status.className = "status";
  status.textContent = "Working…";
  const r = await fetch(`/api/conversations/${encodeURIComponent(id)}/${action}`, {
    method: "POST", credentials: "same-origin",
    headers: {"Content-Type": "application/json", "Accept": "application/json"}, body: JSON.stringify(body),
  });
  const data = await r.json();
  if (!r.ok) {
    status.className = "status error";
    status.textContent = data.message || "That did not work.";
    return;
  }
  if (action === "reply" || action === "note") textBox.value = "";
  const done = {takeover: "You hold this case.", reply: "Reply sent to the customer.", note: "Note added (internal).",
                release: "Given back to the bot.", resolve: "Case resolved."};
  status.textContent = done[action];
  showState(data);
}

document.addEventListener("DOMContentLoaded", () => {
  if (document.body.dataset.page === "queue") startQueue();
  const root = document.getElementById("case");
  if (root) startCase(root);
});
