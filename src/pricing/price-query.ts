/**
 * What a cost component asks the price list for. The field names are AWS Price List
 * attribute names, so one query works against the Price List Query API, the public offer
 * files and the bundled snapshot alike.
 */
export interface PriceQuery {
  /** AWS service code, e.g. `AmazonEC2`, `AmazonRDS`, `AWSELB`. */
  service: string;
  /** Region code, e.g. `eu-west-1`; "global" for services priced without a region (Route 53, CloudFront). */
  region: string;
  productFamily?: string;
  /** All must match (AND). */
  attributes: AttributeMatcher[];
  /**
   * Keep only the tier whose `beginRange` equals this (e.g. "1000000" to skip a free first
   * tier that AWS grants per account, not per resource). Without it a price keeps all its
   * tiers and the estimate applies them to the monthly quantity tier by tier.
   */
  startUsageAmount?: string;
}

export type AttributeMatcher =
  | { key: string; equals: string }
  | { key: string; contains: string }
  /** JavaScript regular expression source, matched against the attribute value (flags: i). */
  | { key: string; regex: string };

export function equals(key: string, value: string): AttributeMatcher {
  return { key, equals: value };
}
export function contains(key: string, value: string): AttributeMatcher {
  return { key, contains: value };
}
export function matches(key: string, regex: string): AttributeMatcher {
  return { key, regex };
}

/** A stable string for caching and de-duplication: same query, same key. */
export function queryKey(q: PriceQuery): string {
  const attrs = [...q.attributes]
    .map((a) => `${a.key}${"equals" in a ? `=${a.equals}` : "contains" in a ? `~${a.contains}` : `/${a.regex}/`}`)
    .sort();
  return [q.service, q.region, q.productFamily ?? "", q.startUsageAmount ?? "", ...attrs].join("|");
}

/** How a query reads in messages: "db.r7g.large, MySQL (AmazonRDS, Database Instance) in eu-west-2". */
export function describeQuery(q: PriceQuery): string {
  const values = q.attributes.map(matcherText);
  const what = values.length > 0 ? values.join(", ") : "any product";
  const family = q.productFamily ? `, ${q.productFamily}` : "";
  return `${what} (${q.service}${family}) in ${q.region}`;
}

/** What a matcher looks for, as a reader knows it. */
export function matcherText(m: AttributeMatcher): string {
  return "equals" in m ? m.equals : "contains" in m ? m.contains : readableRegex(m.regex);
}

/**
 * A usagetype pattern as a reader knows it: the optional region prefix (`^([A-Z]{2,4}[0-9]?-)?`,
 * KMS's region code, `(^|-)`) and the anchors dropped, escapes undone:
 * `^([A-Z]{2,4}[0-9]?-)?NatGateway-Hours$` -> `NatGateway-Hours`.
 */
function readableRegex(regex: string): string {
  let text = regex.replace(/^\^/, "").replace(/\$$/, "");
  if (text.startsWith("(^|-)")) text = text.slice(5);
  else if (text.startsWith("(")) {
    const close = matchingParen(text);
    if (close > 0 && text[close + 1] === "?") text = text.slice(close + 2);
  }
  return text.replace(/\\(.)/g, "$1");
}

function matchingParen(text: string): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === "\\") i++;
    else if (text[i] === "(") depth++;
    else if (text[i] === ")" && --depth === 0) return i;
  }
  return -1;
}
