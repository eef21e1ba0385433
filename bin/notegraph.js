#!/usr/bin/env node
// Runs the compiled CLI (dist/ is built by `npm install` through the "prepare" script). The V8 settings come first,
// before any of the build's code has run (see src/cli/v8-flags.ts).
import '../dist/cli/v8-flags.js';
import '../dist/cli/index.js';
