import { assertCommentFits, characterCount, fitsCommentLimits } from "../../src/github/comment-limits.js";

describe("fitsCommentLimits", () => {
  it("accepts 65,536 characters and rejects one more", () => {
    expect(fitsCommentLimits("a".repeat(65_536))).toBe(true);
    expect(fitsCommentLimits("a".repeat(65_537))).toBe(false);
  });

  it("counts an emoji as one character, as GitHub does, not as two UTF-16 units", () => {
    const body = "💸".repeat(40_000); // 80,000 UTF-16 units, 160,000 bytes
    expect(characterCount(body)).toBe(40_000);
    expect(fitsCommentLimits(body)).toBe(true);
    expect(fitsCommentLimits("💸".repeat(65_537))).toBe(false);
  });

  it("explains the limits it enforces", () => {
    expect(() => assertCommentFits("é".repeat(70_000))).toThrow(
      "comment body is 70000 characters and 140000 bytes; GitHub accepts at most 65536 characters and 262144 bytes",
    );
  });
});
