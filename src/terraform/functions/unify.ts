import { formatNumber, isObject, isUnknown } from "./values.js";
import { sortedKeys, type Value } from "../value.js";

/**
 * Converts values to one common type, as Terraform does when a tuple becomes a list or set, an
 * object becomes a map, or variadic arguments must agree (cty's type unification):
 * numbers and bools become strings next to strings, nested collections unify element-wise,
 * objects with different attributes become maps. Returns undefined when no common type exists
 * (a number next to a bool, a string next to a list). Nulls and unknowns fit any type.
 */
export function unify(items: Value[]): Value[] | undefined {
  const known = items.filter((v) => v !== null && !isUnknown(v));
  if (known.length === 0) return items;
  if (known.every((v) => typeof v !== "object")) return unifyPrimitives(items, known);
  if (known.every(Array.isArray)) return unifySequences(items, known as Value[][]);
  if (known.every(isObject)) return unifyObjects(items, known as Record<string, Value>[]);
  return undefined;
}

function unifyPrimitives(items: Value[], known: Value[]): Value[] | undefined {
  const kinds = new Set(known.map((v) => typeof v));
  if (kinds.size === 1) return items;
  if (!kinds.has("string")) return undefined;
  return items.map((v) => (typeof v === "number" ? formatNumber(v) : typeof v === "boolean" ? String(v) : v));
}

/** Rebuilds each known item from a flat list of converted parts. */
function rebuild<T>(items: Value[], known: T[], parts: Value[], sizes: number[], make: (item: T, slice: Value[]) => Value): Value[] {
  let offset = 0;
  const converted = new Map<T, Value>();
  known.forEach((item, i) => {
    converted.set(item, make(item, parts.slice(offset, offset + sizes[i]!)));
    offset += sizes[i]!;
  });
  return items.map((v) => (converted.has(v as T) ? converted.get(v as T)! : v));
}

function unifySequences(items: Value[], known: Value[][]): Value[] | undefined {
  const sameLength = known.every((s) => s.length === known[0]!.length);
  if (sameLength) {
    // Tuples of one shape stay tuples: unify position by position.
    const columns = known[0]!.map((_, j) => unify(known.map((s) => s[j]!)));
    if (columns.every((c) => c !== undefined)) {
      const rows = known.map((_, i) => columns.map((c) => c![i]!));
      return items.map((v) => (Array.isArray(v) ? rows[known.indexOf(v)]! : v));
    }
  }
  const parts = unify(known.flat());
  if (!parts) return undefined;
  return rebuild(items, known, parts, known.map((s) => s.length), (_, slice) => slice);
}

function unifyObjects(items: Value[], known: Record<string, Value>[]): Value[] | undefined {
  const shape = sortedKeys(known[0]!).join("\u0000");
  const sameShape = known.every((o) => sortedKeys(o).join("\u0000") === shape);
  const keysOf = (o: Record<string, Value>) => sortedKeys(o);
  if (sameShape) {
    const keys = keysOf(known[0]!);
    const columns = keys.map((k) => unify(known.map((o) => o[k]!)));
    if (columns.every((c) => c !== undefined)) {
      return items.map((v) => {
        const i = known.indexOf(v as Record<string, Value>);
        return i < 0 ? v : Object.fromEntries(keys.map((k, j) => [k, columns[j]![i]!]));
      });
    }
  }
  // Different attributes: the only common type is a map, so every attribute value must unify.
  const parts = unify(known.flatMap((o) => keysOf(o).map((k) => o[k]!)));
  if (!parts) return undefined;
  return rebuild(items, known, parts, known.map((o) => keysOf(o).length), (o, slice) =>
    Object.fromEntries(keysOf(o).map((k, j) => [k, slice[j]!])),
  );
}
