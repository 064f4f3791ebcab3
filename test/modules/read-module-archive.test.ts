import { gunzipSync } from "node:zlib";
import { DEFAULT_FILE_LIMITS, type FileLimits } from "../../src/modules/module-files.js";
import { readModuleArchive } from "../../src/modules/read-module-archive.js";
import { entry, gitCommitHeader, paxRecords, tar } from "./helpers/tar-builder.js";
import { fixtureText, networkArchive, networkCommit, networkGnuArchive, NETWORK_MODULE_FILES } from "./helpers/fixtures.js";

/** Feeds the tar in small uneven chunks, as a network stream would. */
async function* chunks(buffer: Buffer, size = 700): AsyncGenerator<Uint8Array> {
  for (let at = 0; at < buffer.length; at += size) yield buffer.subarray(at, at + size);
}

const read = (tarBytes: Buffer, limits: Partial<FileLimits> = {}) => readModuleArchive(chunks(tarBytes), { ...DEFAULT_FILE_LIMITS, ...limits });

describe("readModuleArchive on real archives", () => {
  it("reads a git archive: module files only, top directory stripped, commit from the pax global header", async () => {
    const archive = await read(gunzipSync(networkArchive));
    expect([...archive.files.keys()].sort()).toEqual(NETWORK_MODULE_FILES);
    expect(archive.commit).toBe(networkCommit);
    expect(archive.files.get("main.tf")).toBe(fixtureText("main.tf"));
  });

  it("reads long paths from the ustar prefix field and from pax path records", async () => {
    const archive = await read(gunzipSync(networkArchive));
    const longName = NETWORK_MODULE_FILES.find((f) => f.includes("endpoint-policy"))!;
    const longPath = NETWORK_MODULE_FILES.find((f) => f.endsWith("terraform.tfvars"))!;
    expect(archive.files.get(longName)).toContain("aws:PrincipalOrgID");
    expect(archive.files.get(longPath)).toContain('name               = "shared-services"');
  });

  it("reads GNU tar's ././@LongLink names the same way, without a commit", async () => {
    const archive = await read(gunzipSync(networkGnuArchive));
    expect([...archive.files.keys()].sort()).toEqual(NETWORK_MODULE_FILES);
    expect(archive.commit).toBeUndefined();
  });

  it("resolves a symlinked file to its target's text", async () => {
    const archive = await read(gunzipSync(networkArchive));
    expect(archive.files.get("modules/flow-logs/versions.tf")).toBe(fixtureText("versions.tf"));
  });

  it("reads the same archive identically whatever the chunking", async () => {
    const bytes = gunzipSync(networkArchive);
    const one = await readModuleArchive(chunks(bytes, 1), DEFAULT_FILE_LIMITS);
    const whole = await readModuleArchive(chunks(bytes, bytes.length), DEFAULT_FILE_LIMITS);
    expect([...one.files]).toEqual([...whole.files]);
  });
});

describe("readModuleArchive on crafted archives", () => {
  const top = "acme-mods-abc1234";

  it("takes the pax path record over the header name", async () => {
    const longName = `${top}/modules/${"n".repeat(150)}.tf`;
    const bytes = tar(
      entry({ name: "PaxHeader/x", type: "x", data: paxRecords({ path: longName }) }),
      entry({ name: `${top}/truncated-name.tf`, data: 'resource "aws_s3_bucket" "logs" {}\n' }),
    );
    const archive = await read(bytes);
    expect([...archive.files.keys()]).toEqual([`modules/${"n".repeat(150)}.tf`]);
  });

  it("rejects a pax size that is not a number", async () => {
    const bytes = tar(entry({ name: "PaxHeader", type: "x", data: paxRecords({ size: "-1" }) }), entry({ name: `${top}/main.tf`, data: "" }));
    await expect(read(bytes)).rejects.toThrow('malformed pax size "-1"');
  });

  it("reads GNU base-256 sizes", async () => {
    const archive = await read(tar(entry({ name: `${top}/main.tf`, data: "# base256\n", base256Size: true })));
    expect(archive.files.get("main.tf")).toBe("# base256\n");
  });

  it("ignores the ustar prefix bytes of GNU headers", async () => {
    const archive = await read(tar(entry({ name: `${top}/main.tf`, data: "# gnu\n", gnu: true, prefix: "garbage" })));
    expect([...archive.files.keys()]).toEqual(["main.tf"]);
  });

  it("ignores a commit comment that is not a SHA", async () => {
    const bytes = tar(entry({ name: "pax_global_header", type: "g", data: paxRecords({ comment: "made by hand" }) }), entry({ name: `${top}/main.tf`, data: "" }));
    expect((await read(bytes)).commit).toBeUndefined();
  });

  it.each([
    ["a parent-directory entry", `${top}/../../etc/cron.d/evil.sh`],
    ["an absolute entry", "/etc/cron.d/evil.sh"],
    ["a parent-directory directory entry", `../outside/`],
  ])("rejects %s", async (_, name) => {
    const bytes = tar(gitCommitHeader("a".repeat(40)), entry({ name, type: name.endsWith("/") ? "5" : "0", data: "echo pwned\n" }));
    await expect(read(bytes)).rejects.toThrow(`archive entry "${name}" points outside the archive`);
  });

  it("rejects a pax path that escapes, whatever the header name says", async () => {
    const bytes = tar(entry({ name: "PaxHeader", type: "x", data: paxRecords({ path: "../evil.tf" }) }), entry({ name: `${top}/ok.tf`, data: "" }));
    await expect(read(bytes)).rejects.toThrow('archive entry "../evil.tf" points outside the archive');
  });

  it("does not follow a symlink out of the repository", async () => {
    const bytes = tar(entry({ name: `${top}/secrets.tf`, type: "2", linkname: "../../../etc/passwd" }), entry({ name: `${top}/main.tf`, data: "" }));
    expect([...(await read(bytes)).files.keys()]).toEqual(["main.tf"]);
  });

  it("leaves out binary files, other extensions, oversized files and .terraform", async () => {
    const bytes = tar(
      entry({ name: `${top}/lambda.zip`, data: "PK" }),
      entry({ name: `${top}/fake.json`, data: Buffer.from([0x7b, 0x00, 0x7d]) }),
      entry({ name: `${top}/big.tf`, data: "#".repeat(2000) }),
      entry({ name: `${top}/.terraform/modules/modules.json`, data: "{}" }),
      entry({ name: `${top}/main.tf`, data: "# kept\n" }),
    );
    expect([...(await read(bytes, { maxFileBytes: 1000 })).files.keys()]).toEqual(["main.tf"]);
  });

  it("fails when the kept files add up to more than the total cap", async () => {
    const bytes = tar(entry({ name: `${top}/a.tf`, data: "#".repeat(600) }), entry({ name: `${top}/b.tf`, data: "#".repeat(600) }));
    await expect(read(bytes, { maxTotalBytes: 1000 })).rejects.toThrow("module files add up to more than 1000 bytes");
  });

  it("stops reading an archive larger than the uncompressed cap (a decompression bomb)", async () => {
    const bytes = tar(entry({ name: `${top}/padding.bin`, data: Buffer.alloc(64 * 1024) }));
    await expect(read(bytes, { maxArchiveBytes: 16 * 1024 })).rejects.toThrow("archive is larger than 16384 bytes uncompressed");
  });

  it("rejects data that is not a tar archive", async () => {
    await expect(read(Buffer.from("<html>404 Not Found</html>".padEnd(1024, " ")))).rejects.toThrow("not a tar archive");
    await expect(read(tar(entry({ name: `${top}/main.tf`, data: "x", badChecksum: true })))).rejects.toThrow("header checksum mismatch");
  });

  it("rejects an archive cut off inside an entry", async () => {
    const whole = entry({ name: `${top}/main.tf`, data: "#".repeat(3000) });
    await expect(read(whole.subarray(0, 1500))).rejects.toThrow(/ended after|ends inside/);
  });

  it("accepts an empty archive and one without end-of-archive blocks", async () => {
    expect((await read(tar())).files.size).toBe(0);
    expect([...(await read(entry({ name: `${top}/main.tf`, data: "#" }))).files.keys()]).toEqual(["main.tf"]);
  });

});
