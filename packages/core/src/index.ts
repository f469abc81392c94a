/**
 * @touchpoint/core — the Touchpoint SDK: a durable IndexedDB outbox and delivery to any endpoint.
 * Wire-format schemas live in `@touchpoint/core/schema`.
 */
export { createTouchpoint, type Touchpoint } from './touchpoint.js';
export type { TouchpointOptions } from './options.js';
export type { TouchpointStats } from './stats.js';
export type { TouchpointEventMap, TouchpointEvent } from './events.js';
export type { SurveyEventMap } from './surveys/events.js';
export type { SurveyOptions } from './surveys/options.js';
export type { InvalidSurvey, SurveyProblem, SurveySource } from './surveys/validate.js';
export type { ShowReason } from './targeting/scheduler.js';
export type {
  Audience,
  Display,
  Filter,
  Frequency,
  Question,
  SurveyDefinition,
  Trigger,
} from './surveys/definition.js';
export type { FlushResult } from './delivery/flusher.js';
export type { DeadLetter } from './outbox/stored.js';
export type { EvictionReason } from './outbox/outbox.js';
export type { Consent } from './consent.js';
export type { Persistence } from './outbox/store.js';
export type { Listener } from './emitter.js';
export type { Ack, AckStatus, Batch, ResponseRecord, ResponseType, SubmitInput } from './schema.js';
export { version } from './version.js';
