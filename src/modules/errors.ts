import { ModuleFetchError } from "../terraform/module-source.js";

/** Why a module could not be fetched; lets callers and tests tell failures apart without parsing messages. */
export type ModuleFetchFailureCode =
  | "invalid-source"
  | "unsupported-source"
  | "host-not-allowed"
  | "not-found"
  | "no-access"
  | "no-matching-version"
  | "unreachable"
  | "bad-response"
  | "rate-limited"
  | "bad-archive"
  | "too-large"
  | "unexpected";

/** A `ModuleFetchError` (the evaluator's contract) that also carries a machine-readable code. */
export class ModuleFetchFailure extends ModuleFetchError {
  constructor(
    readonly code: ModuleFetchFailureCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message);
    if (options?.cause !== undefined) this.cause = options.cause;
  }
}

export function fail(code: ModuleFetchFailureCode, message: string, cause?: unknown): never {
  throw new ModuleFetchFailure(code, message, { cause });
}

/** "getaddrinfo ENOTFOUND x" rather than undici's bare "fetch failed"; tolerates non-Error rejections. */
export function describeNetworkError(err: unknown): string {
  const e = (typeof err === "object" && err !== null ? err : {}) as { name?: unknown; message?: unknown; cause?: { message?: unknown } };
  if (e.name === "TimeoutError" || e.name === "AbortError") return "timed out";
  const message = typeof e.message === "string" ? e.message : String(err);
  const cause = typeof e.cause?.message === "string" ? e.cause.message : undefined;
  if (!cause) return message;
  return message === "fetch failed" ? cause : `${message} (${cause})`;
}

/** Failures while fetching a module's code get its source in front: "module source github.com/acme/x: ...". */
export async function withSource<T>(source: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (err) {
    if (err instanceof ModuleFetchFailure) {
      throw new ModuleFetchFailure(err.code, `module source ${source}: ${err.message}`, { cause: err.cause ?? err });
    }
    throw err;
  }
}

/** Anything that is not already a `ModuleFetchError` still reaches the evaluator as one, so it never crashes a run. */
export function asFetchError(source: string, err: unknown): ModuleFetchError {
  if (err instanceof ModuleFetchError) return err;
  return new ModuleFetchFailure("unexpected", `module source ${source}: unexpected error: ${(err as Error)?.message ?? String(err)}`, { cause: err });
}
