// The runtime's error protocol, the C++ mirror of generated code's: a function that may throw
// returns a [[nodiscard]] Result, and a thrown value waits in the pending-exception slot until a
// handler takes it. There are no C++ exceptions, no unwind tables and no setjmp anywhere (the
// same code runs on bare metal).
//
//   Result<double> n = toNumber(v);          // may run valueOf, may throw
//   double d = KILN_TRY(toNumber(v));        // returns Thrown from the caller on exception
//   return throwTypeError("...");            // sets the pending exception, returns Thrown
//
// Result<Value> stores the exception as ValueException itself, so converting to the ABI is free.
#pragma once

#include <vector>

#include "kiln/Value.h"

namespace kiln::rt {

struct ThrownTag {};
inline constexpr ThrownTag Thrown{};

template <typename T>
class [[nodiscard]] Result {
public:
  Result(T value) : value_(value), thrown_(false) {}
  Result(ThrownTag) : value_(), thrown_(true) {}
  bool isThrown() const { return thrown_; }
  T value() const { return value_; }

private:
  T value_;
  bool thrown_;
};

template <>
class [[nodiscard]] Result<Value> {
public:
  Result(Value value) : value_(value) {}
  Result(ThrownTag) : value_(ValueException) {}
  bool isThrown() const { return value_ == ValueException; }
  Value value() const { return value_; }
  Value abi() const { return value_; }  // the value, or ValueException

private:
  Value value_;
};

// A Result for functions that only succeed or throw.
using Status = Result<bool>;
inline constexpr bool Ok = true;

// `value` as a Result<Value>: turns the ABI's ValueException into Thrown.
inline Result<Value> fromABI(Value value) { return Result<Value>(value); }

// Evaluates a Result expression; on exception returns Thrown from the enclosing function,
// otherwise yields the value. (A GNU statement expression, supported by clang and gcc.)
#define KILN_TRY(expr)                                                                             \
  __extension__({                                                                                  \
    auto kilnTryResult_ = (expr);                                                                  \
    if (kilnTryResult_.isThrown()) return ::kiln::rt::Thrown;                                          \
    kilnTryResult_.value();                                                                        \
  })
// The same for an ABI value (a V that may be ValueException).
#define KILN_TRY_ABI(expr) KILN_TRY(::kiln::rt::fromABI(expr))

// ---- The pending exception -------------------------------------------------------------------
// A static (so a GC root: Boehm scans the data segment) holding the value thrown and not yet taken.
extern Value pendingException;

// Where compiled code first saw the pending exception (kiln_exception_site): the throw site, for
// node's uncaught-exception report.
struct ExceptionTrace {
  Value exception = ValueEmpty;
  uint32_t line = 0, column = 0;
  const char *sourceLine = nullptr;
};
extern ExceptionTrace exceptionTrace;

inline ThrownTag throwValue(Value value) {
  pendingException = value;
  return Thrown;
}

// Throws a new error object of a built-in kind with a message (printf-style).
enum class ErrorKind : uint8_t { Error, TypeError, RangeError, ReferenceError, SyntaxError, EvalError, URIError };
ThrownTag throwError(ErrorKind kind, const char *format, ...) __attribute__((format(printf, 2, 3)));
#define throwTypeError(...) ::kiln::rt::throwError(::kiln::rt::ErrorKind::TypeError, __VA_ARGS__)
#define throwRangeError(...) ::kiln::rt::throwError(::kiln::rt::ErrorKind::RangeError, __VA_ARGS__)
#define throwReferenceError(...) ::kiln::rt::throwError(::kiln::rt::ErrorKind::ReferenceError, __VA_ARGS__)

}  // namespace kiln::rt
