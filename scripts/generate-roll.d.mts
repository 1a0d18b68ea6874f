// Types for scripts/generate-roll.mjs, so test/generator.test.ts type-checks (allowJs is off).
import type { Writable } from 'node:stream';

export interface RecapEntry {
  kode_kelurahan: string;
  kecamatan: string;
  kelurahan: string;
  tps: string;
  dpt: number;
  dpt_l?: number;
  dpt_p?: number;
}
export interface RollOptions {
  seed?: number;
  pollingDay?: string;
  newlineRate?: number;
  /** Probability that a household cut short at the end of a TPS goes on into the next one (default 0). */
  splitFamilies?: number;
  warnEveryRow?: boolean;
  /** Probability that a voter is written as a copy of an earlier one: a duplicate NIK (default 0). */
  duplicates?: number;
}
export interface CivilDate {
  y: number;
  m: number;
  d: number;
}

export const HEADER: string[];
export const RECAP_HEADER: string[];
export const DEFAULT_SEED: number;
export const DEFAULT_POLLING_DAY: string;
export function mulberry32(seed: number): () => number;
export function csvField(s: string): string;
export function daysFromCivil(y: number, m: number, d: number): number;
export function civilFromDays(z: number): CivilDate;
export function ageOn(birth: CivilDate, day: CivilDate): number;
export function parseIsoDate(s: string): CivilDate;
export function dottedCode(code: string): string;
export function normalTps(tps: string): string;
export function readRecap(text: string): RecapEntry[];
export function recapToCsv(recap: RecapEntry[]): string;
export function syntheticRecap(rows: number, seed?: number): RecapEntry[];
export function rollChunks(recap: RecapEntry[], opts?: RollOptions & { used?: RecapEntry[] | null }): Generator<string>;
export function writeRoll(recap: RecapEntry[], writable: Writable, opts?: RollOptions): Promise<RecapEntry[]>;
export function rollToString(recap: RecapEntry[], opts?: RollOptions): string;
export function generateFile(opts: RollOptions & {
  recap: RecapEntry[];
  out: string;
  gzip?: boolean;
  recapOut?: string | null;
}): Promise<RecapEntry[]>;
export function parseArgs(argv: string[]): Record<string, unknown>;
