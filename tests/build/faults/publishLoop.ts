// A process that publishes complete sites at one output, over and over, as fast as it can, until it is killed (tests/build/publishKill.test.ts).
import fs from 'node:fs';
import path from 'node:path';
import { publish } from '../../../src/lib/pipeline/publish';
import { SITE_FILES } from './completeSite';

const [out, scratch] = process.argv.slice(2) as [string, string];
process.stdout.write('ready\n');
for (let n = 0; n < 400; n += 1) {
  const built = path.join(scratch, `build-${process.pid}-${n}`);
  for (const file of SITE_FILES) {
    fs.mkdirSync(path.dirname(path.join(built, file)), { recursive: true });
    fs.writeFileSync(path.join(built, file), `${process.pid}-${n}`);
  }
  publish(built, out);
}
