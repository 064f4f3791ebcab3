/** GitHub rejects longer comment bodies: "Body is too long (maximum is 65536 characters)". */
export const COMMENT_MAX_CHARACTERS = 65_536;
/** The byte ceiling GitHub's server applies to comment bodies (65,536 × 4) in UTF-8. */
export const COMMENT_MAX_BYTES = 262_144;

/** Whether GitHub will accept this comment body: characters (Unicode code points) and UTF-8 bytes. */
export function fitsCommentLimits(body: string): boolean {
  return characterCount(body) <= COMMENT_MAX_CHARACTERS && Buffer.byteLength(body, "utf8") <= COMMENT_MAX_BYTES;
}

/** Throws before anything is sent when a body is over GitHub's limits; trimming is the report's job. */
export function assertCommentFits(body: string): void {
  if (fitsCommentLimits(body)) return;
  throw new Error(
    `[costgate] comment body is ${characterCount(body)} characters and ${Buffer.byteLength(body, "utf8")} bytes; ` +
      `GitHub accepts at most ${COMMENT_MAX_CHARACTERS} characters and ${COMMENT_MAX_BYTES} bytes, so it must be trimmed before posting`,
  );
}

/** Code points: an emoji is one character to GitHub but two UTF-16 units to `length`. */
export function characterCount(text: string): number {
  let count = text.length;
  for (let i = 0; i < text.length - 1; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        count--;
        i++;
      }
    }
  }
  return count;
}
