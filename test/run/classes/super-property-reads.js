// super.x reads the parent prototype's property, calling inherited getters with the instance as this
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

class Base {
  get label() {
    return 'base label for ' + this.id;
  }
}
Base.prototype.constant = 'from Base.prototype';
class Derived extends Base {
  constructor(id) {
    super();
    this.id = id;
    this.constant = 'own';
  }
  get label() {
    return 'derived(' + super.label + ')';
  }
  report() {
    return [this.constant, super.constant, super.missing, super['const' + 'ant']].join(' | ');
  }
}
const d = new Derived(7);
console.log(d.label);
console.log(d.report());
