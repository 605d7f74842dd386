import fs from 'node:fs';
import path from 'node:path';

/** Files and bytes. */
export interface Volume { files: number; bytes: number }

/** What a build did to the published site: files it wrote (new inodes), files that differ from the site before it (what a host uploads), files it removed, and the whole site. */
export interface SiteDelta { written: Volume; uploaded: Volume; removed: number; site: Volume }

/** Every file under a folder: relative path → inode and size. */
function listFiles(dir: string): Map<string, { ino: number; size: number }> {
  const files = new Map<string, { ino: number; size: number }>();
  if (!fs.existsSync(dir)) return files;
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    const stat = fs.statSync(full);
    files.set(path.relative(dir, full), { ino: stat.ino, size: stat.size });
  }
  return files;
}

/** Keeps the published site's files alive under `into` (hard links, no copy), so a build's output can be compared with it after the old site is deleted. */
export function keepSite(site: string, into: string): void {
  fs.rmSync(into, { recursive: true, force: true });
  if (!fs.existsSync(site)) return;
  const real = fs.realpathSync(site);
  for (const [file] of listFiles(real)) {
    fs.mkdirSync(path.dirname(path.join(into, file)), { recursive: true });
    fs.linkSync(path.join(real, file), path.join(into, file));
  }
}

/** Compares the site a build published with the one kept before it (`keepSite`). */
export function siteDelta(kept: string, site: string): SiteDelta {
  const before = listFiles(kept);
  const after = listFiles(fs.realpathSync(site));
  const delta: SiteDelta = { written: { files: 0, bytes: 0 }, uploaded: { files: 0, bytes: 0 }, removed: 0, site: { files: 0, bytes: 0 } };
  const add = (v: Volume, bytes: number) => { v.files++; v.bytes += bytes; };
  for (const [file, now] of after) {
    add(delta.site, now.size);
    const old = before.get(file);
    if (old?.ino === now.ino) continue;
    add(delta.written, now.size);
    const same = old?.size === now.size && fs.readFileSync(path.join(kept, file)).equals(fs.readFileSync(path.join(fs.realpathSync(site), file)));
    if (!same) add(delta.uploaded, now.size);
  }
  for (const file of before.keys()) if (!after.has(file)) delta.removed++;
  return delta;
}
