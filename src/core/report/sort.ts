/**
 * Reports sort by code point (see ../code-point.ts): never `localeCompare`, never UTF-16 `<`.
 */
export { compareCodePoints as byCodePoint } from '../code-point.js';
