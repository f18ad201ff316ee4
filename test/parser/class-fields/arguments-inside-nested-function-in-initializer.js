// 'arguments' is forbidden directly in field initializers but fine inside a nested ordinary function
// RUN: %astdiff %s

class C {
  f = function () { return arguments; };
  g = { method() { return arguments; } };
}
