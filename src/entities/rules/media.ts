/** News agencies and media in attribution ("die Nachrichtenagentur Kyodo", "Yonhap news agency", "laut Korea Times"). */
import { CONFIDENCE } from './confidence.js';
import { addOrg, joinable, type RuleDoc } from './context.js';

/** End of a media name starting at k: a known medium, or up to four capitalised words; k when none. */
function mediaNameFrom(doc: RuleDoc, k: number): number {
  const { tokens, stop, gzAt } = doc;
  // Known media (the gazetteer has the lowercase agencies "dpa", "epd"); otherwise capitalised words:
  // an unknown lowercase word after "Zeitung" is a verb ("der Zeitung sind …"), not a name.
  const gm = gzAt.get(k);
  if (gm && gm.type === 'ORG') return gm.tokenEnd ?? k + 1;
  const t = tokens[k]?.text ?? '';
  if (/^\p{Lu}[\p{L}\d&-]*$/u.test(t) && !stop.has(t)) {
    let j = k + 1;
    while (j < tokens.length && j - k < 4 && joinable(doc, j - 1, j) && /^\p{Lu}[\p{L}\d&-]*$/u.test(tokens[j]!.text) && !stop.has(tokens[j]!.text)) j++;
    return j;
  }
  return k;
}

/** News agencies and media: after cue words ("die Nachrichtenagentur Kyodo", "Yonhap news agency") and in attribution. */
export function mediaNames(doc: RuleDoc): void {
  const { tokens, rules, stop, gzCovered, personCovered } = doc;
  const media = rules.media;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!.text;
    // "die Nachrichtenagentur Kyodo", "der Sender CNN"; "Yonhap-Nachrichtenagentur".
    if (media.cueWords.has(t) && joinable(doc, k, k + 1)) {
      const nj = mediaNameFrom(doc, k + 1);
      if (nj > k + 1 && !personCovered.has(k + 1)) addOrg(doc, k + 1, nj, 'media', media.agencyCue.test(t) ? CONFIDENCE.agency : CONFIDENCE.mediaCue);
    }
    const cut = t.lastIndexOf('-');
    if (cut > 0 && !gzCovered.has(k) && media.compoundHeads.has(t.slice(cut + 1))) {
      const s = tokens[k]!.start;
      addOrg(doc, k, k + 1, 'media', CONFIDENCE.mediaCompound, s, s + cut);
    }
    // "Yonhap news agency", "the state news agency KCNA".
    if (media.agencyPhrase && t === media.agencyPhrase[0] && tokens[k + 1]?.text === media.agencyPhrase[1]) {
      let s = k;
      while (s > 0 && joinable(doc, s - 1, s) && /^\p{Lu}/u.test(tokens[s - 1]!.text) && !stop.has(tokens[s - 1]!.text)) s--;
      if (s < k && !personCovered.has(s)) addOrg(doc, s, k, 'media', CONFIDENCE.agency);
      else if (joinable(doc, k + 1, k + 2)) {
        const nj = mediaNameFrom(doc, k + 2);
        if (nj > k + 2) addOrg(doc, k + 2, nj, 'media', CONFIDENCE.agency);
      }
    }
    // "laut Yonhap News", "berichtete die Korea Times", "according to Kyodo News".
    if (media.attribution.has(t) && (!media.attributionAfter.has(t) || tokens[k - 1]?.text === media.attributionAfter.get(t))) mediaByHead(doc, k + 1);
  }
}

/** "laut Yonhap News", "berichtete die Korea Times": capitalised words after attribution that end in a media head. */
function mediaByHead(doc: RuleDoc, k: number): void {
  const { tokens, rules, personCovered } = doc;
  const media = rules.media;
  let p = k;
  if (media.articles.test(tokens[p]?.text ?? '')) p++;
  if (p >= tokens.length || !joinable(doc, k - 1, p) || personCovered.has(p)) return;
  const nj = mediaNameFrom(doc, p);
  if (nj > p && media.heads.has(tokens[nj - 1]!.text) && nj - p > 1) addOrg(doc, p, nj, 'media', CONFIDENCE.mediaAfterAttribution);
}
