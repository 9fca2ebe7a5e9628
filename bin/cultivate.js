#!/usr/bin/env node
// Entry point for the `cultivate` command; runs the compiled CLI.
import '../dist/cli/index.js';
