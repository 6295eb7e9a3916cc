import { spellingClashes } from '../core/activities.js';
import type { Assessment } from '../core/assessment.js';
import { DEFAULT_CRITERIA, DEFAULT_SCALE } from '../core/criteria.js';
import type { Problem } from '../errors.js';
import type { Translate } from '../i18n/index.js';
import { jsonIssueProblem, parseJsonWithPositions } from './json-locate.js';
import { assessmentValidator, describeSchemaErrors } from './schema.js';

/** Problems in the order of the file: by line, then column. */
function byPlace(a: Problem, b: Problem): number {
  return (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0);
}

/**
 * Answer words whose number is off the scale, and a survey.wide.criterion that names no
 * criterion (the defaults when the workspace lists none).
 */
function surveyWordProblems(assessment: Assessment, t: Translate): { pointer: string; message: string }[] {
  const out: { pointer: string; message: string }[] = [];
  const scale = assessment.survey?.scale;
  const { min, max } = scale ?? DEFAULT_SCALE;
  const labels = scale?.labels ?? {};
  for (const label of Object.keys(labels)) {
    const value = labels[label] as number;
    if (value < min || value > max) {
      const pointer = `/survey/scale/labels/${label.replace(/~/g, '~0').replace(/\//g, '~1')}`;
      out.push({ pointer, message: t('schema.labelOutOfScale', { label, value, min, max }) });
    }
  }
  const named = assessment.survey?.wide?.criterion;
  const ids = (assessment.criteria ?? DEFAULT_CRITERIA).map((c) => c.id);
  if (named !== undefined && !ids.includes(named))
    out.push({
      pointer: '/survey/wide/criterion',
      message: t('schema.unknownWideCriterion', { criterion: named, ids: ids.join(', ') }),
    });
  return out;
}

/**
 * Checks a workspace text against the schema and the rules a schema cannot say. Linear in
 * the size of the text and the number of problems: every pointer is located in one pass.
 */
export async function checkAssessmentText(
  text: string,
  file: string,
  t: Translate,
): Promise<{ assessment?: Assessment; problems: Problem[] }> {
  const { parsed, errors } = parseJsonWithPositions(text);
  if (!parsed) return { problems: errors.map((e) => jsonIssueProblem(e, file, t)) };
  const validate = await assessmentValidator();
  const found: { pointer: string; message: string }[] = [];
  let valid = validate(parsed.value);
  if (!valid) {
    for (const p of describeSchemaErrors(validate.errors ?? [], t)) found.push(p);
    // ajv's error list is no longer needed; let it go before the problems are built.
    validate.errors = null;
  } else {
    const assessment = parsed.value as Assessment;
    const ids = new Set<string>();
    assessment.criteria?.forEach((c, i) => {
      if (ids.has(c.id))
        found.push({ pointer: `/criteria/${i}/id`, message: t('schema.duplicateCriterion', { id: c.id }) });
      ids.add(c.id);
    });
    // Weight 0 leaves a criterion out; with every one left out nothing can be scored.
    if (
      assessment.criteria !== undefined &&
      assessment.criteria.length > 0 &&
      assessment.criteria.every((c) => c.weight === 0)
    ) {
      found.push({ pointer: '/criteria', message: t('workspace.allZeroWeights') });
    }
    const scale = assessment.survey?.scale;
    if (scale && scale.min >= scale.max)
      found.push({ pointer: '/survey/scale', message: t('schema.badScale', { min: scale.min, max: scale.max }) });
    assessment.criteria?.forEach((c, i) => {
      if (c.scale && c.scale.min >= c.scale.max)
        found.push({
          pointer: `/criteria/${i}/scale`,
          message: t('schema.badScale', { min: c.scale.min, max: c.scale.max }),
        });
    });
    for (const clash of spellingClashes(assessment.opportunities ?? [])) {
      found.push({
        pointer: clash.pointer,
        message: t('schema.ambiguousAlias', { spelling: clash.spelling, first: clash.first, at: clash.firstPointer }),
      });
    }
    found.push(...surveyWordProblems(assessment, t));
    valid = found.length === 0;
  }
  // A number too large to be one is reported as such, not again as the schema sees it (-Infinity "must be at least 0").
  const overflowed = new Set(
    parsed.issues.flatMap((issue) =>
      issue.kind === 'notFinite' && issue.pointer !== undefined ? [issue.pointer] : [],
    ),
  );
  const shown = overflowed.size > 0 ? found.filter((p) => !overflowed.has(p.pointer)) : found;
  const positions = parsed.locateAll(shown.map((p) => p.pointer));
  const problems: Problem[] = parsed.issues.map((issue) => jsonIssueProblem(issue, file, t));
  shown.forEach(({ pointer, message }, i) => {
    const pos = positions[i];
    problems.push({ file, pointer, message, ...(pos ? { line: pos.line, column: pos.column } : {}) });
  });
  if (valid && problems.length === 0) return { assessment: parsed.value as Assessment, problems };
  return { problems: problems.sort(byPlace) };
}
