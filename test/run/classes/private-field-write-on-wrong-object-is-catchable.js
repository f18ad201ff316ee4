// writing a private field on an object that lacks it is a TypeError that can be caught
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

class Box {
  #content = 'initial';
  static put(target, value) {
    target.#content = value;
    return 'stored';
  }
  static get(target) {
    return target.#content;
  }
}
const box = new Box();
console.log(Box.put(box, 'new'), Box.get(box));
try {
  Box.put({}, 'x');
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
try {
  Box.get({});
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
