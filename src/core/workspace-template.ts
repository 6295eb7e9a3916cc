import type { Lang } from '../i18n/index.js';
import type { Assessment } from './assessment.js';
import { DEFAULT_CRITERIA, DEFAULT_SCALE } from './criteria.js';

export interface NewWorkspace {
  village?: string;
  district?: string;
  province?: string;
  language: Lang;
}

/**
 * The assessment.json of a new workspace. The default criteria are written out in full
 * so facilitators can see and edit weights without looking anything up.
 */
export function newAssessment(answers: NewWorkspace, schemaRef: string): Assessment {
  const community: NonNullable<Assessment['community']> = { villageType: 'desa' };
  if (answers.village) community.village = answers.village;
  if (answers.district) community.district = answers.district;
  if (answers.province) community.province = answers.province;
  return {
    $schema: schemaRef,
    version: 1,
    language: answers.language,
    community,
    criteria: DEFAULT_CRITERIA.map((c) => ({ ...c, label: { ...c.label } })),
    survey: { files: [], format: 'long', scale: { ...DEFAULT_SCALE } },
    opportunities: [],
    targetGroups: { groups: [] },
    partners: { directory: 'data/partners.csv' },
  };
}
