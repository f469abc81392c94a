/**
 * @touchpoint/core — the Touchpoint SDK: a durable IndexedDB outbox and delivery to any endpoint.
 * Wire-format schemas live in `@touchpoint/core/schema`.
 */
export { createTouchpoint, type Touchpoint } from './touchpoint.js';
export type { TouchpointOptions } from './options.js';
export type { TouchpointStats } from './stats.js';
export type { TouchpointEventMap, TouchpointEvent } from './events.js';
export type { FlushResult } from './delivery/flusher.js';
export type { DeadLetter } from './outbox/stored.js';
export type { Consent } from './consent.js';
export type { Persistence } from './outbox/store.js';
export type { Listener } from './emitter.js';
export type { Ack, AckStatus, Batch, ResponseRecord, ResponseType, SubmitInput } from './schema.js';
export { version } from './version.js';
