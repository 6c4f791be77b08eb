#!/usr/bin/env node
// The command-line entry: runs the TypeScript engine directly through tsx.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
