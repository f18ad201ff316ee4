// kiln_main: the start of every compiled program. Initialises the runtime, runs the main module's
// top-level code with `this` = a fresh module.exports-like object (as CommonJS does), and turns an
// uncaught exception into node's report on stderr and exit status 1; otherwise the status is
// process.exitCode (or 0).
#include "Builtins.h"
#include "Inspect.h"
#include "kiln/RuntimeFunctions.h"

namespace kiln::rt {

extern uint32_t lastThrowLine, lastThrowColumn;
void setProcessArgv(int argc, char **argv, const char *sourcePath);
int processExitCode();
void flushStdout();
void writeStderr(const std::string &text);
[[noreturn]] void exitProcess(int status);

// node's report of an uncaught exception, without the source line and caret (kiln does not keep
// the source): "path:line", a blank line, then the error's inspect() (its stack), or the thrown
// value itself for non-errors.
static void reportUncaughtException(Value exception, const char *sourcePath) {
  std::string report;
  if (lastThrowLine && sourcePath) report += std::string(sourcePath) + ":" + std::to_string(lastThrowLine) + "\n";
  bool isError = isCellOfKind(exception, CellKind::Error);
  Result<std::u16string> shown = isString(exception) ? Result<std::u16string>(std::u16string()) : inspect(exception);
  std::string body;
  if (isString(exception)) body = toUTF8(asString(exception));
  else if (!shown.isThrown()) body = toUTF8(newStringUTF16(shown.value().data(), shown.value().size()));
  else body = toUTF8(toStringNoRJS(exception));
  if (isError) report += "\n" + body + "\n";
  else report += body + "\n";
  writeStderr(report);
}

}  // namespace kiln::rt

using namespace kiln::rt;

extern "C" int32_t kiln_main(int32_t argc, void *argv, void *main, void *sourcePath) {
  initializeStackLimit();
  initializeRuntime();
  setProcessArgv(argc, static_cast<char **>(argv), static_cast<const char *>(sourcePath));
  Value mainFunction = kiln_function_new(main, nullptr, 0, cellValue(atoms.empty), 0);
  Value moduleExports = cellValue(newObject(realm.objectPrototype));
  Value result = reinterpret_cast<KilnCode>(main)(mainFunction, moduleExports, nullptr, 0, ValueUndefined);
  int status;
  if (result == ValueException) {
    Value exception = kiln_take_exception();
    reportUncaughtException(exception, static_cast<const char *>(sourcePath));
    status = 1;
  } else {
    status = processExitCode();
  }
  flushStdout();
  std::fflush(stdout);
  return status;
}
