export { outboundWebhooks, WebhookRejectedError, type OutboundWebhookOptions } from './sender.js';
export { verifyWebhook, createTestWebhookHeaders, WebhookVerificationError, type VerifyWebhookOptions, type WebhookVerificationCode, type TestWebhookInput } from './verify.js';
export { generateWebhookSecret } from './secret.js';
