// code inside a class body is strict even in a sloppy file: undeclared assignment throws, this stays undefined
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

sloppyGlobal = 'sloppy code outside may create globals';
console.log(typeof sloppyGlobal);
class Strict {
  leak() {
    undeclaredInClass = 1;
  }
  whoAmI() {
    return typeof this;
  }
}
try {
  new Strict().leak();
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
const whoAmI = new Strict().whoAmI;
console.log(whoAmI(), new Strict().whoAmI());
