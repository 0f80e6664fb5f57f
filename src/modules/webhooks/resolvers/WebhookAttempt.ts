import type { WebhookAttemptResolvers } from './../../types.generated';

export const WebhookAttempt: WebhookAttemptResolvers = {};
