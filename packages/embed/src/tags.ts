/**
 * The components the script-tag build defines. The loader starts fetching those already in the
 * page; `elements.ts` maps each to its chunk (its type requires one loader per tag, no more).
 */
export const COMPONENT_TAGS = ['tp-nps', 'tp-csat', 'tp-ces', 'tp-feedback', 'tp-survey'] as const;

export type ComponentTag = (typeof COMPONENT_TAGS)[number];
