/**
 * Runs `work` over the items with at most `limit` in flight, answering in the items' order: plans,
 * chunks or rows in parallel, yet no burst of thousands of requests against the table at once.
 * The first failure stops the hand-out of further items and is thrown once those in flight settle,
 * so nothing keeps writing after the caller has been told the whole failed.
 */
export const mapLimit = async <T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T, index: number) => Promise<R>,
): Promise<R[]> => {
  const results = new Array<R>(items.length);
  let next = 0;
  let failed = false;
  const worker = async () => {
    while (!failed && next < items.length) {
      const index = next++;
      try {
        results[index] = await work(items[index]!, index);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  const settled = await Promise.allSettled(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  const rejected = settled.find((outcome) => outcome.status === 'rejected');
  if (rejected) throw rejected.reason;
  return results;
};
