import type { AttributeMatcher, PriceQuery } from "./price-query.js";
import type { PriceRecord } from "./price-record.js";

export type AttributeTest = (attributes: Readonly<Record<string, string>>) => boolean;

const regexCache = new Map<string, RegExp>();

/** Regex sources repeat across thousands of components: compile each once. */
function compiledRegex(source: string): RegExp {
  let re = regexCache.get(source);
  if (!re) {
    try {
      re = new RegExp(source, "i");
    } catch (err) {
      throw new Error(`[costgate] invalid price query regex /${source}/: ${(err as Error).message}`, { cause: err });
    }
    regexCache.set(source, re);
  }
  return re;
}

/**
 * One matcher as a test. An absent attribute reads as "" (Price List rows simply omit
 * attributes that do not apply, e.g. `databaseEdition` on MySQL rows), so `equals ""`
 * selects rows without it and `contains` never matches them.
 */
export function matcherTest(m: AttributeMatcher): AttributeTest {
  const key = m.key;
  if ("equals" in m) {
    const want = m.equals;
    return (a) => (a[key] ?? "") === want;
  }
  if ("contains" in m) {
    const part = m.contains;
    return (a) => (a[key] ?? "").includes(part);
  }
  const re = compiledRegex(m.regex);
  return (a) => re.test(a[key] ?? "");
}

/** All matchers ANDed, cheapest (equals) first. */
export function compileAttributes(matchers: readonly AttributeMatcher[]): AttributeTest {
  const ordered = [...matchers].sort((x, y) => rank(x) - rank(y));
  const tests = ordered.map(matcherTest);
  return (a) => tests.every((t) => t(a));
}

function rank(m: AttributeMatcher): number {
  return "equals" in m ? 0 : "contains" in m ? 1 : 2;
}

/** Whether a record answers the query's service, region, family and attributes. */
export function compileQuery(q: PriceQuery): (r: PriceRecord) => boolean {
  const attrs = compileAttributes(q.attributes);
  return (r) =>
    r.service === q.service &&
    r.region === q.region &&
    (q.productFamily === undefined || r.productFamily === q.productFamily) &&
    attrs(r.attributes);
}
