import { spawn } from 'node:child_process';
import { processTreeRss } from './processTreeMemory';

/** Wall time and peak memory of one stage of a command. */
export interface StageMeasure {
  stage: string;
  seconds: number;
  peakBytes: number;
}

/** Runs a command that prints `[i/n] name` when each stage starts; samples the whole process tree's memory and splits time and peak by stage. */
export async function measureStages(command: string, args: string[], env: NodeJS.ProcessEnv, sampleMs = 100, cwd?: string): Promise<{ stages: StageMeasure[]; output: string; exitCode: number | null }> {
  const child = spawn(command, args, { env, cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  const start = performance.now();
  const stages: StageMeasure[] = [];
  let current: StageMeasure | undefined;
  let stageStart = start;
  let output = '';
  const timer = setInterval(() => {
    if (current && child.pid) current.peakBytes = Math.max(current.peakBytes, processTreeRss(child.pid));
  }, sampleMs);
  const onLine = (text: string) => {
    output += text;
    for (const line of text.split('\n')) {
      const m = /^\[\d+\/\d+\]\s+(.*)$/.exec(line.trim());
      if (!m) continue;
      const now = performance.now();
      if (current) current.seconds = (now - stageStart) / 1000;
      current = { stage: m[1], seconds: 0, peakBytes: 0 };
      stages.push(current);
      stageStart = now;
    }
  };
  child.stdout.setEncoding('utf8').on('data', onLine);
  child.stderr.setEncoding('utf8').on('data', (t: string) => { output += t; });
  const exitCode = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  clearInterval(timer);
  if (current) current.seconds = (performance.now() - stageStart) / 1000;
  return { stages, output, exitCode };
}
