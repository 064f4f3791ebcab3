/**
 * Read-only files at one revision: a local directory, a GitHub commit, a git ref.
 * Paths are relative to the tree's root, with "/" separators and no leading "./".
 */
export interface SourceTree {
  /** Identifies the revision in messages: a commit SHA or a directory path. */
  readonly label: string;
  /** Every file path in the tree (blobs only). */
  list(): Promise<string[]>;
  /** A file's text. Rejects with `FileNotFoundError` when the path is not a file in the tree. */
  read(path: string): Promise<string>;
  /**
   * Optional hint that these files are about to be read: a remote tree can fetch them in a few
   * batched requests instead of one each. Reading works the same without it.
   */
  prefetch?(paths: string[]): Promise<void>;
}

export class FileNotFoundError extends Error {
  constructor(readonly path: string, label: string) {
    super(`${path}: no such file in ${label}`);
    this.name = "FileNotFoundError";
  }
}
