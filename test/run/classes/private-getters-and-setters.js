// Private getters and setters (instance and static) share one private name; writing one that
// has no setter is node's TypeError.
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s
class Temperature {
  #celsius = 0;
  get #fahrenheit() { return this.#celsius * 9 / 5 + 32; }
  set #fahrenheit(f) { this.#celsius = (f - 32) * 5 / 9; }
  static #count = 0;
  static get #total() { return Temperature.#count; }
  constructor(f) { this.#fahrenheit = f; Temperature.#count++; }
  describe() { return `${this.#celsius.toFixed(1)}C = ${this.#fahrenheit}F`; }
  static summary() { return 'made ' + Temperature.#total; }
}
const t = new Temperature(212);
new Temperature(32);
console.log(t.describe(), Temperature.summary());
class OnlyGetter { get #v() { return 1; } write() { this.#v = 2; } }
try { new OnlyGetter().write(); } catch (e) { console.log(e.name, e.message); }
