/**
 * A RollState's files as columns, for handing a byte range's state from its worker thread to the
 * main thread (io/range-job.ts). A structured clone of the Map of TpsAcc objects made, on the
 * receiving side, a serialised copy and then an object graph with its own copy of every string
 * of every TPS (the key, its parts, the name pair, the tallies' file name): ~1.2 KB per TPS, with
 * the worker's heap still alive meanwhile (60 M rows: the main heap grew 12 → ~300 MiB there).
 * Here each distinct string is sent once in one string, the numbers in typed arrays that are
 * transferred, and the objects are made only on the receiving side, sharing their strings.
 */
import type { FileAcc, PairTally, TpsAcc } from './roll-state.js';

/** Distinct strings, numbered in order of first use. */
export class StringTable {
  private readonly ids = new Map<string, number>();
  private readonly parts: string[] = [];

  id(s: string): number {
    let id = this.ids.get(s);
    if (id === undefined) {
      id = this.parts.push(s) - 1;
      this.ids.set(s, id);
    }
    return id;
  }

  toData(): StringsData {
    const ends = new Uint32Array(this.parts.length);
    let at = 0;
    for (let i = 0; i < this.parts.length; i++) ends[i] = at += this.parts[i]!.length;
    return { text: this.parts.join(''), ends };
  }
}

/** The strings of a StringTable: string i is `text` from `ends[i - 1]` (0 for the first) to `ends[i]`. */
export interface StringsData {
  readonly text: string;
  readonly ends: Uint32Array;
}

export function stringsOf(data: StringsData): string[] {
  const out = new Array<string>(data.ends.length);
  let at = 0;
  for (let i = 0; i < data.ends.length; i++) {
    const end = data.ends[i]!;
    out[i] = data.text.slice(at, end);
    at = end;
  }
  return out;
}

/** A FileAcc without its TPS (those are in the columns). */
type FileFields = Omit<FileAcc, 'tps'>;

/** Words per TPS in `ids`: key, kodeKelurahan, kecamatan, kelurahan, tps (string ids), tallies. */
const IDS = 6;
/** Per TPS in `counts`: rows, dpt, firstLine. */
const COUNTS = 3;
/** Per name tally in `tallies`: pair (string id), count, first file (string id), first line. */
const TALLY = 4;

export interface FilesData {
  /** String ids of the file names, in the Map's order. */
  readonly names: Uint32Array;
  readonly fields: readonly FileFields[];
  /** How many TPS each file has; its TPS follow the previous file's in the columns. */
  readonly tpsCounts: Uint32Array;
  readonly ids: Uint32Array;
  readonly counts: Float64Array;
  readonly tallies: Float64Array;
}

export function filesToData(files: ReadonlyMap<string, FileAcc>, strings: StringTable): FilesData {
  let tpsTotal = 0;
  let tallyTotal = 0;
  for (const file of files.values()) {
    tpsTotal += file.tps.size;
    for (const acc of file.tps.values()) tallyTotal += acc.names.length;
  }
  const data = {
    names: new Uint32Array(files.size), fields: [] as FileFields[], tpsCounts: new Uint32Array(files.size),
    ids: new Uint32Array(tpsTotal * IDS), counts: new Float64Array(tpsTotal * COUNTS), tallies: new Float64Array(tallyTotal * TALLY),
  };
  let f = 0;
  let t = 0;
  let n = 0;
  for (const [name, file] of files) {
    const { tps, ...fields } = file;
    data.names[f] = strings.id(name);
    data.fields.push(fields);
    data.tpsCounts[f++] = tps.size;
    for (const [key, acc] of tps) {
      putTps(data, t++, strings, key, acc);
      for (const tally of acc.names) putTally(data.tallies, n++, strings, tally);
    }
  }
  return data;
}

function putTps(data: FilesData, t: number, strings: StringTable, key: string, acc: TpsAcc): void {
  const i = t * IDS;
  data.ids[i] = strings.id(key);
  data.ids[i + 1] = strings.id(acc.kodeKelurahan);
  data.ids[i + 2] = strings.id(acc.kecamatan);
  data.ids[i + 3] = strings.id(acc.kelurahan);
  data.ids[i + 4] = strings.id(acc.tps);
  data.ids[i + 5] = acc.names.length;
  const c = t * COUNTS;
  data.counts[c] = acc.rows;
  data.counts[c + 1] = acc.dpt;
  data.counts[c + 2] = acc.firstLine;
}

function putTally(tallies: Float64Array, n: number, strings: StringTable, tally: PairTally): void {
  const i = n * TALLY;
  tallies[i] = strings.id(tally.pair);
  tallies[i + 1] = tally.count;
  tallies[i + 2] = strings.id(tally.first.file);
  tallies[i + 3] = tally.first.line;
}

/** The files back as a RollState's Map; `strings` from stringsOf, shared by every TPS that names them. */
export function filesFromData(data: FilesData, strings: readonly string[]): Map<string, FileAcc> {
  const files = new Map<string, FileAcc>();
  let t = 0;
  let n = 0;
  for (let f = 0; f < data.fields.length; f++) {
    const tps = new Map<string, TpsAcc>();
    for (const end = t + data.tpsCounts[f]!; t < end; t++) {
      const i = t * IDS;
      const names: PairTally[] = [];
      for (const last = n + data.ids[i + 5]!; n < last; n++) names.push(tallyAt(data.tallies, n, strings));
      const c = t * COUNTS;
      // The same property order as add-row.ts tpsAcc: one object shape for every TpsAcc.
      tps.set(strings[data.ids[i]!]!, {
        kodeKelurahan: strings[data.ids[i + 1]!]!, kecamatan: strings[data.ids[i + 2]!]!, kelurahan: strings[data.ids[i + 3]!]!,
        tps: strings[data.ids[i + 4]!]!, rows: data.counts[c]!, dpt: data.counts[c + 1]!, firstLine: data.counts[c + 2]!, names,
      });
    }
    files.set(strings[data.names[f]!]!, fileAcc(data.fields[f]!, tps));
  }
  return files;
}

function tallyAt(tallies: Float64Array, n: number, strings: readonly string[]): PairTally {
  const i = n * TALLY;
  return { pair: strings[tallies[i]!]!, count: tallies[i + 1]!, first: { file: strings[tallies[i + 2]!]!, line: tallies[i + 3]! } };
}

/** In roll-state.ts emptyFileAcc's property order. */
function fileAcc(f: FileFields, tps: Map<string, TpsAcc>): FileAcc {
  return {
    records: f.records, rejected: f.rejected, nik16: f.nik16, nikZero: f.nikZero, masked: f.masked, firstMaskedLine: f.firstMaskedLine,
    nikHeader: f.nikHeader, tps, rejectedTps: f.rejectedTps, footer: f.footer,
  };
}
