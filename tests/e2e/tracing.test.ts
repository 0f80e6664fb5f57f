// Tracing is off by default and switched on by configuration alone: with an OTLP endpoint set,
// the real server exports Express (HTTP), GraphQL and PostgreSQL spans to it.
import http from 'node:http';
import { spawn } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { tracingRequested } from '../../src/tracing';
import { createTestDatabase } from '../support/server';

const ROOT = path.join(__dirname, '..', '..');

interface ExportedSpans {
  resourceSpans?: Array<{ scopeSpans?: Array<{ scope?: { name?: string }; spans?: Array<{ name: string }> }> }>;
}

describe('OpenTelemetry tracing', () => {
  it('is off unless an OTLP endpoint is configured', () => {
    expect(tracingRequested({})).toBe(false);
    expect(tracingRequested({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318' })).toBe(true);
    expect(tracingRequested({ OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'http://collector:4318/v1/traces' })).toBe(true);
    expect(tracingRequested({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318', OTEL_SDK_DISABLED: 'true' })).toBe(
      false,
    );
  });

  it('exports spans for Express, GraphQL and PostgreSQL when OTEL_EXPORTER_OTLP_ENDPOINT is set', async () => {
    // Given an OTLP/HTTP receiver on loopback
    const scopes = new Set<string>();
    const receiver = http.createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        if (req.url === '/v1/traces') {
          const exported = JSON.parse(body) as ExportedSpans;
          for (const resource of exported.resourceSpans ?? []) {
            for (const scope of resource.scopeSpans ?? []) if (scope.spans?.length) scopes.add(scope.scope?.name ?? '');
          }
        }
        res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    const endpoint = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;

    // When the server runs with only that setting added, and serves a request
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: ROOT,
      env: {
        ...process.env,
        DATABASE_URL: await createTestDatabase(),
        PORT: '0',
        ADMIN_EMAIL: 'trace@example.com',
        ADMIN_PASSWORD: 'tracing-password',
        OTEL_EXPORTER_OTLP_ENDPOINT: endpoint,
        OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json',
        OTEL_BSP_SCHEDULE_DELAY: '100',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      let output = '';
      const graphqlUrl = await new Promise<string>((resolve, reject) => {
        const onData = (chunk: Buffer) => {
          output += chunk.toString();
          const match = /GraphQL endpoint: (http:\/\/\S+)/.exec(output);
          if (match?.[1]) resolve(match[1]);
        };
        child.stdout.on('data', onData);
        child.stderr.on('data', onData);
        child.once('exit', (code) => reject(new Error(`exited ${code}: ${output}`)));
      });
      const response = await fetch(graphqlUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: 'mutation($input: SignInInput!) { signIn(input: $input) { token } }',
          variables: { input: { email: 'trace@example.com', password: 'tracing-password' } },
        }),
      });
      expect(response.status).toBe(200);

      // Then spans from each instrumentation reach the receiver
      for (let waited = 0; waited < 10_000 && scopes.size < 3; waited += 100) {
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect([...scopes].sort()).toEqual(
        expect.arrayContaining([
          '@opentelemetry/instrumentation-express',
          '@opentelemetry/instrumentation-graphql',
          '@opentelemetry/instrumentation-pg',
        ]),
      );
    } finally {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
      receiver.close();
    }
  });
});
