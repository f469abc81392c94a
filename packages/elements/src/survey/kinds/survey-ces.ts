/**
 * `ces` questions: the 1–7 rating scale with tp-ces's wording. Loaded only by surveys that ask
 * one (see ../kinds.ts).
 */
import type { TemplateResult } from 'lit';
import { cesLabelKey } from '../../ces/ces-scale.js';
import { cesStrings } from '../../ces/ces.strings.js';
import type { StepView } from '../question-kind.js';
import { renderScale, type TermOf } from './survey-scale.js';

export const cesTerm: TermOf = (_question, score) => cesLabelKey(7, score);

export const strings = [cesStrings];

export const render = (view: StepView): TemplateResult => renderScale(view, cesTerm);
