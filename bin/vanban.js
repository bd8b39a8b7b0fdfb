#!/usr/bin/env node
// Runs the TypeScript sources directly through tsx, so `npm install` alone is enough.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
await main(process.argv);
