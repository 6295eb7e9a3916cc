/**
 * The answers of `tree assess`, as saved after every answer (assess-answers.json) and as
 * an answers file gives them (`--answers`): one shape for both, described by
 * schemas/assess-answers.schema.json. Every part is optional: a session may stop anywhere.
 */

/** The parts of the flow, in order; `--section NAME` revisits one. */
export const SECTIONS = ['session', 'community', 'identification', 'screening', 'targets'] as const;
export type Section = (typeof SECTIONS)[number];

export interface SessionAnswers {
  facilitator?: string;
  /** YYYY-MM-DD. */
  date?: string;
  place?: string;
  committee?: string[];
  participants?: { women?: number; men?: number; youth?: number; disability?: number };
}

export interface CommunityAnswers {
  village?: string;
  district?: string;
  province?: string;
  population?: number;
  households?: number;
  /** Choice values of LIVELIHOODS. */
  mainLivelihoods?: string[];
  otherLivelihoods?: string[];
  naturalResources?: string[];
  /** Choice values of INFRASTRUCTURE, by part. */
  infrastructure?: { roads?: string; electricity?: string; water?: string; telecoms?: string };
  distanceToMarketKm?: number;
  travelTimeToMarketMin?: number;
  nearestMarket?: string;
  /** Choice values of INSTITUTIONS. */
  institutions?: string[];
  womensEconomicRoles?: string;
}

export interface IdentificationAnswers {
  /** Catalogue activity ids picked from the suggestions (or from the catalogue). */
  suggested?: string[];
  /** Activities typed in, matched to the catalogue by name and synonym where possible. */
  other?: string[];
}

export interface ScreeningAnswers {
  /** Rate here, as a panel, or take the ratings from a survey CSV later. */
  source?: 'here' | 'survey';
  /** Candidate key → one character per criterion, in criteria order: 1–5, or `-` for no rating. */
  ratings?: Record<string, string>;
  /** The grid was shown back and confirmed. */
  confirmed?: string;
  weightMode?: 'equal' | 'keep' | 'adjust';
  weights?: Record<string, number>;
}

export interface TargetAnswers {
  /** Percentages of trainees, 0–100. */
  women?: number;
  youth?: number;
  disability?: number;
  youthAgeMin?: number;
  youthAgeMax?: number;
}

export interface AssessAnswers {
  session?: SessionAnswers;
  community?: CommunityAnswers;
  identification?: IdentificationAnswers;
  screening?: ScreeningAnswers;
  targets?: TargetAnswers;
}

/** Most candidates a community screens at once (TREE takes two to five forward). */
export const MAX_CANDIDATES = 10;

/** The default youth age band (years, inclusive). */
export const YOUTH_AGE = { min: 15, max: 29 } as const;

/** The mark for "no rating" in a line of ratings. */
export const NO_RATING = '-';
