// A rate (0…1) as a whole percentage in the UI language ("67%"; Vietnamese "67%").
export function formatPercent(rate: number, language: string): string {
  return new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 }).format(rate);
}
