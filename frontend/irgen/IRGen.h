// Lowering of the ESTree AST to kiln's IR (ir/IR.h), for a program compiled as CommonJS module
// code (the body of a function whose `this` is module.exports).
//
// Variables: a variable no inner function captures lives in a stack slot (AllocStack; LLVM's
// mem2reg turns it into SSA registers); a captured one lives in its scope's heap environment.
// Each scope with captured variables creates its environment when entered; the environment
// pointer itself is kept in a stack slot, because a `for (let ...)` loop replaces it on every
// iteration (CreatePerIterationEnvironment). An inner function reaches outer environments by
// walking parent links from its closure's environment.
//
// Control flow merges go through stack slots too (the IR has no phi nodes). `finally` is lowered
// once: every way out of the protected region (normal completion, return, throw, break, continue)
// records a completion kind and value in two slots and jumps to the finally code, which then
// dispatches on the kind; a jump that crosses several finally blocks is routed through each.
//
// Constructs that are valid JavaScript but not lowered yet raise UnsupportedError.
#pragma once
#include <string>
#include <vector>

#include "frontend/ast/AST.h"
#include "frontend/irgen/ScopeAnalysis.h"
#include "ir/IR.h"

namespace kiln {
class SourceFile;
}

namespace kiln::irgen {

/// How the top-level code of a file runs.
enum class ProgramKind {
  CommonJS, // node's default for .js/.cjs: a function body with this = module.exports
  Script,   // a classic Script: global code (top-level var/function declarations are globals)
  Module,   // an ES module (.mjs, --module): strict, this = undefined
};

/// Lowers `program` into `module` (functions[0] becomes the top-level code). Throws
/// UnsupportedError (import/export declarations: kiln does not link modules yet).
void lowerProgram(const ast::Program *program, const SourceFile &file, ir::Module &module,
                  ProgramKind kind = ProgramKind::CommonJS);

} // namespace kiln::irgen
