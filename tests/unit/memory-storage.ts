/** An in-memory Storage for tests; `failWrites` makes setItem throw like a full quota. */
export class MemoryStorage implements Storage {
  private data = new Map<string, string>();
  failWrites = false;
  failReads = false;

  get length() {
    return this.data.size;
  }
  clear() {
    this.data.clear();
  }
  getItem(key: string) {
    if (this.failReads) throw new DOMException('blocked', 'SecurityError');
    return this.data.get(key) ?? null;
  }
  key(index: number) {
    return [...this.data.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.data.delete(key);
  }
  setItem(key: string, value: string) {
    if (this.failWrites) throw new DOMException('full', 'QuotaExceededError');
    this.data.set(key, String(value));
  }
  keys() {
    return [...this.data.keys()];
  }
}
