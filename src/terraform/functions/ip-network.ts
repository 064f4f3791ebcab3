import { toIntegerArg, toNumberArg, toStringArg } from "./args.js";
import { FunctionError, type FunctionDef } from "./function-types.js";
import { formatCidr, formatIp, parseCidr, type Network } from "./ip-address.js";
import type { Value } from "../value.js";

function networkArg(value: Value, index: number): Network {
  const text = toStringArg(value, index);
  const network = parseCidr(text);
  if (!network) throw new FunctionError(`invalid CIDR expression: invalid CIDR address: ${text}`, index);
  return network;
}

/** The subnet numbered `netnum` after extending the prefix by `newbits`. */
function subnet(parent: Network, newbits: number, netnum: bigint): Network {
  const prefix = parent.prefix + newbits;
  if (prefix > parent.bits) {
    throw new FunctionError(`insufficient address space to extend prefix of ${parent.prefix} by ${newbits}`);
  }
  if (netnum < 0n || netnum >= 1n << BigInt(newbits)) {
    throw new FunctionError(`prefix extension of ${newbits} does not accommodate a subnet numbered ${netnum}`, 2);
  }
  return { bits: parent.bits, prefix, base: parent.base | (netnum << BigInt(parent.bits - prefix)) };
}

function cidrhost(network: Network, hostnum: number): string {
  const size = 1n << BigInt(network.bits - network.prefix);
  const n = BigInt(hostnum);
  const offset = n < 0n ? size + n : n;
  if (offset < 0n || offset >= size) {
    // Terraform reports a negative host number after counting it back from the end.
    throw new FunctionError(`prefix of ${network.prefix} does not accommodate a host numbered ${n < 0n ? offset : n}`, 1);
  }
  return formatIp(network.bits, network.base + offset);
}

/** cidrsubnets: consecutive subnets of the given sizes, each aligned to its own size. */
function cidrsubnets(parent: Network, newbits: number[]): string[] {
  let next = parent.base;
  let previous = parent;
  const end = parent.base + (1n << BigInt(parent.bits - parent.prefix));
  return newbits.map((bits, i) => {
    if (bits < 1) throw new FunctionError("must extend prefix by at least one bit", i + 1);
    const prefix = parent.prefix + bits;
    if (prefix > parent.bits) {
      const family = parent.bits === 32 ? "IPv4" : "IPv6";
      throw new FunctionError(`would extend prefix to ${prefix} bits, which is too long for an ${family} address`, i + 1);
    }
    const size = 1n << BigInt(parent.bits - prefix);
    const start = ((next + size - 1n) / size) * size;
    if (start + size > end) {
      throw new FunctionError(
        `not enough remaining address space for a subnet with a prefix of ${prefix} bits after ${formatCidr(previous)}`,
        i + 1,
      );
    }
    next = start + size;
    previous = { bits: parent.bits, prefix, base: start };
    return formatCidr(previous);
  });
}

export const ipNetworkFunctions: Record<string, FunctionDef> = {
  cidrhost: {
    arity: [2, 2],
    impl: ([prefix, hostnum]) => cidrhost(networkArg(prefix!, 0), toIntegerArg(hostnum!, 1)),
  },
  cidrnetmask: {
    arity: [1, 1],
    impl: ([prefix]) => {
      const network = networkArg(prefix!, 0);
      if (network.bits !== 32) throw new FunctionError(`IPv6 addresses cannot have a netmask: ${toStringArg(prefix!, 0)}`, 0);
      const mask = ((1n << 32n) - 1n) ^ ((1n << BigInt(32 - network.prefix)) - 1n);
      return formatIp(32, mask);
    },
  },
  cidrsubnet: {
    arity: [3, 3],
    impl: ([prefix, newbits, netnum]) => {
      const network = networkArg(prefix!, 0);
      const bits = toIntegerArg(newbits!, 1);
      const num = toNumberArg(netnum!, 2);
      return formatCidr(subnet(network, bits, BigInt(Math.trunc(num))));
    },
  },
  cidrsubnets: {
    arity: [1, Infinity],
    impl: ([prefix, ...newbits]) =>
      cidrsubnets(networkArg(prefix!, 0), newbits.map((b, i) => toIntegerArg(b, i + 1, "newbits"))),
  },
};
