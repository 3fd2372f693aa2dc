/** Formats a catalogue date (YYYY-MM-DD) in the reader's language; the date is a calendar day, so UTC. */
export function formatIsoDate(iso: string, language: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  try {
    return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
  } catch {
    // An unknown language tag: fall back to the platform's default locale.
    return new Intl.DateTimeFormat(undefined, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
  }
}
