// examples/wordfreq.js parses, and kiln's AST for it equals acorn's
// RUN: %astdiff %S/../../../examples/wordfreq.js
