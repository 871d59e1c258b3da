/**
 * The key a target-path card uses for its chart (trend cards use their Series key). Its own tiny module so a card
 * can name its chart without pulling the catalog into the section's bundle.
 */
export const targetPathKey = (indicatorId: string): string => `targets|${indicatorId}`;

/**
 * The id of a trend card's heading, which a `#fragment` link (the embed page's link back) scrolls to and focuses: the
 * card's Series key with what an id should not hold as "-".
 */
export const trendCardId = (seriesKey: string): string => `chart-${seriesKey.replace(/[^a-z0-9_-]/gi, '-')}`;

/** The id of a target-path card's heading (see `trendCardId`). */
export const targetPathCardId = (indicatorId: string): string => `progress-${indicatorId}`;
