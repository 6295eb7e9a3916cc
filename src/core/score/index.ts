/** The scoring core of `tree score`: tallies, scores and ranks, sensitivity. Pure: no I/O. */
export * from './accumulator.js';
export * from './report.js';
export { scoreActivities } from './score.js';
export { sensitivity } from './sensitivity.js';
export * from './types.js';
