// static fields and static blocks run once, top to bottom, when the class is defined
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

console.log('before class');
class Config {
  static first = (console.log('first field'), 1);
  static {
    console.log('first block, first =', this.first, 'second =', this.second);
    this.fromBlock = this.first + 10;
  }
  static second = (console.log('second field'), this.fromBlock * 2);
  static {
    console.log('second block, second =', Config.second);
  }
  instanceField = console.log('never: no instance is created');
}
console.log('after class', Config.first, Config.second, Config.fromBlock);
let seen = 'unset';
class Scoped {
  static {
    var local = 'block var';
    seen = local;
  }
}
console.log(seen, typeof local);
