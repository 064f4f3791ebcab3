import type { Value } from "../value.js";

/** What a built-in function may see besides its arguments. */
export interface FunctionContext {
  /** Directory of the module the call is in (`path.module`), relative to the source root, posix. */
  moduleDir: string;
  /** Root module directory (`path.root`), relative to the source root. */
  rootDir: string;
  /**
   * Contents of a file relative to the source root; undefined when it does not exist.
   * Throws `FileNotLoaded` when the file exists but is not loaded yet: the evaluator loads it
   * and evaluates again.
   */
  readFile(path: string): string | undefined;
  /** Files under a directory (relative to the source root), for `fileset`. */
  listFiles(dir: string): string[];
  /** `templatefile`: render a template's source with the given variables. */
  renderTemplate(source: string, vars: Record<string, Value>, file: string): Value;
}

export interface FunctionDef {
  /** Minimum and maximum argument count; max `Infinity` for variadic functions. */
  arity: [min: number, max: number];
  /**
   * When false (the default), a call with any Unknown argument (deeply) returns Unknown
   * without running `impl`. Functions that can answer with unknowns inside (length, keys,
   * coalesce, ...) set it and handle them.
   */
  allowUnknown?: boolean;
  impl(args: Value[], ctx: FunctionContext): Value;
}

/** A function rejected its arguments; becomes a diagnostic at the call. */
export class FunctionError extends Error {
  constructor(
    message: string,
    /** 0-based index of the offending argument, when one is to blame. */
    readonly argIndex?: number,
  ) {
    super(message);
    this.name = "FunctionError";
  }
}

/** Thrown by `FunctionContext.readFile` when the file must be loaded first. */
export class FileNotLoaded extends Error {
  constructor(readonly path: string) {
    super(`file not loaded yet: ${path}`);
    this.name = "FileNotLoaded";
  }
}
