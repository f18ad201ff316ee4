// new.target is the class that new was applied to, even inside an inherited constructor
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

class Shape {
  constructor() {
    console.log('Shape constructor, new.target is', new.target.name);
    if (new.target === Shape) throw new TypeError('Shape is abstract');
  }
}
class Circle extends Shape {
  constructor() {
    super();
    console.log('Circle constructor, new.target is', new.target.name);
  }
}
class Ring extends Circle {}
new Circle();
new Ring();
try {
  new Shape();
} catch (e) {
  console.log(e.message);
}
function OldStyle() {
  console.log('OldStyle called with new?', new.target !== undefined);
}
new OldStyle();
OldStyle();
