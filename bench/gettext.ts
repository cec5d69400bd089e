/** Reads GNU gettext catalogues (.mo): the translated text of this machine's Debian image, for language-ID sets. */
import { readFileSync } from 'node:fs';

/** The folder of the compiled catalogues: <dir>/<lang>/LC_MESSAGES/<domain>.mo. */
export const LOCALE_DIR = '/usr/share/locale';

/** msgid → msgstr of a GNU .mo file (first plural form; context dropped; untranslated entries skipped). */
export function readMo(path: string): Array<[string, string]> {
  const buf = readFileSync(path);
  const magic = buf.readUInt32LE(0);
  const le = magic === 0x950412de;
  if (!le && magic !== 0xde120495) return [];
  const u32 = (offset: number) => (le ? buf.readUInt32LE(offset) : buf.readUInt32BE(offset));
  const count = u32(8);
  const originals = u32(12);
  const translations = u32(16);
  const str = (table: number, i: number) => {
    const length = u32(table + 8 * i);
    const offset = u32(table + 8 * i + 4);
    return buf.toString('utf8', offset, offset + length);
  };
  const out: Array<[string, string]> = [];
  for (let i = 0; i < count; i++) {
    const id = str(originals, i).split('\u0004').pop()!.split('\0')[0]!;
    const translated = str(translations, i).split('\0')[0]!;
    if (id !== '' && translated !== '' && translated !== id) out.push([id, translated]);
  }
  return out;
}

