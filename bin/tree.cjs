#!/usr/bin/env node
'use strict';
// Tiny on purpose, and CommonJS on purpose: everything lives in dist/ (ESM), and a
// synchronous require() of it starts faster than an ESM entry with import(). The version
// is answered before anything else loads. bench/startup.mjs measures this.
const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
  process.stdout.on('error', (error) => {
    // `> /dev/full` is a failure (exit 5); a reader that went away (`| head`) is not.
    if (error.code === 'EPIPE') return;
    process.exitCode = 5;
    process.stderr.write(`error: standard output: cannot write (${error.code}).\n`);
  });
  process.stdout.write(`${require('../dist/version.js').VERSION}\n`);
} else {
  // The compile cache (Node >= 22.1) speeds up later starts; on Node 20 it does not exist.
  require('node:module').enableCompileCache?.();
  let loaded;
  try {
    // require() of an ES module works from Node 20.19; older 20.x releases refuse it.
    loaded = Promise.resolve(require('../dist/main.js'));
  } catch (error) {
    if (error.code !== 'ERR_REQUIRE_ESM') throw error;
    loaded = import('../dist/main.js');
  }
  loaded
    .then(({ main }) => main(args))
    .then((code) => {
      process.exitCode = code;
    });
}
