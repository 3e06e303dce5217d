// A Bot Connector on loopback for the tab end-to-end test: answers like Teams and records every call.
//   POST /v3/conversations/{id}/activities[/{replyTo}] -> 201 { id }   (a send)
//   PUT  /v3/conversations/{id}/activities/{activityId} -> 200 { id }   (an update, e.g. the living plan card)
//   POST /v3/conversations                              -> 201 { id }   (a 1:1 chat opened by the bot)
//   GET  /v3/conversations/{id}/members/{user}          -> the member, by Teams id or Entra object id, from `people`
import http from 'node:http';

export async function startFakeConnector(people = []) {
  const calls = [];
  let ids = 0;
  const server = http.createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk) => { raw += chunk; });
    req.on('end', () => {
      const path = decodeURIComponent(new URL(req.url, 'http://connector').pathname);
      let body = null;
      try { body = raw ? JSON.parse(raw) : null; } catch { /* not JSON */ }
      const answer = (status, json) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(json));
      };
      const member = /^\/v3\/conversations\/([^/]+)\/members\/([^/]+)$/.exec(path);
      if (req.method === 'GET' && member) {
        calls.push({ method: req.method, path, body });
        const person = people.find((p) => p.id === member[2] || p.aadObjectId === member[2]);
        return person ? answer(200, { id: person.id, name: person.name, aadObjectId: person.aadObjectId })
          : answer(404, { error: { code: 'MemberNotFoundInConversation', message: 'The member was not found' } });
      }
      const id = `act-${++ids}`;
      calls.push({ method: req.method, path, body, id });
      if (req.method === 'POST' && path === '/v3/conversations') return answer(201, { id: `a:conv-${id}` });
      if (req.method === 'PUT') return answer(200, { id });
      return answer(201, { id });
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    calls,
    serviceUrl: `http://127.0.0.1:${port}/`,
    /** Waits until a call matching match (from index `from` on) arrives; answers it. */
    async waitFor(match, { from = 0, timeoutMs = 20_000, what = 'a connector call' } = {}) {
      const deadline = Date.now() + timeoutMs;
      while (Date.now() < deadline) {
        const call = calls.slice(from).find(match);
        if (call) return call;
        await new Promise((r) => setTimeout(r, 50));
      }
      throw new Error(`${what} did not arrive in ${timeoutMs} ms; calls: ${calls.slice(from).map((c) => `${c.method} ${c.path}`).join('; ')}`);
    },
    close: () => new Promise((resolve) => { server.closeAllConnections?.(); server.close(() => resolve()); }),
  };
}
