/** The part of fs-native-extensions (no bundled types) the build uses: the lock (src/lib/pipeline/buildLock.ts) and the first release's exchange (publish.ts). */
declare module 'fs-native-extensions' {
  /** Requests an exclusive lock on an open file without waiting; true when granted, false when another open file holds it. */
  export function tryLock(fd: number, options?: { shared?: boolean }): boolean;
  /** Releases a lock taken on `fd`. */
  export function unlock(fd: number): void;
  /** Swaps two paths in one step (renameat2 RENAME_EXCHANGE on Linux, RENAME_SWAP on macOS); throws with an errno `code` where unsupported. */
  export function swapSync(from: string, to: string): void;
}
