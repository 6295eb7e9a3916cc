/**
 * The training-needs analysis (TREE phase 2d), streaming: people are added one at a time
 * and only counts are kept, so a survey of 100,000 people costs what its activities and
 * skills cost, not its rows. Pure: the reader hands over each person already read.
 */
import { normaliseName } from '../names.js';
import { CONSTRAINTS, NO_CONSTRAINT, SUPPORT, TIMES, termIndex } from './vocab.js';

/** One person of a household / trainee survey, as the reader gives it. */
export interface Person {
  gender?: string;
  age?: number;
  disability?: boolean;
  /** Activities the person wants to take up, as the survey names them. */
  wanted: readonly string[];
  /** Skill id → self-rating, or yes/no. A skill not answered is absent. */
  skills: ReadonlyMap<string, number | boolean>;
  time?: string;
  place?: string;
  lengthDays?: number;
  mobile?: boolean;
  constraints: readonly string[];
  support: readonly string[];
}

export interface NeedsSettings {
  /** A self-rating at most this is a lack (default 2, on a 1–5 scale). */
  lackingAtMost: number;
  /** The youth band, inclusive. */
  youth: { min: number; max: number };
  /** Survey value → activity id (catalogue or workspace); values it leaves alone are kept as written. */
  resolve: (value: string) => string;
  /** The skills each activity requires; unknown activities require none known. */
  requires: (activity: string) => readonly string[];
  /** Past this many distinct activities, add() throws: the column read is not activities. */
  maxActivities: number;
}

export interface SkillTally {
  lacking: number;
  unknown: number;
  held: number;
}

/** What is counted for one activity over the people who want it. */
export interface ActivityTally {
  total: number;
  female: number;
  male: number;
  otherGender: number;
  genderUnknown: number;
  youth: number;
  ageUnknown: number;
  disability: number;
  skills: Map<string, SkillTally>;
  times: Map<string, number>;
  places: Map<string, number>;
  lengths: Map<number, number>;
  mobile: number;
  constraints: Map<string, number>;
  support: Map<string, number>;
}

const bump = <K>(m: Map<K, number>, k: K, by = 1) => m.set(k, (m.get(k) ?? 0) + by);

/** Adds counts into `into`, keys new to it after its own, as one run over both would order them. */
function addCounts<K>(into: Map<K, number>, from: ReadonlyMap<K, number>): void {
  for (const [k, n] of from) bump(into, k, n);
}

/** What an accumulator has counted: plain data, so a worker thread can hand it back. */
export interface NeedsTally {
  people: number;
  activities: Map<string, ActivityTally>;
  unmatched: Map<string, number>;
}

const COUNTS = [
  'total',
  'female',
  'male',
  'otherGender',
  'genderUnknown',
  'youth',
  'ageUnknown',
  'disability',
  'mobile',
] as const;
const COUNT_MAPS = ['times', 'places', 'lengths', 'constraints', 'support'] as const;

const genders = new Map([
  ...['female', 'f', 'p', 'w', 'woman', 'women', 'wanita', 'perempuan', 'girl'].map(
    (w) => [normaliseName(w), 'female'] as const,
  ),
  ...['male', 'm', 'l', 'man', 'men', 'pria', 'laki_laki', 'lakilaki', 'boy'].map(
    (w) => [normaliseName(w), 'male'] as const,
  ),
]);

/** female, male, or other for any other answer (never guessed at). */
export function genderOf(value: string | undefined): 'female' | 'male' | 'other' | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  return (genders.get(normaliseName(value)) as 'female' | 'male' | undefined) ?? 'other';
}

const constraintIds = termIndex(CONSTRAINTS);
const supportIds = termIndex(SUPPORT);
const timeIds = termIndex(TIMES);
const none = new Set(NO_CONSTRAINT.map(normaliseName));

/**
 * `f` remembering its answers: survey answers repeat a few distinct values over many
 * rows, and normalising a name costs more than the rest of a row's counting. The memory
 * is bounded; past it, values are worked out each time.
 */
export function memo<T>(f: (value: string) => T, limit = 10_000): (value: string) => T {
  const seen = new Map<string, T>();
  return (value) => {
    let r = seen.get(value);
    if (r === undefined && !seen.has(value)) {
      r = f(value);
      if (seen.size < limit) seen.set(value, r);
    }
    return r as T;
  };
}

/** A canonical id for a known word, else the answer as written (kept, and reported). */
const canonicalIn = (index: Map<string, string>) => memo((value: string) => index.get(normaliseName(value)) ?? value);
const constraintOf = canonicalIn(constraintIds);
const supportOf = canonicalIn(supportIds);
const timeOf = canonicalIn(timeIds);
const isNone = memo((value: string) => none.has(normaliseName(value)));
const gender = memo((value: string) => genderOf(value));

/** A tally with nothing counted yet, for an activity requiring these skills. */
export function emptyTally(skills: readonly string[]): ActivityTally {
  return {
    total: 0,
    female: 0,
    male: 0,
    otherGender: 0,
    genderUnknown: 0,
    youth: 0,
    ageUnknown: 0,
    disability: 0,
    skills: new Map(skills.map((s) => [s, { lacking: 0, unknown: 0, held: 0 }])),
    times: new Map(),
    places: new Map(),
    lengths: new Map(),
    mobile: 0,
    constraints: new Map(),
    support: new Map(),
  };
}

export class NeedsAccumulator {
  readonly activities = new Map<string, ActivityTally>();
  /** Values that named no known activity, with how many people gave them. */
  readonly unmatched = new Map<string, number>();
  people = 0;
  private readonly resolve: (value: string) => string;
  private readonly known: (activity: string) => boolean;
  constructor(
    private readonly settings: NeedsSettings,
    known: (activity: string) => boolean,
  ) {
    this.resolve = memo(settings.resolve);
    this.known = memo(known);
  }

  private tally(id: string): ActivityTally {
    let t = this.activities.get(id);
    if (t === undefined) {
      if (this.activities.size >= this.settings.maxActivities) throw new RangeError('too many activities');
      t = emptyTally(this.settings.requires(id));
      this.activities.set(id, t);
    }
    return t;
  }

  /** What has been counted so far. */
  counted(): NeedsTally {
    return { people: this.people, activities: this.activities, unmatched: this.unmatched };
  }

  /**
   * Adds what another accumulator counted over later rows of the same survey (a part of a
   * file read on another core): the result is what one accumulator given all the rows,
   * in order, would hold.
   */
  merge(other: NeedsTally): void {
    this.people += other.people;
    addCounts(this.unmatched, other.unmatched);
    for (const [id, from] of other.activities) {
      const t = this.tally(id);
      for (const k of COUNTS) t[k] += from[k];
      for (const k of COUNT_MAPS) addCounts(t[k] as Map<unknown, number>, from[k]);
      for (const [skill, s] of from.skills) {
        const into = t.skills.get(skill);
        if (into === undefined) t.skills.set(skill, { ...s });
        else {
          into.lacking += s.lacking;
          into.unknown += s.unknown;
          into.held += s.held;
        }
      }
    }
  }

  add(p: Person): void {
    this.people++;
    // Small arrays rather than sets: a person names two or three values, and this runs once
    // per person of surveys of 100,000 and more.
    const ids: string[] = [];
    const wanted = p.wanted;
    for (let i = 0; i < wanted.length; i++) {
      const value = wanted[i] as string;
      // A value written twice in one answer is still one person giving it.
      if (wanted.indexOf(value) !== i) continue;
      const id = this.resolve(value);
      if (!this.known(id)) bump(this.unmatched, value);
      if (!ids.includes(id)) ids.push(id);
    }
    if (ids.length === 0) return;
    const g = p.gender === undefined ? undefined : gender(p.gender);
    const { min, max } = this.settings.youth;
    const constraints: string[] = [];
    for (const c of p.constraints) {
      if (isNone(c)) continue;
      const id = constraintOf(c);
      if (!constraints.includes(id)) constraints.push(id);
    }
    const support: string[] = [];
    for (const s of p.support) {
      const id = supportOf(s);
      if (!support.includes(id)) support.push(id);
    }
    for (const id of ids) {
      const t = this.tally(id);
      t.total++;
      if (g === 'female') t.female++;
      else if (g === 'male') t.male++;
      else if (g === 'other') t.otherGender++;
      else t.genderUnknown++;
      if (p.age === undefined) t.ageUnknown++;
      else if (p.age >= min && p.age <= max) t.youth++;
      if (p.disability === true) t.disability++;
      for (const [skill, s] of t.skills) {
        const answer = p.skills.get(skill);
        if (answer === undefined) s.unknown++;
        else if (answer === false || (typeof answer === 'number' && answer <= this.settings.lackingAtMost)) s.lacking++;
        else s.held++;
      }
      if (p.time !== undefined) bump(t.times, timeOf(p.time));
      if (p.place !== undefined) bump(t.places, p.place);
      if (p.lengthDays !== undefined) bump(t.lengths, p.lengthDays);
      if (p.mobile === true) t.mobile++;
      for (const c of constraints) bump(t.constraints, c);
      for (const s of support) bump(t.support, s);
    }
  }
}
