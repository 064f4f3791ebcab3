import { isUnknown } from "../unknown.js";
import { markSet, type Value } from "../value.js";
import { toBool, toNumber, toStringValue, typeName, valuesEqual } from "./convert-primitive.js";
import { describeType, type TypeConstraint } from "./type-constraint.js";

export type Conversion = { value: Value } | { error: string };

/**
 * Converts a value to a type constraint as Terraform converts variable values: primitive
 * string/number/bool conversions, element-wise collections, object attributes filled from
 * `optional()` defaults, extra object attributes dropped. Unknowns pass through.
 */
export function convertToType(value: Value, type: TypeConstraint, path = ""): Conversion {
  if (value === null || isUnknown(value) || type.kind === "any") return { value };
  const at = path ? ` at ${path}` : "";
  switch (type.kind) {
    case "string": {
      const s = toStringValue(value);
      return s === undefined ? mismatch(type, value, at) : { value: s };
    }
    case "number": {
      const n = toNumber(value);
      return n === undefined ? { error: `a number is required${at}, got ${describeValue(value)}` } : { value: n };
    }
    case "bool": {
      const b = toBool(value);
      return b === undefined ? { error: `a bool is required${at}, got ${describeValue(value)}` } : { value: b };
    }
    case "list":
    case "set": {
      if (!Array.isArray(value)) return mismatch(type, value, at);
      const out: Value[] = [];
      for (let i = 0; i < value.length; i++) {
        const c = convertToType(value[i], type.element, `${path}[${i}]`);
        if ("error" in c) return c;
        out.push(c.value);
      }
      return { value: type.kind === "set" ? toSet(out) : out };
    }
    case "tuple": {
      if (!Array.isArray(value)) return mismatch(type, value, at);
      if (value.length !== type.elements.length) return { error: `tuple of ${type.elements.length} element(s) required${at}, got ${value.length}` };
      return convertEach(value.map((v, i) => [String(i), v]), (i) => type.elements[Number(i)], path, true);
    }
    case "map": {
      if (typeof value !== "object" || Array.isArray(value)) return mismatch(type, value, at);
      return convertEach(Object.entries(value), () => type.element, path, false);
    }
    case "object": {
      if (typeof value !== "object" || Array.isArray(value)) return mismatch(type, value, at);
      const out: Record<string, Value> = {};
      for (const [name, attr] of Object.entries(type.attributes)) {
        let v = Object.prototype.hasOwnProperty.call(value, name) ? value[name] : undefined;
        if (v === undefined && !attr.optional) return { error: `attribute "${name}" is required${at}` };
        if (v === undefined || v === null) v = attr.default ?? null;
        const c = convertToType(v, attr.type, path ? `${path}.${name}` : name);
        if ("error" in c) return c;
        out[name] = c.value;
      }
      return { value: out };
    }
  }
}

function mismatch(type: TypeConstraint, value: Value, at: string): Conversion {
  return { error: `${describeType(type)} required${at}, got ${typeName(value)}` };
}

function convertEach(entries: Array<[string, Value]>, typeOf: (key: string) => TypeConstraint, path: string, asList: boolean): Conversion {
  const out: Record<string, Value> = {};
  const list: Value[] = [];
  for (const [k, v] of entries) {
    const c = convertToType(v, typeOf(k), asList ? `${path}[${k}]` : `${path}[${JSON.stringify(k)}]`);
    if ("error" in c) return c;
    if (asList) list.push(c.value);
    else out[k] = c.value;
  }
  return { value: asList ? list : out };
}

/** A set as the evaluator keeps it: de-duplicated, strings sorted lexically. */
export function toSet(values: Value[]): Value[] {
  const unique: Value[] = [];
  for (const v of values) if (!unique.some((u) => valuesEqual(u, v))) unique.push(v);
  return markSet(unique.every((v) => typeof v === "string") ? (unique as string[]).sort() : unique);
}

function describeValue(v: Value): string {
  return typeof v === "string" ? JSON.stringify(v) : typeName(v);
}

