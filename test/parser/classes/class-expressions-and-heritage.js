// class expressions (named and anonymous) and heritage clauses that are left-hand-side expressions
// RUN: %astdiff %s

const A = class {};
const B = class Named extends A {};
class C extends (a, b) {}
class D extends f() {}
class E extends a.b[c] {}
class F extends class {} {}
class G extends null {}
