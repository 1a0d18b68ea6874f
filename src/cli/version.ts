import { readFileSync } from 'node:fs';

/** The tool's name and version, from package.json (read once; also from dist/ after a build). */
export const TOOL = ((): { nama: string; versi: string } => {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { name: string; version: string };
  return { nama: pkg.name, versi: pkg.version };
})();
