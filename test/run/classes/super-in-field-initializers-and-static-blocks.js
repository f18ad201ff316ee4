// super property access inside instance field initializers (also from arrows there), static fields
// and static blocks: their home object is the prototype, or the class for static elements.
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s
class Base { greet() { return 'base'; } static kind() { return 'Base'; } }
class Derived extends Base {
  greeting = super.greet() + '+field';
  arrow = () => super.greet() + '+arrow';
  static label = super.kind() + '+static';
  static { this.fromBlock = super.kind() + '+block'; }
}
const d = new Derived();
console.log(d.greeting, d.arrow(), Derived.label, Derived.fromBlock);
