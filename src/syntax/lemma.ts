/**
 * Lemmas as edit scripts: a case operation, then "delete this prefix, add that one; delete this suffix, add that one"
 * around the longest common substring of (case-folded) form and lemma. "gemacht" -> "machen" is
 * `0|ge||t|en`; "Häuser" -> "Haus" keeps no common suffix with it, so it is `0||äuser|aus`-like and lexical:
 * frequent scripts become classes of the lemma classifier, known forms use the table.
 */

/** 0: none, 1: lower-case the first letter, 2: lower-case all, 3: upper-case the first letter. */
export type CaseOp = 0 | 1 | 2 | 3;

export interface EditScript { caseOp: CaseOp; delPrefix: string; addPrefix: string; delSuffix: string; addSuffix: string }

function applyCase(form: string, op: CaseOp): string {
  switch (op) {
    case 1: return form.charAt(0).toLowerCase() + form.slice(1);
    case 2: return form.toLowerCase();
    case 3: return form.charAt(0).toUpperCase() + form.slice(1);
    default: return form;
  }
}

function caseOpFor(form: string, lemma: string): CaseOp {
  const f0 = form.charAt(0), l0 = lemma.charAt(0);
  if (f0 === l0) return 0;
  if (f0.toLowerCase() === l0) {
    const rest = form.slice(1);
    return rest !== rest.toLowerCase() && lemma.slice(1) === lemma.slice(1).toLowerCase() ? 2 : 1;
  }
  if (f0.toUpperCase() === l0) return 3;
  return form.toLowerCase().charAt(0) === lemma.toLowerCase().charAt(0) ? 2 : 0;
}

/** The edit script turning `form` into `lemma`. */
export function editScript(form: string, lemma: string): EditScript {
  const caseOp = caseOpFor(form, lemma);
  const f = applyCase(form, caseOp);
  // longest common substring (forms are short: quadratic is fine)
  let bi = 0, bj = 0, bk = 0;
  for (let i = 0; i < f.length; i++) {
    for (let j = 0; j < lemma.length; j++) {
      let k = 0;
      while (i + k < f.length && j + k < lemma.length && f[i + k] === lemma[j + k]) k++;
      if (k > bk) { bk = k; bi = i; bj = j; }
    }
  }
  if (bk === 0) return { caseOp, delPrefix: '', addPrefix: '', delSuffix: f, addSuffix: lemma };
  return { caseOp, delPrefix: f.slice(0, bi), addPrefix: lemma.slice(0, bj), delSuffix: f.slice(bi + bk), addSuffix: lemma.slice(bj + bk) };
}

export function scriptKey(s: EditScript): string {
  return `${s.caseOp}|${s.delPrefix}|${s.addPrefix}|${s.delSuffix}|${s.addSuffix}`;
}

export function parseScriptKey(k: string): EditScript {
  const [c, dp, ap, ds, as] = k.split('|');
  return { caseOp: Number(c) as CaseOp, delPrefix: dp ?? '', addPrefix: ap ?? '', delSuffix: ds ?? '', addSuffix: as ?? '' };
}

/** The lemma the script gives for `form`, or undefined when the script does not apply (prefix/suffix absent). */
export function applyScript(form: string, s: EditScript): string | undefined {
  const f = applyCase(form, s.caseOp);
  if (!f.startsWith(s.delPrefix) || !f.endsWith(s.delSuffix)) return undefined;
  if (s.delPrefix.length + s.delSuffix.length > f.length) return undefined;
  const core = f.slice(s.delPrefix.length, f.length - s.delSuffix.length);
  if (core === '' && s.delPrefix + s.delSuffix !== f) return undefined;
  return s.addPrefix + core + s.addSuffix;
}
