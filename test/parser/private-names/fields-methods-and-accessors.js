// private fields, methods, accessors, generators and their static forms, read and written through this
// RUN: %astdiff %s

class Counter {
  #count = 0;
  #step;
  static #instances = 0;
  #increment() { this.#count += this.#step; }
  get #value() { return this.#count; }
  set #value(v) { this.#count = v; }
  static #reset(c) { c.#count = 0; }
  static get #total() { return Counter.#instances; }
  static set #total(v) {}
  async #load() {}
  *#items() {}
  async *#stream() {}
  read() { return this.#value; }
  call() { this.#increment(); this.#count++; [this.#step] = [1]; }
}
