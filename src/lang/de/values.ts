/** German number words and date reader for the values stage. */
import type { NumberWords, ValueProfile } from '../../doc/language-profile.js';
import { words } from '../words.js';

export const GERMAN_NUMBERS: NumberWords = {
  groupSeparator: '.',
  units: {
    null: 0, ein: 1, eins: 1, zwei: 2, zwo: 2, drei: 3, vier: 4, fünf: 5,
    sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10, elf: 11, zwölf: 12, dreizehn: 13, vierzehn: 14, fünfzehn: 15,
    sechzehn: 16, siebzehn: 17, achtzehn: 18, neunzehn: 19,
  },
  tens: {
    zwanzig: 20, dreißig: 30, dreissig: 30, vierzig: 40, fünfzig: 50, sechzig: 60, siebzig: 70, achtzig: 80, neunzig: 90,
  },
  // Largest first: "zweihunderttausend" splits at "tausend".
  scales: { tausend: 1000, hundert: 100 },
  // A bare article ("ein Abkommen") is not a count.
  notCounts: words('ein'),
  joinedWith: 'und',
};

export const germanValues: ValueProfile = {
  dateReader: 'german',
  winkEnglish: false,
  numbers: GERMAN_NUMBERS,
};
