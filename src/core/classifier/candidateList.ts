/**
 * The rules that are candidates at one word, gathered from a few lists that are each in order.
 * Most words have one such list (the rules filed under the word and the word after it); it is
 * handed back as it is, without copying. Several are copied and sorted (insertion sort: they are
 * short and mostly in order already). A rule may appear twice in a row; readers skip repeats.
 */
export class CandidateList {
  private only: readonly number[] = [];
  private many = false;
  private readonly scratch: number[] = [];

  /** The array result() hands back when it had to copy: it is overwritten by the next word's. */
  get scratchArray(): readonly number[] {
    return this.scratch;
  }

  /** Starts again with `first` (an ordered list, maybe empty). */
  reset(first: readonly number[]): void {
    this.only = first;
    this.many = false;
  }

  add(rules: readonly number[]): void {
    if (rules.length === 0) return;
    if (!this.many) {
      if (this.only.length === 0) {
        this.only = rules;
        return;
      }
      this.many = true;
      this.scratch.length = 0;
      for (const r of this.only) this.scratch.push(r);
    }
    for (const r of rules) this.scratch.push(r);
  }

  /** The rules gathered, in order; valid until the next reset(). */
  result(): readonly number[] {
    if (!this.many) return this.only;
    const out = this.scratch;
    for (let i = 1; i < out.length; i++) {
      const x = out[i] as number;
      let j = i - 1;
      for (; j >= 0 && (out[j] as number) > x; j--) out[j + 1] = out[j] as number;
      out[j + 1] = x;
    }
    return out;
  }
}
