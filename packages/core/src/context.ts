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

/** Reads the current page's context, clipped to the wire limits so a record always validates. */
export function collectContext(): ResponseContext {
  const context: ResponseContext = { sdk: SDK_NAME };
  if (typeof location !== 'undefined') context.url = clip(location.href, LIMITS.urlLength);
  if (typeof document !== 'undefined') context.referrer = clip(document.referrer, LIMITS.urlLength);
  if (typeof navigator !== 'undefined') {
    if (navigator.language) context.locale = clip(navigator.language, 64);
    context.userAgent = clip(navigator.userAgent, 512);
  }
  return context;
}

const clip = (text: string, max: number) => (text.length > max ? text.slice(0, max) : text);
