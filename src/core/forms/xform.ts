/**
 * The ODK XForm of a form model: what pyxform would make of the XLSForm, written directly
 * (pyxform is Python; the toolkit needs none). ODK Collect, ODK Central, Enketo and ODK Web
 * Forms load it. Labels, hints and constraint messages are itext in both languages, the
 * default language first; choices are inline items.
 */
import type { Labels } from '../assessment.js';
import { type FormModel, LANGUAGES, type Question, questionsOf } from './model.js';
import { instanceName } from './xlsform.js';

const ROOT = 'data';

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** Every question's absolute path in the instance, by name. */
export function questionPaths(model: FormModel): Map<string, string> {
  const paths = new Map<string, string>();
  for (const { question, groups } of questionsOf(model.items))
    paths.set(question.name, `/${ROOT}/${[...groups.map((g) => g.name), question.name].join('/')}`);
  return paths;
}

/** XLSForm `${name}` references to instance paths (as pyxform writes them, spaced). */
export function xpathOf(expression: string, paths: ReadonlyMap<string, string>): string {
  return expression.replace(/\$\{([A-Za-z_][\w.-]*)\}/g, (_whole, name: string) => {
    const p = paths.get(name);
    if (p === undefined) throw new Error(`unknown question \${${name}} in a form expression`);
    return ` ${p} `;
  });
}

const BIND_TYPES: Record<Question['type'], string> = {
  text: 'string',
  integer: 'int',
  select_one: 'string',
  select_multiple: 'string',
};

export function xform(model: FormModel): string {
  const paths = questionPaths(model);
  const texts = new Map<string, Labels>();
  const text = (id: string, value: Labels) => {
    texts.set(id, value);
    return `jr:itext('${id}')`;
  };
  const binds: string[] = [];
  const body: string[] = [];
  const instance: string[] = [];
  const languages = [
    ...LANGUAGES.filter((l) => l.code === model.defaultLanguage),
    ...LANGUAGES.filter((l) => l.code !== model.defaultLanguage),
  ];

  const question = (q: Question, path: string, indent: string): void => {
    const attrs = [`nodeset="${path}"`, `type="${BIND_TYPES[q.type]}"`];
    if (q.required) attrs.push('required="true()"');
    if (q.constraint) attrs.push(`constraint="${escapeXml(xpathOf(q.constraint, paths))}"`);
    if (q.constraintMessage) attrs.push(`jr:constraintMsg="${text(`${path}:constraintMsg`, q.constraintMessage)}"`);
    if (q.relevant) attrs.push(`relevant="${escapeXml(xpathOf(q.relevant, paths))}"`);
    binds.push(`      <bind ${attrs.join(' ')}/>`);
    const tag = q.type === 'select_one' ? 'select1' : q.type === 'select_multiple' ? 'select' : 'input';
    const lines = [`${indent}<${tag} ref="${path}">`, `${indent}  <label ref="${text(`${path}:label`, q.label)}"/>`];
    if (q.hint) lines.push(`${indent}  <hint ref="${text(`${path}:hint`, q.hint)}"/>`);
    const choices = q.list === undefined ? [] : model.choices.get(q.list);
    if (choices === undefined) throw new Error(`unknown choice list ${q.list} in a form`);
    // A choice's itext id is its position: its name is any text (an opportunity id), which
    // can hold characters an XML attribute or the jr:itext('…') literal cannot.
    for (const [i, c] of choices.entries()) {
      lines.push(
        `${indent}  <item>`,
        `${indent}    <label ref="${text(`${path}/${i}:label`, c.label)}"/>`,
        `${indent}    <value>${escapeXml(c.name)}</value>`,
        `${indent}  </item>`,
      );
    }
    lines.push(`${indent}</${tag}>`);
    body.push(...lines);
  };

  for (const item of model.items) {
    if (item.kind === 'question') {
      instance.push(`          <${item.name}/>`);
      question(item, `/${ROOT}/${item.name}`, '    ');
      continue;
    }
    const gpath = `/${ROOT}/${item.name}`;
    instance.push(`          <${item.name}>`);
    for (const q of item.children) instance.push(`            <${q.name}/>`);
    instance.push(`          </${item.name}>`);
    body.push(`    <group ref="${gpath}">`, `      <label ref="${text(`${gpath}:label`, item.label)}"/>`);
    for (const q of item.children) question(q, `${gpath}/${q.name}`, '      ');
    body.push('    </group>');
  }
  binds.push(
    `      <bind nodeset="/${ROOT}/meta/instanceID" type="string" readonly="true()" jr:preload="uid"/>`,
    `      <bind nodeset="/${ROOT}/meta/instanceName" type="string" calculate="${escapeXml(xpathOf(instanceName(model), paths))}"/>`,
  );
  const translations = languages.map((l) => {
    const entries = [...texts].map(
      ([id, values]) =>
        `          <text id="${escapeXml(id)}">\n            <value>${escapeXml(values[l.code])}</value>\n          </text>`,
    );
    const isDefault = l.code === model.defaultLanguage ? ' default="true()"' : '';
    return `        <translation lang="${escapeXml(l.name)}"${isDefault}>\n${entries.join('\n')}\n        </translation>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>
<h:html xmlns="http://www.w3.org/2002/xforms" xmlns:h="http://www.w3.org/1999/xhtml" xmlns:jr="http://openrosa.org/javarosa" xmlns:odk="http://www.opendatakit.org/xforms" xmlns:orx="http://openrosa.org/xforms" xmlns:xsd="http://www.w3.org/2001/XMLSchema">
  <h:head>
    <h:title>${escapeXml(model.title[model.defaultLanguage])}</h:title>
    <model odk:xforms-version="1.0.0">
      <itext>
${translations.join('\n')}
      </itext>
      <instance>
        <${ROOT} id="${escapeXml(model.formId)}" version="${escapeXml(model.version)}">
${instance.join('\n')}
          <meta>
            <instanceID/>
            <instanceName/>
          </meta>
        </${ROOT}>
      </instance>
${binds.join('\n')}
    </model>
  </h:head>
  <h:body>
${body.join('\n')}
  </h:body>
</h:html>
`;
}
