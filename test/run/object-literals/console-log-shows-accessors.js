// console.log shows accessor properties as [Getter], [Setter] or [Getter/Setter] without calling them
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

let calls = 0;
const obj = {
  plain: 1,
  get onlyGet() {
    calls++;
    return 'g';
  },
  set onlySet(v) {},
  get both() {
    calls++;
    return 'b';
  },
  set both(v) {},
  method() {},
};
console.log(obj);
console.log('getter calls:', calls);
