#!/usr/bin/env node
/** The `sdkgen` executable (package.json `bin`, built to dist/cli.js): `sdkgen generate | diff | release`. */
import { main } from './cli/program.ts';

process.exitCode = await main(process.argv.slice(2));
