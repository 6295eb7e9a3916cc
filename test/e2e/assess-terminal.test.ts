/**
 * `tree assess` in a real terminal (tmux), as a facilitator uses it, in Indonesian: a full
 * session with a 10 × 9 screening grid, interrupted with Ctrl-C after the 4th rating line,
 * then resumed with `tree assess --resume` and finished. The grid's keystrokes are counted
 * (the issue: 10 candidates × 9 criteria in at most 90 keystrokes plus confirmations), and
 * what was written is checked against `tree validate` and `tree score`.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BIN, runCli, tempDir } from '../helpers/cli.js';
import { hasTmux, shellQuote, Tmux } from '../helpers/tmux.js';

const TMUX = hasTmux();

/** One line per candidate, one key per criterion (9 by default), "-" for no rating. */
const GRID = [
  '534243125',
  '443334234',
  '333433333',
  '224524343',
  '35-343333',
  '443242343',
  '333333333',
  '512345123',
  '121212121',
  '545454545',
];
/** Typed at "Calon kegiatan usaha lain": none of them is in the catalogue. */
const OTHERS = ['Sabun kelapa', 'Madu hutan', 'Jasa servis ponsel', 'Warung kopi'];
const PICKED = 10 - OTHERS.length;

/** Polls until the shell line behind `tree assess` wrote its exit status; returns it. */
async function exitStatus(file: string, timeout = 20_000): Promise<number> {
  const end = Date.now() + timeout;
  for (;;) {
    const text = existsSync(file) ? readFileSync(file, 'utf8') : '';
    const m = /EXIT=(\d+)/.exec(text);
    if (m) return Number(m[1]);
    if (Date.now() > end) throw new Error(`no exit status in ${file} after ${timeout} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Text matched as it is inside a regular expression. */
const literal = (s: string) => s.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');

/** The question open on the screen starts with "? " (answered ones with "✔ "). */
const open = (message: string) => new RegExp(`^\\? ${literal(message)}`, 'm');

if (!TMUX) console.warn('test/e2e/assess-terminal.test.ts: tmux is not installed, so the terminal test is skipped');

describe('tree assess in a real terminal (tmux)', () => {
  let terms: Tmux[] = [];
  let dirs: string[] = [];
  afterEach(() => {
    for (const t of terms) t.kill();
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
    terms = [];
    dirs = [];
  });

  const session = (command: string, cwd: string) => {
    const t = new Tmux({ width: 120, height: 50 });
    terms.push(t);
    t.start(command, cwd);
    return t;
  };

  it.skipIf(!TMUX)(
    'runs a whole assessment (needs tmux: skipped without it), survives Ctrl-C half-way through the grid, resumes at the first unanswered line and ranks as tree score does',
    async () => {
      /** The keys pressed on the grid: rating characters, Enter per line, and the confirmation. */
      const keys = { ratings: 0, lineEnters: 0, confirmations: 0 };
      const root = tempDir('tree-assess-tmux-');
      dirs.push(root);
      const ws = path.join(root, 'desa');
      const init = runCli(['init', ws, '--village', 'Sumber Makmur', '--lang', 'id', '--yes']);
      expect(init.code, init.stderr).toBe(0);
      const tree = `${shellQuote(process.execPath)} ${shellQuote(BIN)}`;
      const firstExit = path.join(root, 'exit-1');
      const secondExit = path.join(root, 'exit-2');

      // ── First run: everything up to the 4th rating line, then Ctrl-C ──────────────────
      const t = session(`${tree} assess --lang id; echo EXIT=$? > ${shellQuote(firstExit)}`, ws);
      const typeAt = async (message: string, text: string) => {
        await t.waitFor(open(message));
        if (text !== '') t.type(text);
        t.press('Enter');
      };
      const pickAt = async (message: string, ...keysToPress: string[]) => {
        await t.waitFor(open(message));
        t.press(...keysToPress, 'Enter');
      };

      // Session.
      await typeAt('Fasilitator', 'Ibu Sari');
      await typeAt('Tanggal sesi', '2026-11-28');
      await typeAt('Tempat', 'Balai desa');
      await typeAt('Anggota Komite TREE Desa yang hadir', 'Pak Budi, Ibu Ani');
      await typeAt('Berapa perempuan yang hadir?', '12');
      await typeAt('Berapa laki-laki yang hadir?', '10');
      await typeAt('Berapa pemuda yang hadir?', '5');
      await typeAt('Berapa penyandang disabilitas yang hadir?', '1');
      // Community: the village comes from `tree init` as the default.
      const village = await t.waitFor(open('Nama desa / kelurahan'));
      expect(village).toContain('(Sumber Makmur)');
      t.press('Enter');
      await typeAt('Kabupaten / kota', 'Malang');
      await typeAt('Provinsi', 'Jawa Timur');
      await typeAt('Jumlah penduduk', '3200');
      await typeAt('Jumlah kepala keluarga', '850');
      await pickAt('Mata pencaharian utama', 'Space');
      await typeAt('Mata pencaharian lain', '');
      await typeAt('Sumber daya alam dan bahan baku', 'singkong, kelapa');
      await pickAt('Jalan');
      await pickAt('Listrik');
      await pickAt('Air');
      await pickAt('Sinyal telepon');
      await typeAt('Pasar utama terdekat', 'Pasar Lawang');
      await typeAt('Jarak ke pasar itu (km)', '12');
      await typeAt('Waktu tempuh ke pasar itu (menit)', '30');
      await pickAt('Lembaga yang ada di desa atau dekat desa', 'Space', 'Down', 'Space');
      await typeAt('Peran ekonomi perempuan', 'Berdagang dan mengolah makanan');

      // Identification: the suggestions come first, each saying which resource it uses.
      const list = await t.waitFor(open('Calon kegiatan usaha dari katalog'));
      const suggestions = list.split('\n').filter((l) => / — memakai .*yang Anda sebutkan/.test(l));
      expect(suggestions.length, list).toBeGreaterThanOrEqual(PICKED);
      expect(list).toMatch(/memakai singkong/);
      expect(list).toMatch(/memakai .*kelapa/);
      const toggles: string[] = [];
      for (let i = 0; i < PICKED; i++) toggles.push(...(i === 0 ? [] : ['Down']), 'Space');
      await pickAt('Calon kegiatan usaha dari katalog', ...toggles);
      await typeAt('Calon kegiatan usaha lain', OTHERS.join(', '));
      await pickAt('Dari mana nilai penyaringan?'); // default: rate here, as a group

      // Screening: one line per candidate; the names as the rating prompts show them.
      const names: string[] = [];
      const rate = async (term: Tmux, i: number) => {
        const prompt = new RegExp(`^\\? Nilai ${i + 1}/10: (.+)$`, 'm');
        const shown = await term.waitFor(prompt);
        names.push((prompt.exec(shown)?.[1] ?? '').trim());
        const line = GRID[i] as string;
        term.type(line);
        keys.ratings += line.length;
        term.press('Enter');
        keys.lineEnters += 1;
      };
      for (let i = 0; i < 4; i++) await rate(t, i);
      // The 4th line was saved before the 5th question appeared: interrupt there.
      await t.waitFor(open('Nilai 5/10:'));
      t.press('C-c');
      expect(await exitStatus(firstExit)).toBe(130);
      const stopped = await t.waitFor('tree assess --resume');
      expect(stopped).toContain('Semua jawaban sejauh ini tersimpan di assess-answers.json');

      const progress = JSON.parse(readFileSync(path.join(ws, 'assess-answers.json'), 'utf8'));
      const savedLines = Object.values(progress.screening.ratings);
      expect(savedLines).toEqual(GRID.slice(0, 4));
      expect(progress.identification.other).toEqual(OTHERS);
      expect(progress.identification.suggested).toHaveLength(PICKED);

      // ── Second run: --resume starts at the 5th line ───────────────────────────────────
      const r = session(`${tree} assess --lang id --resume; echo EXIT=$? > ${shellQuote(secondExit)}`, ws);
      const first = await r.waitFor(/^\? /m);
      expect(first).toContain('Melanjutkan sesi yang tersimpan di assess-answers.json');
      expect(first).toMatch(open('Nilai 5/10:'));
      expect(first).not.toMatch(/Nilai [1-4]\/10/);
      for (let i = 4; i < 10; i++) await rate(r, i);

      // The confirmation shows the grid as a table: a row per candidate, a column per criterion.
      const table = await r.waitFor(open('Apakah nilai ini sudah benar?'));
      expect(table).toMatch(/^\s+1 {2}2 {2}3 {2}4 {2}5 {2}6 {2}7 {2}8 {2}9$/m);
      for (const [i, line] of GRID.entries()) {
        const cells = [...line].map((ch) => ch.padStart(2)).join(' ');
        const name = (names[i] as string).slice(0, 10);
        expect(table, `row ${i + 1}`).toMatch(new RegExp(`^${literal(name)}.* ${literal(cells)}$`, 'm'));
      }
      r.press('Enter');
      keys.confirmations += 1;

      const weights = await r.waitFor(open('Bobot kriteria'));
      expect(weights).toMatch(/^❯ Bobot sama$/m); // equal weights, the default
      r.press('Enter');
      for (const target of [
        'Persentase perempuan',
        'Pemuda: umur termuda',
        'Pemuda: umur tertua',
        'Persentase pemuda',
        'Persentase penyandang disabilitas',
      ]) {
        await r.waitFor(open(target));
        r.press('Enter');
      }
      expect(await exitStatus(secondExit)).toBe(0);
      const end = await r.waitFor('Peringkat calon kegiatan usaha', { all: true });

      // ── The keystrokes of the grid ────────────────────────────────────────────────────
      expect(keys.ratings).toBeLessThanOrEqual(90);
      expect(keys.ratings).toBe(90);
      expect(keys.lineEnters).toBe(10);
      expect(keys.confirmations).toBe(1);
      console.log(
        `10 × 9 grid: ${keys.ratings} rating keystrokes + ${keys.lineEnters} Enter (one per line) + ${keys.confirmations} confirmation`,
      );

      // ── What was written ──────────────────────────────────────────────────────────────
      expect(names).toHaveLength(10);
      expect(new Set(names).size).toBe(10);
      expect(names.slice(PICKED)).toEqual(OTHERS);

      const validate = runCli(['validate', 'assessment.json'], { cwd: ws });
      expect(validate.code, validate.stdout + validate.stderr).toBe(0);

      const assessment = JSON.parse(readFileSync(path.join(ws, 'assessment.json'), 'utf8'));
      expect(assessment.session.facilitator).toBe('Ibu Sari');
      expect(assessment.community.village).toBe('Sumber Makmur');
      expect(assessment.community.naturalResources).toEqual(['singkong', 'kelapa']);
      expect(assessment.criteria).toHaveLength(9);
      expect(assessment.criteria.every((c: { weight: number }) => c.weight === 1)).toBe(true);
      const idOf = new Map<string, string>(
        assessment.opportunities.map((o: { id: string; name: string | { id?: string } }) => [
          typeof o.name === 'string' ? o.name : o.name.id,
          o.id,
        ]),
      );
      const ids = names.map((n) => idOf.get(n) as string);
      expect(ids.every((id) => typeof id === 'string')).toBe(true);

      // The ratings CSV holds the lines typed, in order, "-" left empty.
      const csv = readFileSync(path.join(ws, 'data', 'assess-ratings.csv'), 'utf8')
        .trim()
        .split(/\r?\n/);
      expect(csv).toHaveLength(11);
      expect(csv.slice(1)).toEqual(
        GRID.map((line, i) => ['panel', ids[i], ...[...line].map((ch) => (ch === '-' ? '' : ch))].join(',')),
      );

      // The ranking assess gives (re-ranked from the saved files) is the one tree score gives.
      const again = runCli(['assess', '--yes', '--json'], { cwd: ws });
      expect(again.code, again.stderr).toBe(0);
      const scored = runCli(['score', 'data/assess-ratings.csv', '--json', '--min-n', '1'], { cwd: ws });
      expect(scored.code, scored.stderr).toBe(0);
      type Row = { activity: string; score: number; rank: number; name?: string };
      const fromAssess: Row[] = JSON.parse(again.stdout).ranking.activities;
      const fromScore: Row[] = JSON.parse(scored.stdout).activities;
      const pick = (rows: Row[]) => rows.map((a) => ({ activity: a.activity, score: a.score, rank: a.rank }));
      expect(pick(fromAssess)).toEqual(pick(fromScore));
      expect(fromScore.map((a) => a.activity).sort()).toEqual([...ids].sort());

      // And the table assess printed at the end of the session shows the same order and scores,
      // written as Indonesian writes decimals (72,22).
      const printed = [...end.matchAll(/^\s+(\d+)\s{2}(\S.*?)\s{2,}(\d+,\d{2})\s/gm)].map((m) => ({
        name: m[2],
        score: m[3],
      }));
      expect(printed).toEqual(
        fromScore.map((a) => ({ name: a.name ?? a.activity, score: a.score.toFixed(2).replace('.', ',') })),
      );
    },
    180_000,
  );
});
