import type { FetchedModule } from "../terraform/module-source.js";
import { fail } from "./errors.js";
import type { RepositorySnapshot } from "./snapshot.js";

/** The fetched module at `subdir` of the snapshot, after checking that directory has module files. */
export async function moduleAt(snapshot: RepositorySnapshot, subdir: string, resolved: string): Promise<FetchedModule> {
  const dir = subdir === "" ? "." : subdir;
  if (subdir !== "") {
    const prefix = `${subdir}/`;
    const files = await snapshot.tree.list();
    if (!files.some((f) => f.startsWith(prefix))) {
      fail("not-found", `directory "${subdir}" not found in ${snapshot.tree.label}`);
    }
  }
  return { tree: snapshot.tree, dir, resolved };
}
