// "Mijn taken": the signed-in person's open tasks in every family, with Gedaan / Bezig / Nieuwe datum per row.
(function () {
  "use strict";
  const T = window.CoordinatieTabs;
  const { el } = T;

  T.start("/api/tabs/tasks", (data, session, api) => {
    const texts = data.texts;
    const state = { tasks: data.tasks, sort: { key: "due", direction: "ascending" }, filter: "all", search: "", editing: null };
    const key = (task) => `${task.familyId}/${task.number}`;
    const rowId = (task) => `task-${String(task.familyId).replace(/[^A-Za-z0-9_-]/g, "_")}-${task.number}`;
    document.title = `${texts.title} – CoordinatieBot`;

    const search = el("input", { type: "search", id: "search", autocomplete: "off" });
    search.addEventListener("input", () => { state.search = search.value.trim().toLowerCase(); renderTable(); });
    const filterBar = el("div");
    const table = el("table", { class: "grid", id: "tasks" });
    const empty = el("p", { class: "empty", hidden: true }, texts.empty);

    document.getElementById("content").replaceChildren(
      el("h1", null, texts.title),
      el("p", { class: "intro" }, texts.intro),
      el("div", { class: "toolbar" },
        el("div", { class: "field" }, el("label", { for: "search" }, texts.search), search),
        filterBar),
      table,
      empty);

    function renderFilters() {
      filterBar.replaceChildren(T.filterButtons(texts.status, [
        { key: "all", label: texts.filterAll }, { key: "late", label: texts.filterLate }, { key: "waiting", label: texts.filterWaiting },
      ], state.filter, (f) => { state.filter = f; renderFilters(); renderTable(); filterBar.querySelector(`[data-filter="${f}"]`).focus(); }));
    }

    function visible() {
      const rows = state.tasks.filter((t) =>
        (state.filter === "all" || (state.filter === "late" && t.late) || (state.filter === "waiting" && t.waiting)) &&
        (!state.search || `${t.family} ${t.title} ${t.number}`.toLowerCase().includes(state.search)));
      return T.sortRows(rows, state.sort, (t, k) => k === "due" ? t.due : k === "status" ? t.statusText : k === "task" ? t.title : t.family);
    }

    function renderTable(focus) {
      const rows = visible();
      table.replaceChildren(
        el("caption", null, texts.title),
        T.sortableHeader([
          { key: "family", label: texts.family, title: texts.sortFamily },
          { key: "task", label: texts.task },
          { key: "due", label: texts.due, title: texts.sortDue },
          { key: "status", label: texts.status },
          { key: "actions", label: texts.actions, sortable: false },
        ], state.sort, (k, direction) => { state.sort = { key: k, direction }; renderTable({ sort: k }); }),
        el("tbody", null, rows.map(row)));
      empty.hidden = rows.length > 0;
      if (focus?.sort) table.querySelector(`[data-sort="${focus.sort}"]`)?.focus();
      if (focus?.selector) table.querySelector(focus.selector)?.focus();
    }

    function marks(task) {
      return [
        task.late && el("span", { class: "mark mark-late" }, texts.late),
        task.waiting && el("span", { class: "mark mark-waiting" }, texts.waiting),
        task.forFamily && el("span", { class: "mark mark-family" }, texts.forFamily),
      ];
    }

    function row(task) {
      const id = rowId(task);
      const titleId = `${id}-title`;
      const familyCell = el("td", null, el("span", { class: "family" }, task.family),
        task.chatUrl && el("span", { class: "chat" }, T.link(session, task.chatUrl, texts.openChat, `${id}-family`)));
      familyCell.firstChild.id = `${id}-family`;
      return el("tr", { id, "data-key": key(task), class: task.late ? "late" : null },
        familyCell,
        el("td", null, el("span", { id: titleId }, `#${task.number} ${task.title}`), el("span", { class: "marks" }, marks(task))),
        el("td", { class: "due" }, task.due ? el("time", { datetime: task.due }, task.dueText) : el("span", { class: "muted" }, texts.noDate)),
        el("td", null, task.statusText),
        el("td", { class: "actions" }, state.editing === key(task) ? dateForm(task, id, titleId) : buttons(task, id, titleId)));
    }

    function buttons(task, id, titleId) {
      return el("div", { class: "buttons" },
        el("button", { type: "button", class: "primary", "data-action": "done", "aria-describedby": titleId, onclick: () => send(task, { action: "done" }) }, texts.done),
        task.status !== "inProgress" && el("button", { type: "button", "data-action": "inProgress", "aria-describedby": titleId, onclick: () => send(task, { action: "inProgress" }) }, texts.inProgress),
        el("button", {
          type: "button", "data-action": "newDate", "aria-describedby": titleId,
          onclick: () => { state.editing = key(task); renderTable({ selector: `#${id}-date` }); },
        }, texts.newDate));
    }

    function dateForm(task, id, titleId) {
      const input = el("input", { type: "date", id: `${id}-date`, required: true, min: data.today, value: task.due || "", "aria-describedby": titleId });
      const cancel = () => { state.editing = null; renderTable({ selector: `#${id} [data-action="newDate"]` }); };
      input.addEventListener("keydown", (e) => { if (e.key === "Escape") cancel(); });
      return el("form", {
        class: "date-form",
        onsubmit: (event) => { event.preventDefault(); if (input.value) send(task, { action: "newDate", date: input.value }); },
      },
      el("label", { for: `${id}-date` }, texts.newDate), input,
      el("button", { type: "submit", class: "primary" }, texts.save),
      el("button", { type: "button", onclick: cancel }, texts.cancel));
    }

    async function send(task, body) {
      const k = key(task);
      const tr = document.getElementById(rowId(task));
      tr?.querySelectorAll("button, input").forEach((b) => { b.disabled = true; });
      let answer;
      try {
        answer = await api(`/api/tabs/tasks/${encodeURIComponent(task.familyId)}/${task.number}`, { method: "POST", body });
      } catch {
        answer = { status: 0, body: null };
      }
      const message = answer.body?.message || texts.failed;
      if (answer.status === 200) {
        state.editing = null;
        const before = visible();
        const at = before.findIndex((t) => key(t) === k);
        if (answer.body.task) state.tasks = state.tasks.map((t) => (key(t) === k ? answer.body.task : t));
        else state.tasks = state.tasks.filter((t) => key(t) !== k);
        const after = visible();
        // Keep the keyboard where it was: this row, or the row that took its place.
        const next = answer.body.task ?? after[Math.min(at, after.length - 1)];
        const button = answer.body.task && body.action === "newDate" ? "newDate" : "done";
        renderTable(next ? { selector: `#${rowId(next)} [data-action="${button}"]` } : null);
        if (!next) search.focus();
      } else {
        tr?.querySelectorAll("button, input").forEach((b) => { b.disabled = false; });
        if (answer.status === 404) { state.tasks = state.tasks.filter((t) => key(t) !== k); renderTable(); }
      }
      T.setStatus(message);
    }

    renderFilters();
    renderTable();
  });
})();
