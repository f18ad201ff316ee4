// The process object: argv, env, exit/exitCode, platform, cwd, stdout/stderr.write. kiln_main
// fills in argv once it knows the command line (setProcessArgv).
#include "Builtins.h"
#include "number/NumberConversions.h"

#include <climits>
#include <cstdlib>
#include <unistd.h>

extern char **environ;

namespace kiln::rt {

void flushStdout();
void writeStdout(const std::string &text);
void writeStderr(const std::string &text);

static Object *processObject;

Object *process() { return processObject; }

void setProcessArgv(int argc, char **argv, const char *sourcePath) {
  Array *array = newArray(0);
  char exe[PATH_MAX];
  ssize_t n = ::readlink("/proc/self/exe", exe, sizeof exe - 1);
  std::string execPath = n > 0 ? std::string(exe, n) : std::string(argc > 0 ? argv[0] : "kiln");
  arrayPush(array, cellValue(newStringFromUTF8(execPath)));
  arrayPush(array, cellValue(newStringFromUTF8(sourcePath ? sourcePath : "")));
  for (int i = 1; i < argc; ++i) arrayPush(array, cellValue(newStringFromUTF8(argv[i])));
  defineValue(processObject, "argv", cellValue(array), DefaultAttributes);
  defineValue(processObject, "execPath", cellValue(newStringFromUTF8(execPath)), DefaultAttributes);
  defineValue(processObject, "argv0", cellValue(newStringFromUTF8(argc > 0 ? argv[0] : "")), DefaultAttributes);
}

// process.exitCode as an exit status (0 when unset or not a number).
int processExitCode() {
  Value code = getDataPropertyNoRJS(processObject, keyFromAtom(atoms.exitCode));
  if (code == ValueEmpty || isUndefined(code)) return 0;
  Result<double> n = toNumber(code);
  if (n.isThrown()) return 0;
  return static_cast<int>(doubleToInt32(n.value()));
}

[[noreturn]] void exitProcess(int status) {
  flushStdout();
  std::fflush(stdout);
  std::_Exit(status);
}

static Result<Value> processExit(const CallArgs &args) {
  if (!isUndefined(args[0])) KILN_TRY(setProperty(processObject, keyFromAtom(atoms.exitCode), args[0], cellValue(processObject), false));
  exitProcess(processExitCode());
}

static Result<Value> processCwd(const CallArgs &) {
  char buffer[PATH_MAX];
  if (!::getcwd(buffer, sizeof buffer)) return cellValue(atoms.empty);
  return stringValue(buffer);
}

template <bool Stderr>
static Result<Value> streamWrite(const CallArgs &args) {
  String *s = KILN_TRY(toString(args[0]));
  if (Stderr) writeStderr(toUTF8(s));
  else writeStdout(toUTF8(s));
  return ValueTrue;
}

void installProcess(Object *global) {
  processObject = newObject(realm.objectPrototype);
  defineValue(global, "process", cellValue(processObject));
  Object *env = newObject(realm.objectPrototype);
  for (char **e = environ; e && *e; ++e) {
    const char *eq = std::strchr(*e, '=');
    if (!eq) continue;
    String *name = newStringFromUTF8(*e, eq - *e);
    defineOwnProperty(env, keyFromString(name), cellValue(newStringFromUTF8(eq + 1)));
  }
  defineValue(processObject, "env", cellValue(env), DefaultAttributes);
  defineValue(processObject, "argv", cellValue(newArray(0)), DefaultAttributes);
  defineValue(processObject, "platform", stringValue("linux"), DefaultAttributes);
  defineValue(processObject, "pid", int32Value(static_cast<int32_t>(::getpid())), DefaultAttributes);
  defineValue(processObject, "exitCode", ValueUndefined, DefaultAttributes);
  defineMethods(processObject, {
                                   KILN_METHOD("exit", processExit, 1),
                                   KILN_METHOD("cwd", processCwd, 0),
                               });
  for (int k = 0; k < 2; ++k) {
    Object *stream = newObject(realm.objectPrototype);
    defineValue(processObject, k ? "stderr" : "stdout", cellValue(stream), DefaultAttributes);
    defineMethods(stream, {k ? KILN_METHOD("write", streamWrite<true>, 1) : KILN_METHOD("write", streamWrite<false>, 1)});
    defineValue(stream, "isTTY", boolValue(::isatty(k ? 2 : 1)), DefaultAttributes);
  }
}

}  // namespace kiln::rt
