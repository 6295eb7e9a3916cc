#!/usr/bin/env node
// What the progress line costs: `tree score` on the 1M-row file of bench/run.mjs with
// stderr a terminal (progress shown) against stderr a pipe (none). Target: under 2 %.
// Run with `npm run bench` (after bench/run.mjs, which generates the file).
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const file = path.join(here, '.data', 'ratings-1m.csv');
const mainUrl = pathToFileURL(path.join(here, '..', 'dist', 'main.js')).href;
const REPS = Number(process.argv[process.argv.indexOf('--reps') + 1]) || 5;
if (!fs.existsSync(file)) {
  console.log(`progress line: ${path.relative(process.cwd(), file)} missing (run bench/run.mjs first): skipped`);
  process.exit(0);
}
const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'tree-bench-progress-')), 'ranking.json');

/** Times score in a fresh process whose stderr claims to be a terminal, or not. */
async function run(tty) {
  const code = `
import { PassThrough } from 'node:stream';
const { main } = await import(${JSON.stringify(mainUrl)});
const stderr = new PassThrough();
let lines = 0;
stderr.on('data', (c) => { lines += String(c).split('\\r').length - 1; });
Object.assign(stderr, { isTTY: ${tty}, columns: 100 });
const t0 = performance.now();
const status = await main(['score', ${JSON.stringify(file)}, '--json', '-o', ${JSON.stringify(out)}, '--force'], { stderr, env: { LANG: 'en_US.UTF-8' } });
console.log(JSON.stringify({ ms: performance.now() - t0, status, lines }));
`;
  const child = spawn(process.execPath, ['--input-type=module', '-e', code], { stdio: ['ignore', 'pipe', 'inherit'] });
  let text = '';
  child.stdout.setEncoding('utf8').on('data', (d) => (text += d));
  await once(child, 'close');
  return JSON.parse(text.trim().split('\n').pop());
}

const withLine = [];
const without = [];
let updates = 0;
for (let i = 0; i < REPS; i++) {
  const a = await run(true);
  const b = await run(false);
  if (a.status !== 0 || b.status !== 0) throw new Error('tree score failed');
  withLine.push(a.ms);
  without.push(b.ms);
  updates = a.lines;
  process.stdout.write('.');
}
const median = (xs) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];
const cost = median(withLine) / median(without) - 1;
console.log(
  `\nprogress line on 1M rows (${updates} updates drawn): ${(median(withLine) / 1000).toFixed(2)} s against ${(median(without) / 1000).toFixed(2)} s without: ${(cost * 100).toFixed(1)} % (target < 2 %) ${cost < 0.02 ? 'MET' : 'MISS'}`,
);
