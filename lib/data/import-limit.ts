/**
 * The largest export file Rung reads: years of study are tens of megabytes. Its own module so the
 * message protocol (bundled into the content script too) can cap `data/import` without pulling in
 * the importer and Dexie.
 */
export const MAX_IMPORT_CHARS = 256 * 1024 * 1024;
