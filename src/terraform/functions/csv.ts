import { toStringArg } from "./args.js";
import { FunctionError, type FunctionDef } from "./function-types.js";
import type { Value } from "../value.js";

/** Go encoding/csv records: RFC 4180 quoting, CRLF or LF line ends, blank lines skipped. */
function parseRecords(text: string): { fields: string[]; line: number }[] {
  const records: { fields: string[]; line: number }[] = [];
  let i = 0;
  let line = 1;
  while (i < text.length) {
    const start = line;
    if (text[i] === "\n" || (text[i] === "\r" && text[i + 1] === "\n")) {
      i += text[i] === "\r" ? 2 : 1;
      line++;
      continue;
    }
    const fields: string[] = [];
    for (;;) {
      let field = "";
      if (text[i] === '"') {
        i++;
        for (;;) {
          if (i >= text.length) throw new FunctionError(`parse error on line ${line}, column ${i}: extraneous or missing " in quoted-field`, 0);
          if (text[i] === '"') {
            if (text[i + 1] === '"') {
              field += '"';
              i += 2;
              continue;
            }
            i++;
            break;
          }
          if (text[i] === "\n") line++;
          field += text[i++];
        }
        if (i < text.length && text[i] !== "," && text[i] !== "\n" && text[i] !== "\r") {
          throw new FunctionError(`parse error on line ${line}, column ${i}: extraneous or missing " in quoted-field`, 0);
        }
      } else {
        while (i < text.length && text[i] !== "," && text[i] !== "\n" && !(text[i] === "\r" && text[i + 1] === "\n")) {
          if (text[i] === '"') throw new FunctionError(`parse error on line ${line}, column ${i + 1}: bare " in non-quoted-field`, 0);
          field += text[i++];
        }
      }
      fields.push(field);
      if (text[i] === ",") {
        i++;
        continue;
      }
      if (text[i] === "\r") i++;
      if (text[i] === "\n") {
        i++;
        line++;
      }
      break;
    }
    records.push({ fields, line: start });
  }
  return records;
}

export const csvFunctions: Record<string, FunctionDef> = {
  csvdecode: {
    arity: [1, 1],
    impl: ([text]) => {
      const [header, ...rows] = parseRecords(toStringArg(text!, 0));
      if (!header) throw new FunctionError("missing header line", 0);
      return rows.map(({ fields, line }): Value => {
        if (fields.length !== header.fields.length) {
          throw new FunctionError(`CSV parse error on line ${line}: wrong number of fields`, 0);
        }
        return Object.fromEntries(header.fields.map((name, i) => [name, fields[i]!]));
      });
    },
  },
};
