// Optional OpenTelemetry tracing, off unless configured: setting OTEL_EXPORTER_OTLP_ENDPOINT (or
// OTEL_EXPORTER_OTLP_TRACES_ENDPOINT) exports spans for HTTP, Express, GraphQL and PostgreSQL over
// OTLP/HTTP; the standard OTEL_* variables tune it. main.ts imports this first, because
// instrumentation must be in place before the libraries it patches are loaded.
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { ExpressInstrumentation } from '@opentelemetry/instrumentation-express';
import { GraphQLInstrumentation } from '@opentelemetry/instrumentation-graphql';
import { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import { PgInstrumentation } from '@opentelemetry/instrumentation-pg';
import { NodeSDK } from '@opentelemetry/sdk-node';

/** Whether the environment asks for tracing (read here because tracing starts before config). */
export function tracingRequested(env: NodeJS.ProcessEnv = process.env): boolean {
  return (
    Boolean(env.OTEL_EXPORTER_OTLP_ENDPOINT || env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT) &&
    env.OTEL_SDK_DISABLED !== 'true'
  );
}

export const tracing = tracingRequested()
  ? new NodeSDK({
      serviceName: process.env.OTEL_SERVICE_NAME ?? 'stockroom',
      traceExporter: new OTLPTraceExporter(),
      instrumentations: [
        new HttpInstrumentation(),
        new ExpressInstrumentation(),
        // Resolver spans for every trivial field would drown the useful ones.
        new GraphQLInstrumentation({ ignoreTrivialResolveSpans: true, mergeItems: true }),
        new PgInstrumentation(),
      ],
    })
  : undefined;

tracing?.start();
