import { describe, expect, it } from 'vitest';
import { mapLimited } from './map-limited';

describe('mapLimited', () => {
  it('keeps the order and never runs more than the limit at once', async () => {
    let running = 0;
    let most = 0;
    const out = await mapLimited([5, 1, 4, 2, 3, 0, 6], 3, async (n) => {
      running += 1;
      most = Math.max(most, running);
      await new Promise((resolve) => setTimeout(resolve, n));
      running -= 1;
      return n * 10;
    });
    expect(out).toEqual([50, 10, 40, 20, 30, 0, 60]);
    expect(most).toBe(3);
  });

  it('does nothing for no items, and stops at the first failure', async () => {
    expect(await mapLimited([], 6, () => Promise.resolve(1))).toEqual([]);
    await expect(
      mapLimited([1, 2], 2, (n) =>
        n === 2 ? Promise.reject(new Error('no')) : Promise.resolve(n),
      ),
    ).rejects.toThrow('no');
  });
});
