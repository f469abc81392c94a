/**
 * The entry point of the lazily loaded survey chunk: builds the runtime's `SurveyHost` from the
 * instance's parts (`SurveyCore`), here rather than in the core entry, which pays for every byte.
 */
import type { SurveyCore } from './lazy.js';
import { startSurveys } from './runtime.js';
import type { SurveyRuntime } from './host.js';

export function start(core: SurveyCore): Promise<SurveyRuntime> {
  const { options: o } = core;
  return startSurveys({
    surveys: o.surveys,
    surveysUrl: o.surveysUrl && new URL(o.surveysUrl, document.baseURI).href,
    recontactDays: o.recontactDays,
    maxPerSession: o.maxPerSession,
    loadElement: o.loadElement,
    sessionKey: `touchpoint:${o.dbName}`,
    now: core.now,
    fetch: o.fetch ?? ((input, init) => fetch(input, init)),
    user: () => core.identity.user,
    consent: core.consent,
    openStorage: core.openStorage,
    meta: core.storage.store('meta'),
    connect: (element) => core.api().connect(element),
    emit: (type, payload) => core.events.emit(type, payload),
  });
}
