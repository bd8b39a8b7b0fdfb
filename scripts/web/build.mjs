// Builds the review page (web/ → web/dist); run by `npm install`/`npm ci` through the `prepare` script.
// Production installs (`npm ci --omit=dev`) have no vite: they skip this and copy a built web/dist
// instead (see the Dockerfile's web stage).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const config = fileURLToPath(new URL('../../web/vite.config.ts', import.meta.url));
let vite;
try {
  vite = await import('vite');
} catch {
  console.log('vanban: vite is not installed (production install), skipping the web build');
  process.exit(0);
}
if (!existsSync(config)) {
  console.log('vanban: no web/ sources here, skipping the web build');
  process.exit(0);
}
await vite.build({ configFile: config });
