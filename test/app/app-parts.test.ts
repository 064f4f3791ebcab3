import { parseCommentState } from "../../src/app/comment-state.js";
import { createDeliveryLog } from "../../src/app/delivery-log.js";
import { parseExtends } from "../../src/app/load-repository-config.js";
import { createSerialQueue } from "../../src/app/serial-queue.js";
import { signingKeyFromEnv } from "../../src/app/signing-key.js";

describe("the delivery log", () => {
  it("recognises a redelivery, forgets the oldest past its capacity, and lets a failed delivery run again", () => {
    const log = createDeliveryLog(2);
    expect([log.firstTime("a"), log.firstTime("a"), log.firstTime("b")]).toEqual([true, false, true]);
    log.firstTime("c");
    expect([log.firstTime("a"), log.firstTime("c")]).toEqual([true, false]);
    log.forget("c");
    expect(log.firstTime("c")).toBe(true);
  });
});

describe("the per-pull-request queue", () => {
  it("runs one pull request's tasks one after another, even after a failure, and other pull requests alongside", async () => {
    const queue = createSerialQueue();
    const events: string[] = [];
    const task = (name: string, ms: number, fail = false) => async () => {
      events.push(`start ${name}`);
      await new Promise((resolve) => setTimeout(resolve, ms));
      events.push(`end ${name}`);
      if (fail) throw new Error(name);
      return name;
    };
    const results = await Promise.allSettled([
      queue.run("acme/infra#42", task("push", 30, true)),
      queue.run("acme/infra#42", task("approve", 1)),
      queue.run("acme/infra#7", task("other", 1)),
    ]);
    expect(results.map((r) => r.status)).toEqual(["rejected", "fulfilled", "fulfilled"]);
    expect(events.indexOf("start approve")).toBeGreaterThan(events.indexOf("end push"));
    expect(events.indexOf("end other")).toBeLessThan(events.indexOf("end push"));
  });
});

describe("_extends", () => {
  it.each([
    ["platform-policies", { owner: "acme", repo: "platform-policies", path: ".github/costgate.yml" }],
    [".github", { owner: "acme", repo: ".github", path: ".github/costgate.yml" }],
    ["shared-org/policies", { owner: "shared-org", repo: "policies", path: ".github/costgate.yml" }],
    ["policies:costgate/prod.yml", { owner: "acme", repo: "policies", path: "costgate/prod.yml" }],
    ["policies:../../etc/passwd.yml", null],
    ["https://github.com/acme/policies", null],
    ["policies:costgate.json", null],
  ])("%s", (value, expected) => {
    expect(parseExtends(value, "acme")).toEqual(expected);
  });
});

describe("the comment marker's state", () => {
  it("reads what Costgate wrote and nothing else", () => {
    expect(parseCommentState("head=8e69b7e34f5f8d10dd1f1914356531ef81548fe9 increase=-40.5 digest=0123456789abcdef")).toEqual({
      head: "8e69b7e34f5f8d10dd1f1914356531ef81548fe9",
      increase: "-40.5",
      digest: "0123456789abcdef",
    });
    expect(parseCommentState("")).toBeNull();
    expect(parseCommentState("head=8e69b7e increase=1e9 digest=0123456789abcdef")).toBeNull();
  });
});

describe("the approval log's signing key", () => {
  it("is COSTGATE_SIGNING_KEY, else derived from (never equal to) the webhook secret, else none", () => {
    expect(signingKeyFromEnv({ COSTGATE_SIGNING_KEY: "k", WEBHOOK_SECRET: "s" })).toBe("k");
    const derived = signingKeyFromEnv({ WEBHOOK_SECRET: "s" });
    expect(derived).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(derived).not.toBe(signingKeyFromEnv({ WEBHOOK_SECRET: "t" }));
    expect(signingKeyFromEnv({})).toBeUndefined();
  });
});
