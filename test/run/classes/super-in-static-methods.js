// super.method() in a static method reaches the parent class's static methods, with this = the child
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

class Model {
  static table() {
    return 'models';
  }
  static create(value) {
    const m = new this();
    m.value = value;
    m.table = this.table();
    return m;
  }
}
class User extends Model {
  static table() {
    return 'users(' + super.table() + ')';
  }
  static create(value) {
    console.log('creating a', this.name);
    return super.create(value.toUpperCase());
  }
}
const u = User.create('ada');
console.log(u instanceof User, u.value, u.table);
console.log(Model.create('raw').table);
console.log(User.hasOwnProperty('create'), Object.getPrototypeOf(User) === Model);
