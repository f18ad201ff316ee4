// && and || return one of their operands and skip evaluating the right side when they can
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

function t(name, value) {
  console.log('eval', name);
  return value;
}

console.log(1 && 'two', 0 && 'two', '' || 'default', 'set' || 'default');
console.log(null && t('never', 1), undefined || null, NaN || 0);
console.log(t('a', 0) || t('b', '') || t('c', 'found') || t('d', 'skipped'));
console.log(t('e', 1) && t('f', 2) && t('g', 0) && t('h', 3));
console.log(!0, !1, !'', !'0', !null, !!{}, !![]);
console.log(true || t('x', 1), false && t('y', 1));
console.log(1 || 0 && 0, (1 || 0) && 0);
