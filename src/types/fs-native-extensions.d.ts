/** The part of fs-native-extensions (no bundled types) the build lock uses (src/lib/pipeline/buildLock.ts). */
declare module 'fs-native-extensions' {
  /** Requests an exclusive lock on an open file without waiting; true when granted, false when another open file holds it. */
  export function tryLock(fd: number, options?: { shared?: boolean }): boolean;
  /** Releases a lock taken on `fd`. */
  export function unlock(fd: number): void;
}
