/**
 * Who may enter the shortlist and the feasibility marks (README, "Ranks and shortlist"):
 * one rating is not evidence, so activities with fewer rated rows than `lowN` stay in the
 * ranking, flagged `low_n`, but are passed over unless `allowLowN`. The shortlist is then
 * the top N among the eligible activities, ranked among themselves, ties at its edge
 * included. Pure: no I/O; shared by the ranking and the sensitivity runs.
 */

/** 1 for an activity that may be shortlisted: enough rated rows, or `allowLowN`. */
export function eligibility(rows: ArrayLike<number>, lowN: number, allowLowN: boolean): Uint8Array {
  const out = new Uint8Array(rows.length);
  for (let a = 0; a < rows.length; a++) out[a] = allowLowN || (rows[a] as number) >= lowN ? 1 : 0;
  return out;
}

/**
 * Competition ranks among the eligible activities only (0 for the others and the unscored),
 * from the display order and tie keys that `rankInto` produced; and, for each activity
 * passed over, the rank it would have had among the eligible ones had it been eligible
 * (0 for the eligible and the unscored), so a report can say why a high score is not shortlisted.
 */
export function eligibleRanks(
  order: readonly number[],
  keys: Float64Array,
  eligible: Uint8Array,
  ranks: Int32Array,
  passedOver?: Int32Array,
): void {
  let seen = 0;
  let prevKey = Number.NaN;
  let prevRank = 0;
  for (const i of order) {
    const key = keys[i] as number;
    ranks[i] = 0;
    if (passedOver) passedOver[i] = 0;
    if (key === Number.NEGATIVE_INFINITY) continue;
    if (eligible[i] !== 1) {
      // Eligible activities strictly above it: all seen so far, less those tied with it.
      if (passedOver) passedOver[i] = key === prevKey ? prevRank : seen + 1;
      continue;
    }
    const rank = key === prevKey ? prevRank : seen + 1;
    ranks[i] = rank;
    seen++;
    prevKey = key;
    prevRank = rank;
  }
}
