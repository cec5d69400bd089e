/**
 * Roles from grammatical functions (arguments.ts) and the event type's frame (models/events/<lang>.json "frames"):
 * active subject and agent → source, object and passive subject → target, an oblique whose preposition the frame
 * lists → target, a noun's genitive by the frame's `genitive`; in symmetric types every argument but a
 * non-comitative oblique is a party.
 */
import type { Participant } from '../schema/document.js';
import type { DocContext } from './context.js';
import type { TriggerMatch } from './triggers.js';
import type { TriggerArguments } from './arguments.js';
import { genitiveRole, targetPrepositions } from './lexicon.js';

/** Roles of a trigger's syntactic arguments by its type's role scheme and frame (see the file comment); a place
 * that is no country only as a target. */
export function rolesOf(ctx: DocContext, trigger: TriggerMatch, ta: TriggerArguments): Map<string, Participant['role']> {
  const roles = new Map<string, Participant['role']>();
  const scheme = trigger.type.roles;
  const { cues } = ctx.lex;
  const targets = targetPrepositions(ctx.lex, trigger.type);
  const genitive = genitiveRole(ctx.lex, trigger.type);
  for (const a of ta.args) {
    let role: Participant['role'] | undefined;
    const prep = a.preposition;
    if (a.fn === 'genitive') {
      role = scheme === 'symmetric' ? 'party' : prep !== undefined && targets.has(prep) ? 'target' : scheme === 'directed' ? genitive : 'source';
    } else if (scheme === 'symmetric') {
      if (a.fn !== 'oblique') role = 'party';
      else if (prep !== undefined && cues.comitative.has(prep)) role = 'party';
    } else if (scheme === 'source') {
      if (a.fn === 'subject' || a.fn === 'agent' || a.fn === 'possessor') role = 'source';
    } else {
      if (a.fn === 'subject' || a.fn === 'agent' || a.fn === 'possessor') role = 'source';
      else if (a.fn === 'object' || a.fn === 'passiveSubject') role = 'target';
      else if (prep !== undefined && targets.has(prep)) role = 'target';
    }
    if (a.place && role !== 'target') continue;
    if (role && !roles.has(a.entity)) roles.set(a.entity, role);
  }
  return roles;
}
