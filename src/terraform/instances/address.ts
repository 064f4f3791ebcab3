/** An instance key as Terraform prints it: `[0]`, `["a"]`. */
export function formatKey(key: number | string): string {
  if (typeof key === "number") return `[${key}]`;
  if (/^[\w .:/-]*$/.test(key)) return `["${key}"]`;
  return `[${JSON.stringify(key).replace(/\$\{/g, "$${").replace(/%\{/g, "%%{")}]`;
}

export function joinAddress(moduleAddress: string, local: string): string {
  return moduleAddress ? `${moduleAddress}.${local}` : local;
}
