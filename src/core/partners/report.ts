/** The partner shortlist, as `partners()` returns it and `tree partners --json` prints it. */
import type { Problem } from '../../errors.js';
import type { Factor } from './match.js';
import type { PartnerNeed } from './vocab.js';

export interface PartnerLine {
  name: string;
  type: string;
  score: number;
  reasons: string[];
  location?: string;
  distanceKm?: number;
  capacity?: number;
  cost?: string;
  contact?: string;
  phone?: string;
  email?: string;
}

export interface PartnersReport {
  activities: {
    id: string;
    name: string;
    /** People to serve, from the household survey. */
    trainees?: number;
    needs: { need: PartnerNeed; label: string; partners: PartnerLine[] }[];
    gaps: { need: PartnerNeed; label: string; kind: 'none' | 'capacity'; reason: string; fill: string }[];
  }[];
  meta: {
    directory: string;
    partners: number;
    /** Where the needs came from. */
    needsFrom: 'survey' | 'catalogue';
    households: string[];
    top: number;
    weights: Record<Factor, number>;
    warnings: Problem[];
  };
}
