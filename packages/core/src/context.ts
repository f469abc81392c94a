/** The page context recorded with each response (SPEC §5 `context`). */
import { LIMITS } from './wire.js';
import { SDK_NAME } from './version.js';

export interface ResponseContext {
  url?: string;
  referrer?: string;
  locale?: string;
  userAgent?: string;
  sdk: string;
}

/**
 * Reads the current page's context, clipped to the wire limits so a record always validates.
 * What does not exist here (a worker has no `document`) is left undefined, which the record's
 * JSON round trip drops.
 */
export function collectContext(): ResponseContext {
  const page: Partial<typeof globalThis> = globalThis;
  return {
    sdk: SDK_NAME,
    url: page.location?.href.slice(0, LIMITS.urlLength),
    referrer: page.document?.referrer.slice(0, LIMITS.urlLength),
    locale: page.navigator?.language.slice(0, 64) || undefined,
    userAgent: page.navigator?.userAgent.slice(0, 512),
  };
}
