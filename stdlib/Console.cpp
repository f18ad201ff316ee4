// The console object: log/info/debug (stdout), error/warn/trace (stderr), group/groupEnd
// indentation, assert, count, dir. Output goes through a buffer flushed at exit, when large, and
// before anything is written to stderr, so interleaved stdout/stderr keep node's order (node
// writes both synchronously to files, pipes and terminals).
#include "Builtins.h"
#include "Inspect.h"

#include <cstdio>
#include <map>
#include <unistd.h>

namespace kiln::rt {

static std::string stdoutBuffer;
static std::string groupIndent;
static std::map<std::u16string, uint64_t> counts;

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

static Result<Value> consoleCountReset(const CallArgs &args) {
  String *label = isUndefined(args[0]) ? atoms.default_ : KILN_TRY(toString(args[0]));
  counts[toUTF16(label)] = 0;
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
                         });
}

}  // namespace kiln::rt
