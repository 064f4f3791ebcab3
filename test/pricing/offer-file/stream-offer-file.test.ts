import { readFileSync } from "node:fs";
import { Readable } from "node:stream";
import { streamOfferFile, type OfferFileProgress } from "../../../src/pricing/offer-file/stream-offer-file.js";

const ec2 = readFileSync(new URL("../../../fixtures/pricing/offer-files/offers/v1.0/aws/AmazonEC2/current/eu-west-2/index.json", import.meta.url), "utf8");

describe("streaming one offer file", () => {
  it("turns products into records before the file has been read to the end", async () => {
    // Hold back everything from "terms" on until a kept product has been reported. A parser
    // that needed the whole document first would never report one, and this test would time out.
    const cut = ec2.indexOf('"terms"');
    let productSeen!: () => void;
    const seen = new Promise<void>((resolve) => (productSeen = resolve));
    async function* body() {
      yield Buffer.from(ec2.slice(0, cut));
      await Promise.race([seen, new Promise((_, reject) => setTimeout(() => reject(new Error("no product before the end of input: not streaming")), 2000))]);
      yield Buffer.from(ec2.slice(cut));
    }
    const progress: OfferFileProgress[] = [];
    const result = await streamOfferFile({
      stream: Readable.from(body()),
      service: "AmazonEC2",
      region: "eu-west-2",
      source: "offer",
      onProgress: (p) => {
        progress.push(p);
        if (p.productsKept > 0) productSeen();
      },
    });
    expect(result.records).toHaveLength(5);
    const firstKept = progress.findIndex((p) => p.productsKept > 0);
    expect(progress[firstKept].bytesRead).toBe(Buffer.byteLength(ec2.slice(0, cut)));
    expect(result.publicationDate).toBe("2026-03-20T04:29:25Z");
  });

  it("stops reading once the on-demand terms are done: the reserved terms are never needed", async () => {
    const cut = ec2.indexOf('"Reserved"');
    async function* body() {
      yield Buffer.from(ec2.slice(0, cut));
      await new Promise(() => {}); // a download that never sends the reserved terms
    }
    const result = await streamOfferFile({ stream: Readable.from(body()), service: "AmazonEC2", region: "eu-west-2", source: "offer" });
    expect(result.records).toHaveLength(5);
    expect(result.progress.stoppedEarly).toBe(true);
  });

  it("reads on-demand terms only, keeping tiers and the published unit", async () => {
    const result = await streamOfferFile({ stream: Readable.from([ec2]), service: "AmazonEC2", region: "eu-west-2", source: "offer" });
    const linux = result.records.find((r) => r.sku === "FJV5MDGUBW9SPTK2")!;
    expect(linux.tiers).toEqual([{ from: "0", to: null, price: "0.0472" }]);
    expect(linux.attributes).toMatchObject({ instanceType: "t3.medium", usagetype: "EUW2-BoxUsage:t3.medium", vcpu: "2" });
    expect(linux.attributes).not.toHaveProperty("clockSpeed");
    const eip = result.records.find((r) => r.productFamily === "IP Address")!;
    expect(eip.tiers).toEqual([
      { from: "0", to: "1", price: "0" },
      { from: "1", to: null, price: "0.005" },
    ]);
  });

  it("names the file and the position when the file is cut short", async () => {
    const cutShort = streamOfferFile({ stream: Readable.from([ec2.slice(0, 2000)]), service: "AmazonEC2", region: "eu-west-2", source: "offer", location: "https://x/index.json" });
    await expect(cutShort).rejects.toThrow("[costgate] cannot read https://x/index.json after 2000 bytes: Parser cannot parse input");
  });
});
