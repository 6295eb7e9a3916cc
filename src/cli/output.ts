import type { Problem } from '../errors.js';
import { checkOutputs, type Destination, writeOutputs } from '../io/output.js';
import { problemLines } from '../render/problems.js';
import { terminalText } from '../render/text.js';
import type { Runtime } from '../runtime.js';

/** Output flags as the option table types them. */
export interface OutputFlags {
  output?: string;
  force?: boolean;
}

/**
 * Checks the -o target before any work (exists without --force, missing folder, one of
 * the inputs), so a long run never ends in a refusal.
 */
export async function outputFor(rt: Runtime, flags: OutputFlags, inputs: readonly string[] = []): Promise<Destination> {
  const [dest] = await checkOutputs(rt, [flags.output ?? '-'], { force: flags.force === true, inputs });
  return dest as Destination;
}

/**
 * Writes the rendered result, and says where when it went to a file. Data bound for a
 * terminal is made inert there (tables and Markdown already are, cell by cell); a file or
 * a pipe gets the data as it is.
 */
export async function writeResult(rt: Runtime, dest: Destination, content: string, format: string): Promise<void> {
  // Tables carry our own colour codes and are safe cell by cell: only raw data formats are filtered.
  const onTerminal = dest.kind === 'stdout' && rt.stdout.isTTY === true && (format === 'csv' || format === 'json');
  await writeOutputs(rt, [{ dest, content: onTerminal ? terminalText(content) : content }], rt.stdout);
  if (dest.kind !== 'stdout') rt.stderr.write(`${rt.t('output.written', { file: dest.shown })}\n`);
}

/** Prints warnings on stderr, the one way every command does. */
export function printWarnings(rt: Runtime, warnings: readonly Problem[]): void {
  const lines = problemLines(warnings, 0, { t: rt.t, color: rt.err, indent: '', warning: true });
  if (lines.length > 0) rt.stderr.write(`${lines.join('\n')}\n`);
}
