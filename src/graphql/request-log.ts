// One log line per GraphQL request: request id, operation name and hash, caller, duration and
// the error codes the client saw. Never variables, tokens or keys.
import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from '../context';
import type { Logger } from '../shared/log';

export function requestLogPlugin(logger: Logger): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      const started = process.hrtime.bigint();
      return {
        async willSendResponse({ contextValue, operationName, queryHash, response }) {
          const viewer = contextValue.viewer;
          const result = response.body.kind === 'single' ? response.body.singleResult : undefined;
          const errorCodes = (result?.errors ?? []).map((error) => String(error.extensions?.code ?? 'UNKNOWN'));
          logger.info('graphql request', {
            requestId: contextValue.requestId,
            operationName: operationName ?? null,
            operationHash: queryHash ?? null,
            caller: viewer
              ? viewer.kind === 'user'
                ? `user:${viewer.userId}`
                : `apiKey:${viewer.apiKeyId}`
              : 'anonymous',
            durationMs: Number(process.hrtime.bigint() - started) / 1e6,
            status: response.http.status ?? 200,
            errorCodes,
          });
        },
      };
    },
  };
}
