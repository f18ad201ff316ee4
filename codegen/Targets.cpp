// Target set-up: initialises every LLVM target compiled into the linked LLVM so that later stages
// can create a TargetMachine for any triple kiln supports.
#include "codegen/Targets.h"

#include <llvm/Config/llvm-config.h>
#include <llvm/MC/TargetRegistry.h>
#include <llvm/Support/TargetSelect.h>

namespace kiln::codegen {

std::string llvmVersion() { return LLVM_VERSION_STRING; }

void initializeTargets() {
  static bool done = [] {
    LLVMInitializeX86TargetInfo();
    LLVMInitializeX86Target();
    LLVMInitializeX86TargetMC();
    LLVMInitializeX86AsmPrinter();
    LLVMInitializeAArch64TargetInfo();
    LLVMInitializeAArch64Target();
    LLVMInitializeAArch64TargetMC();
    LLVMInitializeAArch64AsmPrinter();
    LLVMInitializeARMTargetInfo();
    LLVMInitializeARMTarget();
    LLVMInitializeARMTargetMC();
    LLVMInitializeARMAsmPrinter();
    return true;
  }();
  (void)done;
}

std::vector<std::string> registeredTargets() {
  llvm::InitializeAllTargetInfos();
  std::vector<std::string> names;
  for (const llvm::Target &target : llvm::TargetRegistry::targets())
    names.emplace_back(target.getName());
  return names;
}

} // namespace kiln::codegen
