// Runs the TypeScript sources through tsx (so `npm install` alone is enough), with dependencies loaded
// untransformed (see plain-node-modules.mjs). Imported first by every entry point.
import { register } from 'node:module';
import { register as registerTsx } from 'tsx/esm/api';

registerTsx();
register('./plain-node-modules.mjs', import.meta.url);
