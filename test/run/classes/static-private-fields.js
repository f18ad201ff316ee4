// static private fields are state on the class that only its own body can read and write
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

class IdGenerator {
  static #next = 100;
  static #issued = [];
  static take() {
    const id = IdGenerator.#next++;
    IdGenerator.#issued.push(id);
    return id;
  }
  static get issued() {
    return this.#issued.join(',');
  }
}
console.log(IdGenerator.take(), IdGenerator.take(), IdGenerator.take());
console.log(IdGenerator.issued);
console.log(IdGenerator.next, IdGenerator['#next']);
class Sub extends IdGenerator {}
try {
  Sub.issued; // this is Sub, which does not carry the static private field
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
