// examples/markdown.js parses, and kiln's AST for it equals acorn's
// RUN: %astdiff %S/../../../examples/markdown.js
