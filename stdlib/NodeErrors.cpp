// node's coded errors and system-call errors (see NodeErrors.h). The stack of a coded error is
// built as node builds it: with the name temporarily "TypeError [CODE]", so an uncaught one is
// reported under that heading, while `name` stays "TypeError".
#include "NodeErrors.h"

#include "Inspect.h"
#include "exception/StackTrace.h"

#include <cerrno>

namespace kiln::rt {

std::string inspectUTF8(Value v) {
  Result<std::u16string> shown = inspect(v);
  return shown.isThrown() ? toUTF8(toStringNoRJS(v)) : toUTF8(shown.value());
}

static Object *newNodeError(ErrorKind kind, const char *code, const std::string &message, bool frames) {
  Object *error = newError(kind, newStringFromUTF8(message));
  StringBuilder stack;
  stack.appendAscii(errorKindName(kind));
  stack.appendAscii(" [");
  stack.appendAscii(code);
  stack.appendAscii("]: ");
  stack.appendUTF8(message);
  if (String *captured = frames ? capturedStackFrames(error) : nullptr) stack.append(captured);
  defineOwnProperty(error, atoms.stack, cellValue(stack.build()), Writable | Configurable);
  defineValue(error, "code", stringValue(code), Writable | Enumerable | Configurable);
  return error;
}

ThrownTag throwNodeError(ErrorKind kind, const char *code, const std::string &message, bool frames) {
  return throwValue(cellValue(newNodeError(kind, code, message, frames)));
}

std::string describeReceived(Value actual) {
  if (isUndefined(actual)) return "undefined";
  if (isNull(actual)) return "null";
  if (isObject(actual) && isCallable(actual)) {
    Value name = getDataPropertyNoRJS(asObject(actual), keyFromAtom(atoms.name));
    return "function " + (isString(name) ? toUTF8(asString(name)) : std::string());
  }
  if (isObject(actual)) {
    Result<Value> ctor = getProperty(asObject(actual), keyFromAtom(atoms.constructor));
    if (!ctor.isThrown() && isObject(ctor.value())) {
      Result<Value> name = getProperty(asObject(ctor.value()), keyFromAtom(atoms.name));
      if (!name.isThrown() && isString(name.value()) && asString(name.value())->length)
        return "an instance of " + toUTF8(asString(name.value()));
    }
    InspectOptions options;
    options.depth = -1;
    Result<std::u16string> shown = inspect(actual, options);
    return shown.isThrown() ? "[Object]" : toUTF8(shown.value());
  }
  Result<std::u16string> shown = inspect(actual);
  std::u16string text = shown.isThrown() ? std::u16string() : shown.value();
  if (text.size() > 28) text = text.substr(0, 25) + u"...";
  std::string type = isString(actual) ? "string" : isNumber(actual) ? "number" : isBoolean(actual) ? "boolean"
                     : isSymbol(actual) ? "symbol" : "bigint";
  return "type " + type + " (" + toUTF8(text) + ")";
}

ThrownTag throwInvalidArgType(const char *name, const char *expected, Value actual, bool property) {
  return throwNodeError(ErrorKind::TypeError, "ERR_INVALID_ARG_TYPE",
                        std::string("The \"") + name + "\" " + (property ? "property" : "argument") + " must be " +
                            expected + ". Received " + describeReceived(actual));
}

ThrownTag throwOutOfRange(const char *name, const char *range, const std::string &shown) {
  return throwNodeError(ErrorKind::RangeError, "ERR_OUT_OF_RANGE",
                        std::string("The value of \"") + name + "\" is out of range. It must be " + range +
                            ". Received " + shown);
}

const char *errnoName(int error) {
  switch (error) {
  case EPERM: return "EPERM";
  case ENOENT: return "ENOENT";
  case ESRCH: return "ESRCH";
  case EACCES: return "EACCES";
  case ENOTDIR: return "ENOTDIR";
  case EINVAL: return "EINVAL";
  case ELOOP: return "ELOOP";
  case ENAMETOOLONG: return "ENAMETOOLONG";
  case EIO: return "EIO";
  case ENOMEM: return "ENOMEM";
  default: return "EUNKNOWN";
  }
}

const char *errnoDescription(int error) {
  switch (error) {
  case EPERM: return "operation not permitted";
  case ENOENT: return "no such file or directory";
  case ESRCH: return "no such process";
  case EACCES: return "permission denied";
  case ENOTDIR: return "not a directory";
  case EINVAL: return "invalid argument";
  case ELOOP: return "too many symbolic links encountered";
  case ENAMETOOLONG: return "name too long";
  case EIO: return "i/o error";
  case ENOMEM: return "not enough memory";
  default: return "unknown error";
  }
}

ThrownTag throwErrnoError(const char *syscall, int error) {
  Object *e = newError(ErrorKind::Error, newStringFromUTF8(std::string(syscall) + " " + errnoName(error)));
  defineValue(e, "errno", int32Value(-error), Writable | Enumerable | Configurable);
  defineValue(e, "code", stringValue(errnoName(error)), Writable | Enumerable | Configurable);
  defineValue(e, "syscall", stringValue(syscall), Writable | Enumerable | Configurable);
  return throwValue(cellValue(e));
}

}  // namespace kiln::rt
