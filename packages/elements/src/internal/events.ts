/**
 * The events every tp-* component dispatches, typed, plus the response they carry.
 * Public events bubble and are composed so a listener on `document` (the embed loader) or on any
 * ancestor hears them even from inside another component's shadow root.
 */

/** Response types a component can produce (a subset of the wire format's `type`). */
export type ResponseType = 'nps' | 'csat' | 'ces' | 'feedback';

/**
 * One answer, shaped like `tp.submit()`'s input (`SubmitInput` in `@touchpoint/core/schema`),
 * so `tp.submit(event.detail)` needs no mapping. Optional fields are absent, never `undefined`.
 */
export interface ResponseDetail {
  type: ResponseType;
  surveyId?: string;
  score?: number;
  comment?: string;
  data?: Record<string, unknown>;
}

/** Why a component was dismissed (`cancel`: a form's Cancel button, e.g. tp-feedback's). */
export type DismissReason = 'close-button' | 'escape' | 'cancel';

/** `tp-show`: the component was rendered connected for the first time. */
export interface ShowDetail {
  type: ResponseType;
  surveyId?: string;
}

/** `tp-dismiss`: the user asked to close the component. */
export interface DismissDetail extends ShowDetail {
  reason: DismissReason;
}

export type TpSubmitEvent = CustomEvent<ResponseDetail>;
export type TpShowEvent = CustomEvent<ShowDetail>;
export type TpDismissEvent = CustomEvent<DismissDetail>;

/** Event name → detail, for `emit`. */
export interface TpEventDetails {
  'tp-submit': ResponseDetail;
  'tp-show': ShowDetail;
  'tp-dismiss': DismissDetail;
}

/** Dispatches a public tp-* event (bubbles, composed). Returns false if a listener cancelled it. */
export function emit<K extends keyof TpEventDetails>(
  target: EventTarget,
  type: K,
  detail: TpEventDetails[K],
): boolean {
  return target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}

/**
 * Fires `input` then `change`, as a native radio does when the user picks it. Only call this for
 * user actions: native controls never fire these on a programmatic value change.
 */
export function emitValueChange(target: EventTarget): void {
  for (const type of ['input', 'change']) {
    target.dispatchEvent(new Event(type, { bubbles: true, composed: true }));
  }
}

/** Input to {@link buildResponse}: raw component state. */
export interface ResponseParts {
  type: ResponseType;
  surveyId?: string | null;
  score?: number | null;
  comment?: string | null;
  data?: Record<string, unknown>;
}

/**
 * Builds the `tp-submit` detail from component state: empty survey ids and blank comments are left
 * out (the wire format treats a present field as an answer), comments are trimmed.
 */
export function buildResponse({
  type,
  surveyId,
  score,
  comment,
  data,
}: ResponseParts): ResponseDetail {
  const response: ResponseDetail = { type };
  if (surveyId) response.surveyId = surveyId;
  // Number.isFinite is false for null and NaN: no score.
  if (Number.isFinite(score)) response.score = score!;
  comment = comment?.trim();
  if (comment) response.comment = comment;
  if (data && Object.keys(data).length) response.data = data;
  return response;
}
