import { builtinFunctions, callFunction } from "../../../src/terraform/functions/index.js";
import { FunctionError } from "../../../src/terraform/functions/function-types.js";
import { Unknown, isUnknown } from "../../../src/terraform/unknown.js";
import type { Value } from "../../../src/terraform/value.js";
import { fakeContext } from "./fake-context.js";

const ctx = fakeContext({});
const call = (name: string, ...args: Value[]) => callFunction(name, builtinFunctions[name]!, args, ctx);
const computedId = new Unknown("aws_instance.web.id is known only after apply", { address: "aws_instance.web", attribute: "id" });

describe("callFunction", () => {
  test("rejects a wrong argument count with the function's name", () => {
    expect(() => call("upper")).toThrow(new FunctionError('function "upper" expects 1 argument, but got 0'));
    expect(() => call("lookup", {})).toThrow('function "lookup" expects 2 to 3 arguments, but got 1');
    expect(() => call("join")).toThrow('function "join" expects at least 2 arguments, but got 0');
  });

  test("an unknown argument makes the result unknown, naming the function, the argument and the cause", () => {
    const result = call("upper", computedId);
    expect(isUnknown(result) && result.reason).toBe(
      "upper() argument 1 is not known before apply: aws_instance.web.id is known only after apply",
    );
    // The reference survives so cost models can still follow it.
    expect(isUnknown(result) && result.ref).toEqual({ address: "aws_instance.web", attribute: "id" });
  });

  test("an unknown deep inside an argument counts too", () => {
    const result = call("jsonencode", { tags: { Name: computedId } });
    expect(isUnknown(result) && result.reason).toMatch(/^jsonencode\(\) argument 1/);
  });
});

describe("functions that answer despite unknowns", () => {
  test("length, keys and element of known collections with unknown elements", () => {
    expect(call("length", ["a", computedId])).toBe(2);
    expect(call("keys", { b: computedId, a: 1 })).toEqual(["a", "b"]);
    expect(call("element", [computedId, "b"], 3)).toBe("b");
  });

  test("lookup hands back the unknown value itself, with its reference", () => {
    expect(call("lookup", { ami: computedId }, "ami")).toBe(computedId);
    expect(call("lookup", { ami: computedId, type: "t3.micro" }, "type")).toBe("t3.micro");
  });

  test("concat, merge, tolist and tomap keep unknown elements in known collections", () => {
    expect(call("concat", ["a"], [computedId])).toEqual(["a", computedId]);
    expect(call("merge", { a: 1 }, { b: computedId })).toEqual({ a: 1, b: computedId });
    expect(call("tolist", ["a", computedId])).toEqual(["a", computedId]);
    expect(call("tomap", { a: "x", b: computedId })).toEqual({ a: "x", b: computedId });
  });

  test("coalesce stops at the first known usable argument, but not past an unknown one", () => {
    expect(call("coalesce", "", "x", computedId)).toBe("x");
    const blocked = call("coalesce", null, computedId, "x");
    expect(isUnknown(blocked) && blocked.reason).toMatch(/^coalesce\(\) argument 2/);
  });

  test("contains is decided by a known match; otherwise an unknown element leaves it open", () => {
    expect(call("contains", [computedId, "a"], "a")).toBe(true);
    expect(isUnknown(call("contains", [computedId, "a"], "b"))).toBe(true);
  });

  test("alltrue and anytrue short-circuit around unknowns as Terraform does", () => {
    expect(call("alltrue", [computedId, false])).toBe(false);
    expect(isUnknown(call("alltrue", [computedId, true]))).toBe(true);
    expect(call("anytrue", [computedId, true])).toBe(true);
  });

  test("flatten cannot know its shape when an element is unknown (it may be a list)", () => {
    const result = call("flatten", [["a"], computedId]);
    expect(isUnknown(result) && result.reason).toMatch(/^flatten\(\) argument 1/);
  });

  test("toset of a list with an unknown element is unknown: its length is not known", () => {
    expect(isUnknown(call("toset", ["a", computedId]))).toBe(true);
  });

  test("sensitive and nonsensitive are the identity, even for unknowns", () => {
    expect(call("sensitive", computedId)).toBe(computedId);
    expect(call("nonsensitive", { a: 1 })).toEqual({ a: 1 });
  });
});

describe("user errors", () => {
  test("are FunctionErrors that point at the argument, never TypeErrors", () => {
    const bad: [string, Value[], number | undefined][] = [
      ["upper", [[1]], 0],
      ["cidrsubnet", ["10.0.0.0/33", 8, 1], 0],
      ["lookup", [{ a: 1 }, "b"], 0],
      ["regex", ["(", "x"], 0],
      ["element", [["a"], "x"], 1],
      ["range", [{}], 0],
      ["length", [true], 0],
      ["merge", [{}, 5], 1],
      ["formatdate", ["YYYY", 5], 1],
    ];
    for (const [name, args, argIndex] of bad) {
      let caught: unknown;
      try {
        call(name, ...args);
      } catch (err) {
        caught = err;
      }
      expect(caught).toBeInstanceOf(FunctionError);
      expect({ name, argIndex: (caught as FunctionError).argIndex }).toEqual({ name, argIndex });
    }
  });
});

test("every function the evaluator may call is registered", () => {
  const expected = `abs ceil floor log max min parseint pow signum chomp endswith format formatlist indent join lower regex
    regexall replace split startswith strcontains strrev substr templatestring title trim trimprefix trimsuffix trimspace upper
    alltrue anytrue chunklist coalesce coalescelist compact concat contains distinct element flatten index keys length lookup
    matchkeys merge one range reverse setintersection setproduct setsubtract setunion slice sort sum transpose values zipmap
    base64decode base64encode base64gzip csvdecode jsondecode jsonencode textdecodebase64 textencodebase64 urlencode yamldecode
    yamlencode abspath dirname pathexpand basename file fileexists fileset filebase64 templatefile filemd5 filesha1 filesha256
    filesha512 formatdate timeadd timecmp plantimestamp timestamp base64sha256 base64sha512 md5 sha1 sha256 sha512 uuid uuidv5
    bcrypt cidrhost cidrnetmask cidrsubnet cidrsubnets tobool tolist tomap tonumber toset tostring type sensitive nonsensitive
    issensitive ephemeralasnull`.split(/\s+/);
  expect(expected.filter((name) => !builtinFunctions[name])).toEqual([]);
});

describe("distinct with unknown elements", () => {
  test("distinct keeps unknown resource identities apart: subnet IDs of different instances are different values", () => {
    const subnet = (i: number) => new Unknown(`aws_subnet.private[${i}].id is known only after apply`, { address: `aws_subnet.private[${i}]`, attribute: "id" });
    const result = call("distinct", [subnet(0), subnet(1), subnet(2), subnet(1)]);
    expect(Array.isArray(result) && result.map((u) => isUnknown(u) && u.ref?.address)).toEqual(["aws_subnet.private[0]", "aws_subnet.private[1]", "aws_subnet.private[2]"]);
  });

  test("distinct stays unknown when it cannot tell: an unknown that is not an identity, or mixed with known values", () => {
    const name = new Unknown("var.name has no value");
    expect(isUnknown(call("distinct", [name, "a"]))).toBe(true);
    expect(isUnknown(call("distinct", [computedId, "i-0abc"]))).toBe(true);
    expect(isUnknown(call("distinct", new Unknown("module.vpc is not fetched")))).toBe(true);
  });
});
