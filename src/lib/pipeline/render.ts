import { createRequire } from 'node:module';
import path from 'node:path';
import { RENDER_REUSE_VARIABLE } from './reuseFiles';
import { runNodeScript } from './runNodeScript';
import { WORK_DIR_VARIABLE, type WorkFolder } from './workFolder';

/** What rendering needs: the folder to write the pages into and the work folder holding the site data. */
export interface RenderInput {
  outDir: string;
  work: WorkFolder;
}

/** Renders the pages from the work folder's site data with `astro build`, in its own process, into `outDir`; pages whose keys the published site has are left out (`render-reuse.json`, src/lib/site/renderPlan.ts). */
export async function render(input: RenderInput): Promise<void> {
  const astroBin = path.join(path.dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin', 'astro.mjs');
  const code = await runNodeScript([astroBin, 'build', '--silent'], {
    ASTRO_TELEMETRY_DISABLED: '1', LOKER_OUT_DIR: input.outDir, [WORK_DIR_VARIABLE]: input.work.dir, [RENDER_REUSE_VARIABLE]: '1',
  });
  if (code !== 0) throw new Error(`astro build gagal / failed (exit ${code})`);
}
