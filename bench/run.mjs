#!/usr/bin/env node
// Benchmark of `tree score` against csv-parse's own streaming parse (PRODUCT.md §7).
// Run with `npm run bench` (builds first). See bench/README.md for what is measured.
//
// Options: --reps N (default 3), --sizes 100k,1m,respondents,villages (default all), --keep-tmp.
import { spawn, spawnSync } from 'node:child_process';
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

// ---------------------------------------------------------------------------------------
// Options

function option(name, fallback) {
  const argv = process.argv.slice(2);
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === `--${name}`) return argv[i + 1] ?? fallback;
    if (argv[i].startsWith(`--${name}=`)) return argv[i].slice(name.length + 3);
  }
  return fallback;
}
const REPS = Math.max(1, Number.parseInt(option('reps', '3'), 10) || 3);
const SIZES = new Set(
  option('sizes', '100k,1m,respondents,villages')
    .split(',')
    .map((s) => s.trim().toLowerCase()),
);
const KEEP_TMP = process.argv.includes('--keep-tmp');
/** A measurement that takes longer than this is killed and reported (a hang, or far off target). */
const CHILD_TIMEOUT_MS = 180_000;

// ---------------------------------------------------------------------------------------
// Deterministic data

const HEADER = [
  'respondent',
  'gender',
  'age_group',
  'village',
  'activity',
  'market_demand',
  'raw_materials',
  'skills_base',
  'capital_required',
  'profitability',
  'jobs_created',
  'inclusion',
  'environment',
  'risk',
];
const CRITERIA = HEADER.slice(5);
const GENDERS = ['perempuan', 'laki-laki'];
const AGE_GROUPS = ['15-24', '25-34', '35-49', '50+'];
const ACTIVITIES = [
  'Keripik singkong',
  'Tenun ikat',
  'Budidaya lele',
  'Kopi bubuk',
  'Madu hutan',
  'Sabun herbal',
  'Anyaman bambu',
  'Abon ikan',
  'Pupuk kompos',
  'Jamur tiram',
  'Gula aren',
  'Kerupuk udang',
  'Minyak kelapa',
  'Ternak kambing',
  'Bengkel motor',
  'Jahit pakaian',
  'Sirup jahe',
  'Batik tulis',
  'Tanaman hias',
  'Dodol nanas',
];
const VILLAGE_COUNT = 200;
const RESPONDENTS = 5000; // 25 per village; each rates all 20 activities once per round
const MISSING_RATE = 0.02;
const DISTINCT_ROWS = 1_000_000; // the respondents case: one row per respondent

// The same seeded generator as the sensitivity analysis (the bench runs after a build).
const { mulberry32: rng } = await import('../dist/core/stats.js');

const villageName = (v) => `Desa ${String(v + 1).padStart(3, '0')}`;
const respondentId = (r) => `R${String(r + 1).padStart(5, '0')}`;

/** Respondent attributes are fixed by id, so every file agrees on them. */
function respondentInfo(r) {
  const rand = rng(1000 + r);
  return {
    id: respondentId(r),
    gender: GENDERS[rand() < 0.52 ? 0 : 1],
    age: AGE_GROUPS[Math.floor(rand() * AGE_GROUPS.length)],
    village: r % VILLAGE_COUNT,
  };
}

/** A per-activity, per-criterion (and a little per-gender) mean rating, so rankings differ. */
function activityMeans() {
  const rand = rng(42);
  return ACTIVITIES.map(() =>
    CRITERIA.map(() => {
      const base = 1.6 + rand() * 2.8;
      return [base + (rand() - 0.5) * 0.8, base + (rand() - 0.5) * 0.8];
    }),
  );
}

/** One CSV line (no newline) for a respondent rating an activity, drawing from `rand`. */
function ratingLine(info, a, means, rand) {
  const g = info.gender === GENDERS[0] ? 0 : 1;
  let line = `${info.id},${info.gender},${info.age},${villageName(info.village)},${ACTIVITIES[a]}`;
  for (let c = 0; c < CRITERIA.length; c++) {
    if (rand() < MISSING_RATE) {
      line += ',n/a';
      continue;
    }
    // Sum of three uniforms: a cheap bell around the mean.
    const noise = (rand() + rand() + rand() - 1.5) * 1.6;
    const v = Math.min(5, Math.max(1, Math.round(means[a][c][g] + noise)));
    line += `,${v}`;
  }
  return line;
}

/** Writes lines through a big buffer; returns when the file is complete. */
function writeLines(file, produce) {
  const tmp = `${file}.partial`;
  const fd = fs.openSync(tmp, 'w');
  let chunk = [];
  let size = 0;
  const flush = () => {
    if (chunk.length > 0) fs.writeSync(fd, `${chunk.join('\n')}\n`);
    chunk = [];
    size = 0;
  };
  produce((line) => {
    chunk.push(line);
    size += line.length;
    if (size > 1 << 20) flush();
  });
  flush();
  fs.closeSync(fd);
  fs.renameSync(tmp, file);
}

/** A long-format file of `rounds` × 5000 respondents × 20 activities rows. */
function generateRatings(file, rounds, seed) {
  if (fs.existsSync(file)) return false;
  const means = activityMeans();
  const infos = Array.from({ length: RESPONDENTS }, (_, r) => respondentInfo(r));
  const rand = rng(seed);
  writeLines(file, (emit) => {
    emit(HEADER.join(','));
    for (let round = 0; round < rounds; round++) {
      for (const info of infos) for (let a = 0; a < ACTIVITIES.length; a++) emit(ratingLine(info, a, means, rand));
    }
  });
  return true;
}

/**
 * 1,000,000 rows, each from a respondent never seen before (activities in turn): what
 * `tree score` keeps to count distinct respondents is then at its largest for the row count.
 */
function generateDistinct(file, seed) {
  if (fs.existsSync(file)) return false;
  const means = activityMeans();
  const rand = rng(seed);
  writeLines(file, (emit) => {
    emit(HEADER.join(','));
    for (let r = 0; r < DISTINCT_ROWS; r++) {
      const info = {
        id: `D${String(r + 1).padStart(7, '0')}`,
        gender: GENDERS[rand() < 0.52 ? 0 : 1],
        age: AGE_GROUPS[Math.floor(rand() * AGE_GROUPS.length)],
        village: r % VILLAGE_COUNT,
      };
      emit(ratingLine(info, r % ACTIVITIES.length, means, rand));
    }
  });
  return true;
}

/** One file per village, each with its 25 respondents × 20 activities (500 rows). */
function generateVillages(dir) {
  const marker = path.join(dir, '.complete');
  if (fs.existsSync(marker)) return false;
  fs.mkdirSync(dir, { recursive: true });
  const means = activityMeans();
  for (let v = 0; v < VILLAGE_COUNT; v++) {
    const rand = rng(7000 + v);
    const file = path.join(dir, `${villageName(v).replace(' ', '-').toLowerCase()}.csv`);
    writeLines(file, (emit) => {
      emit(HEADER.join(','));
      for (let r = v; r < RESPONDENTS; r += VILLAGE_COUNT) {
        const info = respondentInfo(r);
        for (let a = 0; a < ACTIVITIES.length; a++) emit(ratingLine(info, a, means, rand));
      }
    });
  }
  fs.writeFileSync(marker, '');
  return true;
}

// ---------------------------------------------------------------------------------------
// Child-process measurements

/**
 * Runs `code` (an ES module body) in a fresh node; its last stdout line must be the JSON
 * `{ ms, maxRSS, code }`. Start-up and module loading before the timed part are excluded.
 */
async function runChild(code, { cwd = repo } = {}) {
  const child = spawn(process.execPath, ['--input-type=module', '-e', code], {
    cwd,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout.setEncoding('utf8').on('data', (d) => {
    out += d;
  });
  child.stderr.setEncoding('utf8').on('data', (d) => {
    err += d;
  });
  const timer = setTimeout(() => child.kill('SIGKILL'), CHILD_TIMEOUT_MS);
  const [status, signal] = await once(child, 'close');
  clearTimeout(timer);
  if (signal)
    throw new Error(
      `child killed by ${signal} (still running after ${CHILD_TIMEOUT_MS / 1000} s?):\n${err.slice(-2000)}`,
    );
  const last = out.trimEnd().split('\n').pop() ?? '';
  let result;
  try {
    result = JSON.parse(last);
  } catch {
    throw new Error(`child printed no result (exit ${status}):\n${err.slice(-2000)}${out.slice(-500)}`);
  }
  return { ...result, status, stderr: err, stdout: out };
}

function csvParseDriver(files) {
  return `
import fs from 'node:fs';
const { parse } = await import(${JSON.stringify(csvParseUrl)});
const files = ${JSON.stringify(files)};
const c0 = process.cpuUsage();
const t0 = performance.now();
let records = 0;
for (const file of files) {
  const parser = fs.createReadStream(file).pipe(parse({ delimiter: ',' }));
  parser.on('data', () => { records++; });
  await new Promise((resolve, reject) => { parser.on('end', resolve); parser.on('error', reject); });
}
const ms = performance.now() - t0;
const { user, system } = process.cpuUsage(c0);
console.log(JSON.stringify({ ms, cpuMs: (user + system) / 1000, maxRSS: process.resourceUsage().maxRSS, code: 0, records }));
`;
}

function scoreDriver(args) {
  return `
const { main } = await import(${JSON.stringify(mainUrl)});
const c0 = process.cpuUsage();
const t0 = performance.now();
const code = await main(${JSON.stringify(args)});
const ms = performance.now() - t0;
const { user, system } = process.cpuUsage(c0);
process.stdout.write('\\n' + JSON.stringify({ ms, cpuMs: (user + system) / 1000, maxRSS: process.resourceUsage().maxRSS, code }) + '\\n');
process.exitCode = code;
`;
}

function millerDriver(args) {
  return `
import { spawnSync } from 'node:child_process';
const t0 = performance.now();
const r = spawnSync('mlr', ${JSON.stringify(args)}, { stdio: ['ignore', 'ignore', 'inherit'] });
const ms = performance.now() - t0;
console.log(JSON.stringify({ ms, maxRSS: null, code: r.status ?? 1 }));
`;
}

function checkOk(label, r) {
  if (r.code !== 0 || r.status !== 0) {
    throw new Error(`${label}: exit ${r.code} (process ${r.status})\n${r.stderr.slice(-3000)}`);
  }
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const summary = (runs) => ({
  ms: median(runs.map((r) => r.ms)),
  minMs: Math.min(...runs.map((r) => r.ms)),
  rssMB: runs[0].maxRSS == null ? null : median(runs.map((r) => r.maxRSS)) / 1024,
  maxRssMB: runs[0].maxRSS == null ? null : Math.max(...runs.map((r) => r.maxRSS)) / 1024,
});

// ---------------------------------------------------------------------------------------
// Main

async function scoreAvailable() {
  if (!fs.existsSync(fileURLToPath(mainUrl))) return { ok: false, why: 'dist/main.js missing (run npm run build)' };
  // An unknown command with --help prints the program's help and exits 0, so look at it.
  const r = await runChild(scoreDriver(['score', '--help']));
  if (r.code !== 0) return { ok: false, why: `\`tree score --help\` exited ${r.code}` };
  if (!/Usage: tree(-assess)? score\b/.test(r.stdout)) return { ok: false, why: 'no score command in dist/ yet' };
  return { ok: true };
}

function hasMiller() {
  const r = spawnSync('mlr', ['--version'], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : undefined;
}

function countLines(files) {
  let n = 0;
  for (const f of files) {
    const buf = fs.readFileSync(f);
    for (let i = buf.indexOf(10); i !== -1; i = buf.indexOf(10, i + 1)) n++;
  }
  return n;
}

async function main() {
  const started = performance.now();
  fs.mkdirSync(dataDir, { recursive: true });
  const cases = [];
  if (SIZES.has('100k'))
    cases.push({ name: '100k', files: [path.join(dataDir, 'ratings-100k.csv')], rounds: 1, seed: 100 });
  if (SIZES.has('1m'))
    cases.push({ name: '1M', files: [path.join(dataDir, 'ratings-1m.csv')], rounds: 10, seed: 1000 });
  if (SIZES.has('respondents'))
    cases.push({
      name: '1M distinct',
      files: [path.join(dataDir, 'ratings-1m-distinct.csv')],
      distinct: true,
      seed: 2000,
    });
  for (const c of cases) {
    const t = performance.now();
    if (c.distinct ? generateDistinct(c.files[0], c.seed) : generateRatings(c.files[0], c.rounds, c.seed))
      console.log(`generated ${path.relative(repo, c.files[0])} in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  }
  if (SIZES.has('villages')) {
    const dir = path.join(dataDir, 'villages');
    const t = performance.now();
    if (generateVillages(dir))
      console.log(`generated ${path.relative(repo, dir)}/ in ${((performance.now() - t) / 1000).toFixed(1)} s`);
    const files = fs
      .readdirSync(dir)
      .filter((f) => f.endsWith('.csv'))
      .sort()
      .map((f) => path.join(dir, f));
    cases.push({ name: 'villages', files });
  }
  for (const c of cases) {
    c.rows = countLines(c.files) - c.files.length; // minus one header per file
    c.bytes = c.files.reduce((n, f) => n + fs.statSync(f).size, 0);
  }

  const avail = await scoreAvailable();
  const cpu0 = cpuTicks();
  const miller = hasMiller();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tree-bench-'));
  const out = path.join(tmp, 'score.json');
  const outBy = path.join(tmp, 'score-by.json');

  console.log(
    `node ${process.version}, ${os.cpus().length} cores, ${REPS} run(s) per measurement, median shown; load average ${loadavg()}`,
  );
  if (!avail.ok) console.log(`tree score not available: ${avail.why}; measuring the csv-parse baseline only`);
  console.log(miller ? `Miller: ${miller.split('\n')[0]}` : 'Miller (mlr) not found on PATH: skipped');

  for (const c of cases) {
    const kinds = ['parse'];
    if (avail.ok) kinds.push('score', 'by');
    if (miller) kinds.push('mlr', 'mlrBy');
    const runs = Object.fromEntries(kinds.map((k) => [k, []]));
    process.stdout.write(
      `${c.name}: ${c.rows.toLocaleString('en')} rows in ${c.files.length} file(s), ${(c.bytes / 2 ** 20).toFixed(1)} MB `,
    );
    // Interleaved so that drift (thermal, other load) hits every kind alike.
    for (let rep = 0; rep < REPS; rep++) {
      for (const kind of kinds) {
        let r;
        if (kind === 'parse') {
          r = await runChild(csvParseDriver(c.files));
          checkOk('csv-parse', r);
          if (r.records !== c.rows + c.files.length)
            throw new Error(`csv-parse counted ${r.records} records, expected ${c.rows + c.files.length}`);
        } else if (kind === 'score' || kind === 'by') {
          const args = [
            'score',
            ...c.files,
            ...(kind === 'by' ? ['--by', 'gender'] : []),
            '--json',
            '-o',
            kind === 'by' ? outBy : out,
            '--force',
          ];
          r = await runChild(scoreDriver(args));
          checkOk(`tree ${args.slice(0, 1).join(' ')}${kind === 'by' ? ' --by gender' : ''} (${c.name})`, r);
        } else {
          const group = kind === 'mlrBy' ? 'activity,gender' : 'activity';
          r = await runChild(
            millerDriver([
              '--icsv',
              '--ojson',
              'stats1',
              '-a',
              'count,mean,stddev',
              '-f',
              CRITERIA.join(','),
              '-g',
              group,
              ...c.files,
            ]),
          );
          checkOk(`mlr -g ${group}`, r);
        }
        runs[kind].push(r);
        process.stdout.write('.');
      }
    }
    process.stdout.write('\n');
    c.result = Object.fromEntries(kinds.map((k) => [k, summary(runs[k])]));
    c.runs = Object.fromEntries(
      kinds.map((k) => [
        k,
        runs[k].map((r) => ({
          ms: Math.round(r.ms),
          cpuMs: r.cpuMs == null ? null : Math.round(r.cpuMs),
          maxRssKB: r.maxRSS,
        })),
      ]),
    );
    if (avail.ok) c.sanity = sanity(out, outBy, c);
  }

  if (!KEEP_TMP) fs.rmSync(tmp, { recursive: true, force: true });
  const others = otherLoad(cpu0, cpuTicks());
  if (others !== undefined) {
    const busy = others > 0.2;
    console.log(
      `other processes used ${(others * 100).toFixed(0)}% of one core (of ${os.cpus().length}) during the runs${busy ? ': timings are noisy; run again on a quiet machine before trusting a MISS near the line' : ''}`,
    );
  }
  // Every run's figures, for a closer look at the spread (overwritten each time).
  const raw = cases.map(({ name, rows, bytes, runs }) => ({ name, rows, bytes, runs }));
  fs.writeFileSync(
    path.join(dataDir, 'last-run.json'),
    `${JSON.stringify({ node: process.version, reps: REPS, otherLoad: others, cases: raw }, null, 1)}\n`,
  );
  printTable(cases, avail.ok, miller);
  if (avail.ok) printTargets(cases);
  for (const c of cases) if (c.sanity) console.log(`note (${c.name}): ${c.sanity}`);
  console.log(`\ntotal bench time ${((performance.now() - started) / 1000).toFixed(0)} s`);
}

/** Checks the score output read every row; returns a note when something looks off. */
function sanity(file, fileBy, c) {
  try {
    const doc = JSON.parse(fs.readFileSync(file, 'utf8'));
    const rows = doc?.meta?.rows;
    const acts = doc?.activities?.length;
    const notes = [];
    if (typeof rows === 'number' && rows !== c.rows) notes.push(`meta.rows = ${rows}, file has ${c.rows} data rows`);
    if (acts !== ACTIVITIES.length) notes.push(`${acts} activities in output, expected ${ACTIVITIES.length}`);
    const by = JSON.parse(fs.readFileSync(fileBy, 'utf8'));
    const genders = Object.keys(by?.activities?.[0]?.segments?.gender ?? {}).length;
    if (genders !== GENDERS.length)
      notes.push(
        `--by gender output has ${genders} gender segment(s) for the first activity, expected ${GENDERS.length}`,
      );
    return notes.join('; ') || undefined;
  } catch (error) {
    return `could not read the score output: ${error.message}`;
  }
}

// ---------------------------------------------------------------------------------------
// Report

const loadavg = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');

/**
 * CPU ticks the whole machine spent busy, and those of this process and its waited-for
 * children (every measurement), from /proc; undefined where there is no /proc.
 */
function cpuTicks() {
  try {
    const all = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
    const busy = all.reduce((a, b) => a + b, 0) - all[3] - (all[4] ?? 0); // minus idle and iowait
    const self = fs.readFileSync('/proc/self/stat', 'utf8');
    const f = self
      .slice(self.lastIndexOf(')') + 2)
      .split(' ')
      .map(Number);
    const ours = f[11] + f[12] + f[13] + f[14]; // utime stime cutime cstime
    return { busy, ours, at: performance.now() };
  } catch {
    return undefined;
  }
}

/** How much of one core other processes used between two cpuTicks(), as a fraction. */
function otherLoad(a, b) {
  if (!a || !b) return undefined;
  const seconds = (b.at - a.at) / 1000;
  const hz = 100; // USER_HZ on Linux
  return Math.max(0, (b.busy - a.busy - (b.ours - a.ours)) / hz / seconds);
}

const fmt = {
  ms: (v) => (v == null ? '-' : v >= 100 ? v.toFixed(0) : v.toFixed(1)),
  ratio: (v) => (v == null || !Number.isFinite(v) ? '-' : `${v.toFixed(2)}x`),
  pct: (v) => (v == null || !Number.isFinite(v) ? '-' : `${v >= 0 ? '+' : ''}${(v * 100).toFixed(1)}%`),
  mb: (v) => (v == null ? '-' : v.toFixed(1)),
};

function printTable(cases, haveScore, miller) {
  const headers = [
    'rows',
    'csv-parse ms',
    'score ms',
    'ratio',
    'score --by ms',
    'by-overhead',
    'peak MB csv-parse',
    'peak MB score',
    'peak MB --by',
    'Miller ms',
    'Miller -g +gender ms',
  ];
  const lines = cases.map((c) => {
    const r = c.result;
    const s = r.score;
    const b = r.by;
    const rows = c.name === 'villages' ? `villages (${c.files.length})` : c.name;
    const na = haveScore ? undefined : 'n/a';
    return [
      rows,
      `${fmt.ms(r.parse.ms)} (min ${fmt.ms(r.parse.minMs)})`,
      na ?? `${fmt.ms(s.ms)} (min ${fmt.ms(s.minMs)})`,
      na ?? fmt.ratio(s.ms / r.parse.ms),
      na ?? `${fmt.ms(b.ms)} (min ${fmt.ms(b.minMs)})`,
      na ?? fmt.pct(b.ms / s.ms - 1),
      fmt.mb(r.parse.rssMB),
      na ?? fmt.mb(s.rssMB),
      na ?? fmt.mb(b.rssMB),
      miller ? fmt.ms(r.mlr.ms) : 'skipped',
      miller ? fmt.ms(r.mlrBy.ms) : 'skipped',
    ];
  });
  const widths = headers.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const row = (cells) =>
    cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ');
  console.log('');
  console.log(row(headers));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const l of lines) console.log(row(l));
  const v = cases.find((c) => c.name === 'villages');
  if (v && haveScore)
    console.log(
      `\nvillages: ${fmt.ms(v.result.score.ms / v.files.length)} ms per file (score), ${fmt.ms(v.result.parse.ms / v.files.length)} ms per file (csv-parse)`,
    );
  if (!haveScore) console.log('\ntree score not available: score columns left empty');
}

function printTargets(cases) {
  const small = cases.find((c) => c.name === '100k');
  const big = cases.find((c) => c.name === '1M');
  const distinct = cases.find((c) => c.name === '1M distinct');
  const targets = [];
  if (distinct) {
    const rounds = big
      ? ` (5,000 respondents in rounds: ${fmt.mb(big.result.score.rssMB)} MB)`
      : ' (add 1m to --sizes for the 5,000-respondent file beside it)';
    console.log(
      `\npeak memory of tree score at 1M rows: 1,000,000 distinct respondents ${fmt.mb(distinct.result.score.rssMB)} MB${rounds}`,
    );
    targets.push([
      '1M distinct respondents: peak memory <= 100 MB (score)',
      distinct.result.score.rssMB <= 100,
      `${fmt.mb(distinct.result.score.rssMB)} MB`,
    ]);
  }
  if (big) {
    const { parse, score, by } = big.result;
    targets.push([
      '1M rows: score <= 1.1x csv-parse',
      score.ms <= 1.1 * parse.ms,
      `${fmt.ratio(score.ms / parse.ms)} (min/min ${fmt.ratio(score.minMs / parse.minMs)})`,
    ]);
    targets.push(['1M rows: peak memory <= 100 MB (score)', score.rssMB <= 100, `${fmt.mb(score.rssMB)} MB`]);
    targets.push(['1M rows: peak memory <= 100 MB (score --by gender)', by.rssMB <= 100, `${fmt.mb(by.rssMB)} MB`]);
    targets.push([
      '1M rows: --by gender <= +10%',
      by.ms <= 1.1 * score.ms,
      `${fmt.pct(by.ms / score.ms - 1)} (min/min ${fmt.pct(by.minMs / score.minMs - 1)})`,
    ]);
  }
  if (big && small) {
    const grow = big.result.score.rssMB / small.result.score.rssMB;
    targets.push([
      'memory flat: score peak 1M <= 1.5x peak 100k',
      grow <= 1.5,
      `${fmt.ratio(grow)} (${fmt.mb(small.result.score.rssMB)} -> ${fmt.mb(big.result.score.rssMB)} MB)`,
    ]);
  }
  if (targets.length === 0) return;
  console.log('\ntargets (PRODUCT.md §7; verdict on medians, min/min shown for noise):');
  const w = Math.max(...targets.map((t) => t[0].length));
  for (const [name, ok, got] of targets) console.log(`  ${ok ? 'PASS' : 'MISS'}  ${name.padEnd(w)}  ${got}`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
