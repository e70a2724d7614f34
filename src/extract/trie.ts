// A character trie for matching many lexicon entries in one left-to-right pass (gazetteer names,
// titles, organ words). Chinese has no spaces, so matching is by characters, longest first.
// Children are keyed by UTF-16 code unit: text.charCodeAt(i) allocates nothing, while text[i]
// makes a new string for every CJK character (V8 caches only Latin-1 ones). Every position of every
// text is tried, so a bitmap of first code units turns most tries away before any Map lookup.

interface TrieNode<V> {
  next: Map<number, TrieNode<V>>;
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
  /** 1 for each code unit some key starts with. */
  private readonly starts = new Uint8Array(0x10000);

  set(key: string, value: V): this {
    if (key.length > 0) this.starts[key.charCodeAt(0)] = 1;
    let node = this.root;
    for (let i = 0; i < key.length; i++) {
      const unit = key.charCodeAt(i);
      let child = node.next.get(unit);
      if (!child) {
        child = { next: new Map() };
        node.next.set(unit, child);
      }
      node = child;
    }
    node.value = value;
    return this;
  }

  /** The longest entry starting at `start`, if any. Allocates only when it finds one (hot path). */
  longestAt(text: string, start: number): TrieMatch<V> | undefined {
    if (this.starts[text.charCodeAt(start)] !== 1) return undefined;
    let node: TrieNode<V> | undefined = this.root;
    let end = -1;
    let value: V | undefined;
    for (let i = start; i < text.length; i++) {
      node = node.next.get(text.charCodeAt(i));
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
}
