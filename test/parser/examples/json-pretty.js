// examples/json-pretty.js parses, and kiln's AST for it equals acorn's
// RUN: %astdiff %S/../../../examples/json-pretty.js
