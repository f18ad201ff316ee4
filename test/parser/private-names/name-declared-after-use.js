// a private name may be used before its declaration in the class body
// RUN: %astdiff %s

class C {
  read() { return this.#later; }
  #later = 1;
}
