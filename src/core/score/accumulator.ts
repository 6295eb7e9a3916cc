/** Streaming tallies of ratings for `tree score`: the only state kept while a survey is read. */
import type { Criterion } from '../assessment.js';
import { MOMENT_STRIDE, momentsAdd } from '../stats.js';
import { DistinctPairs } from './distinct.js';

/** Ratings of one activity within one value of one segment (e.g. gender = perempuan). */
export interface SegmentTally {
  rows: number;
  readonly moments: Float64Array;
}

/** Everything kept about one activity: O(criteria × segment values). */
export interface ActivityTally {
  readonly activity: string;
  /** Rows with at least one rating. */
  rows: number;
  /** Rated rows without a respondent id; each counts as its own respondent. */
  anonymous: number;
  /** Distinct respondent ids seen for this activity (exact up to the odds in distinct.ts). */
  respondents: number;
  /** Order of first use, which names the activity in the accumulator's respondent pairs. */
  readonly index: number;
  /** MOMENT_STRIDE slots per criterion (see stats.ts). */
  readonly moments: Float64Array;
  /** One map per segment name, keyed by segment value. */
  readonly segments: Map<string, SegmentTally>[];
}

/**
 * Streaming tally of survey rows: memory grows with activities × criteria × segment values
 * (and 16–32 bytes per distinct activity–respondent pair), never with rows, so a
 * million-row file stays flat.
 */
export class RatingAccumulator {
  readonly criteria: readonly Criterion[];
  readonly segmentNames: readonly string[];
  private readonly byActivity = new Map<string, ActivityTally>();
  private readonly pairs = new DistinctPairs();
  private readonly width: number;
  private ratedRows = 0;

  constructor(criteria: readonly Criterion[], segmentNames: readonly string[]) {
    assertUnique(
      criteria.map((c) => c.id),
      'criterion id',
    );
    assertUnique(segmentNames, 'segment name');
    this.criteria = criteria;
    this.segmentNames = segmentNames;
    this.width = criteria.length * MOMENT_STRIDE;
  }

  /**
   * Adds one survey row. Values must already be validated against the scale (the parser
   * does that with file positions); undefined or NaN marks a missing rating, and an
   * infinite value is refused, because it would silently poison every figure of the activity. A row with no rating at all
   * only registers the activity, so an activity nobody rated is reported, not dropped.
   */
  add(
    activity: string,
    respondent: string | undefined,
    values: ArrayLike<number | undefined>,
    segments: readonly string[],
  ): void {
    this.addTo(this.tally(activity), respondent, values, segments);
  }

  /**
   * The tally of an activity, created on first use. Callers that map many raw values to
   * one activity keep the tally and call addTo, which saves a lookup per row.
   */
  tally(activity: string): ActivityTally {
    let tally = this.byActivity.get(activity);
    if (tally === undefined) {
      const segs: Map<string, SegmentTally>[] = [];
      for (let j = 0; j < this.segmentNames.length; j++) segs.push(new Map());
      tally = {
        activity,
        rows: 0,
        anonymous: 0,
        respondents: 0,
        index: this.byActivity.size,
        moments: new Float64Array(this.width),
        segments: segs,
      };
      this.byActivity.set(activity, tally);
    }
    return tally;
  }

  /** Adds one row to a tally obtained from this accumulator's tally(). */
  addTo(
    tally: ActivityTally,
    respondent: string | undefined,
    values: ArrayLike<number | undefined>,
    segments: readonly string[],
  ): void {
    const nc = this.criteria.length;
    const ns = this.segmentNames.length;
    if (values.length !== nc) throw new RangeError(`expected ${nc} rating values, got ${values.length}`);
    if (segments.length !== ns) throw new RangeError(`expected ${ns} segment values, got ${segments.length}`);
    const m = tally.moments;
    let rated = false;
    for (let c = 0; c < nc; c++) {
      const v = values[c];
      // NaN marks a missing rating as undefined does: readers pass a Float64Array.
      if (v === undefined || Number.isNaN(v)) continue;
      if (v === Infinity || v === -Infinity)
        throw new RangeError(`rating for ${this.criteria[c]?.id ?? c} is not a finite number`);
      momentsAdd(m, c * MOMENT_STRIDE, v);
      rated = true;
    }
    if (!rated) return;
    this.ratedRows++;
    tally.rows++;
    if (respondent === undefined || respondent === '') tally.anonymous++;
    else if (this.pairs.add(respondent, tally.index)) tally.respondents++;
    for (let j = 0; j < ns; j++) {
      const key = segments[j];
      if (key === undefined || key === '') continue;
      const map = tally.segments[j] as Map<string, SegmentTally>;
      let seg = map.get(key);
      if (seg === undefined) {
        seg = { rows: 0, moments: new Float64Array(this.width) };
        map.set(key, seg);
      }
      seg.rows++;
      const sm = seg.moments;
      for (let c = 0; c < nc; c++) {
        const v = values[c];
        if (v !== undefined && !Number.isNaN(v)) momentsAdd(sm, c * MOMENT_STRIDE, v);
      }
    }
  }

  /** Rows with at least one rating, over all activities (for the report's meta). */
  get rows(): number {
    return this.ratedRows;
  }

  /** Tallies in first-seen order; exposed read-only so scoring never needs the rows again. */
  tallies(): readonly Readonly<ActivityTally>[] {
    return [...this.byActivity.values()];
  }
}

/** Refuses duplicate ids, which would make tallies and weights ambiguous. */
export function assertUnique(items: readonly string[], what: string): void {
  const seen = new Set<string>();
  for (const item of items) {
    if (seen.has(item)) throw new RangeError(`duplicate ${what}: ${item}`);
    seen.add(item);
  }
}
