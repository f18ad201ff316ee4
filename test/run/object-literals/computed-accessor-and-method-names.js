// getters, setters and methods can have computed names, evaluated when the literal is created
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

const field = 'size';
let evaluated = 0;
function name(n) {
  evaluated++;
  return n;
}
const box = {
  _size: 2,
  get [field]() {
    return this._size;
  },
  set [field](v) {
    this._size = v * 2;
  },
  [name('grow')]() {
    this[field] = this[field] + 1;
    return this;
  },
  get [name('label') + 'Text']() {
    return 'box of ' + this._size;
  },
  [1 + 1]: 'two',
};
console.log(evaluated, box.size, box.labelText);
box.grow();
console.log(box.size, box[2]);
const getter = Object.getOwnPropertyDescriptor(box, 'size').get;
console.log(getter.name, box.grow.name);
