// Structured JSON logs (pino) on stdout, one object per line. Secrets are redacted by key, as a
// second line of defence: nothing should log them in the first place.
import pino from 'pino';

export type LogFields = Record<string, unknown>;

export interface Logger {
  info(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
}

export interface LoggerOptions {
  silent?: boolean;
  level?: 'debug' | 'info' | 'warn' | 'error' | 'silent';
}

const REDACTED_KEYS = ['password', 'newPassword', 'currentPassword', 'token', 'secret', 'authorization', 'apiKey'];

export function createLogger(options: LoggerOptions = {}): Logger {
  const logger = pino({
    level: options.silent ? 'silent' : (options.level ?? 'info'),
    base: undefined,
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    serializers: { err: pino.stdSerializers.err },
    redact: { paths: [...REDACTED_KEYS, ...REDACTED_KEYS.map((key) => `*.${key}`)], censor: '[redacted]' },
  });
  return {
    info: (message, fields) => logger.info(fields ?? {}, message),
    error: (message, fields) => logger.error(fields ?? {}, message),
  };
}
