// A build command whose stage dies without settling its promise, as Pagefind's does when its service process is killed (tests/build/command.test.ts).
import { runCommand } from '../../../src/lib/pipeline/command';

await runCommand(() => new Promise<void>(() => undefined), () => []);
