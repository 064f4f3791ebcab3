import { PriceNotFound } from "../price.js";
import { PriceListUnavailable } from "../price-errors.js";

interface SdkError {
  name?: string;
  code?: string;
  message?: string;
  $fault?: "client" | "server";
  $metadata?: { httpStatusCode?: number };
  $retryable?: unknown;
}

const THROTTLED = new Set(["ThrottlingException", "TooManyRequestsException", "RequestLimitExceeded", "Throttling"]);
const DENIED = new Set(["AccessDeniedException", "AccessDenied", "UnrecognizedClientException", "InvalidSignatureException", "ExpiredTokenException", "InvalidClientTokenId", "SignatureDoesNotMatch"]);
const NETWORK = new Set(["ECONNREFUSED", "ENOTFOUND", "ETIMEDOUT", "ECONNRESET", "EAI_AGAIN", "EPIPE", "ENETUNREACH", "EHOSTUNREACH"]);

/** Worth another attempt after a pause: throttling, AWS-side 5xx, a dropped connection. */
export function isRetryable(err: unknown): boolean {
  const e = err as SdkError;
  const status = e?.$metadata?.httpStatusCode ?? 0;
  return THROTTLED.has(e?.name ?? "") || status === 429 || status >= 500 || e?.$fault === "server" || isNetwork(e);
}

function isNetwork(e: SdkError): boolean {
  return NETWORK.has(e?.code ?? "") || NETWORK.has(e?.name ?? "") || e?.name === "TimeoutError";
}

/**
 * A failed GetProducts call as the error the user sees. Credentials and permissions name the
 * fix (the IAM action, the environment variables); a rejected query is a `PriceNotFound` for
 * that query alone.
 */
export function toPricingError(err: unknown, what: string): PriceNotFound {
  const e = err as SdkError;
  const name = e?.name ?? "";
  const detail = e?.message ? `: ${e.message}` : "";
  if (name === "CredentialsProviderError" || /could not load credentials/i.test(e?.message ?? "")) {
    return new PriceListUnavailable(
      "no AWS credentials found (set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, AWS_PROFILE, or a web identity role; or COSTGATE_PRICING=snapshot)",
      true,
      { cause: err },
    );
  }
  if (DENIED.has(name) || e?.$metadata?.httpStatusCode === 403) {
    return new PriceListUnavailable(`access denied: the AWS credentials need the IAM action pricing:GetProducts (${name || "403"}${detail})`, true, { cause: err });
  }
  if (THROTTLED.has(name) || e?.$metadata?.httpStatusCode === 429) {
    return new PriceListUnavailable(`throttled by AWS after several retries while pricing ${what}`, false, { cause: err });
  }
  if (isNetwork(e)) {
    return new PriceListUnavailable(`cannot reach the AWS Price List API (${e.code ?? name}${detail})`, true, { cause: err });
  }
  if (name === "InvalidParameterException") {
    return new PriceNotFound(`the AWS Price List rejected the query for ${what}${detail}`);
  }
  return new PriceListUnavailable(`GetProducts failed for ${what} (${name || "error"}${detail})`, false, { cause: err });
}
