#!/usr/bin/env node
// Benchmark of `tree needs` on a 100,000-person household survey against csv-parse's own
// streaming parse of the same file, and its peak memory (targets: ≤ 1.2× and ≤ 100 MB).
// tree needs runs as a user runs it (a file this large is read on every core); the run in
// one thread (--jobs 1) is shown beside it.
// Run with `npm run bench` (builds first). Options: --reps N (default 3), --people N.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '..');
const dataDir = path.join(here, '.data');
const mainUrl = pathToFileURL(path.join(repo, 'dist', 'main.js')).href;
const csvParseUrl = import.meta.resolve('csv-parse');

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const REPS = arg('reps', 3);
const PEOPLE = arg('people', 100_000);

// Deterministic data: an ODK Central-shaped export, the activities both as one
// select_multiple column and as 0/1 columns, nine self-rated skills.
const ACTIVITIES = [
  'keripik_singkong',
  'tiwul_instan',
  'tepung_mocaf',
  'penggemukan_kambing',
  'kerajinan_kayu',
  'pupuk_organik',
  'gula_semut',
  'budidaya_lele',
  'batik_tulis',
  'wisata_goa',
];
const SKILLS = [
  'literacy',
  'numeracy',
  'food_processing',
  'livestock',
  'handicraft',
  'bookkeeping',
  'costing_pricing',
  'marketing',
  'group_work',
];
const CONSTRAINTS = ['pengasuhan_anak', 'transportasi', 'biaya', 'waktu_kerja'];
const SUPPORT = ['kredit', 'peralatan', 'akses_pasar', 'pembentukan_kelompok', 'pendampingan'];

function generate(file, people) {
  if (fs.existsSync(file)) return false;
  let seed = 12345;
  const rand = () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
  const pick = (xs) => xs[Math.floor(rand() * xs.length)];
  const some = (xs, p) => xs.filter(() => rand() < p);
  const header = [
    'SubmissionDate',
    'respondent-respondent_id',
    'respondent-gender',
    'respondent-age',
    'respondent-disability',
    'respondent-dusun',
    'interest-wanted_activities',
    ...ACTIVITIES.map((a) => `interest-wanted_activities/${a}`),
    ...SKILLS.map((s) => `skills-${s}`),
    'training-preferred_time',
    'training-preferred_place',
    'training-preferred_length_days',
    'constraints-constraints',
    'support-support_wanted',
    'meta-instanceID',
    'KEY',
  ];
  const fd = fs.openSync(file, 'w');
  let buf = `${header.join(',')}\n`;
  for (let i = 0; i < people; i++) {
    const wanted = some(ACTIVITIES, 0.2);
    const id = `uuid:${i.toString(16).padStart(8, '0')}`;
    buf += `${[
      '2026-09-07T02:38:34.469Z',
      `P-${i}`,
      pick(['perempuan', 'laki_laki']),
      15 + Math.floor(rand() * 50),
      rand() < 0.06 ? 'ya' : 'tidak',
      pick(['krajan', 'ngasem', 'watugajah', 'sumberan']),
      wanted.join(' '),
      ...ACTIVITIES.map((a) => (wanted.includes(a) ? '1' : '0')),
      ...SKILLS.map(() => (rand() < 0.05 ? '' : 1 + Math.floor(rand() * 5))),
      pick(['pagi', 'siang', 'sore', 'malam']),
      pick(['balai_desa', 'rumah_warga', 'blk_wonosari']),
      1 + Math.floor(rand() * 10),
      some(CONSTRAINTS, 0.25).join(' '),
      some(SUPPORT, 0.3).join(' '),
      id,
      id,
    ].join(',')}\n`;
    if (buf.length > 1 << 20) {
      fs.writeSync(fd, buf);
      buf = '';
    }
  }
  fs.writeSync(fd, buf);
  fs.closeSync(fd);
  return true;
}

async function runChild(code) {
  const child = spawn(process.execPath, ['--input-type=module', '-e', code], {
    cwd: repo,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout.setEncoding('utf8').on('data', (d) => (out += d));
  child.stderr.setEncoding('utf8').on('data', (d) => (err += d));
  const [status] = await once(child, 'close');
  const result = JSON.parse(out.trimEnd().split('\n').pop() ?? '{}');
  if (status !== 0 || result.code !== 0) throw new Error(`exit ${status}/${result.code}:\n${err.slice(-2000)}`);
  return result;
}

const parseDriver = (file) => `
import fs from 'node:fs';
const { parse } = await import(${JSON.stringify(csvParseUrl)});
const t0 = performance.now();
let records = 0;
const parser = fs.createReadStream(${JSON.stringify(file)}).pipe(parse({ delimiter: ',' }));
parser.on('data', () => { records++; });
await new Promise((resolve, reject) => { parser.on('end', resolve); parser.on('error', reject); });
console.log(JSON.stringify({ ms: performance.now() - t0, maxRSS: process.resourceUsage().maxRSS, code: 0, records }));
`;

const needsDriver = (args) => `
const { main } = await import(${JSON.stringify(mainUrl)});
const t0 = performance.now();
const code = await main(${JSON.stringify(args)});
process.stdout.write('\\n' + JSON.stringify({ ms: performance.now() - t0, maxRSS: process.resourceUsage().maxRSS, code }) + '\\n');
`;

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

fs.mkdirSync(dataDir, { recursive: true });
const file = path.join(dataDir, `households-${PEOPLE}.csv`);
if (generate(file, PEOPLE)) console.log(`generated ${path.relative(repo, file)}`);
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tree-bench-needs-'));
const out = path.join(tmp, 'needs.json');
const parse = [];
const needs = [];
const oneThread = [];
for (let i = 0; i < REPS; i++) {
  parse.push(await runChild(parseDriver(file)));
  needs.push(await runChild(needsDriver(['needs', file, '--json', '-o', out, '--force', '--lang', 'en'])));
  oneThread.push(
    await runChild(needsDriver(['needs', file, '--json', '-o', out, '--force', '--lang', 'en', '--jobs', '1'])),
  );
  process.stdout.write('.');
}
const report = JSON.parse(fs.readFileSync(out, 'utf8'));
fs.rmSync(tmp, { recursive: true, force: true });
const p = median(parse.map((r) => r.ms));
const n = median(needs.map((r) => r.ms));
const rss = Math.max(...needs.map((r) => r.maxRSS)) / 1024;
const ratio = n / p;
console.log(
  `\ntree needs, ${PEOPLE.toLocaleString('en')} people (${report.meta.people} read, ${report.activities.length} activities):`,
);
console.log(
  `  csv-parse alone ${(p / 1000).toFixed(2)} s, tree needs ${(n / 1000).toFixed(2)} s: ${ratio.toFixed(2)}× (target ≤ 1.2×) ${ratio <= 1.2 ? 'MET' : 'MISS'}`,
);
console.log(`  peak memory ${rss.toFixed(1)} MB (target ≤ 100 MB) ${rss <= 100 ? 'MET' : 'MISS'}`);
const one = median(oneThread.map((r) => r.ms));
const oneRss = Math.max(...oneThread.map((r) => r.maxRSS)) / 1024;
console.log(
  `  (for comparison, --jobs 1: ${(one / 1000).toFixed(2)} s, ${(one / p).toFixed(2)}×, peak ${oneRss.toFixed(1)} MB)`,
);
