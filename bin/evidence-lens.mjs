#!/usr/bin/env node
// The command-line entry: runs the TypeScript engine directly through tsx.
import { register } from 'tsx/esm/api';

// A reader that stops early (`| head`) is not an error.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});
register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
