// C0 and C1 control characters (tab and newlines handled apart): survey text must never
// drive the terminal (ESC sequences can clear the screen or retitle the window).
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

/** Makes a value safe to show in a terminal table or Markdown cell: one line, no control codes. */
export function displayText(value: string): string {
  return value.replace(/\r\n|\r|\n/g, ' ').replace(/\t/g, ' ').replace(CONTROL, '\uFFFD');
}
