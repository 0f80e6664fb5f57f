// Prometheus metrics: GraphQL requests by operation and outcome, resolver errors, the database
// pool and the embedded database, plus Node's own process metrics.
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { Context } from './context';
import type { Database } from './db/client';
import { clientCode } from './graphql/errors';

export interface Metrics {
  registry: Registry;
  plugin: ApolloServerPlugin<Context>;
}

/** Operation names come from clients; only well-formed ones become label values. */
function operationLabel(name: string | null | undefined): string {
  return name && /^\w{1,64}$/.test(name) ? name : 'anonymous';
}

export function createMetrics(database: Database, embeddedDatabaseUp?: () => Promise<boolean>): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'stockroom_' });
  const requests = new Counter({
    name: 'stockroom_graphql_requests_total',
    help: 'GraphQL requests by operation name and outcome (ok, or error when the response carries errors).',
    labelNames: ['operation', 'outcome'],
    registers: [registry],
  });
  const duration = new Histogram({
    name: 'stockroom_graphql_request_duration_seconds',
    help: 'Time from receiving a GraphQL request to sending its response.',
    labelNames: ['operation', 'outcome'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const resolverErrors = new Counter({
    name: 'stockroom_graphql_errors_total',
    help: 'Errors in GraphQL responses, by extensions.code.',
    labelNames: ['code'],
    registers: [registry],
  });
  new Gauge({
    name: 'stockroom_db_pool_connections',
    help: 'Database pool connections by state: total, idle, and requests waiting for one.',
    labelNames: ['state'],
    registers: [registry],
    collect() {
      this.set({ state: 'total' }, database.pool.totalCount);
      this.set({ state: 'idle' }, database.pool.idleCount);
      this.set({ state: 'waiting' }, database.pool.waitingCount);
    },
  });
  new Gauge({
    name: 'stockroom_embedded_database_up',
    help: '1 while the embedded PostgreSQL runs, 0 if it stopped; absent when DATABASE_URL is used.',
    registers: [registry],
    async collect() {
      if (embeddedDatabaseUp) this.set((await embeddedDatabaseUp()) ? 1 : 0);
    },
  });

  const plugin: ApolloServerPlugin<Context> = {
    // Requests refused while the context is built (credentials unavailable, a persisted-only caller
    // sending a free-form document) never reach requestDidStart; count them here.
    async contextCreationDidFail({ error }) {
      requests.inc({ operation: '(refused)', outcome: 'error' });
      const code = error instanceof GraphQLError ? clientCode(error) : 'INTERNAL_SERVER_ERROR';
      resolverErrors.inc({ code });
    },
    async requestDidStart() {
      const started = process.hrtime.bigint();
      return {
        async willSendResponse({ response, operationName, errors }) {
          const outcome =
            errors?.length || (response.body.kind === 'single' && response.body.singleResult.errors?.length)
              ? 'error'
              : 'ok';
          const labels = { operation: operationLabel(operationName), outcome };
          requests.inc(labels);
          duration.observe(labels, Number(process.hrtime.bigint() - started) / 1e9);
        },
        async didEncounterErrors({ errors }) {
          for (const error of errors) resolverErrors.inc({ code: clientCode(error) });
        },
      };
    },
  };
  return { registry, plugin };
}
