import { expect } from 'vitest';
import { TreeError } from '../../src/errors.js';

/** The typed error a command function rejects with; fails the test if it resolves or throws anything else. */
export async function rejection(promise: Promise<unknown>): Promise<TreeError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error, 'the call should have failed').toBeInstanceOf(TreeError);
  return error as TreeError;
}
