// an anonymous class expression takes its .name from the variable or property it is assigned to
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

const Anonymous = class {};
let Later;
Later = class {};
const Named = class Inner {};
const holder = { Prop: class {} };
console.log(Anonymous.name, Later.name, Named.name, holder.Prop.name);
console.log(typeof Inner);
console.log((class {}).name === '');
function make() {
  return class {
    hello() {
      return 'hi';
    }
  };
}
const Made = make();
console.log(JSON.stringify(Made.name), new Made().hello());
