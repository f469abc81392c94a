/**
 * One survey on screen at a time (SPEC §4). Triggers *offer* surveys; the scheduler queues them,
 * shows the best one when the screen is free ({@link pickSurvey}), and the next when that one
 * closes.
 *
 * Queued surveys wait for the global cooldown like any other survey: when the one on screen
 * closes, `recontactDays` starts again, so with the default (7 days) the rest of the queue is not
 * chained onto it. They stay queued while the page is open and are shown when the cooldown ends;
 * with `recontactDays: 0` they follow one another at once. A queued survey that becomes
 * ineligible for any other reason (answered in another tab, session cap reached) is dropped. A
 * trigger that fires while its survey is not eligible is not queued: that moment has passed.
 *
 * `tp.show(id)` surveys (forced) skip the queue's order and every eligibility rule, but still
 * never share the screen: they are shown next, in call order.
 */
import type { SurveyDefinition } from '../surveys/definition.js';
import type { Eligibility } from './eligibility.js';

/** Why a survey is shown: its trigger kind, or `show` for `tp.show(id)`. */
export type ShowReason =
  'event' | 'pageView' | 'click' | 'scroll' | 'exitIntent' | 'timeOnPage' | 'delay' | 'show';

export interface Entry {
  survey: SurveyDefinition;
  reason: ShowReason;
  /** From `tp.show(id)`: bypasses eligibility. */
  forced: boolean;
}

type Pickable = Pick<SurveyDefinition, 'priority' | 'createdAt'>;

/**
 * The survey to show among eligible ones: highest `priority` (default 0) first, then the oldest
 * `createdAt`, then the order given (definition order). Surveys without `createdAt` come after
 * dated ones of the same priority, so the order is total and never depends on the input order
 * beyond the last tie.
 */
export function pickSurvey<T extends Pickable>(eligible: readonly T[]): T | undefined {
  let best: T | undefined;
  for (const survey of eligible) if (!best || before(survey, best)) best = survey;
  return best;
}

const created = (s: Pickable) => {
  const time = s.createdAt === undefined ? NaN : Date.parse(s.createdAt);
  return Number.isNaN(time) ? Infinity : time;
};

/** Strictly before: ties keep the earlier one. */
const before = (a: Pickable, b: Pickable) => {
  const pa = a.priority ?? 0;
  const pb = b.priority ?? 0;
  if (pa !== pb) return pa > pb;
  return created(a) < created(b);
};

/** setTimeout's longest delay; a longer cooldown is re-checked when this one fires. */
const MAX_TIMER_MS = 2_147_483_647;

export interface SchedulerOptions {
  /** Every survey, in definition order (ties in {@link pickSurvey} follow it). */
  surveys: () => readonly SurveyDefinition[];
  eligibility: (survey: SurveyDefinition) => Eligibility;
  /** Shows the survey; resolves once it is closed (or could not be shown). */
  present: (entry: Entry) => Promise<void>;
  now: () => number;
}

export class Scheduler {
  #queue: Entry[] = [];
  #current: Entry | undefined;
  #pumpQueued = false;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #destroyed = false;

  readonly #options: SchedulerOptions;

  constructor(options: SchedulerOptions) {
    this.#options = options;
  }

  /** The entry on screen (or being prepared for it). */
  get current(): Entry | undefined {
    return this.#current;
  }

  /** Ids waiting, in queue order. */
  get queued(): string[] {
    return this.#queue.map((entry) => entry.survey.id);
  }

  /** A trigger fired: queues the survey if it is eligible now. Returns the decision. */
  offer(survey: SurveyDefinition, reason: ShowReason): Eligibility | undefined {
    if (this.#destroyed) return undefined;
    const decision = this.#options.eligibility(survey);
    if (!decision.eligible || this.#has(survey.id)) return decision;
    this.#queue.push({ survey, reason, forced: false });
    this.#schedule();
    return decision;
  }

  /** `tp.show(id)`: shown next, whatever the rules say. */
  force(survey: SurveyDefinition): void {
    if (this.#destroyed || this.#current?.survey.id === survey.id) return;
    this.#queue = this.#queue.filter((entry) => entry.survey.id !== survey.id);
    const firstUnforced = this.#queue.findIndex((entry) => !entry.forced);
    const entry: Entry = { survey, reason: 'show', forced: true };
    if (firstUnforced === -1) this.#queue.push(entry);
    else this.#queue.splice(firstUnforced, 0, entry);
    this.#schedule();
  }

  /** Forgets everything queued (the survey on screen is the caller's to close). */
  clear(): void {
    this.#queue = [];
    clearTimeout(this.#timer);
  }

  destroy(): void {
    this.#destroyed = true;
    this.clear();
  }

  #has(id: string): boolean {
    return this.#current?.survey.id === id || this.#queue.some((entry) => entry.survey.id === id);
  }

  /** Pumps once per task, so surveys offered together are compared before one is picked. */
  #schedule(): void {
    if (this.#pumpQueued) return;
    this.#pumpQueued = true;
    queueMicrotask(() => {
      this.#pumpQueued = false;
      this.#pump();
    });
  }

  #pump(): void {
    clearTimeout(this.#timer);
    if (this.#current || this.#destroyed) return;
    const forced = this.#queue.find((entry) => entry.forced);
    if (forced) return this.#present(forced);

    const eligible: Entry[] = [];
    let wakeAt = Infinity;
    this.#queue = this.#queue.filter((entry) => {
      const decision = this.#options.eligibility(entry.survey);
      if (decision.eligible) eligible.push(entry);
      else if (decision.reason === 'cooldown' && decision.until !== undefined) {
        wakeAt = Math.min(wakeAt, decision.until);
      } else return false;
      return true;
    });
    const order = this.#options.surveys().map((survey) => survey.id);
    eligible.sort((a, b) => order.indexOf(a.survey.id) - order.indexOf(b.survey.id));
    const chosen = pickSurvey(eligible.map((entry) => entry.survey));
    const entry = eligible.find((e) => e.survey === chosen);
    if (entry) return this.#present(entry);
    if (wakeAt !== Infinity) {
      const delay = Math.min(Math.max(0, wakeAt - this.#options.now()), MAX_TIMER_MS);
      this.#timer = setTimeout(() => this.#pump(), delay);
    }
  }

  #present(entry: Entry): void {
    this.#queue = this.#queue.filter((e) => e !== entry);
    this.#current = entry;
    this.#options
      .present(entry)
      .catch((error: unknown) => console.error('Touchpoint: showing a survey failed', error))
      .finally(() => {
        this.#current = undefined;
        this.#schedule();
      });
  }
}
