/** English number words for the values stage; wink-nlp reads English times, numbers and amounts. */
import type { NumberWords, ValueProfile } from '../../doc/language-profile.js';

export const ENGLISH_NUMBERS: NumberWords = {
  groupSeparator: ',',
  units: {
    zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
    eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
    nineteen: 19,
  },
  tens: {
    twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  },
  scales: { hundred: 100, thousand: 1000, dozen: 12 },
  notCounts: new Set(),
};

export const englishValues: ValueProfile = {
  dateReader: 'english',
  winkEnglish: true,
  numbers: ENGLISH_NUMBERS,
};
