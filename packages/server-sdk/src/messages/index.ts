export { renderMessage } from './render-message.js';
export { emailColors, type EmailColors } from './email-colors.js';
export { smsSize, type SmsEncoding, type SmsSize } from './sms-encoding.js';
export { formatAddressLine, formatMessageDate, formatMessageMoney, formattingLocale, type MessageLocale } from './format.js';
export {
  MESSAGE_CHANNELS,
  MESSAGE_LOCALES,
  MESSAGE_PHASES,
  MESSAGE_TONES,
  type EmailMessage,
  type MessageChannel,
  type MessageInput,
  type MessageInstalment,
  type MessagePhase,
  type MessageTone,
  type RenderedMessage,
  type SmsMessage,
  type WhatsAppMessage,
} from './types.js';
