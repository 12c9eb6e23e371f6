/**
 * Readable labels for actor codes from the knowledge base: CHN → "China", CHNGOV →
 * "China: Government", IGOUNO → "United Nations". Actors without a code keep their name.
 */
/** Labels actor keys; built once from the knowledge base. */
export type Labeler = (key: string, code: string | null, name: string) => string;

type Named = ReadonlyArray<{ code: string; name: string }>;

/** Builds a labeler from countries, international organisations and sector labels (GOV → Government). */
export function createLabeler(places: Named, igos: Named, sectors: ReadonlyArray<{ code: string; label: string }>): Labeler {
  const countries = new Map<string, string>();
  for (const country of places) countries.set(country.code, country.name);
  // Several IGO entries share a code (the UN and its organs); the first is the organisation itself.
  for (const igo of igos) if (!countries.has(igo.code)) countries.set(igo.code, igo.name);
  const sectorLabels = new Map(sectors.map((s) => [s.code, s.label]));
  const cache = new Map<string, string>();
  return (key, code, name) => {
    if (!code) return name;
    let label = cache.get(code);
    if (label === undefined) {
      label = countries.get(code) ?? labelParts(code, countries, sectorLabels) ?? name;
      cache.set(code, label);
    }
    return label;
  };
}

function labelParts(code: string, countries: Map<string, string>, sectors: Map<string, string>): string | null {
  const place = countries.get(code.slice(0, 3));
  const parts = code.slice(3).match(/.{3}/g) ?? [];
  if (!place || parts.length === 0 || parts.some((p) => !sectors.has(p))) return null;
  return `${place}: ${parts.map((p) => sectors.get(p)).join(', ')}`;
}
