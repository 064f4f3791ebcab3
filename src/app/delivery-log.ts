/**
 * Webhook deliveries already handled, by `X-GitHub-Delivery` id. GitHub keeps the id when a
 * delivery is redelivered, so a repeat is recognised and dropped. Bounded: the oldest ids are
 * forgotten first. In memory, so it covers one process; several replicas need a shared store
 * (every write is idempotent anyway, so a repeat that slips through changes nothing).
 */
export interface DeliveryLog {
  /** True the first time an id is seen, false for a repeat. */
  firstTime(id: string): boolean;
  /** Forget an id whose handling failed, so a redelivery (GitHub's way to retry) runs again. */
  forget(id: string): void;
}

export function createDeliveryLog(capacity = 5000): DeliveryLog {
  const seen = new Set<string>();
  return {
    firstTime(id) {
      if (seen.has(id)) return false;
      seen.add(id);
      // A Set iterates in insertion order: the first entry is the oldest.
      if (seen.size > capacity) seen.delete(seen.values().next().value!);
      return true;
    },
    forget(id) {
      seen.delete(id);
    },
  };
}
