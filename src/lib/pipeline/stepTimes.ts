/** One step of a stage: how long it took, and the process's peak memory (RSS) by its end. */
export interface StepTime {
  step: string;
  seconds: number;
  peakBytes: number;
}

/** The environment variable that makes the prepare stage print each step's time and peak memory (`npm run bench:prepare`). */
export const STEP_TIMES_VARIABLE = 'LOKER_STEP_TIMES';

/** A line printed per step when STEP_TIMES_VARIABLE is set, read back by the benchmark: `step-time <name> <seconds> <peak bytes>`. */
export const STEP_TIME_LINE = /^step-time (\S+) ([\d.]+) (\d+)$/;

/** Times the steps of a stage: `step(name, run)` runs one, and prints its line when STEP_TIMES_VARIABLE is set. */
export function stepTimer(enabled = process.env[STEP_TIMES_VARIABLE] !== undefined) {
  return function step<T>(name: string, run: () => T): T {
    const started = performance.now();
    const value = run();
    if (enabled) printStep(name, started);
    return value;
  };
}

/** The same for steps that run beside each other: `step(name, run)` starts `run` and prints the line when its promise settles. */
export function asyncStepTimer(enabled = process.env[STEP_TIMES_VARIABLE] !== undefined) {
  return function step<T>(name: string, run: () => Promise<T>): Promise<T> {
    const started = performance.now();
    // Called here, after the clock started: an async function's work before its first await counts too.
    const running = run();
    return enabled ? running.finally(() => printStep(name, started)) : running;
  };
}

/** Prints one STEP_TIME_LINE: the step's seconds since `started` and the process's peak memory so far. */
function printStep(name: string, started: number): void {
  console.log(`step-time ${name} ${((performance.now() - started) / 1000).toFixed(3)} ${process.resourceUsage().maxRSS * 1024}`);
}
