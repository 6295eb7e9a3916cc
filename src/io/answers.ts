/**
 * The answers of `tree assess` as a file: the progress saved in the workspace after every
 * answer, and an answers file given with --answers. Both are checked against
 * schemas/assess-answers.schema.json, every problem with its JSON pointer and line.
 */
import type { Context } from '../context.js';
import type { AssessAnswers } from '../core/assess/answers.js';
import { DataError, type Problem } from '../errors.js';
import { jsonIssueProblem, parseJsonWithPositions, readJsonInput } from './json-locate.js';
import { ANSWERS_SCHEMA_FILE, describeSchemaErrors, schemaValidator } from './schema.js';

/** Checks the text of an answers file; the answers, or every problem in the file. */
export async function checkAnswersText(
  text: string,
  file: string,
  ctx: Pick<Context, 't'>,
): Promise<{ answers?: AssessAnswers; problems: Problem[] }> {
  const { parsed, errors } = parseJsonWithPositions(text);
  if (!parsed) return { problems: errors.map((e) => jsonIssueProblem(e, file, ctx.t)) };
  const problems: Problem[] = parsed.issues.map((issue) => jsonIssueProblem(issue, file, ctx.t));
  const validate = await schemaValidator(ANSWERS_SCHEMA_FILE);
  if (!validate(parsed.value)) {
    const found = describeSchemaErrors(validate.errors ?? [], ctx.t);
    validate.errors = null;
    const positions = parsed.locateAll(found.map((p) => p.pointer));
    found.forEach(({ pointer, message }, i) => {
      const pos = positions[i];
      problems.push({ file, pointer, message, ...(pos ? { line: pos.line, column: pos.column } : {}) });
    });
  }
  if (problems.length > 0) return { problems };
  const { $schema: _schema, version: _version, ...answers } = parsed.value as AssessAnswers & Record<string, unknown>;
  return { answers, problems };
}

/** Reads and checks an answers file (`-` for standard input): exit 3 listing every problem, exit 4 when unreadable. */
export async function readAnswersFile(
  ctx: Pick<Context, 't' | 'cwd' | 'stdin'>,
  file: string,
  shown = file,
): Promise<AssessAnswers> {
  const text = (await readJsonInput(ctx, file, { shown })) ?? '';
  const { answers, problems } = await checkAnswersText(text, shown, ctx);
  if (answers === undefined)
    throw new DataError(ctx.t('assess.badAnswers', { file: shown, count: problems.length }), { problems });
  return answers;
}
