// A stand-in for the Teams client around a tab, so the pages' Teams path (teams-js initialize, getContext, getAuthToken,
// theme changes, openLink) runs in headless Chromium. teams-js only talks to a parent on one of Microsoft's origins, so
// the browser is routed: https://teams.microsoft.com/e2e-host is this page, and the tab itself is served as
// https://coordinatiebot.test/… from the real bot. The host answers teams-js' postMessage requests as Teams does
// ({ id, uuidAsString, args }) and records which it got, in window.hostCalls.
export const HOST_URL = 'https://teams.microsoft.com/e2e-host';
export const TAB_ORIGIN = 'https://coordinatiebot.test';

function hostPage(tabUrl, { locale, theme, token }) {
  const settings = JSON.stringify({ locale, theme, token });
  return `<!doctype html><meta charset="utf-8"><title>Teams (e2e host)</title>
<iframe id="tab" title="tab" src="${tabUrl}" style="width:1240px;height:760px;border:0"></iframe>
<script>
  const settings = ${settings};
  window.hostCalls = [];
  window.addEventListener('message', (event) => {
    const m = event.data;
    if (!m || typeof m.func !== 'string') return;
    window.hostCalls.push({ func: m.func, args: m.args });
    const reply = (args) => event.source.postMessage({ id: m.id, uuidAsString: m.uuidAsString, args }, event.origin);
    switch (m.func) {
      // No runtime config: teams-js then assumes the Teams runtime of this client version, as with older Teams clients.
      case 'initialize': return reply(['content', 'web', '2.0.0']);
      case 'getContext': return reply([{ locale: settings.locale, theme: settings.theme, frameContext: 'content', entityId: 'mytasks', hostClientType: 'web' }]);
      case 'authentication.getAuthToken': return reply([true, settings.token]);
      case 'executeDeepLink': return reply([true]);
      default: return m.id === undefined ? undefined : reply([]);
    }
  });
  window.changeTheme = (theme) => document.getElementById('tab').contentWindow.postMessage({ func: 'themeChange', args: [theme] }, '${TAB_ORIGIN}');
</script>`;
}

/**
 * Routes the browser context: the host page, the tab's origin to the bot (the API with the Teams token swapped for the
 * Development sign-in of `devUser`, so the real API answers), the teams-js CDN list of origins refused (it falls back to
 * its own list). Returns what the API requests carried.
 */
export async function routeFakeTeams(context, { botBase, tabPath, devUser, locale = 'en-us', theme = 'dark', token, csp }) {
  const apiRequests = [];
  await context.route('https://res.cdn.office.net/**', (route) => route.abort());
  await context.route(`${TAB_ORIGIN}/**`, async (route) => {
    const request = route.request();
    const url = new URL(request.url());
    const headers = { ...request.headers() };
    if (url.pathname.startsWith('/api/')) {
      apiRequests.push({ path: url.pathname, query: url.search, authorization: headers.authorization });
      if (headers.authorization === `Bearer ${token}`) headers['x-dev-user'] = devUser;
      delete headers.authorization;
    }
    const response = await route.fetch({ url: `${botBase}${url.pathname}${url.search}`, headers });
    const extra = url.pathname.endsWith('.html') && csp ? { 'content-security-policy': csp } : {};
    await route.fulfill({ response, headers: { ...response.headers(), ...extra } });
  });
  await context.route(HOST_URL, (route) =>
    route.fulfill({ contentType: 'text/html', body: hostPage(`${TAB_ORIGIN}${tabPath}`, { locale, theme, token }) }));
  return apiRequests;
}
