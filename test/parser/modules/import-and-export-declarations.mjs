// every import and export declaration form except 'export default'
// RUN: %astdiff %s

import def from 'a';
import * as ns from 'b';
import def2, { named, other as renamed } from 'c';
import def3, * as ns2 from 'd';
import {} from 'e';
import { default as def4, } from 'f';
import 'g';
export const c1 = 1, c2 = 2;
export let l;
export var v;
export function fn() {}
export async function afn() {}
export function* gen() {}
export async function* agen() {}
export class K {}
export { named as exportedNamed, renamed, def as default };
export {};
