// kiln_main: the start of every compiled program. Initialises the runtime, runs the main module's
// top-level code with `this` = a fresh module.exports-like object (as CommonJS does), and turns an
// uncaught exception into node's report on stderr and exit status 1; otherwise the status is
// process.exitCode (or 0).
#include "Builtins.h"
#include "Inspect.h"
#include "kiln/RuntimeFunctions.h"

namespace kiln::rt {

void setProcessArgv(int argc, char **argv, const char *sourcePath);
int processExitCode();
void flushStdout();
void writeStderr(const std::string &text);
[[noreturn]] void exitProcess(int status);

// node's report of an uncaught exception, without the "file:line", source line and caret that
// precede it (kiln does not keep the source): for an error its inspect() (the stack) after a blank
// line, for any other value the value itself.
static void reportUncaughtException(Value exception) {
  std::string body;
  if (isString(exception)) {
    body = toUTF8(asString(exception));
  } else {
    Result<std::u16string> shown = inspect(exception);
    body = shown.isThrown() ? toUTF8(toStringNoRJS(exception)) : toUTF8(shown.value());
  }
  writeStderr(isCellOfKind(exception, CellKind::Error) ? "\n" + body + "\n" : body + "\n");
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
    reportUncaughtException(exception);
    status = 1;
  } else {
    status = processExitCode();
  }
  flushStdout();
  std::fflush(stdout);
  return status;
}
