export type Labeling = { labels: Int32Array; count: number };

function find(parent: Int32Array, i: number): number {
  let root = i;
  while (parent[root] !== root) root = parent[root];
  while (parent[i] !== root) {
    const next = parent[i];
    parent[i] = root;
    i = next;
  }
  return root;
}

function union(parent: Int32Array, a: number, b: number): number {
  const ra = find(parent, a);
  const rb = find(parent, b);
  if (ra === rb) return ra;
  if (ra < rb) {
    parent[rb] = ra;
    return ra;
  }
  parent[ra] = rb;
  return rb;
}

/**
 * Two-pass connected-component labelling of `mask[i] !== 0` with union–find. Labels are 1..count
 * in raster order of each component's first pixel, so ids are stable for the same input.
 */
export function labelComponents(
  mask: Uint8Array,
  width: number,
  height: number,
  connectivity: 4 | 8,
): Labeling {
  const labels = new Int32Array(width * height);
  // Provisional labels never exceed half the pixels + 1 for 8-connectivity; size for the worst case.
  const parent = new Int32Array(Math.floor((width * height) / 2) + 2);
  let next = 1;
  for (let y = 0; y < height; y++) {
    const row = y * width;
    for (let x = 0; x < width; x++) {
      const o = row + x;
      if (!mask[o]) continue;
      let label = 0;
      const n1 = x > 0 ? labels[o - 1] : 0;
      const n2 = y > 0 ? labels[o - width] : 0;
      const n3 = connectivity === 8 && y > 0 && x > 0 ? labels[o - width - 1] : 0;
      const n4 = connectivity === 8 && y > 0 && x < width - 1 ? labels[o - width + 1] : 0;
      if (n1) label = n1;
      if (n2) label = label ? union(parent, label, n2) : n2;
      if (n3) label = label ? union(parent, label, n3) : n3;
      if (n4) label = label ? union(parent, label, n4) : n4;
      if (label === 0) {
        if (next >= parent.length) throw new Error('labelComponents: label overflow');
        parent[next] = next;
        label = next++;
      }
      labels[o] = label;
    }
  }
  const remap = new Int32Array(next);
  let count = 0;
  for (let o = 0; o < labels.length; o++) {
    const l = labels[o];
    if (l === 0) continue;
    const root = find(parent, l);
    if (remap[root] === 0) remap[root] = ++count;
    labels[o] = remap[root];
  }
  return { labels, count };
}
