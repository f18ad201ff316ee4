// only a literal 'constructor' field name is forbidden; a computed one is fine, as are static methods named constructor
// RUN: %astdiff %s

class C {
  ['constructor'] = 1;
  static ['prototype'] = 2;
  static constructor() {}
}
