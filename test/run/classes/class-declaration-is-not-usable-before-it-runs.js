// a class declaration is hoisted like let: using it before the declaration runs is a ReferenceError
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

function early() {
  return new Later();
}
try {
  early();
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
class Later {
  constructor() {
    this.made = true;
  }
}
console.log(early().made);
