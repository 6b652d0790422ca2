/** Korean large-number style, as the article writes it: 27조2700억, 4428억, 41만. */
export function koreanAmount(value: number): string {
  const units: [number, string][] = [
    [1e12, '조'],
    [1e8, '억'],
    [1e4, '만'],
  ];
  let rest = Math.round(value);
  const parts: string[] = [];
  for (const [size, name] of units) {
    const count = Math.floor(rest / size);
    if (count > 0) {
      parts.push(`${count}${name}`);
      rest -= count * size;
    }
  }
  if (rest > 0 || parts.length === 0) parts.push(String(rest));
  return parts.join(' ');
}

/** English large-number style: 442.8 billion, 1.2 million; smaller amounts with thousands separators. */
export function englishAmount(value: number): string {
  const scales: [number, string][] = [
    [1e12, 'trillion'],
    [1e9, 'billion'],
    [1e6, 'million'],
  ];
  for (const [size, name] of scales) {
    if (value >= size) return `${Number((value / size).toFixed(2))} ${name}`;
  }
  return value.toLocaleString('en-US');
}
