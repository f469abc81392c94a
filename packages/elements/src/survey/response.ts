/**
 * The one `tp-submit` detail a survey produces (SPEC §2, §5), from its definition and the answers
 * given. Pure, so every mapping rule is a row in a table test.
 */
import type { Question, SurveyDefinition } from '@touchpoint/core/survey';
import { buildResponse, type ResponseDetail, type ResponseType } from '../internal/events.js';
import { isAnswered, isRating, ratingType, type Answer } from './question.js';

/**
 * The wire `type` of a survey's response: the definition's `type`, except `multi`, which takes the
 * type of its first rating question (see {@link ratingType}), else `feedback`.
 */
export function responseType(definition: SurveyDefinition): ResponseType {
  if (definition.type !== 'multi') return definition.type;
  const first = definition.questions.find(isRating);
  return (first && ratingType(first)) ?? 'feedback';
}

/**
 * The question whose answer becomes the response's `score`: the first rating question whose scale
 * belongs to `type` (an `nps` response takes an nps question's 0–10, never a csat 1–5); for
 * `feedback`, which has no fixed scale, the first rating question of any kind.
 */
export function scoreQuestion(
  definition: SurveyDefinition,
  type: ResponseType,
): Question | undefined {
  return definition.questions.find(
    (question) => isRating(question) && (type === 'feedback' || ratingType(question) === type),
  );
}

/** The answers that count (see {@link isAnswered}), text trimmed, in question order. */
export function givenAnswers(
  definition: SurveyDefinition,
  answers: Readonly<Record<string, Answer>>,
): Record<string, Answer> {
  const given: Record<string, Answer> = {};
  for (const question of definition.questions) {
    const answer = answers[question.id];
    if (!isAnswered(question, answer)) continue;
    given[question.id] = typeof answer === 'string' ? answer.trim() : (answer as Answer);
  }
  return given;
}

/**
 * Builds the survey's response:
 * - `type`: {@link responseType};
 * - `score`: the answer to {@link scoreQuestion}, when given;
 * - `comment`: the first text question's answer that is not blank;
 * - `data.answers`: every answer given, `{ [questionId]: number | choiceId | choiceId[] | text }` —
 *   left out for a one-question survey whose only question is the score question, so a plain NPS
 *   survey reports `{ type: 'nps', surveyId, score }` exactly like `<tp-nps>`.
 */
export function surveyResponse(
  definition: SurveyDefinition,
  answers: Readonly<Record<string, Answer>>,
  surveyId: string | undefined,
): ResponseDetail {
  const type = responseType(definition);
  const given = givenAnswers(definition, answers);
  const scored = scoreQuestion(definition, type);
  const score = scored ? given[scored.id] : undefined;
  const textQuestion = definition.questions.find(
    (question) => question.kind === 'text' && given[question.id] !== undefined,
  );
  const onlyScore = definition.questions.length === 1 && definition.questions[0] === scored;
  return buildResponse({
    type,
    surveyId,
    score: typeof score === 'number' ? score : null,
    comment: textQuestion ? (given[textQuestion.id] as string) : null,
    data: onlyScore || Object.keys(given).length === 0 ? undefined : { answers: given },
  });
}
