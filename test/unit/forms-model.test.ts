/**
 * The pure form model (model.ts, rating.ts, household.ts) and what is rendered from it
 * (xlsform.ts, xform.ts), on small hand-made models and inputs: names, labels in both
 * languages, required flags, constraints and relevance, choice lists, the form_id and
 * version rule, the XLSForm rows and the XForm document, with XML special characters.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_CRITERIA } from '../../src/core/criteria.js';
import { householdForm, PLACES, SKILL_LEVELS } from '../../src/core/forms/household.js';
import {
  type FormItem,
  type FormModel,
  formIdOf,
  LANGUAGES,
  languageName,
  questionsOf,
  ref,
  withVersion,
  xmlName,
} from '../../src/core/forms/model.js';
import { ageGroups, ratingForm, respondentGroup, scaleChoices } from '../../src/core/forms/rating.js';
import { escapeXml, questionPaths, xform, xpathOf } from '../../src/core/forms/xform.js';
import {
  CHOICES_COLUMNS,
  instanceName,
  SETTINGS_COLUMNS,
  SURVEY_COLUMNS,
  sheetCsv,
  xlsformSheets,
} from '../../src/core/forms/xlsform.js';
import { loadEngine } from '../helpers/xforms-engine.js';

/** A form small enough to check every line of its XForm by hand. */
const TINY: FormModel = {
  kind: 'household',
  formId: 'tree_household_x',
  version: 'v0123456789',
  title: { en: 'Tiny', id: 'Kecil' },
  defaultLanguage: 'id',
  items: [
    {
      kind: 'group',
      name: 'respondent',
      label: { en: 'Respondent', id: 'Responden' },
      children: [
        { kind: 'question', type: 'text', name: 'respondent_id', label: { en: 'ID', id: 'ID' }, required: true },
        { kind: 'question', type: 'text', name: 'dusun', label: { en: 'Hamlet', id: 'Dusun' } },
      ],
    },
    {
      kind: 'question',
      type: 'integer',
      name: 'n',
      label: { en: 'Number', id: 'Jumlah' },
      hint: { en: 'Count', id: 'Hitung' },
      constraint: '. >= 1 and . <= 9',
      constraintMessage: { en: 'From 1 to 9', id: 'Dari 1 sampai 9' },
      relevant: `${ref('dusun')} != ''`,
    },
    {
      kind: 'question',
      type: 'select_multiple',
      name: 'pick',
      list: 'yn',
      label: { en: 'Pick', id: 'Pilih' },
      required: true,
    },
  ],
  choices: new Map([
    [
      'yn',
      [
        { name: 'yes', label: { en: 'Yes', id: 'Ya' } },
        { name: 'no', label: { en: 'No', id: 'Tidak' } },
      ],
    ],
  ]),
};

/** TINY's XForm, as pyxform lays one out: itext (default language first), instance, binds, body. */
const TINY_XFORM = `<?xml version="1.0" encoding="UTF-8"?>
<h:html xmlns="http://www.w3.org/2002/xforms" xmlns:h="http://www.w3.org/1999/xhtml" xmlns:jr="http://openrosa.org/javarosa" xmlns:odk="http://www.opendatakit.org/xforms" xmlns:orx="http://openrosa.org/xforms" xmlns:xsd="http://www.w3.org/2001/XMLSchema">
  <h:head>
    <h:title>Kecil</h:title>
    <model odk:xforms-version="1.0.0">
      <itext>
        <translation lang="Indonesian (id)" default="true()">
          <text id="/data/respondent:label">
            <value>Responden</value>
          </text>
          <text id="/data/respondent/respondent_id:label">
            <value>ID</value>
          </text>
          <text id="/data/respondent/dusun:label">
            <value>Dusun</value>
          </text>
          <text id="/data/n:constraintMsg">
            <value>Dari 1 sampai 9</value>
          </text>
          <text id="/data/n:label">
            <value>Jumlah</value>
          </text>
          <text id="/data/n:hint">
            <value>Hitung</value>
          </text>
          <text id="/data/pick:label">
            <value>Pilih</value>
          </text>
          <text id="/data/pick/0:label">
            <value>Ya</value>
          </text>
          <text id="/data/pick/1:label">
            <value>Tidak</value>
          </text>
        </translation>
        <translation lang="English (en)">
          <text id="/data/respondent:label">
            <value>Respondent</value>
          </text>
          <text id="/data/respondent/respondent_id:label">
            <value>ID</value>
          </text>
          <text id="/data/respondent/dusun:label">
            <value>Hamlet</value>
          </text>
          <text id="/data/n:constraintMsg">
            <value>From 1 to 9</value>
          </text>
          <text id="/data/n:label">
            <value>Number</value>
          </text>
          <text id="/data/n:hint">
            <value>Count</value>
          </text>
          <text id="/data/pick:label">
            <value>Pick</value>
          </text>
          <text id="/data/pick/0:label">
            <value>Yes</value>
          </text>
          <text id="/data/pick/1:label">
            <value>No</value>
          </text>
        </translation>
      </itext>
      <instance>
        <data id="tree_household_x" version="v0123456789">
          <respondent>
            <respondent_id/>
            <dusun/>
          </respondent>
          <n/>
          <pick/>
          <meta>
            <instanceID/>
            <instanceName/>
          </meta>
        </data>
      </instance>
      <bind nodeset="/data/respondent/respondent_id" type="string" required="true()"/>
      <bind nodeset="/data/respondent/dusun" type="string"/>
      <bind nodeset="/data/n" type="int" constraint=". &gt;= 1 and . &lt;= 9" jr:constraintMsg="jr:itext('/data/n:constraintMsg')" relevant=" /data/respondent/dusun  != &apos;&apos;"/>
      <bind nodeset="/data/pick" type="string" required="true()"/>
      <bind nodeset="/data/meta/instanceID" type="string" readonly="true()" jr:preload="uid"/>
      <bind nodeset="/data/meta/instanceName" type="string" calculate="concat( /data/respondent/respondent_id , &apos; – &apos;,  /data/respondent/dusun )"/>
    </model>
  </h:head>
  <h:body>
    <group ref="/data/respondent">
      <label ref="jr:itext('/data/respondent:label')"/>
      <input ref="/data/respondent/respondent_id">
        <label ref="jr:itext('/data/respondent/respondent_id:label')"/>
      </input>
      <input ref="/data/respondent/dusun">
        <label ref="jr:itext('/data/respondent/dusun:label')"/>
      </input>
    </group>
    <input ref="/data/n">
      <label ref="jr:itext('/data/n:label')"/>
      <hint ref="jr:itext('/data/n:hint')"/>
    </input>
    <select ref="/data/pick">
      <label ref="jr:itext('/data/pick:label')"/>
      <item>
        <label ref="jr:itext('/data/pick/0:label')"/>
        <value>yes</value>
      </item>
      <item>
        <label ref="jr:itext('/data/pick/1:label')"/>
        <value>no</value>
      </item>
    </select>
  </h:body>
</h:html>
`;

const parse = async (xml: string): Promise<Document> => {
  await loadEngine(); // installs jsdom's DOMParser
  return new DOMParser().parseFromString(xml, 'text/xml');
};

const rating = (over: Partial<Parameters<typeof ratingForm>[0]> = {}) =>
  ratingForm({
    place: 'Sumber Rejo',
    defaultLanguage: 'id',
    criteria: DEFAULT_CRITERIA,
    scale: { min: 1, max: 5 },
    activities: [{ id: 'keripik_singkong', label: { en: 'Cassava chips', id: 'Keripik singkong' } }],
    youthAge: { min: 15, max: 29 },
    ...over,
  });

const household = (over: Partial<Parameters<typeof householdForm>[0]> = {}) =>
  householdForm({
    place: 'Sumber Rejo',
    defaultLanguage: 'id',
    activities: [
      { id: 'a', label: { en: 'A', id: 'A id' } },
      { id: 'b', label: { en: 'B', id: 'B id' } },
    ],
    skills: [{ id: 'costing', label: { en: 'Costing', id: 'Kalkulasi biaya' }, activities: ['b'] }],
    ...over,
  });

describe('the form model', () => {
  it('names the languages as the XLSForm columns and XForm translations do', () => {
    expect(LANGUAGES.map((l) => l.code)).toEqual(['en', 'id']);
    expect(languageName('en')).toBe('English (en)');
    expect(languageName('id')).toBe('Indonesian (id)');
    expect(ref('dusun')).toBe(`\${dusun}`);
  });

  it('lists every question with the groups above it', () => {
    expect(questionsOf(TINY.items).map((x) => [x.question.name, x.groups.map((g) => g.name)])).toEqual([
      ['respondent_id', ['respondent']],
      ['dusun', ['respondent']],
      ['n', []],
      ['pick', []],
    ]);
  });

  it('makes XML names of any text: lower case letters, digits and _, never starting with a digit', () => {
    expect(xmlName('Sumber Rejo')).toBe('sumber_rejo');
    expect(xmlName('Désa Ñgasem')).toBe('desa_ngasem');
    expect(xmlName('  --Kali   Putih--  ')).toBe('kali_putih');
    expect(xmlName('__a__')).toBe('a');
    expect(xmlName('a & b / c')).toBe('a_b_c');
    expect(xmlName('2nd Village')).toBe('_2nd_village');
    expect(xmlName('Rt05')).toBe('rt05');
    expect(xmlName('!!!')).toBe('x');
    expect(xmlName('', 'workspace')).toBe('workspace');
  });

  it('makes form_id tree_<kind>_<place>, at most 64 characters', () => {
    expect(formIdOf('rating', 'Sumber Rejo')).toBe('tree_rating_sumber_rejo');
    expect(formIdOf('household', '???')).toBe('tree_household_workspace');
    const long = formIdOf('household', 'x'.repeat(100));
    expect(long).toBe(`tree_household_${'x'.repeat(64 - 'tree_household_'.length)}`);
    expect(long).toHaveLength(64);
  });

  it('versions a form by its content: the same content the same version, any change a new one', () => {
    const { version: _v, ...content } = TINY;
    const v = withVersion(content).version;
    expect(v).toMatch(/^v[0-9a-f]{10}$/);
    expect(withVersion({ ...content }).version).toBe(v);
    expect(withVersion(content)).toEqual({ ...content, version: v });
    const changed: Omit<FormModel, 'version'>[] = [
      { ...content, kind: 'rating' },
      { ...content, formId: 'tree_household_y' },
      { ...content, title: { en: 'Tiny', id: 'Kecil sekali' } },
      { ...content, defaultLanguage: 'en' },
      { ...content, items: content.items.slice(1) },
      { ...content, choices: new Map([['yn', [{ name: 'yes', label: { en: 'Yes', id: 'Iya' } }]]]) },
    ];
    for (const c of changed) expect(withVersion(c).version).not.toBe(v);
  });
});

describe('the XForm', () => {
  it('is, for a small form, the document checked line by line', () => {
    expect(xform(TINY)).toBe(TINY_XFORM);
  });

  it('puts the default language first and marks only it as default', async () => {
    const doc = await parse(xform({ ...TINY, defaultLanguage: 'en' }));
    const translations = [...doc.getElementsByTagName('translation')];
    expect(translations.map((t) => [t.getAttribute('lang'), t.getAttribute('default')])).toEqual([
      ['English (en)', 'true()'],
      ['Indonesian (id)', null],
    ]);
    expect(doc.getElementsByTagName('h:title')[0]?.textContent).toBe('Tiny');
  });

  it('writes a select_one as select1 with its choices, bound as a string', async () => {
    const model: FormModel = {
      ...TINY,
      items: [
        ...TINY.items.slice(0, 1),
        { kind: 'question', type: 'select_one', name: 'one', list: 'yn', label: { en: 'One', id: 'Satu' } },
      ],
    };
    const doc = await parse(xform(model));
    const select = doc.getElementsByTagName('select1')[0];
    expect(select?.getAttribute('ref')).toBe('/data/one');
    expect([...(select?.getElementsByTagName('value') ?? [])].map((v) => v.textContent)).toEqual(['yes', 'no']);
    const bind = [...doc.getElementsByTagName('bind')].find((b) => b.getAttribute('nodeset') === '/data/one');
    expect(bind?.getAttribute('type')).toBe('string');
    expect(bind?.hasAttribute('required')).toBe(false);
  });

  it('escapes the five XML special characters, & first', () => {
    expect(escapeXml(`<b>&"x"</b> it's`)).toBe('&lt;b&gt;&amp;&quot;x&quot;&lt;/b&gt; it&apos;s');
    expect(escapeXml('&lt;')).toBe('&amp;lt;');
  });

  it('is well-formed, and loads in the ODK engine, with XML special characters in names and labels', async () => {
    const odd = '<b>&"x"</b> it\'s';
    const m = rating({
      village: odd,
      activities: [{ id: 'a&b<c>', label: { en: odd, id: `${odd} id` } }],
    });
    const xml = xform(m);
    const doc = await parse(xml);
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(doc.getElementsByTagName('h:title')[0]?.textContent).toBe(`Penilaian peluang usaha TREE – ${odd}`);
    const { loadForm } = await loadEngine();
    const result = await loadForm(xml);
    expect(result.status).toBe('success');
    // biome-ignore lint/suspicious/noExplicitAny: the engine's node types are a large union
    const root = result.createInstance().root as any;
    // biome-ignore lint/suspicious/noExplicitAny: as above
    const activity = root.currentState.children.find((n: any) => n.currentState.reference === '/data/activity');
    // biome-ignore lint/suspicious/noExplicitAny: as above
    expect(activity.currentState.valueOptions.map((o: any) => [o.value, o.label.asString])).toEqual([
      ['a&b<c>', `${odd} id`],
    ]);
  });

  it('enforces the bind constraint, required flag and relevance of a small form in the ODK engine', async () => {
    const { loadForm } = await loadEngine();
    const result = await loadForm(xform(TINY));
    expect(result.status).toBe('success');
    // biome-ignore lint/suspicious/noExplicitAny: the engine's node types are a large union
    const root = result.createInstance().root as any;
    // biome-ignore lint/suspicious/noExplicitAny: as above
    const all = new Map<string, any>();
    // biome-ignore lint/suspicious/noExplicitAny: as above
    const walk = (n: any) => {
      all.set(n.currentState.reference, n);
      for (const c of n.currentState.children ?? []) walk(c);
    };
    walk(root);
    const n = all.get('/data/n');
    expect(n.currentState.relevant).toBe(false);
    all.get('/data/respondent/dusun').setValue('Krajan');
    expect(n.currentState.relevant).toBe(true);
    expect(n.currentState.label.asString).toBe('Jumlah');
    n.setValue(10);
    expect(n.validationState.violation?.condition).toBe('constraint');
    expect(n.validationState.violation?.message.asString).toBe('Dari 1 sampai 9');
    n.setValue(9);
    expect(n.validationState.violation).toBeNull();
    expect(all.get('/data/respondent/respondent_id').currentState.required).toBe(true);
    expect(all.get('/data/respondent/dusun').currentState.required).toBe(false);
    expect(all.get('/data/pick').currentState.required).toBe(true);
  });

  it('refuses a select question whose choice list the form does not have', () => {
    const broken: FormModel = {
      ...TINY,
      items: [{ kind: 'question', type: 'select_one', name: 'one', list: 'nowhere', label: { en: 'One', id: 'Satu' } }],
    };
    expect(() => xform(broken)).toThrow('unknown choice list nowhere in a form');
  });

  it('gives every question its instance path', () => {
    expect([...questionPaths(TINY)]).toEqual([
      ['respondent_id', '/data/respondent/respondent_id'],
      ['dusun', '/data/respondent/dusun'],
      ['n', '/data/n'],
      ['pick', '/data/pick'],
    ]);
  });

  it('turns every question reference of an expression into its path, spaced, and refuses an unknown name', () => {
    const paths = new Map([
      ['a.b-c_1', '/data/g/a.b-c_1'],
      ['_x', '/data/_x'],
    ]);
    expect(xpathOf(`\${a.b-c_1} + \${_x} > {x} and $x`, paths)).toBe(' /data/g/a.b-c_1  +  /data/_x  > {x} and $x');
    expect(() => xpathOf(`\${nothing} = 1`, paths)).toThrow(`unknown question \${nothing} in a form expression`);
  });
});

describe('the XLSForm sheets', () => {
  it('have the XLSForm columns, one per language for labels, hints and constraint messages', () => {
    expect(SURVEY_COLUMNS).toEqual([
      'type',
      'name',
      'label::English (en)',
      'label::Indonesian (id)',
      'hint::English (en)',
      'hint::Indonesian (id)',
      'required',
      'constraint',
      'constraint_message::English (en)',
      'constraint_message::Indonesian (id)',
      'relevant',
    ]);
    expect(CHOICES_COLUMNS).toEqual(['list_name', 'name', 'label::English (en)', 'label::Indonesian (id)']);
    expect(SETTINGS_COLUMNS).toEqual(['form_title', 'form_id', 'version', 'default_language', 'instance_name']);
  });

  it('are, for a small form, the rows checked one by one', () => {
    const [survey, choices, settings] = xlsformSheets(TINY);
    expect(survey).toEqual({
      name: 'survey',
      rows: [
        [...SURVEY_COLUMNS],
        ['begin_group', 'respondent', 'Respondent', 'Responden', '', '', '', '', '', '', ''],
        ['text', 'respondent_id', 'ID', 'ID', '', '', 'yes', '', '', '', ''],
        ['text', 'dusun', 'Hamlet', 'Dusun', '', '', '', '', '', '', ''],
        ['end_group', 'respondent', '', '', '', '', '', '', '', '', ''],
        [
          'integer',
          'n',
          'Number',
          'Jumlah',
          'Count',
          'Hitung',
          '',
          '. >= 1 and . <= 9',
          'From 1 to 9',
          'Dari 1 sampai 9',
          `${ref('dusun')} != ''`,
        ],
        ['select_multiple yn', 'pick', 'Pick', 'Pilih', '', '', 'yes', '', '', '', ''],
      ],
    });
    expect(choices).toEqual({
      name: 'choices',
      rows: [[...CHOICES_COLUMNS], ['yn', 'yes', 'Yes', 'Ya'], ['yn', 'no', 'No', 'Tidak']],
    });
    expect(settings).toEqual({
      name: 'settings',
      rows: [
        [...SETTINGS_COLUMNS],
        [
          'Kecil',
          'tree_household_x',
          'v0123456789',
          'Indonesian (id)',
          `concat(${ref('respondent_id')}, ' – ', ${ref('dusun')})`,
        ],
      ],
    });
    const en = xlsformSheets({ ...TINY, defaultLanguage: 'en' })[2];
    expect(en?.rows[1]?.slice(0, 4)).toEqual(['Tiny', 'tree_household_x', 'v0123456789', 'English (en)']);
  });

  it('list a rating submission under its respondent and activity, a household one under respondent and dusun', () => {
    expect(instanceName(rating())).toBe(`concat(${ref('respondent_id')}, ' – ', ${ref('activity')})`);
    expect(instanceName(household())).toBe(`concat(${ref('respondent_id')}, ' – ', ${ref('dusun')})`);
  });

  it('write CSV quoting only the cells that need it, expressions unaltered', () => {
    const csv = sheetCsv({
      name: 'survey',
      rows: [
        ['plain', '. >= 1 and . <= 5', "selected(., 'a')", ''],
        ['a,b', 'say "hi"', 'two\nlines', 'cr\rx'],
        [' lead', 'trail ', 'in side', '\ttab'],
      ],
    });
    expect(csv).toBe(
      [
        'plain,. >= 1 and . <= 5,"selected(., \'a\')",',
        '"a,b","say ""hi""","two\nlines","cr\rx"',
        '" lead","trail ",in side,"\ttab"',
        '',
      ].join('\n'),
    );
  });
});

describe('the rating form model', () => {
  it('labels the default 1–5 scale with its words in both languages', () => {
    const choices = scaleChoices({ min: 1, max: 5 }, undefined, true);
    expect(choices.map((c) => [c.name, c.label.en, c.label.id])).toEqual([
      ['1', '1 - Very low', '1 - Sangat rendah'],
      ['2', '2 - Low', '2 - Rendah'],
      ['3', '3 - Medium', '3 - Sedang'],
      ['4', '4 - High', '4 - Tinggi'],
      ['5', '5 - Very high', '5 - Sangat tinggi'],
    ]);
  });

  it("takes the survey's own scale words (the first for each number, trimmed) and numbers where there is none", () => {
    const words = { ' kurang ': 1, buruk: 1, baik: 3 };
    expect(scaleChoices({ min: 1, max: 5 }, words, true).map((c) => [c.label.en, c.label.id])).toEqual([
      ['1 - Kurang', '1 - Kurang'],
      ['2 - Low', '2 - Rendah'],
      ['3 - Baik', '3 - Baik'],
      ['4 - High', '4 - Tinggi'],
      ['5 - Very high', '5 - Sangat tinggi'],
    ]);
    expect(scaleChoices({ min: 0, max: 3 }, { baik: 3 }, false).map((c) => [c.name, c.label.en, c.label.id])).toEqual([
      ['0', '0', '0'],
      ['1', '1', '1'],
      ['2', '2', '2'],
      ['3', '3 - Baik', '3 - Baik'],
    ]);
  });

  it('offers the youth band, the rest to 59, and 60 and over', () => {
    const names = (min: number, max: number) => ageGroups({ min, max }).map((g) => g.name);
    expect(ageGroups({ min: 15, max: 29 })).toEqual([
      { name: '15_29', label: { en: '15–29', id: '15–29' } },
      { name: '30_59', label: { en: '30–59', id: '30–59' } },
      { name: '60_plus', label: { en: '60 and over', id: '60 ke atas' } },
    ]);
    expect(names(16, 58)).toEqual(['16_58', '59_59', '60_plus']);
    expect(names(15, 59)).toEqual(['15_59', '60_plus']);
  });

  it('opens with the respondent group: id, gender, age, disability required, dusun optional', () => {
    const age = { kind: 'question', type: 'integer', name: 'age', label: { en: 'Age', id: 'Umur' } } as const;
    const group = respondentGroup(age) as Extract<FormItem, { kind: 'group' }>;
    expect([group.kind, group.name, group.label]).toEqual([
      'group',
      'respondent',
      { en: 'Respondent', id: 'Responden' },
    ]);
    expect(group.children.map((q) => [q.name, q.type, q.list, q.required])).toEqual([
      ['respondent_id', 'text', undefined, true],
      ['gender', 'select_one', 'gender', true],
      ['age', 'integer', undefined, undefined],
      ['disability', 'select_one', 'yes_no', true],
      ['dusun', 'text', undefined, undefined],
    ]);
    expect(group.children.map((q) => q.label.id)).toEqual([
      'ID responden',
      'Jenis kelamin',
      'Umur',
      'Disabilitas',
      'Dusun',
    ]);
    expect(group.children.every((q) => q.name === 'age' || q.name === 'gender' || q.hint !== undefined)).toBe(true);
  });

  it('asks the respondent, the activity, then one rating per criterion; its choice lists in order of use', () => {
    const m = rating({ youthAge: { min: 18, max: 35 } });
    expect(m.kind).toBe('rating');
    expect(m.formId).toBe('tree_rating_sumber_rejo');
    expect(m.defaultLanguage).toBe('id');
    expect(m.items.map((i) => [i.kind, i.name])).toEqual([
      ['group', 'respondent'],
      ['question', 'activity'],
      ['group', 'rating'],
    ]);
    expect(m.items[2]?.label).toEqual({ en: 'Rating', id: 'Penilaian' });
    const respondent = questionsOf(m.items).filter((x) => x.groups[0]?.name === 'respondent');
    expect(respondent.find((x) => x.question.name === 'age_group')?.question).toEqual({
      kind: 'question',
      type: 'select_one',
      name: 'age_group',
      list: 'age_group',
      label: { en: 'Age group', id: 'Kelompok umur' },
      required: true,
    });
    expect(m.items[1]).toMatchObject({ type: 'select_one', list: 'activity', required: true });
    expect((m.items[1] as { hint?: unknown }).hint).toBeDefined();
    expect([...m.choices.keys()]).toEqual(['gender', 'age_group', 'yes_no', 'activity', 'scale']);
    expect(m.choices.get('gender')?.map((c) => [c.name, c.label.id])).toEqual([
      ['female', 'Perempuan'],
      ['male', 'Laki-laki'],
    ]);
    expect(m.choices.get('yes_no')?.map((c) => [c.name, c.label.en, c.label.id])).toEqual([
      ['yes', 'Yes', 'Ya'],
      ['no', 'No', 'Tidak'],
    ]);
    expect(m.choices.get('age_group')?.map((c) => c.name)).toEqual(['18_35', '36_59', '60_plus']);
    expect(m.choices.get('activity')).toEqual([
      { name: 'keripik_singkong', label: { en: 'Cassava chips', id: 'Keripik singkong' } },
    ]);
  });

  it('titles the form with the village when there is one', () => {
    expect(rating({ village: 'Sumber Rejo' }).title).toEqual({
      en: 'TREE opportunity rating – Sumber Rejo',
      id: 'Penilaian peluang usaha TREE – Sumber Rejo',
    });
    expect(rating().title).toEqual({ en: 'TREE opportunity rating', id: 'Penilaian peluang usaha TREE' });
  });

  it('words the scale only when it is 1–5, with numbers on any other', () => {
    const labels = (min: number, max: number) =>
      rating({ scale: { min, max } })
        .choices.get('scale')
        ?.map((c) => c.label.en);
    expect(labels(1, 5)?.[0]).toBe('1 - Very low');
    expect(labels(1, 7)).toEqual(['1', '2', '3', '4', '5', '6', '7']);
    expect(labels(0, 5)).toEqual(['0', '1', '2', '3', '4', '5']);
  });

  it('rates each criterion on its own scale when it has one, with the hint, constraint and message of that scale', () => {
    const criteria = [
      { id: 'market', label: { en: 'Market', id: 'Pasar' }, weight: 1, direction: 'benefit' as const },
      {
        id: 'risk',
        label: { en: 'Risk', id: 'Risiko' },
        weight: 1,
        direction: 'cost' as const,
        description: { en: 'How risky' },
        scale: { min: 1, max: 5 },
      },
      {
        id: 'cost',
        label: { en: 'Cost', id: 'Biaya' },
        weight: 1,
        direction: 'benefit' as const,
        description: { id: 'Biaya awal' },
        scale: { min: 0, max: 10 },
      },
    ];
    const m = rating({ criteria, scale: { min: 0, max: 10 } });
    const ratings = questionsOf(m.items).filter((x) => x.groups[0]?.name === 'rating');
    expect(ratings.map((x) => x.question)).toEqual([
      {
        kind: 'question',
        type: 'select_one',
        name: 'market',
        list: 'scale',
        label: { en: 'Market', id: 'Pasar' },
        required: true,
        constraint: '. >= 0 and . <= 10',
        constraintMessage: { en: 'A rating from 0 to 10', id: 'Nilai dari 0 sampai 10' },
      },
      {
        kind: 'question',
        type: 'select_one',
        name: 'risk',
        list: 'scale_risk',
        label: { en: 'Risk', id: 'Risiko' },
        hint: {
          en: 'How risky. 5 = very high (a high rating counts against the activity)',
          id: '5 = sangat tinggi (nilai tinggi mengurangi skor kegiatan)',
        },
        required: true,
        constraint: '. >= 1 and . <= 5',
        constraintMessage: { en: 'A rating from 1 to 5', id: 'Nilai dari 1 sampai 5' },
      },
      {
        kind: 'question',
        type: 'select_one',
        name: 'cost',
        list: 'scale',
        label: { en: 'Cost', id: 'Biaya' },
        hint: { en: 'Biaya awal', id: 'Biaya awal' },
        required: true,
        constraint: '. >= 0 and . <= 10',
        constraintMessage: { en: 'A rating from 0 to 10', id: 'Nilai dari 0 sampai 10' },
      },
    ]);
    expect([...m.choices.keys()]).toEqual(['gender', 'age_group', 'yes_no', 'activity', 'scale', 'scale_risk']);
    // The criterion's own 1–5 scale has the words, the form's 0–10 numbers only.
    expect(m.choices.get('scale_risk')?.map((c) => c.label.id)).toEqual(
      scaleChoices({ min: 1, max: 5 }, undefined, true).map((c) => c.label.id),
    );
    expect(m.choices.get('scale')?.[10]?.label.id).toBe('10');
  });

  it("gives a criterion its own choice list exactly when its scale differs from the form's at either end", () => {
    const criterion = (id: string, scale?: { min: number; max: number }) => ({
      id,
      label: { en: id, id },
      weight: 1,
      direction: 'benefit' as const,
      ...(scale === undefined ? {} : { scale }),
    });
    const m = rating({
      scale: { min: 1, max: 5, labels: { buruk: 1, baik: 5 } },
      criteria: [
        criterion('same', { min: 1, max: 5 }),
        criterion('none'),
        criterion('low', { min: 0, max: 5 }),
        criterion('high', { min: 1, max: 4 }),
      ],
    });
    expect(questionsOf(m.items).map((x) => x.question.list)).toEqual([
      undefined,
      'gender',
      'age_group',
      'yes_no',
      undefined,
      'activity',
      'scale',
      'scale',
      'scale_low',
      'scale_high',
    ]);
    // The form's scale keeps the survey's words; a criterion's own scale other than 1–5 is numbers.
    expect(m.choices.get('scale')?.map((c) => c.label.en)).toEqual([
      '1 - Buruk',
      '2 - Low',
      '3 - Medium',
      '4 - High',
      '5 - Baik',
    ]);
    expect(m.choices.get('scale_low')?.map((c) => c.label.en)).toEqual(['0', '1', '2', '3', '4', '5']);
    expect(m.choices.get('scale_high')?.map((c) => c.label.en)).toEqual(['1', '2', '3', '4']);
    expect(questionsOf(m.items).find((x) => x.question.name === 'high')?.question.constraint).toBe('. >= 1 and . <= 4');
  });

  it("joins a cost criterion's description and warning in each language, and copies a one-language description", () => {
    const criteria = [
      {
        id: 'risk',
        label: { en: 'Risk', id: 'Risiko' },
        weight: 1,
        direction: 'cost' as const,
        description: { en: 'How risky', id: 'Seberapa berisiko' },
      },
      {
        id: 'market',
        label: { en: 'Market', id: 'Pasar' },
        weight: 1,
        direction: 'benefit' as const,
        description: { en: 'Who buys' },
      },
    ];
    const hint = (name: string) =>
      questionsOf(rating({ criteria }).items).find((x) => x.question.name === name)?.question.hint;
    expect(hint('risk')).toEqual({
      en: 'How risky. 5 = very high (a high rating counts against the activity)',
      id: 'Seberapa berisiko. 5 = sangat tinggi (nilai tinggi mengurangi skor kegiatan)',
    });
    expect(hint('market')).toEqual({ en: 'Who buys', id: 'Who buys' });
  });

  it('gives a cost criterion without a description the warning alone, in both languages', () => {
    const criteria = [{ id: 'risk', label: { en: 'Risk', id: 'Risiko' }, weight: 1, direction: 'cost' as const }];
    const q = questionsOf(rating({ criteria }).items).find((x) => x.question.name === 'risk')?.question;
    expect(q?.hint).toEqual({
      en: '5 = very high (a high rating counts against the activity)',
      id: '5 = sangat tinggi (nilai tinggi mengurangi skor kegiatan)',
    });
  });
});

describe('the text of both forms', () => {
  it('gives every label, hint and constraint message text in both languages, and every group child is a question', () => {
    const criteria = DEFAULT_CRITERIA.map((c) => ({
      ...c,
      description: { en: `About ${c.id}`, id: `Tentang ${c.id}` },
    }));
    for (const m of [rating({ criteria }), household()]) {
      for (const item of m.items) {
        expect(
          [item.label.en, item.label.id].every((t) => t.trim() !== ''),
          item.name,
        ).toBe(true);
        if (item.kind === 'group') for (const q of item.children) expect(q.kind, q.name).toBe('question');
      }
      for (const { question: q } of questionsOf(m.items))
        for (const t of [q.label, q.hint, q.constraintMessage])
          if (t !== undefined)
            expect(
              [t.en, t.id].every((x) => x.trim() !== ''),
              `${q.name}: ${t.en} / ${t.id}`,
            ).toBe(true);
      for (const [list, options] of m.choices)
        for (const c of options)
          expect(
            [c.label.en, c.label.id].every((x) => x.trim() !== ''),
            list,
          ).toBe(true);
    }
  });
});

describe('the household form model', () => {
  it('asks the questions the needs reader takes, in order, with their types, lists and required flags', () => {
    const m = household();
    expect(m.kind).toBe('household');
    expect(m.formId).toBe('tree_household_sumber_rejo');
    expect(m.defaultLanguage).toBe('id');
    expect(m.items.map((i) => i.name)).toEqual([
      'respondent',
      'current_activity',
      'wanted_activities',
      'skills',
      'training',
    ]);
    expect(m.items[3]?.label).toEqual({ en: 'Skills', id: 'Keterampilan' });
    expect(m.items[4]?.label).toEqual({ en: 'Training', id: 'Pelatihan' });
    expect(
      questionsOf(m.items).map(({ question: q }) => [
        q.name,
        q.type,
        q.list,
        q.required === true,
        q.hint !== undefined,
      ]),
    ).toEqual([
      ['respondent_id', 'text', undefined, true, true],
      ['gender', 'select_one', 'gender', true, false],
      ['age', 'integer', undefined, true, true],
      ['disability', 'select_one', 'yes_no', true, true],
      ['dusun', 'text', undefined, false, true],
      ['current_activity', 'text', undefined, false, false],
      ['wanted_activities', 'select_multiple', 'activities', true, true],
      ['skill_costing', 'select_one', 'skill_level', false, true],
      ['preferred_time', 'select_one', 'time', false, false],
      ['preferred_place', 'select_one', 'place', false, false],
      ['preferred_length_days', 'integer', undefined, false, true],
      ['mobile_training', 'select_one', 'yes_no', false, true],
      ['constraints', 'select_multiple', 'constraint', false, true],
      ['support_wanted', 'select_multiple', 'support', false, true],
    ]);
    expect(questionsOf(m.items).map(({ question: q }) => q.label.en)).toEqual([
      'Respondent ID',
      'Gender',
      'Age',
      'Disability',
      'Dusun',
      'Main work now',
      'Activities wanted',
      'Costing',
      'Preferred time',
      'Preferred place',
      'Preferred length days',
      'Mobile training',
      'Constraints',
      'Support wanted',
    ]);
  });

  it('bounds the age and the course length, and keeps "none" apart from the other constraints', () => {
    const q = (name: string) => questionsOf(household().items).find((x) => x.question.name === name)?.question;
    expect([q('age')?.constraint, q('age')?.constraintMessage]).toEqual([
      '. >= 10 and . <= 100',
      { en: 'An age from 10 to 100', id: 'Umur dari 10 sampai 100' },
    ]);
    expect([q('preferred_length_days')?.constraint, q('preferred_length_days')?.constraintMessage]).toEqual([
      '. >= 1 and . <= 60',
      { en: 'From 1 to 60 days', id: 'Dari 1 sampai 60 hari' },
    ]);
    expect(q('constraints')?.constraint).toBe("not(selected(., 'tidak_ada') and count-selected(.) > 1)");
    expect(q('constraints')?.constraintMessage?.en).toBe('"None" cannot go with another constraint');
    expect(q('skill_costing')?.relevant).toBe(`selected(${ref('wanted_activities')}, 'b')`);
    expect(questionsOf(household().items).filter((x) => x.question.relevant !== undefined)).toHaveLength(1);
  });

  it('has the choice lists the needs reader reads, "none" last among the constraints', () => {
    const m = household();
    expect([...m.choices.keys()]).toEqual([
      'gender',
      'yes_no',
      'activities',
      'skill_level',
      'time',
      'place',
      'constraint',
      'support',
    ]);
    expect(m.choices.get('activities')?.map((c) => [c.name, c.label.id])).toEqual([
      ['a', 'A id'],
      ['b', 'B id'],
    ]);
    expect(SKILL_LEVELS.map((c) => [c.name, c.label.en, c.label.id])).toEqual(
      ['1', '2', '3', '4', '5'].map((n) => [n, n, n]),
    );
    expect(m.choices.get('skill_level')).toEqual(SKILL_LEVELS);
    expect(m.choices.get('place')).toEqual(PLACES);
    expect(PLACES.map((p) => p.name)).toEqual(['balai_desa', 'rumah_warga', 'lokasi_usaha', 'blk']);
    expect(m.choices.get('time')?.map((c) => [c.name, c.label.en])).toEqual([
      ['morning', 'Morning'],
      ['midday', 'Midday'],
      ['afternoon', 'Afternoon'],
      ['evening', 'Evening'],
    ]);
    const constraints = m.choices.get('constraint') ?? [];
    expect(constraints[0]?.name).toBe('childcare');
    expect(constraints.at(-1)).toEqual({ name: 'tidak_ada', label: { en: 'None', id: 'Tidak ada' } });
    expect(m.choices.get('support')?.map((c) => c.name)).toEqual([
      'credit',
      'equipment',
      'market_access',
      'group_formation',
      'mentoring',
      'certification',
    ]);
  });

  it('leaves out the skills group when no offered activity requires a skill', () => {
    const m = household({
      skills: [{ id: 'costing', label: { en: 'Costing', id: 'Kalkulasi' }, activities: ['not_offered'] }],
    });
    expect(m.items.map((i) => i.name)).toEqual(['respondent', 'current_activity', 'wanted_activities', 'training']);
    expect(household({ skills: [] }).items.map((i) => i.name)).not.toContain('skills');
  });

  it('titles the form with the village when there is one', () => {
    expect(household({ village: 'Sumber Rejo' }).title).toEqual({
      en: 'TREE household and trainee survey – Sumber Rejo',
      id: 'Survei rumah tangga dan calon peserta TREE – Sumber Rejo',
    });
    expect(household().title).toEqual({
      en: 'TREE household and trainee survey',
      id: 'Survei rumah tangga dan calon peserta TREE',
    });
  });
});
