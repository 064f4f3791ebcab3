import { asFetchError, describeNetworkError, ModuleFetchFailure } from "../../src/modules/errors.js";
import { ModuleFetchError } from "../../src/terraform/module-source.js";

describe("describeNetworkError", () => {
  it.each<[string, unknown, string]>([
    ["undici's fetch failed with its cause", new TypeError("fetch failed", { cause: new Error("getaddrinfo ENOTFOUND registry.terraform.io") }), "getaddrinfo ENOTFOUND registry.terraform.io"],
    ["another error with a cause", new Error("socket hang up", { cause: new Error("ECONNRESET") }), "socket hang up (ECONNRESET)"],
    ["a timeout", new DOMException("The operation was aborted due to timeout", "TimeoutError"), "timed out"],
    ["a plain object", { message: "connect ECONNREFUSED" }, "connect ECONNREFUSED"],
    ["a string", "boom", "boom"],
  ])("%s", (_, err, expected) => {
    expect(describeNetworkError(err)).toBe(expected);
  });
});

describe("asFetchError", () => {
  it("keeps a ModuleFetchError as it is", () => {
    const original = new ModuleFetchFailure("not-found", "module x not found");
    expect(asFetchError("x/y/z", original)).toBe(original);
  });

  it("turns anything else into a ModuleFetchError naming the source, so a run never crashes", () => {
    const wrapped = asFetchError("github.com/acme/mods", new RangeError("Invalid array length"));
    expect(wrapped).toBeInstanceOf(ModuleFetchError);
    expect(wrapped.message).toBe("module source github.com/acme/mods: unexpected error: Invalid array length");
  });
});
