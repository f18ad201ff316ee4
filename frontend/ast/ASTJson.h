// ESTree JSON for `kiln parse --dump-ast=json`, in acorn's conventions (acorn.parse with
// ecmaVersion 2024 and locations: true), so the two can be compared mechanically.
#pragma once
#include <string>

#include "frontend/ast/AST.h"

namespace kiln {
class SourceFile;
}

namespace kiln::ast {

/// Appends the JSON for `root` (normally a Program) to `out`. Every node carries type, start and
/// end (UTF-16 offsets), loc {start, end} {line, column} and its fields. Deviations from acorn,
/// by necessity: a RegExp literal's value is null (acorn stores a RegExp object) and a BigInt
/// literal's value is null (acorn stores a BigInt; the `bigint` field carries the digits).
void dumpJSON(const Node *root, const SourceFile &file, std::string &out);

} // namespace kiln::ast
