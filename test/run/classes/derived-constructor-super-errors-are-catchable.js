// a derived constructor that skips super() or calls it twice throws a catchable ReferenceError
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

class Base {
  constructor() {
    console.log('Base runs');
  }
}
class NoSuperNoThis extends Base {
  constructor() {
    console.log('body runs');
  }
}
class TwiceSuper extends Base {
  constructor() {
    super();
    super();
  }
}
class ReturnsObject extends Base {
  constructor() {
    return { replaced: true };
  }
}
try {
  new NoSuperNoThis();
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
try {
  new TwiceSuper();
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
const r = new ReturnsObject();
console.log(r, r instanceof ReturnsObject);
