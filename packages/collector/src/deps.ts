import type { RateLimiter } from './http/rate-limiter.js';
import type { CollectorConfig } from './options.js';
import type { ResponseStore } from './store/response-store.js';
import type { SurveyFile } from './surveys/survey-file.js';

/** What route handlers share: built once per collector by `createCollector`. */
export interface CollectorDeps {
  config: CollectorConfig;
  store: ResponseStore;
  limiter: RateLimiter;
  surveys: SurveyFile | null;
}
