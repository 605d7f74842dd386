import { createRequire } from 'node:module';
import path from 'node:path';
import { runNodeScript } from './runNodeScript';

/** Runs `astro build` in its own process writing to `outDir`, reading the site data file the validate step wrote. */
export async function runAstroBuild(options: { outDir: string; siteDataFile: string }): Promise<void> {
  const astroBin = path.join(path.dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin', 'astro.mjs');
  const code = await runNodeScript([astroBin, 'build', '--silent'], {
    ASTRO_TELEMETRY_DISABLED: '1', LOKER_OUT_DIR: options.outDir, LOKER_SITE_DATA: options.siteDataFile,
  });
  if (code !== 0) throw new Error(`astro build gagal / failed (exit ${code})`);
}
