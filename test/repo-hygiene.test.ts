import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { REPO } from './helpers/cli.js';

/**
 * What a careless merge or a local run leaves in tracked files: conflict markers (a README once
 * shipped with them) would reach users' docs and break the replayed guides in confusing ways.
 */
describe('tracked files', () => {
  const inGit = (() => {
    try {
      execFileSync('git', ['rev-parse', '--is-inside-work-tree'], { cwd: REPO, stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  })();
  it.skipIf(!inGit)('hold no merge conflict markers', () => {
    let hits = '';
    try {
      hits = execFileSync('git', ['grep', '-n', '-I', '-e', '^<<<<<<< ', '-e', '^>>>>>>> ', '--', '.', ':!package-lock.json'], { cwd: REPO, encoding: 'utf8' });
    } catch (err) {
      // git grep exits 1 when nothing matches: the good case.
      if ((err as { status?: number }).status !== 1) throw err;
    }
    expect(hits).toBe('');
  });
});
