/** A set of indices below n: a flag for each, and the members in the order they joined. */
export class IndexSet {
  readonly has: Uint8Array;
  readonly list: Int32Array;
  size = 0;
  constructor(n: number) {
    this.has = new Uint8Array(n);
    this.list = new Int32Array(n);
  }
  add(k: number): void {
    if (k >= this.has.length || this.has[k] === 1) return;
    this.has[k] = 1;
    this.list[this.size++] = k;
  }
  clear(): void {
    for (let i = 0; i < this.size; i++) this.has[this.list[i] ?? 0] = 0;
    this.size = 0;
  }
}
