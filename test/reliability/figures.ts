/**
 * The figures of a chaos cell, from the page's side (what `submit()` resolved with) and the
 * server's ledger. Pure, so the accounting rules themselves are tested.
 *
 * - lost: a resolved submit whose id is neither stored nor in the dead-letter store. A dead
 *   letter is accounted for (the site owner can inspect and requeue it), not lost.
 * - stored duplicates: the same answer stored under more than one id. The server stores an id
 *   once (like the collector), so a duplicate that reaches storage can only carry a new id — a
 *   resend that re-minted the id, a replayed submit. Each answer's comment is unique in a cell,
 *   which identifies it across ids.
 * - wire duplicates: deliveries of an id the server already held (answered `duplicate`).
 * - phantoms: stored ids no page got back from `submit()`.
 * - dead-lettered but stored: a record the SDK gave up on although the server has it.
 */

export interface Submitted {
  id: string;
  comment: string;
}

export interface FiguresInput {
  submitted: readonly Submitted[];
  stored: ReadonlyMap<string, { comment?: string }>;
  deadLetterIds: readonly string[];
  wireDuplicates: number;
}

export interface Figures {
  lost: number;
  storedDuplicates: number;
  wireDuplicates: number;
  phantoms: number;
  deadLettered: number;
  deadLetteredButStored: number;
  /** Up to five examples of each, for the report. */
  examples: { lost: string[]; phantoms: string[]; duplicated: string[] };
}

export function computeFigures(input: FiguresInput): Figures {
  const dead = new Set(input.deadLetterIds);
  const submittedIds = new Set(input.submitted.map((s) => s.id));
  const lost = input.submitted.filter((s) => !input.stored.has(s.id) && !dead.has(s.id));
  const phantoms = [...input.stored.keys()].filter((id) => !submittedIds.has(id));

  const idsByAnswer = new Map<string, string[]>();
  for (const [id, record] of input.stored) {
    const key = record.comment ?? `id:${id}`;
    const ids = idsByAnswer.get(key);
    if (ids) ids.push(id);
    else idsByAnswer.set(key, [id]);
  }
  const duplicated = [...idsByAnswer].filter(([, ids]) => ids.length > 1);

  return {
    lost: lost.length,
    storedDuplicates: duplicated.reduce((sum, [, ids]) => sum + ids.length - 1, 0),
    wireDuplicates: input.wireDuplicates,
    phantoms: phantoms.length,
    deadLettered: dead.size,
    deadLetteredButStored: [...dead].filter((id) => input.stored.has(id)).length,
    examples: {
      lost: lost.slice(0, 5).map((s) => `${s.comment} (${s.id})`),
      phantoms: phantoms.slice(0, 5),
      duplicated: duplicated.slice(0, 5).map(([answer, ids]) => `${answer}: ${ids.join(', ')}`),
    },
  };
}
