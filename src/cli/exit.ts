/** Exit codes of the ereignis command (documented in docs/cli.md and `ereignis --help`). */
export const EXIT = { ok: 0, inputFailed: 1, usage: 2, model: 3, internal: 70 } as const;
