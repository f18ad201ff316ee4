// '#x in obj' brand checks, as operands of logical operators, conditionals and negation
// RUN: %astdiff %s

class Brand {
  #brand;
  static #method() {}
  static is(o) { return #brand in o && #method in o; }
  check(o) { return (#brand in o) ? 1 : 0; }
  negated(o) { return !(#brand in o); }
  field = #brand in this;
}
