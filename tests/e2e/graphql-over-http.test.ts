// GraphQL over HTTP conformance: graphql-http's server audits, run as a plain client (no extra
// headers) against the real server. Every MUST passes; each SHOULD passes unless docs/api.md's
// "GraphQL over HTTP conformance" section lists it, with the reason.
import { auditServer, serverAudits, type AuditResult } from 'graphql-http';
import { startTestServer, type TestServer } from '../support/server';

/** The SHOULDs Stockroom does not follow (docs/api.md, "GraphQL over HTTP conformance"). */
const SHOULDS_NOT_FOLLOWED = new Map([
  ['572B', 'SHOULD use 200 status code on document parsing failure when accepting application/json'],
  ['FDE2', 'SHOULD use 200 status code on document validation failure when accepting application/json'],
  ['7B9B', 'SHOULD use a status code of 200 on variable coercion failure when accepting application/json'],
]);

// Jest needs the test names before any server exists; names and ids do not depend on the URL.
const audits = serverAudits({ url: 'http://audits.invalid/graphql' });
const auditsOf = (level: 'MUST' | 'SHOULD' | 'MAY') =>
  audits.filter((audit) => audit.name.startsWith(`${level} `)).map((audit) => [audit.id, audit.name] as const);

let server: TestServer;
const results = new Map<string, AuditResult>();
beforeAll(async () => {
  server = await startTestServer();
  for (const result of await auditServer({ url: `${server.url}/graphql` })) results.set(result.id, result);
});
afterAll(async () => {
  await server.close();
});

/** The audit's outcome, with the reason when it failed, so a failing test says why. */
function outcome(id: string): string {
  const result = results.get(id);
  if (!result) return 'not run';
  return result.status === 'ok' ? 'ok' : `${result.status}: ${result.reason}`;
}

describe('GraphQL over HTTP audits (graphql-http)', () => {
  it('ran every audit', () => {
    expect([...results.keys()].sort()).toEqual(audits.map((audit) => audit.id).sort());
    expect(auditsOf('MUST').length).toBeGreaterThan(0);
  });

  describe('MUST', () => {
    it.each(auditsOf('MUST'))('%s %s', (id) => {
      expect(outcome(id)).toBe('ok');
    });
  });

  describe('SHOULD', () => {
    it.each(auditsOf('SHOULD'))('%s %s', (id) => {
      // A listed SHOULD that starts passing fails here too, so the list in docs/api.md stays true.
      if (SHOULDS_NOT_FOLLOWED.has(id)) expect(outcome(id)).toMatch(/^warn: /);
      else expect(outcome(id)).toBe('ok');
    });

    it('lists each SHOULD not followed by its audit name', () => {
      for (const [id, name] of SHOULDS_NOT_FOLLOWED) expect(audits.find((audit) => audit.id === id)?.name).toBe(name);
    });
  });

  describe('MAY', () => {
    // graphql-http marks these to become MUSTs: an `extensions` that is not a map is refused.
    it.each(auditsOf('MAY').filter(([id]) => id.startsWith('58B')))('%s %s', (id) => {
      expect(outcome(id)).toBe('ok');
    });
  });
});
