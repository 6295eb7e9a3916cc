import { Command, Option } from 'commander';
import type { Runtime } from './runtime.js';
import { FORMATS } from './render/output.js';
import { translateCommanderError } from './i18n/commander.js';

/** The version printed by --version; kept in step with package.json by a test. */
export const VERSION = '0.1.0';

/** Adds the output options shared by every command that produces a result (PRODUCT.md section 4). */
function withOutput(cmd: Command, formats: readonly string[] = FORMATS): Command {
  return cmd
    .addOption(new Option('--format <format>', 'output format').choices(formats as string[]))
    .option('--json', 'short for --format json')
    .option('-o, --output <file>', 'write the result to FILE instead of standard output (- for stdout)')
    .option('--force', 'overwrite an existing output file');
}

/**
 * Declares every command and flag. Actions import their command module only when run,
 * so `tree --help` loads neither prompts nor ajv.
 */
export function buildProgram(rt: Runtime, setExit: (code: number) => void): Command {
  const program = new Command('tree')
    .description('TREE assessments: community profile, opportunity scoring, training needs, partners and reports.')
    .version(VERSION, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .addOption(new Option('--lang <lang>', 'language of messages and output (default: workspace, then LANG, then en)').choices(['en', 'id']))
    .option('-w, --workspace <path>', 'assessment.json to use, or its folder (default: the nearest one above the current folder)')
    .option('--color', 'force colour output')
    .option('--no-color', 'never use colour (NO_COLOR is honoured too)')
    .option('--debug', 'show stack traces for errors')
    .configureHelp({ showGlobalOptions: true, sortSubcommands: false })
    .showHelpAfterError(rt.t('cli.helpHint'))
    .enablePositionalOptions(false)
    // Set before the commands are added: subcommands copy these settings when created.
    .exitOverride()
    .configureOutput({
      writeOut: (s) => rt.stdout.write(s),
      writeErr: (s) => rt.stderr.write(s),
      outputError: (s, write) => write(rt.err.red(translateCommanderError(s, rt.t))),
    });

  program
    .command('init')
    .description('create an assessment workspace: assessment.json, data/ and out/')
    .argument('[dir]', 'folder for the workspace', '.')
    .option('--village <name>', 'village (desa / kelurahan) name')
    .option('--district <name>', 'district or regency (kabupaten / kota)')
    .option('--province <name>', 'province')
    .option('-y, --yes', 'do not ask: take flags and defaults')
    .option('--force', 'overwrite an existing workspace')
    .addHelpText('after', '\nExamples:\n  $ tree init desa-sumber-rejo --village "Sumber Rejo" --district Gunungkidul --province "DI Yogyakarta" --lang id --yes\n')
    .action(async (dir: string, opts: Record<string, unknown>, cmd: Command) => {
      const { runInit } = await import('./commands/init.js');
      setExit(await runInit(rt, dir, { ...cmd.optsWithGlobals(), ...opts }));
    });

  withOutput(
    program
      .command('validate')
      .description('check assessment files and survey CSVs; list every problem; exit 0 when all are valid, 3 otherwise')
      .argument('<file...>', 'assessment.json or survey .csv files (- for standard input, read as CSV)'),
    ['table', 'md', 'json'],
  )
    .addHelpText('after', '\nExamples:\n  $ tree validate assessment.json data/ratings.csv\n  $ tree validate --json data/*.csv\n')
    .action(async (files: string[], opts: Record<string, unknown>, cmd: Command) => {
      const { runValidate } = await import('./commands/validate.js');
      setExit(await runValidate(rt, files, { ...cmd.optsWithGlobals(), ...opts }));
    });

  withOutput(
    program
      .command('score')
      .description('score and rank candidate activities from rating survey CSVs (TREE opportunity screening)')
      .argument('[csv...]', 'survey CSV files or globs (- for standard input); default: survey.files of the workspace'),
    ['table', 'md', 'csv', 'json'],
  )
    .option('--excel', 'CSV for Excel in an Indonesian locale: UTF-8 BOM, ";" and decimal commas')
    .option('--by <field>', 'also score per segment: gender, age, disability, village or any mapped column (repeatable, or comma-separated)', (v: string, prev: string[] = []) => [...prev, v])
    .option('--weights <spec>', 'criterion weights: "market_demand=2,risk=0.5", or a .json / .csv file')
    .option('--shortlist <n>', 'how many top activities make the TREE shortlist (2-5)', '5')
    .option('--feasibility <n>', 'how many of the best to mark for a feasibility study (1-2)', '2')
    .option('--min-n <n>', 'flag activities with fewer ratings than this as low_n', '5')
    .option('--sensitivity [runs]', 'perturb the weights at random (default 1000 runs) and report how stable the ranking is')
    .option('--spread <percent>', 'with --sensitivity: how far each weight may move, in percent', '25')
    .option('--seed <n>', 'with --sensitivity: random seed, for repeatable runs', '1')
    .option('--skip-invalid', 'skip ratings that are not numbers or outside the scale, and say how many')
    .option('--map <field=column,...>', 'map columns: activity=Q1,market_demand=Q5,gender=sex')
    .option('--delimiter <char>', 'CSV delimiter: , ; tab | (default: sniffed from the header line)')
    .option('--encoding <name>', 'utf-8, utf-16le, utf-16be or windows-1252 (default: detected)')
    .addHelpText(
      'after',
      '\nExamples:\n  $ tree score data/ratings.csv\n  $ tree score data/ratings.csv --by gender --sensitivity\n  $ tree score data/ratings.csv --weights market_demand=2,risk=2 -o out/ranking.csv --force\n  $ tree score data/ratings.csv --json -o out/ranking.json --force\n',
    )
    .action(async (files: string[], opts: Record<string, unknown>, cmd: Command) => {
      const { runScore } = await import('./commands/score.js');
      setExit(await runScore(rt, files, { ...cmd.optsWithGlobals(), ...opts }));
    });

  program
    .command('example')
    .description('write the bundled example workspace (a village in Gunungkidul, Indonesia) to try every command on')
    .argument('[dir]', 'folder to write it to', 'tree-example')
    .option('--force', 'overwrite files of an existing example')
    .addHelpText('after', '\nExamples:\n  $ tree example my-example && cd my-example && tree validate assessment.json data/ratings.csv\n')
    .action(async (dir: string, opts: Record<string, unknown>, cmd: Command) => {
      const { runExample } = await import('./commands/example.js');
      setExit(await runExample(rt, dir, { ...cmd.optsWithGlobals(), ...opts }));
    });

  return program;
}
