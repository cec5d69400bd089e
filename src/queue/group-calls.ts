/**
 * Single calls gathered into groups: the queue hands a worker one job at a time, but the pipeline is faster per
 * document over a group (Pipeline.extractMany runs each stage over all of them). A call waits until `size` calls are
 * pending or `waitMs` has passed since the first of them; then `run` does the whole group and each caller gets its
 * own result, or every caller the error if `run` throws.
 */
export function groupCalls<I, R>(run: (items: I[]) => R[], size: number, waitMs: number): (item: I) => Promise<R> {
  let pending: Array<{ item: I; resolve: (r: R) => void; reject: (e: unknown) => void }> = [];
  let timer: NodeJS.Timeout | undefined;
  const flush = (): void => {
    clearTimeout(timer);
    timer = undefined;
    const group = pending;
    pending = [];
    try {
      const results = run(group.map((p) => p.item));
      group.forEach((p, i) => p.resolve(results[i]!));
    } catch (e) {
      for (const p of group) p.reject(e);
    }
  };
  return (item) =>
    new Promise<R>((resolve, reject) => {
      pending.push({ item, resolve, reject });
      if (pending.length >= size) flush();
      else timer ??= setTimeout(flush, waitMs);
    });
}
