// Structured one-line JSON logs on stdout (errors on stderr).
export type LogFields = Record<string, unknown>;

export interface Logger {
  info(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
}

function serialise(value: unknown): unknown {
  if (value instanceof Error) return { name: value.name, message: value.message, stack: value.stack };
  return value;
}

function line(level: string, message: string, fields: LogFields = {}): string {
  const entries = Object.entries(fields).map(([key, value]) => [key, serialise(value)]);
  return JSON.stringify({ time: new Date().toISOString(), level, msg: message, ...Object.fromEntries(entries) });
}

export function createLogger(options: { silent?: boolean } = {}): Logger {
  if (options.silent) return { info: () => undefined, error: () => undefined };
  return {
    info: (message, fields) => process.stdout.write(`${line('info', message, fields)}\n`),
    error: (message, fields) => process.stderr.write(`${line('error', message, fields)}\n`),
  };
}
