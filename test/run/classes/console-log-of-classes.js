// console.log prints a class as [class Name] and mentions what it extends
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

class Animal {}
class Dog extends Animal {}
const Expr = class {};
function Plain() {}
class FromFunction extends Plain {}
console.log(Animal);
console.log(Dog);
console.log(Expr, FromFunction);
console.log([Animal, Dog]);
console.log({ kind: Dog });
console.log(class {});
console.log(class extends Dog {});
console.log(typeof Dog, Dog.name);
