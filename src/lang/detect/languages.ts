/**
 * Candidate languages for detection: widely used languages that franc models and that have an ISO 639-1 code.
 * Left out on purpose: varieties franc confuses with the big languages on short text (sco Scots, nds Low German,
 * src Sardinian, nno Nynorsk, …) and small languages without a 639-1 code.
 */

/** ISO 639-3 (franc's codes) → ISO 639-1. */
export const ISO639_3_TO_1: Readonly<Record<string, string>> = {
  // Latin script
  eng: 'en', deu: 'de', fra: 'fr', spa: 'es', por: 'pt', ita: 'it', nld: 'nl', pol: 'pl', ron: 'ro', hun: 'hu',
  ces: 'cs', slk: 'sk', swe: 'sv', dan: 'da', nob: 'nb', fin: 'fi', tur: 'tr', ind: 'id', zlm: 'ms', vie: 'vi',
  cat: 'ca', glg: 'gl', lit: 'lt', lvs: 'lv', ekk: 'et', slv: 'sl', hrv: 'hr', bos: 'bs', srp: 'sr', als: 'sq',
  afr: 'af', swh: 'sw', tgl: 'tl',
  // Cyrillic
  rus: 'ru', ukr: 'uk', bel: 'be', bul: 'bg', kaz: 'kk', mkd: 'mk', uzn: 'uz', tgk: 'tg', kir: 'ky', tat: 'tt',
  khk: 'mn',
  // Arabic, Hebrew, Devanagari
  arb: 'ar', urd: 'ur', pes: 'fa', pbu: 'ps', heb: 'he', ydd: 'yi', hin: 'hi', mar: 'mr', npi: 'ne',
  // Languages franc decides by their script alone
  cmn: 'zh', jpn: 'ja', kor: 'ko', ell: 'el', tha: 'th', hye: 'hy', kat: 'ka', ben: 'bn', tam: 'ta', tel: 'te',
  guj: 'gu', kan: 'kn', mal: 'ml', pan: 'pa', sin: 'si', khm: 'km', lao: 'lo', bod: 'bo', amh: 'am', tir: 'ti',
  mya: 'my',
};

/** ISO 639-1 → ISO 639-3, for `options.only` given in either form. Macrolanguage codes map to the franc variety. */
export const ISO639_1_TO_3: Readonly<Record<string, string>> = (() => {
  const out: Record<string, string> = {};
  for (const [three, one] of Object.entries(ISO639_3_TO_1)) out[one] ??= three;
  out.no = 'nob';
  out.fa = 'pes';
  out.ms = 'zlm';
  return out;
})();

export const CANDIDATES: readonly string[] = Object.keys(ISO639_3_TO_1);
