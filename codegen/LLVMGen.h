// Code generation: kiln IR -> LLVM IR -> object file.
#pragma once
#include <string>

namespace kiln::ir {
class Module;
}

namespace kiln::codegen {

struct CodegenOptions {
  std::string targetTriple;   // empty: the host
  int optimizationLevel = 2;  // 0..3
  bool debugInfo = false;
};

enum class EmitKind { LLVM, Assembly, Object };

/// Translates `module` to LLVM IR, optimises it and writes it to `outputPath` in the requested
/// form. Returns an empty string on success, or a description of what failed.
std::string emitModule(ir::Module &module, const CodegenOptions &options, EmitKind kind,
                       const std::string &outputPath);

} // namespace kiln::codegen
