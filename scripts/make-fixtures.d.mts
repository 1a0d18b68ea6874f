// Types for scripts/make-fixtures.mjs, so the tests can import its constants (allowJs is off).
export const FIXTURE_SEED: number;
export const FIXTURE_POLLING_DAY: string;
export const RECAPS: { source: string; dir: string }[];
export const CONTOH_KODE: string[];
export function toContractRecap(text: string): string;
export function buildFixtures(sharedDir: string): {
  files: { path: string; bytes: Buffer; gz?: boolean }[];
  contohRecap: string;
};
