// Webhook GraphQL types are backed by Prisma rows and the service's results.
import type { WebhookAttempt, WebhookSubscription } from '../../generated/prisma/client';
import type { MutationResult } from '../../shared/errors';
import type { Page } from '../../shared/pagination';
import type { DeliveryView } from './service';

export type WebhookSubscriptionMapper = WebhookSubscription;
export type WebhookSubscriptionConnectionMapper = Page<WebhookSubscription>;
export type WebhookDeliveryMapper = DeliveryView;
export type WebhookDeliveryConnectionMapper = Page<DeliveryView>;
export type WebhookAttemptMapper = WebhookAttempt;
/** The deleted subscription as it was, or the user errors. */
export type DeleteWebhookSubscriptionPayloadMapper = MutationResult<'subscription', WebhookSubscription>;
