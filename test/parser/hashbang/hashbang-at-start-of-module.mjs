#!/usr/bin/env node
// RUN: %astdiff %s
// a hashbang comment is allowed as the very first characters of a module
export const x = 1;
