#!/usr/bin/env node
// Tiny on purpose: everything lives in dist/ so `tree --help` loads as little as possible.
import module from 'node:module';

// The compile cache (Node >= 22.1) speeds up later starts; on Node 20 it does not exist.
module.enableCompileCache?.();
const { main } = await import('../dist/main.js');
process.exitCode = await main(process.argv.slice(2));
