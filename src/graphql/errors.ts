// What clients see of errors: typed codes for bad requests, a masked message for faults.
import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { Context } from '../context';
import { RequestError } from '../shared/errors';
import { answerTo } from '../shared/failures';
import type { Logger } from '../shared/log';

/**
 * graphql-js repeats a whole rejected variable in its message ("Variable "$input" got invalid
 * value { email: …, password: … }; Field …"), which would send a password or key back and into
 * any log that records errors. The value is cut; the path and the reason stay.
 */
const ECHOED_VARIABLE = /^(Variable "\$[^"]+" got )invalid value [\s\S]*?((?: at "[^"]*")?; (?=[A-Z]))/;

export function withoutEchoedVariables(message: string): string {
  return message.replace(ECHOED_VARIABLE, '$1an invalid value$2');
}

/** Query-limit refusals carry their own code rather than Apollo's generic validation or parse code. */
function limitCodeOf(message: string, extensions: Record<string, unknown> | undefined): string | undefined {
  if (typeof extensions?.limit === 'string') return extensions.limit;
  // graphql-js words it "more that N tokens".
  if (/^Syntax Error: Document contains more tha[nt] \d+ tokens/.test(message)) return 'TOO_MANY_TOKENS';
  return undefined;
}

/**
 * The code a scalar gave its refusal (BAD_USER_INPUT for a date out of range). Apollo relabels an
 * error raised while validating a literal GRAPHQL_VALIDATION_FAILED, and one raised while coercing
 * a variable BAD_USER_INPUT; the raiser's own code wins, so a value gets one code however it is sent.
 */
function raisedCodeOf(error: unknown): string | undefined {
  const raised = error instanceof GraphQLError ? error.originalError : undefined;
  const code = raised instanceof GraphQLError ? raised.extensions.code : undefined;
  return typeof code === 'string' ? code : undefined;
}

/**
 * Refusals of the caller's input that graphql-js raises with no code, which Apollo would label
 * INTERNAL_SERVER_ERROR; they are BAD_USER_INPUT, like any variable that does not coerce:
 * - a null variable given for an argument that is non-null with an SDL default
 *   (`windowDays: Int! = 30`): validation lets a nullable variable in there, so graphql-js refuses
 *   the null while executing;
 * - more than 50 variable values that do not coerce: graphql-js stops at its error limit and adds
 *   this one.
 */
const UNCODED_INPUT_REFUSALS = [
  /^Argument "[^"]+" of non-null type "[^"]+" must not be null\.$/,
  /^Too many errors processing variables, error limit reached\. Execution aborted\.$/,
];

/** The code of an error graphql-js or Apollo raised (not a RequestError, not a fault). */
function requestCodeOf(error: unknown, message: string, extensions: Record<string, unknown> | undefined) {
  return (
    limitCodeOf(message, extensions) ??
    raisedCodeOf(error) ??
    (UNCODED_INPUT_REFUSALS.some((pattern) => pattern.test(message)) ? 'BAD_USER_INPUT' : undefined)
  );
}

/** A fault is anything that is neither a bad request nor an error graphql-js itself raised. */
function isFault(error: unknown): boolean {
  const original = unwrapResolverError(error);
  return !(original instanceof RequestError) && !(original instanceof GraphQLError);
}

/** The extensions.code a client sees for an error, exactly as formatError assigns it (for metrics). */
export function clientCode(error: GraphQLError): string {
  const original = unwrapResolverError(error);
  if (original instanceof RequestError) return original.code;
  if (isFault(error)) return answerTo(original).code;
  const code = requestCodeOf(error, error.message, error.extensions) ?? error.extensions.code;
  return typeof code === 'string' ? code : 'GRAPHQL_ERROR';
}

/** Logs every fault in full under the request id, and tags the error with that id for the client. */
export function faultLoggingPlugin(logger: Logger): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue, operationName }) {
          for (const error of errors) {
            if (!isFault(error)) continue;
            error.extensions.requestId = contextValue.requestId;
            logger.error('resolver fault', {
              requestId: contextValue.requestId,
              operationName,
              path: error.path,
              err: unwrapResolverError(error),
            });
          }
        },
      };
    },
  };
}

/**
 * Apollo's formatError hook. A RequestError becomes its code; errors from graphql-js or Apollo
 * (syntax, validation, bad variables) keep theirs; a fault is masked: no message, stack or SQL.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof RequestError) {
    return { ...formatted, extensions: { code: original.code } };
  }
  if (!isFault(error)) {
    const code = requestCodeOf(error, formatted.message, formatted.extensions);
    const { limit: _limit, ...extensions } = formatted.extensions ?? {};
    return {
      ...formatted,
      message: withoutEchoedVariables(formatted.message),
      extensions: code ? { ...extensions, code } : formatted.extensions,
    };
  }
  // A fault: the one answer the HTTP edges give it too (DATABASE_BUSY, or masked).
  const { code, message } = answerTo(original);
  return {
    message,
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code, requestId: formatted.extensions?.requestId },
  };
}
