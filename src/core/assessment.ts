/** The assessment workspace (assessment.json), as the schema in schemas/ describes it. */

export type Direction = 'benefit' | 'cost';

export interface Labels {
  en: string;
  id: string;
}

/** A rating scale: lowest and highest rating. */
export interface ScaleRange {
  min: number;
  max: number;
}

/** A criterion as the scoring uses it: both labels filled in, weight and direction set. */
export interface Criterion {
  id: string;
  label: Labels;
  weight: number;
  direction: Direction;
  description?: Partial<Labels>;
  /** The criterion's own scale, overriding the survey's (its mean is normalised on it). */
  scale?: ScaleRange;
}

/** A criterion as assessment.json may write it: either label suffices, weight and direction default. */
export interface CriterionSpec {
  id: string;
  label: Partial<Labels>;
  weight?: number;
  direction?: Direction;
  description?: Partial<Labels>;
  scale?: ScaleRange;
}

/** Both labels, each falling back to the other when only one is given. */
export function fullLabels(label: Partial<Labels>, fallback: string): Labels {
  const en = label.en ?? label.id ?? fallback;
  return { en, id: label.id ?? en };
}

export interface Institution {
  name: string;
  type?: string;
  notes?: string;
}

export interface CommunityProfile {
  village?: string;
  villageType?: 'desa' | 'kelurahan';
  subdistrict?: string;
  district?: string;
  province?: string;
  population?: number;
  households?: number;
  mainLivelihoods?: string[];
  naturalResources?: string[];
  infrastructure?: {
    roads?: string;
    electricity?: string;
    water?: string;
    telecoms?: string;
    transport?: string;
  };
  distanceToMarketKm?: number;
  /** Usual travel time to the nearest main market, in minutes. */
  travelTimeToMarketMin?: number;
  nearestMarket?: string;
  institutions?: Institution[];
  womensEconomicRoles?: string;
  existingBusinesses?: string[];
  notes?: string;
}

export interface SurveyMapping {
  files?: string[];
  format?: 'long' | 'wide';
  /** `criterion`: the criterion a pattern with `{activity}` only rates (default: the only one). */
  wide?: { pattern?: string; criterion?: string };
  /** `labels`: answer text → rating, for forms whose answers are words ("Very needed": 4). */
  scale?: { min: number; max: number; labels?: Record<string, number> };
  missing?: string[];
  columns?: {
    activity?: string;
    respondent?: string;
    criteria?: Record<string, string>;
    segments?: Record<string, string>;
  };
}

export interface Opportunity {
  /** Any non-empty code, as in the survey's activity column. */
  id: string;
  name: string | Partial<Labels>;
  /** Other spellings or codes that count as this opportunity. */
  aliases?: string[];
  catalogue?: string;
  source?: string;
  notes?: string;
}

export interface TargetGroup {
  id: string;
  name: string;
  description?: string;
  size?: number;
}

export interface InclusionTargets {
  women?: number;
  youth?: number;
  disability?: number;
}

/** Who ran the assessment session, and who took part (TREE records this). */
export interface SessionRecord {
  facilitator?: string;
  /** YYYY-MM-DD. */
  date?: string;
  place?: string;
  /** Members of the Local TREE Committee present. */
  committee?: string[];
  participants?: { women?: number; men?: number; youth?: number; disability?: number };
}

/** The activities taken forward: the TREE shortlist, and the one or two for a feasibility study. */
export interface ShortlistRecord {
  activities: string[];
  feasibility?: string[];
  /** The command that decided it, and when (YYYY-MM-DD). */
  from?: string;
  date?: string;
}

/** Settings of the training-needs analysis (tree needs). */
export interface NeedsSettings {
  /** Household / trainee survey files, relative to the workspace. */
  files?: string[];
  /** Field → column of the household survey, where names do not match. */
  columns?: Record<string, string>;
  lackingAtMost?: number;
  groupSize?: number;
}

export interface Assessment {
  $schema?: string;
  version: 1;
  language?: 'en' | 'id';
  session?: SessionRecord;
  community?: CommunityProfile;
  criteria?: CriterionSpec[];
  survey?: SurveyMapping;
  opportunities?: Opportunity[];
  targetGroups?: {
    groups?: TargetGroup[];
    inclusionTargets?: InclusionTargets;
    /** The youth age band, inclusive (default 15–29). */
    youthAge?: { min: number; max: number };
  };
  shortlist?: ShortlistRecord;
  needs?: NeedsSettings;
  partners?: { directory?: string; weights?: Partial<Record<string, number>> };
  /** The user's own activity and skill files, merged over the shipped catalogues. */
  catalogue?: { activities?: string; skills?: string };
}
