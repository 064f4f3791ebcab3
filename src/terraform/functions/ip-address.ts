/** An IP network as Terraform's cidr functions use it: the address as a big integer. */
export interface Network {
  /** 32 for IPv4, 128 for IPv6. */
  bits: number;
  /** Network address (host bits cleared). */
  base: bigint;
  prefix: number;
}

function parseIPv4(text: string): bigint | undefined {
  const parts = text.split(".");
  if (parts.length !== 4) return undefined;
  let value = 0n;
  for (const part of parts) {
    // Terraform's parser predates Go 1.17 and still reads leading zeros as decimal.
    if (!/^\d{1,3}$/.test(part) || Number(part) > 255) return undefined;
    value = (value << 8n) | BigInt(part);
  }
  return value;
}

function parseIPv6(text: string): bigint | undefined {
  let head = text;
  let tail: number[] = [];
  const v4 = /^(.*:)(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (v4) {
    const n = parseIPv4(v4[2]!);
    if (n === undefined) return undefined;
    head = `${v4[1]}${(n >> 16n).toString(16)}:${(n & 0xffffn).toString(16)}`;
  }
  const halves = head.split("::");
  if (halves.length > 2) return undefined;
  const groups = (s: string) => (s === "" ? [] : s.split(":"));
  const left = groups(halves[0]!);
  const right = halves.length === 2 ? groups(halves[1]!) : [];
  if ([...left, ...right].some((g) => !/^[0-9a-fA-F]{1,4}$/.test(g))) return undefined;
  const missing = 8 - left.length - right.length;
  if (halves.length === 2 ? missing < 1 : missing !== 0) return undefined;
  tail = [...left, ...Array<string>(missing).fill("0"), ...right].map((g) => parseInt(g, 16));
  return tail.reduce((acc, g) => (acc << 16n) | BigInt(g), 0n);
}

/** Parses "addr/prefix"; undefined when Go's net.ParseCIDR would reject it. */
export function parseCidr(text: string): Network | undefined {
  const m = /^([^/]+)\/(\d{1,3})$/.exec(text);
  if (!m) return undefined;
  const isV6 = m[1]!.includes(":");
  const bits = isV6 ? 128 : 32;
  const address = isV6 ? parseIPv6(m[1]!) : parseIPv4(m[1]!);
  const prefix = Number(m[2]);
  if (address === undefined || prefix > bits) return undefined;
  // Go reads an IPv4-mapped IPv6 network as the IPv4 network it maps.
  if (isV6 && address >> 32n === 0xffffn && prefix >= 96) return network(32, address & 0xffffffffn, prefix - 96);
  return network(bits, address, prefix);
}

function network(bits: number, address: bigint, prefix: number): Network {
  const hostBits = BigInt(bits - prefix);
  return { bits, prefix, base: (address >> hostBits) << hostBits };
}

export function parseIp(text: string): { bits: number; value: bigint } | undefined {
  const isV6 = text.includes(":");
  const value = isV6 ? parseIPv6(text) : parseIPv4(text);
  return value === undefined ? undefined : { bits: isV6 ? 128 : 32, value };
}

function formatIPv4(value: bigint): string {
  return [24n, 16n, 8n, 0n].map((shift) => String((value >> shift) & 0xffn)).join(".");
}

/** Go's net.IP.String(): IPv4 dotted (also for IPv4-mapped IPv6), IPv6 with the longest zero run as "::". */
export function formatIp(bits: number, value: bigint): string {
  if (bits === 32) return formatIPv4(value);
  if (value >> 32n === 0xffffn) return formatIPv4(value & 0xffffffffn);
  const groups = Array.from({ length: 8 }, (_, i) => Number((value >> BigInt(112 - 16 * i)) & 0xffffn));
  let bestStart = -1;
  let bestLength = 1;
  for (let i = 0; i < 8; i++) {
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLength) {
      bestStart = i;
      bestLength = j - i;
    }
  }
  const hex = groups.map((g) => g.toString(16));
  if (bestStart < 0) return hex.join(":");
  return `${hex.slice(0, bestStart).join(":")}::${hex.slice(bestStart + bestLength).join(":")}`;
}

export function formatCidr(network: Network): string {
  return `${formatIp(network.bits, network.base)}/${network.prefix}`;
}
