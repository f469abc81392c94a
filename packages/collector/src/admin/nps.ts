/** Net Promoter Score summary: who recommends (9–10), who is neutral (7–8), who warns (0–6). */
export interface NpsSummary {
  /** NPS responses counted (integer scores 0–10). */
  total: number;
  promoters: number;
  passives: number;
  detractors: number;
  /** Shares of `total`, rounded to whole percent (0 when there are no responses). */
  promoterPercent: number;
  passivePercent: number;
  detractorPercent: number;
  /** % promoters − % detractors, rounded to an integer in −100…100; null with no responses. */
  score: number | null;
}

/** Rounds half away from zero, so −12.5 becomes −13 like 12.5 becomes 13. */
function roundHalfAway(x: number): number {
  return Math.sign(x) * Math.round(Math.abs(x));
}

/**
 * NPS from a score histogram (score → how many). Scores that are not integers in 0–10 are
 * ignored. The score is computed from exact shares, then rounded once.
 */
export function npsFromCounts(counts: ReadonlyMap<number, number>): NpsSummary {
  let promoters = 0;
  let passives = 0;
  let detractors = 0;
  for (const [score, n] of counts) {
    if (!Number.isInteger(score) || score < 0 || score > 10 || !(n > 0)) continue;
    if (score >= 9) promoters += n;
    else if (score >= 7) passives += n;
    else detractors += n;
  }
  const total = promoters + passives + detractors;
  const percent = (n: number) => (total ? roundHalfAway((n / total) * 100) : 0);
  return {
    total,
    promoters,
    passives,
    detractors,
    promoterPercent: percent(promoters),
    passivePercent: percent(passives),
    detractorPercent: percent(detractors),
    score: total ? roundHalfAway(((promoters - detractors) / total) * 100) : null,
  };
}

/** NPS from a list of scores (see `npsFromCounts`). */
export function npsSummary(scores: readonly number[]): NpsSummary {
  const counts = new Map<number, number>();
  for (const s of scores) counts.set(s, (counts.get(s) ?? 0) + 1);
  return npsFromCounts(counts);
}
