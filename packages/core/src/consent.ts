/**
 * Consent decides what the SDK may do (SPEC §3): `pending` stores but never sends; `denied`
 * stores nothing and purges what is queued; `granted` stores and sends.
 */
export const CONSENT_STATES = ['granted', 'pending', 'denied'] as const;
export type Consent = (typeof CONSENT_STATES)[number];

/** Whether records (and the anonymous id) may be written to storage. */
export const mayStore = (consent: Consent): boolean => consent !== 'denied';

/** Whether any network request may be made. */
export const maySend = (consent: Consent): boolean => consent === 'granted';
