/**
 * A linear model over words and word pairs, read beside the rules. The rules name the phrases
 * people use; every blind set written for the project showed complaints worded in ways no rule
 * had a phrase for ("does anyone there talk to each other", "so I'm expected to…"). A model
 * trained on all the labelled tuning text (scripts/train-model.ts) carries that wording over.
 * It only ever adds a tag the rules did not give, and never to a comment the rules read as
 * praise or an emergency (see index.ts), so the rules' precision on those stays whole.
 *
 * Features are the words and adjacent word pairs of the normalised, neutralised text (negated
 * phrases are already cut out, so "no complaints" cannot count), plus which tags the rules gave
 * ("R:praise", or "R:none"): the model learns how far to trust each rule reading.
 */
export interface LinearModelData {
  /** Logistic bias. */
  bias: number;
  /** Probability at or above which the tag is given. */
  threshold: number;
  weights: Readonly<Record<string, number>>;
}

export interface LinearModel {
  bias: number;
  threshold: number;
  weights: ReadonlyMap<string, number>;
}

export function loadModel(data: LinearModelData): LinearModel {
  // A Map, not the object: a comment saying "constructor" must not find Object.prototype's.
  return { bias: data.bias, threshold: data.threshold, weights: new Map(Object.entries(data.weights)) };
}

/**
 * Walks the features of a comment, in order: its words and adjacent word pairs, then which tags
 * the rules gave. `norm` is normalised text padded with spaces. Training and reading share it, so
 * the model always sees the features it was trained on.
 */
function eachFeature(norm: string, ruleTags: readonly string[], take: (feature: string) => void): void {
  let prev = '';
  for (let i = 1, j = norm.indexOf(' ', 1); j > 0; i = j + 1, j = norm.indexOf(' ', i)) {
    if (j === i) continue;
    const word = norm.slice(i, j);
    // A sentence mark ends a pair: "rude . lovely" is not the pair "rude lovely".
    if (word === '.') {
      prev = '';
      continue;
    }
    take(word);
    if (prev !== '') take(`${prev} ${word}`);
    prev = word;
  }
  if (ruleTags.length === 0) take('R:none');
  for (const tag of ruleTags) take(`R:${tag}`);
}

/** The features of a comment as a list, for training. */
export function featuresOf(norm: string, ruleTags: readonly string[]): string[] {
  const out: string[] = [];
  eachFeature(norm, ruleTags, (f) => out.push(f));
  return out;
}

/**
 * The probability the model gives the tag. Only features the model knows are kept, each counted
 * once as in training, without building the comment's feature list.
 */
export function readText(model: LinearModel, norm: string, ruleTags: readonly string[]): number {
  let z = model.bias;
  // Only the few features the model knows are remembered, so a short list beats a Set here.
  const seen: string[] = [];
  eachFeature(norm, ruleTags, (f) => {
    const w = model.weights.get(f);
    if (w === undefined || seen.includes(f)) return;
    seen.push(f);
    z += w;
  });
  return 1 / (1 + Math.exp(-z));
}
