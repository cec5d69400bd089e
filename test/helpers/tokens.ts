/** Tokens of a test sentence with a rough sentence index (for finder tests that bypass the pipeline). */
import { tokenizeRange } from '../../src/segment/tokenize.js';
import type { Token } from '../../src/doc/types.js';

export function tokensOf(text: string): Token[] {
  const tokens = tokenizeRange(text);
  let sentence = 0;
  let prev = '';
  for (const t of tokens) {
    t.sentence = sentence;
    if (/^[.!?]$/.test(t.text) && !/^(Dr|Prof|Mr|Mrs|Ms|St|Sen|Gen|Inc|Corp|Ltd|U\.N|U\.S|e\.V|z\.B|\p{Lu})$/u.test(prev)) sentence++;
    prev = t.text;
  }
  return tokens;
}
