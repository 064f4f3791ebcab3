import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import nock from "nock";

export const REGISTRY = "https://registry.terraform.io";

/** registry.terraform.io's discovery document (it also lists providers.v1 and login.v1). */
export function mockDiscovery(origin = REGISTRY, modulesV1: string = "/v1/modules/") {
  return nock(origin)
    .get("/.well-known/terraform.json")
    .reply(200, { "modules.v1": modulesV1, "providers.v1": "/v1/providers/", "login.v1": { client: "terraform-cli" } });
}

/** The versions endpoint, shaped like registry.terraform.io's answer for terraform-aws-modules/vpc/aws. */
export function mockVersions(moduleId: string, versions: string[], origin = REGISTRY, base = "/v1/modules/") {
  const body = {
    modules: [
      {
        source: moduleId,
        versions: versions.map((version) => ({
          version,
          root: { providers: [{ name: "aws", namespace: "", source: "hashicorp/aws", version: ">= 5.79" }], dependencies: [] },
          submodules: [{ path: "modules/vpc-endpoints", providers: [{ name: "aws", namespace: "", source: "hashicorp/aws", version: ">= 5.79" }], dependencies: [] }],
        })),
      },
    ],
  };
  return nock(origin).get(`${base}${moduleId}/versions`).reply(200, body);
}

/** The download endpoint: 204 with the location in X-Terraform-Get. */
export function mockDownload(moduleId: string, version: string, location: string, origin = REGISTRY, base = "/v1/modules/") {
  return nock(origin).get(`${base}${moduleId}/${version}/download`).reply(204, "", { "X-Terraform-Get": location });
}

export function mockCodeload(owner: string, repo: string, ref: string, tarball: Buffer) {
  return nock("https://codeload.github.com")
    .get(`/${owner}/${repo}/tar.gz/${ref}`)
    .reply(200, tarball, { "content-type": "application/x-gzip", "content-disposition": `attachment; filename=${repo}-${ref}.tar.gz` });
}

/** A fresh cache directory per test, removed afterwards. */
export function useTempCacheDir(): () => string {
  let dir = "";
  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), "costgate-modules-"));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });
  return () => dir;
}

/** Every test starts with no interceptors and no GITHUB_TOKEN from the developer's shell. */
export function useCleanNock(): void {
  const savedToken = process.env.GITHUB_TOKEN;
  beforeEach(() => {
    delete process.env.GITHUB_TOKEN;
    nock.cleanAll();
  });
  afterEach(() => {
    nock.cleanAll();
  });
  afterAll(() => {
    if (savedToken !== undefined) process.env.GITHUB_TOKEN = savedToken;
  });
}
