/**
 * Decimal digits of a double, the way Go's big.Float prints them: `%e`, `%f` and `%g` with an
 * explicit precision round the exact binary value half to even; without one, the shortest
 * digits that read back the same number.
 */
interface Digits {
  /** Significant digits, no leading zeros ("" for zero). */
  mant: string;
  /** Position of the decimal point relative to `mant`: value = 0.mant × 10^exp. */
  exp: number;
}

/** Exact decimal expansion of a finite, non-negative double. */
function exactDigits(x: number): Digits {
  if (x === 0) return { mant: "", exp: 0 };
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const bits = view.getBigUint64(0);
  const biased = Number((bits >> 52n) & 0x7ffn);
  let mantissa = bits & ((1n << 52n) - 1n);
  let exp2 = biased - 1075;
  if (biased === 0) exp2 = -1074;
  else mantissa |= 1n << 52n;
  let text: string;
  let exp: number;
  if (exp2 >= 0) {
    text = (mantissa << BigInt(exp2)).toString();
    exp = text.length;
  } else {
    text = (mantissa * 5n ** BigInt(-exp2)).toString();
    exp = text.length + exp2;
  }
  return trimZeros({ mant: text, exp });
}

function trimZeros(d: Digits): Digits {
  const mant = d.mant.replace(/0+$/, "");
  return mant === "" ? { mant: "", exp: 0 } : { mant, exp: d.exp };
}

/** Rounds to `n` significant digits, half to even. */
function roundTo(d: Digits, n: number): Digits {
  if (n < 0 || d.mant.length <= n) return d;
  if (n === 0 && d.mant[0]! < "5") return { mant: "", exp: 0 };
  const next = d.mant[n]!;
  const rest = d.mant.slice(n + 1);
  const prevOdd = n > 0 && Number(d.mant[n - 1]) % 2 === 1;
  const up = next > "5" || (next === "5" && (/[1-9]/.test(rest) || prevOdd));
  let mant = d.mant.slice(0, n);
  let exp = d.exp;
  if (up) {
    const bumped = (BigInt(mant || "0") + 1n).toString();
    if (bumped.length > mant.length) exp++;
    mant = bumped;
  }
  return trimZeros({ mant, exp });
}

function shortestDigits(x: number): Digits {
  if (x === 0) return { mant: "", exp: 0 };
  const [m, e] = x.toExponential().split("e") as [string, string];
  return { mant: m.replace(".", ""), exp: Number(e) + 1 };
}

function fmtE(d: Digits, prec: number, upper: boolean): string {
  const first = d.mant[0] ?? "0";
  const rest = d.mant.slice(1).padEnd(prec, "0").slice(0, prec);
  const exp = d.mant === "" ? 0 : d.exp - 1;
  const expText = String(Math.abs(exp)).padStart(2, "0");
  return `${first}${prec > 0 ? `.${rest}` : ""}${upper ? "E" : "e"}${exp < 0 ? "-" : "+"}${expText}`;
}

function fmtF(d: Digits, prec: number): string {
  const intPart = d.exp > 0 ? d.mant.slice(0, d.exp).padEnd(d.exp, "0") : "0";
  let frac = "";
  for (let i = 0; i < prec; i++) {
    const j = d.exp + i;
    frac += j >= 0 && j < d.mant.length ? d.mant[j] : "0";
  }
  return prec > 0 ? `${intPart}.${frac}` : intPart;
}

/** Formats |x| for verb e, E, f, F, g or G; `prec` undefined means Go's default for the verb. */
export function formatFloat(x: number, verb: string, prec: number | undefined): string {
  const abs = Math.abs(x);
  const lower = verb.toLowerCase();
  if (lower === "e") {
    const p = prec ?? 6;
    return fmtE(roundTo(exactDigits(abs), p + 1), p, verb === "E");
  }
  if (lower === "f") {
    const p = prec ?? 6;
    const exact = exactDigits(abs);
    return fmtF(roundTo(exact, exact.exp + p), p);
  }
  // %g: Go's big.Float rules (ftoa.go), including the shortest form when no precision is given.
  const shortest = prec === undefined;
  let p = shortest ? 0 : prec === 0 ? 1 : prec;
  const d = shortest ? shortestDigits(abs) : roundTo(exactDigits(abs), p);
  if (shortest) p = d.mant.length;
  let eprec = p;
  if (eprec > d.mant.length && d.mant.length >= d.exp) eprec = d.mant.length;
  if (shortest) eprec = 6;
  const exp = d.exp - 1;
  if (d.mant !== "" && (exp < -4 || exp >= eprec)) {
    return fmtE(d, Math.min(p, d.mant.length) - 1, verb === "G");
  }
  if (p > d.exp) p = d.mant.length;
  return fmtF(d, Math.max(p - d.exp, 0));
}
