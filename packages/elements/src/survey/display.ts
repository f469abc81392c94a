/**
 * How a survey is displayed: `mode` and `position` from the element's attributes, else the
 * definition's `display`, else defaults. Pure, so the precedence is a table test.
 */
import type { SurveyDefinition } from '@touchpoint/core/survey';

export const SURVEY_MODES = ['popover', 'inline'] as const;
export type SurveyMode = (typeof SURVEY_MODES)[number];

export const SURVEY_POSITIONS = [
  'bottom-right',
  'bottom-left',
  'top-right',
  'top-left',
  'center',
  'bottom',
] as const;
export type SurveyPosition = (typeof SURVEY_POSITIONS)[number];

/** What {@link resolveDisplay} decided, plus attribute values it had to ignore (to warn about). */
export interface ResolvedDisplay {
  mode: SurveyMode;
  position: SurveyPosition;
  ignored: string[];
}

function pick<T extends string>(
  name: string,
  allowed: readonly T[],
  candidates: ReadonlyArray<string | null | undefined>,
  fallback: T,
  ignored: string[],
): T {
  for (const candidate of candidates) {
    if (candidate === null || candidate === undefined || candidate === '') continue;
    if ((allowed as readonly string[]).includes(candidate)) return candidate as T;
    ignored.push(`${name}="${candidate}" (expected ${allowed.join(', ')})`);
  }
  return fallback;
}

/**
 * Attribute first, then `definition.display`, then: `inline` (an element placed in markup shows
 * in place; the SDK asks for a popover explicitly) and `bottom-right`.
 */
export function resolveDisplay(
  attributes: { mode?: string | null; position?: string | null },
  definition: SurveyDefinition | undefined,
): ResolvedDisplay {
  const ignored: string[] = [];
  const display = definition?.display;
  const mode = pick('mode', SURVEY_MODES, [attributes.mode, display?.mode], 'inline', ignored);
  const position = pick(
    'position',
    SURVEY_POSITIONS,
    [attributes.position, display?.position],
    'bottom-right',
    ignored,
  );
  return { mode, position, ignored };
}
