/**
 * Validation of roll values: a pure per-row check, a mergeable per-roll state and the cross-row
 * checks. Structural problems (ragged rows, headers) belong to the reader.
 */
export { maskNik } from '../echo.js';
export { checkRow, nikHeaderOf } from './row-checks.js';
export type { RowVerdict } from './verdict.js';
export { createRollState, type RollState } from './roll-state.js';
export { addRow, CleanVoterFolder, noteFooter } from './add-row.js';
export { absorbRollState, mergeRollStates } from './merge.js';
export { shiftRollLines } from './shift-lines.js';
export { finishRoll, type RollResult } from './finish.js';
export { DuplicateNiks, type DuplicateNikData } from './duplicate-niks.js';
export type { FileCounts } from './finish-files.js';
export { MapNikIndex, type NikIndex, type NikOrigin } from './nik-index.js';
export { compareCodePoint } from './order.js';
export { TypedNikIndex } from './nik-table.js';
export { capacityHint, HINT_MIN_SHARE, type PresetCapacity } from './capacity-hint.js';
export type { CleanIdentity } from './identity.js';
export type { RowObserver } from './row-observer.js';
export type { Origin } from './order.js';
