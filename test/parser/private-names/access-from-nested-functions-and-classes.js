// private names resolve through arrows, nested functions and inner classes of the declaring class
// RUN: %astdiff %s

class Outer {
  #secret = 1;
  method() {
    const read = () => this.#secret;
    function helper(o) { return o.#secret; }
    return class Inner {
      #own;
      peek(o) { return o.#secret + this.#own; }
    };
  }
}
