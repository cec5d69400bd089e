/**
 * Reads cardinal numbers written as digits or as German/English number words
 * ("11", "elf", "einundzwanzig", "zweihundertdrei", "eleven", "twenty-one", "a hundred and five" is not handled).
 */

const DE_UNITS: Record<string, number> = {
  null: 0, ein: 1, eins: 1, zwei: 2, zwo: 2, drei: 3, vier: 4, fünf: 5,
  sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10, elf: 11, zwölf: 12, dreizehn: 13, vierzehn: 14, fünfzehn: 15,
  sechzehn: 16, siebzehn: 17, achtzehn: 18, neunzehn: 19,
};
const DE_TENS: Record<string, number> = {
  zwanzig: 20, dreißig: 30, dreissig: 30, vierzig: 40, fünfzig: 50, sechzig: 60, siebzig: 70, achtzig: 80, neunzig: 90,
};
const EN_UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19,
};
const EN_TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

function below100De(word: string): number | undefined {
  if (word in DE_UNITS) return DE_UNITS[word];
  if (word in DE_TENS) return DE_TENS[word];
  const und = word.indexOf('und');
  if (und > 0) {
    const unit = word.slice(0, und);
    const tens = DE_TENS[word.slice(und + 3)];
    const u = unit === 'ein' ? 1 : DE_UNITS[unit];
    if (tens !== undefined && u !== undefined && u >= 1 && u <= 9) return tens + u;
  }
  return undefined;
}

function readDe(word: string): number | undefined {
  if (word === '') return undefined;
  for (const [name, factor] of [['tausend', 1000], ['hundert', 100]] as const) {
    const at = word.indexOf(name);
    if (at >= 0) {
      const left = word.slice(0, at);
      const right = word.slice(at + name.length);
      const multiplier = left === '' ? 1 : readDe(left);
      const rest = right === '' ? 0 : readDe(right.startsWith('und') ? right.slice(3) : right);
      if (multiplier === undefined || rest === undefined || multiplier === 0) return undefined;
      return multiplier * factor + rest;
    }
  }
  return below100De(word);
}

function readEn(word: string): number | undefined {
  if (word in EN_UNITS) return EN_UNITS[word];
  if (word in EN_TENS) return EN_TENS[word];
  const parts = word.split(/[-‐‑]/);
  if (parts.length === 2) {
    const tens = EN_TENS[parts[0]!];
    const unit = EN_UNITS[parts[1]!];
    if (tens !== undefined && unit !== undefined && unit >= 1 && unit <= 9) return tens + unit;
  }
  if (word === 'hundred') return 100;
  if (word === 'thousand') return 1000;
  if (word === 'dozen') return 12;
  return undefined;
}

/** The value of one token written as digits ("11", "1.000" de, "1,000" en) or as a number word; undefined otherwise. */
export function readNumber(token: string, language: 'de' | 'en'): number | undefined {
  if (/^\d{1,3}(?:[.,]\d{3})+$/.test(token)) {
    const groupSep = language === 'de' ? '.' : ',';
    if (token.includes(groupSep)) return Number(token.split(groupSep).join(''));
    return undefined;
  }
  if (/^\d+$/.test(token)) return Number(token);
  const word = token.toLowerCase();
  // A bare article ("ein Abkommen") is not a count.
  if (word === 'ein') return undefined;
  return language === 'de' ? readDe(word) : readEn(word);
}
