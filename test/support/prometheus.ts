/**
 * Reading `/metrics` in tests with an independent parser (parse-prometheus-text-format, a port of the
 * Prometheus Python client's): the whole text must parse, and every sample line is read with the
 * same parser, one line at a time (its family view folds labelled histograms together).
 */
import parsePrometheusTextFormat, { type ParsedFamily } from 'parse-prometheus-text-format';

export interface Sample {
  readonly name: string;
  readonly labels: Readonly<Record<string, string>>;
  readonly value: number;
}

export interface Exposition {
  readonly families: ReadonlyMap<string, ParsedFamily>;
  readonly samples: readonly Sample[];
}

/** Parses Prometheus text format; throws on anything that is not. */
export function readExposition(text: string): Exposition {
  const families = new Map(parsePrometheusTextFormat(text).map((family) => [family.name, family]));
  const samples = text
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('#'))
    .map((line): Sample => {
      const [family] = parsePrometheusTextFormat(`${line}\n`);
      const [sample] = family?.metrics ?? [];
      if (!family || sample?.value === undefined) throw new Error(`not a sample line: ${line}`);
      return { name: family.name, labels: sample.labels ?? {}, value: Number(sample.value) };
    });
  return { families, samples };
}

/** Samples named `name` whose labels include `labels`. */
export function samplesOf(
  exposition: Exposition,
  name: string,
  labels: Readonly<Record<string, string>> = {},
): Sample[] {
  return exposition.samples.filter(
    (sample) =>
      sample.name === name && Object.entries(labels).every(([key, value]) => sample.labels[key] === value),
  );
}

/** The sum of the samples named `name` whose labels include `labels` (0 when there are none). */
export function metricValue(
  exposition: Exposition,
  name: string,
  labels: Readonly<Record<string, string>> = {},
): number {
  return samplesOf(exposition, name, labels).reduce((sum, sample) => sum + sample.value, 0);
}
