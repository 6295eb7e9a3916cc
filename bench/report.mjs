#!/usr/bin/env node
// Benchmark of `tree report` over 200 villages: time on every core against one core
// (target ≤ 0.6×), and peak memory. Run with `npm run bench` (builds first).
// Options: --villages N (default 200), --reps N (default 1).
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '..');
const bin = path.join(repo, 'bin', 'tree.cjs');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const VILLAGES = arg('villages', 200);
const REPS = arg('reps', 1);

/** Runs the CLI (under `prefix`, such as taskset) and answers its wall time. */
async function run(args, cwd, prefix = []) {
  const t0 = performance.now();
  const [command, ...rest] = [...prefix, process.execPath, bin, ...args];
  const child = spawn(command, rest, { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
  let err = '';
  child.stderr.setEncoding('utf8').on('data', (d) => (err += d));
  const [code] = await once(child, 'close');
  const ms = performance.now() - t0;
  if (code !== 0) throw new Error(`tree ${args.join(' ')}: exit ${code}\n${err.slice(-2000)}`);
  return ms;
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tree-bench-report-'));
const names = [];
// One example, copied: the villages differ only in name, which is all a timing needs.
await run(['example', 'v0'], dir);
for (let i = 0; i < VILLAGES; i++) {
  const name = `v${String(i).padStart(3, '0')}`;
  if (i === 0) fs.renameSync(path.join(dir, 'v0'), path.join(dir, name));
  else fs.cpSync(path.join(dir, names[0]), path.join(dir, name), { recursive: true });
  names.push(name);
}
// One thread (--jobs 1) still lets V8 compile and collect garbage on the other core; pinned
// to one core with taskset (Linux), it shows what one core alone does.
const taskset = spawnSync('taskset', ['-c', '0', 'true']).status === 0;
const one = [];
const pinned = [];
const all = [];
const oneArgs = ['report', ...names, '--out-dir', 'out1', '--force', '--jobs', '1', '--sensitivity-runs', '100'];
for (let r = 0; r < REPS; r++) {
  one.push(await run(oneArgs, dir));
  if (taskset) pinned.push(await run(oneArgs, dir, ['taskset', '-c', '0']));
  all.push(
    await run(
      [
        'report',
        ...names,
        '--out-dir',
        'outN',
        '--force',
        '--jobs',
        String(os.availableParallelism()),
        '--sensitivity-runs',
        '100',
      ],
      dir,
    ),
  );
}
// Peak memory of a run on every core: the CLI's own process, whose worker threads it includes.
const mainUrl = new URL('../dist/main.js', import.meta.url).href;
const memRun = spawn(
  process.execPath,
  [
    '--input-type=module',
    '-e',
    `const { main } = await import(${JSON.stringify(mainUrl)});
const code = await main(${JSON.stringify(['report', ...names, '--out-dir', 'outM', '--force', '--jobs', String(os.availableParallelism()), '--sensitivity-runs', '100'])});
process.stdout.write(JSON.stringify({ code, maxRSS: process.resourceUsage().maxRSS }) + '\\n');`,
  ],
  { cwd: dir, stdio: ['ignore', 'pipe', 'inherit'] },
);
let out = '';
memRun.stdout.setEncoding('utf8').on('data', (d) => (out += d));
await once(memRun, 'close');
const usage = JSON.parse(out.trim().split('\n').pop());
const reports = fs.readdirSync(path.join(dir, 'outN')).filter((f) => f.endsWith('.md')).length;
fs.rmSync(dir, { recursive: true, force: true });
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ratio = median(all) / median(one);
console.log(
  `tree report, ${VILLAGES} villages (${reports - 1} reports and a summary), ${os.availableParallelism()} cores:`,
);
console.log(
  `  one thread (--jobs 1) ${(median(one) / 1000).toFixed(1)} s, every core ${(median(all) / 1000).toFixed(1)} s: ${ratio.toFixed(2)}× (target ≤ 0.6×) ${ratio <= 0.6 ? 'MET' : 'MISS'}`,
);
if (taskset)
  console.log(
    `  (one core pinned with taskset: ${(median(pinned) / 1000).toFixed(1)} s, every core ${(median(all) / median(pinned)).toFixed(2)}× of it)`,
  );
// maxRSS of children is the largest single process: the main thread and its workers share one process.
console.log(`  peak memory ${(usage.maxRSS / 1024).toFixed(1)} MB (one process, workers included)`);
