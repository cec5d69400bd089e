/** The queue worker's grouping of single jobs (src/queue/group-calls.ts); needs no Redis. */
import assert from 'node:assert/strict';
import { groupCalls } from '../src/queue/group-calls.js';

describe('queue: single calls gathered into groups', () => {
  it('a full group runs at once, each caller gets its own result in order', async () => {
    const groups: number[][] = [];
    const call = groupCalls((xs: number[]) => { groups.push(xs); return xs.map((x) => x * 10); }, 3, 10_000);
    const results = await Promise.all([1, 2, 3, 4, 5, 6].map(call));
    assert.deepEqual(results, [10, 20, 30, 40, 50, 60]);
    assert.deepEqual(groups, [[1, 2, 3], [4, 5, 6]]);
  });

  it('a group that does not fill runs after the wait', async () => {
    const groups: string[][] = [];
    const call = groupCalls((xs: string[]) => { groups.push(xs); return xs.map((x) => x.toUpperCase()); }, 16, 5);
    assert.deepEqual(await Promise.all([call('a'), call('b')]), ['A', 'B']);
    assert.deepEqual(await call('c'), 'C');
    assert.deepEqual(groups, [['a', 'b'], ['c']]);
  });

  it('an error of the group reaches every caller of that group, not the next group', async () => {
    let fail = true;
    const call = groupCalls((xs: number[]) => { if (fail) { fail = false; throw new Error('broken group'); } return xs; }, 2, 5);
    const first = await Promise.allSettled([call(1), call(2)]);
    assert.deepEqual(first.map((r) => r.status), ['rejected', 'rejected']);
    assert.deepEqual(await Promise.all([call(3), call(4)]), [3, 4]);
  });
});
