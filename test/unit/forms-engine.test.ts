/**
 * The XForms load in ODK's own engine (@getodk/xforms-engine, ODK Web Forms), with every
 * question, choice, label in both languages, constraint and relevance; a filled-in
 * instance serialises to submission XML with the expected paths.
 */
import { describe, expect, it } from 'vitest';
import { form } from '../../src/commands/form.js';
import { type FormModel, LANGUAGES, questionsOf } from '../../src/core/forms/model.js';
import { ROOT } from '../helpers/cli.js';
import { loadEngine } from '../helpers/xforms-engine.js';

const WS = `${ROOT}/examples/workspace`;

// biome-ignore lint/suspicious/noExplicitAny: the engine's node types are a large union
type AnyNode = any;

function nodes(root: AnyNode): Map<string, AnyNode> {
  const out = new Map<string, AnyNode>();
  const walk = (n: AnyNode) => {
    out.set(n.currentState.reference, n);
    for (const c of n.currentState.children ?? []) walk(c);
  };
  walk(root);
  return out;
}

async function load(kind: 'rating' | 'household') {
  const { forms } = await form({ workspace: WS, format: 'xml', kinds: [kind] });
  const out = forms[0] as { model: FormModel; files: { content: string | Buffer }[] };
  const { loadForm } = await loadEngine();
  const result = await loadForm(out.files[0]?.content as string);
  expect(result.status).toBe('success');
  return { model: out.model, instance: result.createInstance() };
}

function pathOf(groups: { name: string }[], name: string) {
  return `/data/${[...groups.map((g) => g.name), name].join('/')}`;
}

async function submission(root: AnyNode): Promise<{ status: string; doc: Document }> {
  const payload = await root.prepareInstancePayload();
  const xml = await (payload.data[0].get('xml_submission_file') as File).text();
  return { status: payload.status, doc: new DOMParser().parseFromString(xml, 'text/xml') };
}

const text = (doc: Document, path: string) => doc.evaluate(path, doc, null, XPathResult.STRING_TYPE, null).stringValue;

describe.each(['rating', 'household'] as const)('the %s XForm in @getodk/xforms-engine', (kind) => {
  it('has every question and choice, labelled in both languages, the default language first', async () => {
    const { model, instance } = await load(kind);
    const root = instance.root as AnyNode;
    expect(root.languages.map((l: AnyNode) => l.language)).toEqual(
      [...LANGUAGES].sort((a) => (a.code === model.defaultLanguage ? -1 : 1)).map((l) => l.name),
    );
    for (const lang of LANGUAGES) {
      root.setLanguage(root.languages.find((l: AnyNode) => l.language === lang.name));
      const all = nodes(root);
      for (const { question, groups } of questionsOf(model.items)) {
        const node = all.get(pathOf(groups, question.name));
        expect(node, question.name).toBeDefined();
        // A question asked only when relevant still has its label and choices.
        expect(node.currentState.label?.asString).toBe(question.label[lang.code]);
        if (question.hint) expect(node.currentState.hint?.asString).toBe(question.hint[lang.code]);
        if (question.list) {
          const options = node.currentState.valueOptions.map((o: AnyNode) => [o.value, o.label.asString]);
          expect(options).toEqual((model.choices.get(question.list) ?? []).map((c) => [c.name, c.label[lang.code]]));
        }
      }
      for (const g of model.items.filter((i) => i.kind === 'group'))
        expect(all.get(`/data/${g.name}`)?.currentState.label?.asString).toBe(g.label[lang.code]);
    }
  });

  it('enforces required, constraints and relevance, and serialises a filled-in instance to the expected paths', async () => {
    const { model, instance } = await load(kind);
    const root = instance.root as AnyNode;
    const all = nodes(root);
    const qs = questionsOf(model.items);
    expect((await submission(root)).status).toBe('pending');
    for (const x of qs.filter((y) => y.question.relevant !== undefined))
      expect(all.get(pathOf(x.groups, x.question.name)).currentState.relevant, x.question.name).toBe(false);
    const filled = new Map<string, string>();
    const relevantSkill = qs.find((x) => x.question.relevant !== undefined);
    for (const { question, groups } of qs) {
      const node = all.get(pathOf(groups, question.name));
      const path = pathOf(groups, question.name);
      if (question.relevant !== undefined) continue;
      if (question.type === 'integer') {
        node.setValue(5);
        expect(node.validationState.violation?.condition, `${question.name} = 5 is outside its range`).toBe(
          question.name === 'age' ? 'constraint' : undefined,
        );
        node.setValue(30);
        filled.set(path, '30');
      } else if (question.type === 'text') {
        node.setValue(`${question.name}-1`);
        filled.set(path, `${question.name}-1`);
      } else if (question.type === 'select_one') {
        const first = (model.choices.get(question.list as string) ?? [])[0]?.name as string;
        node.selectValue(first);
        filled.set(path, first);
      } else {
        const choices = (model.choices.get(question.list as string) ?? []).map((c) => c.name);
        const chosen = question.name === 'constraints' ? [choices[0] as string, 'tidak_ada'] : choices.slice(0, 2);
        node.selectValues(chosen);
        if (question.constraint) {
          expect(node.validationState.violation?.condition).toBe('constraint');
          node.selectValues(chosen.slice(0, 1));
        }
        expect(node.validationState.violation).toBeNull();
        filled.set(path, node.currentState.value.map((o: AnyNode) => o.value ?? o).join(' '));
      }
    }
    if (relevantSkill) {
      // The first activities were chosen above; at least one skill question is now asked.
      const asked = qs.filter(
        (x) => x.question.relevant && all.get(pathOf(x.groups, x.question.name)).currentState.relevant,
      );
      expect(asked.length).toBeGreaterThan(0);
      for (const x of asked) {
        all.get(pathOf(x.groups, x.question.name)).selectValue('2');
        filled.set(pathOf(x.groups, x.question.name), '2');
      }
    }
    const { status, doc } = await submission(root);
    expect(status).toBe('ready');
    expect(doc.documentElement.getAttribute('id')).toBe(model.formId);
    expect(doc.documentElement.getAttribute('version')).toBe(model.version);
    for (const [path, value] of filled) expect(text(doc, path), path).toBe(value);
    expect(text(doc, '/data/meta/instanceID')).toMatch(/^uuid:/);
  });
});
