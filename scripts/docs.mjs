#!/usr/bin/env node
// Regenerates the option tables in README.md from the option table in src/cli/options.ts
// (through the build). `npm run docs`; a test fails when they are out of step.
import { readFileSync, writeFileSync } from 'node:fs';
import { withOptionTables } from '../dist/cli/docs.js';

const file = new URL('../README.md', import.meta.url);
const before = readFileSync(file, 'utf8');
const after = withOptionTables(before);
if (after !== before) writeFileSync(file, after);
console.log(after === before ? 'README.md option tables are up to date' : 'README.md option tables regenerated');
