/*
 * Text from files, flags and names must never drive a terminal. ESC sequences can clear
 * the screen, retitle the window or fake a prompt; bidirectional overrides (U+202E) make
 * "Keripik.csv.exe" read as something else. Each is shown as U+FFFD instead.
 */

// C0 and C1 control characters except tab, line feed and carriage return (handled apart).
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
// Bidirectional formatting characters: marks, embeddings, overrides and isolates.
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
// A carriage return not followed by a line feed returns to the start of the line and overwrites it.
const LONE_CR = /\r(?!\n)/g;

/** One line, safe for a terminal, a table cell or a message: breaks and tabs become spaces. */
export function displayText(value: string): string {
  return value
    .replace(/\r\n|\r|\n/g, ' ')
    .replace(/\t/g, ' ')
    .replace(CONTROL, '\uFFFD')
    .replace(BIDI, '\uFFFD');
}

/** Whole text (CSV, JSON) bound for a terminal: line breaks and tabs kept, the rest made inert. */
export function terminalText(value: string): string {
  return value.replace(CONTROL, '\uFFFD').replace(BIDI, '\uFFFD').replace(LONE_CR, '\uFFFD');
}

/** True when the text holds nothing a terminal would act on (what tests check output against). */
export function isTerminalSafe(value: string): boolean {
  CONTROL.lastIndex = 0;
  BIDI.lastIndex = 0;
  return !CONTROL.test(value) && !BIDI.test(value) && !/\r(?!\n)/.test(value);
}
