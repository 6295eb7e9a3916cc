/**
 * The pure form model (model.ts, rating.ts, household.ts) and what is rendered from it
 * (xlsform.ts, xform.ts), on small hand-made models and inputs.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_CRITERIA } from '../../src/core/criteria.js';
import { ratingForm } from '../../src/core/forms/rating.js';
import { xform } from '../../src/core/forms/xform.js';
import { loadEngine } from '../helpers/xforms-engine.js';

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

describe('the XForm', () => {
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
});
