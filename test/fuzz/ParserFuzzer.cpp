// libFuzzer target for the frontend: any byte string, in both goals, must either parse or produce
// a SyntaxError with an offset inside the input; with a successful parse, the JSON dump must also
// complete. Crashes, leaks, hangs and sanitizer reports are findings (test/fuzz/run-fuzzer.sh).
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "frontend/ast/ASTJson.h"
#include "frontend/parser/Parser.h"
#include "frontend/support/LargeStack.h"
#include "frontend/support/SourceFile.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  kiln::SourceFile file =
      kiln::SourceFile::fromText("fuzz.js", std::string_view(reinterpret_cast<const char *>(data), size));
  for (bool module : {false, true}) {
    kiln::Arena arena;
    kiln::SyntaxError error;
    kiln::ParseOptions options;
    options.module = module;
    kiln::ast::Program *program = nullptr;
    kiln::runWithLargeStack([&] { program = kiln::parseProgram(file, arena, options, error); });
    if (program) {
      std::string json;
      kiln::ast::dumpJSON(program, file, json);
    } else if (error.offset > file.text().size() || error.message.empty()) {
      std::abort(); // a diagnostic must point into the file and say something
    }
  }
  return 0;
}
