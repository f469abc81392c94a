/** The loopback endpoint's address, shared by the server and the page code. */

export const ENDPOINT_PATH = '/v1/responses';

/**
 * The run every consent-pending SDK instance points at: it must receive nothing, since pending
 * consent stores but never sends (SPEC §3).
 */
export const PENDING_RUN = 'consent-pending';
