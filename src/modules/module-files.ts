/** Which repository files a module can need: Terraform, variable files and what templates/file() read. */
const KEPT_SUFFIXES = [
  ".tf", ".tf.json", ".tfvars", ".tfvars.json", ".tftpl", ".tpl", ".tmpl", ".hcl",
  ".json", ".yaml", ".yml", ".sh", ".ps1", ".txt", ".cfg", ".conf", ".ini", ".toml", ".xml",
];
const SKIPPED_DIRS = new Set([".git", ".terraform", "node_modules"]);

export interface FileLimits {
  /** Larger files are left out (generated data, vendored blobs). */
  maxFileBytes: number;
  /** Fetches whose kept files add up to more fail, rather than filling memory. */
  maxTotalBytes: number;
  /** Uncompressed archive size at which reading stops. */
  maxArchiveBytes: number;
}

export const DEFAULT_FILE_LIMITS: FileLimits = {
  maxFileBytes: 1024 * 1024,
  maxTotalBytes: 64 * 1024 * 1024,
  maxArchiveBytes: 512 * 1024 * 1024,
};

export function isModuleFile(path: string, size: number, limits: FileLimits): boolean {
  if (size > limits.maxFileBytes) return false;
  const lower = path.toLowerCase();
  if (!KEPT_SUFFIXES.some((suffix) => lower.endsWith(suffix))) return false;
  return !path.split("/").some((segment) => SKIPPED_DIRS.has(segment));
}

/** Text, not binary: a NUL byte in the first 8 KiB means binary, as git decides. */
export function isText(data: Buffer): boolean {
  return !data.subarray(0, 8192).includes(0);
}
