// The process object: argv, env, exit/exitCode, platform, cwd, stdout/stderr.write, and the
// members that need no event loop: version/versions/release/arch/title/ppid/execArgv, uptime,
// hrtime, memoryUsage, cpuUsage, credentials, umask, kill, abort, chdir and emitWarning. kiln_main
// fills in argv once it knows the command line (setProcessArgv).
//
// Versions: a program (or a library it bundles) reads process.version / versions.node to check
// that the runtime offers the node API it needs, so they report the node release whose behaviour
// kiln reproduces and is tested against (20.20.2); versions.kiln says what is really running,
// and there is no v8, uv, openssl... entry because there is none of them. release.name is
// 'node' (the API family, as other node-compatible runtimes report it), without the source and
// headers URLs, which are for building native addons.
//
// Warnings: node prints them on the next tick, so after the main module has finished, and not at
// all when the program exits first (process.exit or an uncaught exception). kiln has no event
// loop: they wait in a queue that processExitCode(), called when the main module returns,
// prints.
#include "Builtins.h"
#include "Inspect.h"
#include "NodeErrors.h"
#include "heap/Heap.h"
#include "number/BigInt.h"
#include "number/NumberConversions.h"


#include <algorithm>
#include <cerrno>
#include <climits>
#include <csignal>
#include <cstdlib>
#include <ctime>
#include <fstream>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

extern char **environ;

namespace kiln::rt {

void flushStdout();
void writeStdout(const std::string &text);
void writeStderr(const std::string &text);

static Object *processObject;
static std::vector<std::string> pendingWarnings;
static bool traceWarningHintShown;
static uint64_t startNanoseconds;

static constexpr const char *NodeVersion = "20.20.2";  // the node kiln reproduces (see above)
static constexpr const char *KilnVersion = "0.1.0";

static uint64_t monotonicNanoseconds() {
  timespec t;
  ::clock_gettime(CLOCK_MONOTONIC, &t);
  return uint64_t(t.tv_sec) * 1000000000u + uint64_t(t.tv_nsec);
}

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
  // node's title is the command it was started as (argv[0]); assigning it does not rename the
  // process here.
  defineValue(processObject, "title", cellValue(newStringFromUTF8(argc > 0 ? argv[0] : "")), DefaultAttributes);
}

// The main module has returned: node's next tick would print the pending warnings now.
static void printPendingWarnings() {
  for (const std::string &warning : pendingWarnings) writeStderr(warning);
  pendingWarnings.clear();
}

// process.exitCode as an exit status (0 when unset or not a number).
static int exitCodeStatus() {
  Value code = getDataPropertyNoRJS(processObject, keyFromAtom(atoms.exitCode));
  if (code == ValueEmpty || isUndefined(code)) return 0;
  Result<double> n = toNumber(code);
  if (n.isThrown()) return 0;
  return static_cast<int>(doubleToInt32(n.value()));
}

// Called by kiln_main when the main module has returned normally: what node does before exiting
// (the pending warnings), then the exit status.
int processExitCode() {
  printPendingWarnings();
  return exitCodeStatus();
}

[[noreturn]] void exitProcess(int status) {
  flushStdout();
  std::fflush(stdout);
  std::_Exit(status);
}

static Result<Value> processExit(const CallArgs &args) {
  if (!isUndefined(args[0])) KILN_TRY(setProperty(processObject, keyFromAtom(atoms.exitCode), args[0], cellValue(processObject), false));
  exitProcess(exitCodeStatus());
}

static Result<Value> processCwd(const CallArgs &) {
  char buffer[PATH_MAX];
  if (!::getcwd(buffer, sizeof buffer)) return cellValue(atoms.empty);
  return stringValue(buffer);
}

// ---- Clocks and resources ------------------------------------------------------------------

static Result<Value> processUptime(const CallArgs &) {
  return numberValue(double(monotonicNanoseconds() - startNanoseconds) / 1e9);
}

static Result<Value> processHrtime(const CallArgs &args) {
  uint64_t now = monotonicNanoseconds();
  double seconds = double(now / 1000000000u), nanoseconds = double(now % 1000000000u);
  if (!isUndefined(args[0])) {
    if (!isArray(args[0])) return throwInvalidArgType("time", "an instance of Array", args[0]);
    double length = KILN_TRY(toNumber(KILN_TRY(getValueProperty(args[0], keyFromAtom(atoms.length)))));
    if (length != 2) return throwOutOfRange("time", "2", toUTF8(numberToString(length)));
    seconds -= KILN_TRY(toNumber(KILN_TRY(getValueProperty(args[0], PropertyKey::fromIndex(0)))));
    nanoseconds -= KILN_TRY(toNumber(KILN_TRY(getValueProperty(args[0], PropertyKey::fromIndex(1)))));
    if (nanoseconds < 0) seconds -= 1, nanoseconds += 1e9;
  }
  Array *result = newArray(0);
  arrayPush(result, numberValue(seconds));
  arrayPush(result, numberValue(nanoseconds));
  return cellValue(result);
}

static Result<Value> processHrtimeBigInt(const CallArgs &) {
  return cellValue(bigintFromInt64(static_cast<int64_t>(monotonicNanoseconds())));
}

static double residentSetSize() {
  std::ifstream statm("/proc/self/statm");
  uint64_t size = 0, resident = 0;
  if (statm >> size >> resident) return double(resident) * double(::sysconf(_SC_PAGESIZE));
  rusage usage;
  ::getrusage(RUSAGE_SELF, &usage);
  return double(usage.ru_maxrss) * 1024;  // the peak: the best getrusage knows
}

static Result<Value> processMemoryUsageRss(const CallArgs &) { return numberValue(residentSetSize()); }

// heapTotal / heapUsed: the collector's heap and the part of it not free (node reports V8's).
// kiln has no ArrayBuffers and no memory held outside the heap for JavaScript objects.
static Result<Value> processMemoryUsage(const CallArgs &) {
  Object *usage = newObject(realm.objectPrototype);
  HeapStatistics heap = heapStatistics();
  defineValue(usage, "rss", numberValue(residentSetSize()), DefaultAttributes);
  defineValue(usage, "heapTotal", numberValue(double(heap.total)), DefaultAttributes);
  defineValue(usage, "heapUsed", numberValue(double(heap.used)), DefaultAttributes);
  defineValue(usage, "external", int32Value(0), DefaultAttributes);
  defineValue(usage, "arrayBuffers", int32Value(0), DefaultAttributes);
  return cellValue(usage);
}

// A previous cpuUsage() value's field: a number from 0 to 2^53 - 1 (node's previousValueIsValid).
static Result<double> previousCpuValue(Value previous, const char *field, const char *path) {
  Value v = KILN_TRY(getValueProperty(previous, keyFromString(internUTF8(field))));
  if (isNumber(v) && asNumber(v) >= 0 && asNumber(v) <= 9007199254740991.0) return asNumber(v);
  if (std::string(field) == "user" && (!isObject(previous) || isArray(previous) || isCallable(previous)))
    return throwInvalidArgType("prevValue", "of type object", previous);
  if (!isNumber(v)) return throwInvalidArgType(path, "of type number", v, true);
  return throwNodeError(ErrorKind::RangeError, "ERR_INVALID_ARG_VALUE",
                        std::string("The property '") + path + "' is invalid. Received " + inspectUTF8(v));
}

static Result<Value> processCpuUsage(const CallArgs &args) {
  double previousUser = 0, previousSystem = 0;
  if (toBoolean(args[0])) {
    previousUser = KILN_TRY(previousCpuValue(args[0], "user", "prevValue.user"));
    previousSystem = KILN_TRY(previousCpuValue(args[0], "system", "prevValue.system"));
  }
  rusage usage;
  ::getrusage(RUSAGE_SELF, &usage);
  auto micros = [](const timeval &t) { return double(t.tv_sec) * 1e6 + double(t.tv_usec); };
  Object *result = newObject(realm.objectPrototype);
  defineValue(result, "user", numberValue(micros(usage.ru_utime) - previousUser), DefaultAttributes);
  defineValue(result, "system", numberValue(micros(usage.ru_stime) - previousSystem), DefaultAttributes);
  return cellValue(result);
}

// ---- Credentials, umask, signals, directory -------------------------------------------------

template <unsigned (*Get)()>
static Result<Value> credential(const CallArgs &) {
  return numberValue(double(Get()));
}
static unsigned getUid() { return ::getuid(); }
static unsigned getEuid() { return ::geteuid(); }
static unsigned getGid() { return ::getgid(); }
static unsigned getEgid() { return ::getegid(); }

// node appends the effective group when the supplementary groups do not include it.
static Result<Value> processGetgroups(const CallArgs &) {
  int count = ::getgroups(0, nullptr);
  std::vector<gid_t> groups(count > 0 ? count : 0);
  count = ::getgroups(static_cast<int>(groups.size()), groups.data());
  groups.resize(count > 0 ? count : 0);
  gid_t egid = ::getegid();
  if (std::find(groups.begin(), groups.end(), egid) == groups.end()) groups.push_back(egid);
  Array *result = newArray(0);
  for (gid_t g : groups) arrayPush(result, numberValue(double(g)));
  return cellValue(result);
}

// node's ERR_OUT_OF_RANGE shows integers beyond 2^32 with '_' between groups of three digits.
static std::string shownForRange(double d) {
  std::string text = toUTF8(numberToString(d));
  if (std::trunc(d) != d || std::fabs(d) <= 4294967296.0 || text.find('e') != std::string::npos) return text;
  std::string out;
  size_t start = text[0] == '-' ? 1 : 0;
  for (size_t i = start; i < text.size(); ++i) {
    if (i > start && (text.size() - i) % 3 == 0) out.push_back('_');
    out.push_back(text[i]);
  }
  return text.substr(0, start) + out;
}

// umask([mask]): mask is a 32-bit unsigned integer or an octal string (node's parseFileMode).
static Result<Value> processUmask(const CallArgs &args) {
  if (isUndefined(args[0])) {
    mode_t current = ::umask(0);
    ::umask(current);
    return numberValue(double(current));
  }
  Value mask = isNull(args[0]) ? ValueUndefined : args[0];  // parseFileMode's `value ??= undefined`
  if (isString(mask)) {
    std::string text = toUTF8(asString(mask));
    if (text.empty() || text.find_first_not_of("01234567") != std::string::npos)
      return throwNodeError(ErrorKind::TypeError, "ERR_INVALID_ARG_VALUE",
                            "The argument 'mask' must be a 32-bit unsigned integer or an octal string. Received " +
                                inspectUTF8(mask),
                            false);
    mask = numberValue(double(std::strtoull(text.c_str(), nullptr, 8)));
  }
  if (!isNumber(mask)) return throwInvalidArgType("mask", "of type number", mask);
  double d = asNumber(mask);
  if (!std::isfinite(d) || std::trunc(d) != d) return throwOutOfRange("mask", "an integer", shownForRange(d));
  if (d < 0 || d > 4294967295.0) return throwOutOfRange("mask", ">= 0 && <= 4294967295", shownForRange(d));
  return numberValue(double(::umask(static_cast<mode_t>(static_cast<uint32_t>(d)))));
}

// os.constants.signals on Linux, the names process.kill accepts.
static const struct {
  const char *name;
  int number;
} signalNames[] = {
    {"SIGHUP", SIGHUP},   {"SIGINT", SIGINT},       {"SIGQUIT", SIGQUIT},   {"SIGILL", SIGILL},
    {"SIGTRAP", SIGTRAP}, {"SIGABRT", SIGABRT},     {"SIGIOT", SIGIOT},     {"SIGBUS", SIGBUS},
    {"SIGFPE", SIGFPE},   {"SIGKILL", SIGKILL},     {"SIGUSR1", SIGUSR1},   {"SIGSEGV", SIGSEGV},
    {"SIGUSR2", SIGUSR2}, {"SIGPIPE", SIGPIPE},     {"SIGALRM", SIGALRM},   {"SIGTERM", SIGTERM},
    {"SIGCHLD", SIGCHLD},
#ifdef SIGSTKFLT
    {"SIGSTKFLT", SIGSTKFLT},
#endif
    {"SIGCONT", SIGCONT}, {"SIGSTOP", SIGSTOP},     {"SIGTSTP", SIGTSTP},   {"SIGTTIN", SIGTTIN},
    {"SIGTTOU", SIGTTOU}, {"SIGURG", SIGURG},       {"SIGXCPU", SIGXCPU},   {"SIGXFSZ", SIGXFSZ},
    {"SIGVTALRM", SIGVTALRM}, {"SIGPROF", SIGPROF}, {"SIGWINCH", SIGWINCH}, {"SIGIO", SIGIO},
    {"SIGPOLL", SIGPOLL}, {"SIGPWR", SIGPWR},       {"SIGSYS", SIGSYS},
};

// kill(pid[, signal]): pid must equal pid | 0; a signal is an int32 or a name (default SIGTERM).
static Result<Value> processKill(const CallArgs &args) {
  Value pid = args[0];
  double pidNumber = isNullish(pid) ? NAN : KILN_TRY(toNumber(pid));
  if (pidNumber != double(doubleToInt32(pidNumber))) return throwInvalidArgType("pid", "of type number", pid);
  Value signal = args[1];
  int signalNumber = -1;
  if (isNumber(signal) && asNumber(signal) == double(doubleToInt32(asNumber(signal)))) {
    signalNumber = doubleToInt32(asNumber(signal));
  } else {
    if (!toBoolean(signal)) signal = stringValue("SIGTERM");
    if (isString(signal)) {
      std::string name = toUTF8(asString(signal));
      for (const auto &s : signalNames)
        if (name == s.name) signalNumber = s.number;
    }
    if (signalNumber < 0) {
      Value parts[] = {stringValue("Unknown signal: %s"), signal};
      std::u16string message = KILN_TRY(formatLogArguments(parts, 2));
      return throwNodeError(ErrorKind::TypeError, "ERR_UNKNOWN_SIGNAL", toUTF8(message));
    }
  }
  flushStdout();  // node has written everything by now; the signal may end this process
  if (::kill(static_cast<pid_t>(doubleToInt32(pidNumber)), signalNumber) != 0) return throwErrnoError("kill", errno);
  return ValueTrue;
}

// node's abort prints its native and JavaScript stack traces, then raises SIGABRT.
static Result<Value> processAbort(const CallArgs &) {
  flushStdout();
  writeStderr("----- Native stack trace -----\n\n");
  std::abort();
}

static Result<Value> processChdir(const CallArgs &args) {
  if (!isString(args[0])) return throwInvalidArgType("directory", "of type string", args[0]);
  std::string directory = toUTF8(asString(args[0]));
  char before[PATH_MAX];
  if (!::getcwd(before, sizeof before)) before[0] = 0;
  if (::chdir(directory.c_str()) == 0) return ValueUndefined;
  int error = errno;
  std::string message = std::string(errnoName(error)) + ": " + errnoDescription(error) + ", chdir '" + before +
                        "' -> '" + directory + "'";
  Object *e = newError(ErrorKind::Error, newStringFromUTF8(message));
  defineValue(e, "errno", int32Value(-error), DefaultAttributes);
  defineValue(e, "code", stringValue(errnoName(error)), DefaultAttributes);
  defineValue(e, "syscall", stringValue("chdir"), DefaultAttributes);
  defineValue(e, "path", stringValue(before), DefaultAttributes);
  defineValue(e, "dest", cellValue(asString(args[0])), DefaultAttributes);
  return throwValue(cellValue(e));
}

// ---- emitWarning ---------------------------------------------------------------------------

// emitWarning(warning[, type[, code]]) or emitWarning(warning, {type, code, detail}): validated
// now, printed as node's onWarning prints it when the main module has finished.
static Result<Value> processEmitWarning(const CallArgs &args) {
  Value type = args[1], code = args[2], detail = ValueUndefined;
  if (isObject(type) && !isArray(type) && !isCallable(type)) {
    Value options = type;
    code = KILN_TRY(getValueProperty(options, keyFromString(internUTF8("code"))));
    Value d = KILN_TRY(getValueProperty(options, keyFromString(internUTF8("detail"))));
    if (isString(d)) detail = d;
    type = KILN_TRY(getValueProperty(options, keyFromString(internUTF8("type"))));
    if (!toBoolean(type)) type = stringValue("Warning");
  } else if (isCallable(type)) {
    type = stringValue("Warning");
    code = ValueUndefined;
  }
  if (!isUndefined(type) && !isString(type)) return throwInvalidArgType("type", "of type string", type);
  if (isCallable(code)) code = ValueUndefined;
  else if (!isUndefined(code) && !isString(code)) return throwInvalidArgType("code", "of type string", code);

  Value warning = args[0];
  if (isString(warning)) {
    Object *error = newError(ErrorKind::Error, asString(warning));
    String *name = toBoolean(type) ? asString(type) : newStringFromUTF8("Warning");
    defineOwnProperty(error, atoms.name, cellValue(name), Writable | Enumerable | Configurable);
    if (!isUndefined(code)) defineValue(error, "code", code, DefaultAttributes);
    if (!isUndefined(detail)) defineValue(error, "detail", detail, DefaultAttributes);
    warning = cellValue(error);
  } else if (!isCellOfKind(warning, CellKind::Error)) {
    return throwInvalidArgType("warning", "of type string or an instance of Error", warning);
  }
  Value name = KILN_TRY(getValueProperty(warning, keyFromAtom(atoms.name)));
  bool deprecation = isString(name) && toUTF8(asString(name)) == "DeprecationWarning";
  if (deprecation) {
    if (toBoolean(KILN_TRY(getValueProperty(cellValue(processObject), keyFromString(internUTF8("noDeprecation"))))))
      return ValueUndefined;
    if (toBoolean(KILN_TRY(getValueProperty(cellValue(processObject), keyFromString(internUTF8("throwDeprecation"))))))
      return throwValue(warning);
  }

  std::string text = "(node:" + std::to_string(::getpid()) + ") ";
  Value warningCode = KILN_TRY(getValueProperty(warning, keyFromString(internUTF8("code"))));
  if (toBoolean(warningCode)) text += "[" + toUTF8(KILN_TRY(toString(warningCode))) + "] ";
  Value toStringMethod = KILN_TRY(getValueProperty(warning, keyFromAtom(atoms.toString)));
  Value shown = isCallable(toStringMethod) ? KILN_TRY(call(toStringMethod, warning, nullptr, 0)) : warning;
  text += toUTF8(KILN_TRY(toString(shown)));
  Value warningDetail = KILN_TRY(getValueProperty(warning, keyFromString(internUTF8("detail"))));
  if (isString(warningDetail)) text += "\n" + toUTF8(asString(warningDetail));
  if (!traceWarningHintShown) {
    text += std::string("\n(Use `node ") + (deprecation ? "--trace-deprecation" : "--trace-warnings") +
            " ...` to show where the warning was created)";
    traceWarningHintShown = true;
  }
  pendingWarnings.push_back(text + "\n");
  return ValueUndefined;
}

// For console.time and friends (Console.cpp), which warn through process.emitWarning.
Result<Value> emitProcessWarning(const std::string &message) {
  Value warning = stringValue(message.c_str());
  return processEmitWarning(CallArgs{ValueUndefined, cellValue(processObject), ValueUndefined, &warning, 1});
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
  startNanoseconds = monotonicNanoseconds();
  defineValue(processObject, "version", stringValue((std::string("v") + NodeVersion).c_str()), Enumerable | Configurable);
  Object *versions = newObject(realm.objectPrototype);
  defineValue(versions, "node", stringValue(NodeVersion), Enumerable | Configurable);
  defineValue(versions, "kiln", stringValue(KilnVersion), Enumerable | Configurable);
  defineValue(processObject, "versions", cellValue(versions), Enumerable | Configurable);
  Object *release = newObject(realm.objectPrototype);
  defineValue(release, "name", stringValue("node"), DefaultAttributes);
  defineValue(processObject, "release", cellValue(release), DefaultAttributes);
#if defined(__x86_64__)
  const char *arch = "x64";
#elif defined(__aarch64__)
  const char *arch = "arm64";
#elif defined(__arm__)
  const char *arch = "arm";
#elif defined(__i386__)
  const char *arch = "ia32";
#elif defined(__riscv) && __riscv_xlen == 64
  const char *arch = "riscv64";
#else
#error "process.arch: unknown architecture"
#endif
  defineValue(processObject, "arch", stringValue(arch), Enumerable | Configurable);
  defineValue(processObject, "title", stringValue("kiln"), DefaultAttributes);
  defineValue(processObject, "ppid", numberValue(double(::getppid())), DefaultAttributes);
  defineValue(processObject, "execArgv", cellValue(newArray(0)), DefaultAttributes);
  // node's process methods are plain enumerable properties, some under their function's own name.
  struct ProcessMethod {
    const char *key;
    MethodSpec spec;
  };
  const ProcessMethod methods[] = {
      {"exit", KILN_METHOD("exit", processExit, 1)},
      {"cwd", KILN_METHOD("wrappedCwd", processCwd, 0)},
      {"uptime", KILN_METHOD("uptime", processUptime, 0)},
      {"hrtime", KILN_METHOD("hrtime", processHrtime, 1)},
      {"memoryUsage", KILN_METHOD("memoryUsage", processMemoryUsage, 0)},
      {"cpuUsage", KILN_METHOD("cpuUsage", processCpuUsage, 1)},
      {"getuid", KILN_METHOD("getuid", credential<getUid>, 0)},
      {"geteuid", KILN_METHOD("geteuid", credential<getEuid>, 0)},
      {"getgid", KILN_METHOD("getgid", credential<getGid>, 0)},
      {"getegid", KILN_METHOD("getegid", credential<getEgid>, 0)},
      {"getgroups", KILN_METHOD("getgroups", processGetgroups, 0)},
      {"umask", KILN_METHOD("wrappedUmask", processUmask, 1)},
      {"kill", KILN_METHOD("kill", processKill, 2)},
      {"abort", KILN_METHOD("abort", processAbort, 0)},
      {"chdir", KILN_METHOD("wrappedChdir", processChdir, 1)},
      {"emitWarning", KILN_METHOD("emitWarning", processEmitWarning, 4)},
  };
  for (const ProcessMethod &m : methods)
    defineValue(processObject, m.key, cellValue(newNativeFunction(m.spec.code, internUTF8(m.spec.name), m.spec.length)),
                DefaultAttributes);
  Object *hrtime = asObject(getDataPropertyNoRJS(processObject, keyFromString(internUTF8("hrtime"))));
  // node's function is named hrtimeBigInt.
  defineValue(hrtime, "bigint", cellValue(newNativeFunction(&nativeEntry<processHrtimeBigInt>, internUTF8("hrtimeBigInt"), 0)));
  Object *memoryUsage = asObject(getDataPropertyNoRJS(processObject, keyFromString(internUTF8("memoryUsage"))));
  defineMethods(memoryUsage, {KILN_METHOD("rss", processMemoryUsageRss, 0)});
  for (int k = 0; k < 2; ++k) {
    Object *stream = newObject(realm.objectPrototype);
    defineValue(processObject, k ? "stderr" : "stdout", cellValue(stream), DefaultAttributes);
    defineMethods(stream, {k ? KILN_METHOD("write", streamWrite<true>, 1) : KILN_METHOD("write", streamWrite<false>, 1)});
    defineValue(stream, "isTTY", boolValue(::isatty(k ? 2 : 1)), DefaultAttributes);
  }
}

}  // namespace kiln::rt
