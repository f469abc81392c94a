/**
 * Reads the loader's configuration from its own `<script>` tag (SPEC §6). Pure: takes the
 * dataset, returns options or a list of problems, so a misconfigured tag is reported clearly and
 * never breaks the host page. These are the only options the embed passes to the SDK, so this is
 * also their validation: it checks what `createTouchpoint` would, in the words of the tag.
 */
import { CONSENT_STATES, type Consent } from '../../core/src/consent.js';
import { WRITE_KEY_MAX_LENGTH } from '../../core/src/options.js';
import { MAX_RECONTACT_DAYS } from '../../core/src/surveys/options.js';

export interface EmbedConfig {
  endpoint: string;
  writeKey?: string;
  consent: Consent;
  locale?: string;
  surveysUrl?: string;
  recontactDays?: number;
  nonce?: string;
}

export type ConfigResult = { ok: true; config: EmbedConfig } | { ok: false; errors: string[] };

/**
 * @param data the script element's `dataset`
 * @param base the URL relative endpoints resolve against (the document's base URL)
 */
export function readEmbedConfig(data: Partial<Record<string, string>>, base: string): ConfigResult {
  const errors: string[] = [];
  /** An http(s) URL resolved against the page; undefined (and a problem) when it is not one. */
  const url = (attribute: string, value: string) => {
    try {
      const { href, protocol } = new URL(value, base);
      if (/^https?:$/.test(protocol)) return href;
    } catch {
      // Not a URL at all: the same problem.
    }
    errors.push(`data-${attribute} must be an http(s) URL, got "${value}"`);
  };
  const endpoint = data.endpoint?.trim();
  const config: EmbedConfig = {
    endpoint: endpoint
      ? url('endpoint', endpoint)!
      : (errors.push('data-endpoint is required (the URL answers are POSTed to)'), ''),
    consent: (data.consent?.trim() || 'granted') as Consent,
  };
  if (!CONSENT_STATES.includes(config.consent)) {
    errors.push(`data-consent must be one of ${CONSENT_STATES.join(', ')}, got "${data.consent}"`);
  }
  if (data.writeKey) {
    config.writeKey = data.writeKey;
    if (data.writeKey.length > WRITE_KEY_MAX_LENGTH) {
      errors.push(`data-write-key must be at most ${WRITE_KEY_MAX_LENGTH} characters`);
    }
  }
  if (data.recontactDays !== undefined) {
    const days = (config.recontactDays = Number(data.recontactDays));
    // `!(…)` also catches NaN.
    if (!(days >= 0 && days <= MAX_RECONTACT_DAYS)) {
      errors.push(
        `data-recontact-days must be a number of days from 0 to ${MAX_RECONTACT_DAYS}, got "${data.recontactDays}"`,
      );
    }
  }
  if (data.surveysUrl) config.surveysUrl = url('surveys-url', data.surveysUrl);
  if (data.locale) config.locale = data.locale;
  if (data.nonce) config.nonce = data.nonce;
  return errors.length ? { ok: false, errors } : { ok: true, config };
}
