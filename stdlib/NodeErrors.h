// node's own errors, as its built-in modules throw them: an ECMAScript error with a `code`
// property (ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE, ...) whose stack starts "TypeError [CODE]:
// message", and system-call errors ("kill ESRCH", errno/code/syscall). The messages follow node
// 20's lib/internal/errors.js, including its description of the received value.
#pragma once

#include "Builtins.h"

#include <string>

namespace kiln::rt {

// An error of `kind` with node's `code`, thrown. Without `frames` its stack is the heading alone,
// as node's is for some errors raised inside its hidden validators (an uncaught one then prints
// as `[TypeError [CODE]: message] { ... }`).
ThrownTag throwNodeError(ErrorKind kind, const char *code, const std::string &message, bool frames = true);
// node's determineSpecificType: "undefined", "type number (5)", "an instance of Object", ...
std::string describeReceived(Value actual);
// ERR_INVALID_ARG_TYPE: `The "name" argument must be <expected>. Received ...` (`property` when
// the name is a property path such as prevValue.user).
ThrownTag throwInvalidArgType(const char *name, const char *expected, Value actual, bool property = false);
// ERR_OUT_OF_RANGE: `The value of "name" is out of range. It must be <range>. Received <shown>`.
ThrownTag throwOutOfRange(const char *name, const char *range, const std::string &shown);
// A failed system call as node reports it (ErrnoException): `<syscall> <CODE>` with errno (negative),
// code and syscall properties.
ThrownTag throwErrnoError(const char *syscall, int error);
// The E-name of an errno value ("ENOENT") and its libuv description ("no such file or directory").
const char *errnoName(int error);
const char *errnoDescription(int error);
// util.inspect of a value as UTF-8, as node's messages show received values.
std::string inspectUTF8(Value v);

}  // namespace kiln::rt
