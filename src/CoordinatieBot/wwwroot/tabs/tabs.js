// Shared by the tab pages: sign-in (Teams SSO, or dev_user in Development), language, theme, fetch with the
// token, the status message and a few DOM helpers. Plain script, no build step; the pages use window.CoordinatieTabs.
(function () {
  "use strict";

  // The only texts of the pages themselves: what shows before (or instead of) the API's answer.
  const OWN_TEXTS = {
    nl: {
      loading: "Even laden…",
      openInTeams: "Open deze pagina in Microsoft Teams: daar meld je je vanzelf aan.",
      signInFailed: "Aanmelden met Teams lukte niet. Sluit het tabblad en open het opnieuw.",
      loadFailed: "De gegevens konden niet worden geladen. Probeer het over een paar minuten opnieuw.",
    },
    en: {
      loading: "Loading…",
      openInTeams: "Open this page in Microsoft Teams: it signs you in there.",
      signInFailed: "Signing in with Teams did not work. Close the tab and open it again.",
      loadFailed: "The data could not be loaded. Please try again in a few minutes.",
    },
  };

  const INIT_TIMEOUT_MS = 5000;
  const params = new URLSearchParams(window.location.search);

  function pickLanguage(value) {
    return /^en/i.test(value || "") ? "en" : "nl";
  }

  function applyTheme(theme) {
    const root = document.documentElement;
    root.classList.remove("theme-default", "theme-dark", "theme-contrast");
    root.classList.add(theme === "dark" ? "theme-dark" : theme === "contrast" ? "theme-contrast" : "theme-default");
  }

  function withTimeout(promise, ms) {
    return Promise.race([promise, new Promise((_, reject) => setTimeout(() => reject(new Error("timeout")), ms))]);
  }

  /** Creates an element: el("td", { class: "x", "aria-sort": "none" }, "text", child). Text is never parsed as HTML. */
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (key.startsWith("on") && typeof value === "function") node.addEventListener(key.slice(2), value);
      else node.setAttribute(key, value === true ? "" : String(value));
    }
    for (const child of children.flat()) {
      if (child === null || child === undefined || child === false) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }

  // Loaded only inside Teams: with dev_user the page makes no request besides its one API call.
  function loadTeamsSdk() {
    if (window.microsoftTeams) return Promise.resolve(window.microsoftTeams);
    return new Promise((resolve, reject) => {
      const script = document.createElement("script");
      script.src = "vendor/MicrosoftTeams.min.js"; // next to the pages, in /tabs/
      script.onload = () => (window.microsoftTeams ? resolve(window.microsoftTeams) : reject(new Error("no SDK")));
      script.onerror = () => reject(new Error("SDK not loaded"));
      document.head.append(script);
    });
  }

  /** Who the page is signed in as and how: in Teams (SSO token) or in Development (dev_user). */
  async function signIn() {
    const devUser = params.get("dev_user");
    if (devUser) {
      applyTheme(params.get("theme"));
      return { inTeams: false, language: pickLanguage(params.get("lang")), headers: async () => ({ "X-Dev-User": devUser }) };
    }
    // Teams shows a tab in a frame (a webview with nativeInterface on mobile); anywhere else there is no one to sign in with.
    if (window.self === window.top && !window.nativeInterface) return { problem: "openInTeams" };
    let teams;
    try {
      teams = await loadTeamsSdk();
      await withTimeout(teams.app.initialize(), INIT_TIMEOUT_MS);
    } catch {
      return { problem: "openInTeams" };
    }
    let language = pickLanguage(params.get("lang"));
    try {
      const context = await teams.app.getContext();
      language = pickLanguage(params.get("lang") || context.app?.locale);
      applyTheme(context.app?.theme);
      teams.app.registerOnThemeChangeHandler(applyTheme);
    } catch {
      applyTheme("default");
    }
    // Teams caches the token and renews it when needed, so every request asks again.
    const headers = async () => ({ Authorization: `Bearer ${await teams.authentication.getAuthToken()}` });
    try {
      await headers();
    } catch {
      return { problem: "signInFailed", language };
    }
    return { inTeams: true, language, headers };
  }

  /** Calls an API of the tabs with the sign-in and language; answers { status, body, response }. */
  function client(session) {
    return async function api(path, { method = "GET", body, raw = false } = {}) {
      const url = new URL(path, window.location.origin);
      url.searchParams.set("lang", session.language);
      const headers = { Accept: raw ? "*/*" : "application/json", ...(await session.headers()) };
      if (body !== undefined) headers["Content-Type"] = "application/json";
      const response = await fetch(url, { method, headers, body: body === undefined ? undefined : JSON.stringify(body), cache: "no-store" });
      if (raw) return { status: response.status, response };
      let json = null;
      try { json = await response.json(); } catch { /* no JSON body */ }
      return { status: response.status, body: json, response };
    };
  }

  function setStatus(text) {
    const status = document.getElementById("status");
    // Emptied first, so the same sentence twice is read out twice.
    status.textContent = "";
    window.setTimeout(() => { status.textContent = text; }, 50);
  }

  /** Replaces the page's content with one sentence (sign-in problems, 403, load errors). */
  function showNotice(text) {
    const main = document.getElementById("content");
    main.replaceChildren(el("p", { class: "notice", role: "alert" }, text));
    main.removeAttribute("aria-busy");
  }

  /** Opens a link: through Teams when inside Teams (deep links then open in the client), otherwise as a plain link. */
  function link(session, href, text, describedBy) {
    const a = el("a", { href, target: "_blank", rel: "noopener", "aria-describedby": describedBy }, text);
    if (session.inTeams) {
      a.addEventListener("click", (event) => {
        event.preventDefault();
        window.microsoftTeams.app.openLink(href).catch(() => window.open(href, "_blank", "noopener"));
      });
    }
    return a;
  }

  function formatDate(language, iso) {
    if (!iso) return "";
    const [y, m, d] = iso.split("-").map(Number);
    return new Intl.DateTimeFormat(language === "en" ? "en-GB" : "nl-NL", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" })
      .format(new Date(Date.UTC(y, m - 1, d)));
  }

  /**
   * A sortable table header: a button per column in th[scope=col]; aria-sort on the sorted one. onSort(key, direction).
   * columns: [{ key, label, title?, class?, sortable? }]
   */
  function sortableHeader(columns, state, onSort) {
    const row = el("tr");
    for (const column of columns) {
      const sorted = state.key === column.key;
      const th = el("th", { scope: "col", class: column.class || null, "aria-sort": column.sortable === false ? null : sorted ? state.direction : "none" });
      if (column.sortable === false) th.append(column.label);
      else {
        th.append(el("button", {
          type: "button", class: "sort", title: column.title || null, "data-sort": column.key,
          onclick: () => onSort(column.key, sorted && state.direction === "ascending" ? "descending" : "ascending"),
        }, column.label, el("span", { class: "sort-mark", "aria-hidden": "true" }, sorted ? (state.direction === "ascending" ? " ▲" : " ▼") : "")));
      }
      row.append(th);
    }
    return el("thead", null, row);
  }

  function compare(a, b) {
    if (a === b) return 0;
    if (a === null || a === undefined || a === "") return 1; // empty last
    if (b === null || b === undefined || b === "") return -1;
    if (typeof a === "number" && typeof b === "number") return a - b;
    return String(a).localeCompare(String(b), "nl", { numeric: true, sensitivity: "base" });
  }

  function sortRows(rows, state, valueOf) {
    const sign = state.direction === "descending" ? -1 : 1;
    return [...rows].sort((x, y) => {
      const a = valueOf(x, state.key), b = valueOf(y, state.key);
      if (a === null || a === undefined || a === "") return b === null || b === undefined || b === "" ? 0 : 1;
      if (b === null || b === undefined || b === "") return -1;
      return sign * compare(a, b);
    });
  }

  /** Filter buttons (one pressed at a time), in a group (named by label, when there is one). options: [{ key, label }] */
  function filterButtons(label, options, current, onChange) {
    return el("div", { class: "filters", role: "group", "aria-label": label },
      options.map((o) => el("button", {
        type: "button", class: "filter", "aria-pressed": o.key === current ? "true" : "false", "data-filter": o.key,
        onclick: () => onChange(o.key),
      }, o.label)));
  }

  /** Signs in, loads the page's one API and hands its answer to render(data, session, api). */
  async function start(path, render) {
    const guess = pickLanguage(params.get("lang") || navigator.language);
    const own = () => OWN_TEXTS[session?.language || guess];
    let session;
    document.documentElement.lang = guess;
    document.getElementById("content").replaceChildren(el("p", { class: "loading" }, OWN_TEXTS[guess].loading));
    session = await signIn();
    if (session.problem) {
      session.language ??= guess;
      if (session.problem === "openInTeams") applyTheme(params.get("theme"));
      return showNotice(own()[session.problem]);
    }
    document.documentElement.lang = session.language;
    const api = client(session);
    let answer;
    try {
      answer = await api(path);
    } catch {
      return showNotice(own().loadFailed);
    }
    if (answer.status === 401) return showNotice(own().signInFailed);
    if (answer.status !== 200 || !answer.body) return showNotice(answer.body?.message || own().loadFailed);
    if (session.inTeams) { try { window.microsoftTeams.app.notifySuccess(); } catch { /* not asked for */ } }
    document.getElementById("content").removeAttribute("aria-busy");
    render(answer.body, session, api);
  }

  window.CoordinatieTabs = { start, el, setStatus, showNotice, link, formatDate, sortableHeader, sortRows, filterButtons, own: OWN_TEXTS };
})();
