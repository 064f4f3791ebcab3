import { compileAttributes, compileQuery } from "../../src/pricing/match-query.js";
import { contains, equals, matches } from "../../src/pricing/price-query.js";
import type { PriceRecord } from "../../src/pricing/price-record.js";

const attrs = { usagetype: "EUC1-LoadBalancerUsage", operation: "LoadBalancing:Application", locationType: "AWS Region" };

describe("attribute matchers", () => {
  it("matches equals exactly, case included", () => {
    expect(compileAttributes([equals("locationType", "AWS Region")])(attrs)).toBe(true);
    expect(compileAttributes([equals("locationType", "aws region")])(attrs)).toBe(false);
    expect(compileAttributes([equals("usagetype", "LoadBalancerUsage")])(attrs)).toBe(false);
  });

  it("matches contains as a substring", () => {
    expect(compileAttributes([contains("usagetype", "LoadBalancerUsage")])(attrs)).toBe(true);
    expect(compileAttributes([contains("usagetype", "LCUUsage")])(attrs)).toBe(false);
  });

  it("matches regex case-insensitively, so the region prefix can be optional", () => {
    const elb = compileAttributes([matches("usagetype", "^([A-Z]{2,4}\\d?-)?loadbalancerusage$")]);
    expect(elb(attrs)).toBe(true);
    expect(elb({ usagetype: "LoadBalancerUsage" })).toBe(true);
    expect(elb({ usagetype: "EUC1-Outposts-LoadBalancerUsage" })).toBe(false);
  });

  it("ANDs all matchers", () => {
    expect(compileAttributes([contains("usagetype", "LoadBalancer"), equals("operation", "LoadBalancing:Network")])(attrs)).toBe(false);
    expect(compileAttributes([contains("usagetype", "LoadBalancer"), equals("operation", "LoadBalancing:Application")])(attrs)).toBe(true);
  });

  it("reads an absent attribute as empty: equals \"\" selects rows without it, contains never does", () => {
    expect(compileAttributes([equals("databaseEdition", "")])({ databaseEngine: "MySQL" })).toBe(true);
    expect(compileAttributes([contains("databaseEdition", "Standard")])({ databaseEngine: "MySQL" })).toBe(false);
  });

  it("rejects a malformed regex with the query's own source in the message", () => {
    expect(() => compileAttributes([matches("usagetype", "([unclosed")])).toThrow("invalid price query regex /([unclosed/");
  });
});

describe("whole queries", () => {
  const r: PriceRecord = { service: "AWSELB", region: "eu-central-1", productFamily: "Load Balancer-Application", attributes: attrs, unit: "Hrs", tiers: [], source: "s" };

  it("checks service, region and family before attributes", () => {
    const base = { attributes: [contains("usagetype", "LoadBalancerUsage")] };
    expect(compileQuery({ ...base, service: "AWSELB", region: "eu-central-1" })(r)).toBe(true);
    expect(compileQuery({ ...base, service: "AWSELB", region: "eu-central-1", productFamily: "Load Balancer-Application" })(r)).toBe(true);
    expect(compileQuery({ ...base, service: "AWSELB", region: "eu-central-1", productFamily: "Load Balancer-Network" })(r)).toBe(false);
    expect(compileQuery({ ...base, service: "AWSELB", region: "eu-west-1" })(r)).toBe(false);
    expect(compileQuery({ ...base, service: "AmazonEC2", region: "eu-central-1" })(r)).toBe(false);
  });
});
