/** Calls with the same key while one is running share its promise, so identical work runs once. */
export function createSingleFlight(): <T>(key: string, run: () => Promise<T>) => Promise<T> {
  const running = new Map<string, Promise<unknown>>();
  return <T>(key: string, run: () => Promise<T>) => {
    const existing = running.get(key);
    if (existing) return existing as Promise<T>;
    const promise = run().finally(() => running.delete(key));
    running.set(key, promise);
    return promise;
  };
}
