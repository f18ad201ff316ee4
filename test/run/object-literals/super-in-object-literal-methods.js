// shorthand methods in a literal with __proto__ can call the prototype's version through super
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

const base = {
  greet() {
    return 'hello from base, I am ' + this.name;
  },
  get kind() {
    return 'base kind';
  },
};
const child = {
  __proto__: base,
  name: 'child',
  greet() {
    return super.greet() + ' (via child)';
  },
  get kind() {
    return 'child of ' + super.kind;
  },
};
const grandchild = {
  __proto__: child,
  name: 'grandchild',
};
console.log(child.greet());
console.log(grandchild.greet(), '/', grandchild.kind);
