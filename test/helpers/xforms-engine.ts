/**
 * ODK's own form engine (@getodk/xforms-engine, the engine of ODK Web Forms) in Node: it
 * expects a browser's DOM and XPath (from jsdom here), and its bundled tree-sitter WASM
 * loader expects CommonJS `__dirname` and `require` (PRODUCT.md §8). Set up once, before
 * the engine is first imported.
 */
import { createRequire } from 'node:module';
import path from 'node:path';

type Engine = typeof import('@getodk/xforms-engine');
let engine: Promise<Engine> | undefined;

export function loadEngine(): Promise<Engine> {
  engine ??= (async () => {
    const { JSDOM } = await import('jsdom');
    const { window } = new JSDOM('<!doctype html><html><body></body></html>');
    const g = globalThis as Record<string, unknown>;
    for (const name of ['DOMParser', 'XMLSerializer', 'Node', 'Element', 'XPathResult', 'document'] as const)
      g[name] ??= (window as unknown as Record<string, unknown>)[name];
    const require = createRequire(import.meta.url);
    const main = require.resolve('@getodk/xforms-engine');
    g.__dirname ??= path.dirname(main);
    g.require ??= createRequire(main);
    return import('@getodk/xforms-engine');
  })();
  return engine;
}
