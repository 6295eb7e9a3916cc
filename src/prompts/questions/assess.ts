/**
 * The questions of `tree assess`, section by section, in English and Indonesian, each with
 * a line on what TREE means by it. The table is built from the answers so far: the
 * suggestions follow the resources entered, and there is one rating line per candidate.
 */
import type { AssessAnswers, Section } from '../../core/assess/answers.js';
import { MAX_CANDIDATES, NO_RATING, YOUTH_AGE } from '../../core/assess/answers.js';
import { type Candidate, candidateName, candidatesOf, suggestActivities } from '../../core/assess/candidates.js';
import { type ChoiceDef, INFRASTRUCTURE, INSTITUTIONS, LIVELIHOODS } from '../../core/assess/choices.js';
import { compactScale, parseRatingLine } from '../../core/assess/ratings.js';
import type { Criterion, Opportunity } from '../../core/assessment.js';
import type { Catalogue } from '../../core/catalogue.js';
import type { Lang } from '../../i18n/index.js';
import { width as displayWidth, truncate } from '../../render/table.js';
import type { Answers, Choice, Question, Text } from '../questions.js';

export interface AssessQuestionContext {
  catalogue: Pick<Catalogue, 'activities' | 'activityById' | 'activityByName'>;
  criteria: readonly Criterion[];
  scale: { min: number; max: number };
  /** What the workspace holds already: offered as defaults. */
  defaults: AssessAnswers;
  /** The workspace's opportunities, so a candidate already there keeps its id. */
  opportunities: readonly Opportunity[];
  /** Today, YYYY-MM-DD: the session date's default. */
  today: string;
  /** The ratings file and the command that scores it, named when ratings come from a survey. */
  ratingsHint: { file: string; command: string };
}

const t = (en: string, id: string): Text => ({ en, id });
const choices = (list: readonly ChoiceDef[]): Choice[] => list.map((c) => ({ value: c.value, label: c.label }));
const at = (answers: Answers, ...path: string[]): unknown =>
  path.reduce<unknown>(
    (node, k) => (node !== null && typeof node === 'object' ? (node as Answers)[k] : undefined),
    answers,
  );

/** The section a question belongs to: the first segment of its id. */
export const sectionOf = (q: Pick<Question, 'id'>): Section => q.id.split('.')[0] as Section;

function session(ctx: AssessQuestionContext): Question[] {
  const d = ctx.defaults.session ?? {};
  const count = (key: 'women' | 'men' | 'youth' | 'disability', en: string, id: string): Question => ({
    id: `session.participants.${key}`,
    kind: 'integer',
    min: 0,
    max: 100000,
    message: t(`How many ${en} took part?`, `Berapa ${id} yang hadir?`),
    hint: t(
      'TREE records who took part, so the choices can be shown to reflect women, youth and persons with disabilities.',
      'TREE mencatat siapa yang hadir, agar terlihat bahwa pilihan mencerminkan perempuan, pemuda dan penyandang disabilitas.',
    ),
    ...(d.participants?.[key] === undefined ? {} : { default: d.participants[key] }),
  });
  return [
    {
      id: 'session.facilitator',
      kind: 'text',
      required: true,
      message: t('Facilitator', 'Fasilitator'),
      hint: t('Who leads the session with the Local TREE Committee.', 'Yang memandu sesi bersama Komite TREE Desa.'),
      ...(d.facilitator === undefined ? {} : { default: d.facilitator }),
    },
    {
      id: 'session.date',
      kind: 'text',
      required: true,
      message: t('Date of the session (YYYY-MM-DD)', 'Tanggal sesi (TTTT-BB-HH)'),
      hint: t(
        'Recorded in the report, with the place and who took part.',
        'Dicatat di laporan, bersama tempat dan peserta.',
      ),
      default: d.date ?? ctx.today,
      validate: (v) =>
        typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(v))
          ? undefined
          : t('must be a date such as 2026-11-28', 'harus berupa tanggal seperti 2026-11-28'),
    },
    {
      id: 'session.place',
      kind: 'text',
      message: t('Place', 'Tempat'),
      hint: t('Where the community met, such as the balai desa.', 'Tempat warga berkumpul, misalnya balai desa.'),
      ...(d.place === undefined ? {} : { default: d.place }),
    },
    {
      id: 'session.committee',
      kind: 'list',
      message: t('Members of the Local TREE Committee present', 'Anggota Komite TREE Desa yang hadir'),
      hint: t(
        'The committee leads TREE in the village: village government, women, youth, farmers and businesses.',
        'Komite memimpin TREE di desa: pemerintah desa, perempuan, pemuda, petani dan pelaku usaha.',
      ),
      ...(d.committee === undefined ? {} : { default: d.committee }),
    },
    count('women', 'women', 'perempuan'),
    count('men', 'men', 'laki-laki'),
    count('youth', 'young people', 'pemuda'),
    count('disability', 'persons with disabilities', 'penyandang disabilitas'),
  ];
}

function community(ctx: AssessQuestionContext): Question[] {
  const d = ctx.defaults.community ?? {};
  const text = (
    key: 'village' | 'district' | 'province' | 'nearestMarket',
    m: Text,
    h: Text,
    required = false,
  ): Question => ({
    id: `community.${key}`,
    kind: 'text',
    message: m,
    hint: h,
    ...(required ? { required } : {}),
    ...(d[key] === undefined ? {} : { default: d[key] }),
  });
  const infra = (part: keyof typeof INFRASTRUCTURE, m: Text, h: Text): Question => ({
    id: `community.infrastructure.${part}`,
    kind: 'select',
    other: true,
    choices: choices(INFRASTRUCTURE[part]),
    message: m,
    hint: h,
    ...(d.infrastructure?.[part] === undefined ? {} : { default: d.infrastructure[part] }),
  });
  return [
    text(
      'village',
      t('Village (desa / kelurahan)', 'Nama desa / kelurahan'),
      t('TREE assesses one community at a time.', 'TREE menilai satu komunitas pada satu waktu.'),
      true,
    ),
    text(
      'district',
      t('District / regency (kabupaten / kota)', 'Kabupaten / kota'),
      t(
        'Where the dinas offices and training centres that can be partners are.',
        'Tempat dinas dan balai pelatihan yang dapat menjadi mitra.',
      ),
    ),
    text(
      'province',
      t('Province', 'Provinsi'),
      t('Provincial programmes can fund the training.', 'Program provinsi dapat mendanai pelatihan.'),
    ),
    {
      id: 'community.population',
      kind: 'integer',
      min: 0,
      message: t('Population', 'Jumlah penduduk'),
      hint: t(
        'From the village profile (Prodeskel) or the village office.',
        'Dari profil desa (Prodeskel) atau kantor desa.',
      ),
      ...(d.population === undefined ? {} : { default: d.population }),
    },
    {
      id: 'community.households',
      kind: 'integer',
      min: 0,
      message: t('Households', 'Jumlah kepala keluarga'),
      hint: t(
        'How many households could take up a new activity.',
        'Berapa rumah tangga yang dapat memulai kegiatan baru.',
      ),
      ...(d.households === undefined ? {} : { default: d.households }),
    },
    {
      id: 'community.mainLivelihoods',
      kind: 'multiselect',
      choices: choices(LIVELIHOODS),
      message: t('Main livelihoods', 'Mata pencaharian utama'),
      hint: t(
        'What people live from now: new activities that build on it are easier to start.',
        'Sumber penghidupan warga sekarang: kegiatan baru yang berangkat dari situ lebih mudah dimulai.',
      ),
      ...(d.mainLivelihoods === undefined ? {} : { default: d.mainLivelihoods }),
    },
    {
      id: 'community.otherLivelihoods',
      kind: 'list',
      message: t('Other livelihoods (not in the list)', 'Mata pencaharian lain (tidak ada di daftar)'),
      hint: t('Leave empty if none.', 'Kosongkan bila tidak ada.'),
      ...(d.otherLivelihoods === undefined ? {} : { default: d.otherLivelihoods }),
    },
    {
      id: 'community.naturalResources',
      kind: 'list',
      message: t('Natural resources and raw materials', 'Sumber daya alam dan bahan baku'),
      hint: t(
        'Crops, livestock, fish, timber, water, scenery: TREE looks first for activities that add value to what is there.',
        'Hasil tani, ternak, ikan, kayu, air, bentang alam: TREE mencari kegiatan yang menambah nilai dari yang sudah ada.',
      ),
      ...(d.naturalResources === undefined ? {} : { default: d.naturalResources }),
    },
    infra(
      'roads',
      t('Roads', 'Jalan'),
      t('Can goods get out to buyers in every season?', 'Bisakah barang sampai ke pembeli di setiap musim?'),
    ),
    infra(
      'electricity',
      t('Electricity', 'Listrik'),
      t('Processing and cold storage need power.', 'Pengolahan dan penyimpanan dingin butuh listrik.'),
    ),
    infra(
      'water',
      t('Water', 'Air'),
      t(
        'Food processing and fish ponds need water all year.',
        'Pengolahan pangan dan kolam ikan butuh air sepanjang tahun.',
      ),
    ),
    infra(
      'telecoms',
      t('Phone signal', 'Sinyal telepon'),
      t('Online selling and market prices need a signal.', 'Jualan daring dan informasi harga butuh sinyal.'),
    ),
    text(
      'nearestMarket',
      t('Nearest main market', 'Pasar utama terdekat'),
      t('Where the community sells and buys.', 'Tempat warga menjual dan membeli.'),
    ),
    {
      id: 'community.distanceToMarketKm',
      kind: 'number',
      min: 0,
      max: 10000,
      message: t('Distance to that market (km)', 'Jarak ke pasar itu (km)'),
      hint: t('Distance decides what can be sold fresh.', 'Jarak menentukan apa yang bisa dijual segar.'),
      ...(d.distanceToMarketKm === undefined ? {} : { default: d.distanceToMarketKm }),
    },
    {
      id: 'community.travelTimeToMarketMin',
      kind: 'integer',
      min: 0,
      max: 10000,
      message: t('Travel time to that market (minutes)', 'Waktu tempuh ke pasar itu (menit)'),
      hint: t('By the usual transport, in the worst season.', 'Dengan angkutan yang biasa, di musim terburuk.'),
      ...(d.travelTimeToMarketMin === undefined ? {} : { default: d.travelTimeToMarketMin }),
    },
    {
      id: 'community.institutions',
      kind: 'multiselect',
      choices: choices(INSTITUTIONS),
      message: t('Institutions present in or near the village', 'Lembaga yang ada di desa atau dekat desa'),
      hint: t(
        'They can train, lend, buy and advise: TREE plans support after training with them.',
        'Mereka dapat melatih, meminjamkan modal, membeli dan mendampingi: TREE merencanakan dukungan pasca-pelatihan bersama mereka.',
      ),
      ...(d.institutions === undefined ? {} : { default: d.institutions }),
    },
    {
      id: 'community.womensEconomicRoles',
      kind: 'text',
      message: t("Women's economic roles", 'Peran ekonomi perempuan'),
      hint: t(
        'The work women do, the income they control, and what holds them back.',
        'Pekerjaan perempuan, pendapatan yang mereka kelola, dan hambatannya.',
      ),
      ...(d.womensEconomicRoles === undefined ? {} : { default: d.womensEconomicRoles }),
    },
  ];
}

function identification(ctx: AssessQuestionContext, answers: AssessAnswers): Question[] {
  const d = ctx.defaults.identification ?? {};
  const suggested = suggestActivities(ctx.catalogue, answers);
  const reason = new Map(suggested.map((s) => [s.activity.id, s.uses]));
  // Suggestions first, with their reason; then the rest of the catalogue to pick from.
  const order = [...suggested.map((s) => s.activity), ...ctx.catalogue.activities.filter((a) => !reason.has(a.id))];
  const label = (a: (typeof order)[number]): Text => {
    const uses = reason.get(a.id);
    if (uses === undefined) return t(a.name.en, a.name.id);
    const list = uses.join(', ');
    return t(`${a.name.en} — uses ${list}, which you listed`, `${a.name.id} — memakai ${list}, yang Anda sebutkan`);
  };
  const total = (a: Answers) => candidatesOf(a as AssessAnswers, ctx.catalogue, ctx.opportunities).length;
  const tooMany = (n: number): Text =>
    t(
      `at most ${MAX_CANDIDATES} can be screened (${n} chosen)`,
      `paling banyak ${MAX_CANDIDATES} yang dapat dinilai (${n} dipilih)`,
    );
  return [
    {
      id: 'identification.suggested',
      kind: 'multiselect',
      choices: order.map((a) => ({ value: a.id, label: label(a) })),
      message: t('Candidate activities from the catalogue', 'Calon kegiatan usaha dari katalog'),
      hint: t(
        `Suggested first: activities that use what the village has. Up to ${MAX_CANDIDATES} in all; type others next.`,
        `Saran di atas: kegiatan yang memakai apa yang dimiliki desa. Paling banyak ${MAX_CANDIDATES}; yang lain diketik berikutnya.`,
      ),
      ...(d.suggested === undefined ? {} : { default: d.suggested.filter((id) => ctx.catalogue.activityById(id)) }),
      validate: (v, a) => {
        const n = Array.isArray(v) ? new Set(v).size : 0;
        return n > MAX_CANDIDATES ? tooMany(n) : total(a) > MAX_CANDIDATES ? tooMany(total(a)) : undefined;
      },
    },
    {
      id: 'identification.other',
      kind: 'list',
      message: t('Other candidate activities', 'Calon kegiatan usaha lain'),
      hint: t(
        'Ideas of the community not in the list; names are matched to the catalogue where they can be.',
        'Gagasan warga yang tidak ada di daftar; nama dicocokkan dengan katalog bila bisa.',
      ),
      ...(d.other === undefined ? {} : { default: d.other }),
      validate: (v, a) => {
        const n = candidatesOf(
          { ...(a as AssessAnswers), identification: { ...(a as AssessAnswers).identification, other: v as string[] } },
          ctx.catalogue,
          ctx.opportunities,
        ).length;
        if (n > MAX_CANDIDATES) return tooMany(n);
        return n === 0
          ? t('choose or name at least one activity', 'pilih atau sebutkan sekurang-kurangnya satu kegiatan')
          : undefined;
      },
    },
  ];
}

/** The legend of a rating line: criteria numbered in order, each explained, cost criteria marked. */
export function ratingLegend(criteria: readonly Criterion[], lang: Lang): string {
  return criteria
    .map((c, i) => {
      const cost = c.direction === 'cost' ? (lang === 'id' ? ' (tinggi = buruk)' : ' (high = bad)') : '';
      return `${i + 1} ${c.label[lang]}${cost}`;
    })
    .join('\n');
}

function ratingQuestion(ctx: AssessQuestionContext, c: Candidate, index: number, count: number): Question {
  const compact = compactScale(ctx.criteria, ctx.scale);
  const { min, max } = ctx.scale;
  const n = ctx.criteria.length;
  const how = compact
    ? t(
        `${n} keys, ${min}–${max} each, ${NO_RATING} for no rating (e.g. ${'3'.repeat(n)}).`,
        `${n} tombol, masing-masing ${min}–${max}, ${NO_RATING} bila tidak dinilai (mis. ${'3'.repeat(n)}).`,
      )
    : t(
        `${n} numbers separated by spaces, ${NO_RATING} for no rating.`,
        `${n} angka dipisah spasi, ${NO_RATING} bila tidak dinilai.`,
      );
  return {
    id: `screening.ratings.${c.key}`,
    kind: 'text',
    required: true,
    message: t(
      `Ratings ${index + 1}/${count}: ${candidateName(c, 'en')}`,
      `Nilai ${index + 1}/${count}: ${candidateName(c, 'id')}`,
    ),
    hint: t(`${ratingLegend(ctx.criteria, 'en')}\n${how.en}`, `${ratingLegend(ctx.criteria, 'id')}\n${how.id}`),
    when: (a) => at(a, 'screening', 'source') === 'here',
    validate: (v) => {
      const parsed = parseRatingLine(String(v), ctx.criteria, ctx.scale);
      if (!('problem' in parsed)) return undefined;
      const p = parsed.problem;
      return p.code === 'count'
        ? t(
            `needs ${p.expected} ratings, one per criterion (got ${p.got})`,
            `perlu ${p.expected} nilai, satu per kriteria (ada ${p.got})`,
          )
        : t(
            `rating ${p.position} (${p.criterion}) "${p.text}" is not ${p.min}–${p.max} or ${NO_RATING}`,
            `nilai ke-${p.position} (${p.criterion}) "${p.text}" bukan ${p.min}–${p.max} atau ${NO_RATING}`,
          );
    },
  };
}

/** The ratings typed so far as a small table: a row per candidate, a column per criterion. */
export function ratingTable(
  candidates: readonly Candidate[],
  answers: AssessAnswers,
  ctx: AssessQuestionContext,
  lang: Lang,
): string {
  const lines = answers.screening?.ratings ?? {};
  const names = candidates.map((c) => candidateName(c, lang));
  // Display widths, so names in Chinese or with emoji keep the grid's columns aligned.
  const width = Math.min(28, Math.max(...names.map((n) => displayWidth(n)), 4));
  const cut = (s: string) => {
    const short = truncate(s, width);
    return short + ' '.repeat(Math.max(0, width - displayWidth(short)));
  };
  const head = `${' '.repeat(width)}  ${ctx.criteria.map((_, i) => String(i + 1).padStart(2)).join(' ')}`;
  const rows = candidates.map((c, i) => {
    const line = Object.hasOwn(lines, c.key) ? (lines[c.key] as string) : '';
    const parsed = parseRatingLine(line, ctx.criteria, ctx.scale);
    const cells = 'ratings' in parsed ? parsed.ratings.map((r) => (r === null ? NO_RATING : String(r))) : [];
    return `${cut(names[i] as string)}  ${ctx.criteria.map((_, k) => (cells[k] ?? '?').padStart(2)).join(' ')}`;
  });
  return [head, ...rows].join('\n');
}

function screening(ctx: AssessQuestionContext, answers: AssessAnswers): Question[] {
  const candidates = candidatesOf(answers, ctx.catalogue, ctx.opportunities);
  const here = (a: Answers) => at(a, 'screening', 'source') === 'here';
  const equal = ctx.criteria.every((c) => c.weight === ctx.criteria[0]?.weight);
  const qs: Question[] = [
    {
      id: 'screening.source',
      kind: 'select',
      message: t('Where do the ratings come from?', 'Dari mana nilai penyaringan?'),
      hint: t(
        `TREE screens each candidate against criteria. Rate here as a group, or collect a survey and run: ${ctx.ratingsHint.command}`,
        `TREE menyaring setiap calon dengan kriteria. Nilai di sini bersama, atau kumpulkan survei lalu jalankan: ${ctx.ratingsHint.command}`,
      ),
      choices: [
        { value: 'here', label: t('Rate them here, as a group', 'Nilai di sini, bersama-sama') },
        {
          value: 'survey',
          label: t(`From a survey CSV (${ctx.ratingsHint.file})`, `Dari CSV survei (${ctx.ratingsHint.file})`),
        },
      ],
      default: ctx.defaults.screening?.source ?? 'here',
    },
    ...candidates.map((c, i) => ratingQuestion(ctx, c, i, candidates.length)),
  ];
  if (candidates.length > 0)
    qs.push({
      id: 'screening.confirmed',
      kind: 'select',
      when: here,
      message: t(
        `Are these ratings right?\n${ratingTable(candidates, answers, ctx, 'en')}`,
        `Apakah nilai ini sudah benar?\n${ratingTable(candidates, answers, ctx, 'id')}`,
      ),
      hint: t('Choose ← Back to change a line.', 'Pilih ← Kembali untuk mengubah satu baris.'),
      choices: [{ value: 'yes', label: t('Yes, these are right', 'Ya, sudah benar') }],
      default: 'yes',
    });
  qs.push({
    id: 'screening.weightMode',
    kind: 'select',
    message: t('Weights of the criteria', 'Bobot kriteria'),
    hint: t(
      'TREE prescribes criteria, not numbers: equal weights unless the community agrees some matter more.',
      'TREE menetapkan kriteria, bukan angka: bobot sama kecuali warga sepakat ada yang lebih penting.',
    ),
    choices: [
      ...(equal ? [] : [{ value: 'keep', label: t('Keep the workspace weights', 'Pakai bobot ruang kerja') }]),
      { value: 'equal', label: t('Equal weights', 'Bobot sama') },
      { value: 'adjust', label: t('Adjust the weights', 'Ubah bobot') },
    ],
    default: equal ? 'equal' : 'keep',
  });
  for (const c of ctx.criteria)
    qs.push({
      id: `screening.weights.${c.id}`,
      kind: 'number',
      min: 0,
      max: 100,
      when: (a) => at(a, 'screening', 'weightMode') === 'adjust',
      message: t(`Weight of "${c.label.en}"`, `Bobot "${c.label.id}"`),
      hint: t('1 is normal, 2 counts double, 0 leaves it out.', '1 biasa, 2 dihitung dua kali, 0 tidak dihitung.'),
      default: c.weight,
    });
  return qs;
}

function targets(ctx: AssessQuestionContext): Question[] {
  const d = ctx.defaults.targets ?? {};
  const share = (key: 'women' | 'youth' | 'disability', m: Text, h: Text, fallback: number): Question => ({
    id: `targets.${key}`,
    kind: 'number',
    min: 0,
    max: 100,
    message: m,
    hint: h,
    default: d[key] ?? fallback,
  });
  return [
    share(
      'women',
      t('Share of women among trainees (%)', 'Persentase perempuan di antara peserta pelatihan (%)'),
      t(
        'TREE sets targets for the share of women and checks them at selection.',
        'TREE menetapkan target perempuan dan memeriksanya saat seleksi.',
      ),
      50,
    ),
    {
      id: 'targets.youthAgeMin',
      kind: 'integer',
      min: 10,
      max: 40,
      message: t('Youth: youngest age', 'Pemuda: umur termuda'),
      hint: t(
        'The age band that counts as youth in this programme.',
        'Rentang umur yang dihitung sebagai pemuda dalam program ini.',
      ),
      default: d.youthAgeMin ?? YOUTH_AGE.min,
    },
    {
      id: 'targets.youthAgeMax',
      kind: 'integer',
      min: 10,
      max: 60,
      message: t('Youth: oldest age', 'Pemuda: umur tertua'),
      hint: t('Inclusive.', 'Termasuk umur itu.'),
      default: d.youthAgeMax ?? YOUTH_AGE.max,
      validate: (v, a) => {
        const min = at(a, 'targets', 'youthAgeMin');
        return typeof min === 'number' && typeof v === 'number' && v < min
          ? t(`must be at least the youngest age (${min})`, `harus sekurang-kurangnya umur termuda (${min})`)
          : undefined;
      },
    },
    share(
      'youth',
      t('Share of young people among trainees (%)', 'Persentase pemuda di antara peserta pelatihan (%)'),
      t(
        'Out-of-school and returning young people are a TREE target group.',
        'Pemuda putus sekolah dan yang pulang merantau adalah kelompok sasaran TREE.',
      ),
      30,
    ),
    share(
      'disability',
      t(
        'Share of persons with disabilities among trainees (%)',
        'Persentase penyandang disabilitas di antara peserta pelatihan (%)',
      ),
      t(
        'TREE sets a target and makes training accessible to reach it.',
        'TREE menetapkan target dan membuat pelatihan mudah diakses untuk mencapainya.',
      ),
      5,
    ),
  ];
}

/** The whole flow for the answers so far. */
export function assessQuestions(ctx: AssessQuestionContext): (answers: Answers) => readonly Question[] {
  const fixed = { session: session(ctx), community: community(ctx), targets: targets(ctx) };
  return (answers) => {
    const a = answers as AssessAnswers;
    return [...fixed.session, ...fixed.community, ...identification(ctx, a), ...screening(ctx, a), ...fixed.targets];
  };
}
