/**
 * Reads cardinal numbers written as digits or as number words ("11", "elf", "einundzwanzig", "zweihundertdrei",
 * "eleven", "twenty-one"; "a hundred and five" is not handled). The words come from the language profile.
 */
import type { NumberWords } from '../doc/language-profile.js';
import { profileFor } from '../lang/index.js';

/** Below 100: a unit, a tens word, or units and tens joined ("einundzwanzig"). */
function below100Joined(word: string, numbers: NumberWords, link: string): number | undefined {
  const { units, tens } = numbers;
  if (word in units) return units[word];
  if (word in tens) return tens[word];
  const at = word.indexOf(link);
  if (at > 0) {
    const ten = tens[word.slice(at + link.length)];
    const unit = units[word.slice(0, at)];
    if (ten !== undefined && unit !== undefined && unit >= 1 && unit <= 9) return ten + unit;
  }
  return undefined;
}

/** One-word numbers with the scales inside ("zweihundertdrei", "tausendeins"). */
function readJoined(word: string, numbers: NumberWords, link: string): number | undefined {
  if (word === '') return undefined;
  for (const [name, factor] of Object.entries(numbers.scales)) {
    const at = word.indexOf(name);
    if (at >= 0) {
      const left = word.slice(0, at);
      const right = word.slice(at + name.length);
      const multiplier = left === '' ? 1 : readJoined(left, numbers, link);
      const rest = right === '' ? 0 : readJoined(right.startsWith(link) ? right.slice(link.length) : right, numbers, link);
      if (multiplier === undefined || rest === undefined || multiplier === 0) return undefined;
      return multiplier * factor + rest;
    }
  }
  return below100Joined(word, numbers, link);
}

/** Separate words: a unit, a tens word, hyphenated tens and unit ("twenty-one"), or a scale word alone. */
function readSeparate(word: string, numbers: NumberWords): number | undefined {
  const { units, tens, scales } = numbers;
  if (word in units) return units[word];
  if (word in tens) return tens[word];
  const parts = word.split(/[-‐‑]/);
  if (parts.length === 2) {
    const ten = tens[parts[0]!];
    const unit = units[parts[1]!];
    if (ten !== undefined && unit !== undefined && unit >= 1 && unit <= 9) return ten + unit;
  }
  return Object.hasOwn(scales, word) ? scales[word] : undefined;
}

/** The value of one token written as digits ("11", "1.000" de, "1,000" en) or as a number word; undefined otherwise.
 * `language` is a pipeline code ('de', 'en') or a profile's number words (undefined: digits only). */
export function readNumber(token: string, language: string | NumberWords | undefined): number | undefined {
  const numbers = typeof language === 'string' ? profileFor(language).values?.numbers : language;
  if (/^\d{1,3}(?:[.,]\d{3})+$/.test(token)) {
    if (numbers && token.includes(numbers.groupSeparator)) return Number(token.split(numbers.groupSeparator).join(''));
    return undefined;
  }
  if (/^\d+$/.test(token)) return Number(token);
  if (!numbers) return undefined;
  const word = token.toLowerCase();
  if (numbers.notCounts.has(word)) return undefined;
  return numbers.joinedWith !== undefined ? readJoined(word, numbers, numbers.joinedWith) : readSeparate(word, numbers);
}
