import { settle } from './add-row.js';
import { compareOrigin, minOrigin } from './order.js';
import { createRollState, emptyFileAcc, uncount, type FileAcc, type RollState, type TpsAcc } from './roll-state.js';

function copyTps(acc: TpsAcc): TpsAcc {
  const names = acc.names.map((t) => ({ pair: t.pair, count: t.count, first: t.first }));
  return { ...acc, names };
}

function mergeTps(into: TpsAcc, from: TpsAcc): void {
  into.rows += from.rows;
  into.dpt += from.dpt;
  into.firstLine = Math.min(into.firstLine, from.firstLine);
  for (const tally of from.names) {
    const mine = into.names.find((t) => t.pair === tally.pair);
    if (mine === undefined) into.names.push({ pair: tally.pair, count: tally.count, first: tally.first });
    else {
      mine.count += tally.count;
      mine.first = minOrigin(mine.first, tally.first);
    }
  }
}

/**
 * One file read in two byte ranges adds up; different files simply sit side by side. A TPS new to
 * `into` is copied, or taken over as it is when `from` is consumed (no second object per TPS).
 */
function mergeFile(into: FileAcc, from: FileAcc, consume: boolean): void {
  into.records += from.records;
  into.rejected += from.rejected;
  into.nik16 += from.nik16;
  into.nikZero += from.nikZero;
  if (from.masked > 0 && (into.masked === 0 || from.firstMaskedLine < into.firstMaskedLine)) {
    into.firstMaskedLine = from.firstMaskedLine;
  }
  into.masked += from.masked;
  for (const key of from.rejectedTps) into.rejectedTps.add(key);
  into.footer ??= from.footer;
  for (const [key, acc] of from.tps) {
    const mine = into.tps.get(key);
    if (mine === undefined) into.tps.set(key, consume ? acc : copyTps(acc));
    else mergeTps(mine, acc);
  }
}

/**
 * Adds source's NIKs to target's straight from the typed tables (no object or string per NIK, no
 * copy: a chunk of entries at a time), indexed in the order of their hash slots (absorbChunk): a
 * clash uncounts the later row exactly as addRow does.
 */
function absorbNiks(target: RollState, source: RollState, consume: boolean): void {
  const into = target.nik;
  const from = source.nik;
  into.reserve(from.size);
  const refs = new Int32Array(from.pairCount).fill(-1);
  const onClash = (hi: number, lo: number, line: number, ref: number): void => clash(target, hi, lo, line, ref);
  const absorb = (c: Uint32Array, n: number, first: number): void => into.absorbChunk(from, c, n, first, refs, onClash, consume);
  if (consume) from.drainChunks(absorb, into);
  else from.forEachChunk(absorb);
  into.dropSpares();
}

/** An absorbed NIK met one already in target (absorbChunk left that one's origin in prevLine/prevRef). */
function clash(target: RollState, hi: number, lo: number, line: number, ref: number): void {
  const into = target.nik;
  const previous = { file: into.pairFile(into.prevRef), line: into.prevLine, key: into.pairKey(into.prevRef) };
  const origin = { file: into.pairFile(ref), line, key: into.pairKey(ref) };
  const later = settle(target, previous, 1, origin)!;
  target.nikDuplicates.add(hi, lo, later.file, later.line);
  if (later === origin) uncount(target, origin, 1);
}

/**
 * Folds `source` into `target` (in place; source is left as it was, unless `consume`: then its
 * NIK table is emptied as it is replayed, so the two never hold all entries twice, and its TPS
 * become target's), then replays source's first occurrences against target's: each
 * clash uncounts the later row exactly as addRow would have, so the outcome is the same in any order.
 */
export function absorbRollState(target: RollState, source: RollState, consume = false): void {
  for (const [name, file] of source.files) {
    let mine = target.files.get(name);
    if (mine === undefined) {
      mine = emptyFileAcc(file.nikHeader);
      target.files.set(name, mine);
    }
    mergeFile(mine, file, consume);
  }
  target.nikDuplicates.absorb(source.nikDuplicates);
  // A loop, not push(...spread): a spread of millions of entries overflows the call stack.
  for (const dup of source.tpsDuplicates) target.tpsDuplicates.push(dup);
  absorbNiks(target, source, consume);
  for (const [key, origin] of source.recapFirst) {
    const previous = target.recapFirst.get(key) ?? null;
    if (previous === null || compareOrigin(origin, previous) < 0) target.recapFirst.set(key, origin);
    const later = settle(target, previous, previous?.dpt ?? 0, origin);
    if (later === null) continue;
    target.tpsDuplicates.push({ id: key, file: later.file, line: later.line });
    if (later === origin) uncount(target, origin, origin.dpt);
  }
}

/**
 * The state of two parts of one roll (byte ranges, files read in workers). Returns a new state and
 * leaves both inputs untouched; the result is the same for (a, b) and (b, a).
 */
export function mergeRollStates(a: RollState, b: RollState): RollState {
  const merged = createRollState();
  absorbRollState(merged, a);
  absorbRollState(merged, b);
  return merged;
}
