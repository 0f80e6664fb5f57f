// Optional OpenTelemetry tracing, off unless configured: setting OTEL_EXPORTER_OTLP_ENDPOINT (or
// OTEL_EXPORTER_OTLP_TRACES_ENDPOINT) exports spans for HTTP, Express, GraphQL and PostgreSQL over
// OTLP/HTTP; the standard OTEL_* variables tune it. main.ts imports this first, because
// instrumentation must be in place before the libraries it patches are loaded.
import type { startTracing } from './tracing-sdk';

/** Whether the environment asks for tracing (read here because tracing starts before config). */
export function tracingRequested(env: NodeJS.ProcessEnv = process.env): boolean {
  return (
    Boolean(env.OTEL_EXPORTER_OTLP_ENDPOINT || env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT) &&
    env.OTEL_SDK_DISABLED !== 'true'
  );
}

// Required, not imported, so that the SDK is loaded only when tracing is asked for (an idle server
// would otherwise hold its modules), and synchronously, so it patches before anything else loads.
export const tracing = tracingRequested()
  ? // eslint-disable-next-line @typescript-eslint/no-require-imports
    (require('./tracing-sdk') as { startTracing: typeof startTracing }).startTracing()
  : undefined;
