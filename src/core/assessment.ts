/** The assessment workspace (assessment.json), as the schema in schemas/ describes it. */

export type Direction = 'benefit' | 'cost';

export interface Labels {
  en: string;
  id: string;
}

export interface Criterion {
  id: string;
  label: Labels;
  weight: number;
  direction: Direction;
  description?: Partial<Labels>;
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
  nearestMarket?: string;
  institutions?: Institution[];
  womensEconomicRoles?: string;
  existingBusinesses?: string[];
  notes?: string;
}

export interface SurveyMapping {
  files?: string[];
  format?: 'long' | 'wide';
  wide?: { pattern?: string };
  scale?: { min: number; max: number };
  missing?: string[];
  columns?: {
    activity?: string;
    respondent?: string;
    criteria?: Record<string, string>;
    segments?: Record<string, string>;
  };
}

export interface Opportunity {
  id: string;
  name: string | Labels;
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

export interface Assessment {
  $schema?: string;
  version: 1;
  language?: 'en' | 'id';
  community?: CommunityProfile;
  criteria?: Criterion[];
  survey?: SurveyMapping;
  opportunities?: Opportunity[];
  targetGroups?: { groups?: TargetGroup[]; inclusionTargets?: InclusionTargets };
  partners?: { directory?: string };
}
