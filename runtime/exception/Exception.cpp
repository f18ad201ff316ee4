// The pending exception, the throw entry points, and error objects of the built-in kinds.
//
// An error's `stack` is "Name: message" followed by the frames captured when the error was created
// (exception/StackTrace.h).
#include "exception/Result.h"
#include "exception/StackTrace.h"
#include "heap/Heap.h"
#include "kiln/RuntimeFunctions.h"
#include "object/Realm.h"
#include "ops/Conversions.h"

#include <cstdarg>
#include <cstdio>

namespace kiln::rt {

Value pendingException = ValueUndefined;
uint32_t lastThrowLine, lastThrowColumn;

const char *errorKindName(ErrorKind kind) {
  static const char *const names[] = {"Error",       "TypeError", "RangeError", "ReferenceError",
                                      "SyntaxError", "EvalError", "URIError"};
  return names[static_cast<int>(kind)];
}

String *errorStackString(Object *error) {
  Value name = getDataPropertyNoRJS(error, keyFromAtom(atoms.name));
  Value message = getDataPropertyNoRJS(error, keyFromAtom(atoms.message));
  String *nameString = name == ValueEmpty || isUndefined(name) ? atoms.Error : toStringNoRJS(name);
  String *messageString = message == ValueEmpty || isUndefined(message) ? atoms.empty : toStringNoRJS(message);
  StringBuilder b;
  b.append(nameString);
  if (nameString->length && messageString->length) b.appendAscii(": ");
  b.append(messageString);
  if (String *frames = capturedStackFrames(error)) b.append(frames);
  return b.build();
}

// `stack` is formatted lazily, as V8 does: the property starts as a shared accessor whose getter
// computes "Name: message" from the error's name and message at the first read (so a subclass
// constructor that sets this.name after super() is reported under that name) and replaces
// itself with a plain data property. Nothing about it shows in enumeration or inspect.
static uint64_t lazyStackGetter(uint64_t, uint64_t thisValue, const uint64_t *, uint32_t, uint64_t) {
  if (!isObject(thisValue)) return ValueUndefined;
  Value stack = cellValue(errorStackString(asObject(thisValue)));
  defineOwnProperty(asObject(thisValue), atoms.stack, stack, Writable | Configurable);
  return stack;
}

static uint64_t lazyStackSetter(uint64_t, uint64_t thisValue, const uint64_t *args, uint32_t argc, uint64_t) {
  if (isObject(thisValue))
    defineOwnProperty(asObject(thisValue), atoms.stack, argc ? args[0] : ValueUndefined, Writable | Configurable);
  return ValueUndefined;
}

void defineLazyStack(Object *error) {
  static Accessor *lazyStack;
  if (!lazyStack) {
    lazyStack = allocateCell<Accessor>(CellKind::Accessor);
    lazyStack->getter = cellValue(newNativeFunction(lazyStackGetter, atoms.stack, 0));
    lazyStack->setter = cellValue(newNativeFunction(lazyStackSetter, atoms.stack, 1));
  }
  defineOwnProperty(error, atoms.stack, cellValue(lazyStack), AccessorProperty | Configurable);
}

// Fills in `stack` and `message` of a new error object (the caller chose its prototype); the
// frames above and including `constructor`'s are left out of the stack.
void initializeError(Object *error, Value message, Value constructor) {
  captureStackFrames(error, constructor);
  defineLazyStack(error);
  if (!isUndefined(message)) defineOwnProperty(error, atoms.message, message, Writable | Configurable);
}

Object *newError(ErrorKind kind, String *message) {
  Object *error = newObjectOfKind(CellKind::Error, sizeof(Object), realm.errorPrototype[static_cast<int>(kind)]);
  initializeError(error, cellValue(message), ValueUndefined);
  return error;
}

ThrownTag throwError(ErrorKind kind, const char *format, ...) {
  char buffer[512];
  va_list args;
  va_start(args, format);
  int n = std::vsnprintf(buffer, sizeof buffer, format, args);
  va_end(args);
  std::string message;
  if (n < static_cast<int>(sizeof buffer)) {
    message.assign(buffer, n < 0 ? 0 : n);
  } else {
    message.resize(n + 1);
    va_start(args, format);
    std::vsnprintf(message.data(), message.size(), format, args);
    va_end(args);
    message.resize(n);
  }
  return throwValue(cellValue(newError(kind, newStringFromUTF8(message))));
}

static ErrorKind errorKindFromName(const char *name) {
  for (int k = 0; k < 7; ++k)
    if (std::strcmp(name, errorKindName(static_cast<ErrorKind>(k))) == 0) return static_cast<ErrorKind>(k);
  return ErrorKind::Error;
}

}  // namespace kiln::rt

using namespace kiln::rt;

extern "C" uint64_t kiln_throw(uint64_t value) {
  pendingException = value;
  return ValueException;
}

extern "C" uint64_t kiln_take_exception() {
  Value value = pendingException;
  pendingException = ValueUndefined;
  kiln::rt::exceptionTrace.exception = ValueEmpty; // caught: a rethrow starts a new trace
  return value;
}

namespace kiln::rt {
ExceptionTrace exceptionTrace;
}

extern "C" void kiln_exception_site(uint32_t line, uint32_t column, void *sourceLine) {
  ExceptionTrace &trace = kiln::rt::exceptionTrace;
  if (trace.exception != pendingException) {
    // The first site that sees this exception: where it was thrown.
    trace.exception = pendingException;
    trace.line = line;
    trace.column = column;
    trace.sourceLine = static_cast<const char *>(sourceLine);
  }
}

extern "C" uint64_t kiln_throw_error(void *kindName, void *message) {
  ErrorKind kind = errorKindFromName(static_cast<const char *>(kindName));
  throwError(kind, "%s", static_cast<const char *>(message));
  return ValueException;
}

extern "C" uint64_t kiln_throw_tdz_error(uint64_t name) {
  std::string text = toUTF8(toStringNoRJS(name));
  throwReferenceError("Cannot access '%s' before initialization", text.c_str());
  return ValueException;
}

extern "C" uint64_t kiln_throw_const_assignment() {
  throwTypeError("Assignment to constant variable.");
  return ValueException;
}

extern "C" void kiln_set_location(uint32_t line, uint32_t column) {
  lastThrowLine = line;
  lastThrowColumn = column;
}
