// a class can extend an old-style constructor function and inherit its prototype methods
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

function Vehicle(wheels) {
  this.wheels = wheels;
  console.log('Vehicle called with new.target ===', new.target === Car ? 'Car' : new.target);
}
Vehicle.prototype.describe = function () {
  return 'a vehicle with ' + this.wheels + ' wheels';
};
Vehicle.kind = 'static on function';
class Car extends Vehicle {
  constructor() {
    super(4);
  }
  describe() {
    return 'car: ' + super.describe();
  }
}
const c = new Car();
console.log(c.describe());
console.log(c instanceof Vehicle, Car.kind);
