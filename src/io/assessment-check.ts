import type { Assessment } from '../core/assessment.js';
import type { Problem } from '../errors.js';
import type { Translate } from '../i18n/index.js';
import { parseJsonWithPositions } from './json-locate.js';
import { assessmentValidator, describeSchemaErrors } from './schema.js';

/** Checks a workspace text against the schema and the rules a schema cannot say. */
export async function checkAssessmentText(text: string, file: string, t: Translate): Promise<{ assessment?: Assessment; problems: Problem[] }> {
  const { parsed, errors } = parseJsonWithPositions(text);
  if (!parsed) {
    return {
      problems: errors.map((e) => ({ file, line: e.position.line, column: e.position.column, message: t('workspace.invalidJson', { reason: e.reason }) })),
    };
  }
  const validate = await assessmentValidator();
  const problems: Problem[] = [];
  const at = (pointer: string, message: string): Problem => {
    const pos = parsed.locate(pointer);
    return { file, pointer, message, ...(pos ? { line: pos.line, column: pos.column } : {}) };
  };
  if (!validate(parsed.value)) {
    for (const p of describeSchemaErrors(validate.errors ?? [], t)) problems.push(at(p.pointer, p.message));
    return { problems: problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0)) };
  }
  const assessment = parsed.value as Assessment;
  const ids = new Map<string, number>();
  assessment.criteria?.forEach((c, i) => {
    if (ids.has(c.id)) problems.push(at(`/criteria/${i}/id`, t('schema.duplicateCriterion', { id: c.id })));
    ids.set(c.id, i);
  });
  const scale = assessment.survey?.scale;
  if (scale && scale.min >= scale.max) problems.push(at('/survey/scale', t('schema.badScale', { min: scale.min, max: scale.max })));
  return problems.length > 0 ? { problems } : { assessment, problems };
}
