/**
 * The key a target-path card uses for its chart (trend cards use their Series key). Its own tiny module so a card
 * can name its chart without pulling the catalog into the section's bundle.
 */
export const targetPathKey = (indicatorId: string): string => `targets|${indicatorId}`;
