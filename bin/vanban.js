#!/usr/bin/env node
import './register.mjs';

const { main } = await import('../src/cli/main.ts');
await main(process.argv);
