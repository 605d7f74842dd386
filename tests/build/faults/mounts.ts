import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

const sh = (...args: string[]) => spawnSync(args[0]!, args.slice(1), { encoding: 'utf8' });

/** Mounts a tmpfs of `megabytes` at `dir`; false where this machine does not allow it (not root, no mount). */
export function mountTmpfs(dir: string, megabytes: number): boolean {
  fs.mkdirSync(dir, { recursive: true });
  return sh('mount', '-t', 'tmpfs', '-o', `size=${megabytes}m`, 'tmpfs', dir).status === 0;
}

/** Makes `dir` read-only by bind-mounting it onto itself read-only (holds for root too, unlike file modes); false where not allowed. */
export function mountReadOnly(dir: string): boolean {
  if (sh('mount', '--bind', dir, dir).status !== 0) return false;
  if (sh('mount', '-o', 'remount,ro,bind', dir).status === 0) return true;
  unmount(dir);
  return false;
}

/** Unmounts what the helpers above mounted. */
export function unmount(dir: string): void {
  sh('umount', dir);
}

/** Whether this machine lets the tests mount (root with mount(8)): the fault tests that need it skip with a message otherwise. */
export const canMount = (() => {
  const probe = fs.mkdtempSync('/tmp/loker-mount-probe-');
  const ok = mountTmpfs(probe, 1);
  if (ok) unmount(probe);
  fs.rmSync(probe, { recursive: true, force: true });
  if (!ok) console.warn('Fault tests with read-only and full file systems skipped: mounting a tmpfs is not allowed here (run as root).');
  return ok;
})();
