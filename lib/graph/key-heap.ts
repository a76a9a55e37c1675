/**
 * A min-heap of strings in code-unit order: the smallest key comes out first. The map's
 * topological order takes ready concepts from it, so the order depends on the keys alone, not on
 * the order edges were stored or loaded in.
 */
export class KeyHeap {
  private readonly items: string[] = [];

  get size(): number {
    return this.items.length;
  }

  push(key: string): void {
    const a = this.items;
    a.push(key);
    let i = a.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if ((a[parent] as string) <= key) break;
      a[i] = a[parent] as string;
      i = parent;
    }
    a[i] = key;
  }

  pop(): string | undefined {
    const a = this.items;
    const top = a[0];
    const last = a.pop();
    if (a.length === 0 || last === undefined) return top;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= a.length) break;
      const r = l + 1;
      const c = r < a.length && (a[r] as string) < (a[l] as string) ? r : l;
      if ((a[c] as string) >= last) break;
      a[i] = a[c] as string;
      i = c;
    }
    a[i] = last;
    return top;
  }
}
