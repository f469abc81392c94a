/**
 * The per-record acknowledgement statuses of the wire format (SPEC §5), apart from `wire.ts`:
 * in the browser only the lazily loaded delivery chunk needs them, not the core entry.
 */
export const ACK_STATUSES = ['accepted', 'duplicate', 'rejected'] as const;
export type AckStatus = (typeof ACK_STATUSES)[number];
