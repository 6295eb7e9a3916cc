#!/usr/bin/env node
// Start-up time of `tree --version` and `tree --help` beside `node -e 0`, measured side by
// side (interleaved, so machine noise hits all three alike) and reported as medians and
// ratios. Issue target: --version <= 1.35x and --help <= 1.5x of node -e 0.
// Options: --runs N (default 30).
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const bin = path.join(here, '..', 'bin', 'tree.cjs');
const at = process.argv.indexOf('--runs');
const RUNS = Math.max(5, Number(at > 0 ? process.argv[at + 1] : 30) || 30);

const cases = [
  { name: 'node -e 0', args: ['-e', '0'] },
  { name: 'tree --version', args: [bin, '--version'] },
  { name: 'tree --help', args: [bin, '--help'] },
];
const env = { PATH: process.env.PATH ?? '', NO_COLOR: '1', LANG: 'C' };
const times = cases.map(() => []);
for (let i = 0; i < RUNS + 2; i++) {
  cases.forEach((c, k) => {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, c.args, { env, stdio: ['ignore', 'ignore', 'inherit'] });
    const ms = performance.now() - t0;
    if (r.status !== 0) throw new Error(`${c.name} exited ${r.status}`);
    if (i >= 2) times[k].push(ms); // the first runs warm the file cache
  });
}
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const base = median(times[0]);
console.log(`start-up, median of ${RUNS} interleaved runs (Node ${process.version}):`);
cases.forEach((c, k) => {
  const m = median(times[k]);
  console.log(`  ${c.name.padEnd(16)} ${m.toFixed(1).padStart(7)} ms  ${(m / base).toFixed(2)}x`);
});
