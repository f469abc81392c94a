/** The loopback endpoints' addresses, shared by the server and the page code. */

export const ENDPOINT_PATH = '/v1/responses';

/** The reference collector's ingest, served by the benchmark server from the same origin. */
export const COLLECTOR_PATH = '/collector/v1/responses';

/**
 * The run every consent-pending SDK instance points at: it must receive nothing, since pending
 * consent stores but never sends (SPEC §3).
 */
export const PENDING_RUN = 'consent-pending';
