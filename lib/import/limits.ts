/** The import's limits (also read by the upload form in the browser: no parser, no catalogue here). */

/** The upload's cap: the ~54 report forms of the programme fit many times over. */
export const IMPORT_MAX_BYTES = 5 * 1024 * 1024;
/** Rows of one file: the programme's dialogues with room to spare; the report stays readable. */
export const IMPORT_MAX_ROWS = 500;
