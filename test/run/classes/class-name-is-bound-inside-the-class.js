// inside a class its own name always refers to the class, even after the outer binding changes
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

class Node1 {
  static create() {
    return new Node1();
  }
  kind() {
    return Node1.name;
  }
}
const Original = Node1;
Node1 = null; // the outer binding is an ordinary let-like binding
console.log(Node1);
const n = Original.create();
console.log(n instanceof Original, n.kind());
const Counter = class Self {
  static count = 0;
  constructor() {
    Self.count++;
  }
};
new Counter();
new Counter();
console.log(Counter.count);
try {
  const Fixed = class Inner {
    rename() {
      Inner = 1;
    }
  };
  new Fixed().rename();
} catch (e) {
  console.log(e.name, e.message);
}
