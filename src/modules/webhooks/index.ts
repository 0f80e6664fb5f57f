// The webhooks module's public surface: the service the API calls, the delivery loops main.ts and
// the tests run, and the settings config.ts parses. Other code imports webhooks from here.
export { WebhookService, mayManageWebhooks, type WebhookServiceOptions } from './service';
export { WebhookDelivery, dispatchBatch, deliveryBody, type DeliveryOptions } from './delivery/runner';
export { DEFAULT_RETRY_SCHEDULE, parseRetrySchedule } from './delivery/schedule';
export { webhookId } from './delivery/send';
export { nonPublicAddress, vetWebhookUrl, type UrlPolicy } from './url-guard';
