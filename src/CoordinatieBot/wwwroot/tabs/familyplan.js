// "Plan voor het gezin": the family's own version of the plan, for its regisseur (in a Teams dialog or a tab), with a
// PDF to print or share and a button to record that it was shared. Every word comes from the API; the name typed for
// the print goes to the PDF request only and is never kept (not in the URL, not in storage).
(function () {
  "use strict";
  const { start, el, setStatus, showNotice } = window.CoordinatieTabs;
  const params = new URLSearchParams(window.location.search);
  const familyId = (params.get("family") || "").replace(/[^A-Za-z0-9]/g, "");
  const base = `/api/tabs/family-plan/${encodeURIComponent(familyId || "none")}`;
  const firstLanguage = /^en/i.test(params.get("familyLang") || "") ? "en" : /^nl/i.test(params.get("familyLang") || "") ? "nl" : "";

  function renderDocument(doc) {
    const article = el("article", { class: "family-plan", "aria-labelledby": "plan-title" },
      el("h2", { id: "plan-title" }, doc.title),
      el("p", null, doc.intro),
      el("p", { class: "detail" }, doc.madeOn));
    for (const section of doc.sections) {
      const part = el("section", null, el("h3", null, section.heading));
      for (const line of section.lines) {
        if (line.kind === "subheading") part.append(el("h4", null, line.text));
        else if (line.kind === "quote") part.append(el("blockquote", null, line.text));
        else if (line.kind === "detail") part.append(el("p", { class: "detail" }, line.text));
        else if (line.kind === "signLine") part.append(el("p", { class: "sign" }, el("span", null, line.text), el("span", { class: "sign-space", "aria-hidden": "true" })));
        else part.append(el("p", null, line.text));
      }
      article.append(part);
    }
    return article;
  }

  function render(data, session, api) {
    const t = data.texts;
    let familyLanguage = data.familyLanguage;
    const main = document.getElementById("content");
    const preview = el("div", { id: "preview" }, renderDocument(data.document));

    const name = el("input", { id: "plan-name", type: "text", maxlength: "60", autocomplete: "off", "aria-describedby": "plan-name-hint" });
    const language = el("select", { id: "plan-language" },
      el("option", { value: "nl", selected: familyLanguage === "nl" }, t.dutch),
      el("option", { value: "en", selected: familyLanguage === "en" }, t.english));
    language.addEventListener("change", async () => {
      familyLanguage = language.value;
      const answer = await api(`${base}?familyLang=${familyLanguage}`).catch(() => null);
      if (!answer || answer.status !== 200) return setStatus(answer?.body?.message || t.failed);
      preview.replaceChildren(renderDocument(answer.body.document));
    });

    const download = el("button", { type: "button", class: "primary", id: "download" }, t.download);
    download.addEventListener("click", async () => {
      download.disabled = true;
      try {
        const answer = await api(`${base}/pdf`, { method: "POST", body: { name: name.value, familyLanguage }, raw: true });
        if (answer.status !== 200) {
          let message = t.failed;
          try { message = (await answer.response.json()).message || message; } catch { /* no JSON */ }
          return setStatus(message);
        }
        const blob = await answer.response.blob();
        const file = /filename="([^"]+)"/.exec(answer.response.headers.get("Content-Disposition") || "")?.[1] || "plan.pdf";
        const url = URL.createObjectURL(blob);
        const a = el("a", { href: url, download: file });
        document.body.append(a);
        a.click();
        a.remove();
        window.setTimeout(() => URL.revokeObjectURL(url), 60000);
      } catch {
        setStatus(t.failed);
      } finally {
        download.disabled = false;
      }
    });

    const discussed = el("input", { id: "plan-discussed", type: "checkbox" });
    const record = el("button", { type: "button", id: "record-shared" }, t.recordShared);
    record.addEventListener("click", async () => {
      record.disabled = true;
      try {
        const answer = await api(`${base}/shared`, { method: "POST", body: { discussed: discussed.checked } });
        setStatus(answer.body?.message || t.failed);
      } catch {
        setStatus(t.failed);
      } finally {
        record.disabled = false;
      }
    });

    main.replaceChildren(
      el("h1", null, t.title),
      el("p", { class: "intro" }, t.intro),
      el("div", { class: "toolbar" },
        el("div", { class: "field" }, el("label", { for: "plan-name" }, t.nameLabel), name, el("small", { id: "plan-name-hint" }, t.nameHint)),
        el("div", { class: "field" }, el("label", { for: "plan-language" }, t.languageLabel), language),
        download),
      preview,
      el("section", { class: "shared", "aria-labelledby": "shared-heading" },
        el("h2", { id: "shared-heading" }, t.sharedHeading),
        el("p", { class: "check" }, discussed, el("label", { for: "plan-discussed" }, t.discussedLabel)),
        record,
        el("p", { class: "intro" }, t.sharedHint)));
  }

  if (!familyId) {
    document.addEventListener("DOMContentLoaded", () => showNotice(window.CoordinatieTabs.own[/^en/i.test(params.get("lang") || navigator.language) ? "en" : "nl"].loadFailed));
    return;
  }
  start(firstLanguage ? `${base}?familyLang=${firstLanguage}` : base, render);
})();
