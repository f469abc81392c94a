/**
 * Reads the loader's configuration from its own `<script>` tag (SPEC §6). Pure: takes the
 * dataset, returns options or a list of problems, so a misconfigured tag is reported clearly and
 * never breaks the host page.
 */
export interface EmbedConfig {
  endpoint: string;
  writeKey?: string;
  consent: 'granted' | 'pending' | 'denied';
  locale?: string;
  surveysUrl?: string;
  recontactDays?: number;
  nonce?: string;
}

export type ConfigResult = { ok: true; config: EmbedConfig } | { ok: false; errors: string[] };

const CONSENTS = ['granted', 'pending', 'denied'] as const;

/**
 * @param data the script element's `dataset`
 * @param base the URL relative endpoints resolve against (the document's base URL)
 */
export function readEmbedConfig(
  data: Record<string, string | undefined>,
  base: string,
): ConfigResult {
  const errors: string[] = [];
  const endpoint = data.endpoint?.trim();
  let endpointUrl: string | undefined;
  if (!endpoint) {
    errors.push('data-endpoint is required (the URL answers are POSTed to)');
  } else {
    try {
      const url = new URL(endpoint, base);
      if (url.protocol !== 'https:' && url.protocol !== 'http:') {
        errors.push(`data-endpoint must be an http(s) URL, got "${endpoint}"`);
      } else endpointUrl = url.href;
    } catch {
      errors.push(`data-endpoint is not a valid URL: "${endpoint}"`);
    }
  }
  const consent = (data.consent?.trim() || 'granted') as EmbedConfig['consent'];
  if (!CONSENTS.includes(consent)) {
    errors.push(`data-consent must be one of ${CONSENTS.join(', ')}, got "${data.consent}"`);
  }
  let recontactDays: number | undefined;
  if (data.recontactDays !== undefined) {
    recontactDays = Number(data.recontactDays);
    if (!Number.isFinite(recontactDays) || recontactDays < 0) {
      errors.push(`data-recontact-days must be a number ≥ 0, got "${data.recontactDays}"`);
    }
  }
  if (errors.length || !endpointUrl) return { ok: false, errors };
  const config: EmbedConfig = { endpoint: endpointUrl, consent };
  if (data.writeKey) config.writeKey = data.writeKey;
  if (data.locale) config.locale = data.locale;
  if (data.surveysUrl) config.surveysUrl = new URL(data.surveysUrl, base).href;
  if (recontactDays !== undefined) config.recontactDays = recontactDays;
  if (data.nonce) config.nonce = data.nonce;
  return { ok: true, config };
}
