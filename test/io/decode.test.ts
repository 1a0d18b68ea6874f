/**
 * Bytes in, bytes out (issue 9.5): Windows-1252 is decoded by hand at 0x80–0x9F, and a file that
 * mixes UTF-8 and Windows-1252 is judged cell by cell, never turned into mojibake or U+FFFD.
 */
import { describe, expect, it } from 'vitest';
import { FieldDecoder, latin1ToCp1252 } from '../../src/io/decode.js';

const cps = (s: string): string[] => [...s].map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`);

function decode(bytes: Buffer, guess: ConstructorParameters<typeof FieldDecoder>[0]): { text: string; decoder: FieldDecoder } {
  const decoder = new FieldDecoder(guess);
  return { text: decoder.decode(bytes, 0, bytes.length, 0), decoder };
}

describe("Node's own windows-1252 decoder (why decode.ts does not use it)", () => {
  it('may turn 0x80-0x9F into C1 controls, like Latin-1 (Node 20.20 does); decode.ts does not', () => {
    const bytes = Buffer.from([0x80, 0x92, 0x93]);
    const node = cps(new TextDecoder('windows-1252').decode(bytes));
    const latin1 = ['U+0080', 'U+0092', 'U+0093'];
    const right = ['U+20AC', 'U+2019', 'U+201C'];
    // Which of the two depends on the Node release; decode.ts must be right with either.
    expect([latin1, right]).toContainEqual(node);
    expect(cps(latin1ToCp1252(bytes.toString('latin1')))).toEqual(right);
    expect(cps(new FieldDecoder({ encoding: 'windows-1252', tentative: false }).decode(bytes, 0, 3, 0))).toEqual(right);
  });
});

describe('latin1ToCp1252', () => {
  it('maps all 32 bytes of 0x80-0x9F as Windows-1252 does (the 5 undefined keep their code point)', () => {
    const all = Buffer.from(Array.from({ length: 32 }, (_, i) => 0x80 + i)).toString('latin1');
    expect(cps(latin1ToCp1252(all))).toEqual([
      'U+20AC', 'U+0081', 'U+201A', 'U+0192', 'U+201E', 'U+2026', 'U+2020', 'U+2021', 'U+02C6', 'U+2030', 'U+0160', 'U+2039', 'U+0152', 'U+008D', 'U+017D', 'U+008F',
      'U+0090', 'U+2018', 'U+2019', 'U+201C', 'U+201D', 'U+2022', 'U+2013', 'U+2014', 'U+02DC', 'U+2122', 'U+0161', 'U+203A', 'U+0153', 'U+009D', 'U+017E', 'U+0178',
    ]);
  });
  it('leaves Latin-1 letters (0xA0-0xFF) as they are', () => {
    expect(latin1ToCp1252('ANDR\u00c9 S\u00c9PTIAN')).toBe('ANDRÉ SÉPTIAN');
  });
});

describe('FieldDecoder: cell by cell', () => {
  const cp1252 = Buffer.from([0x47, 0x47, 0x2e, 0x20, 0x91, 0x4d, 0x41, 0x57, 0x41, 0x52, 0x92]); // GG. ‘MAWAR’
  const utf8 = Buffer.from('Sindur Téngah', 'utf8');

  it('reads a Windows-1252 cell in a UTF-8 file as Windows-1252, and says the file is mixed', () => {
    const { text, decoder } = decode(cp1252, { encoding: 'utf-8', tentative: false });
    expect(text).toBe('GG. ‘MAWAR’');
    expect(decoder.mixed).toBe(true);
    expect(decoder.invalidUtf8).toBe(false);
  });

  it('reads a UTF-8 cell in a Windows-1252 file as UTF-8 (no "TÃ©ngah"), and says so', () => {
    const { text, decoder } = decode(utf8, { encoding: 'windows-1252', tentative: false });
    expect(text).toBe('Sindur Téngah');
    expect(decoder.mixed).toBe(true);
  });

  it('keeps a plain Windows-1252 cell of a Windows-1252 file unflagged', () => {
    const { text, decoder } = decode(cp1252, { encoding: 'windows-1252', tentative: false });
    expect(text).toBe('GG. ‘MAWAR’');
    expect(decoder.mixed).toBe(false);
  });

  it('settles an undecided (ASCII so far) file on its first non-ASCII cell, without calling it mixed', () => {
    const { text, decoder } = decode(cp1252, { encoding: 'utf-8', tentative: true });
    expect(text).toBe('GG. ‘MAWAR’');
    expect([decoder.encoding, decoder.mixed]).toEqual(['windows-1252', false]);
  });

  it('obeys --encoding: forced UTF-8 gives U+FFFD and invalid-utf8, forced Windows-1252 reads UTF-8 bytes as such', () => {
    const forcedUtf8 = decode(cp1252, { encoding: 'utf-8', tentative: false, forced: true });
    expect(forcedUtf8.text).toContain('\uFFFD');
    expect([forcedUtf8.decoder.invalidUtf8, forcedUtf8.decoder.mixed]).toEqual([true, false]);
    const forcedCp = decode(utf8, { encoding: 'windows-1252', tentative: false, forced: true });
    expect(forcedCp.text).toBe('Sindur TÃ©ngah');
    expect(forcedCp.decoder.mixed).toBe(false);
  });
});
