/**
 * Runs tasks one at a time per key (one pull request). Every run reads the approval log from
 * Costgate's comment and writes it back; two runs interleaving on one pull request could lose
 * an approval. Different pull requests still run in parallel. In memory: replicas need a
 * shared lock (see the README).
 */
export interface SerialQueue {
  run<T>(key: string, task: () => Promise<T>): Promise<T>;
}

export function createSerialQueue(): SerialQueue {
  const tails = new Map<string, Promise<unknown>>();
  return {
    run(key, task) {
      const previous = tails.get(key) ?? Promise.resolve();
      // Tails never reject (see below), so each task starts once the one before it settled.
      const result = previous.then(() => task());
      const tail = result.catch(() => undefined);
      tails.set(key, tail);
      // The last task of a key removes it, so finished pull requests hold no memory.
      void tail.then(() => tails.get(key) === tail && tails.delete(key));
      return result;
    },
  };
}
