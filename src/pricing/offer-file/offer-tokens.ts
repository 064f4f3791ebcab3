import Assembler from "stream-json/assembler.js";
import type { Token } from "stream-json/parser.js";

export interface OfferFileHandlers {
  /** A top-level string such as `publicationDate` or `offerCode` (they precede `products`). */
  onHeader(key: string, value: string): void;
  /** One entry of `products`, assembled on its own. */
  onProduct(sku: string, product: unknown): void;
  /** One entry of `terms.OnDemand`: the SKU's on-demand terms. `terms.Reserved` is skipped. */
  onOnDemand(sku: string, terms: unknown): void;
  /** `terms.OnDemand` has been read to its end. */
  onOnDemandEnd?(): void;
}

/**
 * Walks the token stream of a bulk offer file (`{..., products: {sku: {...}}, terms:
 * {OnDemand: {sku: {...}}, Reserved: {...}}}`) and assembles only the small objects under
 * `products.<sku>` and `terms.OnDemand.<sku>`, one at a time. Memory stays at one product
 * plus whatever the handlers keep, whatever the file size.
 */
export function offerTokenWalker(h: OfferFileHandlers): (token: Token) => void {
  const path: string[] = [];
  let key = "";
  let asm: Assembler | undefined;
  let target: "product" | "onDemand" | undefined;
  let sku = "";

  return (token) => {
    if (asm) {
      asm.consume(token);
      if (asm.done) {
        if (target === "product") h.onProduct(sku, asm.current);
        else h.onOnDemand(sku, asm.current);
        asm = undefined;
      }
      return;
    }
    switch (token.name) {
      case "keyValue":
        key = token.value as string;
        return;
      case "startObject":
      case "startArray": {
        const inProducts = path.length === 2 && path[1] === "products";
        const inOnDemand = path.length === 3 && path[1] === "terms" && path[2] === "OnDemand";
        if (token.name === "startObject" && (inProducts || inOnDemand)) {
          target = inProducts ? "product" : "onDemand";
          sku = key;
          asm = new Assembler();
          asm.consume(token);
          return;
        }
        path.push(path.length === 0 ? "" : key);
        return;
      }
      case "endObject":
      case "endArray":
        if (path.length === 3 && path[1] === "terms" && path[2] === "OnDemand") h.onOnDemandEnd?.();
        path.pop();
        return;
      case "stringValue":
        if (path.length === 1) h.onHeader(key, token.value as string);
        return;
      default:
        return;
    }
  };
}
