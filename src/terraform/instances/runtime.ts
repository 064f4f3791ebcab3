import type { AssignedValue } from "../config/root-variables.js";
import type { LoadedConfig } from "../config/load-modules.js";
import type { SourceFiles } from "../config/source-files.js";
import type { Diagnostic } from "../diagnostic.js";
import type { FunctionTable } from "../eval/context.js";
import type { ObjectTags } from "../eval/object-tags.js";

/** State shared by one evaluation pass over a project. */
export interface Runtime {
  loaded: LoadedConfig;
  files: SourceFiles;
  functions: FunctionTable;
  diagnostics: Diagnostic[];
  /** Files functions asked for that were not loaded: loaded, then the pass runs again. */
  pendingFiles: Set<string>;
  rootVariables: Map<string, AssignedValue>;
  /** Resource and namespace objects of this pass (object-tags.ts). */
  tags: ObjectTags;
  workspace: string;
}
