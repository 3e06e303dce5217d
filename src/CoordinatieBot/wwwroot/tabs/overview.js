// "Regie op regie": process facts of every family the signed-in procesmanager / coördinator guards; never plan content.
(function () {
  "use strict";
  const T = window.CoordinatieTabs;
  const { el } = T;

  T.start("/api/tabs/overview", (data, session, api) => {
    const texts = data.texts;
    const date = (iso) => T.formatDate(session.language, iso);
    const state = { sort: { key: "family", direction: "ascending" }, filter: "all", search: "" };
    document.title = `${texts.title} – CoordinatieBot`;

    const search = el("input", { type: "search", id: "search", autocomplete: "off" });
    search.addEventListener("input", () => { state.search = search.value.trim().toLowerCase(); renderTable(); });
    const filterBar = el("div");
    const exportButton = el("button", { type: "button", id: "export", class: "primary", onclick: exportCsv }, texts.export);
    const table = el("table", { class: "grid", id: "families" });
    const empty = el("p", { class: "empty", hidden: true }, texts.empty);

    document.getElementById("content").replaceChildren(
      el("h1", null, texts.title),
      el("p", { class: "intro" }, texts.intro),
      data.roleText && el("p", { class: "role" }, data.roleText),
      el("div", { class: "toolbar" },
        el("div", { class: "field" }, el("label", { for: "search" }, texts.search), search),
        filterBar,
        exportButton),
      table,
      empty,
      escalations(),
      patterns());

    function renderFilters() {
      filterBar.replaceChildren(T.filterButtons(null, [
        { key: "all", label: texts.filterAll }, { key: "escalated", label: texts.filterEscalated },
        { key: "late", label: texts.filterLate }, { key: "norms", label: texts.filterNorms },
      ], state.filter, (f) => { state.filter = f; renderFilters(); renderTable(); filterBar.querySelector(`[data-filter="${f}"]`).focus(); }));
    }

    const columns = [
      { key: "family", label: texts.family }, { key: "phaseText", label: texts.phase }, { key: "level", label: texts.level },
      { key: "regisseurOrganisation", label: texts.regisseurOrganisation }, { key: "late", label: texts.late, class: "number" },
      { key: "waiting", label: texts.waiting, class: "number" }, { key: "escalated", label: texts.escalated, class: "number" },
      { key: "daysSinceProgress", label: texts.daysSinceProgress, class: "number" }, { key: "planDue", label: texts.planDue },
      { key: "evaluationDue", label: texts.evaluationDue },
    ];

    function matches(f) {
      const byFilter = state.filter === "all" || (state.filter === "escalated" && f.escalated > 0) ||
        (state.filter === "late" && f.late > 0) || (state.filter === "norms" && (f.planOverdue || f.evaluationOverdue));
      return byFilter && (!state.search || String(f.family).toLowerCase().includes(state.search));
    }

    function dueCell(iso, overdue) {
      if (!iso) return el("td", { class: "muted" }, texts.none);
      return el("td", { class: overdue ? "overdue" : null }, el("time", { datetime: iso }, date(iso)),
        overdue && el("span", { class: "mark mark-late" }, texts.overdueNorm));
    }

    function renderTable(focus) {
      const rows = T.sortRows(data.families.filter(matches), state.sort, (f, k) => f[k]);
      table.replaceChildren(
        el("caption", null, texts.title),
        T.sortableHeader(columns, state.sort, (k, direction) => { state.sort = { key: k, direction }; renderTable({ sort: k }); }),
        el("tbody", null, rows.map((f) => el("tr", { "data-family": f.familyId },
          el("th", { scope: "row" }, f.family),
          el("td", null, f.phaseText),
          el("td", null, f.level),
          el("td", { class: f.regisseurOrganisation ? null : "muted" }, f.regisseurOrganisation || texts.none),
          el("td", { class: "number" }, f.late),
          el("td", { class: "number" }, f.waiting),
          el("td", { class: "number" }, f.escalated),
          el("td", { class: "number" }, f.daysSinceProgress),
          dueCell(f.planDue, f.planOverdue),
          dueCell(f.evaluationDue, f.evaluationOverdue)))));
      empty.hidden = rows.length > 0;
      if (focus?.sort) table.querySelector(`[data-sort="${focus.sort}"]`)?.focus();
    }

    function escalations() {
      const list = data.escalations || [];
      return el("section", { "aria-labelledby": "escalations-title", class: "section" },
        el("h2", { id: "escalations-title" }, texts.escalations),
        list.length === 0 ? el("p", { class: "muted" }, texts.none) : el("ul", { class: "cards", id: "escalations" }, list.map((e) =>
          el("li", { class: "card" },
            el("h3", null, `${e.family} #${e.number} · ${e.kindText}`),
            el("dl", null,
              el("dt", null, texts.escalation), el("dd", null, e.statusText),
              el("dt", null, texts.raised), el("dd", null, el("time", { datetime: e.raised }, date(e.raised))),
              el("dt", null, texts.organisation), el("dd", null, e.organisation || texts.none),
              e.daysLate > 0 && [el("dt", null, texts.daysLate), el("dd", null, e.daysLate)]),
            e.steps?.length > 0 && [el("h4", null, texts.steps), el("ol", { class: "steps" }, e.steps.map((s) => el("li", null, s)))]))));
    }

    function patterns() {
      const list = data.patterns || [];
      return el("section", { "aria-labelledby": "patterns-title", class: "section" },
        el("h2", { id: "patterns-title" }, texts.patterns),
        list.length === 0 ? el("p", { class: "muted" }, texts.none) : el("ul", { id: "patterns" }, list.map((p) => el("li", null, p))));
    }

    // A plain link cannot carry the sign-in header, so the file is fetched and handed to the browser as a download.
    async function exportCsv() {
      exportButton.disabled = true;
      try {
        const { status, response } = await api("/api/tabs/overview.csv", { raw: true });
        if (status !== 200) {
          let message;
          try { message = (await response.json()).message; } catch { /* no JSON */ }
          T.setStatus(message || T.own[session.language].loadFailed);
          return;
        }
        const disposition = response.headers.get("Content-Disposition") || "";
        const name = /filename="?([^";]+)"?/.exec(disposition)?.[1] || `regie-op-regie-${data.today}.csv`;
        const url = URL.createObjectURL(await response.blob());
        const a = el("a", { href: url, download: name, hidden: true });
        document.body.append(a);
        a.click();
        a.remove();
        window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
        T.setStatus(name);
      } catch {
        T.setStatus(T.own[session.language].loadFailed);
      } finally {
        exportButton.disabled = false;
        exportButton.focus();
      }
    }

    renderFilters();
    renderTable();
  });
})();
