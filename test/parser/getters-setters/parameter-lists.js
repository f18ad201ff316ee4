// getters take no parameters; setters take exactly one, which may be a pattern or have a default
// RUN: %astdiff %s

({
  get x() {},
  set x(value) {},
  set y({ a, b }) {},
  set z([a] = []) {},
  set w(v = 1) {},
});
class C { static set s(v) {} get g() {} }
