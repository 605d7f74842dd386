import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';

/** Runs `astro build` in its own process (its memory is its own) writing to `outDir`, reading the site data file the pipeline wrote. */
export async function runAstroBuild(options: { root: string; outDir: string; siteDataFile: string }): Promise<void> {
  const astroBin = path.join(path.dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin', 'astro.mjs');
  await new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, [astroBin, 'build', '--silent'], {
      cwd: options.root,
      stdio: 'inherit',
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', LOKER_OUT_DIR: options.outDir, LOKER_SITE_DATA: options.siteDataFile },
    });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`astro build gagal / failed (exit ${code})`))));
  });
}
