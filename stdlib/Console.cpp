// The console object: log/info/debug/dirxml (stdout), error/warn/trace (stderr), group/groupEnd
// indentation, assert, count/countReset, dir, time/timeLog/timeEnd, table (ConsoleTable.cpp) and
// clear. Output goes through a buffer flushed at exit, when large, and
// before anything is written to stderr, so interleaved stdout/stderr keep node's order (node
// writes both synchronously to files, pipes and terminals).
#include "Builtins.h"
#include "Inspect.h"
#include "number/NumberConversions.h"

#include <double-conversion/double-conversion.h>

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <map>
#include <unistd.h>

namespace kiln::rt {

static std::string stdoutBuffer;
static std::string groupIndent;
static std::map<std::u16string, uint64_t> counts;
static std::map<std::u16string, uint64_t> timers;  // label -> start, in monotonic nanoseconds

// process.emitWarning with a message (Process.cpp): printed once the main module has finished.
Result<Value> emitProcessWarning(const std::string &message);

static void writeAll(int fd, const char *data, size_t size) {
  while (size) {
    ssize_t n = ::write(fd, data, size);
    if (n <= 0) return;
    data += n, size -= n;
  }
}

void flushStdout() {
  if (stdoutBuffer.empty()) return;
  writeAll(1, stdoutBuffer.data(), stdoutBuffer.size());
  stdoutBuffer.clear();
}

void writeStdout(const std::string &text) {
  stdoutBuffer += text;
  if (stdoutBuffer.size() > (64u << 10)) flushStdout();
}

void writeStderr(const std::string &text) {
  flushStdout();
  writeAll(2, text.data(), text.size());
}

// The table console.table logs, or its data when that is not an object (ConsoleTable.cpp).
Result<Value> consoleTableOutput(Value data, Value properties);

// Prefixes every line with the group indentation, then a newline.
static std::string indentLines(const std::string &text) {
  if (groupIndent.empty()) return text + "\n";
  std::string out = groupIndent;
  for (char c : text) {
    out.push_back(c);
    if (c == '\n') out += groupIndent;
  }
  return out + "\n";
}

static Result<Value> printTo(bool toStderr, const Value *args, uint32_t count) {
  std::u16string text = KILN_TRY(formatLogArguments(args, count));
  std::string line = indentLines(toUTF8(text));
  if (toStderr) writeStderr(line);
  else writeStdout(line);
  return ValueUndefined;
}

static Result<Value> consoleLog(const CallArgs &args) { return printTo(false, args.values, args.count); }
static Result<Value> consoleError(const CallArgs &args) { return printTo(true, args.values, args.count); }

static Result<Value> consoleTrace(const CallArgs &args) {
  std::u16string text = KILN_TRY(formatLogArguments(args.values, args.count));
  writeStderr(indentLines("Trace" + (text.empty() ? std::string() : ": " + toUTF8(text)) + "\n    at <anonymous>"));
  return ValueUndefined;
}

static Result<Value> consoleGroup(const CallArgs &args) {
  if (args.count) KILN_TRY(printTo(false, args.values, args.count));
  groupIndent += "  ";
  return ValueUndefined;
}

static Result<Value> consoleGroupEnd(const CallArgs &) {
  if (groupIndent.size() >= 2) groupIndent.resize(groupIndent.size() - 2);
  return ValueUndefined;
}

static Result<Value> consoleAssert(const CallArgs &args) {
  if (toBoolean(args[0])) return ValueUndefined;
  if (args.count <= 1) {
    writeStderr(indentLines("Assertion failed"));
    return ValueUndefined;
  }
  std::vector<Value> rest(args.values + 1, args.values + args.count);
  if (isString(rest[0])) {
    StringBuilder b;
    b.appendAscii("Assertion failed: ");
    b.append(asString(rest[0]));
    rest[0] = cellValue(b.build());
  } else {
    rest.insert(rest.begin(), stringValue("Assertion failed:"));
  }
  return printTo(true, rest.data(), static_cast<uint32_t>(rest.size()));
}

static Result<Value> consoleCount(const CallArgs &args) {
  String *label = isUndefined(args[0]) ? atoms.default_ : KILN_TRY(toString(args[0]));
  uint64_t n = ++counts[toUTF16(label)];
  writeStdout(indentLines(toUTF8(label) + ": " + std::to_string(n)));
  return ValueUndefined;
}

// node checks for the count with the label as given, before converting it to a string, so any
// label but a string (or none) is "missing".
static Result<Value> consoleCountReset(const CallArgs &args) {
  String *label = isUndefined(args[0]) ? atoms.default_ : KILN_TRY(toString(args[0]));
  auto it = counts.find(toUTF16(label));
  if (it == counts.end() || !(isUndefined(args[0]) || isString(args[0]))) {
    KILN_TRY(emitProcessWarning("Count for '" + toUTF8(label) + "' does not exist"));
    return ValueUndefined;
  }
  counts.erase(it);
  return ValueUndefined;
}

// ---- time, timeLog, timeEnd ----------------------------------------------------------------

static uint64_t monotonicNanoseconds() {
  timespec t;
  ::clock_gettime(CLOCK_MONOTONIC, &t);
  return uint64_t(t.tv_sec) * 1000000000u + uint64_t(t.tv_nsec);
}

static std::string toFixed3(double x) {
  char buffer[128];
  double_conversion::StringBuilder builder(buffer, sizeof buffer);
  double_conversion::DoubleToStringConverter::EcmaScriptConverter().ToFixed(x, 3, &builder);
  return builder.Finalize();
}

// node's formatTime: "1.234ms", "1.500s", "2:03.456 (m:ss.mmm)" or "1:02:03.456 (h:mm:ss.mmm)".
static std::string formatDuration(double ms) {
  double hours = 0, minutes = 0, seconds = 0;
  if (ms >= 1000) {
    if (ms >= 60000) {
      if (ms >= 3600000) {
        hours = std::floor(ms / 3600000);
        ms = std::fmod(ms, 3600000);
      }
      minutes = std::floor(ms / 60000);
      ms = std::fmod(ms, 60000);
    }
    seconds = ms / 1000;
  }
  auto pad = [](std::string s) { return s.size() < 2 ? std::string(2 - s.size(), '0') + s : s; };
  auto integer = [](double d) { return toUTF8(numberToString(d)); };
  if (hours != 0 || minutes != 0) {
    std::string fixed = toFixed3(seconds);
    size_t dot = fixed.find('.');
    std::string whole = fixed.substr(0, dot), fraction = fixed.substr(dot + 1);
    std::string head = hours != 0 ? integer(hours) + ":" + pad(integer(minutes)) : integer(minutes);
    return head + ":" + pad(whole) + "." + fraction + " (" + (hours != 0 ? "h:m" : "") + "m:ss.mmm)";
  }
  if (seconds != 0) return toFixed3(seconds) + "s";
  return toUTF8(numberToString(std::strtod(toFixed3(ms).c_str(), nullptr))) + "ms";
}

// The label as node takes it (`${label}`, 'default' when missing).
static Result<String *> timerLabel(const CallArgs &args) {
  if (isUndefined(args[0])) return atoms.default_;
  return toString(args[0]);
}

static Result<Value> consoleTime(const CallArgs &args) {
  String *label = KILN_TRY(timerLabel(args));
  std::u16string key = toUTF16(label);
  if (timers.count(key)) {
    KILN_TRY(emitProcessWarning("Label '" + toUTF8(label) + "' already exists for console.time()"));
    return ValueUndefined;
  }
  timers[key] = monotonicNanoseconds();
  return ValueUndefined;
}

// node's timeLogImpl: `label: duration` and the extra arguments, as console.log('%s: %s', ...).
static Result<bool> logTimer(const char *method, String *label, const Value *data, uint32_t count) {
  auto it = timers.find(toUTF16(label));
  if (it == timers.end()) {
    KILN_TRY(emitProcessWarning("No such label '" + toUTF8(label) + "' for console." + method + "()"));
    return false;
  }
  double ms = double(monotonicNanoseconds() - it->second) / 1e6;
  std::vector<Value> args = {stringValue("%s: %s"), cellValue(label), stringValue(formatDuration(ms).c_str())};
  args.insert(args.end(), data, data + count);
  KILN_TRY(printTo(false, args.data(), static_cast<uint32_t>(args.size())));
  return true;
}

static Result<Value> consoleTimeLog(const CallArgs &args) {
  String *label = KILN_TRY(timerLabel(args));
  KILN_TRY(logTimer("timeLog", label, args.count > 1 ? args.values + 1 : nullptr, args.count > 1 ? args.count - 1 : 0));
  return ValueUndefined;
}

static Result<Value> consoleTimeEnd(const CallArgs &args) {
  String *label = KILN_TRY(timerLabel(args));
  if (KILN_TRY(logTimer("timeEnd", label, nullptr, 0))) timers.erase(toUTF16(label));
  return ValueUndefined;
}

static Result<Value> consoleTable(const CallArgs &args) {
  Value output = KILN_TRY(consoleTableOutput(args[0], args[1]));
  return printTo(false, &output, 1);
}

// node clears only a terminal (cursor to the top left, then clear the screen below it).
static Result<Value> consoleClear(const CallArgs &) {
  const char *term = std::getenv("TERM");
  if (::isatty(1) && !(term && std::string(term) == "dumb")) writeStdout("\x1b[1;1H\x1b[0J");
  return ValueUndefined;
}

static Result<Value> consoleDir(const CallArgs &args) {
  std::u16string text = KILN_TRY(inspect(args[0]));
  writeStdout(indentLines(toUTF8(text)));
  return ValueUndefined;
}

void installConsole(Object *global) {
  Object *console = newObject(realm.objectPrototype);
  defineValue(global, "console", cellValue(console));
  defineMethods(console, {
                             KILN_METHOD("log", consoleLog, 0),
                             KILN_METHOD("info", consoleLog, 0),
                             KILN_METHOD("debug", consoleLog, 0),
                             KILN_METHOD("error", consoleError, 0),
                             KILN_METHOD("warn", consoleError, 0),
                             KILN_METHOD("trace", consoleTrace, 0),
                             KILN_METHOD("dir", consoleDir, 0),
                             KILN_METHOD("group", consoleGroup, 0),
                             KILN_METHOD("groupCollapsed", consoleGroup, 0),
                             KILN_METHOD("groupEnd", consoleGroupEnd, 0),
                             KILN_METHOD("assert", consoleAssert, 0),
                             KILN_METHOD("count", consoleCount, 0),
                             KILN_METHOD("countReset", consoleCountReset, 0),
                             KILN_METHOD("dirxml", consoleLog, 0),
                             KILN_METHOD("time", consoleTime, 0),
                             KILN_METHOD("timeEnd", consoleTimeEnd, 0),
                             KILN_METHOD("timeLog", consoleTimeLog, 0),
                             KILN_METHOD("clear", consoleClear, 0),
                             KILN_METHOD("table", consoleTable, 0),
                         });
}

}  // namespace kiln::rt
