/**
 * The one table of commands and flags. It drives commander (cli/program.ts), the types of
 * the parsed flags (FlagsOf below) and the option lists in the README (cli/docs.ts, kept
 * in step by a test), so a flag shared by several commands is declared once.
 */
import { SCORE_LIMITS } from '../core/score/report.js';

export interface Text {
  en: string;
  id: string;
}

/** The words of help itself, beside the help of each flag (help never loads the message catalogues). */
export const HELP_WORDS = {
  program: {
    en: 'TREE assessments: community profile, opportunity scoring, training needs, partners and reports.',
    id: 'Asesmen TREE: profil masyarakat, penilaian peluang, kebutuhan pelatihan, mitra dan laporan.',
  },
  usage: { en: 'Usage:', id: 'Penggunaan:' },
  arguments: { en: 'Arguments:', id: 'Argumen:' },
  options: { en: 'Options:', id: 'Opsi:' },
  globalOptions: { en: 'Global options:', id: 'Opsi umum:' },
  commands: { en: 'Commands:', id: 'Perintah:' },
  examples: { en: 'Examples:', id: 'Contoh:' },
  choices: { en: 'choices: {choices}', id: 'pilihan: {choices}' },
  default: { en: 'default: {value}', id: 'bawaan: {value}' },
  help: { en: 'show help', id: 'tampilkan bantuan' },
  helpCommand: { en: 'show help for a command', id: 'tampilkan bantuan untuk sebuah perintah' },
  version: { en: 'print the version', id: 'tampilkan versi' },
} as const satisfies Record<string, Text>;

export interface OptionDef {
  /** The property commander gives the value under (camelCase of the long flag). */
  readonly key: string;
  /** commander's flag syntax: `-o, --output <file>`, `--sensitivity [runs]`, `--force`. */
  readonly flags: string;
  readonly help: Text;
  readonly choices?: readonly string[];
  /** Shown in help; the value itself is defaulted where the flag is read. */
  readonly default?: string;
  /** Given several times, the values are collected in a list. */
  readonly repeatable?: boolean;
}

export interface ArgumentDef {
  /** commander's syntax: `[dir]`, `<file...>`. */
  readonly name: string;
  readonly help: Text;
  readonly default?: string;
}

export interface CommandDef {
  readonly name: string;
  readonly summary: Text;
  readonly args: readonly ArgumentDef[];
  readonly options: readonly OptionDef[];
  /** Shell lines shown under "Examples" in --help; a test runs every one. */
  readonly examples: readonly string[];
}

/** The value type commander gives a flag: a list, a string, string-or-true, or a switch. */
type ValueOf<O extends OptionDef> = O extends { repeatable: true }
  ? string[]
  : O['flags'] extends `${string}<${string}>`
    ? string
    : O['flags'] extends `${string}[${string}]`
      ? string | true
      : boolean;

/** The parsed flags of a list of option definitions, keyed as commander keys them. */
export type FlagsOf<Os extends readonly OptionDef[]> = { [O in Os[number] as O['key']]?: ValueOf<O> };

export const GLOBAL_OPTIONS = [
  {
    key: 'lang',
    flags: '--lang <lang>',
    choices: ['en', 'id'],
    help: {
      en: 'language of messages and output (default: workspace, then LANG, then en)',
      id: 'bahasa pesan dan keluaran (bawaan: ruang kerja, lalu LANG, lalu en)',
    },
  },
  {
    key: 'workspace',
    flags: '-w, --workspace <path>',
    help: {
      en: 'assessment.json to use, or its folder (default: the nearest one above the current folder)',
      id: 'assessment.json yang dipakai, atau foldernya (bawaan: yang terdekat di atas folder ini)',
    },
  },
  { key: 'color', flags: '--color', help: { en: 'force colour output', id: 'paksa keluaran berwarna' } },
  {
    key: 'color',
    flags: '--no-color',
    help: { en: 'never use colour (NO_COLOR is honoured too)', id: 'jangan pakai warna (NO_COLOR juga dihormati)' },
  },
  {
    key: 'debug',
    flags: '--debug',
    help: { en: 'show stack traces for errors', id: 'tampilkan jejak tumpukan untuk galat' },
  },
] as const satisfies readonly OptionDef[];

const FORCE = {
  key: 'force',
  flags: '--force',
  help: { en: 'overwrite existing output files', id: 'timpa berkas keluaran yang sudah ada' },
} as const;

const QUIET = {
  key: 'quiet',
  flags: '-q, --quiet',
  help: { en: 'no progress line while reading', id: 'tanpa baris kemajuan selama membaca' },
} as const;

const WIDE = {
  key: 'wide',
  flags: '--wide',
  help: {
    en: 'on a terminal, show every column even when the table is wider than the window',
    id: 'di terminal, tampilkan semua kolom meskipun tabel lebih lebar dari jendela',
  },
} as const;

/** `--excel [dialect]`, for every command that writes CSV. */
const EXCEL = {
  key: 'excel',
  flags: '--excel [dialect]',
  help: {
    en: 'CSV for Excel (UTF-8 BOM, CRLF) in the dialect of the output language, or of en ("," and ".") or id (";" and decimal commas)',
    id: 'CSV untuk Excel (BOM UTF-8, CRLF) menurut bahasa keluaran, atau en ("," dan ".") atau id (";" dan koma desimal)',
  },
} as const;

/** Output flags of every command that produces a result (README, "Command reference"). */
function outputOptions<const F extends readonly string[]>(formats: F) {
  return [
    {
      key: 'format',
      flags: '--format <format>',
      choices: formats,
      help: { en: 'output format', id: 'format keluaran' },
    },
    { key: 'json', flags: '--json', help: { en: 'short for --format json', id: 'singkatan dari --format json' } },
    {
      key: 'output',
      flags: '-o, --output <file>',
      help: {
        en: 'write the result to FILE instead of standard output (- for stdout)',
        id: 'tulis hasil ke FILE, bukan ke keluaran standar (- untuk stdout)',
      },
    },
    FORCE,
  ] as const;
}

/** Flags of every command that reads survey CSVs. */
export const CSV_OPTIONS = [
  {
    key: 'map',
    flags: '--map <field=column,...>',
    help: {
      en: 'map columns: activity=Q1,market_demand=Q5,gender=sex',
      id: 'petakan kolom: activity=Q1,market_demand=Q5,gender=jenis_kelamin',
    },
  },
  {
    key: 'delimiter',
    flags: '--delimiter <char>',
    help: {
      en: 'CSV delimiter: , ; tab | (default: sniffed from the header line)',
      id: 'pemisah CSV: , ; tab | (bawaan: ditebak dari baris judul)',
    },
  },
  {
    key: 'encoding',
    flags: '--encoding <name>',
    help: {
      en: 'utf-8, utf-16le, utf-16be or windows-1252 (default: detected)',
      id: 'utf-8, utf-16le, utf-16be atau windows-1252 (bawaan: dikenali otomatis)',
    },
  },
  {
    key: 'skipInvalid',
    flags: '--skip-invalid',
    help: {
      en: 'skip ratings that are not numbers or outside the scale, and say how many',
      id: 'lewati nilai yang bukan angka atau di luar skala, dan sebutkan berapa banyak',
    },
  },
] as const satisfies readonly OptionDef[];

const L = SCORE_LIMITS;

export const SCORE_OPTIONS = [
  QUIET,
  WIDE,
  EXCEL,
  {
    key: 'by',
    flags: '--by <field>',
    repeatable: true,
    help: {
      en: 'also score per segment: gender, age, disability, village or any mapped column (repeatable, or comma-separated)',
      id: 'nilai juga per segmen: gender, age, disability, village atau kolom yang dipetakan (boleh diulang, atau dipisah koma)',
    },
  },
  {
    key: 'weights',
    flags: '--weights <spec>',
    help: {
      en: 'criterion weights: "market_demand=2,risk=0.5", or a .json / .csv file',
      id: 'bobot kriteria: "market_demand=2,risk=0.5", atau berkas .json / .csv',
    },
  },
  {
    key: 'shortlist',
    flags: '--shortlist <n>',
    default: String(L.shortlist.default),
    help: {
      en: `how many top activities make the TREE shortlist (${L.shortlist.min}-${L.shortlist.max})`,
      id: `berapa kegiatan teratas masuk daftar pendek TREE (${L.shortlist.min}-${L.shortlist.max})`,
    },
  },
  {
    key: 'feasibility',
    flags: '--feasibility <n>',
    default: String(L.feasibility.default),
    help: {
      en: `how many of the best to mark for a feasibility study (${L.feasibility.min}-${L.feasibility.max})`,
      id: `berapa yang terbaik ditandai untuk studi kelayakan (${L.feasibility.min}-${L.feasibility.max})`,
    },
  },
  {
    key: 'minN',
    flags: '--min-n <n>',
    default: String(L.minN.default),
    help: {
      en: 'flag activities with fewer ratings than this as low_n',
      id: 'tandai kegiatan dengan penilaian lebih sedikit dari ini sebagai low_n',
    },
  },
  {
    key: 'sensitivity',
    flags: '--sensitivity [runs]',
    help: {
      en: `perturb the weights at random (default ${L.runs.default} runs) and report how stable the ranking is`,
      id: `ubah bobot secara acak (bawaan ${L.runs.default} putaran) dan laporkan seberapa stabil peringkatnya`,
    },
  },
  {
    key: 'spread',
    flags: '--spread <percent>',
    default: String(L.spreadPercent.default),
    help: {
      en: 'with --sensitivity: how far each weight may move, in percent',
      id: 'dengan --sensitivity: seberapa jauh setiap bobot boleh bergeser, dalam persen',
    },
  },
  {
    key: 'seed',
    flags: '--seed <n>',
    default: String(L.seed.default),
    help: {
      en: 'with --sensitivity: random seed, for repeatable runs',
      id: 'dengan --sensitivity: benih acak, agar hasil dapat diulang',
    },
  },
  {
    key: 'allowLowN',
    flags: '--allow-low-n',
    help: {
      en: 'let activities with fewer ratings than --min-n into the shortlist and the feasibility marks',
      id: 'izinkan kegiatan dengan penilaian lebih sedikit dari --min-n masuk daftar pendek dan tanda studi kelayakan',
    },
  },
  {
    key: 'criteria',
    flags: '--criteria <ids>',
    help: {
      en: 'the criteria, instead of the workspace\'s: "rating,food_rating,price:cost" (a benefit unless marked :cost)',
      id: 'kriteria, menggantikan kriteria ruang kerja: "rating,food_rating,price:cost" (manfaat kecuali ditandai :cost)',
    },
  },
  {
    key: 'scale',
    flags: '--scale <min..max>',
    help: {
      en: 'the rating scale, instead of survey.scale: "0..2", "1..5" (a criterion\'s own scale still applies to it)',
      id: 'skala penilaian, menggantikan survey.scale: "0..2", "1..5" (skala milik kriteria tetap berlaku untuknya)',
    },
  },
  {
    key: 'labels',
    flags: '--labels <file>',
    help: {
      en: 'answer words and their numbers, as survey.scale.labels: a .json object or a .csv of word,number',
      id: 'kata jawaban dan angkanya, seperti survey.scale.labels: objek .json atau .csv berisi kata,angka',
    },
  },
  ...CSV_OPTIONS,
  ...outputOptions(['table', 'md', 'csv', 'json']),
] as const satisfies readonly OptionDef[];

export const VALIDATE_OPTIONS = [
  ...CSV_OPTIONS.filter((o) => o.key !== 'skipInvalid'),
  ...outputOptions(['table', 'md', 'json']),
] as const satisfies readonly OptionDef[];

export const INIT_OPTIONS = [
  {
    key: 'village',
    flags: '--village <name>',
    help: { en: 'village (desa / kelurahan) name', id: 'nama desa / kelurahan' },
  },
  {
    key: 'district',
    flags: '--district <name>',
    help: { en: 'district or regency (kabupaten / kota)', id: 'kabupaten / kota' },
  },
  { key: 'province', flags: '--province <name>', help: { en: 'province', id: 'provinsi' } },
  {
    key: 'yes',
    flags: '-y, --yes',
    help: { en: 'do not ask: take flags and defaults', id: 'jangan bertanya: pakai flag dan nilai bawaan' },
  },
  {
    key: 'force',
    flags: '--force',
    help: { en: 'overwrite an existing workspace', id: 'timpa ruang kerja yang sudah ada' },
  },
] as const satisfies readonly OptionDef[];

export const NEEDS_OPTIONS = [
  QUIET,
  WIDE,
  {
    key: 'activities',
    flags: '--activities <list>',
    help: {
      en: "activities to analyse, comma-separated ids or names (default: the workspace's shortlist, else all wanted)",
      id: 'kegiatan yang dianalisis, id atau nama dipisah koma (bawaan: daftar pendek ruang kerja, atau semua yang diminati)',
    },
  },
  {
    key: 'lackingAtMost',
    flags: '--lacking-at-most <n>',
    help: {
      en: 'a self-rating at most N (of 5) counts as lacking the skill (default 2)',
      id: 'penilaian diri paling tinggi N (dari 5) dihitung kurang (bawaan 2)',
    },
  },
  {
    key: 'groupSize',
    flags: '--group-size <n>',
    help: { en: 'people per training group (default 20)', id: 'orang per kelompok pelatihan (bawaan 20)' },
  },
  {
    key: 'jobs',
    flags: '--jobs <n>',
    help: {
      en: 'threads that read a large survey file (from 8 MB) together, 1–64 (default: one per core, up to 4); the report is the same',
      id: 'utas yang membaca berkas survei besar (mulai 8 MB) bersama, 1–64 (bawaan: satu per inti, paling banyak 4); laporannya sama',
    },
  },
  {
    key: 'table',
    flags: '--table <name>',
    choices: ['modules', 'activities', 'skills', 'plan', 'constraints', 'support'],
    help: {
      en: 'the table written as CSV (default modules: one row per activity × module)',
      id: 'tabel yang ditulis sebagai CSV (bawaan modules: satu baris per kegiatan × modul)',
    },
  },
  EXCEL,
  ...CSV_OPTIONS.filter((o) => o.key !== 'skipInvalid'),
  ...outputOptions(['table', 'md', 'csv', 'json']),
] as const satisfies readonly OptionDef[];

export const PARTNERS_OPTIONS = [
  WIDE,
  {
    key: 'households',
    flags: '--households <csv>',
    repeatable: true,
    help: {
      en: 'household survey for the needs (default: needs.files of the workspace; none: needs from the catalogue)',
      id: 'survei rumah tangga untuk kebutuhan (bawaan: needs.files di ruang kerja; tanpa itu: kebutuhan dari katalog)',
    },
  },
  {
    key: 'activities',
    flags: '--activities <list>',
    help: {
      en: "activities, comma-separated ids or names (default: the workspace's shortlist)",
      id: 'kegiatan, id atau nama dipisah koma (bawaan: daftar pendek ruang kerja)',
    },
  },
  {
    key: 'top',
    flags: '--top <n>',
    help: {
      en: 'partners shown per need, 1–20 (default 3)',
      id: 'mitra yang ditampilkan per kebutuhan, 1–20 (bawaan 3)',
    },
  },
  EXCEL,
  ...outputOptions(['table', 'md', 'csv', 'json']),
] as const satisfies readonly OptionDef[];

export const REPORT_OPTIONS = [
  {
    key: 'outDir',
    flags: '--out-dir <dir>',
    help: {
      en: 'with several workspaces or --by: the folder for one report per village and a summary',
      id: 'dengan beberapa ruang kerja atau --by: folder untuk satu laporan per desa dan ringkasannya',
    },
  },
  {
    key: 'by',
    flags: '--by <field>',
    help: {
      en: 'one report per value of a survey column: village (or gender, age, disability, any mapped column); needs --out-dir',
      id: 'satu laporan per nilai kolom survei: village (atau gender, age, disability, kolom yang dipetakan); perlu --out-dir',
    },
  },
  {
    key: 'jobs',
    flags: '--jobs <n>',
    help: {
      en: 'threads making reports, each keeping two villages going (default: one per core from 64 villages)',
      id: 'utas pembuat laporan, masing-masing mengerjakan dua desa sekaligus (bawaan: satu per inti mulai 64 desa)',
    },
  },
  {
    key: 'template',
    flags: '--template <dir>',
    help: {
      en: 'a folder of templates (report.md.liquid, report.html.liquid, words.json) that replace the shipped ones',
      id: 'folder templat (report.md.liquid, report.html.liquid, words.json) pengganti templat bawaan',
    },
  },
  {
    key: 'sensitivityRuns',
    flags: '--sensitivity-runs <n>',
    help: {
      en: 'runs of the weight-sensitivity analysis, 0 to leave it out (default 500)',
      id: 'jumlah putaran analisis sensitivitas bobot, 0 untuk melewatinya (bawaan 500)',
    },
  },
  EXCEL,
  ...outputOptions(['md', 'html', 'csv', 'json']),
] as const satisfies readonly OptionDef[];

export const ASSESS_OPTIONS = [
  {
    key: 'answers',
    flags: '--answers <file>',
    help: {
      en: 'take answers from a JSON file (the shape of assess-answers.json; - for standard input) and ask only the rest',
      id: 'ambil jawaban dari berkas JSON (bentuk assess-answers.json; - untuk masukan standar) dan tanyakan sisanya saja',
    },
  },
  {
    key: 'resume',
    flags: '--resume',
    help: {
      en: 'continue at the first unanswered question (what happens anyway when a session was saved)',
      id: 'lanjutkan dari pertanyaan pertama yang belum dijawab (yang juga terjadi bila ada sesi tersimpan)',
    },
  },
  {
    key: 'restart',
    flags: '--restart',
    help: {
      en: 'start again, ignoring the saved answers (the workspace data stay the defaults)',
      id: 'mulai lagi tanpa jawaban tersimpan (data ruang kerja tetap menjadi bawaan)',
    },
  },
  {
    key: 'section',
    flags: '--section <name>',
    choices: ['session', 'community', 'identification', 'screening', 'targets'],
    help: {
      en: 'ask one part again, with the saved answers as defaults',
      id: 'tanyakan satu bagian lagi, dengan jawaban tersimpan sebagai bawaan',
    },
  },
  {
    key: 'yes',
    flags: '-y, --yes',
    help: {
      en: 'do not ask: take saved, workspace and default answers',
      id: 'jangan bertanya: pakai jawaban tersimpan, ruang kerja dan bawaan',
    },
  },
  { key: 'json', flags: '--json', help: { en: 'print the result as JSON', id: 'cetak hasil sebagai JSON' } },
] as const satisfies readonly OptionDef[];

export const EXAMPLE_OPTIONS = [
  {
    key: 'force',
    flags: '--force',
    help: { en: 'overwrite files of an existing example', id: 'timpa berkas contoh yang sudah ada' },
  },
] as const satisfies readonly OptionDef[];

export const FORM_OPTIONS = [
  {
    key: 'format',
    flags: '--format <format>',
    choices: ['xlsx', 'csv', 'xml'],
    default: 'xlsx',
    help: {
      en: 'XLSForm workbook, XLSForm sheets as CSV files (a folder per form), or ODK XForm',
      id: 'buku kerja XLSForm, lembar XLSForm sebagai berkas CSV (satu folder per formulir), atau XForm ODK',
    },
  },
  {
    key: 'kind',
    flags: '--kind <form>',
    choices: ['rating', 'household'],
    help: {
      en: 'write only this form: the opportunity rating or the household / trainee survey (default: both)',
      id: 'tulis formulir ini saja: penilaian peluang atau survei rumah tangga / calon peserta (bawaan: keduanya)',
    },
  },
  {
    key: 'outDir',
    flags: '--out-dir <dir>',
    help: {
      en: 'folder for the forms (default: forms/ in the workspace folder)',
      id: 'folder untuk formulir (bawaan: forms/ di folder ruang kerja)',
    },
  },
  FORCE,
] as const satisfies readonly OptionDef[];

export type GlobalFlags = FlagsOf<typeof GLOBAL_OPTIONS>;
export type ScoreFlags = FlagsOf<typeof SCORE_OPTIONS> & GlobalFlags;
export type ValidateFlags = FlagsOf<typeof VALIDATE_OPTIONS> & GlobalFlags;
export type InitFlags = FlagsOf<typeof INIT_OPTIONS> & GlobalFlags;
export type AssessFlags = FlagsOf<typeof ASSESS_OPTIONS> & GlobalFlags;
export type NeedsFlags = FlagsOf<typeof NEEDS_OPTIONS> & GlobalFlags;
export type PartnersFlags = FlagsOf<typeof PARTNERS_OPTIONS> & GlobalFlags;
export type ReportFlags = FlagsOf<typeof REPORT_OPTIONS> & GlobalFlags;
export type ExampleFlags = FlagsOf<typeof EXAMPLE_OPTIONS> & GlobalFlags;
export type FormFlags = FlagsOf<typeof FORM_OPTIONS> & GlobalFlags;

export const COMMANDS: readonly CommandDef[] = [
  {
    name: 'init',
    summary: {
      en: 'create an assessment workspace: assessment.json, data/ and out/',
      id: 'buat ruang kerja asesmen: assessment.json, data/ dan out/',
    },
    args: [{ name: '[dir]', default: '.', help: { en: 'folder for the workspace', id: 'folder ruang kerja' } }],
    options: INIT_OPTIONS,
    examples: [
      'tree init desa-sumber-rejo --village "Sumber Rejo" --district Gunungkidul --province "DI Yogyakarta" --lang id --yes',
    ],
  },
  {
    name: 'assess',
    summary: {
      en: 'guided TREE assessment: community profile, candidate activities, screening, targets; every answer saved',
      id: 'asesmen TREE terpandu: profil desa, calon kegiatan, penyaringan, target; setiap jawaban disimpan',
    },
    args: [],
    options: ASSESS_OPTIONS,
    examples: ['tree assess --yes', 'tree assess --yes --json > out/assess.json'],
  },
  {
    name: 'validate',
    summary: {
      en: 'check assessment files and survey CSVs; list every problem; exit 0 when all are valid, 3 otherwise',
      id: 'periksa berkas asesmen dan CSV survei; daftar semua masalah; keluar 0 bila semua sah, 3 bila tidak',
    },
    args: [
      {
        name: '<file...>',
        help: {
          en: 'assessment.json or survey .csv files (- for standard input, read as CSV)',
          id: 'berkas assessment.json atau .csv survei (- untuk masukan standar, dibaca sebagai CSV)',
        },
      },
    ],
    options: VALIDATE_OPTIONS,
    examples: ['tree validate assessment.json data/ratings.csv', 'tree validate --json data/*.csv'],
  },
  {
    name: 'score',
    summary: {
      en: 'score and rank candidate activities from rating survey CSVs (TREE opportunity screening)',
      id: 'nilai dan urutkan calon kegiatan usaha dari CSV survei penilaian (penyaringan peluang TREE)',
    },
    args: [
      {
        name: '[csv...]',
        help: {
          en: 'survey CSV files or globs (- for standard input); default: survey.files of the workspace',
          id: 'berkas CSV survei atau pola (- untuk masukan standar); bawaan: survey.files di ruang kerja',
        },
      },
    ],
    options: SCORE_OPTIONS,
    examples: [
      'tree score data/ratings.csv',
      'tree score data/ratings.csv --by gender --sensitivity',
      'tree score data/ratings.csv --weights market_demand=2,risk=2 -o out/ranking.csv --force',
      'tree score data/ratings.csv --json -o out/ranking.json --force',
    ],
  },
  {
    name: 'needs',
    summary: {
      en: 'training needs of the chosen activities from a household / trainee survey: skills lacking, modules, course plan, inclusion',
      id: 'kebutuhan pelatihan kegiatan terpilih dari survei rumah tangga: keterampilan yang kurang, modul, rencana pelatihan, keterlibatan',
    },
    args: [
      {
        name: '[csv...]',
        help: {
          en: 'household survey CSV files or globs (- for standard input); default: needs.files of the workspace',
          id: 'berkas CSV survei rumah tangga atau pola (- untuk masukan standar); bawaan: needs.files di ruang kerja',
        },
      },
    ],
    options: NEEDS_OPTIONS,
    examples: [
      'tree needs data/households.csv',
      'tree needs data/households.csv --activities keripik_singkong,tiwul_instan --format md -o out/needs.md --force',
      'tree needs data/households.csv --format csv --table constraints',
    ],
  },
  {
    name: 'partners',
    summary: {
      en: 'partner shortlist: who can train, lend, buy and advise for each need of the chosen activities, and why; needs nobody covers',
      id: 'daftar pendek mitra: siapa yang dapat melatih, meminjamkan modal, membeli dan mendampingi untuk tiap kebutuhan, dan alasannya',
    },
    args: [
      {
        name: '[directory]',
        help: {
          en: 'partner directory CSV; default: partners.directory of the workspace',
          id: 'CSV direktori mitra; bawaan: partners.directory di ruang kerja',
        },
      },
    ],
    options: PARTNERS_OPTIONS,
    examples: [
      'tree partners data/partners.csv',
      'tree partners --activities keripik_singkong --top 2 --format md -o out/partners.md --force',
    ],
  },
  {
    name: 'report',
    summary: {
      en: 'the whole assessment report: profile, ranking, training needs, partners, next steps (Markdown, HTML, CSV, JSON)',
      id: 'laporan asesmen lengkap: profil, peringkat, kebutuhan pelatihan, mitra, langkah berikutnya (Markdown, HTML, CSV, JSON)',
    },
    args: [
      {
        name: '[workspace...]',
        help: {
          en: 'workspaces (folders or assessment.json) for a batch, one report each; default: the workspace found from here',
          id: 'ruang kerja (folder atau assessment.json) untuk sekaligus, satu laporan masing-masing; bawaan: ruang kerja dari folder ini',
        },
      },
    ],
    options: REPORT_OPTIONS,
    examples: [
      'tree report -o out/report.md --force',
      'tree report -o out/report.html --force',
      'tree report --format csv -o out/report-csv --force',
      'tree report --by village --out-dir out/villages --force',
    ],
  },
  {
    name: 'form',
    summary: {
      en: 'write the survey forms (XLSForm / ODK XForm, English and Indonesian) whose exports score and needs read with no mapping',
      id: 'tulis formulir survei (XLSForm / XForm ODK, bahasa Inggris dan Indonesia) yang ekspornya dibaca score dan needs tanpa pemetaan',
    },
    args: [],
    options: FORM_OPTIONS,
    examples: [
      'tree form',
      'tree form --format xml --force',
      'tree form --kind household --format csv --out-dir out/forms',
    ],
  },
  {
    name: 'example',
    summary: {
      en: 'write the bundled example workspace (a village in Gunungkidul, Indonesia) to try every command on',
      id: 'tulis ruang kerja contoh (sebuah desa di Gunungkidul) untuk mencoba setiap perintah',
    },
    args: [{ name: '[dir]', default: 'tree-example', help: { en: 'folder to write it to', id: 'folder tujuan' } }],
    options: EXAMPLE_OPTIONS,
    examples: ['tree example my-example && cd my-example && tree validate assessment.json data/ratings.csv'],
  },
];
