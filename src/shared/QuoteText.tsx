/**
 * A quote as the source prints it. The seed texts mark the figures the report sets in bold as `**27**` (the text was
 * converted from the printed report); shown literally, the asterisks read as noise, so a balanced pair becomes bold
 * type. Everything stays text: nothing from the data is parsed as HTML. Unbalanced asterisks are shown as written.
 * Data files and CSV downloads keep the quote exactly as stored.
 */
export function QuoteText({ text }: { text: string }) {
  const parts = text.split('**');
  if (parts.length < 3 || parts.length % 2 === 0) return <>{text}</>;
  return <>{parts.map((p, i) => (i % 2 === 1 ? <strong key={i}>{p}</strong> : p))}</>;
}
