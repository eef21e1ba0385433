/** Strict TypeScript everywhere: the Node code and the browser code (which has its own DOM-only config). */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const tsc = (project: string) => spawnSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', project, '--noEmit'], { encoding: 'utf8' });

describe('typecheck', () => {
  it.each(['tsconfig.json', 'src/client/tsconfig.json'])('%s has no errors', (project) => {
    const run = tsc(project);
    expect(run.stdout + run.stderr).toBe('');
    expect(run.status).toBe(0);
  });
});
