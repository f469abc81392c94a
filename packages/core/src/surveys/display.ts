/**
 * Puts a survey on screen: a `<tp-survey>` element (from `@touchpoint/elements`; the SDK renders
 * nothing itself) with the definition, appended to `<body>` and connected to the SDK so its
 * answer reaches the outbox. The element's contract: property `definition`, attributes
 * `survey-id`, `mode`, `position`, `open`; events `tp-submit` (answered), `tp-dismiss` (closed by
 * the user), `tp-show`.
 *
 * It is closed when the user dismisses it (`tp-dismiss`), when it removes its own `open`
 * attribute (after the thank-you step), when something removes it from the page, or by
 * `close()` (`tp.dismiss()`, consent withdrawn, instance destroyed). Any `tp-submit` before it
 * is closed — including the partial answer the element saves when dismissed or removed — makes
 * the outcome `answered`.
 */
import type { SurveyDefinition } from './definition.js';

export const SURVEY_TAG = 'tp-survey';

/** How long to wait for `<tp-survey>` to be defined before giving up on one survey. */
export const DEFINE_TIMEOUT_MS = 10_000;

/** How long a mounted survey may take to come on screen (its question kinds loading). */
export const SHOW_TIMEOUT_MS = 10_000;

/**
 * Resolves true once `<tp-survey>` is defined: at once if it is, else after `loadElement` (the
 * embed lazy-loads the element's chunk) or the page's own import defines it. False after
 * `timeoutMs`, with an error that says what to do.
 */
export async function whenSurveyElementDefined(
  loadElement: ((tag: string) => Promise<void>) | undefined,
  timeoutMs = DEFINE_TIMEOUT_MS,
): Promise<boolean> {
  if (customElements.get(SURVEY_TAG)) return true;
  loadElement?.(SURVEY_TAG).catch((error: unknown) =>
    console.error(`Touchpoint: loading <${SURVEY_TAG}> failed`, error),
  );
  let timer: ReturnType<typeof setTimeout> | undefined;
  const defined = await Promise.race([
    customElements.whenDefined(SURVEY_TAG).then(() => true),
    new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), timeoutMs))),
  ]);
  clearTimeout(timer);
  if (!defined) {
    console.error(
      `Touchpoint: <${SURVEY_TAG}> is not defined, so the survey was not shown. Import ` +
        '"@touchpoint/elements/define/tp-survey.js" or pass the loadElement option.',
    );
  }
  return defined;
}

/** How a shown survey ended. */
export type SurveyOutcome = 'answered' | 'dismissed' | 'closed';

export interface MountedSurvey {
  readonly element: HTMLElement;
  /** Settles once it is closed and removed from the page. */
  readonly closed: Promise<SurveyOutcome>;
  /**
   * True once the element is on screen (its first `tp-show`); false if it was closed first, or
   * did not show within `showTimeoutMs` (default {@link SHOW_TIMEOUT_MS}; the code of its question kinds did not load, say) —
   * then it has been closed: a survey nobody saw is not counted as shown.
   */
  readonly shown: Promise<boolean>;
  /** Removes it: `dismissed` when the user asked (`tp.dismiss()`), `closed` otherwise. */
  close(how: 'dismissed' | 'closed'): void;
}

type SurveyElement = HTMLElement & { definition?: SurveyDefinition };

/** Creates, connects and opens the element for `survey`. `<tp-survey>` must be defined. */
export function mountSurvey(
  survey: SurveyDefinition,
  options: {
    connect: (element: EventTarget) => () => void;
    onAnswered: () => void;
    showTimeoutMs?: number;
  },
): MountedSurvey {
  const element = document.createElement(SURVEY_TAG) as SurveyElement;
  element.definition = survey;
  element.setAttribute('survey-id', survey.id);
  element.setAttribute('mode', survey.display?.mode ?? 'popover');
  if (survey.display?.position) element.setAttribute('position', survey.display.position);
  const disconnect = options.connect(element);

  let answered = false;
  let settle!: (outcome: SurveyOutcome) => void;
  const closed = new Promise<SurveyOutcome>((resolve) => (settle = resolve));
  const listening = new AbortController();
  const observer = new MutationObserver(() => {
    if (!element.isConnected) finish('closed');
    else if (!element.hasAttribute('open')) finish('dismissed');
  });
  let done = false;
  let markShown!: (shown: boolean) => void;
  const shown = new Promise<boolean>((resolve) => (markShown = resolve));
  const showTimer = setTimeout(() => finish('closed'), options.showTimeoutMs ?? SHOW_TIMEOUT_MS);
  function finish(outcome: SurveyOutcome) {
    if (done) return;
    done = true;
    clearTimeout(showTimer);
    markShown(false);
    observer.disconnect();
    element.remove();
    // A survey removed with a partial answer saves it a microtask later, on the detached
    // element (tp-survey's page-exit rule): keep listening until that has happened.
    setTimeout(() => {
      listening.abort();
      disconnect();
      settle(answered ? 'answered' : outcome);
    });
  }

  element.addEventListener(
    'tp-submit',
    () => {
      if (answered) return;
      answered = true;
      options.onAnswered();
    },
    { signal: listening.signal },
  );
  element.addEventListener('tp-dismiss', () => finish('dismissed'), { signal: listening.signal });
  element.addEventListener(
    'tp-show',
    () => {
      clearTimeout(showTimer);
      markShown(true);
    },
    { signal: listening.signal, once: true },
  );

  document.body.append(element);
  element.setAttribute('open', '');
  observer.observe(element, { attributes: true, attributeFilter: ['open'] });
  observer.observe(document.body, { childList: true });
  return { element, closed, shown, close: finish };
}
