// kiln_main: the start of every compiled program. Initialises the runtime, runs the main module's
// top-level code with `this` = a fresh module.exports-like object (as CommonJS does), and turns an
// uncaught exception into node's report on stderr and exit status 1; otherwise the status is
// process.exitCode (or 0).
#include "Builtins.h"
#include "Inspect.h"
#include "heap/Heap.h"
#include "kiln/RuntimeFunctions.h"

namespace kiln::rt {

void setProcessArgv(int argc, char **argv, const char *sourcePath);
int processExitCode();
void flushStdout();
void writeStderr(const std::string &text);
[[noreturn]] void exitProcess(int status);

// node's report of an uncaught exception: the throw site (file:line, the source line, a caret
// under the column) when compiled code saw where it was thrown, then for an error its inspect()
// (its stack: the frames captured where it was created) after a blank line, for any other value
// the value itself.
static void reportUncaughtException(Value exception, const ExceptionTrace &trace, const char *sourcePath) {
  bool located = trace.exception == exception && trace.line != 0;
  std::string header;
  if (located) {
    header = std::string(sourcePath) + ":" + std::to_string(trace.line) + "\n" +
             (trace.sourceLine ? trace.sourceLine : "") + "\n" + std::string(trace.column, ' ') + "^\n";
  }
  std::string body;
  if (isString(exception)) {
    body = toUTF8(asString(exception));
  } else {
    Result<std::u16string> shown = inspect(exception);
    body = shown.isThrown() ? toUTF8(toStringNoRJS(exception)) : toUTF8(shown.value());
  }
  bool isError = isCellOfKind(exception, CellKind::Error);
  writeStderr(header + (isError ? "\n" + body + "\n" : body + "\n"));
}

}  // namespace kiln::rt

using namespace kiln::rt;

extern "C" int32_t kiln_main(int32_t argc, void *argv, void *main, void *programDescription) {
  const auto *program = static_cast<const KilnProgram *>(programDescription);
  const char *sourcePath = program->sourcePath;
  initializeStackLimit();
  initializeHeap();
  registerStaticLiterals(reinterpret_cast<String *const *>(program->literals), program->literalCount);
  initializeRuntime();
  mainProgram = program;
  setProcessArgv(argc, static_cast<char **>(argv), sourcePath);
  Value mainFunction = kiln_function_new(main, nullptr, 0, cellValue(atoms.empty), 0);
  Value moduleExports = cellValue(newObject(realm.objectPrototype));
  Value result = reinterpret_cast<KilnCode>(main)(mainFunction, moduleExports, nullptr, 0, ValueUndefined);
  int status;
  if (result == ValueException) {
    ExceptionTrace trace = exceptionTrace; // taking the exception forgets its trace
    Value exception = kiln_take_exception();
    reportUncaughtException(exception, trace, sourcePath);
    status = 1;
  } else {
    status = processExitCode();
  }
  flushStdout();
  std::fflush(stdout);
  return status;
}
