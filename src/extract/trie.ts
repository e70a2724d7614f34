// A character trie for matching many lexicon entries in one left-to-right pass (gazetteer names,
// titles, organ words). Chinese has no spaces, so matching is by characters, longest first.

interface TrieNode<V> {
  next: Map<string, TrieNode<V>>;
  value?: V;
}

export interface TrieMatch<V> {
  start: number;
  end: number;
  key: string;
  value: V;
}

export class Trie<V> {
  private readonly root: TrieNode<V> = { next: new Map() };
  size = 0;

  set(key: string, value: V): this {
    let node = this.root;
    for (const ch of key) {
      let child = node.next.get(ch);
      if (!child) {
        child = { next: new Map() };
        node.next.set(ch, child);
      }
      node = child;
    }
    if (node.value === undefined) this.size++;
    node.value = value;
    return this;
  }

  get(key: string): V | undefined {
    let node: TrieNode<V> | undefined = this.root;
    for (const ch of key) {
      node = node.next.get(ch);
      if (!node) return undefined;
    }
    return node.value;
  }

  /** Every entry that starts at `start`, shortest first. */
  prefixesAt(text: string, start: number): Array<TrieMatch<V>> {
    const found: Array<TrieMatch<V>> = [];
    let node: TrieNode<V> | undefined = this.root;
    for (let i = start; i < text.length; i++) {
      node = node.next.get(text[i]!);
      if (!node) break;
      if (node.value !== undefined) found.push({ start, end: i + 1, key: text.slice(start, i + 1), value: node.value });
    }
    return found;
  }

  /** The longest entry starting at `start`, if any. Allocates only when it finds one (hot path). */
  longestAt(text: string, start: number): TrieMatch<V> | undefined {
    let node: TrieNode<V> | undefined = this.root;
    let end = -1;
    let value: V | undefined;
    for (let i = start; i < text.length; i++) {
      node = node.next.get(text[i]!);
      if (!node) break;
      if (node.value !== undefined) {
        end = i + 1;
        value = node.value;
      }
    }
    return end < 0 ? undefined : { start, end, key: text.slice(start, end), value: value as V };
  }

  /** Leftmost-longest, non-overlapping matches over `text` — the usual policy for names. */
  scan(text: string, from = 0, to = text.length): Array<TrieMatch<V>> {
    const out: Array<TrieMatch<V>> = [];
    for (let i = from; i < to; ) {
      const m = this.longestAt(text, i);
      if (m && m.end <= to) {
        out.push(m);
        i = m.end;
      } else i++;
    }
    return out;
  }

  /** All matches, overlapping allowed: for callers with their own overlap policy. */
  scanAll(text: string, from = 0, to = text.length): Array<TrieMatch<V>> {
    const out: Array<TrieMatch<V>> = [];
    for (let i = from; i < to; i++) for (const m of this.prefixesAt(text, i)) if (m.end <= to) out.push(m);
    return out;
  }
}
