#!/usr/bin/env node --some-flag
// RUN: %astdiff %s
// a hashbang comment is allowed as the very first characters of a script
console.log('hashbang');
