#!/usr/bin/env node
// Generates the bundled example workspace data (fictional village Desa Sumber Rejo,
// Kec. Semanu, Kab. Gunungkidul, DI Yogyakarta); the activity and skill catalogues in
// templates/ are written by hand and only checked here.
//
//   node scripts/make-example-data.mjs
//
// Deterministic: a seeded PRNG and no dependencies, so re-running gives identical
// bytes. Every person, organisation and contact here is invented.

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const DATA = join(ROOT, 'examples', 'workspace', 'data');
const TEMPLATES = join(ROOT, 'templates');

// ---------------------------------------------------------------- random helpers

// The project's own seeded generator (run `npm run build` first).
const { mulberry32 } = await import('../dist/core/stats.js');

const rng = mulberry32(20260914);
const rand = () => rng();
const randInt = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));
const pick = (arr) => arr[Math.floor(rand() * arr.length)];
const chance = (p) => rand() < p;
function normal() {
  // Box-Muller; 1 - u avoids log(0).
  const u = 1 - rand();
  const v = rand();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}
function shuffle(arr) {
  const a = arr.slice();
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}
function weightedPick(items, weights) {
  const total = weights.reduce((s, w) => s + w, 0);
  let r = rand() * total;
  for (let i = 0; i < items.length; i++) {
    r -= weights[i];
    if (r < 0) return items[i];
  }
  return items[items.length - 1];
}
/** k distinct items, drawn without replacement with the given weights. */
function weightedSample(items, weights, k) {
  const it = items.slice();
  const w = weights.slice();
  const out = [];
  while (out.length < k && it.length > 0) {
    const x = weightedPick(it, w);
    const i = it.indexOf(x);
    out.push(x);
    it.splice(i, 1);
    w.splice(i, 1);
  }
  return out;
}
function uuid4() {
  const b = Array.from({ length: 16 }, () => Math.floor(rand() * 256));
  b[6] = (b[6] & 0x0f) | 0x40; // version 4
  b[8] = (b[8] & 0x3f) | 0x80; // RFC 4122 variant
  const h = b.map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
const pad = (n, w = 2) => String(n).padStart(w, '0');

// ---------------------------------------------------------------- time helpers
// Times are handled as UTC epoch ms; local time in Gunungkidul is WIB (+07:00).

const WIB = 7 * 3600 * 1000;
const wibMs = (date, h, m = 0, s = 0) => Date.parse(`${date}T${pad(h)}:${pad(m)}:${pad(s)}Z`) - WIB;
/** Kobo start/end: local time with milliseconds and offset. */
function koboLocal(ms) {
  const d = new Date(ms + WIB).toISOString(); // shifted so the digits read as WIB
  return `${d.slice(0, 23)}+07:00`;
}
const koboToday = (ms) => new Date(ms + WIB).toISOString().slice(0, 10);
/** Kobo _submission_time: UTC, no zone designator, no fraction. */
const koboSubmission = (ms) => new Date(ms).toISOString().slice(0, 19);
/** ODK Central SubmissionDate: UTC with milliseconds and Z. */
const odkDate = (ms) => new Date(ms).toISOString();

// ---------------------------------------------------------------- CSV writers

/** KoboToolbox exporter dialect: `;`, every cell quoted, CRLF. */
function koboCsv(header, rows) {
  const q = (v) => `"${String(v ?? '').replace(/"/g, '""')}"`;
  return `${[header, ...rows].map((r) => r.map(q).join(';')).join('\r\n')}\r\n`;
}
/** ODK Central / plain RFC 4180 dialect: `,`, quoted only where needed, LF. */
function plainCsv(header, rows) {
  const q = (v) => {
    const s = String(v ?? '');
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return `${[header, ...rows].map((r) => r.map(q).join(',')).join('\n')}\n`;
}
function write(path, text) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text, 'utf8'); // Node writes UTF-8 without BOM
  console.log(`wrote ${path.slice(ROOT.length + 1)} (${text.length} chars)`);
}

// ---------------------------------------------------------------- domain constants

const CRITERIA = [
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
const FOOD = new Set(['keripik_singkong', 'tiwul_instan', 'tepung_mocaf', 'gula_semut']);

// "True" community view of each candidate, in CRITERIA order (1-5; capital_required and
// risk are cost criteria, so 5 = needs much capital / very risky). Karst upland: cassava
// is everywhere, water is scarce in the dry season, teak offcuts and goat manure abound.
const PROFILE = {
  //                    mkt  raw  skl  cap  prf  job  inc  env  risk
  keripik_singkong: [4.3, 4.8, 4.4, 2.3, 3.9, 3.9, 4.4, 4.1, 2.2],
  tiwul_instan: [3.9, 4.7, 4.4, 2.5, 3.7, 3.6, 4.3, 4.2, 2.3],
  tepung_mocaf: [4.0, 4.6, 3.3, 3.0, 3.9, 3.8, 4.0, 4.0, 2.6],
  penggemukan_kambing: [4.2, 3.6, 4.1, 3.7, 3.8, 2.9, 3.0, 3.4, 3.0],
  kerajinan_kayu: [3.4, 3.8, 3.0, 3.2, 3.5, 3.4, 3.1, 3.3, 2.9],
  pupuk_organik: [3.3, 4.4, 3.3, 2.3, 3.0, 3.2, 3.5, 4.7, 2.3],
  gula_semut: [3.7, 3.2, 2.9, 2.8, 3.6, 3.2, 3.8, 4.0, 2.8],
  budidaya_lele: [3.2, 1.7, 2.2, 3.8, 2.8, 2.6, 3.0, 1.9, 4.3],
  batik_tulis: [3.0, 2.8, 2.4, 3.0, 3.2, 3.3, 4.0, 3.4, 3.0],
  wisata_goa: [3.6, 3.9, 2.6, 4.3, 3.7, 4.2, 3.4, 3.3, 3.9],
};

/** Segment effects: how women/men, youth, elders and persons with disabilities differ. */
function adjustment(person, activity, criterion) {
  let d = 0;
  const w = person.gender === 'perempuan' ? 0.5 : -0.5; // half a gap each way
  if (FOOD.has(activity)) {
    if (criterion === 'inclusion') d += w * 1.0;
    if (criterion === 'skills_base') d += w * 0.7;
    if (criterion === 'market_demand') d += w * 0.3;
  }
  if (activity === 'penggemukan_kambing') {
    if (criterion === 'inclusion') d -= w * 0.8;
    if (criterion === 'skills_base') d -= w * 0.6;
    if (criterion === 'profitability') d -= w * 0.4;
  }
  if (activity === 'kerajinan_kayu') {
    if (criterion === 'inclusion') d -= w * 0.9;
    if (criterion === 'skills_base') d -= w * 0.6;
  }
  if (activity === 'wisata_goa' && criterion === 'risk') d += w * 0.6;
  if (activity === 'batik_tulis' && criterion === 'inclusion') d += w * 0.6;

  if (person.ageGroup === '15_24') {
    if (activity === 'wisata_goa' && ['market_demand', 'jobs_created', 'inclusion', 'skills_base'].includes(criterion))
      d += 0.6;
    if (activity === 'tiwul_instan' && criterion === 'market_demand') d -= 0.4; // "old people's food"
    if (activity === 'keripik_singkong' && criterion === 'market_demand') d += 0.2;
  }
  if (person.ageGroup === '60_plus' && activity === 'wisata_goa') d -= 0.3;
  if (person.disability === 'ya') {
    if (FOOD.has(activity) && criterion === 'inclusion') d += 0.3;
    if (activity === 'wisata_goa' && criterion === 'inclusion') d -= 0.9;
  }
  return d;
}

const DUSUN = ['krajan', 'ngasem', 'watugajah', 'sumberan'];
const _AGE_GROUPS = ['15_24', '25_39', '40_59', '60_plus'];
const ageGroupOf = (age) => (age < 25 ? '15_24' : age < 40 ? '25_39' : age < 60 ? '40_59' : '60_plus');
function ageIn(group) {
  const [lo, hi] = { '15_24': [16, 24], '25_39': [25, 39], '40_59': [40, 59], '60_plus': [60, 71] }[group];
  return randInt(lo, hi);
}

// ---------------------------------------------------------------- people

/** The 60 people of the household / trainee survey, with exact segment shares. */
function makePeople() {
  const n = 60;
  const genders = shuffle([...Array(33).fill('perempuan'), ...Array(27).fill('laki_laki')]);
  const groups = shuffle([
    ...Array(15).fill('15_24'),
    ...Array(21).fill('25_39'),
    ...Array(18).fill('40_59'),
    ...Array(6).fill('60_plus'),
  ]);
  const dusun = shuffle(DUSUN.flatMap((d) => Array(15).fill(d)));
  const disabled = new Set(shuffle([...Array(n).keys()]).slice(0, 4));
  return Array.from({ length: n }, (_, i) => {
    const age = ageIn(groups[i]);
    return {
      id: `SR-${pad(i + 1, 3)}`,
      gender: genders[i],
      age,
      ageGroup: ageGroupOf(age),
      disability: disabled.has(i) ? 'ya' : 'tidak',
      dusun: dusun[i],
    };
  });
}

/**
 * The 36 rating respondents: 9 per dusun, mostly people from the household survey plus
 * a few local business people and leaders who were not (ids after SR-060).
 */
function makeRaters(people) {
  const raters = [];
  let extra = 61;
  for (const d of DUSUN) {
    const local = shuffle(people.filter((p) => p.dusun === d)).slice(0, randInt(7, 8));
    while (local.length < 9) {
      const age = ageIn(pick(['25_39', '40_59', '40_59', '60_plus']));
      local.push({
        id: `SR-${pad(extra++, 3)}`,
        gender: chance(0.7) ? 'laki_laki' : 'perempuan',
        age,
        ageGroup: ageGroupOf(age),
        disability: 'tidak',
        dusun: d,
      });
    }
    raters.push(...local);
  }
  return raters;
}

// ---------------------------------------------------------------- ratings.csv

const KOBO_HEADER = [
  'start',
  'end',
  'today',
  'group_respondent/respondent_id',
  'group_respondent/gender',
  'group_respondent/age_group',
  'group_respondent/disability',
  'group_respondent/dusun',
  'activity',
  ...CRITERIA.map((c) => `group_rating/${c}`),
  'group_rating/comment',
  '_id',
  '_uuid',
  '_submission_time',
  '_validation_status',
  '_notes',
  '_status',
  '_submitted_by',
  '__version__',
  '_tags',
  '_index',
];

const COMMENTS = [
  ['keripik_singkong', 'Singkong melimpah waktu panen, harga murah'],
  ['keripik_singkong', 'Sudah ada pembeli tetap di Wonosari'],
  ['tiwul_instan', 'Produk "tiwul instan" laris sebagai oleh-oleh'],
  ['tepung_mocaf', 'Perlu alat pengering, modal agak besar'],
  ['budidaya_lele', 'Air sulit saat kemarau; kolam bisa kering'],
  ['penggemukan_kambing', 'Pakan hijauan susah di musim kemarau'],
  ['wisata_goa', 'Pemuda tertarik jadi pemandu goa'],
  ['pupuk_organik', 'Kotoran kambing banyak, belum diolah'],
  ['batik_tulis', 'Belum ada yang bisa membatik di dusun ini'],
];

function makeRatings(raters) {
  const SESSION_DAY = { krajan: '2026-09-14', ngasem: '2026-09-15', watugajah: '2026-09-16', sumberan: '2026-09-17' };
  const ENUMERATORS = ['enum_sari', 'enum_budi', 'enum_wulan'];
  // batik_tulis is a marginal idea raised by only four people, so it gets a low n.
  const batikRaters = new Set(
    shuffle(raters.filter((r) => r.gender === 'perempuan'))
      .slice(0, 3)
      .concat(shuffle(raters.filter((r) => r.gender === 'laki_laki')).slice(0, 1)),
  );
  const others = ACTIVITIES.filter((a) => a !== 'batik_tulis');

  const rows = [];
  const clock = {}; // per dusun and enumerator: when that enumerator is next free
  for (const person of raters) {
    const enumerator = ENUMERATORS[raters.indexOf(person) % 3];
    const key = `${person.dusun}/${enumerator}`;
    const day = SESSION_DAY[person.dusun];
    clock[key] ??= wibMs(day, 8, randInt(30, 50), randInt(0, 59));
    let t = clock[key];
    const bias = normal() * 0.3; // lenient or strict rater

    let chosen;
    const weights = others.map((a) => {
      let w = 1;
      if (person.gender === 'perempuan' && FOOD.has(a)) w *= 1.6;
      if (person.gender === 'laki_laki' && ['penggemukan_kambing', 'kerajinan_kayu', 'pupuk_organik'].includes(a))
        w *= 1.6;
      if (person.ageGroup === '15_24' && a === 'wisata_goa') w *= 1.8;
      return w;
    });
    if (batikRaters.has(person)) {
      chosen = ['batik_tulis', ...weightedSample(others, weights, randInt(5, 8))];
    } else {
      const k = weightedPick([4, 5, 6, 7, 8, 9], [1, 2, 3, 3, 3, 2]);
      chosen = weightedSample(others, weights, k);
    }
    chosen = ACTIVITIES.filter((a) => chosen.includes(a)); // form lists them in a fixed order

    for (const activity of chosen) {
      const start = t + randInt(5, 40) * 1000 + randInt(0, 999);
      const end = start + randInt(110, 330) * 1000 + randInt(0, 999);
      const ratings = CRITERIA.map((c, ci) => {
        const r = rand();
        if (r < 0.022) return 'n/a';
        if (r < 0.034) return '';
        const v = PROFILE[activity][ci] + adjustment(person, activity, c) + bias + normal() * 0.75;
        return String(Math.min(5, Math.max(1, Math.round(v))));
      });
      // enum_budi's tablet was offline in Watugajah: those forms synced in the evening.
      const offline = enumerator === 'enum_budi' && person.dusun === 'watugajah';
      const submitted = offline ? wibMs(day, 19, 40, 0) + rows.length * 1300 : end + randInt(2, 25) * 1000;
      rows.push({ person, activity, ratings, comment: '', start, end, submitted, enumerator });
      t = end;
    }
    clock[key] = t + randInt(3, 12) * 60 * 1000; // break before the next respondent
  }

  for (const [activity, text] of COMMENTS) {
    const candidates = rows.filter((r) => r.activity === activity && !r.comment);
    pick(candidates).comment = text;
  }

  rows.sort((a, b) => a.submitted - b.submitted);
  const version = 'vHq7x2k9cPjTQe3aBn4RzL';
  let id = 418207350;
  const out = rows.map((r, i) => {
    id += randInt(1, 4); // other projects share the server's id sequence
    return [
      koboLocal(r.start),
      koboLocal(r.end),
      koboToday(r.start),
      r.person.id,
      r.person.gender,
      r.person.ageGroup,
      r.person.disability,
      r.person.dusun,
      r.activity,
      ...r.ratings,
      r.comment,
      id,
      uuid4(),
      koboSubmission(r.submitted),
      '',
      '',
      'submitted_via_web',
      r.enumerator,
      version,
      '',
      i + 1,
    ];
  });
  return { text: koboCsv(KOBO_HEADER, out), rows };
}

// ---------------------------------------------------------------- households.csv

const SKILLS_COLS = [
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

function makeHouseholds(people) {
  const header = [
    'SubmissionDate',
    'respondent-respondent_id',
    'respondent-gender',
    'respondent-age',
    'respondent-disability',
    'respondent-dusun',
    'respondent-education',
    'livelihood-current_activity',
    'interest-wanted_activities',
    ...ACTIVITIES.map((a) => `interest-wanted_activities/${a}`),
    ...SKILLS_COLS.map((s) => `skills-${s}`),
    'training-preferred_time',
    'training-preferred_place',
    'training-preferred_length_days',
    'constraints-constraints',
    'support-support_wanted',
    'meta-instanceID',
    'KEY',
    'SubmitterID',
    'SubmitterName',
    'Status',
    'ReviewState',
    'FormVersion',
  ];
  const SUBMITTERS = [
    [27, 'enum_sari'],
    [31, 'enum_budi'],
    [34, 'enum_wulan'],
  ];
  const DAYS = { krajan: '2026-09-07', ngasem: '2026-09-08', watugajah: '2026-09-09', sumberan: '2026-09-10' };
  const clamp = (v) => String(Math.min(5, Math.max(1, Math.round(v))));

  const records = people.map((p) => {
    const woman = p.gender === 'perempuan';
    const youth = p.ageGroup === '15_24';
    const old = p.ageGroup === '60_plus';
    const education = youth
      ? weightedPick(['smp', 'sma', 'diploma_sarjana'], [3, 6, 1])
      : old
        ? weightedPick(['tidak_sekolah', 'sd', 'smp'], [3, 5, 1])
        : weightedPick(['sd', 'smp', 'sma', 'diploma_sarjana'], [4, 4, 3, 1]);
    const eduBoost = { tidak_sekolah: -1.5, sd: -0.5, smp: 0, sma: 0.5, diploma_sarjana: 1 }[education];

    const current = youth
      ? weightedPick(
          ['pelajar', 'tidak_bekerja', 'buruh_tani', 'pekerja_musiman_kota', 'usaha_makanan'],
          woman ? [3, 3, 1, 2, 2] : [3, 2, 2, 4, 0],
        )
      : woman
        ? weightedPick(['ibu_rumah_tangga', 'petani', 'buruh_tani', 'usaha_makanan', 'pedagang_kecil'], [4, 4, 2, 3, 2])
        : weightedPick(
            ['petani', 'peternak', 'buruh_tani', 'buruh_bangunan', 'pengrajin', 'pedagang_kecil'],
            [5, 3, 2, 2, 1, 1],
          );

    const interestW = ACTIVITIES.map((a) => {
      let w = 1;
      if (FOOD.has(a)) w = woman ? 4 : 1;
      if (a === 'penggemukan_kambing') w = woman ? 1 : 4;
      if (a === 'kerajinan_kayu' || a === 'pupuk_organik') w = woman ? 0.5 : 2.5;
      if (a === 'batik_tulis') w = woman ? 1.2 : 0.2;
      if (a === 'budidaya_lele') w = 0.6;
      if (a === 'wisata_goa') w = youth ? 4 : 0.8;
      if (p.disability === 'ya' && a === 'wisata_goa') w = 0.2;
      return w;
    });
    const wanted = new Set(weightedSample(ACTIVITIES, interestW, weightedPick([1, 2, 3, 4], [3, 5, 3, 1])));

    const lit = 3.4 + eduBoost + normal() * 0.5;
    const skill = {
      literacy: clamp(lit),
      numeracy: clamp(lit - 0.2 + normal() * 0.5),
      food_processing: clamp((woman ? 3.8 : 1.9) + (current === 'usaha_makanan' ? 0.8 : 0) + normal() * 0.7),
      livestock: clamp((woman ? 2.4 : 3.6) + (current === 'peternak' ? 1 : 0) - (youth ? 0.6 : 0) + normal() * 0.7),
      handicraft: clamp(1.9 + (current === 'pengrajin' ? 2.3 : 0) + normal() * 0.7),
      bookkeeping: clamp(
        1.8 + eduBoost * 0.6 + (current === 'pedagang_kecil' || current === 'usaha_makanan' ? 0.8 : 0) + normal() * 0.6,
      ),
      costing_pricing: clamp(
        2.0 + eduBoost * 0.4 + (current === 'pedagang_kecil' || current === 'usaha_makanan' ? 0.9 : 0) + normal() * 0.6,
      ),
      marketing: clamp(1.9 + (youth ? 0.6 : 0) + (current === 'pedagang_kecil' ? 1 : 0) + normal() * 0.6),
      group_work: clamp(3.3 + (woman ? 0.3 : 0) + normal() * 0.6),
    };

    const time = woman
      ? weightedPick(['pagi', 'siang', 'sore', 'malam'], [2, 5, 3, 1])
      : weightedPick(['pagi', 'siang', 'sore', 'malam'], [2, 1, 3, 4]);
    const place = weightedPick(
      ['balai_desa', 'rumah_warga', 'blk_wonosari', 'lokasi_usaha'],
      woman ? [6, 4, 1, 1] : youth ? [3, 1, 4, 2] : [5, 1, 2, 3],
    );
    const length = Math.min(10, Math.max(1, Math.round((woman ? 3.5 : 4.5) + normal() * 1.5)));

    const cons = [];
    if (woman && !old && chance(0.65)) cons.push('pengasuhan_anak');
    if (p.dusun === 'watugajah' || p.disability === 'ya' ? chance(0.7) : chance(0.2)) cons.push('transportasi');
    if (chance(0.45)) cons.push('biaya');
    if (!woman && !youth && chance(0.5)) cons.push('waktu_kerja');
    if (cons.length === 0) cons.push('tidak_ada');
    const constraints = ['pengasuhan_anak', 'transportasi', 'biaya', 'waktu_kerja', 'tidak_ada'].filter((c) =>
      cons.includes(c),
    );

    const SUP = ['kredit', 'peralatan', 'akses_pasar', 'pembentukan_kelompok', 'pendampingan'];
    const support = new Set(weightedSample(SUP, [5, 4, 4, woman ? 3 : 1.5, 2.5], weightedPick([1, 2, 3], [2, 4, 2])));

    const [sid, sname] = pick(SUBMITTERS);
    const submitted = wibMs(DAYS[p.dusun], randInt(9, 16), randInt(0, 59), randInt(0, 59)) + randInt(0, 999);
    const instance = `uuid:${uuid4()}`;
    const review = weightedPick(['approved', '', 'hasIssues'], [12, 5, 1]);
    return {
      submitted,
      row: [
        odkDate(submitted),
        p.id,
        p.gender,
        p.age,
        p.disability,
        p.dusun,
        education,
        current,
        ACTIVITIES.filter((a) => wanted.has(a)).join(' '),
        ...ACTIVITIES.map((a) => (wanted.has(a) ? 1 : 0)),
        ...SKILLS_COLS.map((s) => skill[s]),
        time,
        place,
        length,
        constraints.join(' '),
        SUP.filter((s) => support.has(s)).join(' '),
        instance,
        instance,
        sid,
        sname,
        '',
        review,
        '2026090501',
      ],
    };
  });
  records.sort((a, b) => a.submitted - b.submitted);
  return plainCsv(
    header,
    records.map((r) => r.row),
  );
}

// ---------------------------------------------------------------- partners.csv

function makePartners() {
  const header = [
    'name',
    'type',
    'services',
    'sectors',
    'location',
    'distance_km',
    'capacity_per_year',
    'cost',
    'contact_person',
    'phone',
    'email',
  ];
  // capacity_per_year: people (trainees, borrowers or supplier producers) served a year.
  const rows = [
    [
      'BLK Gunungkidul',
      'training_provider',
      'skills_training certification',
      'food_processing handicraft agriculture',
      'Wonosari',
      12,
      480,
      'free',
      'Drs. Bambang Wicaksono',
      '0812-0000-1101',
      'blk.gunungkidul@example.org',
    ],
    [
      'BLK Komunitas Pondok Pesantren Nurul Huda Semanu',
      'training_provider',
      'skills_training business_training',
      'food_processing handicraft',
      'Semanu',
      5,
      64,
      'free',
      'Ustadz Ahmad Fauzan',
      '0812-0000-1102',
      'blkk.nurulhuda@example.org',
    ],
    [
      'LPK Citra Boga Mandiri',
      'training_provider',
      'skills_training business_training certification',
      'food_processing',
      'Wonosari',
      13,
      120,
      'medium',
      'Retno Kusumawati',
      '0812-0000-1103',
      'lpk.citraboga@example.org',
    ],
    [
      'Dinas Koperasi dan UKM Kabupaten Gunungkidul',
      'government',
      'business_training group_formation certification market_linkage',
      'all',
      'Wonosari',
      12,
      300,
      'free',
      'Hj. Sri Lestari, S.E.',
      '0812-0000-1104',
      'dinkopukm.gk@example.org',
    ],
    [
      'Dinas Pertanian dan Pangan Kabupaten Gunungkidul',
      'government',
      'skills_training mentoring equipment',
      'agriculture livestock food_processing',
      'Wonosari',
      12,
      250,
      'free',
      'Ir. Heru Santoso',
      '0812-0000-1105',
      'distan.gk@example.org',
    ],
    [
      'Dinas Pariwisata Kabupaten Gunungkidul',
      'government',
      'skills_training business_training market_linkage',
      'tourism',
      'Wonosari',
      12,
      150,
      'free',
      'Dewi Anggraini',
      '0812-0000-1106',
      'dispar.gk@example.org',
    ],
    [
      'Dinas Kelautan dan Perikanan Kabupaten Gunungkidul',
      'government',
      'skills_training equipment',
      'fisheries',
      'Wonosari',
      12,
      80,
      'free',
      'Agus Prasetyo',
      '0812-0000-1107',
      'dkp.gk@example.org',
    ],
    [
      'BUMDes Sumber Rejo Makmur',
      'bumdes',
      'market_linkage equipment group_formation',
      'food_processing agriculture tourism',
      'Sumber Rejo',
      0,
      40,
      'low',
      'Suparno',
      '0812-0000-1108',
      'bumdes.sumberrejo@example.org',
    ],
    [
      'Koperasi Wanita Sekar Arum',
      'cooperative',
      'credit group_formation market_linkage',
      'food_processing handicraft',
      'Semanu',
      4,
      150,
      'low',
      'Sumarni',
      '0812-0000-1109',
      'kopwan.sekararum@example.org',
    ],
    [
      'Credit Union Tunas Harapan',
      'microfinance',
      'credit business_training',
      'all',
      'Wonosari',
      11,
      400,
      'low',
      'Yohanes Widodo',
      '0812-0000-1110',
      'cu.tunasharapan@example.org',
    ],
    [
      'Bank Mitra Usaha Rakyat Unit Semanu',
      'bank',
      'credit',
      'all',
      'Semanu',
      4,
      600,
      'medium',
      'Rina Oktaviani',
      '0812-0000-1111',
      'kur.semanu@example.org',
    ],
    [
      'LKM Artha Sembada',
      'microfinance',
      'credit mentoring',
      'agriculture livestock food_processing',
      'Wonosari',
      12,
      250,
      'medium',
      'Sutrisno',
      '0812-0000-1112',
      'lkm.arthasembada@example.org',
    ],
    [
      'Yayasan Perempuan Berdaya Mandiri',
      'ngo',
      'business_training mentoring group_formation market_linkage',
      'food_processing handicraft',
      'Yogyakarta',
      45,
      60,
      'free',
      'Fitri Handayani',
      '0812-0000-1113',
      'ypbm@example.org',
    ],
    [
      'Klinik Usaha Karya Prima',
      'bds',
      'business_training mentoring certification market_linkage',
      'food_processing handicraft tourism',
      'Wonosari',
      12,
      80,
      'medium',
      'Andi Nugroho, S.Kom.',
      '0812-0000-1114',
      'klinikusaha.kp@example.org',
    ],
    [
      'Toko Oleh-oleh Sari Rasa',
      'buyer',
      'market_linkage',
      'food_processing',
      'Wonosari',
      12,
      25,
      'free',
      'Lilik Rahayu',
      '0812-0000-1115',
      'sarirasa@example.org',
    ],
    [
      'UD Ternak Makmur Jaya',
      'buyer',
      'market_linkage',
      'livestock',
      'Playen',
      20,
      '',
      'free',
      'Pak Slamet Riyadi',
      '0812-0000-1116',
      'ternakmakmur@example.org',
    ],
  ];
  return plainCsv(header, rows);
}

// ---------------------------------------------------------------- catalogue
// The activity and skill catalogues (templates/) are written by hand; the example's
// activities and skill columns must exist in them.

function checkCatalogue() {
  const read = (f) => JSON.parse(readFileSync(join(TEMPLATES, f), 'utf8'));
  const activities = new Set(read('activities.json').map((a) => a.id));
  const skills = new Set(read('skills.json').map((s) => s.id));
  for (const s of SKILLS_COLS) if (!skills.has(s)) throw new Error(`unknown skill column ${s}`);
  for (const a of ACTIVITIES) if (!activities.has(a)) throw new Error(`catalogue lacks ${a}`);
}

// ---------------------------------------------------------------- main
// Order matters: every generator draws from the one PRNG stream.

const people = makePeople();
const raters = makeRaters(people);
const ratings = makeRatings(raters);
write(join(DATA, 'ratings.csv'), ratings.text);
write(join(DATA, 'households.csv'), makeHouseholds(people));
write(join(DATA, 'partners.csv'), makePartners());
checkCatalogue();
