/** The report's templates as read (see io/report-templates.ts), for rendering without I/O. */
export interface ReportTemplates {
  /** Template name → text. */
  texts: Record<string, string>;
  /** Template name → the path shown in messages about it. */
  shown: Record<string, string>;
  /** The words of each language, from words.json. */
  words: Record<string, Record<string, unknown>>;
}
